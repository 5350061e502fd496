"""Live coverage: figures of a moment (:mod:`newsfuse.compare.conflicts`' reading of running counts).

An outlet covering an election night, a storm or a trial as it happens writes one article of timed entries: each
paragraph of entries opens under a line that is a clock time alone ("9:42 p.m."), and the newest entry stands on
top. The figures of such an article are counts of a moment ("has won 212 seats so far", "the toll rose to 12")
and the moment is the entry's, which the figure's sentence does not write. Two outlets' counts of one thing at two
moments differ because the count moved, not because one is wrong; so a figure of live coverage conflicts with
another outlet's only where both articles are of one known day. Days, places and years are of an event, not of a
moment, and keep their conflicts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from newsfuse.compare.facts import Fact
from newsfuse.ingest.dates import CLOCK_TIME
from newsfuse.lexicon import TIME_ZONE_ABBREVIATIONS
from newsfuse.lexicon._build import alternation

__all__ = ["LIVE_STAMPS", "RUNNING_CLASSES", "live_coverage", "other_moments"]

LIVE_STAMPS = 2
"""Lines holding a clock time alone that make an article live coverage: one such line may be a caption or a
schedule's; two are entries."""

RUNNING_CLASSES = frozenset({"number", "money", "percent", "tally", "measure"})
"""The classes of figures that run in live coverage (counts, amounts, shares, vote tallies, measures)."""

_STAMP = re.compile(
    r"^[ \t]*" + CLOCK_TIME + rf"[ \t]*(?:{alternation(TIME_ZONE_ABBREVIATIONS)})?"
    r"[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""A line that is a clock time alone (:data:`~newsfuse.ingest.dates.CLOCK_TIME`), with its time zone where written
("9:42 p.m.", "14:05 BST", "8.15am"; "12.50" alone is an amount)."""


def live_coverage(body: str) -> bool:
    """Whether ``body`` is written as timed entries: :data:`LIVE_STAMPS` lines or more that hold a clock time alone
    (:data:`_STAMP`)."""
    return next(itertools.islice(_STAMP.finditer(body), LIVE_STAMPS - 1, None), None) is not None


def other_moments(a: Fact, b: Fact, live: frozenset[str], days: dict[str, dt.date | None]) -> bool:
    """Whether two facts' figures may be counts of two moments: a figure of :data:`RUNNING_CLASSES` from live
    coverage (``live``: those of the story's article ids whose bodies are, :func:`live_coverage`) against another
    article's, the two articles not of one known day (``days``: each article's date, or None)."""
    if a.cls[0] not in RUNNING_CLASSES or not (a.article in live or b.article in live):
        return False
    day = days.get(a.article)
    return day is None or day != days.get(b.article)
