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
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from newsfuse.errors import EmptyInputError, InputError, MalformedInputError
from newsfuse.ingest.clean import CleanText, clean_text
from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.outlets import OutletTable, default_table, identify_outlet, name_key
from newsfuse.model import Article, Boilerplate, Dateline, OffsetMap

__all__ = ["article_from_html", "article_from_text", "article_id", "articles_from_jsonl"]


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
    fmt: Literal["text", "html", "jsonl"],
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


def articles_from_jsonl(
    text: str, source: str, *, outlets: OutletTable | None = None, defaults: Mapping[str, str | None] | None = None
) -> Iterator[Article | InputError]:
    """Articles from JSON Lines; a bad line yields an InputError naming the line, and reading goes on.

    ``defaults`` (what a sidecar says of the whole file: ``outlet``, ``url``,
    ``published``) fill the fields a record leaves empty.
    """
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
        for key, value in (defaults or {}).items():
            if key in ("outlet", "published") and value and not meta.get(key):
                meta[key] = value
        if meta["published"]:
            meta["published"] = parse_published(meta["published"]) or meta["published"]
        art_source = meta["url"] or where
        try:
            if isinstance(body, str) and body.strip():
                cleaned = clean_text(body, known_title=meta["title"])
                yield _build(cleaned, art_source, "jsonl", outlets=outlets, **meta)
            else:
                assert isinstance(html, str)
                yield article_from_html(html, art_source, outlets=outlets, format="jsonl", **meta)
        except InputError as exc:
            yield type(exc)(source, exc.reason, line=lineno)
