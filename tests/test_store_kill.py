"""Killing an ingest (SIGKILL) loses nothing committed and leaves a store that opens and continues;
two ingests at once take turns."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfuse.store import Store, ingest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ARTICLES = 600
BATCH = 20


def write_articles(folder: Path, count: int) -> None:
    """``count`` distinct short articles about made-up events, a few per event and day."""
    rng = random.Random(8)
    places = ["Arden", "Belmont", "Carrow", "Dunmore", "Eastvale", "Fenwick", "Glenrock", "Harlow"]
    topics = ["bridge", "budget", "election", "flood", "strike", "hospital", "festival", "court"]
    verbs = ["opened", "collapsed", "passed", "delayed", "approved", "cancelled", "expanded", "closed"]
    folder.mkdir()
    for n in range(count):
        event = n // 4
        place, topic = places[event % 8], topics[(event // 8) % 8]
        sentences = [
            f"The {topic} in {place} was {rng.choice(verbs)} on Monday, officials in {place} said.",
            f"Mayor Quinn Number{event} spoke about the {topic} for {rng.randint(2, 90)} minutes.",
            f"Residents of {place} gathered near the {topic} site as reporter {n} watched.",
        ]
        day = 1 + event % 28
        (folder / f"{n:05d}.txt").write_text(
            f"{place} {topic} news {event}\n\nPublished: 2024-02-{day:02d}\n\n" + "\n\n".join(sentences) + "\n",
            encoding="utf-8",
        )


def committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    db = tmp_path / "news.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsfuse", "ingest", str(folder), "--db", str(db), "--batch-size", str(BATCH)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        seen = 0
        while seen < 2 * BATCH and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
            seen = committed(db)
        assert process.poll() is None, "ingest finished before it could be killed; make the input larger"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    kept = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    connection.close()
    assert seen <= kept < ARTICLES
    assert kept % BATCH == 0, "a batch is written whole or not at all"

    with Store(db) as store:
        result = ingest([folder], store, batch_size=200)
        assert result.already_stored == kept
        assert result.added == ARTICLES - kept
        assert store.article_count() == ARTICLES
        assert store.stale_stories() == []
        assert store.integrity() == "ok"
        stories = store.stories()
    placed = [a for s in stories for a in s.story.articles]
    assert len(placed) == len(set(placed)) == ARTICLES


def test_two_ingests_at_once_take_turns(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 300)
    db = tmp_path / "news.db"
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "newsfuse", "ingest", str(folder), "--db", str(db), "--batch-size", "10"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    with Store(db) as store:
        assert store.article_count() == 300
        assert store.stale_stories() == []
        placed = [a for s in store.stories() for a in s.story.articles]
    assert len(placed) == len(set(placed)) == 300
