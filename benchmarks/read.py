"""Reading and cleaning speed: articles per second on one core.

Reads every plain-text article under ../shared/eval/ and ../shared/seeds/
(the evaluation sets and the seed articles), then times two things over
them: cleaning alone (``clean_text`` on decoded text) and the whole read
path (``read_paths``: file walk, read, decode, clean, id, de-duplication).
Each figure is processor time of this one process (``time.process_time``),
best of several rounds, so that other work on a shared machine does not
count; the wall-clock rate is printed beside it.
The issue's target is at least 2,000 plain-text articles per second.

    python benchmarks/read.py [--rounds N] [FOLDER...]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from newsfuse.ingest import read_paths
from newsfuse.ingest.clean import clean_text
from newsfuse.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TARGET = 2000.0


def _best_rates(count: int, rounds: int, work: Callable[[], None]) -> tuple[float, float]:
    """Articles per second of processor time and of wall-clock time, best of ``rounds``."""
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return count / best_cpu, count / best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[SHARED / "eval", SHARED / "seeds"])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folders = [f for f in args.folders if f.exists()]
    if not folders:
        raise SystemExit(f"no input: {', '.join(map(str, args.folders))} absent")
    files = sorted(p for folder in folders for p in folder.rglob("*.txt") if p.stem.lower() != "readme")
    texts = [p.read_text(encoding="utf-8") for p in files]
    chars = sum(map(len, texts))

    def clean_all() -> None:
        for text in texts:
            clean_text(text)

    def read_all() -> None:
        articles = [a for a in read_paths(files) if isinstance(a, Article)]
        assert articles

    clean_all()  # warm up: imports, regex compilation
    clean_cpu, clean_wall = _best_rates(len(texts), args.rounds, clean_all)
    read_cpu, read_wall = _best_rates(len(files), args.rounds, read_all)
    print(f"{len(files)} plain-text articles, {chars / len(files):,.0f} characters each on average")
    print(f"best of {args.rounds} rounds, one core; articles per second of CPU time (wall clock in brackets)")
    if hasattr(os, "getloadavg"):
        print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (others' work slows this too)")
    print(f"clean_text:  {clean_cpu:7,.0f} articles/s  ({clean_wall:,.0f})  cleaning decoded text")
    print(f"read_paths:  {read_cpu:7,.0f} articles/s  ({read_wall:,.0f})  walk + read + decode + clean + id")
    print(f"target:      {TARGET:7,.0f} articles/s  -> {'met' if read_cpu >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
