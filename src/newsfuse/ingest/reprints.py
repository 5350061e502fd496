"""Linking reprints: one text printed by several outlets is several articles, each knowing the original.

An agency story printed word for word by three outlets is three articles
(each outlet carried it: that is coverage) but one text (one source). Each
copy other than the original gets ``reprint_of``, the id of the original:

1. the copy published by the agency its credit names first (Reuters' own
   copy of a story others credit to Reuters);
2. else the copy published by a news agency;
3. else the earliest published copy (copies without a date come after
   dated ones);
4. else the copy read first.

"The same text" is the same cleaned body, whitespace aside: headlines,
datelines, bylines and sign-offs may differ, since outlets change those
when they reprint. Copies that were edited are not reprints here; the
story stage still counts them as one source
(:func:`newsfuse.compare.sources.independent_sources`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

import msgspec

from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.outlets import name_key
from newsfuse.model import Article

__all__ = ["link_reprints", "text_key"]


def text_key(article: Article) -> str:
    """What two copies of one text share: a hash of the body, whitespace evened out."""
    return hashlib.sha1(" ".join(article.body.split()).encode("utf-8")).hexdigest()


def _published(article: Article) -> datetime | None:
    """When ``article`` was published, in UTC where the page gives a zone (naive either way)."""
    iso = parse_published(article.published) if article.published else None
    if iso is None:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when


def _first_credited(article: Article) -> str | None:
    if not article.credit:
        return None
    first = article.credit.split("/")[0].strip()
    return name_key(first) or None


def _original(copies: Sequence[Article]) -> Article:
    """The copy the others reprint (see the module docstring for the order of preference)."""
    credited = {key for key in (_first_credited(a) for a in copies) if key}
    for article in copies:
        if article.outlet and name_key(article.outlet) in credited:
            return article
    for article in copies:
        if article.outlet_kind == "agency":
            return article
    dated = [(when, n) for n, when in enumerate(_published(a) for a in copies) if when is not None]
    if dated:
        return copies[min(dated)[1]]
    return copies[0]


def link_reprints(articles: Sequence[Article]) -> list[Article]:
    """``articles`` in the same order, each copy of a text printed more than once pointing at the original."""
    copies: dict[str, list[Article]] = {}
    for article in articles:
        copies.setdefault(text_key(article), []).append(article)
    links: dict[str, str] = {}
    for group in copies.values():
        if len(group) < 2:
            continue
        original = _original(group)
        links.update((a.id, original.id) for a in group if a.id != original.id)
    return [
        msgspec.structs.replace(a, reprint_of=links[a.id]) if a.id in links and a.reprint_of != links[a.id] else a
        for a in articles
    ]
