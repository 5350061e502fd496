"""Word diffs for showing two wordings of one quotation side by side.

The verdict stage stores a diff on each :class:`~newsfuse.model.UtteranceVariant`;
the report uses it as given. Where a variant or altered quotation arrives
without one, :func:`word_diff` makes it here with :mod:`difflib`, so a reader
always sees which words differ. :func:`sides` turns a diff into the two
columns a reader compares; :func:`printed_sides` does the same in the words
as the outlets print them (case and punctuation kept), aligned on the
normalised words the diff was made from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from newsfuse.compare.word_diff import word_diff as compare_word_diff
from newsfuse.compare.wording import Token, canonical_words
from newsfuse.model import DiffOp

__all__ = ["Piece", "printed_sides", "sides", "word_diff"]

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


def _window(tokens: Sequence[Token], words: Sequence[str]) -> int | None:
    """Where ``words`` stand as a run in ``tokens`` (the first place), or None."""
    texts = [t.text for t in tokens]
    n = len(words)
    for i in range(len(texts) - n + 1):
        if texts[i : i + n] == list(words):
            return i
    return None


class _Printed:
    """The printed text of one side, cut at its normalised words' boundaries."""

    def __init__(self, text: str, tokens: Sequence[Token], first: int, count: int) -> None:
        self.text = text
        self.tokens = tokens
        self.at = first
        self.cut = tokens[first].start if count else 0
        self.last = first + count

    def take(self, n: int) -> str:
        """The printed words of the next ``n`` normalised words, with the punctuation that follows them."""
        self.at += n
        if self.at >= self.last:
            end = self._after(self.tokens[self.last - 1].end)
        else:
            end = max(self.cut, self.tokens[self.at].start)
        piece, self.cut = self.text[self.cut : end].strip(), max(self.cut, end)
        return piece

    def _after(self, end: int) -> int:
        """``end`` moved past the punctuation right after it (not past a space)."""
        while end < len(self.text) and not self.text[end].isspace() and not self.text[end].isalnum():
            end += 1
        return end


def printed_sides(
    reference: str, printed: str, diff: Sequence[DiffOp] = ()
) -> tuple[tuple[Piece, ...], tuple[Piece, ...]] | None:
    """The two columns of ``diff`` in the words as printed in ``reference`` and ``printed``.

    ``diff`` runs over normalised words (:func:`newsfuse.compare.wording.canonical_words`);
    each side's words are found as a run in its printed text and cut there, so
    a column shows the outlet's own case and punctuation. Without ``diff`` the
    two texts are diffed here. None where a side's words are not in its text.
    """
    ref_tokens, this_tokens = canonical_words(reference), canonical_words(printed)
    if not diff:
        diff = compare_word_diff([t.text for t in ref_tokens], [t.text for t in this_tokens])
    a_words = [w for step in diff for w in step.a.split()]
    b_words = [w for step in diff for w in step.b.split()]
    a_at, b_at = _window(ref_tokens, a_words), _window(this_tokens, b_words)
    if a_at is None or b_at is None or not a_words or not b_words:
        return None
    left, right = (
        _Printed(reference, ref_tokens, a_at, len(a_words)),
        _Printed(printed, this_tokens, b_at, len(b_words)),
    )
    out_left: list[Piece] = []
    out_right: list[Piece] = []
    for step in diff:
        a_text, b_text = left.take(len(step.a.split())), right.take(len(step.b.split()))
        same = step.op == "equal"
        if a_text:
            out_left.append(("same" if same else "del", a_text))
        if b_text:
            out_right.append(("same" if same else "ins", b_text))
    return tuple(out_left), tuple(out_right)
