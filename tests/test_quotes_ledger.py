"""The quote ledger, case by case, from invented sentences of the shapes news coverage shows.

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
        ("He told reporters: “They broke the promise.”", "They broke the promise."),
        ('He told reporters: "They broke the promise."', "They broke the promise."),
        ("He told reporters: ‘They broke the promise.’", "They broke the promise."),
        ("He told reporters: 'They broke the promise.'", "They broke the promise."),
        ("He told reporters: „They broke the promise.“", "They broke the promise."),
    ],
    ids=["curly-double", "straight-double", "curly-single", "straight-single", "low-nine"],
)
def test_marks_of_every_style(body: str, text: str) -> None:
    assert only(body).text == text


def test_apostrophes_are_not_marks() -> None:
    quote = only("Ashdown said: “I’m not answering to Orlov’s threats, and we won't.”")
    assert quote.text == "I’m not answering to Orlov’s threats, and we won't."


def test_nested_quotation_stays_inside_its_quotation() -> None:
    body = "“It is a chance for the town to speak up and tell them, ‘Look here, this plan won’t do,’” he said."
    quote = only(body)
    assert quote.text.startswith("It is a chance") and "‘Look here, this plan won’t do,’" in quote.text


def test_quotation_over_several_paragraphs_is_one_quote() -> None:
    body = (
        "Ashdown added, “Yes, we get on well enough.\n"
        "“We’ve spoken twice this month, once by phone. I want that to carry on, and I think it will.”\n"
        "He flew on."
    )
    quote = only(body)
    assert len(quote.spans) == 2
    assert quote.text == (
        "Yes, we get on well enough. "
        "We’ve spoken twice this month, once by phone. I want that to carry on, and I think it will."
    )
    assert [body[s.start : s.end] for s in quote.spans] == [
        "Yes, we get on well enough.",
        "We’ve spoken twice this month, once by phone. I want that to carry on, and I think it will.",
    ]


def test_headline_is_not_a_quotation_of_the_story() -> None:
    found = quotes_of("Ashdown spoke in Paris.", title="Ashdown: ‘We need a French guarantee’")
    assert found == ()


# -- split and continued quotations ------------------------------------------------------------------------


def test_quotation_split_by_its_attribution_is_two_quotes_one_speaker() -> None:
    body = (
        "British Prime Minister Hugh Ashdown flew to Paris.\n"
        "“For the truce to hold, we need firm guarantees,” he said. “I believe that without a guarantee, "
        "a truce would give Orlov the time to rearm.”"
    )
    first, second = quotes_of(body)
    assert first.text == "For the truce to hold, we need firm guarantees,"
    assert speaker_of(first) == speaker_of(second) == "Hugh Ashdown"


def test_paragraph_that_is_only_a_quotation_continues_the_speaker() -> None:
    body = (
        "Hugh Ashdown landed on Wednesday.\n"
        "“I want a truce that holds, and I doubt that will happen without guarantees,” Sir Hugh said.\n"
        "“Britain will do its share in that with others but we need a French guarantee.”"
    )
    first, second = quotes_of(body)
    assert speaker_of(first) == speaker_of(second) == "Hugh Ashdown"
    assert second.cue_span == first.cue_span  # the attribution it continues


# -- partial quotations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (
            "Ashdown left no doubt in the debate that a second harbour bridge is under study and that the choice "
            "will “not be made lightly”.",
            "not be made lightly",
            "Ashdown",
        ),
        (
            "Marchand, who has opened talks with Orlov to find a quick settlement, has called Dovzhensky a "
            "“gambler” and suggested he was to blame.",
            "gambler",
            "Marchand",
        ),
        (
            "But Ashdown said it was plain that Orlov was “the culprit” – and that there were “no quarrels”.",
            "the culprit",
            "Ashdown",
        ),
    ],
)
def test_partial_quotation_is_attributed_where_the_sentence_says(body: str, text: str, speaker: str) -> None:
    quote = next(q for q in quotes_of(body) if q.text == text)
    assert quote.kind == "partial"
    assert speaker_of(quote) == speaker


def test_scare_quote_is_dropped_or_keeps_no_speaker_or_a_low_confidence_one() -> None:
    scares = quotes_of("Ashdown arrives with talk of a French “guarantee” dominating the agenda.")
    cued = only("Ashdown said the deal was a “guarantee” for the region.")
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
    assert quotes_of("The so-called “guarantee” dominated the agenda.") == ()


def test_full_quotation_after_a_colon_is_full() -> None:
    quote = only("He told reporters on the train to Paris: “They broke the promise.”")
    assert quote.kind == "full"


# -- speaker forms ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, speaker",
    [
        # full name, surname, title and first name
        ("Hugh Ashdown arrived. “We all want calm,” Ashdown said.", "Hugh Ashdown"),
        ("Hugh Ashdown arrived. “We all want calm,” Sir Hugh said.", "Hugh Ashdown"),
        # title and name with no full name in the article
        ("“We have a steady and open partnership,” Lord Ashcombe said.", "Lord Ashcombe"),
        # pronoun after an apposition-introduced person
        (
            "Lord Ashcombe, the British Ambassador, echoed Ashdown’s view.\n"
            "He added, “Our two ports have traded with each other for a century.”",
            "Lord Ashcombe",
        ),
        # role noun resolved through the article's own title before the name
        (
            "The French President Luc Marchand has rejected the demands.\n"
            "Before talks began, the French President said, “I’m not going to promise any guarantees.”",
            "Luc Marchand",
        ),
        # role noun resolved through an apposition after the name
        (
            "Hugh Ashdown, the Prime Minister of the UK, stressed the need for guarantees.\n"
            "“We need firm guarantees,” the prime minister said.",
            "Hugh Ashdown",
        ),
        # another spelling of a title resolves like the title itself, not to the person named last
        (
            "British Prime Minister Hugh Ashdown flew in. Foreign Secretary Dana Pyke stayed behind.\n"
            "The PM said: “It must be a truce that holds.”",
            "Hugh Ashdown",
        ),
        (
            "Vice President Mara Quill arrived. Senator Ron Bale stayed behind.\n"
            "The vice-president said: “We came to listen.”",
            "Mara Quill",
        ),
        (
            "Ana Vell, the secretary-general, arrived. Senator Ron Bale stayed behind.\n"
            "The secretary general said: “We came to listen.”",
            "Ana Vell",
        ),
        # a pronoun whose sentence names another person first after a comma
        (
            "Ashdown was pressed on whether Orlov would sign the accord, he replied, “That is for Orlov to say.”",
            "Ashdown",
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
            "And a senior government source told the Courier: “Halting the shelling is not enough.”",
            "a senior government source",
        ),
        (
            "British officials were cautious about the odds of an accord.\n"
            "“The president wants the truce to hold,” one said.",
            "British officials",
        ),
    ],
)
def test_unnamed_sources_stay_unnamed(body: str, description: str) -> None:
    quote = quotes_of(body)[-1]
    assert quote.speaker is not None and not quote.speaker.named
    assert speaker_of(quote) is not None and description in (speaker_of(quote) or "")


def test_role_noun_the_article_never_resolves_waits_for_the_story() -> None:
    quote = only("The prime minister said: “It must be a truce that holds.”")
    assert quote.speaker is not None
    assert quote.speaker.name is None and quote.speaker.named and quote.speaker.mention == "The prime minister"


# -- where the attribution stands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, speaker, cue",
    [
        ("Ashdown said: “The point is, how do we make sure the truce holds.”", "Ashdown", "said"),
        ("Ashdown said, “The point is how.”", "Ashdown", "said"),
        ("“It is all in the numbers,” said Varga, speaking of the budget.", "Varga", "said"),
        ("“There’s one culprit here,” Ashdown told the Courier.", "Ashdown", "told"),
        (
            "Ashdown told journalists on his train: “The reason I say the guarantee matters so much.”",
            "Ashdown",
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
    body = "Ashdown said: “We will do our share.”\n“And we need a French guarantee.”"
    found = quotes_of(body)
    assert len(found) == 2
    for quote in found:
        assert quote.article == "a1"
        assert " ".join(body[s.start : s.end] for s in quote.spans) == quote.text
        assert quote.verdict is None
