"""People, organisations and places under one name each (issue #5 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Entity

__all__ = ["resolve_entities"]


def resolve_entities(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[Entity, ...]:
    """People, organisations and places under one name each."""
    return ()
