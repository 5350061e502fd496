"""Fetching pages and feeds over HTTP(S), politely and safely, with an on-disk cache.

:class:`Fetcher` is the only code that opens a network connection. For each
URL it:

- asks the host's ``robots.txt`` first (fetched once per host and kept for
  the run) and refuses a disallowed URL;
- waits until :attr:`FetchOptions.host_interval` seconds have passed since
  its last request to the same host (a per-host rate limit);
- sends a clear ``User-Agent`` (:data:`USER_AGENT`);
- follows at most :attr:`FetchOptions.max_redirects` redirects (a loop is
  an error naming the URL);
- retries connection errors, timeouts, 429 and 5xx answers up to
  :attr:`FetchOptions.retries` times with exponential backoff
  (``backoff * 2**attempt`` seconds, or the server's ``Retry-After`` when it
  is shorter than :attr:`FetchOptions.max_wait`);
- streams the body and stops at ``max_bytes`` (an oversize body is an error,
  not a truncated article), and refuses content types that are not pages or
  feeds (a body whose first :data:`SNIFF_BYTES` (512) bytes open a feed is
  one, whatever its type says; the readers sniff files the same way);
- keeps pages (not feeds, which change) in an on-disk cache keyed by URL, so
  a re-run reads them from disk and sends no request.

Every failure is an :class:`~newsfuse.errors.InputError` naming the URL and
the reason; nothing is raised past the reader.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.robotparser
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urlsplit

import msgspec

from newsfuse.errors import FetchError
from newsfuse.options import MAX_BYTES, FetchOptions

__all__ = ["SNIFF_BYTES", "USER_AGENT", "Fetched", "Fetcher", "default_cache_dir", "is_url"]


def _version() -> str:
    try:
        return version("newsfuse")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "dev"


USER_AGENT = f"newsfuse/{_version()} (news comparison tool; honours robots.txt)"
"""Sent with every request, robots.txt included."""

SNIFF_BYTES = 512
"""Bytes at the start of a document read to tell its kind (a feed's XML declaration, comments and root element)."""
ROBOTS_MAX_CHARS = 500_000
"""The most of a robots.txt that is read (the rules past it are ignored, as Google ignores those past 500 KiB)."""
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class Fetched(msgspec.Struct, frozen=True, kw_only=True):
    """One fetched document."""

    url: str
    """The URL asked for."""
    final_url: str
    """Where it was found, after redirects."""
    content_type: str
    body: bytes
    from_cache: bool = False

    @property
    def is_feed(self) -> bool:
        head = self.body[:SNIFF_BYTES].lstrip().lower()
        return self.content_type.startswith(FEED_TYPES) or head.startswith((b"<rss", b"<feed", b"<?xml"))

    def text(self) -> str:
        charset = "utf-8"
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip("\"' ")
        try:
            return self.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return self.body.decode("utf-8", errors="replace")


def is_url(value: str) -> bool:
    """Whether ``value`` is an http(s) URL (rather than a path)."""
    return value.lower().startswith(("http://", "https://"))


def default_cache_dir() -> Path:
    """``$NEWSFUSE_CACHE``, else ``$XDG_CACHE_HOME/newsfuse/http``, else ``~/.cache/newsfuse/http``."""
    if os.environ.get("NEWSFUSE_CACHE"):
        return Path(os.environ["NEWSFUSE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfuse" / "http"


class Fetcher:
    """Fetches URLs one at a time with the rules in the module docstring; use as a context manager."""

    def __init__(self, options: FetchOptions | None = None, max_bytes: int = MAX_BYTES) -> None:
        import httpx

        self.options = options or FetchOptions()
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=self.options.timeout,
            follow_redirects=True,
            max_redirects=self.options.max_redirects,
        )
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        cache = self.options.cache_dir
        self._cache = None if cache == "" else Path(cache) if cache else default_cache_dir()
        self.requests = 0
        """Requests sent so far (robots.txt included): what the cache saves is visible here."""

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # --- the rules ------------------------------------------------------------------------------

    def _wait_for(self, host: str) -> None:
        """Sleep until ``host_interval`` has passed since the last answer from ``host`` ended."""
        last = self._last.get(host)
        if last is not None:
            delay = self.options.host_interval - (time.monotonic() - last)
            if delay > 0:
                time.sleep(delay)

    def _done_with(self, host: str) -> None:
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        if not self.options.robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt; None (everything allowed) where it has none or it cannot be read."""
        import httpx

        host = urlsplit(origin).netloc
        self._wait_for(host)
        self.requests += 1
        try:
            answer = self._client.get(f"{origin}/robots.txt")
        except httpx.HTTPError:
            return None
        finally:
            self._done_with(host)
        if answer.status_code >= 400:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(answer.text[:ROBOTS_MAX_CHARS].splitlines())
        return parser

    # --- the cache ------------------------------------------------------------------------------

    def _cache_path(self, url: str) -> Path | None:
        if self._cache is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self._cache / key[:2] / key

    def _cached(self, url: str) -> Fetched | None:
        path = self._cache_path(url)
        if path is None or not path.with_suffix(".json").exists():
            return None
        try:
            meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            return Fetched(
                url=url, final_url=meta["final_url"], content_type=meta["type"], body=path.read_bytes(), from_cache=True
            )
        except (OSError, ValueError, KeyError):
            return None

    def _keep(self, fetched: Fetched) -> None:
        path = self._cache_path(fetched.url)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(fetched.body)
            meta = {"final_url": fetched.final_url, "type": fetched.content_type, "fetched": time.time()}
            path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        except OSError:
            pass  # a cache that cannot be written only costs a refetch next time

    # --- fetching -------------------------------------------------------------------------------

    def fetch(self, url: str, *, cache: bool = True) -> Fetched:
        """The document at ``url``; raises :class:`FetchError` naming the URL and why."""
        if cache:
            hit = self._cached(url)
            if hit is not None:
                return hit
        if not self._allowed(url):
            raise FetchError(url, "disallowed by the site's robots.txt")
        fetched = self._fetch_with_retries(url)
        if not fetched.content_type.startswith(PAGE_TYPES + FEED_TYPES) and not fetched.is_feed:
            raise FetchError(url, f"not a web page or feed (content type {fetched.content_type or 'missing'})")
        if cache and not fetched.is_feed:
            self._keep(fetched)
        return fetched

    def _fetch_with_retries(self, url: str) -> Fetched:
        import httpx

        host = urlsplit(url).netloc
        attempt = 0
        while True:
            self._wait_for(host)
            self.requests += 1
            try:
                return self._get(url)
            except _Retry as retry:
                reason, wait = retry.reason, retry.wait
            except httpx.TooManyRedirects:
                raise FetchError(url, f"more than {self.options.max_redirects} redirects (a redirect loop?)") from None
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                reason, wait = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, None
            if attempt >= self.options.retries:
                raise FetchError(url, f"{reason} (after {attempt + 1} attempts)")
            backoff = self.options.backoff * 2**attempt
            time.sleep(wait if wait is not None and wait <= self.options.max_wait else backoff)
            attempt += 1

    def _get(self, url: str) -> Fetched:
        try:
            return self._stream(url)
        finally:
            self._done_with(urlsplit(url).netloc)

    def _stream(self, url: str) -> Fetched:
        with self._client.stream("GET", url) as answer:
            if answer.status_code in _RETRY_STATUS:
                raise _Retry(f"HTTP {answer.status_code}", _retry_after(answer.headers.get("Retry-After")))
            if answer.status_code >= 400:
                raise FetchError(url, f"HTTP {answer.status_code} {answer.reason_phrase}".strip())
            declared = answer.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(url, f"body of {int(declared):,} bytes, over the {self.max_bytes:,}-byte limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in answer.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(url, f"body over the {self.max_bytes:,}-byte limit")
                chunks.append(chunk)
            content_type = answer.headers.get("Content-Type", "").lower()
            return Fetched(url=url, final_url=str(answer.url), content_type=content_type, body=b"".join(chunks))


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
