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

Offsets: a repaired line is aligned with its original by the cheapest
monotone alignment in which each repaired character spells one of the ways
its UTF-8 bytes are misread (:func:`_explained`: ``é`` as ``Ã©``, ``”`` as
``â€`` with its last byte lost); unchanged characters keep their own
offsets, and a repaired character maps to the first character of the
sequence it stands for, as a normalised space maps to the first character
of a whitespace run. Offsets never decrease, and between two characters'
offsets lies what the first was repaired from. ``Article.offsets`` thus
still points into the text as it was read. A repaired character also
carries a tail, the rest of its sequence (``Piece.tail``,
``OffsetMap.tails``), so a span ending on it covers the whole sequence.
"""

from __future__ import annotations

import functools
import itertools
import re

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
    its mis-encoded sequence where it was repaired (so a span ending on it covers the whole sequence). Offsets
    never decrease, and each character of ``fixed`` spells what it stands for (:func:`_explained`); past
    :data:`ALIGNMENT_BUDGET` the cheaper :func:`_stepped` stands in.
    """
    steps = _explained(raw, fixed) or _stepped(raw, fixed)
    last = max(len(raw) - 1, 0)
    where = [min(start, last) for start, _ in steps]
    tails = [max(0, length - 1) for _, length in steps]
    return where, tails


_GUESSED = 1
"""Cost of a repaired character standing for one to :data:`_LONGEST` raw characters none of its readings spells."""
_DROPPED = 2
"""Cost of a raw character that no character of the repaired text stands for."""
_INVENTED = 3
"""Cost of a repaired character standing for no raw character at all."""
_LONGEST = 4
"""The most raw characters a guessed character stands for (a UTF-8 sequence has at most four bytes)."""
ALIGNMENT_BUDGET = 12
"""States :func:`_explained` may expand per character of the two texts before it gives up."""


def _explained(raw: str, fixed: str) -> list[tuple[int, int]] | None:
    """For each character of ``fixed``, where in ``raw`` it starts and how many raw characters it stands for.

    The cheapest monotone alignment: a character of ``fixed`` costs nothing where the raw text at that point
    spells it or one of its misreadings (:func:`_readings`: "é" as "Ã©", "”" as "â€" with its last byte lost);
    what they do not explain costs :data:`_DROPPED`, :data:`_GUESSED` or :data:`_INVENTED` (ftfy's repairs of
    bytes lost on the way). A cheapest-first search over (raw offset, fixed offset): None where it expands more
    than :data:`ALIGNMENT_BUDGET` states per character. "â\\x82¬ â\\x82¬" repaired to "€ €" thus maps to 0 and
    4, each "€" to its own sequence, where a longest-match diff would pair characters across them.
    """
    n, m = len(raw), len(fixed)
    width = m + 1
    goal = n * width + m
    best = {0: 0}
    back: dict[int, int] = {}
    buckets: list[list[int]] = [[0]]
    budget = ALIGNMENT_BUDGET * (n + m + 1)
    for cost, bucket in enumerate(buckets):  # buckets grows while it is read: a cheapest-first queue
        while bucket:
            state = bucket.pop()
            if best[state] < cost:
                continue  # reached more cheaply since it was queued
            if state == goal:
                return _steps(back, goal, width)
            budget -= 1
            if budget < 0:
                return None
            i, j = divmod(state, width)
            for step, di, dj in _moves(raw, fixed, i, j):
                key = state + di * width + dj
                total = cost + step
                if total < best.get(key, total + 1):
                    best[key] = total
                    back[key] = state
                    buckets.extend([] for _ in range(total + 1 - len(buckets)))
                    buckets[total].append(key)
    return None


