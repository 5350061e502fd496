"""The normal forms of a word's inflections (``article.stems``): the light stem a count's noun is held in too, the
suffix stem of sentence alignment and the singular of summary support."""

from __future__ import annotations

import pytest

from newsfuse.article import analyse_article
from newsfuse.article.stems import singular, stem, suffix_stem
from newsfuse.model import Article


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("cache", "caches"),
        ("city", "cities"),
        ("study", "studied"),
        ("study", "studies"),
        ("studying", "studies"),
        ("business", "businesses"),
        ("campus", "campuses"),
        ("branch", "branches"),
        ("movie", "movies"),
        ("vote", "voting"),
        ("voted", "votes"),
        ("page", "pages"),
    ],
)
def test_inflections_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("close", "closure"), ("bus", "business"), ("city", "cite"), ("crisis", "cris")])
def test_other_words_keep_other_stems(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_a_possessive_and_a_curly_apostrophe_are_read() -> None:
    assert stem("Council’s") == stem("council's") == stem("council")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("walking", "walk"),
        ("votes", "vote"),
        ("voting", "voting"),
        ("Mayor's", "mayor"),
        ("bus", "bus"),
        ("used", "used"),
        ("walked", "walk"),
    ],
)
def test_the_suffix_stem_keeps_four_letters(word: str, expected: str) -> None:
    assert suffix_stem(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("cities", "city"),
        ("campus", "campus"),
        ("crisis", "crisis"),
        ("voted", "voted"),
        ("gas", "gas"),
        ("mayor's", "mayor"),
    ],
)
def test_the_singular_drops_only_a_plural_or_possessive(word: str, expected: str) -> None:
    assert singular(word) == expected


def _units(body: str) -> list[str | None]:
    article = Article(id="a", source="a.txt", body=body, published="2025-05-14")
    return [q.unit for q in analyse_article(article).quantities if q.kind == "number"]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Fenmore Bank will empty 150 caches of coins this year.", "cache"),
        ("Fenmore Bank set out a 150-cache plan this year.", "caches"),
        ("The tour will visit 12 cities in May.", "city"),
        ("The 12-city tour opens in May.", "cities"),
        ("Fenmore Bank will sell 40 businesses this year.", "business"),
    ],
)
def test_a_count_s_noun_is_its_stem(body: str, noun: str) -> None:
    assert _units(body) == [stem(noun)]
