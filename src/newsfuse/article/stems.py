"""One normal form for the inflections of a word: what the conflict stage compares words by.

:func:`stem` lets "vote", "voted", "votes" and "voting" meet, and it is the
normal form of a counted noun: the noun a count counts
(:mod:`newsfuse.article.quantities`: "150 branches" and "a 150-branch plan"
both count ``branch``), the keys of the near-synonym table
(:mod:`newsfuse.compare.near_synonyms`) and the words around a value
(:mod:`newsfuse.compare.facts`) are all its stems, so a count's noun is
found among another sentence's words and in the table as it is. It is a
light stem, not a lemma: a word and its plural or past share it ("cache" and
"caches": ``cach``; "city" and "cities": ``city``; "study", "studies" and
"studied": ``study``; "business" and "businesses": ``business``), and what it
keeps of a word need not be a word.
"""

from __future__ import annotations

import functools

__all__ = ["stem"]

_SUFFIXES = ("ing", "ed", "es", "s", "e")
"""The endings a stem drops, the first that fits (leaving at least three letters)."""
_KEPT_S = ("ss", "us", "is")
"""Endings whose final "s" is no plural: "business", "campus", "crisis" keep it (and so meet "businesses",
"campuses")."""


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The light stem of ``word`` (see the module docstring): lower case, without a possessive "'s"; "-ies" and
    "-ied" after two letters or more become "y" ("cities", "studied"), as does a final "-ie" ("movie", "movies": one
    stem); else the first of "-ing", "-ed", "-es", "-s", "-e" that leaves three letters is dropped, but not the "s"
    of "-ss", "-us", "-is"."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("ie"):
        return word[:-2] + "y"
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word if suffix == "s" and word.endswith(_KEPT_S) else word[: -len(suffix)]
    return word
