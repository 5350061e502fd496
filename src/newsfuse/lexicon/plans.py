"""Words of a plan before "to": what someone meant, promised or undertook to do.

"Carrow Foods planned to cut 1,200 jobs", "announced plans to cut 1,200
jobs", "said it intends to cut 1,200 jobs": the figure after the verb is
what someone meant to do, told as theirs, not what was done
(:mod:`newsfuse.compare.fact_told_plans`). Chosen by meaning, not from any
article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words
from newsfuse.lexicon.schedules import SCHEDULE_WORDS

__all__ = [
    "ANNOUNCING_VERBS",
    "DAY_NOW_WORDS",
    "HOPE_WORDS",
    "PAST_PLAN_WORDS",
    "PLAN_MOVED_PHRASES",
    "PLAN_MOVED_WORDS",
    "PLAN_WORDS",
]

PLAN_WORDS: frozenset[str] = words(
    """
    plan plans planned intend intends intended aim aims aimed promise promises promised pledge pledges pledged
    vow vows vowed
    """
)
"""Verbs and nouns of a plan or a promise, read right before "to" and a verb ("planned to cut", "plans to cut",
"pledged to build"): a past form tells a plan made before the writing; a present one or a noun a plan told as
someone's only after a past reporting verb ("said it plans to", "announced plans to")."""

ANNOUNCING_VERBS: frozenset[str] = words(
    "announce announces announced unveil unveils unveiled propose proposes proposed"
)
"""Verbs of making a plan known: a figure they take ("announced 1,500 job cuts", "unveiled 12 new bus routes") is a
plan's, not a figure of what was done."""

PAST_PLAN_WORDS: frozenset[str] = SCHEDULE_WORDS | words("supposed meant planned expected")
"""Words after a past form of "be" ("was", "had been") and before "to" or "for" that tell a plan as it stood before
the writing ("the trial was due to begin on June 3", "the vote had been scheduled for Tuesday"): a day so told may
have moved since; the words of a day set (``schedules.SCHEDULE_WORDS``) and of a plan or an expectation."""

HOPE_WORDS: frozenset[str] = words(
    "hope hopes hoped hoping seek seeks sought seeking bid bids bidding want wants wanted"
)
"""Words of a hope or an attempt before "to" ("hopes to become the 12th mayor", "is bidding to become"): an outcome
still ahead, as a plan's (:data:`PLAN_WORDS`)."""

PLAN_MOVED_WORDS: frozenset[str] = words(
    """
    postponed delayed adjourned deferred rescheduled moved halted suspended but instead until
    """
)
"""Words in the sentence of a plan told in the past ("was due to begin on June 3") that tell the plan moved ("…, but
was delayed", "which was due to begin on June 3, was postponed", "put back until"): without one, "was scheduled to
begin on June 3, court records showed" is the schedule as it stands, told in the reporting past."""

PLAN_MOVED_PHRASES: tuple[str, ...] = ("put back", "pushed back")
"""Phrasal verbs in the sentence of a plan told in the past that tell the plan moved, as :data:`PLAN_MOVED_WORDS` do
("was due to begin on June 3 but was put back", "has been pushed back")."""

DAY_NOW_WORDS: frozenset[str] = words("now instead")
"""Words in a day's clause before it that tell the day as the day now, after a plan that moved ("will now begin on
June 10", "will instead begin on June 10"): another outlet's plan told in the past may be the day before."""
