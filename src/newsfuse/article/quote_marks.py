"""Finding the passages an article puts between quotation marks.

Why a module of its own: quotation marks are the one hard signal of a direct
quotation, and reading them right is most of the job. Newsrooms mix curly and
straight marks, double and single ones, use ``’`` as both apostrophe and
closing mark, nest single marks inside double ones, and run a quotation over
several paragraphs by opening each paragraph with a mark and closing only the
last. This module reads all of that into :class:`QuotedPassage` values: the
spans *inside* the marks, one per paragraph, so that later stages never
re-search the text.

Rules, in the order they apply:

* A mark's role comes from its glyph where the glyph says it (``“`` opens,
  ``”`` closes) and from its neighbours where it does not (``"`` and ``'``):
  a mark with a space (or start, bracket, dash) before it and a non-space
  after it opens; a mark after a non-space, followed by a space or punctuation,
  closes.
* Two apostrophes written as one mark (``''…''``, a typewriter convention
  some outlets keep) are a double mark, opening or closing by the same
  neighbour rule; the apostrophes of such a pair never pair as single marks,
  and single marks nested inside them stay part of the quotation.
* Double marks pair first, paragraph by paragraph. A paragraph that ends
  inside a double-marked passage continues it when the next paragraph opens
  with a mark; otherwise the passage ends with its paragraph.
* Single marks inside a double-marked passage are nested quotations and stay
  part of it. Outside, single marks pair only when both ends are found (a
  ``’`` between letters is always an apostrophe).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from newsfuse.article.sentences import paragraph_spans, prose_paragraphs
from newsfuse.model import Span

__all__ = ["QuotedPassage", "closed_without_opening", "find_quoted_passages", "mask_passages", "paragraph_bounds"]

_DOUBLE_OPEN = "“„«‟"
_DOUBLE_CLOSE = "”»"
_DOUBLE_EITHER = '"'
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
_SINGLE_EITHER = "'"
_OPEN_CONTEXT = "([{—–-/…:;," + _DOUBLE_OPEN + _SINGLE_OPEN + _DOUBLE_EITHER + _SINGLE_EITHER
_TWO_APOSTROPHES = "''"
"""Two apostrophes standing for one double mark; in a run of three the last two are the mark
(``'no'''``: a nested single quotation closed with its outer one)."""
_DOUBLE_CLOSE_RE = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_EITHER) + "]")
MASK = "#"
"""The character :func:`mask_passages` writes over quoted words."""


class QuotedPassage(NamedTuple):
    """One quotation by its marks: inner spans (one per paragraph) and outer spans."""

    segments: tuple[Span, ...]
    """The words inside the marks, one span per paragraph."""
    outer: tuple[Span, ...]
    """The same segments with their marks (where the mark exists)."""
    single: bool
    """Delimited by single marks (‘…’ or '…')."""
    closed: bool
    """Whether a closing mark ended it (False: it ran to the end of its paragraph)."""

    def words(self, body: str) -> str:
        """The words inside the marks, its paragraphs' segments joined by a space."""
        return " ".join(body[s.start : s.end] for s in self.segments)


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``body`` that has a letter or digit: where marks pair.

    The body's paragraphs (:func:`~newsfuse.article.sentences.paragraph_spans`)
    less the lines of punctuation only (some feeds separate paragraphs with
    ``.``): a quotation continues across them.
    """
    return prose_paragraphs(body, paragraph_spans(body))


def _mark_width(body: str, i: int, kind: str) -> int:
    """How many characters the mark at ``i`` takes: 2 for two apostrophes read as a double mark."""
    return 2 if kind == "double" and body.startswith(_TWO_APOSTROPHES, i) else 1


def _neighbours(body: str, i: int, start: int, end: int, width: int = 1) -> tuple[bool, bool]:
    """``(can_open, can_close)`` for the mark at ``i`` (``width`` characters) from the characters around it."""
    before = body[i - 1] if i > start else " "
    after = body[i + width] if i + width < end else " "
    can_open = not after.isspace() and (before.isspace() or before in _OPEN_CONTEXT)
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    return can_open, can_close


def _trimmed(body: str, start: int, end: int) -> Span:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _first_mark(body: str, start: int, end: int, kind: str) -> int | None:
    """Offset of the paragraph's first character if it is an opening mark of ``kind``."""
    i = start
    while i < end and body[i].isspace():
        i += 1
    found = _MARK_RE[kind].match(body, i, end) if i < end else None
    if found is not None:
        can_open, _ = _neighbours(body, i, start, end, found.end() - i)
        if can_open:
            return i
    return None


