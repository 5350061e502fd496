"""How a day is read before it is compared: a multi-day event, an article without a date, a story stamped in UTC near
midnight, and the rounding of "N weeks ago"; and a measure's shown value keeps its unit (review 14, A2 A3 A6 A7).

Each look-alike is a pair of invented outlets that do not disagree and must report nothing; each still-reported case
shows the reading did not go too far. Every town, person and sentence is made up; none is read from an evaluation
set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_helpers import analysis, conflict_values
from newsfuse.article.dates import AGO_SLACK_SHARE, UTC_MIDNIGHT_MARGIN, period_range, utc_day_shift
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.fact_days import event_length
from newsfuse.model import Article, Span

WEDNESDAY = "2025-05-14T09:00:00"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Orrin kite festival took place last week on the dunes.",
            "The Orrin kite festival took place on May 2 on the dunes and ran for ten days.",
            id="a-day-that-starts-a-ten-day-event",
        ),
        pytest.param(
            "Bus drivers in Tarnby were on strike last week.",
            "Bus drivers in Tarnby were on strike on May 1, the start of a twelve-day walkout.",
            id="the-first-day-of-a-twelve-day-walkout",
        ),
        pytest.param(
            "The Brenmoor book fair was held last week in the town hall.",
            "The Brenmoor book fair, held over nine days from May 3, filled the town hall.",
            id="held-over-nine-days-from-a-date",
        ),
    ],
)
def test_a_day_of_a_multi_day_event_meets_a_period_holding_the_rest(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Orrin kite festival took place last week on the dunes.",
            "The Orrin kite festival took place on April 20 on the dunes and ran for ten days.",
            {"last week", "April 20"},
            id="ten-days-that-end-before-the-week",
        ),
        pytest.param(
            "The Orrin kite festival opened last week on the dunes.",
            "The Orrin kite festival opened on May 2 on the dunes and ran for ten days.",
            {"last week", "May 2"},
            id="an-opening-day-is-one-day-whatever-the-length",
        ),
    ],
)
def test_a_multi_day_event_still_disagrees_beyond_its_length(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


def test_one_dated_article_gives_no_date_to_an_undated_one() -> None:
    """With one dated outlet, the undated one may have been written on any day: its "last week" is left
    unresolved."""
    a = analysis("a", "The Tarnby ferry was withdrawn from service last week after a fault.")
    b = analysis("b", "The Tarnby ferry was withdrawn from service on Tuesday after a fault.", WEDNESDAY)
    assert find_conflicts("s", [a, b]) == ()


def test_two_dated_articles_date_an_undated_one() -> None:
    """Two dated outlets a day apart say when the story was covered: the undated "last week" (5 to 11 May, or the
    week before) cannot be Tuesday 13 May."""
    a = analysis("a", "The Tarnby ferry was withdrawn from service last week after a fault.")
    b = analysis("b", "The Tarnby ferry was withdrawn from service on Tuesday after a fault.", WEDNESDAY)
    c = analysis("c", "The Tarnby ferry was withdrawn from service on May 13 after a fault.", "2025-05-15T09:00:00")
    found = find_conflicts("s", [a, b, c])
    assert found
    assert all(any(v.article == "a" and v.inferred for v in x.values) for x in found)


@pytest.mark.parametrize(
    ("a", "published_a", "published_b"),
    [
        pytest.param(
            "The Orrin dredger ran aground today near Tarnby, the coastguard said.",
            "2025-05-15T02:00:00Z",
            "2025-05-15T10:00:00Z",
            id="an-american-evening-stamped-the-next-day",
        ),
        pytest.param(
            "The Orrin dredger ran aground yesterday near Tarnby, the coastguard said.",
            "2025-05-14T22:00:00+00:00",
            "2025-05-15T10:00:00Z",
            id="an-antipodean-morning-stamped-the-evening-before",
        ),
        pytest.param(
            "The Orrin dredger ran aground yesterday near Tarnby, the coastguard said.",
            "2025-05-14T23:30:00",
            "2025-05-15T10:00:00",
            id="a-time-without-a-zone",
        ),
    ],
)
def test_day_words_of_a_utc_stamp_near_midnight_keep_the_neighbouring_day(
    a: str, published_a: str, published_b: str
) -> None:
    b = "The Orrin dredger ran aground on Wednesday near Tarnby, the coastguard said."
    assert conflict_values(a, b, published_a, published_b) == []


@pytest.mark.parametrize(
    ("a", "published_a", "values"),
    [
        pytest.param(
            "The Orrin dredger ran aground today near Tarnby, the coastguard said.",
            "2025-05-15T02:00:00+10:00",
            {"today", "Wednesday"},
            id="a-stamp-with-its-own-zone",
        ),
        pytest.param(
            "The Orrin dredger ran aground today near Tarnby, the coastguard said.",
            "2025-05-15T12:00:00Z",
            {"today", "Wednesday"},
            id="a-utc-noon",
        ),
        pytest.param(
            "The Orrin dredger ran aground yesterday near Tarnby, the coastguard said.",
            "2025-05-17T02:00:00Z",
            {"yesterday", "Wednesday"},
            id="two-days-off-stays-off",
        ),
    ],
)
def test_day_words_still_disagree_where_the_stamp_says_the_day(a: str, published_a: str, values: set[str]) -> None:
    b = "The Orrin dredger ran aground on Wednesday near Tarnby, the coastguard said."
    assert conflict_values(a, b, published_a, "2025-05-15T10:00:00Z") == [values]


@pytest.mark.parametrize(
    ("published", "shift"),
    [
        ("2025-05-15T02:00:00Z", -1),
        ("2025-05-15T02:00:00+00:00", -1),
        ("2025-05-14T23:30:00", 1),
        ("2025-05-14T22:00:00 UTC", 1),
        ("2025-05-15T12:00:00Z", 0),
        ("2025-05-15T02:00:00-04:00", 0),
        ("2025-05-15", 0),
        (None, 0),
    ],
)
def test_the_neighbouring_day_of_a_stamp(published: str | None, shift: int) -> None:
    assert UTC_MIDNIGHT_MARGIN < 12
    assert utc_day_shift(Article(id="a", source="a.txt", body="", published=published)) == shift


def test_n_weeks_ago_reaches_its_named_share_of_a_week() -> None:
    written = dt.date(2025, 5, 14)
    slack = int(7 * AGO_SLACK_SHARE)
    assert period_range("two weeks ago", written) == (
        written - dt.timedelta(days=14 + slack),
        written - dt.timedelta(days=14 - slack),
    )


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The trawler Gannet sank 30 miles off Tarnby Head on Friday.",
            "The trawler Gannet sank 75 kilometres off Tarnby Head on Friday.",
            {"30 miles", "75 kilometres"},
            id="miles-and-kilometres",
        ),
        pytest.param(
            "The Orrin whale weighed 12 tonnes, the museum said on Friday.",
            "The Orrin whale weighed 19 tonnes, the museum said on Friday.",
            {"12 tonnes", "19 tonnes"},
            id="tonnes",
        ),
    ],
)
def test_a_measure_s_shown_value_keeps_its_unit(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]
    found = find_conflicts("s", [analysis("a", a, WEDNESDAY), analysis("b", b, WEDNESDAY)])
    bodies = {"a": a, "b": b}
    for value in found[0].values:
        assert bodies[value.article][value.span.start : value.span.end] == value.value
    assert all(v.value in found[0].reason for v in found[0].values)


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The fair ran for ten days.", 10),
        ("It was the first day of a twelve-day walkout.", 12),
        ("The talks were held over two weeks from May 3.", 14),
        ("The ferry was closed for ten days after cracks were found.", 10),
        ("The ferry was withdrawn ten days ago.", 0),
        ("The ferry sailed again two days later.", 0),
        ("The vote came three days before the deadline.", 0),
        ("The ferry sailed on Monday.", 0),
    ],
)
def test_the_length_a_sentence_gives_its_event(sentence: str, days: int) -> None:
    assert event_length(sentence, Span(0, len(sentence))) == days
