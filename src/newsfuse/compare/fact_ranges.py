"""A figure written as the top of a range ("30 to 40 homes", "between 30 and 40", "three or four", "30-40").

An outlet that gives a range says the value lies between its ends; another
that gives one figure inside it, or an approximate figure whose range meets it
("about 40"), says nothing the first denies: both can be true, and a
fact-checker flags only figures that cannot both be (the rule of
``compare.fact_values``: ranges that meet are consistent). So the range's
figure (the top, the one the counted noun follows) allows every value from
its low end up (:func:`range_low`): "30 to 40 homes" and "35 homes" or "about
40 homes" agree; "30 to 40 homes" and "about 60" or "25 homes" do not.

Not a range: "from 30 to 40" (a change, ``compare.fact_forecasts``), "by 30 to
40" (a change by an amount to a level), "30 and 40" without "between" (two
figures), a low end above the top ("voted 7 to 2": a tally), a low end
written after another mark ("5% to 40", "4:2-7") or after a capitalised word
("on May 3 to 41 percent", "Mar. 4-9": a day of a month), or after a word of
change ("up 12 to 40", "rose 5 to 40": a change by an amount to a level).
Read only for a figure that counts something (a count of a noun, an amount,
a percentage; not an age: "men aged 18 to 24", nor a number that counts
nothing named), ``compare.facts``.
"""

from __future__ import annotations

import re

from newsfuse.lexicon import CARDINAL_WORDS, CHANGE_BY_WORDS, REVISION_VERBS, alternation
from newsfuse.model import Quantity

__all__ = ["range_low", "with_range"]

_RANGE_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w.,:%$£€]))(?P<lead>(?i:from|by|between)\s+)?"
    rf"(?P<low>\d[\d,]*(?:\.\d+)?|(?i:{alternation(CARDINAL_WORDS)}))"
    r"(?:\s+(?P<word>to|and|or)\s+|\s*[\-–]\s*)(?:\$|£|€)?$"
)
"""The low end of a range and its link right before a figure ("30 to ", "between 30 and ", "three or ", "30-")."""

_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]*\.?\s*$")
"""A capitalised word right before the low end: a month's day ("May 3 to 41 percent"), a name's number."""

_CHANGE_BEFORE = re.compile(rf"\b(?i:{alternation(CHANGE_BY_WORDS | REVISION_VERBS)})\s+$")
"""A word of change right before the low end ("up 12 to 40", "rose 5 to 40", ``lexicon.CHANGE_BY_WORDS``,
``lexicon.REVISION_VERBS``): the first
figure is the change, the second the level it reached."""

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written(text: str) -> float | None:
    """The number a figure's text writes, before its scale ("3 million": 3; "four": 4)."""
    digits = _DIGITS.search(text)
    if digits is not None:
        return float(digits.group().replace(",", ""))
    return float(CARDINAL_WORDS[text.lower()]) if text.lower() in CARDINAL_WORDS else None


def range_low(q: Quantity, before: str) -> float | None:
    """The low end of the range whose top ``q`` is, scaled as ``q`` is ("2 to 3 million": 2 million), from the text
    right ``before`` it; None where no range ends at it (see the module docstring)."""
    m = _RANGE_BEFORE.search(before)
    if m is None or q.value is None:
        return None
    lead = (m.group("lead") or "").strip().lower()
    if lead in ("from", "by") or (m.group("word") == "and") != (lead == "between"):
        return None
    if not lead and _CAPITALISED_BEFORE.search(before, 0, m.start()):
        return None  # "on May 3 to 41 percent", "Mar. 4-9": a day of a month, no low end
    if _CHANGE_BEFORE.search(before, 0, m.start()):
        return None  # "was up 12 to 40", "rose 5 to 40": a change by an amount to a level
    low, top = _written(m.group("low")), _written(q.text)
    if low is None or not top:
        return None
    low *= q.value / top
    return low if low < q.value else None


def with_range(q: Quantity, before: str, low: float, figure: tuple[float, float]) -> tuple[float, tuple[float, float]]:
    """A count's or an amount's low value and its written figure's range, widened down to the low end of the range
    whose top it is (:func:`range_low`); unchanged where none ends at it."""
    bottom = range_low(q, before)
    return (low, figure) if bottom is None else (min(low, bottom), (min(figure[0], bottom), figure[1]))
