"""The SQLite store: articles, their analyses, stories and findings, kept across runs.

:mod:`.schema` defines the tables (and migrates older stores),
:mod:`.database` reads and writes them, :mod:`.ingest` adds articles and
recomputes stale stories, :mod:`.tables` writes and reads the findings as
SQL rows, :mod:`.pages` keeps each story's rendered page, :mod:`.readonly`
opens a store for reading only, and :mod:`.watch` ingests sources again and
again.
"""

from newsfuse.store.database import Store, StoredArticle, StoredStory
from newsfuse.store.ingest import IngestResult, ingest, refresh_pages, refresh_stories, restore_index, story_report
from newsfuse.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "IngestResult",
    "Store",
    "StoredArticle",
    "StoredStory",
    "ingest",
    "migrate",
    "refresh_pages",
    "refresh_stories",
    "restore_index",
    "story_report",
]
