"""Whether a word that ends in "est" is a superlative ("largest", "busiest") or another word ("forest", "protest").

A mechanism, not a list of exceptions: a word is a superlative where it is one
of the few irregular ones (``lexicon.IRREGULAR_SUPERLATIVES``: "best",
"eldest"), or where English has both its comparative and a base it comes
from:

- the comparative, the word with "er" for "est" ("larger", "busier",
  "bigger"), is a known word, at least :data:`MIN_COMPARATIVE_ZIPF` on
  :mod:`wordfreq`'s Zipf scale ("forest" has no "forer", "protest" no
  "proter", "modest" only a rare "moder");
- a base (:func:`bases`: "old" of "oldest", "large" of "largest", "big" of
  "biggest", "busy" of "busiest"), of at least :data:`MIN_BASE_LETTERS`
  letters, is at least as common as the word itself, as an adjective is
  commoner than its superlative ("chest" has a "cher", but no base as common
  as "chest").

Words it still takes for superlatives are those whose stem happens to be a
common word with an "-er" word of its own ("earnest": "earn", "earner"); an
ordinal before one is rare. Irregular superlatives unknown to it are lexicon
data, not exceptions here.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.compare.spelling import zipf
from newsfuse.lexicon.ranking import IRREGULAR_SUPERLATIVES

__all__ = ["MIN_BASE_LETTERS", "MIN_COMPARATIVE_ZIPF", "bases", "is_superlative"]

MIN_COMPARATIVE_ZIPF = 2.0
"""Least Zipf frequency (:func:`newsfuse.compare.spelling.zipf`: about once in ten million words) of a word's
comparative for it to be a superlative: the rarest comparatives of common superlatives ("briefer", "costlier",
"graver") stand above 2.1; the "-er" forms of "-est" nouns ("forer", "moder", "honer") below 2."""

MIN_BASE_LETTERS = 3
"""Fewest letters of a superlative's base ("big", "old", "new"): a shorter stem ("ch" of "chest", "t" of "test",
"w" of "west") is a fragment any word may begin with."""


def bases(stem: str) -> tuple[str, ...]:
    """The bases a superlative's stem (the word less "est") may come from: the stem ("old"), with an "e" ("large"),
    less a doubled last letter ("big" of "bigg"), with "y" for "i" ("busy" of "busi"); those of
    :data:`MIN_BASE_LETTERS` letters or more."""
    forms = [stem, stem + "e"]
    if len(stem) > 1 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])
    if stem.endswith("i"):
        forms.append(stem[:-1] + "y")
    return tuple(f for f in forms if len(f) >= MIN_BASE_LETTERS)


def is_superlative(word: str, frequency: Callable[[str], float] = zipf) -> bool:
    """Whether ``word`` (lower case, ending in "est") is a superlative (see the module docstring); ``frequency``:
    a word's Zipf frequency."""
    if word in IRREGULAR_SUPERLATIVES:
        return True
    stem = word[:-3]
    if not word.endswith("est") or frequency(stem + "er") < MIN_COMPARATIVE_ZIPF:
        return False
    own = frequency(word)
    return any(frequency(base) >= own for base in bases(stem))
