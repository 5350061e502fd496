"""Lengths and masses in any unit, compared in one base unit.

A count of a unit of ``lexicon.LENGTH_UNITS`` / ``MASS_UNITS`` is a measure of
class ``("measure", kind)``, converted to metres or kilograms and rounded in its
own unit ("12 miles": 11.5 to 12.5 miles), so "12 miles" and "19 kilometres" can
be one distance and "40 kilometres" cannot. An outlet that converts another's
figure gives a round number of its reader's unit ("30 miles (50km)"): a whole
figure in another unit than the other fact's may be rounded to the step its last
digit shows (:data:`CONVERSION_STEPS`, at most :data:`CONVERSION_SHARE` of
itself). A unit divided by a unit of time ("20 kilometres an hour", "110 km/h")
is a speed, a count of its unit per time, never a length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from msgspec.structs import replace

from newsfuse.article.stems import stem
from newsfuse.compare.fact_values import STRICTLY_WITHIN, ranges_meet, written_precision
from newsfuse.lexicon import (
    LENGTH_UNITS,
    MASS_UNITS,
    RATE_PERIODS,
    alternation,
)
from newsfuse.model import Quantity

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact


__all__ = [
    "CONVERSION_SHARE",
    "CONVERSION_STEPS",
    "MEASURE_UNITS",
    "as_measure",
    "one_conversion",
]

MEASURE_UNITS: dict[str, tuple[str, str, float]] = {
    **{stem(w): ("length", "m", size) for w, size in LENGTH_UNITS.items()},
    **{stem(w): ("mass", "kg", size) for w, size in MASS_UNITS.items()},
}
"""Counted nouns (stemmed) that are units of a measure: the measure, its base unit and the unit's size in it."""


CONVERSION_STEPS: dict[str, float] = {"0": 10.0, "5": 5.0}
"""The round step a whole figure's last digit says it may have been rounded to when an outlet converted it from
another unit: "50 kilometres" for 30 miles (48.3 km) is rounded to the nearest 10, "45 km" to the nearest 5. An
outlet that converts a figure gives it as a round number of the reader's unit ("30 miles (50km)"), not to its
last digit; two figures in one unit are not converted and keep :func:`written_precision`."""


CONVERSION_SHARE = 0.1
"""Most a converted figure's rounding (half its :data:`CONVERSION_STEPS` step) may move it, as a share of itself:
"10 km" may be rounded to the nearest 10, but not from 5 or 15 km ("10 km" / "3 miles", 4.8 km, still differ)."""


_RATE = re.compile(rf"\s*[^\W\d]+\.?\s*(?:(?:an?|per|each|every)\s+|/)(?:{alternation(RATE_PERIODS)})\b", re.IGNORECASE)
"""A unit divided by a unit of time right after a figure ("20 kilometres an hour", "110 km/h"): a speed."""


def _conversion_range(q: Quantity, size: float, values: tuple[float, float]) -> tuple[float, float]:
    """The range, in the base unit, that a length's or a mass's figure allows if an outlet converted it from another
    unit: widened by half the step its last digit shows (:data:`CONVERSION_STEPS`), at most
    :data:`CONVERSION_SHARE` of itself; ``values`` (already in the base unit) where it shows none."""
    written = re.fullmatch(r"\d[\d,]*", q.text.strip())
    value = q.value or 0.0
    step = CONVERSION_STEPS.get(q.text.strip()[-1:], 0.0) if written and value >= 10 else 0.0
    slack = min(step / 2, CONVERSION_SHARE * value)
    return min(values[0], (value - slack) * size), max(values[1], (value + slack) * size)


def as_measure(
    q: Quantity, body: str, cls: tuple[str, str], values: tuple[float, float], figure: tuple[float, float]
) -> tuple[Quantity, tuple[str, str], tuple[float, float], tuple[float, float], tuple[str, tuple[float, float] | None]]:
    """A count of a unit of length or mass as a measure in its base unit (:func:`_in_base_unit`), with the unit it
    is written in and its range if converted (``Fact.measured_in``, ``Fact.converted``); a speed ("20 kilometres an
    hour", :data:`_RATE`) stays a count of its unit per time, compared with speeds in that unit only (``("", None)``:
    not converted)."""
    if _RATE.match(body, q.span.end):
        return q, ("number", f"{cls[1]}/"), values, figure, ("", None)
    unit = MEASURE_UNITS[cls[1]]
    base, measure, in_base, written = _in_base_unit(q, unit, values, figure)
    return base, measure, in_base, written, (cls[1], _conversion_range(q, unit[2], in_base))


def _in_base_unit(
    q: Quantity, unit: tuple[str, str, float], values: tuple[float, float], figure: tuple[float, float]
) -> tuple[Quantity, tuple[str, str], tuple[float, float], tuple[float, float]]:
    """A length or a mass in its base unit (``lexicon.LENGTH_UNITS``, ``MASS_UNITS``: metres, kilograms), of class
    ``("measure", kind)``, its range widened to half a unit of its last written digit in its own unit ("12 miles":
    11.5 to 12.5 miles), as outlets round a converted figure ("12 miles (19km)"): "12 miles" and "19 kilometres" can
    be one distance, "40 kilometres" cannot."""
    kind, base, size = unit
    value = q.value or 0.0
    decimals = re.search(r"\.(\d+)", q.text)
    slack = STRICTLY_WITHIN * max(
        written_precision(q.text, value), 0.5 * 10.0 ** -(len(decimals.group(1)) if decimals else 0)
    )
    low, high = min(values[0], value - slack) * size, max(values[1], value + slack) * size
    written = (min(figure[0], value - slack) * size, max(figure[1], value + slack) * size)
    return replace(q, value=value * size, unit=base), ("measure", kind), (low, high), written


def _one_unit(x: str, y: str) -> bool:
    """Whether two units as written (stemmed) are one unit: the same name, or names of one measure and one size
    ("km" / "kilometr")."""
    return x == y or (x in MEASURE_UNITS and MEASURE_UNITS.get(x) == MEASURE_UNITS.get(y))


def one_conversion(a: Fact, b: Fact) -> bool:
    """Whether two lengths or masses written in different units can be one figure, one outlet's converted from the
    other's and rounded to a round step (:func:`_conversion_range`): "30 miles" / "50 kilometres" (48.3 km). One unit
    written in two ways (a symbol and its name, one size in ``lexicon.LENGTH_UNITS``: "20 km" / "22 kilometres") is
    no conversion."""
    if a.converted is None or b.converted is None or _one_unit(a.measured_in, b.measured_in):
        return False
    return ranges_meet(a.converted, (b.low, b.high)) or ranges_meet((a.low, a.high), b.converted)
