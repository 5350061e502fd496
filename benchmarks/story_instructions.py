"""Instructions executed by the 50-article story's first ``compare_story`` in a fresh process (issue #15's speed line).

Usage (from the repository root; needs ``valgrind``):

    .venv/bin/python benchmarks/story_instructions.py [--tree DIR ...]

CPU time on a shared machine moves by a third from one run to the next
(other processes, the VM's phases), so a change of a few percent needs many
alternated pairs to show (``benchmarks/paired_cpu.py --story``). The count of
instructions a process executes hardly moves: this script runs, for each
source tree (``--tree``, whose ``src`` goes first on ``PYTHONPATH``; by
default this repository), one fresh process under callgrind that analyses
the story of ``benchmarks/story_stages.py`` (25 basil-dev articles and a
reprint of each; not counted) and counts the instructions of its first
``compare_story`` alone (the embedding model's import, load and first
tokenizing included: the user's case), collection switched on and off
around the call (``callgrind_control``), with ``PYTHONHASHSEED=0``. Two runs
of one tree differed by 0.1% (3,932M and 3,937M, 1 Dec 2026), two others by
0.4% (3,845M and 3,862M for ``387fc07``, 2 Dec 2026): a change below half a
percent needs several runs of each tree to show.

Prints each tree's count and, for two or more, each one's ratio to the
first. An instruction is not a unit of time (a cache miss costs more than
an addition), so report it beside a paired CPU-time figure, not alone.
Each run takes 1-3 minutes (callgrind runs the process ~50x slower).
Skips cleanly (exit 0) where valgrind or basil-dev is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT

_CHILD = """
import os, subprocess, sys
sys.path.insert(0, sys.argv[1])
from story_stages import fifty
from newsfuse.compare.story import compare_story

story, analyses = fifty()
switch = lambda state: subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True)
switch("on")
compare_story(story, analyses)
switch("off")
"""
"""What each process runs under callgrind: the story built, then its first ``compare_story`` counted."""


def instructions(tree: Path) -> int:
    """Instructions of the story's first ``compare_story`` with ``tree``'s sources, in a fresh process."""
    env = dict(
        os.environ,
        PYTHONHASHSEED="0",
        PYTHONPATH=os.pathsep.join([str(tree / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    with tempfile.TemporaryDirectory() as folder:
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={folder}/out"]
        done = subprocess.run(
            [*command, sys.executable, "-c", _CHILD, str(ROOT / "benchmarks")], env=env, capture_output=True, text=True
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not found:
        raise RuntimeError(f"callgrind run failed ({done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, action="append", help="a source tree (repeatable; default: this one)")
    args = parser.parse_args()
    trees = [t.resolve() for t in args.tree or [ROOT]]
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("skipped: valgrind is not installed")
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from reuse_summary import BASIL

    if not BASIL.exists():
        print(f"skipped: {BASIL} not found")
        return
    counts = []
    for tree in trees:
        counts.append(instructions(tree))
        ratio = f"  ({counts[-1] / counts[0]:.4f} of the first)" if len(counts) > 1 else ""
        print(f"{tree}: {counts[-1]:,} instructions{ratio}", flush=True)


if __name__ == "__main__":
    main()
