"""Reported statements aligned across outlets (issue #5 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Claim, SourceGroup

__all__ = ["find_claims"]


def find_claims(story: str, analyses: Sequence[ArticleAnalysis], sources: Sequence[SourceGroup]) -> tuple[Claim, ...]:
    """Reported statements aligned across outlets."""
    return ()
