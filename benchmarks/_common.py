"""What the speed benchmarks share: the peak memory of a process and the top of a cProfile profile.

A benchmark script is run from the repository root as
``python benchmarks/NAME.py``; its own folder is then first on ``sys.path``,
so ``from _common import peak_mb, profile_table`` finds this module.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import resource
import sys
from pathlib import Path

__all__ = ["ROOT", "peak_mb", "profile_table"]

ROOT = Path(__file__).resolve().parents[1]
"""The repository root: profile lines name files relative to it."""


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
