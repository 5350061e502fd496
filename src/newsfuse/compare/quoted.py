"""Which parts of an article lie inside quotation marks.

Reuse must tell pool quotations (the same words of a speaker printed by
every outlet that was on the plane) from copied prose (one outlet printing
another's sentences). The quote extractor (issue #4) finds quotations with
speakers; this module is a plain, independent reading of the quotation
marks so the reuse stage works whether or not that extractor found a quote.

Rules, per paragraph: ``“`` or ``„`` or ``«`` opens a double quotation that
``”`` or ``»`` closes, and a straight ``"`` toggles one. Inside a double
quotation single marks are ignored (they are nested quotes). Outside, ``‘``
or a straight ``'`` opens a single quotation when it stands before a word
and after a space, start of paragraph or opening punctuation, and ``’`` or
``'`` closes it when no letter follows (so the apostrophe of ``don’t`` or
``Obama’s`` never closes it). A quotation still open at the end of the
paragraph ends there: newsroom style reopens the marks on the next
paragraph of a quotation that runs on. A paragraph whose first double mark
is a closing ``”`` continues a quotation from the paragraph before, so its
text up to that mark is quoted.
"""

from __future__ import annotations

import re

from newsfuse.model import Span

__all__ = ["quoted_spans"]

_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile("[“”„«»\"‘’']")
_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_BEFORE_OPENING = " \t([{—–-/:;,"


def _single_opens(text: str, i: int, start: int) -> bool:
    before_ok = i == start or text[i - 1] in _BEFORE_OPENING or text[i - 1] in _OPEN_DOUBLE
    after = text[i + 1] if i + 1 < len(text) else ""
    return before_ok and after.isalnum()


def _single_closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else ""
    return not after.isalnum()


def quoted_spans(text: str) -> tuple[Span, ...]:
    """Spans of the text inside quotation marks (the marks themselves excluded)."""
    spans: list[Span] = []
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        opened: int | None = None
        double = False
        seen_open = False
        for mark in _MARK.finditer(text, start, end):
            i, char = mark.start(), mark.group()
            if opened is None:
                if char in _CLOSE_DOUBLE and not seen_open:
                    if i > start:
                        spans.append(Span(start, i))  # a quotation running on from a paragraph before
                    seen_open = True
                elif char in _OPEN_DOUBLE or char == '"':
                    opened, double, seen_open = i + 1, True, True
                elif char in "‘'" and _single_opens(text, i, start):
                    opened, double, seen_open = i + 1, False, True
                continue
            if (char in _CLOSE_DOUBLE or char == '"') if double else (char in "’'" and _single_closes(text, i)):
                if i > opened:
                    spans.append(Span(opened, i))
                opened = None
        if opened is not None and end > opened:
            spans.append(Span(opened, end))
    return tuple(spans)
