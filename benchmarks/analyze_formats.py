"""End-to-end ``newsfuse analyze`` in each report format, and where the text report's time goes (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/analyze_formats.py [--repeat 2] [--formats json,text,markdown,html] [PATH ...]

By default PATH is the 283 dev articles (``../shared/eval/{ggt,polnear,basil}-dev/articles``).
Runs ``python -m newsfuse analyze PATH... --format F --output FILE`` in a
fresh process per run, the formats interleaved, and prints for each format
the median CPU time (user + system of the child: the machine is shared, so
wall time is printed but CPU time is the figure) and its ratio to JSON.
The target: ``--format text`` within 1.2x of ``--format json``.

Then renders the report once in process and prints each format's render
CPU time and the top entries of a profile of the text render.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import dev_paths, profile_table


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(paths: list[str], fmt: str, out: Path, jobs: int) -> tuple[float, float]:
    """CPU and wall seconds of one ``analyze`` run in a fresh process."""
    command = [sys.executable, "-m", "newsfuse", "analyze", *paths, "--format", fmt, "--output", str(out)]
    command += ["--jobs", str(jobs)]
    cpu, wall = child_cpu(), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "COLUMNS": "100"})
    return child_cpu() - cpu, time.perf_counter() - wall


def end_to_end(paths: list[str], formats: list[str], repeat: int, jobs: int) -> None:
    cpu: dict[str, list[float]] = {f: [] for f in formats}
    wall: dict[str, list[float]] = {f: [] for f in formats}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(repeat):
            for fmt in formats:
                c, w = run_cli(paths, fmt, Path(folder) / f"report.{fmt}", jobs)
                cpu[fmt].append(c)
                wall[fmt].append(w)
    base = statistics.median(cpu["json"]) if "json" in cpu else None
    print(f"end to end (median of {repeat}, --jobs {jobs}, load average {os.getloadavg()[0]:.1f}):")
    for fmt in formats:
        c = statistics.median(cpu[fmt])
        ratio = f"  {c / base:.2f}x json" if base else ""
        print(f"  --format {fmt:<8} cpu {c:6.2f} s  wall {statistics.median(wall[fmt]):6.2f} s{ratio}")


def renders(paths: list[str], formats: list[str], top: int) -> None:
    from newsfuse.pipeline import analyze
    from newsfuse.report import render

    report = analyze(paths)
    print(f"in process: {len(report.articles)} articles, {len(report.stories)} stories")
    for fmt in formats:
        start = time.process_time()
        render(report, fmt, width=100) if fmt == "text" else render(report, fmt)
        print(f"  render {fmt:<8} cpu {time.process_time() - start:6.2f} s")
    profile = cProfile.Profile()
    profile.runcall(render, report, "text", width=100)
    print(f"text render, top {top} entries by own time (profiled):")
    print(profile_table(profile, top))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--formats", default="json,text,markdown,html")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    paths = dev_paths(args.paths)
    if paths is None:
        sys.exit(1)
    formats = args.formats.split(",")
    end_to_end(paths, formats, args.repeat, args.jobs)
    renders(paths, formats, args.top)


if __name__ == "__main__":
    main()
