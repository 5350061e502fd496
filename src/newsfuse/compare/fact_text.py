"""The text readers the fact modules share (:mod:`newsfuse.compare.facts` and its parts).

Words (:data:`_WORD`, :data:`_LETTER_WORD`), tokens of a noun phrase
(:data:`_OBJECT_TOKEN`), the marks and words that end a clause
(:data:`_CLAUSE_END`, :data:`_CLAUSE_BREAK`), the month and weekday names that
are no person's name (:data:`_NOT_NAME_WORDS`), and a body in lower case made
once per body for the story stages that search it case-blind (:func:`lowered`).
"""

from __future__ import annotations

import functools
import re

from newsfuse.article.dates import (
    MONTHS,
    WEEKDAYS,
)

__all__ = [
    "LOWERED_BODIES",
    "lowered",
]

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


_NOT_NAME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


_LETTER_WORD = re.compile(r"\b[A-Za-z][A-Za-z\-]*\b")


LOWERED_BODIES = 64
"""Bodies whose lower-case text :func:`lowered` keeps (a story's articles, read by several story stages)."""


@functools.lru_cache(maxsize=LOWERED_BODIES)
def lowered(body: str) -> str:
    """``body`` in lower case, made once per body for the story stages that search it case-blind (the tallies
    here, :mod:`~newsfuse.compare.kinship`, :mod:`~newsfuse.compare.roles`) instead of once per search."""
    return body.lower()


_CLAUSE_END = re.compile(r"[,;:.!?]")


_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\b(?:and|but|or|before|after|while|when|until|then|which|who)\b")
"""What ends the clause before a day: a tally behind it is of another clause ("after the 7-2 vote, the council will
meet on Friday"; "voted 7-2 and will meet on Friday"), or the day's clause after it: a word saying the event happens
again behind it is of another phrase (:func:`_recurs`)."""


_OBJECT_TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
