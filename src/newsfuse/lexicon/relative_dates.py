"""Relative dates: the words news prose dates an event with, relative to the day it was written.

:data:`RELATIVE_PERIODS` name one day ("yesterday") or a *range* of days
("earlier this week", "last weekend"): each is a :class:`RelativePeriod`, read
by :func:`newsfuse.article.dates.period_range`, which turns it into the first
and last day it can mean on a given reference day:

- ``unit``: ``day``, ``week`` (Monday to Sunday, the ISO week: why, see
  ``newsfuse.article.dates._week``), ``weekend`` (its Saturday and Sunday),
  ``month``, ``year``;
- ``shift``: which unit, counted from the reference day's own (-1 the one
  before, 0 its own, +1 the next);
- ``part``: ``whole``; ``before`` (from the unit's first day to the day before
  the reference: "earlier this week"); ``after`` (from the day after the
  reference to the unit's end: "later this month"); ``early`` / ``late`` (the
  first / last three fifths of the unit, overlapping in the middle: "late last
  week" is Wednesday to Sunday); ``past`` (the most recent such unit before
  the reference: "this past weekend"); ``nearest`` (the most recent one where
  the sentence speaks of the past, the coming one where of the future, either
  where its tense is unknown: "over the weekend"); ``current`` (the reference's
  own, as ``whole``, but on the day after the one before it ended, a Monday
  for a weekend, the one just ended where the sentence speaks of the past and
  either where its tense is unknown: "this weekend" said on a Monday);
- ``example``: an invented sentence using the phrase (the tests read each one).
"""

from __future__ import annotations

from typing import NamedTuple

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = [
    "DAY_PART_WORDS",
    "EVENT_BOUNDARY_VERBS",
    "INTERVAL_BOUNDS",
    "LENGTH_LEADS",
    "OFFSET_WORDS",
    "RELATIVE_PERIODS",
    "RelativePeriod",
]

DAY_PART_WORDS: frozenset[str] = frozenset({"early", "late"})
"""Words of the part of a day right before it ("struck early on Sunday", "late on Monday"): they tell when in the
day, not what happened, so a day's window leaves them out (``compare.facts``): two outlets' "early on" is no shared
word of one event ("the earthquake struck early on Sunday" / "an aftershock hit early on Monday")."""

INTERVAL_BOUNDS: frozenset[str] = select("since until by", ENGLISH_FUNCTION_WORDS)
"""Words right before a date that make it one end of an interval, not the day of an act: "has been closed since last
week" (a state that runs to the writing), "will stay shut until Friday", "repairs should be done by next week" (a
deadline). A selection of the function words."""


OFFSET_WORDS: frozenset[str] = select("later earlier before after", ENGLISH_FUNCTION_WORDS)
"""Words right after "N days" that make it the distance between two times, no event's length ("two days later",
"three days before the vote"; "ten days ago" is a relative date of its own), unless a word of
:data:`LENGTH_LEADS` stands before it. A selection of the function words."""

LENGTH_LEADS: frozenset[str] = select("for over throughout", ENGLISH_FUNCTION_WORDS)
"""Words right before "N days" that make it an event's length whatever follows ("closed for ten days after cracks
were found", "held over nine days from May 3"). A selection of the function words."""

EVENT_BOUNDARY_VERBS: frozenset[str] = words(
    "open opens opened begin begins began start starts started launch launches launched end ends ended finish"
    " finishes finished conclude concludes concluded"
)
"""Verbs naming the first or the last day of an event: a day after one is that day, whatever the event's length
("opened on May 2 and ran for ten days": May 2)."""


class RelativePeriod(NamedTuple):
    """A phrase naming a range of days relative to the reference day (see the module docstring)."""

    unit: str
    shift: int
    part: str
    example: str


