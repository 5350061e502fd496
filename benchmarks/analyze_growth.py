"""How ``analyze`` grows from 1,000 to 10,000 articles, in every format, and its peak memory (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/analyze_growth.py [--sizes 1000,10000] [--jobs 1] [--profile 12]

The corpus is the synthetic one of ``benchmarks/cluster.py`` (sentences of
the texts in ../shared/eval recombined into events covered by two to six
"outlets"). Each size runs in a fresh process: ``analyze_articles`` once,
then each format rendered and written to a file piece by piece, as the CLI
does. For each size the script prints the CPU time of the analysis and of
each format, and the peak resident memory of the process (all formats
included, so each format's own peak is at most that; with ``--jobs`` above
one, the largest worker's peak too). Then, for each
format, the growth exponent of analysis plus rendering between the
smallest and the largest size: ``log(T_large / T_small) / log(size ratio)``.

Targets: exponent at most 1.05 in every format; peak memory under 1 GB at
10,000 articles. CPU time is the figure (the machine may be shared); the
load average is printed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EVAL, peak_mb, profile_table

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("json", "text", "markdown", "html")


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(size: int, jobs: int, profile: int) -> dict[str, float]:
    """One size, in this process: CPU seconds of the analysis and of each format, and the peak memory."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from cluster import build_corpus
    from newsfuse.options import Options
    from newsfuse.pipeline import analyze_articles
    from newsfuse.report import render_pieces

    if not EVAL.exists():
        sys.exit(f"skipped: {EVAL} not found")
    analyses, _ = build_corpus(size, seed=1)
    articles = [a.article for a in analyses]
    del analyses
    figures: dict[str, float] = {}
    profiler = cProfile.Profile() if profile else None
    start = cpu()
    if profiler:
        profiler.enable()
    report = analyze_articles(articles, Options(jobs=jobs))
    if profiler:
        profiler.disable()
    figures["analyze"] = cpu() - start
    figures["stories"] = len(report.stories)
    with tempfile.TemporaryDirectory() as folder:
        for fmt in FORMATS:
            start = cpu()
            with open(Path(folder) / f"report.{fmt}", "w", encoding="utf-8") as out:
                for piece in render_pieces(report, fmt, width=100):
                    out.write(piece)
            figures[fmt] = cpu() - start
    figures["peak_mb"] = peak_mb()
    figures["worker_peak_mb"] = peak_mb(resource.RUSAGE_CHILDREN)
    if profiler:
        print(profile_table(profiler, profile), file=sys.stderr)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--profile", type=int, default=0, help="print the top N entries of the analysis' profile")
    parser.add_argument("--one", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.jobs, args.profile)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        wall = time.perf_counter()
        command = [
            sys.executable,
            __file__,
            "--one",
            str(size),
            "--jobs",
            str(args.jobs),
            "--profile",
            str(args.profile),
        ]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        sys.stderr.write(done.stderr)
        results[size] = json.loads(done.stdout)
        r = results[size]
        print(
            f"{size:>6} articles ({int(r['stories'])} stories, --jobs {args.jobs}, load {os.getloadavg()[0]:.1f}): "
            f"analyze {r['analyze']:.1f} s CPU, "
            + ", ".join(f"{fmt} {r[fmt]:.1f} s" for fmt in FORMATS)
            + f"; peak memory {r['peak_mb']:.0f} MB (largest worker {r['worker_peak_mb']:.0f} MB)"
            + f"; wall {time.perf_counter() - wall:.0f} s",
            flush=True,
        )
    small, large = sizes[0], sizes[-1]
    if small == large:
        return
    for fmt in FORMATS:
        t_small = results[small]["analyze"] + results[small][fmt]
        t_large = results[large]["analyze"] + results[large][fmt]
        exponent = math.log(t_large / t_small) / math.log(large / small)
        print(f"growth exponent {small} -> {large}, analyze + {fmt}: {exponent:.3f}")
    render_only = {
        fmt: math.log(results[large][fmt] / max(results[small][fmt], 1e-3)) / math.log(large / small) for fmt in FORMATS
    }
    print("render alone: " + ", ".join(f"{fmt} {e:.3f}" for fmt, e in render_only.items()))


if __name__ == "__main__":
    main()
