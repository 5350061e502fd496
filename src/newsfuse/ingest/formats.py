"""Turning decoded text of each input format into articles.

* plain text (``.txt``, ``.md``): :func:`newsfuse.ingest.clean.clean_text`;
* HTML (``.html``, ``.htm``): trafilatura extracts the main text and the
  metadata (title, author, date, site name), then the text is cleaned like
  plain text (original offsets are not known for HTML);
* JSON Lines (``.jsonl``): one article per line, with ``text`` or ``html``
  and optional ``title``, ``url``, ``outlet``, ``author``, ``published``.

Whatever the format, what is left after cleaning must read as an article:
at least one paragraph of :data:`MIN_SENTENCE_WORDS` words or more ending like
a sentence, or :data:`MIN_ARTICLE_WORDS` words in all. A page of menu entries,
a lone navigation link or a file of page furniture the cleaner does not know
("Accept cookies", "Page not found") is refused with that reason. A sentence
of news prose seldom has fewer than six words ("The council approved the
plan today."), while a menu entry or a link title seldom both reaches six
words and ends like a sentence; forty words or more are taken as prose even
without a sentence end (a transcript, a list of results), as the menus and
error pages that slip past the cleaner are shorter.

Reads decoded text (or a JSON Lines file's bytes, line by line); writes
:class:`~newsfuse.model.Article` rows, and for JSON Lines a
:class:`~newsfuse.model.Problem` for each bad line. An integer in a JSON
record longer than :data:`MAX_INT_DIGITS` (4000) digits is kept as its
digits: Python refuses to convert one past 4300 digits (its guard against
quadratic conversion), and no field of an article is a number that long, so
a hostile record costs a string, never an error or the time to convert it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from newsfuse.errors import EmptyInputError, InputError, MalformedInputError
from newsfuse.ingest.clean import CleanText, clean_text
from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.decode import decode_line
from newsfuse.ingest.normalise import drop_controls
from newsfuse.ingest.outlets import OutletTable, default_table, identify_outlet, name_key
from newsfuse.model import Article, ArticleFormat, Boilerplate, Dateline, OffsetMap, Problem

__all__ = ["MAX_INT_DIGITS", "article_from_html", "article_from_text", "article_id", "articles_from_jsonl"]

MIN_SENTENCE_WORDS = 6
"""Words a paragraph needs to count as a sentence of prose (with a sentence end: . ! ? … or a closing quote)."""
MIN_ARTICLE_WORDS = 40
"""A body this long is prose even without a sentence end (a transcript, a list of results)."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")

MAX_INT_DIGITS = 4000
"""Longer integers in a JSONL record are kept as their digits: Python refuses to convert them (and need not)."""


def article_id(title: str | None, body: str, outlet: str | None = None) -> str:
    """A stable id from the article's content and outlet.

    The same text read twice from one outlet (or from no known outlet) gets
    the same id; one text printed by two outlets gets two. The body is
    already whitespace-normalised by cleaning, so only the title's spacing
    is evened out here.
    """
    key = " ".join((title or "").split()) + "\n" + body
    if outlet and name_key(outlet):
        key += "\n" + name_key(outlet)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _build(
    cleaned: CleanText,
    source: str,
    fmt: ArticleFormat,
    *,
    offsets: OffsetMap | None = None,
    outlets: OutletTable | None = None,
    site: str | None = None,
    host: str | None = None,
    **meta: Any,
) -> Article:
    """An article from a cleaned text and what its container says (``meta``: title, author, outlet, …)."""
    if not cleaned.body.strip():
        raise EmptyInputError(source, "no article text left after removing boilerplate")
    if not _reads_as_prose(cleaned.body):
        raise EmptyInputError(
            source, "no article text: no paragraph reads as a sentence (only headings, links or page furniture)"
        )
    meta = {key: drop_controls(value) if isinstance(value, str) else value for key, value in meta.items()}
    title = meta.pop("title", None) or cleaned.title
    url = meta.pop("url", None) or cleaned.url
    outlet = identify_outlet(
        outlets or default_table(),
        stated=meta.pop("outlet", None) or cleaned.outlet,
        site=site,
        url=url,
        host=host,
        credit=cleaned.credit,
    )
    return Article(
        id=article_id(title, cleaned.body, outlet.name if outlet else None),
        source=source,
        body=cleaned.body,
        title=title,
        author=meta.pop("author", None) or cleaned.author,
        published=meta.pop("published", None) or cleaned.published,
        dateline=cleaned.dateline,
        credit=cleaned.credit,
        outlet=outlet.name if outlet else None,
        outlet_domain=outlet.domain if outlet else None,
        outlet_kind=outlet.kind if outlet else "unknown",
        url=url,
        format=fmt,
        boilerplate=tuple(cleaned.boilerplate),
        offsets=cleaned.offsets if offsets is None else offsets,
    )


