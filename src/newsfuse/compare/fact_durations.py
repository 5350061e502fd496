"""Durations written in two units of time, compared in one.

A count of a unit of time ("jailed for 18 months", "shut for two weeks") is a
duration of class ``("number", unit)``. Outlets write one term in the unit
they like: "jailed for 18 months" and "jailed for two years" disagree, as
"shut for 10 days" and "shut for two weeks" do, while "12 months" and "one
year", "six months" and "26 weeks" can be one term. Two durations in
different units are therefore one class (:func:`one_duration`) and are
compared after conversion (:func:`in_one_unit`):

- within the calendar's units exactly, in months (``lexicon.CALENDAR_UNITS``:
  a year is 12 months, a quarter 3, a decade 120);
- within the units of fixed length exactly, in days (``lexicon.CLOCK_UNITS``:
  a week is 7 days, a fortnight 14, an hour 1/24);
- across the two, in days, a month holding :data:`DAYS_IN_A_MONTH` (28 to 31)
  and every calendar unit as many of them: "six months" is 168 to 186 days, so
  "26 weeks" (182 days) may be the same term and "20 weeks" (140) is not.

Each figure keeps its own range (rounding, "about", "more than": ``Fact.low``,
``Fact.high``, in its own unit), converted with it: a conflict only where the
converted ranges do not meet. Two durations in one unit are compared as
before, unconverted. Units of no fixed length ("night", "weekend") are no
duration here.

A duration names no thing: what it is the length of is told by the word
before it or the noun after it, and two durations of two acts ("jailed for 18
months" / "banned from driving for 24 months") are two terms, never one fact
on little evidence (:func:`other_terms`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfuse.article.stems import stem
from newsfuse.compare.fact_outcome_verbs import one_outcome
from newsfuse.compare.fact_values import ranges_meet
from newsfuse.lexicon import AGREEMENT_NOUNS, AGREEMENT_VERBS, CALENDAR_UNITS, CLOCK_UNITS, TIME_UNITS

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = ["DAYS_IN_A_MONTH", "TIME_STEMS", "durations_meet", "in_one_unit", "one_duration", "other_terms"]

DAYS_IN_A_MONTH = (28.0, 31.0)
"""The fewest and the most days a month holds: a calendar unit in days is a range (a year of 12 months, 336 to 372
days; wider than 365 to 366, which only widens what may agree)."""

_CALENDAR = {stem(w): size for w, size in CALENDAR_UNITS.items()}
"""Calendar units as a count's noun is written, stemmed, and their size in months."""
_CLOCK = {stem(w): size for w, size in CLOCK_UNITS.items()}
"""Units of fixed length, stemmed, and their size in days."""
TIME_STEMS = frozenset(stem(w) for w in TIME_UNITS)
"""Units of time as a count's noun is written (its stem: "minutes" counts ``minut``), of fixed length or not."""
_AGREEMENT_NOUNS = frozenset(stem(w) for w in AGREEMENT_NOUNS)
"""Nouns of an agreement, stemmed (``lexicon.AGREEMENT_NOUNS``: "contract", "deal")."""
_AGREEMENT_VERBS = frozenset(stem(w) for w in AGREEMENT_VERBS)
"""Verbs of entering an agreement, stemmed (``lexicon.AGREEMENT_VERBS``: "signed")."""


def _unit(cls: tuple[str, str]) -> tuple[str, float] | None:
    """A count's class as a duration: its family (``calendar`` or ``clock``) and the unit's size in the family's
    unit (months or days); None for any other class."""
    if cls[0] != "number":
        return None
    if cls[1] in _CALENDAR:
        return "calendar", _CALENDAR[cls[1]]
    if cls[1] in _CLOCK:
        return "clock", _CLOCK[cls[1]]
    return None


def one_duration(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two classes are durations in two different units of time ("18 months" / "two years"; "10 days" /
    "two weeks"): one class, compared after conversion (:func:`in_one_unit`)."""
    return a != b and _unit(a) is not None and _unit(b) is not None


def _in_days(family: str, size: float, low: float, high: float) -> tuple[float, float]:
    """A range of a unit of ``family`` and ``size`` in days: a calendar unit by :data:`DAYS_IN_A_MONTH`."""
    if family == "clock":
        return low * size, high * size
    return low * size * DAYS_IN_A_MONTH[0], high * size * DAYS_IN_A_MONTH[1]


def in_one_unit(a: Fact, b: Fact) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Two durations' ranges (``Fact.low``, ``Fact.high``) in one unit: months within the calendar, days otherwise
    (see the module docstring); None unless both are durations in two different units."""
    x, y = _unit(a.cls), _unit(b.cls)
    if x is None or y is None or a.cls == b.cls:
        return None
    if x[0] == y[0]:
        return (a.low * x[1], a.high * x[1]), (b.low * y[1], b.high * y[1])
    return _in_days(*x, a.low, a.high), _in_days(*y, b.low, b.high)


def durations_meet(a: Fact, b: Fact) -> bool | None:
    """Whether two durations in two units can be one term, their ranges converted (:func:`in_one_unit`): "12 months"
    / "one year", "six months" / "26 weeks" can; "18 months" / "two years", "10 days" / "two weeks" cannot. None
    unless both are durations in two different units."""
    ranges = in_one_unit(a, b)
    return None if ranges is None else ranges_meet(*ranges)


def other_terms(a: Fact, b: Fact) -> bool:
    """Whether two durations are the terms of two acts: a duration names no thing, and what it is the length of is
    told by the nearest word in lower case before it (``Fact.word_before``: "jailed for 18 months" / "banned from
    driving for 24 months"; "shut for 10 days" / "will take two weeks"), or for a hyphenated one by the noun after it
    ("an 18-month sentence" / "suspended for two years", ``Fact.measures``). The two must be one word, two words of
    one act (:func:`~newsfuse.compare.fact_outcome_verbs.one_outcome`: "jailed" / "sentenced" / "a sentence"), or an
    agreement's noun and a verb of entering one ("a three-year contract" / "signed for four years" / "a four-year
    deal", ``lexicon.AGREEMENT_NOUNS``, ``AGREEMENT_VERBS``). The same word in lower case right after both ("three
    years of repairs" / "four years of repairs") tells one act whatever stands before."""
    if a.cls[1] not in TIME_STEMS or b.cls[1] not in TIME_STEMS:
        return False
    if a.right[:1] and a.right[:1] == b.right[:1] and a.right[0] in a.common and b.right[0] in b.common:
        return False  # "after three years of repairs" / "after four years of repairs": one noun after, one act
    act_a = a.measures or a.word_before
    act_b = b.measures or b.word_before
    if act_a is None or act_b is None or act_a == act_b or one_outcome(act_a, act_b):
        return False
    acts = {act_a, act_b}
    return not (acts <= _AGREEMENT_NOUNS or (acts & _AGREEMENT_NOUNS and acts & _AGREEMENT_VERBS))
