"""A figure's place in time as its sentence tells it (``compare.fact_forecasts``): a prediction and the outcome, a
figure given as changed and a plain one, a plan for a whole and the part done are two facts each; two predictions,
two changed figures and two counts of the part done still conflict. Invented sentences, read from no evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Forecasters expect 40 millimetres of rain in Brenmoor on Tuesday.",
            "Brenmoor had 65 millimetres of rain on Tuesday.",
            id="forecasters-expect-and-the-rain",
        ),
        pytest.param(
            "The Brenmoor fair is expected to draw 40,000 visitors this weekend.",
            "The Brenmoor fair drew 35,000 visitors this weekend, organisers said.",
            id="expected-to-draw-and-drew",
        ),
        pytest.param(
            "The Brenmoor bypass is projected to cost $40 million.",
            "The Brenmoor bypass cost $55 million, the county said.",
            id="projected-to-cost-and-cost",
        ),
        pytest.param(
            "Losses at Carrow Foods could reach $40 million this year.",
            "Carrow Foods lost $55 million this year.",
            id="could-reach-and-lost",
        ),
        pytest.param(
            "Carrow Foods is set to cut 1,200 jobs at its Brenmoor plant.",
            "Carrow Foods cut 900 jobs at its Brenmoor plant.",
            id="set-to-cut-and-cut",
        ),
        pytest.param(
            "Organisers expect the Brenmoor fair to draw 25,000 visitors this weekend.",
            "The Brenmoor fair drew 35,000 visitors this weekend, organisers said.",
            id="expect-the-fair-to-draw-and-drew",
        ),
        pytest.param(
            "About 40,000 visitors were expected at the Brenmoor fair this weekend.",
            "The Brenmoor fair drew 35,000 visitors this weekend, organisers said.",
            id="were-expected-and-drew",
        ),
    ],
)
def test_a_prediction_and_the_outcome_are_two_facts(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Forecasters expect 40 millimetres of rain in Brenmoor on Tuesday.",
            "Forecasters expect 65 millimetres of rain in Brenmoor on Tuesday.",
            [{"40", "65"}],
            id="two-forecasts",
        ),
        pytest.param(
            "The Brenmoor fair is expected to draw 40,000 visitors this weekend.",
            "Organisers expect the Brenmoor fair to draw 25,000 visitors this weekend.",
            [{"40,000", "25,000"}],
            id="two-expectations",
        ),
        pytest.param(
            "Brenmoor had 40 millimetres of rain on Tuesday.",
            "Brenmoor had 65 millimetres of rain on Tuesday.",
            [{"40", "65"}],
            id="two-outcomes",
        ),
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "Fenmore Bank will close 150 branches this year.",
            [{"120", "150"}],
            id="two-plans",
        ),
    ],
)
def test_two_predictions_or_two_outcomes_still_conflict(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Police may never know why the gunman killed 12 people in Brenmoor on Tuesday.",
            "The gunman killed 14 people in Brenmoor on Tuesday, police said.",
            [{"12", "14"}],
            id="a-negated-modal-of-another-verb",
        ),
        pytest.param(
            "Ana Vell said she could not believe the fire destroyed 40 homes in Brenmoor on Monday.",
            "The fire destroyed 65 homes in Brenmoor on Monday.",
            [{"40", "65"}],
            id="could-not-believe",
        ),
        pytest.param(
            "Residents could only watch as the fire destroyed 40 homes in Brenmoor on Monday.",
            "The fire destroyed 65 homes in Brenmoor on Monday.",
            [{"40", "65"}],
            id="could-only-watch-as",
        ),
        pytest.param(
            "The Brenmoor council on Monday approved a project to build 40 new homes.",
            "The Brenmoor council on Monday approved plans for 55 new homes.",
            [{"40", "55"}],
            id="a-project-to-build",
        ),
        pytest.param(
            "The county finished projects to repair 40 bridges in Brenmoor last year.",
            "The county repaired 55 bridges in Brenmoor last year.",
            [{"40", "55"}],
            id="projects-to-repair",
        ),
    ],
)
def test_a_modal_of_another_verb_or_a_noun_makes_no_prediction(a: str, b: str, values: list[set[str]]) -> None:
    # review16 C2, C7: the modal must be the figure's own verb's; "project(s)" is a noun, not a verb of foretelling
    assert conflict_values(a, b) == values


def test_a_plan_on_the_outcome_s_day_is_no_prediction() -> None:
    # "will unveil" tells an actor's plan, which fact_days compares with another outlet's figure of its day
    a = "Mayor Ana Vell will unveil 12 new bus routes for Brenmoor, her office said."
    b = "Mayor Ana Vell unveiled 15 new bus routes for Brenmoor, her office said."
    assert conflict_values(a, b) == [{"12", "15"}]


@pytest.mark.parametrize(
    "b",
    [
        pytest.param("The death toll from the Kesby flood rose to 12 on Tuesday, officials said.", id="rose-to"),
        pytest.param("The death toll from the Kesby flood has climbed to 12, officials said.", id="has-climbed-to"),
        pytest.param("The death toll from the Kesby flood now stands at 12, officials said.", id="now-stands-at"),
        pytest.param("Officials raised the death toll to 12 after the Kesby flood.", id="raised-the-toll-to"),
    ],
)
def test_a_figure_given_as_changed_updates_a_plain_one(b: str) -> None:
    assert conflict_values("The Kesby flood killed 9 people, officials said on Monday.", b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The death toll from the Brenmoor floods rose to 12 on Tuesday, officials said.",
            "Officials said the Brenmoor floods killed 15 people on Tuesday.",
            [{"12", "15"}],
            id="a-toll-that-rose-to-12-was-never-15",
        ),
        pytest.param(
            "The death toll from the Kesby flood fell to 12 on Tuesday, officials said.",
            "The Kesby flood killed 9 people, officials said on Tuesday.",
            [{"12", "9"}],
            id="a-toll-that-fell-to-12-was-never-9",
        ),
        pytest.param(
            "Carrow Foods' profit rose to $40 million in 2024.",
            "Carrow Foods made a profit of $55 million in 2024.",
            [{"$40 million", "$55 million"}],
            id="a-year-s-profit-above-the-risen-one",
        ),
        pytest.param(
            "Carrow Foods' profit rose to $55 million in 2024.",
            "Carrow Foods made a profit of $40 million in 2024.",
            [{"$40 million", "$55 million"}],
            id="a-closed-year-s-figure-is-never-the-one-before",
        ),
    ],
)
def test_a_plain_figure_that_cannot_be_the_one_before_the_change_conflicts(
    a: str, b: str, values: list[set[str]]
) -> None:
    # review16 C1: only a figure that can be the one before the change (or a later article's) is an update
    assert conflict_values(a, b) == values


@pytest.mark.parametrize(
    ("a", "b", "published_b"),
    [
        pytest.param(
            "The death toll from the Kesby flood fell to 9 on Tuesday, officials said.",
            "The Kesby flood killed 12 people, officials said on Tuesday.",
            None,
            id="fell-from-a-higher-figure",
        ),
        pytest.param(
            "The death toll from the Brenmoor floods rose to 12 on Tuesday, officials said.",
            "Officials said the Brenmoor floods had killed 15 people.",
            "2025-05-21T09:00:00",
            id="a-later-article-s-figure-after-the-change",
        ),
    ],
)
def test_a_figure_before_or_after_the_change_is_an_update(a: str, b: str, published_b: str | None) -> None:
    assert conflict_values(a, b, published_b=published_b) == []


def test_two_figures_given_as_changed_still_conflict() -> None:
    a = "The death toll from the Kesby flood rose to 9 on Tuesday, officials said."
    b = "The death toll from the Kesby flood rose to 12 on Tuesday, officials said."
    assert conflict_values(a, b) == [{"9", "12"}]


def test_two_plain_tolls_still_conflict() -> None:
    a = "The Kesby flood killed 9 people on Monday, officials said."
    b = "The Kesby flood killed 12 people on Monday, officials said."
    assert conflict_values(a, b) == [{"9", "12"}]


@pytest.mark.parametrize(
    "a",
    [
        pytest.param("The evacuation of all 3,500 Kesby residents will take two days, police said.", id="evacuation"),
        pytest.param("Police will evacuate all 3,500 Kesby residents by Friday.", id="will-evacuate-all"),
    ],
)
def test_a_plan_for_the_whole_and_the_part_done_are_two_facts(a: str) -> None:
    assert conflict_values(a, "Police evacuated 2,000 Kesby residents on Tuesday.") == []


def test_the_whole_done_and_a_part_done_still_conflict() -> None:
    a = "Police evacuated all 3,500 Kesby residents on Tuesday."
    b = "Police evacuated 2,000 Kesby residents on Tuesday."
    assert conflict_values(a, b) == [{"3,500", "2,000"}]


def test_a_running_count_by_a_moment_and_a_later_article_s_count_are_two_facts() -> None:
    a = "The Kesby council approved the bypass plan after 12 hearings."
    b = "The Kesby council has held 14 hearings on the bypass plan."
    assert conflict_values(a, b, published_b="2025-05-21T09:00:00") == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Kesby council approved the bypass plan after 12 hearings.",
            "The Kesby council approved the bypass plan after 14 hearings.",
            [{"12", "14"}],
            id="two-counts-by-one-moment",
        ),
        pytest.param(
            # review16 C6: on one day "after 12 amendments" is the total of one event, not a running count
            "The Brenmoor council approved the budget after 12 amendments on Monday.",
            "The Brenmoor council approved 15 amendments to the budget on Monday.",
            [{"12", "15"}],
            id="after-n-and-a-plain-count-on-one-day",
        ),
        pytest.param(
            "The Kesby council approved the bypass plan after 12 hearings.",
            "The Kesby council has held 14 hearings on the bypass plan.",
            [{"12", "14"}],
            id="after-n-and-a-count-of-the-same-day",
        ),
        pytest.param(
            "The Kesby talks collapsed after three days, officials said.",
            "The Kesby talks collapsed after four days, officials said.",
            [{"three", "four"}],
            id="lengths-after-after",
        ),
    ],
)
def test_counts_by_one_moment_still_conflict(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values


@pytest.mark.parametrize(
    ("verb", "values"),
    [
        pytest.param("dropped", [{"12", "9"}], id="dropped"),
        pytest.param("climbed", [{"12", "15"}], id="climbed"),
        pytest.param("increased", [{"12", "15"}], id="increased"),
    ],
)
def test_a_regular_verb_of_change_is_no_act_on_the_figure(verb: str, values: list[set[str]]) -> None:
    # "dropped" is a verb of a figure's fall (lexicon.REVISION_DOWN) and of taking away (lexicon.REMOVAL_VERBS): before
    # "to" and a figure it tells the figure moved, and its past form is no act done to the figure's people ("killed")
    killed = "9" if verb == "dropped" else "15"
    a = f"The death toll from the Kesby flood {verb} to 12 on Tuesday, officials said."
    assert conflict_values(a, f"The Kesby flood killed {killed} people, officials said on Tuesday.") == values


def test_a_removal_is_no_change_of_what_stands() -> None:
    # "dropped 3 charges" takes 3 away: no figure "dropped to 3" of the charges that stand, which 2 cannot be before
    a = "Prosecutors dropped 3 charges of fraud against Tal Oren on Monday."
    assert conflict_values(a, "Tal Oren faces 2 charges of fraud over the Kesby flats, prosecutors said.") == []


def test_two_removals_and_two_falls_still_conflict() -> None:
    a = "Prosecutors dropped 3 charges of fraud against Tal Oren on Monday."
    assert conflict_values(a, "Prosecutors dropped 5 charges of fraud against Tal Oren on Monday.") == [{"3", "5"}]
    a = "The death toll from the Kesby flood dropped to 12 on Tuesday, officials said."
    b = "The death toll from the Kesby flood dropped to 10 on Tuesday, officials said."
    assert conflict_values(a, b) == [{"12", "10"}]