def _double_role(body: str, i: int, start: int, end: int, pending: bool) -> str | None:
    ch = body[i]
    can_open, can_close = _neighbours(body, i, start, end, _mark_width(body, i, "double"))
    if ch in _DOUBLE_OPEN:
        if can_open or not can_close:
            return "open"
        return "close" if pending else None
    if ch in _DOUBLE_CLOSE:
        if can_close or not can_open:
            return "close" if pending else None
        return "open" if not pending else "close"
    if can_open and not can_close:
        return "open" if not pending else "close"
    if can_close and not can_open:
        return "close" if pending else None
    return "close" if pending else "open"


def _single_role(body: str, i: int, start: int, end: int, pending: bool) -> str | None:
    ch = body[i]
    before = body[i - 1] if i > start else " "
    after = body[i + 1] if i + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, Sinn’s
    if ch == "'" and "'" in (before, after):
        return None  # one of two apostrophes written as a double mark
    can_open, can_close = _neighbours(body, i, start, end)
    if ch in _SINGLE_OPEN or ch in _SINGLE_EITHER:
        if can_open and not before.isalnum():
            if pending and can_close:
                return "close"
            return "open"
        if ch in _SINGLE_EITHER and can_close and pending:
            return "close"
        return None
    # ’ ›
    if can_close and pending:
        return "close"
    return None


_MARKS = {
    "double": _DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_EITHER,
    "single": _SINGLE_OPEN + _SINGLE_CLOSE + _SINGLE_EITHER,
}
_MARK_RE = {
    "double": re.compile(re.escape(_TWO_APOSTROPHES) + "(?!')|[" + re.escape(_MARKS["double"]) + "]"),
    "single": re.compile("[" + re.escape(_MARKS["single"]) + "]"),
}


class _Pairing:
    """Marks of one kind ("double" or "single") paired over the paragraphs: the passages found, and the
    segments of the one still open (a quotation that runs over paragraphs)."""

    def __init__(self, body: str, kind: str, skip: list[Span]) -> None:
        self.body = body
        self.kind = kind
        self.role_of = _double_role if kind == "double" else _single_role
        self.skip = skip
        self.skip_i = 0
        self.passages: list[QuotedPassage] = []
        self.segments: list[Span] = []
        self.outer: list[Span] = []

    def skipped(self, i: int) -> bool:
        """Whether the mark at ``i`` lies in a span to skip (offsets come in text order)."""
        skip = self.skip
        while self.skip_i < len(skip) and skip[self.skip_i].end <= i:
            self.skip_i += 1
        return self.skip_i < len(skip) and skip[self.skip_i].start <= i

    def end_passage(self, closed: bool) -> None:
        if closed or (self.segments and self.kind == "double"):
            self.passages.append(QuotedPassage(tuple(self.segments), tuple(self.outer), self.kind == "single", closed))
        self.segments.clear()
        self.outer.clear()

    def paragraph(self, start: int, end: int, open_at: int | None) -> int | None:
        """Pair the marks of one paragraph (``open_at``: the mark that reopens a passage continued from the
        previous one); the offset of the mark still open at its end."""
        body = self.body
        resume = start if open_at is None else open_at + _mark_width(body, open_at, self.kind)
        for found in _MARK_RE[self.kind].finditer(body, resume, end):
            i = found.start()
            if self.skipped(i):
                continue
            role = self.role_of(body, i, start, end, open_at is not None)
            if role == "open" and open_at is None:
                open_at = i
            elif role == "close" and open_at is not None:
                inner = _trimmed(body, open_at + _mark_width(body, open_at, self.kind), i)
                if inner.end > inner.start:
                    self.segments.append(inner)
                    self.outer.append(Span(open_at, found.end()))
                    self.end_passage(closed=True)
                else:
                    self.segments.clear()
                    self.outer.clear()
                open_at = None
        return open_at

    def left_open(self, open_at: int, end: int, following: tuple[int, int] | None) -> None:
        """A paragraph ended inside a passage: it runs on when the next paragraph opens with a mark, else ends."""
        inner = _trimmed(self.body, open_at + _mark_width(self.body, open_at, self.kind), end)
        if inner.end > inner.start:
            self.segments.append(inner)
            self.outer.append(Span(open_at, inner.end))
        if following and self.segments and _first_mark(self.body, following[0], following[1], self.kind) is not None:
            return  # the quotation runs on into the next paragraph
        self.end_passage(closed=False)


def _pair(body: str, bounds: list[tuple[int, int]], kind: str, skip: list[Span]) -> list[QuotedPassage]:
    """Pair marks of one kind ("double" or "single") paragraph by paragraph."""
    pairing = _Pairing(body, kind, skip)
    for p, (start, end) in enumerate(bounds):
        open_at: int | None = None
        if pairing.segments:  # a passage continued from the previous paragraph
            open_at = _first_mark(body, start, end, kind)
            if open_at is None:  # pragma: no cover - guarded when the previous paragraph ended
                pairing.segments.clear()
                pairing.outer.clear()
        open_at = pairing.paragraph(start, end, open_at)
        if open_at is not None:
            pairing.left_open(open_at, end, bounds[p + 1] if p + 1 < len(bounds) else None)
    return pairing.passages


def find_quoted_passages(body: str, bounds: list[tuple[int, int]] | None = None) -> list[QuotedPassage]:
    """Every passage of ``body`` between quotation marks, in text order.

    A passage nested inside another (single marks inside double ones, or
    double inside single in the British style) is not returned on its own:
    it is part of the outer quotation. ``bounds`` are the body's
    :func:`paragraph_bounds` where already known (the text layer's).
    """
    bounds = paragraph_bounds(body) if bounds is None else bounds
    doubles = _pair(body, bounds, "double", [])
    covered = sorted((s for q in doubles for s in q.outer), key=lambda s: s.start)
    singles = _pair(body, bounds, "single", covered)
    singles = [q for q in singles if any(body[s.start : s.end].strip(" .,;:!?-–—") for s in q.segments)]
    kept: list[QuotedPassage] = []
    for passage in sorted(doubles + singles, key=lambda q: (q.outer[0].start, -q.outer[-1].end)):
        if kept and passage.outer[0].start < kept[-1].outer[-1].end:
            continue  # nested in (or crossing) the passage before: ‘He said “no” to me,’ is one quotation
        kept.append(passage)
    return kept


def closed_without_opening(body: str, passages: list[QuotedPassage], bounds: list[tuple[int, int]]) -> list[Span]:
    """The text of each paragraph that closes a double quotation it never opened (``… chairman.”``).

    Some newsrooms close a quotation that ran over several paragraphs
    without reopening it on the next one. The extractor reads no speaker's
    words there (the quotation it found ended with its paragraph), but the
    words are quoted: the story stages that tell quoted text from prose read
    these spans too.
    """
    starts = sorted(span.start for passage in passages for span in passage.outer)
    spans: list[Span] = []
    for start, end in bounds:
        close = _DOUBLE_CLOSE_RE.search(body, start, end)
        if close is None or close.group() not in _DOUBLE_CLOSE:
            continue
        i = close.start()
        k = bisect.bisect_left(starts, start)
        if k < len(starts) and starts[k] < i:
            continue  # the paragraph opened a quotation before the mark
        spans.append(_trimmed(body, start, i))
    return [span for span in spans if span.end > span.start]


def mask_passages(body: str, passages: list[QuotedPassage]) -> str:
    """``body`` with the words inside every passage replaced by :data:`MASK`.

    Offsets are kept, so patterns over the masked text (cue verbs, names)
    give spans into the body and never match words inside a quotation.
    """
    chars = list(body)
    for passage in passages:
        for span in passage.segments:
            lines = body[span.start : span.end].split("\n")  # every character but a line break masked
            chars[span.start : span.end] = "\n".join(MASK * len(line) for line in lines)
    return "".join(chars)
