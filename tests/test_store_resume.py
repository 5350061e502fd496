"""An ingest stopped part-way and run again ends exactly where one uninterrupted ingest ends."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from newsfuse.model import Article
from newsfuse.options import ClusterOptions
from newsfuse.store import Store, ingest, restore_index
from newsfuse.stories import extract_features
from newsfuse.stories.index import look_back_days

ARTICLES = 600
BATCH = 20


class Stop(Exception):
    """Stands in for the kill: raised once some batches are committed."""


def write_articles(folder: Path, count: int) -> None:
    """Invented articles in made-up words: two to five per event, events that share words, over one year."""
    rng = random.Random(5)
    syllables = ["ka", "lo", "mer", "tin", "vas", "dor", "pel", "run", "sek", "bri", "on", "ta", "gil", "fen", "mor"]
    pool = sorted({"".join(rng.choice(syllables) for _ in range(3)) for _ in range(300)})
    folder.mkdir()
    n = 0
    while n < count:
        words, day = rng.sample(pool, 8), f"{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        for _ in range(min(rng.randint(2, 5), count - n)):
            lead = " ".join(rng.sample(words, 5) + rng.sample(pool, 8)).capitalize()
            more = " ".join(rng.sample(words, 3) + rng.sample(pool, 8)).capitalize()
            title = " ".join(rng.sample(words, 3)).title()
            (folder / f"{n:05d}.txt").write_text(
                f"{title} report {n}\n\nPublished: 2024-{day}\n\n{lead}.\n\n{more}.\n", encoding="utf-8"
            )
            n += 1


def partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.story.articles) for s in store.stories()}


@pytest.mark.parametrize("stop_after", [2, 5, 11])
def test_stopped_then_resumed_ingest_equals_one_clean_ingest(tmp_path: Path, stop_after: int) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    with Store(tmp_path / "clean.db") as store:
        ingest([folder], store, batch_size=BATCH)
        clean = partition(store)
        clean_ids = {s.story.id for s in store.stories()}

    def stop(done: int, total: int) -> None:
        if done >= stop_after * BATCH:
            raise Stop

    with Store(tmp_path / "resumed.db") as store:
        with pytest.raises(Stop):
            ingest([folder], store, batch_size=BATCH, progress=stop)
        assert store.article_count() == stop_after * BATCH
        ingest([folder], store, batch_size=10 * BATCH)
        assert store.article_count() == ARTICLES
        resumed = partition(store)
        resumed_ids = {s.story.id for s in store.stories()}
    assert len(resumed) == len(clean)
    assert resumed == clean
    assert resumed_ids == clean_ids


def test_second_ingest_of_new_articles_weighs_them_before_placing_stored_stories(tmp_path: Path) -> None:
    """Two ingests of two halves of the input end as one ingest of both halves, read in that order."""
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    files = sorted(folder.iterdir())
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in files:
        target = first if int(path.stem) % 8 < 4 else second
        path.rename(target / path.name)
    with Store(tmp_path / "a.db") as store:
        ingest([first], store, batch_size=BATCH)
        ingest([second], store, batch_size=BATCH)
        assert store.article_count() == ARTICLES
        placed = [a for s in store.stories() for a in s.story.articles]
    assert len(placed) == len(set(placed)) == ARTICLES


ARREST = (
    "Former minister Odile Varga arrested over harbour contracts\n\nPublished: 2024-05-06\n\n"
    "Police in Essim arrested former transport minister Odile Varga on Monday over harbour dredging contracts "
    "worth 40 million, prosecutor Ilan Moreau said. Varga denies taking bribes from the Castel dredging group.\n"
)
TRIAL = (
    "Varga trial opens with testimony from dredging executive\n\nPublished: 2024-06-03\n\n"
    "The corruption trial of former transport minister Odile Varga opened in Essim, where a Castel dredging "
    "executive told judges he paid for the harbour contracts. Prosecutor Ilan Moreau asked for eight years.\n"
)
TRIAL_UNDATED = (
    "On Monday, June 3, the trial of Odile Varga, the former transport minister, opened in Essim; judges heard "
    "a Castel dredging executive describe paying for the harbour contracts as prosecutor Ilan Moreau watched.\n"
)


def test_the_store_keeps_storylines_and_inferred_dates_across_ingests(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "arrest.txt").write_text(ARREST, encoding="utf-8")
    (second / "trial.txt").write_text(TRIAL, encoding="utf-8")
    (second / "trial-undated.txt").write_text(TRIAL_UNDATED, encoding="utf-8")
    with Store(tmp_path / "news.db") as store:
        ingest([first], store)
        ingest([second], store)
    with Store(tmp_path / "news.db") as store:
        arrest, trial = (s.story for s in store.stories())
    assert len(arrest.articles) == 1 and len(trial.articles) == 2
    assert trial.storyline == arrest.storyline == arrest.id
    assert [d.date for d in trial.inferred_dates] == ["2024-06-03"]


def test_an_ingest_of_dated_articles_restores_only_the_stories_within_reach(tmp_path: Path) -> None:
    """The cost of adding articles follows the new articles, not the size of the store."""
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    with Store(tmp_path / "news.db") as store:
        ingest([folder], store, batch_size=10 * BATCH)
        stories = store.stories()
        newcomer = extract_features(
            Article(id="new", source="new.txt", body="Vasdor kalotin report.", published="2024-06-15")
        )
        index = restore_index(store, ClusterOptions(), [newcomer])
        assert 0 < len(index) < len(stories) / 2
        reach = timedelta(days=look_back_days(index.options) + 1)
        low, high = (date(2024, 6, 15) - reach).isoformat(), (date(2024, 6, 15) + reach).isoformat()
        within = {s.story.id for s in stories if s.story.start and s.story.start <= high and s.story.end >= low}
        assert {s.id for s in index.stories()} == within
        assert index.documents == ARTICLES + 1


def test_an_older_store_gets_its_term_counts_from_the_stored_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 40)
    db = tmp_path / "news.db"
    with Store(db) as store:
        ingest([folder], store)
    connection = sqlite3.connect(db)
    counted = sorted(connection.execute("SELECT term, df FROM term_df"))
    connection.execute("DROP TABLE term_df")
    connection.execute("DROP TABLE pages")  # added by version 5
    connection.execute("ALTER TABLE conflict_values DROP COLUMN in_title")  # added by version 6
    connection.execute("DROP TABLE settings")  # added by version 7
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    with Store(db) as store:
        assert store.article_count() == 40
    connection = sqlite3.connect(db)
    assert sorted(connection.execute("SELECT term, df FROM term_df")) == counted
    assert counted and max(df for _, df in counted) > 1
    connection.close()
