"""Every report names outlets, coverage and independent sources, and links back to the article's address."""

from __future__ import annotations

import json

import pytest

from newsfuse.model import Article, Report, SourceGroup, Story
from newsfuse.report import render

BODY = "The harbour bridge will close for six weeks of repairs, the council said on Friday."


def report() -> Report:
    articles = (
        Article(
            id="wire",
            source="feed.jsonl:1",
            body=BODY,
            title="Bridge to close",
            outlet="Reuters",
            outlet_kind="agency",
            url="https://www.reuters.com/bridge",
        ),
        Article(
            id="copy",
            source="feed.jsonl:2",
            body=BODY,
            title="Bridge shuts",
            outlet="Port Elspeth Clarion",
            url="https://clarion.example/a)(<b>x</b>",
            reprint_of="wire",
        ),
        Article(id="bad", source="notes/copy.txt", body=BODY + " Ferries run.", url="javascript:alert(1)"),
    )
    story = Story(
        id="s1",
        label="Bridge",
        articles=("wire", "copy", "bad"),
        independent_sources=2,
        coverage=3,
        outlets=("Reuters", "Port Elspeth Clarion"),
        absent_outlets=("Harbour Evening News",),
    )
    sources = (
        SourceGroup(
            story="s1", articles=("wire", "copy"), origin="Reuters", outlets=("Reuters", "Port Elspeth Clarion")
        ),
        SourceGroup(story="s1", articles=("bad",), outlets=(None,)),
    )
    return Report(articles=articles, stories=(story,), sources=sources)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_show_coverage_sources_outlets_and_reprints(fmt: str) -> None:
    document = render(report(), fmt)
    for words in ("coverage", "3", "Reuters", "Port Elspeth Clarion", "Harbour Evening News", "reprint of Reuters"):
        assert words in document, words
    assert "unknown outlet" in document


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_links_back_are_http_only_and_cannot_break_out(fmt: str) -> None:
    document = render(report(), fmt)
    assert "https://www.reuters.com/bridge" in document
    assert "https://clarion.example/a%29%28%3Cb%3Ex%3C/b%3E" in document
    assert "javascript:" not in document and "<b>x</b>" not in document


def test_the_json_report_carries_outlets_reprints_and_coverage() -> None:
    document = json.loads(render(report(), "json"))
    assert [a["reprint_of"] for a in document["articles"]] == [None, "wire", None]
    assert document["stories"][0]["coverage"] == 3 and document["stories"][0]["independent_sources"] == 2
    assert document["stories"][0]["absent_outlets"] == ["Harbour Evening News"]
