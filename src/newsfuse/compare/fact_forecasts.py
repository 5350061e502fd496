"""A figure's place in time as its own sentence tells it: a prediction, an outcome, or a revised figure.

News gives a count or an amount in three ways that two outlets can both be right about:

- a **prediction**: "Forecasters expect 40 millimetres of rain", "the fair is expected to draw 40,000", "losses
  could reach $40 million", "is set to cut 1,200 jobs", "40,000 visitors were expected". A word of foretelling
  before the figure in its clause (``lexicon.FORECAST_WORDS``, or a word of ``lexicon.FORECAST_BEFORE_TO`` before
  "to" and a verb), a modal of what is possible on the figure's own verb (``lexicon.POSSIBILITY_MODALS``: the modal,
  perhaps an adverb, one verb, the figure; not a negated modal, not the modal of another verb: "police may never
  know why the gunman killed 12" tells an outcome), or a participle of foretelling after its noun. A plan ("will
  unveil 12 routes") is no prediction here: what one outlet says an actor will do and what another says it did on
  that day are compared (``fact_days`` reads a plan and a later outlet's figure as an update). What was foretold
  and what then happened are two facts: 40 millimetres were forecast, 65 fell (:func:`prediction_and_outcome`). Two
  predictions of one thing are compared, as two outcomes are.
- an **outcome**: a figure whose nearest tense is past and that is no prediction ("Kesby had 65 millimetres of
  rain", "the fair drew 35,000").
- a **revised** figure: "the death toll rose to 12", "has climbed to 12", "was revised down to 9", "now stands at
  12" (``lexicon.REVISION_VERBS`` before "to", ``lexicon.REVISION_PHRASES``). The writer says the figure moved, so
  another outlet's plain figure may be the one before the change, an explicit update, which the evaluation counts
  as no conflict (:func:`an_update`), but only where it can be: lower than a risen figure ("rose to 12" / "killed
  9"), higher than a fallen one, either for "revised"/"now stands at", where it is not written later; or written in
  a later article, the figure after a further change the same way (at least a risen figure: "rose to 12" then, days
  later, "11 dead" disagree). A toll that rose to 12 was never 15 before; a figure of a closed period (a month, a
  quarter, a year over before the writing: "profit rose to $40 million in 2024") is that period's, never the one
  before the change. Two revised figures are compared: each is given as the figure now.

A count after "after" whose noun ends the phrase ("the council approved the plan after 12 hearings",
``lexicon.MOMENT_BEFORE``) counts what had happened by that moment, a running count another outlet may give at a
later one: a plain count written in a later article (or where either article is undated) may be of another
moment (:func:`other_running_counts`); one written on the same day is compared ("approved the budget after 12
amendments" / "approved 15 amendments": one total of one event). A count that opens a clause after "after"
("closed after 40 people died") is that clause's subject and is read as any count; so are units of time ("talks
collapsed after three days": a length).

A plan for a whole ("the evacuation of all 3,500 residents will take two days", ``lexicon.WHOLE_BEFORE`` before a
figure of a clause ahead of its writing) and another outlet's count of the act done ("police evacuated 2,000
people") are the whole planned and the part done so far (:func:`a_plan_and_its_part`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.compare.fact_text import CLAUSE_BREAK, LETTER_WORD
from newsfuse.lexicon import (
    AROUND,
    AT_LEAST,
    AT_MOST,
    FORECAST_BEFORE_TO,
    FORECAST_PARTICIPLES,
    FORECAST_VERB_PREPOSITIONS,
    FORECAST_WORDS,
    MODAL_VERBS,
    MOMENT_BEFORE,
    NEARLY,
    PASSIVE_AUXILIARIES,
    PAST_AUXILIARIES,
    POSSIBILITY_MODALS,
    REVISION_DOWN,
    REVISION_DOWN_WORDS,
    REVISION_PHRASES,
    REVISION_UP,
    REVISION_UP_WORDS,
    REVISION_VERBS,
    WHOLE_BEFORE,
    alternation,
    is_past_form,
)
from newsfuse.model import Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = [
    "CLOSED_PERIOD_DAYS",
    "DOWN",
    "EITHER",
    "FORECAST_OBJECT",
    "FORECAST_REACH",
    "MOMENT_NOUN_WORDS",
    "REVISION_REACH",
    "UP",
    "a_plan_and_its_part",
    "an_update",
    "at_a_moment",
    "foretold",
    "other_running_counts",
    "prediction_and_outcome",
    "revised",
    "whole",
]

_BLUR = alternation({*AROUND, *AT_LEAST, *AT_MOST, *NEARLY}, any_space=True)
"""Words of approximation that may stand between a verb and its figure ("is expected to draw about 40,000")."""

FORECAST_REACH = 60
"""Characters before a figure searched for a word of foretelling (:data:`_FORETOLD_BEFORE`): the verb, "to", a
verb and a word of approximation ("are forecast to reach as many as")."""

FORECAST_OBJECT = 4
"""Most words of the object between a verb of foretelling and "to" ("expect the Brenmoor fair to draw 25,000")."""

_VERB_PREPOSITION = rf"(?:\s+(?:{alternation(FORECAST_VERB_PREPOSITIONS)}))?"
_FORETOLD_BEFORE = re.compile(
    rf"\b(?:{alternation(FORECAST_WORDS)}(?:(?:\s+[\w’'\-]+){{0,{FORECAST_OBJECT}}}?\s+to\s+[a-z]+{_VERB_PREPOSITION})?"
    rf"|{alternation(FORECAST_BEFORE_TO)}\s+to\s+[a-z]+{_VERB_PREPOSITION})"
    rf"\s+(?:{_BLUR}\s+)?(?:[$£€])?$",
    re.IGNORECASE,
)
"""A word of foretelling right before a figure, alone or before "to" and a verb (an object of up to
:data:`FORECAST_OBJECT` words between; a preposition of ``lexicon.FORECAST_VERB_PREPOSITIONS`` may follow the
verb), a word of approximation allowed before the figure ("expect 40", "is expected to draw 40,000", "expect the
fair to draw 25,000", "expect the river to peak at 5.2 metres", "is set to cut about 1,200", "projected to cost
$40")."""

_FORETOLD_AFTER = re.compile(
    r"(?:\s+[^\W\d_][\w’'\-]*){0,2}?\s+(?:"
    + alternation(PASSIVE_AUXILIARIES)
    + r"\s+)?"
    + alternation(FORECAST_PARTICIPLES | {"expected", "anticipated"})
    + r"\b",
    re.IGNORECASE,
)
"""A participle of foretelling after a figure's noun, with or without a form of "be" ("40,000 visitors were
expected", "the 30,000 forecast"): the figure is what was foretold."""

_POSSIBLE = re.compile(
    rf"\b{alternation(POSSIBILITY_MODALS)}\s+(?!(?:not|never)\b)(?:[a-z]+ly\s+)?(?:(?:have|be)\s+)?[a-z]+\s+"
    rf"(?:{_BLUR}\s+)?[$£€]?$"
)
"""A modal of what is possible (``lexicon.POSSIBILITY_MODALS``, in lower case: not the month "May") on the figure's
own verb: the modal, perhaps an adverb and "have"/"be", one verb, a word of approximation, the figure ("could
reach $40 million", "might easily draw about 12,000", "could have reached 40"); never negated ("could not
believe the fire destroyed 40") nor of another verb ("could only watch as the fire destroyed 40")."""

REVISION_REACH = 3
"""Words that may stand between a verb of change and "to" ("raised the toll to 12", "rose sharply to 12")."""

_NOW_PHRASES = alternation(REVISION_PHRASES, any_space=True)
_REVISED_BEFORE = re.compile(
    rf"\b(?:(?P<verb>{alternation(REVISION_VERBS)})(?P<between>(?:\s+[a-z][\w’'\-]*){{0,{REVISION_REACH}}}?)\s+to"
    rf"|{_NOW_PHRASES})\s+(?:{_BLUR}\s+)?(?:[$£€])?$",
    re.IGNORECASE,
)
"""A verb of change and "to", or a phrase of the figure now, right before a figure (see the module docstring)."""

_REVISION_SPAN = 60
"""Characters before a figure searched for :data:`_REVISED_BEFORE`: a verb, three words, "to" and a blur."""


def _clause_start(body: str, q: Quantity, sentence: Span) -> int:
    """Where the clause of a figure starts: after the last clause break before it (:data:`CLAUSE_BREAK`)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, sentence.start, q.span.start)]
    return breaks[-1] if breaks else sentence.start


def foretold(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether a figure's own words make it a prediction: a word of foretelling right before it in its clause
    (:data:`_FORETOLD_BEFORE`), a modal of what is possible on its own verb (:data:`_POSSIBLE`), or a
    participle of foretelling after its noun (:data:`_FORETOLD_AFTER`)."""
    start = max(_clause_start(body, q, sentence), q.span.start - FORECAST_REACH)
    if _FORETOLD_BEFORE.search(body, start, q.span.start) or _POSSIBLE.search(body, start, q.span.start):
        return True
    after = _FORETOLD_AFTER.match(body, q.span.end, sentence.end)
    return after is not None and CLAUSE_BREAK.search(body, q.span.end, after.end()) is None


UP, DOWN, EITHER = "up", "down", "either"
"""Which way a figure given as changed moved (``Fact.revised``): a rise, a fall, or not told ("revised to 12",
"now stands at 12")."""


def revised(body: str, q: Quantity, sentence: Span) -> str:
    """Which way a figure given as changed moved (:data:`UP`, :data:`DOWN`, :data:`EITHER`; empty where it is not
    so given): :data:`_REVISED_BEFORE` ("rose to 12", "revised down to 9", "now stands at 12"), the verb in its own
    clause."""
    start = max(_clause_start(body, q, sentence), q.span.start - _REVISION_SPAN)
    m = _REVISED_BEFORE.search(body, start, q.span.start)
    if m is None:
        return ""
    verb, between = (m.group("verb") or "").lower(), set((m.group("between") or "").lower().split())
    if verb in REVISION_UP or between & REVISION_UP_WORDS:
        return UP
    if verb in REVISION_DOWN or between & REVISION_DOWN_WORDS:
        return DOWN
    return EITHER


_WHOLE = re.compile(rf"\b{alternation(WHOLE_BEFORE, any_space=True)}\s+$", re.IGNORECASE)
"""Words of a whole right before a figure (``lexicon.WHOLE_BEFORE``: "all 3,500 residents")."""


def whole(body: str, q: Quantity) -> bool:
    """Whether a figure is written as the whole of a set (:data:`_WHOLE`)."""
    return _WHOLE.search(body, max(0, q.span.start - _WHOLE_REACH), q.span.start) is not None


_WHOLE_REACH = 16
"""Characters before a figure searched for :data:`_WHOLE` ("all of their ")."""


_MOMENT = re.compile(rf"\b{alternation(MOMENT_BEFORE)}\s+(?:{_BLUR}\s+)?$", re.IGNORECASE)
"""A word of a later moment right before a count ("after 12 hearings")."""

MOMENT_NOUN_WORDS = 4
"""Words after a count at a moment read for a verb that would make the count a clause's subject ("after 40 people
died")."""

_VERB_WORDS = frozenset(PAST_AUXILIARIES) | frozenset(PASSIVE_AUXILIARIES) | MODAL_VERBS


def at_a_moment(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether a count counts what had happened by a moment (see the module docstring): a word of
    ``lexicon.MOMENT_BEFORE`` right before it, and no verb among the :data:`MOMENT_NOUN_WORDS` words after it in its
    clause."""
    if _MOMENT.search(body, max(sentence.start, q.span.start - _MOMENT_REACH), q.span.start) is None:
        return False
    stop = CLAUSE_BREAK.search(body, q.span.end, sentence.end)
    after = LETTER_WORD.findall(body, q.span.end, stop.start() if stop else sentence.end)[:MOMENT_NOUN_WORDS]
    return not any(w.lower() in _VERB_WORDS or is_past_form(w.lower()) for w in after)


_MOMENT_REACH = 40
"""Characters before a count searched for :data:`_MOMENT` ("following as many as ")."""


def _later(x: Fact, y: Fact) -> bool:
    """Whether ``x``'s article was published on a later day than ``y``'s."""
    return x.published is not None and y.published is not None and x.published > y.published


def other_running_counts(a: Fact, b: Fact) -> bool:
    """Whether one of two counts is at a moment (``Fact.at_moment``) and the other, a plain count, may be of a later
    moment: written in a later article, or in an article whose day is unknown (either undated). Written on one day
    (or the plain count earlier) they are one total and compared."""
    return any(
        x.at_moment and not y.at_moment and (x.published is None or y.published is None or _later(y, x))
        for x, y in ((a, b), (b, a))
    )


def a_plan_and_its_part(a: Fact, b: Fact) -> bool:
    """Whether one figure is the whole a plan covers (``Fact.planned_whole``) and the other a count told as past that
    is no plan: the whole planned and the part done so far."""
    return any(x.planned_whole and y.past and not (y.ahead or y.modal) for x, y in ((a, b), (b, a)))


def prediction_and_outcome(a: Fact, b: Fact) -> bool:
    """Whether one figure is a prediction (``Fact.predicted``) and the other an outcome (``Fact.past``, no
    prediction): what was foretold and what happened, both true."""
    return any(x.predicted and y.past and not y.predicted for x, y in ((a, b), (b, a)))


CLOSED_PERIOD_DAYS = 28
"""Fewest days of a dated span (``Fact.days``) over before its article's writing that make a figure a closed
period's (a month, a quarter, a year: "profit rose to $40 million in 2024"), never the one before a change."""


def _closed_period(f: Fact) -> bool:
    """Whether a figure's sentence dates it to a closed period (:data:`CLOSED_PERIOD_DAYS`)."""
    written = f.published.toordinal() if f.published else None
    return written is not None and any(high - low + 1 >= CLOSED_PERIOD_DAYS and high < written for low, high in f.days)


def _before_the_change(changed: Fact, plain: Fact) -> bool:
    """Whether a plain figure can be the one before a changed figure's change: lower than a risen one, higher than a
    fallen one, either where the way is not told; never a closed period's figure."""
    if _closed_period(changed) or _closed_period(plain):
        return False
    if changed.revised == UP:
        return plain.low < changed.high
    if changed.revised == DOWN:
        return plain.high > changed.low
    return True


def _after_the_change(changed: Fact, plain: Fact) -> bool:
    """Whether a plain figure of a later article can be the one after a further change the same way: at least a risen
    one, at most a fallen one, either where the way is not told. A toll that rose to 12 is not 11 days later unless
    an outlet says it fell: the later plain figure disagrees. Only a count of things that happened is so kept: a
    price, a share or a level moves either way (money, a percentage, a measure), a part of a set ("11 of the
    people the storm killed", ``Fact.part_of``) is no total, and a figure its sentence tells corrects an earlier
    report ("fewer than first reported", ``Fact.corrects``) is the figure after a change."""
    if changed.cls[0] != "number" or plain.cls[0] != "number" or plain.part_of or plain.corrects:
        return True  # a price, a share, a part of the dead, a figure told as a correction ("fewer than first reported")
    if changed.revised == UP:
        return plain.high >= changed.low
    if changed.revised == DOWN:
        return plain.low <= changed.high
    return True


def an_update(a: Fact, b: Fact) -> bool:
    """Whether exactly one of two figures is given as changed (``Fact.revised``) and the other can be the figure
    before the change (:func:`_before_the_change`), written on the same day or earlier or undated, or the figure
    after a further change the same way (:func:`_after_the_change`), written in a later article: an update and no
    contradiction (see the module docstring)."""
    return any(
        x.revised and not y.revised and (_after_the_change(x, y) if _later(y, x) else _before_the_change(x, y))
        for x, y in ((a, b), (b, a))
    )
