"""Approximate amounts: two values conflict only when they cannot both hold, each read with its own approximation.

"about", "around", "some" reach ``AROUND_SHARE`` either way; "nearly", "almost"
reach ``NEARLY_SHARE`` below and never above; "just over" / "just under"
reach ``JUST_SHARE`` on their side; "more than" leaves the top open; a count
in round words ("a dozen", "two dozen") is a rounded figure. Every sentence is
invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import analysis
from newsfuse.article.quantities import find_quantities
from newsfuse.article.sentences import split_sentences
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.fact_values import AROUND_SHARE, JUST_SHARE, NEARLY_SHARE
from newsfuse.compare.facts import facts_of
from newsfuse.model import Article, ArticleAnalysis


def _analysis(id: str, body: str) -> ArticleAnalysis:
    return analysis(id, body, "2025-05-14")


def _conflicting(a: str, b: str) -> set[str]:
    found = find_conflicts("s", [_analysis("a", a), _analysis("b", b)])
    return {v.value for c in found for v in c.values}


def _march(figure: str) -> str:
    return f"{figure} people marched through Kellworth on Saturday to protest against the closure of its hospital."


def _power(figure: str) -> str:
    return f"{figure} homes in the Orrin valley lost power when the storm brought down the main line."


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (_march("Some 300"), _march("About 200"), {"300", "200"}),  # 255-345 against 170-230
        (_march("Nearly 500"), _march("540"), {"500", "540"}),  # "nearly" never reaches above
        (_power("Just over 2,000"), _power("2,400"), {"2,000", "2,400"}),  # "just" keeps it near
        (_power("Two dozen"), _power("40"), {"Two dozen", "40"}),  # 24, not 2 and 12
    ],
)
def test_values_that_cannot_both_hold_conflict(a: str, b: str, values: set[str]) -> None:
    assert _conflicting(a, b) == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_march("Some 300"), _march("About 280")),
        (_march("Some 300"), _march("330")),  # within "some"'s reach
        (_march("Nearly 500"), _march("480")),
        (_power("Just over 2,000"), _power("2,050")),
        (_power("Just under 2,000"), _power("1,950")),
        (_power("About a dozen"), _power("13")),
        (_power("A dozen"), _power("13")),  # a round word is a rounded figure
        (_march("More than 300"), _march("450")),  # a floor: any figure above it holds
        (_march("Dozens of"), _march("60")),
    ],
)
def test_values_that_can_both_hold_do_not_conflict(a: str, b: str) -> None:
    assert _conflicting(a, b) == set()


def test_each_word_s_reach_is_a_share_of_the_figure() -> None:
    (about,) = [f for f in facts_of(_analysis("a", _march("About 400"))) if f.cls[0] == "number"]
    (nearly,) = [f for f in facts_of(_analysis("a", _march("Nearly 400"))) if f.cls[0] == "number"]
    (just,) = [f for f in facts_of(_analysis("a", _march("Just under 400"))) if f.cls[0] == "number"]
    assert about.low == pytest.approx(400 * (1 - AROUND_SHARE)) and about.high == pytest.approx(
        400 * (1 + AROUND_SHARE)
    )
    assert nearly.low == pytest.approx(400 * (1 - NEARLY_SHARE)) and nearly.high == 400
    assert just.low == pytest.approx(400 * (1 - JUST_SHARE)) and just.high == 400


def test_a_count_of_dozens_is_one_quantity() -> None:
    article = Article(id="a", source="a", body="Three dozen volunteers and a dozen boats searched the lake.")
    found = [(q.text, q.value, q.unit) for q in find_quantities(article, split_sentences(article))]
    assert found == [("Three dozen", 36.0, "volunteer"), ("dozen", 12.0, "boat")]
