"""The seventeenth review's findings on the conflict code, each an invented pair that was wrong on main before its
fix (``/work/coord/review17.md``): found pairs must report their two values, look-alikes nothing."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_offices import succession_values

_TRIAL_START = "The trial of Tal Oren will begin on June 3 at Brenmoor Crown Court."


@pytest.mark.parametrize(
    "b",
    [
        "The judge adjourned the trial of Tal Oren at Brenmoor Crown Court on June 10.",
        "A judge at Brenmoor Crown Court halted Tal Oren's trial on June 10.",
        "A witness told Tal Oren's trial at Brenmoor Crown Court on June 10 that he had fled.",
    ],
)
def test_a_day_of_another_act_on_a_trial_dates_no_start(b: str) -> None:
    """Finding 9: a verb that acts on the event dates its own act, not the event's start."""
    assert conflict_values(_TRIAL_START, b) == []


@pytest.mark.parametrize(
    "b",
    [
        "Tal Oren goes on trial at Brenmoor Crown Court on June 10.",
        "Tal Oren will stand trial at Brenmoor Crown Court on June 10.",
    ],
)
def test_a_day_that_puts_one_on_trial_dates_its_start(b: str) -> None:
    assert conflict_values(_TRIAL_START, b) == [{"June 3", "June 10"}]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Police in Brenmoor arrested 12 men aged 18 to 24 on Tuesday.",
            "Police in Brenmoor arrested 20 men on Tuesday.",
            {"12", "20"},
        ),
        (
            "The death toll in Brenmoor was up 12 to 40 on Tuesday.",
            "Floods killed 30 people in Brenmoor on Tuesday.",
            {"40", "30"},
        ),
        (
            "The death toll in Brenmoor rose 12 to 40 on Tuesday.",
            "The death toll in Brenmoor was 52 on Tuesday.",
            {"40", "52"},
        ),
    ],
)
def test_a_range_reads_only_for_a_counted_figure_and_never_after_a_change(a: str, b: str, values: set[str]) -> None:
    """Finding 1: an unclassed number's range ("aged 18 to 24") and a change's amount ("up 12 to 40") allow no
    value between."""
    assert conflict_values(a, b) == [values]


def test_a_counted_range_still_allows_the_values_between() -> None:
    a = "Between 30 and 40 homes were flooded in Brenmoor on Tuesday."
    assert conflict_values(a, "Some 35 homes were flooded in Brenmoor on Tuesday.") == []
    assert conflict_values(a, "Some 60 homes were flooded in Brenmoor on Tuesday.") == [{"40", "60"}]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Fenmore, the second biggest bank in Tarn, cut 900 jobs on Monday.",
            "Fenmore Bank cut 1,200 jobs on Monday, its chief said.",
            {"900", "1,200"},
        ),
        (
            "Carrow Foods, the third largest grocer in Tarn, cut 900 jobs on Monday.",
            "Carrow Foods, a grocer, cut 1,200 jobs on Monday.",
            {"900", "1,200"},
        ),
        (
            "A fire on the second floor of the Brenmoor tower killed 12 people on Tuesday.",
            "A fire on a floor of the Brenmoor tower killed 14 people on Tuesday.",
            {"12", "14"},
        ),
        (
            "A fire that broke out on the second floor of the Brenmoor tower killed 12 people on Tuesday.",
            "A fire that broke out on the fourth floor of the Brenmoor tower killed 14 people on Tuesday.",
            {"12", "14"},
        ),
    ],
)
def test_a_rank_or_a_storey_marks_no_other_thing(a: str, b: str, values: set[str]) -> None:
    """Finding 6: an ordinal before a superlative is a rank, before a storey a position (``lexicon.POSITION_NOUNS``);
    neither makes the figures of two things."""
    assert values in conflict_values(a, b)


def test_another_thing_still_marked() -> None:
    a = "The first boat capsized off Brenmoor on Tuesday with 52 migrants aboard."
    assert conflict_values(a, "A second boat capsized off Brenmoor on Tuesday with 40 migrants aboard.") == []


def test_a_schedule_told_in_the_reporting_past_stands() -> None:
    """Finding 13: "was scheduled to begin on June 3, court records showed" is the schedule now; a plan that moved
    needs a sign that it moved in its sentence."""
    a = "The trial of Tal Oren was scheduled to begin on June 3, court records showed on Monday."
    b = "The trial of Tal Oren will begin on June 10, the court said on Monday."
    assert conflict_values(a, b) == [{"June 3", "June 10"}]


def test_a_plan_that_moved_is_still_no_fact_with_the_day_now() -> None:
    a = "The trial of Tal Oren, which was due to begin on June 3, was postponed."
    assert conflict_values(a, "The trial of Tal Oren will now begin on June 10.") == []


_WON = "The Greens won 40 seats in Sunday's election in Brenmoor."


@pytest.mark.parametrize("verb", ["picked up", "gained"])
def test_a_gain_of_seats_is_no_total(verb: str) -> None:
    """Finding 2: "picked up 12 seats" and "gained 12 seats" tell a gain, never the total won."""
    assert conflict_values(_WON, f"The Greens {verb} 12 seats in Sunday's election in Brenmoor.") == []


