"""Nouns of office that name a person by role ("the president", "the PM")."""

from __future__ import annotations

from newsfuse.lexicon._build import select, words

__all__ = [
    "HEAD_OFFICES",
    "NOT_CURRENT_HOLDER",
    "OFFICE_ABBREVIATIONS",
    "OFFICE_ALIASES",
    "OFFICE_HEADS",
    "OFFICE_OPENERS",
    "OFFICE_PHRASES",
    "OFFICE_RANKS",
    "OFFICE_TITLES",
    "SINGLE_OFFICES",
    "SINGLE_RANKS",
    "STORY_OFFICES",
]

OFFICE_TITLES: frozenset[str] = words(
    """
    ambassador attorney candidate ceo chair chairman chairwoman chancellor chief commander commissioner congressman
    congresswoman director envoy founder general governor judge justice king leader mayor minister nominee pm pope
    premier president prince princess prosecutor queen representative secretary secretary-general senator sheriff
    speaker spokesman spokesperson spokeswoman vice-president
    """
)
"""Nouns of office: entity roles and speaker heads alike."""

SINGLE_OFFICES: frozenset[str] = select(
    """
    chair chairman chairwoman chancellor ceo chief commissioner director governor mayor minister premier president
    prosecutor secretary secretary-general sheriff speaker
    """,
    OFFICE_TITLES,
) | words("coach principal superintendent")
"""Offices one person holds at a time, once qualified ("Treasury Secretary", "RNC Chairman"): role conflicts. Beside
the nouns of office, the heads of one school, team or school district ("Head coach Dale Rourke", "Principal Ruth
Holt"), which are no entity roles (:data:`OFFICE_TITLES`)."""

STORY_OFFICES: frozenset[str] = select(
    """
    ambassador ceo chair chairman chairwoman chancellor governor king leader mayor minister pope premier president
    prince princess queen secretary secretary-general senator
    """,
    OFFICE_TITLES,
)
"""Offices a speaker may be named by alone ("the mayor said") whose holder the story's other articles may name:
speaker attribution resolves them there first."""

HEAD_OFFICES: frozenset[str] = select("president leader premier chancellor king queen", OFFICE_TITLES)
"""The nouns of office of one word that head a country or a party (:data:`OFFICE_HEADS` adds the phrase)."""

OFFICE_HEADS: frozenset[str] = HEAD_OFFICES | {"prime minister"}
"""Offices that head a country or a party: the holders "the leader" or "the head" of a body may name, when an
article names a person by that generic role alone."""

OFFICE_PHRASES: tuple[str, ...] = (
    "prime minister",
    "vice president",
    "secretary of state",
    "secretary general",
    "chief executive",
    "foreign secretary",
    "home secretary",
)
"""Nouns of office of more than one word ("the prime minister said")."""

OFFICE_ABBREVIATIONS: dict[str, str] = {
    "pm": "prime minister",
    "ceo": "chief executive",
    "sen": "senator",
    "gov": "governor",
}
"""Offices written short ("the PM", "Sen."), spelt out."""

OFFICE_ALIASES: dict[str, str] = {
    **OFFICE_ABBREVIATIONS,
    "vice-president": "vice president",
    "secretary general": "secretary-general",
}
"""One spelling for each office written several ways ("the PM", "the prime minister"): the role's key."""

OFFICE_OPENERS: frozenset[str] = words("prime vice")
"""Words that open the name of an office and are no office alone ("Prime Minister", "Vice President"): a
capitalised run may open with one before a name ("Vice President Ana Vell")."""

OFFICE_RANKS: frozenset[str] = words("deputy vice assistant associate acting interim")
"""Words before a noun of office that make it another office or another tenure of it: a deputy mayor is not the
mayor, and an acting mayor's time in office is not the mayor's elected term."""

NOT_CURRENT_HOLDER: frozenset[str] = OFFICE_RANKS | words("former ex then late retired previous incoming onetime")
"""Words before a noun of office that make its holder not the one in office now: another office
(:data:`OFFICE_RANKS`: "the deputy sheriff") or another time ("the late sheriff", "the incoming sheriff",
"ex-sheriff"). Role conflicts leave such a holder out."""

SINGLE_RANKS: frozenset[str] = words("head")
"""Words before a noun of office written in lower case that make it the one holder's ("said head coach Dave
Rourke"): role conflicts compare it as a capitalised title ("Head Coach Dave Rourke")."""
