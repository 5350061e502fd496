"""One thing counted in other words, and two things told apart by the year of their clause (invented outlets).

Counts of the people of a place ("residents" / "people", ``lexicon.PEOPLE_OF_A_PLACE``) count one set; a noun of a
part of them ("visitors") another. Nouns of an agreement ("contract" / "deal", ``lexicon.AGREEMENT_NOUNS``) name one
thing. A value whose own clause puts its event "in" a year ("signed a four-year deal with Dale City in 2021") is of
another event than a value the other outlet dates to a day of another year.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "About 2,000 residents of Ostley were evacuated on Sunday as the floodwater rose.",
            "Rescue crews evacuated 3,500 people from Ostley on Sunday as the floodwater rose.",
            {"2,000", "3,500"},
            id="residents-and-people-evacuated",
        ),
        pytest.param(
            "Tarn United signed the winger Ana Vell on a two-year contract on Friday.",
            "Ana Vell has signed a three-year deal with Tarn United, the club said on Friday.",
            {"two", "three"},
            id="a-contract-and-a-deal",
        ),
    ],
)
def test_one_thing_in_other_words(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "About 2,000 residents of Ostley were evacuated on Sunday as the floodwater rose.",
            "About 3,500 visitors to Ostley were evacuated on Sunday as the floodwater rose.",
            id="visitors-a-part-of-the-people",
        ),
        pytest.param(
            "Tarn United signed the winger Ana Vell on a two-year contract on Friday.",
            "Ana Vell had signed a three-year deal with Brenmoor Town in 2021.",
            id="an-earlier-deal-in-another-year",
        ),
        pytest.param(
            "Tarn United signed the winger Ana Vell on a two-year contract on Friday.",
            "Ana Vell first signed a three-year contract with Tarn United in 2021.",
            id="an-earlier-deal-with-the-club-in-another-year",
        ),
    ],
)
def test_other_things_are_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


def test_a_year_in_another_clause_dates_nothing_of_the_value() -> None:
    a = "Kell Foods, which opened its Ostley plant in 1987, will cut 300 jobs there, the company said on Monday."
    b = "Kell Foods will cut 450 jobs at its Ostley plant, the company said on Monday."
    assert conflict_values(a, b) == [{"300", "450"}]


def test_a_month_that_is_a_person_s_surname_is_no_month_alone() -> None:
    """ "confidence in May" where the article names Rhona May: the person as likely as the month."""
    a = "Rhona May leads Tarn council. Councillors voted to express confidence in May."
    b = "Rhona May leads Tarn council. Councillors voted to express confidence in her in April."
    assert conflict_values(a, b, "2025-06-11T09:00:00") == []


def test_a_month_with_its_part_is_a_month_beside_a_person_of_that_name() -> None:
    a = "Rhona May, the Tarn council leader, said the bypass was first proposed in early May."
    b = "Rhona May, the Tarn council leader, said the bypass was first proposed in March."
    assert conflict_values(a, b, "2025-06-11T09:00:00") == [{"early May", "March"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Harwick river bridge was closed to traffic last week after engineers found cracks.",
            "The Lowfield canal bridge was closed to traffic on Tuesday after engineers found cracks.",
            id="two-bridges-two-days",
        ),
        pytest.param(
            "The Kesby branch library will lose 12 staff under the council's plan.",
            "The Dunlow branch library will lose 18 staff under the council's plan.",
            id="two-libraries-two-counts",
        ),
    ],
)
def test_two_things_of_one_kind_named_apart_are_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


def test_one_thing_named_in_both_still_conflicts() -> None:
    a = "The Harwick river bridge was closed to traffic last week after engineers found cracks."
    b = "The Harwick bridge was closed to traffic on Tuesday after engineers found cracks."
    assert conflict_values(a, b) == [{"last week", "Tuesday"}]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Kell ferry ran aground 12 miles off Ostley on Sunday.",
            "The Kell ferry ran aground 40 kilometres off Ostley on Sunday.",
            [{"12 miles", "40 kilometres"}],
            id="miles-and-kilometres-apart",
        ),
        pytest.param(
            "The Kell ferry ran aground 12 miles off Ostley on Sunday.",
            "The Kell ferry ran aground 19 kilometres off Ostley on Sunday.",
            [],
            id="miles-and-kilometres-one-distance-rounded",
        ),
        pytest.param(
            "The whale stranded at Ostley on Sunday weighed 12 tonnes.",
            "The whale stranded at Ostley on Sunday weighed 30,000 kg.",
            [{"12 tonnes", "30,000 kg"}],
            id="tonnes-and-kilograms-apart",
        ),
        pytest.param(
            "The whale stranded at Ostley on Sunday weighed 12 tonnes.",
            "The whale stranded at Ostley on Sunday weighed 12,000 kg.",
            [],
            id="tonnes-and-kilograms-one-mass",
        ),
    ],
)
def test_lengths_and_masses_compare_in_one_unit(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values


def test_a_capital_opening_the_sentence_names_no_thing() -> None:
    a = "Police arrested 40 people in Ostley after the march on Sunday."
    b = "Officers arrested 55 people in Ostley after the march on Sunday."
    assert conflict_values(a, b) == [{"40", "55"}]
