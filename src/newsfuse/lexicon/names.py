"""Words that open or sit in a capitalised run without being a name.

Entity mentions and speaker attribution both read names as runs of
capitalised words; a sentence opens with a capital too ("But", "Asked"), and
page furniture and dates are capitalised ("Advertisement", "Monday"). These
lists say which words never start (or never are) a person's name. They are
built from the function words, the calendar and a few news-page words.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS
from newsfuse.lexicon.furniture import PAGE_FURNITURE_WORDS
from newsfuse.lexicon.months_weekdays import (
    DATE_WEEKDAY_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAYS,
)

__all__ = [
    "NAME_PARTICLES",
    "NAME_STOP_WORDS",
    "NEVER_NAME_WORDS",
    "NOT_NAME_WORDS",
    "PERSON_NAME_PARTICLES",
    "SURNAME_PREFIXES",
]

PERSON_NAME_PARTICLES: frozenset[str] = words(
    "al bin da das de del della den der di dos du el ibn la le st. ter van von"
)
"""Lower-case particles inside a person's name ("Ana de la Cruz", "Omar bin Said", "Pieter van Dorn")."""

NAME_PARTICLES: frozenset[str] = PERSON_NAME_PARTICLES | words("of the")
"""Lower-case words that may stand inside a capitalised name: a person's particles, and "of" and "the" of the
names of bodies and places ("Bank of England")."""

SURNAME_PREFIXES: frozenset[str] = words("mc mac o")
"""Prefixes written joined to a surname's capital ("McLeod", "MacRae"), as a person's particles may be
("DeLuca", "VanDorn")."""

_CALENDAR = MONTH_NAMES | frozenset(WEEKDAYS)

NAME_STOP_WORDS: frozenset[str] = select(
    """
    a about after ahead all also although among an and any as at because before both but by despite during each even
    every for from he her here his how however i if in instead into it its just like many meanwhile more most my no not
    now of on one or our over she since so some still that the their then there these they this those though to under
    unless until we what when where whether which while who why with yes yet you your
        """,
    ENGLISH_FUNCTION_WORDS,
) | words("according asked speaking read share top mr mrs ms")
"""Function words and common sentence openers: never the first word of a name (entity mentions)."""

NEVER_NAME_WORDS: frozenset[str] = _CALENDAR | words("i i'm i’m i've i’ve i'd i’d i'll i’ll ok")
"""Capitalised words that are never part of a name: calendar words and the pronoun "I" (entity mentions)."""

NOT_NAME_WORDS: frozenset[str] = (
    select(
        """
    a about across after ahead all also although amid among an and another are around as at be because been before
    behind beyond both but by can could despite did do does during each earlier every first following for from had has
    have he her here his how however i if in into is it its last later let like many may meanwhile might more moreover
    most much must my next no nor not now of off on or other our over per second several she should since so some still
    such that the their then there these they third this those though throughout to today tomorrow toward towards under
    unless unlike until upon via was we were what when where whether which while who whom whose why will with within
    without would yes yesterday yet you your
        """,
        ENGLISH_FUNCTION_WORDS,
    )
    | words("according asked setting speaking top")
    | PAGE_FURNITURE_WORDS
    | _CALENDAR
    | MONTH_ABBREVIATIONS
    # abbreviated days ("on Tues.") are dates; "Sun" and "Sat" are left out: Sun is a surname
    | DATE_WEEKDAY_ABBREVIATIONS
)
"""Capitalised words that open sentences and are not names (``But``, ``Asked``): speaker attribution."""
