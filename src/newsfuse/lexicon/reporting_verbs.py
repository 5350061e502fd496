"""Verbs that report speech, in the forms a day may stand next to ("said Tuesday")."""

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