def _reads_as_prose(body: str) -> bool:
    """Whether ``body`` holds a sentence of prose (see the module docstring), not only labels and links."""
    if len(body.split()) >= MIN_ARTICLE_WORDS:
        return True
    return any(
        len(paragraph.split()) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(paragraph)
        for paragraph in body.split("\n")
    )


def article_from_text(text: str, source: str, *, outlets: OutletTable | None = None, **given: Any) -> Article:
    """An article from plain text; spans map back to ``text`` through ``Article.offsets``.

    ``given`` holds what a sidecar says of the file (``outlet``, ``url``,
    ``published``); it wins over what the text's own header lines say.
    """
    given = {k: v for k, v in given.items() if v}
    return _build(clean_text(text), source, "text", outlets=outlets, **given)


_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
"""Ask trafilatura (htmldate) for the original publication date, with its time where the page gives one."""
_MIDNIGHT = re.compile(r"T00:00:00(?:[+-]0000)?$")


def _html_date(value: str | None) -> str | None:
    """ISO date of the page; a bare midnight is how htmldate writes "no time given", so it becomes a date."""
    if not value:
        return None
    return parse_published(_MIDNIGHT.sub("", value))


def _extract_html(html: str, source: str) -> dict[str, Any]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise MalformedInputError(source, f"cannot parse HTML ({type(exc).__name__}: {exc})") from None
    if doc is None:
        raise MalformedInputError(source, "no article text found in the HTML")
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    if not (data.get("text") or "").strip():
        raise MalformedInputError(source, "no article text found in the HTML")
    return data


def _without_positions(cleaned: CleanText) -> CleanText:
    """Drop spans into trafilatura's extracted text: they are not offsets into the HTML file."""
    cleaned.boilerplate = [Boilerplate(text=b.text, reason=b.reason) for b in cleaned.boilerplate]
    if cleaned.dateline is not None:
        cleaned.dateline = Dateline(place=cleaned.dateline.place, date=cleaned.dateline.date)
    return cleaned


def article_from_html(html: str, source: str, *, outlets: OutletTable | None = None, **given: Any) -> Article:
    """An article from an HTML page (main text and metadata through trafilatura).

    ``given`` (a JSONL record's fields, a sidecar's row) wins over the page's own metadata.
    """
    data = _extract_html(html, source)
    title = given.get("title") or data.get("title")
    cleaned = _without_positions(clean_text(data["text"], known_title=title))
    published = given.get("published") or _html_date(data.get("date"))
    return _build(
        cleaned,
        source,
        given.get("format", "html"),
        offsets=OffsetMap(),
        title=title,
        author=given.get("author") or data.get("author"),
        published=published,
        outlets=outlets,
        outlet=given.get("outlet"),
        site=data.get("sitename"),
        host=data.get("hostname"),
        url=given.get("url") or data.get("url"),
    )


def _jsonl_lines(data: str | bytes) -> Iterator[tuple[int, str | bytes]]:
    """The numbered lines of a JSON Lines file, split on ``\\n`` only.

    U+2028, U+2029 and U+0085 are valid raw inside a JSON string, so
    :meth:`str.splitlines` (which breaks on them) would cut records apart.
    """
    if isinstance(data, bytes):
        for lineno, raw in enumerate(data.split(b"\n"), start=1):
            yield lineno, raw.removesuffix(b"\r")
    else:
        for lineno, text in enumerate(data.split("\n"), start=1):
            yield lineno, text.removesuffix("\r")


def _json_number(digits: str) -> int | str:
    """An integer of a JSON record; one too long for :class:`int` stays as its digits (no field needs it)."""
    return int(digits) if len(digits) <= MAX_INT_DIGITS else digits


