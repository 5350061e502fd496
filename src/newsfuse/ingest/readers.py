"""Readers for inputs that are not one article a file: URLs, feeds, OPML lists, URL lists, archives.

What an input is decides its reader, by its first bytes where they tell
and by its name where they do not (:func:`special_kind`):

==================  ===========================================  =========================================
kind                recognised by                                read as
==================  ===========================================  =========================================
``url``             an ``http(s)://`` argument                   a page, or a feed if the answer is one
``feed``            ``<rss``/``<feed``/``<rdf:RDF`` root, .rss    each item's link fetched and read as a
                    .atom                                        page; the item's date and author fill
                                                                 what the page lacks
``opml``            ``<opml`` root, .opml                        every feed it lists, read as above
``urls``            .urls (one URL a line, ``#`` comments)        each URL read as above
``warc``            ``WARC/`` magic, .warc[.gz], .arc[.gz]        :mod:`newsfuse.ingest.warc`, streamed
``jsonl.gz``        gzip magic and a .jsonl.gz name              JSON Lines, streamed line by line
==================  ===========================================  =========================================

Other files go through the plain text, HTML and JSONL readers of
:mod:`newsfuse.ingest.read`. URLs are fetched by one
:class:`~newsfuse.ingest.fetch.Fetcher` per run (robots.txt, rate limit,
retries, cache); ``skip_url`` (the store's "already have it") keeps
incremental ingests from fetching what is stored.

Writes articles, and a :class:`~newsfuse.model.Problem` for each item that
cannot be read. A feed, OPML or URL list over ``Options.max_bytes`` is
refused. A gzipped JSON Lines file is decompressed and parsed
:data:`JSONL_CHUNK_LINES` (1,000) lines at a time, so memory stays bounded
whatever the file's size (a thousand records are a few megabytes) while each
parse call still has enough lines that its per-call cost does not count; a
file cut short keeps the records before the break and reports the line where
it broke.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from newsfuse.errors import QUOTED_MESSAGE_CHARS, FetchError, InputError, MalformedInputError
from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.fetch import SNIFF_BYTES, Fetched, Fetcher
from newsfuse.ingest.formats import article_from_html, articles_from_jsonl
from newsfuse.ingest.outlets import OutletTable
from newsfuse.ingest.warc import articles_from_warc, is_warc_name
from newsfuse.model import Article, Problem
from newsfuse.options import MAX_BYTES, FetchOptions

__all__ = ["READER_SUFFIXES", "Readers", "special_kind"]

READER_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".jsonl.gz", ".urls", ".opml", ".rss", ".atom")
"""Names a folder walk reads besides the article files (compound suffixes included)."""

JSONL_CHUNK_LINES = 1000
"""Lines of a gzipped JSONL read at a time (memory stays bounded whatever the file's size)."""

Result = Article | InputError | Problem


def special_kind(path: Path) -> str | None:
    """The reader for ``path`` when it is not a plain article file (see the module's table), from bytes and name."""
    name = path.name.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    if head.startswith(b"\x1f\x8b"):
        if is_warc_name(name):
            return "warc"
        if name.endswith((".jsonl.gz", ".ndjson.gz")):
            return "jsonl.gz"
        return None
    if head.startswith(b"WARC/") or is_warc_name(name):
        return "warc"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"  # named gzip, is not: the gzip reader says so
    if name.endswith(".urls"):
        return "urls"
    start = head.lstrip().lower()
    if start.startswith(b"<?xml"):
        start = start[start.find(b"?>") + 2 :].lstrip()
        while start.startswith(b"<!--"):
            start = start[start.find(b"-->") + 3 :].lstrip()
    if start.startswith(b"<opml") or name.endswith(".opml"):
        return "opml"
    if start.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or name.endswith((".rss", ".atom")):
        return "feed"
    return None


class Readers:
    """The readers of one run, sharing one fetcher (opened on the first URL, closed by :meth:`close`)."""

    def __init__(
        self,
        fetch: FetchOptions | None = None,
        max_bytes: int = MAX_BYTES,
        skip_url: Callable[[str], bool] | None = None,
        outlets: OutletTable | None = None,
    ) -> None:
        self._options = fetch or FetchOptions()
        self._max_bytes = max_bytes
        self._fetcher: Fetcher | None = None
        self._skip_url = skip_url or (lambda url: False)
        self._outlets = outlets
        self.skipped_known = 0
        """URLs not fetched because ``skip_url`` said they are stored already."""

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self._options, self._max_bytes)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    # --- by kind --------------------------------------------------------------------------------

    def read_file(self, kind: str, path: Path) -> Iterator[Result]:
        source = str(path)
        if kind == "warc":
            try:
                with path.open("rb") as stream:
                    yield from articles_from_warc(stream, source, outlets=self._outlets)
            except OSError as exc:
                yield InputError(source, f"cannot read ({exc.strerror or exc})")
        elif kind == "jsonl.gz":
            yield from self._gzipped_jsonl(path)
        else:
            try:
                data = path.read_bytes()[: self._max_bytes + 1]
            except OSError as exc:
                yield InputError(source, f"cannot read ({exc.strerror or exc})")
                return
            if len(data) > self._max_bytes:
                yield InputError(source, f"file over the {self._max_bytes:,}-byte limit")
            elif kind == "urls":
                yield from self._url_list(data.decode("utf-8", errors="replace"), source)
            elif kind == "opml":
                yield from self._opml(data, source)
            else:
                yield from self._feed(data, source)

    def read_url(self, url: str) -> Iterator[Result]:
        """A page, or every item of a feed, at ``url``."""
        if self._skip_url(url):
            self.skipped_known += 1
            return
        try:
            fetched = self.fetcher.fetch(url)
        except InputError as exc:
            yield exc
            return
        if fetched.is_feed:
            yield from self._feed(fetched.body, url)
        else:
            yield from self._page(fetched)

    # --- the readers ----------------------------------------------------------------------------

    def _page(self, fetched: Fetched, **feed_item: Any) -> Iterator[Result]:
        try:
            article = article_from_html(fetched.text(), fetched.url, outlets=self._outlets, url=fetched.final_url)
        except InputError as exc:
            yield exc
            return
        fill = {k: v for k, v in feed_item.items() if v and getattr(article, k, None) is None}
        yield msgspec.structs.replace(article, **fill) if fill else article

    def _feed(self, data: bytes, source: str) -> Iterator[Result]:
        import feedparser

        parsed = feedparser.parse(data)
        entries = [entry for entry in parsed.get("entries") or [] if entry.get("link")]
        if not entries:
            problem = parsed.get("bozo_exception")
            reason = f"malformed feed ({_parser_message(problem)})" if problem else "feed lists no items with a link"
            yield MalformedInputError(source, reason)
            return
        for entry in entries:
            link = entry["link"]
            if self._skip_url(link):
                self.skipped_known += 1
                continue
            published = entry.get("published") or entry.get("updated")
            item = {"published": parse_published(published) if published else None, "author": entry.get("author")}
            try:
                fetched = self.fetcher.fetch(link)
            except InputError as exc:
                yield exc
                continue
            yield from self._page(fetched, **item)

    def _opml(self, data: bytes, source: str) -> Iterator[Result]:
        import xml.etree.ElementTree as ET

        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            yield MalformedInputError(source, f"malformed OPML ({exc})")
            return
        feeds = [node.get("xmlUrl") for node in root.iter("outline") if node.get("xmlUrl")]
        if not feeds:
            yield MalformedInputError(source, "OPML lists no feeds (no outline with xmlUrl)")
        for url in feeds:
            assert url is not None
            try:
                fetched = self.fetcher.fetch(url, cache=False)
            except InputError as exc:
                yield exc
                continue
            yield from self._feed(fetched.body, url)

    def _url_list(self, text: str, source: str) -> Iterator[Result]:
        for lineno, line in enumerate(text.split("\n"), start=1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not url.lower().startswith(("http://", "https://")):
                yield FetchError(source, f"not an http(s) URL: {url[:80]!r}", line=lineno)
                continue
            yield from self.read_url(url)

    def _gzipped_jsonl(self, path: Path) -> Iterator[Result]:
        source = str(path)
        offset = 0
        chunk: list[str] = []
        try:
            with gzip.open(path, "rb") as stream:
                for raw in stream:
                    chunk.append(raw.decode("utf-8", errors="replace").rstrip("\r\n"))
                    if len(chunk) >= JSONL_CHUNK_LINES:
                        yield from _numbered(
                            articles_from_jsonl("\n".join(chunk), source, outlets=self._outlets), offset
                        )
                        offset += len(chunk)
                        chunk = []
        except (OSError, EOFError, zlib.error) as exc:
            yield from _numbered(articles_from_jsonl("\n".join(chunk), source, outlets=self._outlets), offset)
            read = offset + len(chunk)
            yield MalformedInputError(
                source,
                f"damaged gzip stream after line {read} ({exc})"
                if read
                else f"not gzip data, or damaged before its first line ({exc})",
            )
            return
        yield from _numbered(articles_from_jsonl("\n".join(chunk), source, outlets=self._outlets), offset)


def _numbered(results: Iterator[Result], offset: int) -> Iterator[Result]:
    for result in results:
        if isinstance(result, InputError) and result.line is not None and offset:
            yield type(result)(result.source, result.reason, line=result.line + offset)
        elif isinstance(result, Problem) and result.line is not None and offset:
            yield msgspec.structs.replace(result, line=result.line + offset)
        else:
            yield result


_UNNAMED_POSITION = re.compile(r"^<unknown>:\d+:\d+:\s*")
"""The XML parser's "<unknown>:2:48:" prefix: no name, and its line counts a declaration feedparser may have added."""


def _parser_message(problem: object) -> str:
    """The parser's complaint on one line, without its unnamed position: "mismatched tag"."""
    return _UNNAMED_POSITION.sub("", " ".join(str(problem).split()))[:QUOTED_MESSAGE_CHARS]
