"""The HTML report: one self-contained page with every section, links that land, highlights from spans."""

from __future__ import annotations

import re

import pytest

from html_probe import Page, parse
from newsfuse.model import Report, Story
from newsfuse.report import render

SECTIONS = ("glance", "summary", "quotes", "claims", "conflicts", "entities", "originality", "timeline", "articles")


@pytest.fixture(scope="module")
def page(seed_report: Report) -> Page:
    return parse(render(seed_report, "html"))


def test_every_section_of_the_story_is_there(page: Page) -> None:
    ids = page.ids()
    for section in SECTIONS:
        assert f"s1-{section}" in ids


def test_self_contained_no_network(seed_report: Report) -> None:
    html = render(seed_report, "html")
    page = parse(html)
    for tag, attrs in page.tags:
        assert tag not in {"link", "img", "iframe"}
        assert not (attrs.get("src") or "").strip(), (tag, attrs)
        href = attrs.get("href") or ""
        assert href.startswith("#") or not href, (tag, attrs)
    assert not re.search(
        r"url\(|@import|https?://", "".join(page.scripts) + html.split("<style>")[1].split("</style>")[0]
    )


def test_structure_ids_and_links(page: Page) -> None:
    assert page.errors == [] and page.stack == []
    ids = page.ids()
    assert len(ids) == len(set(ids))
    missing = [link for link in page.links() if link[1:] not in ids]
    assert missing == []


def test_each_quotation_links_to_its_mark_in_the_article(page: Page, seed_report: Report) -> None:
    marks = {a["id"]: a for t, a in page.tags if t == "mark" and a.get("id")}
    quote_links = [a["href"] for t, a in page.tags if t == "a" and "quote-link" in (a.get("class") or "")]
    assert len(quote_links) == len(seed_report.quotes)
    for href in quote_links:
        assert href and "quote" in (marks[href[1:]].get("class") or "")


def test_altered_quotations_show_a_side_by_side_diff(seed_report: Report) -> None:
    html = render(seed_report, "html")
    trump = html.split("<h4>Donald Trump")[1]
    altered = trump.split('<li class="v-altered">')[1].split("</li>")[0]
    assert '<div class="diff">' in altered
    assert "<del>very much.</del>" in altered and "<ins>a certain point.</ins>" in altered


def test_highlights_come_from_spans(seed_report: Report) -> None:
    page = parse(render(seed_report, "html"))
    for quote in seed_report.quotes:
        body = next(a.body for a in seed_report.articles if a.id == quote.article)
        for span in quote.spans:
            assert span.slice(body) in page.all_text()
    marked = [a for t, a in page.tags if t == "mark"]
    assert any("misspelling" in (a.get("class") or "") for a in marked)
    assert any("v-altered" in (a.get("class") or "") for a in marked)


def test_several_stories_get_an_index_and_a_section_each(seed_report: Report) -> None:
    ids = seed_report.stories[0].articles
    stories = (Story(id="a", label="First", articles=ids[:3]), Story(id="b", label="Second", articles=ids[3:]))
    page = parse(render(Report(articles=seed_report.articles, stories=stories), "html"))
    assert "index" in page.ids()
    assert {"#s1", "#s2"} <= set(page.links())
    for n in (1, 2):
        for section in SECTIONS:
            assert f"s{n}-{section}" in page.ids()
    assert "No quotations found." in page.all_text()


def test_phone_viewport_is_declared(page: Page) -> None:
    assert any(a.get("name") == "viewport" for t, a in page.tags if t == "meta")
