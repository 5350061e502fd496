"""Text shared between the articles of a story (issue #6 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Originality, Reuse

__all__ = ["find_reuse"]


def find_reuse(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[tuple[Reuse, ...], tuple[Originality, ...]]:
    """Shared passages per pair of articles, and each article's original share."""
    return (), ()
