"""Copies of one text are analysed and compared once; every copy still gets its findings (issue #21)."""

from __future__ import annotations

import sys
from collections import Counter

import msgspec
import pytest

from newsfuse.compare import copies
from newsfuse.compare.copies import analysis_for_copy, set_aside
from newsfuse.model import Article, ArticleAnalysis, Report, Story
from newsfuse.pipeline import analyze_articles
from newsfuse.runner import run_article

BODY = (
    "LAKETON, May 6 (Wire Service) - The city council voted on Tuesday to close the old ferry pier, "
    "which has carried about 3,000 passengers a day since 1961.\n\n"
    '"The pier has served us well, but it is no longer safe," said mayor Lotte Feldberg. '
    "She said repairs would have cost 40 million dollars.\n\n"
    'Harbour master Ivo Santos said the ferries would move to the new terminal in June. "Nobody will lose a '
    'crossing," he told reporters.\n\n'
    "The pier will be demolished next year, the council said."
)
OTHER = (
    "A late frost damaged most of the apple blossom in the valley on Monday night, growers said. "
    '"We will know in a month how bad it is," said farmer Ruth Okafor, who grows apples on 40 hectares.'
)


def copy_of(n: int, **changes: str) -> Article:
    fields = {
        "id": f"pier-copy-{n:03d}",
        "source": f"outlet{n}/pier.html",
        "body": BODY,
        "title": f"Old pier to close ({n})",
        "outlet": f"Daily Outlet {n}",
        "published": f"2025-05-06T{8 + n % 10:02d}:15:00+00:00",
        "credit": "Wire Service",
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def corpus(n: int) -> list[Article]:
    other = Article(id="frost-story-1", source="frost.txt", body=OTHER, outlet="Farm News", published="2025-05-06")
    return [copy_of(i) for i in range(n)] + [other]


def test_a_copy_analysed_once_is_what_analysing_it_gives() -> None:
    first, second = copy_of(1), copy_of(2, title="Another headline", outlet="Another Outlet", url="https://x.test/a")
    analysed = run_article(first)
    assert isinstance(analysed, ArticleAnalysis) and analysed.quotes
    assert analysis_for_copy(analysed, second) == run_article(second)


def test_short_ids_are_never_swapped() -> None:
    analysed = run_article(copy_of(1, id="a"))
    assert analysis_for_copy(analysed, copy_of(2, id="b")) is None  # type: ignore[arg-type]


def test_two_copies_are_compared_as_they_are() -> None:
    analyses = [run_article(a) for a in corpus(2)]
    story = Story(id="s", label="pier", articles=tuple(a.article.id for a in analyses))  # type: ignore[union-attr]
    kept_story, kept, aside = set_aside(story, analyses)  # type: ignore[arg-type]
    assert kept_story == story and list(kept) == analyses and not aside.articles


def the_pier_story(report: Report) -> Story:
    return next(s for s in report.stories if "pier-copy-000" in s.articles)


def findings_by_article(report: Report) -> dict[str, object]:
    story = the_pier_story(report).id
    quotes = [q for q in report.quotes if q.story == story]
    claims = [c for c in report.claims if c.story == story]
    return {
        "verdicts": sorted(Counter((q.article, q.verdict, q.text) for q in quotes).items()),
        "claims": sorted((c.text, c.independent_sources, sorted(s.article for s in c.sources)) for c in claims),
        "entities": sorted((e.name, sorted(set(e.articles))) for e in report.entities if e.story == story),
        "originality": sorted((o.article, o.original) for o in report.originality if o.story == story),
        "sources": sorted(sorted(g.articles) for g in report.sources if g.story == story),
        "utterances": sorted(sorted(u.quotes) for u in report.utterances if u.story == story),
        "timeline": sorted(
            (t.event, sorted(s.article for s in t.sources)) for t in report.timeline if t.story == story
        ),
    }


def test_many_copies_say_what_comparing_every_copy_says(monkeypatch: pytest.MonkeyPatch) -> None:
    grouped = analyze_articles(corpus(7))
    monkeypatch.setattr(copies, "KEPT", sys.maxsize)
    every = analyze_articles(corpus(7))
    story, story_every = the_pier_story(grouped), the_pier_story(every)
    assert story.coverage == story_every.coverage == 7
    assert story.independent_sources == story_every.independent_sources == 1
    assert sorted(story.articles) == sorted(story_every.articles)
    assert findings_by_article(grouped) == findings_by_article(every)
    pier_reuse = [r for r in grouped.reuse if r.story == story.id]
    assert len(pier_reuse) == 1  # one row for the text, not one per pair of its 7 copies
    assert len([r for r in every.reuse if r.story == story_every.id]) == 21


def test_every_finding_of_a_copy_points_into_its_own_body() -> None:
    report = analyze_articles(corpus(6))
    bodies = {a.id: a.body for a in report.articles}
    for quote in report.quotes:
        assert all(bodies[quote.article][s.start : s.end] for s in quote.spans)
        assert " ".join(bodies[quote.article][s.start : s.end] for s in quote.spans) == quote.text
    for claim in report.claims:
        for source in claim.sources:
            assert bodies[source.article][source.span.start : source.span.end]
    quote_ids = {q.id for q in report.quotes}
    assert all(set(u.quotes) <= quote_ids for u in report.utterances)
    assert len(quote_ids) == len(report.quotes)
    assert msgspec.json.decode(msgspec.json.encode(report), type=Report) == report


def test_a_copy_of_an_article_that_fails_fails_the_same_way_under_its_own_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsfuse import runner
    from newsfuse.model import Problem
    from newsfuse.options import Options
    from newsfuse.pipeline import analyse_distinct

    calls: list[str] = []

    def failing(article: Article, *args: object, **kwargs: object) -> Problem:
        calls.append(article.source)
        return Problem(source=article.source, reason="the stage broke", stage="quotes")

    monkeypatch.setattr(runner, "run_article", failing)
    analyses, problems = analyse_distinct([copy_of(1), copy_of(2), copy_of(3)], Options(jobs=1))
    assert analyses == []
    assert [(p.source, p.reason, p.stage) for p in problems] == [
        (f"outlet{n}/pier.html", "the stage broke", "quotes") for n in (1, 2, 3)
    ]
    assert calls == ["outlet1/pier.html"]  # the copies are not analysed again
