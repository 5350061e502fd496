"""Words that make an ordinal a place in a race, a ranking or a poll ("finished third", "in fifth place").

:data:`CONTESTS` are the contests one person wins ("Ann Holt won the mayoral
election"): two outlets naming different winners of one disagree
(:mod:`newsfuse.compare.roles`). :data:`RANK_VERBS` are the verbs after which an ordinal is the place one
came in ("Ana Vell finished third", "came in fifth", "was ranked 12th");
:data:`RANK_NOUNS` the nouns an ordinal before them makes a place ("in third
place", "a fifth-place finish"). Conflicts read them
(:mod:`newsfuse.compare.facts`): two outlets giving one person different
places in one race disagree.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["CONTESTS", "RANK_NOUNS", "RANK_VERBS"]

RANK_VERBS: frozenset[str] = words(
    """
    finished finishes finish came comes placed places ranked ranks
    """
)
"""Verbs after which an ordinal (past "in" or "as") is a place ("finished third", "came in fifth", "ranked 12th")."""

RANK_NOUNS: frozenset[str] = words(
    """
    place spot position
    """
)
"""Nouns an ordinal before them makes a place ("in third place", "a fifth-place finish", "the second spot")."""

CONTESTS: frozenset[str] = words(
    """
    election by-election primary runoff race marathon contest championship final title cup prize award
    """
)
"""Contests that one person wins ("won the mayoral election", "won the Kesby marathon", "won the Tarn prize")."""
