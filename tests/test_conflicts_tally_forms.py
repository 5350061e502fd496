"""A tally written "N-to-M" is one tally, not two bare counts (``compare.fact_patterns``). Invented sentences, read
from no evaluation set."""

from __future__ import annotations

from conflict_helpers import conflict_values


def test_n_to_m_votes_of_other_cases_are_no_counts() -> None:
    a = "Many of the main cases were decided by 5-to-4 votes, said Tal Oren, who teaches law in Brenmoor."
    b = "Instead, Justice Vell joined the court to endorse the Brenmoor program by a 4-to-3 vote."
    assert conflict_values(a, b) == []


def test_one_vote_told_n_to_m_two_ways_conflicts_as_tallies() -> None:
    a = "The Brenmoor court upheld the ban by a 5-to-4 vote on Monday."
    b = "The Brenmoor court upheld the ban by a 6-to-3 vote on Monday."
    assert conflict_values(a, b) == [{"5-to-4", "6-to-3"}]
