"""Shortcuts the story stages take for speed alone: each must leave every finding as the full work gives it.

The conflict stage asks a cheap necessary condition (``conflicts._may_align``) before aligning two facts; here
every pair of facts of every invented conflict probe and look-alike (``benchmarks/conflict_probes.py``: three-outlet
stories of every kind the stage compares) is aligned both ways, and no pair the condition turns away aligns.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsfuse.article import analyse_article
from newsfuse.compare import conflicts
from newsfuse.compare.facts import Fact, facts_of, reference_date, story_weights, title_facts
from newsfuse.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from conflict_probes import LOOK_ALIKES, PROBES, STORIES


def _story_facts(kind: str, a: str, b: str) -> list[list[Fact]]:
    analyses = [
        analyse_article(Article(id=f"o{n}", source=f"o{n}.txt", title=title, body=body, published="2025-05-14"))
        for n, (_, title, body) in enumerate(STORIES[kind](a, b))
    ]
    references = [r for x in analyses if (r := reference_date(x.article)) is not None]
    return [
        [*facts, *title_facts(x, facts, references)] for x, facts in ((x, facts_of(x, references)) for x in analyses)
    ]


@pytest.mark.parametrize("probe", PROBES + LOOK_ALIKES, ids=lambda p: f"{p.kind}-{p.label}")
def test_may_align_turns_away_no_pair_that_aligns(probe: object) -> None:
    by_article = _story_facts(probe.kind, probe.a, probe.b)  # type: ignore[attr-defined]
    weights = story_weights([f for facts in by_article for f in facts])
    for i, facts_a in enumerate(by_article):
        for facts_b in by_article[i + 1 :]:
            for fa in facts_a:
                for fb in facts_b:
                    if conflicts._may_align(fa, fb):
                        continue
                    for single in (False, True):
                        for only in (False, True):
                            assert conflicts.alignment(fa, fb, weights, single, only)[0] == 0, (fa, fb)


def test_may_align_turns_away_days_that_share_no_words() -> None:
    """The condition does turn pairs away (the test above would pass on a condition that never says no)."""
    by_article = _story_facts(
        "vote-weekday",
        "The Kesby ferry sailed again on Friday after a week of repairs.",
        "Tarn council voted 7-2 on Tuesday to close the Kesby library.",
    )
    days = [f for facts in by_article for f in facts if f.cls[0] in ("date", "weekday")]
    assert any(not conflicts._may_align(a, b) for a in days for b in days if a.article != b.article)
