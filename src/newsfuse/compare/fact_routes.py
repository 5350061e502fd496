"""A trip's route as what tells two trips apart ("walked 320 miles from Kesby to Dunmore").

A trip's length and its duration are facts of one trip, and a trip is
named by where it starts and ends: "from Kesby to Dunmore". Two figures whose
sentences each give a route, and different ones ("from Kesby to Dunmore" /
"from Brenmoor to Dunmore", a leg of it; "from Kesby to Esker", another
walk), are figures of two trips, never one fact (:func:`other_routes`). A
sentence with no route says nothing either way. A route is read for a
length and for a count of units of time (a trip's duration, "walked for 12
days from Kesby to Dunmore"), never for other counts and amounts, and its
ends are places, not months or weekdays: "ran from Friday to Sunday and
drew 40,000 visitors" gives the festival's days, and two outlets' other
days are often the very conflict.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.compare.fact_text import CALENDAR_WORDS
from newsfuse.model import Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = ["other_routes", "route_of"]

_PLACE = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
_ROUTE = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<start>{_PLACE})\s+to\s+(?:the\s+)?(?P<end>{_PLACE})")
"""A route: "from", a capitalised name, "to", a capitalised name ("from Kesby to Dunmore")."""


def _a_place(name: str) -> bool:
    """Whether a capitalised run can name a place: not a month or a weekday ("from Friday to Sunday", "from March to
    June" are spans of time, ``fact_text.CALENDAR_WORDS``)."""
    return name.split()[0].lower() not in CALENDAR_WORDS


def route_of(body: str, sentence: Span) -> tuple[str, str]:
    """The first route a sentence gives, its two ends lower case; empty where it gives none."""
    for m in _ROUTE.finditer(body, sentence.start, sentence.end):
        if _a_place(m.group("start")) and _a_place(m.group("end")):
            return m.group("start").lower(), m.group("end").lower()
    return "", ""


def other_routes(a: Fact, b: Fact) -> bool:
    """Whether two figures' sentences give different routes: two trips (see the module docstring)."""
    return bool(a.route[0] and b.route[0]) and a.route != b.route
