"""The range of values a written figure allows, once rounding and approximate words are read.

A written figure allows what rounds to it, to its last significant digit but
never by more than :data:`ROUNDING_SHARE` of itself ("2,000" allows 1,800 to
2,200; "2,134" only itself; a count in round words, "a dozen", "three
hundred", is rounded as "300" is); the exact value lies strictly within half a
unit of the figure (:data:`STRICTLY_WITHIN`). "About", "roughly", "some" allow
:data:`AROUND_SHARE` either way, "nearly" and "almost" :data:`NEARLY_SHARE`
below and nothing above, "just over" / "just under" :data:`JUST_SHARE` on their
side, "more than" anything above, "up to" anything below; "dozens" 24 to 144.
A share in words ("two-thirds of voters", "one in three voters") reaches
:data:`FRACTION_POINTS` either way; a temperature is rounded in its own scale
(a degree is no share of a value near 0: "38C" and "101F" can be one heat); an
age by its decade ("early 40s") allows its part of the decade. Two facts whose
ranges meet (:func:`ranges_meet`) are consistent.
"""

from __future__ import annotations

import math
import re

from newsfuse.article.quantities import (
    TEMPERATURE_CHANGE_UNIT,
    TEMPERATURE_UNIT,
)
from newsfuse.lexicon import (
    AROUND,
    AT_LEAST,
    AT_MOST,
    JUST_ABOVE,
    JUST_BELOW,
    NEARLY,
    SCALE_WORDS,
    VAGUE_NUMBERS,
    alternation,
)
from newsfuse.model import Quantity
from newsfuse.options import ConflictsOptions

__all__ = [
    "AROUND_SHARE",
    "FAHRENHEIT_DEGREE",
    "FRACTION_POINTS",
    "JUST_SHARE",
    "MODIFIERS",
    "NEARLY_SHARE",
    "ROUNDING_SHARE",
    "STRICTLY_WITHIN",
    "decade_range",
    "ranges_meet",
    "value_range",
    "written_precision",
]

_DEFAULTS = ConflictsOptions()  # the options section is the one home of the two shares below


ROUNDING_SHARE = _DEFAULTS.rounding_share
"""Most a rounded figure may differ from the exact one, as a share of itself."""


AROUND_SHARE = _DEFAULTS.around_share
"""How far "about", "around", "roughly", "approximately", "some", "an estimated" reach either way, as a share of
the figure: a writer who rounds to the figure's first one or two significant digits ("about 300" for 270 or 340)
moves it by up to about that much; a figure further off is a different figure, not a rounding of it."""


NEARLY_SHARE = AROUND_SHARE
"""How far below the figure "nearly", "almost", "close to", "approaching" reach, as a share of it: as far as
"about" reaches, on one side only ("nearly 500" is never 510: the word says the value has not reached it); the
``around_share`` setting moves both."""


STRICTLY_WITHIN = 0.99
"""The share of a figure's rounding slack (half a unit of its last written digit, or its cap) that its range
reaches: the exact value lies strictly within half a unit of the figure, so two figures that round apart never
meet at their common edge ("12 miles" reaches 11.505 to 12.495 miles, never the 12.5 where "13 miles" begins)."""
JUST_SHARE = 0.05
"""How far "just over" / "just under" reach from the figure, as a share of it: "just" narrows the distance to
the figure's last unit of rounding or so ("just over 2,000" is 2,000 to 2,100), a third of what "about" allows."""


FRACTION_POINTS = 4.0
"""How far a share written as a fraction in words reaches either way, in percentage points: "two-thirds" is 63% to
71%, "half" 46% to 54% (writers call 65% two-thirds and 52% half, not 60% two-thirds)."""


_PERCENT_WRITTEN = re.compile(r"%|cent|point")
"""A percentage written as one ("60%", "58 per cent", "3 percentage points"), not as a fraction in words."""


MODIFIERS = sorted({*AT_MOST, *NEARLY, *AT_LEAST, *AROUND, *JUST_ABOVE, *JUST_BELOW}, key=len, reverse=True)
"""The words that bound or blur a figure ("about", "at least", "nearly"), longest first, so a pattern made of them
tries "at least" before "at"."""


_BEFORE = re.compile(
    r"(?:^|\W)(" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in MODIFIERS) + r")\s+(?:an?\s+)?(?:\$|£|€)?$",
    re.IGNORECASE,
)
"""An approximation word right before a figure ("about 300", "nearly $2 million", "about a dozen")."""


_ROUND_WORD = re.compile(rf"\b{alternation(SCALE_WORDS | {'dozen'})}\b", re.IGNORECASE)
"""A round word in a figure's text ("a dozen", "three hundred": :data:`newsfuse.lexicon.SCALE_WORDS`)."""


