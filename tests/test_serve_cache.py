"""``newsfuse serve`` answers from what it made before: pages kept by the ingest, answers kept until the store changes.

A story's page is rendered when its findings are written and kept in the
store; the app keeps every answer in memory, stamped with the store's
change counter, and revalidates browsers with ETags. These tests check
that a kept answer is never a wrong one: a review mark, an ingest, another
build of newsfuse or a reader's token each give what a fresh render would.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from newsfuse.app import create_app
from newsfuse.app.cache import PageCache
from newsfuse.app.data import Library
from newsfuse.app.pages import CSRF_PLACEHOLDER, render_story, renderer, unpack, with_token
from newsfuse.app.web import CSRF_COOKIE, quote_anchors
from newsfuse.store import Store, ingest, refresh_pages, story_report
from newsfuse.store.pages import outdated_pages
from serve_fixture import COUNCIL, build_store, write_jsonl


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path)


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, allowed_hosts=("testserver",)), raise_server_exceptions=False) as client:
        yield client


def council(client: TestClient) -> str:
    (story,) = [s["id"] for s in client.get("/api/stories", params={"outlet": "Valley Courier"}).json()]
    return str(story)


def kept_pages(db: Path) -> dict[str, tuple[str, bytes]]:
    connection = sqlite3.connect(db)
    try:
        return {
            story: (built, html) for story, built, html in connection.execute("SELECT story, renderer, html FROM pages")
        }
    finally:
        connection.close()


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def kept_by_another_build(db: Path, story: str) -> None:
    """The story's kept page as another build of newsfuse left it: outdated, to be rendered again."""
    connection = sqlite3.connect(db)
    with connection:
        connection.execute("UPDATE pages SET renderer = 'another build', html = x'00' WHERE story = ?", (story,))
    connection.close()


def test_the_ingest_keeps_every_story_page_as_a_fresh_render_would_make_it(db: Path) -> None:
    pages = kept_pages(db)
    with Store(db) as store:
        stories = [s.story.id for s in store.stories()]
        assert sorted(pages) == sorted(stories)
        for story_id in stories:
            built, html = pages[story_id]
            assert built == renderer()
            assert unpack(html).decode("utf-8") == render_story(story_id, story_report(store, story_id))


