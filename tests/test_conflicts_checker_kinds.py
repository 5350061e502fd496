"""Kinds of factual conflict a fact-checker expects in news coverage, each found and its look-alike silent.

A length measured from a place ("capsized 12 miles off Kesby", ``compare.fact_positions``) or along a route
(``compare.fact_routes``), one unit written two ways ("km" / "kilometres") being no conversion; an agreement's term
written after its verb ("signed for four years", ``compare.fact_agreements``); a standing among a kind and among a wider
one ("lender" / "bank", ``compare.fact_standings``); a match's score by its sides and its day
(``compare.fact_matches``); people who lose their jobs as jobs cut; an outcome told after a count ("31 people were
injured"); counts of an act ("31 arrests"); charges and counts; ages by a decade in words ("in her forties", "an
octogenarian"); days of one act told in other verbs ("landed" / "arrived"); a count after a verb of taking away
("dropped 3 charges"). Every person, place, outlet and sentence is invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Tal Oren's yacht sank 8 miles off Ostley on Friday, the coastguard said.",
            "Tal Oren's yacht went down 30 km off the coast at Ostley on Friday, the coastguard said.",
            {"8 miles", "30 km"},
            id="a-position-off-one-place-in-other-units-and-words",
        ),
        pytest.param(
            "The Ostley ferry sank 30 km off Brenmoor on Friday, the coastguard said.",
            "The Ostley ferry sank 33 kilometres off Brenmoor on Friday, the coastguard said.",
            {"30 km", "33 kilometres"},
            id="one-unit-written-two-ways-is-no-conversion",
        ),
        pytest.param(
            "Ana Vell cycled 410 miles from Ostley to Brenmoor to raise money for the hospice.",
            "Ana Vell's 360-mile ride from Ostley to Brenmoor raised money for the hospice.",
            {"410 miles", "360-mile"},
            id="one-route-s-length",
        ),
        pytest.param(
            "Tarn United signed the winger Ana Vell on a two-year contract on Friday.",
            "The winger Ana Vell signed for Tarn United for three years on Friday.",
            {"two", "three"},
            id="a-term-after-the-verb-of-signing",
        ),
        pytest.param(
            "Ostley Savings, the country's fourth-largest lender, will buy Tarn Mutual for $400 million.",
            "Ostley Savings, the sixth-largest bank in the country, will buy Tarn Mutual for $400 million.",
            {"fourth", "sixth"},
            id="a-bank-ranked-lower-among-banks-than-among-lenders",
        ),
        pytest.param(
            "Tarn United beat Brenmoor Town 4-0 on Sunday to reach the cup final.",
            "A 3-0 victory over Brenmoor Town on Sunday put Tarn United in the cup final.",
            {"4-0", "3-0"},
            id="one-match-s-score-with-the-side-after-it",
        ),
        pytest.param(
            "Ostley Mills will cut 400 jobs at its Brenmoor factory, the firm said on Monday.",
            "The firm said on Monday that 650 workers at its Brenmoor factory would lose their jobs.",
            {"400", "650"},
            id="workers-who-lose-their-jobs-are-jobs-cut",
        ),
        pytest.param(
            "Ana Vell's party won 21 seats on the Ostley council on Thursday.",
            "Ana Vell's party secured 25 seats on the Ostley council on Thursday.",
            {"21", "25"},
            id="seats-won-and-secured",
        ),
        pytest.param(
            "Police arrested 40 people at the Ostley rally on Saturday.",
            "Police made 52 arrests at the Ostley rally on Saturday.",
            {"40", "52"},
            id="arrests-counted-as-people-arrested",
        ),
        pytest.param(
            "Tal Oren faces 9 charges of bribery over the Ostley harbour contract.",
            "Tal Oren has been charged with 12 counts of bribery over the Ostley harbour contract.",
            {"9", "12"},
            id="charges-and-counts",
        ),
        pytest.param(
            "Ana Vell, 52, was rescued from the Ostley cliffs on Friday.",
            "Ana Vell, a climber in her thirties, was rescued from the Ostley cliffs on Friday.",
            {"52", "thirties"},
            id="an-age-by-its-decade-in-words",
        ),
        pytest.param(
            "Ana Vell, 52, was rescued from the Ostley cliffs on Friday.",
            "Ana Vell, an octogenarian, was rescued from the Ostley cliffs on Friday.",
            {"52", "octogenarian"},
            id="an-age-by-a-noun-of-its-decade",
        ),
        pytest.param(
            "The Brenmoor envoy Tal Oren landed in Ostley on Monday ahead of talks on the harbour.",
            "The Brenmoor envoy Tal Oren arrived in Ostley on Tuesday ahead of talks on the harbour.",
            {"Monday", "Tuesday"},
            id="one-arrival-in-other-verbs",
        ),
    ],
)
def test_a_checker_s_kind_is_found(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Tal Oren's yacht sank 8 miles off Ostley on Friday, the coastguard said.",
            "The Ostley lifeboat was 30 km off the coast at Ostley when it was called out on Friday.",
            id="another-thing-off-the-same-place",
        ),
        pytest.param(
            "Tal Oren's yacht sank 8 miles off Ostley on Friday, the coastguard said.",
            "Tal Oren's yacht went down 13 km off the coast at Ostley on Friday, the coastguard said.",
            id="one-position-converted",
        ),
        pytest.param(
            "The Ostley ferry sank 30 km off Brenmoor on Friday, the coastguard said.",
            "The Ostley ferry sank 30 kilometres off Brenmoor on Friday, the coastguard said.",
            id="one-distance-in-one-unit-written-two-ways",
        ),
        pytest.param(
            "Ana Vell cycled 410 miles from Ostley to Brenmoor to raise money for the hospice.",
            "Ana Vell cycled the last 60 miles from Tarnby to Brenmoor in a day.",
            id="a-leg-of-the-route",
        ),
        pytest.param(
            "Ana Vell cycled 410 miles from Ostley to Brenmoor to raise money for the hospice.",
            "The road from Ostley to Brenmoor is 380 miles long, but Ana Vell kept to the lanes.",
            id="the-road-s-length-on-the-route",
        ),
        pytest.param(
            "Tarn United signed the winger Ana Vell on a two-year contract on Friday.",
            "Ana Vell signed for Brenmoor Town in 2020 and stayed there for three years.",
            id="a-stay-after-another-signing",
        ),
        pytest.param(
            "Ostley Savings, the country's sixth-largest lender, will buy Tarn Mutual for $400 million.",
            "Ostley Savings, the fourth-largest bank in the country, will buy Tarn Mutual for $400 million.",
            id="a-bank-ranked-higher-among-banks-than-among-lenders",
        ),
        pytest.param(
            "Tarn United beat Brenmoor Town 4-0 on Sunday to reach the cup final.",
            "Ostley Rovers' 3-0 victory over Brenmoor Town on Sunday kept them in the league.",
            id="another-side-s-win-over-the-same-opponent",
        ),
        pytest.param(
            "Tarn United beat Brenmoor Town 4-0 on Sunday to reach the cup final.",
            "A 3-0 victory over Brenmoor Town in March put Tarn United top of the league.",
            id="a-win-over-the-same-side-in-another-month",
        ),
        pytest.param(
            "Ostley Mills will cut 400 jobs at its Brenmoor factory, the firm said on Monday.",
            "The firm said on Monday that 650 workers at its Brenmoor factory would lose their jobs if it closed.",
            id="jobs-lost-under-a-condition",
        ),
        pytest.param(
            "Ana Vell's party won 21 seats on the Ostley council on Thursday.",
            "Ana Vell's party held 25 seats on the Ostley council before Thursday's vote.",
            id="seats-won-and-seats-held-before",
        ),
        pytest.param(
            "Police arrested 40 people at the Ostley rally on Saturday.",
            "Fifty-two people were injured at the Ostley rally on Saturday.",
            id="people-injured-not-arrested",
        ),
        pytest.param(
            "Tal Oren faces 9 charges of bribery over the Ostley harbour contract.",
            "Prosecutors dropped 2 charges of bribery against Tal Oren on Monday.",
            id="charges-dropped-not-faced",
        ),
        pytest.param(
            "Ana Vell, 34, was rescued from the Ostley cliffs on Friday.",
            "Ana Vell, a climber in her thirties, was rescued from the Ostley cliffs on Friday.",
            id="an-age-within-its-decade",
        ),
        pytest.param(
            "The Brenmoor envoy Tal Oren landed in Ostley on Monday ahead of talks on the harbour.",
            "The Brenmoor envoy Tal Oren left Ostley on Wednesday after talks on the harbour.",
            id="arrival-and-departure",
        ),
        pytest.param(
            "The inquest into the Ostley harbour fire will begin on July 7, the coroner said.",
            "The inquest into the Ostley harbour fire is expected to end on July 21, the coroner said.",
            id="the-day-an-event-ends",
        ),
    ],
)
def test_a_checker_s_look_alike_is_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Brenmoor festival ran from Friday to Sunday and drew 40,000 visitors.",
            "The Brenmoor festival, held from Thursday to Sunday, drew 60,000 visitors.",
            {"40,000", "60,000"},
            id="days-from-and-to-are-no-route",
        ),
        pytest.param(
            "Repairs to the Brenmoor bridge from March to June cost $4 million.",
            "Repairs to the Brenmoor bridge from April to June cost $6 million.",
            {"$4 million", "$6 million"},
            id="months-from-and-to-are-no-route",
        ),
        pytest.param(
            "Five charges against Ana Vell were dropped on Monday.",
            "Prosecutors dropped three charges against Ana Vell on Monday.",
            {"Five", "three"},
            id="a-passive-removal-is-a-removal",
        ),
        pytest.param(
            "Labour won 34 seats in the Brenmoor council election on Thursday.",
            "Labour took 37 seats in the Brenmoor council election on Thursday.",
            {"34", "37"},
            id="seats-won-and-taken",
        ),
    ],
)
def test_review16_real_conflicts_are_found(a: str, b: str, values: set[str]) -> None:
    # review16 R1 (a route only for a trip's length or days, never between months or weekdays), R2, R5
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Ana Vell, who began rowing as a teenager, won the Kesby regatta on Sunday.",
            "Ana Vell, 45, won the Kesby regatta on Sunday.",
            id="as-a-teenager-is-no-present-age",
        ),
        pytest.param(
            "Nearly half of the 1,500 workers at the Brenmoor plant will lose their jobs, Carrow Foods said on Monday.",
            "Carrow Foods will cut 700 jobs at its Brenmoor plant, the company said on Monday.",
            id="part-of-the-workforce-loses-jobs",
        ),
        pytest.param(
            "Of the 1,500 workers at the Brenmoor plant 300 will lose their jobs, Carrow Foods said on Monday.",
            "Carrow Foods will cut 700 jobs at its Brenmoor plant, the company said on Monday.",
            id="the-workforce-before-the-count-that-loses-jobs",
        ),
        pytest.param(
            "The earthquake, of magnitude 6.1, struck the Corran valley early on Sunday.",
            "An aftershock hit the Corran valley early on Monday.",
            id="early-on-a-day-is-no-shared-act",
        ),
    ],
)
def test_review16_look_alikes_stay_silent(a: str, b: str) -> None:
    # review16 R3 (an age noun only in apposition to a name), R6 (the whole workforce is not the jobs cut), R7
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    "predicate",
    ["have been laid off", "are being laid off", "were made redundant", "lost their jobs", "were laid off"],
)
def test_each_form_of_losing_a_job_counts_jobs_cut(predicate: str) -> None:
    # lexicon.JOB_LOSS_PREDICATES is built from the verb's forms and each form of "be" before a participle
    a = "Ostley Mills has cut 400 jobs at its Brenmoor factory, the firm said on Monday."
    b = f"The firm said on Monday that 650 workers at its Brenmoor factory {predicate}."
    assert conflict_values(a, b) == [{"400", "650"}]


def test_workers_kept_on_are_no_jobs_cut() -> None:
    a = "Ostley Mills has cut 400 jobs at its Brenmoor factory, the firm said on Monday."
    b = "The firm said on Monday that 650 workers at its Brenmoor factory have been kept on."
    assert conflict_values(a, b) == []
