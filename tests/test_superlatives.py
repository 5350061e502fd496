"""A word ending in "est" is a superlative by its forms (``compare.superlatives``), not by a list of exceptions.

The invented words below are read against an invented table of word frequencies (Zipf), so the mechanism is tested
on words no list could hold, both ways; a few English words check it against the real frequencies."""

from __future__ import annotations

import pytest

from newsfuse.compare.superlatives import MIN_COMPARATIVE_ZIPF, bases, is_superlative

_INVENTED = {
    "frell": 4.0,  # an invented adjective, its comparative and its superlative
    "freller": 2.5,
    "frellest": 2.2,
    "skog": 3.9,  # a doubled last letter: "skoggest", "skogger"
    "skogger": 2.4,
    "skoggest": 2.0,
    "drumy": 3.5,  # "y" to "i": "drumiest", "drumier"
    "drumier": 2.2,
    "drumiest": 2.1,
    "plave": 3.8,  # a base with an "e": "plavest", "plaver"
    "plaver": 2.6,
    "plavest": 2.3,
    "morvest": 4.4,  # an invented noun: no "morver" at all
    "tundest": 4.2,  # a noun with a rare "-er" word beside it
    "tunder": MIN_COMPARATIVE_ZIPF - 0.5,
    "tund": 3.0,
    "quellest": 4.6,  # a noun whose stem has an "-er" word, but no base as common as itself
    "queller": 3.0,
    "quell": 3.2,
    "ch": 4.0,
    "chest": 3.0,  # a stem shorter than three letters is no base
    "cher": 3.0,
}


def _frequency(word: str) -> float:
    return _INVENTED.get(word, 0.0)


@pytest.mark.parametrize("word", ["frellest", "skoggest", "drumiest", "plavest"])
def test_an_invented_superlative(word: str) -> None:
    assert is_superlative(word, _frequency)


@pytest.mark.parametrize("word", ["morvest", "tundest", "quellest", "chest", "zzest", "est"])
def test_an_invented_word_that_is_none(word: str) -> None:
    assert not is_superlative(word, _frequency)


def test_irregular_superlatives_are_lexicon_data() -> None:
    assert is_superlative("best", _frequency) and is_superlative("furthest", _frequency)


def test_bases() -> None:
    assert bases("plav") == ("plav", "plave")
    assert bases("skogg") == ("skogg", "skogge", "skog")
    assert bases("drumi") == ("drumi", "drumie", "drumy")
    assert bases("ch") == ("che",)


@pytest.mark.parametrize("word", ["largest", "biggest", "busiest", "oldest", "latest", "highest", "eldest", "best"])
def test_english_superlatives(word: str) -> None:
    assert is_superlative(word)


@pytest.mark.parametrize("word", ["forest", "protest", "interest", "harvest", "chest", "test", "west", "unrest"])
def test_english_words_that_are_none(word: str) -> None:
    assert not is_superlative(word)
