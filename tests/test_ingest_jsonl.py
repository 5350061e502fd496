"""JSON Lines input: one article per line, plain text or HTML, with optional metadata."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.ingest import read_paths
from newsfuse.ingest.formats import articles_from_jsonl
from newsfuse.model import Article, Problem

PAGE = Path(__file__).parent / "data" / "news-page.html"
BODY = (
    "The museum reopens on Saturday after a two-year renovation, its director said.\n\n"
    "“The building is finally safe for the collection,” she said."
)


def read(paths: list[Path]) -> tuple[list[Article], list[Problem]]:
    items = list(read_paths(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_text_record_with_metadata(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        {
            "text": BODY,
            "title": "Museum reopens after renovation",
            "url": "https://news.example.org/museum",
            "outlet": "Example News",
            "author": "Ana Ruiz",
            "published": "March 3, 2024 09:15",
        },
    )
    (article,), problems = read([feed])
    assert problems == []
    assert article.body == BODY
    assert (article.title, article.author, article.outlet, article.published) == (
        "Museum reopens after renovation",
        "Ana Ruiz",
        "Example News",
        "2024-03-03T09:15",
    )
    assert article.source == article.url == "https://news.example.org/museum"
    assert article.format == "jsonl"


def test_text_record_is_cleaned_and_offsets_point_into_the_text_field(tmp_path: Path) -> None:
    text = "Museum reopens after renovation\nShare:\nBy Ana Ruiz\n" + BODY.replace(" two-year", "\u00a0two-year")
    (article,), _ = read(
        [write_jsonl(tmp_path / "feed.jsonl", {"text": text, "title": "Museum reopens after renovation"})]
    )
    assert article.body == BODY
    assert article.author == "Ana Ruiz"
    start = article.body.index("two-year")
    assert article.offsets.to_source(start) == text.index("two-year")


def test_html_record_goes_through_trafilatura(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", {"html": PAGE.read_text(encoding="utf-8"), "outlet": "Courier"})
    (article,), problems = read([feed])
    assert problems == []
    assert article.format == "jsonl"
    assert article.title == "Harbour bridge to close for six weeks of repairs"
    assert article.outlet == "Courier"  # the record's own field wins over the page's
    assert article.author == "Maria Santos"
    assert "mark my words" not in article.body and article.body.startswith("The Harbour Bridge will close")


def test_lines_without_url_are_named_by_file_and_line(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", {"text": BODY}, {"text": BODY.replace("Saturday", "Sunday")})
    articles, _ = read([feed])
    assert [a.source for a in articles] == [f"{feed}:1", f"{feed}:2"]


def test_duplicates_are_read_once(tmp_path: Path) -> None:
    """The same article twice in a feed, again as a text file, and the feed named twice: one article.

    Each copy read again is a warning naming the first; a file named twice is simply read once.
    """
    record = {"text": BODY, "title": "Museum reopens after renovation"}
    feed = write_jsonl(tmp_path / "feed.jsonl", record, record)
    as_text = tmp_path / "museum.txt"
    as_text.write_text("Museum reopens after renovation\n\n" + BODY + "\n", encoding="utf-8")
    articles, problems = read([feed, as_text, feed])
    assert len(articles) == 1
    assert all(p.severity == "warning" and "read once" in p.reason for p in problems)
    assert len(problems) == 2


def test_every_bad_line_is_reported_and_the_rest_read() -> None:
    text = "\n".join(
        [
            json.dumps({"text": BODY}),
            "[1, 2, 3]",
            "{not json",
            json.dumps({"text": 42}),
            json.dumps({"html": "<html><body></body></html>"}),
            "",
            json.dumps({"text": "Share:\nMore Headlines"}),
            json.dumps({"text": BODY.replace("museum", "gallery")}),
        ]
    )
    results = list(articles_from_jsonl(text, "feed.jsonl"))
    problems = [(r.line, r.reason) for r in results if not isinstance(r, Article)]
    assert [line for line, _ in problems] == [2, 3, 4, 5, 7]
    assert problems[0][1] == "line is not a JSON object"
    assert problems[1][1].startswith("invalid JSON")
    assert problems[2][1] == "no 'text' or 'html' field with content"
    assert problems[3][1] == "no article text found in the HTML"
    assert problems[4][1] == "no article text left after removing boilerplate"
    assert sum(isinstance(r, Article) for r in results) == 2
