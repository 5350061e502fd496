"""The seed story against its gold: aliases grouped, no entities merged, exactly the misspellings flagged.

The alias figure: for each gold entity, the system entity holding most of its
aliases is its match; an alias counts as grouped when that match holds it
(compared without case and without a leading "the"). Two gold entities
matched to one system entity are merged. Printed with ``pytest -s``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.article import analyse_article
from newsfuse.compare.entities import resolve_entities
from newsfuse.ingest import read_paths
from newsfuse.model import ArticleAnalysis, Entity
from newsfuse.options import Options

pytestmark = pytest.mark.eval


def _norm(alias: str) -> str:
    alias = alias.lower().strip()
    return alias[4:] if alias.startswith("the ") else alias


@pytest.fixture(scope="module")
def seed_analyses(example_dir: Path) -> list[ArticleAnalysis]:
    return [analyse_article(a) for a in read_paths([example_dir], Options())]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seed_entities(seed_analyses: list[ArticleAnalysis]) -> tuple[Entity, ...]:
    return resolve_entities("seed", seed_analyses)


def alias_figure(gold: list[dict], entities: tuple[Entity, ...]) -> tuple[float, list[str], list[str]]:
    """(share of gold aliases grouped right, missed aliases, merged gold entities)."""
    held = [{_norm(a) for a in e.aliases} for e in entities]
    matches: dict[str, int | None] = {}
    for g in gold:
        aliases = {_norm(a) for a in g["aliases"]}
        scores = [len(aliases & h) for h in held]
        best = max(range(len(held)), key=lambda i: scores[i]) if held else None
        matches[g["name"]] = best if best is not None and scores[best] else None
    total = grouped = 0
    missed: list[str] = []
    for g in gold:
        match = matches[g["name"]]
        for alias in g["aliases"]:
            total += 1
            if match is not None and _norm(alias) in held[match]:
                grouped += 1
            else:
                missed.append(f"{g['name']}: {alias}")
    by_match: dict[int, list[str]] = {}
    for name, match in matches.items():
        if match is not None:
            by_match.setdefault(match, []).append(name)
    merged = [" + ".join(names) for names in by_match.values() if len(names) > 1]
    return grouped / total, missed, merged


def test_aliases_grouped_under_the_right_entity(seed_gold: dict, seed_entities: tuple[Entity, ...]) -> None:
    share, missed, merged = alias_figure(seed_gold["entities"], seed_entities)
    print(f"\nseed aliases grouped right: {share:.1%}; missed: {missed}; merged: {merged}")
    assert share >= 0.9, missed
    assert not merged


def test_exactly_the_gold_misspellings_are_flagged(
    seed_gold: dict, seed_entities: tuple[Entity, ...], seed_analyses: list[ArticleAnalysis]
) -> None:
    names = {a.article.id: Path(a.article.source).name for a in seed_analyses}
    flagged = {(names[m.article], m.written.lower(), m.means.lower()) for e in seed_entities for m in e.misspellings}
    gold = {
        (article, m["written"].lower(), m["means"].lower())
        for article, meta in seed_gold["articles"].items()
        for m in meta["misspellings"]
    }
    assert flagged == gold


def test_misspelling_spans_point_at_the_written_form(
    seed_entities: tuple[Entity, ...], seed_analyses: list[ArticleAnalysis]
) -> None:
    bodies = {a.article.id: a.article.body for a in seed_analyses}
    slips = [m for e in seed_entities for m in e.misspellings]
    assert slips
    for m in slips:
        assert m.written in m.span.slice(bodies[m.article])
        assert m.evidence
