"""A verb in two groups of one outcome: "released" is "freed" and "published", but "freed" is not "published".

``lexicon.ONE_OUTCOME_VERBS`` groups past verbs that tell one act in other
words; a verb of two senses stands in a group of each ("released": freed, or
made public). Two verbs are one act only where one group holds both
(``compare.fact_outcome_verbs.one_outcome``): the groups are never joined
through their shared word. Every person, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.article.stems import stem
from newsfuse.compare.fact_outcome_verbs import one_outcome


@pytest.mark.parametrize(
    ("x", "y", "one"),
    [
        ("released", "freed", True),
        ("released", "published", True),
        ("issued", "released", True),
        ("freed", "published", False),
        ("freed", "issued", False),
    ],
)
def test_a_verb_of_two_senses_joins_each_group_not_the_groups(x: str, y: str, one: bool) -> None:
    assert one_outcome(stem(x), stem(y)) is one
    assert one_outcome(stem(y), stem(x)) is one


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Ana Vell was freed from Esker prison on Monday, her lawyer said.",
            "Ana Vell was released from Esker prison on Tuesday, her lawyer said.",
            id="freed-released",
        ),
        pytest.param(
            "The inquiry's final report was released on Monday, officials in Kesby said.",
            "The inquiry's final report was published on Tuesday, officials in Kesby said.",
            id="released-published",
        ),
    ],
)
def test_days_of_one_act_in_either_sense_conflict(a: str, b: str) -> None:
    assert conflict_values(a, b) == [{"Monday", "Tuesday"}]


def test_days_of_freeing_and_publishing_are_two_acts() -> None:
    # were the two groups of "released" joined, "freed" and "published" would date one act and these would conflict
    a = "Ana Vell was freed on Monday after two years in Esker prison, her lawyer said."
    b = "Ana Vell's letters were published on Tuesday after two years in Esker prison, her lawyer said."
    assert conflict_values(a, b) == []
