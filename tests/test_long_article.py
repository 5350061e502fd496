"""A very long article costs in proportion to its length (issue #12).

Timing belongs in ``benchmarks/big_article.py``; these tests pin the
behaviour of the pieces that were made linear: they give the same answers as
the simple forms they replace.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.compare.align import Statement, _cross_article_pairs
from newsfuse.compare.reuse import find_reuse
from newsfuse.model import Article, ArticleAnalysis, Originality, Span


def _statements(articles: list[str]) -> list[Statement]:
    return [Statement(article=a, index=n, span=Span(0, 1), text="x", words=set()) for n, a in enumerate(articles)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("abc"), max_size=30), st.data())
def test_cross_article_pairs_are_every_pair_of_two_articles(articles: list[str], data: st.DataObject) -> None:
    flat = _statements(articles)
    ids = sorted(data.draw(st.sets(st.integers(0, max(0, len(flat) - 1)))) if flat else [])
    expected = {(i, j) for i, j in itertools.combinations(ids, 2) if flat[i].article != flat[j].article}
    found = list(_cross_article_pairs(flat, ids))
    assert len(found) == len(set(found)) and set(found) == expected


def test_one_article_makes_no_pair_however_many_statements_share_a_word() -> None:
    flat = _statements(["only"] * 5000)
    assert next(_cross_article_pairs(flat, list(range(5000))), None) is None


def test_a_story_of_one_article_is_all_its_own() -> None:
    body = "The ferry sailed at dawn. " * 50
    analysis = ArticleAnalysis(article=Article(id="a", source="a.txt", body=body))
    assert find_reuse("s", [analysis]) == (
        (),
        (Originality(story="s", article="a", shared=0.0, shared_quotations=0.0, original=1.0),),
    )
