"""Word diffs for showing two wordings of one quotation side by side.

The verdict stage stores a diff on each :class:`~newsfuse.model.UtteranceVariant`;
the report uses it as given. Where a variant or altered quotation arrives
without one, :func:`word_diff` makes it here with :mod:`difflib`, so a reader
always sees which words differ. :func:`sides` turns a diff into the two
columns a reader compares.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from newsfuse.compare.word_diff import word_diff as compare_word_diff
from newsfuse.model import DiffOp

__all__ = ["Piece", "sides", "word_diff"]

Piece = tuple[Literal["same", "del", "ins"], str]
"""A run of words in one column: unchanged, only on the left, or only on the right."""


def word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    """The word-level edit from wording ``a`` to wording ``b`` (the verdict stage's own diff)."""
    return compare_word_diff(a.split(), b.split())


def sides(diff: Sequence[DiffOp]) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """The left (reference) and right (this wording) columns of a diff."""
    left: list[Piece] = []
    right: list[Piece] = []
    for step in diff:
        if step.op == "equal":
            if step.a:
                left.append(("same", step.a))
            if step.b or step.a:
                right.append(("same", step.b or step.a))
            continue
        if step.a:
            left.append(("del", step.a))
        if step.b:
            right.append(("ins", step.b))
    return tuple(left), tuple(right)
