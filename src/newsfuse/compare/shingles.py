"""Normalised word runs: the unit text reuse is measured in.

Two outlets printing the same agency paragraph rarely print it byte for
byte: one has curly quotation marks, the other straight ones; one writes
``next-door``, the other ``next door``; capitals change in headlines. So
reuse is found on *words*, not characters: a word is a run of letters and
digits (an inner apostrophe keeps ``don't`` one word), lower-cased, with
typographic apostrophes made straight. Punctuation and quotation marks
are not words at all, so they can never break a shared run.

Each word keeps its character span in the body, so a run found on words
is reported as a span of the original text.

:func:`common_runs` finds the maximal runs of words two articles share,
seeded by ``k``-word shingles (the standard way to find copied text fast:
one dictionary lookup per word, then a linear extension of each hit).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import msgspec

from newsfuse.model import Span

__all__ = ["WORD", "Run", "RunIndex", "Words", "common_runs", "shingle_index", "words_of"]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word: letters and digits, an inner apostrophe kept (also what :mod:`newsfuse.compare.support` reads)."""
_WORD_SPLIT = re.compile(f"({WORD.pattern})")


class Words(msgspec.Struct, frozen=True):
    """The normalised words of a text, with each word's character span."""

    norm: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.norm)

    def span(self, first: int, last: int) -> Span:
        """Characters from word ``first`` to word ``last`` (both included)."""
        return Span(self.starts[first], self.ends[last])


@lru_cache(maxsize=256)
def words_of(text: str) -> Words:
    """Words of ``text``: lower-cased, typographic apostrophes straightened, punctuation dropped.

    Memoised: the reuse and summary stages both read every body of a story.

    Per process: at most 256 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work.
    """
    # Split on the words (kept by the group): gap, word, gap, ..., word, gap. The running sum of the pieces'
    # lengths gives each word's start and end without a match object per word.
    pieces = _WORD_SPLIT.split(text)
    if len(pieces) == 1:
        return Words((), (), ())
    bounds = list(itertools.accumulate(map(len, pieces)))
    # words hold no spaces, so joining, lower-casing and splitting keeps one entry per word
    norm = tuple(" ".join(pieces[1::2]).lower().replace("’", "'").split(" "))
    return Words(norm, tuple(bounds[0:-1:2]), tuple(bounds[1::2]))


class Run(msgspec.Struct, frozen=True, array_like=True):
    """``length`` words shared, starting at word ``a`` of one text and word ``b`` of the other."""

    a: int
    b: int
    length: int


def shingle_index(words: Words, k: int) -> dict[tuple[str, ...], list[int]]:
    """Every ``k``-word shingle of ``words`` and the word positions where it starts (the shingles made by ``zip`` of
    the words and their shifts, a fifth faster than a slice per position)."""
    index: dict[tuple[str, ...], list[int]] = {}
    norm = words.norm
    for i, shingle in enumerate(zip(*(norm[j:] for j in range(k)), strict=False)):
        index.setdefault(shingle, []).append(i)
    return index


def _extend(a: Sequence[str], b: Sequence[str], i: int, j: int, length: int) -> int:
    """How far the match of ``a[i:]`` and ``b[j:]``, known for ``length`` words, runs on.

    Compares growing then shrinking slices (galloping), so a long copied
    passage costs a few slice comparisons, not one step per word.
    """
    step = 16
    while step:
        more_a = a[i + length : i + length + step]
        if more_a and more_a == b[j + length : j + length + step]:
            length += len(more_a)
            if len(more_a) < step:
                break  # both texts end here
            step *= 2
        else:
            step //= 2
    return length


def common_runs(
    a: Sequence[str],
    b: Sequence[str],
    b_index: dict[tuple[str, ...], list[int]],
    k: int,
    a_index: dict[tuple[str, ...], list[int]] | None = None,
) -> list[Run]:
    """Maximal runs of at least ``k`` words that ``a`` and ``b`` share, left to right in ``a``.

    ``b_index`` is :func:`shingle_index` of ``b`` with the same ``k``. Where a
    shingle of ``a`` occurs several times in ``b``, the longest extension wins
    (the earliest on ties), so the result does not depend on dictionary order.
    With ``a_index`` (the same of ``a``), only the words of ``a`` where a
    shingle both share starts are visited, not every word of ``a``: the same
    runs, for two articles that share little at the cost of what they share.
    """
    runs: list[Run] = []
    i = 0
    if a_index is None:
        starts: Iterable[int] = range(len(a) - k + 1)
    else:
        starts = sorted(p for shingle in a_index.keys() & b_index.keys() for p in a_index[shingle])
    for start in starts:
        if start < i:
            continue  # inside the run just found
        hits = b_index.get(tuple(a[start : start + k]))
        if not hits:
            continue
        best_j, best_len = -1, 0
        for j in hits:
            length = _extend(a, b, start, j, k)
            if length > best_len:
                best_j, best_len = j, length
        runs.append(Run(start, best_j, best_len))
        i = start + best_len
    return runs


class RunIndex:
    """Which of some texts of words joined by spaces hold a run of words, each text searched for the run (``needle
    in text``) only where it holds every word of it.

    The test first is exact, not a guess: a run found in a text is bounded by
    whitespace, so each of its whitespace-separated pieces is one of the
    text's (``str.split``). A story's stages ask whether each quotation or
    sentence is printed by each other article; most runs are held by few
    articles, so most searches of whole bodies are never made. Each text's
    set of pieces is made when first asked.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self._pieces: list[set[str]] | None = None

    def holders(self, needle: str, skip: int = -1) -> list[int]:
        """The texts that hold ``needle`` (``needle in text``), ascending, text ``skip`` left out (not searched)."""
        if self._pieces is None:
            self._pieces = [set(text.split()) for text in self.texts]
        wanted = set(needle.split())
        return [
            n
            for n, (text, pieces) in enumerate(zip(self.texts, self._pieces, strict=True))
            if n != skip and wanted <= pieces and needle in text
        ]
