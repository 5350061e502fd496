"""Words of a figure's change: a figure after one replaces an earlier figure of the same thing.

"The death toll rose to 12", "has climbed to 12", "now stands at 12": the
writer tells that the figure moved, so another outlet's other figure without
such words may be the one before the change (lower before a rise, higher
before a fall), an update and not a contradiction
(:mod:`newsfuse.compare.fact_forecasts`). Chosen by meaning, not from any
article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words

__all__ = [
    "CHANGE_BY_WORDS",
    "CORRECTION_PHRASES",
    "REVISION_DOWN",
    "REVISION_DOWN_WORDS",
    "REVISION_PHRASES",
    "REVISION_UP",
    "REVISION_UP_WORDS",
    "REVISION_VERBS",
]

REVISION_UP: frozenset[str] = words("rose risen climbed increased jumped grew grown soared swelled surged raised")
"""Verbs of a figure's rise, past forms and participles ("rose to 12", "raised the toll to 12"): the figure before
the change was lower."""

REVISION_DOWN: frozenset[str] = words("fell fallen dropped declined lowered")
"""Verbs of a figure's fall, past forms and participles ("fell to 9", "lowered its forecast to 9"): the figure
before the change was higher."""

REVISION_VERBS: frozenset[str] = REVISION_UP | REVISION_DOWN | words("revised updated")
"""Verbs of a figure's change, past forms and participles: read before "to" and the figure ("rose to 12", "has
risen to 12", "revised down to 9", "raised the toll to 12": up to :data:`newsfuse.compare.fact_forecasts.
REVISION_REACH` words between the verb and "to"). :data:`REVISION_UP` and :data:`REVISION_DOWN` tell which way the
figure moved; "revised" and "updated" tell it by a word after them (:data:`REVISION_UP_WORDS`,
:data:`REVISION_DOWN_WORDS`) or not at all."""

REVISION_UP_WORDS: frozenset[str] = words("up upward upwards")
"""Words after "revised"/"updated" that make the change a rise ("revised up to 12")."""

REVISION_DOWN_WORDS: frozenset[str] = words("down downward downwards")
"""Words after "revised"/"updated" that make the change a fall ("revised down to 9")."""

REVISION_PHRASES: tuple[str, ...] = ("now stands at", "now stand at", "now at")
"""Phrases right before a figure that give it as the figure now, after others ("the toll now stands at 12")."""

CHANGE_BY_WORDS: frozenset[str] = select("up down", REVISION_UP_WORDS | REVISION_DOWN_WORDS)
"""Words of a change by an amount, right before the amount ("was up 12 to 40", "down 3 on the year"): the figure after
one is the change, not a level (a selection of :data:`REVISION_UP_WORDS` and :data:`REVISION_DOWN_WORDS`)."""

CORRECTION_PHRASES: tuple[str, ...] = (
    "than first reported",
    "than initially reported",
    "than earlier reported",
    "than previously reported",
    "than originally reported",
    "corrected",
    "correction",
)
"""Phrases of a sentence that tells its figure corrects an earlier report ("killed 11 people, fewer than first
reported"): a figure after a change, not a contradiction of the earlier one."""
