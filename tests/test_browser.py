"""The HTML report in a real browser: headless Chromium driven by Playwright.

The browser and the page set-up are shared with the app's browser tests
(tests/browser_fixture.py): the system Chromium, never a downloaded one;
skipped where it or Playwright is missing, except under CI (``CI=true``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import browser_fixture
from browser_fixture import Opened, in_viewport, open_url
from newsfuse.model import Report
from newsfuse.pipeline import analyze
from newsfuse.report import render
from report_fixture import hostile_report, regroup

pytestmark = pytest.mark.browser
browser = browser_fixture.browser
"""The shared Chromium (a module-scoped fixture)."""

SECTIONS = ("glance", "summary", "quotes", "claims", "conflicts", "entities", "originality", "timeline", "articles")


def open_report(browser: Any, report: Report, path: Path, *, width: int = 1280, height: int = 900) -> Opened:
    """The report as an HTML file in the browser, laid out and painted; any request off the file is recorded."""
    path.write_text(render(report, "html"), encoding="utf-8")
    return open_url(browser, path.as_uri(), local=lambda url: url.startswith("file:"), width=width, height=height,
                    painted=True)  # fmt: skip


def test_story_report_in_the_browser(browser: Any, story_report: Report, tmp_path: Path) -> None:
    opened = open_report(browser, story_report, tmp_path / "story-report.html")
    page = opened.page
    assert opened.errors == [] and opened.dialogs == [] and opened.requests == []
    for section in SECTIONS:
        assert page.locator(f"#s1-{section}").is_visible(), section
        assert page.locator(f"#s1-{section} h3").count() == 1

    altered = page.locator("li.v-altered").first
    assert altered.locator(".diff").is_visible()
    assert altered.locator(".diff del").first.is_visible() and altered.locator(".diff ins").first.is_visible()

    link = altered.locator("a.quote-link")
    target = link.get_attribute("href")[1:]
    assert not in_viewport(page, target)
    link.click()
    page.wait_for_function("id => document.getElementById(id).classList.contains('hl')", arg=target)
    assert in_viewport(page, target)
    assert page.evaluate("id => getComputedStyle(document.getElementById(id)).backgroundColor", target) == (
        "rgb(255, 227, 77)"
    )
    assert page.locator("mark.hl").count() >= 1
    shot = tmp_path / "story-report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    page.context.close()


def test_story_report_on_a_phone(browser: Any, story_report: Report, tmp_path: Path) -> None:
    opened = open_report(browser, story_report, tmp_path / "phone.html", width=390, height=844)
    assert opened.errors == []
    overflow = opened.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    opened.page.screenshot(path=str(tmp_path / "phone.png"))
    opened.page.context.close()


def test_real_seed_report_opens_cleanly(browser: Any, example_dir: Path, tmp_path: Path) -> None:
    opened = open_report(browser, analyze([example_dir]), tmp_path / "real.html")
    assert opened.errors == [] and opened.dialogs == []
    for section in SECTIONS:
        assert opened.page.locator(f"#s1-{section}").is_visible()
    opened.page.context.close()


def test_hostile_article_runs_nothing(browser: Any, tmp_path: Path) -> None:
    opened = open_report(browser, hostile_report(), tmp_path / "hostile.html")
    page = opened.page
    page.wait_for_timeout(300)
    for link in page.locator("a.goto").all()[:5]:
        link.click()
    page.locator("mark").first.hover()
    assert opened.dialogs == []
    assert opened.errors == []
    assert opened.requests == []
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.locator("article").count() == 1
    assert page.locator("script").count() == 1
    for section in SECTIONS:
        assert page.locator(f"#s1-{section}").is_visible()
    assert "<script>window.__pwned = 1" in page.locator("#s1-a1").inner_text()
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    page.context.close()


@pytest.fixture(scope="module")
def basil_dev(eval_dir: Path) -> tuple[Report, dict[str, list[dict[str, str]]]]:
    """The real pipeline's report of the 150 basil-dev articles, and the 50 events they cover."""
    folder = eval_dir / "basil-dev"
    events = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["stories"]
    return analyze([folder / "articles"]), events


@pytest.mark.eval
@pytest.mark.slow
@pytest.mark.parametrize("grouping", ["pipeline", "events"])
def test_basil_report_renders_and_navigates(
    browser: Any, basil_dev: tuple[Report, dict[str, list[dict[str, str]]]], tmp_path: Path, grouping: str
) -> None:
    report, events = basil_dev
    if grouping == "events":
        report = regroup(report, events)
        assert len(report.stories) == 50
    assert len(report.articles) == 150
    opened = open_report(browser, report, tmp_path / "basil.html")
    print(f"basil-dev ({grouping}): {len(report.stories)} stories, loaded and painted in {opened.seconds:.2f} s")
    assert opened.errors == []
    # The load time is a benchmark figure (benchmarks/report_render.py), not a timed test.
    page = opened.page
    assert page.locator("section.story").count() == len(report.stories)
    last = page.locator("section.story").last.locator(".glance tbody a").last
    target = last.get_attribute("href")[1:]
    last.click()
    page.wait_for_timeout(200)
    assert in_viewport(page, target)
    page.context.close()
