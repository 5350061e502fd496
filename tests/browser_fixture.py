"""The browser the browser tests share: the system Chromium driven by Playwright, and a page that reports what it did.

Uses the system Chromium (``/usr/bin/chromium``, or ``NEWSFUSE_CHROMIUM``);
Playwright never downloads a browser here. Where Chromium or Playwright is
missing the tests are skipped, except under CI (``CI=true``), where that is
a failure: ``.ci/run`` installs both.

A test module takes the fixture by importing it
(``from browser_fixture import browser  # noqa: F401``) and opens pages with
:func:`open_url`, which records console errors, uncaught exceptions,
dialogs and every request that leaves the place the page came from.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

from conftest import absent
from report_fixture import CHROMIUM_ARGS

__all__ = ["CHROMIUM", "Opened", "browser", "in_viewport", "open_url", "unavailable"]

CHROMIUM = Path(os.environ.get("NEWSFUSE_CHROMIUM", "/usr/bin/chromium"))


def unavailable(reason: str) -> NoReturn:
    """:func:`conftest.absent` for the browser: a skip, or a failure under ``CI=true``."""
    absent(reason, ".ci/run must install it")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is absent")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page and everything it said: console errors, uncaught exceptions, dialogs, requests that left its place."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    seconds: float = 0.0


def open_url(
    browser: Any, url: str, *, local: Callable[[str], bool], width: int = 1280, height: int = 900, painted: bool = False
) -> Opened:
    """``url`` in a new browser context; a request for a URL that ``local`` refuses is recorded in ``requests``.

    With ``painted``, waits two animation frames after the load (the page
    laid out and painted, not only parsed); ``seconds`` is the time to there.
    """
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    opened = Opened(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda r: opened.requests.append(r.url) if not local(r.url) else None)
    start = time.perf_counter()
    page.goto(url, wait_until="load")
    if painted:
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    opened.seconds = time.perf_counter() - start
    return opened


def in_viewport(page: Any, element_id: str) -> bool:
    return bool(
        page.evaluate(
            """id => { const r = document.getElementById(id).getBoundingClientRect();
                       return r.bottom > 0 && r.top < window.innerHeight; }""",
            element_id,
        )
    )