def test_a_total_in_other_words_still_conflicts() -> None:
    b = "The Greens ended up with 37 seats in Sunday's election in Brenmoor."
    assert conflict_values(_WON, b) == [{"40", "37"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tal Oren was given an 18-month sentence at Brenmoor Crown Court on Tuesday.",
            "Tal Oren's sentence at Brenmoor Crown Court on Tuesday was suspended for two years.",
        ),
        (
            "Tal Oren was jailed for 18 months at Brenmoor Crown Court on Tuesday.",
            "Tal Oren was also banned from driving for two years at Brenmoor Crown Court on Tuesday.",
        ),
    ],
)
def test_a_suspension_s_or_a_ban_s_term_is_another_term(a: str, b: str) -> None:
    """Findings 3 and 3b: two durations in two units after words of two acts are two facts on every path, also where
    the sentences share the name, the court and the day."""
    assert conflict_values(a, b) == []


def test_one_jail_term_in_two_units_still_conflicts() -> None:
    a = "Tal Oren was jailed for 18 months at Brenmoor Crown Court on Tuesday."
    b = "Tal Oren was jailed for two years at Brenmoor Crown Court on Tuesday."
    assert conflict_values(a, b) == [{"18", "two"}]


def test_an_opening_age_with_a_weekday_of_the_telling_is_an_age_then() -> None:
    """Finding 4: "At 19, … sailed …, she said on Tuesday": the weekday dates the telling, not the age."""
    a = "Hannah Pike, 38, first sailed alone at 19."
    b = "At 19, Hannah Pike sailed alone across the Brenmoor strait, she said on Tuesday."
    assert conflict_values(a, b) == []


def test_a_relative_s_age_now_is_not_the_named_person_s() -> None:
    """Finding 4b: "her daughter Ana, now 12," is the daughter's age."""
    a = "Hannah Pike, 38, and her daughter Ana, now 12, sailed into Brenmoor on Tuesday."
    assert conflict_values(a, "Hannah Pike, 36, sailed into Brenmoor on Tuesday.") == [{"38", "36"}]


def test_an_age_now_after_a_name_still_conflicts() -> None:
    a = "Hannah Pike, now 36, won the Brenmoor race on Tuesday."
    assert conflict_values(a, "Hannah Pike, 38, won the Brenmoor race on Tuesday.") == [{"36", "38"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ana Vell became the 12th mayor in Brackwater's history on Monday.",
            "Ana Vell was sworn in on Monday as the 14th mayor in Brackwater's history.",
        ),
        (
            "Ana Vell became the 12th mayor since Brackwater was founded in 1950.",
            "Ana Vell became the 14th mayor since Brackwater was founded in 1950.",
        ),
    ],
)
def test_an_office_s_whole_order_is_a_succession(a: str, b: str) -> None:
    """Finding 5: "in Brackwater's history" and "since Brackwater was founded" name the whole order."""
    assert conflict_values(a, b) == [{"12th", "14th"}]


def test_a_restricting_clause_after_an_aside_is_no_succession() -> None:
    """Finding 15: an aside between commas does not hide a restricting clause."""
    assert succession_values("Ana Vell is the first mayor, at least in my time here, who grew up in Tarn.") == []
    assert succession_values("Ana Vell is the 12th mayor in Brackwater's history.") == [(16, 20, 12.0)]


def test_one_verb_in_two_passives_on_two_things_dates_two_acts() -> None:
    """Finding 14: "the report was published" / "a summary of the report was published" are two acts."""
    a = "The inquiry's report on the Brenmoor fire was published on Tuesday."
    b = "A summary of the inquiry's report on the Brenmoor fire was published on Thursday."
    assert conflict_values(a, b) == []
    assert conflict_values(a, "The inquiry's report on the Brenmoor fire was published on Thursday.") == [
        {"Tuesday", "Thursday"}
    ]


def test_to_become_after_another_verb_is_an_outcome() -> None:
    """Finding 11: "to become" is a plan only after a word of a plan or a hope (``lexicon.HOPE_WORDS``)."""
    assert succession_values("Ana Vell beat Tal Oren to become the 12th mayor of Brackwater.") == [(37, 41, 12.0)]
    assert succession_values("Ana Vell hopes to become the 12th mayor of Brackwater.") == []
    assert succession_values("Ana Vell is hoping to become Brackwater's 12th mayor.") == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Ana Vell won a second term as mayor of Brenmoor on Sunday with 52 percent of the vote.",
            "Ana Vell won a new term as mayor of Brenmoor on Sunday with 55 percent of the vote.",
            {"52 percent", "55 percent"},
        ),
        (
            "On her third attempt, Ana Vell won the Brenmoor seat with 12,400 votes on Sunday.",
            "Ana Vell won the Brenmoor seat with 14,100 votes on Sunday after an earlier attempt failed.",
            {"12,400", "14,100"},
        ),
    ],
)
def test_an_ordinal_of_an_occurrence_marks_no_other_thing(a: str, b: str, values: set[str]) -> None:
    """Finding 6(d): "a second term", "her third attempt" count occurrences, not things of a kind."""
    assert conflict_values(a, b) == [values]
