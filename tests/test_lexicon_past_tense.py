"""The lexicon's past-tense forms (:mod:`newsfuse.lexicon.past_tense`): verbs in the past, nothing else."""

from __future__ import annotations

from newsfuse.lexicon import IRREGULAR_PAST


def test_irregular_past_forms_are_verbs_that_read_as_nothing_else() -> None:
    """The derived list holds the past of "meet", "fly", "win"; a form that is also a noun, adjective or a verb's
    base ("left", "found", "saw") or an auxiliary ("was", "had") is not in it."""
    assert {"met", "flew", "won", "fought", "led"} <= IRREGULAR_PAST
    assert not {"left", "found", "saw", "was", "had", "could", "voted"} & IRREGULAR_PAST


def test_a_past_form_is_a_regular_ed_form_of_five_letters_or_an_irregular_one() -> None:
    from newsfuse.lexicon import PAST_WITH_OTHER_READINGS, is_past_form

    assert all(is_past_form(w) for w in ("voted", "closed", "well-liked", "met", "flew"))
    assert not any(is_past_form(w) for w in ("bed", "red", "shed", "vote", "meeting", *PAST_WITH_OTHER_READINGS))
