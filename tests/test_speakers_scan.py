"""The speaker scanner's shortcuts give what the plain reading gives (invented text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.article.quotes import extract_quotes
from newsfuse.article.speakers import _CAP_RUN, _cap_runs, build_index, find_role_appositions, scan_mentions
from newsfuse.model import Article

_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        ", ",
        ". ",
        "-",
        "’",
        "'",
        "’s",
        "Ana",
        "Vell",
        "McLeod",
        "MacRae",
        "O’Dea",
        "al-Amin",
        "de",
        "van",
        "Mr.",
        "Dr",
        "J.",
        "U.S.",
        "NATO",
        "IV",
        "Jr.",
        "Prime",
        "Minister",
        "the",
        "said",
        "é",
        "Ölund",
        "x9",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.integers(0, 30), st.integers(0, 30))
def test_capital_runs_are_those_finditer_finds(pieces: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(min(len(text), len(text) - cut_end), 0)
    start = min(start, end)
    expected = [(m.span(), m.group(0)) for m in _CAP_RUN.finditer(text, start, end)]
    assert [(m.span(), m.group(0)) for m in _cap_runs(text, start, end)] == expected


def test_mentions_of_an_invented_paragraph() -> None:
    masked = (
        "Ruritanian Prime Minister Ana Vell met Lord Brandt, the Osterlish ambassador, on Monday. "
        "A spokesperson for the ministry said the talks went well, and Western officials said she agreed."
    )
    kinds = [(m.kind, m.text) for m in scan_mentions(masked, 0, len(masked))]
    assert ("name", "Ruritanian Prime Minister Ana Vell") in kinds
    assert ("role", "the Osterlish ambassador") in kinds
    assert ("role", "A spokesperson for the ministry") in kinds
    assert ("group", "Western officials") in kinds
    assert ("pronoun", "she") in kinds
    roles = list(find_role_appositions(masked))
    assert ("prime minister", ("ruritanian",), ("Ana", "Vell")) in roles
    assert ("ambassador", ("osterlish",), ("Lord", "Brandt")) in roles
    assert build_index(masked).appositions == roles  # kept by the index: the evidence stage reads them there


@pytest.mark.parametrize(
    ("masked", "role"),
    [
        ("The mayor, Ana Vell, opened the bridge on Monday.", ("mayor", (), ("Ana", "Vell"))),
        ("Its chief executive, Pavel Dorn, left in May.", ("chief executive", (), ("Pavel", "Dorn"))),
        (
            "The Osterlish ambassador, Sir Orrin Tal, was there.",
            ("ambassador", ("osterlish",), ("Sir", "Orrin", "Tal")),
        ),
    ],
)
def test_a_name_set_off_by_commas_after_a_role_is_its_holder(masked: str, role: tuple[object, ...]) -> None:
    assert role in list(find_role_appositions(masked))


@pytest.mark.parametrize(
    "masked",
    [
        "Asked about the mayor, Ana Vell said the bridge was safe.",
        "She met the mayor, Ana Vell and Pavel Dorn on Monday.",
        "He thanked the mayor, Halden, and the council.",
    ],
)
def test_a_name_after_a_role_and_a_comma_is_no_apposition_unless_set_off_whole(masked: str) -> None:
    assert not [r for r in find_role_appositions(masked) if r[0] == "mayor"]


def test_the_role_named_in_such_an_apposition_speaks_as_its_holder() -> None:
    body = "The mayor, Ana Vell, met Pavel Dorn on Monday.\n\n“We are ready,” the mayor said."
    [quote] = extract_quotes(Article(id="a", source="a.txt", body=body))
    assert quote.speaker is not None and quote.speaker.name == "Ana Vell"


def test_a_word_that_is_no_name_alone_is_a_surname_where_the_article_names_the_person_in_full() -> None:
    body = "Columnist Ana Will wrote about the race on Monday. Will also said the plan was “a spent force.”"
    names = [m.text for m in scan_mentions(body, 0, len(body)) if m.kind == "name"]
    assert "Will" in names
    alone = "Will the council vote on Monday? The mayor said the plan was “a spent force.”"
    assert "Will" not in [m.text for m in scan_mentions(alone, 0, len(alone))]
