"""Which parts of an article lie inside quotation marks, for the story stages.

Reuse must tell pool quotations (the same words of a speaker printed by
every outlet that was on the plane) from copied prose (one outlet printing
another's sentences); alignment must leave quotations out of the reporter's
statements. Both read the quotation marks the way the quote extractor does:
the article's text layer pairs them once
(:meth:`newsfuse.article.text.ArticleText.quotation_marks`) and its analysis
carries them (:attr:`ArticleAnalysis.quoted`); the story stage
:func:`remember` them, by body, for every stage that asks. Only an analysis
made without them (an old store's, a test's) has its marks paired here,
by the same function, whether or not the extractor found a quotation with a
speaker there.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from newsfuse.article.quote_marks import find_quoted_passages, paragraph_bounds
from newsfuse.article.text import quotation_marks
from newsfuse.model import ArticleAnalysis, QuotationMarks, Span

__all__ = ["QUOTED_CACHE", "quoted_mask", "quoted_spans", "remember"]

QUOTED_CACHE = 256
"""Bodies whose quotation marks are remembered (the articles of a story, read by each story stage)."""

_remembered: dict[str, QuotationMarks] = {}


def remember(analyses: Iterable[ArticleAnalysis]) -> None:
    """Keep the quotation marks the text layer paired for each analysis (those that carry them), by body: the
    story's stages read them from here. At most :data:`QUOTED_CACHE` bodies are kept (the oldest let go)."""
    for analysis in analyses:
        if analysis.quoted is not None:
            body = analysis.article.body
            _remembered.pop(body, None)
            _remembered[body] = analysis.quoted
            if len(_remembered) > QUOTED_CACHE:
                del _remembered[next(iter(_remembered))]


@lru_cache(maxsize=QUOTED_CACHE)
def _paired(text: str) -> QuotationMarks:
    """:func:`newsfuse.article.text.quotation_marks` of a body no analysis carried them for, paired here once."""
    bounds = paragraph_bounds(text)
    return quotation_marks(text, find_quoted_passages(text, bounds), bounds)


def _quoted(text: str) -> QuotationMarks:
    marks = _remembered.get(text)
    return marks if marks is not None else _paired(text)


def quoted_spans(text: str) -> tuple[Span, ...]:
    """Spans of the text inside quotation marks (the marks themselves excluded), one per paragraph."""
    return _quoted(text).inner


def quoted_mask(body: str) -> bytearray:
    """1 for every character of a quotation with its marks, 0 elsewhere."""
    mask = bytearray(len(body))
    for span in _quoted(body).outer:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask
