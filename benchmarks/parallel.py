"""What limits ``newsfuse analyze --jobs 2`` against ``--jobs 1``: figures that do not depend on the load (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/parallel.py [FILE.jsonl] [--jobs 1,2] [--repeat 2] [--format json]

Runs ``newsfuse analyze FILE --format F --jobs N --output TMP`` (the CLI's
own command, in a fresh process per run, the ``--jobs`` values alternated
``--repeat`` times) with light tracing: each piece of work a pool worker
runs is logged with its wall and CPU time, and the main process logs when
it reads, groups, and renders. For each run it prints:

- ``wall``: the run's wall time, and ``ratio``: ``--jobs 1`` wall over this
  run's (pairs of neighbouring runs; on a loaded machine this is noise);
- ``main cpu`` / ``workers cpu``: the CPU seconds of the main process
  (``RUSAGE_SELF``) and of its workers (``RUSAGE_CHILDREN``);
- ``alone``: the wall seconds in which no worker had work (the main process
  working by itself: reading, grouping, writing, or waiting) and its share
  of the run; ``one busy``: seconds in which exactly one worker had work;
- ``worker idle``: the seconds each worker spent waiting for work between
  its first and its last piece, summed;
- ``busy cpu%``: CPU over wall of the workers' pieces (under 100%: a worker
  shared its core, with the main process or with other programs);
- ``workers cpu in pieces``: the workers' CPU seconds in their pieces of
  work by kind (per-article ``analyse``, story ``compare``), and outside them
  (each worker's start: imports, models, the warm-up); ``gap``: wall seconds
  from the end of the last per-article piece to the start of the first story
  piece (no worker has work meanwhile);
- the main process's phases (import, read, analyse, group, compare, decode,
  render), wall and CPU each (with a pool, ``analyse`` and ``compare`` are the
  main process sending work and taking results; ``group`` runs in a thread
  beside them), and its time in two kinds of calls summed over the run: the cyclic
  garbage collector (``gc``) and :func:`newsfuse.parallel.share_strings`;
- ``model 2 idle cores``: the ``--jobs 1`` CPU over a two-core estimate of
  this run, ``alone cpu + (total cpu - alone cpu) / 2`` (the main process's
  CPU while no worker works, then everything else spread over two cores):
  the ratio to expect on two idle cores, from CPU figures only.

The target (issue #21) is ``--jobs 2`` at least 1.7x faster than ``--jobs 1``
on 2,000 articles on two idle cores. The corpus: ``/tmp/newsfuse-bench/c2000.jsonl``,
the first 2,000 articles of ``benchmarks/serve.py``'s synthetic corpus
(``serve-10000.jsonl``; written here when absent, which needs ../shared/eval).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import profile_table

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_EVERY = 0.02
"""Seconds between two readings of the main process's CPU time."""
CORPUS = Path("/tmp/newsfuse-bench/c2000.jsonl")
SOURCE_SIZE = 10_000
"""The corpus ``benchmarks/serve.py`` writes; c2000 is its first 2,000 lines."""


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _log(trace: Path, kind: str, start: float, end: float, cpu: float) -> None:
    with trace.open("a", encoding="ascii") as out:
        out.write(f"{os.getpid()} {kind} {start:.6f} {end:.6f} {cpu:.6f}\n")


