"""The HTML report: one self-contained page with every section, links that land, highlights from spans.

The page of the fixture is also checked byte for byte against a golden file
(``NEWSFUSE_UPDATE_GOLDEN=1`` rewrites it; review the diff).
"""

from __future__ import annotations

import re

import pytest

from html_probe import Page, parse
from newsfuse.model import Report, Story
from newsfuse.report import render
from report_fixture import check_golden

SECTIONS = ("glance", "summary", "quotes", "claims", "conflicts", "entities", "originality", "timeline", "articles")


@pytest.fixture(scope="module")
def page(story_report: Report) -> Page:
    return parse(render(story_report, "html"))


def test_story_report_matches_golden(story_report: Report) -> None:
    check_golden("kestrel-bridge.html", render(story_report, "html"))


def test_every_section_of_the_story_is_there(page: Page) -> None:
    ids = page.ids()
    for section in SECTIONS:
        assert f"s1-{section}" in ids


def test_self_contained_no_network(story_report: Report) -> None:
    html = render(story_report, "html")
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


def test_each_quotation_links_to_its_mark_in_the_article(page: Page, story_report: Report) -> None:
    marks = {a["id"]: a for t, a in page.tags if t == "mark" and a.get("id")}
    quote_links = [a["href"] for t, a in page.tags if t == "a" and "quote-link" in (a.get("class") or "")]
    assert len(quote_links) == len(story_report.quotes)
    for href in quote_links:
        assert href and "quote" in (marks[href[1:]].get("class") or "")


def test_altered_quotations_show_a_side_by_side_diff(story_report: Report) -> None:
    html = render(story_report, "html")
    minister = html.split("<h4>Tobias Wren")[1]
    altered = minister.split('<li class="v-altered">')[1].split("</li>")[0]
    assert '<div class="diff">' in altered
    assert "<del>inspectors are satisfied.</del>" in altered and "<ins>end of the summer.</ins>" in altered


def test_highlights_come_from_spans(story_report: Report) -> None:
    page = parse(render(story_report, "html"))
    for quote in story_report.quotes:
        body = next(a.body for a in story_report.articles if a.id == quote.article)
        for span in quote.spans:
            assert span.slice(body) in page.all_text()
    marked = [a for t, a in page.tags if t == "mark"]
    assert any("misspelling" in (a.get("class") or "") for a in marked)
    assert any("v-altered" in (a.get("class") or "") for a in marked)


def test_several_stories_get_an_index_and_a_section_each(story_report: Report) -> None:
    ids = story_report.stories[0].articles
    stories = (Story(id="a", label="First", articles=ids[:3]), Story(id="b", label="Second", articles=ids[3:]))
    page = parse(render(Report(articles=story_report.articles, stories=stories), "html"))
    assert "index" in page.ids()
    assert {"#s1", "#s2"} <= set(page.links())
    for n in (1, 2):
        for section in SECTIONS:
            assert f"s{n}-{section}" in page.ids()
    assert "No quotations found." in page.all_text()


def test_phone_viewport_is_declared(page: Page) -> None:
    assert any(a.get("name") == "viewport" for t, a in page.tags if t == "meta")


def test_an_article_body_escapes_every_piece_of_text_and_marks_what_findings_cover() -> None:
    from newsfuse.report.highlight import Segment
    from newsfuse.report.html import body_html

    plain = Segment('The mayor\'s <b>plan</b> & "the rest" ')
    marked = Segment(
        "“it <i>will</i> hold”",
        kinds=("quote", "v-altered"),
        tokens=("q1", "c2"),
        anchors=("q1", "c2"),
        title='a "title"',
    )
    html = str(body_html(((plain, marked), (Segment("Second paragraph."),))))
    assert html == (
        "\n<p>The mayor&#39;s &lt;b&gt;plan&lt;/b&gt; &amp; &#34;the rest&#34; "
        '<span id="c2"></span><mark class="quote v-altered f-q1 f-c2" id="q1" title="a &#34;title&#34;">'
        "“it &lt;i&gt;will&lt;/i&gt; hold”</mark></p>"
        "\n<p>Second paragraph.</p>"
    )
    assert str(body_html(())) == ""
