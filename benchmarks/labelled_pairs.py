"""What the hand-labelled pair benchmarks share: reading the labels, bootstrap intervals, AUC, cross-validated cut-offs.

Used by ``benchmarks/claims_labels.py`` (do two statements make the same
claim?) and ``benchmarks/support_labels.py`` (does a cited sentence support
a summary sentence?). Both label pairs of basil-dev sentences, stored as
article file names and body offsets only.

Pairs of one story are not independent (the same sentences, the same
wording habits), so intervals resample *stories* where the caller gives
each pair's story (a cluster bootstrap), and cross-validation keeps a
story's pairs in one fold: a cut-off is never chosen on pairs of the story
it is then measured on.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _common import RESAMPLES, ratio_interval

__all__ = [
    "RESAMPLES",
    "auc",
    "bootstrap_interval",
    "cross_validated",
    "lowest_threshold",
    "precision_recall",
    "ratio_interval",
    "read_labels",
    "story_of",
]

FOLDS = 5


def read_labels(path: Path) -> list[dict[str, Any]]:
    """The labelled rows of a JSON-lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def story_of(file_name: str) -> str:
    """The basil-dev story of an article file (``2011_fox_005a2961.txt`` → ``005a2961``)."""
    return file_name.rsplit("_", 1)[-1].split(".")[0]


def precision_recall(chosen: Sequence[bool], truth: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of ``chosen`` against ``truth`` (0 where nothing is chosen or true)."""
    tp = sum(c and t for c, t in zip(chosen, truth, strict=True))
    return tp / max(1, sum(chosen)), tp / max(1, sum(truth))


def bootstrap_interval(
    chosen: Sequence[bool],
    truth: Sequence[bool],
    groups: Sequence[str] | None = None,
    which: str = "precision",
    seed: int = 0,
) -> tuple[float, float]:
    """95% bootstrap interval of the precision (or ``which="recall"``) of ``chosen``.

    With ``groups`` (each pair's story) whole groups are resampled (``_common.ratio_interval``).
    """
    keys = list(groups) if groups is not None else [str(i) for i in range(len(truth))]
    hits: dict[str, int] = {}
    totals: dict[str, int] = {}
    for key, c, t in zip(keys, chosen, truth, strict=True):
        hits[key] = hits.get(key, 0) + int(c and t)
        totals[key] = totals.get(key, 0) + int(c if which == "precision" else t)
    return ratio_interval(hits, totals, seed)


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Chance that a random positive scores above a random negative (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def lowest_threshold(
    scores: Sequence[float], truth: Sequence[bool], target: float, grid: Sequence[float], fallback: float
) -> float:
    """The lowest cut-off of ``grid`` whose kept pairs reach ``target`` precision (``fallback`` if none does)."""
    for t in grid:
        kept = [y for s, y in zip(scores, truth, strict=True) if s >= t]
        if kept and sum(kept) / len(kept) >= target:
            return t
    return fallback


def cross_validated(
    scores: Sequence[float],
    truth: Sequence[bool],
    target: float,
    grid: Sequence[float],
    groups: Sequence[str] | None = None,
    seed: int = 0,
) -> tuple[list[bool], list[float]]:
    """Each pair's held-out decision (score ≥ the cut-off chosen on the other folds) and the folds' cut-offs.

    Folds hold whole groups where ``groups`` is given; decisions come back in
    the pairs' own order.
    """
    keys = list(groups) if groups is not None else [str(i) for i in range(len(truth))]
    names = sorted(set(keys))
    random.Random(seed).shuffle(names)
    fold_of = {name: n % FOLDS for n, name in enumerate(names)}
    decided = [False] * len(truth)
    thresholds = []
    for fold in range(FOLDS):
        train = [i for i, k in enumerate(keys) if fold_of[k] != fold]
        cut = lowest_threshold([scores[i] for i in train], [truth[i] for i in train], target, grid, max(grid))
        thresholds.append(round(cut, 3))
        for i, k in enumerate(keys):
            if fold_of[k] == fold:
                decided[i] = scores[i] >= cut
    return decided, thresholds
