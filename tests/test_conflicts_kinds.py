"""Kinds of disagreement a fact-checker meets daily, each a pair: the conflict found and a look-alike left silent.

Ages written in words, the head of one school or team, a person's place in a
race, and two days one outlet gives in one sentence. Every person, place and
sentence is invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_patterns import pattern_values

_values = conflict_values

_SAILOR = "Hannah Pike, 34, was rescued on Sunday after her boat capsized off Kesby."
_COACH = "Head coach Dale Rourke will take charge of Esker Rovers in July, the club said."
_PRINCIPAL = "Principal Ruth Holt said the longer day at Brenmoor Academy would start in September."
_RUNNER = "Hannah Pike finished third in the Kesby marathon on Sunday."
_TOLL = "The storm killed 40 people in the Corran valley on Saturday."
_MAYOR = "Mayor Ann Holt, in office since 2009, will seek a fourth term."
_WINNER = "Ann Holt won the Brackwater mayoral election on Sunday, the county said."
_VOTE = "Tarn council voted 7-2 on Monday to close the Kesby library at the end of the year."
_VOTED = "Tarn council voted on Monday to close the Kesby library at the end of the year."
_QUAKE = "The earthquake, of magnitude 6.1, struck the Corran valley early on Sunday."
_RAIL = "State lawmakers on Tuesday approved $2.4 billion to build a rail link between Esker and its airport."
_HEAT = "Temperatures in the Corran valley reached 38C on Sunday, the weather service said."
_FINE = "Tarn Water was given a 40,000 fine for the spill on Monday."
_JOBS = "Carrow Foods will cut 1,200 jobs at its Brenmoor plant, the company said on Monday."
_SCORE = "Esker Rovers beat Dale City 2-1 on Saturday to go top of the league."
_PARK = "Two-thirds of Brackwater voters back a new riverside park, a county survey found."
_CONTRACT = "Esker Rovers signed the striker Tom Reyes on a three-year contract on Friday."
_LEAD = "Inspectors first found lead in the pipes of the four schools in March, the inquiry said."
_VERDICT = "A jury found Tom Reyes guilty of setting fire to three Esker churches on Friday."
_PLAN = "Tarn council approved the plan to close the Kesby library on Monday."
_SENTENCED = "Tom Reyes, who set fire to three Esker churches, was sentenced to 12 years in prison on Friday."


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            _SAILOR,
            "Hannah Pike, thirty-seven, was rescued on Sunday after her boat capsized off Kesby.",
            {"34", "thirty-seven"},
            id="an-age-in-words-in-apposition",
        ),
        pytest.param(
            _SAILOR,
            "Hannah Pike, who is thirty-seven, was rescued on Sunday after her boat capsized off Kesby.",
            {"34", "thirty-seven"},
            id="an-age-in-words-in-a-relative-clause",
        ),
        pytest.param(
            _COACH,
            "Head coach Dave Rourke will take charge of Esker Rovers in July, the club said.",
            {"Dale Rourke", "Dave Rourke"},
            id="two-head-coaches-of-one-surname",
        ),
        pytest.param(
            _PRINCIPAL,
            "Principal Rose Holt said the longer day at Brenmoor Academy would start in September.",
            {"Ruth Holt", "Rose Holt"},
            id="two-principals-of-one-surname",
        ),
        pytest.param(
            _RUNNER,
            "Hannah Pike finished fifth in the Kesby marathon on Sunday.",
            {"third", "fifth"},
            id="one-runner-s-place",
        ),
        pytest.param(
            _RUNNER,
            "Hannah Pike crossed the line in fifth place in the Kesby marathon on Sunday.",
            {"third", "fifth"},
            id="one-runner-s-place-as-a-noun",
        ),
        pytest.param(
            _TOLL,
            "The death toll from the storm in the Corran valley stands at 55.",
            {"40", "55"},
            id="a-death-toll-against-a-count-of-the-killed",
        ),
        pytest.param(
            _TOLL,
            "The toll from Saturday's storm in the Corran valley was 55, officials said.",
            {"40", "55"},
            id="a-bare-toll",
        ),
        pytest.param(
            _TOLL,
            # a toll that rose to 32 was never 40 before (compare.fact_forecasts.an_update; "rose to 55" may follow 40)
            "The toll from Saturday's storm in the Corran valley rose to 32, officials said.",
            {"40", "32"},
            id="a-toll-that-rose-below-the-other",
        ),
        pytest.param(
            _MAYOR,
            "Ann Holt, who was first elected in 2013, will seek a fourth term as mayor.",
            {"2009", "2013"},
            id="first-elected-bare-starts-the-office-its-sentence-names",
        ),
        pytest.param(
            _WINNER,
            "Ruth Calder has won the mayoral election, Brackwater county said on Sunday.",
            {"Ann Holt", "Ruth Calder"},
            id="two-winners-of-one-contest",
        ),
        pytest.param(
            _VOTE,
            "Tarn council's vote on closing the Kesby library, held on Tuesday, passed 7-2.",
            {"Monday", "Tuesday"},
            id="a-vote-s-day-in-apposition-before-its-tally",
        ),
        pytest.param(
            _VOTED,
            "Tarn council approved the closure of the Kesby library on Tuesday.",
            {"Monday", "Tuesday"},
            id="one-decision-on-two-days-without-a-tally",
        ),
        pytest.param(
            _QUAKE,
            "A magnitude 6.6 earthquake struck the Corran valley early on Sunday.",
            {"6.1", "6.6"},
            id="a-value-on-a-named-scale",
        ),
        pytest.param(
            _SENTENCED,
            "Tom Reyes was jailed for 15 years on Friday for setting fire to three Esker churches.",
            {"12", "15"},
            id="two-verbs-of-one-outcome",
        ),
        pytest.param(
            _WINNER,
            "The Brackwater mayoral election was won by Ruth Calder on Sunday, the county said.",
            {"Ann Holt", "Ruth Calder"},
            id="a-contest-won-by-another-person",
        ),
        pytest.param(
            _COACH,
            "Esker Rovers said head coach Dave Rourke will take charge in July.",
            {"Dale Rourke", "Dave Rourke"},
            id="a-head-coach-in-lower-case",
        ),
        pytest.param(
            _PRINCIPAL,
            "Brenmoor Academy's principal, Rose Holt, said the longer day would start in September.",
            {"Ruth Holt", "Rose Holt"},
            id="the-school-s-principal-in-apposition",
        ),
        pytest.param(
            _RAIL,
            "Lawmakers on Tuesday approved $3.1 billion for the Esker airport rail link, which includes six stations.",
            {"$2.4 billion", "$3.1 billion"},
            id="an-amount-for-the-thing-whose-parts-it-names",
        ),
        pytest.param(_TOLL, "Saturday's storm left at least 55 dead in the Corran valley.", {"40", "55"}, id="n-dead"),
        pytest.param(
            _WINNER,
            "Ruth Calder, who won the Brackwater mayoral election on Sunday, thanked her voters.",
            {"Ann Holt", "Ruth Calder"},
            id="the-winner-in-a-relative-clause",
        ),
        pytest.param(
            _QUAKE,
            "A magnitude-6.6 earthquake struck the Corran valley early on Sunday.",
            {"6.1", "6.6"},
            id="a-scale-joined-by-a-hyphen",
        ),
        pytest.param(
            _HEAT,
            "Temperatures in the Corran valley reached 41 degrees Celsius on Sunday, the weather service said.",
            {"38C", "41 degrees Celsius"},
            id="a-temperature-in-two-spellings",
        ),
        pytest.param(
            _HEAT,
            "The Corran valley sweltered on Sunday as temperatures reached 106°F, the weather service said.",
            {"38C", "106°F"},
            id="a-temperature-in-the-other-scale",
        ),
        pytest.param(
            _FINE, "A court fined Tarn Water 45,000 for the spill on Monday.", {"40,000", "45,000"}, id="fined-n"
        ),
        pytest.param(
            _FINE,
            "Tarn Water was given a fine of 45,000 for the spill on Monday.",
            {"40,000", "45,000"},
            id="a-fine-of-n",
        ),
        pytest.param(
            _SCORE,
            "Esker Rovers won 3-1 against Dale City on Saturday to go top of the league.",
            {"2-1", "3-1"},
            id="one-match-s-score-in-other-words",
        ),
        pytest.param(
            _PARK,
            "A county survey found that 60% of Brackwater voters back a new riverside park.",
            {"Two-thirds", "60%"},
            id="a-fraction-against-a-percentage",
        ),
        pytest.param(
            _PARK,
            "One in three Brackwater voters back a new riverside park, a county survey found.",
            {"Two-thirds", "One in three"},
            id="a-fraction-against-one-in-n",
        ),
        pytest.param(
            "A majority of Brackwater voters back a new riverside park, a county survey found.",
            "Only 41% of Brackwater voters back a new riverside park, a county survey found.",
            {"majority", "41%"},
            id="a-majority-against-a-percentage",
        ),
        pytest.param(
            _VERDICT,
            "A jury acquitted Tom Reyes on Friday of setting fire to three Esker churches.",
            {"guilty", "acquitted"},
            id="guilty-and-acquitted",
        ),
        pytest.param(
            _VERDICT,
            "A jury found Tom Reyes not guilty of setting fire to three Esker churches on Friday.",
            {"guilty", "not guilty"},
            id="guilty-and-not-guilty",
        ),
        pytest.param(
            _PLAN,
            "Tarn council rejected the plan to close the Kesby library on Monday.",
            {"approved", "rejected"},
            id="a-plan-approved-and-rejected",
        ),
        pytest.param(
            "The Senate passed the Esker rail bill on Thursday.",
            "The Esker rail bill was voted down in the Senate on Thursday.",
            {"passed", "voted down"},
            id="a-bill-passed-and-voted-down",
        ),
        pytest.param(
            _JOBS,
            "Carrow Foods will slash 1,500 jobs at its Brenmoor plant, the company said on Monday.",
            {"1,200", "1,500"},
            id="one-cut-in-two-verbs",
        ),
        pytest.param(
            _JOBS,
            "Carrow Foods will lay off 1,500 workers at its Brenmoor plant, the company said on Monday.",
            {"1,200", "1,500"},
            id="jobs-cut-and-workers-laid-off",
        ),
        pytest.param(
            _JOBS,
            "Carrow Foods announced 1,500 job cuts at its Brenmoor plant on Monday.",
            {"1,200", "1,500"},
            id="job-cuts-announced",
        ),
        pytest.param(
            "Carrow Foods will cut 1,200 jobs at its Brenmoor plant, union leader Tom Reyes said.",
            "Carrow Foods will cut 1,500 jobs at its Brenmoor plant, chief executive Ann Holt said.",
            {"1,200", "1,500"},
            id="two-sources-on-one-figure",
        ),
        pytest.param(
            "Carrow Foods opened its Brenmoor plant three years ago.",
            "Carrow Foods opened its Brenmoor plant six years ago.",
            {"three years ago", "six years ago"},
            id="years-ago",
        ),
        pytest.param(
            _LEAD,
            "Inspectors first found lead in the pipes of the four schools in May, the inquiry said.",
            {"March", "May"},
            id="a-month",
        ),
        pytest.param(
            "Inspectors first found lead in the pipes of the four schools in early March.",
            "Inspectors first found lead in the pipes of the four schools on April 2.",
            {"early March", "April 2"},
            id="a-part-of-a-month-and-a-day",
        ),
    ],
)
def test_a_kind_of_disagreement_is_found(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            _SAILOR,
            "Hannah Pike was rescued by her brother, Tom Pike, thirty-seven, after her boat capsized off Kesby.",
            id="another-person-s-age-in-words",
        ),
        pytest.param(
            _SAILOR,
            "Hannah Pike, one of two sailors on board, was rescued on Sunday after her boat capsized.",
            id="one-of-is-no-age",
        ),
        pytest.param(
            _COACH,
            "Assistant coach Dave Rourke will stay at Esker Rovers next season, the club said.",
            id="an-assistant-coach",
        ),
        pytest.param(
            _COACH,
            "Goalkeeping coach Dave Rourke will stay at Esker Rovers next season, the club said.",
            id="another-coaching-office",
        ),
        pytest.param(
            _PRINCIPAL,
            "Rose Holt, the principal of Dunmore High, said her school would not follow Brenmoor Academy.",
            id="another-school-s-principal",
        ),
        pytest.param(_RUNNER, "Tom Reyes finished fifth in the Kesby marathon on Sunday.", id="another-runner"),
        pytest.param(_RUNNER, "Hannah Pike finished fifth in the Dunmore half marathon on Sunday.", id="another-race"),
        pytest.param(
            _RUNNER,
            "Hannah Pike, who finished fifth in the Kesby marathon last year, ran it again on Sunday.",
            id="her-place-a-year-before",
        ),
        pytest.param(_TOLL, "The death toll from the storm in Dunmore stands at 55.", id="another-town-s-toll"),
        pytest.param(
            _TOLL,
            "The toll road through the Corran valley was shut for 55 hours after the storm.",
            id="a-toll-road",
        ),
        pytest.param(
            _TOLL,
            "The death toll from the storm in the Corran valley rose from 40 to 55 on Sunday.",
            id="the-toll-revised-with-both-values",
        ),
        pytest.param(
            _MAYOR,
            "Ann Holt, who was first appointed in 2013 as a school governor, will seek a fourth term as mayor.",
            id="first-appointed-to-another-post",
        ),
        pytest.param(
            _MAYOR,
            "Ann Holt, who joined the party in 2013, will seek a fourth term as mayor.",
            id="joined-bare-is-no-office",
        ),
        pytest.param(
            _WINNER,
            "Ruth Calder won the Lowmoor mayoral election on Sunday, the county said.",
            id="a-winner-of-another-place-s-contest",
        ),
        pytest.param(
            _WINNER,
            "Ruth Calder, who won the previous mayoral election, did not stand this time.",
            id="the-winner-of-the-previous-contest",
        ),
        pytest.param(
            _WINNER,
            "Ruth Calder won the Brackwater mayoral election in 2019; Ann Holt won it on Sunday.",
            id="a-winner-of-another-year",
        ),
        pytest.param(
            _VOTE,
            "Tarn council's vote on closing the Kesby swimming pool, held on Tuesday, passed 7-2.",
            id="a-vote-on-another-thing-in-apposition",
        ),
        pytest.param(
            _VOTED,
            "Tarn council approved the closure of the Kesby swimming pool on Tuesday.",
            id="a-decision-on-another-thing",
        ),
        pytest.param(
            _VOTED,
            "The Kesby library's board approved the closure of the Kesby library on Tuesday.",
            id="a-decision-of-another-body",
        ),
        pytest.param(
            _VOTED,
            "Tarn council approved the sale of the Kesby library building on Tuesday.",
            id="another-decision-on-the-thing",
        ),
        pytest.param(
            _QUAKE,
            "An aftershock of magnitude 4.9 struck the Corran valley on Sunday afternoon.",
            id="another-shock-s-magnitude",
        ),
        pytest.param(
            _SENTENCED,
            "Tom Reyes, who set fire to three Esker churches, must serve 8 years before he can seek release.",
            id="the-years-served-before-release",
        ),
        pytest.param(
            "Police arrested 30 protesters in Kesby on Saturday.",
            "Police injured 45 protesters in Kesby on Saturday.",
            id="two-outcomes-of-one-day",
        ),
        pytest.param(
            _WINNER,
            "The Lowmoor mayoral election was won by Ruth Calder on Sunday, the county said.",
            id="another-place-s-contest-won-by",
        ),
        pytest.param(
            _COACH,
            "Esker Rovers said assistant head coach Dave Rourke will stay next season.",
            id="an-assistant-head-coach-in-lower-case",
        ),
        pytest.param(
            _PRINCIPAL,
            "Dunmore High's principal, Rose Holt, said her school would keep its hours.",
            id="another-school-s-principal-in-apposition",
        ),
        pytest.param(
            _RAIL,
            "Lawmakers on Tuesday approved the whole $3.1 billion transport plan, which includes the rail link.",
            id="a-whole-that-includes-the-thing",
        ),
        pytest.param(_TOLL, "Saturday's storm left at least 55 dead in Dunmore.", id="another-town-s-dead"),
        pytest.param(
            _HEAT,
            "Temperatures in the Corran valley reached 100F on Sunday, the weather service said.",
            id="one-heat-in-the-other-scale",
        ),
        pytest.param(
            _HEAT,
            "The weather service said on Sunday that Room 41C of its Corran office had lost power.",
            id="a-room-s-name",
        ),
        pytest.param(
            _HEAT,
            "Temperatures in the Corran valley are forecast to reach 41C on Tuesday, the weather service said.",
            id="a-forecast-for-another-day",
        ),
        pytest.param(
            _FINE,
            "Tarn Water must also pay 45,000 in costs for the spill, the court said on Monday.",
            id="costs-beside-the-fine",
        ),
        pytest.param(
            _FINE,
            "Tarn Water was also ordered to pay 45,000 to anglers for the spill on Monday.",
            id="compensation-beside-the-fine",
        ),
        pytest.param(
            _SCORE, "Esker Rovers beat Tarn Town 3-1 on Saturday to go top of the league.", id="another-opponent"
        ),
        pytest.param(
            "Half of Brackwater voters back a new riverside park, a county survey found.",
            "A county survey found that 52% of Brackwater voters back a new riverside park.",
            id="half-is-52-percent",
        ),
        pytest.param(
            "A majority of Brackwater voters back a new riverside park, a county survey found.",
            "A county survey found 56% of Brackwater voters back a new riverside park.",
            id="a-majority-is-56-percent",
        ),
        pytest.param(
            _VERDICT,
            "The jury cleared Tom Reyes on Friday of a second charge, of burglary.",
            id="guilty-of-one-charge-cleared-of-another",
        ),
        pytest.param(
            _VERDICT,
            "A jury acquitted his brother, Dan Reyes, on Friday of helping to set fire to three Esker churches.",
            id="another-defendant-acquitted",
        ),
        pytest.param(
            "Tom Reyes pleaded not guilty to setting fire to three Esker churches.",
            "A jury convicted Tom Reyes on Friday of setting fire to three Esker churches.",
            id="a-plea-is-no-verdict",
        ),
        pytest.param(
            _PLAN,
            "The Kesby library's board rejected the plan to close the Kesby library on Monday.",
            id="another-body-rejected-it",
        ),
        pytest.param(
            "The Senate's finance committee approved the Esker rail bill on Thursday.",
            "The Esker rail bill was rejected on Thursday.",
            id="a-committee-s-vote-and-a-vote-of-no-body-named",
        ),
        pytest.param(
            _PLAN, "Tarn council rejected a plan to sell the Kesby library building on Monday.", id="another-plan"
        ),
        pytest.param(
            "The Senate passed the Esker rail bill on Thursday.",
            "The Senate rejected an amendment to the Esker rail bill on Thursday.",
            id="an-amendment-rejected-the-bill-passed",
        ),
        pytest.param(
            "Tarn council is expected to approve the plan to close the Kesby library.",
            "Tarn council rejected the plan to close the Kesby library on Monday.",
            id="expected-to-pass-is-no-outcome",
        ),
        pytest.param(
            _JOBS,
            "Carrow Foods will keep 1,500 jobs at its Brenmoor plant, the company said on Monday.",
            id="jobs-kept-not-cut",
        ),
        pytest.param(
            _JOBS,
            "Carrow Foods employs 1,500 workers at its Brenmoor plant, the company said on Monday.",
            id="the-whole-staff-is-no-cut",
        ),
        pytest.param(
            _JOBS,
            "Carrow Foods already cut 300 jobs at its Brenmoor plant two years ago, the company said on Monday.",
            id="a-plan-and-an-earlier-outcome",
        ),
        pytest.param(
            "About 2,000 residents of Dunmore were evacuated on Sunday as the fire spread.",
            "Another 3,500 Dunmore residents were evacuated on Sunday as the fire spread.",
            id="another-n-adds-to-a-figure",
        ),
        pytest.param(
            _CONTRACT,
            "Esker Rovers also signed the goalkeeper Dan Ebbe on a four-year contract on Friday.",
            id="another-player-s-contract",
        ),
        pytest.param(
            _FINE,
            "Brenmoor Chemicals was given a 45,000 fine on Monday for a spill into the Dale river.",
            id="another-firm-s-fine",
        ),
        pytest.param(
            _LEAD, "Inspectors first found lead in the pipes of the four schools on March 20.", id="a-day-of-the-month"
        ),
        pytest.param(
            _LEAD,
            "The board will replace the pipes of the four schools in August.",
            id="a-plan-of-another-act-in-another-month",
        ),
        pytest.param(
            "Inspectors first found lead in the pipes of the four schools on Monday.",
            "The board will replace the pipes of the four schools on Friday.",
            id="a-plan-of-another-act-on-another-day",
        ),
        pytest.param(
            "Head coach Dale Rourke will take charge of Esker Rovers in July, the club said.",
            "Esker Rovers said Dale Rourke will take charge in July.",
            id="a-month-whose-tense-is-guessed",
        ),
    ],
)
def test_a_look_alike_of_a_kind_is_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param("Ana Vell finished third.", ["third"], id="after-a-verb"),
        pytest.param("Ana Vell came in 12th.", ["12th"], id="after-a-verb-and-in"),
        pytest.param("Ana Vell was in Second place.", ["Second"], id="before-place"),
        pytest.param("Ana Vell had a fifth-place finish.", ["fifth"], id="hyphenated"),
        pytest.param("Ana Vell finished in third place.", ["third"], id="found-once-by-both-patterns"),
        pytest.param("Ana Vell did not want it in the first place.", [], id="the-idiom"),
        pytest.param("Brenmoor ranked third-largest.", [], id="a-hyphenated-superlative"),
        pytest.param("Vell won for the third time.", [], id="an-occurrence-not-a-place"),
    ],
)
def test_places_in_a_race_are_read_where_an_ordinal_places_someone(body: str, places: list[str]) -> None:
    assert [body[start:end] for start, end, _ in pattern_values("rank", body)] == places


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Hannah Pike ran in the Kesby marathon on Sunday in warm weather.",
            "Hannah Pike, who ran in the Kesby marathon last year, ran in it again on Sunday.",
            id="a-year-before-and-the-day",
        ),
        pytest.param(
            "Tarn council met on Tuesday to discuss closing the Kesby library.",
            "Tarn council met on Monday to discuss closing the Kesby library and will meet again on Tuesday.",
            id="the-day-before-and-the-day",
        ),
    ],
)
def test_an_outlet_giving_both_days_in_one_sentence_is_no_day_conflict(a: str, b: str) -> None:
    """An outlet that dates two events in one sentence knows of both days: the other outlet's day matching one of
    them is no disagreement with the other."""
    assert conflict_values(a, b) == []


def test_pattern_values_refuses_a_class_no_pattern_finds() -> None:
    with pytest.raises(ValueError, match="colour"):
        pattern_values("colour", "Ana Vell finished third.")


def test_a_month_is_no_place_of_an_event() -> None:
    """ "in March" names a month, even where a town bears the name."""
    body = "The sides last met in March, and will meet in Leeds next."
    assert [body[start:end] for start, end, _ in pattern_values("place", body)] == ["Leeds"]
