"""Words of a need before a figure, and the determiners of anyone's need.

"Ana Vell needs 312 votes to win the Kesby recount" tells what a named one
lacks; "a candidate needs 1,450 votes to win" tells the total anyone needs:
two facts (``compare.fact_needs.needed_by``). Chosen by meaning, not from any
article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = ["GENERIC_DETERMINERS", "NEED_VERBS"]

NEED_VERBS: tuple[str, ...] = ("needs", "need", "still needs", "still need", "would need", "will need")
"""Verbs of a need right before a figure: what a named one needs ("Ana Vell needs 312 votes to win") is what she
lacks, written without "more" as often as with it; what anyone needs ("a candidate needs 1,450 votes") is the
total: two facts (``compare.fact_needs.needed_by``)."""

GENERIC_DETERMINERS: frozenset[str] = select("a an any each every", ENGLISH_FUNCTION_WORDS)
"""Determiners right before the subject of a need that make it anyone of a kind ("a candidate needs 1,450", "any
bidder needs $40,000"); a subject after "the" or a name ("the Vell campaign needs 290") is one."""
