"""The dated events of the story, in order (issue #5 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, TimelineEvent

__all__ = ["build_timeline"]


def build_timeline(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[TimelineEvent, ...]:
    """The dated events of the story, in order."""
    return ()
