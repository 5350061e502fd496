"""A tally written "N-to-M" is one tally, not two bare counts (``compare.fact_patterns``); a difference ("40 more
votes") is no total (``compare.facts.a_difference``). Invented sentences, read
from no evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


def test_n_to_m_votes_of_other_cases_are_no_counts() -> None:
    a = "Most big rulings of the Brenmoor bench this term were settled by 5-to-4 votes, Tal Oren, a lecturer, said."
    b = "Justice Vell then sided with three colleagues, backing the Kesby grant scheme by a narrow 4-to-3 vote."
    assert conflict_values(a, b) == []


def test_one_vote_told_n_to_m_two_ways_conflicts_as_tallies() -> None:
    a = "The Brenmoor court upheld the ban by a 5-to-4 vote on Monday."
    b = "The Brenmoor court upheld the ban by a 6-to-3 vote on Monday."
    assert conflict_values(a, b) == [{"5-to-4", "6-to-3"}]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Ana Vell needs 40 more votes to pass the Brenmoor bill.",
            "Ana Vell needs 52 votes to pass the Brenmoor bill.",
            [],
            id="what-remains-and-the-total",
        ),
        pytest.param(
            "Ana Vell needs 312 more votes to win the Kesby recount.",
            "A candidate needs 1,450 votes to win the Kesby recount.",
            [],
            id="remaining-votes-and-the-total",
        ),
        pytest.param(
            "Brenmoor council will cut 200 more jobs this year, Tal Oren said.",
            "Brenmoor council will cut 350 jobs this year, Tal Oren said.",
            [],
            id="more-jobs-and-the-jobs",
        ),
        pytest.param(
            "Ana Vell needs 40 more votes to pass the Brenmoor bill.",
            "Ana Vell needs 25 more votes to pass the Brenmoor bill.",
            [{"40", "25"}],
            id="two-remainders-still-conflict",
        ),
        pytest.param(
            "The storm killed 40 people in Brenmoor on Friday.",
            "The storm killed 55 people in Brenmoor on Friday.",
            [{"40", "55"}],
            id="two-totals-still-conflict",
        ),
    ],
)
def test_a_difference_is_one_fact_with_a_difference_only(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values
