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
import re

from newsfuse.lexicon import MONTHS, WEEKDAYS
from newsfuse.model import Article

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "iso_partial",
    "parse_date",
    "period_range",
    "reference_date",
    "resolve_weekday",
    "with_year",
]


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?(?:\s+(\d{4}))?")


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


def reference_date(article: Article, year: int | None = None) -> dt.date | None:
    """The date an article was written: its publication date, else its dateline's.

    A dateline without a year ("Mar. 4") gives a date only when ``year`` is
    supplied (a story stage can take it from the story's other articles).
    """
    if article.published:
        iso = parse_date(article.published)
        if iso and not iso.startswith("--"):
            return dt.date.fromisoformat(iso)
    if article.dateline and article.dateline.date:
        iso = parse_date(article.dateline.date)
        if iso:
            if iso.startswith("--"):
                if year is None:
                    return None
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


def _week_range(reference: dt.date, weeks: int) -> tuple[dt.date, dt.date]:
    monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=weeks)
    return monday, monday + dt.timedelta(days=6)


def _weekend_range(reference: dt.date, weeks: int) -> tuple[dt.date, dt.date]:
    saturday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=5, weeks=weeks)
    return saturday, saturday + dt.timedelta(days=1)


_SHIFTS = {"last": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1}
"""How many periods from the reference's each modifier moves (weekends take only last/this/next)."""


def _year_range(reference: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    return dt.date(reference.year + shift, 1, 1), dt.date(reference.year + shift, 12, 31)


def _month_range(reference: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    return _month_start(reference, shift), _month_start(reference, shift + 1) - dt.timedelta(days=1)


_PERIOD_RANGES = {"week": _week_range, "weekend": _weekend_range, "month": _month_range, "year": _year_range}


def _calendar_period(when: str, period: str, reference: dt.date, direction: int = 0) -> tuple[dt.date, dt.date] | None:
    """The whole calendar period ``when`` names ("last week": the week before ``reference``'s), or None."""
    shift = _SHIFTS.get(when)
    ranges = _PERIOD_RANGES.get(period)
    if shift is None or ranges is None or (period == "weekend" and when not in ("last", "this", "next")):
        return None
    first, last = ranges(reference, shift)
    if period == "weekend" and when == "this" and reference.weekday() == 0:
        # said on a Monday, "this weekend" may be the one just past: a past tense says it is, a future one not
        if direction < 0:
            return ranges(reference, -1)
        if direction == 0:
            first -= dt.timedelta(days=7)
    return first, last


def period_range(text: str, reference: dt.date, direction: int = 0) -> tuple[dt.date, dt.date] | None:
    """The first and last day a relative period written on ``reference`` can mean.

    "last week" is the calendar week before, stretched to the seven days
    before ``reference`` (news prose uses it both ways); "this weekend" the
    Saturday and Sunday of ``reference``'s week (on a Monday the one just past
    where ``direction`` is -1, the sentence speaking of the past; the coming
    one where it is +1; either where it is 0), "last weekend" those before
    it; "last month" the calendar month before; "earlier this week/month/year"
    from the period's first day to the day before ``reference``; "later this
    week/month" from the day after to the period's end; "this"/"next"
    periods likewise. None for anything else.
    """
    words = text.lower().split()
    if len(words) < 2:
        return None
    when, period = " ".join(words[:-1]), words[-1]
    whole = _calendar_period(when, period, reference, direction)
    if whole is None:
        return None
    first, last = whole
    if when == "last" and period == "week":
        return first, reference - dt.timedelta(days=1)
    if when == "earlier this":
        last = max(first, reference - dt.timedelta(days=1))
    elif when == "later this":
        first = min(last, reference + dt.timedelta(days=1))
    return first, last
