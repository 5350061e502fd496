"""The SQLite store: articles, their analyses, stories and findings, kept across runs."""

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
