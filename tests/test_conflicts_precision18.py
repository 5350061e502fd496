"""Look-alikes of conflicts found in the eighteenth session (invented text): each silenced reading has a found pair
beside it that differs in the one feature the reading looks at, so that no reading silences a real conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_helpers import analysis, conflict_values
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.fact_verbs import after_modal
from newsfuse.compare.roles import HOLDER_GAP_DAYS

_VELL_TRIAL = "Ana Vell goes on trial at Ostley Crown Court on June 3."


@pytest.mark.parametrize(
    "b",
    [
        "Tal Oren goes on trial at Ostley Crown Court on June 10.",
        "The trial of Tal Oren will begin at Ostley Crown Court on June 10.",
    ],
)
def test_two_peoples_days_are_two_events(b: str) -> None:
    """A day's sentence that tells of a person the other article never writes dates that person's event (the
    actors of a day, as of a count: ``fact_names.other_actors``)."""
    assert conflict_values(_VELL_TRIAL, b) == []


@pytest.mark.parametrize(
    "b",
    [
        "Ana Vell goes on trial at Ostley Crown Court on June 10.",
        "Ana Vell and Tal Oren go on trial at Ostley Crown Court on June 10.",
        "Judge Tal Oren will open the trial at Ostley Crown Court on June 10. Ana Vell denies the charges.",
        "The landlord goes on trial at Ostley Crown Court on June 10.",
    ],
)
def test_one_persons_day_still_conflicts(b: str) -> None:
    """The same person, a second person beside her, a person the other article names elsewhere, or no person at
    all: one event, two days."""
    assert conflict_values(_VELL_TRIAL, b) == [{"June 3", "June 10"}]


def test_a_source_of_a_day_is_no_actor() -> None:
    a = "Ana Vell goes on trial at Ostley Crown Court on June 3, prosecutor Tal Oren said."
    assert conflict_values(a, "Ana Vell goes on trial at Ostley Crown Court on June 10.") == [{"June 3", "June 10"}]


def test_meetings_of_one_person_with_one_other_on_two_days_conflict() -> None:
    """A person both sentences share is one event's actor: "met Pavel Dorn" / "met Tal Oren" on two days is reported
    too (review18 §9: an added witness or lawyer on each side would otherwise silence one trial's two days)."""
    a = "Trade minister Ruth Amadi met Pavel Dorn in Ostley on Monday."
    assert conflict_values(a, "Trade minister Ruth Amadi met Pavel Dorn in Ostley on Tuesday.") == [
        {"Monday", "Tuesday"}
    ]


_SWORN = "Ana Vell was sworn in as mayor of Ostley on Dec 30."


def test_sworn_in_and_took_office_are_two_acts() -> None:
    """The oath is a ceremony, taking office the start of the term: often days apart, both true."""
    assert conflict_values(_SWORN, "Ana Vell took office as mayor of Ostley on Jan 1.", "2025-01-05T09:00:00") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_SWORN, "Ana Vell was sworn in as mayor of Ostley on Jan 1."),
        ("Ana Vell took office as mayor of Ostley on Dec 30.", "Ana Vell took office as mayor of Ostley on Jan 1."),
        ("Ana Vell took office as mayor of Ostley on Dec 30.", "Ana Vell assumed office as mayor of Ostley on Jan 1."),
    ],
)
def test_one_act_of_entering_office_on_two_days_conflicts(a: str, b: str) -> None:
    assert conflict_values(a, b, "2025-01-05T09:00:00") == [{"Dec 30", "Jan 1"}]


def test_an_adverb_after_a_modal_is_read_past_to_its_verb() -> None:
    assert after_modal(["will", "officially", "accept"], 2)
    assert after_modal(["to", "formally", "open"], 2)
    assert not after_modal(["the", "officially", "accept"], 2)
    assert not after_modal(["officially", "accept"], 1)


def test_two_verbs_on_one_thing_after_a_modal_adverb_are_two_acts() -> None:
    """ "will formally receive the endorsement" and "secured the endorsement": two acts on two days."""
    a = "Ana Vell secured the endorsement on Tuesday."
    b = "Ana Vell will formally receive the endorsement on Thursday at a rally in Kesby."
    assert conflict_values(a, b) == []
    c = "Ana Vell will receive the endorsement on Friday at a rally in Kesby."
    assert conflict_values(b, c) == [{"Thursday", "Friday"}]


def _names(a: str, b: str, published_b: str) -> list[set[str]]:
    return [
        {v.value for v in c.values}
        for c in find_conflicts("s", [analysis("a", a, _DAY), analysis("b", b, published_b)])
        if c.kind == "name"
    ]


_DAY = "2025-05-14T09:00:00"
_CHAIR_A = "Harbour Board Chair Lena Holt said the levy would rise."
_CHAIR_B = "Harbour Board Chair Omar Lind said the levy would rise."


@pytest.mark.parametrize(
    ("published_b", "found"),
    [
        ("2025-05-16T09:00:00", [{"Lena Holt", "Omar Lind"}]),
        (
            (dt.date(2025, 5, 14) + dt.timedelta(days=HOLDER_GAP_DAYS)).isoformat() + "T09:00:00",
            [{"Lena Holt", "Omar Lind"}],
        ),
        ("2027-05-14T09:00:00", []),
        ("2025-06-20T09:00:00", []),
    ],
)
def test_holders_of_one_office_are_compared_only_in_articles_written_close_together(
    published_b: str, found: list[set[str]]
) -> None:
    """An office changes hands: two articles a month or more apart may each name the holder of its time."""
    assert _names(_CHAIR_A, _CHAIR_B, published_b) == found


