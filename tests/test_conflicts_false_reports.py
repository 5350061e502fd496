"""Look-alikes that once read as one fact told two ways: each pair of invented outlets tells of two things, and must
report nothing (the invented sentences are made up; none is read from an evaluation set)."""

from __future__ import annotations

import pytest

from conflict_helpers import analysis, conflict_values, sentence_pair_claims
from newsfuse.compare.conflicts import find_conflicts

WEDNESDAY = "2025-05-14T09:00:00"


def paired_values(a: str, b: str) -> list[set[str]]:
    """The conflicts two outlets give where the claims stage pairs each sentence of one with each of the other (the
    event-days route, ``compare.event_days``, reads only such pairs)."""
    analyses = [analysis("a", a, WEDNESDAY), analysis("b", b, WEDNESDAY)]
    claims = sentence_pair_claims(analyses)
    return [{v.value for v in c.values} for c in find_conflicts("s", analyses, claims=claims)]


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
        pytest.param(
            "The Orrin ferry travels 15 miles from Brenmoor to the island.",
            "The Orrin ferry travels at 15 kilometres an hour from Brenmoor to the island.",
            id="a-speed-is-no-length",
        ),
        pytest.param(
            "The yacht Merrow sank 20 miles off Orrin Point on Friday.",
            "The yacht Merrow sank 30 kilometres off Orrin Point on Friday.",
            id="a-converted-length-rounded-to-the-nearest-ten",
        ),
        pytest.param(
            "The Orrin ferry was taken out of service 10 days ago after its rudder failed.",
            "The Orrin ferry was taken out of service on May 3 after its rudder failed.",
            id="n-days-ago-give-or-take-a-day",
        ),
    ],
)
def test_look_alikes_report_nothing(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Police arrested a woman last week over the Orrin harbour theft, officers said.",
            "Police arrested a second woman on Tuesday over the Orrin harbour theft, officers said.",
            id="a-second-arrest",
        ),
        pytest.param(
            "The Orrin lido was closed last week after a chlorine leak, the council said.",
            "The Orrin lido was closed again on Tuesday after a chlorine leak, the council said.",
            id="closed-again",
        ),
        pytest.param(
            "The Orrin lido has been closed since last week, the council said.",
            "The Orrin lido was still closed on Tuesday, the council said.",
            id="a-state-since-a-period",
        ),
    ],
)
def test_paired_sentences_of_two_occurrences_report_nothing(a: str, b: str) -> None:
    assert paired_values(a, b) == []
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The yacht Merrow sank 20 miles off Orrin Point on Friday.",
            "The yacht Merrow sank 23 miles off Orrin Point on Friday.",
            {"20 miles", "23 miles"},
            id="one-unit-no-conversion-rounding",
        ),
        pytest.param(
            "The yacht Merrow sank 20 miles off Orrin Point on Friday.",
            "The yacht Merrow sank 45 kilometres off Orrin Point on Friday.",
            {"20 miles", "45 kilometres"},
            id="a-converted-length-beyond-its-rounding",
        ),
        pytest.param(
            "The Orrin ferry was taken out of service 10 days ago after its rudder failed.",
            "The Orrin ferry was taken out of service on May 1 after its rudder failed.",
            {"10 days ago", "May 1"},
            id="n-days-ago-three-days-off",
        ),
    ],
)
def test_disagreements_still_reported(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]
