"""Normal forms for the inflections of a word, the stems every stage compares words by.

Three strengths, each for its own use (changing one changes the figures measured with it):

- :func:`stem`, the light stem below: conflicts, quantities, near synonyms, the word diff of verdicts;
- :func:`suffix_stem`, a shorter suffix list with a longer minimum (four letters kept): sentence alignment's
  content words (:mod:`newsfuse.compare.align`);
- :func:`singular`, plurals and possessives only: the TF-IDF space of summary support
  (:mod:`newsfuse.compare.support`), where a past tense and its present stay two words.

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

__all__ = ["KEPT_S_ENDINGS", "singular", "stem", "suffix_stem"]

_SUFFIXES = ("ing", "ed", "es", "s", "e")
"""The endings a stem drops, the first that fits (leaving at least three letters)."""
KEPT_S_ENDINGS = ("ss", "us", "is")
"""Endings whose final "s" is no plural: "business", "campus", "crisis" keep it (and so meet "businesses",
"campuses"); story clustering's terms keep it too (:mod:`newsfuse.stories.features`)."""


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
            return word if suffix == "s" and word.endswith(KEPT_S_ENDINGS) else word[: -len(suffix)]
    return word


def suffix_stem(word: str) -> str:
    """``word`` lower-cased, without a possessive "'s" and without the first of "-ing", "-ed", "-es", "-s" that
    leaves four letters or more ("walking": ``walk``; "votes": ``vote``; "voting" and "bus" stay)."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def singular(word: str) -> str:
    """A lower-case ``word`` without a possessive "'s" and in the singular: "-ies" after two letters becomes "y"
    ("cities": ``city``), a final "s" goes after three letters, except in "-ss", "-us", "-is" ("campus" stays)."""
    word = word.removesuffix("'s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(KEPT_S_ENDINGS):
        return word[:-1]
    return word
