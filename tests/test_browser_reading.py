"""The HTML report read in a browser at desktop (1300 px) and phone (400 px) widths (#22).

The highlight legend is visible, a diff shows the original words with their
case, nothing is logged as an error, the claims printed by one outlet only
are folded under "show all", and the headlines stay readable on a phone.
Screenshots go to ``test-artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsfuse.model import Report
from newsfuse.pipeline import analyze
from test_browser import browser, open_report  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def example_report(example_dir: Path) -> Report:
    return analyze([example_dir])


def _painted_in_view(page: Any, target: Any, text: str) -> None:
    """Wait until ``target`` stands in the viewport painted with ``text``, scrolling it back into view each
    animation frame until then. Sections render lazily (content-visibility: auto) at a height guessed before: on a
    slow renderer (a loaded machine) one above the target renders after the scroll, takes its real height and moves
    the target out of view, where it is skipped and its text never painted; a fixed wait for the text then failed
    (the phone width's longer page, ``[400]``). The wait ends on the condition; Playwright's default timeout only
    stops a page that never meets it."""
    page.wait_for_function(
        """([e, text]) => { const r = e.getBoundingClientRect();
            if (r.bottom <= 0 || r.top >= innerHeight) { e.scrollIntoView({block: "center"}); return false; }
            return e.innerText.includes(text); }""",
        arg=[target.element_handle(), text],
        polling="raf",
    )


@pytest.mark.parametrize("width", [1300, 400])
def test_reading_the_example(browser: Any, example_report: Report, tmp_path: Path, width: int) -> None:  # noqa: F811
    opened = open_report(browser, example_report, tmp_path / f"example-{width}.html", width=width, height=900)
    page = opened.page
    assert opened.errors == [] and opened.dialogs == []

    key = page.locator("#s1-articles .key")
    key.scroll_into_view_if_needed()
    assert key.is_visible() and "misspelt name" in key.inner_text()
    quotes_key = page.locator("#s1-quotes .key")
    assert quotes_key.locator("del").is_visible() and quotes_key.locator("ins").is_visible()

    diff = page.locator("li.v-altered .diff").filter(has_text="security guarantees beyond").first
    diff.scroll_into_view_if_needed()
    assert diff.is_visible()
    _painted_in_view(page, diff, "I’m not going to make security guarantees beyond")
    words = " ".join(diff.inner_text().split())
    assert "I’m not going to make security guarantees beyond" in words and "i am not" not in words

    folded = page.locator("#s1-claims details.more")
    assert folded.count(), "the single-outlet claims are not folded"
    assert not folded.locator("tbody tr").first.is_visible()
    folded.locator("summary").click()
    assert folded.locator("tbody tr").first.is_visible()

    link = page.locator("#s1-summary a.goto.quiet").first
    assert link.evaluate("a => getComputedStyle(a).textDecorationLine") == "none"

    headline = page.locator("#s1-glance td.headline").first
    box = headline.bounding_box()
    assert box is not None and box["width"] >= min(0.6 * width, 300)
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0

    ARTIFACTS.mkdir(exist_ok=True)
    diff.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"example-{width}-diff.png"))
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / f"example-{width}-top.png"))
    key.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"example-{width}-articles.png"))
    assert (ARTIFACTS / f"example-{width}-top.png").stat().st_size > 10_000
    page.context.close()
