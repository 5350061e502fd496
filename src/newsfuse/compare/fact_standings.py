"""Standings among a kind and among a wider kind holding it ("the second-largest lender" / "the third-largest bank").

A thing's standing among a kind counts the things of that kind above it. A
kind held in a wider one (:data:`newsfuse.lexicon.NARROWER_KINDS`: a bank is
a lender) has no more things above it than the wider one has, so, ranked by
one measure, the standing among the narrower kind is at most the standing
among the wider: "Fenmore Bank, the country's second-largest lender" and
"Fenmore, the third-largest bank in the country" cannot both be true, while
"the third-largest lender" and "the second-largest bank" can (a lender that
is no bank may stand between). Two standings whose kinds are neither one
nor nested are left apart, as before ("the third-largest employer").
"""

from __future__ import annotations

from newsfuse.article.stems import stem
from newsfuse.lexicon import NARROWER_KINDS

__all__ = ["nested_kinds", "standings_meet"]

_WIDER = {stem(narrow): stem(wide) for narrow, wide in NARROWER_KINDS.items()}
"""Each narrower kind's wider kind, stemmed as ``Standing.noun`` is."""


def nested_kinds(x: str, y: str) -> bool:
    """Whether one of two kinds (stemmed nouns) is held in the other (:data:`newsfuse.lexicon.NARROWER_KINDS`)."""
    return bool(x and y) and (_WIDER.get(x) == y or _WIDER.get(y) == x)


def standings_meet(noun_a: str, rank_a: float, noun_b: str, rank_b: float) -> bool | None:
    """Whether two standings of one thing in one dimension and scope can both be true where one's kind holds the
    other's: the narrower kind's rank is at most the wider's; None where the kinds are not nested."""
    if _WIDER.get(noun_a) == noun_b:
        return rank_a <= rank_b
    if _WIDER.get(noun_b) == noun_a:
        return rank_b <= rank_a
    return None
