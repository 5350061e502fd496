"""What the web app reads from the store: listings, filters, a story's report, a speaker's and an outlet's pages.

Every query goes through one read-only connection (``mode=ro`` and
``query_only``; see :func:`newsfuse.store.readonly.open_readonly`) and reads
the findings tables; a story's report is assembled by
:func:`newsfuse.store.tables.stored_report`, the same function the CLI's
``report`` command ends in, so the page, the JSON and ``analyze`` agree.

:meth:`Library.state` (the story's findings revision, size, staleness and
the articles of its days: :func:`newsfuse.store.tables.story_state`) tells
the app whether a story page it keeps still holds, and :meth:`Library.page`
gives the page the ingest rendered (:mod:`newsfuse.store.pages`). Listing
counts (outlets, quotations, flagged quotations) are columns of
``stories``, kept with the findings, so a page of the index reads
:data:`PAGE_SIZE` (25) rows and nothing else. A speaker's or an outlet's
page lists at most :data:`LIST_LIMIT` (500) quotations or stories; a filter
value longer than :data:`MAX_FILTER_CHARS` (200), or a page number past
:data:`MAX_PAGE` (1,000,000: 25 million stories, more than any store holds,
while the offset asked of SQLite stays bounded), is refused
(:class:`~newsfuse.errors.UsageError`). Answers are kept by the app
(:mod:`newsfuse.app.web`), not here.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfuse.app.pages import VERDICTS, renderer
from newsfuse.errors import UsageError
from newsfuse.model import Report
from newsfuse.store.pages import read_page
from newsfuse.store.readonly import open_readonly
from newsfuse.store.tables import fts_query, stored_report, stories_named, story_state

__all__ = ["MAX_PAGE", "PAGE_SIZE", "VERDICTS", "Filters", "Library", "StoryRow"]

PAGE_SIZE = 25
"""Stories per page of the index."""
LIST_LIMIT = 500
"""Most quotations or stories listed on a speaker's or an outlet's page."""
MAX_FILTER_CHARS = 200
"""Longest filter value accepted from a query string."""
MAX_PAGE = 1_000_000
"""The highest page number of the index accepted."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

_CONDITIONS: dict[str, str] = {
    "date_from": 'substr(coalesce(s."end", s.start), 1, 10) >= ?',
    "date_to": "substr(s.start, 1, 10) <= ?",
    "outlet": "s.id IN (SELECT story FROM articles WHERE outlet = ? COLLATE NOCASE)",
    "speaker": "s.id IN (SELECT story FROM quotes WHERE speaker = ? COLLATE NOCASE)",
    "verdict": "s.id IN (SELECT story FROM quotes WHERE verdict = ?)",
}
"""The SQL condition on stories ``s`` each filter sets, its value standing for the ``?``."""

_TEXT_SEARCH = (
    "s.id IN (SELECT story FROM articles WHERE seq IN"
    " (SELECT rowid FROM article_text WHERE article_text MATCH ?)"
    " UNION SELECT story FROM quotes WHERE key IN"
    " (SELECT rowid FROM quote_text WHERE quote_text MATCH ?))"
)
"""The condition of the ``q`` filter: a story with an article or a quotation matching the search, twice ``?``."""

_FILTERS = (*_CONDITIONS, "q")
"""Every filter of the index, in the order links write them."""


@dataclass(frozen=True, slots=True)
class Filters:
    """The index's filters, as validated from a query string (empty string: no filter)."""

    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    speaker: str = ""
    verdict: str = ""
    q: str = ""
    page: int = 1

    @classmethod
    def parse(cls, params: Any) -> Filters:
        """Filters from query parameters; a malformed value is a :class:`UsageError` naming it."""
        values = {name: str(params.get(name, "")).strip() for name in _FILTERS}
        for name, value in values.items():
            if len(value) > MAX_FILTER_CHARS:
                raise UsageError(f"{name} is longer than {MAX_FILTER_CHARS} characters")
        for name in ("date_from", "date_to"):
            if values[name] and not _DATE.match(values[name]):
                raise UsageError(f"{name} must be a date written YYYY-MM-DD")
        if values["verdict"] and values["verdict"] not in VERDICTS:
            raise UsageError(f"verdict must be one of {', '.join(VERDICTS)}")
        page = str(params.get("page", "1")).strip() or "1"
        if not page.isdigit() or not 1 <= int(page) <= MAX_PAGE:
            raise UsageError("page must be a positive whole number")
        return cls(page=int(page), **values)

    def active(self) -> dict[str, str]:
        """The filters set, as query parameters (for links that keep them)."""
        return {name: getattr(self, name) for name in _FILTERS if getattr(self, name)}

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition on stories ``s`` and its parameters."""
        conditions: list[str] = []
        parameters: list[object] = []
        for name, condition in _CONDITIONS.items():
            if value := getattr(self, name):
                conditions.append(condition)
                parameters.append(value)
        if self.q and (search := fts_query(self.q)):
            conditions.append(_TEXT_SEARCH)
            parameters.extend([search] * 2)
        return (" AND ".join(conditions) or "1"), parameters


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story as the index lists it."""

    id: str
    label: str
    start: str | None
    end: str | None
    articles: int
    outlets: int
    quotes: int
    altered: int
    stale: bool


_LIST_COLUMNS = 's.id, s.label, s.start, s."end", s.size, s.outlet_count, s.quote_count, s.flagged_count, s.stale'


def _story_row(row: Any) -> StoryRow:
    story_id, label, start, end, articles, outlets, quotes, altered, stale = row
    return StoryRow(story_id, label, start, end, articles, outlets, quotes, altered, bool(stale))


