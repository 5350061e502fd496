"""The quote ledger, case by case, from real sentences (most from the seed articles in examples/).

Each case is one of the situations issue #4 lists: marks, multi-paragraph
quotations, split quotations, partial quotations, every speaker form, unnamed
sources, attribution before/after/inverted/with a clause, and text that is
not a quotation of the story.
"""

from __future__ import annotations

import pytest

from newsfuse.article.quotes import find_quotes
from newsfuse.article.text import ArticleText
from newsfuse.model import Article, Quote


def quotes_of(body: str, title: str | None = None) -> tuple[Quote, ...]:
    article = Article(id="a1", source="a1.txt", body=body, title=title)
    return find_quotes(article, ArticleText(article))


def only(body: str) -> Quote:
    found = quotes_of(body)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def speaker_of(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


# -- quotation marks ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text",
    [
        ("He told reporters: “They are the aggressor.”", "They are the aggressor."),
        ('He told reporters: "They are the aggressor."', "They are the aggressor."),
        ("He told reporters: ‘They are the aggressor.’", "They are the aggressor."),
        ("He told reporters: 'They are the aggressor.'", "They are the aggressor."),
        ("He told reporters: „They are the aggressor.“", "They are the aggressor."),
    ],
    ids=["curly-double", "straight-double", "curly-single", "straight-single", "low-nine"],
)
def test_marks_of_every_style(body: str, text: str) -> None:
    assert only(body).text == text


def test_apostrophes_are_not_marks() -> None:
    quote = only("Starmer said: “I’m not answering to Putin’s demands, and we won't.”")
    assert quote.text == "I’m not answering to Putin’s demands, and we won't."


def test_nested_quotation_stays_inside_its_quotation() -> None:
    body = "“It is a chance for the town to speak up and tell them, ‘Look here, this plan won’t do,’” he said."
    quote = only(body)
    assert quote.text.startswith("It is a chance") and "‘Look here, this plan won’t do,’" in quote.text


def test_quotation_over_several_paragraphs_is_one_quote() -> None:
    body = (
        "Starmer added, “Yes, I’ve got a good relationship with him.\n"
        "“I’ve met him, I’ve spoken to him on the phone. I want it to go from strength to strength.”\n"
        "He flew on."
    )
    quote = only(body)
    assert len(quote.spans) == 2
    assert quote.text == (
        "Yes, I’ve got a good relationship with him. "
        "I’ve met him, I’ve spoken to him on the phone. I want it to go from strength to strength."
    )
    assert [body[s.start : s.end] for s in quote.spans] == [
        "Yes, I’ve got a good relationship with him.",
        "I’ve met him, I’ve spoken to him on the phone. I want it to go from strength to strength.",
    ]


def test_headline_is_not_a_quotation_of_the_story() -> None:
    found = quotes_of("Starmer spoke in Washington.", title="Starmer: ‘We need a US backstop’")
    assert found == ()


# -- split and continued quotations ------------------------------------------------------------------------


def test_quotation_split_by_its_attribution_is_two_quotes_one_speaker() -> None:
    body = (
        "British Prime Minister Keir Starmer flew to Washington.\n"
        "“For peace to endure, we need security guarantees,” he said. “I believe that without a backstop, "
        "a ceasefire would give Putin the chance to regroup.”"
    )
    first, second = quotes_of(body)
    assert first.text == "For peace to endure, we need security guarantees,"
    assert speaker_of(first) == speaker_of(second) == "Keir Starmer"


def test_paragraph_that_is_only_a_quotation_continues_the_speaker() -> None:
    body = (
        "Keir Starmer landed on Wednesday.\n"
        "“I want a lasting peace, and I don’t think that will happen without deterrence,” Sir Keir said.\n"
        "“The UK will play its part in that with others but we need a US backstop.”"
    )
    first, second = quotes_of(body)
    assert speaker_of(first) == speaker_of(second) == "Keir Starmer"
    assert second.cue_span == first.cue_span  # the attribution it continues


# -- partial quotations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (
            "Starmer made it quite clear that British troops are being considered and this decision will "
            "“not be taken lightly”.",
            "not be taken lightly",
            "Starmer",
        ),
        (
            "Trump, who has launched efforts with Russia to find a quick peace deal, has called Zelensky a "
            "“dictator” and suggested he was to blame.",
            "dictator",
            "Trump",
        ),
        (
            "But Starmer said it was clear that Putin was “the aggressor” – and that there were “no issues”.",
            "the aggressor",
            "Starmer",
        ),
    ],
)
def test_partial_quotation_is_attributed_where_the_sentence_says(body: str, text: str, speaker: str) -> None:
    quote = next(q for q in quotes_of(body) if q.text == text)
    assert quote.kind == "partial"
    assert speaker_of(quote) == speaker


def test_scare_quote_is_dropped_or_keeps_no_speaker_or_a_low_confidence_one() -> None:
    scares = quotes_of("Starmer arrives with talk of a US “backstop” dominating the agenda.")
    cued = only("Starmer said the deal was a “backstop” for the region.")
    assert cued.kind == "partial"
    assert cued.speaker is not None and cued.speaker.confidence is not None
    for scare in scares:
        assert scare.kind == "partial"
        if scare.speaker is not None:
            assert scare.speaker.confidence is not None
            assert scare.speaker.confidence < 0.5 < cued.speaker.confidence


