"""Which parts of an article lie inside quotation marks, for the story stages.

Reuse must tell pool quotations (the same words of a speaker printed by
every outlet that was on the plane) from copied prose (one outlet printing
another's sentences); alignment must leave quotations out of the reporter's
statements. Both read the quotation marks the way the quote extractor does,
from the one module that reads them
(:func:`newsfuse.article.quote_marks.find_quoted_passages`), whether or not
the extractor found a quotation with a speaker there.
"""

from __future__ import annotations

from functools import lru_cache

from newsfuse.article.quote_marks import closed_without_opening, find_quoted_passages, paragraph_bounds
from newsfuse.model import Span

__all__ = ["QUOTED_CACHE", "quoted_mask", "quoted_spans"]

QUOTED_CACHE = 256
"""Bodies whose quotation marks are remembered (the articles of a story, read by each story stage)."""


def _start(span: Span) -> int:
    return span.start


@lru_cache(maxsize=QUOTED_CACHE)
def _quoted(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The inner and outer spans of every quotation, and the paragraphs that close one they never opened.

    Read once per body and remembered: several story stages ask for the same article's marks.
    """
    bounds = paragraph_bounds(text)
    passages = find_quoted_passages(text, bounds)
    run_on = closed_without_opening(text, passages, bounds)
    inner = [span for passage in passages for span in passage.segments]
    outer = [span for passage in passages for span in passage.outer]
    return tuple(sorted(inner + run_on, key=_start)), tuple(sorted(outer + run_on, key=_start))


def quoted_spans(text: str) -> tuple[Span, ...]:
    """Spans of the text inside quotation marks (the marks themselves excluded), one per paragraph."""
    return _quoted(text)[0]


def quoted_mask(body: str) -> bytearray:
    """1 for every character of a quotation with its marks, 0 elsewhere."""
    mask = bytearray(len(body))
    for span in _quoted(body)[1]:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask
