"""Where a thing is, as a length measured from a named place ("capsized 12 miles off Kesby").

A length followed by a preposition of position
(:data:`newsfuse.lexicon.POSITION_PREPOSITIONS`: "off", "from", "north of")
and a place's name says where a thing was, measured from that place; the
name may follow a noun of what lies there ("45 km off the coast at Kesby").
Two outlets placing one thing tell its position in their own words
("capsized" / "overturned"; "off Kesby" / "off the coast at Kesby"), so two
lengths measured from one place (:func:`origin`, the same) are anchored on
that place as other values are on the nearest word beside them
(``conflicts._anchored``); their sentences' words must still align (the
thing placed: "Hannah Pike's boat"). A length with no place after it ("towed
20 miles back to port") is the length of a trip and keeps its words alone.
"""

from __future__ import annotations

import re

from newsfuse.lexicon import POSITION_PREPOSITIONS, alternation
from newsfuse.model import Quantity, Span

__all__ = ["ORIGIN_WORDS", "origin"]

ORIGIN_WORDS = 2
"""Lower-case words after "the" that may name what lies at the place before it ("the coast at Kesby", "the
mouth of the Tarn" reads "mouth"), past which the place is read."""

_ORIGIN = re.compile(
    r"[\s-]*[^\W\d_]+\.?\s+"
    rf"{alternation(POSITION_PREPOSITIONS)}\s+"
    rf"(?:the\s+(?:[a-z]+\s+){{1,{ORIGIN_WORDS}}}?(?:of|at|near|off)\s+(?:the\s+)?)?"
    r"(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)"
)
"""A length's unit word, a preposition of position and the place's name, capitalised, past what lies there."""


def origin(body: str, q: Quantity, sentence: Span) -> str:
    """The place, lower case, a length is measured from (see the module docstring); empty where none is named."""
    m = _ORIGIN.match(body, q.span.end, sentence.end)
    return m.group("place").lower() if m else ""
