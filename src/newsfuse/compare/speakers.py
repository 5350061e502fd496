"""Resolving speakers through the other articles of a story (issue #4 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis

__all__ = ["resolve_story_speakers"]


def resolve_story_speakers(analyses: Sequence[ArticleAnalysis]) -> Sequence[ArticleAnalysis]:
    """The analyses with role-noun speakers ("the prime minister") resolved from the story."""
    return analyses
