"""Review marks: a person marks a finding checked or wrong, with a note.

Marks live in the store's ``reviews`` table, the only thing the web app
ever writes. The connection that writes them carries an SQLite authorizer
that lets it read anything but insert into ``reviews`` alone: no other
table can be changed through it, whatever a bug elsewhere might try. A note
longer than :data:`MAX_NOTE_CHARS` (2,000) is refused.

Forms that post a mark carry a CSRF token (double submit: a random token in
a ``SameSite=Strict``, ``HttpOnly`` cookie and the same token in the form,
compared in constant time), so another site cannot post marks through a
reader's browser.
"""

from __future__ import annotations

import hmac
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsfuse.errors import StoreError, UsageError
from newsfuse.store.tables import in_batches

__all__ = ["KINDS", "MARKS", "MAX_NOTE_CHARS", "Review", "ReviewBook", "new_token", "same_token"]

KINDS = ("quote", "claim", "conflict", "entity")
"""Findings that can be marked, and the table each one lives in (``quote`` → ``quotes``...)."""
MARKS = ("checked", "wrong")
MAX_NOTE_CHARS = 2000
"""Longest note kept with a mark."""

_TABLES = {"quote": "quotes", "claim": "claims", "conflict": "conflicts", "entity": "entities"}
_ALLOWED = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_TRANSACTION}


@dataclass(frozen=True, slots=True)
class Review:
    id: int
    story: str
    kind: str
    finding: str
    mark: str
    note: str
    created: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "finding": self.finding,
            "mark": self.mark,
            "note": self.note,
            "created": self.created,
        }


def _authorize(action: int, table: str | None, *_: object) -> int:
    """Reads anywhere; writes to ``reviews`` only; nothing else (no schema changes, no pragmas)."""
    if action in _ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_INSERT and table == "reviews":
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(cookie: str | None, form: str | None) -> bool:
    """Whether a form's CSRF token matches the cookie's (both present, equal, compared in constant time)."""
    if not cookie or not form:
        return False
    return hmac.compare_digest(cookie.encode("utf-8"), form.encode("utf-8"))


class ReviewBook:
    """Reads and adds review marks (one connection that may write the ``reviews`` table and nothing else)."""

    def __init__(self, path: str | Path) -> None:
        try:
            self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
            self._db.set_authorizer(_authorize)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {path} for review marks: {exc}") from exc
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def add(self, story: str, kind: str, finding: str, mark: str, note: str) -> Review:
        """Keep a mark on a finding of ``story``; a finding that is not in that story is a :class:`UsageError`."""
        if kind not in KINDS:
            raise UsageError(f"kind must be one of {', '.join(KINDS)}")
        if mark not in MARKS:
            raise UsageError(f"mark must be one of {', '.join(MARKS)}")
        if len(note) > MAX_NOTE_CHARS:
            raise UsageError(f"the note is longer than {MAX_NOTE_CHARS} characters")
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock:
            found = self._db.execute(
                f"SELECT 1 FROM {_TABLES[kind]} WHERE id = ? AND story = ?", (finding, story)
            ).fetchone()
            if found is None:
                raise UsageError(f"no {kind} {finding!r} in story {story!r}")
            try:
                cursor = self._db.execute(
                    "INSERT INTO reviews (story, kind, finding, mark, note, created) VALUES (?, ?, ?, ?, ?, ?)",
                    (story, kind, finding, mark, note, created),
                )
            except sqlite3.Error as exc:
                raise StoreError(f"cannot keep the review mark: {exc}") from exc
            review_id = int(cursor.lastrowid or 0)
        return Review(review_id, story, kind, finding, mark, note, created)

    def last(self, story: str) -> int:
        """The id of the latest mark on a story's findings (0: none)."""
        with self._lock:
            row = self._db.execute("SELECT coalesce(max(id), 0) FROM reviews WHERE story = ?", (story,)).fetchone()
        return int(row[0])

    def for_story(self, story: str) -> list[Review]:
        """Every mark on a story's findings, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, story, kind, finding, mark, note, created FROM reviews WHERE story = ? ORDER BY id",
                (story,),
            ).fetchall()
        return [Review(*row) for row in rows]

    def for_findings(self, findings: list[str]) -> dict[str, list[Review]]:
        """The marks on each of ``findings`` (by finding id), oldest first."""
        marks: dict[str, list[Review]] = {}
        with self._lock:
            for batch, placeholders in in_batches(findings):
                rows = self._db.execute(
                    "SELECT id, story, kind, finding, mark, note, created FROM reviews"
                    f" WHERE finding IN ({placeholders}) ORDER BY id",
                    batch,
                ).fetchall()
                for row in rows:
                    marks.setdefault(row[3], []).append(Review(*row))
        return marks
