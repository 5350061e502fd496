"""The store's tables, and the versioned migrations that build and upgrade them.

The schema version is SQLite's ``PRAGMA user_version``. Migration ``n``
(``MIGRATIONS[n - 1]``) takes a store from version ``n - 1`` to ``n``; each
runs in its own transaction together with the version bump, so a store is
always at one version or the next, never half-way. A store written by a
newer newsfuse (a version above :data:`SCHEMA_VERSION`) is refused rather
than guessed at.

Findings are kept as msgpack-encoded model structs: an article's analysis
(the article itself, its sentences, quotes, mentions and quantities) in
``articles.analysis``, and a story's findings (utterances, entities, claims,
conflicts, timeline, reuse, originality, sources, summary) in
``stories.findings``. Columns beside them are what listing and lookup need.
"""

from __future__ import annotations

import sqlite3

from newsfuse.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "schema_version"]

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, stories, problems
    """
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,          -- order of creation
        label TEXT NOT NULL,
        start TEXT,
        "end" TEXT,
        size INTEGER NOT NULL DEFAULT 0,      -- number of articles
        stale INTEGER NOT NULL DEFAULT 1,     -- 1 while findings lag behind the articles
        independent_sources INTEGER,
        findings BLOB                         -- msgpack Report fragment of compare_story
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,          -- order of arrival in the store
        story TEXT NOT NULL REFERENCES stories(id),
        source TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published TEXT,
        analysis BLOB NOT NULL,               -- msgpack ArticleAnalysis
        features BLOB NOT NULL                -- msgpack ArticleFeatures (what clustering saw)
    );
    CREATE INDEX articles_by_story ON articles(story, seq);
    CREATE TABLE problems (
        key TEXT PRIMARY KEY,                 -- the problem's message: the same problem is kept once
        source TEXT NOT NULL,
        line INTEGER,
        stage TEXT NOT NULL,
        severity TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    """,
    # 2: the storyline of each story, and dates inferred for its undated articles (issue #16)
    """
    ALTER TABLE stories ADD COLUMN storyline TEXT;      -- id of the storyline's first story
    ALTER TABLE stories ADD COLUMN inferred BLOB;       -- msgpack tuple of InferredDate
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    """The version of the store behind ``connection`` (0 for a new, empty file)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, migrations: tuple[str, ...] = MIGRATIONS) -> int:
    """Bring the store up to the latest version; returns the version it was at before.

    ``connection`` must be in autocommit mode (``isolation_level=None``) so
    that each migration is exactly one explicit transaction.
    """
    found = schema_version(connection)
    if found > len(migrations):
        raise StoreError(
            f"store is at schema version {found}, newer than this newsfuse knows ({len(migrations)}); upgrade newsfuse"
        )
    for version in range(found + 1, len(migrations) + 1):
        try:
            connection.execute("BEGIN IMMEDIATE")
            if schema_version(connection) >= version:
                # another process migrated while this one waited for the write lock
                connection.execute("COMMIT")
                continue
            for statement in _statements(migrations[version - 1]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version:d}")
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise StoreError(f"cannot migrate store to schema version {version}: {exc}") from exc
    return found


def _statements(script: str) -> list[str]:
    """The statements of a migration script (executescript would commit on its own)."""
    statements = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\n;"):
                statements.append(buffer.strip())
            buffer = ""
    return statements
