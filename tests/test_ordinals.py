"""Ordinals in words through "twentieth" and the tens, one pattern for every fact reader (``compare.fact_text``).

``lexicon.ORDINAL_WORDS`` once stopped at "tenth", so "the twelfth mayor" and
"finished fifteenth" were no ordinals while "the 12th mayor" was. The one
pattern (:func:`~newsfuse.compare.fact_text.ordinal`) and the one reading of its
value (:func:`~newsfuse.compare.fact_text.ordinal_value`) serve the readers of
occurrences, places in a race, standings, precedences, office holders and
other things. Every person, place and sentence is invented.
"""

from __future__ import annotations

import re

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_text import LATER_ORDINAL_WORDS, ordinal, ordinal_value
from newsfuse.lexicon import ORDINAL_WORDS


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("third", 3),
        ("Tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("nineteenth", 19),
        ("TWENTIETH", 20),
        ("fortieth", 40),
        ("ninetieth", 90),
        ("12th", 12),
        ("103rd", 103),
    ],
)
def test_an_ordinal_in_words_or_digits_has_its_value(written: str, value: int) -> None:
    assert ordinal_value(written) == value


def test_every_ordinal_word_is_read_by_the_pattern_with_its_digits() -> None:
    pattern = re.compile(ordinal(3))
    for word, digits in ORDINAL_WORDS.items():
        assert pattern.fullmatch(word) and pattern.fullmatch(digits), word
    written = {"first": 1, "Third": 3, "twelfth": 12, "twentieth": 20, "ninetieth": 90, "21st": 21, "112th": 112}
    assert {w: ordinal_value(w) for w in written} == written
    assert {"eleventh", "twentieth", "thirtieth", "ninetieth"} <= ORDINAL_WORDS.keys()


def test_the_pattern_keeps_its_width_and_its_later_ordinals() -> None:
    assert re.fullmatch(ordinal(2), "12th") and not re.fullmatch(ordinal(2), "112th")
    later = re.compile(ordinal(2, later=True, words_in_any_case=True))
    assert later.fullmatch("Twelfth") and later.fullmatch("2nd") and not later.fullmatch("first")
    assert not later.fullmatch("21st")  # "st" ends no later ordinal here, in digits
    assert "first" not in LATER_ORDINAL_WORDS and "twelfth" in LATER_ORDINAL_WORDS
    assert not re.fullmatch(ordinal(3), "Twelfth")  # in any case only where asked (or the caller's flag says)


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Ana Vell became the twelfth mayor in Ostley's history on Monday.",
            "Ana Vell was sworn in on Monday as the 14th mayor in Ostley's history.",
            {"twelfth", "14th"},
            id="office-holder",
        ),
        pytest.param(
            "Ana Vell finished fifteenth in the Kesby marathon on Sunday.",
            "Ana Vell finished 12th in the Kesby marathon on Sunday.",
            {"fifteenth", "12th"},
            id="place-in-a-race",
        ),
    ],
)
def test_ordinals_in_words_past_tenth_conflict_with_digits(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


def test_the_same_place_in_words_and_digits_is_no_conflict() -> None:
    a = "Ana Vell finished twelfth in the Kesby marathon on Sunday."
    b = "Ana Vell finished 12th in the Kesby marathon on Sunday."
    assert conflict_values(a, b) == []
