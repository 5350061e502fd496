"""The verb of an outcome told after a count: "31 people were injured", "55 people died", "five charges were dropped".

News tells what befell what it counts before the figure ("injured 31
people", :mod:`~newsfuse.compare.fact_verbs`) or after it, the count
opening its clause: "Thirty-one people were injured", "55 people died". Both
are one outcome, and the verb after the count is read (:func:`outcome_after`)
as the verb before it is, where it is

- a verb of an outcome (``lexicon.ONE_OUTCOME_VERBS``), after up to two
  words of the count's noun and auxiliaries (``lexicon.SET_CLAUSE_AUXILIARIES``:
  "were", "have been"); or
- a verb of taking away (``lexicon.REMOVAL_VERBS``) after a passive's "be"
  (the last auxiliary a form of "be", ``lexicon.PASSIVE_AUXILIARIES``), up to
  :data:`PASSIVE_NOUN_WORDS` words of the noun before it: "five charges
  against Ana Vell were dropped" is the act "dropped three charges" tells
  (not "the charges have dropped", the count's own act).

Any other verb after a count is not read ("3,500 residents were forced from
their homes" is read by its words).

Two verbs of one group of ``lexicon.ONE_OUTCOME_VERBS`` tell one outcome or act
in other words, wherever they were read (:func:`one_outcome`: "landed" /
"arrived", "jailed" / "sentenced").
"""

from __future__ import annotations

import re

from newsfuse.article.stems import stem
from newsfuse.lexicon import (
    ONE_OUTCOME_VERBS,
    PASSIVE_AUXILIARIES,
    REMOVAL_VERBS,
    SET_CLAUSE_AUXILIARIES,
    alternation,
)
from newsfuse.model import Quantity, Span

__all__ = ["PASSIVE_NOUN_WORDS", "one_outcome", "outcome_after"]


_OUTCOME_AFTER = re.compile(
    r"\s+(?:[^\W\d_][\w’'\-]*\s+){1,2}?"
    rf"(?:(?P<chain>(?:(?:{alternation(SET_CLAUSE_AUXILIARIES)})\s+){{1,3}})(?:[a-z]+ly\s+)?)?"
    r"(?P<verb>[a-z]+)\b"
)
"""Up to two words of the noun a count counts, auxiliaries (``lexicon.SET_CLAUSE_AUXILIARIES``: "were", "have
been") and the verb of a passive (the last auxiliary a form of "be", :func:`_passive`), or a past verb: "31 people
were injured", "55 people died", "five charges were dropped"."""


PASSIVE_NOUN_WORDS = 4
"""Most words of a count's noun phrase before a passive's auxiliaries (:data:`_PASSIVE_AFTER`: "charges against Ana
Vell were")."""

_PASSIVE_AFTER = re.compile(
    rf"(?:\s+(?!(?:{alternation(SET_CLAUSE_AUXILIARIES)})\b)[^\W\d_][\w’'\-]*){{1,{PASSIVE_NOUN_WORDS}}}?\s+"
    rf"(?P<chain>(?:(?:{alternation(SET_CLAUSE_AUXILIARIES)})\s+){{1,3}})(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
"""The noun phrase a count counts (up to :data:`PASSIVE_NOUN_WORDS` words, "charges against Ana Vell"), auxiliaries and
the verb after them: read for a passive removal ("five charges against Ana Vell were dropped")."""


def _passive(chain: str | None) -> bool:
    """Whether a chain of auxiliaries ends in a form of "be" (``lexicon.PASSIVE_AUXILIARIES``): the next verb is a
    passive's ("were dropped", "have been dropped"), not the count's own act ("have dropped")."""
    return chain is not None and chain.split()[-1].lower() in PASSIVE_AUXILIARIES


_OUTCOME_STEMS = frozenset(stem(w) for group in ONE_OUTCOME_VERBS for w in group)
"""The verbs of outcomes (``lexicon.ONE_OUTCOME_VERBS``), stemmed."""


_REMOVAL_STEMS = frozenset(stem(w) for w in REMOVAL_VERBS)
"""Verbs of taking away (``lexicon.REMOVAL_VERBS``), stemmed: read after a passive's "be" as
:func:`~newsfuse.compare.fact_verbs.verb_before` reads one before a count ("five charges were dropped" / "dropped
three charges")."""


def outcome_after(body: str, q: Quantity, sentence: Span) -> str:
    """The verb of an outcome told of what a count counts, after it, stemmed ("Thirty-one people were injured":
    ``injur``; "55 people died": ``di``), as :func:`~newsfuse.compare.fact_verbs.verb_before` reads one before it
    ("injured 31 people"); only verbs of :data:`newsfuse.lexicon.ONE_OUTCOME_VERBS` and, after a passive's "be", of
    ``lexicon.REMOVAL_VERBS`` ("five charges were dropped": ``drop``; any other verb after a count is not read:
    "3,500 residents were forced from their homes" is read by its words); empty where none."""
    removal = _PASSIVE_AFTER.match(body, q.span.end, sentence.end)
    if removal and _passive(removal.group("chain")) and stem(removal.group("verb")) in _REMOVAL_STEMS:
        return stem(removal.group("verb"))  # "five charges against Ana Vell were dropped"
    m = _OUTCOME_AFTER.match(body, q.span.end, sentence.end)
    if m is None:
        return ""
    verb = stem(m.group("verb"))
    return verb if verb in _OUTCOME_STEMS else ""


_ONE_OUTCOME = tuple(frozenset(stem(w) for w in group) for group in ONE_OUTCOME_VERBS)
"""The groups of ``lexicon.ONE_OUTCOME_VERBS``, stemmed."""


def one_outcome(x: str, y: str) -> bool:
    """Whether two verbs (stemmed) tell one outcome or act in other words: both are in one group of
    ``lexicon.ONE_OUTCOME_VERBS`` ("landed" / "arrived", "arrested" / "detained"). A verb of two senses stands in a
    group of each ("released": freed, or made public), and the groups are never joined through it: "freed" and
    "published" are two acts, each one with "released" (``tests/test_conflicts_one_outcome.py``)."""
    return any(x in group and y in group for group in _ONE_OUTCOME)
