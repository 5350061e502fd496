"""Calendar dates: parsing what articles write and resolving relative dates.

News prose dates events relative to when it was written ("on Wednesday",
"this Friday", "yesterday"). A relative date can only be turned into a
calendar date against a reference: the article's publication date, or the
date of its wire dateline. Where the article gives neither, the date stays
unresolved: a wrong date is worse than none for a fact-checker.

Dates whose year is unknown (a dateline "Mar. 4") are written as the ISO
8601 partial date ``--03-04``; :func:`with_year` completes them once a story
supplies the year.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from newsfuse.ingest.dates import CLOCK_TIME, hour_of_day
from newsfuse.lexicon import MONTH_NAMES, MONTHS, ORDINAL_SUFFIXES, RELATIVE_PERIODS, WEEKDAYS, alternation
from newsfuse.lexicon.number_words import CARDINAL_WORDS
from newsfuse.lexicon.relative_dates import RelativePeriod
from newsfuse.model import Article

__all__ = [
    "AGO_SLACK_SHARE",
    "DAYS_IN_UNIT",
    "DAY_SHIFTS",
    "EARLY_SHARE",
    "MID_MONTH_MARGIN",
    "MONTHS",
    "UTC_MIDNIGHT_MARGIN",
    "WEEKDAYS",
    "hull",
    "is_ago",
    "is_month",
    "iso_partial",
    "parse_date",
    "period_range",
    "reference_date",
    "resolve_weekday",
    "shifted",
    "utc_day_shift",
    "with_year",
]


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ORDINAL_SUFFIX = alternation(ORDINAL_SUFFIXES)
_MONTH_DAY = re.compile(rf"([A-Za-z]+)\.?,?\s+(\d{{1,2}}){_ORDINAL_SUFFIX}?\b(?:,?\s+(\d{{4}}))?")
_DAY_MONTH = re.compile(rf"(\d{{1,2}}){_ORDINAL_SUFFIX}?\s+(?:of\s+)?([A-Za-z]+)\.?,?(?:\s+(\d{{4}}))?")


def iso_partial(month: int, day: int, year: int | None) -> str:
    """``2024-03-04`` or, with no year, ``--03-04``."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February passes
    except ValueError:
        return False
    return True


def parse_date(text: str) -> str | None:
    """An ISO (possibly partial) date from ``2024-03-14``, ``Mar. 4``, ``4 March 2024``...

    Returns None when ``text`` holds no date.
    """
    m = _ISO.search(text)
    if m:
        full_year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return iso_partial(month, day, full_year) if _valid(full_year, month, day) else None
    m = _MONTH_DAY.search(text)
    if m and m.group(1).lower() in MONTHS:
        month, day = MONTHS[m.group(1).lower()], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if _valid(year, month, day):
            return iso_partial(month, day, year)
    m = _DAY_MONTH.search(text)
    if m and m.group(2).lower() in MONTHS:
        month, day = MONTHS[m.group(2).lower()], int(m.group(1))
        year = int(m.group(3)) if m.group(3) else None
        if _valid(year, month, day):
            return iso_partial(month, day, year)
    return None


def with_year(iso: str, year: int) -> str:
    """Complete a partial ``--MM-DD`` date with ``year`` (full dates pass unchanged)."""
    if iso.startswith("--"):
        return f"{year:04d}{iso[1:]}"
    return iso


