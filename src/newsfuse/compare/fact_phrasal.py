"""Verbs of several words read as the one-word verb of the same act.

A count's or a day's verb (``Fact.verb``) is the nearest past form before
it; a phrasal verb writes the act in several words ("picked up 37 seats",
"ended up with 37 seats", "held talks with the minister on Tuesday") whose
first word alone tells another act or none ("picked", "ended", "held"). Where
the words at the verb begin one of ``lexicon.PHRASAL_VERBS`` (or, for a
count, end there: "took home 37 medals"), the act is the phrase's one-word
verb, stemmed ("won", "met"): one act with the count or day after that verb,
still another act than any other verb ("gave up 37 seats", "held a news
conference on Tuesday"). The words are those the readers of ``compare.facts``
split (``fact_text.LETTER_WORD``), matched in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.article.stems import stem
from newsfuse.lexicon import PHRASAL_VERBS

__all__ = ["LONGEST_PHRASE", "phrase_ending_at", "phrase_starting_at"]

_PHRASES: dict[tuple[str, ...], str] = {tuple(p.split()): stem(v) for p, v in PHRASAL_VERBS.items()}
"""Each phrasal verb as its words, and its one-word verb stemmed (as ``Fact.verb`` is)."""

LONGEST_PHRASE = max(len(p) for p in _PHRASES)
"""Most words of a phrasal verb."""


def phrase_starting_at(words: Sequence[str], k: int) -> str:
    """The one-word verb, stemmed, of the longest phrasal verb whose words begin at ``words[k]`` ("held talks with
    …": ``met``); empty where none does."""
    for n in range(LONGEST_PHRASE, 1, -1):
        verb = _PHRASES.get(tuple(w.lower() for w in words[k : k + n]))
        if verb is not None and k + n <= len(words):
            return verb
    return ""


def phrase_ending_at(words: Sequence[str], k: int) -> str:
    """The one-word verb, stemmed, of the longest phrasal verb whose words end at ``words[k]`` ("took home": ``won``
    at "home"); empty where none does."""
    for n in range(LONGEST_PHRASE, 1, -1):
        if k - n + 1 < 0:
            continue
        verb = _PHRASES.get(tuple(w.lower() for w in words[k - n + 1 : k + 1]))
        if verb is not None:
            return verb
    return ""
