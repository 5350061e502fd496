"""Per-article stages: each takes one article and returns findings about it.

They know nothing of other articles, so they run in any order, in a process
pool or in a Spark job. :func:`analyse_article` runs them all.
"""

from newsfuse.article.analyse import analyse_article

__all__ = ["analyse_article"]
