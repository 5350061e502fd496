"""A place standing beside a person is not a speaker (invented sentences).

"Sen. Ana Vell of New Mexico", "Ana Vell, Republican of Ohio" and "a farmer
from Leeds" name the person; the place after the preposition only says where
they are from. "A Nebraska rally" uses the place as a modifier. A place may
still speak for its government where nothing stands beside it ("Ottawa
said", "according to Ottawa").
"""

from __future__ import annotations

import pytest

from newsfuse.article.quotes import find_quotes
from newsfuse.article.speakers import scan_mentions
from newsfuse.article.text import ArticleText
from newsfuse.model import Article


def speaker(body: str) -> str | None:
    article = Article(id="a1", source="a1.txt", body="The hearing ran late.\n\n" + body)
    quotes = find_quotes(article, ArticleText(article))
    assert quotes
    return quotes[-1].speaker.name if quotes[-1].speaker else None


def mention_texts(text: str) -> list[str]:
    return [m.text for m in scan_mentions(text, 0, len(text))]


@pytest.mark.parametrize(
    "body",
    [
        "\u201cThe bill is dead,\u201d said Sen. Ana Vell of New Mexico, who opposed it.",
        "\u201cThe bill is dead,\u201d said former Gov. Ana Vell of New Mexico, twice a Democratic candidate.",
        "\u201cThe bill is dead,\u201d said Ana Vell of the New Mexico delegation.",
        "\u201cThe bill is dead,\u201d Ana Vell, Republican of New Mexico, said on Tuesday.",
    ],
)
def test_the_person_beside_a_place_is_the_speaker(body: str) -> None:
    assert speaker(body) == "Ana Vell"


def test_a_place_after_a_preposition_or_as_a_modifier_is_no_mention() -> None:
    assert mention_texts("Ana Vell of New Mexico spoke to a Nebraska crowd in Ohio.") == ["Ana Vell"]
    assert mention_texts("She met the New York delegation.") == ["She"]


def test_a_place_alone_may_still_speak_for_its_government() -> None:
    assert mention_texts("Ottawa said the talks would resume.") == ["Ottawa"]
    assert mention_texts("The talks will resume, according to Ottawa.") == ["Ottawa"]
    assert mention_texts("The United States has said so.") == ["United States"]


def test_a_name_with_a_title_is_never_taken_for_a_place() -> None:
    assert mention_texts("The letter was sent to Mr. Houston.") == ["Mr. Houston"]


@pytest.mark.parametrize(
    "body",
    [
        "Ana Vell of Brenmoor, Ohio, says the plant is \u201ca disaster for the valley.\u201d",
        "Ana Vell of Brenmoor, Ohio says the plant is \u201ca disaster for the valley.\u201d",
        "Ana Vell, from Brenmoor, Ohio, said: \u201cIt is a disaster.\u201d",
    ],
)
def test_the_region_after_a_home_town_is_not_the_subject_of_the_cue(body: str) -> None:
    assert speaker(body) == "Ana Vell"
