"""Diffs in the words as printed: each outlet's case and punctuation, aligned on normalised words."""

from __future__ import annotations

from newsfuse.compare.word_diff import word_diff
from newsfuse.compare.wording import canonical_words
from newsfuse.report.worddiff import printed_sides


def _normal(text: str) -> list[str]:
    return [t.text for t in canonical_words(text)]


def test_each_side_keeps_its_own_case_and_punctuation() -> None:
    left, right = printed_sides("We’re NOT raising the harbour fee, ever.", "we are not raising the Harbour fees!")  # type: ignore[misc]
    assert left == (("same", "We’re NOT raising the harbour"), ("del", "fee, ever."))
    assert right == (("same", "we are not raising the Harbour"), ("ins", "fees!"))


def test_a_stored_normalised_diff_is_shown_in_the_printed_words() -> None:
    reference = "“The Mayor said: I’m certain the bridge opens in May,” she added."
    printed = "I'm certain the bridge opens in June."
    diff = word_diff(_normal("I’m certain the bridge opens in May"), _normal("I'm certain the bridge opens in June"))
    left, right = printed_sides(reference, printed, diff)  # type: ignore[misc]
    assert left == (("same", "I’m certain the bridge opens in"), ("del", "May,”"))
    assert right == (("same", "I'm certain the bridge opens in"), ("ins", "June."))


def test_words_not_in_the_text_give_none() -> None:
    diff = word_diff(["the", "ferry", "is", "late"], ["the", "ferry", "is", "early"])
    assert printed_sides("The train is late.", "The ferry is early.", diff) is None


def test_identical_words_differently_printed_show_no_change() -> None:
    left, right = printed_sides("It’s a next-door neighbour.", "it is a next door neighbor")  # type: ignore[misc]
    assert all(kind == "same" for kind, _ in left + right)
    assert left[0][1] == "It’s a next-door neighbour."
