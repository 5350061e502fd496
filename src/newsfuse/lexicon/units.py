"""Units of length and of mass, each with its size in the base unit (metres, kilograms).

A figure in one of them ("capsized 12 miles off Kesby", "a 30,000 kg
whale") is a measure the conflict stage compares with the same measure in
another unit ("40 kilometres off Kesby", "12 tonnes"), converted. Only units
with one meaning: not "ton" (short, long or metric), not "pound" (also a
currency), not "m" (also a million). Chosen by meaning, not from any article.
"""

from __future__ import annotations

__all__ = [
    "CALENDAR_UNITS",
    "CLOCK_UNITS",
    "LENGTH_UNITS",
    "MASS_UNITS",
    "POSITION_PREPOSITIONS",
    "RATE_PERIODS",
]

LENGTH_UNITS: dict[str, float] = {
    "mile": 1609.344,
    "miles": 1609.344,
    "kilometre": 1000.0,
    "kilometres": 1000.0,
    "kilometer": 1000.0,
    "kilometers": 1000.0,
    "km": 1000.0,
    "metre": 1.0,
    "metres": 1.0,
    "meter": 1.0,
    "meters": 1.0,
    "foot": 0.3048,
    "feet": 0.3048,
    "ft": 0.3048,
    "yard": 0.9144,
    "yards": 0.9144,
    "inch": 0.0254,
    "inches": 0.0254,
}
"""Units of length (lower case, as written after a figure) and their size in metres."""

MASS_UNITS: dict[str, float] = {
    "kilogram": 1.0,
    "kilograms": 1.0,
    "kilo": 1.0,
    "kilos": 1.0,
    "kg": 1.0,
    "tonne": 1000.0,
    "tonnes": 1000.0,
}
"""Units of mass (lower case, as written after a figure) and their size in kilograms."""

CALENDAR_UNITS: dict[str, float] = {
    "month": 1.0,
    "months": 1.0,
    "quarter": 3.0,
    "quarters": 3.0,
    "year": 12.0,
    "years": 12.0,
    "decade": 120.0,
    "decades": 120.0,
}
"""Units of time the calendar counts (lower case, as written after a figure) and their size in months, exact: "18
months" and "a year and a half" are one term, "two years" another."""

CLOCK_UNITS: dict[str, float] = {
    "minute": 1 / 1440,
    "minutes": 1 / 1440,
    "hour": 1 / 24,
    "hours": 1 / 24,
    "day": 1.0,
    "days": 1.0,
    "week": 7.0,
    "weeks": 7.0,
    "fortnight": 14.0,
    "fortnights": 14.0,
}
"""Units of time of fixed length (lower case, as written after a figure) and their size in days, exact: "two weeks"
and "14 days" are one term. Not "night" (a stay of three nights spans four days) nor "weekend"."""

RATE_PERIODS: tuple[str, ...] = ("hour", "hr", "h", "minute", "min", "second", "sec", "s", "day")
"""Units of time a length is divided by to make a speed, as written after "an", "a", "per", "each", "every" or "/"
("20 kilometres an hour", "110 km/h"): such a figure is a speed, not a length."""

POSITION_PREPOSITIONS: tuple[str, ...] = (
    "off",
    "from",
    "away from",
    "outside",
    "north of",
    "south of",
    "east of",
    "west of",
    "northeast of",
    "northwest of",
    "southeast of",
    "southwest of",
    "north-east of",
    "north-west of",
    "south-east of",
    "south-west of",
)
"""Prepositions after a length that make it where a thing is, measured from a named place ("capsized 12 miles off
Kesby", "45 km off the coast at Kesby", "20 miles north of Dunmore"): a position, one fact of the thing placed, not the
length of a trip ("towed 20 miles back to port")."""