def shifted(day: dt.date, days: int) -> dt.date | None:
    """The day ``days`` days from ``day``, or None past either end of the calendar ("yesterday" written on 1 January
    of the year 1, "9999999 days ago")."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def reference_date(article: Article, year: int | None = None) -> dt.date | None:
    """The date an article was written: its publication date, else its dateline's.

    A dateline without a year ("Mar. 4") gives a date only when ``year`` is
    supplied (a story stage can take it from the story's other articles). A
    date in the calendar's first or last year is none (:func:`_writable`).
    """
    day = _written(article, year)
    return day if day is not None and _writable(day) else None


UTC_MIDNIGHT_MARGIN = 8.0
"""Hours either side of midnight UTC within which an article stamped in UTC, or with a time and no zone, may have
been written on the neighbouring day where its outlet is (:func:`utc_day_shift`): feeds and publishing systems give
UTC for outlets of every zone, so an American evening (UTC-4 to UTC-8) is stamped up to eight hours into the next
UTC day, and an Asian or Australian morning (UTC+8 to UTC+11) up to eight hours before it ends. Nearer noon, or
with an offset of its own, the stamp's day is the writer's."""
_STAMP_TIME = re.compile(
    r"(?:T|\s)"
    + CLOCK_TIME
    + r"\s*(?P<zone>Z|UTC|GMT(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|(?-i:[A-Z]{2,5})\b)?",
    re.IGNORECASE,
)
"""The time of a publication stamp (:data:`~newsfuse.ingest.dates.CLOCK_TIME`) and its zone, where written
("2025-05-15T02:00:00Z", "Feb, 26 2025 22:30", "May 14, 2025 4:00 PM GMT", "Thu, 15 May 2025 01:00:00 EDT",
"2025-05-14T23:30:00 GMT+1")."""
_UTC_ZONES = frozenset({"", "Z", "UTC", "GMT", "UT"})
"""The zones :func:`utc_day_shift` reads as UTC (none written included); a named zone ("EDT", "BST", "CET") or an
offset other than zero ("GMT+1", "-04:00") is the writer's own clock."""


def utc_day_shift(article: Article) -> int:
    """The neighbouring day an article's own day may be where its outlet is, as days from its stamp's (-1, +1), or
    0: a stamp in UTC (or a time without a zone) within :data:`UTC_MIDNIGHT_MARGIN` hours after midnight may have been
    written the evening before, one within the margin before midnight the morning after; a stamp with another
    offset or a named zone (:data:`_UTC_ZONES`), without a time, or nearer noon is the writer's day."""
    m = _STAMP_TIME.search(article.published or "")
    if m is None:
        return 0
    zone = re.sub(r"\s+", "", (m.group("zone") or "").upper())
    offset = zone[3:] if zone.startswith("GMT") else zone
    if zone not in _UTC_ZONES and offset.lstrip("+-").replace(":", "").strip("0") != "":
        return 0
    hours = hour_of_day(m.group("hour"), m.group("half")) + int(m.group("minute")) / 60
    if hours < UTC_MIDNIGHT_MARGIN:
        return -1
    return 1 if hours >= 24 - UTC_MIDNIGHT_MARGIN else 0


def _writable(day: dt.date) -> bool:
    """Whether a day can date an article: not in the calendar's first or last year, where the days its relative
    dates name ("next week", "last year") may lie outside the calendar."""
    return dt.MINYEAR < day.year < dt.MAXYEAR


def _written(article: Article, year: int | None) -> dt.date | None:
    """:func:`reference_date` before the calendar's ends are read."""
    if article.published:
        iso = parse_date(article.published)
        if iso and not iso.startswith("--"):
            return dt.date.fromisoformat(iso)
    if article.dateline and article.dateline.date:
        iso = parse_date(article.dateline.date)
        if iso:
            if iso.startswith("--"):
                if year is None or not _valid(year, int(iso[2:4]), int(iso[5:7])):
                    return None  # no year, or none with that day ("Feb. 29" of 2002)
                iso = with_year(iso, year)
            return dt.date.fromisoformat(iso)
    return None


def resolve_weekday(weekday: int, reference: dt.date, direction: int) -> dt.date:
    """The date of ``weekday`` nearest ``reference`` in ``direction``.

    ``direction`` is -1 for the past (the most recent such day, the reference
    day included), +1 for the future (the next such day, the reference day
    included) and 0 when the tense is unknown (the nearer of the two).
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if direction < 0:
        return reference - dt.timedelta(days=back)
    if direction > 0:
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back) if back <= ahead else reference + dt.timedelta(days=ahead)


def _month_start(day: dt.date, shift: int) -> dt.date:
    """The first day of the month ``shift`` months from ``day``'s."""
    index = day.year * 12 + day.month - 1 + shift
    return dt.date(index // 12, index % 12 + 1, 1)


EARLY_SHARE = 0.6
"""The share of a unit that "early" or "late" covers, from its start or to its end: overlapping halves, since
prose draws the line anywhere near the middle ("late last week" is Wednesday to Sunday)."""

DAY_SHIFTS = {phrase: period.shift for phrase, period in RELATIVE_PERIODS.items() if period.unit == "day"}
"""The relative dates that name one day ("yesterday"), and how many days from the reference day it is."""

_Range = tuple[dt.date, dt.date]


def _week(reference: dt.date, shift: int) -> _Range:
    """The days of the week ``shift`` weeks from ``reference``'s: Monday to Sunday, the ISO 8601 week.

    Why the ISO week: it is the week of most outlets outside the United States
    and of the calendar arithmetic everything else here uses, and it keeps a
    weekend inside its week ("last week" said on a Monday holds the weekend
    just gone). An American outlet counting from Sunday differs on one day, the
    Sunday before the Monday; a reading wide enough for both calendars was
    tried and dropped: the wider weeks made two dated occurrences meet ("met on
    Sunday for the first time" / "the second time this week") and so taken
    for one fact, a false report, to spare a rarer one at the Sunday's edge.
    """
    first = reference - dt.timedelta(days=reference.weekday(), weeks=-shift)
    return first, first + dt.timedelta(days=6)


def _unit(unit: str, reference: dt.date, shift: int) -> _Range:
    """The whole calendar ``unit`` ``shift`` units from ``reference``'s (a week: :func:`_week`)."""
    if unit == "day":
        return reference + dt.timedelta(days=shift), reference + dt.timedelta(days=shift)
    if unit == "week":
        return _week(reference, shift)
    if unit == "weekend":
        saturday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=5, weeks=shift)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "month":
        return _month_start(reference, shift), _month_start(reference, shift + 1) - dt.timedelta(days=1)
    return dt.date(reference.year + shift, 1, 1), dt.date(reference.year + shift, 12, 31)


def _part(whole: _Range, part: str, reference: dt.date) -> _Range | None:
    """The days of ``whole`` that ``part`` names (see :mod:`newsfuse.lexicon.relative_dates`); None where none."""
    first, last = whole
    if part == "before":
        last = min(last, reference - dt.timedelta(days=1))
    elif part == "after":
        first = max(first, reference + dt.timedelta(days=1))
    elif part in ("early", "late"):
        reach = dt.timedelta(days=math.ceil(EARLY_SHARE * ((last - first).days + 1)) - 1)
        first, last = (first, first + reach) if part == "early" else (last - reach, last)
    return (first, last) if first <= last else None


def _past_weekend(reference: dt.date) -> _Range:
    """The weekend most recently begun before ``reference``, to the reference itself where that is a weekend day."""
    saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7 or 7)
    return saturday, reference if reference.weekday() >= 5 else saturday + dt.timedelta(days=1)


