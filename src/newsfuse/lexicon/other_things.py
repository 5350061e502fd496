"""Words that mark one thing of a kind as another than the one told of: "a second boat", "another fire".

"The first boat carried 40 people" and "a second boat carried 52" tell of
two boats; so do "a fire destroyed 12 homes" and "another fire destroyed 20
homes"; and so do "the draft report" and "the final report". An ordinal or a
word of a version after a determiner, "another", or "other" after "the",
before a noun, marks which thing of its kind a sentence tells of
(:mod:`newsfuse.compare.fact_other_things`). Chosen by meaning, not from any
article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS
from newsfuse.lexicon.recurrence import STAGE_WORDS

__all__ = ["ANOTHER_WORDS", "NOT_THINGS_AFTER_ORDINALS", "OTHER_WORDS", "POSITION_NOUNS", "VERSION_WORDS"]

ANOTHER_WORDS: frozenset[str] = select("another", ENGLISH_FUNCTION_WORDS)
"""Words that mark a thing, alone, as not the first one of its kind told of ("another boat"): any of the second,
third, ... but never the first."""

OTHER_WORDS: frozenset[str] = select("other", ENGLISH_FUNCTION_WORDS)
"""Words that mark a thing so after "the" ("the other boat"); alone they tell of more of a kind ("other buildings"),
not which thing."""

NOT_THINGS_AFTER_ORDINALS: frozenset[str] = words(
    "half such straight consecutive successive term terms attempt attempts bid bids"
)
"""Words after an ordinal that make it no mark of another thing ("the second half", "the second such disaster",
"a third straight win", "a second term", "her third attempt": an occurrence or a part, not a thing of its
own); nouns of time, of an occurrence and of a
place in a ranking are none either (``lexicon.TIME_UNITS``, ``OCCURRENCE_NOUNS``, ``RANK_NOUNS``)."""

POSITION_NOUNS: frozenset[str] = words("floor floors storey storeys level levels deck decks")
"""Nouns of a position in a building's or a ship's order of storeys: an ordinal before one says where ("a fire on the
second floor", "on the third deck"), not that another thing of a kind is told of; so two figures near "the second
floor" and "the fourth floor" may be one fire's toll. Not "stage" or "round": "the third stage" and "the fifth
stage" of a race, or two rounds of job cuts, are two events with figures of their own."""

VERSION_WORDS: frozenset[str] = STAGE_WORDS | words("draft")
"""Words that mark which version of a thing made in stages a noun names ("the draft report", "the inquiry's final
report", "an interim ruling": ``lexicon.STAGE_WORDS`` and "draft"): two versions are two things, while a noun
without one may be any of them ("the report")."""
