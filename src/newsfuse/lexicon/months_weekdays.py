"""Names of months and weekdays, full and abbreviated, with their numbers; units of time; time zone abbreviations.

Every stage that reads dates (article dates, publication dates, quantities,
conflicts) or must not take a calendar word for a name or a topic (mentions,
speakers, story clustering, sentence ends after ``Sept.``) uses these.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = [
    "DATE_WEEKDAY_ABBREVIATIONS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "SURNAME_WEEKDAY_ABBREVIATIONS",
    "TIME_UNITS",
    "TIME_ZONE_ABBREVIATIONS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
]

WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
"""Weekday name to ``datetime.date.weekday()`` number (Monday 0), in that order."""

SURNAME_WEEKDAY_ABBREVIATIONS: frozenset[str] = words("sat sun")
"""Weekday abbreviations that are also surnames ("Sun"): never taken for a date on their own."""

DATE_WEEKDAY_ABBREVIATIONS: frozenset[str] = words("mon tue tues wed thu thur thurs fri")
"""Weekday abbreviations that are only ever dates."""

WEEKDAY_ABBREVIATIONS: frozenset[str] = DATE_WEEKDAY_ABBREVIATIONS | SURNAME_WEEKDAY_ABBREVIATIONS
"""Abbreviated weekday names ("Tues.", "Thurs.")."""

_MONTH_FORMS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

MONTHS: dict[str, int] = {form: number for number, forms in enumerate(_MONTH_FORMS, 1) for form in forms}
"""Month name or abbreviation (lower case) to its number, January 1."""

MONTH_NAMES: frozenset[str] = frozenset(forms[0] for forms in _MONTH_FORMS)
"""The twelve full month names."""

MONTH_ABBREVIATIONS: frozenset[str] = frozenset(MONTHS) - MONTH_NAMES
"""Abbreviated month names ("Sept.", "Aug."); "may" has none."""

TIME_UNITS: frozenset[str] = words(
    "second minute hour day night week weekend fortnight month quarter year decade century"
)
"""Units of time, singular: a count of them ("four days", "a 16-year term") is a duration, which names no thing."""

TIME_ZONE_ABBREVIATIONS: frozenset[str] = words(
    "bst est edt cst cdt mst mdt pst pdt cet cest eet eest ist aest aedt jst"
)
"""Time zone abbreviations a publication line may write after its time ("10:30 EST"), lower case; written in
capitals there. Each is ambiguous or seasonal ("IST" is India's and Ireland's, "CST" China's and Central US),
so a publication date drops them rather than guess an offset (:mod:`newsfuse.ingest.dates`)."""
