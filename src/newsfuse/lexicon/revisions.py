"""Words of a figure's change: a figure after one replaces an earlier figure of the same thing.

"The death toll rose to 12", "has climbed to 12", "now stands at 12": the
writer tells that the figure moved, so another outlet's other figure without
such words is most often the earlier (or a later) one, an update and not a
contradiction (:mod:`newsfuse.compare.fact_forecasts`). Chosen by meaning,
not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["REVISION_PHRASES", "REVISION_VERBS"]

REVISION_VERBS: frozenset[str] = words(
    """
    rose risen climbed increased jumped grew grown soared swelled surged fell fallen dropped declined revised raised
    lowered updated
    """
)
"""Verbs of a figure's change, past forms and participles: read before "to" and the figure ("rose to 12", "has
risen to 12", "revised down to 9", "raised the toll to 12": up to :data:`newsfuse.compare.fact_forecasts.
REVISION_REACH` words between the verb and "to")."""

REVISION_PHRASES: tuple[str, ...] = ("now stands at", "now stand at", "now at")
"""Phrases right before a figure that give it as the figure now, after others ("the toll now stands at 12")."""
