"""When an undated article was written, as far as its own text tells.

An article without a publication date can still say when it was written:

- a **wire dateline** ("LISBON, Mar. 4 (Reuters) -"), which the reader
  keeps in ``Article.dateline``, dates the article itself;
- a **date with its weekday** in the opening paragraph (the first
  :data:`LEAD_CHARS`, 600 characters, of the body: "on Sunday, Dec. 14")
  names the day of the event the lead reports; the weekday also pins the
  year among the few in which that date falls on that day.

Other dates and years in the body are not used: news prose dates background
(anniversaries, earlier votes, coming elections) far more often than the
day it reports. On basil-dev (dated, so the inference can be checked) a
bare month and day anywhere in the body lies within a week of publication
in 7 of the 41 articles that have one, and the latest year mentioned is the
year of publication in 7 of 72; a rule built on them would veto more right
joins than wrong ones.

A clue is kept with its year where known; a clue without a year is placed,
when an article is compared with a story, in the year that brings it
closest to the story's dates (and, where a weekday is given, in a year in
which the date falls on that weekday). Inferred dates are checked with a
wider tolerance than publication dates (:data:`INFERRED_TOLERANCE_DAYS`,
7 days beyond the story window): the event a lead reports may be a few days
off the day it was printed.

Reads an :class:`~newsfuse.model.Article` (its dateline and body); writes
:class:`Clue` rows (:func:`date_clues`) and places one near a day
(:func:`place_clue`).
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

from newsfuse.article.dates import parse_date
from newsfuse.lexicon import MONTHS, ORDINAL_SUFFIXES, WEEKDAYS, alternation
from newsfuse.model import Article

__all__ = ["INFERRED_TOLERANCE_DAYS", "LEAD_CHARS", "Clue", "date_clues", "place_clue"]

INFERRED_TOLERANCE_DAYS = 7
"""How much farther from a story's dates an inferred date may lie than a publication date."""
LEAD_CHARS = 600
"""How much of the body opens the article (where a weekday-and-date clue is looked for)."""
_LEAP_YEAR = 2000
"""The year a date written without one is checked in: a leap year, so "Feb. 29" is a day."""

_MONTH = alternation(MONTHS)
_WEEKDAY = "|".join(map(re.escape, WEEKDAYS))
_ORDINAL = "(?:" + "|".join(map(re.escape, ORDINAL_SUFFIXES)) + ")"
_WEEKDAY_DATE = re.compile(
    rf"\b({_WEEKDAY}),?\s+(?:the\s+)?(?:({_MONTH})\.?\s+(\d{{1,2}}){_ORDINAL}?|(\d{{1,2}}){_ORDINAL}?"
    rf"\s+(?:of\s+)?({_MONTH})\.?)(?:,?\s+((?:19|20)\d\d))?\b",
    re.IGNORECASE,
)


class Clue(msgspec.Struct, frozen=True, array_like=True):
    """A date an undated article gives for itself (serialised ``[month, day, year, weekday, source]``)."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None
    """0 for Monday ... 6 for Sunday, where the text names it."""
    source: str = "lead"
    """``dateline`` or ``lead``."""


def date_clues(article: Article) -> tuple[Clue, ...]:
    """What ``article``'s dateline and opening paragraph say about when it was written."""
    clues: list[Clue] = []
    if article.dateline and article.dateline.date:
        iso = parse_date(article.dateline.date)
        if iso:
            year = None if iso.startswith("--") else int(iso[:4])
            clues.append(Clue(month=int(iso[-5:-3]), day=int(iso[-2:]), year=year, source="dateline"))
    for m in _WEEKDAY_DATE.finditer(article.body[:LEAD_CHARS]):
        month = MONTHS[(m[2] or m[5]).lower()]
        day = int(m[3] or m[4])
        year = int(m[6]) if m[6] else None
        if _valid(year or _LEAP_YEAR, month, day):
            clues.append(Clue(month=month, day=day, year=year, weekday=WEEKDAYS[m[1].lower()]))
    return tuple(clues)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def place_clue(clue: Clue, near: int) -> int | None:
    """The day (ordinal) ``clue`` stands for, in the year that brings it closest to day ``near``.

    None when no year near ``near`` fits (a weekday that matches the date in
    none of the three years around it).
    """
    around = dt.date.fromordinal(near).year
    years = (clue.year,) if clue.year else (around - 1, around, around + 1)
    best: int | None = None
    for year in years:
        if not _valid(year, clue.month, clue.day):
            continue
        day = dt.date(year, clue.month, clue.day)
        if clue.weekday is not None and day.weekday() != clue.weekday:
            continue
        ordinal = day.toordinal()
        if best is None or abs(ordinal - near) < abs(best - near):
            best = ordinal
    return best
