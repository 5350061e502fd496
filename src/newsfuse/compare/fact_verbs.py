"""The verb whose object a figure is: the act a count or an amount is told of.

News tells what befell what it counts with the verb before the figure:
"killed 40 people", "damaged at least 300 homes", "made an estimated 31
arrests". The verb is read (:func:`verb_before`) as the nearest word before
the figure in its sentence, within :data:`VERB_REACH` characters, past
function words and words of approximation (:data:`COUNT_LEAD`: "killed an
estimated 40"):

- a simple-past form (``lexicon.is_past_form``) is the verb, also one that a
  list of function words holds ("won 34 seats", "made 31 arrests");
- a verb of cutting or keeping jobs (``lexicon.JOB_CUT_VERBS``,
  ``lexicon.JOBS_KEPT_VERBS``) is the verb also after a modal verb or "to"
  ("will keep 1,500 jobs", "plans to shed 900 jobs"): a plan's act is
  written in one verb by every outlet, unlike "will build 300 homes";
- a capitalised word (a name) or any other word ends the search: the figure
  has no verb before it ("40 people died" is read after it,
  :mod:`~newsfuse.compare.fact_outcome_verbs`).

A word is a modal's or an infinitive's verb (:func:`after_modal`) where a
modal verb stands right before it ("will replace") or "to" that opens an
infinitive ("plans to shed"); "to" after a past form opens one only where
that verb takes one (``lexicon.INFINITIVE_VERBS``: "voted to close"; "was
closed to traffic" is a preposition and its noun).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.article.stems import stem
from newsfuse.compare.fact_phrasal import phrase_ending_at, phrase_starting_at
from newsfuse.compare.fact_text import LETTER_WORD
from newsfuse.lexicon import (
    AROUND,
    AT_LEAST,
    ENGLISH_FUNCTION_WORDS,
    INFINITIVE_VERBS,
    JOB_CUT_VERBS,
    JOBS_KEPT_VERBS,
    MODAL_VERBS,
    NEARLY,
    is_past_form,
)
from newsfuse.model import Quantity, Span

__all__ = ["COUNT_LEAD", "VERB_REACH", "after_modal", "own_word", "verb_before"]


VERB_REACH = 40
"""Characters before a count searched for the past verb whose object it is (:func:`verb_before`)."""


COUNT_LEAD = frozenset(w for words in (AROUND, NEARLY, AT_LEAST) for w in words if " " not in w)
"""Words between a verb and the count it takes, read past ("killed an estimated 40"; function words too): the
one-word words of approximation of the lexicon (``lexicon.AROUND``, ``NEARLY``, ``AT_LEAST``), not a list of
their own."""


_PLANNED_JOB_ACTS = JOB_CUT_VERBS | JOBS_KEPT_VERBS


_PAST_FUNCTION_WORDS = frozenset(w for w in ENGLISH_FUNCTION_WORDS if is_past_form(w))
"""Past verbs a list of function words holds ("won", "made", "became"): a count's verb all the same ("won 34 seats"
/ "held 37 seats": two outcomes)."""


def verb_before(body: str, q: Quantity, sentence: Span) -> str:
    """The verb whose object a count or amount is ("killed 40 people", "damaged at least 300 homes", "will cut 1,200
    jobs"), stemmed: the nearest word before it past function words and approximation words, where it is a
    simple-past form (``lexicon.is_past_form``) or, a verb of cutting or keeping jobs (``lexicon.JOB_CUT_VERBS``,
    ``lexicon.JOBS_KEPT_VERBS``), stands right after a modal verb or "to" (``lexicon.MODAL_VERBS``: "will keep 1,500
    jobs", "plans to shed 900 jobs"; not "will build 300 homes", whose verb one outlet writes in other words); empty
    otherwise ("40 people died"). A past form among the function words is a verb (:data:`_PAST_FUNCTION_WORDS`: "won
    34 seats"); a phrasal verb is its one-word verb (:mod:`~newsfuse.compare.fact_phrasal`: "came away with 37
    seats": ``won``)."""
    words = LETTER_WORD.findall(body, max(sentence.start, q.span.start - VERB_REACH), q.span.start)
    k = own_word(words, _PAST_FUNCTION_WORDS)
    if k < 0:
        return ""
    word = words[k]
    lower = word.lower()
    if word != lower:
        return ""
    if phrasal := phrase_starting_at(words, k) or phrase_ending_at(words, k):
        return phrasal  # "came away with 37 seats", "took home 37 medals": won (fact_phrasal)
    return stem(lower) if is_past_form(lower) or (after_modal(words, k) and lower in _PLANNED_JOB_ACTS) else ""


def own_word(words: Sequence[str], verbs: frozenset[str] = frozenset()) -> int:
    """The index of a figure's own word among the words before it (``words``, in their order; the last stands
    nearest): the nearest that is no function word (``lexicon.ENGLISH_FUNCTION_WORDS``; those of ``verbs`` are read as
    words all the same: :func:`verb_before` reads past verbs a list of function words holds, "won 34 seats") and no
    word of approximation (:data:`COUNT_LEAD`: "killed an estimated 40"); -1 where none stands there. The one reading
    of a figure's own word: :func:`verb_before`, ``fact_told_plans`` ("said it would cut 1,200 jobs") and
    ``fact_job_losses`` ("will move 300 jobs") take it."""
    for k in range(len(words) - 1, -1, -1):
        lower = words[k].lower()
        if (lower not in ENGLISH_FUNCTION_WORDS or lower in verbs) and lower not in COUNT_LEAD:
            return k
    return -1


def after_modal(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is the verb of a modal or of an infinitive: it stands right after a modal verb
    (``lexicon.MODAL_VERBS``: "will replace") or after "to" that opens an infinitive ("plans to shed"), which "to"
    after a past form does only where that verb takes one (``lexicon.INFINITIVE_VERBS``: "voted to close"; "was closed
    to traffic", "was sent to prison": a preposition and its noun)."""
    before = words[k - 1].lower() if k > 0 else ""
    if before != "to":
        return before in MODAL_VERBS
    head = words[k - 2].lower() if k > 1 else ""
    return not is_past_form(head) or head in INFINITIVE_VERBS
