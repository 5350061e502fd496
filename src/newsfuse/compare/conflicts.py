"""Numbers, dates and weekdays on which outlets disagree (issue #5 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Conflict

__all__ = ["find_conflicts"]


def find_conflicts(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[Conflict, ...]:
    """Numbers, dates and weekdays on which outlets disagree."""
    return ()
