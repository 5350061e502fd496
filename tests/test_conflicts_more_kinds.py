"""More kinds of disagreement, each with the look-alikes it must leave alone: a thing's standing among its kind
("the second-largest lender"), who did a thing first ("the first woman to win"), a verb and its noun as one act
("were evacuated" / "the evacuation of"), and a figure of what would happen against what did. Every name, town and
sentence is invented; none is read from an evaluation set.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_patterns import Standing, pattern_values, standing_of
from newsfuse.model import Span

_LENDER = "Tarnby Bank, the country's second-largest lender, will buy Orrin Savings for $400 million."
_EVACUATED = "About 1,500 residents of Brenmoor were evacuated on Monday as the river rose."


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Tarnby Bank, which is the country's fourth biggest lender, will buy Orrin Savings for $400 million.",
            {"second", "fourth"},
            id="biggest-for-largest-after-which-is",
        ),
        pytest.param(
            "Tarnby is the fourth-largest lender in the country, and it will buy Orrin Savings for $400 million.",
            {"second", "fourth"},
            id="a-copula-and-the-scope-after",
        ),
    ],
)
def test_two_standings_of_one_thing_disagree(b: str, values: set[str]) -> None:
    assert conflict_values(_LENDER, b) == [values]


@pytest.mark.parametrize(
    "b",
    [
        pytest.param(
            "Orrin Savings, the country's sixth-largest lender, agreed to the $400 million deal.", id="another-bank"
        ),
        pytest.param(
            "Tarnby Bank, the fourth-largest lender in Europe, will buy Orrin Savings for $400 million.",
            id="another-scope",
        ),
        pytest.param(
            "The $400 million deal for Orrin Savings will make Tarnby Bank the country's fourth-largest lender.",
            id="the-standing-a-deal-will-give",
        ),
        pytest.param(
            "Tarnby Bank, the country's fourth-oldest lender, will buy Orrin Savings for $400 million.",
            id="another-dimension",
        ),
        pytest.param(
            "Tarnby Bank, which was the fourth-largest lender in 2012, will buy Orrin Savings for $400 million.",
            id="a-standing-of-years-before",
        ),
        pytest.param(
            "Tarnby Bank, the country's fourth-largest employer, will buy Orrin Savings for $400 million.",
            id="among-another-kind",
        ),
    ],
)
def test_standings_of_other_things_times_or_rankings_are_silent(b: str) -> None:
    assert conflict_values(_LENDER, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Fenmore Bank, the second-largest lender by assets, reported a profit on Tuesday.",
            "Fenmore Bank, the fourth-largest lender by deposits, reported a profit on Tuesday.",
            id="ranked-by-two-measures",
        ),
        pytest.param(
            "Fenmore Group, the country's second-largest lender, reported a profit on Tuesday.",
            "Fenmore Mortgages, the country's fourth-largest lender, reported a profit on Tuesday.",
            id="a-group-and-its-part",
        ),
        pytest.param(
            "Fenmore Bank, the country's second-largest lender before the crisis, reported a loss on Tuesday.",
            "Fenmore Bank, the country's fourth-largest lender, reported a loss on Tuesday.",
            id="a-standing-before-the-crisis",
        ),
    ],
)
def test_standings_by_other_measures_owners_or_times_are_silent(a: str, b: str) -> None:
    """Review 15, A2: "by <noun>" is part of the dimension, owners are equal or one the other's first words, a time
    phrase after the standing makes it past."""
    assert conflict_values(a, b) == []


@pytest.mark.parametrize("word", ["forest", "protest", "harvest"])
def test_a_word_ending_in_est_is_no_superlative(word: str) -> None:
    assert pattern_values("standing", f"Kell Wood, the second {word} site this month, was sealed off.") == []


def test_a_standing_of_a_shortened_name_still_disagrees() -> None:
    a = "Fenmore Bank, the country's second-largest lender, reported a loss on Tuesday."
    b = "Fenmore, the fourth-largest lender, reported a loss on Tuesday."
    assert conflict_values(a, b) == [{"second", "fourth"}]


def test_a_standing_reads_what_it_is_of_and_among() -> None:
    body = "Tarnby Bank, the third-largest lender in Europe, said so."
    [(start, end, value)] = pattern_values("standing", body)
    assert (body[start:end], value) == ("third", 3.0)
    assert standing_of(body, start, Span(0, len(body))) == Standing(("tarnby", "bank"), "size", "lender", "europe")


@pytest.mark.parametrize(
    "b",
    [
        pytest.param(
            "The flood led to the evacuation of 2,400 people from Brenmoor on Monday.", id="the-evacuation-of"
        ),
        pytest.param(
            "Police ordered the evacuation of 2,400 Brenmoor residents on Monday.", id="ordered-the-evacuation"
        ),
    ],
)
def test_a_verb_and_its_noun_are_one_act(b: str) -> None:
    assert conflict_values(_EVACUATED, b) == [{"1,500", "2,400"}]


@pytest.mark.parametrize(
    "b",
    [
        pytest.param("The flood led to the evacuation of 2,400 homes in Brenmoor on Monday.", id="homes-not-people"),
        pytest.param(
            "Officials said 2,400 people in Brenmoor would be evacuated if the river rose further.",
            id="what-would-happen-if",
        ),
        pytest.param(
            "Police said they would evacuate 2,400 Brenmoor residents unless the rain stopped.",
            id="what-would-happen-unless",
        ),
    ],
)
def test_a_noun_of_another_thing_or_a_condition_is_silent(b: str) -> None:
    assert conflict_values(_EVACUATED, b) == []


def test_two_figures_of_what_would_happen_still_disagree() -> None:
    a = "Officials said 1,500 people in Brenmoor would be evacuated if the river rose further."
    b = "Officials said 2,400 people in Brenmoor would be evacuated if the river rose further."
    assert conflict_values(a, b) == [{"1,500", "2,400"}]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Police evacuated 2,000 people from Kesby on Tuesday and said more would have to leave if the river rose.",
            "Police evacuated 3,500 people from Kesby on Tuesday.",
            {"2,000", "3,500"},
            id="a-past-count-beside-a-condition",
        ),
        pytest.param(
            "If approved, the Harwick bridge repairs would cost $40 million, the county said.",
            "The Harwick bridge repairs would cost $60 million, the county said.",
            {"$40 million", "$60 million"},
            id="one-estimate-written-twice",
        ),
        pytest.param(
            "Police evacuated 2,000 people from Kesby on May 13 and told others to leave if the river rose.",
            "Police evacuated 3,500 people from Kesby on May 13.",
            {"2,000", "3,500"},
            id="the-month-may-is-no-modal",
        ),
    ],
)
def test_a_figure_is_conditional_only_where_its_own_clause_is(a: str, b: str, values: set[str]) -> None:
    """Review 15, A4: the modal must be the figure's own clause's verb; two modal figures compare."""
    assert conflict_values(a, b) == [values]


_FIRST = "Ana Vell became the first woman to win the Orrin sea swim on Sunday."


def test_two_orders_of_one_precedence_disagree() -> None:
    b = "Ana Vell on Sunday became the second woman to win the Orrin sea swim."
    assert conflict_values(_FIRST, b) == [{"first", "second"}]


@pytest.mark.parametrize(
    "b",
    [
        pytest.param("Tal Oren became the second woman to win the Orrin sea swim on Sunday.", id="another-person"),
        pytest.param("Ana Vell became the second woman to finish the Orrin sea swim on Sunday.", id="another-feat"),
        pytest.param("Ana Vell became the second woman to win the Tarnby sea swim on Sunday.", id="another-event"),
        pytest.param("Ana Vell could become the second woman to win the Orrin sea swim on Sunday.", id="a-hope"),
        pytest.param("Ana Vell became the second Tarnby woman to win the Orrin sea swim on Sunday.", id="a-ranking"),
    ],
)
def test_orders_of_other_people_feats_events_or_hopes_are_silent(b: str) -> None:
    assert conflict_values(_FIRST, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Ana Vell became the first woman to win the Kesby marathon on Sunday.",
            "Ana Vell became the second woman to win the Kesby rowing race on Sunday.",
            id="two-contests-of-one-town",
        ),
        pytest.param(
            "Ana Vell became the first woman to win the Kesby marathon in a decade.",
            "Ana Vell became the third woman to win the Kesby marathon.",
            id="the-first-in-a-decade",
        ),
        pytest.param(
            "Kesby Rovers became the first club to win the Tarn cup three times on Sunday.",
            "Kesby Rovers became the second club to win the Tarn cup on Sunday.",
            id="the-first-to-win-it-three-times",
        ),
    ],
)
def test_orders_of_other_contests_or_other_feats_are_silent(a: str, b: str) -> None:
    """Review 15, A3: the contest's common nouns after the verb must agree."""
    assert conflict_values(a, b) == []
