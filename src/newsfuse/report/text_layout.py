"""rich's layout rules for a plain text report, written here: where lines break and how table columns narrow.

The text report (:mod:`newsfuse.report.text`) writes a plain console's lines
itself, byte for byte as rich would write them, where rich's rendering of
every line into styled segments costs most of the report's time. These are
the rules it needs, written from rich's (MIT licence; the same in rich 13.7
to 15) for the cases the report lays out itself, so that no private name of
rich is imported:

- :func:`narrow_breaks`: where ``Text.wrap`` breaks a line of one-cell
  characters (``rich._wrap.divide_line``): words are whitespace-delimited,
  each keeps the spaces after it, a word that does not fit starts a new line,
  a word longer than the line is folded (or, without folding, left whole);
- :func:`collapse_widths` and :func:`ratio_reduce`: how a table too wide for
  the console narrows its widest wrappable columns first
  (``Table._collapse_widths``, ``rich._ratio.ratio_reduce``);
- :func:`extra_width`: the cells a table's borders take (``Table._extra_width``).

Lines holding a wide, joining or control character are left to rich (its
grapheme rules changed between versions); ``tests/test_report_text_table.py``
compares every line written here with rich's own on invented texts and tables.
"""

from __future__ import annotations

import re

from rich.table import Table

__all__ = ["collapse_widths", "extra_width", "narrow_breaks", "ratio_reduce"]

_WORD = re.compile(r"\s*\S+\s*")
"""A word with the spaces around it, as rich reads words for wrapping."""


def narrow_breaks(line: str, width: int, fold: bool = True) -> list[int]:
    """The offsets where rich breaks ``line`` (one-cell characters only, no line feed) to fit ``width`` cells."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # longer than any line: folded into pieces of the line's width, or left whole
            pieces = [word[i : i + width] for i in range(0, len(word), width)] if fold else [word]
            for piece in pieces:
                if start:
                    breaks.append(start)
                start += len(piece)
            offset = len(pieces[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """``values`` less ``total`` shared out by ``ratios`` (none taking more than its maximum)."""
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            share = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - share)
            remaining -= share
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def collapse_widths(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """Column widths narrowed towards ``max_width``: the widest wrappable columns down to the next widest, in turn."""
    excess = sum(widths) - max_width
    while any(wrapable) and sum(widths) != 0 and excess > 0:
        widest = max(w for w, can in zip(widths, wrapable, strict=True) if can)
        second = max(w if can and w != widest else 0 for w, can in zip(widths, wrapable, strict=True))
        ratios = [1 if can and w == widest else 0 for w, can in zip(widths, wrapable, strict=True)]
        if not any(ratios) or widest == second:
            break
        widths = ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        excess = sum(widths) - max_width
    return widths


def extra_width(table: Table) -> int:
    """The cells a table's borders add to its columns' widths: the edges and one between each two columns."""
    if not table.box:
        return 0
    return (2 if table.show_edge else 0) + len(table.columns) - 1
