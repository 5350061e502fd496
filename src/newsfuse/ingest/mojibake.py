"""Repairing mis-encoded text (mojibake) once, at cleaning, with the offsets kept.

Text from the web is often UTF-8 that some step read as Windows-1252 or
Latin-1: an accented name comes out as ``JosÃ©``, curly quotation marks as
``â€œ`` and ``â€\\x9d``, a dash as ``â€”``. Such text breaks every later stage
(names stop matching the name pattern, quotation marks are not marks), so
cleaning undoes it before the body is fixed; every later span is into the
repaired body.

The repair is ftfy's, and only its encoding repair (:func:`ftfy.fix_encoding`:
re-encode, re-decode as UTF-8, with its fixes for bytes lost on the way), none
of its other normalisations (quotation marks, ligatures, width, HTML entities,
line breaks stay as written). Its last resort is also left out: reading
each lone C1 control character as the Windows-1252 character of that byte
where nothing decodes (it turns the remains of text mis-encoded twice into
other junk, ``ƒ`` for ``\x83``); a whole line of Windows-1252 read as
Latin-1 is still re-decoded, and C1 controls left over are dropped by
normalisation as before. One step is added before it:
:data:`_LOST_CLOSING_QUOTE`. Byte 0x9D has no Windows-1252 character, so
the closing double quotation mark (UTF-8 ``E2 80 9D``) is the sequence most
often left as ``â€`` with its last byte dropped or replaced by U+FFFD; ftfy
would otherwise read ``â€`` and the space after it as a dagger (``E2 80 A0``,
the space taken for a lost no-break space), a character news text all but
never holds. Where ``â€`` is followed by nothing that can continue it, the
lost byte is put back as 0x9D. Likewise text mis-encoded and then put
through compatibility normalisation (NFKC) has the accents ``´ ¯ ¨ ¸`` that
stand for continuation bytes (and ``ˆ ˜``) split into a space and a combining mark; after
a lead byte's character they are put back (:data:`_COMPAT_SPLIT`). ftfy decides for a whole string whether it
re-decodes; where one part of a line defeats that (a lost byte, text
mis-encoded twice beside text mis-encoded once), what is still bad
afterwards is repaired word by word.

Cost: correct text pays one search of a small expression (:data:`_SIGN`:
the traces any UTF-8 sequence read with the wrong codec leaves); only a text
holding them pays ftfy's badness test (:func:`looks_misencoded`, about four
times the cost of cleaning), and only a text that fails it is repaired, line
by line, and only the lines that fail it.

Offsets: a repaired line is aligned with its original by
:class:`difflib.SequenceMatcher`; unchanged characters keep their own
offsets, and a repaired character maps to the first character of the
sequence it replaces (``é`` to the ``Ã`` of ``Ã©``), as a normalised space
maps to the first character of a whitespace run; in a stretch of several
repaired characters each starts as many raw characters after the one before
as it has UTF-8 bytes, leaving one for each character after it
(:func:`_stretch`). ``Article.offsets`` thus still points into the text as
it was read. A repaired character also carries a tail, the rest of its
sequence (``Piece.tail``, ``OffsetMap.tails``), so a span ending on it covers
the whole sequence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

import ftfy
from ftfy.badness import is_bad

from newsfuse.ingest.normalise import NormalLine, Piece, normalise_line

__all__ = ["looks_misencoded", "repair_encoding", "repair_lines"]

_LOST_CLOSING_QUOTE = re.compile("\u00e2\u20ac(?:\ufffd|(?=[^\u0080-\u00bf\u0152-\u02dc\u2013-\u2122]|$))")
"""``â€`` not followed by a character that can stand for a UTF-8 continuation byte read as Windows-1252 or
Latin-1 (or followed by U+FFFD): the closing double quotation mark with its byte 0x9D lost."""
_SPACING = {
    "\u0301": "\u00b4",
    "\u0302": "\u02c6",
    "\u0303": "\u02dc",
    "\u0304": "\u00af",
    "\u0308": "\u00a8",
    "\u0327": "\u00b8",
}
"""The spacing accents of Latin-1 and Windows-1252 (´ ˆ ˜ ¯ ¨ ¸: bytes 0xB4, 0x88, 0x98, 0xAF, 0xA8, 0xB8)
by the combining mark that Unicode compatibility normalisation (NFKC, NFKD) writes after a space in their
place."""
_COMPAT_SPLIT = re.compile(f"([\u00c2-\u00f4]) ([{''.join(_SPACING)}])")
"""A lead byte's character, then a spacing accent that compatibility normalisation split into a space and a
combining mark (``Ã ̈`` for ``Ã¨``, which is ``è``): put back before the repair, or ftfy would take the space
for a lost no-break space (``Ã `` as ``à``)."""
_WORD = re.compile(r"\S+")


_SIGN = re.compile(
    "[\u0080-\u009f]|[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u00c2-\u00f4] [\u0301-\u0304\u0308\u0327]"
)
"""What every UTF-8 sequence read as Windows-1252 or Latin-1 leaves: a C1 control character (a byte 0x80–0x9F
read as Latin-1), or a lead byte (0xC2–0xF4: ``Â`` … ``ô``) followed by a continuation byte (0x80–0xBF) as either
codec writes it (``Ã©``, ``â€``), or split by compatibility normalisation (:data:`_COMPAT_SPLIT`). Correct
text rarely holds the pair; only text that does pays ftfy's test."""


