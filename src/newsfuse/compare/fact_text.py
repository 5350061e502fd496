"""The text readers the fact modules share (:mod:`newsfuse.compare.facts` and its parts).

Words (:data:`WORD`, :data:`LETTER_WORD`), tokens of a noun phrase
(:data:`OBJECT_TOKEN`), the marks and words that end a clause
(:data:`CLAUSE_END`, :data:`CLAUSE_BREAK`), a word of condition (:data:`CONDITION`), the month and weekday names that
are no person's name (:data:`CALENDAR_WORDS`), an ordinal in words or digits (:func:`ordinal`,
:func:`ordinal_value`), and a body in lower case made once per body for the story stages that search it
case-blind (:func:`lowered`).
"""

from __future__ import annotations

import functools
import re

from newsfuse.article.dates import (
    MONTHS,
    WEEKDAYS,
)
from newsfuse.lexicon import CONDITIONAL_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS, alternation

__all__ = [
    "CALENDAR_WORDS",
    "CLAUSE_BREAK",
    "CLAUSE_END",
    "CONDITION",
    "LATER_ORDINAL_SUFFIXES",
    "LATER_ORDINAL_WORDS",
    "LETTER_WORD",
    "LOWERED_BODIES",
    "OBJECT_TOKEN",
    "WORD",
    "lowered",
    "ordinal",
    "ordinal_value",
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


_FIRST_SUFFIX = ORDINAL_WORDS["first"].lstrip("0123456789")
"""The ending of "1st" (``lexicon.ORDINAL_WORDS``)."""

LATER_ORDINAL_WORDS = frozenset(w for w, digits in ORDINAL_WORDS.items() if digits != f"1{_FIRST_SUFFIX}")
"""The ordinals from "second" on, in words (``lexicon.ORDINAL_WORDS``): a stage after the first ("a second vote"), a
standing a superlative alone would not give ("the second-largest")."""

LATER_ORDINAL_SUFFIXES = tuple(s for s in ORDINAL_SUFFIXES if s != _FIRST_SUFFIX)
"""The endings of ordinals in digits but that of "1st" (``lexicon.ORDINAL_SUFFIXES``): "2nd", "3rd", "12th"."""


def ordinal(width: int, later: bool = False, words_in_any_case: bool = False) -> str:
    """A regular expression of an ordinal: in words (``lexicon.ORDINAL_WORDS``: "third") or in up to ``width`` digits
    and an ending (``lexicon.ORDINAL_SUFFIXES``: "12th"). ``later``: from "second" on (:data:`LATER_ORDINAL_WORDS`;
    no digits ending as "1st" does, so not "21st" either). ``words_in_any_case``: the words read in any case inside
    a pattern that is not (the digits' ending stays in lower case: "Third", "3rd"). The one ordinal of the fact
    readers; a group around it, a flag and what stands before and after it are the caller's."""
    spelled = alternation(LATER_ORDINAL_WORDS if later else ORDINAL_WORDS)
    if words_in_any_case:
        spelled = f"(?i:{spelled})"
    return rf"(?:{spelled}|\d{{1,{width}}}{alternation(LATER_ORDINAL_SUFFIXES if later else ORDINAL_SUFFIXES)})"


def ordinal_value(written: str) -> int:
    """The number an ordinal :func:`ordinal` matched gives, in any case ("Third": 3, "12th": 12)."""
    lower = written.lower()
    return int(ORDINAL_WORDS.get(lower, lower)[:-2])
