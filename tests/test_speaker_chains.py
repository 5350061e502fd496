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


@pytest.mark.parametrize(
    "body",
    [
        "Ana Vell opened the bridge on Monday.\n\n“It is safe,” Vell said.",
        "Ana Vell opened the bridge on Monday.\n\n“It is safe,” said Ms. Vell.",
        "Ana Vell opened the bridge on Monday with Pavel Dorn.\n\n“It is safe,” she said.",
        "Vell opened the bridge on Monday. “It is safe,” Vell said. The mayor, Ana Vell, was elected in May.",
        "Dr. Ana Vell opened the bridge on Monday.\n\n“It is safe,” the doctor said.",
        "The mayor, Ana Vell, opened the bridge on Monday.\n\n“It is safe,” the mayor said.",
        "Ana Vell opened the bridge on Monday. Vell’s team cheered.\n\n“It is safe,” Vell told reporters.",
    ],
)
def test_a_surname_pronoun_or_role_reports_the_full_name_of_its_person(body: str) -> None:
    assert speakers(body) == ["Ana Vell"]


def test_every_quotation_of_one_person_reports_the_same_full_name() -> None:
    body = (
        "Ana Vell, the mayor, opened the bridge on Monday.\n\n"
        "“It is safe,” Vell said. “We checked it twice,” she added.\n\n"
        "Pavel Dorn disagreed. “It needs another survey,” he said.\n\n"
        "“We will not wait,” the mayor said."
    )
    assert speakers(body) == ["Ana Vell", "Ana Vell", "Pavel Dorn", "Ana Vell"]


def test_a_middle_initial_is_no_acronym_so_the_name_is_a_persons() -> None:
    body = "Senator Wendy M. Marsh met Tomas Berg at the dock on Monday.\n\n“We are not ready,” she said."
    assert speakers(body) == ["Wendy M. Marsh"]
    assert given_name_gender("Wendy M. Marsh") == "f"
    assert given_name_gender("Wendy ACA Marsh") is None


def test_every_mention_of_a_person_reports_the_longest_form_of_their_name() -> None:
    body = (
        "Ana M. Vell opened the bridge on Monday.\n\n“It is safe,” Vell said.\n\n“We checked it twice,” said Ana Vell."
    )
    assert speakers(body) == ["Ana M. Vell", "Ana M. Vell"]


def test_a_name_with_two_longer_forms_keeps_its_own() -> None:
    body = "Dan R. Hale and Dan K. L. Hale were thanked by the crowd.\n\n“We are grateful,” said Dan Hale, a farmer."
    assert speakers(body) == ["Dan Hale"]


@pytest.mark.parametrize(
    "tail",
    [
        "“We are ready to strike,” said the president of the Kesby dockers union, Tal Oren, on Tuesday.",
        "“We are ready to strike,” said the union’s president, Tal Oren, on Tuesday.",
    ],
)
def test_a_role_in_apposition_to_a_name_is_that_person_whoever_else_holds_the_role(tail: str) -> None:
    """The role phrase set off beside a name says who it is, even where the article names another person in the
    same role more often."""
    body = (
        "President Ana Vell spoke in Brenmoor on Monday. Vell said the port would reopen. Vell met the union "
        "later.\n\n" + tail
    )
    assert speakers(body) == ["Tal Oren"]


def test_the_index_knows_which_person_each_apposed_role_phrase_is() -> None:
    from newsfuse.article.speakers import build_index

    masked = "Tal Oren, a lawyer for the city, spoke. The mayor, Ana Vell, left. Brenmoor, the host town, cheered."
    index = build_index(masked)
    assert index.apposed == {masked.index("a lawyer"): "Tal Oren", masked.index("The mayor"): "Ana Vell"}


