"""A short extractive summary whose every sentence cites its outlets (issue #6 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Quote, SourceGroup, SummarySentence

__all__ = ["summarise"]


def summarise(
    story: str,
    analyses: Sequence[ArticleAnalysis],
    sources: Sequence[SourceGroup],
    quotes: Sequence[Quote],
) -> tuple[SummarySentence, ...]:
    """4 to 8 sentences from the articles, consensus first, each citing its supporting articles."""
    return ()
