"""Whitespace normalisation that remembers where every character came from.

Text copied from the web is full of no-break spaces, doubled spaces, tabs and
zero-width characters. Cleaning turns every run of whitespace into one space,
drops zero-width characters and trims each line, but it must never lose track
of the original: a quotation found in the cleaned body has to be shown in the
file it was read from.

The work is done per line with one regular-expression scan that finds the
*runs* of the line that survive unchanged (text whose only whitespace is
single plain spaces). A typical paragraph is one run, so mapping it costs one
match, not one Python step per character; the runs become the aligned pieces
of :class:`~newsfuse.model.OffsetMap`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "BIDI_CONTROLS",
    "CONTROLS",
    "WHITESPACE",
    "ZERO_WIDTH",
    "NormalLine",
    "Piece",
    "drop_controls",
    "normalise_line",
    "split_lines",
]

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""Characters dropped outright: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen."""

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidirectional embeddings, overrides and isolates (LRE … RLO, LRI … PDI), dropped with :data:`CONTROLS`.

Right-to-left text needs none of them (the Unicode bidirectional algorithm
orders it; the marks LRM/RLM stay); an override left open in a headline or an
outlet name would reverse what a report prints after it ("Trojan Source").
"""
CONTROLS = (
    "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)])
    + BIDI_CONTROLS
)
"""Control characters that are not whitespace (C0, DEL, C1 but NEL, bidirectional controls), dropped outright.

