"""Entities: names and roles under one name each; misspellings flagged only on the story's evidence."""

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
        ("US President Tom Holt", "US President", "Tom Holt"),
        ("British Prime Minister Ana Vell", "British Prime Minister", "Ana Vell"),
        ("Sir Omar", "Sir", "Omar"),
        ("Ukrainian president Olena Dornyk", "Ukrainian president", "Olena Dornyk"),
        ("Pavel Dorn", "", "Pavel Dorn"),
        ("White House Chief of Staff Lena Holt", "White House Chief of Staff", "Lena Holt"),
        ("Justice Department", "", "Justice Department"),
    ],
)
def test_titles_and_roles_come_off_the_name(text: str, title: str, name: str) -> None:
    assert split_title(text) == (title, name)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [("the PM", "prime minister"), ("the US president", "president"), ("The British Prime Minister", "prime minister")],
)
def test_role_phrases_name_one_role(phrase: str, role: str) -> None:
    assert role_key(phrase) == role


def test_mentions_from_a_long_sentence() -> None:
    body = (
        "British Prime Minister Ana Vell will ask US President Tom Holt to back a “safety net” for the grain "
        "deal that Russian President Pavel Dorn signed last year with Ukraine."
    )
    article = Article(id="a", source="a", body=body)
    texts = [(m.text, m.type) for m in find_mentions(article, ArticleText(article))]
    assert ("British Prime Minister Ana Vell", "PERSON") in texts
    assert ("US President Tom Holt", "PERSON") in texts
    assert ("Russian President Pavel Dorn", "PERSON") in texts
    assert ("Ukraine", "GPE") in texts
    for m in find_mentions(article, ArticleText(article)):
        assert m.span.slice(body) == m.text


def test_sentence_openers_are_not_names() -> None:
    body = "However, the talks went on. Speaking to journalists, Vell said she was hopeful. Vell left."
    article = Article(id="a", source="a", body=body)
    texts = {m.text for m in find_mentions(article, ArticleText(article))}
    assert "However" not in texts and "Speaking" not in texts
    assert "Vell" in texts


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
        "British Prime Minister Hugh Ashdown met French President Luc Marchand in Paris. "
        "Marchand has called Dovzhensky a gambler. Sir Hugh said the talks went well.",
    )
    b = analysis(
        "b",
        "Hugh Ashdown, the Prime Minister of the UK, flew home. The prime minister said Taras Dovzhenskyy "
        "would visit. President Dovzhenskyy will meet Ashdown on Sunday.",
    )
    entities = resolve_entities("s", [a, b])
    ashdown = entity_of(entities, "Hugh Ashdown")
    aliases = {a.lower() for a in ashdown.aliases}
    assert {"sir hugh", "ashdown", "the prime minister", "british prime minister hugh ashdown"} <= aliases
    assert ashdown.name == "Hugh Ashdown" and ashdown.type == "PERSON"
    dovzhenskyy = entity_of(entities, "Dovzhensky")
    assert dovzhenskyy.name == "Taras Dovzhenskyy"
    assert {"Dovzhenskyy", "President Dovzhenskyy"} <= set(dovzhenskyy.aliases)
    assert entity_of(entities, "Marchand") is not ashdown
    assert entity_of(entities, "Paris").name == "France"
    assert not [m for e in entities for m in e.misspellings]


def test_qualified_role_goes_to_the_holder_of_that_country() -> None:
    a = analysis(
        "a",
        "French president Luc Marchand met Irish President Nora Keane. "
        "Keane spoke first. Keane praised Marchand. The French president said little.",
    )
    entities = resolve_entities("s", [a])
    assert "the french president" in {a.lower() for a in entity_of(entities, "Luc Marchand").aliases}


@pytest.mark.parametrize(
    ("written", "intended", "counts", "flagged"),
    [
        pytest.param("Dimtri", "Dmitri", (1, 5, 1), True, id="swapped-letters"),
        pytest.param("Neto", "Nato", (1, 1, 1), True, id="rare-form-of-a-common-word"),
        pytest.param("Dovzhensky", "Dovzhenskyy", (1, 4, 1), False, id="transliteration-variant"),
        pytest.param("Russian", "Russia", (1, 5, 1), False, id="demonym"),
        pytest.param("Texans", "Texas", (1, 3, 1), False, id="ending"),
        pytest.param("Dimtri", "Dmitri", (2, 5, 2), False, id="printed-by-two-outlets"),
        pytest.param("Dmitri", "Dimtri", (5, 1, 4), False, id="the-common-form-is-not-the-slip"),
        pytest.param("Sestak", "Sestok", (3, 3, 1), False, id="no-evidence-either-way"),
    ],
)
def test_misspelling_needs_story_evidence(
    written: str, intended: str, counts: tuple[int, int, int], flagged: bool
) -> None:
    assert misspelling_of(written, intended, *counts) is flagged


def test_transliteration_key_joins_variants() -> None:
    assert translit_key("Dovzhensky") == translit_key("Dovzhenskyy") == translit_key("Dovzhenskiy")
    assert translit_key("Orlov") != translit_key("Orlav")


def test_a_rare_correct_spelling_is_not_flagged() -> None:
    # "Kyl" is a rare word beside the common "Kyle", but both outlets print it: a real name.
    a = analysis("a", "Senator Jon Kyl said the treaty needed more work. Kyl spoke to reporters. Kyle Busch won.")
    b = analysis("b", "Jon Kyl, the Arizona senator, opposed the treaty. Kyl said so on Tuesday.")
    entities = resolve_entities("s", [a, b])
    assert not [m for e in entities for m in e.misspellings]
    assert entity_of(entities, "Kyl") is not entity_of(entities, "Kyle Busch")


def test_a_slip_beside_the_common_form_in_other_outlets_is_flagged_with_its_span() -> None:
    a = analysis("a", "The British Prime Minister has said that Dimtri Orlov will strike again.")
    b = analysis("b", "Russian President Dmitri Orlov ordered the strike. Orlov denies it.")
    c = analysis("c", "Dmitri Orlov could strike again, Ashdown said.")
    entities = resolve_entities("s", [a, b, c])
    orlov = entity_of(entities, "Orlov")
    (slip,) = orlov.misspellings
    assert (slip.written, slip.means, slip.article) == ("Dimtri Orlov", "Dmitri Orlov", "a")
    assert slip.span.slice(a.article.body) == "Dimtri Orlov"
    assert "Dimtri Orlov" in orlov.aliases


def test_a_role_qualifier_is_a_name_of_its_own() -> None:
    body = "Holt acted at the request of White House Chief of Staff Lena Marsh and Nato secretary-general Jonas Vik."
    article = Article(id="a", source="a", body=body)
    texts = [(m.text, m.type) for m in find_mentions(article, ArticleText(article))]
    assert ("White House", "ORG") in texts and ("Nato", "ORG") in texts
    assert ("White House Chief of Staff Lena Marsh", "PERSON") in texts
    assert ("White", "ORG") not in texts


_WORDS = st.sampled_from(
    [
        "Ashdown",
        "Marchand",
        "Nato",
        "Neto",
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
        "Hugh",
        "the PM",
        "Dovzhensky",
        "Dovzhenskyy",
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
        "Prime Minister Jane Holt flew to Ottawa on Monday.\n\n"
        "The prime minister said the talks would be hard.\n\n"
        "Holt met the mayor before the talks."
    )
    entities = resolve_entities("s", [analysis("a", body)])
    holt = entity_of(entities, "Jane Holt")
    assert "the prime minister" in holt.aliases
    assert "The prime minister" not in holt.aliases
