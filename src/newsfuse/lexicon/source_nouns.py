"""Nouns that name a speaker by what they are, not who: unnamed sources and groups.

:data:`ANONYMOUS_SOURCE_NOUNS` describe one unnamed person ("a source",
"an aide", "a resident"): with no name given in the article they stay a
description. :data:`SOURCE_GROUP_NOUNS` are the plural nouns a group of
speakers goes by ("officials said", "critics argue"), and
:data:`SOURCE_GROUP_MODIFIERS` the words that may stand before them in the
mention ("senior officials", "local residents", "two witnesses").
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["ANONYMOUS_SOURCE_NOUNS", "SOURCE_GROUP_MODIFIERS", "SOURCE_GROUP_NOUNS"]

ANONYMOUS_SOURCE_NOUNS: frozenset[str] = words(
    """
    source official aide insider person woman man resident witness citizen neighbour neighbor member worker
    supporter voter friend spokesman spokeswoman spokesperson expert analyst diplomat student
    """
)
"""Role nouns that, with no name given in the article, describe an unnamed source."""

SOURCE_GROUP_NOUNS: frozenset[str] = words(
    """
    officials sources aides insiders spokespeople diplomats authorities investigators experts analysts organizers
    organisers residents lawmakers legislators ministers advisers advisors critics officers police prosecutors
    researchers scientists witnesses supporters members leaders campaigners activists doctors economists observers
    people voters teachers parents students workers executives protesters protestors demonstrators players fans
    employees staff nurses lawyers candidates
    """
)
"""Plural nouns a group of speakers goes by ("officials said")."""

SOURCE_GROUP_MODIFIERS: frozenset[str] = words(
    """
    senior local government federal provincial state city administration campaign military security health party
    company western european other some many several two three four unnamed anonymous
    """
)
"""Words that may stand before a group noun in the speaker's mention ("senior officials", "two witnesses")."""