No article holds them on purpose; an escape sequence among them (ESC ``[2J``)
would reach a terminal that shows the text, so ESC goes and ``[2J`` stays as
the harmless letters it is.
"""
_DROPPED = ZERO_WIDTH + CONTROLS
_CONTROL = re.compile(f"[{re.escape(CONTROLS)}]")

WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character :meth:`str.isspace` accepts, spelt out: explicit character classes are fast to scan."""

_RUN = re.compile(f"[^{WHITESPACE}{re.escape(_DROPPED)}]+(?: [^{WHITESPACE}{re.escape(_DROPPED)}]+)*")
"""Text that stays as it is: non-space characters joined by single plain spaces."""
_SPACE_IN_GAP = re.compile(r"\s")
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""What :meth:`str.splitlines` splits on."""
_DIRT = ("  ", *(ch for ch in WHITESPACE + ZERO_WIDTH if ch not in " \n\r"))
"""What normalisation removes inside a line: double spaces, whitespace other than a space, zero-width characters.

Each is looked for with one substring search; control characters are found by one scan (``_CONTROL``).
"""


def drop_controls(text: str) -> str:
    """``text`` without its control characters (:data:`CONTROLS`): for metadata fields, which have no offsets."""
    return _CONTROL.sub("", text)


class Piece(NamedTuple):
    """A stretch of a normalised line equal to the original at ``source`` (whitespace aside).

    ``start`` is its offset in the normalised line, ``length`` its length.
    A piece that is a single space may stand for a no-break space, a tab or a
    longer whitespace run in the original (it then maps to that run's first
    character). ``tail`` is how many original characters its LAST character
    stands for beyond its own: a character repaired from a mis-encoded
    sequence ("é" for "Ã©", tail 1) covers the whole sequence when a span ends
    on it; whitespace runs keep tail 0 (a span ending on a space does not take
    the spaces dropped after it).
    """

    start: int
    source: int
    length: int
    tail: int = 0


@dataclass(slots=True)
class NormalLine:
    """One line of the original: its normalised text and how it maps back.

    ``start``/``end`` are the raw line's offsets in the original (without its
    line break); ``pieces`` cover every character of ``text`` in order.
    """

    text: str
    start: int
    end: int
    pieces: tuple[Piece, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets covering normalised characters ``[start, end)``."""
        if end <= start or not self.pieces:
            return (self.start, self.start)
        first = self.source_of(start)
        last = self.source_of(end - 1)
        return (first, last + 1 + self._tail_at(end - 1))

    def _tail_at(self, offset: int) -> int:
        """The ``tail`` of the piece whose last character is ``offset`` (0 for any other character)."""
        for piece in self.pieces:
            if piece.start + piece.length - 1 == offset:
                return piece.tail
        return 0

    def source_of(self, offset: int) -> int:
        """The original offset of normalised character ``offset``."""
        for piece in self.pieces:
            if piece.start <= offset < piece.start + piece.length:
                return piece.source + offset - piece.start
        last = self.pieces[-1]
        return last.source + last.length

    def pieces_from(self, cut: int) -> list[Piece]:
        """The pieces of ``text[cut:]``, offsets in the normalised line unchanged."""
        if cut <= 0:
            return list(self.pieces)
        kept: list[Piece] = []
        for piece in self.pieces:
            end = piece.start + piece.length
            if end <= cut:
                continue
            if piece.start < cut:
                skip = cut - piece.start
                kept.append(Piece(cut, piece.source + skip, piece.length - skip, piece.tail))
            else:
                kept.append(piece)
        return kept


def normalise_line(raw: str, start: int) -> NormalLine:
    """Normalise one raw line (no line break in it) that begins at ``start`` in the original.

    Whitespace runs become one space (mapped to the run's first whitespace
    character), zero-width characters go, leading and trailing whitespace is
    trimmed. Quotation marks, dashes and words are never touched.
    """
    if _is_plain_line(raw, _dirt_in(raw)):  # nothing to normalise
        return NormalLine(text=raw, start=start, end=start + len(raw), pieces=(Piece(0, start, len(raw)),))
    parts: list[str] = []
    pieces: list[Piece] = []
    pos = 0
    prev_end = -1
    for match in _RUN.finditer(raw):
        if prev_end >= 0:
            gap = _SPACE_IN_GAP.search(raw, prev_end, match.start())
            if gap is not None:
                pieces.append(Piece(pos, start + gap.start(), 1))
                parts.append(" ")
                pos += 1
        run = match.group()
        pieces.append(Piece(pos, start + match.start(), len(run)))
        parts.append(run)
        pos += len(run)
        prev_end = match.end()
    return NormalLine(text="".join(parts), start=start, end=start + len(raw), pieces=_merge(pieces))


def _merge(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Join pieces that are contiguous in both the normalised line and the original."""
    if len(pieces) < 2:
        return tuple(pieces)
    merged = [pieces[0]]
    for piece in pieces[1:]:
        last = merged[-1]
        if not last.tail and last.source + last.length == piece.source and last.start + last.length == piece.start:
            merged[-1] = Piece(last.start, last.source, last.length + piece.length, piece.tail)
        else:
            merged.append(piece)
    return tuple(merged)


def _dirt_in(text: str) -> tuple[str, ...]:
    """The things needing normalisation that occur in ``text``: odd characters, double spaces.

    One substring search per kind of dirt: CPython's string search skips
    through text far faster than a regular expression scans it, and most
    texts have none at all.
    """
    found = tuple(dirt for dirt in _DIRT if dirt in text)
    if _CONTROL.search(text) is None:
        return found
    return found + tuple(sorted(set(_CONTROL.findall(text))))


def _is_plain_line(line: str, dirt: tuple[str, ...]) -> bool:
    """True when the line (no line break in it) needs no normalisation, given the text's ``dirt``."""
    return line[:1] != " " and line[-1:] != " " and not any(d in line for d in dirt)


def split_lines(text: str, *, skip_blank: bool = False) -> list[NormalLine]:
    """Every line of ``text`` (broken where :meth:`str.splitlines` breaks), normalised and mapped.

    With ``skip_blank``, lines with nothing left after normalisation are left
    out. Lines with nothing to normalise (most lines of most texts) become one
    piece each without a character-level scan.
    """
    dirt = _dirt_in(text)
    lines: list[NormalLine] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip(_LINE_BREAKS)
        if body:
            if _is_plain_line(body, dirt):
                lines.append(NormalLine(body, pos, pos + len(body), (Piece(0, pos, len(body)),)))
            else:
                line = normalise_line(body, pos)
                if line.text or not skip_blank:
                    lines.append(line)
        elif not skip_blank:
            lines.append(NormalLine("", pos, pos, ()))
        pos += len(raw)
    return lines
