"""Name particles have one home, ``lexicon.PERSON_NAME_PARTICLES``: every reader of names takes each of them
(invented names)."""

from __future__ import annotations

import pytest

from newsfuse.article.speakers import scan_mentions
from newsfuse.compare.roles import _handle
from newsfuse.ingest.metadata import match_byline
from newsfuse.lexicon import NAME_PARTICLES, OFFICE_ALIASES, PERSON_NAME_PARTICLES, SURNAME_PREFIXES

_WORD_PARTICLES = sorted(p for p in PERSON_NAME_PARTICLES if p.isalpha())


def test_a_persons_particles_are_name_particles() -> None:
    assert PERSON_NAME_PARTICLES < NAME_PARTICLES
    assert {"of", "the"} <= NAME_PARTICLES - PERSON_NAME_PARTICLES


@pytest.mark.parametrize("particle", _WORD_PARTICLES)
def test_the_speaker_scanner_keeps_a_particle_inside_the_name(particle: str) -> None:
    masked = f"Yesterday Mira {particle} Holt said the plan was ready."
    names = [m.text for m in scan_mentions(masked, 0, len(masked)) if m.kind == "name"]
    assert names == [f"Mira {particle} Holt"]


@pytest.mark.parametrize("particle", _WORD_PARTICLES)
def test_a_byline_keeps_a_particle_inside_the_name(particle: str) -> None:
    assert match_byline(f"By Mira {particle} Holt") == (f"Mira {particle} Holt", None)


@pytest.mark.parametrize("prefix", sorted(SURNAME_PREFIXES | set(_WORD_PARTICLES)))
def test_a_surname_written_with_its_prefix_joined_is_not_an_account_name(prefix: str) -> None:
    surname = prefix.title() + "Holt"
    assert not _handle(surname)
    assert _handle("mira" + surname)  # a lower-case start is an account's shape


@pytest.mark.parametrize("written", sorted(OFFICE_ALIASES))
def test_entity_roles_and_speaker_roles_key_an_office_alike(written: str) -> None:
    from newsfuse.article import mentions, speakers

    assert speakers.role_noun_key(written.upper()) == OFFICE_ALIASES[written]
    if written in mentions.ROLE_WORDS:  # the words the entity stage reads as roles
        assert mentions.role_key(f"the {written.upper()}") == OFFICE_ALIASES[written]


def test_an_alternation_matches_each_member_whole_and_the_longest_first() -> None:
    import re

    from newsfuse.lexicon import alternation

    pattern = re.compile(alternation(["de", "della", "st.", "a+b"]))
    assert pattern.match("della").group(0) == "della"
    assert pattern.fullmatch("st.") and pattern.fullmatch("a+b") and not pattern.fullmatch("stx")
