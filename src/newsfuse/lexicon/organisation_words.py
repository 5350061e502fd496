"""Words that make a capitalised run an organisation (or a place or a title), not a person.

:data:`ORGANISATION_HEADS` are the words entity mentions take as the mark of
an organisation's name ("Labour Party", "Foreign Office", "the Kremlin");
:data:`ORGANISATION_NAME_WORDS` extends them with the places, outlets, brands
and title words speaker attribution also refuses as a person's name.
:data:`ORGANISATION_REFERENCE_NOUNS` are the common nouns that refer back to an
organisation or one of its documents ("the company said", "the report says").
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = [
    "ORGANISATION_HEADS",
    "ORGANISATION_NAME_WORDS",
    "ORGANISATION_NOUNS",
    "ORGANISATION_REFERENCE_NOUNS",
    "PARTISAN_NOUNS",
    "PARTY_WORDS",
]

ORGANISATION_NOUNS: frozenset[str] = words(
    """
    agency association bank board campaign center centre club commission committee company corporation council court
    department federation force foundation government group hospital institute league ministry network office party
    post report school service union university
    """
)
"""Nouns that name a kind of organisation (lower case)."""

ORGANISATION_HEADS: frozenset[str] = ORGANISATION_NOUNS | words(
    """
    house nations alliance congress parliament senate news times guardian inc corp organization organisation
    forces army navy fund republicans democrats gop labour conservatives tories pentagon kremlin media journal
    """
)
"""Words that mark a capitalised name as an organisation's (lower case)."""

ORGANISATION_REFERENCE_NOUNS: frozenset[str] = ORGANISATION_NOUNS | words(
    """
    administration airline authority broadcaster charity diocese embassy firm letter memo newspaper organisation
    organization platform regulator retailer startup statement study survey team tribunal watchdog website
    """
)
"""Nouns that refer back to an organisation (``the company said``) or a document of one."""

PARTY_WORDS: frozenset[str] = words("conservative independent liberal republican")
"""Words of party names that also name a member of the party ("the Liberal Party", "an Independent"): in a
capitalised run they mark an organisation."""

PARTISAN_NOUNS: frozenset[str] = PARTY_WORDS | words("democrat tory socialist")
"""Nouns of a party's member: after "the" they refer to a person the text is about ("the Ohio Democrat said")."""

ORGANISATION_NAME_WORDS: frozenset[str] = (
    ORGANISATION_HEADS
    | PARTY_WORDS
    | words(
        """
    abc act affairs africa airlines airport airways amazon america american ap apple asia assembly avenue bay bbc
    beijing berlin breitbart britain british cabinet canada canadian capital care cbc cbs championship channel
    china chinese church city cnn coalition college commons county ctv cup daily day defence defense
    democratic england eu europe european express facebook festival first fox france french gallery games german
    germany global globe google hall health herald holdings huffpost indigenous initiative instagram
    island kingdom kyiv liberals library london lords ltd lyft magazine mail microsoft mirror month montreal
    moscow motors movement museum nato nbc ndp observer online ottawa paris park partners plan police politico press
    program programme project province radio relations republic reuters review river road russia russian
    security services square star states station street studies summit sun telegraph television today tonight
    toronto tours tower treasury tribune trust tv twitter uber uk ukraine ukrainian un us usa vancouver washington
    week weekly year youth youtube
    """
    )
)
"""Words that make a capitalised run a place, organisation or work, not a person (lower case)."""
