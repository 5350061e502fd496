"""Peak memory of ``newsfuse analyze`` as its own process tree, main process and workers together (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/analyze_memory.py FILE.jsonl [--format json] [--jobs 1,2] [--start-method M,...]

Runs ``python -m newsfuse analyze FILE --format F --jobs N --output TMP`` in
a fresh process for each ``--jobs`` value and polls ``/proc`` every
``--every`` seconds for the resident memory of the process and all its
descendants (the pool's workers). Prints, for each run:

- the peak of the tree's summed resident memory, as sampled (and each
  process's share of it at that moment, the main process first), and of its
  summed proportional set size (PSS: a page shared by several processes,
  such as what the workers inherit from the main process, counted once in
  all instead of once per process; read at every tenth sample only);
- the sum of every process's own peak (``VmHWM``, as last seen): an upper
  bound of the tree's peak that a short spike between two samples cannot
  escape (the processes need not peak at the same moment);
- the main process's own peak, and the CPU time of the whole tree: of the processes waited for
  (``RUSAGE_CHILDREN``: a forkserver's workers are not this process's children, so not counted) and as
  last sampled from ``/proc`` (every process of the tree, less what it spent after its last sample).

``--start-method`` runs each ``--jobs`` value once per start method of the
pool's workers (``fork``, ``forkserver``, ``spawn``: set with
``multiprocessing.set_start_method`` before the CLI runs; by default the
platform's, ``fork`` on Linux before Python 3.14 and ``forkserver`` from
3.14). Forked workers share the main process's pages until either writes
them; workers started by a forkserver or spawned share none, and the
forkserver process itself is part of the tree.

A corpus file: ``/tmp/newsfuse-bench/serve-10000.jsonl`` (written by
``benchmarks/serve.py``) or any JSONL of articles. Target: under 1 GB at
10,000 articles, for every ``--jobs``. Linux only (reads ``/proc``).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PSS_EVERY = 10
"""Samples between two readings of the proportional set size."""


def _kb(status: str, field: str) -> int:
    for line in status.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return found


def _tree(root: int) -> list[int]:
    pids, queue = [], [root]
    while queue:
        pid = queue.pop()
        pids.append(pid)
        queue.extend(_children(pid))
    return pids


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as handle:
            return _kb(handle.read(), "Pss")
    except OSError:
        return 0


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process so far (``/proc/PID/stat``), 0 where it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _status(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def _command(start_method: str | None) -> list[str]:
    """The interpreter running ``newsfuse``'s CLI, its pool's start method set first where one is given."""
    if start_method is None:
        return [sys.executable, "-m", "newsfuse"]
    code = (
        f"import multiprocessing, sys; multiprocessing.set_start_method({start_method!r}); "
        "from newsfuse.cli import main; main(sys.argv[1:])"
    )
    return [sys.executable, "-c", code]


def measure(path: str, fmt: str, jobs: int, every: float, start_method: str | None = None) -> dict[str, Any]:
    """One run: peak tree RSS (sampled), sum of per-process peaks, the main process's peak, CPU seconds."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"report.{fmt}"
        command = [*_command(start_method), "analyze", path, "--format", fmt, "--jobs", str(jobs)]
        command += ["--output", str(out)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
        peak_tree = peak_pss = 0
        at_peak: list[int] = []
        hwm: dict[int, int] = {}
        cpu: dict[int, float] = {}
        samples = 0
        while child.poll() is None:
            total = pss = 0
            each = []
            for pid in _tree(child.pid):
                status = _status(pid)
                each.append(_kb(status, "VmRSS"))
                total += each[-1]
                hwm[pid] = max(hwm.get(pid, 0), _kb(status, "VmHWM"))
                cpu[pid] = max(cpu.get(pid, 0.0), _cpu_seconds(pid))
                if samples % PSS_EVERY == 0:  # reading PSS walks the page tables: not at every sample
                    pss += _pss_kb(pid)
            if total > peak_tree:
                peak_tree, at_peak = total, each
            peak_pss = max(peak_pss, pss)
            samples += 1
            time.sleep(every)
        stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        if child.returncode != 0:
            sys.exit(f"analyze failed ({child.returncode}): {stderr[-2000:]}")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return {
            "tree_mb": peak_tree / 1024,
            "pss_mb": peak_pss / 1024,
            "sum_of_peaks_mb": sum(hwm.values()) / 1024,
            "main_mb": hwm.get(child.pid, 0) / 1024,
            "at_peak_mb": [kb / 1024 for kb in at_peak],
            "processes": len(hwm),
            "cpu_s": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
            "cpu_sampled_s": sum(cpu.values()),
            "wall_s": time.perf_counter() - wall,
            "report_mb": out.stat().st_size / 2**20,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--format", default="json")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--every", type=float, default=0.2, help="seconds between two samples")
    parser.add_argument("--start-method", default="", help="the pool's start methods, comma-separated (fork, ...)")
    args = parser.parse_args()
    methods: list[str | None] = [m for m in args.start_method.split(",") if m] or [None]
    for jobs, method in ((int(j), m) for j in args.jobs.split(",") for m in methods):
        r = measure(args.path, args.format, jobs, args.every, method)
        started = f", {method}" if method else ""
        print(
            f"analyze {Path(args.path).name} --format {args.format} --jobs {jobs}{started} "
            f"(load {os.getloadavg()[0]:.1f}): "
            f"peak tree RSS {r['tree_mb']:.0f} MB (PSS {r['pss_mb']:.0f} MB) sampled "
            f"(main, workers: {' + '.join(f'{mb:.0f}' for mb in r['at_peak_mb'])}), "
            f"sum of per-process peaks {r['sum_of_peaks_mb']:.0f} MB "
            f"({int(r['processes'])} processes), main process peak {r['main_mb']:.0f} MB; "
            f"CPU {r['cpu_s']:.1f} s waited for, {r['cpu_sampled_s']:.1f} s sampled, "
            f"wall {r['wall_s']:.1f} s, report {r['report_mb']:.1f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
