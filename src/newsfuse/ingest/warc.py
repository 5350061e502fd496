"""Articles from web archives: WARC and ARC files (plain or gzipped), through warcio.

Each ``response`` record (``response`` and ARC records alike) whose HTTP
status is 200 and whose content type is HTML goes through the HTML path
(:func:`newsfuse.ingest.formats.article_from_html`) with the record's target
URI as the article's ``url`` and its capture date as ``published`` where the
page gives none. Other records (requests, metadata, images, redirects) are
skipped and counted, never reported one by one; a page whose main text
cannot be extracted is one problem naming the URI; a truncated or damaged
archive ends the file with one problem naming it and what was read so far.

A response body over :data:`MAX_RECORD_BYTES` (20 MiB) is skipped and
counted as oversize, read no further than the limit: a news page with all its
markup is well under a few megabytes, so such a record is a video or a dump,
and reading it whole would cost memory for nothing.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from typing import IO, Any

import msgspec

from newsfuse.errors import QUOTED_MESSAGE_CHARS, InputError, MalformedInputError
from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.formats import article_from_html
from newsfuse.ingest.outlets import OutletTable
from newsfuse.model import Article

__all__ = ["WARC_SUFFIXES", "WarcCounts", "articles_from_warc", "is_warc_name"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
"""File names read as web archives."""

MAX_RECORD_BYTES = 20 * 1024 * 1024
"""A response body larger than this is skipped (counted as oversize): no article page is that big."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc_name(name: str) -> bool:
    """Whether a file name (or URI) names a WARC or ARC file."""
    return name.lower().endswith(WARC_SUFFIXES)


class WarcCounts:
    """What one archive held: articles read, records skipped by kind."""

    __slots__ = ("articles", "not_html", "not_ok", "other_records", "oversize")

    def __init__(self) -> None:
        self.articles = 0
        self.other_records = 0
        self.not_ok = 0
        self.not_html = 0
        self.oversize = 0

    def skipped(self) -> int:
        return self.other_records + self.not_ok + self.not_html + self.oversize


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return "utf-8"


def _decode(body: bytes, content_type: str) -> str:
    try:
        return body.decode(_charset(content_type))
    except (LookupError, UnicodeDecodeError):
        return body.decode("utf-8", errors="replace")


# warcio logs what it repairs ("Replacing spaces in invalid WARC-Target-URI: …", the archive's own bytes) with no
# handler of its own, so Python would print it raw on stderr; what matters reaches the user as a problem.
logging.getLogger("warcio").addHandler(logging.NullHandler())


def _damage(exc: Exception) -> str:
    """What went wrong in words: warcio's own message where it gives one, else what its parser tripped on."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, ArchiveLoadFailed | EOFError | zlib.error | ValueError | OSError) and str(exc):
        return " ".join(str(exc).split())[:QUOTED_MESSAGE_CHARS]
    return f"a record warcio cannot parse (a header missing or malformed; {type(exc).__name__})"


def articles_from_warc(
    stream: IO[bytes], source: str, counts: WarcCounts | None = None, *, outlets: OutletTable | None = None
) -> Iterator[Article | InputError]:
    """Every HTML article page in the archive ``stream``; problems as :class:`InputError` values."""
    from warcio.archiveiterator import ArchiveIterator

    counts = counts if counts is not None else WarcCounts()
    records = iter(ArchiveIterator(stream, arc2warc=True))
    while True:
        try:
            record = next(records)
            found = _page_of(record, counts)
        except StopIteration:
            return
        except Exception as exc:  # warcio raises assorted errors on a damaged archive: all mean "stop here"
            reason = f"damaged or truncated archive after {counts.articles} article(s): {_damage(exc)}"
            yield MalformedInputError(source, reason)
            return
        if found is None:
            continue
        uri, html, captured = found
        try:
            article = article_from_html(html, uri, outlets=outlets, url=uri)
        except InputError as exc:
            yield type(exc)(uri, exc.reason)
            continue
        if article.published is None and captured:
            article = msgspec.structs.replace(article, published=parse_published(captured))
        counts.articles += 1
        yield article


def _page_of(record: Any, counts: WarcCounts) -> tuple[str, str, str] | None:
    """``(uri, html, capture date)`` of an HTML article response; None (counted) for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        counts.other_records += 1
        return None
    if record.http_headers.get_statuscode() != "200":
        counts.not_ok += 1
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        counts.not_html += 1
        return None
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(body) > MAX_RECORD_BYTES:
        counts.oversize += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    return uri, _decode(body, content_type), record.rec_headers.get_header("WARC-Date") or ""
