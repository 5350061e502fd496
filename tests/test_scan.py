"""newsfuse.scan: word_start matches what the plain alternation at a word boundary matches, and opens on a class."""

from __future__ import annotations

import re
import string
import sys

import pytest

from newsfuse.scan import case_variants, word_start

_TEXT = (
    "Sir Tal Oren and his wife Ana Vell met Mrs Dorn in Brenmoor; MR. OREN, the son-in-law, and the stepson "
    "sat. Misreading: Mister, sonar, wifely, mrs-, -son, xsir, _mr, 9son, ſir Kelvin, İn ın, Ingrid in IN."
)


def _matches(pattern: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize(
    ("words", "ignore_case", "not_after", "flags"),
    [
        (["son", "sir", "mr", "mrs", "wife"], False, r"\w", 0),
        (["son", "sir", "mr", "mrs", "wife"], True, r"\w", 0),
        (["mrs", "mr", "in", "it"], True, r"\w", re.IGNORECASE),
        (["the", "son"], False, r"[\w-]", 0),
        (["in", "at"], True, r"[\w-]", 0),
    ],
)
def test_word_start_matches_the_plain_alternation(
    words: list[str], ignore_case: bool, not_after: str, flags: int
) -> None:
    plain = f"(?<!{not_after})(?{'i' if ignore_case else '-i'}:{'|'.join(words)})"
    fast = word_start(words, ignore_case=ignore_case, not_after=not_after)
    for text in (_TEXT, _TEXT.upper(), _TEXT.lower()):
        assert _matches(f"({fast})(\\W)", text, flags) == _matches(f"({plain})(\\W)", text, flags)
        assert _matches(f"({fast})", text, flags) == _matches(f"({plain})", text, flags)


def test_word_start_keeps_the_order_of_alternatives() -> None:
    # "mr" before "mrs": the shorter wins where both could, as in the plain alternation
    assert re.match(word_start(["mr", "mrs"]), "mrs").group() == "mr"  # type: ignore[union-attr]
    assert re.match(word_start(["mrs", "mr"]), "mrs").group() == "mrs"  # type: ignore[union-attr]


def test_word_start_opens_on_a_class() -> None:
    # the pattern's first item is a case-sensitive class of first letters, which is what lets
    # `re` skip ahead to a candidate character (read from the pattern text: no private re API)
    for pattern, first in ((word_start(["in", "at"]), "ai"), (word_start(["in"], ignore_case=True), "Iiİı")):
        opening = re.match(r"\(\?-i:\[([^\]]+)\]\)", pattern)
        assert opening is not None, pattern
        assert sorted(opening.group(1)) == sorted(first)


def test_word_start_refuses_an_alternative_it_cannot_split() -> None:
    for bad in ("[ab]c", "a?b", "\\bword", ""):
        with pytest.raises(ValueError):
            word_start([bad])


def test_case_variants_are_every_character_re_matches_ignoring_case() -> None:
    # one scan of every code point per letter (a regex call per code point took 36 s)
    every_character = "".join(chr(c) for c in range(sys.maxunicode + 1))
    for letter in string.ascii_letters + string.digits:
        found = re.findall(re.escape(letter), every_character, re.IGNORECASE)
        assert case_variants(letter) == "".join(sorted(set(found)))
