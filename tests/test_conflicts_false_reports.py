"""Look-alikes that once read as one fact told two ways: each pair of invented outlets tells of two things, and must
report nothing (the invented sentences are made up; none is read from an evaluation set)."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Engineers expect to finish repairs on the Orrin lighthouse by next week.",
            "The Orrin lighthouse was shut for repairs last week.",
            id="a-plan-and-a-past-act-cross-only-in-nouns",
        ),
        pytest.param(
            "Rescuers moved 1,200 residents of Orrin on Friday as the tide rose.",
            "Rescuers moved 1,900 people from Orrin on Friday as the tide rose, including holidaymakers and staff.",
            id="people-with-other-parts-and-residents",
        ),
        pytest.param(
            "The storm drove 800 Brenmoor villagers from their homes on Friday.",
            "The storm drove 1,400 people from their homes in Brenmoor and three nearby hamlets on Friday.",
            id="people-of-more-places-and-villagers",
        ),
        pytest.param(
            "Tarn City signed Lio Marsh on a two-year contract on Friday.",
            "Tarn City gave their manager a three-year deal on Friday.",
            id="a-contract-and-a-deal-of-other-parties",
        ),
    ],
)
def test_look_alikes_report_nothing(a: str, b: str) -> None:
    assert conflict_values(a, b) == []
