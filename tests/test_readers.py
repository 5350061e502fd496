"""Feeds, URLs, URL lists, OPML, WARC and gzipped JSONL as inputs (issue #19), against a local HTTP server.

Every page is invented; the server runs on 127.0.0.1 inside the test, so
nothing leaves the machine. Fetching is set up fast for tests (short
timeouts, tiny backoff, a 50 ms per-host interval, a cache in tmp_path).
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfuse import analyze
from newsfuse.ingest import read_paths
from newsfuse.model import Article, Problem
from newsfuse.options import FetchOptions, Options

PARAGRAPHS = [
    "The harbour board of Eastmouth voted on Tuesday to close the old ferry terminal by the end of the year, "
    "ending more than a century of crossings to the island of Lanvey.",
    "Board chair Miriam Okafor said the decision had not been taken lightly. \u201cWe have run out of ways to keep "
    "the pier safe,\u201d she told reporters after the meeting.",
    "Island residents, who rely on the ferry for supplies and school journeys, said they would appeal. A new "
    "terminal two miles north is due to open in the spring, the board said.",
]


def page(title: str, paragraphs: list[str], date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright Eastmouth Gazette</footer></body></html>"
    ).encode()


def rss(base: str, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}{link}</link><pubDate>Tue, 0{i + 1} Apr 2025 09:00:00 GMT</pubDate>"
        f"<author>desk@example.org (News Desk)</author></item>"
        for i, link in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>{items}</channel></rss>'.encode()


class Server:
    """A tiny site: pages, a feed, and every way a fetch can fail."""

    def __init__(self) -> None:
        self.hits: dict[str, list[float]] = defaultdict(list)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                outer.hits[self.path].append(time.monotonic())
                outer.answer(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        routes: dict[str, tuple[int, str, bytes]] = {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/feed.xml": (200, "application/rss+xml", rss(self.base, ["/news/ferry.html", "/news/school.html"])),
            "/bad-feed.xml": (200, "application/rss+xml", b"<rss><channel><item><title>never closed"),
            "/news/ferry.html": (200, "text/html; charset=utf-8", page("Ferry terminal to close", PARAGRAPHS)),
            "/news/school.html": (
                200,
                "text/html; charset=utf-8",
                page("Island school plans bus link", [p.replace("ferry", "bus") for p in PARAGRAPHS], "2025-04-03"),
            ),
            "/private/memo.html": (200, "text/html", page("Memo", PARAGRAPHS)),
            "/missing.html": (404, "text/html", b"not here"),
            "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
            "/big.html": (200, "text/html", page("Big", PARAGRAPHS * 400)),
        }
        if path == "/flaky.html":
            if len(self.hits[path]) == 1:
                return self._send(handler, 503, "text/plain", b"busy")
            return self._send(handler, 200, "text/html", page("Ferry vote delayed", PARAGRAPHS))
        if path in ("/loop-a", "/loop-b"):
            handler.send_response(302)
            handler.send_header("Location", "/loop-b" if path == "/loop-a" else "/loop-a")
            handler.end_headers()
            return None
        if path == "/slow.html":
            time.sleep(1.5)
            return self._send(handler, 200, "text/html", page("Slow", PARAGRAPHS))
        status, kind, body = routes.get(path, (404, "text/plain", b"no"))
        return self._send(handler, status, kind, body)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, kind: str, body: bytes) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    site = Server()
    yield site
    site.close()


@pytest.fixture
def options(tmp_path: Path) -> Options:
    fetch = FetchOptions(timeout=0.5, retries=2, backoff=0.01, host_interval=0.05, cache_dir=str(tmp_path / "cache"))
    return Options(fetch=fetch, max_bytes=50_000)


def read(inputs: list[str | Path], options: Options) -> tuple[list[Article], list[Problem]]:
    items = list(read_paths(inputs, options))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


# --- feeds and pages ----------------------------------------------------------------------------


def test_a_feed_is_read_through_the_pages_it_links(server: Server, options: Options) -> None:
    articles, problems = read([f"{server.base}/feed.xml"], options)
    assert [a.title for a in articles] == ["Ferry terminal to close", "Island school plans bus link"]
    assert [a.url for a in articles] == [f"{server.base}/news/ferry.html", f"{server.base}/news/school.html"]
    assert articles[0].published == "2025-04-01T09:00+00:00"  # the page has no date: the feed's fills it
    assert articles[1].published.startswith("2025-04-03")  # the page's own date wins
    assert problems == []


def test_a_page_url_is_read_like_a_file(server: Server, options: Options) -> None:
    report = analyze([f"{server.base}/news/ferry.html"], options)
    assert len(report.articles) == 1
    assert any("run out of ways" in q.text for q in report.quotes)


def test_pages_come_from_the_cache_on_a_second_run(server: Server, options: Options) -> None:
    read([f"{server.base}/feed.xml"], options)
    read([f"{server.base}/feed.xml"], options)
    assert len(server.hits["/news/ferry.html"]) == 1
    assert len(server.hits["/feed.xml"]) == 2  # feeds change: always asked again


def test_requests_to_one_host_are_spaced(server: Server, options: Options) -> None:
    read([f"{server.base}/feed.xml"], options)
    times = sorted(t for hits in server.hits.values() for t in hits)
    assert len(times) >= 4
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.045


def test_every_request_says_who_is_asking(server: Server, options: Options) -> None:
    from newsfuse.ingest.fetch import USER_AGENT

    assert USER_AGENT.startswith("newsfuse/") and "robots.txt" in USER_AGENT


# --- failures: one problem naming the URL, the rest is read ---------------------------------------


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.html", "HTTP 404"),
        ("/logo.png", "not a web page or feed"),
        ("/big.html", "limit"),
        ("/loop-a", "redirect"),
        ("/slow.html", "attempts"),
        ("/private/memo.html", "robots.txt"),
        ("/bad-feed.xml", "feed"),
    ],
)
def test_a_failing_url_is_one_problem_and_costs_nothing_else(
    server: Server, options: Options, path: str, reason: str
) -> None:
    articles, problems = read([f"{server.base}{path}", f"{server.base}/news/ferry.html"], options)
    assert [a.title for a in articles] == ["Ferry terminal to close"]
    assert len(problems) == 1
    assert problems[0].source == f"{server.base}{path}" and reason in problems[0].reason


def test_a_broken_feed_file_says_what_the_parser_found(options: Options, tmp_path: Path) -> None:
    feed = tmp_path / "broken.rss"
    feed.write_text("<rss><channel><item><link>https://a.example/x</item></rss", encoding="utf-8")
    articles, problems = read([feed], options)
    assert articles == [] and len(problems) == 1
    assert problems[0].reason == "malformed feed (mismatched tag)"


@pytest.mark.parametrize("content", [b'{"text": "plain JSON Lines, never compressed"}\n', b"\x1f\x8b"])
def test_a_jsonl_gz_that_is_not_gzip_is_one_problem_saying_so(options: Options, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "feed.jsonl.gz").write_bytes(content)
    articles, problems = read([tmp_path / "feed.jsonl.gz"], options)
    assert articles == [] and len(problems) == 1
    assert "gzip" in problems[0].reason


OFFLINE = Options(fetch=FetchOptions(timeout=0.2, retries=0, host_interval=0.0, cache_dir=""))
STARTS = {
    "feed.rss": b"<rss><channel><item><title>",
    "feeds.opml": b'<opml><body><outline xmlUrl="',
    "crawl.warc": b"WARC/1.0\r\nWARC-Type: response\r\n",
    "crawl.warc.gz": b"\x1f\x8b\x08\x00",
    "lines.jsonl.gz": b"\x1f\x8b\x08\x00",
    "today.urls": b"# list\n",
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(sorted(STARTS)), tail=st.binary(max_size=400))
def test_damaged_feeds_lists_and_archives_are_problems_never_exceptions(tmp_path: Path, name: str, tail: bytes) -> None:
    """Whatever follows a container's first bytes, its reader reports problems that name it, and raises nothing."""
    folder = tmp_path / name.replace(".", "-")
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(STARTS[name] + tail)
    (folder / "good.txt").write_text("Ferry terminal to close\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    articles, problems = read([folder], OFFLINE)
    assert "Ferry terminal to close" in [a.title for a in articles]
    assert all(p.source.startswith(str(folder)) or "://" in p.source for p in problems)
    assert all("\n" not in p.reason for p in problems)


def test_an_unreachable_host_is_one_problem(options: Options) -> None:
    articles, problems = read(["http://127.0.0.1:9/nothing.html"], options)
    assert articles == [] and len(problems) == 1 and "attempts" in problems[0].reason


def test_a_server_error_is_retried(server: Server, options: Options) -> None:
    articles, problems = read([f"{server.base}/flaky.html"], options)
    assert [a.title for a in articles] == ["Ferry vote delayed"] and problems == []
    assert len(server.hits["/flaky.html"]) == 2


# --- lists of URLs and feeds ------------------------------------------------------------------------


def test_a_urls_file_and_an_opml_list(server: Server, options: Options, tmp_path: Path) -> None:
    urls = tmp_path / "today.urls"
    urls.write_text(f"# morning\n{server.base}/news/ferry.html\n\nnot-a-url\n", encoding="utf-8")
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><body><outline text="Gazette" xmlUrl="{server.base}/feed.xml"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    articles, problems = read([urls, opml], options)
    assert sorted(a.title for a in articles) == ["Ferry terminal to close", "Island school plans bus link"]
    assert [(p.line, "not an http(s) URL" in p.reason) for p in problems if p.severity == "error"] == [(4, True)]


def test_a_page_reached_through_a_list_and_a_feed_is_read_once_without_a_warning(
    server: Server, options: Options, tmp_path: Path
) -> None:
    urls = tmp_path / "today.urls"
    urls.write_text(f"{server.base}/news/ferry.html\n", encoding="utf-8")
    articles, problems = read([urls, f"{server.base}/feed.xml"], options)
    assert sorted(a.title for a in articles) == ["Ferry terminal to close", "Island school plans bus link"]
    assert problems == []


def test_gzipped_json_lines(options: Options, tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl.gz"
    records = [{"title": f"Harbour story {i}", "text": "\n".join(PARAGRAPHS) + f" Update {i}."} for i in range(3)]
    lines = "\n".join(json.dumps(r) for r in records) + "\n{broken\n"
    path.write_bytes(gzip.compress(lines.encode()))
    articles, problems = read([tmp_path], options)
    assert [a.title for a in articles] == ["Harbour story 0", "Harbour story 1", "Harbour story 2"]
    assert [(p.line, "invalid JSON" in p.reason) for p in problems] == [(4, True)]


# --- web archives -------------------------------------------------------------------------------


def write_warc(path: Path, pages: dict[str, bytes], truncate: int = 0) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, body in pages.items():
        kind = "image/png" if uri.endswith(".png") else "text/html; charset=utf-8"
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - truncate] if truncate else data)


