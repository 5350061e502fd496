"""End-to-end ``analyze`` CPU time of two setups, in alternated fresh-process pairs (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/paired_cpu.py [--pairs 4] [--a-python PY] [--a-tree DIR]
                                              [--b-python PY] [--b-tree DIR] [--story] [PATH ...]

A setup is an interpreter (``--a-python``; by default this one) and a source
tree (``--a-tree``, whose ``src`` goes first on ``PYTHONPATH``; by default
this repository): two trees compare two versions of the code (a worktree of
``main`` against a branch), two interpreters compare builds of Python. By
default PATH is the 283 dev articles (``../shared/eval/{ggt,polnear,basil}-dev/articles``).

Each run is a fresh process that analyses the articles once (imports,
lexicons and models loaded, as in ``benchmarks/analyze_vs_spacy.py``), then
once more, timed: ``analyze(PATHS)`` with ``--jobs 1`` and the JSON report
rendered, in CPU seconds of the process. The two setups alternate (A first
in even pairs, B in odd ones), so a phase of the shared machine weighs on
both alike. Prints each pair, the median CPU time of each side, and the
mean of the pairs' ratios A/B with its 95% bootstrap interval over the
pairs (:func:`_common.bootstrap_interval`). Each run also prints the
SHA-256 of its JSON report: the script fails where the two setups' reports
differ (a change meant to keep output must keep it byte for byte).

``--story`` times issue #15's figure instead: each fresh process analyses
the 50-article story of ``benchmarks/story_stages.py`` (not timed) and then
runs ``compare_story`` on it once, the embedding model loaded on the way
(``story_stages.py --once``: the user's case), in CPU seconds; the hash is
that of the story's findings as JSON.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from _common import ROOT, bootstrap_interval, dev_paths

_RUN = """
import hashlib, sys, time
from newsfuse.options import Options
from newsfuse.pipeline import analyze
from newsfuse.report import render

def run():
    return render(analyze(sys.argv[1:], Options(jobs=1)), "json")

run()
start = time.process_time()
report = run()
spent = time.process_time() - start
print(f"{spent:.3f} {hashlib.sha256(report.encode()).hexdigest()}")
"""
"""What each fresh process runs: a warm-up analysis, then the timed one; prints its CPU seconds and report hash."""

_STORY = """
import hashlib, sys, time
sys.path.insert(0, sys.argv[1])
import msgspec
from story_stages import fifty
from newsfuse.compare.story import compare_story

story, analyses = fifty()
start = time.process_time()
report = compare_story(story, analyses)
spent = time.process_time() - start
print(f"{spent:.3f} {hashlib.sha256(msgspec.json.encode(report)).hexdigest()}")
"""
"""``--story``: the 50-article story's first ``compare_story`` in a fresh process, the model's load included."""


def one_run(python: str, tree: Path, paths: list[str], story: bool = False) -> tuple[float, str]:
    """CPU seconds of one timed analysis in a fresh process of ``python`` on ``tree``'s sources, and the report hash
    (``story``: the 50-article story's stages instead, see ``--story``)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tree / "src"), os.environ.get("PYTHONPATH", "")]))
    command = [python, "-c", _STORY, str(ROOT / "benchmarks")] if story else [python, "-c", _RUN, *paths]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    seconds, digest = done.stdout.split()[-2:]
    return float(seconds), digest


def describe(python: str) -> str:
    """:func:`_common.interpreter` of ``python``, asked in a process of its own."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import _common; print(_common.interpreter())"
    return subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--a-python", default=sys.executable)
    parser.add_argument("--a-tree", type=Path, default=ROOT)
    parser.add_argument("--b-python", default=sys.executable)
    parser.add_argument("--b-tree", type=Path, default=ROOT)
    parser.add_argument("--story", action="store_true", help="the 50-article story's stages (issue #15's figure)")
    args = parser.parse_args()
    paths = dev_paths(args.paths)
    if paths is None:
        return
    sides = {"A": (args.a_python, args.a_tree.resolve()), "B": (args.b_python, args.b_tree.resolve())}
    for name, (python, tree) in sides.items():
        print(f"{name}: {tree} on {describe(python)}")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    spent: dict[str, list[float]] = {"A": [], "B": []}
    digests: set[str] = set()
    for n in range(args.pairs):
        for name in ("A", "B") if n % 2 == 0 else ("B", "A"):
            seconds, digest = one_run(*sides[name], paths, args.story)
            spent[name].append(seconds)
            digests.add(digest)
        a, b = spent["A"][-1], spent["B"][-1]
        print(f"  pair {n + 1}: A {a:6.2f} s  B {b:6.2f} s  A/B {a / b:.3f}", flush=True)
    ratios = [a / b for a, b in zip(spent["A"], spent["B"], strict=True)]
    low, high = bootstrap_interval(ratios, statistics.fmean)
    print(f"median CPU: A {statistics.median(spent['A']):.2f} s, B {statistics.median(spent['B']):.2f} s")
    print(f"A/B: {statistics.fmean(ratios):.3f} [{low:.3f}, {high:.3f}] (mean of {len(ratios)} paired ratios)")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if len(digests) > 1:
        sys.exit(f"the reports differ: {len(digests)} distinct JSON reports")
    print("reports byte-identical (one SHA-256 for every run)")


if __name__ == "__main__":
    main()