def _traced(trace: Path, kind: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` logging each call's wall interval and CPU time (keeps its name: pickled by reference)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.time(), time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _log(trace, kind, start, time.time(), time.process_time() - cpu)

    return wrapper


def _traced_iter(trace: Path, kind: str, func: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """A generator function logging the time spent inside it (summed, logged once it ends)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        first, wall, cpu = time.time(), 0.0, 0.0
        items = func(*args, **kwargs)
        while True:
            start, cpu_start = time.time(), time.process_time()
            try:
                item = next(items)
            except StopIteration:
                break
            finally:
                wall += time.time() - start
                cpu += time.process_time() - cpu_start
            yield item
        _log(trace, kind, first, first + wall, cpu)

    return wrapper


class _Summed:
    """CPU seconds of this process spent in some calls (summed over the run; logged by :meth:`log`)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}

    def wrap(self, kind: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.cpu[kind] = self.cpu.get(kind, 0.0) + time.process_time() - start

        return wrapper

    def collector(self, phase: str, info: dict[str, int]) -> None:
        """A ``gc.callbacks`` entry: the CPU time of each collection of this process."""
        if phase == "start":
            self._began = time.process_time()
        else:
            self.cpu["gc"] = self.cpu.get("gc", 0.0) + time.process_time() - self._began


SUMMED = _Summed()


def _patch(trace: Path) -> None:
    """Tracing wrapped around the workers' entry points and the main process's phases (before any fork)."""
    import newsfuse.cli as cli
    import newsfuse.parallel as parallel
    import newsfuse.pipeline as pipeline

    if hasattr(parallel, "share_strings"):
        parallel.share_strings = SUMMED.wrap("share_strings", parallel.share_strings)
    gc.callbacks.append(SUMMED.collector)

    for name in ("_analyse", "_compare", "_work"):
        if hasattr(parallel, name):
            setattr(parallel, name, _traced(trace, f"worker{name}", getattr(parallel, name)))
    for name in ("read_paths", "_read"):
        if hasattr(pipeline, name):
            setattr(pipeline, name, _traced_iter(trace, "main_read", getattr(pipeline, name)))
    for name in ("cluster_articles", "_grouped"):
        if hasattr(pipeline, name):
            setattr(pipeline, name, _traced(trace, "main_group", getattr(pipeline, name)))
    for name, kind in (("_analyse_distinct", "main_analyse"), ("_compared", "main_compare")):
        if hasattr(pipeline, name):
            setattr(pipeline, name, _traced(trace, kind, getattr(pipeline, name)))
    if hasattr(parallel, "Findings"):
        parallel.Findings.decode = _traced(trace, "main_decode", parallel.Findings.decode)  # type: ignore[method-assign]
    cli._emit = _traced(trace, "main_render", cli._emit)


class _Sampler(threading.Thread):
    """The main process's CPU time, read every :data:`SAMPLE_EVERY` seconds (to split it by what the workers do)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[tuple[float, float]] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(SAMPLE_EVERY):
            self.samples.append((time.time(), _cpu(resource.RUSAGE_SELF)))


def run_one(path: Path, jobs: int, fmt: str, output: Path, trace: Path, profile: int) -> dict[str, Any]:
    """One traced ``newsfuse analyze`` in this process (its imports included); its figures."""
    sampler = _Sampler()
    profiler = cProfile.Profile() if profile else None
    start = time.time()
    sampler.samples.append((start, _cpu(resource.RUSAGE_SELF)))
    sampler.start()
    if profiler:
        profiler.enable()
    _patch(trace)
    from newsfuse.cli import cli

    _log(trace, "main_import", start, time.time(), _cpu(resource.RUSAGE_SELF))
    cli.main(
        [
            "analyze",
            str(path),
            "--format",
            fmt,
            "--jobs",
            str(jobs),
            "--output",
            str(output),
        ],
        standalone_mode=False,
    )
    if profiler:
        profiler.disable()
        print(profile_table(profiler, profile), file=sys.stderr)
    end = time.time()
    gc.callbacks.remove(SUMMED.collector)
    sampler.done.set()
    sampler.join()
    sampler.samples.append((end, _cpu(resource.RUSAGE_SELF)))
    return {
        "start": start,
        "end": end,
        "samples": sampler.samples,
        "summed": SUMMED.cpu,
        "main_cpu": _cpu(resource.RUSAGE_SELF),
        "workers_cpu": _cpu(resource.RUSAGE_CHILDREN),
    }


def _union(intervals: list[tuple[float, float]]) -> float:
    total, reach = 0.0, float("-inf")
    for start, end in sorted(intervals):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def _coverage(intervals: list[tuple[float, float]], start: float, end: float) -> dict[int, float]:
    """Seconds of [start, end] during which exactly k intervals were open, for each k."""
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    seconds: dict[int, float] = {}
    open_now, last = 0, start
    for moment, step in events:
        seconds[open_now] = seconds.get(open_now, 0.0) + max(0.0, min(moment, end) - last)
        last = max(last, min(moment, end))
        open_now += step
    seconds[open_now] = seconds.get(open_now, 0.0) + max(0.0, end - last)
    return seconds


def _cpu_while_alone(samples: list[tuple[float, float]], work: list[tuple[float, float]]) -> float:
    """The main process's CPU seconds in sampling steps during which no worker had work."""
    busy = sorted(work)
    total = 0.0
    for (start, cpu), (end, cpu_end) in itertools.pairwise(samples):
        if not any(s < end and e > start for s, e in busy):
            total += cpu_end - cpu
    return total


def figures(run: dict[str, Any], trace: Path) -> dict[str, Any]:
    """The run's figures from its trace (see the module's docstring)."""
    rows = [line.split() for line in trace.read_text(encoding="ascii").splitlines()]
    pieces = [(int(p), k, float(s), float(e), float(c)) for p, k, s, e, c in rows]
    work = [(s, e) for _, k, s, e, _ in pieces if k.startswith("worker")]
    coverage = _coverage(work, run["start"], run["end"])
    idle = 0.0
    for pid in {p for p, k, *_ in pieces if k.startswith("worker")}:
        mine = [(s, e) for p, k, s, e, _ in pieces if p == pid and k.startswith("worker")]
        idle += (max(e for _, e in mine) - min(s for s, _ in mine)) - _union(mine)
    by_kind: dict[str, float] = {}
    for _, k, _, _, c in pieces:
        if k.startswith("worker"):
            by_kind[k[len("worker_") :]] = by_kind.get(k[len("worker_") :], 0.0) + c
    analysed = [e for _, k, _, e, _ in pieces if k == "worker_analyse"]
    compared = [s for _, k, s, _, _ in pieces if k == "worker_compare"]
    gap = min(compared) - max(analysed) if analysed and compared else 0.0
    busy_wall = sum(e - s for _, k, s, e, _ in pieces if k.startswith("worker"))
    busy_cpu = sum(c for _, k, _, _, c in pieces if k.startswith("worker"))
    phases = {k: (e - s, c) for _, k, s, e, c in pieces if k.startswith("main")}
    phases.update((f"main_{k}", (v, v)) for k, v in run["summed"].items())
    wall = run["end"] - run["start"]
    alone = coverage.get(0, 0.0)
    alone_cpu = _cpu_while_alone(run["samples"], work)
    total_cpu = run["main_cpu"] + run["workers_cpu"]
    return {
        "wall": wall,
        "main_cpu": run["main_cpu"],
        "workers_cpu": run["workers_cpu"],
        "alone": alone,
        "alone_cpu": alone_cpu,
        "one_busy": coverage.get(1, 0.0),
        "worker_idle": idle,
        "busy_cpu_pct": 100 * busy_cpu / busy_wall if busy_wall else 0.0,
        "pieces": sum(1 for _, k, *_ in pieces if k.startswith("worker")),
        "pieces_cpu": by_kind,
        "gap": gap,
        "phases": phases,
        "two_core_estimate": alone_cpu + (total_cpu - alone_cpu) / 2 if work else total_cpu,
        "total_cpu": total_cpu,
    }


def ensure_corpus(path: Path) -> None:
    """c2000: the first 2,000 lines of ``benchmarks/serve.py``'s 10,000-article corpus (written if absent)."""
    if path.exists():
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from serve import write_corpus

    source = path.parent / f"serve-{SOURCE_SIZE}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not source.exists():
        write_corpus(source, SOURCE_SIZE)
    with source.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for n, line in enumerate(lines):
            if n == 2000:
                break
            out.write(line)


def _print(jobs: int, got: dict[str, Any], base_wall: float | None, base_cpu: float | None) -> None:
    ratio = f"  ratio {base_wall / got['wall']:.2f}x" if base_wall else ""
    print(
        f"--jobs {jobs}: wall {got['wall']:.2f} s{ratio}  main cpu {got['main_cpu']:.2f} s  "
        f"workers cpu {got['workers_cpu']:.2f} s  load {os.getloadavg()[0]:.1f}"
    )
    if got["pieces"]:
        print(
            f"   alone {got['alone']:.2f} s ({100 * got['alone'] / got['wall']:.1f}% of the run)  "
            f"one busy {got['one_busy']:.2f} s  worker idle {got['worker_idle']:.2f} s  "
            f"busy cpu% {got['busy_cpu_pct']:.0f}  pieces {got['pieces']}"
        )
        kinds = "  ".join(f"{k} {c:.2f}" for k, c in sorted(got["pieces_cpu"].items()))
        rest = got["workers_cpu"] - sum(got["pieces_cpu"].values())
        print(
            f"   workers cpu in pieces: {kinds}  outside pieces (start-up, warm-up) {rest:.2f}  "
            f"gap {got['gap']:.2f} s (last article piece's end to first story piece's start)"
        )
        model = f"  model 2 idle cores {base_cpu / got['two_core_estimate']:.2f}x" if base_cpu else ""
        print(
            f"   main cpu alone {got['alone_cpu']:.2f} s  total cpu {got['total_cpu']:.2f} s  "
            f"two-core estimate {got['two_core_estimate']:.2f} s{model}"
        )
    phases = "  ".join(f"{k[5:]} {w:.2f}/{c:.2f}" for k, (w, c) in sorted(got["phases"].items()))
    print(f"   main phases wall/cpu s: {phases}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--format", default="json")
    parser.add_argument("--profile", type=int, default=0, help="print the top N entries of the main process's profile")
    parser.add_argument("--one", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as folder:
            trace = Path(folder) / "trace"
            trace.touch()
            run = run_one(args.file, args.one, args.format, Path(folder) / "report", trace, args.profile)
            print(json.dumps(figures(run, trace)))
        return
    if args.file == CORPUS:
        ensure_corpus(CORPUS)
    jobs = [int(j) for j in args.jobs.split(",")]
    for _ in range(args.repeat):
        base_wall = base_cpu = None
        for n in jobs:
            command = [sys.executable, __file__, str(args.file), "--format", args.format, "--one", str(n)]
            command += ["--profile", str(args.profile)] if args.profile else []
            done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
            if args.profile:
                print(done.stderr.split("\r")[-1].strip(), file=sys.stderr)
            got = json.loads(done.stdout.splitlines()[-1])
            _print(n, got, base_wall, base_cpu)
            if n == 1:
                base_wall, base_cpu = got["wall"], got["total_cpu"]


if __name__ == "__main__":
    main()
