"""No rule kept as data comes from an evaluation sentence without a written reason (benchmarks/provenance_audit.py).

A word-list entry or a multi-word string of the source found in the seeds or
the dev articles and in no general resource (the training articles, the
package data, common English) must be judged in the audit's ``JUDGED`` table
with a general reason, or go.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import provenance_audit as audit

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
