"""Words that soften what a sentence asserts, and words that turn it round.

A quotation that drops a hedge ("may", "in many cases") makes the speaker
sound surer than they were; one that adds or drops a negation says the
opposite. Both are changes of content, whatever else the outlets agree on
(:mod:`newsfuse.compare.word_diff`). The approximators that soften a number
("about 40") are the single words of :mod:`newsfuse.lexicon.approximation`.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = ["HEDGES", "HEDGE_PHRASES", "NEGATIONS"]

HEDGES: frozenset[str] = words(
    """
    may might could perhaps probably possibly maybe likely unlikely apparently seemingly reportedly allegedly
    presumably somewhat fairly seems seem seemed appears appear often usually sometimes generally largely mostly
    partly mainly typically frequently occasionally arguably
    """
)
"""Modal verbs and epistemic or frequency adverbs. Comment clauses ("I think") are not hedges here:
speakers scatter them and transcripts keep or drop them freely (:mod:`newsfuse.lexicon.disfluencies`)."""

HEDGE_PHRASES: tuple[str, ...] = (
    "in some cases",
    "in many cases",
    "in most cases",
    "in certain cases",
    "in some ways",
    "in many ways",
    "in a way",
    "in part",
    "to some extent",
    "to a certain extent",
    "to a degree",
    "to some degree",
    "sort of",
    "kind of",
    "more or less",
    "a bit",
    "a little",
    "for the most part",
    "by and large",
)
"""Phrases that limit how far a claim holds (in canonical words)."""

NEGATIONS: frozenset[str] = select(
    "not no never nor neither without nobody nothing none nowhere", ENGLISH_FUNCTION_WORDS
)
"""Words whose presence or absence reverses what a sentence says."""
