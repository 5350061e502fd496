"""Labels a page or a copied article writes before a line of its metadata ("By …", "Published: …", "Source: …").

The cleaner reads such a line as the article's byline, date or address, not its text
(:mod:`newsfuse.ingest.metadata`, whose table of shapes carries an invented line for each kind). Lower case; a
line's label is matched without regard to case. The orders are the patterns' (a label that starts another, "source"
and "source url", is tried where the pattern puts it).
"""

from __future__ import annotations

__all__ = ["ADDRESS_LABELS", "BYLINE_LABELS", "OUTLET_LABELS", "PUBLISHED_LABELS", "UPDATED_LABELS"]

BYLINE_LABELS: tuple[str, ...] = (
    "by", "author", "authors", "written by", "words by", "story by", "reporter", "reported by", "byline",
)  # fmt: skip
"""Labels before the names of a byline ("By Ana Vell", "Author: Tal Oren")."""

PUBLISHED_LABELS: tuple[str, ...] = ("published", "posted", "date", "dated", "released")
"""Labels before the date an article was published ("Posted on March 3, 2024"; "first" may precede them)."""

UPDATED_LABELS: tuple[str, ...] = ("updated", "modified", "edited")
"""Labels before the date an article was last changed ("Updated: 4 March 2024 10:30"; "last" may precede them)."""

OUTLET_LABELS: tuple[str, ...] = ("outlet", "publisher", "publication", "website", "source")
"""Labels of a line naming the outlet ("Source:" may hold the article's address instead)."""

ADDRESS_LABELS: tuple[str, ...] = (
    "url", "link", "permalink", "canonical", "source url", "original url", "web address",
)  # fmt: skip
"""Labels of a line holding the article's address."""