def _past(unit: str, reference: dt.date) -> _Range:
    """The most recent ``unit`` before ``reference``: "this past week" is the seven days before it or the last
    calendar week; "this past weekend" the weekend just gone."""
    if unit == "weekend":
        return _past_weekend(reference)
    if unit == "week":
        first = _unit("week", reference, -1)[0]
        return min(first, reference - dt.timedelta(days=7)), reference - dt.timedelta(days=1)
    return _unit(unit, reference, -1)


def hull(ranges: list[_Range | None]) -> _Range | None:
    """The days from the first day of any of ``ranges`` to the last day of any (None ranges left out)."""
    found = [r for r in ranges if r is not None]
    return (min(r[0] for r in found), max(r[1] for r in found)) if found else None


def _relative(period: RelativePeriod, reference: dt.date, direction: int) -> _Range | None:
    """The days ``period`` can mean on ``reference``, the sentence's tense ``direction`` read where it decides."""
    if period.part == "past" or (period.part == "nearest" and direction < 0):
        return _past(period.unit, reference)
    if period.part == "nearest":
        coming = _unit(period.unit, reference, 0)
        return coming if direction > 0 else hull([coming, _past(period.unit, reference)])
    found = _part(_unit(period.unit, reference, period.shift), period.part, reference)
    if found and period.part == "current":
        previous = _unit(period.unit, reference, -1)
        if previous[1] == reference - dt.timedelta(days=1):  # the one before ended yesterday: it may be meant
            return previous if direction < 0 else found if direction > 0 else hull([found, previous])
    return found


def period_range(text: str, reference: dt.date, direction: int = 0) -> tuple[dt.date, dt.date] | None:
    """The first and last day a relative period (:data:`newsfuse.lexicon.RELATIVE_PERIODS`) written on
    ``reference`` can mean, or None (not such a phrase, or a part of the period that is empty that day:
    "earlier this month" on the 1st).

    ``direction`` is the tense of the phrase's sentence (-1 past, +1 future,
    0 unknown); it decides only "over the weekend" and "this weekend" said on a
    Monday (the one just past, the coming one, or either).
    """
    written = " ".join(text.lower().split())
    period = RELATIVE_PERIODS.get(written)
    try:
        if period is None:
            return _ago(written, reference) or _month(written, reference, direction)
        return _relative(period, reference, direction)
    except (OverflowError, ValueError):
        return None  # a period past either end of the calendar ("next year" written in 9999): no days of a story


_MONTH_PERIOD = re.compile(
    rf"(?:(?P<part>early|mid|late)[\s-])?(?P<month>{alternation(MONTH_NAMES)})(?: (?P<year>\d{{4}}))?"
)
"""A month named as a period ("March", "early March", "late March 2024"): its full names only, no abbreviation."""


def is_month(text: str) -> bool:
    """Whether ``text`` names a month as a period ("March", "mid-March 2024"), which :func:`period_range` resolves."""
    return _MONTH_PERIOD.fullmatch(" ".join(text.lower().split())) is not None


