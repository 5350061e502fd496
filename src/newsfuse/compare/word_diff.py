"""Word-level difference between two wordings of one utterance.

A fact-checker wants to see exactly which words one outlet has that another
has not, not a character soup, so the diff runs over normalised words
(:mod:`newsfuse.compare.wording`): a changed quote mark or hyphen is no
difference at all. The steps read from ``a`` (the reference wording, usually
the majority) to ``b`` (the wording being checked).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Literal

from newsfuse.model import DiffOp

__all__ = ["changed_words", "word_diff"]


def word_diff(a: Sequence[str], b: Sequence[str]) -> tuple[DiffOp, ...]:
    """The steps that turn the words ``a`` into the words ``b``.

    ``delete`` drops words of ``a``; ``insert`` adds words of ``b``;
    ``replace`` swaps one run for another; ``equal`` runs are kept so the diff
    reads as the whole sentence.
    """
    matcher = SequenceMatcher(None, list(a), list(b), autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        op: Literal["equal", "insert", "delete", "replace"] = tag  # type: ignore[assignment]
        ops.append(DiffOp(op, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return tuple(ops)


def changed_words(diff: Sequence[DiffOp]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of ``a`` and of ``b`` that a diff does not keep (replaced, dropped or added)."""
    dropped: list[str] = []
    added: list[str] = []
    for op in diff:
        if op.op == "equal":
            continue
        dropped.extend(op.a.split())
        added.extend(op.b.split())
    return tuple(dropped), tuple(added)