def test_a_story_page_comes_from_the_store_without_rendering(
    client: TestClient, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renders = count_calls(monkeypatch, __import__("newsfuse.app.web", fromlist=["x"]), "render_story")
    story = council(client)
    page = client.get(f"/stories/{story}")
    assert page.status_code == 200 and renders == []
    token = client.cookies.get(CSRF_COOKIE)
    assert token and page.content == with_token(unpack(kept_pages(db)[story][1]), token)


def test_a_page_of_another_build_is_rendered_again_and_an_ingest_replaces_it(
    client: TestClient, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = council(client)
    expected = client.get(f"/stories/{story}").text
    kept_by_another_build(db, story)
    renders = count_calls(monkeypatch, __import__("newsfuse.app.web", fromlist=["x"]), "render_story")
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as fresh:
        fresh.cookies.set(CSRF_COOKIE, client.cookies.get(CSRF_COOKIE) or "")
        assert fresh.get(f"/stories/{story}").text == expected and renders == [1]
    with Store(db) as store, store.transaction() as transaction:
        assert outdated_pages(transaction) == [story]
    with Store(db) as store:
        assert refresh_pages(store) == 1
    assert kept_pages(db)[story][0] == renderer()


def test_answers_are_kept_until_the_store_changes(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:

    listings = count_calls(monkeypatch, Library, "stories")
    reports = count_calls(monkeypatch, Library, "report")
    story = council(client)
    first = client.get("/").text
    assert client.get("/").text == first and len(listings) == 2  # council() asked the API once, then / once
    client.get(f"/api/stories/{story}")
    client.get(f"/api/stories/{story}")
    assert len(reports) == 1
    token = re.search(r'name="csrf" value="([^"]+)"', client.get(f"/stories/{story}").text)
    assert token is not None
    finding = client.get(f"/api/stories/{story}").json()["quotes"][0]["id"]
    form = {"csrf": token.group(1), "story": story, "kind": "quote", "finding": finding, "mark": "wrong", "note": ""}
    assert client.post("/reviews", data=form, follow_redirects=False).status_code == 303
    assert client.get(f"/api/stories/{story}").json()["reviews"][0]["mark"] == "wrong"
    assert "✗ wrong" in client.get(f"/stories/{story}").text
    client.get("/")
    assert len(listings) == 3  # the mark moved the store's counter: the index was made again


def test_an_ingest_shows_at_once(db: Path, tmp_path: Path) -> None:
    later = [{**COUNCIL[0], "outlet": "Hill Weekly", "title": "Ashbury footbridge: the vote in pictures",
              "text": COUNCIL[0]["text"].replace("Tuesday", "Tuesday night")}]  # fmt: skip
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as client:
        before = client.get("/").text
        with Store(db) as store:
            ingest([write_jsonl(tmp_path / "later.jsonl", later)], store)
        after = client.get("/").text
        assert after != before and "Hill Weekly" in after
        with Store(db) as store, store.transaction() as transaction:
            assert outdated_pages(transaction) == []


def test_a_browser_revalidates_with_an_etag(client: TestClient) -> None:
    story = council(client)
    for path in ("/", f"/stories/{story}", f"/api/stories/{story}", "/api/stories"):
        first = client.get(path)
        etag = first.headers["etag"]
        assert first.headers["cache-control"] == "private, no-cache", path
        again = client.get(path, headers={"if-none-match": etag})
        assert again.status_code == 304 and again.content == b"", path
        assert "content-security-policy" in again.headers and again.headers["etag"] == etag, path
    page = f"/stories/{story}"
    etag = client.get(page).headers["etag"]
    client.cookies.clear()
    client.cookies.set(CSRF_COOKIE, "another-readers-token-" + "x" * 30)
    assert client.get(page, headers={"if-none-match": etag}).status_code == 200  # the token is part of the page


def test_errors_and_form_answers_are_never_kept(client: TestClient) -> None:
    assert client.get("/nowhere").headers["cache-control"] == "no-store"
    assert client.get("/stories/nosuchstory").headers["cache-control"] == "no-store"
    assert client.post("/reviews", data={}).headers["cache-control"] == "no-store"


def test_only_the_form_field_receives_the_token(tmp_path: Path) -> None:
    sly = f'He typed name="csrf" value="{CSRF_PLACEHOLDER}" into the form and {CSRF_PLACEHOLDER} again.'
    records = [{**r, "text": r["text"] + "\n\n" + sly} for r in COUNCIL]
    db = tmp_path / "sly.db"
    with Store(db) as store:
        ingest([write_jsonl(tmp_path / "sly.jsonl", records)], store)
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as client:
        (story,) = [s["id"] for s in client.get("/api/stories").json()]
        page = client.get(f"/stories/{story}").text
        token = client.cookies.get(CSRF_COOKIE)
        assert token
        forms = page.count('name="csrf" value="')
        assert forms > 0 and page.count(token) == forms
        assert CSRF_PLACEHOLDER in page  # the article's own text, escaped and left alone


def test_a_malformed_csrf_cookie_is_replaced(client: TestClient) -> None:
    story = council(client)
    client.cookies.clear()
    client.cookies.set(CSRF_COOKIE, '"><script>alert(1)</script>')
    page = client.get(f"/stories/{story}")
    assert "<script>alert(1)" not in page.text
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", page.cookies.get(CSRF_COOKIE) or "")


def test_a_quotation_link_goes_where_the_page_links_it_without_building_the_view(
    client: TestClient, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.report.view import build_view

    story = council(client)
    with Store(db) as store:
        report = story_report(store, story)
    expected = {
        entry.quote.id: entry.link.anchor
        for item in build_view(report).stories
        for speaker in item.speakers
        for entry in speaker.entries
        if entry.link.anchor
    }
    assert expected and quote_anchors(client.get(f"/stories/{story}").content) == expected
    views = count_calls(monkeypatch, __import__("newsfuse.app.pages", fromlist=["x"]), "build_view")
    for quote_id, anchor in expected.items():
        answer = client.get(f"/stories/{story}/quotes/{quote_id}", follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == f"/stories/{story}#{anchor}"
    assert views == []  # the kept page answered: no report view was built
    assert client.get(f"/stories/{story}/quotes/no-such-quote").status_code == 404


def test_article_text_cannot_fake_a_quotation_link(tmp_path: Path) -> None:
    fake = '<a class="goto quote-link" href="#elsewhere">name="kind" value="quote"> <input type="hidden" name="finding"'
    records = [{**r, "text": r["text"] + f"\n\n\u201c{fake} value=\u201d said a prankster."} for r in COUNCIL]
    db = tmp_path / "fake.db"
    with Store(db) as store:
        ingest([write_jsonl(tmp_path / "fake.jsonl", records)], store)
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as client:
        (story,) = [s["id"] for s in client.get("/api/stories").json()]
        anchors = quote_anchors(client.get(f"/stories/{story}").content)
        quotes = client.get(f"/api/stories/{story}").json()["quotes"]
    assert set(anchors) <= {q["id"] for q in quotes} and "elsewhere" not in anchors.values()


def test_a_kept_answer_from_the_front_door_is_the_answer_the_routes_gave(client: TestClient) -> None:
    story = council(client)
    client.get("/")  # the reader has a CSRF cookie from here on
    finding = client.get(f"/api/stories/{story}").json()["quotes"][0]["id"]
    front = client.app
    routed: list[str] = []
    routes = front.app  # type: ignore[attr-defined]

    async def counted(scope: Any, receive: Any, send: Any) -> None:
        routed.append(scope["path"])
        await routes(scope, receive, send)

    front.app = counted  # type: ignore[attr-defined]
    for path in ("/", "/?outlet=Valley+Courier", f"/stories/{story}", f"/stories/{story[:6]}", "/api/stories",
                 f"/api/stories/{story}", f"/stories/{story}/quotes/{finding}", "/speakers/Mara%20Quill"):  # fmt: skip
        front.site.cache = PageCache()  # type: ignore[attr-defined]
        routed.clear()
        made = client.get(path, follow_redirects=False)  # made by the routes
        kept = client.get(path, follow_redirects=False)  # sent from the front door
        assert len(routed) == 1, path
        assert made.status_code == kept.status_code and made.content == kept.content, path
        assert dict(made.headers) == dict(kept.headers), path


def test_a_page_to_render_reads_its_story_once(client: TestClient, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = council(client)
    expected = client.get(f"/stories/{story}").text
    kept_by_another_build(db, story)
    web = __import__("newsfuse.app.web", fromlist=["x"])
    validators = count_calls(monkeypatch, web.Site, "story_validator")
    kept = count_calls(monkeypatch, Library, "page")
    renders = count_calls(monkeypatch, web, "render_story")
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as fresh:
        fresh.cookies.set(CSRF_COOKIE, client.cookies.get(CSRF_COOKIE) or "")
        assert fresh.get(f"/stories/{story}").text == expected
    assert (len(validators), len(kept), len(renders)) == (1, 1, 1)
