"""The quote ledger, case by case, from invented sentences of the shapes news coverage shows.

Each case is one of the situations issue #4 lists: marks, multi-paragraph
quotations, split quotations, partial quotations, every speaker form, unnamed
sources, attribution before/after/inverted/with a clause, and text that is
not a quotation of the story. The people, places and events are made up:
a harbour wall, a tram depot, a football club, a hospital strike, a museum,
a flooded valley.
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
        ("The coach told the press: “We lost our shape.”", "We lost our shape."),
        ('The coach told the press: "We lost our shape."', "We lost our shape."),
        ("The coach told the press: ‘We lost our shape.’", "We lost our shape."),
        ("The coach told the press: 'We lost our shape.'", "We lost our shape."),
        ("The coach told the press: „We lost our shape.“", "We lost our shape."),
    ],
    ids=["curly-double", "straight-double", "curly-single", "straight-single", "low-nine"],
)
def test_marks_of_every_style(body: str, text: str) -> None:
    assert only(body).text == text


def test_apostrophes_are_not_marks() -> None:
    quote = only("Okafor said: “I’m not selling the club’s ground, and the board won't either.”")
    assert quote.text == "I’m not selling the club’s ground, and the board won't either."
    in_single_marks = only("‘I’m told the club’s ground is safe,’ Okafor said.")
    assert in_single_marks.text == "I’m told the club’s ground is safe,"


def test_nested_quotation_stays_inside_its_quotation() -> None:
    body = "“Every morning parents stop me at the gate and ask, ‘Why is the pool still shut?’” the head said."
    quote = only(body)
    assert quote.text.startswith("Every morning") and "‘Why is the pool still shut?’" in quote.text


def test_quotation_over_several_paragraphs_is_one_quote() -> None:
    body = (
        "The head teacher went on, “The roof leaks in two classrooms.\n"
        "“We have written to the council three times since March. I expect an answer before the holidays.”\n"
        "Lessons resumed at noon."
    )
    quote = only(body)
    assert len(quote.spans) == 2
    assert quote.text == (
        "The roof leaks in two classrooms. "
        "We have written to the council three times since March. I expect an answer before the holidays."
    )
    assert [body[s.start : s.end] for s in quote.spans] == [
        "The roof leaks in two classrooms.",
        "We have written to the council three times since March. I expect an answer before the holidays.",
    ]


def test_headline_is_not_a_quotation_of_the_story() -> None:
    headline = "“The new trams will be late,” Quint says"
    assert [q.text for q in quotes_of(headline + ".")] == ["The new trams will be late,"]  # a quotation in the body
    assert quotes_of("Quint spoke at the tram depot.", title=headline) == ()
    assert quotes_of("Quint spoke at the tram depot.", title="Quint: ‘The new trams will be late’") == ()


# -- split and continued quotations ------------------------------------------------------------------------


def test_quotation_split_by_its_attribution_is_two_quotes_one_speaker() -> None:
    body = (
        "Harbour master Ines Calloway walked the breakwater on Monday.\n"
        "“If the storms keep coming, the wall will not last,” she said. “Without new stone, I expect the "
        "next winter to open a breach.”"
    )
    first, second = quotes_of(body)
    assert first.text == "If the storms keep coming, the wall will not last,"
    assert speaker_of(first) == speaker_of(second) == "Ines Calloway"


def test_paragraph_that_is_only_a_quotation_continues_the_speaker() -> None:
    body = (
        "Celia Marr opened the new gallery on Thursday.\n"
        "“We waited nine years for this room, and it was worth it,” Dame Celia said.\n"
        "“The loans from Lisbon arrive next month.”"
    )
    first, second = quotes_of(body)
    assert speaker_of(first) == speaker_of(second) == "Celia Marr"
    assert second.cue_span == first.cue_span  # the attribution it continues


# -- partial quotations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (
            "Quint made it clear at the hearing that a second depot is being costed and that the decision "
            "will “not be rushed”.",
            "not be rushed",
            "Quint",
        ),
        (
            "Okafor, who spent the summer scouting players in Portugal, has called the referee a "
            "“coward” and said the appeal was lost.",
            "coward",
            "Okafor",
        ),
        (
            "Yet Selby said it was obvious that the trust was “the problem” – and that there were “no shortcuts”.",
            "the problem",
            "Selby",
        ),
    ],
)
def test_partial_quotation_is_attributed_where_the_sentence_says(body: str, text: str, speaker: str) -> None:
    quote = next(q for q in quotes_of(body) if q.text == text)
    assert quote.kind == "partial"
    assert speaker_of(quote) == speaker


def test_scare_quote_is_dropped_or_keeps_no_speaker_or_a_low_confidence_one() -> None:
    scares = quotes_of("Quint reaches the depot with talk of a “rescue” filling the agenda.")
    cued = only("Quint said the loan was a “rescue” for the line.")
    assert cued.kind == "partial"
    assert cued.speaker is not None and cued.speaker.confidence is not None
    for scare in scares:
        assert scare.kind == "partial"
        if scare.speaker is not None:
            assert scare.speaker.confidence is not None
            assert scare.speaker.confidence < 0.5 < cued.speaker.confidence


def test_a_quotation_with_no_candidate_is_unattributed() -> None:
    quote = only("The minutes ran to two pages.\n\n“The pool reopens in June.”")
    assert quote.speaker is None


def test_a_scare_quoted_term_is_not_a_quotation() -> None:
    assert quotes_of("The so-called “rescue” filled the hearing.") == ()


def test_full_quotation_after_a_colon_is_full() -> None:
    quote = only("She told the committee in the town hall: “The repair budget is gone.”")
    assert quote.kind == "full"


# -- speaker forms ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, speaker",
    [
        # full name, surname, title and first name
        ("Marta Selby arrived. “Nobody wants a strike,” Selby said.", "Marta Selby"),
        ("Celia Marr arrived. “The doors open at ten,” Dame Celia said.", "Celia Marr"),
        # title and name with no full name in the article
        ("“The vineyard has paid every debt,” Lady Brantwood said.", "Lady Brantwood"),
        # pronoun after an apposition-introduced person
        (
            "Lord Penrose, the club chairman, backed Okafor’s decision.\n"
            "He added, “Our supporters have waited long enough for a new stand.”",
            "Lord Penrose",
        ),
        # role noun resolved through the article's own title before the name
        (
            "The Chilean President Rosa Ibarra has rejected the tariff.\n"
            "Before the summit opened, the Chilean President said, “I will not sign a deal that ruins our farms.”",
            "Rosa Ibarra",
        ),
        # role noun resolved through an apposition after the name
        (
            "Tomas Reyes, the governor of the province, ordered the dam’s gates opened.\n"
            "“The valley cannot take more water,” the governor said.",
            "Tomas Reyes",
        ),
        # another spelling of a title resolves like the title itself, not to the person named last
        (
            "Prime Minister Aroha Kent toured the flooded towns. Finance Minister Lee Vaughan stayed in the capital.\n"
            "The PM said: “Every family will have a roof by winter.”",
            "Aroha Kent",
        ),
        (
            "Vice President Idris Fane opened the battery plant. Senator Joan Petrie stayed in the capital.\n"
            "The vice-president said: “These jobs are staying here.”",
            "Idris Fane",
        ),
        (
            "Noor Haddad, the secretary-general, opened the congress. Senator Paul Grieve stayed away.\n"
            "The secretary general said: “The strike fund is full.”",
            "Noor Haddad",
        ),
        # a pronoun whose sentence names another person first after a comma
        (
            "Okafor was asked if Brennan would stay at the club after the season, he answered, “You must ask Brennan.”",
            "Okafor",
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
            "Then a senior club source told the Gazette: “The manager has lost the dressing room.”",
            "a senior club source",
        ),
        (
            "Union officials were wary of the hospital’s new offer.\n“The board wants us back by Monday,” one said.",
            "Union officials",
        ),
    ],
)
def test_unnamed_sources_stay_unnamed(body: str, description: str) -> None:
    quote = quotes_of(body)[-1]
    assert quote.speaker is not None and not quote.speaker.named
    assert speaker_of(quote) is not None and description in (speaker_of(quote) or "")


def test_role_noun_the_article_never_resolves_waits_for_the_story() -> None:
    quote = only("The governor said: “The levees will be raised before the rains.”")
    assert quote.speaker is not None
    assert quote.speaker.name is None and quote.speaker.named and quote.speaker.mention == "The governor"


# -- where the attribution stands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, speaker, cue",
    [
        ("Calloway said: “The question is, who pays for the stone.”", "Calloway", "said"),
        ("Calloway said, “The question is when.”", "Calloway", "said"),
        ("“It all came down to the pitch,” said Brennan, speaking of the defeat.", "Brennan", "said"),
        ("“There’s one reason for the delay,” Quint told the Gazette.", "Quint", "told"),
        (
            "Quint told journalists at the depot: “The reason we ordered new trams is the brakes.”",
            "Quint",
            "told journalists",
        ),
        ("“The orchard lost half its crop,” said beekeeper Hal Moreno.", "Hal Moreno", "said"),
        (
            "“Orders are up a third,” Sunita Rao, chief executive of Corvane Tiles Ltd., told reporters.",
            "Sunita Rao",
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
    body = "Brennan said: “We will train twice a day.”\n“And we need a new goalkeeper.”"
    found = quotes_of(body)
    assert len(found) == 2
    for quote in found:
        assert quote.article == "a1"
        assert " ".join(body[s.start : s.end] for s in quote.spans) == quote.text
        assert quote.verdict is None
