"""Publication dates as pages write them, turned into ISO 8601.

Pages write dates every way there is ("Mar, 14 2024 08:45", "3 March 2024
09:15 GMT", "2010-07-04", "Tuesday 4 March 2025"); dateutil reads them all
once the page's own punctuation quirks are smoothed. A time is kept to the
minute; a UTC zone ("GMT", "UTC", "Z", "+00:00") or a numeric offset is kept
as an offset; other zone abbreviations ("EST", "BST") are ambiguous and
dropped rather than guessed.

Reads a date as written; writes an ISO 8601 string or None. Only a value
with a year is a date, and only one of at most :data:`MAX_DATE_CHARS` (80)
characters: "Tuesday 4 March 2025 09:15 GMT+01:00" is well inside it, while
a longer value is a sentence that mentions a date, which dateutil would
otherwise read a date out of.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from newsfuse.lexicon import MONTHS, ORDINAL_SUFFIXES, TIME_ZONE_ABBREVIATIONS, WEEKDAYS, alternation

__all__ = [
    "CLOCK_TIME",
    "HALF_DAY",
    "HALF_OF_DAY",
    "MAX_DATE_CHARS",
    "ORDINAL_ENDING",
    "WEEKDAY_BEFORE_DATE",
    "hour_of_day",
    "parse_published",
]

MAX_DATE_CHARS = 80
"""The longest value read as a date."""

HALF_DAY = 12
"""Hours of a half day: an a.m./p.m. time's hour is read modulo it, a p.m. one then shifted by it ("4:00 PM": 16)."""

HALF_OF_DAY = r"(?P<half>[ap])\.?[ \t]?m\.?(?![a-z])"
"""The half of the day after a clock time as written ("pm", "p.m.", "PM", "p. m."), its letter the group ``half``;
no letter may follow it ("9 amid" has none). For case-blind patterns, as :data:`CLOCK_TIME`."""

CLOCK_TIME = (
    r"(?P<hour>\d{1,2})(?::|\.(?=\d{2}\s*[ap]\.?[ \t]?m\.?(?![a-z])))(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
    rf"(?:\s*{HALF_OF_DAY})?"
)
"""A clock time as written: its hour, minutes, seconds where written and half of the day ("9:42 p.m.", "14:05",
"02:00:00", "8.15am"; a point between hour and minutes only before a half of the day: "12.50" alone is an amount),
in the groups ``hour``, ``minute`` and ``half`` (:func:`hour_of_day` reads them). The one reader of a clock time
for case-blind patterns, each of which chooses what stands around it: a line that is a time alone
(:func:`newsfuse.compare.fact_moments.live_coverage`), the time of a publication stamp and its zone
(:func:`newsfuse.article.dates.utc_day_shift`), a date and time as a page writes it (:func:`parse_published`)."""


def hour_of_day(hour: str, half: str | None) -> int:
    """The hour of a clock time on the 24-hour clock: with a half of the day (:data:`HALF_OF_DAY`'s letter), the
    written hour modulo :data:`HALF_DAY`, a p.m. one then a half day later ("4" p.m.: 16; "12" a.m.: 0; "12" p.m.:
    12); without one, as written ("16")."""
    if not half:
        return int(hour)
    return int(hour) % HALF_DAY + (HALF_DAY if half.lower() == "p" else 0)


