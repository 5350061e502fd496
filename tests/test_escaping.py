"""Article text is untrusted: nothing in it may run or break a report's structure.

The hostile report (``report_fixture.hostile_report``) puts script tags,
event-handler attributes, ``javascript:`` links and closing-tag tricks in the
article body, its metadata and every kind of finding, with spans that cut into
the tags. The browser half of this check (no dialog, no console error, no
global set by an injected script) is in ``test_browser.py``.
"""

from __future__ import annotations

import re

import pytest

from html_probe import parse
from newsfuse.report import render
from report_fixture import HOSTILE_BODY, hostile_report


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render(hostile_report(), "html")


def test_only_the_report_script_is_in_the_page(hostile_html: str) -> None:
    page = parse(hostile_html)
    scripts = [a for tag, a in page.tags if tag == "script"]
    assert len(scripts) == 1 and scripts[0] == {}
    assert "__pwned" not in page.scripts[0] and "alert" not in page.scripts[0]
    tags = [tag for tag, _ in page.tags]
    assert tags.count("style") == 1
    assert not {"img", "svg", "iframe", "textarea", "b", "u", "i"} & set(tags)


def test_no_event_handlers_or_script_links(hostile_html: str) -> None:
    page = parse(hostile_html)
    for tag, attrs in page.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)


def test_structure_is_intact(hostile_html: str) -> None:
    page = parse(hostile_html)
    assert page.errors == [] and page.stack == []
    assert [t for t, _ in page.tags].count("article") == 1
    assert [t for t, _ in page.tags].count("title") == 1
    ids = page.ids()
    assert len(ids) == len(set(ids))
    assert all(link[1:] in ids for link in page.links() if link.startswith("#"))


def test_hostile_text_is_shown_as_text(hostile_html: str) -> None:
    text = parse(hostile_html).all_text()
    for paragraph in HOSTILE_BODY.split("\n\n"):
        assert " ".join(paragraph.split()) in " ".join(text.split())
    for shown in ("</title><script>window.__pwned = 10</script>", "<svg onload=alert(16)>", "<b>safe</b>"):
        assert shown in text


def test_page_allows_only_its_own_script(hostile_html: str) -> None:
    policy = next(a["content"] for t, a in parse(hostile_html).tags if a.get("http-equiv") == "Content-Security-Policy")
    assert policy is not None and "default-src 'none'" in policy and "'sha256-" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_markdown_escapes_hostile_text() -> None:
    text = render(hostile_report(), "markdown")
    assert not re.search(r"(?<!\\)<(script|img|svg|a\b|iframe|style)", text)
    assert not re.search(r"(?<!\\)\]\(javascript:", text)
    assert "\\<script\\>window.\\_\\_pwned = 1" in text


def test_terminal_prints_markup_literally() -> None:
    text = render(hostile_report(), "text", color=True)
    assert "<svg onload=alert(16)>" in text and "<script>alert(19)</script>" in text