RELATIVE_PERIODS: dict[str, RelativePeriod] = {
    "yesterday": RelativePeriod("day", -1, "whole", "The ferry ran aground yesterday."),
    "last night": RelativePeriod("day", -1, "whole", "Fire crews were called to the mill last night."),
    "today": RelativePeriod("day", 0, "whole", "The library reopens today."),
    "tonight": RelativePeriod("day", 0, "whole", "The council meets tonight."),
    "this morning": RelativePeriod("day", 0, "whole", "A water main burst this morning on Kell Street."),
    "this afternoon": RelativePeriod("day", 0, "whole", "The harbour master closed the slipway this afternoon."),
    "this evening": RelativePeriod("day", 0, "whole", "The lifeboat is due back this evening."),
    "tomorrow": RelativePeriod("day", 1, "whole", "The verdict is due tomorrow."),
    "this week": RelativePeriod("week", 0, "whole", "The ferry service resumes this week after repairs."),
    "earlier this week": RelativePeriod("week", 0, "before", "The bakery closed earlier this week."),
    "later this week": RelativePeriod("week", 0, "after", "The jury is expected to retire later this week."),
    "earlier in the week": RelativePeriod("week", 0, "before", "The mill's owners met unions earlier in the week."),
    "later in the week": RelativePeriod("week", 0, "after", "A decision on the ferry is due later in the week."),
    "last week": RelativePeriod("week", -1, "whole", "The orchard flooded last week."),
    "early last week": RelativePeriod("week", -1, "early", "The strike began early last week."),
    "late last week": RelativePeriod("week", -1, "late", "Two kestrels were released late last week."),
    "this past week": RelativePeriod("week", 0, "past", "Lake levels fell this past week."),
    "the past week": RelativePeriod("week", 0, "past", "Three ewes went missing from Dunlow farm in the past week."),
    "next week": RelativePeriod("week", 1, "whole", "The mill reopens next week."),
    "early next week": RelativePeriod("week", 1, "early", "A ruling is due early next week."),
    "later next week": RelativePeriod("week", 1, "late", "Talks resume later next week."),
    "late next week": RelativePeriod("week", 1, "late", "The parade moves to late next week."),
    "this weekend": RelativePeriod("weekend", 0, "current", "The canal towpath reopens this weekend."),
    "later this weekend": RelativePeriod("weekend", 0, "after", "The regatta finishes later this weekend."),
    "last weekend": RelativePeriod("weekend", -1, "whole", "A barn burned down last weekend."),
    "next weekend": RelativePeriod("weekend", 1, "whole", "The choir sings next weekend."),
    "over the weekend": RelativePeriod("weekend", 0, "nearest", "Vandals struck the pavilion over the weekend."),
    "this past weekend": RelativePeriod("weekend", 0, "past", "The pier was repainted this past weekend."),
    "the past weekend": RelativePeriod("weekend", 0, "past", "Burglars hit two shops in Ostley over the past weekend."),
    "at the weekend": RelativePeriod("weekend", 0, "nearest", "The rowing club's boathouse flooded at the weekend."),
    "this month": RelativePeriod("month", 0, "whole", "The toll rises this month."),
    "earlier this month": RelativePeriod("month", 0, "before", "The quarry was sold earlier this month."),
    "later this month": RelativePeriod("month", 0, "after", "Ballots go out later this month."),
    "last month": RelativePeriod("month", -1, "whole", "The warehouse changed hands last month."),
    "early last month": RelativePeriod("month", -1, "early", "The levee was breached early last month."),
    "late last month": RelativePeriod("month", -1, "late", "The tunnel opened late last month."),
    "next month": RelativePeriod("month", 1, "whole", "The festival returns next month."),
    "early next month": RelativePeriod("month", 1, "early", "Repairs start early next month."),
    "late next month": RelativePeriod("month", 1, "late", "A verdict is expected late next month."),
    "this year": RelativePeriod("year", 0, "whole", "The lighthouse turns 150 this year."),
    "earlier this year": RelativePeriod("year", 0, "before", "The orchestra toured Chile earlier this year."),
    "later this year": RelativePeriod("year", 0, "after", "The bridge is due to open later this year."),
    "last year": RelativePeriod("year", -1, "whole", "The zoo lost its last tapir last year."),
    "early last year": RelativePeriod("year", -1, "early", "The museum shut early last year."),
    "late last year": RelativePeriod("year", -1, "late", "The mayor moved house late last year."),
    "next year": RelativePeriod("year", 1, "whole", "The stadium will host the final next year."),
    "early next year": RelativePeriod("year", 1, "early", "The line should reopen early next year."),
    "late next year": RelativePeriod("year", 1, "late", "The merger closes late next year."),
}
"""Phrases naming a range of days relative to the reference day (see the module docstring), lower case."""