def _month(written: str, reference: dt.date, direction: int) -> tuple[dt.date, dt.date] | None:
    """The days a month named as a period can mean written on ``reference``: in its written year; else the latest
    such month begun by the reference in a past sentence (``direction`` < 0), the next one not yet ended in a future
    sentence (> 0), either of the two nearest where the tense is unknown. "early", "mid", "late" take a part of it
    (:data:`EARLY_SHARE` from either end; the middle: its middle third and a little more)."""
    m = _MONTH_PERIOD.fullmatch(written)
    if m is None:
        return None
    month = MONTHS[m.group("month")]
    if m.group("year"):
        years = [int(m.group("year"))]
    else:
        past = reference.year if month <= reference.month else reference.year - 1
        coming = reference.year if month >= reference.month else reference.year + 1
        years = [past] if direction < 0 else [coming] if direction > 0 else sorted({past, coming})
    years = [year for year in years if dt.MINYEAR <= year < dt.MAXYEAR]  # a month whose end the calendar holds
    if not years:
        return None  # "March 0000", "December 9999": no month of a story
    ranges = [_month_part(_unit("month", dt.date(year, month, 1), 0), m.group("part")) for year in years]
    return ranges[0] if len(ranges) == 1 else _nearest(ranges, reference)


MID_MONTH_MARGIN = 8
"""Days off each end of a month that "mid" leaves out: its middle third and a little more, as prose draws the middle
loosely ("mid-March": the 9th to the 23rd)."""


def _month_part(whole: _Range, part: str | None) -> _Range:
    """The days of a month that "early", "mid" or "late" name (all of it for none)."""
    first, last = whole
    if part == "mid":
        return first + dt.timedelta(days=MID_MONTH_MARGIN), last - dt.timedelta(days=MID_MONTH_MARGIN)
    return _part(whole, part, first) or whole if part else whole


def _nearest(ranges: list[_Range], reference: dt.date) -> _Range:
    """The range whose days lie nearest ``reference``."""
    return min(ranges, key=lambda r: min(abs((r[0] - reference).days), abs((r[1] - reference).days)))


DAYS_IN_UNIT = {"day": 1, "week": 7, "month": 30, "year": 365}
"""Days in each unit of "N units ago", near enough: the range read is loose by :data:`AGO_SLACK_SHARE` of a unit
either way."""
_AGO = re.compile(rf"(?P<n>\w+) (?P<unit>{alternation(DAYS_IN_UNIT)})s? ago")
AGO_SLACK_SHARE = 0.5
"""How far "N weeks/months/years ago" reaches either way, as a share of its unit (whole days, rounded down): prose
rounds such spans to the nearest unit, so "two weeks ago" is 11 to 17 days back, "two years ago" 18 to 30 months;
"N days ago" has a slack of its own (:data:`DAYS_AGO_SLACK`)."""
DAYS_AGO_SLACK = 1
"""Days either way "N days ago" allows for N of :data:`DAYS_AGO_FROM` or more: the span is counted in whole days
between two times of day (an event late on the 3rd is "10 days ago" in a story written early on the 14th, 10.4 days
later), so prose may round it either way; "a day ago" and "one day ago" are yesterday. Longer units allow half a unit
(:data:`DAYS_IN_UNIT`)."""
DAYS_AGO_FROM = 2
"""The least N of "N days ago" read with :data:`DAYS_AGO_SLACK`."""


def is_ago(text: str) -> bool:
    """Whether ``text`` is a count of units back from the writing ("two years ago", "3 days ago"), which
    :func:`period_range` resolves."""
    return _AGO.fullmatch(" ".join(text.lower().split())) is not None


def _ago(written: str, reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days "N days/weeks/months/years ago" (in digits or words, "a year ago") can mean written on
    ``reference``: N units back, give or take :data:`AGO_SLACK_SHARE` of a unit, since prose rounds such spans ("two
    years ago" of a day 20 or 30 months back); N days back give or take :data:`DAYS_AGO_SLACK` (from
    :data:`DAYS_AGO_FROM` days; "a day ago" exactly). None for any other phrase."""
    m = _AGO.fullmatch(written)
    if m is None:
        return None
    count = m.group("n")
    n = 1 if count in ("a", "an") else int(count) if count.isdigit() else CARDINAL_WORDS.get(count)
    if not n:
        return None
    unit = DAYS_IN_UNIT[m.group("unit")]
    slack = int(unit * AGO_SLACK_SHARE) if unit > 1 else DAYS_AGO_SLACK if n >= DAYS_AGO_FROM else 0
    back = round(n * unit)
    if back + slack >= (reference - dt.date.min).days:
        return None  # before the calendar's first day ("3000 years ago" of an archaeological find): no day of a story
    return reference - dt.timedelta(days=back + slack), reference - dt.timedelta(days=max(back - slack, 0))
