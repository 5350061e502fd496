"""Telling a misspelt name from a rare correct one, from the story's own evidence.

A written form W is flagged as a misspelling of M only when all of these hold:

- the story itself carries M: W and M are one edit apart (a substitution,
  insertion, deletion or swap of two neighbouring letters) and stand in the
  same place of otherwise identical names ("Pavle Dorn" / "Pavel
  Dorn", "Ruritnia" / "Ruritania");
- M is at least as frequent in the story as W (twice as frequent if W
  occurs more than once), and W is found in one article only: a form two
  outlets print independently is a spelling, not a slip;
- the two are not transliteration variants (doubled letters, ``y``/``i``,
  ``ks``/``x``...: "Petrovsky" / "Petrovskyy" are both correct);
- one is not the other plus an ending ("Russia" / "Russian", "Texas" /
  "Texans");
- the two are not printed side by side (within the entity stage's
  ``SIDE_BY_SIDE_CHARS``, 40 characters: "Hats for Huts" is a name, not a
  slip) — checked by the entity stage;
- M is much more common in English than W (by :mod:`wordfreq`'s Zipf
  frequency, at least :data:`MIN_ZIPF_GAP`, 1.0, apart; the ``entities``
  section of the options sets both): a rare correct name near a common one
  ("Brax" beside "Brad") is kept only if the story prints it more than once or
  in more than one outlet.

No list of known misspellings is used: every flag names the story's evidence.

Cost: the pairs one edit apart are found by the deletion neighbourhood
(:func:`one_edit_neighbours`: two words one edit apart share a form with one
letter deleted), so the pass grows with the number of distinct name words
times their length, not with its square; words longer than
:data:`MAX_NAME_WORD_LENGTH` are not name words and are never compared, so one
very long token costs nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from newsfuse.options import EntitiesOptions

__all__ = [
    "MAX_NAME_WORD_LENGTH",
    "MIN_SLIP_WORD_LENGTH",
    "MIN_ZIPF_GAP",
    "misspelling_of",
    "one_edit_neighbours",
    "translit_key",
    "zipf",
]

MIN_ZIPF_GAP = EntitiesOptions().min_zipf_gap
"""How much more common in English the intended form must be than the written one (the option's default)."""
MAX_NAME_WORD_LENGTH = 40
"""Longer words are not words of a name (the longest surnames run to about 35 letters); they are never compared."""
MIN_SLIP_WORD_LENGTH = 4
"""Shorter words are never judged slips: one edit apart, most short names are other names ("Ana" / "Ann")."""
_TRANSLIT = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"kh", "h"),
        (r"ks", "x"),
        (r"ph", "f"),
        (r"[yj]", "i"),
        (r"w", "v"),
        (r"ou", "u"),
        (r"(.)\1", r"\1"),
    )
)


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """A key on which transliteration variants of one name agree (Petrovsky, Petrovskyy, Petrovskiy).

    Per process: at most 65,536 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    key = word.lower()
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=1)
def _zipf_function() -> Callable[[str, str], float]:
    """wordfreq's ``zipf_frequency``, imported on the first call (the import loads its word lists).

    Per process: its one value is made on the first call and kept for the process's life."""
    from wordfreq import zipf_frequency

    return zipf_frequency  # type: ignore[no-any-return]


@lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """How common ``word`` is in English (Zipf scale: 0 unknown, 7 "the").

    Per process: at most 4,096 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    return float(_zipf_function()(word.lower(), "en"))


def one_edit_neighbours(words: Sequence[str]) -> dict[str, list[str]]:
    """For each word, the other ``words`` one edit (OSA) away from it, in the order of ``words``.

    Two words one substitution, insertion, deletion or swap of neighbours
    apart share a form with one letter deleted (or one is such a form of the
    other), so only words sharing such a form are compared: linear in the
    number of words, where comparing every pair is quadratic.
    """
    order = {w: i for i, w in enumerate(words)}
    by_form: dict[str, list[str]] = defaultdict(list)
    for w in words:
        if len(w) > MAX_NAME_WORD_LENGTH:
            continue
        for form in {w, *(w[:i] + w[i + 1 :] for i in range(len(w)))}:
            by_form[form].append(w)
    near: dict[str, set[str]] = defaultdict(set)
    for group in by_form.values():
        if len(group) < 2:
            continue
        for a in group:
            for b in group:
                if a != b and b not in near[a] and OSA.distance(a, b, score_cutoff=1) == 1:
                    near[a].add(b)
                    near[b].add(a)
    return {w: sorted(near[w], key=order.__getitem__) for w in words if near.get(w)}


def misspelling_of(
    written: str,
    intended: str,
    written_count: int,
    intended_count: int,
    written_articles: int,
    min_zipf_gap: float = MIN_ZIPF_GAP,
) -> bool:
    """Whether the story's evidence says token ``written`` is a slip for ``intended``."""
    w, m = written.lower(), intended.lower()
    if w == m or min(len(w), len(m)) < MIN_SLIP_WORD_LENGTH or max(len(w), len(m)) > MAX_NAME_WORD_LENGTH:
        return False
    if abs(len(w) - len(m)) > 1 or not w.isalpha() or not m.isalpha():
        return False
    if OSA.distance(w, m) != 1:
        return False
    if translit_key(w) == translit_key(m):
        return False
    if w.startswith(m) or m.startswith(w):
        return False
    ops = Levenshtein.editops(w, m).as_list()
    if len(ops) == 1 and ops[0][0] in ("insert", "delete") and int(ops[0][1]) >= min(len(w), len(m)) - 2:
        return False  # an ending, not a slip: "Texas" / "Texans"
    if written_articles > 1 or intended_count < written_count:
        return False
    if written_count > 1 and intended_count < 2 * written_count:
        return False
    return zipf(m) - zipf(w) >= min_zipf_gap
