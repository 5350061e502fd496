"""``newsfuse serve``: routes, filters, the JSON API, review marks with CSRF, and safety by default."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import msgspec
import pytest
from starlette.testclient import TestClient

from newsfuse.app import create_app
from newsfuse.app.web import CSRF_COOKIE
from newsfuse.errors import StoreError
from newsfuse.store import SCHEMA_VERSION, Store, story_report
from serve_fixture import build_store, running_server

HOSTILE_STORY = "story<script>"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve"))


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, allowed_hosts=("testserver",)), raise_server_exceptions=False) as client:
        yield client


def story_ids(client: TestClient, **params: str) -> list[str]:
    response = client.get("/api/stories", params=params)
    assert response.status_code == 200, response.text
    return [s["id"] for s in response.json()]


def council_story(client: TestClient) -> str:
    (story,) = story_ids(client, outlet="Valley Courier")
    return story


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_every_route_answers_with_a_content_security_policy(client: TestClient) -> None:
    story = council_story(client)
    for path in (
        "/",
        f"/stories/{story}",
        "/api/stories",
        f"/api/stories/{story}",
        "/speakers/Mara%20Quill",
        "/outlets/Valley%20Courier",
        "/nowhere",
    ):
        response = client.get(path)
        assert response.status_code == (404 if path == "/nowhere" else 200), path
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy, path
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0], path


def test_stories_newest_first_with_counts(client: TestClient) -> None:
    listed = client.get("/api/stories").json()
    assert len(listed) == 3
    dated = [s["end"] or s["start"] for s in listed if s["start"]]
    assert dated == sorted(dated, reverse=True)
    council = next(s for s in listed if s["id"] == council_story(client))
    assert (council["articles"], council["outlets"]) == (2, 2)
    assert council["start"].startswith("2024-05-14") and council["end"].startswith("2024-05-15")


def test_filters_by_outlet_speaker_verdict_dates_and_text(client: TestClient) -> None:
    council = council_story(client)
    (ferry,) = story_ids(client, outlet="harbour times")
    assert ferry != council
    assert story_ids(client, speaker="Mara Quill") == [council]
    assert story_ids(client, speaker="Tomas Brenner") == [ferry]
    assert story_ids(client, q="footbridge") == [council]
    assert story_ids(client, q="three nights in a row") == [ferry]
    assert story_ids(client, date_from="2024-06-01", date_to="2024-12-31") == [ferry]
    assert story_ids(client, date_to="2024-05-31") == [council]
    assert story_ids(client, verdict="altered") == [HOSTILE_STORY]
    assert story_ids(client, q='NEAR("') == []


def test_bad_filters_are_a_clear_400(client: TestClient) -> None:
    from newsfuse.app.data import MAX_PAGE

    too_far = {"page": str(MAX_PAGE + 1)}
    for params in ({"date_from": "yesterday"}, {"verdict": "maybe"}, {"page": "-1"}, too_far, {"q": "x" * 500}):
        response = client.get("/", params=params)
        assert response.status_code == 400
        assert "Traceback" not in response.text
    assert client.get("/api/stories", params={"verdict": "maybe"}).json()["error"].startswith("verdict")


def test_the_index_pages(client: TestClient, db: Path) -> None:
    from newsfuse.app.data import Filters, Library

    library = Library(db)
    try:
        first, total = library.stories(Filters(), page_size=2)
        second, _ = library.stories(Filters(page=2), page_size=2)
    finally:
        library.close()
    assert total == 3 and len(first) == 2 and len(second) == 1
    assert {r.id for r in first}.isdisjoint({r.id for r in second})
    page = client.get("/").text
    assert 'id="count">3 stories' in page


def test_story_json_is_the_report_schema(client: TestClient, db: Path) -> None:
    story = council_story(client)
    body = client.get(f"/api/stories/{story}").json()
    with Store(db) as store:
        expected = msgspec.to_builtins(story_report(store, story))
    assert body.pop("reviews") == []
    assert body == msgspec.json.decode(msgspec.json.encode(expected))


def test_story_page_is_the_html_report_with_links(client: TestClient) -> None:
    story = council_story(client)
    page = client.get(f"/stories/{story}").text
    for section in ("glance", "summary", "quotes", "claims", "articles"):
        assert f'id="s1-{section}"' in page
    assert 'href="/speakers/Mara%20Quill"' in page
    assert 'href="/outlets/Valley%20Courier"' in page
    assert client.get(f"/stories/{story[:6]}", follow_redirects=False).headers["location"] == f"/stories/{story}"


def test_a_quotation_link_goes_to_the_quotation_in_its_article(client: TestClient) -> None:
    speaker = client.get("/speakers/mara%20quill")
    assert speaker.status_code == 200 and "Mara Quill" in speaker.text
    link = re.search(r'class="quote-link" href="([^"]+)"', speaker.text)
    assert link is not None
    response = client.get(link.group(1), follow_redirects=False)
    assert response.status_code == 303
    target, anchor = response.headers["location"].split("#")
    page = client.get(target).text
    marked = re.search(rf'<mark class="([^"]*)" id="{anchor}"', page)
    assert marked is not None and "quote" in marked.group(1).split()


def test_outlet_page(client: TestClient) -> None:
    page = client.get("/outlets/Riverside%20Gazette")
    assert page.status_code == 200
    assert "<strong>1</strong> article in <strong>1</strong> story" in page.text
    listed = re.search(r'<ol class="stories">(.*?)</ol>', page.text, re.DOTALL)
    assert listed is not None and listed.group(1).count("<li>") == 1
    assert "Ashbury council approves the new river footbridge" in listed.group(1)  # its story, under its label
    assert "Ferry crews" not in page.text  # a story the outlet did not cover
    assert client.get("/outlets/Nobody%20Times").status_code == 404


def mark(client: TestClient, story: str, finding: str, token: str, **extra: str) -> httpx.Response:
    form = {"csrf": token, "story": story, "kind": "quote", "finding": finding, "mark": "wrong", "note": "", **extra}
    return client.post("/reviews", data=form, follow_redirects=False)


def test_review_marks_need_the_csrf_token(client: TestClient) -> None:
    story = council_story(client)
    page = client.get(f"/stories/{story}")
    token = csrf_of(page.text)
    assert client.cookies.get(CSRF_COOKIE) == token
    finding = client.get(f"/api/stories/{story}").json()["quotes"][0]["id"]
    assert mark(client, story, finding, "forged").status_code == 403
    client.cookies.clear()
    assert mark(client, story, finding, token).status_code == 403
    assert client.get("/reviews").status_code == 405
    assert client.get(f"/api/stories/{story}").json()["reviews"] == []


def test_a_review_mark_is_kept_and_shown(client: TestClient, db: Path) -> None:
    story = council_story(client)
    token = csrf_of(client.get(f"/stories/{story}").text)
    finding = client.get(f"/api/stories/{story}").json()["quotes"][0]["id"]
    note = "<script>alert(1)</script> the second outlet drops a word"
    response = mark(client, story, finding, token, mark="checked", note=note, next=f"/stories/{story}")
    assert response.status_code == 303 and response.headers["location"] == f"/stories/{story}"
    (review,) = client.get(f"/api/stories/{story}").json()["reviews"]
    assert (review["finding"], review["mark"], review["note"]) == (finding, "checked", note)
    page = client.get(f"/stories/{story}").text
    assert "✓ checked" in page and "&lt;script&gt;alert(1)&lt;/script&gt; the second" in page
    assert "<script>alert(1)" not in page
    assert "✓ checked" in client.get("/speakers/Mara%20Quill").text


def test_review_marks_are_checked(client: TestClient) -> None:
    story = council_story(client)
    token = csrf_of(client.get(f"/stories/{story}").text)
    finding = client.get(f"/api/stories/{story}").json()["quotes"][0]["id"]
    assert mark(client, story, "no-such-quote", token).status_code == 400
    assert mark(client, story, finding, token, mark="maybe").status_code == 400
    assert mark(client, story, finding, token, kind="article").status_code == 400
    assert mark(client, "nosuchstory", finding, token).status_code == 404
    away = mark(client, story, finding, token, next="https://example.com/")
    assert away.headers["location"] == f"/stories/{story}"


def test_only_the_reviews_table_can_be_written(db: Path) -> None:
    from newsfuse.app.reviews import ReviewBook

    book = ReviewBook(db)
    try:
        for statement in ("DELETE FROM quotes", "UPDATE stories SET label = 'x'", "DROP TABLE reviews",
                          "INSERT INTO outlets (name) VALUES ('x')", "PRAGMA user_version = 99"):  # fmt: skip
            with pytest.raises(sqlite3.DatabaseError):
                book._db.execute(statement)
    finally:
        book.close()


def test_hostile_story_is_escaped(client: TestClient) -> None:
    page = client.get(f"/stories/{quote(HOSTILE_STORY, safe='')}")
    assert page.status_code == 200
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts == ["<script>"]
    assert "&lt;script&gt;window.__pwned = 1" in page.text
    for path in ("/", "/outlets/" + quote("<b onmouseover=alert(12)>Evil Outlet</b>", safe=""),
                 "/speakers/" + quote("<script>alert(14)</script>", safe="")):  # fmt: skip
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<script>" not in response.text and "<b onmouseover" not in response.text, path


def test_unknown_host_names_are_refused(db: Path) -> None:
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        assert client.get("/").status_code == 400
        assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
        assert client.get("/", headers={"host": "[::1]:8000"}).status_code == 200
        # the answer is kept now: it is still not given to another host name
        assert client.get("/", headers={"host": "evil.example:8000"}).status_code == 400
        assert client.get("/", headers={"host": "127.0.0.1.evil.example"}).status_code == 400
        assert client.get("/", headers={"host": ""}).status_code == 400


def test_a_crash_is_a_plain_500_without_traceback(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.app.data import Library

    def broken(*_: Any) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Library, "stories", broken)
    with TestClient(create_app(db, allowed_hosts=("testserver",)), raise_server_exceptions=False) as client:
        response = client.get("/")
    assert response.status_code == 500
    assert "secret internals" not in response.text and "Traceback" not in response.text
    assert "content-security-policy" in response.headers


def test_missing_and_newer_stores_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "absent.db")
    newer = tmp_path / "newer.db"
    connection = sqlite3.connect(newer)
    connection.execute("CREATE TABLE t (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    for path in (tmp_path / "absent.db", newer):
        done = subprocess.run([sys.executable, "-m", "newsfuse", "serve", "--db", str(path), "--port", "0"],
                              capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
        assert done.returncode == 1
        assert ("no store" in done.stderr or "newer" in done.stderr) and "Traceback" not in done.stderr


def test_served_by_uvicorn_on_a_free_port(db: Path) -> None:
    with running_server(db) as base:
        for path in ("/", "/api/stories"):
            response = httpx.get(base + path)
            assert response.status_code == 200 and "content-security-policy" in response.headers
        story = httpx.get(base + "/api/stories", params={"outlet": "Valley Courier"}).json()[0]["id"]
        assert httpx.get(f"{base}/stories/{story}").status_code == 200
        assert httpx.get(f"{base}/api/stories/{story}").json()["stories"][0]["id"] == story


def test_the_app_shows_what_a_later_ingest_adds(tmp_path: Path) -> None:
    from serve_fixture import write_jsonl

    db = build_store(tmp_path)
    later = [
        {
            "outlet": "Hill Weekly",
            "published": "2024-09-09",
            "title": "Orchard fair returns to Kestrel Vale",
            "text": "The orchard fair returned to Kestrel Vale on Saturday after two quiet years.\n\n"
            "\u201cPeople came from every village in the valley,\u201d said Ines Halloran, who runs it.",
        }
    ]
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as client:
        assert len(story_ids(client)) == 3
        with Store(db) as store:
            from newsfuse.store import ingest

            ingest([write_jsonl(tmp_path / "later.jsonl", later)], store)
        assert len(story_ids(client)) == 4
        assert story_ids(client, outlet="Hill Weekly") == story_ids(client)[:1]
        assert client.get("/speakers/Ines%20Halloran").status_code == 200


def test_a_port_in_use_is_one_line_and_exit_status_1(db: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "newsfuse", "serve", "--db", str(db), "--port", str(port)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"newsfuse: error: cannot listen on 127.0.0.1:{port}: Address already in use"]
