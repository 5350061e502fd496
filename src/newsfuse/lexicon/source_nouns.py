"""Nouns that name a speaker by what they are, not who: unnamed sources and groups.

:data:`ANONYMOUS_SOURCE_NOUNS` describe one unnamed person ("a source",
"an aide", "a resident"): with no name given in the article they stay a
description. :data:`SOURCE_GROUP_NOUNS` are the plural nouns a group of
speakers goes by ("officials said", "critics argue"), and
:data:`SOURCE_GROUP_MODIFIERS` the words that may stand before them in the
mention ("senior officials", "local residents", "two witnesses").
:data:`SPEAKER_ROLE_NOUNS` are every noun one speaker may be named by: those
of an unnamed source, the nouns of office, other person nouns, and those learned
from the training annotations (:mod:`newsfuse.lexicon.learned_role_nouns`).
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.learned_role_nouns import LEARNED_ROLE_NOUNS
from newsfuse.lexicon.office_titles import OFFICE_TITLES, SINGLE_OFFICES

__all__ = [
    "ANONYMOUS_SOURCE_NOUNS",
    "GROUP_QUANTIFIERS",
    "SOURCE_GROUP_MODIFIERS",
    "SOURCE_GROUP_NOUNS",
    "SPEAKER_ROLE_NOUNS",
]

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
    company western european other some many multiple several two three four unnamed anonymous
    """
)
"""Words that may stand before a group noun in the speaker's mention ("senior officials", "two witnesses")."""

GROUP_QUANTIFIERS: frozenset[str] = select("some many multiple several", SOURCE_GROUP_MODIFIERS)
"""Quantifiers that make a plural noun of no list a group of sources before a cue verb ("multiple newspapers
reported", "several bloggers wrote")."""

SPEAKER_ROLE_NOUNS: frozenset[str] = (
    ANONYMOUS_SOURCE_NOUNS
    | OFFICE_TITLES
    | SINGLE_OFFICES  # with the heads of a school, team or district ("coach", "principal")
    | words(
        """
        activist adviser advisor advocate anchor author bishop boss campaigner captain chairperson chaplain clerk
        columnist commentator constable consultant coordinator councillor councilor counsel critic daughter dean
        defender delegate deputy detective doctor economist editor engineer executive father gov head historian host
        husband inspector investigator lawmaker lawyer legislator manager mla mother mp mpp negotiator nurse officer
        organiser organizer owner partner pastor physician planner politician pollster president-elect professor
        provost psychologist rep researcher scientist sen son specialist strategist surgeon teacher treasurer trustee
        wife writer
        """
    )
    | LEARNED_ROLE_NOUNS
)
"""Person nouns of one word a speaker can be named by ("the official", "a lawyer", "the mayor"), the learned
ones included; the nouns of office of more words are :data:`~newsfuse.lexicon.office_titles.OFFICE_PHRASES`."""
