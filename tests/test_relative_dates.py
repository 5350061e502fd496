"""Relative dates as days and ranges of days, resolved against the day an article was written.

Every phrase of the lexicon (``newsfuse.lexicon.RELATIVE_PERIODS``) is found
in its invented example and resolves to the days it names; the week, weekend
and month arithmetic holds across month and year ends.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_helpers import conflict_values
from newsfuse.article.dates import DAY_SHIFTS, period_range
from newsfuse.article.quantities import find_quantities
from newsfuse.article.sentences import split_sentences
from newsfuse.lexicon import RELATIVE_PERIODS
from newsfuse.model import Article

D = dt.date


@pytest.mark.parametrize("phrase", sorted(RELATIVE_PERIODS))
def test_each_phrase_is_found_in_its_example_and_resolves(phrase: str) -> None:
    period = RELATIVE_PERIODS[phrase]
    assert phrase in period.example.lower()
    article = Article(id="a", source="a", body=period.example, published="2025-06-18")
    found = [q for q in find_quantities(article, split_sentences(article)) if q.kind == "relative_date"]
    assert [q.text.lower() for q in found] == [phrase]
    days = period_range(phrase, D(2025, 6, 18))  # a Wednesday
    assert days is not None and days[0] <= days[1]
    if period.shift < 0 or period.part in ("before", "past"):
        assert days[1] < D(2025, 6, 18)
    if period.shift > 0 or period.part == "after":
        assert days[0] > D(2025, 6, 18)


@pytest.mark.parametrize(
    ("phrase", "reference", "first", "last"),
    [
        # "earlier this week": the ISO week's Monday to the day before; across a year end
        ("earlier this week", D(2026, 1, 2), D(2025, 12, 29), D(2026, 1, 1)),
        ("earlier this week", D(2025, 12, 7), D(2025, 12, 1), D(2025, 12, 6)),  # said on a Sunday
        ("later this week", D(2025, 4, 29), D(2025, 4, 30), D(2025, 5, 4)),  # across a month end
        # "last week": the ISO week before, across month and year ends
        ("last week", D(2026, 1, 1), D(2025, 12, 22), D(2025, 12, 28)),
        ("last week", D(2024, 3, 4), D(2024, 2, 26), D(2024, 3, 3)),  # a leap February
        ("last week", D(2025, 6, 22), D(2025, 6, 9), D(2025, 6, 15)),  # said on a Sunday: not the week ending that day
        ("this week", D(2025, 6, 22), D(2025, 6, 16), D(2025, 6, 22)),  # said on a Sunday: the week it ends
        ("this week", D(2025, 3, 31), D(2025, 3, 31), D(2025, 4, 6)),  # a Monday across a month end
        ("early last week", D(2025, 6, 18), D(2025, 6, 9), D(2025, 6, 13)),
        ("late last week", D(2025, 6, 18), D(2025, 6, 11), D(2025, 6, 15)),
        ("this past week", D(2025, 6, 18), D(2025, 6, 9), D(2025, 6, 17)),
        ("next week", D(2025, 12, 31), D(2026, 1, 5), D(2026, 1, 11)),
        # weekends
        ("this weekend", D(2025, 12, 31), D(2026, 1, 3), D(2026, 1, 4)),
        ("last weekend", D(2026, 1, 2), D(2025, 12, 27), D(2025, 12, 28)),
        ("last weekend", D(2025, 6, 16), D(2025, 6, 14), D(2025, 6, 15)),  # said on a Monday: the one just gone
        ("next weekend", D(2025, 2, 26), D(2025, 3, 8), D(2025, 3, 9)),
        ("later this weekend", D(2025, 2, 26), D(2025, 3, 1), D(2025, 3, 2)),  # from its Saturday, not tomorrow
        ("later this weekend", D(2025, 3, 1), D(2025, 3, 2), D(2025, 3, 2)),  # said on the Saturday
        ("this past weekend", D(2025, 3, 3), D(2025, 3, 1), D(2025, 3, 2)),
        ("this past weekend", D(2025, 3, 2), D(2025, 3, 1), D(2025, 3, 2)),  # said on the Sunday itself
        # months and years
        ("last month", D(2026, 1, 8), D(2025, 12, 1), D(2025, 12, 31)),
        ("earlier this month", D(2024, 3, 5), D(2024, 3, 1), D(2024, 3, 4)),
        ("later this month", D(2023, 2, 20), D(2023, 2, 21), D(2023, 2, 28)),
        ("late last month", D(2024, 3, 10), D(2024, 2, 12), D(2024, 2, 29)),
        ("next month", D(2024, 1, 31), D(2024, 2, 1), D(2024, 2, 29)),
        ("earlier this year", D(2025, 1, 2), D(2025, 1, 1), D(2025, 1, 1)),
        ("last year", D(2026, 1, 1), D(2025, 1, 1), D(2025, 12, 31)),
        # one day
        ("yesterday", D(2025, 1, 1), D(2024, 12, 31), D(2024, 12, 31)),
        ("tomorrow", D(2024, 2, 28), D(2024, 2, 29), D(2024, 2, 29)),
    ],
)
def test_a_phrase_names_the_days_of_its_period(phrase: str, reference: dt.date, first: dt.date, last: dt.date) -> None:
    assert period_range(phrase, reference) == (first, last)


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [
        ("earlier this week", D(2025, 6, 16)),  # a Monday: no day of its week lies before it
        ("earlier this month", D(2025, 7, 1)),
        ("later this week", D(2025, 6, 22)),  # a Sunday
        ("later this weekend", D(2025, 6, 22)),  # its Sunday
        ("later this year", D(2025, 12, 31)),
        ("the other week", D(2025, 6, 18)),  # not a phrase of the lexicon
    ],
)
def test_a_period_with_no_day_left_is_no_range(phrase: str, reference: dt.date) -> None:
    assert period_range(phrase, reference) is None


@pytest.mark.parametrize(
    ("direction", "first", "last"),
    [(-1, D(2025, 6, 14), D(2025, 6, 15)), (1, D(2025, 6, 21), D(2025, 6, 22)), (0, D(2025, 6, 14), D(2025, 6, 22))],
)
def test_over_the_weekend_follows_the_sentence_s_tense(direction: int, first: dt.date, last: dt.date) -> None:
    assert period_range("over the weekend", D(2025, 6, 18), direction) == (first, last)


def test_one_day_phrases_shift_the_reference_day() -> None:
    assert DAY_SHIFTS == {
        "yesterday": -1,
        "last night": -1,
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tomorrow": 1,
    }


@pytest.mark.parametrize(
    ("reference", "direction", "first", "last"),
    [
        (D(2025, 6, 16), -1, D(2025, 6, 14), D(2025, 6, 15)),  # said on a Monday of the past: the one just ended
        (D(2025, 6, 16), 1, D(2025, 6, 21), D(2025, 6, 22)),  # ... of the future: the coming one
        (D(2025, 6, 16), 0, D(2025, 6, 14), D(2025, 6, 22)),  # ... tense unknown: either
        (D(2025, 6, 17), -1, D(2025, 6, 21), D(2025, 6, 22)),  # on a Tuesday the week's own, whatever the tense
    ],
)
def test_this_weekend_said_on_a_monday_may_be_the_one_just_ended(
    reference: dt.date, direction: int, first: dt.date, last: dt.date
) -> None:
    assert period_range("this weekend", reference, direction) == (first, last)


@pytest.mark.parametrize(
    "phrase", ["3000 years ago", "9999999 days ago", "5000 years ago", "December 9999", "March 0000"]
)
def test_a_span_back_before_the_calendar_is_no_day(phrase: str) -> None:
    assert period_range(phrase, D(2025, 6, 18)) is None


def test_an_ancient_date_in_one_outlet_costs_the_story_nothing() -> None:
    a = "Divers found a hull near Tarn Point that sank 3000 years ago, and 14 jars were raised on Monday."
    b = "A hull that sank 3000 years ago was found near Tarn Point, and 19 jars were raised on Monday."
    assert conflict_values(a, b) == [{"14", "19"}]


def test_a_month_outside_the_calendar_costs_the_story_nothing() -> None:
    a = "The Tarn museum will open its vault in December 9999, it said, and 14 jars were raised on Monday."
    b = "The museum at Tarn said 19 jars were raised on Monday; its vault stays shut until March 0000."
    assert conflict_values(a, b) == [{"14", "19"}]