@pytest.mark.parametrize(
    "text",
    [
        "“It was her choice,” Vell said of her years as secretary of the rowing club.",
        "“It matters,” Vell said of his focus on criminal justice.",
    ],
)
def test_a_role_noun_after_a_preposition_has_no_determiner_before_it(text: str) -> None:
    from newsfuse.article.speakers import scan_mentions

    assert [m.kind for m in scan_mentions(text, 0, len(text)) if m.kind == "role"] == []


@pytest.mark.parametrize(
    "body",
    [
        # a group is no "he": the man named before it is (number agreement)
        "The deal, brokered with help from Tal Oren, goes to the members.\n\n"
        "Union members will vote on it today.\n\n“We will sign it,” he said.",
        # a place of two words is no "he", even as a sentence's subject (the gazetteer knows it)
        "Tal Oren spoke first.\n\nNew Mexico voted early this year. “We are ready,” he said.",
        # an organisation is no "he", even one the article has speak
        "The Brenmoor Council said it would wait. Tal Oren spoke first.\n\n"
        "Asked whether the Brenmoor Council would vote, he said: “We will see.”",
        # the last name before the pronoun may be an organisation's: the person before it is meant
        "Tal Oren’s speech to the Brenmoor Party Convention was long.\n\nHe told the crowd: “We are ready.”",
    ],
)
def test_he_or_she_is_never_a_group_a_place_or_an_organisation(body: str) -> None:
    assert speakers(body) == ["Tal Oren"]


@pytest.mark.parametrize(
    ("body", "who"),
    [
        ("Mayor Jackson opened the bridge on Monday.\n\n“It is safe,” he said.", "Jackson"),  # a town's name too
        ("Dallas Oren opened the bridge on Monday.\n\n“It is safe,” he said.", "Dallas Oren"),  # a town's given name
    ],
)
def test_a_person_whose_name_holds_a_towns_may_still_be_he(body: str, who: str) -> None:
    assert speakers(body) == [who]


def test_a_pronoun_about_someone_else_does_not_change_a_given_names_gender() -> None:
    body = (
        "Wendy Marsh spoke on Monday. Tomas Berg spoke next.\n\n"
        "Richard Olsen said the plan was only the latest part of her campaign.\n\n“It will fail,” he said."
    )
    assert speakers(body) == ["Richard Olsen"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the name stands in the words the pronoun reports ("Pask is …," he said): someone else said it
        (
            "Tomas Berg, an ally, said his worry about Pavel Dorn is that he is “hard to read.” Yet Dorn is also a"
            " “steady hand,” he said.",
            ["Tomas Berg", "Tomas Berg"],
        ),
        # a name after the pronoun in its own clause ("he said Dorn would lose"): not Dorn
        ("Tomas Berg spoke first. Pavel Dorn followed.\n\nHe said Dorn would lose: “It is over.”", ["Tomas Berg"]),
        # a reporting verb before the quotation introduced it: a redundant "he said" after it is the same man
        ("Tomas Berg spoke first. Pavel Dorn added, “It is over,” he said.", ["Pavel Dorn"]),
        # a clause that opens with a subordinator may name its pronoun later in the sentence
        ("Tomas Berg spoke first. Pavel Dorn followed.\n\nWhen he arrived, Dorn said: “It is over.”", ["Pavel Dorn"]),
    ],
)
def test_he_or_she_is_not_a_person_named_in_what_the_pronouns_clause_reports(body: str, expected: list[str]) -> None:
    assert speakers(body) == expected


def test_a_sentence_joined_across_a_quotation_bars_only_its_own_last_sentence() -> None:
    # ''…'' then a second quotation: the name before the first sentence's end is no word the pronoun reports
    body = "Pools, Ms. Wendy Marsh said, ''are a fine example'' of the change. ''They spend a lot,'' she said."
    assert speakers(body) == ["Wendy Marsh", "Wendy Marsh"]
    body = "Tomas Berg spoke. Pavel Dorn answered him with a study: “Costs fell.”“Your figures are wrong,” he wrote."
    assert speakers(body)[-1] == "Pavel Dorn"
