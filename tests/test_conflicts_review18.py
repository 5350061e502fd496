"""The eighteenth review's findings on the conflict code that were wrong on main (``/work/coord/review18.md``), each
an invented pair: look-alikes must report nothing, found pairs their two values."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


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
