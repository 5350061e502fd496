"""Pronoun chains: a pronoun resolves only to a person it can agree with. Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsfuse.article.quotes import extract_quotes
from newsfuse.article.speakers import given_name_gender
from newsfuse.model import Article


def speakers(body: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(Article(id="a1", source="a1", body=body))]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Wendy Marsh", "f"),
        ("Richard Olsen", "m"),
        ("Jordan Lee", None),
        ("Kim Olsen", None),
        ("Harbour Council", None),
    ],
)
def test_a_given_name_counts_only_where_its_recorded_gender_is_lopsided(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def test_a_single_word_is_not_a_persons_full_name() -> None:
    assert given_name_gender("Wendy") is None


def test_she_skips_a_man_named_first_for_the_woman_named_with_him() -> None:
    body = "Richard Olsen and Wendy Marsh toured the plant on Monday. “It was bigger than I expected,” she said."
    assert speakers(body) == ["Wendy Marsh"]


def test_the_articles_own_evidence_outweighs_the_given_name() -> None:
    body = "Ms. Glenn Harper met Tomas Berg at the dock on Monday. “We are not ready for winter,” she said."
    assert speakers(body) == ["Glenn Harper"]


def test_a_pronoun_no_one_agrees_with_is_left_unresolved() -> None:
    body = "Tomas Berg met Glenn Harper at the dock on Monday. “We are not ready for winter,” she said."
    assert speakers(body) == [None]
