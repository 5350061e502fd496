"""Draw the labelled claims sample (issue #15): cross-outlet sentence pairs of basil-dev stories.

    python benchmarks/claims_sample.py draw > pairs.jsonl   # the pairs to label, with their text (not stored)
    python benchmarks/claims_sample.py draw-heldout > more.jsonl   # the held-out stratum (below)

Two strata, drawn with a fixed seed from the stories of basil-dev:

- ``aligned``: two sources of one claim newsfuse reports (a claim with two
  or more sources), one pair per claim, at most 2 claims per story;
- ``near``: two sentences of different articles of a story that newsfuse did
  not align but whose statement similarity is between NEAR_LOW and the
  alignment threshold (the pairs an embedding could add).

A third stratum, ``heldout`` (``draw-heldout``), grows the sample for
choosing the grouping rule by cross-validation: from the stories that hold
no labelled pair yet (their sentences were never read to choose anything),
every pair of sentences of different articles whose statement similarity
reaches the alignment threshold (the pairs the embedding rule decides on),
at most HELDOUT_PER_STORY per story, drawn with a fixed seed.

Each pair is labelled by hand (benchmarks/data/claims_labels.jsonl): ``same``
is true where the two sentences report the same fact or event (one may carry
more detail; an attribution added or dropped does not matter), false where
they report different facts, even about the same people. Only article file
names and body offsets are stored, never the text.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import BASIL  # noqa: E402
from labelled_pairs import read_labels, story_of  # noqa: E402
from newsfuse.compare.align import MIN_SCORE, Statement, align_statements, similarity, statements  # noqa: E402
from newsfuse.ingest import read_paths  # noqa: E402
from newsfuse.options import Options  # noqa: E402
from newsfuse.pipeline import analyse_articles  # noqa: E402

NEAR_LOW = 0.08
PER_STORY = 2
SEED = 15
HELDOUT_PER_STORY = 12
LABELS = ROOT / "benchmarks" / "data" / "claims_labels.jsonl"


def stories() -> list[list[str]]:
    meta = json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))
    out = []
    for sid in sorted(meta["stories"]):
        out.append([a["article"] if isinstance(a, dict) else a for a in meta["stories"][sid]])
    return out


def _row(
    stratum: str, x: Statement, y: Statement, name: dict[str, str], weights: dict[str, float]
) -> dict[str, object]:
    a, b = sorted((x, y), key=lambda s: name[s.article])
    return {
        "stratum": stratum,
        "a": [name[a.article], a.span.start, a.span.end],
        "b": [name[b.article], b.span.start, b.span.end],
        "score": round(similarity(a, b, weights), 3),
        "text_a": a.text,
        "text_b": b.text,
    }


def draw_heldout() -> list[dict[str, object]]:
    """The ``heldout`` stratum (see the module docstring)."""
    used = {story_of(row["a"][0]) for row in read_labels(LABELS)}
    rng = random.Random(SEED + 1)
    rows: list[dict[str, object]] = []
    for files in stories():
        if any(story_of(f) in used for f in files):
            continue
        articles = [a for a in read_paths([BASIL / "articles" / f for f in files], Options()) if hasattr(a, "body")]
        analyses, _ = analyse_articles(articles, Options())  # type: ignore[arg-type]
        name = {a.article.id: Path(a.article.source).name for a in analyses}
        per_article = [statements(a) for a in analyses]
        flat = [s for group in per_article for s in group]
        _, weights = align_statements(analyses)
        close = [
            (x, y)
            for i, x in enumerate(flat)
            for y in flat[i + 1 :]
            if x.article != y.article and similarity(x, y, weights) >= MIN_SCORE
        ]
        rng.shuffle(close)
        rows += [_row("heldout", x, y, name, weights) for x, y in close[:HELDOUT_PER_STORY]]
    return rows


def draw() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    for files in stories():
        articles = [a for a in read_paths([BASIL / "articles" / f for f in files], Options()) if hasattr(a, "body")]
        analyses, _ = analyse_articles(articles, Options())  # type: ignore[arg-type]
        name = {a.article.id: Path(a.article.source).name for a in analyses}
        groups, weights = align_statements(analyses)
        multi = [g for g in groups if len(g) >= 2]
        rng.shuffle(multi)
        for g in multi[:PER_STORY]:
            x, y = rng.sample(g, 2)
            rows.append(_row("aligned", x, y, name, weights))
        flat = [s for g in groups for s in g]
        group_of = {id(s): n for n, g in enumerate(groups) for s in g}
        near = [
            (x, y)
            for i, x in enumerate(flat)
            for y in flat[i + 1 :]
            if x.article != y.article
            and group_of[id(x)] != group_of[id(y)]
            and NEAR_LOW <= similarity(x, y, weights) < MIN_SCORE
        ]
        rng.shuffle(near)
        rows += [_row("near", x, y, name, weights) for x, y in near[:PER_STORY]]
    return rows


if __name__ == "__main__":
    if sys.argv[1:] == ["draw"]:
        for row in draw():
            print(json.dumps(row, ensure_ascii=False))
    elif sys.argv[1:] == ["draw-heldout"]:
        for row in draw_heldout():
            print(json.dumps(row, ensure_ascii=False))