def test_a_quotation_with_no_candidate_is_unattributed() -> None:
    quote = only("The agenda was short.\n\n“Nothing will change before spring.”")
    assert quote.speaker is None


def test_a_scare_quoted_term_is_not_a_quotation() -> None:
    assert quotes_of("The so-called “backstop” dominated the agenda.") == ()


def test_full_quotation_after_a_colon_is_full() -> None:
    quote = only("He told reporters travelling with him to Washington: “They are the aggressor.”")
    assert quote.kind == "full"


# -- speaker forms ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, speaker",
    [
        # full name, surname, title and first name
        ("Keir Starmer arrived. “We all want peace,” Starmer said.", "Keir Starmer"),
        ("Keir Starmer arrived. “We all want peace,” Sir Keir said.", "Keir Starmer"),
        # title and name with no full name in the article
        ("“We have a fair and balanced relationship,” Lord Mandelson said.", "Lord Mandelson"),
        # pronoun after an apposition-introduced person
        (
            "Lord Mandelson, the British Ambassador, echoed Starmer’s sentiment.\n"
            "He added, “The US and the UK share so much.”",
            "Lord Mandelson",
        ),
        # role noun resolved through the article's own title before the name
        (
            "The US President Donald Trump has rejected the demands.\n"
            "Before talks began, the US President said, “I’m not going to make security guarantees.”",
            "Donald Trump",
        ),
        # role noun resolved through an apposition after the name
        (
            "Keir Starmer, the Prime Minister of the UK, stressed the need for guarantees.\n"
            "“We need security guarantees,” the prime minister said.",
            "Keir Starmer",
        ),
        # the title abbreviation resolves like the full title
        (
            "British Prime Minister Keir Starmer flew in.\nThe PM said: “It’s got to be a lasting peace.”",
            "Keir Starmer",
        ),
        # a pronoun whose sentence names another person first after a comma
        (
            "Starmer was asked if Putin will agree to European peacekeepers, he said, “I’m not answering to Putin.”",
            "Starmer",
        ),
    ],
)
def test_speaker_forms_resolve_to_the_person(body: str, speaker: str) -> None:
    quote = quotes_of(body)[-1]
    assert speaker_of(quote) == speaker
    assert quote.speaker is not None and quote.speaker.named


@pytest.mark.parametrize(
    "body, description",
    [
        (
            "And a senior No.10 source told HuffPost UK: “Stopping the fighting in Ukraine is not enough.”",
            "a senior No.10 source",
        ),
        (
            "UK officials played down expectations of a breakthrough.\n"
            "“The president has been very clear he wants to end the war,” one said.",
            "UK officials",
        ),
    ],
)
def test_unnamed_sources_stay_unnamed(body: str, description: str) -> None:
    quote = quotes_of(body)[-1]
    assert quote.speaker is not None and not quote.speaker.named
    assert speaker_of(quote) is not None and description in (speaker_of(quote) or "")


def test_role_noun_the_article_never_resolves_waits_for_the_story() -> None:
    quote = only("The prime minister said: “It’s got to be a lasting peace.”")
    assert quote.speaker is not None
    assert quote.speaker.name is None and quote.speaker.named and quote.speaker.mention == "The prime minister"


# -- where the attribution stands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, speaker, cue",
    [
        ("Starmer said: “The question is, how do we make sure it’s a lasting peace.”", "Starmer", "said"),
        ("Starmer said, “The question is how.”", "Starmer", "said"),
        ("“It is all in the numbers,” said Varga, speaking of the budget.", "Varga", "said"),
        ("“There’s one aggressor here,” Starmer told the Guardian.", "Starmer", "told"),
        (
            "Starmer told journalists travelling on his plane: “The reason I say the backstop is so important.”",
            "Starmer",
            "told journalists",
        ),
        ("“Our buyers have gone elsewhere,” said dairy farmer Ruth Okonjo.", "Ruth Okonjo", "said"),
        (
            "“We share the commitment,” Lena Ortiz, president of Pellman Survey Group Ltd., told reporters.",
            "Lena Ortiz",
            "told reporters",
        ),
    ],
)
def test_attribution_before_after_inverted_and_with_a_clause(body: str, speaker: str, cue: str) -> None:
    quote = only(body)
    assert speaker_of(quote) == speaker
    assert quote.cue == cue
    assert quote.cue_span is not None and body[quote.cue_span.start : quote.cue_span.end] == cue
    assert quote.speaker is not None and quote.speaker.span is not None
    assert body[quote.speaker.span.start : quote.speaker.span.end] == quote.speaker.mention


def test_every_quote_points_into_the_body() -> None:
    body = "Starmer said: “We will play our part.”\n“And we need a US backstop.”"
    for quote in quotes_of(body):
        assert quote.article == "a1"
        assert " ".join(body[s.start : s.end] for s in quote.spans) == quote.text
        assert quote.verdict is None
