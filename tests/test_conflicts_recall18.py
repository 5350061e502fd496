"""Kinds a fact-checker meets in coverage, each found and its look-alike silent (crecall18).

An office's order counted from one anchor (``compare.fact_offices.since_anchor``: "the 12th governor since the war" /
"the 14th governor since the war"; another anchor, or the whole order, counts another set of holders); a document's
day where the noun "report" is what a verb acts on (``compare.fact_days.a_document_acted_on``: "the office issued its
report on Monday"), not a statement's day; one act of one set of people told in other words
(``compare.fact_dated.one_act``, ``one_party``: "met Tal Oren" / "held talks with Oren"); a tally after a word of a
vote, a contest or a split, written either way (``lexicon.TALLY_LEADS``: "voted 7 to 4" / "voted 4 to 7 against" are
one tally), and one vote told by two verbs of deciding on one day; a changed figure against a later
outlet's plain one the other way (``compare.fact_forecasts.an_update``: a toll that rose to 12 is not 11 days later);
"half a dozen" is six; "for a year", "for a week" are durations of one unit. Every person, place, outlet and sentence
is invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.article import analyse_article
from newsfuse.compare.fact_days import a_document_acted_on
from newsfuse.compare.fact_offices import SUCCESSION_UNIT, since_anchor, succession_unit, succession_values
from newsfuse.compare.fact_patterns import pattern_values
from newsfuse.model import Article

FOUND = [
    pytest.param(
        "Tal Oren became the 31st governor of Ostley since 1950 on Monday.",
        "Tal Oren was sworn in on Monday as the 33rd governor of Ostley since 1950.",
        {"31st", "33rd"},
        id="one-office-counted-from-one-year",
    ),
    pytest.param(
        "Tal Oren became Ostley's ninth governor since the war on Monday.",
        "Tal Oren was sworn in on Monday as Ostley's 11th governor since the war.",
        {"ninth", "11th"},
        id="one-office-counted-from-one-event",
    ),
    pytest.param(
        "The Ostley audit office's report was published on Monday.",
        "The Ostley audit office released its report on Tuesday.",
        {"Monday", "Tuesday"},
        id="a-report-a-verb-acts-on-is-no-statement",
    ),
    pytest.param(
        "The Brenmoor council voted 9 to 2 on Monday to sell the Ostley depot.",
        "The Brenmoor council voted 8 to 3 on Monday to sell the Ostley depot.",
        {"9 to 2", "8 to 3"},
        id="a-tally-written-n-to-m-after-voted",
    ),
    pytest.param(
        "The Brenmoor council voted 9 to 2 on Monday to sell the Ostley depot.",
        "The Brenmoor council voted 3 to 8 against keeping the Ostley depot on Monday.",
        {"9 to 2", "3 to 8"},
        id="a-tally-written-low-first",
    ),
    pytest.param(
        "An Ostley poll found residents split 44-56 on the new depot.",
        "An Ostley poll found residents split 41-59 on the new depot.",
        {"44-56", "41-59"},
        id="two-shares-of-a-split-as-a-pair",
    ),
    pytest.param(
        "An Ostley poll found residents split 44-56 on the new depot.",
        "An Ostley poll found residents split 41-59 on the depot.",
        {"44-56", "41-59"},
        id="one-question-in-other-words",
    ),
    pytest.param(
        "Police arrested half a dozen people after the Brenmoor march on Sunday.",
        "Police arrested 14 people after the Brenmoor march on Sunday.",
        {"half a dozen", "14"},
        id="half-a-dozen-is-six",
    ),
    pytest.param(
        "Ostley's mayor Ana Vell met Tal Oren in Brenmoor on Thursday.",
        "Vell held talks with Oren on Friday.",
        {"Thursday", "Friday"},
        id="one-meeting-of-one-pair-in-other-words",
    ),
    pytest.param(
        "Ana Vell met Tal Oren in Brenmoor on Thursday.",
        "Vell held talks with Oren in Brenmoor on Friday.",
        {"Thursday", "Friday"},
        id="one-meeting-where-no-people-are-read",
    ),
    pytest.param(
        "The Ostley audit office's report was published on Monday.",
        "The Ostley audit office issued its 90-page report on Tuesday.",
        {"Monday", "Tuesday"},
        id="a-report-s-act-whatever-words-of-it-stand-nearest",
    ),
    pytest.param(
        "The Brenmoor council voted 9 to 2 on Monday to close the Ostley depot.",
        "The Brenmoor council approved the closure of the Ostley depot 8-3 on Monday.",
        {"9 to 2", "8-3"},
        id="one-vote-told-by-two-verbs-of-deciding",
    ),
    pytest.param(
        "Ana Vell was banned from the Ostley council for a year.",
        "Ana Vell was banned from the Ostley council for 14 months.",
        {"a year", "14"},
        id="for-a-year-is-a-duration",
    ),
    pytest.param(
        "The Brenmoor depot will be shut for a fortnight for repairs.",
        "The Brenmoor depot will be shut for ten days for repairs.",
        {"a fortnight", "ten"},
        id="for-a-fortnight-is-a-duration",
    ),
]

SILENT = [
    pytest.param(
        "Tal Oren became the 31st governor of Ostley since 1950 on Monday.",
        "Tal Oren was sworn in on Monday as the 33rd governor of Ostley since 1920.",
        id="two-anchors-two-sets-of-holders",
    ),
    pytest.param(
        "Tal Oren became Ostley's ninth governor since the war on Monday.",
        "Tal Oren was sworn in on Monday as the 11th governor of Ostley.",
        id="an-anchored-order-and-the-whole-order",
    ),
    pytest.param(
        "The Ostley audit office's report was published on Monday.",
        "Costs rose, the Ostley audit office said in its report on Tuesday.",
        id="said-in-its-report-dates-a-statement",
    ),
    pytest.param(
        "The Brenmoor water plan will cost $40 million, the company said on Monday.",
        "The Brenmoor water plan cost $25 million three years ago, the company said on Monday.",
        id="the-company-said-is-a-verb",
    ),
    pytest.param(
        "The Brenmoor council voted 9 to 2 on Monday to sell the Ostley depot.",
        "The Brenmoor council voted 2 to 9 against keeping the Ostley depot on Monday.",
        id="one-tally-written-both-ways",
    ),
    pytest.param(
        "An Ostley poll found residents split 44-56 on the new depot.",
        "An Ostley poll found residents split 56-44 on the new depot.",
        id="one-split-written-both-ways",
    ),
    pytest.param(
        "Police arrested half a dozen people after the Brenmoor march on Sunday.",
        "Police arrested six people after the Brenmoor march on Sunday.",
        id="half-a-dozen-and-six",
    ),
    pytest.param(
        "Ostley's mayor Ana Vell met Tal Oren in Brenmoor on Thursday.",
        "Ostley's mayor Ana Vell held talks with Rui Sato in Brenmoor on Friday.",
        id="a-meeting-with-another-person",
    ),
    pytest.param(
        "Ana Vell met Tal Oren in Brenmoor on Thursday.",
        "Vell held talks with Rui Sato in Brenmoor on Friday.",
        id="a-meeting-with-another-person-no-people-read",
    ),
    pytest.param(
        "Ana Vell met Tal Oren in Brenmoor on Thursday.",
        "Vell held talks with Oren on Friday and will meet him again next month.",
        id="a-meeting-and-talks-to-come",
    ),
    pytest.param(
        "The Brenmoor council voted 9 to 2 on Monday to sell the Ostley depot.",
        "The Brenmoor council had backed the sale of the Ostley depot 8-3 in a first vote.",
        id="a-vote-of-no-day-may-be-another",
    ),
    pytest.param(
        "The Brenmoor council voted 9 to 2 on Monday to sell the Ostley depot.",
        "The Brenmoor council approved the Ostley depot budget 8-3 on Monday.",
        id="a-vote-on-another-thing-of-the-same-day",
    ),
    pytest.param(
        "Ana Vell was banned from the Ostley council for a year and a half.",
        "Ana Vell was banned from the Ostley council for 18 months.",
        id="a-year-and-a-half-and-18-months",
    ),
    pytest.param(
        "The Brenmoor depot will be shut for a year or two for repairs.",
        "The Brenmoor depot will be shut for 18 months for repairs.",
        id="for-a-year-or-two-is-a-range",
    ),
    pytest.param(
        "Ostley sells a ticket for a day trip to the islands.",
        "Ostley sells a ticket for a three-day trip to the islands.",
        id="a-day-trip-is-no-duration",
    ),
    pytest.param(
        "The Ostley audit office issued a report on Monday.",
        "The Ostley audit office issued a report on Tuesday.",
        id="a-report-is-one-of-several",
    ),
    pytest.param(
        "An Ostley poll found residents split 44-56 on the new depot.",
        "An Ostley poll found residents split 41-59 on the new library.",
        id="two-splits-on-two-questions",
    ),
    pytest.param(
        "An Ostley poll found residents split roughly 50-50 on the new depot.",
        "An Ostley poll found residents split 49-51 on the new depot.",
        id="a-rounded-split",
    ),
    pytest.param(
        "Tal Oren is the ninth governor since Ostley became a state.",
        "Tal Oren is the 11th governor since Ostley was granted a charter.",
        id="two-anchors-told-by-clauses",
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), FOUND)
def test_a_recall_kind_is_found(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_a_recall_kind_s_look_alike_is_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


_ROSE = "The death toll from the Brenmoor floods rose to 18 on Sunday."
_EARLY, _LATE = "2025-05-12T09:00:00", "2025-05-14T09:00:00"


def test_a_changed_figure_against_a_later_plain_one() -> None:
    assert conflict_values(_ROSE, "The Brenmoor floods left 16 dead.", _EARLY, _LATE) == [{"18", "16"}]
    assert conflict_values(_ROSE, "The Brenmoor floods left 21 dead.", _EARLY, _LATE) == []  # rose again
    assert conflict_values(_ROSE, "The Brenmoor floods left 16 dead.", _EARLY, _EARLY) == []  # the figure before
    assert conflict_values("The Brenmoor floods left 16 dead.", _ROSE, _EARLY, _LATE) == []  # the figure before
    part = "Police have identified 16 of the people the Brenmoor floods killed."
    assert conflict_values(_ROSE, part, _EARLY, _LATE) == []  # a part of the dead, no total
    fewer = "The Brenmoor floods killed 16 people, fewer than first reported, police said."
    assert conflict_values(_ROSE, fewer, _EARLY, _LATE) == []  # told as a correction
    price = "Ostley Bank's shares rose to $18 on Sunday after the merger."
    later = "Ostley Bank's shares stood at $16 after the merger."
    assert conflict_values(price, later, _EARLY, _LATE) == []  # a price moves either way


def test_what_an_order_restricted_by_since_counts_from() -> None:
    text = "the ninth governor since the Second World War, on Monday"
    assert since_anchor(text, text.index("since") + 5) == "second world war"
    text = "the ninth governor since the war on Monday"
    assert since_anchor(text, text.index("since") + 5) == "war"
    text = "the first governor since 1990 to lose"
    assert since_anchor(text, text.index("since") + 5) is None  # a rank among some of them
    body = "Tal Oren became Ostley's ninth governor since 1950."
    assert succession_unit(body, body.index("ninth")) == f"{SUCCESSION_UNIT} since 1950"
    body = "Tal Oren became Ostley's ninth governor."
    assert succession_unit(body, body.index("ninth")) == SUCCESSION_UNIT
    assert succession_values("Tal Oren is the ninth governor since 1990 who lost.") == []


def test_a_report_a_verb_acts_on() -> None:
    assert a_document_acted_on(["office", "issued", "its", "report"], 3)
    assert a_document_acted_on(["office", "will", "publish", "its", "final", "report"], 5)
    assert not a_document_acted_on(["office", "said", "in", "its", "report"], 4)  # "in": no verb acts on it
    assert not a_document_acted_on(["at", "its", "plant", "the", "company", "said"], 5)  # a past form is a verb
    assert not a_document_acted_on(["the", "depot", "plant", "the", "company", "report"], 5)  # no verb before


def test_a_tally_after_a_lead_either_way_and_a_range_after_none() -> None:
    assert pattern_values("tally", "The council voted 4 to 9 against it.") == [(18, 24, 9004.0)]
    assert pattern_values("tally", "The council voted 9-4 to sell it.") == [(18, 21, 9004.0)]
    assert pattern_values("tally", "Residents split 44-56 on the depot.") == [(16, 21, 56044.0)]
    assert pattern_values("tally", "The council approved 10-15 new homes.") == []  # a range of homes
    assert pattern_values("tally", "The council approved 10-15 homes.") == []
    assert pattern_values("tally", "Rents rose 10-15 on average.") == []  # no lead: a range


def test_half_a_dozen_is_six() -> None:
    body = "Police arrested half a dozen people and two dozen more later."
    found = analyse_article(Article(id="a", source="a.txt", body=body)).quantities
    counts = [(q.text, q.value) for q in found if q.kind == "number"]
    assert counts == [("half a dozen", 6.0), ("two dozen", 24.0)]
