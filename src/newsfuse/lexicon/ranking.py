"""Words that make an ordinal a place in a race, a ranking or a poll ("finished third", "in fifth place").

:data:`CONTESTS` are the contests one person wins ("Ann Holt won the mayoral
election"): two outlets naming different winners of one disagree
(:mod:`newsfuse.compare.roles`). :data:`RANK_VERBS` are the verbs after which an ordinal is the place one
came in ("Ana Vell finished third", "came in fifth", "was ranked 12th");
:data:`RANK_NOUNS` the nouns an ordinal before them makes a place ("in third
place", "a fifth-place finish"). Conflicts read them
(:mod:`newsfuse.compare.facts`): two outlets giving one person different
places in one race disagree. :data:`SIZE_SUPERLATIVES` and :data:`NATIONAL_SCOPES`
read a thing's standing among its kind ("Fenmore Bank, the country's
second-largest lender").
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = [
    "CONTESTS",
    "IRREGULAR_SUPERLATIVES",
    "MATCH_RESULT_NOUNS",
    "NARROWER_KINDS",
    "NATIONAL_SCOPES",
    "OCCURRENCE_NOUNS",
    "RANK_NOUNS",
    "RANK_VERBS",
    "SCORE_SIDE_PREPOSITIONS",
    "SIZE_SUPERLATIVES",
]

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

OCCURRENCE_NOUNS: frozenset[str] = words("time")
"""Nouns an ordinal before them counts occurrences with ("the second time to"), no order of precedence; with
:data:`RANK_NOUNS` ("the first place to"), the nouns after which an ordinal is read as another class."""

CONTESTS: frozenset[str] = words(
    """
    election by-election primary runoff race marathon contest championship final title cup prize award
    """
)
"""Contests that one person wins ("won the mayoral election", "won the Kesby marathon", "won the Tarn prize")."""

IRREGULAR_SUPERLATIVES: frozenset[str] = words("best eldest farthest furthest")
"""Superlatives ending in "est" whose comparative and base are no regular forms ("best": "better", "good"; "eldest":
"elder", "old"): :mod:`newsfuse.compare.superlatives` reads the regular ones by their forms."""

SIZE_SUPERLATIVES: frozenset[str] = words("largest biggest")
"""Superlatives of one dimension, size: "the second-largest lender" and "the third biggest lender" rank one way, so
two outlets giving one bank the two standings disagree; other superlatives ("busiest", "oldest") rank another way
each."""

NATIONAL_SCOPES: frozenset[str] = words("country nation")
"""Scopes of a standing that an outlet leaves unwritten as often as it writes them ("the country's second-largest
lender" / "the third-largest lender"): one scope with none; another scope ("Europe's", "in the region") is another
ranking."""

NARROWER_KINDS: dict[str, str] = {
    "bank": "lender",
    "airline": "carrier",
    "supermarket": "retailer",
    "grocer": "retailer",
    "automaker": "manufacturer",
    "steelmaker": "manufacturer",
}
"""A kind and a wider kind holding it (singular; read stemmed, so plurals too), ranked by one measure: a bank is
a lender, so a bank's standing among banks is at most its standing among lenders ("the second-largest lender" and
"the third-largest bank" cannot both be true; "the third-largest lender" and "the second-largest bank" can)."""

MATCH_RESULT_NOUNS: frozenset[str] = words("win victory defeat loss draw triumph thrashing rout")
"""Nouns of a match's result written right after its score ("a 3-1 win over Dale City", "a 2-2 draw with Tarn
Town"): the names after them are the other side of the match the score is of."""

SCORE_SIDE_PREPOSITIONS: frozenset[str] = select("against over to", ENGLISH_FUNCTION_WORDS)
"""Prepositions that, right after a score and before a capitalised name, name the other side without a noun of the
result ("won 2-1 against Dale City", "lost 1-3 to Tarn Town", "won 3-0 over Ostley"). Not "with" ("approved 7-2
with Ana Vell absent" names a voter, not a side) nor "by" ("was carried 7-2 by the Kesby council"). A selection of
the function words."""
