"""The SQLite store: articles with their analyses, stories with their findings.

:class:`Store` is the only code that speaks SQL. It opens (and migrates) a
store file in WAL mode, writes one batch of articles and their story
assignments per transaction, and reads stories and findings back as model
structs. What to write and when is decided by :mod:`newsfuse.store.ingest`.

A transaction either lands whole or not at all, so a process killed at
any moment (even SIGKILL) leaves a store that opens, keeps every batch
committed before the kill, and lets the next ingest carry on.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import msgspec

from newsfuse.compare.sources import coverage
from newsfuse.errors import StoreError
from newsfuse.model import ArticleAnalysis, Problem, Report, Story
from newsfuse.options import Options
from newsfuse.store import tables
from newsfuse.store.pages import write_page
from newsfuse.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from newsfuse.stories.features import ArticleFeatures

__all__ = ["Store", "StoredArticle", "StoredStory", "damaged_store_errors"]

_encoder = msgspec.msgpack.Encoder()
_features_decoder = msgspec.msgpack.Decoder(ArticleFeatures)


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive OS lock on ``<path>.lock``, released by the OS if the process dies."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    with open(f"{path}.lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _open_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection that writes nothing: not the store, not a file beside it.

    With no ``-wal`` file beside the store, no connection has it open (SQLite
    deletes the file when the last one closes), so it is read as immutable:
    SQLite then creates no ``-wal``/``-shm`` files either, which also lets it
    read a store in a folder the user cannot write to. With a ``-wal`` file (an
    ingest running, or killed), ``mode=ro`` reads the committed state through
    it; where even that cannot open (a read-only folder), immutable again.
    """
    uri = "file:" + quote(os.fsencode(path.absolute())) + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    try:
        version = schema_version(db)
    except sqlite3.OperationalError:
        db.close()
        db = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=timeout, isolation_level=None)
        version = schema_version(db)
    if version != SCHEMA_VERSION:
        if 0 < version < SCHEMA_VERSION:
            _check_tables(db, path, version, columns=False)  # an ingest may be migrating it (see _tables)
        db.close()
        if version == 0:
            raise StoreError(f"{path} is not a newsfuse store (no schema version)")
        raise StoreError(
            f"store {path} is at schema version {version}, this newsfuse reads {SCHEMA_VERSION};"
            " run `newsfuse ingest` with the matching newsfuse to upgrade it"
        )
    _check_tables(db, path)
    return db


