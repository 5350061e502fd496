"""Counts of jobs cut, and counts of jobs an act keeps or moves: one class of fact whatever noun counts them.

A plant's closure is told in many nouns and verbs: "will lay off 1,500
workers", "shed 1,500 staff", "1,500 job cuts", "1,500 employees would lose
their jobs", "300 staff are set to be made redundant". Each counts jobs cut,
one fact (class ``("number", JOBS_CUT_UNIT)``), and a count of jobs cut is
read (:func:`jobs_cut`) where

- "job" and a noun of losing jobs follow the count
  (``lexicon.JOB_LOSS_NOUNS``: "900 job cuts", :func:`job_cuts_after`);
- a predicate of losing a job follows the people it counts, up to
  :data:`JOB_LOSS_NOUN_WORDS` words of them in its clause, after an auxiliary
  and a lead (``lexicon.JOB_LOSS_PREDICATES``, ``lexicon.JOB_LOSS_LEADS``:
  "700 workers at its Brenmoor plant will lose their jobs"), unless the
  count follows "of the" (a whole a part of which loses them: "half of the
  1,500 workers will lose their jobs") or the sentence writes a condition
  (what would happen: "... if the plant closed");
- a noun of jobs (``lexicon.JOB_NOUNS``) is the object of a verb of cutting
  jobs (``lexicon.JOB_CUT_VERBS``; the verb as
  :func:`~newsfuse.compare.fact_verbs.verb_before` reads it: "will lay off
  1,500 workers").

A count of jobs that is none of these is told apart by the act before it
(:func:`job_act`): jobs kept or made (:data:`JOBS_KEPT_UNIT`, a verb of
``lexicon.JOBS_KEPT_VERBS``: "will cut costs and save 300 jobs") or another
act a plan names ("will move 300 jobs": ``job mov``); "1,500 jobs will go"
is left to the count's noun.
"""

from __future__ import annotations

import re

from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import CONDITION, LETTER_WORD
from newsfuse.compare.fact_verbs import VERB_REACH, own_word, verb_before
from newsfuse.lexicon import (
    CONJUNCTIONS,
    JOB_CUT_VERBS,
    JOB_LOSS_LEADS,
    JOB_LOSS_NOUNS,
    JOB_LOSS_PREDICATES,
    JOB_NOUNS,
    JOBS_KEPT_VERBS,
    MODAL_VERBS,
    PART_DETERMINERS,
    PASSIVE_AUXILIARIES,
    SET_CLAUSE_RELATIVES,
    SUBORDINATORS,
    alternation,
)
from newsfuse.model import Quantity

__all__ = ["JOBS_CUT_UNIT", "JOBS_KEPT_UNIT", "JOB_LOSS_NOUN_WORDS", "job_act", "job_cuts_after", "jobs_cut"]


JOBS_CUT_UNIT = stem("job")
"""The noun of a count of jobs cut (:func:`jobs_cut`), whatever noun counts them ("will lay off 1,500 workers",
"1,500 job cuts")."""


JOBS_KEPT_UNIT = "job kept"
"""The noun of a count of jobs kept or made (:func:`job_act`), its own: "shed 1,200 staff" and "1,500 jobs will
go" count jobs cut, "will cut costs and save 300 jobs" another thing."""


_JOBS_KEPT = frozenset(stem(w) for w in JOBS_KEPT_VERBS)


_JOB_NOUNS = frozenset(stem(w) for w in JOB_NOUNS)


_JOB_CUTS = frozenset(stem(w) for w in JOB_CUT_VERBS)


_JOB_LOSS_AFTER = re.compile(rf"\s+job\s+(?:{alternation(JOB_LOSS_NOUNS)})\b")
"""A noun of losing jobs right after a count ("900 job cuts", "1,500 job losses": ``lexicon.JOB_LOSS_NOUNS``)."""


JOB_LOSS_NOUN_WORDS = 6
"""Most words between a count and a predicate of losing a job ("700 workers at its Brenmoor plant in Kesby will
lose their jobs")."""


