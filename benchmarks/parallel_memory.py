"""The figures the pool's code states (``newsfuse.parallel``, ``compare.semantic``), measured (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/parallel_memory.py [FILE.jsonl] [--articles 2000] [--freeze-articles 500] [--repeat 2]

Every figure is read in a real ``--jobs 2`` pool (:func:`newsfuse.pipeline.analyze_articles`), in its workers,
after each piece of work as the pool cut it (per-article ``analyse`` pieces of
:func:`newsfuse.runner.piece_size` articles, story ``compare`` pieces of about as many member articles):
the workers' entry points are wrapped before the pool forks, so this needs the ``fork`` start method (the
Linux default before Python 3.14; elsewhere the script says so and stops). Prints:

- ``findings``: the story stages' findings of a ``--jobs 2`` run on the
  first ``--articles`` articles of FILE, as the workers send them (msgpack bytes, :class:`newsfuse.parallel.Findings`)
  and once decoded (Python objects, one string per value; the same pieces
  decoded again afterwards under ``tracemalloc``: what decoding allocates and keeps);
- ``trim``: in that run, what :func:`newsfuse.parallel.trim_memory` cost and handed back after each piece
  of work (the worker's word caches and sentence vectors emptied just before, as
  :func:`newsfuse.parallel._forget` does): milliseconds of wall time and MB of resident memory handed back,
  median and largest, per kind of piece;
- ``sentence vectors``: in that run, the sentence-vector cache of :mod:`newsfuse.compare.semantic` at the end
  of each piece, before the worker forgot it: bytes per entry (its vector, its sentence, its slot in the
  dict; the mean over every entry cached) and of a full cache (``CACHE_SIZE`` entries: what a worker that
  never forgot them would hold), and what a piece cached (median, largest; nothing where the embedding
  model is not installed);
- ``freeze``: the CPU time of the workers' cyclic garbage collector over a ``--jobs 2`` run on the first
  ``--freeze-articles`` articles, with the workers' ``gc.freeze`` (what :func:`newsfuse.parallel._start`
  does) and without it (every object thawed in the worker, its ``gc.freeze`` a no-op), the two alternated
  ``--repeat`` times; summed over both workers, from the end of their set-up (imports, models, warm-up) to
  their last piece;
- ``caches``: in the same alternation, a third run whose workers keep their word caches and sentence vectors
  from piece to piece (their emptying a no-op; the trim still runs): the workers' CPU seconds in their
  per-article and their story pieces, and the largest worker's peak resident memory (``VmHWM``), for the
  runs as the pool works (caches emptied after each piece) and with the caches kept.

The corpus: ``/tmp/newsfuse-bench/c2000.jsonl`` (``benchmarks/parallel.py``
writes it). Linux only (reads ``/proc/self/statm``).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsfuse import parallel
from newsfuse.compare import semantic
from newsfuse.ingest import link_reprints, read_paths
from newsfuse.model import Article
from newsfuse.options import Options
from newsfuse.pipeline import analyze_articles
from parallel import CORPUS, ensure_corpus

MB = 1e6


def _resident() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_resident() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))


def _cache_bytes() -> int:
    cache = semantic._cache
    return sum(v.nbytes + sys.getsizeof(v) + sys.getsizeof(k) for k, v in cache.items()) + sys.getsizeof(cache)


def _wrapped(wrap: Callable[..., Any], real: Callable[..., Any]) -> Callable[..., Any]:
    """``wrap(real, ...)`` under ``real``'s name: set on its module in its place, it pickles by reference as the
    real one did, and a forked worker finds it there."""

    @functools.wraps(real)
    def call(*args: Any) -> Any:
        return wrap(real, *args)

    return call


class WorkerLog:
    """The workers' pieces of work, logged by wrappers set on :mod:`newsfuse.parallel` before the pool forks.

    Each worker appends one JSON line per piece to ``path``: its pid, the kind of piece, the trim's
    seconds and bytes handed back, the sentence-vector cache before it was emptied (bytes, entries) and the
    CPU seconds its collector had taken so far (counted from the end of the worker's set-up).
    """

    def __init__(self, path: Path, *, freeze: bool = True, forget: bool = True) -> None:
        self.path = path
        self.freeze = freeze
        self.forget = forget
        self.main = os.getpid()
        self._piece: dict[str, Any] = {}
        self._gc = 0.0
        self._gc_began = 0.0
        self._saved: dict[str, Any] = {}

    def __enter__(self) -> WorkerLog:
        for name, wrap in (
            ("_start", self._start),
            ("_analyse", self._analyse),
            ("_compare", self._compare),
            ("_empty_caches", self._empty_caches),
            ("trim_memory", self._trim),
        ):
            real = getattr(parallel, name)
            self._saved[name] = real
            setattr(parallel, name, _wrapped(wrap, real))
        return self

    def __exit__(self, *exc: object) -> None:
        for name, real in self._saved.items():
            setattr(parallel, name, real)

    def _start(self, real: Callable[[bytes], None], options: bytes) -> None:
        if not self.freeze:
            gc.unfreeze()  # what the main process froze before it forked
            setattr(gc, "freeze", lambda: None)  # noqa: B010 - in this worker only: it was forked
        real(options)
        gc.callbacks.append(self._collector)

    def _collector(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_began = time.process_time()
        else:
            self._gc += time.process_time() - self._gc_began

    def _analyse(self, real: Callable[[bytes], bytes], payload: bytes) -> bytes:
        return self._work("analyse", real, payload)

    def _compare(self, real: Callable[[bytes], bytes], payload: bytes) -> bytes:
        return self._work("compare", real, payload)

    def _work(self, kind: str, real: Callable[[bytes], bytes], payload: bytes) -> bytes:
        self._piece = {"pid": os.getpid(), "kind": kind}
        cpu = time.process_time()
        result = real(payload)
        self._piece["cpu"] = time.process_time() - cpu
        self._piece["gc"] = self._gc
        self._piece["hwm"] = _peak_resident()
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(self._piece) + "\n")
        self._piece = {}
        return result

    def _empty_caches(self, real: Callable[[], None]) -> None:
        if self._piece:
            self._piece["vectors"] = (_cache_bytes(), len(semantic._cache))
        if self.forget or not self._piece:
            real()

    def _trim(self, real: Callable[[], None]) -> None:
        if not self._piece:  # the main process, or a worker's warm-up
            real()
            return
        before, start = _resident(), time.perf_counter()
        real()
        self._piece["trim"] = (time.perf_counter() - start, before - _resident())

    def pieces(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines()]


def logged_run(articles: list[Article], folder: Path, name: str, **log_options: bool) -> list[dict[str, Any]]:
    """A ``--jobs 2`` run on ``articles``; the workers' pieces as :class:`WorkerLog` logged them."""
    with WorkerLog(folder / f"{name}.jsonl", **log_options) as log:
        analyze_articles(articles, Options(jobs=2))
    return log.pieces()


def findings_sizes(articles: list[Article], folder: Path) -> tuple[int, int, int, list[dict[str, Any]]]:
    """Encoded bytes and decoded bytes of the findings of a two-job run, its stories, and its workers' pieces."""
    pieces: list[tuple[range, bytes]] = []
    real = parallel.Findings.add

    def add(self: parallel.Findings, indices: range, data: bytes) -> None:
        pieces.append((indices, data))
        real(self, indices, data)

    parallel.Findings.add = add  # type: ignore[method-assign]
    try:
        logged = logged_run(articles, folder, "findings")
    finally:
        parallel.Findings.add = real  # type: ignore[method-assign]
    stories = sum(len(indices) for indices, _ in pieces)
    again = parallel.Findings(stories)
    tracemalloc.start()
    try:
        for indices, data in pieces:
            again.add(indices, data)
        decoded = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    again.decode()
    return sum(len(data) for _, data in pieces), decoded, stories, logged


def print_trims(logged: list[dict[str, Any]]) -> None:
    for kind in ("analyse", "compare"):
        trims = [piece["trim"] for piece in logged if piece["kind"] == kind and "trim" in piece]
        if not trims:
            continue
        seconds, handed = [s for s, _ in trims], [b for _, b in trims]
        print(
            f"trim after each {kind} piece ({len(trims)} pieces): {1000 * statistics.median(seconds):.1f} ms median, "
            f"{1000 * max(seconds):.1f} ms largest; handed back {statistics.median(handed) / MB:.1f} MB median, "
            f"{max(handed) / MB:.1f} MB largest"
        )


def print_vectors(logged: list[dict[str, Any]]) -> None:
    vectors = [piece["vectors"] for piece in logged if "vectors" in piece]
    cached = sum(n for _, n in vectors)
    if not cached:
        print("sentence vectors: none cached (no embedding model installed)")
        return
    per_entry = sum(b for b, _ in vectors) / cached
    sizes = [b for b, n in vectors if n]
    print(
        f"sentence vectors: {per_entry / 1000:.2f} KB per cached sentence (mean of {cached:,}), "
        f"{per_entry * semantic.CACHE_SIZE / MB:.0f} MB when full ({semantic.CACHE_SIZE:,} sentences); "
        f"a piece that embedded cached {statistics.median(sizes) / MB:.2f} MB median, {max(sizes) / MB:.2f} MB "
        f"largest ({len(sizes)} of {len(vectors)} pieces) before it forgot"
    )


def collector_seconds(logged: list[dict[str, Any]]) -> float:
    """The workers' collector CPU seconds over the run: each worker's total at its last piece, summed."""
    last: dict[int, float] = {}
    for piece in logged:
        last[piece["pid"]] = piece["gc"]
    return sum(last.values())


def _pieces_cpu(logged: list[dict[str, Any]]) -> str:
    cpu = {kind: sum(p["cpu"] for p in logged if p["kind"] == kind) for kind in ("analyse", "compare")}
    peak = max((p["hwm"] for p in logged), default=0)
    return f"analyse {cpu['analyse']:.2f} + compare {cpu['compare']:.2f} s, peak {peak / MB:.0f} MB"


def print_freeze_and_caches(articles: list[Article], folder: Path, repeat: int) -> None:
    runs: dict[str, list[list[dict[str, Any]]]] = {"frozen": [], "thawed": [], "kept": []}
    for n in range(repeat):
        runs["frozen"].append(logged_run(articles, folder, f"frozen{n}"))
        runs["thawed"].append(logged_run(articles, folder, f"thawed{n}", freeze=False))
        runs["kept"].append(logged_run(articles, folder, f"kept{n}", forget=False))
    frozen = ", ".join(f"{collector_seconds(run):.2f}" for run in runs["frozen"])
    thawed = ", ".join(f"{collector_seconds(run):.2f}" for run in runs["thawed"])
    print(
        f"freeze: the workers' collector CPU over --jobs 2 on {len(articles)} articles, alternated runs: "
        f"frozen {frozen} s; not frozen {thawed} s"
    )
    print(f"caches: the workers' CPU in their pieces, --jobs 2 on {len(articles)} articles, alternated runs:")
    print("  emptied after each piece (as the pool works): " + "; ".join(_pieces_cpu(r) for r in runs["frozen"]))
    print("  kept from piece to piece:                      " + "; ".join(_pieces_cpu(r) for r in runs["kept"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--freeze-articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if multiprocessing.get_start_method() != "fork":
        print(f"skipped: the pool's workers are not forked here ({multiprocessing.get_start_method()})")
        return
    if args.file == CORPUS:
        ensure_corpus(CORPUS)
    articles = link_reprints([a for a in read_paths([args.file], Options()) if isinstance(a, Article)][: args.articles])
    with tempfile.TemporaryDirectory(prefix="newsfuse-parallel-memory-") as tmp:
        folder = Path(tmp)
        encoded, decoded, stories, logged = findings_sizes(articles, folder)
        print(
            f"findings of {len(articles)} articles ({stories} stories), --jobs 2: encoded {encoded / MB:.1f} MB, "
            f"decoded {decoded / MB:.1f} MB ({decoded / encoded:.2f}x)"
        )
        print_trims(logged)
        print_vectors(logged)
        if args.freeze_articles and args.repeat:
            print_freeze_and_caches(articles[: args.freeze_articles], folder, args.repeat)


if __name__ == "__main__":
    main()
