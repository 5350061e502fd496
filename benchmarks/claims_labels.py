"""Claims precision on our own labelled basil-dev sample, and the grouping rule chosen by cross-validation.

    python benchmarks/claims_labels.py

The sample (benchmarks/data/claims_labels.jsonl, drawn by
benchmarks/claims_sample.py, labelled by hand by the claims engineer of issue
#15; article file names and body offsets only) holds cross-outlet sentence
pairs of basil-dev in three strata:

- 40 ``aligned`` (two sources of one claim newsfuse reported when drawn) and
  40 ``near`` (not aligned, statement similarity 0.08–0.18), from 43 stories:
  the embedding cut-off ``SEMANTIC_MIN`` was first chosen on these;
- 63 ``heldout``: from the 7 stories that held no labelled pair (never read to
  choose anything), every pair of sentences whose statement similarity
  reaches the alignment threshold, at most 12 a story.

``same``: the two sentences assert the same fact or event (one may add
detail; an attribution added or dropped does not matter); two different
statements of one speaker, or two acts about one person, are not the same.

Printed, with 95% bootstrap intervals over stories (benchmarks/labelled_pairs.py):

- the precision of the claims newsfuse reports now over the labelled pairs it
  puts in one claim, and the recall over the pairs labelled same;
- the ranking quality (AUC) of the statement similarity and of the embedding
  cosine over the pairs the grouping rule decides on (statement similarity at
  least ``MIN_SCORE``);
- the grouping rule chosen by 5-fold cross-validation over stories: pairs at
  or above ``MIN_SCORE`` are grouped when their embedding cosine (names
  weighing half, :func:`newsfuse.compare.semantic.meaning_cosines`) reaches
  a cut-off (or they share two figures), the cut-off being the lowest whose
  training precision reaches ``TARGET``; its held-out precision and recall,
  for five fold assignments (seeds), since 101 pairs make one assignment's
  figure jumpy.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import BASIL  # noqa: E402
from labelled_pairs import (  # noqa: E402
    auc,
    bootstrap_interval,
    cross_validated,
    precision_recall,
    read_labels,
    story_of,
)
from newsfuse.compare.align import (  # noqa: E402
    MIN_SCORE,
    SEMANTIC_MIN,
    Statement,
    align_statements,
    shared_figures,
    similarity,
    statements,
)
from newsfuse.compare.semantic import Embeddings, embedder, meaning_cosines  # noqa: E402
from newsfuse.ingest import read_paths  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.options import Options  # noqa: E402
from newsfuse.pipeline import analyse_articles  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "claims_labels.jsonl"
TARGET = 0.9
"""Training precision the cross-validated cut-off must reach."""
GRID = [x / 100 for x in range(30, 95)]
SEEDS = 5

Key = tuple[str, int]


class Measured:
    """Per labelled pair: statement similarity, embedding cosine, shared figures, grouped by newsfuse now."""

    def __init__(self, rows: list[dict[str, object]]) -> None:
        meta = json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))
        wanted = {story_of(str(r[side][0])) for r in rows for side in ("a", "b")}  # type: ignore[index]
        self.lexical: dict[tuple[Key, Key], float] = {}
        self.figures: dict[tuple[Key, Key], int] = {}
        self.grouped: set[tuple[Key, Key]] = set()
        self.text: dict[Key, str] = {}
        for members in meta["stories"].values():
            files = [m["article"] if isinstance(m, dict) else m for m in members]
            if story_of(files[0]) in wanted:
                self._story(files)

    def _story(self, files: list[str]) -> None:
        articles = [a for a in read_paths([BASIL / "articles" / f for f in files], Options()) if isinstance(a, Article)]
        analyses, _ = analyse_articles(articles, Options())
        name = {a.article.id: Path(a.article.source).name for a in analyses}

        def key(s: Statement) -> Key:
            return (name[s.article], s.span.start)

        flat = [s for a in analyses for s in statements(a)]
        _, weights = align_statements(analyses)
        for i, x in enumerate(flat):
            self.text[key(x)] = x.text
            for y in flat[i + 1 :]:
                if x.article != y.article:
                    pair = tuple(sorted((key(x), key(y))))
                    self.lexical[pair] = similarity(x, y, weights)  # type: ignore[index]
                    self.figures[pair] = len(shared_figures(x, y))  # type: ignore[index]
        groups, _ = align_statements(analyses, semantic=True)
        for g in groups:
            keys = sorted(key(s) for s in g)
            self.grouped |= {(a, b) for n, a in enumerate(keys) for b in keys[n + 1 :]}


def _pair(row: dict[str, object]) -> tuple[Key, Key]:
    a, b = row["a"], row["b"]
    return tuple(sorted([(a[0], a[1]), (b[0], b[1])]))  # type: ignore[index,return-value]


def report_now(rows: list[dict[str, object]], measured: Measured) -> None:
    """Precision and recall of the claims newsfuse reports now, per stratum and over all pairs."""
    for name in ("aligned", "heldout", None):
        part = [r for r in rows if name is None or r["stratum"] == name]
        chosen = [_pair(r) in measured.grouped for r in part]
        truth = [bool(r["same"]) for r in part]
        groups = [story_of(str(r["a"][0])) for r in part]  # type: ignore[index]
        p, rec = precision_recall(chosen, truth)
        print(
            f"claims now, {name or 'all'} pairs ({len(part)}): precision {p:.3f} "
            f"{bootstrap_interval(chosen, truth, groups)} over {sum(chosen)} grouped; "
            f"recall {rec:.3f} {bootstrap_interval(chosen, truth, groups, 'recall')} over {sum(truth)} same"
        )


def rule_by_cross_validation(rows: list[dict[str, object]], measured: Measured) -> None:
    """The embedding cut-off of the grouping rule, chosen by 5-fold cross-validation over stories."""
    if embedder() is None:
        print("wordllama not installed: no embedding rule")
        return
    decided = [r for r in rows if measured.lexical.get(_pair(r), 0.0) >= MIN_SCORE]
    pairs = [_pair(r) for r in decided]
    texts = [measured.text[k] for p in pairs for k in p]
    vectors = Embeddings(texts)
    whole = [vectors.cosine(2 * i, 2 * i + 1) for i in range(len(pairs))]
    cosine = meaning_cosines([(measured.text[a], measured.text[b]) for a, b in pairs]) or whole
    figures = [measured.figures.get(p, 0) >= 2 for p in pairs]
    # the rule's score: the cosine, or certain where two figures are shared
    score = [2.0 if f else c for c, f in zip(cosine, figures, strict=True)]
    truth = [bool(r["same"]) for r in decided]
    groups = [story_of(str(r["a"][0])) for r in decided]  # type: ignore[index]
    lexical = [measured.lexical[p] for p in pairs]
    print(
        f"pairs the rule decides on (similarity >= {MIN_SCORE}): {len(decided)}, {sum(truth)} same; "
        f"AUC statement similarity {auc(lexical, truth)}, embedding of whole sentences {auc(whole, truth)}, "
        f"names weighing half {auc(cosine, truth)}"
    )
    fixed = [s >= SEMANTIC_MIN for s in score]
    p, rec = precision_recall(fixed, truth)
    print(f"rule with SEMANTIC_MIN={SEMANTIC_MIN}: precision {p:.3f} {bootstrap_interval(fixed, truth, groups)} "
          f"recall {rec:.3f} (kept {sum(fixed)})")  # fmt: skip
    for seed in range(SEEDS):
        held, cuts = cross_validated(score, truth, TARGET, GRID, groups, seed)
        p, rec = precision_recall(held, truth)
        print(
            f"rule chosen by 5-fold CV over stories (target {TARGET}, seed {seed}): cut-offs {cuts}; "
            f"held-out precision {p:.3f} {bootstrap_interval(held, truth, groups)} over {sum(held)} kept, "
            f"recall {rec:.3f} {bootstrap_interval(held, truth, groups, 'recall')}"
        )


def main() -> int:
    rows = read_labels(LABELS)
    measured = Measured(rows)
    report_now(rows, measured)
    rule_by_cross_validation(rows, measured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
