"""What the benchmarks share: where the evaluation sets are, the peak memory of a process, the top of a cProfile
profile, the bootstrap, and which interpreter build ran.

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
import platform
import pstats
import random
import resource
import sys
import sysconfig
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = [
    "BASIL",
    "DEV",
    "DEV_SETS",
    "EVAL",
    "RESAMPLES",
    "ROOT",
    "bootstrap_interval",
    "dev_paths",
    "interpreter",
    "peak_mb",
    "profile_table",
    "ratio_interval",
]

ROOT = Path(__file__).resolve().parents[1]
"""The repository root: profile lines name files relative to it."""
EVAL = ROOT.parent / "shared" / "eval"
"""The evaluation sets, outside the repository (a benchmark that needs them says so where they are absent)."""
DEV_SETS = ("ggt-dev", "polnear-dev", "basil-dev")
"""The three dev sets, in the order the speed benchmarks read them."""
DEV = [EVAL / name / "articles" for name in DEV_SETS]
"""The dev sets' article folders: the speed benchmarks' default input."""
BASIL = EVAL / "basil-dev"
"""basil-dev: the conflict, claim and verdict benchmarks' stories."""
RESAMPLES = 2000
"""Bootstrap resamples behind every 95% interval."""

Unit = TypeVar("Unit")


def dev_paths(given: Sequence[str]) -> list[str] | None:
    """The inputs of a speed benchmark: the paths ``given``, else the dev sets' article folders (:data:`DEV`); None,
    after a line saying which are missing, where any is absent (the benchmark then skips)."""
    paths = list(given) or [str(p) for p in DEV]
    if not all(Path(p).exists() for p in paths):
        print(f"skipped: {paths} not found")
        return None
    return paths


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


def _libpython_mapped() -> bool | None:
    """Whether this process runs the interpreter from a shared ``libpython`` (None where ``/proc`` cannot tell)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return any("libpython" in line for line in maps)
    except OSError:
        return None


def interpreter() -> str:
    """The interpreter that runs this process, on one line: implementation, version, executable, whether its core
    is a shared ``libpython`` and the optimisation options its ``configure`` was given.

    Pure-Python speed depends on the build as well as on the code. Measured 2026-12-01 on this machine (end-to-end
    ``analyze`` of the dev articles, alternated fresh-process pairs, loaded, reports byte-identical): pyenv's 3.11.7
    (``--enable-shared``, no ``--enable-optimizations``/``--with-lto``: calls into the core go through the shared
    library, and no profile-guided layout) took 1.13x [1.05, 1.22] (``benchmarks/paired_cpu.py --pairs 4``) and,
    in an earlier run of the same pairing, 1.30x [1.15, 1.42] the CPU time of Debian's 3.11.2 (``/usr/bin/python3``,
    a static executable optimised by the distribution's packaging rules, which its ``CONFIG_ARGS`` do not show).
    The two runs' intervals barely overlap: four pairs on a loaded machine understate the spread, so read it as
    "1.1x to 1.3x". Speed figures are comparable only on one build.
    """
    shared = _libpython_mapped()
    core = {True: "shared libpython", False: "static core", None: "core linkage unknown"}[shared]
    args = str(sysconfig.get_config_var("CONFIG_ARGS") or "")
    flags = [flag for flag in ("--enable-optimizations", "--with-lto") if flag in args]
    options = ", ".join(flags) if flags else "neither --enable-optimizations nor --with-lto in CONFIG_ARGS"
    version = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{version} ({sys.executable}; {core}; {options})"