_JAILED = "Tal Oren was jailed for 18 months on Friday for stealing from the Ostley food bank."


def test_two_acts_whose_sentences_end_alike_are_two_terms() -> None:
    """The words after "on Friday for …" give the reason of both acts, not what the terms are the lengths of."""
    b = "Tal Oren was also banned from entering Ostley for two years on Friday for stealing from the Ostley food bank."
    assert conflict_values(_JAILED, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (_JAILED, "Tal Oren was jailed for two years on Friday for stealing from the Ostley food bank.", {"18", "two"}),
        (
            "The Ostley pier reopened on Monday after three years of repairs.",
            "The Ostley pier reopened on Monday after four years of repairs.",
            {"three", "four"},
        ),
    ],
)
def test_one_act_or_one_noun_after_of_is_one_term(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


_TWO_COUNTS = "The Ostley council needs 12 votes to pass the budget and 30 votes to change its rules."


def test_a_count_among_several_of_its_noun_needs_a_word_before_it_in_common() -> None:
    """An article that counts a noun twice tells of two facts of it: a close value in another outlet, sharing only
    words after the values, is no evidence of which one it is."""
    assert conflict_values(_TWO_COUNTS, "In the end 14 votes were cast for the Ostley budget, the council said.") == []


def test_a_count_among_several_of_its_noun_with_its_act_in_common_conflicts() -> None:
    b = "The Ostley council needs 15 votes to pass the budget, the clerk said."
    assert conflict_values(_TWO_COUNTS, b) == [{"12", "15"}]


_VISIT = "On her visit to the flooded town on Friday, March 14, the governor promised new levees."
_CONTESTS = "Villages across the Corran valley will hold harvest fairs on June 10."


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (_VISIT, "The governor spoke to residents on her visit to the flooded town."),
        (_CONTESTS, "Vell thanked volunteers at the harvest fairs and said they had gone well."),
    ],
)
def test_an_event_told_as_past_in_one_phrase_before_its_day_conflicts(later: str, earlier: str) -> None:
    (conflict,) = find_conflicts("s", [analysis("a", later, "2014-06-01"), analysis("b", earlier, "2014-03-13")])
    assert {v.article for v in conflict.values} == {"a", "b"}


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        # only a name's words ("North Tarn") match: what happened is not told
        ("Ana Vell is well placed in North Tarn, which votes on June 10.", "Vell spoke for the families of workers "
         "killed at a North Tarn mill."),
        (_CONTESTS, "Vell thanked volunteers at the harvest supper, saying the fairs had gone well."),  # two phrases
    ],
)  # fmt: skip
def test_names_or_words_of_two_phrases_match_no_event_told_as_past(later: str, earlier: str) -> None:
    assert find_conflicts("s", [analysis("a", later, "2014-06-01"), analysis("b", earlier, "2014-05-20")]) == ()


_MET = "Trade minister Ruth Amadi met Lars Berg in Ostley on Monday."


@pytest.mark.parametrize(
    "b",
    [
        "Trade minister Ruth Amadi held talks with Lars Berg in Ostley on Tuesday and will meet him again in June.",
        "Trade minister Ruth Amadi met Lars Berg in Ostley on Tuesday, and the two will meet again in June.",
    ],
)
def test_a_meeting_said_to_recur_in_a_later_clause_is_one_of_several(b: str) -> None:
    """ "… and will meet again": the clause's verb is the day's act, so the sentence tells of more than one meeting."""
    assert conflict_values(_MET, b) == []


@pytest.mark.parametrize(
    "b",
    [
        "Trade minister Ruth Amadi met Lars Berg in Ostley on Tuesday and will fly home on Wednesday.",
        "Trade minister Ruth Amadi met Lars Berg in Ostley on Tuesday, another blow to the talks in Tarn.",
    ],
)
def test_a_later_clause_of_another_act_or_no_verb_leaves_one_meeting(b: str) -> None:
    assert conflict_values(_MET, b) == [{"Monday", "Tuesday"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ana Vell goes on trial for fraud in Kesby on June 3, with Tal Oren as the main witness.",
            "Ana Vell, defended by Rui Sato, goes on trial for fraud in Kesby on June 10.",
        ),
        (
            "Ana Vell and Tal Oren go on trial for fraud in Kesby on June 3.",
            "Ana Vell and her co-accused Rui Sato go on trial for fraud in Kesby on June 10.",
        ),
    ],
)
def test_one_persons_day_with_another_person_on_each_side_still_conflicts(a: str, b: str) -> None:
    """review18 §9: two days are two people's only where the sentences share no actor."""
    assert conflict_values(a, b) == [{"June 3", "June 10"}]


def test_a_count_of_another_act_is_no_candidate_for_the_other_outlets_count() -> None:
    """review18 §14: the 40 rescued tell an act the other sentence does not; 12 is the one count of the dead."""
    a = "Floods killed 12 people in Kesby on Monday; 40 people were rescued."
    assert conflict_values(a, "Floods left 16 people dead in Kesby on Monday.") == [{"12", "16"}]
