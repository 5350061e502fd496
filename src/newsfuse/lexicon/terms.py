"""Words of a term that is not the jail term itself: a suspension, a ban, a licence.

A court story often gives two durations in one sentence: "jailed for 18
months, suspended for two years", "an 18-month sentence" and "banned from
driving for two years". The words of these other terms tell that a duration
is the length of another act than the sentence (``compare.conflicts``: two
durations one of which is told after such a word are never one fact).
Chosen by meaning, not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["OTHER_TERM_WORDS"]

OTHER_TERM_WORDS: frozenset[str] = words(
    """
    suspended suspension banned ban disqualified disqualification barred probation licence license parole
    """
)
"""Words right before a duration, or nouns a hyphenated duration measures, of a term other than a sentence's time
("suspended for two years", "banned from driving for two years", "a two-year ban", "two years on licence")."""
