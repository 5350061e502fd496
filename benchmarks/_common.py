"""What the benchmarks share: the peak memory of a process, the top of a cProfile profile, and the bootstrap.

Every 95% interval a benchmark prints comes from :func:`bootstrap_interval`
(percentile bootstrap over the independent units: articles or stories), or
from :func:`ratio_interval` on top of it for a pooled ratio such as a
precision or a recall.

A benchmark script is run from the repository root as
``python benchmarks/NAME.py``; its own folder is then first on ``sys.path``,
so ``from _common import peak_mb, profile_table`` finds this module.
"""

from __future__ import annotations

import cProfile
import io
import math
import pstats
import random
import resource
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = ["RESAMPLES", "ROOT", "bootstrap_interval", "peak_mb", "profile_table", "ratio_interval"]

ROOT = Path(__file__).resolve().parents[1]
"""The repository root: profile lines name files relative to it."""
RESAMPLES = 2000
"""Bootstrap resamples behind every 95% interval."""

Unit = TypeVar("Unit")


def bootstrap_interval(
    units: Sequence[Unit],
    statistic: Callable[[list[Unit]], float | None],
    *,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> tuple[float, float]:
    """95% percentile bootstrap interval of ``statistic`` over ``units`` (articles, stories: what is independent).

    Each resample draws as many units as there are, with replacement, from a
    ``random.Random(seed)``; a resample on which ``statistic`` gives None
    (nothing to measure, such as no true item for a recall) is left out. The
    bounds are the 2.5th and 97.5th percentiles by nearest rank. No unit, or
    no resample with a value: ``(nan, nan)``.
    """
    pool = list(units)
    values: list[float] = []
    if pool:
        rng = random.Random(seed)
        for _ in range(resamples):
            value = statistic([rng.choice(pool) for _ in pool])
            if value is not None:
                values.append(value)
    if not values:
        return (float("nan"), float("nan"))
    values.sort()
    return values[int(0.025 * len(values))], values[math.ceil(0.975 * len(values)) - 1]


def ratio_interval(
    hits: Mapping[str, float], totals: Mapping[str, float], seed: int = 0, *, resamples: int = RESAMPLES
) -> tuple[float, float]:
    """95% bootstrap interval of ``sum(hits) / sum(totals)``, resampling the units (the keys of ``totals``).

    A precision is the ratio of true positives to chosen items, a recall of
    true positives (or found gold items) to true items; a resample whose
    total is 0 is left out. Rounded to three places.
    """

    def ratio(picked: list[str]) -> float | None:
        total = sum(totals[unit] for unit in picked)
        return sum(hits.get(unit, 0) for unit in picked) / total if total else None

    low, high = bootstrap_interval(sorted(totals), ratio, resamples=resamples, seed=seed)
    return round(low, 3), round(high, 3)


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set so far in MB, of this process or (``resource.RUSAGE_CHILDREN``) its largest finished child.

    ``ru_maxrss`` is in KB on Linux and in bytes on macOS.
    """
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def profile_table(profiler: cProfile.Profile, top: int, order: str = "tottime", *, strip_dirs: bool = False) -> str:
    """The ``top`` entries of a profile sorted by ``order``, under their column header.

    Paths are given relative to the repository (or, with ``strip_dirs``, as
    bare file names); the totals line above the header is left out.
    """
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    if strip_dirs:
        stats.strip_dirs()
    stats.sort_stats(order).print_stats(top)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    table = [line.replace(str(ROOT) + "/", "") for line in lines[start : start + top + 1]]
    return "\n".join(line for line in table if line.strip())
