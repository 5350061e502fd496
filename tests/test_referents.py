"""A summary sentence opening on "He" or "She" names who it is, only where the article makes it plain."""

from __future__ import annotations

from newsfuse.article import analyse_article
from newsfuse.compare.entities import resolve_entities
from newsfuse.compare.referents import opening_referent
from newsfuse.model import Article, ArticleAnalysis


def _analysed(body: str) -> ArticleAnalysis:
    return analyse_article(Article(id="a", source="a.txt", body=body))


def _referent(body: str, opening: str) -> str | None:
    analysis = _analysed(body)
    entities = resolve_entities("s", [analysis])
    index = next(k for k, s in enumerate(analysis.sentences) if body[s.start : s.end].startswith(opening))
    found = opening_referent(analysis, index, analysis.sentences[index].span, analysis.quotes, entities)
    return found[1] if found else None


def test_the_one_person_named_just_before_is_the_referent() -> None:
    body = (
        "Mayor Linda Okafor welcomed the vote at a press conference outside the town hall.\n\n"
        "She said the harbour budget would pay for new cranes and flood walls."
    )
    assert _referent(body, "She said") == "Okafor"


def test_two_people_named_just_before_leave_the_pronoun_unresolved() -> None:
    body = (
        "Mayor Linda Okafor met Governor Paul Mendes at the town hall on Monday.\n\n"
        "She said the harbour budget would pay for new cranes and flood walls."
    )
    assert _referent(body, "She said") is None


def test_only_subject_pronouns_are_resolved() -> None:
    body = (
        "Mayor Linda Okafor welcomed the vote at a press conference outside the town hall.\n\n"
        "They said the harbour budget would pay for new cranes and flood walls."
    )
    assert _referent(body, "They said") is None


def test_no_person_before_no_referent() -> None:
    body = "He said the harbour budget would pay for new cranes and flood walls in the spring."
    assert _referent(body, "He said") is None
