"""The text readers the fact modules share (:mod:`newsfuse.compare.facts` and its parts).

Words (:data:`WORD`, :data:`LETTER_WORD`), tokens of a noun phrase
(:data:`OBJECT_TOKEN`), the marks and words that end a clause
(:data:`CLAUSE_END`, :data:`CLAUSE_BREAK`), a word of condition (:data:`CONDITION`), the month and weekday names that
are no person's name (:data:`CALENDAR_WORDS`), and a body in lower case made
once per body for the story stages that search it case-blind (:func:`lowered`).
"""

from __future__ import annotations

import functools
import re

from newsfuse.article.dates import (
    MONTHS,
    WEEKDAYS,
)
from newsfuse.lexicon import CONDITIONAL_WORDS, alternation

__all__ = [
    "CALENDAR_WORDS",
    "CLAUSE_BREAK",
    "CLAUSE_END",
    "CONDITION",
    "LETTER_WORD",
    "LOWERED_BODIES",
    "OBJECT_TOKEN",
    "WORD",
    "lowered",
]

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
"""A word: a letter, then letters, digits, apostrophes and hyphens ("Tal", "O'Dea", "mid-term"); a figure is none."""


CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
"""The month and weekday names, lower case: capitalised words that name no person and no place ("in March")."""


LETTER_WORD = re.compile(r"[A-Za-z](?<!\w[A-Za-z])[A-Za-z\-]*\b")
r"""A word of ASCII letters and hyphens ("voted", "re-elected"), the words the fact readers look up in the lexicon:
``\b[A-Za-z][A-Za-z\-]*\b`` opening on its first letter, which the scan skips to (:mod:`newsfuse.scan`)."""


LOWERED_BODIES = 64
"""Bodies whose lower-case text :func:`lowered` keeps (a story's articles, read by several story stages)."""


@functools.lru_cache(maxsize=LOWERED_BODIES)
def lowered(body: str) -> str:
    """``body`` in lower case, made once per body for the story stages that search it case-blind (the tallies
    here, :mod:`~newsfuse.compare.kinship`, :mod:`~newsfuse.compare.roles`) instead of once per search.

    Per process: at most 64 entries (``LOWERED_BODIES``), the least recently used let go first, kept from story to story
    (serve, a Spark executor, ``analyze``, a pool's worker too)."""
    return body.lower()


CLAUSE_END = re.compile(r"[,;:.!?]")
"""A mark that ends a clause; words that end one too are :data:`CLAUSE_BREAK`'s."""


CLAUSE_BREAK = re.compile(r"[,;:()–—]|\b(?:and|but|or|before|after|while|when|until|then|which|who)\b")
"""What ends the clause before a day: a tally behind it is of another clause ("after the 7-2 vote, the council will
meet on Friday"; "voted 7-2 and will meet on Friday"), or the day's clause after it: a word saying the event happens
again behind it is of another phrase (:func:`_recurs`)."""


CONDITION = re.compile(rf"\b(?:{alternation(CONDITIONAL_WORDS)})\b")
"""A word of condition (``lexicon.CONDITIONAL_WORDS``: "if", "unless"), searched in a sentence in lower case: what
its modal clause tells would happen, not what did ("would evacuate 3,500 people if the fire spread")."""


OBJECT_TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
"""A token of a noun phrase: a word (with its apostrophes and hyphens) or one mark, the mark ending the phrase."""
