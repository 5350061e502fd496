"""Grouping articles into stories (one event each)."""

from newsfuse.stories.cluster import cluster_articles

__all__ = ["cluster_articles"]
