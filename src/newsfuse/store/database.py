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

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import msgspec

from newsfuse.errors import StoreError
from newsfuse.model import ArticleAnalysis, Problem, Report, Story
from newsfuse.store import tables
from newsfuse.store.schema import SCHEMA_VERSION, migrate, schema_version
from newsfuse.stories.features import ArticleFeatures

__all__ = ["Store", "StoredArticle", "StoredStory"]

_encoder = msgspec.msgpack.Encoder()
_analysis_decoder = msgspec.msgpack.Decoder(ArticleAnalysis)
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

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
            if schema_version(self._db) != SCHEMA_VERSION:
                # A new or old store: switching to WAL and migrating need the file to
                # themselves, and SQLite does not wait for the lock a journal-mode change
                # needs, so processes opening a new store at once take turns here.
                with _file_lock(self.path):
                    self._db.execute("PRAGMA journal_mode=WAL")
                    migrate(self._db)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

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
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(r[0] for r in self._db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return known

    def article_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def story_members(self) -> Iterator[tuple[str, str, list[ArticleFeatures]]]:
        """Every story (id, label) with its members' features, stories and members in order of arrival."""
        current: tuple[str, str] | None = None
        members: list[ArticleFeatures] = []
        rows = self._db.execute(
            "SELECT s.id, s.label, a.features FROM articles a JOIN stories s ON s.id = a.story ORDER BY s.seq, a.seq"
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
        rows = self._db.execute(
            'SELECT id, label, start, "end", independent_sources, stale, storyline, inferred FROM stories ORDER BY seq'
        ).fetchall()
        members: dict[str, list[str]] = {}
        for story_id, article_id in self._db.execute("SELECT story, id FROM articles ORDER BY seq"):
            members.setdefault(story_id, []).append(article_id)
        return [
            StoredStory(
                story=Story(
                    id=story_id,
                    label=label,
                    articles=tuple(members.get(story_id, ())),
                    start=start,
                    end=end,
                    independent_sources=sources,
                    storyline=storyline,
                    inferred_dates=tables.inferred_dates(inferred),
                ),
                stale=bool(stale),
            )
            for story_id, label, start, end, sources, stale, storyline, inferred in rows
        ]

    def storylines(self) -> dict[str, str]:
        """Story id -> the id of its storyline, for every story that has one."""
        rows = self._db.execute("SELECT id, storyline FROM stories WHERE storyline IS NOT NULL")
        return {story_id: storyline for story_id, storyline in rows}

    def find_story(self, reference: str) -> str:
        """The id of the story ``reference`` names: its full id or an unambiguous prefix."""
        rows = self._db.execute(
            "SELECT id FROM stories WHERE id = ? OR substr(id, 1, length(?)) = ? ORDER BY id = ? DESC LIMIT 2",
            (reference, reference, reference, reference),
        ).fetchall()
        if not rows:
            raise StoreError(f"no story {reference!r} in {self.path}")
        if len(rows) > 1 and rows[0][0] != reference:
            raise StoreError(f"story {reference!r} is ambiguous in {self.path}; give more of its id")
        return str(rows[0][0])

    def story(self, story_id: str) -> StoredStory:
        for item in self._stories_where("s.id = ?", (story_id,)):
            return item
        raise StoreError(f"no story {story_id!r} in {self.path}")

    def stale_stories(self) -> list[str]:
        """Stories whose findings lag behind their articles (new members, or an interrupted ingest)."""
        return [r[0] for r in self._db.execute("SELECT id FROM stories WHERE stale = 1 ORDER BY seq")]

    def analyses(self, story_id: str) -> list[ArticleAnalysis]:
        """The analyses of a story's articles, in order of arrival."""
        rows = self._db.execute("SELECT analysis FROM articles WHERE story = ? ORDER BY seq", (story_id,))
        return [_analysis_decoder.decode(r[0]) for r in rows]

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

    def _stories_where(self, condition: str, parameters: Sequence[object]) -> Iterator[StoredStory]:
        rows = self._db.execute(
            'SELECT s.id, s.label, s.start, s."end", s.independent_sources, s.stale, s.storyline, s.inferred'
            f" FROM stories s WHERE {condition}",
            parameters,
        ).fetchall()
        for story_id, label, start, end, sources, stale, storyline, inferred in rows:
            members = tuple(
                r[0] for r in self._db.execute("SELECT id FROM articles WHERE story = ? ORDER BY seq", (story_id,))
            )
            yield StoredStory(
                story=Story(
                    id=story_id,
                    label=label,
                    articles=members,
                    start=start,
                    end=end,
                    independent_sources=sources,
                    storyline=storyline,
                    inferred_dates=tables.inferred_dates(inferred),
                ),
                stale=bool(stale),
            )

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
        db.execute(
            "UPDATE stories SET size = (SELECT count(*) FROM articles a WHERE a.story = stories.id) WHERE stale = 1"
        )

    def write_problems(self, db: sqlite3.Connection, problems: Iterable[Problem]) -> None:
        """Keep ``problems`` (each one once, however often it recurs)."""
        db.executemany(
            "INSERT OR IGNORE INTO problems (key, source, line, stage, severity, reason) VALUES (?, ?, ?, ?, ?, ?)",
            [(p.message() + f" [{p.stage}]", p.source, p.line, p.stage, p.severity, p.reason) for p in problems],
        )

    def write_findings(self, db: sqlite3.Connection, story_id: str, findings: Report) -> None:
        """Keep a story's findings (in the findings tables) and mark it up to date."""
        tables.write_findings(db, story_id, findings)
        # the runner sizes the story (``findings.stories``); a bare fragment counts its source groups
        sized = findings.stories[0].independent_sources if findings.stories else len(findings.sources) or None
        db.execute(
            "UPDATE stories SET findings = NULL, independent_sources = ?, stale = 0 WHERE id = ?", (sized, story_id)
        )
