"""Verbs that report speech, in the forms a day may stand next to ("said Tuesday").

Their base forms are 21 of the cue verbs' :data:`~newsfuse.lexicon.SPEECH_VERBS`
and "comment" and "report"; the list is not built from the cue verbs because
it serves another stage: it holds inflected forms, only the common verbs of
reporting a statement next to which a day dates the statement, and a verb
added to the cue verbs so that a quotation is attributed does not thereby
start to move a day off an event (:mod:`newsfuse.compare.facts`,
:mod:`newsfuse.compare.event_days`).
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["REPORTING_VERBS"]

REPORTING_VERBS: frozenset[str] = words(
    """
    acknowledge acknowledged add added adding announce announced argue argued ask asked assert asserted claim claimed
    comment commented confirm confirmed contend contended declare declared deny denied explain explained insist insisted
    note noted reply replied report reported said say saying says state stated tell telling tells told tweet tweeted
    warn warned write wrote
    """
)
"""Verbs that report speech: a day next to one ("said Tuesday") dates a statement, not the event it is about."""