_NEWEST_FIRST = 'ORDER BY coalesce(s."end", s.start) DESC, s.seq DESC'


class Library:
    """The store as the web app reads it (one read-only connection, shared by the thread pool under a lock)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = open_readonly(self.path, check_same_thread=False)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def _all(self, sql: str, parameters: list[object] | tuple[object, ...] = ()) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    # --- the index -----------------------------------------------------------------------------

    def stories(self, filters: Filters, page_size: int = PAGE_SIZE) -> tuple[list[StoryRow], int]:
        """One page of stories matching ``filters``, newest first, and how many match in all."""
        condition, parameters = filters.where()
        if condition == "1":
            total = int(self._all("SELECT count(*) FROM stories")[0][0])
            rows = self._all(
                f"SELECT {_LIST_COLUMNS} FROM stories s {_NEWEST_FIRST} LIMIT ? OFFSET ?",
                [page_size, (filters.page - 1) * page_size],
            )
        else:
            # The filter runs once: every match's id in order, then the columns of one page of them.
            ids = [r[0] for r in self._all(f"SELECT s.id FROM stories s WHERE {condition} {_NEWEST_FIRST}", parameters)]
            total = len(ids)
            page = ids[(filters.page - 1) * page_size : filters.page * page_size]
            marks = ",".join("?" * len(page))
            rows = self._all(f"SELECT {_LIST_COLUMNS} FROM stories s WHERE s.id IN ({marks}) {_NEWEST_FIRST}", page)
        return [_story_row(row) for row in rows], total

    def outlets(self) -> list[str]:
        """Every outlet in the store, by name."""
        return [r[0] for r in self._all("SELECT name FROM outlets ORDER BY name COLLATE NOCASE")]

    # --- one story -----------------------------------------------------------------------------

    def find_story(self, reference: str) -> str | None:
        """The id of the story ``reference`` names (its id or an unambiguous prefix of it)."""
        if not reference or len(reference) > MAX_FILTER_CHARS:
            return None
        with self._lock:
            found = stories_named(self._db, reference)
        return found[0] if len(found) == 1 else None

    def state(self, story_id: str) -> tuple[int, ...] | None:
        """What the story's report is made from, as numbers that change whenever it may (None: no such story)."""
        with self._lock:
            return story_state(self._db, story_id)

    def page(self, story_id: str, state: tuple[object, ...]) -> bytes | None:
        """The story's page as the ingest rendered it (compressed), if it was rendered from ``state`` by this build."""
        with self._lock:
            return read_page(self._db, story_id, state, renderer())

    def report(self, story_id: str) -> Report | None:
        """A story's report, as ``analyze --format json`` gives it (None: no such story)."""
        with self._lock:
            return stored_report(self._db, story_id)

    # --- people and outlets --------------------------------------------------------------------

    def speaker_quotes(self, name: str) -> list[dict[str, Any]]:
        """Every quotation attributed to ``name`` (any case), newest article first, with verdict and outlet."""
        rows = self._all(
            "SELECT q.id, q.story, s.label, q.text, q.verdict, q.reason, q.misattributed, q.kind, q.speaker,"
            " a.id, a.outlet, a.title, a.published"
            " FROM quotes q JOIN articles a ON a.id = q.article JOIN stories s ON s.id = q.story"
            " WHERE q.speaker = ? COLLATE NOCASE"
            " ORDER BY coalesce(a.published, '') DESC, q.story, q.seq LIMIT ?",
            (name, LIST_LIMIT),
        )
        keys = ("id", "story", "label", "text", "verdict", "reason", "misattributed", "kind", "speaker", "article",
                "outlet", "title", "published")  # fmt: skip
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def outlet(self, name: str) -> dict[str, Any] | None:
        """An outlet's page: its stories, its original share and its quotations flagged altered or misattributed."""
        found = self._all(
            "SELECT outlet, count(*), avg(words) FROM articles WHERE outlet = ? COLLATE NOCASE GROUP BY outlet",
            (name,),
        )
        if not found:
            return None
        outlet, articles, words = found[0]
        stories = self._all(
            f"SELECT {_LIST_COLUMNS} FROM stories s WHERE s.id IN"
            f" (SELECT story FROM articles WHERE outlet = ?) {_NEWEST_FIRST} LIMIT ?",
            (outlet, LIST_LIMIT),
        )
        original = self._all(
            "SELECT avg(o.original), avg(o.shared_quotations), avg(o.shared), count(*)"
            " FROM originality o JOIN articles a ON a.id = o.article WHERE a.outlet = ?",
            (outlet,),
        )[0]
        flagged = self._all(
            "SELECT q.id, q.story, s.label, q.text, q.verdict, q.reason, q.misattributed, q.speaker, a.title,"
            " a.published"
            " FROM quotes q JOIN articles a ON a.id = q.article JOIN stories s ON s.id = q.story"
            " WHERE a.outlet = ? AND (q.verdict = 'altered' OR q.misattributed)"
            " ORDER BY coalesce(a.published, '') DESC LIMIT ?",
            (outlet, LIST_LIMIT),
        )
        keys = ("id", "story", "label", "text", "verdict", "reason", "misattributed", "speaker", "title", "published")
        return {
            "name": outlet,
            "articles": articles,
            "words": words,
            "stories": [_story_row(row) for row in stories],
            "original": original[0],
            "shared_quotations": original[1],
            "shared": original[2],
            "measured": original[3],
            "flagged": [dict(zip(keys, row, strict=True)) for row in flagged],
        }