_C1 = re.compile("[\u0080-\u009f]")
_LEAD = re.compile("[\u00c2-\u00f4]")


def looks_misencoded(text: str) -> bool:
    """Whether ``text`` shows signs of mojibake: the cheap :data:`_SIGN`, then ftfy's badness test.

    A one-class scan for either half of :data:`_SIGN` first: a class alone is scanned several times faster.
    """
    if _C1.search(text) is None and (_LEAD.search(text) is None or _SIGN.search(text) is None):
        return False
    return is_bad(text)


def repair_encoding(text: str) -> str:
    """``text`` with mis-encoded stretches decoded as the UTF-8 they were; correct text comes back unchanged."""
    if not looks_misencoded(text):
        return text
    fixed = _fix(_COMPAT_SPLIT.sub(_recomposed, _LOST_CLOSING_QUOTE.sub("\u00e2\u20ac\u009d", text)))
    if fixed != text and not looks_misencoded(fixed):
        return fixed
    return _WORD.sub(_repaired_word, fixed)  # some of it still bad: word by word


def _recomposed(match: re.Match[str]) -> str:
    return match.group(1) + _SPACING[match.group(2)]


def _fix(text: str) -> str:
    """ftfy's encoding repair, without its last resort of reading lone C1 controls as Windows-1252."""
    return ftfy.fix_encoding(text, fix_c1_controls=False)


def _repaired_word(match: re.Match[str]) -> str:
    word = match.group()
    return _fix(word) if looks_misencoded(word) else word


def repair_lines(text: str, lines: list[NormalLine]) -> list[NormalLine]:
    """``lines`` (normalised lines of ``text``) with each mis-encoded line repaired and re-mapped to ``text``.

    The repair reads the raw line (``text[line.start:line.end]``), since
    normalisation drops the control characters (U+0080–U+009F) that Latin-1
    mojibake is made of; a line whose repair leaves nothing is kept as it was.
    """
    out: list[NormalLine] = []
    for line in lines:
        raw = text[line.start : line.end]
        fixed = repair_encoding(raw)  # unchanged when the line shows no mojibake
        if fixed == raw:
            out.append(line)
            continue
        repaired = _remapped(normalise_line(fixed, 0), _alignment(raw, fixed), line)
        out.append(repaired if repaired.text else line)
    return out


