"""Words of the clause after a count's noun that says which of them it counts ("700 permits that were approved").

A relative pronoun, then auxiliaries and adverbs, then the participle that
names what was done to the things counted: "permits that have now been
renewed", "57 permits now marked void", "31 permits that were not on the
list". :mod:`newsfuse.compare.fact_predicates` reads them. Chosen by
meaning, not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = ["SET_CLAUSE_ADVERBS", "SET_CLAUSE_AUXILIARIES", "SET_CLAUSE_RELATIVES"]

SET_CLAUSE_RELATIVES: frozenset[str] = select("that which who", ENGLISH_FUNCTION_WORDS)
"""Relative pronouns that open the clause after a count's noun."""

SET_CLAUSE_AUXILIARIES: frozenset[str] = select(
    "is are was were be been being has have had will would", ENGLISH_FUNCTION_WORDS
)
"""Auxiliaries between the noun (or the relative pronoun) and the participle ("that have been upgraded"); a form of
"be" among them makes the next word a passive participle whatever its spelling ("were cut")."""

SET_CLAUSE_ADVERBS: frozenset[str] = select(
    "now already all also since later just then still not", ENGLISH_FUNCTION_WORDS
)
"""Adverbs between the noun and the participle ("now marked", "were all approved", "were not"); "not" makes the set
one defined by what was not done ("that were not among them")."""
