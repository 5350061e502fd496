"""Person nouns a speaker goes by, learned from PolNeAR's train split (generated: do not edit).

Written by ``scripts/learn_role_nouns.py`` (its docstring says how a noun
qualifies); :data:`newsfuse.lexicon.SPEAKER_ROLE_NOUNS` adds them to the hand
list of role nouns.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["LEARNED_ROLE_NOUNS"]

LEARNED_ROLE_NOUNS: frozenset[str] = words(
    """
    actor actress businessman front-runner journalist moderator mogul neurosurgeon reporter staffer
    """
)
"""Singular person nouns that head described sources in the training annotations and stand as a title before
names in the training articles; none is in another list of the lexicon."""
