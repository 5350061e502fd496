"""Units of length and of mass, each with its size in the base unit (metres, kilograms).

A figure in one of them ("capsized 12 miles off Kesby", "a 30,000 kg
whale") is a measure the conflict stage compares with the same measure in
another unit ("40 kilometres off Kesby", "12 tonnes"), converted. Only units
with one meaning: not "ton" (short, long or metric), not "pound" (also a
currency), not "m" (also a million). Chosen by meaning, not from any article.
"""

from __future__ import annotations

__all__ = ["LENGTH_UNITS", "MASS_UNITS"]

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
