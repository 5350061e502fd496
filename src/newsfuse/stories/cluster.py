"""Grouping a set of articles into stories in one call.

The batch entry point over :class:`~newsfuse.stories.index.StoryIndex`:
every article is observed first (so term rarity reflects the whole input),
then articles are added in order of publication (undated ones last, where
they join the story their text fits best). The order is fixed by date and
id, so the same input always gives the same stories.

Reads article analyses (or features); writes :class:`~newsfuse.model.Story`
rows in order of creation. With ``ClusterOptions.enabled`` off, every
article is one story. Thresholds: the index's
(:mod:`newsfuse.stories.index`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsfuse.model import ArticleAnalysis, Story
from newsfuse.options import ClusterOptions
from newsfuse.stories.features import ArticleFeatures, extract_features
from newsfuse.stories.index import StoryIndex, story_id_for

__all__ = ["arrival_order", "cluster_articles", "cluster_features"]


def arrival_order(features: Sequence[ArticleFeatures]) -> list[ArticleFeatures]:
    """``features`` sorted by publication day, undated last, ties by id."""
    return sorted(features, key=lambda f: (f.day is None, f.day or 0, f.id))


def cluster_features(features: Sequence[ArticleFeatures], options: ClusterOptions | None = None) -> tuple[Story, ...]:
    """Stories of articles already reduced to features."""
    index = StoryIndex(options)
    index.observe_all(features)
    for item in arrival_order(features):
        index.add(item)
    return index.stories()


def cluster_articles(analyses: Sequence[ArticleAnalysis], options: ClusterOptions | None = None) -> tuple[Story, ...]:
    """Group articles about the same event into stories.

    With ``options.enabled`` False every article goes into one story.
    """
    options = options or ClusterOptions()
    if not analyses:
        return ()
    features = [extract_features(a.article, options.lead_chars) for a in analyses]
    if options.enabled:
        return cluster_features(features, options)
    ordered = arrival_order(features)
    days = [f.day for f in ordered if f.day is not None]
    first = ordered[0]
    return (
        Story(
            id=story_id_for(first.id),
            label=first.title,
            articles=tuple(f.id for f in ordered),
            start=date.fromordinal(min(days)).isoformat() if days else None,
            end=date.fromordinal(max(days)).isoformat() if days else None,
        ),
    )
