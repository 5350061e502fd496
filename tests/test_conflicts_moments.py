"""Live coverage: counts of a moment (``compare.fact_moments``). Invented sentences, read from no evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import analysis, conflict_values
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.fact_moments import live_coverage

LIVE = (
    "The Latest on the Brenmoor council count (all times local):\n\n"
    "10:15 p.m.\n\nAna Vell has won 140 seats so far, officials in Brenmoor said.\n\n"
    "9:42 p.m.\n\nThe count in Orrin was halted for an hour after a power cut.\n"
)
LATER = "Ana Vell has won 210 seats so far, officials in Brenmoor said."


@pytest.mark.parametrize(
    ("body", "live"),
    [
        pytest.param(LIVE, True, id="timed-entries"),
        pytest.param("9:42 p.m.\n\nAna Vell spoke.\n\n14:05 BST\n\nTal Oren replied.", True, id="zones-and-24h"),
        pytest.param("8.15am\n\nAna Vell spoke.\n\n9.30 am\n\nTal Oren replied.", True, id="point-with-half-day"),
        pytest.param("The vote closed at 9:42 p.m.\n\nAna Vell spoke at 10:15 p.m.", False, id="times-in-sentences"),
        pytest.param("12.50\n\n3.75\n\nPrices of the Brenmoor market.", False, id="amounts-alone-are-no-times"),
        pytest.param("9:42 p.m.\n\nAna Vell spoke.", False, id="one-time-line-is-a-caption"),
    ],
)
def test_live_coverage(body: str, live: bool) -> None:
    assert live_coverage(body) is live


def test_a_running_count_of_live_coverage_is_of_its_moment() -> None:
    # undated articles: the entry's moment and the other outlet's are unknown, so 140 and 210 may both be right
    found = find_conflicts("s", [analysis("a", LIVE), analysis("b", LATER)])
    assert not found


def test_a_running_count_of_another_day_is_of_its_moment() -> None:
    assert not conflict_values(LIVE, LATER, "2025-05-14T23:00:00", "2025-05-15T09:00:00")


def test_live_coverage_of_one_day_still_conflicts() -> None:
    assert conflict_values(LIVE, LATER, "2025-05-14T23:00:00") == [{"140", "210"}]


def test_the_same_counts_without_live_coverage_still_conflict() -> None:
    plain = "Ana Vell has won 140 seats so far, officials in Brenmoor said."
    assert conflict_values(plain, LATER, None) == [{"140", "210"}]


def test_days_of_live_coverage_keep_their_conflicts() -> None:
    live = LIVE + "\n11:02 p.m.\n\nThe Orrin bridge was closed on Monday, officials said.\n"
    other = "The Orrin bridge was closed on Tuesday, officials said."
    assert conflict_values(live, other, "2025-05-14T23:00:00", "2025-05-15T09:00:00") != []
