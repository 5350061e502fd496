"""British and American spellings of one word ("colour"/"color", "analyse"/"analyze").

The table is the British-to-American list of the ``breame`` package (a
general resource, not built from any article), less the few pairs it lists
that are different words rather than spellings of one (:data:`NOT_SPELLINGS`).
:func:`american_spelling` is what the quotation comparison applies to every
word, so both outlets' printings end up in one spelling.
"""

from __future__ import annotations

import functools

from newsfuse.lexicon._build import words

__all__ = ["NOT_SPELLINGS", "american_spelling"]

NOT_SPELLINGS: frozenset[str] = words("tonne tonnes bevvy bevvies")
"""British words the list pairs with an American word that means something else (a tonne is not a ton)."""


@functools.cache
def _british_to_american() -> dict[str, str]:
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return {uk: us for uk, us in BRITISH_ENGLISH_SPELLINGS.items() if uk not in NOT_SPELLINGS and " " not in us}


def american_spelling(word: str) -> str:
    """The American spelling of a British-spelt word (``colour`` → ``color``), else the word itself."""
    return _british_to_american().get(word, word)
