"""Untrusted text through the real ingest into every page of the app: nothing of it is markup.

An invented article whose title, author, body, quotation, speaker, outlet name
and URL carry HTML and script (``<script>``, ``onerror=``, ``javascript:``,
``</textarea>``, bidirectional overrides) is ingested as a user would, and each
page the app serves for it is checked: the markup arrives as text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from newsfuse.app import create_app
from newsfuse.options import Options
from newsfuse.store import Store, ingest

MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)></textarea><a href="javascript:alert(3)">x</a>\u202e'
OUTLETS = ['Evil<script>alert("o")</script> News', 'Daily "onerror=alert(9)" Post']


def _record(i: int, outlet: str) -> dict[str, str]:
    body = (
        f"The mayor of Tarnby opened a new bridge on Monday {MARKUP} after a long delay.\n\n"
        f"\u201cWe built this bridge {MARKUP} for every family in Tarnby,\u201d said mayor Lena Ost{MARKUP} "
        "at the opening ceremony.\n\n"
        f"The bridge cost about {4 + i} million euros and took two years to build, officials said on Monday.\n\n"
        f"Critics said the money {MARKUP} should have gone on the town school instead."
    )
    return {
        "text": body,
        "title": f"Tarnby bridge opens {MARKUP}",
        "author": f"Jo <b>Bold</b> {MARKUP}",
        "outlet": outlet,
        "url": f"javascript:alert({i})",
        "published": "2026-11-20",
    }


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("untrusted")
    feed = folder / "hostile.jsonl"
    feed.write_text("".join(json.dumps(_record(i, o)) + "\n" for i, o in enumerate(OUTLETS)), encoding="utf-8")
    with Store(folder / "news.db") as store:
        assert ingest([feed], store, Options()).added == 2
    with TestClient(create_app(folder / "news.db", allowed_hosts=("testserver",))) as client:
        yield client


def _pages(client: TestClient) -> dict[str, str]:
    (story,) = client.get("/api/stories").json()
    paths = ["/", f"/stories/{quote(story['id'], safe='')}", "/?q=bridge"]
    paths += [f"/outlets/{quote(name, safe='')}" for name in OUTLETS]
    story_page = client.get(paths[1]).text
    paths += re.findall(r'href="(/speakers/[^"]+)"', story_page)
    answers = {path: client.get(path) for path in paths}
    assert all(answer.status_code == 200 for answer in answers.values()), {p: a.status_code for p, a in answers.items()}
    return {path: answer.text for path, answer in answers.items()}


def test_no_page_carries_the_articles_markup_as_markup(client: TestClient) -> None:
    pages = _pages(client)
    assert len(pages) >= 6
    for path, page in pages.items():
        assert "<script>alert" not in page and "<img" not in page and "<b>" not in page, path
        assert not re.search(r"<[^>]*\sonerror=", page), path
        assert not re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", page, re.IGNORECASE), path
        assert page.count("</textarea>") == page.count("<textarea"), path
        assert "\u202e" not in page, path
        assert len(re.findall(r"<script\b", page)) <= 1, path  # at most the report's own script


def test_the_markup_is_shown_as_text(client: TestClient) -> None:
    (story,) = client.get("/api/stories").json()
    page = client.get(f"/stories/{quote(story['id'], safe='')}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Evil&lt;script&gt;" in page
