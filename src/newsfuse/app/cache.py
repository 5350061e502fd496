"""Answers made once and kept: the web app's in-memory cache of response bodies.

A :class:`Kept` answer is what a route made (status, body, type, headers)
with the store's change counter when it was made (``generation``) and,
for a story's page or JSON, the story's own state (``validator``). The
:class:`PageCache` keeps the most recently used answers up to a number of
bytes (:data:`CACHE_BYTES`); it is used from the event loop's thread only.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field, replace

__all__ = ["CACHE_BYTES", "Kept", "PageCache", "digest"]

CACHE_BYTES = 64 * 1024 * 1024
"""Most bytes of answers kept in memory (a story page is some 30–150 kB; one from the store is read again
in well under a millisecond when it has been dropped)."""

CacheKey = tuple[str, str]
"""(path, query string) of a GET."""


def digest(body: bytes) -> str:
    """A short digest of ``body`` for an ETag."""
    return hashlib.blake2b(body, digest_size=12).hexdigest()


@dataclass(frozen=True, slots=True)
class Kept:
    """An answer as a route made it, ready to be sent again."""

    body: bytes
    media_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    html: bool = True
    """A page: holds the CSRF placeholder, and sets the reader's CSRF cookie."""
    validator: tuple[object, ...] | None = None
    """The story's state it was made from (story pages and JSON), to keep it across unrelated changes."""
    generation: int = -1
    etag: str = field(default="")

    def __post_init__(self) -> None:
        if not self.etag:
            object.__setattr__(self, "etag", digest(self.body))

    def at(self, generation: int) -> Kept:
        """The same answer, known to hold at ``generation`` of the store."""
        return replace(self, generation=generation)


class PageCache:
    """A least-recently-used map of answers, bounded by the bytes of their bodies."""

    def __init__(self, budget: int = CACHE_BYTES) -> None:
        self.budget = budget
        self.size = 0
        self._items: OrderedDict[CacheKey, Kept] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def fresh(self, key: CacheKey, generation: int) -> Kept | None:
        """The answer kept for ``key`` if it was made or checked at ``generation``."""
        kept = self._items.get(key)
        if kept is None or kept.generation != generation:
            return None
        self._items.move_to_end(key)
        return kept

    def previous(self, key: CacheKey) -> Kept | None:
        """The answer kept for ``key`` at any generation (to be checked before it is used)."""
        return self._items.get(key)

    def put(self, key: CacheKey, kept: Kept) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        if len(kept.body) > self.budget:
            return
        self._items[key] = kept
        self.size += len(kept.body)
        while self.size > self.budget:
            _, dropped = self._items.popitem(last=False)
            self.size -= len(dropped.body)
