"""Conflicts a review found missed or wrongly reported: each a pair of invented outlets and the values expected.

Every person, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import analysis, conflict_values


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Ana Vell, the Brenmoor police chief, said 55 people were arrested after the march on Sunday.",
            "Tom Reyes, the Brenmoor mayor, said 40 people were arrested after the march on Sunday.",
            {"40", "55"},
            id="two-sources-each-with-a-title-in-apposition",
        ),
        pytest.param(
            "Kesby Mills will cut 300 jobs, Ana Vell, its chief executive, told staff on Monday.",
            "Kesby Mills will cut 450 jobs, Tom Reyes, its finance director, told staff on Monday.",
            {"300", "450"},
            id="two-sources-after-the-figure-with-a-title-in-apposition",
        ),
        pytest.param(
            "Temperatures in the Corran valley were 18F above normal on Sunday, the weather service said.",
            "Temperatures in the Corran valley were 6C above normal on Sunday, the weather service said.",
            {"18F", "6C"},
            id="two-differences-of-temperature-in-two-scales",
        ),
        pytest.param(
            "Temperatures in the Corran valley reached 38C on Sunday, the weather service said.",
            "Temperatures in the Corran valley reached 104F on Sunday, the weather service said.",
            {"38C", "104F"},
            id="two-heats-in-two-scales-beyond-rounding",
        ),
        pytest.param(
            "In March, 300 people left Kesby after the flood, the council said.",
            "In May, 300 people left Kesby after the flood, the council said.",
            {"March", "May"},
            id="a-month-opening-the-sentence-before-a-count",
        ),
        pytest.param(
            "Carrow Foods will hire 300 staff at its Brenmoor plant, the company said on Monday.",
            "Carrow Foods will recruit 400 staff at its Brenmoor plant, the company said on Monday.",
            {"300", "400"},
            id="one-plan-in-two-verbs-after-a-modal",
        ),
        pytest.param(
            "Fenmore Bank will close 150 branches next year, the bank said on Monday.",
            "Fenmore Bank will axe 120 branches next year, the bank said on Monday.",
            {"120", "150"},
            id="one-closure-in-two-verbs-after-a-modal",
        ),
    ],
)
def test_found(a: str, b: str, values: set[str]) -> None:
    assert values in conflict_values(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Esker Rovers signed Tom Reyes, the Dale City striker, on a three-year contract on Friday.",
            "Esker Rovers signed Dan Ebbe, the Tarn Town striker, on a four-year contract on Friday.",
            id="two-people-signed-each-with-a-title-in-apposition",
        ),
        pytest.param(
            "Esker Rovers beat Dale City 2-1 on Saturday to go top of the league.",
            "Esker Rovers went top of the league on Saturday after Tarn Town lost 3-0 at home.",
            id="each-only-tally-of-another-match",
        ),
        pytest.param(
            "Tarn councillors voted 7-2 on Monday to close the Kesby library.",
            "Tarn councillors had backed the plan 5-4 in a first vote in March, before voting on Monday to close the"
            " Kesby library.",
            id="each-only-tally-of-another-vote",
        ),
        pytest.param(
            "Calder Bank's profit rose sharply in the first half of the year, the bank said.",
            "Calder Bank's profit rose sharply in the first quarter of the year, the bank said.",
            id="two-parts-of-a-year-are-no-shares",
        ),
        pytest.param(
            "Brenmoor will hold its parade on the fourth of August, the mayor said on Monday.",
            "Brenmoor will hold its parade on the third of August, the mayor said on Monday.",
            id="days-of-a-month-are-no-shares",
        ),
        pytest.param(
            "Temperatures in the Corran valley rose by 9F on Sunday, the weather service said.",
            "Temperatures in the Corran valley rose by 5C on Sunday, the weather service said.",
            id="one-rise-of-temperature-in-two-scales",
        ),
        pytest.param(
            "Temperatures in the Corran valley rose by 4C to a record on Sunday, the weather service said.",
            "Temperatures in the Corran valley rose to a record 41C on Sunday, the weather service said.",
            id="a-rise-of-temperature-is-no-level",
        ),
        pytest.param(
            "Temperatures in the Corran valley reached 38C on Sunday, the weather service said.",
            "Temperatures in the Corran valley reached 38.4C on Sunday, the weather service said.",
            id="a-temperature-rounded-to-the-degree",
        ),
        pytest.param(
            "Temperatures in the Corran valley reached 38C on Sunday, the weather service said.",
            "Temperatures in the Corran valley reached 101F on Sunday, the weather service said.",
            id="one-heat-in-two-scales-each-rounded",
        ),
        pytest.param(
            "Tarn water board will keep the river no more than 3 degrees Celsius (5.4 degrees Fahrenheit) above"
            " its 1990 average, the board said.",
            "The Tarn water board said on Tuesday it will keep the river no more than 3 degrees Celsius (5.4"
            " degrees Fahrenheit) above its 1990 average.",
            id="one-limit-of-warming-in-two-scales",
        ),
        pytest.param(
            "Inflation in Tarn fell to 3.1% in March, the statistics office said on Tuesday.",
            "Inflation in Tarn fell to 3.4% in February, the statistics office said on Tuesday.",
            id="two-months-of-a-statistic",
        ),
        pytest.param(
            "Tom Reyes sat in seat 14F on the Brenmoor flight, the airline said on Monday.",
            "Tom Reyes sat in seat 12F on the Brenmoor flight, the airline said on Monday.",
            id="two-seats-are-no-temperatures",
        ),
        pytest.param(
            "Carrow Foods will shed 1,200 staff at its Brenmoor plant, the company said on Monday.",
            "Carrow Foods will cut costs and save 300 jobs at its Brenmoor plant, the company said on Monday.",
            id="jobs-cut-and-jobs-saved",
        ),
        pytest.param(
            "Carrow Foods will keep 1,500 jobs at its Brenmoor plant, the company said on Monday.",
            "Carrow Foods will cut 1,200 jobs at its Brenmoor plant, the company said on Monday.",
            id="jobs-kept-and-jobs-cut-after-a-modal",
        ),
        pytest.param(
            "Carrow Foods will shed 1,200 staff at its Brenmoor plant, the company said on Monday.",
            "Carrow Foods will move 300 jobs to its Brenmoor plant, the company said on Monday.",
            id="jobs-cut-and-jobs-moved",
        ),
        pytest.param(
            "Pupils of grade 5C at Kesby school planted a tree on Monday, the head said.",
            "Pupils of grade 4C at Kesby school planted a tree on Monday, the head said.",
            id="two-grades-are-no-temperatures",
        ),
    ],
)
def test_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes, the third of four children, left Brenmoor on Monday.",
        "Sales at Kesby Mills fell in the final quarter of 2024.",
        "Kesby Mills spent a quarter of the year without power.",
        "Police arrested 5 in 12 raids across Kesby on Monday.",
        "Esker Rovers scored 2 in 3 matches against Dale City.",
    ],
)
def test_no_share_read(text: str) -> None:
    assert [q.text for q in analysis("x", text).quantities if q.kind == "percent"] == []


def test_shares_in_words_still_read() -> None:
    text = "Half of Brackwater voters and a third of the Kesby council back the park; one in five voters do not."
    text += " A survey found that half of Kesby voters agree."
    shares = ["Half", "a third", "one in five", "half"]
    assert [q.text for q in analysis("x", text).quantities if q.kind == "percent"] == shares