def decade_range(q: Quantity) -> tuple[float, float]:
    """The ages an age by its decade allows ("40s": 40 to 49; "early 40s" 40 to 43, "mid-40s" 43 to 47, "late 40s"
    46 to 49: the parts overlap at their edges, as writers draw them loosely)."""
    decade = q.value or 0.0
    part = q.text.lower()
    if part.startswith("early"):
        return decade, decade + 3
    if part.startswith("mid"):
        return decade + 3, decade + 7
    if part.startswith("late"):
        return decade + 6, decade + 9
    return decade, decade + 9


def written_precision(text: str, value: float) -> float:
    """Half the unit of the last significant digit as written: "2,000" → 500, "1.2 billion" → 0.05 billion; a
    count in round words ("a dozen", "three hundred") is rounded as far as :data:`ROUNDING_SHARE` lets any figure
    be; other words ("seventeen") are exact."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if digits is None:
        return math.inf if _ROUND_WORD.search(text) else 0.0
    written = digits.group().replace(",", "")
    number = float(written)
    scale = value / number if number else 1.0
    if "." in written:
        unit = 10.0 ** -len(written.split(".")[1])
    else:
        stripped = written.rstrip("0")
        zeros = len(written) - len(stripped)
        unit = 10.0**zeros if zeros and number >= 100 else 0.0
        if scale > 1 and not zeros:
            unit = 1.0  # "$3 billion": to the billion
    return unit * scale / 2


FAHRENHEIT_DEGREE = 5 / 9
"""One degree Fahrenheit in degrees Celsius: a Fahrenheit figure's rounding, converted."""


def _temperature_precision(text: str) -> float:
    """Half a unit of a temperature's last written digit, in its own scale, as degrees Celsius ("38C": 0.5; "38.4C":
    0.05; "101F": 0.5 x 5/9): "38C" and "38.4C", "38C" and "101F" (38.3 °C) can be one heat."""
    digits = re.search(r"\d+(?:\.(\d+))?", text)
    unit = 10.0 ** -len(digits.group(1)) if digits and digits.group(1) else 1.0
    fahrenheit = text.rstrip().lower().endswith(("f", "fahrenheit"))
    return unit / 2 * (FAHRENHEIT_DEGREE if fahrenheit else 1.0)


def value_range(
    q: Quantity, before: str, settings: ConflictsOptions = _DEFAULTS
) -> tuple[float, float, str, tuple[float, float]]:
    """The values a written figure allows, given the words right before it (see the module docstring).

    Also returns the side a bound leaves open (``at_least``, ``at_most`` or
    empty) and the range of the figure by rounding alone. ``settings`` gives
    the rounding and "about" shares (:data:`ROUNDING_SHARE`, :data:`AROUND_SHARE` by default).
    """
    around = settings.around_share
    text = q.text.lower()
    if text in VAGUE_NUMBERS:
        low, high = VAGUE_NUMBERS[text]
        return low, high, "", (low, high)
    value = q.value if q.value is not None else math.nan
    slack = STRICTLY_WITHIN * min(written_precision(q.text, value), settings.rounding_share * abs(value))
    if q.unit in (TEMPERATURE_UNIT, TEMPERATURE_CHANGE_UNIT):  # a degree is no share of a value far from 0
        slack = STRICTLY_WITHIN * _temperature_precision(q.text)
    if q.kind == "percent" and text == "majority":  # more than half: a floor, as "more than 50%" is
        return value, math.inf, "at_least", (value, value)
    if q.kind == "percent" and not _PERCENT_WRITTEN.search(text):
        slack = FRACTION_POINTS  # "two-thirds of voters": a share in words, rounded as writers round it
    low, high = value - slack, value + slack
    figure = (low, high)
    modifier = _BEFORE.search(before)
    word = " ".join(modifier.group(1).lower().split()) if modifier else ""
    bound = ""
    just = word in JUST_ABOVE or word in JUST_BELOW
    if just:  # "just over 500": a little above it, never far
        low, high = sorted((value, value * (1 + JUST_SHARE if word in JUST_ABOVE else 1 - JUST_SHARE)))
    elif word in AT_LEAST:
        high, bound = math.inf, "at_least"
    elif word in AT_MOST:
        low, bound = 0.0, "at_most"
    elif word in NEARLY:  # "nearly 500": below it, by as much as "about" reaches (NEARLY_SHARE), never above
        low, high = min(low, value * (1 - around)), value
    if just or word in NEARLY:  # the word keeps even the figure by rounding on its side
        figure = (max(figure[0], low), min(figure[1], high))
    if word in AROUND:
        low, high = min(low, value * (1 - around)), max(high, value * (1 + around))
    return low, high, bound, figure


def ranges_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two ranges share a value (their edges may touch), up to a rounding error of the floats."""
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9
