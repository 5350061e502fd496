"""Another thing of one kind: "the first boat" / "a second boat", "a fire" / "another fire" are two things, and so
are two versions of one thing ("the draft report" / "the final report").

A story of a disaster often has several things of one kind: two boats
capsized, three buses crashed, a second fire broke out. Outlets tell which
one they mean with an ordinal or "another" before its noun: "the first boat
carried 40 people", "a second boat carried 52"; "a fire destroyed 12 homes",
"another fire destroyed 20 homes". Two figures whose sentences mark one noun
as things that cannot be one are of two things, never one fact
(:func:`other_things`), whatever else their words share.

A noun is **marked** (:func:`marks`) where right before it, in its sentence,
stands a determiner (``lexicon.DETERMINERS``) or a possessive ("the city's")
and an ordinal ("the second boat", "a 3rd bus") or a word of a version
(``lexicon.VERSION_WORDS``: "the draft report", "the inquiry's final
report"), "another" (``lexicon.ANOTHER_WORDS``; not after
"one": "one another"), or "the other" (``lexicon.OTHER_WORDS``); the mark reaches the next word too ("a
second small boat": ``small``, ``boat``). An ordinal before a noun of time, of
an occurrence or of a place in a ranking ("the second day", "for the second
time", "in second place"), of a position in an order of parts ("on the second
floor", ``lexicon.POSITION_NOUNS``), before a superlative ("the second biggest
bank": a rank, ``compare.superlatives``), or before "half", "such" or "straight"
(``lexicon.NOT_THINGS_AFTER_ORDINALS``) marks nothing. Every other use of a
word is unmarked. The marks of one noun in two sentences meet where

- both give one ordinal, or both none ("the boat" / "the boat");
- one gives "first" and the other none: "the first storm of the season" may
  be the story's only storm, as "the storm" is;
- one gives "another" or "other" and the other an ordinal from the second on
  ("another boat" / "a second boat": the same boat, perhaps);
- one gives a version and the other none, an ordinal or "another" ("the
  final report" / "the report"): only two versions ("draft" / "final") are
  two things.

Two sentences whose marks of a noun they share meet nowhere (a sentence may
mark it twice: "the boat ... and a second boat") tell of two things, where
the noun stands near both figures (within :data:`NEAR_WORDS` words: the thing
they are figures of, not another thing their sentences name).

This costs recall where one outlet tells only the later thing unmarked: "a
second boat capsized with 52 aboard" / "the boat, which capsized, had 40
aboard" (the same boat) are read as two, as an unmarked noun meets only
"first".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import WORD, ordinal, ordinal_value
from newsfuse.compare.superlatives import is_superlative
from newsfuse.lexicon import (
    ANOTHER_WORDS,
    DETERMINERS,
    ENGLISH_FUNCTION_WORDS,
    NOT_THINGS_AFTER_ORDINALS,
    OCCURRENCE_NOUNS,
    OTHER_WORDS,
    POSITION_NOUNS,
    RANK_NOUNS,
    TIME_UNITS,
    VERSION_WORDS,
    alternation,
)

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = ["ANOTHER", "FIRST", "NEAR_WORDS", "Mark", "marks", "other_things"]

Mark = int | str
"""A noun's mark: an ordinal's value (:data:`FIRST` for none), :data:`ANOTHER`, or a word of a version ("draft")."""

FIRST = 1
"""The mark of an unmarked noun, and of one after "first": the first (or only) thing of its kind told of."""

ANOTHER = 0
"""The mark of a noun after "another" or "the other": any thing of its kind but the first."""

_MARKED = re.compile(
    rf"\b(?i:(?:{alternation(DETERMINERS)}|[a-z]+['’]s)\s+(?:(?P<ordinal>{ordinal(2)})|(?P<version>{alternation(VERSION_WORDS)}))"
    rf"|(?<!one\s){alternation(ANOTHER_WORDS)}|the\s+{alternation(OTHER_WORDS)})"
    r"\s+(?P<first>[a-z][a-z'’\-]*)(?:\s+(?P<second>[a-z][a-z'’\-]*))?"
)
"""A determiner or a possessive and an ordinal or a word of a version, "another" or "the other", then up to two words
in lower case (see the module docstring)."""

_NOT_THINGS = frozenset(
    stem(w) for w in TIME_UNITS | OCCURRENCE_NOUNS | RANK_NOUNS | POSITION_NOUNS | NOT_THINGS_AFTER_ORDINALS
)
"""Nouns, stemmed, an ordinal before which marks no thing: times, occurrences, places in a ranking, positions in an
order of parts (``lexicon.POSITION_NOUNS``: "the second floor") and the words of
``lexicon.NOT_THINGS_AFTER_ORDINALS``."""


def _mark(m: re.Match[str]) -> Mark:
    """The mark a match of :data:`_MARKED` gives: the ordinal's value, the version's word, or :data:`ANOTHER`."""
    if m.group("version") is not None:
        return m.group("version").lower()
    ordinal = m.group("ordinal")
    if ordinal is None:
        return ANOTHER
    return ordinal_value(ordinal)


def marks(text: str, value: tuple[int, int] = (0, 0)) -> dict[str, frozenset[Mark]]:
    """The marks of each word of a sentence, stemmed (see the module docstring): :data:`FIRST` for a word as it is
    written unmarked; empty where no word is marked (most sentences). An ordinal within ``value`` (a fact's own
    figure, offsets into ``text``: "the second woman to win") marks nothing: it is the figure compared."""
    marked: dict[int, tuple[str, Mark]] = {}
    for m in _MARKED.finditer(text):
        first = m.group("first")
        if first in ENGLISH_FUNCTION_WORDS or stem(first) in _NOT_THINGS or m.start() < value[1] <= m.end():
            continue
        if m.group("ordinal") is not None and is_superlative(first):
            continue  # "the second biggest bank": a rank among banks, not a second bank
        mark = _mark(m)
        marked[m.start("first")] = (first, mark)
        second = m.group("second")
        if second is not None and second not in ENGLISH_FUNCTION_WORDS:
            marked[m.start("second")] = (second, mark)
    if not marked:
        return {}
    out: dict[str, set[Mark]] = {}
    for w in WORD.finditer(text):
        word, mark = marked.get(w.start(), (w.group(), FIRST))
        out.setdefault(stem(word.lower()), set()).add(mark)
    return {word: frozenset(found) for word, found in out.items()}


def _meet(x: Mark, y: Mark) -> bool:
    """Whether two marks may be of one thing (see the module docstring)."""
    if isinstance(x, str) or isinstance(y, str):
        return x == y or not (isinstance(x, str) and isinstance(y, str))  # two versions are two things
    return x == y or (x == ANOTHER and y != FIRST) or (y == ANOTHER and x != FIRST)


def other_things(a: Fact, b: Fact, body_a: str, body_b: str) -> bool:
    """Whether two facts' sentences mark a noun they share as two things (see the module docstring)."""
    text_a, text_b = a.sentence.slice(body_a), b.sentence.slice(body_b)
    ma, mb = marks(text_a, _within(a)), marks(text_b, _within(b))
    if not ma and not mb:
        return False
    ma = ma or dict.fromkeys(_stems(text_a), _UNMARKED)
    mb = mb or dict.fromkeys(_stems(text_b), _UNMARKED)
    for word in ma.keys() & mb.keys() & _near(text_a, _within(a)) & _near(text_b, _within(b)):
        x, y = ma[word], mb[word]
        if (x != _UNMARKED or y != _UNMARKED) and not any(_meet(i, j) for i in x for j in y):
            return True
    return False


_UNMARKED = frozenset([FIRST])


def _within(f: Fact) -> tuple[int, int]:
    """A fact's figure, offsets into its sentence."""
    return f.quantity.span.start - f.sentence.start, f.quantity.span.end - f.sentence.start


NEAR_WORDS = 8
"""Most words between a figure and a noun of the thing it is a figure of, either side ("the first boat carried 40",
"the draft report was published on Monday"); a noun farther off is another thing its sentence names ("a second body
was found on Sunday, bringing the death toll from the Kesby flood to 12")."""


def _near(text: str, value: tuple[int, int]) -> set[str]:
    """The words of a sentence, stemmed, within :data:`NEAR_WORDS` words of its figure at ``value``."""
    words = list(WORD.finditer(text))
    at = next((k for k, w in enumerate(words) if w.start() >= value[0]), len(words))
    after = at + 1 if at < len(words) and words[at].start() < value[1] else at  # a figure in words is one of them
    return {stem(w.group().lower()) for w in words[max(0, at - NEAR_WORDS) : after + NEAR_WORDS]}


def _stems(text: str) -> set[str]:
    """The words of a sentence, stemmed as :func:`marks` stems them."""
    return {stem(w.lower()) for w in WORD.findall(text)}
