"""Grouping a story's articles into independent sources (issue #6 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Reuse, SourceGroup

__all__ = ["independent_sources"]


def independent_sources(
    story: str, analyses: Sequence[ArticleAnalysis], reuse: Sequence[Reuse]
) -> tuple[SourceGroup, ...]:
    """Reprints and agency copies collapse into one group; every other article is its own."""
    return tuple(SourceGroup(story=story, articles=(a.article.id,)) for a in analyses)
