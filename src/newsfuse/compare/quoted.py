"""Which parts of an article lie inside quotation marks, for the story stages.

Reuse must tell pool quotations (the same words of a speaker printed by
every outlet that was on the plane) from copied prose (one outlet printing
another's sentences); alignment must leave quotations out of the reporter's
statements. Both read the quotation marks the way the quote extractor does:
the article's text layer pairs them once
(:meth:`newsfuse.article.text.ArticleText.quotation_marks`) and its analysis
carries them (:attr:`ArticleAnalysis.quoted`); each stage asks for the marks
of the analysis it reads (:func:`quoted_marks`). Only an analysis made
without them has its marks paired here (:func:`paired_marks`), by the same
function, whether or not the extractor found a quotation with a speaker
there: an analysis built around a text no article stage read (the
headline the conflict stage reads as a sentence of its own,
``facts.title_facts``), one decoded from records a version without the field
wrote (the Spark stages read analyses back from msgpack), a test's.
"""

from __future__ import annotations

from functools import lru_cache

from newsfuse.article.quote_marks import find_quoted_passages, paragraph_bounds
from newsfuse.article.text import quotation_marks
from newsfuse.model import ArticleAnalysis, QuotationMarks, Span

__all__ = ["QUOTED_CACHE", "paired_marks", "quoted_marks", "quoted_mask", "quoted_spans"]

QUOTED_CACHE = 256
"""Texts whose quotation marks :func:`paired_marks` keeps (an analysis without them is read by several stages)."""


@lru_cache(maxsize=QUOTED_CACHE)
def paired_marks(text: str) -> QuotationMarks:
    """The quotation marks of a text no analysis carries them for, as the text layer pairs them
    (:func:`newsfuse.article.text.quotation_marks`), paired once per text.

    Per process: at most 256 entries (``QUOTED_CACHE``), the least recently used let go first, kept from story to story
    (serve, a Spark executor, ``analyze``); a pool's worker empties it after each piece of work."""
    bounds = paragraph_bounds(text)
    return quotation_marks(text, find_quoted_passages(text, bounds), bounds)


def quoted_marks(analysis: ArticleAnalysis) -> QuotationMarks:
    """The quotation marks of the analysed article: those its text layer paired, or where the analysis was made
    without them (see the module docstring), those :func:`paired_marks` pairs from its body."""
    return analysis.quoted if analysis.quoted is not None else paired_marks(analysis.article.body)


def quoted_spans(analysis: ArticleAnalysis) -> tuple[Span, ...]:
    """Spans of the article inside quotation marks (the marks themselves excluded), one per paragraph."""
    return quoted_marks(analysis).inner


def quoted_mask(analysis: ArticleAnalysis) -> bytearray:
    """1 for every character of the article in a quotation with its marks, 0 elsewhere."""
    mask = bytearray(len(analysis.article.body))
    for span in quoted_marks(analysis).outer:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask
