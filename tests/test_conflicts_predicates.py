"""Counts of one noun that a clause after it restricts to other sets are two facts (``compare.fact_predicates``); a
named one's need and anyone's need are two facts (``compare.facts.needed_by``); a qualified contest is another
contest (``compare.near_synonyms.other_qualifiers``). The same sets, needs and contests still conflict. Invented
sentences, read from no evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Brenmoor ministry has deemed about 1,500 of those pages personal, Ana Vell's lawyers said.",
            "The Brenmoor ministry has worked through Ana Vell's papers, including about 1,000 pages that were "
            "released on Friday.",
            id="deemed-and-released",
        ),
        pytest.param(
            "The files included 44 letters that were not among the pages Ana Vell handed over to the Brenmoor "
            "ministry.",
            "The newest Brenmoor ministry release includes 64 letters now deemed secret, Ana Vell's lawyers said.",
            id="not-among-and-now-deemed",
        ),
        pytest.param(
            "The agency will turn over to the Brenmoor ministry thousands of letters recovered in its inquiry into "
            "Ana Vell.",
            "Ana Vell wrote many of the nearly 1,600 letters that have now been marked secret by the Brenmoor "
            "ministry.",
            id="turned-over-and-marked-secret",
        ),
        pytest.param(
            "The Brenmoor ministry has prepared 52,000 pages of Ana Vell's letters for release.",
            "No count was made by the Brenmoor ministry of the 55,000 pages of letters provided by Ana Vell.",
            id="prepared-and-provided-by",
        ),
        pytest.param(
            "The Brenmoor ministry has prepared 52,000 pages of Ana Vell's letters for release.",
            "About two-thirds of the 55,000 pages of letters Ana Vell handed over have been made public.",
            id="prepared-and-a-clause-with-its-own-subject",
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
            "The Brenmoor ministry has read Ana Vell's papers, including about 1,000 pages that were released on "
            "Friday.",
            "The Brenmoor ministry has read Ana Vell's papers, including about 1,400 pages that were released on "
            "Friday.",
            [{"1,000", "1,400"}],
            id="two-counts-of-one-restricted-set",
        ),
        pytest.param(
            "The Brenmoor ministry released 1,000 pages of Ana Vell's papers on Friday.",
            "The Brenmoor ministry has read Ana Vell's papers, including about 1,400 pages that were released on "
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
        pytest.param("Ana Vell needs 836 delegates to clinch the nomination.", id="a-name"),
        pytest.param("She still needs 836 delegates to clinch the nomination, Ana Vell said.", id="a-pronoun"),
    ],
)
def test_a_named_one_s_need_and_anyone_s_need_are_two_facts(a: str) -> None:
    assert conflict_values(a, "A candidate needs 2,383 delegates to clinch the nomination.") == []


def test_two_needs_of_one_person_still_conflict() -> None:
    a = "Ana Vell needs 836 delegates to clinch the nomination."
    b = "Ana Vell needs 790 delegates to clinch the nomination."
    assert conflict_values(a, b) == [{"836", "790"}]


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