_CLAUSE_LINKS = alternation(CONJUNCTIONS | SET_CLAUSE_RELATIVES | SUBORDINATORS)
_LOSES_JOB_AFTER = re.compile(
    rf"(?:\s+(?!(?:{_CLAUSE_LINKS})\b)[^\W\d_][\w’'\-]*){{0,{JOB_LOSS_NOUN_WORDS}}}?\s+"
    rf"(?:(?:{alternation(MODAL_VERBS | frozenset(PASSIVE_AUXILIARIES))})\s+)?"
    rf"(?:(?:{alternation(JOB_LOSS_LEADS)})\s+)?(?:to\s+)?"
    rf"{alternation(JOB_LOSS_PREDICATES)}\b",
    re.IGNORECASE,
)
"""The people a count counts, up to :data:`JOB_LOSS_NOUN_WORDS` words of them in its clause (words, no figure: no
conjunction, relative pronoun or subordinator), an auxiliary, a lead (``lexicon.JOB_LOSS_LEADS``), then a predicate of
losing a job (:data:`newsfuse.lexicon.JOB_LOSS_PREDICATES`): "1,500 employees at its Brenmoor plant would lose their
jobs", "300 staff are set to be made redundant" count jobs cut, whatever noun counts them."""

_PART_OF_BEFORE = re.compile(rf"\bof\s+(?:{alternation(PART_DETERMINERS)})\s+$", re.IGNORECASE)
"""A count after "of the" ("half of the 1,500 workers", "of its 1,500 staff"): the whole some part of which a
predicate after it tells of, not the people it tells of."""


_PART_OF_REACH = 12
"""Characters before a count searched for :data:`_PART_OF_BEFORE` ("of their ")."""


def jobs_cut(q: Quantity, body: str) -> bool:
    """Whether a count is of jobs cut: a noun of :data:`newsfuse.lexicon.JOB_NOUNS` after a verb of
    :data:`newsfuse.lexicon.JOB_CUT_VERBS` ("will lay off 1,500 workers", "shed 1,500 staff"), or "job cuts" / "job
    losses" after it, or a predicate of losing a job after its people (:data:`_LOSES_JOB_AFTER`: "1,500 employees
    would lose their jobs"; not under a condition its sentence writes, "… if the plant closed", what would happen)."""
    if _JOB_LOSS_AFTER.match(body, q.span.end):
        return True
    if q.context is None:
        return False
    part_of = _PART_OF_BEFORE.search(body, max(0, q.span.start - _PART_OF_REACH), q.span.start) is not None
    if not part_of and _LOSES_JOB_AFTER.match(body, q.span.end):  # not under a condition ("if the plant closed")
        return CONDITION.search(body[q.context.start : q.context.end].lower()) is None
    if q.unit not in _JOB_NOUNS:
        return False
    return verb_before(body, q, q.context) in _JOB_CUTS


def job_act(q: Quantity, body: str) -> str:
    """The noun of a count of jobs that is no count of jobs cut (not :func:`jobs_cut`), by the act before it:
    :data:`JOBS_KEPT_UNIT` after a verb of :data:`newsfuse.lexicon.JOBS_KEPT_VERBS` in any form ("will cut costs and
    save 300 jobs", "kept 800 staff"), "job" and the verb's stem after another verb right after a modal verb or "to"
    ("will move 300 jobs": ``job mov``); empty otherwise ("1,500 jobs will go", "is shedding 1,500 jobs": jobs cut)."""
    if q.unit not in _JOB_NOUNS or q.context is None:
        return ""
    words = [
        w.lower() for w in LETTER_WORD.findall(body, max(q.context.start, q.span.start - VERB_REACH), q.span.start)
    ]
    k = own_word(words)
    if k < 0:
        return ""
    if stem(words[k]) in _JOBS_KEPT:
        return JOBS_KEPT_UNIT
    after_modal = k > 0 and (words[k - 1] in MODAL_VERBS or words[k - 1] == "to")
    return f"job {stem(words[k])}" if after_modal and words[k] not in JOB_CUT_VERBS else ""


def job_cuts_after(q: Quantity, body: str) -> bool:
    """Whether a count is followed by "job" and a noun of losing jobs ("announced 900 job cuts"): it counts jobs cut,
    and no verb before it is its own."""
    return _JOB_LOSS_AFTER.match(body, q.span.end) is not None