def _parse_record(line: str, source: str, lineno: int) -> dict[str, Any]:
    """One JSONL line as a JSON object, or a :class:`MalformedInputError` saying why not."""
    try:
        record = json.loads(line, parse_int=_json_number)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})", line=lineno) from None
    except RecursionError:
        raise MalformedInputError(source, "invalid JSON (nested too deeply)", line=lineno) from None
    except ValueError as exc:
        raise MalformedInputError(source, f"invalid JSON ({exc})", line=lineno) from None
    if not isinstance(record, dict):
        raise MalformedInputError(source, "line is not a JSON object", line=lineno)
    return record


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A surrogate left in a decoded JSON string is a lone one (a valid pair decodes to one character)."""


def _field(value: object) -> str | None:
    """A metadata field as text (numbers and the like as written), stripped, controls dropped; None when absent."""
    if value is None:
        return None
    return drop_controls(value if isinstance(value, str) else str(value)).strip()


def _without_surrogates(record: dict[str, Any], fields: tuple[str, ...]) -> tuple[dict[str, Any], list[str]]:
    """``record`` with lone surrogates (``"\\ud800"``, not text in any encoding) in ``fields`` made U+FFFD.

    One character for one keeps every offset into the field; the names of the
    repaired fields come back for a warning.
    """
    repaired = [k for k in fields if isinstance(record.get(k), str) and _SURROGATE.search(record[k])]
    if repaired:
        record = {**record, **{k: _SURROGATE.sub("\ufffd", record[k]) for k in repaired}}
    return record, repaired


_FIELDS = ("text", "html", "title", "url", "outlet", "author", "published")


def _decode_jsonl_line(raw: str | bytes, source: str, lineno: int) -> tuple[str, str | None]:
    if isinstance(raw, str):
        return raw, None
    return decode_line(raw.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else raw, source, lineno)


def articles_from_jsonl(
    data: str | bytes,
    source: str,
    *,
    outlets: OutletTable | None = None,
    defaults: Mapping[str, str | None] | None = None,
) -> Iterator[Article | InputError | Problem]:
    """Articles from JSON Lines; a bad line yields an InputError naming the line, and reading goes on.

    ``defaults`` (what a sidecar says of the whole file: ``outlet``, ``url``,
    ``published``) fill the fields a record leaves empty.

    Given bytes, each line is decoded on its own (UTF-8, else cp1252 with a
    warning for that line). A record no parser should choke on (a huge
    integer, arrays nested thousands deep, a lone surrogate) costs at most
    its own line.
    """
    for lineno, raw in _jsonl_lines(data):
        if not raw.strip():
            continue
        try:
            line, warning = _decode_jsonl_line(raw, source, lineno)
            if warning:
                yield Problem(source=source, line=lineno, reason=warning, stage="read", severity="warning")
            record, repaired = _without_surrogates(_parse_record(line, source, lineno), _FIELDS)
            if repaired:
                reason = f"lone surrogate escape in {', '.join(map(repr, repaired))} replaced by U+FFFD"
                yield Problem(source=source, line=lineno, reason=reason, stage="read", severity="warning")
            yield _article_from_record(record, source, lineno, outlets, defaults or {})
        except InputError as exc:
            yield exc if exc.line is not None else type(exc)(source, exc.reason, line=lineno)
        except Exception as exc:
            yield MalformedInputError(source, f"cannot read the record ({type(exc).__name__}: {exc})", line=lineno)


def _article_from_record(
    record: dict[str, Any],
    source: str,
    lineno: int,
    outlets: OutletTable | None,
    defaults: Mapping[str, str | None],
) -> Article:
    body, html = record.get("text"), record.get("html")
    if not (isinstance(body, str) and body.strip()) and not (isinstance(html, str) and html.strip()):
        raise MalformedInputError(source, "no 'text' or 'html' field with content", line=lineno)
    meta: dict[str, Any] = {k: _field(record.get(k)) for k in ("title", "url", "outlet", "author", "published")}
    for key, value in defaults.items():
        if key in ("outlet", "published") and value and not meta.get(key):
            meta[key] = value
    if meta["published"]:
        meta["published"] = parse_published(meta["published"]) or meta["published"]
    art_source = meta["url"] or f"{source}:{lineno}"
    try:
        if isinstance(body, str) and body.strip():
            cleaned = clean_text(body, known_title=meta["title"])
            return _build(cleaned, art_source, "jsonl", outlets=outlets, **meta)
        assert isinstance(html, str)
        return article_from_html(html, art_source, outlets=outlets, format="jsonl", **meta)
    except InputError as exc:
        raise type(exc)(source, exc.reason, line=lineno) from None