def _moves(raw: str, fixed: str, i: int, j: int) -> list[tuple[int, int, int]]:
    """The steps out of raw offset ``i``, fixed offset ``j``: (cost, raw characters taken, fixed characters taken)."""
    moves: list[tuple[int, int, int]] = []
    left = len(raw) - i
    if i < len(raw):
        moves.append((_DROPPED, 1, 0))
    if j == len(fixed):
        return moves
    moves.append((_INVENTED, 0, 1))
    moves.extend((_GUESSED, k, 1) for k in range(1, min(_LONGEST, left) + 1))
    if left:
        char = fixed[j]
        if raw[i] == char:
            moves.append((0, 1, 1))
        moves.extend((0, len(form), 1) for form in _readings(char).get(raw[i], ()) if raw.startswith(form, i))
    return moves  # the free moves last: the search takes them first


def _steps(back: dict[int, int], goal: int, width: int) -> list[tuple[int, int]]:
    steps: list[tuple[int, int]] = []
    state = goal
    while state:
        before = back[state]
        if state % width != before % width:  # a step that took a character of the repaired text
            start = before // width
            steps.append((start, state // width - start))
        state = before
    steps.reverse()
    return steps


def _stepped(raw: str, fixed: str) -> list[tuple[int, int]]:
    """A cheap monotone alignment: each repaired character takes its longest reading where the raw text spells
    one, else one raw character (the raw characters left at the end are dropped)."""
    steps: list[tuple[int, int]] = []
    i = 0
    for char in fixed:
        spelled = [len(f) for f in _readings(char).get(raw[i], ()) if raw.startswith(f, i)] if i < len(raw) else []
        length = max(spelled, default=1 if i < len(raw) else 0)
        steps.append((i, length))
        i += length
    return steps


@functools.lru_cache(maxsize=4096)
def _readings(char: str) -> dict[str, tuple[str, ...]]:
    """What ``char`` can look like in the raw text, longest first, by first character: its UTF-8 bytes read as
    Windows-1252 or Latin-1 (byte by byte, so either codec for each), once or twice over, or its Windows-1252 byte
    read as Latin-1 ("\x93" for "“").

    A byte read once may also be as the repair finds it after a further loss: 0xA0 as a space, or lost as the last
    byte ("Ã" before a space for "à"), a spacing accent split by compatibility normalisation (:data:`_COMPAT_SPLIT`),
    the last byte of a longer sequence lost or replaced (:data:`_LOST_CLOSING_QUOTE`).
    """
    data = char.encode("utf-8", errors="surrogatepass")
    if len(data) == 1 or "\ud800" <= char <= "\udfff":  # ASCII, or a lone surrogate (no UTF-8 to misread)
        return {}
    last = len(data) - 1
    once = {"".join(p) for p in itertools.product(*(_byte_readings(b, k == last, last) for k, b in enumerate(data)))}
    plain = {"".join(p) for p in itertools.product(*({_LATIN_1[b], _WINDOWS_1252[b]} for b in data))}
    if len(encoded := char.encode("cp1252", errors="ignore")) == 1:
        plain.add(_LATIN_1[encoded[0]])
    twice = {"".join(table[b] for b in form.encode("utf-8")) for form in plain for table in (_LATIN_1, _WINDOWS_1252)}
    forms = once | plain | twice
    forms -= {"", char}
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        by_first.setdefault(form[0], []).append(form)
    return {first: tuple(found) for first, found in by_first.items()}


_LATIN_1 = tuple(chr(b) for b in range(256))
"""Each byte read as Latin-1."""
_WINDOWS_1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
"""Each byte read as Windows-1252, the five bytes it leaves undefined as Latin-1 (ftfy's sloppy codec)."""
_SPLIT = {spacing: " " + mark for mark, spacing in _SPACING.items()}
"""A spacing accent as compatibility normalisation writes it: a space and the combining mark."""


def _byte_readings(byte: int, final: bool, continuations: int) -> set[str]:
    """How one byte of a UTF-8 sequence (``final``: its last, of ``continuations`` after the lead) may be read."""
    readings = {_LATIN_1[byte], _WINDOWS_1252[byte]}
    readings.update(_SPLIT[r] for r in list(readings) if r in _SPLIT)
    if byte == 0xA0:
        readings.add(" ")
    if final and (byte == 0xA0 or continuations >= 2):
        readings.update(("", "\ufffd"))
    return readings


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
