"""A word inside a capitalised run has one reading in the lexicon.

Speaker attribution and entity mentions read each word of a capitalised run
("Mira del Holt", "Sen. Ida Roe", "Bill Oduya") by asking the lexicon what it
is: a particle inside a name, a title or role noun before one, a given name,
the mark of an organisation or place, or a word that is no name at all. A
word in two of those lists is read two ways at once ("del" a particle and a
delegate's title made "Mira del" a title), so every such word is declared
here with the reason both readings are right, or it is a test failure.
"""

from __future__ import annotations

import itertools

import newsfuse.lexicon as lexicon
from newsfuse.article.speakers import scan_mentions


def _readings() -> dict[str, frozenset[str]]:
    """The lexicon's readings of a word in a capitalised run, each the union of its lists."""
    return {
        "particle": lexicon.PERSON_NAME_PARTICLES | lexicon.SURNAME_PREFIXES,
        "title": lexicon.NAME_TITLES
        | lexicon.SPEAKER_ROLE_NOUNS
        | lexicon.OFFICE_TITLES
        | frozenset(lexicon.OFFICE_ALIASES),
        "given name": frozenset(lexicon.GIVEN_NAME_VARIANTS) | frozenset(lexicon.GIVEN_NAME_VARIANTS.values()),
        "organisation or place": lexicon.ORGANISATION_NAME_WORDS,
        "not a name": lexicon.NOT_NAME_WORDS | lexicon.NAME_STOP_WORDS | lexicon.NEVER_NAME_WORDS,
    }


DECLARED: dict[str, str] = {
    # word: why both of its readings are right
    "al": "particle when lower case ('Omar al Amin'), given name when capitalised ('Al Vance'): the case decides",
    "mr": "a title is never the first word of the name it stands before",
    "mrs": "a title is never the first word of the name it stands before",
    "ms": "a title is never the first word of the name it stands before",
    "first": "both readings say the run is no person's name ('First Nations')",
    "today": "both readings say the run is no person's name ('Today programme')",
    "will": "opens questions and title-case headlines more often than it is a given name (polnear-train: 14 to 5)",
}
"""Words the lexicon reads two ways on purpose."""


def _overlaps(readings: dict[str, frozenset[str]]) -> dict[str, set[str]]:
    """Every word in two readings, with the readings it is in."""
    found: dict[str, set[str]] = {}
    for (a, first), (b, second) in itertools.combinations(readings.items(), 2):
        for word in first & second:
            found.setdefault(word, set()).update((a, b))
    return found


def test_no_word_has_two_readings_in_a_name_unless_declared() -> None:
    undeclared = {w: sorted(r) for w, r in _overlaps(_readings()).items() if w not in DECLARED}
    assert not undeclared, f"words read two ways (declare them with a reason, or give each one reading): {undeclared}"


def test_every_declared_word_still_has_two_readings() -> None:
    stale = set(DECLARED) - set(_overlaps(_readings()))
    assert not stale, f"declared overlaps that no longer exist: {sorted(stale)}"


def test_a_particle_added_to_the_role_nouns_would_be_found() -> None:
    readings = _readings()
    readings["title"] = readings["title"] | {"van"}
    assert _overlaps(readings)["van"] == {"particle", "title"}


def _names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.title, m.name_tokens) for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]


def test_a_particle_inside_a_name_is_part_of_the_name_not_a_title() -> None:
    text = "Mira del Holt opened the ferry terminal on Tuesday. Tomas van Lier cut the ribbon."
    assert _names(text) == [("", ("Mira", "del", "Holt")), ("", ("Tomas", "van", "Lier"))]


def test_a_given_name_that_is_also_a_common_noun_stays_in_the_name() -> None:
    text = "Bill Oduya, who runs the ferry line, said the timetable would change."
    assert _names(text) == [("", ("Bill", "Oduya"))]


def test_a_title_before_a_name_is_still_read_as_a_title() -> None:
    text = "Sen. Ida Roe said the ferry would run all winter."
    assert _names(text) == [("Sen.", ("Ida", "Roe"))]
