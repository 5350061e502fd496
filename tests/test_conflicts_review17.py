"""The seventeenth review's findings on the conflict code, each an invented pair that was wrong on main before its
fix (``/work/coord/review17.md``): found pairs must report their two values, look-alikes nothing."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values

_TRIAL_START = "The trial of Tal Oren will begin on June 3 at Brenmoor Crown Court."


@pytest.mark.parametrize(
    "b",
    [
        "The judge adjourned the trial of Tal Oren at Brenmoor Crown Court on June 10.",
        "A judge at Brenmoor Crown Court halted Tal Oren's trial on June 10.",
        "A witness told Tal Oren's trial at Brenmoor Crown Court on June 10 that he had fled.",
    ],
)
def test_a_day_of_another_act_on_a_trial_dates_no_start(b: str) -> None:
    """Finding 9: a verb that acts on the event dates its own act, not the event's start."""
    assert conflict_values(_TRIAL_START, b) == []


@pytest.mark.parametrize(
    "b",
    [
        "Tal Oren goes on trial at Brenmoor Crown Court on June 10.",
        "Tal Oren will stand trial at Brenmoor Crown Court on June 10.",
    ],
)
def test_a_day_that_puts_one_on_trial_dates_its_start(b: str) -> None:
    assert conflict_values(_TRIAL_START, b) == [{"June 3", "June 10"}]
