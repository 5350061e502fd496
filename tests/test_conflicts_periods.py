"""One event's day given by two outlets as periods ("last week", "earlier this week") or a period and a day.

Each period is resolved to an interval of days against its own article's
date (``newsfuse.article.dates.period_range``); two intervals of one event
that cannot meet are a conflict, overlapping ones are not. Each case is a pair
of invented outlets; the look-alikes tell of two events, of intervals that
meet, or of a plan and a later report.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_verbs import after_modal

WEDNESDAY = "2025-05-14T09:00:00"
NEXT_WEDNESDAY = "2025-05-21T09:00:00"
MONDAY = "2025-05-12T09:00:00"


def values(a: str, b: str, published: tuple[str, str] = (WEDNESDAY, WEDNESDAY)) -> list[set[str]]:
    return conflict_values(a, b, *published)


@pytest.mark.parametrize(
    ("a", "b", "published", "expected"),
    [
        pytest.param(
            "The Harwick river bridge was shut earlier this week when cracks were found in its piers.",
            "Engineers shut the Harwick river bridge last month when they found cracks in its piers.",
            (WEDNESDAY, WEDNESDAY),
            {"earlier this week", "last month"},
            id="passive-and-active-one-verb",
        ),
        pytest.param(
            "The Tarn ferry was withdrawn from service last week after its engine failed.",
            "The Tarn ferry was withdrawn from service earlier this week after its engine failed.",
            (WEDNESDAY, NEXT_WEDNESDAY),
            {"last week", "earlier this week"},
            id="written-a-week-apart-the-weeks-do-not-meet",
        ),
        pytest.param(
            "The Tarn ferry will return to service next Friday, its owners said.",
            "The Tarn ferry will return to service on May 30, its owners said.",
            (WEDNESDAY, WEDNESDAY),
            {"next Friday", "May 30"},
            id="next-friday-neither-reading-meets",
        ),
    ],
)
def test_periods_of_one_event_that_cannot_meet_conflict(
    a: str, b: str, published: tuple[str, str], expected: set[str]
) -> None:
    assert values(a, b, published) == [expected]


@pytest.mark.parametrize(
    ("a", "b", "published"),
    [
        pytest.param(
            "The Harwick river bridge was closed to traffic last week after engineers found cracks.",
            "The Harwick river bridge reopened to traffic on Tuesday after engineers found cracks.",
            (WEDNESDAY, WEDNESDAY),
            id="closed-then-reopened-two-acts",
        ),
        pytest.param(
            "The Tarn ferry was withdrawn from service on Saturday after its engine failed.",
            "The Tarn ferry was withdrawn from service last week after its engine failed.",
            (MONDAY, MONDAY),
            id="a-saturday-inside-last-week-said-on-a-monday",
        ),
        pytest.param(
            "The Tarn ferry was withdrawn from service this week after its engine failed.",
            "The Tarn ferry was withdrawn from service last week after its engine failed.",
            (WEDNESDAY, NEXT_WEDNESDAY),
            id="this-week-and-last-week-written-a-week-apart-one-week",
        ),
        pytest.param(
            "The Tarn ferry was withdrawn from service earlier this week after its engine failed.",
            "The Tarn ferry was withdrawn from service on Tuesday after its engine failed.",
            (WEDNESDAY, WEDNESDAY),
            id="a-day-inside-the-period",
        ),
        pytest.param(
            "The Tarn ferry will return to service next Friday, its owners said.",
            "The Tarn ferry will return to service on May 23, its owners said.",
            (WEDNESDAY, WEDNESDAY),
            id="next-friday-may-be-the-one-a-week-on",
        ),
        pytest.param(
            "The Tarn ferry was withdrawn from service last Tuesday after its engine failed.",
            "The Tarn ferry was withdrawn from service on May 6 after its engine failed.",
            (WEDNESDAY, WEDNESDAY),
            id="last-tuesday-may-be-the-one-a-week-before",
        ),
    ],
)
def test_look_alikes_of_periods_are_silent(a: str, b: str, published: tuple[str, str]) -> None:
    assert values(a, b, published) == []


@pytest.mark.parametrize(
    ("words", "verb"),
    [
        (["will", "reopen"], True),
        (["plans", "to", "shed"], True),
        (["voted", "to", "close"], True),
        (["was", "expected", "to", "reopen"], True),
        (["was", "closed", "to", "traffic"], False),  # "to" after a past form: a preposition
        (["was", "sent", "to", "prison"], False),
        (["the", "bridge"], False),
    ],
)
def test_a_verb_after_a_modal_or_an_infinitive_s_to(words: list[str], verb: bool) -> None:
    assert after_modal(words, len(words) - 1) is verb
