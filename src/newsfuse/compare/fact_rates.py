"""An amount per unit of time: "$400 a week", "$15 an hour", "$2 million a year" is a rate, another fact than a sum.

A wage, a fee or a budget is often told per period: "took home $300 a week",
"pays $15 an hour", "costs $40 million per year". Such a figure is a rate: it
is compared with another rate of the same period only ("$15 an hour" /
"$12 an hour" still disagree), never with a sum ("won $400", "paid $1,200"),
which counts something else (:func:`per_period`). A unit of time
(``lexicon.TIME_UNITS``) right after the amount, after "a", "an", "per",
"each", "every" or "/", or after "for a" where no noun follows it ("$300
for a year"), makes the period; the amount's class becomes its currency and
the period (``("money", "USD/week")``), as a speed's class is its unit of
length divided by time (:mod:`~newsfuse.compare.fact_units`).
"""

from __future__ import annotations

import re

from newsfuse.article.stems import stem
from newsfuse.lexicon import ENGLISH_FUNCTION_WORDS, TIME_UNITS, alternation
from newsfuse.model import Quantity

__all__ = ["per_period"]

_PER_PERIOD = re.compile(
    rf"\s*(?:(?:an?|per|each|every)\s+|/\s*)(?P<period>{alternation(TIME_UNITS)})\b", re.IGNORECASE
)
"""A unit of time after "a", "an", "per", "each", "every" or "/" right after an amount ("$400 a week", "$15/hour")."""


_FOR_PERIOD = re.compile(
    rf"\s+for\s+(?:an?|one)\s+(?P<period>{alternation(TIME_UNITS)})(?![\w’'-])"
    rf"(?=\s*[^\w\s’']|\s*$|\s+(?!of\b)(?:{alternation(ENGLISH_FUNCTION_WORDS)})\b)",
    re.IGNORECASE,
)
"""One unit of time after "for a", "for an" or "for one" right after an amount, then a mark, the text's end or a
function word but "of" ("tickets cost $300 for a year", "$30 for a month, the council said"): the price of that
period. A noun after the unit makes it a modifier ("$15 for a day pass", "raised $500 for a day centre"), and "of" a
thing bought ("$500 for a day of lessons"): a sum."""


def per_period(body: str, q: Quantity) -> str:
    """The unit of time an amount is told per, stemmed ("$400 a week", "$300 for a year": ``week``, ``year``); empty
    for a sum."""
    m = _PER_PERIOD.match(body, q.span.end) or _FOR_PERIOD.match(body, q.span.end)
    return stem(m.group("period").lower()) if m else ""
