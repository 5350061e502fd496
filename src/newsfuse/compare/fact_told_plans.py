"""A plan told as someone's, said before: a figure of what someone meant to do, never one fact with what was done.

"Carrow Foods said it would cut 1,200 jobs" tells what the firm said it
would do, at a time before the writing ("would": the future of a past
saying). "Carrow Foods cut 900 jobs" tells what was done. Plans change
between the saying and the act, so a plan so told and another outlet's
figure of the act are two facts, both true (:func:`a_told_plan_and_the_act`).
Two outlets telling one plan with two figures still disagree (one of them
misreports it), and so do two figures of what was done.

A day is a **plan that stood before** (:func:`day_telling`) where a past form
of "be" and a word of a plan (``lexicon.PAST_PLAN_WORDS``) stand before "to"
or "for" in its clause before it: "the trial was due to begin on June 3",
"the vote had been scheduled for Tuesday", where its sentence tells that the
plan moved ("but was delayed", "was postponed", ``lexicon.PLAN_MOVED_WORDS``)
or the plan is told in the pluperfect ("had been scheduled"); without such a
sign ("was scheduled to begin on June 3, court records showed": the schedule
now, told in the reporting past) only where the other outlet tells its day
as now or as done ("will now begin", "instead", "began on June 10"). Plans move; such a day and
another outlet's day that is not so told ("will now begin on June 10",
"began on June 10") are two facts (:func:`a_plan_that_stood_before`); two
such days still disagree.

A count or an amount is a **told plan** (:data:`TOLD_PLAN`,
:func:`telling`) where, in its sentence,

- its own verb (the word before it, past function words,
  :func:`~newsfuse.compare.fact_verbs.verb_before`'s reading) follows "would",
  or "would" and a passive's "be" stand after it in its clause ("3,500
  residents would be evacuated"; "1,500 workers would lose their jobs": the
  plan acts on what it counts, while "its 720 pupils would share the hall"
  counts the plan's agents, a state), and a past reporting verb (``lexicon.REPORTING_VERBS`` in a
  past form: "said", "announced", "told") stands before that "would": "said
  it would cut 1,200 jobs", "told staff on Monday that it would cut";
- or its own verb follows "to" after a word of a plan
  (``lexicon.PLAN_WORDS``) that is a past form ("planned to cut", "had
  promised to build") or stands after a past reporting verb ("said it plans
  to cut", "announced plans to cut").

"Will" is left out: a plan the outlet gives in its own words ("will cut
1,200 jobs") is compared with another outlet's figure of its day
(:func:`~newsfuse.compare.fact_days.forecast_then_update` says when not).

A count is **announced** (:data:`ANNOUNCED`) where a verb of making a plan
known is its own verb (``lexicon.ANNOUNCING_VERBS``: "announced 1,500 job
cuts", "unveiled 12 new bus routes"): the figure of a plan's announcement,
compared with a told plan as a plan is, never read as what was done. What
was done is a figure of neither kind, told in the past (``Fact.past``), not
ahead, not a prediction, not under a modal verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.compare.fact_text import CLAUSE_BREAK, LETTER_WORD
from newsfuse.compare.fact_verbs import VERB_REACH, own_word
from newsfuse.lexicon import (
    ANNOUNCING_VERBS,
    DAY_NOW_WORDS,
    JOB_LOSS_VERB,
    PAST_OF_BE,
    PAST_PLAN_WORDS,
    PLAN_MOVED_PHRASES,
    PLAN_MOVED_WORDS,
    PLAN_WORDS,
    REPORTING_VERBS,
    START_VERBS,
    alternation,
    is_past_form,
)
from newsfuse.model import Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = [
    "ANNOUNCED",
    "DUE",
    "NOW",
    "TOLD_PLAN",
    "a_plan_that_stood_before",
    "a_told_plan_and_the_act",
    "day_telling",
    "telling",
]

TOLD_PLAN = "plan"
"""A figure of a plan told as someone's, said before the writing ("said it would cut 1,200 jobs")."""

ANNOUNCED = "announced"
"""A figure a reporting verb takes ("announced 1,500 job cuts"): a plan's announcement, not what was done."""

_PAST_REPORTING = frozenset(w for w in REPORTING_VERBS if is_past_form(w))
"""The reporting verbs in a past form ("said", "announced", "told")."""

_PAST_REPORTING_VERB = re.compile(rf"\b(?:{alternation(_PAST_REPORTING)})\b", re.IGNORECASE)

_WOULD = "would"
"""The modal of a future told from a past saying ("said it would cut")."""

_ACTED_ON = "be"
"""The verb after "would" that makes the count before it what the plan acts on: a passive's "be" ("3,500 residents
would be evacuated"); an active verb makes it the plan's agent, whose count is a state ("its 720 students would share
the hall")."""

_WOULD_AFTER = re.compile(rf"\b{_WOULD}\s+(?:{_ACTED_ON}|{JOB_LOSS_VERB})\b", re.IGNORECASE)
""""Would" and a passive's "be" or the verb of losing a job (``lexicon.JOB_LOSS_VERB``, the base form, the one form
after a modal: "1,500 workers would lose their jobs") after a count: a plan acting on what it counts."""


def _own_verb(body: str, q: Quantity, sentence: Span) -> tuple[list[re.Match[str]], int]:
    """The words before a figure in its sentence (within :data:`~newsfuse.compare.fact_verbs.VERB_REACH`
    characters) and the index of its own verb (:func:`~newsfuse.compare.fact_verbs.own_word`: the nearest word past
    function words and words of approximation; -1 where none)."""
    words = list(LETTER_WORD.finditer(body, max(sentence.start, q.span.start - VERB_REACH), q.span.start))
    return words, own_word([m.group() for m in words])


