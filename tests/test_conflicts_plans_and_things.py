"""A plan told as said before and what was done, a day of a plan that stood before and the day now, are two facts
(``compare.fact_told_plans``); a thing an ordinal or "another" marks is another thing of its kind
(``compare.fact_other_things``). One plan told with two figures, one act counted twice and one thing given two figures
still conflict. An amount per period is a rate, compared with rates of its period only (``compare.fact_rates``).
Invented sentences, read from no evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import analysis, conflict_values
from newsfuse.article.stems import stem
from newsfuse.compare.fact_other_things import ANOTHER, FIRST, marks
from newsfuse.compare.fact_told_plans import ANNOUNCED, TOLD_PLAN
from newsfuse.compare.facts import facts_of

_PLAN = "Ostley Mills said it would cut 1,200 jobs at its Brenmoor factory."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(_PLAN, "Ostley Mills cut 900 jobs at its Brenmoor factory on Monday.", id="said-it-would-and-cut"),
        pytest.param(_PLAN, "Ostley Mills has cut 900 jobs at its Brenmoor factory.", id="said-it-would-and-has-cut"),
        pytest.param(
            "Ostley Mills announced on Monday that it would cut 1,200 jobs at its Brenmoor factory.",
            "Some 900 workers at the Brenmoor factory lost their jobs, Ostley Mills said.",
            id="announced-that-it-would-and-workers-who-lost-their-jobs",
        ),
        pytest.param(
            "Ostley Mills planned to cut 1,200 jobs at its Brenmoor factory.",
            "Ostley Mills cut 900 jobs at its Brenmoor factory on Monday.",
            id="planned-to-and-cut",
        ),
        pytest.param(
            "Ostley Mills said it plans to cut 1,200 jobs at its Brenmoor factory.",
            "Ostley Mills cut 900 jobs at its Brenmoor factory on Monday.",
            id="said-it-plans-to-and-cut",
        ),
        pytest.param(
            "Police said 3,500 Dunmore residents would be evacuated.",
            "Police evacuated 2,000 Dunmore residents on Sunday.",
            id="said-they-would-be-evacuated-and-evacuated",
        ),
    ],
)
def test_a_plan_told_as_said_before_and_what_was_done_are_two_facts(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            _PLAN,
            "Ostley Mills said it would cut 1,500 jobs at its Brenmoor factory.",
            {"1,200", "1,500"},
            id="one-plan-told-with-two-figures",
        ),
        pytest.param(
            _PLAN,
            "Ostley Mills will cut 1,500 jobs at its Brenmoor factory, the firm said.",
            {"1,200", "1,500"},
            id="a-told-plan-and-the-plan-in-the-outlet-s-words",
        ),
        pytest.param(
            _PLAN,
            "Ostley Mills announced 1,500 job cuts at its Brenmoor factory on Monday.",
            {"1,200", "1,500"},
            id="a-told-plan-and-its-announcement",
        ),
        pytest.param(
            "Ostley Mills said it had cut 1,200 jobs at its Brenmoor factory.",
            "Ostley Mills cut 900 jobs at its Brenmoor factory on Monday.",
            {"1,200", "900"},
            id="what-was-done-told-twice",
        ),
        pytest.param(
            "Brenmoor Academy now teaches 640 pupils, its head teacher said.",
            "The head teacher of Brenmoor Academy said its 720 pupils would share the new hall.",
            {"640", "720"},
            id="a-count-of-a-plan-s-agents-is-no-plan",
        ),
        pytest.param(
            "Police said 3,500 Dunmore residents had been evacuated.",
            "Police evacuated 2,000 Dunmore residents on Sunday.",
            {"3,500", "2,000"},
            id="a-told-count-of-what-was-done",
        ),
    ],
)
def test_one_plan_or_one_act_with_two_figures_still_conflicts(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param("The trial of Tal Oren will now begin on June 10 at Ostley Crown Court.", [], id="the-day-now"),
        pytest.param("The trial of Tal Oren began on June 10 at Ostley Crown Court.", [], id="the-day-it-began"),
        pytest.param(
            "The trial of Tal Oren was due to begin on June 5 at Ostley Crown Court.",
            [{"June 3", "June 5"}],
            id="one-plan-that-stood-before-told-with-two-days",
        ),
    ],
)
def test_a_day_of_a_plan_that_stood_before_is_compared_only_with_such_a_day(b: str, values: list[set[str]]) -> None:
    a = "The trial of Tal Oren was due to begin on June 3 at Ostley Crown Court."
    assert conflict_values(a, b) == values


def test_a_figure_is_read_as_a_told_plan_or_an_announcement() -> None:
    body = "Ostley Mills said it would cut 1,200 jobs. It announced 300 new posts. It cut 900 jobs."
    told = {f.quantity.text: f.told for f in facts_of(analysis("a", body, "2025-05-14T09:00:00"))}
    assert told == {"1,200": TOLD_PLAN, "300": ANNOUNCED, "900": ""}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The first boat carried 40 people when it capsized off Kesby on Sunday.",
            "A second boat carried 52 people when it capsized off Kesby on Sunday.",
            id="the-first-and-a-second-boat",
        ),
        pytest.param(
            "A boat carrying 40 people capsized off Kesby on Sunday.",
            "Another boat carrying 52 people capsized off Kesby on Sunday.",
            id="a-boat-and-another-boat",
        ),
        pytest.param(
            "The second bus carried 30 pupils when it crashed near Kendal.",
            "The third bus carried 42 pupils when it crashed near Kendal.",
            id="the-second-and-the-third-bus",
        ),
        pytest.param(
            "A fire destroyed 12 homes in Dunmore on Sunday.",
            "The other fire destroyed 20 homes in Dunmore on Sunday.",
            id="a-fire-and-the-other-fire",
        ),
    ],
)
def test_things_an_ordinal_or_another_marks_are_other_things(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The first boat carried 40 people when it capsized off Kesby on Sunday.",
            "The first boat carried 52 people when it capsized off Kesby on Sunday.",
            {"40", "52"},
            id="one-ordinal-one-boat",
        ),
        pytest.param(
            "A boat carrying 40 people capsized off Kesby on Sunday.",
            "A boat carrying 52 people capsized off Kesby on Sunday.",
            {"40", "52"},
            id="no-ordinal-one-boat",
        ),
        pytest.param(
            "A second boat carrying 52 people capsized off Kesby on Sunday.",
            "Another boat carrying 48 people capsized off Kesby on Sunday.",
            {"52", "48"},
            id="a-second-boat-is-another-boat",
        ),
        pytest.param(
            "The first storm of the season killed 40 people in the Corran valley on Saturday.",
            "The storm killed 55 people in the Corran valley on Saturday.",
            {"40", "55"},
            id="the-first-storm-may-be-the-only-storm",
        ),
        pytest.param(
            "Police arrested 23 people after the protest in Esker, the second time this year.",
            "Police arrested 31 people after the protest in Esker on Saturday.",
            {"23", "31"},
            id="an-ordinal-of-a-time-marks-no-thing",
        ),
        pytest.param(
            "The storm, the second to hit the valley this month, killed 40 people on Saturday.",
            "The storm killed 55 people in the Corran valley on Saturday.",
            {"40", "55"},
            id="an-ordinal-before-to-marks-no-thing",
        ),
    ],
)
def test_one_thing_with_two_figures_still_conflicts(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Ostley inquiry's draft report was published on Monday.",
            "The Ostley inquiry's final report was published on Tuesday.",
            [],
            id="a-draft-and-the-final-report",
        ),
        pytest.param(
            "The Ostley inquiry's interim report found 40 failings.",
            "The Ostley inquiry's final report found 52 failings.",
            [],
            id="an-interim-and-the-final-report",
        ),
        pytest.param(
            "The Ostley inquiry's final report was published on Monday.",
            "The Ostley inquiry's final report was published on Tuesday.",
            [{"Monday", "Tuesday"}],
            id="one-version-two-days",
        ),
        pytest.param(
            "The Ostley inquiry's report found 40 failings.",
            "The Ostley inquiry's final report found 52 failings.",
            [{"40", "52"}],
            id="the-report-may-be-the-final-one",
        ),
        pytest.param(
            "A second body was found on Sunday, bringing the death toll from the Kesby flood to 12.",
            "A body was found on Sunday, bringing the death toll from the Kesby flood to 14.",
            [{"12", "14"}],
            id="a-marked-noun-far-from-the-figure-is-another-thing-of-its-sentence",
        ),
    ],
)
def test_two_versions_of_a_thing_are_two_things(a: str, b: str, values: list[set[str]]) -> None:
    assert conflict_values(a, b) == values


def test_an_ordinal_that_is_the_figure_marks_no_thing() -> None:
    a = "Ana Vell was crowned the first woman to finish the Kesby fell run on Sunday."
    b = "Ana Vell was crowned the second woman to finish the Kesby fell run on Sunday."
    assert conflict_values(a, b) == [{"first", "second"}]


def test_marks_of_a_sentence() -> None:
    found = marks("The boat sank, and a second small boat and another boat came for the second time.")
    assert found["boat"] == {FIRST, 2, ANOTHER}
    assert found["small"] == {2}
    assert found[stem("time")] == {FIRST}  # "the second time" marks no thing
    assert marks("One another helped the crew, and the second-largest boat sank.") == {}


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Tal Oren won $400 in the Ostley lottery on Saturday.",
            "Tal Oren took home $300 a week from the Ostley mill, his lawyer said on Saturday.",
            [],
            id="a-weekly-wage-and-a-sum",
        ),
        pytest.param(
            "The Ostley bypass will cost $40 million a year to run, the county said.",
            "The Ostley bypass will cost $55 million to build, the county said.",
            [],
            id="a-yearly-cost-and-a-sum",
        ),
        pytest.param(
            "Workers at the Ostley mill earn $15 an hour, the union said.",
            "Workers at the Ostley mill earn $12 a week, the union said.",
            [],
            id="two-periods",
        ),
        pytest.param(
            "Workers at the Ostley mill earn $15 an hour, the union said.",
            "Workers at the Ostley mill earn $12 per hour, the union said.",
            [{"$15", "$12"}],
            id="one-rate-two-figures",
        ),
        pytest.param(
            "The Ostley bypass will cost $40 million to build, the county said.",
            "The Ostley bypass will cost $55 million to build, the county said.",
            [{"$40 million", "$55 million"}],
            id="one-sum-two-figures",
        ),
    ],
)
def test_an_amount_per_period_is_a_rate_compared_with_rates_of_its_period(
    a: str, b: str, values: list[set[str]]
) -> None:
    assert conflict_values(a, b) == values
