"""A small store for the web app's tests (invented articles, and one hostile story), and a real server for it."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsfuse.model import STORY_FINDINGS, ArticleAnalysis, Report
from newsfuse.options import Options
from newsfuse.store import Store, StoredArticle, ingest
from newsfuse.stories import extract_features
from report_fixture import hostile_report

COUNCIL = [
    {
        "outlet": "Riverside Gazette",
        "published": "2024-05-14",
        "title": "Ashbury council approves the new river footbridge",
        "text": (
            "Ashbury council approved the new river footbridge on Tuesday after a long debate.\n\n"
            "\u201cThis bridge will finally join the two halves of our town,\u201d said Mara Quill, "
            "the council leader.\n\n"
            "Opponents said the cost of 4 million pounds was too high for a town of this size.\n\n"
            "\u201cWe will start building in the autumn and finish before the winter floods,\u201d Quill added."
        ),
    },
    {
        "outlet": "Valley Courier",
        "published": "2024-05-15",
        "title": "Footbridge over the river wins council vote in Ashbury",
        "text": (
            "The footbridge over the river in Ashbury won the council vote on Tuesday evening.\n\n"
            "\u201cThis bridge will at last join the two halves of our town,\u201d said Mara Quill, "
            "who leads the council.\n\n"
            "The bridge is expected to cost 4 million pounds, and building starts in the autumn.\n\n"
            "\u201cWe will start building in the autumn,\u201d Quill said."
        ),
    },
]
FERRY = [
    {
        "outlet": "Harbour Times",
        "published": "2024-07-02",
        "title": "Ferry crews walk out over night shifts in Porthwen",
        "text": (
            "Ferry crews in Porthwen walked out on Monday in a dispute over night shifts.\n\n"
            "\u201cNobody should be asked to sail three nights in a row without rest,\u201d said Tomas Brenner, "
            "a union organiser.\n\n"
            "The ferry company said talks would resume on Thursday and that most crossings were cancelled."
        ),
    },
]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def add_report(store: Store, report: Report) -> None:
    """Write a hand-made report's story into the store through the store's own writers."""
    options = Options()
    (story,) = report.stories
    rows = [
        StoredArticle(
            analysis=ArticleAnalysis(article=a, quotes=tuple(q for q in report.quotes if q.article == a.id)),
            features=extract_features(a, options.cluster.lead_chars),
            story=story.id,
        )
        for a in report.articles
    ]
    with store.transaction() as db:
        store.write_articles(db, rows, [story])
    fragment = Report(**{name: getattr(report, name) for name in STORY_FINDINGS})
    with store.transaction() as db:
        store.write_findings(db, story.id, fragment)


def build_store(folder: Path, example_dir: Path | None = None) -> Path:
    """Two invented stories (three outlets), the seeds when given, and one hostile story."""
    db = folder / "news.db"
    with Store(db) as store:
        ingest([write_jsonl(folder / "council.jsonl", COUNCIL), write_jsonl(folder / "ferry.jsonl", FERRY)], store)
        if example_dir is not None:
            ingest([example_dir], store)
        add_report(store, hostile_report())
    return db


@contextmanager
def running_server(db: Path) -> Iterator[str]:
    """``newsfuse serve``'s app under a real uvicorn on a free port of 127.0.0.1; yields the base URL."""
    import uvicorn

    from newsfuse.app import create_app

    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
