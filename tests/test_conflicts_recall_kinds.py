"""More kinds a fact-checker meets in coverage, each found and its look-alike silent (crecall17).

Durations written in two units (``compare.fact_durations``: "18 months" / "two years"; "24 months" / "two years" is one
term), and the terms of two acts ("jailed for" / "banned for") kept apart; phrasal verbs of one act as data
(``compare.fact_phrasal``: "won 34 seats" / "ended up with 37"; "met … on Monday" / "held talks with … on Tuesday");
what a day dates (``compare.fact_dated``: a document's day in other verbs of making it public, one thing published; a
scheduled event by its noun or the verb of its start, "the inquest will open on" / "is due on"); an office holder's
ordinal (``compare.fact_offices``); ages now in more forms (``compare.fact_ages``: "now 71", "who turned 71", "At 71,
… runs"; not an age then). Every person, place, outlet and sentence is invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_dated import dated
from newsfuse.compare.fact_durations import one_duration
from newsfuse.compare.fact_offices import succession_values
from newsfuse.compare.fact_phrasal import as_act, phrase_ending_at, phrase_starting_at
from newsfuse.compare.fact_ranges import range_low
from newsfuse.model import Quantity, Span

FOUND = [
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for two years on Monday for stealing from the Ostley food bank.",
        {"18", "two"},
        id="months-and-years-that-differ",
    ),
    pytest.param(
        "Tal Oren was sentenced to four years on Monday for stealing from the Ostley food bank.",
        "A judge jailed Tal Oren for 42 months on Monday for stealing from the Ostley food bank.",
        {"four", "42"},
        id="years-and-months-after-two-verbs-of-one-act",
    ),
    pytest.param(
        "The Brenmoor ring road will close for 12 days while the bridge is mended.",
        "The Brenmoor ring road will close for three weeks while the bridge is mended.",
        {"12", "three"},
        id="days-and-weeks-that-differ",
    ),
    pytest.param(
        "Ana Vell was banned from the Ostley council for nine months.",
        "Ana Vell was banned from the Ostley council for 30 weeks.",
        {"nine", "30"},
        id="months-and-weeks-beyond-the-days-a-month-holds",
    ),
    pytest.param(
        "Tal Oren was jailed for 25 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for two years on Monday for stealing from the Ostley food bank.",
        {"25", "two"},
        id="months-and-years-convert-exactly-not-by-days",
    ),
    pytest.param(
        "The Brenmoor Greens won 12 seats on the Ostley council on Sunday.",
        "The Brenmoor Greens ended up with 15 seats on the Ostley council on Sunday.",
        {"12", "15"},
        id="ended-up-with-is-won",
    ),
    pytest.param(
        "Ana Vell came away with four medals at the Ostley games on Sunday.",
        "Ana Vell won six medals at the Ostley games on Sunday.",
        {"four", "six"},
        id="came-away-with-is-won",
    ),
    pytest.param(
        "The Ostley health minister met Tarn's hospital chiefs in Brenmoor on Thursday.",
        "The Ostley health minister held talks with Tarn's hospital chiefs in Brenmoor on Friday.",
        {"Thursday", "Friday"},
        id="held-talks-with-is-met",
    ),
    pytest.param(
        "The Ostley audit office's 90-page review was issued on Monday.",
        "The Ostley audit office's 90-page review was released on Tuesday.",
        {"Monday", "Tuesday"},
        id="a-document-issued-and-released",
    ),
    pytest.param(
        "The inquest into the death of Tal Oren will open on March 3 in Brenmoor.",
        "The Brenmoor inquest into the death of Tal Oren is due on March 10.",
        {"March 3", "March 10"},
        id="an-inquest-opens-on-a-day-and-is-due-on-another",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn on Monday.",
        "Ana Vell was sworn in as the 33rd governor of Tarn on Monday.",
        {"31st", "33rd"},
        id="an-office-holder-s-ordinal",
    ),
    pytest.param(
        "Ana Vell, the eighth chancellor of Ostley University, opened the new library on Monday.",
        "Ana Vell, Ostley University's ninth chancellor, opened the new library on Monday.",
        {"eighth", "ninth"},
        id="an-office-holder-s-ordinal-in-words-and-after-a-possessive",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "Tal Oren, now 71, runs the Ostley ferry with his daughter.",
        {"68", "71"},
        id="an-age-now-after-a-name",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "Tal Oren, who turned 71 in March, runs the Ostley ferry with his daughter.",
        {"68", "71"},
        id="an-age-a-birthday-reached",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "At 71, Tal Oren still runs the Ostley ferry with his daughter.",
        {"68", "71"},
        id="an-age-opening-a-sentence-about-now",
    ),
    pytest.param(
        "Between 12 and 15 boats sank in the Ostley harbour storm on Friday.",
        "About 25 boats sank in the Ostley harbour storm on Friday.",
        {"15", "25"},
        id="a-figure-beyond-a-range",
    ),
    pytest.param(
        "Nine or ten boats sank in the Ostley harbour storm on Friday.",
        "Six boats sank in the Ostley harbour storm on Friday.",
        {"ten", "Six"},
        id="a-figure-below-a-range-in-words",
    ),
    pytest.param(
        "Police in Ostley arrested 12 men aged 18 to 24 on Tuesday.",
        "Police in Ostley arrested 20 men on Tuesday.",
        {"12", "20"},
        id="an-age-range-is-no-range-of-the-count",
    ),
    pytest.param(
        "The death toll in Ostley was up 12 to 40 on Tuesday.",
        "Floods killed 30 people in Ostley on Tuesday.",
        {"40", "30"},
        id="a-change-by-an-amount-is-no-range",
    ),
    pytest.param(
        "Ana Vell quit on Monday as head of the Ostley museum.",
        "Ana Vell stepped down on Tuesday as head of the Ostley museum.",
        {"Monday", "Tuesday"},
        id="stepped-down-is-resigned",
    ),
    pytest.param(
        "Tal Oren was found guilty of fraud at Brenmoor Crown Court on Wednesday.",
        "Tal Oren was convicted of fraud at Brenmoor Crown Court on Thursday.",
        {"Wednesday", "Thursday"},
        id="found-guilty-is-convicted",
    ),
    pytest.param(
        "Ana Vell became the 12th mayor in Ostley's history on Monday.",
        "Ana Vell was sworn in on Monday as the 14th mayor in Ostley's history.",
        {"12th", "14th"},
        id="review17-an-order-in-the-office-s-history-is-the-whole-order",
    ),
    pytest.param(
        "Ruth Amadi, 38, and her son Tom, now 12, sailed into Ostley on Tuesday.",
        "Ruth Amadi, 36, sailed into Ostley on Tuesday.",
        {"38", "36"},
        id="review17-a-relative-s-age-now-is-not-compared",
    ),
]

SILENT = [
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for a year and a half on Monday for stealing from the Ostley food bank.",
        id="a-year-and-a-half-is-18-months",
    ),
    pytest.param(
        "Tal Oren was jailed for 24 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for two years on Monday for stealing from the Ostley food bank.",
        id="24-months-are-two-years",
    ),
    pytest.param(
        "Ana Vell was banned from the Ostley council for six months.",
        "Ana Vell was banned from the Ostley council for 26 weeks.",
        id="six-months-may-be-26-weeks",
    ),
    pytest.param(
        "The Brenmoor ring road will close for 14 days while the bridge is mended.",
        "The Brenmoor ring road will close for two weeks while the bridge is mended.",
        id="14-days-are-two-weeks",
    ),
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was also banned from driving for 24 months.",
        id="the-terms-of-two-acts-in-one-unit",
    ),
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was also banned from driving for two years.",
        id="the-terms-of-two-acts-in-two-units",
    ),
    pytest.param(
        "The Brenmoor ring road will close for 12 days while the bridge is mended.",
        "Painting the bridge on the Brenmoor ring road will take three weeks after it reopens.",
        id="another-work-s-length",
    ),
    pytest.param(
        "The Brenmoor Greens won 12 seats on the Ostley council on Sunday.",
        "The Brenmoor Greens gave up 15 seats on the Ostley council on Sunday.",
        id="gave-up-is-another-act",
    ),
    pytest.param(
        "The Brenmoor Greens won 40 seats on the Ostley council on Sunday.",
        "The Brenmoor Greens picked up 12 seats on the Ostley council on Sunday.",
        id="picked-up-is-a-gain-not-the-total",
    ),
    pytest.param(
        "The Brenmoor Greens won 40 seats on the Ostley council on Sunday.",
        "The Brenmoor Greens gained 12 seats on the Ostley council on Sunday.",
        id="gained-is-a-gain-not-the-total",
    ),
    pytest.param(
        "The Ostley health minister met Tarn's hospital chiefs in Brenmoor on Thursday.",
        "The Ostley health minister held a news conference in Brenmoor on Friday.",
        id="held-a-news-conference-is-no-meeting",
    ),
    pytest.param(
        "The Ostley audit office's 90-page review was issued on Monday.",
        "A summary of the Ostley audit office's review was released on Tuesday.",
        id="a-summary-released-is-another-thing",
    ),
    pytest.param(
        "The inquest into the death of Tal Oren will open on March 3 in Brenmoor.",
        "The inquest into the death of Tal Oren is expected to close on March 10.",
        id="the-day-an-inquest-closes",
    ),
    pytest.param(
        "The inquest into the death of Tal Oren will open on March 3 in Brenmoor.",
        "Witnesses at the inquest into the death of Tal Oren will begin giving evidence on March 10.",
        id="witnesses-begin-on-another-day",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn on Monday.",
        "Her predecessor, Tal Oren, was the 30th governor of Tarn.",
        id="another-holder-of-the-office",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn on Monday.",
        "Ana Vell's mother was the 29th governor of Tarn.",
        id="a-kin-holder-of-the-office",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn on Monday.",
        "Ana Vell was the 12th chancellor of Ostley University before she became governor.",
        id="another-office-of-the-holder",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn on Monday.",
        "Ana Vell was the 33rd governor of Brenmoor before she moved to Tarn.",
        id="the-office-of-another-place",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn on Monday.",
        "Ana Vell became the third governor of Tarn to be born abroad.",
        id="an-order-of-precedence-is-no-place-in-the-office-s-order",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "At 20, Tal Oren bought the Ostley ferry from his uncle.",
        id="an-age-then-opening-a-sentence-about-the-past",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "Tal Oren, who first sailed at 12, runs the Ostley ferry with his daughter.",
        id="an-age-at-an-earlier-act",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "Tal Oren's ferry, now 71, still crosses to Brenmoor every day.",
        id="a-thing-s-age-now-is-no-person-s",
    ),
    pytest.param(
        "Tal Oren, 68, runs the Ostley ferry with his daughter.",
        "His daughter, who turned 41 in March, runs the Ostley ferry with Tal Oren.",
        id="another-person-s-birthday",
    ),
    pytest.param(
        "Between 12 and 15 boats sank in the Ostley harbour storm on Friday.",
        "Thirteen boats sank in the Ostley harbour storm on Friday.",
        id="a-figure-inside-a-range",
    ),
    pytest.param(
        "12-15 boats sank in the Ostley harbour storm on Friday.",
        "About 15 boats sank in the Ostley harbour storm on Friday.",
        id="ranges-whose-ends-meet",
    ),
    pytest.param(
        "Police in Ostley arrested 12 men aged 18 to 24 on Tuesday.",
        "Police in Ostley arrested 12 men on Tuesday.",
        id="an-age-range-beside-a-count",
    ),
    pytest.param(
        "Ana Vell was sworn in as head of the Ostley museum on Monday.",
        "Ana Vell stepped down as head of the Ostley museum on Tuesday.",
        id="sworn-in-and-stepped-down-are-two-acts",
    ),
    pytest.param(
        "Ana Vell stepped down as head of the Ostley museum on Monday.",
        "Her deputy, Tal Oren, stepped up as head of the Ostley museum on Tuesday.",
        id="stepped-up-is-not-stepped-down",
    ),
    pytest.param(
        "The Ostley audit office's final review was issued on Monday.",
        "The Ostley audit office's draft review was released on Tuesday.",
        id="a-draft-and-the-final-document",
    ),
    pytest.param(
        "The Ostley audit office's final review was issued on Monday.",
        "Figures from the Ostley audit office were released on Tuesday.",
        id="figures-released-are-another-thing",
    ),
    pytest.param(
        "The inquest into the death of Tal Oren opened on March 3 in Brenmoor.",
        "The inquest into the death of Tal Oren is due to resume on March 10 in Brenmoor.",
        id="an-inquest-s-resumption-is-no-start",
    ),
    pytest.param(
        "Ana Vell became the 31st governor of Tarn elected from the Tarn Greens on Monday.",
        "Ana Vell was sworn in as the 33rd governor of Tarn on Monday.",
        id="an-order-among-some-holders",
    ),
    pytest.param(
        "Tal Oren was given an 18-month sentence at Ostley Crown Court on Tuesday.",
        "Tal Oren's sentence at Ostley Crown Court on Tuesday was suspended for two years.",
        id="review17-a-sentence-and-its-suspension",
    ),
    pytest.param(
        "Tal Oren was jailed for 18 months at Ostley Crown Court on Tuesday.",
        "Tal Oren was also banned from driving for two years at Ostley Crown Court on Tuesday.",
        id="review17-the-terms-of-two-acts-sharing-many-words",
    ),
    pytest.param(
        "Ruth Amadi, 38, first sailed alone at 19.",
        "At 19, Ruth Amadi sailed alone across the Ostley strait, she said on Tuesday.",
        id="review17-an-age-then-told-on-a-weekday",
    ),
    pytest.param(
        "Ruth Amadi, 38, won the Ostley regatta on Sunday.",
        "At 19, Ruth Amadi says, she was already racing in Ostley.",
        id="review17-an-age-then-in-a-reporting-aside",
    ),
    pytest.param(
        "The trial of Tal Oren will begin on June 3 at Ostley Crown Court.",
        "The judge adjourned the trial of Tal Oren at Ostley Crown Court on June 10.",
        id="review17-a-trial-adjourned-is-no-start",
    ),
    pytest.param(
        "The trial of Tal Oren will begin on June 3 at Ostley Crown Court.",
        "A witness told Tal Oren's trial at Ostley Crown Court on June 10 that he had fled.",
        id="review17-a-witness-at-the-trial-is-no-start",
    ),
    pytest.param(
        "The inquiry's report on the Ostley fire was published on Tuesday.",
        "A summary of the inquiry's report on the Ostley fire was published on Thursday.",
        id="review17-two-things-published-by-one-verb",
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), FOUND)
def test_a_recall_kind_is_found(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_a_recall_kind_s_look_alike_is_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


def test_durations_are_one_class_only_in_two_units_of_time() -> None:
    assert one_duration(("number", "month"), ("number", "year"))
    assert one_duration(("number", "day"), ("number", "week"))
    assert one_duration(("number", "month"), ("number", "week"))
    assert not one_duration(("number", "month"), ("number", "month"))  # one unit: compared as before
    assert not one_duration(("number", "month"), ("number", "mile"))
    assert not one_duration(("number", "night"), ("number", "day"))  # three nights span four days
    assert not one_duration(("money", "USD"), ("number", "year"))


def test_a_phrasal_verb_reads_as_its_one_word_verb() -> None:
    words = ["the", "Greens", "ended", "up", "with"]
    assert phrase_starting_at(words, 2) == "won"
    assert phrase_starting_at(["the", "Greens", "picked", "up"], 2) == ""  # a gain, no phrase of winning
    assert phrase_starting_at(words, 3) == ""  # "up" alone opens no phrase
    assert phrase_ending_at(["Vell", "took", "home"], 2) == "won"
    assert phrase_starting_at(["held", "talks", "with", "Tarn"], 0) == "met"
    assert phrase_starting_at(["held", "a", "news", "conference"], 0) == ""
    assert as_act("stepp", "resign") == "resign"  # "stepped down on Monday": its event word is the act
    assert as_act("stepp", "met") == "stepp"  # a word of another verb's phrase is read as itself
    assert as_act("museum", "resign") == "museum"


def _dated(text: str, day: str, verb: str) -> tuple[str, str]:
    at = text.index(day)
    q = Quantity(article="a", text=day, kind="weekday", span=Span(start=at, end=at + len(day)))
    return dated(text, q, Span(start=0, end=len(text)), verb)


def test_what_a_day_dates() -> None:
    assert _dated("The Ostley review was issued on Monday.", "Monday", "issu") == ("review", "")
    assert _dated("A summary of the Ostley review was issued on Monday.", "Monday", "issu") == ("summary", "")
    assert _dated("The office issued its reply to the review on Monday.", "Monday", "issu") == ("reply", "")
    assert _dated("Ana Vell was sworn in on Monday.", "Monday", "sworn") == ("", "")  # a name is no thing acted on
    assert _dated("The trial of Tal Oren will begin on Monday.", "Monday", "begin") == ("trial", "trial")
    assert _dated("Tal Oren goes on trial at Ostley Crown Court on Monday.", "Monday", "")[1] == "trial"
    assert _dated("Jury selection in the trial of Tal Oren will start on Monday.", "Monday", "start")[1] == ""
    assert _dated("The trial of Tal Oren is expected to end on Monday.", "Monday", "end")[1] == ""
    assert _dated("The trial of Tal Oren is due on Monday.", "Monday", "")[1] == "trial"


def _low(before: str, top: str, value: float) -> float | None:
    q = Quantity(article="a", text=top, kind="number", value=value, span=Span(start=0, end=len(top)))
    return range_low(q, before)


def test_the_low_end_of_a_range() -> None:
    assert _low("said 12 to ", "15", 15) == 12.0
    assert _low("between 12 and ", "15", 15) == 12.0
    assert _low("three or ", "four", 4) == 3.0
    assert _low("said 12-", "15", 15) == 12.0
    assert _low("2 to ", "3 million", 3e6) == 2e6
    assert _low("from 2 to ", "3 million", 3e6) is None  # a change, not a range
    assert _low("rose by 12 to ", "15", 15) is None  # a change by an amount to a level
    assert _low("said 12 and ", "15", 15) is None  # two figures
    assert _low("voted 17 to ", "15", 15) is None  # a low end above the top: a tally
    assert _low("rose 5% to ", "15", 15) is None  # another figure's mark
    assert _low("from 38 percent on May 3 to ", "41", 41) is None  # a day of a month
    assert _low("the toll was up 12 to ", "40", 40) is None  # a change by an amount to a level
    assert _low("the toll rose 5 to ", "40", 40) is None


def test_an_office_holder_s_ordinal_and_what_is_not_one() -> None:
    assert succession_values("Ana Vell became the 31st governor of Tarn.") == [(20, 24, 31.0)]
    assert succession_values("Ana Vell became Tarn's ninth governor.") == [(23, 28, 9.0)]
    assert succession_values("Ana Vell is the first governor of Tarn to be born abroad.") == []  # a precedence
    assert succession_values("Ana Vell is the first governor since 1990 to lose.") == []  # a rank among some
    assert succession_values("Ana Vell is the fourth nominee for the Tarn seat.") == []  # many nominees at once
    assert succession_values("Ana Vell could become the 31st governor of Tarn.") == []  # a plan
    assert succession_values("Ana Vell hopes to become the 31st governor of Tarn.") == []  # a hope
    assert succession_values("Ana Vell beat Tal Oren to become the 31st governor.") == [(37, 41, 31.0)]  # an outcome
