"""Words of a scheduled event and of its start ("the trial will begin on June 3", "goes on trial on June 10").

A scheduled event is dated by its start: "the trial begins on Monday" and
"goes on trial on Monday" give one day of one trial, and so do "the hearing
opens on …" and "the hearing on …". :data:`SCHEDULED_EVENT_NOUNS` are the
nouns of events a court, a body or an organiser sets a day for; :data:`START_VERBS`
the verbs whose subject is the event that starts ("the trial will begin").
A day after another verb of the event ("is expected to end", "will be
adjourned") dates another moment of it. Chosen by meaning, not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.relative_dates import EVENT_BOUNDARY_VERBS

__all__ = ["ON_EVENT_VERBS", "SCHEDULED_EVENT_NOUNS", "SCHEDULE_WORDS", "START_VERBS"]

SCHEDULED_EVENT_NOUNS: frozenset[str] = words(
    """
    trial retrial hearing inquest tribunal summit conference congress convention referendum election ballot
    festival ceremony parade marathon tournament
    """
)
"""Nouns of events set for a day (singular, lower case): the day right after one, or the day a verb of
:data:`START_VERBS` gives with one as its subject, dates the event."""

START_VERBS: frozenset[str] = select("begin begins began start starts started open opens opened", EVENT_BOUNDARY_VERBS)
"""Verbs of an event's start, in their forms after a modal and in the past (lower case): "the trial will begin",
"the hearing opened"; the starts among the verbs of an event's bounds (``relative_dates.EVENT_BOUNDARY_VERBS``)."""

SCHEDULE_WORDS: frozenset[str] = words("due scheduled set slated")
"""Words after a form of "be" that give the day set for an event ("the inquest is due on March 10", "is scheduled
for", "is set for"): the subject's start, as a verb of :data:`START_VERBS` gives it."""

ON_EVENT_VERBS: frozenset[str] = words("go goes going went gone stand stands standing stood face faces facing faced")
"""Verbs that put one on an event set for a day ("goes on trial on June 10", "will stand trial on June 10", "faces
trial on June 10"): the day after the event's noun is its start. After any other verb the event is the verb's
object ("the judge adjourned the trial on June 10") and the day dates that act."""
