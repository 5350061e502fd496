"""Aligning quotations across articles and giving each a verdict (issue #9 builds this stage)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Quote, Utterance

__all__ = ["align_utterances"]


def align_utterances(
    story: str, analyses: Sequence[ArticleAnalysis]
) -> tuple[tuple[Quote, ...], tuple[Utterance, ...]]:
    """The story's quotations (with ``verdict``, ``utterance`` and ``story`` set) and its utterances."""
    return tuple(q for a in analyses for q in a.quotes), ()
