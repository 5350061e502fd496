"""Turning decoded text of each input format into articles.

* plain text (``.txt``, ``.md``): :func:`newsfuse.ingest.clean.clean_text`;
* HTML (``.html``, ``.htm``): trafilatura extracts the main text and the
  metadata (title, author, date, site name), then the text is cleaned like
  plain text (original offsets are not known for HTML);
* JSON Lines (``.jsonl``): one article per line, with ``text`` or ``html``
  and optional ``title``, ``url``, ``outlet``, ``author``, ``published``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any, Literal

from newsfuse.errors import EmptyInputError, InputError, MalformedInputError
from newsfuse.ingest.clean import CleanText, clean_text
from newsfuse.ingest.dates import parse_published
from newsfuse.model import Article, Boilerplate, Dateline, OffsetMap

__all__ = ["article_from_html", "article_from_text", "article_id", "articles_from_jsonl"]


def article_id(title: str | None, body: str) -> str:
    """A stable id from the article's content: the same text read twice gets the same id.

    The body is already whitespace-normalised by cleaning, so only the
    title's spacing is evened out here.
    """
    key = " ".join((title or "").split()) + "\n" + body
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _build(
    cleaned: CleanText,
    source: str,
    fmt: Literal["text", "html", "jsonl"],
    *,
    offsets: OffsetMap | None = None,
    **meta: Any,
) -> Article:
    if not cleaned.body.strip():
        raise EmptyInputError(source, "no article text left after removing boilerplate")
    title = meta.pop("title", None) or cleaned.title
    return Article(
        id=article_id(title, cleaned.body),
        source=source,
        body=cleaned.body,
        title=title,
        author=meta.pop("author", None) or cleaned.author,
        published=meta.pop("published", None) or cleaned.published,
        dateline=cleaned.dateline,
        credit=cleaned.credit,
        outlet=meta.pop("outlet", None),
        url=meta.pop("url", None),
        format=fmt,
        boilerplate=tuple(cleaned.boilerplate),
        offsets=cleaned.offsets if offsets is None else offsets,
    )


def article_from_text(text: str, source: str) -> Article:
    """An article from plain text; spans map back to ``text`` through ``Article.offsets``."""
    return _build(clean_text(text), source, "text")


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


def article_from_html(html: str, source: str, **given: Any) -> Article:
    """An article from an HTML page (main text and metadata through trafilatura)."""
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
        outlet=given.get("outlet") or data.get("sitename") or data.get("hostname"),
        url=given.get("url") or data.get("url"),
    )


def articles_from_jsonl(text: str, source: str) -> Iterator[Article | InputError]:
    """Articles from JSON Lines; a bad line yields an InputError naming the line, and reading goes on."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})", line=lineno)
            continue
        if not isinstance(record, dict):
            yield MalformedInputError(source, "line is not a JSON object", line=lineno)
            continue
        body, html = record.get("text"), record.get("html")
        if not (isinstance(body, str) and body.strip()) and not (isinstance(html, str) and html.strip()):
            yield MalformedInputError(source, "no 'text' or 'html' field with content", line=lineno)
            continue
        meta = {k: record.get(k) for k in ("title", "url", "outlet", "author", "published")}
        meta = {k: (str(v).strip() if v is not None else None) for k, v in meta.items()}
        if meta["published"]:
            meta["published"] = parse_published(meta["published"]) or meta["published"]
        art_source = meta["url"] or where
        try:
            if isinstance(body, str) and body.strip():
                yield _build(clean_text(body, known_title=meta["title"]), art_source, "jsonl", **meta)
            else:
                assert isinstance(html, str)
                yield article_from_html(html, art_source, format="jsonl", **meta)
        except InputError as exc:
            yield type(exc)(source, exc.reason, line=lineno)
