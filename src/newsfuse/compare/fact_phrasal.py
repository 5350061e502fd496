"""Verbs of several words read as the one-word verb of the same act.

A count's or a day's verb (``Fact.verb``) is the nearest past form before
it; a phrasal verb writes the act in several words ("came away with 37 seats",
"ended up with 37 seats", "held talks with the minister on Tuesday") whose
first word alone tells another act or none ("came", "ended", "held"). Where
the words at the verb begin one of ``lexicon.PHRASAL_VERBS`` (or, for a
count, end there: "took home 37 medals"), the act is the phrase's one-word
verb, stemmed ("won", "met"): one act with the count or day after that verb,
still another act than any other verb ("gave up 37 seats", "held a news
conference on Tuesday"). The words are those the readers of ``compare.facts``
split (``fact_text.LETTER_WORD``), matched in lower case. A day's event word
that is a word of the phrase ("stepped down on Monday") is the act too
(:func:`as_act`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.article.stems import stem
from newsfuse.lexicon import ENGLISH_FUNCTION_WORDS, PHRASAL_VERBS

__all__ = ["LONGEST_PHRASE", "as_act", "phrase_ending_at", "phrase_starting_at"]

_PHRASES: dict[tuple[str, ...], str] = {tuple(p.split()): stem(v) for p, v in PHRASAL_VERBS.items()}
"""Each phrasal verb as its words, and its one-word verb stemmed (as ``Fact.verb`` is)."""

LONGEST_PHRASE = max(len(p) for p in _PHRASES)
"""Most words of a phrasal verb."""

_PHRASE_WORDS: dict[str, frozenset[str]] = {
    verb: frozenset(stem(w) for p, v in _PHRASES.items() if v == verb for w in p if w not in ENGLISH_FUNCTION_WORDS)
    for verb in set(_PHRASES.values())
}
"""Each one-word verb of a phrasal verb, stemmed, and the content words of its phrases, stemmed ("resign": ``step``,
``stood``)."""


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


def as_act(word: str, verb: str) -> str:
    """A day's event word (the nearest word in lower case before it, stemmed) as the act it tells: ``verb`` (the day's
    ``Fact.verb``, a phrasal verb's one-word verb) where ``word`` is a word of one of its phrases ("stepped down on
    Monday": ``step`` is ``resign``), else ``word``."""
    return verb if word in _PHRASE_WORDS.get(verb, ()) else word
