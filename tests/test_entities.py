"""Entities: names and roles under one name each; misspellings flagged only on the story's evidence.

The people, places and events are made up: a fisheries dispute, a port loan, a club transfer, a
coastal repair.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.article import analyse_article
from newsfuse.article.mentions import find_mentions, role_key, split_title
from newsfuse.article.text import ArticleText
from newsfuse.compare.entities import resolve_entities
from newsfuse.compare.spelling import misspelling_of, translit_key
from newsfuse.model import Article, ArticleAnalysis, Entity


def analysis(id: str, body: str) -> ArticleAnalysis:
    return analyse_article(Article(id=id, source=f"{id}.txt", body=body))


def entity_of(entities: tuple[Entity, ...], alias: str) -> Entity:
    return next(e for e in entities if alias.lower() in {a.lower() for a in e.aliases})


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Mexican President Alma Reyes", "Mexican President", "Alma Reyes"),
        ("Danish Prime Minister Sofie Brandt", "Danish Prime Minister", "Sofie Brandt"),
        ("Dame Priya", "Dame", "Priya"),
        ("Brazilian president Caio Mendes", "Brazilian president", "Caio Mendes"),
        ("Ilse Varga", "", "Ilse Varga"),
        ("Labour Party Chief of Staff Rhea Moss", "Labour Party Chief of Staff", "Rhea Moss"),
        ("Transport Department", "", "Transport Department"),
    ],
)
def test_titles_and_roles_come_off_the_name(text: str, title: str, name: str) -> None:
    assert split_title(text) == (title, name)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("the PM", "prime minister"),
        ("the Mexican president", "president"),
        ("The Danish Prime Minister", "prime minister"),
    ],
)
def test_role_phrases_name_one_role(phrase: str, role: str) -> None:
    assert role_key(phrase) == role


def test_mentions_from_a_long_sentence() -> None:
    body = (
        "Danish Prime Minister Sofie Brandt will urge Mexican President Alma Reyes to fund a “bridge loan” for "
        "the port that Brazilian President Caio Mendes toured last spring in Norway."
    )
    article = Article(id="a", source="a", body=body)
    texts = [(m.text, m.type) for m in find_mentions(article, ArticleText(article))]
    assert ("Danish Prime Minister Sofie Brandt", "PERSON") in texts
    assert ("Mexican President Alma Reyes", "PERSON") in texts
    assert ("Brazilian President Caio Mendes", "PERSON") in texts
    assert ("Norway", "GPE") in texts
    for m in find_mentions(article, ArticleText(article)):
        assert m.span.slice(body) == m.text


def test_sentence_openers_are_not_names() -> None:
    body = "Meanwhile, the hearing dragged on. Speaking outside the court, Brandt said a ruling was near. Brandt left."
    article = Article(id="a", source="a", body=body)
    texts = {m.text for m in find_mentions(article, ArticleText(article))}
    assert "Meanwhile" not in texts and "Speaking" not in texts
    assert "Brandt" in texts


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_mentions_and_quantities_of_any_text_point_into_the_text(body: str) -> None:
    a = analyse_article(Article(id="a", source="a", body=body))
    for m in a.mentions:
        assert 0 <= m.span.start < m.span.end <= len(body)
        assert m.span.slice(body) == m.text
    for q in a.quantities:
        assert q.span.slice(body) == q.text


def test_names_roles_and_transliterations_group_under_one_entity() -> None:
    a = analysis(
        "a",
        "Australian Prime Minister Neville Tremain met Mexican President Alma Reyes in Canberra. "
        "Reyes has called Petrovsky a pirate. Sir Neville said the fishing talks went well.",
    )
    b = analysis(
        "b",
        "Neville Tremain, the Prime Minister of Australia, flew to the coast. The prime minister said Anatoly "
        "Petrovskyy would be fined. Commissioner Petrovskyy will meet Tremain on Sunday.",
    )
    entities = resolve_entities("s", [a, b])
    tremain = entity_of(entities, "Neville Tremain")
    aliases = {a.lower() for a in tremain.aliases}
    assert {"sir neville", "tremain", "the prime minister", "australian prime minister neville tremain"} <= aliases
    assert tremain.name == "Neville Tremain" and tremain.type == "PERSON"
    petrovskyy = entity_of(entities, "Petrovsky")
    assert petrovskyy.name == "Anatoly Petrovskyy"
    assert {"Petrovskyy", "Commissioner Petrovskyy"} <= set(petrovskyy.aliases)
    assert entity_of(entities, "Reyes") is not tremain
    assert entity_of(entities, "Canberra").name == "Australia"
    assert not [m for e in entities for m in e.misspellings]


def test_qualified_role_goes_to_the_holder_of_that_country() -> None:
    a = analysis(
        "a",
        "Brazilian president Caio Mendes met Mexican President Alma Reyes. "
        "Reyes spoke first. Reyes thanked Mendes. The Brazilian president said little.",
    )
    entities = resolve_entities("s", [a])
    assert "the brazilian president" in {a.lower() for a in entity_of(entities, "Caio Mendes").aliases}


@pytest.mark.parametrize(
    ("written", "intended", "counts", "flagged"),
    [
        pytest.param("Micheal", "Michael", (1, 5, 1), True, id="swapped-letters"),
        pytest.param("Oxfan", "Oxfam", (1, 1, 1), True, id="rare-form-of-a-common-word"),
        pytest.param("Petrovsky", "Petrovskyy", (1, 4, 1), False, id="transliteration-variant"),
        pytest.param("Chilean", "Chile", (1, 5, 1), False, id="demonym"),
        pytest.param("Kansans", "Kansas", (1, 3, 1), False, id="ending"),
        pytest.param("Micheal", "Michael", (2, 5, 2), False, id="printed-by-two-outlets"),
        pytest.param("Michael", "Micheal", (5, 1, 4), False, id="the-common-form-is-not-the-slip"),
        pytest.param("Dorval", "Dorvel", (3, 3, 1), False, id="no-evidence-either-way"),
        pytest.param("Aan", "Ana", (1, 5, 1), False, id="too-short-to-judge"),
        pytest.param("Hlen", "Helen", (1, 5, 1), True, id="four-letters-are-judged"),
    ],
)
def test_misspelling_needs_story_evidence(
    written: str, intended: str, counts: tuple[int, int, int], flagged: bool
) -> None:
    assert misspelling_of(written, intended, *counts) is flagged


def test_transliteration_key_joins_variants() -> None:
    assert translit_key("Petrovsky") == translit_key("Petrovskyy") == translit_key("Petrovskiy")
    assert translit_key("Kozlov") != translit_key("Kozlav")


def test_a_rare_correct_spelling_is_not_flagged() -> None:
    # "Brax" is a rare word beside the common "Brad", but both outlets print it: a real name.
    a = analysis("a", "Councillor Ola Brax said the harbour plan needed work. Brax spoke to reporters. Brad Penn won.")
    b = analysis("b", "Ola Brax, the harbour councillor, opposed the plan. Brax said so on Tuesday.")
    entities = resolve_entities("s", [a, b])
    assert not [m for e in entities for m in e.misspellings]
    assert entity_of(entities, "Brax") is not entity_of(entities, "Brad Penn")


def test_a_slip_beside_the_common_form_in_other_outlets_is_flagged_with_its_span() -> None:
    a = analysis("a", "The club has confirmed that Micheal Brennan will leave in June.")
    b = analysis("b", "Club captain Michael Brennan agreed terms with a Dutch side. Brennan denies it.")
    c = analysis("c", "Michael Brennan could leave before the summer, Okafor said.")
    entities = resolve_entities("s", [a, b, c])
    brennan = entity_of(entities, "Brennan")
    (slip,) = brennan.misspellings
    assert (slip.written, slip.means, slip.article) == ("Micheal Brennan", "Michael Brennan", "a")
    assert slip.span.slice(a.article.body) == "Micheal Brennan"
    assert "Micheal Brennan" in brennan.aliases


def test_a_role_qualifier_is_a_name_of_its_own() -> None:
    body = "Reyes acted at the request of Labour Party Chief of Staff Rhea Moss and Unicef director Hana Sato."
    article = Article(id="a", source="a", body=body)
    texts = [(m.text, m.type) for m in find_mentions(article, ArticleText(article))]
    assert ("Labour Party", "ORG") in texts and ("Unicef", "ORG") in texts
    assert ("Labour Party Chief of Staff Rhea Moss", "PERSON") in texts
    assert ("Labour", "ORG") not in texts


_WORDS = st.sampled_from(
    [
        "Tremain",
        "Reyes",
        "Oxfam",
        "Oxfan",
        "the",
        "president",
        "said",
        "on",
        "Friday",
        "Feb.",
        "27",
        "2.5%",
        "$5",
        "million",
        "Sir",
        "Neville",
        "the PM",
        "Petrovsky",
        "Petrovskyy",
        "US",
        "killed",
        "people",
        ",",
        ".",
        "“",
        "”",
        "\n",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=40).map(" ".join), min_size=1, max_size=3))
def test_story_stages_hold_on_any_articles(bodies: list[str]) -> None:
    from newsfuse.compare.claims import find_claims
    from newsfuse.compare.conflicts import find_conflicts
    from newsfuse.compare.timeline import build_timeline
    from newsfuse.model import SourceGroup

    analyses = [analysis(f"a{i}", body) for i, body in enumerate(bodies)]
    groups = [SourceGroup(story="s", articles=(a.article.id,)) for a in analyses]
    texts = {a.article.id: a.article.body for a in analyses}
    for e in resolve_entities("s", analyses):
        assert all(m.span.slice(texts[m.article]) == m.text for m in e.mentions)
    for c in find_claims("s", analyses, groups):
        assert 1 <= c.independent_sources <= len(c.sources)
    for x in find_conflicts("s", analyses):
        assert len({v.article for v in x.values}) >= 2
    build_timeline("s", analyses)


def test_a_role_noun_opening_a_sentence_is_listed_in_lower_case() -> None:
    body = (
        "Governor Elsa Brandt flew to the coast on Monday.\n\n"
        "The governor said the sea wall repairs would be costly.\n\n"
        "Brandt met the harbour board before the repairs."
    )
    entities = resolve_entities("s", [analysis("a", body)])
    brandt = entity_of(entities, "Elsa Brandt")
    assert "the governor" in brandt.aliases
    assert "The governor" not in brandt.aliases


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        pytest.param(
            "The vote was close. Sen. Tal Oren met Del. Ana Vell in the harbour office on Monday.",
            [("Sen. Tal Oren", "PERSON"), ("Del. Ana Vell", "PERSON")],
            id="title-mid-sentence",
        ),
        pytest.param(
            "Del. Ana Vell, who chairs the ferry committee, said the fares would rise.",
            [("Del. Ana Vell", "PERSON")],
            id="title-opens-the-sentence",
        ),
        pytest.param(
            "Ana del Campo, who runs the ferry, said the fares would rise.",
            [("Ana del Campo", "PERSON")],
            id="particle-inside-a-name",
        ),
    ],
)
def test_a_title_that_is_also_a_particle_is_a_title_only_with_its_full_stop(
    body: str, mentions: list[tuple[str, str]]
) -> None:
    """ "Del." (a state delegate) before a name is that person's title, one mention with the name, as "Sen." is;
    the "del" of "Ana del Campo" stays a particle of the name."""
    article = Article(id="a", source="a", body=body)
    assert [(m.text, m.type) for m in find_mentions(article, ArticleText(article))] == mentions
    assert split_title("Del. Ana Vell") == ("Del.", "Ana Vell")
