"""Counts of one noun that a clause after it restricts to other sets are two facts (``compare.fact_predicates``); a
named one's need and anyone's need are two facts (``compare.fact_needs.needed_by``); a qualified contest is another
contest (``compare.near_synonyms.other_qualifiers``). The same sets, needs and contests still conflict. Invented
sentences, read from no evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Brenmoor ministry has marked about 410 of those permits void, Ana Vell's lawyers said.",
            "The Brenmoor ministry has worked through Ana Vell's papers, including about 1,000 permits that were "
            "approved on Friday.",
            id="marked-void-and-approved",
        ),
        pytest.param(
            "The boxes held 31 permits that were not on the list Ana Vell sent to the Brenmoor ministry.",
            "The newest Brenmoor ministry list includes 57 permits now marked void, Ana Vell's lawyers said.",
            id="not-on-the-list-and-now-marked",
        ),
        pytest.param(
            "The county will send the Brenmoor ministry thousands of permits found in its audit of Ana Vell's firm.",
            "Ana Vell signed many of the nearly 830 permits that have now been renewed by the Brenmoor ministry.",
            id="sent-and-renewed",
        ),
        pytest.param(
            "The Brenmoor ministry has checked 2,100 of Ana Vell's permits for errors.",
            "No count was made by the Brenmoor ministry of the 2,600 permits filed by Ana Vell.",
            id="checked-and-filed-by",
        ),
        pytest.param(
            "The Brenmoor ministry has checked 2,100 of Ana Vell's permits for errors.",
            "About two-thirds of the 2,600 permits Ana Vell filed have been approved.",
            id="checked-and-a-clause-with-its-own-subject",
        ),
        pytest.param(
            "The Brenmoor archive holds 3,000 letters which were sealed by the court.",
            "The Brenmoor archive holds 4,500 letters, the court said.",
            id="which-were-sealed-and-a-count-with-no-act",
        ),
    ],
)
def test_counts_of_other_sets_of_one_noun_are_two_facts(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Brenmoor ministry has read Ana Vell's papers, including about 1,000 permits that were approved on "
            "Friday.",
            "The Brenmoor ministry has read Ana Vell's papers, including about 1,400 permits that were approved on "
            "Friday.",
            [{"1,000", "1,400"}],
            id="two-counts-of-one-restricted-set",
        ),
        pytest.param(
            "The Brenmoor ministry approved 1,000 permits of Ana Vell's firm on Friday.",
            "The Brenmoor ministry has read Ana Vell's papers, including about 1,400 permits that were approved on "
            "Friday.",
            [{"1,000", "1,400"}],
            id="a-verb-and-a-clause-of-one-act",
        ),
        pytest.param(
            "The Kesby flood killed 9 people on Monday, officials said.",
            "Officials said 12 people were killed in the Kesby flood on Monday.",
            [{"9", "12"}],
            id="a-passive-main-clause-restricts-nothing",
        ),
        pytest.param(
            # review16 C3: an adverb in a passive main clause restricts nothing either
            "Twelve soldiers were also killed in the Brenmoor attack on Tuesday.",
            "The Brenmoor attack on Tuesday left 15 soldiers dead.",
            [{"Twelve", "15"}],
            id="a-passive-main-clause-with-an-adverb-restricts-nothing",
        ),
        pytest.param(
            "About 2,000 residents of Dunmore were evacuated on Sunday as the fire spread.",
            "Some 3,500 Dunmore residents were forced from their homes on Sunday as the fire spread.",
            [{"2,000", "3,500"}],
            id="one-act-in-other-verbs-in-main-clauses",
        ),
    ],
)
def test_counts_of_one_set_still_conflict(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values


@pytest.mark.parametrize(
    "a",
    [
        pytest.param("Ana Vell needs 312 votes to win the Kesby recount.", id="a-name"),
        pytest.param("She still needs 312 votes to win the Kesby recount, Ana Vell said.", id="a-pronoun"),
    ],
)
@pytest.mark.parametrize(
    "b",
    [
        pytest.param("A candidate needs 1,450 votes to win the Kesby recount.", id="a-candidate"),
        pytest.param("A Kesby candidate needs 1,450 votes to win the Kesby recount.", id="a-modified-candidate"),
    ],
)
def test_a_named_one_s_need_and_anyone_s_need_are_two_facts(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    "b",
    [
        pytest.param("Ana Vell needs 290 votes to win the Kesby recount.", id="one-name"),
        # review16 C4: a lower-case subject after "the" is one, not anyone ("a candidate")
        pytest.param("The Vell campaign needs 290 votes to win the Kesby recount.", id="the-campaign-of-the-name"),
    ],
)
def test_two_needs_of_one_person_still_conflict(b: str) -> None:
    assert conflict_values("Ana Vell needs 312 votes to win the Kesby recount.", b) == [{"312", "290"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Ana Vell finished third in the Kesby marathon on Sunday.",
            "Ana Vell finished fifth in the Kesby half marathon on Sunday.",
            id="a-place-in-the-half-marathon",
        ),
        pytest.param(
            "Ana Vell finished third in the Kesby junior race on Sunday.",
            "Ana Vell finished fifth in the Kesby race on Sunday.",
            id="a-place-in-the-junior-race",
        ),
        pytest.param(
            "Ana Vell became the first woman to win the Kesby half marathon.",
            "Ana Vell became the second woman to win the Kesby marathon.",
            id="first-to-win-the-half-marathon",
        ),
    ],
)
def test_a_qualified_contest_is_another_contest(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Ana Vell finished third in the Kesby marathon on Sunday.",
            "Ana Vell finished fifth in the Kesby marathon on Sunday.",
            [{"third", "fifth"}],
            id="one-marathon",
        ),
        pytest.param(
            "Ana Vell finished third in the Kesby half marathon on Sunday.",
            "Ana Vell finished fifth in the Kesby half marathon on Sunday.",
            [{"third", "fifth"}],
            id="one-half-marathon",
        ),
        pytest.param(
            "Ana Vell became the first woman to win the Kesby half marathon.",
            "Ana Vell became the second woman to win the Kesby half marathon.",
            [{"first", "second"}],
            id="one-precedence-in-the-half-marathon",
        ),
    ],
)
def test_one_contest_still_conflicts(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values
