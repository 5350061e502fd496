"""Story clustering (issue #8 builds this stage; until then every input is one story)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Story
from newsfuse.options import ClusterOptions

__all__ = ["cluster_articles"]


def cluster_articles(analyses: Sequence[ArticleAnalysis], options: ClusterOptions) -> tuple[Story, ...]:
    """Group articles about the same event into stories."""
    if not analyses:
        return ()
    ids = tuple(a.article.id for a in analyses)
    story_id = hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:12]
    first = analyses[0].article
    dates = sorted(a.article.published for a in analyses if a.article.published)
    return (
        Story(
            id=story_id,
            label=first.title or first.body[:80],
            articles=ids,
            start=dates[0] if dates else None,
            end=dates[-1] if dates else None,
        ),
    )
