"""Grouping articles into stories (one event each), in one batch or as they arrive.

:mod:`.features` reduces an article to weighted terms, a day and date clues
(:mod:`.when`); :mod:`.index` places articles one by one into stories and
storylines; :mod:`.cluster` runs the index over a batch in order of arrival.
"""

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
