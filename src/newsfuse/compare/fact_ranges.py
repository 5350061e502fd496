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
40" (a change by an amount to a level), a low end after a word of a change
("up 12 to 40", "rose 12 to 40": a rise by 12 to 40; ``lexicon.REVISION_VERBS``
and the words of a change's way), "30 and 40" without "between" (two
figures), a low end above the top ("voted 7 to 2": a tally), a low end
written after another mark ("5% to 40", "3:1-5") or after a capitalised word
("on May 3 to 41 percent", "Mar. 4-9": a day of a month).
"""

from __future__ import annotations

import re

from newsfuse.lexicon import (
    CARDINAL_WORDS,
    REVISION_DOWN_WORDS,
    REVISION_UP_WORDS,
    REVISION_VERBS,
    alternation,
)
from newsfuse.model import Quantity

__all__ = ["range_low"]

_RANGE_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w.,:%$£€]))(?P<lead>(?i:from|by|between)\s+)?"
    rf"(?P<low>\d[\d,]*(?:\.\d+)?|(?i:{alternation(CARDINAL_WORDS)}))"
    r"(?:\s+(?P<word>to|and|or)\s+|\s*[\-–]\s*)(?:\$|£|€)?$"
)
"""The low end of a range and its link right before a figure ("30 to ", "between 30 and ", "three or ", "30-")."""

_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]*\.?\s*$")
"""A capitalised word right before the low end: a month's day ("May 3 to 41 percent"), a name's number."""

_CHANGE_WORDS = REVISION_VERBS | REVISION_UP_WORDS | REVISION_DOWN_WORDS
"""Words of a change right before a low end: the first figure is the change's amount ("up 12 to 40")."""

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
"""The word right before the low end."""

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
    change = _WORD_BEFORE.search(before, 0, m.start())
    if not lead and change is not None and change.group(1).lower() in _CHANGE_WORDS:
        return None  # "was up 12 to 40", "rose 12 to 40": a change by 12 to a level of 40
    if not lead and _CAPITALISED_BEFORE.search(before, 0, m.start()):
        return None  # "on May 3 to 41 percent", "Mar. 4-9": a day of a month, no low end
    low, top = _written(m.group("low")), _written(q.text)
    if low is None or not top:
        return None
    low *= q.value / top
    return low if low < q.value else None