_HAS_DIGIT = re.compile(r"\d")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_HAS_TIME = re.compile(CLOCK_TIME, re.IGNORECASE)
"""A clock time anywhere in a value (:data:`CLOCK_TIME`): kept in the date read, to the minute."""
_COMMA_AFTER_MONTH = re.compile(r"(?<=[A-Za-z]),(?=\s*\d)")
_UTC_ZONE = re.compile(r"\bGMT\b|\bUTC\b|(?<=\d)Z\b")
_NAMED_ZONE = re.compile(r"\b" + alternation(zone.upper() for zone in TIME_ZONE_ABBREVIATIONS) + r"\b")
"""A zone abbreviation in capitals ("EST"): dropped, as the lexicon's ``TIME_ZONE_ABBREVIATIONS`` says why."""
_OFFSET = re.compile(r"(?<=\d)\s*(?:GMT|UTC)?\s*(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})\b")
_ZONE_HOURS = re.compile(r"(?<=\d)\s*(?:GMT|UTC)\s*(?P<sign>[+-])(?P<h>\d{1,2})(?P<m>)\b")
"""An offset in whole hours after "GMT" or "UTC" ("23:30 GMT+1"): an offset, not UTC."""
WEEKDAY_BEFORE_DATE = "(?:" + "|".join(day[:3] for day in WEEKDAYS) + r")[a-z]*\.?,?\s+"
"""A weekday before a date, written out or cut to three letters or more ("Tues.,", "Monday"); for case-blind use."""
_DEFAULT = datetime(1900, 1, 1)
_DAY_MINUTES = 24 * 60
"""A zone offset of this many minutes or more is no offset (``timezone`` refuses it): the zone is dropped."""
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
ORDINAL_ENDING = alternation(ORDINAL_SUFFIXES)
"""The ending a day written as an ordinal carries ("3rd", "14th"): the lexicon's ``ORDINAL_SUFFIXES``."""
_TEXTUAL = re.compile(
    rf"^(?:{WEEKDAY_BEFORE_DATE})?"
    rf"(?:(?P<d1>\d{{1,2}}){ORDINAL_ENDING}?\s+(?P<m1>[a-z]{{3,9}})\.?|(?P<m2>[a-z]{{3,9}})\.?,?\s+(?P<d2>\d{{1,2}}){ORDINAL_ENDING}?)"
    r",?\s+(?P<y>\d{4})"
    r"(?:,?\s+(?:at\s+|-\s+)?" + CLOCK_TIME + r")?\s*$",
    re.IGNORECASE,
)


def _with_colon(time: re.Match[str]) -> str:
    """A clock time written with a point ("11.30 p.m.") written with a colon, as dateutil reads it (it takes the
    point for a decimal); one with a colon as it is."""
    written, at = time.group(0), len(time.group("hour"))
    return written[:at] + ":" + written[at + 1 :] if written[at] == "." else written


def _fast_parse(cleaned: str) -> datetime | None:
    """The common shapes ("2010-07-04", "Mar 14 2024 08:45", "3 March 2024") without dateutil's cost."""
    if _ISO.match(cleaned):
        try:
            return datetime.fromisoformat(cleaned)
        except ValueError:
            return None
    match = _TEXTUAL.match(cleaned)
    if match is None:
        return None
    month = MONTHS.get((match.group("m1") or match.group("m2")).lower())
    if month is None:
        return None
    hour, minute = hour_of_day(match.group("hour") or "0", match.group("half")), int(match.group("minute") or 0)
    try:
        return datetime(int(match.group("y")), month, int(match.group("d1") or match.group("d2")), hour, minute)
    except ValueError:
        return None


def parse_published(value: str) -> str | None:
    """An ISO 8601 string for a publication date as written on a page, or None.

    Only a date with a year is accepted: "Mar 14" alone is not a publication
    date one can place in time.
    """
    value = value.strip().rstrip(".")
    if not _HAS_DIGIT.search(value) or not _HAS_YEAR.search(value) or len(value) > MAX_DATE_CHARS:
        return None
    zone: timezone | None = None
    offset = _OFFSET.search(value) or _ZONE_HOURS.search(value)
    if offset:
        minutes = int(offset.group("h")) * 60 + int(offset.group("m") or 0)
        if minutes < _DAY_MINUTES:  # timezone() takes offsets under a day only
            zone = timezone(timedelta(minutes=minutes if offset.group("sign") == "+" else -minutes))
        value = value[: offset.start()] + value[offset.end() :]
    elif _UTC_ZONE.search(value):
        zone = UTC
    cleaned = _COMMA_AFTER_MONTH.sub("", value)
    cleaned = _HAS_TIME.sub(_with_colon, _UTC_ZONE.sub("", _NAMED_ZONE.sub("", cleaned))).strip()
    parsed = _fast_parse(cleaned)
    if parsed is None:
        from dateutil import parser as date_parser

        try:
            parsed = date_parser.parse(cleaned, fuzzy=True, default=_DEFAULT, ignoretz=True)
        except (ValueError, OverflowError, TypeError):
            return None
    if parsed.year == _DEFAULT.year:
        return None
    if not _HAS_TIME.search(value) or (zone is None and _NAMED_ZONE.search(value)):
        return parsed.date().isoformat()  # a time on a named zone's clock ("01:00 EDT"): the writer's day, kept
    stamp = parsed.replace(tzinfo=zone) if zone is not None else parsed
    return stamp.isoformat(timespec="minutes")
