"""Grouping articles into stories (one event each), in one batch or as they arrive."""

from newsfuse.stories.cluster import arrival_order, cluster_articles, cluster_features
from newsfuse.stories.features import ArticleFeatures, extract_features
from newsfuse.stories.index import StoryIndex

__all__ = [
    "ArticleFeatures",
    "StoryIndex",
    "arrival_order",
    "cluster_articles",
    "cluster_features",
    "extract_features",
]
