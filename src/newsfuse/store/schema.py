"""The store's tables, and the versioned migrations that build and upgrade them.

The schema version is SQLite's ``PRAGMA user_version``. Migration ``n``
(``MIGRATIONS[n - 1]``) takes a store from version ``n - 1`` to ``n``; each
runs in its own transaction together with the version bump, so a store is
always at one version or the next, never half-way. A store written by a
newer newsfuse (a version above :data:`SCHEMA_VERSION`) is refused rather
than guessed at.

An article's analysis (the article itself, its sentences, quotes, mentions
and quantities: what the story stage reads again when a story grows) is
kept as a msgpack-encoded model struct in ``articles.analysis``.

Version 1 kept a story's findings as one msgpack blob (``stories.findings``).
Version 2 keeps them as tables (see :mod:`newsfuse.store.tables`):
``quotes``, ``utterances``, ``claims`` + ``claim_sources``, ``conflicts`` +
``conflict_values``, ``entities`` + ``mentions``, ``reuse``, ``originality``,
``timeline``, ``sources``, ``summary``; with ``outlets``, ``reviews`` (marks
people put on findings in ``newsfuse serve``) and the FTS5 full-text indexes
``article_text`` and ``quote_text``. Its migration moves every version-1
blob into the tables (and clears the blob) in the same transaction, so an
existing store reads the same afterwards.

Version 3 adds each story's ``storyline`` (the id of the storyline's first
story) and ``inferred`` (msgpack tuple of the dates story clustering
inferred for its undated articles). Version 4 adds ``term_df``: how many
stored articles hold each clustering term, so that an ingest weighs terms
without reading every stored article. Version 5 adds ``pages``: each
story's page for ``newsfuse serve``, rendered by whoever writes the story's
findings (:mod:`newsfuse.store.pages`); an older store gets an empty table
whose pages the next ingest renders (:func:`newsfuse.store.pages.outdated_pages`);
until then the server renders them itself. Version 6 adds
``conflict_values.in_title``: 1 where the value stands in the article's
headline, its ``start`` and ``end`` then offsets into ``articles.title``.
Version 7 adds ``settings``: the options the last ingest that computed
anything ran with (msgpack :class:`~newsfuse.options.Options`;
:mod:`newsfuse.store.ingest`), which a stale story's findings
are computed with on reading (:func:`newsfuse.store.tables.stored_report`);
an older store has none recorded until its next ingest, and reads with the
defaults until then.

A migration is SQL text, or a function of the connection for steps SQL
cannot do alone (decoding the version-1 blobs).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import msgspec

from newsfuse.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "migrate", "schema_version"]

Migration = str | Callable[[sqlite3.Connection], None]

_FINDINGS_TABLES = """
ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;   -- bumped whenever the findings are rewritten
ALTER TABLE stories ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 0; -- counts for listings, kept with the findings
ALTER TABLE stories ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN flagged_count INTEGER NOT NULL DEFAULT 0; -- quotations altered or misattributed
ALTER TABLE articles ADD COLUMN author TEXT;
ALTER TABLE articles ADD COLUMN url TEXT;
ALTER TABLE articles ADD COLUMN words INTEGER;
CREATE INDEX articles_by_outlet ON articles(outlet COLLATE NOCASE, published);
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX stories_by_date ON stories(coalesce("end", start), seq);
CREATE TABLE outlets (
    name TEXT PRIMARY KEY,
    domain TEXT,
    kind TEXT,                             -- agency | newspaper | broadcaster | online-only | unknown
    data TEXT                              -- the outlet as the JSON report prints it
);
CREATE TABLE quotes (
    key INTEGER PRIMARY KEY,               -- a stable rowid: the full-text index quote_text refers to it
    id TEXT NOT NULL UNIQUE,
    story TEXT NOT NULL REFERENCES stories(id),
    article TEXT NOT NULL REFERENCES articles(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    speaker TEXT,                          -- the resolved name, or an unnamed source's description
    speaker_named INTEGER,
    speaker_mention TEXT,                  -- the words naming the speaker at the attribution
    speaker_entity TEXT,
    speaker_chain TEXT,                    -- JSON, where attribution keeps the chain of mentions
    speaker_confidence REAL,
    verdict TEXT,                          -- corroborated | variant | altered | single-source
    reason TEXT,                           -- why the verdict, where the story stage says
    misattributed INTEGER NOT NULL DEFAULT 0,
    utterance TEXT,
    start INTEGER,                         -- character span into the article body (first to last part)
    "end" INTEGER,
    spans TEXT NOT NULL,                   -- JSON [[start, end], ...], one span per paragraph
    data TEXT NOT NULL                     -- the quote as the JSON report prints it
);
CREATE INDEX quotes_by_speaker ON quotes(speaker COLLATE NOCASE, story);
CREATE INDEX quotes_by_story ON quotes(story, seq);
CREATE INDEX quotes_by_article ON quotes(article);
CREATE INDEX quotes_by_verdict ON quotes(verdict, story);
CREATE TABLE utterances (
    id TEXT PRIMARY KEY,
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    speaker TEXT,
    wording TEXT NOT NULL,
    majority INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX utterances_by_story ON utterances(story, seq);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    independent_sources INTEGER NOT NULL,
    single_outlet INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX claims_by_story ON claims(story, seq);
CREATE TABLE claim_sources (
    claim TEXT NOT NULL REFERENCES claims(id),
    article TEXT NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX claim_sources_by_claim ON claim_sources(claim);
CREATE INDEX claim_sources_by_article ON claim_sources(article);
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    about TEXT NOT NULL,
    reason TEXT,                           -- why the values cannot both be right
    data TEXT NOT NULL
);
CREATE INDEX conflicts_by_story ON conflicts(story, seq);
CREATE TABLE conflict_values (
    conflict TEXT NOT NULL REFERENCES conflicts(id),
    article TEXT NOT NULL REFERENCES articles(id),
    value TEXT NOT NULL,
    normalised TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX conflict_values_by_conflict ON conflict_values(conflict);
CREATE INDEX conflict_values_by_article ON conflict_values(article);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX entities_by_story ON entities(story, seq);
CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);
CREATE TABLE mentions (
    entity TEXT NOT NULL REFERENCES entities(id),
    article TEXT NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions(entity);
CREATE INDEX mentions_by_article ON mentions(article);
CREATE TABLE reuse (
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    article_a TEXT NOT NULL REFERENCES articles(id),
    article_b TEXT NOT NULL REFERENCES articles(id),
    overlap REAL NOT NULL,
    prose_overlap REAL NOT NULL,
    quotation_overlap REAL NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE TABLE originality (
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    shared REAL NOT NULL,
    shared_quotations REAL NOT NULL,
    original REAL NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE INDEX originality_by_article ON originality(article);
CREATE TABLE timeline (
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    date TEXT,
    "when" TEXT NOT NULL,
    event TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE TABLE sources (
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    origin TEXT,
    articles TEXT,                         -- JSON list of article ids counted as one source
    data TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE TABLE summary (
    story TEXT NOT NULL REFERENCES stories(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (story, seq)
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    story TEXT NOT NULL,                   -- no foreign keys: a review outlives the findings it marks
    kind TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'conflict', 'entity')),
    finding TEXT NOT NULL,
    mark TEXT NOT NULL CHECK (mark IN ('checked', 'wrong')),
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE INDEX reviews_by_story ON reviews(story, id);
CREATE INDEX reviews_by_finding ON reviews(finding, id);
-- full-text indexes: article_text.rowid is articles.seq, quote_text.rowid is quotes.key
CREATE VIRTUAL TABLE article_text USING fts5(id UNINDEXED, title, body);
CREATE VIRTUAL TABLE quote_text USING fts5(id UNINDEXED, story UNINDEXED, text, speaker);
"""


def _findings_as_tables(connection: sqlite3.Connection) -> None:
    """Version 2: findings as tables; the version-1 blobs moved into them."""
    from newsfuse.model import ArticleAnalysis, Report
    from newsfuse.store.tables import write_article, write_findings

    for statement in _statements(_FINDINGS_TABLES):
        connection.execute(statement)
    analysis = msgspec.msgpack.Decoder(ArticleAnalysis)
    for (blob,) in connection.execute("SELECT analysis FROM articles ORDER BY seq").fetchall():
        write_article(connection, analysis.decode(blob).article)
    report = msgspec.msgpack.Decoder(Report)
    rows = connection.execute("SELECT id, findings FROM stories WHERE findings IS NOT NULL ORDER BY seq").fetchall()
    for story_id, blob in rows:
        write_findings(connection, story_id, report.decode(blob))
    connection.execute("UPDATE stories SET findings = NULL")


def _term_rarity(connection: sqlite3.Connection) -> None:
    """Version 4: how many stored articles hold each clustering term, counted from the stored features."""
    from collections import Counter

    from newsfuse.stories.features import ArticleFeatures

    connection.execute("CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL)")
    features = msgspec.msgpack.Decoder(ArticleFeatures)
    counts: Counter[str] = Counter()
    for (blob,) in connection.execute("SELECT features FROM articles").fetchall():
        counts.update(features.decode(blob).terms.keys())
    connection.executemany("INSERT INTO term_df (term, df) VALUES (?, ?)", sorted(counts.items()))


MIGRATIONS: tuple[Migration, ...] = (
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
        findings BLOB                         -- version 1 only: msgpack Report fragment of compare_story
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
    # 2: findings as tables, outlets, reviews, full-text search
    _findings_as_tables,
    # 3: the storyline of each story, and dates inferred for its undated articles (issue #16)
    """
    ALTER TABLE stories ADD COLUMN storyline TEXT;      -- id of the storyline's first story
    ALTER TABLE stories ADD COLUMN inferred BLOB;       -- msgpack tuple of InferredDate
    """,
    # 4: term_df, the document frequency of each clustering term over the stored articles (issue #16)
    _term_rarity,
    # 5: each story's page for ``newsfuse serve``, rendered when its findings are written (issue #18)
    """
    CREATE TABLE pages (
        story TEXT PRIMARY KEY REFERENCES stories(id),
        renderer TEXT NOT NULL,               -- digest of the newsfuse build that rendered it
        state TEXT NOT NULL,                  -- the story's state it was rendered from (tables.story_state)
        html BLOB NOT NULL                    -- the page, zlib-compressed, CSRF placeholder in its forms
    );
    """,
    # 6: whether a conflict's value stands in its article's headline (issue #15)
    """
    ALTER TABLE conflict_values ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0;  -- 1: start/end are into the title
    """,
    # 7: the options the store's findings are computed with, for a stale story computed on reading
    """
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,                -- 'options': the Options of the last ingest
        value BLOB NOT NULL                   -- msgpack
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    """The version of the store behind ``connection`` (0 for a new, empty file)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
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
            step = migrations[version - 1]
            if isinstance(step, str):
                for statement in _statements(step):
                    connection.execute(statement)
            else:
                step(connection)
            connection.execute(f"PRAGMA user_version = {version:d}")
            connection.execute("COMMIT")
        except (sqlite3.Error, msgspec.DecodeError) as exc:
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
