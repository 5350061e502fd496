"""Runs of words the project's text shares with evaluation or training text: every example is invented.

The charter: examples in code, comments and tests are invented, never a
sentence of an evaluation set (the seeds, ggt-dev, polnear-dev, basil-dev)
nor of the training set (polnear-train: learning from it is allowed, copying
its sentences into examples is not; review17 §8). ``provenance_audit`` reads
rule data outside docstrings and counts the training articles as a general
resource; this check reads the whole text of every Python file of the project
(code, docstrings, comments, tests, probes) and finds each run of
:data:`RUN_WORDS` words or more, case and punctuation ignored, that it shares
with any text file of the seeds or of the evaluation folder (articles, gold
files, READMEs). A run found is reworded into an invented example, or judged
in :data:`JUDGED_RUNS` with a general reason (a stock phrase of English; the
bundled example, which is the seed set, quoted by a test of what the tool
shows for it).

    python benchmarks/shared_runs.py [--eval DIR]

Exit status 1 when a run is not judged.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

RUN_WORDS = 6
"""Fewest words in a row shared with evaluation or training text that count as a copy (the reviewer's six-word check
of the seventeenth session, ``review17-repro/shingles.py``): five are often a stock phrase."""

PROJECT_FOLDERS = ("src", "tests", "benchmarks", "scripts")
"""The folders whose Python files are read, whole."""

EVALUATION_SUFFIXES = frozenset({".txt", ".json", ".jsonl", ".md", ""})
"""The text files of the seeds and of the evaluation folder that are read (not the scorers' code)."""

_TOKEN = re.compile(r"[A-Za-z0-9']+")
"""A word: letters, digits and straight apostrophes (a curly one is made straight first)."""

_STOCK = "a stock phrase of English, in every kind of news text (no one article's sentence)"
_STOCK_DATE = "a stock phrase of English dating a plan or a period, in every kind of news text"
_SEEDS = (
    "the bundled example (examples/starmer-trump-2025 is the seed set) quoted by a test of what the tool shows for "
    "it: checking the example, no rule or example written from it"
)
_README = "the evaluation folder's README or a set's meta.json: the format, metric or outlets this code reads"

JUDGED_RUNS: dict[str, str] = {
    "at the end of the year": _STOCK_DATE,
    "will close at the end of the year": _STOCK_DATE,
    "by the end of the year": _STOCK_DATE,
    "the first half of the year": _STOCK_DATE,
    "in the first quarter of the year": _STOCK_DATE,
    "the first woman to win the": (
        "the precedence pattern's own words ('the first woman to win'), a stock phrase of English; one training "
        "sentence shares it by coincidence (review17 §8)"
    ),
    "became the first woman to win the": (
        "the precedence pattern's own words ('the first woman to win'), a stock phrase of English; one training "
        "sentence shares it by coincidence (review17 §8)"
    ),
    "in the u s senate it": "'in the U.S. Senate.' and a next sentence's 'It': a test of an abbreviation's full stop",
    "will do what it takes to": _STOCK,
    "the white house said on friday": _STOCK,
    "the new york times reported that": _STOCK,
    "not going to give up on": _STOCK,
    "one way or the other and": _STOCK,
    "in a year in which the": _STOCK,
    "hundreds of thousands of people across the": _STOCK,
    "the n a a c p": "an organisation's initials written with full stops (N.A.A.C.P.): a test of initials",
    "in many cases in most cases": "two neighbouring entries of lexicon.HEDGES, hedges of English",
    "open this photo in gallery the": (
        "a publishing platform's photo-viewer control, page furniture judged in provenance_audit.JUDGED, and the "
        "word after it in a cleaning test"
    ),
    "dateline place london date feb 27": (
        "a dateline's two fields (place, date) around a common wire dateline ('LONDON, Feb. 27'): the seed gold's "
        "JSON field names, in a test of dateline clues"
    ),
    "i'm not going to make security guarantees beyond": _SEEDS,
    "i'm not going to make security guarantees beyond very much": _SEEDS,
    "london feb 27 pa media dpa gna": _SEEDS,
    "talks at the white house on thursday": _SEEDS,
    "face to face with trump this friday": _SEEDS,
    "defence summit in london on sunday": _SEEDS,
    "of course the president has been very clear": _SEEDS,
    "covered by fox news the new york times and huffpost": _README,
    "fox news the new york times and huffpost": _README,
    "altered precision of the report's altered": _README,
    "inside the marks one per paragraph": _README,
    "is an excerpt of the other": _STOCK,
}
"""Runs decided on, by their words (lower case, one space between): the general reason they may stay."""


@dataclass(frozen=True)
class Run:
    """A run of words a project file shares with evaluation or training text: where it starts and its words."""

    where: str
    text: str


def _words(text: str) -> Iterator[re.Match[str]]:
    return _TOKEN.finditer(text.replace("’", "'"))


def _project_files(root: Path) -> list[Path]:
    return sorted(p for folder in PROJECT_FOLDERS if (root / folder).is_dir() for p in (root / folder).rglob("*.py"))


def _evaluation_files(eval_dir: Path) -> Iterator[Path]:
    for folder in (eval_dir.parent / "seeds", eval_dir):
        if folder.is_dir():
            yield from (p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in EVALUATION_SUFFIXES)


def shared_runs(eval_dir: Path, root: Path = ROOT) -> list[Run]:
    """Every longest run of :data:`RUN_WORDS` words or more that a Python file under ``root``'s
    :data:`PROJECT_FOLDERS` shares with a text file of the seeds (``eval_dir``'s sibling) or of ``eval_dir``, in
    the order of the files and their text."""
    files = _project_files(root)
    # each run of RUN_WORDS words of the project by its hash (a set of strings would hold ~0.5M of them): where it
    # stands, as (file, word)
    index: dict[int, list[tuple[int, int]]] = {}
    for n, path in enumerate(files):
        words = [m.group().lower() for m in _words(path.read_text(encoding="utf-8"))]
        for i in range(len(words) - RUN_WORDS + 1):
            index.setdefault(hash(" ".join(words[i : i + RUN_WORDS])), []).append((n, i))
    shared: set[tuple[int, int]] = set()
    for path in _evaluation_files(eval_dir):
        words = [m.group().lower() for m in _words(path.read_text(encoding="utf-8", errors="replace"))]
        for i in range(len(words) - RUN_WORDS + 1):
            hit = index.pop(hash(" ".join(words[i : i + RUN_WORDS])), None)  # each run once
            if hit is not None:
                shared.update(hit)
    spans: list[list[int]] = []  # [file, first word, end word] of each longest run
    for n, i in sorted(shared):
        if spans and spans[-1][0] == n and i <= spans[-1][2]:
            spans[-1][2] = i + RUN_WORDS
        else:
            spans.append([n, i, i + RUN_WORDS])
    runs = []
    for n, first, end in spans:
        text = files[n].read_text(encoding="utf-8")  # read again: only the few files with a run
        run = list(_words(text))[first:end]
        line = text.count("\n", 0, run[0].start()) + 1
        runs.append(Run(f"{files[n].relative_to(root)}:{line}", " ".join(m.group().lower() for m in run)))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="the evaluation folder (../shared/eval)")
    parser.add_argument("--all", action="store_true", help="also list the runs already judged")
    args = parser.parse_args(argv)
    runs = shared_runs(args.eval)
    open_ = [r for r in runs if r.text not in JUDGED_RUNS]
    for run in open_:
        print(f"SHARED  {run.text!r}  ({run.where})")
    if args.all:
        for run in runs:
            if run.text in JUDGED_RUNS:
                print(f"KEPT    {run.text!r}  ({run.where}): {JUDGED_RUNS[run.text]}")
    print(f"{len(open_)} shared runs not judged, {len(runs) - len(open_)} judged and kept")
    return 1 if open_ else 0


if __name__ == "__main__":
    sys.exit(main())