def _clause_end(body: str, q: Quantity, sentence: Span) -> int:
    """Where the clause of a figure ends: the next clause break after it (:data:`CLAUSE_BREAK`), else its sentence's
    end."""
    after = CLAUSE_BREAK.search(body, q.span.end, sentence.end)
    return after.start() if after else sentence.end


def _reported_before(body: str, start: int, end: int) -> bool:
    """Whether a past reporting verb stands in ``body[start:end]``."""
    return _PAST_REPORTING_VERB.search(body, start, end) is not None


def telling(body: str, q: Quantity, sentence: Span) -> str:
    """How a count or an amount is told (see the module docstring): :data:`TOLD_PLAN`, :data:`ANNOUNCED` or empty."""
    words, k = _own_verb(body, q, sentence)
    verb = words[k].group().lower() if k >= 0 else ""
    before = words[k - 1] if k > 0 else None
    if before is not None and before.group().lower() == _WOULD:  # "said it would cut 1,200 jobs"
        return TOLD_PLAN if _reported_before(body, sentence.start, before.start()) else ""
    if verb in ANNOUNCING_VERBS:
        return ANNOUNCED  # "announced 1,500 job cuts"
    if k < 0 or verb in _PAST_REPORTING:  # "said 3,500 residents would be evacuated"
        would = _WOULD_AFTER.search(body, q.span.end, _clause_end(body, q, sentence))
        return TOLD_PLAN if would and _reported_before(body, sentence.start, q.span.start) else ""
    if before is not None and before.group().lower() == "to" and k > 1:
        plan = words[k - 2]
        if plan.group().lower() not in PLAN_WORDS:
            return ""
        if is_past_form(plan.group().lower()):
            return TOLD_PLAN  # "planned to cut 1,200 jobs"
        return TOLD_PLAN if _reported_before(body, sentence.start, plan.start()) else ""  # "said it plans to cut"
    return ""


def _done(f: Fact) -> bool:
    """Whether a figure tells what was done: told in the past, not as a plan, an announcement, a prediction or under a
    modal verb."""
    return f.past and not (f.told or f.ahead or f.modal or f.predicted or f.conditional)


def a_told_plan_and_the_act(a: Fact, b: Fact) -> bool:
    """Whether one figure is a told plan (:data:`TOLD_PLAN`) and the other a figure of what was done (see the module
    docstring): two facts, both true."""
    return any(x.told == TOLD_PLAN and _done(y) for x, y in ((a, b), (b, a)))


_PLAN_BEFORE = re.compile(
    rf"\b(?:{alternation(PAST_OF_BE)}|had\s+been)\s+{alternation(PAST_PLAN_WORDS)}\s+(?:to|for)\b", re.IGNORECASE
)
"""A past form of "be" and a word of a plan before "to" or "for" ("was due to", "had been scheduled for")."""


_MOVED_PHRASES = alternation(PLAN_MOVED_PHRASES, any_space=True)
_MOVED = re.compile(rf"\b(?:{alternation(PLAN_MOVED_WORDS)}|{_MOVED_PHRASES})\b", re.IGNORECASE)
"""A sign in a sentence that a plan told in the past moved (``lexicon.PLAN_MOVED_WORDS``; ``PLAN_MOVED_PHRASES``: "put
back")."""


DUE = "due"
"""A day of a plan told in the past with no sign that it moved ("was scheduled to begin on June 3, court records
showed"): the schedule as it stands, unless another outlet tells a day as now (:data:`NOW`)."""

NOW = "now"
"""A day told as the day now or as done ("will now begin on June 10", "instead", "began on June 10")."""

_NOW_BEFORE = re.compile(rf"\b{alternation(DAY_NOW_WORDS)}\b", re.IGNORECASE)
"""A word in a day's clause before it that tells the day as the day now (``lexicon.DAY_NOW_WORDS``: "will now
begin")."""

_PAST_STARTS = frozenset(w for w in START_VERBS if is_past_form(w))
"""Verbs of an event's start in a past form ("began", "opened"): the event took place on that day."""


def day_telling(body: str, q: Quantity, sentence: Span) -> str:
    """How a day is told (see the module docstring): :data:`TOLD_PLAN` for a plan that stood before (``_PLAN_BEFORE``
    in its clause before it, and a sign in its sentence that the plan moved, :data:`_MOVED`, or a pluperfect: "had
    been scheduled for"), :data:`DUE` for such a plan with no sign, :data:`NOW` for a day told as the day now or as
    done, empty otherwise."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, sentence.start, q.span.start)]
    start = breaks[-1] if breaks else sentence.start
    plan = _PLAN_BEFORE.search(body, start, q.span.start)
    if plan is not None:
        moved = plan.group().lower().startswith("had") or _MOVED.search(body, sentence.start, sentence.end)
        return TOLD_PLAN if moved else DUE
    clause = body[start : q.span.start]
    if _NOW_BEFORE.search(clause) or any(w.lower() in _PAST_STARTS for w in LETTER_WORD.findall(clause)):
        return NOW
    return ""


def a_plan_that_stood_before(a: Fact, b: Fact) -> bool:
    """Whether one of two days is a plan that stood before and the other is not (:func:`day_telling`,
    ``Fact.told``): a plan told as moved against any other day, or a plan told in the past without a sign against a
    day told as now or as done. Two facts: the plan may have moved."""
    return any(
        (x.told == TOLD_PLAN and y.told != TOLD_PLAN) or (x.told == DUE and y.told == NOW) for x, y in ((a, b), (b, a))
    )
