"""``newsfuse serve`` in a real browser: the system Chromium driven by Playwright, the app under a real uvicorn.

Skipped where Chromium or Playwright is missing, except under CI
(``CI=true``), where that is a failure (see tests/browser_fixture.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

import browser_fixture
from browser_fixture import Opened, in_viewport, open_url
from serve_fixture import build_store, running_server

pytestmark = pytest.mark.browser
browser = browser_fixture.browser
"""The shared Chromium (a module-scoped fixture)."""


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("served"))
    with running_server(db) as url:
        yield url


def open_page(browser: Any, base: str, path: str) -> Opened:
    """A page of the app; any request that leaves the server is recorded."""
    return open_url(browser, base + path, local=lambda url: url.startswith(base))


def test_filter_open_follow_and_mark(browser: Any, base: str, tmp_path: Path) -> None:
    opened = open_page(browser, base, "/")
    page = opened.page
    assert page.locator("ol.stories > li").count() == 3

    page.select_option("select[name=outlet]", "Valley Courier")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*outlet=Valley+Courier*")
    assert page.locator("ol.stories > li").count() == 1
    page.locator("ol.stories > li a").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("#s1-quotes").is_visible()

    link = page.locator("li.v-corroborated a.quote-link, li.v-variant a.quote-link, li a.quote-link").first
    target = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_function("id => document.getElementById(id).classList.contains('hl')", arg=target)
    assert in_viewport(page, target)
    assert page.locator(f"#{target}").evaluate("e => e.closest('article') !== null")

    entry = page.locator("ul.ledger > li").first
    entry.locator("details.review summary").click()
    entry.locator("select[name=mark]").select_option("wrong")
    entry.locator("input[name=note]").fill("the second outlet prints other words")
    entry.locator("button[type=submit]").click()
    page.wait_for_load_state("load")
    page.reload()
    first = page.locator("ul.ledger > li").first
    assert "✗ wrong" in first.locator(".review-marks").inner_text()
    assert "the second outlet prints other words" in first.inner_text()
    page.screenshot(path=str(tmp_path / "story.png"))
    assert opened.errors == [] and opened.dialogs == [] and opened.requests == []
    page.context.close()


def test_speaker_page_leads_to_the_quotation(browser: Any, base: str) -> None:
    opened = open_page(browser, base, "/speakers/Mara%20Quill")
    page = opened.page
    assert page.locator("ul.quotes-list > li").count() >= 2
    page.locator("a.quote-link").first.click()
    page.wait_for_url("**/stories/*#*")
    anchor = page.evaluate("() => location.hash.slice(1)")
    page.wait_for_function("id => document.getElementById(id).classList.contains('hl')", arg=anchor)
    assert in_viewport(page, anchor)
    assert opened.errors == []
    page.context.close()


def test_hostile_article_runs_nothing_in_the_app(browser: Any, base: str, tmp_path: Path) -> None:
    for path in (
        "/stories/" + quote("story<script>", safe=""),
        "/",
        "/outlets/" + quote("<b onmouseover=alert(12)>Evil Outlet</b>", safe=""),
        "/speakers/" + quote("<script>alert(14)</script>", safe=""),
    ):
        opened = open_page(browser, base, path)
        page = opened.page
        page.wait_for_timeout(200)
        for link in page.locator("a.goto").all()[:5]:
            link.click()
        if page.locator("mark").count():
            page.locator("mark").first.hover()
        assert opened.dialogs == [], path
        assert opened.requests == [], path
        assert page.evaluate("() => typeof window.__pwned") == "undefined", path
        assert page.locator("script").count() <= 1, path
        assert page.locator("iframe, img, svg, object, embed").count() == 0, path
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
        page.context.close()
