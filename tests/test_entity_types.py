"""Entity types come from evidence: no place, storm or outlet is a person.

The evidence, in ``newsfuse.article.entity_types``: titles and honorifics
before a name, storm words, the outlets table, organisation words, the
verbs a name takes and the place gazetteer. Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.article import analyse_article
from newsfuse.article.entity_types import entity_type, is_outlet_name, person_verb_follows
from newsfuse.article.gazetteer import is_place
from newsfuse.article.places import country_of
from newsfuse.compare.entities import resolve_entities
from newsfuse.ingest import read_paths
from newsfuse.lexicon import NAMED_EVENT_HEADS
from newsfuse.model import Article, ArticleAnalysis, Entity
from newsfuse.options import Options

# sentence, {name: type} for the names in it that are typed on evidence
SENTENCES: list[tuple[str, dict[str, str]]] = [
    ("Residents of San Francisco lined up for hours on Tuesday to vote on the new housing plan.", {}),
    (
        "Storm Darragh brought winds of 90mph to the coast of Wales overnight.",
        {"Storm Darragh": "EVENT", "Wales": "GPE"},
    ),
    ("Hurricane Milton made landfall near Sarasota late on Wednesday, officials said.", {"Hurricane Milton": "EVENT"}),
    ("The mayor of Los Angeles, Karen Bass, said the fires were contained.", {"Karen Bass": "PERSON"}),
    (
        "Flights from Hong Kong to New York were cancelled after Typhoon Yagi hit the region.",
        {"Hong Kong": "GPE", "New York": "GPE", "Typhoon Yagi": "EVENT"},
    ),
    ("HuffPost UK reported that the minister had resigned before the vote.", {"HuffPost UK": "ORG"}),
    ("The Washington Post said it would publish the full transcript on Friday.", {"Washington Post": "ORG"}),
    ("According to Agence France-Presse, the talks in Geneva ended without a deal.", {"Agence France-Presse": "ORG"}),
    (
        "Tropical Storm Debby dumped a foot of rain on South Carolina, forecasters said.",
        {"Tropical Storm Debby": "EVENT", "South Carolina": "GPE"},
    ),
    (
        "Maria Lopez, a nurse from Buenos Aires, told reporters she had waited six hours.",
        {"Maria Lopez": "PERSON", "Buenos Aires": "GPE"},
    ),
    ("Dr Amara Okafor said the clinic in Lagos would reopen next week.", {"Dr Amara Okafor": "PERSON"}),
    ("The Ghana News Agency said Ghana would host the summit in Accra.", {"Ghana News Agency": "ORG", "Ghana": "GPE"}),
    (
        "Rain fell across Northern Ireland as Storm Eowyn moved towards Scotland.",
        {"Northern Ireland": "GPE", "Storm Eowyn": "EVENT"},
    ),
    ("Senator Tom Hale of New Mexico said the bill would pass.", {}),
    ("Protesters gathered in Rio de Janeiro and Sao Paulo on Sunday.", {"Rio de Janeiro": "GPE", "Sao Paulo": "GPE"}),
    ("The New York Times reported that talks had stalled in Cape Town.", {"New York Times": "ORG", "Cape Town": "GPE"}),
    ("Prime Minister Jan Novak arrived in Buenos Aires for the trade talks.", {"Prime Minister Jan Novak": "PERSON"}),
    ("Officials in Santa Monica said the beach would stay closed.", {"Santa Monica": "GPE"}),
    ("Cyclone Alfred weakened as it approached the Gold Coast.", {"Cyclone Alfred": "EVENT", "Gold Coast": "GPE"}),
    (
        "The BBC said that Storm Bert had left thousands without power in South Wales.",
        {"Storm Bert": "EVENT", "South Wales": "GPE"},
    ),
    ("Sky News reported heavy flooding in Kuala Lumpur.", {"Sky News": "ORG", "Kuala Lumpur": "GPE"}),
    ("Mr Peter Grant, who lives in Middle England, said he would vote Labour.", {"Middle England": "GPE"}),
    ("Rescue teams reached New Orleans after Hurricane Ida passed.", {"New Orleans": "GPE", "Hurricane Ida": "EVENT"}),
    ("Al Jazeera said its reporters in Doha had been told to leave.", {"Al Jazeera": "ORG"}),
    (
        "The Associated Press reported that Lisa Moreno had won the race in Salt Lake City.",
        {"Associated Press": "ORG", "Lisa Moreno": "PERSON", "Salt Lake City": "GPE"},
    ),
    ("Firefighters in Palm Springs battled the blaze through the night.", {"Palm Springs": "GPE"}),
    ("Le Monde said President Claire Dubois would visit Abu Dhabi.", {"Le Monde": "ORG", "Abu Dhabi": "GPE"}),
    ("Channel 4 News reported that Hurricane Beryl had reached Saint Lucia.", {"Hurricane Beryl": "EVENT"}),
    ("Thousands marched through Mexico City and Guadalajara on Saturday.", {"Mexico City": "GPE"}),
    ("Deutsche Welle reported from Kuala Lumpur that the election was close.", {"Deutsche Welle": "ORG"}),
]


def analysis(id: str, body: str) -> ArticleAnalysis:
    return analyse_article(Article(id=id, source=f"{id}.txt", body=body))


def is_storm(name: str) -> bool:
    return any(w.lower() in NAMED_EVENT_HEADS for w in name.split()[:-1])


def not_a_person(name: str) -> bool:
    """A place, a storm or an outlet, whatever else the name might be."""
    return is_place(name) or country_of(name) is not None or is_storm(name) or is_outlet_name(name)


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    return [analysis(f"s{i:02d}", sentence) for i, (sentence, _) in enumerate(SENTENCES)]


def test_the_invented_set_has_thirty_sentences() -> None:
    assert len(SENTENCES) == 30


def test_no_place_storm_or_outlet_mention_is_typed_person(analyses: list[ArticleAnalysis]) -> None:
    people = [m.text for a in analyses for m in a.mentions if m.type == "PERSON"]
    assert people, "the set has people too"
    assert [name for name in people if not_a_person(name)] == []


def test_each_name_has_the_type_its_evidence_gives(analyses: list[ArticleAnalysis]) -> None:
    for a, (sentence, expected) in zip(analyses, SENTENCES, strict=True):
        typed = {m.text: m.type for m in a.mentions}
        for name, kind in expected.items():
            assert typed.get(name) == kind, (sentence, name, typed)


def test_no_place_storm_or_outlet_entity_is_a_person(analyses: list[ArticleAnalysis]) -> None:
    entities = resolve_entities("story", analyses)
    people = [e.name for e in entities if e.type == "PERSON"]
    assert {"Karen Bass", "Maria Lopez", "Amara Okafor", "Jan Novak", "Lisa Moreno", "Claire Dubois"} <= set(people)
    assert [name for name in people if not_a_person(name)] == []


def test_a_storm_named_once_in_full_keeps_its_short_name() -> None:
    entities = resolve_entities(
        "story", [analysis("a", "Storm Darragh reached the coast at dawn. By noon Darragh had cut power to a town.")]
    )
    storm = next(e for e in entities if e.name == "Storm Darragh")
    assert storm.type == "EVENT" and "Darragh" in storm.aliases


def test_a_country_stays_apart_from_the_outlet_named_after_it() -> None:
    entities = resolve_entities(
        "story",
        [
            analysis(
                "a", "Russia Today reported that Russia had closed the border. The Kenya News Agency said Kenya won."
            )
        ],
    )
    by_name = {e.name: e for e in entities}
    assert by_name["Russia Today"].type == "ORG" and by_name["Russia"].type == "GPE"
    assert by_name["Kenya News Agency"].type == "ORG" and by_name["Kenya"].type == "GPE"
    assert "Russia" not in by_name["Russia Today"].aliases


def test_a_persons_verbs_and_title_outweigh_a_town_of_the_same_name() -> None:
    """Carlos Barbosa and Juan Diaz are towns too; said, an age and a title make them people."""
    assert is_place("Carlos Barbosa") and is_place("Juan Diaz")
    assert entity_type("Juan Diaz", after=", 41, said he had left.") == "PERSON"
    assert entity_type("Juan Diaz", after=" told reporters") == "PERSON"
    assert entity_type("Juan Diaz", before="Flights to ", after=" were cancelled") == "GPE"
    assert entity_type("Juan Diaz", before="Officials in ", after=" said") == "GPE"
    entities = resolve_entities(
        "story",
        [
            analysis(
                "a", "Minister Carlos Barbosa met farmers on Monday. Later Carlos Barbosa flew home to the capital."
            )
        ],
    )
    assert next(e for e in entities if e.name == "Carlos Barbosa").type == "PERSON"


@pytest.mark.parametrize(
    ("after", "before", "expected"),
    [
        (" said on Monday", "", True),
        (", 34, was hurt", "", True),
        (" said", "officials in ", False),
        (" was", "", False),
        (" denied it", "", True),  # the past of a verb in -y, spelt right
        (" replies that", "", True),
        (" argued that", "", True),
        (" thought so", "", False),  # a verb of stance is no evidence of a person
        (" found water", "", False),
        (" state officials said", "", False),  # a base form is a noun as often as a verb
    ],
)
def test_person_verbs(after: str, before: str, expected: bool) -> None:
    assert person_verb_follows(after, before) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("HuffPost UK", True), ("Reuters", True), ("GNA", True), ("Metro", False), ("Ana Vell", False)],
)
def test_outlet_names_from_the_table_and_their_shape(name: str, expected: bool) -> None:
    """A one-word outlet name that is a common English word ("Metro") is no evidence on its own."""
    assert is_outlet_name(name) is expected


def test_on_the_seeds_no_place_storm_or_outlet_is_a_person_and_the_outlet_is_an_org(example_dir: Path) -> None:
    seeds = [analyse_article(a) for a in read_paths([example_dir], Options()) if isinstance(a, Article)]
    entities: tuple[Entity, ...] = resolve_entities("seed", seeds)
    people = [e.name for e in entities if e.type == "PERSON"]
    assert "Keir Starmer" in people and "Donald Trump" in people
    assert [name for name in people if not_a_person(name)] == []
    assert next(e for e in entities if e.name == "HuffPost UK").type == "ORG"
    assert next(e for e in entities if e.name == "Europe").type == "GPE"
