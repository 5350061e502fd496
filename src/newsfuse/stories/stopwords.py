"""Words that say nothing about which event an article covers.

English function words, the verbs of attribution every news article uses
(``said``, ``told``), honorifics, and calendar words (weekdays and months
recur in every story; the publication date carries the time instead). The
list itself lives in the lexicon (:data:`newsfuse.lexicon.CLUSTER_STOPWORDS`).
"""

from __future__ import annotations

from newsfuse.lexicon import CLUSTER_STOPWORDS

__all__ = ["STOPWORDS"]

STOPWORDS: frozenset[str] = CLUSTER_STOPWORDS
