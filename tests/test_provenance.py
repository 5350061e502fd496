"""No rule kept as data comes from an evaluation sentence without a written reason (benchmarks/provenance_audit.py),
and no text of the project copies an evaluation or training sentence (benchmarks/shared_runs.py).

A word-list entry or a multi-word string of the source found in the seeds or
the dev articles and in no general resource (the training articles, the
package data, common English) must be judged in the audit's ``JUDGED`` table
with a general reason, or go. A run of six words or more that any Python file
of the project (docstrings, comments, tests and probes included) shares with
the seeds, the evaluation sets or the training set is reworded into an
invented example, or judged in ``shared_runs.JUDGED_RUNS`` (a stock phrase, the
bundled example quoted by a test of it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import provenance_audit as audit
import shared_runs

pytestmark = pytest.mark.eval


def test_every_suspect_entry_is_judged(eval_dir: Path) -> None:
    findings = audit.audit(eval_dir)
    open_ = [
        f"{f.entry.text!r} ({f.entry.where})"
        for f in findings
        if audit.normalise(f.entry.text).strip() not in audit.JUDGED
    ]
    assert not open_, open_


def test_every_judgement_is_still_needed(eval_dir: Path) -> None:
    """A judged entry that is no longer a suspect (removed, or found in training text) leaves the table."""
    suspects = {audit.normalise(f.entry.text).strip() for f in audit.audit(eval_dir)}
    assert set(audit.JUDGED) <= suspects, set(audit.JUDGED) - suspects


def test_the_audit_finds_an_evaluation_only_phrase(eval_dir: Path) -> None:
    """The probe: a phrase of a seed article put in a word list is caught; common words are not."""
    corpora = audit.Corpora(eval_dir)
    seed = next((eval_dir.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8").split()
    phrase = " ".join(seed[10:16])
    assert corpora.judge(audit.Entry("probe", phrase)) is not None
    assert corpora.judge(audit.Entry("probe", "the")) is None


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        (r"^(?:read more|see also)\s*:", ["read more", "see also"]),
        (r"open\s+this\s+photo(?: in gallery)?", ["open this photo", "in gallery"]),
        ("SELECT id FROM articles WHERE s.id = ?", ["select id from articles where"]),
        (r"[A-Z]{2,6}\b", []),
    ],
)
def test_phrases_are_read_out_of_regular_expressions(pattern: str, phrases: list[str]) -> None:
    assert audit.phrases_of(pattern) == phrases


def test_no_text_of_the_project_copies_evaluation_or_training_text(eval_dir: Path) -> None:
    runs = shared_runs.shared_runs(eval_dir)
    open_ = [f"{r.text!r} ({r.where})" for r in runs if r.text not in shared_runs.JUDGED_RUNS]
    assert not open_, open_
    stale = set(shared_runs.JUDGED_RUNS) - {r.text for r in runs}
    assert not stale, f"judged runs no longer shared: leave the table {sorted(stale)}"


def test_a_copied_sentence_is_found_and_an_invented_one_is_not(eval_dir: Path, tmp_path: Path) -> None:
    """The probe: ten words of a seed article in a docstring are one run; an invented sentence shares none."""
    seed = next((eval_dir.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8").split()
    copied = " ".join(seed[40:50])
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "probe.py").write_text(
        f'"""Invented: Ana Vell sailed from Brenmoor to Kesby on a grey morning in Orrin.\n\n{copied}\n"""\n',
        encoding="utf-8",
    )
    runs = shared_runs.shared_runs(eval_dir, root=tmp_path)
    assert [r.where for r in runs] == ["tests/probe.py:3"]
    assert len(runs[0].text.split()) >= shared_runs.RUN_WORDS
