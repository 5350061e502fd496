"""Helpers that build the lexicon's word lists from whitespace-separated text."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "select", "words"]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


def select(text: str, inventory: Iterable[str]) -> frozenset[str]:
    """The words of ``text``, each of which must be a member of ``inventory``.

    A purpose list that is a selection of an inventory (the function words a
    stage ignores) is built this way, so that it cannot grow members the
    inventory does not have: a new word goes into the inventory first.
    """
    chosen = words(text)
    missing = chosen.difference(inventory)
    if missing:
        raise ValueError(f"not in the inventory: {' '.join(sorted(missing))}")
    return chosen


def alternation(members: Iterable[str], any_space: bool = False) -> str:
    """A regular expression group that matches any of ``members`` literally, the longest first; ``any_space``: a
    space inside a member matches any run of white space ("called off" across a line break)."""
    escaped = (re.escape(m) for m in sorted(members, key=lambda m: (-len(m), m)))
    return "(?:" + "|".join(e.replace(r"\ ", r"\s+") if any_space else e for e in escaped) + ")"
