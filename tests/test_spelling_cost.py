"""The misspelling pass finds the same pairs as comparing every pair, without comparing every pair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from newsfuse.compare import spelling
from newsfuse.compare.spelling import MAX_NAME_WORD_LENGTH, misspelling_of, one_edit_neighbours

_WORDS = st.lists(st.text(alphabet="abcde", min_size=1, max_size=7), unique=True, max_size=40)


@settings(max_examples=200, deadline=None)
@given(words=_WORDS)
def test_neighbours_are_exactly_the_words_one_edit_away(words: list[str]) -> None:
    found = one_edit_neighbours(words)
    for w in words:
        expected = [v for v in words if v != w and OSA.distance(w, v) == 1]
        assert found.get(w, []) == expected


def test_a_very_long_token_is_never_compared() -> None:
    giant = "a" * 2_000_000
    assert one_edit_neighbours([giant, giant + "b", "Vladimir"]) == {}
    assert not misspelling_of(giant + "b", giant, 1, 5, 1)
    assert len("Wolfeschlegelsteinhausenbergerdorff") <= MAX_NAME_WORD_LENGTH


def test_thousands_of_distinct_names_are_not_compared_pair_by_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invented surnames (consonant-vowel syllables): 20,000 of them, many one edit from another."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    names = [syllables[i % 70] + syllables[(i // 70) % 70] + syllables[(i // 4900) % 70] for i in range(20_000)]
    calls = 0

    class CountingOSA:
        @staticmethod
        def distance(a: str, b: str, **kwargs: int) -> int:
            nonlocal calls
            calls += 1
            return int(OSA.distance(a, b, **kwargs))

    monkeypatch.setattr(spelling, "OSA", CountingOSA)
    found = spelling.one_edit_neighbours(names)
    assert found["bababa"][:2] == ["bebaba", "bibaba"]
    assert calls < 100 * len(names)  # every pair would be 200 million comparisons
