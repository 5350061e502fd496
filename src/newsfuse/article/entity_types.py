"""What a capitalised name is (a person, an organisation, a place or an event), from the evidence for it.

A run of capitalised words is not a person because it has two words: "San
Francisco", "Storm Darragh" and "TechPost UK" have two as well. The type
comes from the evidence, strongest first; the first that applies decides:

1. a **title or honorific** before the name ("Dr", "Senator", "US
   President") makes it a PERSON;
2. a **storm word** before the name ("Storm", "Hurricane", "Tropical
   Storm"; :data:`newsfuse.lexicon.NAMED_EVENT_HEADS`) makes it an EVENT;
3. a **country**, its capital or short name (the lexicon's countries, which
   also stand for governments: "Moscow said") makes it a GPE;
4. the **outlets table** (``data/outlets.csv``) or a news organisation's
   shape ("Ghana News Agency") makes it an ORG. A one-word outlet name
   counts only where it is not a common English word (Zipf frequency under
   :data:`COMMON_WORD_ZIPF`): "Reuters" is the agency, "Metro" may be a train;
5. an **organisation word** ("Party", "Ministry") or an acronym makes it an
   ORG;
6. the **verbs a name takes**: a person's ("said", "told", an age in
   apposition: "Ana Reyes, 34,") after a name that is their subject (not
   the object of a preposition: "officials in Santa Monica said") keep a
   name of two or more words a PERSON even where a town has that name, and
   a one-word name from being typed a place; a place does not say things
   (a government does, and rule 3 has typed those);
7. the **place gazetteer** (:mod:`newsfuse.article.gazetteer`: cities,
   countries, regions), alone or after a compass word ("South Wales"),
   makes it a GPE; "Residents of San Francisco" (a common word joined to a
   place by "of") is no person (OTHER);
8. two or more capitalised words are a PERSON; anything else is OTHER.

The mention stage types each mention by the evidence around it; the story
stage (:mod:`newsfuse.compare.entities`) then lets a person's title seen
anywhere in the story outweigh a town's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsfuse.article.attribution import REPORTING_WORDS
from newsfuse.article.gazetteer import is_place
from newsfuse.article.places import country_of
from newsfuse.lexicon import (
    COMPASS_WORDS,
    NAME_PARTICLES,
    NAMED_EVENT_HEADS,
    ORGANISATION_HEADS,
    PREPOSITIONS,
    SPEECH_VERBS,
)
from newsfuse.model import EntityType

__all__ = ["COMMON_WORD_ZIPF", "EntityType", "entity_type", "is_outlet_name", "person_verb_follows"]


COMMON_WORD_ZIPF = 4.0
"""A one-word outlet name as common as this in English (10 per million words) is not evidence of the outlet."""
TYPE_CACHE = 1 << 14
"""Names (with their titles) whose evidence from the name alone :func:`entity_type` keeps: an article names the
same people again and again (bounded: a pool's worker empties it after each piece of work)."""

_SPEECH_FORMS = frozenset(form for form in REPORTING_WORDS if form not in SPEECH_VERBS and not form.endswith("ing"))
"""The finite forms of the reporting verbs ("says", "said", "denied", "told"): the attribution lexicon's, less
the base forms ("state" in "New York state officials") and the -ing forms. Verbs of stance ("thought", "found")
are not among them: they report no speech, and a company or a town "found" or "felt" as often as a person."""
_AGE = re.compile(r",\s*\d{1,3},")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")


def person_verb_follows(after: str, before: str = "") -> bool:
    """Whether the text right after a name gives it a person's verb ("said", "told") or an age (", 34,").

    Not where the name is the object of a preposition (``before`` ends in one):
    in "officials in Ames said" the verb is the officials'.
    """
    last = _LAST_WORD.search(before)
    if last is not None and last[1] in PREPOSITIONS:
        return False
    if _AGE.match(after):
        return True
    found = _NEXT_WORD.match(after)
    return found is not None and found[1] in _SPEECH_FORMS


@lru_cache(maxsize=1 << 16)
def is_outlet_name(name: str) -> bool:
    """Whether ``name`` is an outlet's: in the outlets table, or shaped like a news organisation's name."""
    from newsfuse.compare.spelling import zipf
    from newsfuse.ingest.outlets import is_news_org_name

    if not is_news_org_name(name):
        return False
    words = name.split()
    return len(words) > 1 or name.isupper() or zipf(name) < COMMON_WORD_ZIPF


def _is_title(title: str) -> bool:
    from newsfuse.article.mentions import is_honorific, role_key

    return bool(title) and (role_key(title) is not None or any(is_honorific(w) for w in title.split()))


def _is_event(words: list[str]) -> bool:
    return len(words) >= 2 and words[-2].lower() in NAMED_EVENT_HEADS and words[-1][:1].isupper()


def _is_region(words: list[str]) -> bool:
    """A place, or a compass word before one ("South Wales", "Northern Ireland")."""
    return is_place(" ".join(words)) or (
        len(words) >= 2 and words[0].lower() in COMPASS_WORDS and is_place(" ".join(words[1:]))
    )


def entity_type(name: str, title: str = "", after: str = "", before: str = "") -> EntityType:
    """The type of the name ``name``, written after ``title`` (if any), between the texts ``before`` and ``after``."""
    known = _type_by_name(name, title)
    if known is not None:
        return known
    several, of_place, otherwise = _name_facts(name)
    if person_verb_follows(after, before) and not of_place:
        return "PERSON" if several else "OTHER"
    return otherwise


@lru_cache(maxsize=TYPE_CACHE)
def _type_by_name(name: str, title: str) -> EntityType | None:
    """The type the name and its title decide alone (a title, an event, a country, an outlet, an organisation),
    before the words around the name are read; None where those words may decide."""
    if _is_title(title):
        return "PERSON"
    words = name.split()
    if _is_event(words):
        return "EVENT"
    if country_of(name):
        return "GPE"
    if is_outlet_name(name):
        return "ORG"
    if any(w.lower() in ORGANISATION_HEADS for w in words) or (name.isupper() and len(name) >= 2):
        return "ORG"
    return None


@lru_cache(maxsize=TYPE_CACHE)
def _name_facts(name: str) -> tuple[bool, bool, EntityType]:
    """Whether the name has several words, whether it is "… of" a place, and its type where no person's verb
    follows it (a region, something of a place, a person's capitalised words, else other)."""
    words = name.split()
    several = len(words) >= 2
    of_place = _of_place(words)
    if _is_region(words):
        return several, of_place, "GPE"
    if of_place:
        return several, of_place, "OTHER"
    if several and all(w[0].isupper() for w in words if w.lower() not in NAME_PARTICLES):
        return several, of_place, "PERSON"
    return several, of_place, "OTHER"


def _of_place(words: list[str]) -> bool:
    """``Residents of San Francisco``: words joined by "of" to a place the gazetteer knows."""
    lowered = [w.lower() for w in words]
    if "of" not in lowered[1:-1]:
        return False
    tail = words[len(lowered) - lowered[::-1].index("of") :]
    return _is_region(tail) or country_of(" ".join(tail)) is not None
