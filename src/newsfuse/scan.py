"""Regular expressions that scan fast: patterns that open on a character class.

CPython's ``re`` looks for a match by trying the pattern at each position of
the text, but it first skips to the next position where a match may start
when the pattern opens on a literal or on a character class it can test
alone (``_compile_info`` in ``re._compiler``). A pattern that opens on
``\\b``, a look-behind, a look-ahead or a letter matched case-insensitively
has no such class: it is tried in full at every character. On the dev bodies
a few such patterns cost as much as the tokeniser (``quotes._KIN_BEFORE_NAME``,
``fact_patterns._IN_PLACE``, ``roles._TITLE_APPOSITIVE``: 0.1 s each per run).

:func:`word_start` writes "one of these words where a word starts" as a class
of their first letters, a look-behind for the word boundary, then the rest of
each word behind a look-behind on its first letter: the same matches as
``\\b(?:word|word…)``, in the same order of preference, found by the skip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["case_variants", "word_start"]

_EXTRA_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}
"""The letters ``re`` matches case-insensitively beyond a letter's upper and lower case (Unicode's case folding:
"İ" and "ı" to "i", the Kelvin sign to "k", the long s to "s"); ``tests/test_scan.py`` checks this against every
code point."""


def case_variants(letter: str) -> str:
    """Every character ``re`` matches for ``letter`` (an ASCII letter or digit) under ``re.IGNORECASE``."""
    low = letter.lower()
    return "".join(sorted({low, letter.upper(), *_EXTRA_CASES.get(low, "")}))


def word_start(alternatives: Sequence[str], *, ignore_case: bool = False, not_after: str = r"\w") -> str:
    r"""A regex for ``(?<!NOT_AFTER)(?:alternative|…)`` that opens on a character class.

    Each alternative is a regex that opens on a plain ASCII letter or digit (not followed by a quantifier);
    ``not_after`` is a character class (``\w``: a word boundary before the word, ``[\w-]``: nor a hyphen). With
    ``ignore_case`` the alternatives match in any case (the class then holds every case of each first letter
    and is matched case-sensitively, so the skip works inside a pattern compiled with ``re.IGNORECASE`` too).
    Alternatives keep their order among those sharing a first letter; two with different first letters never
    match at the same place, so the result matches exactly what the plain alternation matches.
    """
    by_first: dict[str, list[str]] = {}
    for alt in alternatives:
        first = alt[:1]
        if not (first.isascii() and first.isalnum()) or alt[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"an alternative must open on a plain letter or digit: {alt!r}")
        by_first.setdefault(first.lower() if ignore_case else first, []).append(alt[1:])
    firsts = "".join(case_variants(first) if ignore_case else first for first in sorted(by_first))
    branches = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(rests)})" for first, rests in by_first.items())
    flags = "(?i:" if ignore_case else "(?-i:"
    return f"(?-i:[{firsts}])(?<!{not_after}[{firsts}]){flags}{branches})"
