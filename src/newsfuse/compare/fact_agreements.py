"""The term of an agreement written as a length of time after its verb ("signed for Esker Rovers for four years").

A contract's, a lease's or a deal's term is one fact, however an outlet writes
it: "on a three-year contract" (a hyphenated count that measures the
contract, ``Fact.measures``) and "signed for Esker Rovers for four years" (a
count of years after "for" in the clause of a verb of entering an
agreement, :data:`newsfuse.lexicon.AGREEMENT_VERBS`) give the term of one
signing. A count of years in another clause ("signed for Dale City in 2019
and played there for four years": the clause after "and" is of playing) or
after another verb ("spent four years at Dale City") is no term.
"""

from __future__ import annotations

import re

from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import CLAUSE_BREAK, LETTER_WORD
from newsfuse.lexicon import AGREEMENT_VERBS
from newsfuse.model import Quantity, Span

__all__ = ["TERM_UNITS", "term_of_agreement"]

TERM_UNITS = frozenset(stem(w) for w in ("year", "month", "season"))
"""The units a term is counted in, stemmed."""

_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
""""for" right before the count: a length ("for four years"), not a day or a rate."""

_FOR_REACH = len("for ") + 1
"""How far before the count ``_FOR_BEFORE`` is looked for: "for", one space and one more (a second space or a
line break)."""

_CONTRACT = stem("contract")
"""What a term measures: the contract, one with "a three-year contract" and, as near-synonyms, "a four-year deal"."""


def term_of_agreement(body: str, q: Quantity, sentence: Span) -> str:
    """``contract`` (stemmed) where the count ``q`` is a term of years, months or seasons after "for" whose clause
    (from the last clause break before it, :data:`newsfuse.compare.fact_text.CLAUSE_BREAK`) holds a verb of entering
    an agreement; empty otherwise."""
    if q.unit not in TERM_UNITS or not _FOR_BEFORE.search(
        body, max(sentence.start, q.span.start - _FOR_REACH), q.span.start
    ):
        return ""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, sentence.start, q.span.start)]
    start = breaks[-1] if breaks else sentence.start
    words = (w.lower() for w in LETTER_WORD.findall(body, start, q.span.start))
    return _CONTRACT if any(w in AGREEMENT_VERBS for w in words) else ""