def _alignment(raw: str, fixed: str) -> tuple[list[int], list[int]]:
    """For each character of ``fixed``: the offset in ``raw`` of the character it stands for, and its tail.

    A character's tail is how many more raw characters it stands for: 0 where the text was correct, the rest of
    its mis-encoded sequence where it was repaired (so a span ending on it covers the whole sequence).
    """
    where: list[int] = []
    tails: list[int] = []
    last = max(len(raw) - 1, 0)
    for tag, i1, i2, j1, j2 in _opcodes(raw, fixed):
        if tag == "equal":
            where.extend(range(i1, i2))
            tails.extend([0] * (i2 - i1))
        elif j2 > j1:  # a repaired stretch: each new character at the start of what it replaces, in order
            starts = _stretch(fixed[j1:j2], i1, max(i2 - 1, i1), last)
            where.extend(starts)
            ends = [*starts[1:], max(i2, starts[-1] + 1)]
            tails.extend(max(0, end - begin - 1) for begin, end in zip(starts, ends, strict=True))
    return where, tails


def _opcodes(raw: str, fixed: str) -> Sequence[tuple[str, int, int, int, int]]:
    """How ``fixed`` lines up with ``raw`` (:class:`difflib.SequenceMatcher` opcodes), read from the start or, where
    that leaves fewer repaired characters standing for no raw character, from the end.

    A repaired character always replaces at least one raw one, but a character that occurs both in a repaired
    stretch and just after it can be matched to the wrong one: "Â\x80Â" repaired to "€Â" matches its first "Â"
    from the start, leaving "€" inserted before it from nothing and the last "Â" unmatched; read from the end,
    "Â" is the last and "€" replaces "Â\x80".
    """
    forward = SequenceMatcher(None, raw, fixed, autojunk=False).get_opcodes()
    inserted = sum(1 for op in forward if op[0] == "insert")
    if not inserted:
        return forward
    n, m = len(raw), len(fixed)
    backward = [
        (tag, n - i2, n - i1, m - j2, m - j1)
        for tag, i1, i2, j1, j2 in reversed(SequenceMatcher(None, raw[::-1], fixed[::-1], autojunk=False).get_opcodes())
    ]
    return backward if sum(1 for op in backward if op[0] == "insert") < inserted else forward


def _stretch(repaired: str, first: int, final: int, last: int) -> list[int]:
    """Where each character of a repaired stretch starts in the raw stretch ``[first, final]``.

    A character repaired from UTF-8 read byte by byte stood for as many raw characters as it has UTF-8 bytes
    ("é" for the two of "Ã©"), so each starts that far after the one before, as long as every character after
    it keeps at least one raw character: a Windows-1252 character read as a C1 control stands for one, and a
    byte lost on the way (the 0x9D of "”") shortens the stretch's last sequences.
    """
    starts: list[int] = []
    at = first
    for k, char in enumerate(repaired):
        starts.append(min(at, final, last))
        after = len(repaired) - 1 - k
        at += max(1, min(len(char.encode("utf-8")), final - at + 1 - after))
    return starts


def _remapped(line: NormalLine, aligned: tuple[list[int], list[int]], original: NormalLine) -> NormalLine:
    """``line`` (normalised from the repaired text) with its pieces pointing where ``original``'s raw line lies."""
    where, tails = aligned
    start = original.start
    pieces: list[Piece] = []
    for piece in line.pieces:
        for k in range(piece.length):
            source = start + where[piece.source + k]
            tail = tails[piece.source + k]
            last = pieces[-1] if pieces else None
            if (
                last
                and not last.tail
                and last.start + last.length == piece.start + k
                and last.source + last.length == source
            ):
                pieces[-1] = Piece(last.start, last.source, last.length + 1, tail)
            else:
                pieces.append(Piece(piece.start + k, source, 1, tail))
    return NormalLine(text=line.text, start=start, end=original.end, pieces=tuple(pieces))
