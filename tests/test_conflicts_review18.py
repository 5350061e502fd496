"""The eighteenth review's findings on the conflict code that were wrong on main (``/work/coord/review18.md``), each
an invented pair: look-alikes must report nothing, found pairs their two values."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.article.quantities import weekday_direction


def test_two_scores_against_two_named_sides_are_two_matches() -> None:
    """A score's other side named after "against", "over" or "to" alone (no noun of the result) tells two matches
    apart as "a 3-1 win over Dale City" does."""
    assert (
        conflict_values("Kesby won 2-1 against Dale City on Saturday.", "Kesby won 3-0 against Ostley on Saturday.")
        == []
    )


@pytest.mark.parametrize(
    "b",
    ["Kesby won 3-0 against Dale City on Saturday.", "Kesby beat Dale City 3-0 on Saturday."],
)
def test_two_scores_against_one_side_still_conflict(b: str) -> None:
    assert conflict_values("Kesby won 2-1 against Dale City on Saturday.", b) == [{"2-1", "3-0"}]


def test_a_vote_against_a_named_motion_still_conflicts_with_one_against_the_motion() -> None:
    """The side read after "against" separates two tallies only where both name one."""
    assert conflict_values(
        "The Kesby council voted 7-2 against Ana Vell's plan on Monday.",
        "The Kesby council voted 6-3 against the plan on Monday.",
    ) == [{"7-2", "6-3"}]


@pytest.mark.parametrize(
    "a",
    [
        "The Kesby council voted 3 to 4 times on the plan last year.",
        "The Kesby council voted twice on the plan last year.",
        "The Kesby council voted several times on the plan last year.",
    ],
)
def test_a_day_of_a_counted_event_dates_no_one_occurrence(a: str) -> None:
    """ "voted twice", "N times" count the event's occurrences: its day dates several, as "again" does."""
    assert conflict_values(a, "The Kesby council voted 7 to 2 on the plan on Monday.") == []


def test_twice_as_a_multiplier_counts_no_occurrence() -> None:
    """ "twice as many" compares two sizes: the day still dates one vote."""
    assert conflict_values(
        "The Kesby council, with twice as many members as before, voted on the library plan on Monday.",
        "The Kesby council voted on the library plan on Tuesday.",
    ) == [{"Monday", "Tuesday"}]


def test_a_price_for_a_period_is_a_rate() -> None:
    """ "$300 for a year" is the price of a year, "$30 for a month" of a month: two rates, never compared."""
    assert (
        conflict_values(
            "Tickets for the Kesby pool cost $300 for a year.", "Tickets for the Kesby pool cost $30 for a month."
        )
        == []
    )


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Tickets for the Kesby pool cost $300 for a year.",
            "Tickets for the Kesby pool cost $250 for one year, the council said.",
            {"$300", "$250"},
        ),
        (
            "Kesby raised $500 for a day centre on Monday.",
            "Kesby raised $800 for a day centre on Monday.",
            {"$500", "$800"},
        ),
        (
            "Kesby was fined $500 for a day of protests.",
            "Kesby was fined $800 for a day of protests.",
            {"$500", "$800"},
        ),
    ],
)
def test_prices_of_one_period_and_sums_after_for_a_still_conflict(a: str, b: str, values: set[str]) -> None:
    """A noun or "of" after the unit makes it no period ("a day centre", "a day of protests"): a sum."""
    assert conflict_values(a, b) == [values]


def _direction(sentence: str, weekday: str) -> int:
    at = sentence.index(weekday)
    return weekday_direction(sentence, at, at + len(weekday))


def test_a_weekday_in_a_past_clause_is_behind_whatever_the_next_clause_plans() -> None:
    """The date reader: "held talks on Tuesday and will meet again" is a past Tuesday (the "will" is the next
    clause's)."""
    assert _direction("Vell held talks with Oren on Tuesday and will meet him again next month.", "Tuesday") == -1
    assert _direction("Vell met Oren on Tuesday; they will meet again next month.", "Tuesday") == -1


@pytest.mark.parametrize(
    "sentence",
    ["Talks begin on Tuesday and will run until Friday.", "The council will meet on Tuesday and vote on Friday."],
)
def test_a_weekday_in_a_clause_without_a_tense_still_reads_the_sentence(sentence: str) -> None:
    assert _direction(sentence, "Tuesday") == 1


def test_touched_down_is_landed() -> None:
    """ "touched down" is the act "landed" is (``lexicon.PHRASAL_VERBS``): one landing on two days conflicts."""
    assert conflict_values("Flight 212 landed in Kesby on Monday.", "Flight 212 touched down in Kesby on Tuesday.") == [
        {"Monday", "Tuesday"}
    ]


def test_a_take_off_and_a_landing_are_two_acts() -> None:
    assert (
        conflict_values("Flight 212 took off from Kesby on Monday.", "Flight 212 touched down in Kesby on Tuesday.")
        == []
    )


_MONDAY, _WEDNESDAY = "2025-05-12T09:00:00", "2025-05-14T09:00:00"


@pytest.mark.parametrize(
    "a",
    [
        "Forecasters expect the Kesby river to peak at 5.2 metres on Friday.",
        "Forecasters expect the Kesby river to peak at 5.2 metres.",
        "The Kesby river is expected to peak at 5.2 metres.",
    ],
)
def test_a_foretold_measure_and_the_measure_that_came_are_two_facts(a: str) -> None:
    """A measure foretold (a verb of foretelling, "to", a verb and a preposition before it) and one told as past: what
    was foretold and what happened (``fact_forecasts.prediction_and_outcome``, now read for measures too)."""
    b = "The Kesby river peaked at 4.8 metres on Friday." if "Friday" in a else "The Kesby river peaked at 4.8 metres."
    assert conflict_values(a, b, _MONDAY, _WEDNESDAY) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Kesby river peaked at 5.2 metres on Friday.", "The Kesby river peaked at 4.8 metres on Friday."),
        (
            "Forecasters expect the Kesby river to peak at 5.2 metres.",
            "Forecasters expect the Kesby river to peak at 4.8 metres.",
        ),
        ("The new Kesby bridge will be 120 metres long.", "The new Kesby bridge is 150 metres long."),
    ],
)
def test_two_measures_of_one_time_still_conflict(a: str, b: str) -> None:
    assert len(conflict_values(a, b)) == 1
