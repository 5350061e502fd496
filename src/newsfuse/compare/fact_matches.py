"""A match's score as one fact of one match: its two sides and its day.

A score ("2-1") is read as a tally (:mod:`newsfuse.compare.fact_patterns`).
Two outlets write one match's score in many shapes: "Esker Rovers beat Dale
City 2-1 on Saturday" names the other side between the verb and the score
(``Occurrence.named``), "a 3-1 win over Dale City on Saturday took Esker
Rovers top" names it after the score and a noun of the result
(:data:`newsfuse.lexicon.MATCH_RESULT_NOUNS`, :func:`side_after`), "won
2-1 against Dale City" after the score and a preposition alone
(:data:`newsfuse.lexicon.SCORE_SIDE_PREPOSITIONS`). Two
sides meet many times, and a match is told apart by its sides and its day:
two scores, each its article's only one, are of one match
(:func:`one_match`) where both sentences name the same sides (the same
names, :func:`sentence_sides`: "Tarn Town's 3-1 win over Dale City" is
another match than "Esker Rovers beat Dale City 2-1") and both give a day
for it (days that cannot meet are told apart later, as for every fact:
``fact_days.on_other_days``; "when the two sides last met, in March" is
another match).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.compare.fact_text import CALENDAR_WORDS
from newsfuse.lexicon import ENGLISH_FUNCTION_WORDS, MATCH_RESULT_NOUNS, SCORE_SIDE_PREPOSITIONS, alternation
from newsfuse.model import Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = ["one_match", "sentence_sides", "side_after"]

_SIDE_AFTER = re.compile(
    rf"\s+(?:(?:[a-z]+\s+){{0,2}}?(?:{alternation(MATCH_RESULT_NOUNS)})\s+(?:over|against|to|by|with|at)"
    rf"|(?:{alternation(SCORE_SIDE_PREPOSITIONS)}))\s+"
    r"(?:the\s+)?(?P<side>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)"
)
"""A noun of a result after a score, up to two lower-case words before it ("a 3-1 home win"), a preposition and the
capitalised name of the other side ("a 3-1 win over Dale City"); or, without the noun, one of
:data:`~newsfuse.lexicon.SCORE_SIDE_PREPOSITIONS` right after the score ("won 2-1 against Dale City", "lost 1-3 to
Tarn Town")."""

_NAME = re.compile(r"\b[A-Z][\w\-]*")
"""A capitalised word (a possessive's mark left off: "Tarn Town's": ``Town``)."""


def side_after(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The words, lower case, of the side a score's result names after it (:data:`_SIDE_AFTER`); empty where none."""
    m = _SIDE_AFTER.match(body, q.span.end, sentence.end)
    return frozenset(w.lower() for w in m.group("side").split()) if m else frozenset()


def sentence_sides(body: str, sentence: Span) -> frozenset[str]:
    """The capitalised words of a sentence, lower case, but function words ("A", "The" opening it) and the names of
    months and weekdays: the names of the sides it tells of, and of anything else it names."""
    words = (w.lower() for w in _NAME.findall(body, sentence.start, sentence.end))
    return frozenset(w for w in words if w not in ENGLISH_FUNCTION_WORDS and w not in CALENDAR_WORDS)


def one_match(a: Fact, b: Fact) -> bool:
    """Whether two scores are of one match (see the module docstring): both name the other side, the same, their
    sentences name the same sides, and both sentences give a day."""
    x, y = a.occurrence, b.occurrence
    if x is None or y is None or not (x.named and y.named and x.named & y.named):
        return False
    return bool(a.sides) and a.sides == b.sides and bool(a.days and b.days)