def test_a_warc_is_read_like_the_pages_it_holds(tmp_path: Path, options: Options) -> None:
    write_warc(
        tmp_path / "crawl.warc.gz",
        {
            "https://gazette.example/ferry": page("Ferry terminal to close", PARAGRAPHS, "2025-04-01"),
            "https://gazette.example/logo.png": b"\x89PNG",
            "https://gazette.example/school": page("Island school plans bus link", PARAGRAPHS[::-1], "2025-04-02"),
        },
    )
    articles, problems = read([tmp_path], options)
    assert [a.url for a in articles] == ["https://gazette.example/ferry", "https://gazette.example/school"]
    assert problems == []  # the image and the request records are skipped, not errors


def test_a_truncated_warc_keeps_what_came_before(tmp_path: Path, options: Options) -> None:
    pages = {f"https://gazette.example/{i}": page(f"Harbour update {i}", PARAGRAPHS) for i in range(3)}
    write_warc(tmp_path / "cut.warc.gz", pages, truncate=200)
    articles, problems = read([tmp_path / "cut.warc.gz"], options)
    assert [a.title for a in articles][:2] == ["Harbour update 0", "Harbour update 1"]
    assert len(problems) == 1 and "truncated" in problems[0].reason


@pytest.mark.parametrize(
    "damage",
    [
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>",  # no target URI, cut short
        b"WARC/9.9 garbage\r\n\r\n",
    ],
)
def test_a_damaged_warc_record_is_one_problem_in_words_after_the_good_records(
    tmp_path: Path, options: Options, damage: bytes
) -> None:
    write_warc(tmp_path / "crawl.warc", {"https://gazette.example/ferry": page("Ferry terminal to close", PARAGRAPHS)})
    path = tmp_path / "crawl.warc"
    path.write_bytes(path.read_bytes() + damage)
    articles, problems = read([path], options)
    assert [a.title for a in articles] == ["Ferry terminal to close"]
    (problem,) = problems
    assert problem.reason.startswith("damaged or truncated archive after 1 article(s): ")
    assert not problem.reason.endswith("Error")  # a reason in words, not only an exception's name


