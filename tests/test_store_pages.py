"""Story pages kept by the ingest: an ingest re-checks only the stories its new articles can change.

A story's kept page depends on its own findings and on the articles
published in its days (which outlets did not carry it). These tests ingest
one article into stores of different sizes and check that the work of the
ingest (SQL statements run, story states computed) follows the new
article, not the store, while every page still equals a fresh render.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsfuse.app.pages import render_story, unpack
from newsfuse.store import Store, ingest, story_report
from newsfuse.store import pages as store_pages
from serve_fixture import write_jsonl

TOPICS = [
    "Ashbury|council approved a river footbridge|Mara Quill|council leader|It will join the two halves of town",
    "Porthwen|ferry crews walked out over night shifts|Tomas Brenner|union organiser|Nobody sails three nights running",
    "Kelmarsh|the library reopened after a flood|Ines Varga|head librarian|Every shelf was dried by hand",
    "Dunlow|the tram line closed for repairs|Piet Amsel|transport officer|The rails had cracked in the frost",
    "Skerra|a lighthouse keeper retired after forty years|Olwen Rees|harbour master|The lamp never failed on his watch",
    "Brackwater|the orchard festival drew record crowds|Jonah Fell|festival organiser|We ran out of cider by noon",
    "Tollmere|the hospital opened a new maternity ward|Ada Kirsch|chief nurse|Mothers need not travel to the city",
    "Varrow|fishermen protested against new quotas|Cal Dorran|fleet spokesman|These quotas will empty our harbour",
    "Quenby|a school choir won the national contest|Lise Amundsen|choir mistress|The children sang like never before",
    "Hollin|the old mill was turned into flats|Rhys Penhale|site architect|The wheel stays where it always was",
]
"""Invented local stories: town | what happened | who spoke | their role | what they said."""


def record(topic: int, day: str, outlet: str) -> dict[str, str]:
    town, event, person, role, words = TOPICS[topic].split("|")
    return {
        "outlet": outlet,
        "published": day,
        "title": f"In {town}, {event}",
        "text": f"In {town}, {event} on Tuesday.\n\n\u201c{words},\u201d said {person}, the {role}.",
    }


def store_of(folder: Path, topics: range) -> Path:
    """A store with one story per topic, each in a month of its own (2023), from two outlets."""
    db = folder / "store.db"
    records = [record(t, f"2023-{t + 1:02d}-10", outlet) for t in topics for outlet in ("Hill Weekly", "Dale Post")]
    with Store(db) as store:
        ingest([write_jsonl(folder / "stories.jsonl", records)], store)
    return db


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small store (3 stories) and a large one (the same plus 6 more)."""
    small = store_of(tmp_path_factory.mktemp("small"), range(3))
    large = store_of(tmp_path_factory.mktemp("large"), range(9))
    return small, large


def copy_of(db: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(db, folder / db.name)
    return folder / db.name


def ingest_counted(
    db: Path, folder: Path, records: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> dict[str, int]:
    """Ingest ``records``; how many SQL statements ran and how many story states were computed for pages."""
    states: list[str] = []
    original: Callable[..., Any] = store_pages.story_state

    def counted(connection: sqlite3.Connection, story_id: str) -> Any:
        states.append(story_id)
        return original(connection, story_id)

    monkeypatch.setattr(store_pages, "story_state", counted)
    statements: list[str] = []
    with Store(db) as store:
        store._db.set_trace_callback(statements.append)
        ingest([write_jsonl(folder / "probe.jsonl", records)], store)
        store._db.set_trace_callback(None)
    monkeypatch.undo()
    return {"statements": len(statements), "states": len(states)}


def assert_pages_hold(db: Path) -> None:
    with Store(db) as store, store.transaction() as transaction:
        assert store_pages.outdated_pages(transaction) == []
    connection = sqlite3.connect(db)
    kept = dict(connection.execute("SELECT story, html FROM pages").fetchall())
    connection.close()
    with Store(db) as store:
        for stored in store.stories():
            story_id = stored.story.id
            assert unpack(kept[story_id]).decode("utf-8") == render_story(story_id, story_report(store, story_id))


def test_a_one_article_ingest_does_the_same_work_in_a_store_three_times_larger(
    stores: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    probe = [record(9, "2025-06-10", "Hill Weekly")]  # a new story, on a day no stored story covers
    small, large = (copy_of(db, tmp_path / name) for db, name in zip(stores, ("small", "large"), strict=True))
    work = [ingest_counted(db, db.parent, probe, monkeypatch) for db in (small, large)]
    assert work[0] == work[1]
    assert work[0]["states"] == 1  # the new story's, for its page written with its findings; none is in its days
    assert_pages_hold(large)


def test_an_article_in_the_days_of_other_stories_re_renders_just_those_pages(
    stores: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another outlet's article on the day of the second story, about something else: that story's page lists
    # the outlets that did not carry it, so it must be rendered again; no other story's page changes.
    probe = [record(9, "2023-02-10", "Moor Gazette")]
    small, large = (copy_of(db, tmp_path / name) for db, name in zip(stores, ("small", "large"), strict=True))
    with Store(large) as store:
        before = {s.story.id: s.story.start for s in store.stories()}
    work = [ingest_counted(db, db.parent, probe, monkeypatch) for db in (small, large)]
    assert work[0] == work[1]
    assert work[0]["states"] == 3  # the new story's page; that day's story: checked, then its page written
    assert_pages_hold(large)
    with Store(large) as store:
        report = store.report(next(s for s, start in before.items() if start and start.startswith("2023-02")))
    assert "Moor Gazette" in render_story(report.stories[0].id, report)


def test_a_full_check_finds_a_page_left_out_of_date(stores: tuple[Path, Path], tmp_path: Path) -> None:
    db = copy_of(stores[0], tmp_path / "full")
    connection = sqlite3.connect(db)
    with connection:
        (story,) = connection.execute("SELECT story FROM pages ORDER BY story LIMIT 1").fetchone()
        connection.execute("UPDATE pages SET state = 'from before' WHERE story = ?", (story,))
    connection.close()
    with Store(db) as store, store.transaction() as transaction:
        assert store_pages.outdated_pages(transaction) == [story]
        assert store_pages.outdated_pages(transaction, []) == []  # nothing changed: nothing in anyone's days


def test_the_stories_of_some_days_are_found_through_the_date_index(stores: tuple[Path, Path]) -> None:
    connection = sqlite3.connect(f"file:{stores[1]}?mode=ro", uri=True)
    plan = " ".join(r[-1] for r in connection.execute("EXPLAIN QUERY PLAN " + store_pages.IN_DAYS, ("2023", "2024")))
    connection.close()
    assert "stories_by_date" in plan and "SCAN" not in plan