def _table_names(db: sqlite3.Connection) -> list[str]:
    """The names of the tables of ``db`` (read from the schema alone: no table is opened)."""
    return [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _tables(db: sqlite3.Connection) -> dict[str, set[str]]:
    """Every table of ``db`` with its column names.

    Reading a full-text table's columns opens its FTS5 module, which reads
    the table's own rows; SQLite fails that ("vtable constructor failed")
    when another connection commits a schema change in between. So columns
    are read only where nobody migrates the file meanwhile: under the
    store's file lock, or in a store at the current version.
    """
    return {name: {r[1] for r in db.execute(f'PRAGMA table_info("{name}")')} for name in _table_names(db)}


@lru_cache(maxsize=8)
def _expected_tables(version: int) -> dict[str, set[str]]:
    """The tables (and their columns) of a store at ``version``, built by the migrations in a scratch store."""
    scratch = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(scratch, MIGRATIONS[:version])
        return _tables(scratch)
    finally:
        scratch.close()


def _check_tables(db: sqlite3.Connection, path: Path, version: int = SCHEMA_VERSION, *, columns: bool = True) -> None:
    """Refuse a file at schema ``version`` without that version's tables and columns: another program's file.

    ``columns=False`` checks the tables' names only: the check for a file
    another process may be migrating (see :func:`_tables`).
    """
    found: dict[str, set[str] | None] = dict(_tables(db)) if columns else dict.fromkeys(_table_names(db))
    for table, wanted in _expected_tables(version).items():
        if table not in found:
            what = f"no table {table!r}"
        elif (have := found[table]) is not None and (missing := wanted - have):
            what = f"table {table!r} lacks {', '.join(sorted(missing))}"
        else:
            continue
        db.close()
        raise StoreError(f"{path} is not a newsfuse store ({what})")


def _refuse_foreign(db: sqlite3.Connection, path: Path, *, locked: bool) -> None:
    """Refuse to migrate an SQLite file that holds tables but is not a store of ours at its version.

    The version is read again after the tables: a store another process has
    just built (tables and version land in one transaction) is not foreign.
    Not ``locked`` (another process may be migrating the file), only the
    tables' names are read, never their columns (see :func:`_tables`).
    """
    version = schema_version(db)
    if 0 < version < SCHEMA_VERSION:
        _check_tables(db, path, version, columns=locked)  # an older store of ours is migrated, a foreign file is not
    elif version == 0 and _table_names(db) and schema_version(db) == 0:
        raise StoreError(f"{path} is not a newsfuse store (an SQLite file with other tables); left as is")


@contextmanager
def damaged_store_errors(path: Path) -> Iterator[None]:
    """Turn what a damaged store raises on reading (SQLite errors, undecodable rows) into one :class:`StoreError`."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read store {path}: {exc}") from exc
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise StoreError(f"store {path} is damaged (a stored row does not decode: {exc})") from exc


class StoredArticle(msgspec.Struct, frozen=True, kw_only=True):
    """An article to write: its analysis, what clustering saw, and the story it joined."""

    analysis: ArticleAnalysis
    features: ArticleFeatures
    story: str


class StoredStory(msgspec.Struct, frozen=True, kw_only=True):
    """A story as the store lists it."""

    story: Story
    stale: bool = False


class Store:
    """A newsfuse store in one SQLite file (created and migrated on open)."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0, readonly: bool = False) -> None:
        """Open the store at ``path``; ``readonly`` opens an existing store without writing anything.

        A read-only store is never created, migrated or switched to WAL, so
        listing and reporting leave the file as it was; it opens in a folder
        the user cannot write to as well.
        """
        self.path = Path(path)
        self.readonly = readonly
        try:
            self._db = _open_readonly(self.path, timeout) if readonly else self._open_writable(timeout)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    def _open_writable(self, timeout: float) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        if schema_version(db) != SCHEMA_VERSION:
            _refuse_foreign(db, self.path, locked=False)  # before the lock file is made beside it
            # A new or old store: switching to WAL and migrating need the file to
            # themselves, and SQLite does not wait for the lock a journal-mode change
            # needs, so processes opening a new store at once take turns here (and
            # look at the file again once it is their turn: another may have built it).
            with _file_lock(self.path):
                _refuse_foreign(db, self.path, locked=True)
                if schema_version(db) != SCHEMA_VERSION:
                    db.execute("PRAGMA journal_mode=WAL")
                    migrate(db)
        _check_tables(db, self.path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Hold the store's ingest lock: one writer at a time, others wait.

        An ingest spans many transactions and keeps a story index in memory
        that must match the store, so two ingests must not interleave. The
        lock is an OS file lock on ``<store>.lock`` (released by the OS if
        the process dies, so a killed ingest never leaves the store locked);
        where file locks are not available it does nothing.
        """
        with _file_lock(self.path):
            yield

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole on success, rolled back on any error."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc
        try:
            yield self._db
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot commit to store {self.path}: {exc}") from exc

    # --- reading -------------------------------------------------------------------------------

    def integrity(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` verdict (``ok`` for a sound store)."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` the store already holds."""
        wanted = list(dict.fromkeys(ids))
        known: set[str] = set()
        for batch, marks in tables.in_batches(wanted):
            known.update(r[0] for r in self._db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", batch))
        return known

    def has_url(self, url: str) -> bool:
        """Whether an article fetched from ``url`` (its source or its address) is stored already."""
        query = "SELECT 1 FROM articles WHERE source = ? OR url = ? LIMIT 1"
        return self._db.execute(query, (url, url)).fetchone() is not None

    def article_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def term_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """How many stored articles hold each of ``terms`` (terms no stored article holds are left out)."""
        wanted = list(dict.fromkeys(terms))
        counts: dict[str, int] = {}
        for batch, marks in tables.in_batches(wanted):
            counts.update(self._db.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", batch))
        return counts

    def story_members(self, between: tuple[str, str] | None = None) -> Iterator[tuple[str, str, list[ArticleFeatures]]]:
        """Stories (id, label) with their members' features, stories and members in order of arrival.

        With ``between`` (two ISO dates), only the stories that could take an
        article of those days: the ones whose dates overlap them, and every
        story with an undated member (its time does not rule it out).
        """
        current: tuple[str, str] | None = None
        members: list[ArticleFeatures] = []
        condition = ""
        parameters: tuple[str, ...] = ()
        if between is not None:
            condition = (
                ' WHERE (s."end" >= ? AND s.start <= ?) OR s.start IS NULL'
                " OR s.id IN (SELECT story FROM articles WHERE published IS NULL)"
            )
            parameters = between
        rows = self._db.execute(
            "SELECT s.id, s.label, a.features FROM articles a JOIN stories s ON s.id = a.story"
            f"{condition} ORDER BY s.seq, a.seq",
            parameters,
        )
        for story_id, label, blob in rows:
            if current is not None and current[0] != story_id:
                yield current[0], current[1], members
                members = []
            current = (story_id, label)
            members.append(_features_decoder.decode(blob))
        if current is not None:
            yield current[0], current[1], members

    def stories(self) -> list[StoredStory]:
        """Every story, in order of creation."""
        rows = self._db.execute(f"SELECT id, {tables.STORY_COLUMNS} FROM stories ORDER BY seq").fetchall()
        members: dict[str, list[str]] = {}
        outlets: dict[str, list[str | None]] = {}
        for story_id, article_id, outlet in self._db.execute("SELECT story, id, outlet FROM articles ORDER BY seq"):
            members.setdefault(story_id, []).append(article_id)
            outlets.setdefault(story_id, []).append(outlet)
        stories = []
        for story_id, *row in rows:
            covered, names = coverage(outlets.get(story_id, ()))
            story, stale = tables.story_from_row(
                story_id, row, tuple(members.get(story_id, ())), coverage=covered or None, outlets=names
            )
            stories.append(StoredStory(story=story, stale=stale))
        return stories

    def story_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def storylines(self, stories: Iterable[str] | None = None) -> dict[str, str]:
        """Story id -> the id of its storyline, for every story (or each of ``stories``) that has one."""
        query = "SELECT id, storyline FROM stories WHERE storyline IS NOT NULL"
        if stories is None:
            return {story_id: storyline for story_id, storyline in self._db.execute(query)}
        wanted = list(dict.fromkeys(stories))
        found: dict[str, str] = {}
        for batch, marks in tables.in_batches(wanted):
            found.update(self._db.execute(f"{query} AND id IN ({marks})", batch))
        return found

    def find_story(self, reference: str) -> str:
        """The id of the story ``reference`` names: its full id or an unambiguous prefix."""
        found = tables.stories_named(self._db, reference)
        if not found:
            raise StoreError(f"no story {reference!r} in {self.path}")
        if len(found) > 1:
            raise StoreError(f"story {reference!r} is ambiguous in {self.path}; give more of its id")
        return found[0]

    def story(self, story_id: str) -> StoredStory:
        found = tables.read_story(self._db, story_id)
        if found is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
        story, stale = found
        return StoredStory(story=story, stale=stale)

    def stale_stories(self) -> list[str]:
        """Stories whose findings lag behind their articles (new members, or an interrupted ingest)."""
        return [r[0] for r in self._db.execute("SELECT id FROM stories WHERE stale = 1 ORDER BY seq")]

    def analyses(self, story_id: str) -> list[ArticleAnalysis]:
        """The analyses of a story's articles, in order of arrival."""
        return tables.read_analyses(self._db, story_id)

    def findings(self, story_id: str) -> Report | None:
        """The stored findings of a story, from the findings tables (None until they are computed)."""
        row = self._db.execute("SELECT revision FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None or not row[0]:
            return None
        return tables.read_findings(self._db, story_id)

    def outlets_around(self, story: Story) -> list[tuple[str, str | None, str | None]]:
        """``(id, outlet, published)`` of the story's articles and of every article with an outlet in its days."""
        return tables.outlets_around(self._db, story)

    def report(self, story_id: str) -> Report:
        """One story's report, read from the findings tables (see :func:`newsfuse.store.tables.stored_report`)."""
        report = tables.stored_report(self._db, story_id)
        if report is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
        return report

    def problems(self) -> list[Problem]:
        rows = self._db.execute("SELECT source, line, stage, severity, reason FROM problems ORDER BY rowid")
        return [
            Problem(source=source, line=line, stage=stage, severity=severity, reason=reason)
            for source, line, stage, severity, reason in rows
        ]

    # --- writing (inside :meth:`transaction`) --------------------------------------------------

    def write_articles(
        self, db: sqlite3.Connection, articles: Sequence[StoredArticle], stories: Sequence[Story]
    ) -> None:
        """Add ``articles`` and create or update the ``stories`` they joined (marked stale)."""
        story_seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM stories").fetchone()[0])
        for story in stories:
            inferred = _encoder.encode(story.inferred_dates) if story.inferred_dates else None
            updated = db.execute(
                'UPDATE stories SET start = ?, "end" = ?, inferred = ?, stale = 1 WHERE id = ?',
                (story.start, story.end, inferred, story.id),
            ).rowcount
            if not updated:
                story_seq += 1
                db.execute(
                    'INSERT INTO stories (id, seq, label, start, "end", storyline, inferred)'
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (story.id, story_seq, story.label, story.start, story.end, story.storyline, inferred),
                )
        seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
        for item in articles:
            seq += 1
            article = item.analysis.article
            db.execute(
                "INSERT INTO articles (id, seq, story, source, title, outlet, published, analysis, features)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    seq,
                    item.story,
                    article.source,
                    article.title,
                    tables.outlet_name(article),
                    article.published,
                    _encoder.encode(item.analysis),
                    _encoder.encode(item.features),
                ),
            )
            tables.write_article(db, article)
        db.executemany(
            "INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(term,) for item in articles for term in item.features.terms],
        )
        db.execute(
            "UPDATE stories SET size = (SELECT count(*) FROM articles a WHERE a.story = stories.id) WHERE stale = 1"
        )

    def write_options(self, db: sqlite3.Connection, options: Options) -> None:
        """Record the options this ingest runs with (see :func:`newsfuse.store.tables.write_options`)."""
        tables.write_options(db, options)

    def write_problems(self, db: sqlite3.Connection, problems: Iterable[Problem]) -> None:
        """Keep ``problems`` (each one once, however often it recurs)."""
        db.executemany(
            "INSERT OR IGNORE INTO problems (key, source, line, stage, severity, reason) VALUES (?, ?, ?, ?, ?, ?)",
            [(p.message() + f" [{p.stage}]", p.source, p.line, p.stage, p.severity, p.reason) for p in problems],
        )

    def write_findings(self, db: sqlite3.Connection, story_id: str, findings: Report, *, page: bool = True) -> None:
        """Keep a story's findings (in the findings tables), mark it up to date and keep its web page.

        ``page=False`` leaves the page to a later :func:`newsfuse.store.ingest.refresh_pages` (which renders
        missing pages): a bulk import renders each page once, after its last story is written.
        """
        tables.write_findings(db, story_id, findings)
        # the runner sizes the story (``findings.stories``); a bare fragment counts its source groups
        sized = findings.stories[0].independent_sources if findings.stories else len(findings.sources) or None
        db.execute(
            "UPDATE stories SET findings = NULL, independent_sources = ?, stale = 0 WHERE id = ?", (sized, story_id)
        )
        if page:
            write_page(db, story_id)
