"""Plural nouns that do not end in "s": a count's noun in either form ("300 people", "40 police officers")."""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["UNMARKED_PLURALS"]

UNMARKED_PLURALS: frozenset[str] = words(
    """
    people children men women police staff personnel cattle sheep deer fish feet teeth mice geese
    """
)
"""Plurals without a final "s": the counted noun after a number ("300 people attended") unless a plural follows that
they name a kind of ("40 police officers"), and the head where they follow such a word ("40 branch staff")."""