def test_warcio_repairs_print_nothing_raw_on_stderr(tmp_path: Path) -> None:
    """In its own process: pytest's log capture would hide what Python prints for an unhandled log record."""
    write_warc(
        tmp_path / "crawl.warc.gz", {"https://gazette.example/ferry": page("Ferry terminal to close", PARAGRAPHS)}
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(path.read_bytes() + b"\x1f\x8b\x08\x00 not deflate data at all")  # warcio "repairs" a URI
    command = [
        sys.executable,
        "-m",
        "newsfuse",
        "analyze",
        str(path),
        "--format",
        "json",
        "-o",
        str(tmp_path / "r.json"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert all(line.startswith("newsfuse: ") for line in done.stderr.splitlines()), done.stderr


# --- the store: incremental ingest and watch --------------------------------------------------------


def test_ingesting_a_feed_again_fetches_only_new_items(server: Server, options: Options, tmp_path: Path) -> None:
    from newsfuse.store import Store, ingest

    uncached = Options(fetch=FetchOptions(timeout=0.5, backoff=0.01, host_interval=0.01, cache_dir=""))
    with Store(tmp_path / "news.db") as store:
        first = ingest([f"{server.base}/feed.xml"], store, uncached)
        second = ingest([f"{server.base}/feed.xml"], store, uncached)
    assert (first.added, second.added) == (2, 0)
    assert len(server.hits["/news/ferry.html"]) == 1


def test_watch_stops_cleanly_on_sigterm(server: Server, tmp_path: Path) -> None:
    env = {**os.environ, "NEWSFUSE_CACHE": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "newsfuse", "watch", f"{server.base}/feed.xml", "--db", str(tmp_path / "w.db")]
    process = subprocess.Popen([*command, "--every", "1s"], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not server.hits["/news/school.html"] and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "stopped after" in err and "Traceback" not in err
