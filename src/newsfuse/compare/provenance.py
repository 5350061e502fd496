"""Where an article's text may come from: its wire agency and its publication time.

The likely origin of text that several outlets share is the news agency an
article credits (``Lisbon, Mar. 4, (AFP/dpa/GNA) –``, ``OTTAWA
(AP) —``, "The Associated Press contributed to this report"), and failing
that the article that was published first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache

from dateutil import parser as date_parser

from newsfuse.lexicon import NEWS_AGENCIES
from newsfuse.model import Article

__all__ = ["DATELINE_HEAD_CHARS", "agency_of", "earliest", "published_at"]

DATELINE_HEAD_CHARS = 200
"""The opening characters of a body searched for a dateline's agency credit ("OTTAWA (AP) —"): the dateline's
place runs to 60 characters before the parentheses, and an agency's name fits in the rest."""

# A credit in a dateline is taken as given (the cleaner only reads one from
# the agency parentheses of a dateline); the agencies' signatures
# (:data:`newsfuse.lexicon.NEWS_AGENCIES`) find an agency credited in the text instead.
_AGENCY = "|".join(re.escape(name) for name in NEWS_AGENCIES)
_CONTRIBUTED = re.compile(
    r"\b(?:The )?(?P<agency>" + _AGENCY + r")\b(?: and [^.\n]{1,40})? contributed to this (?:report|story)"
)
_CONTRIBUTED_WORDS = " contributed to this "
"""Words every match of ``_CONTRIBUTED`` holds (after the agency's word boundary, a space, then these)."""
_DATELINE_CREDIT = re.compile(r"^[^\n()]{0,60}\((?P<agency>" + _AGENCY + r")\)\s*[-–—]")


def agency_of(article: Article) -> str | None:
    """The wire agency ``article`` credits (or, crediting none, the agency that published it), or None."""
    if article.credit:
        return article.credit.strip()
    if article.outlet and article.outlet_kind == "agency":
        return article.outlet
    head = _DATELINE_CREDIT.search(article.body[:DATELINE_HEAD_CHARS])
    if head:
        return head.group("agency")
    if _CONTRIBUTED_WORDS not in article.body:
        return None  # the signature's fixed words are absent: no need to try every agency at every offset
    found = _CONTRIBUTED.search(article.body)
    return found.group("agency") if found else None


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> datetime | None:
    """A written date as a naive datetime (``dateutil``'s reading), None where it reads as none.

    Per process: at most 4,096 entries, the least recently used let go first, kept from story to story (serve, a
    Spark executor, ``analyze``); a pool's worker empties it after each piece of work."""
    try:
        when: datetime = date_parser.parse(text)
    except (ValueError, OverflowError):
        return None
    return when.replace(tzinfo=None)


def published_at(article: Article) -> datetime | None:
    """When ``article`` was published, as a naive datetime (None when unknown or unreadable)."""
    return _parse_date(article.published) if article.published else None


def earliest(articles: Sequence[Article]) -> Article | None:
    """The first published of ``articles``; None unless every one has a known date.

    Without all dates the order is unknown, and a guess would be reported as a fact.
    Ties go to the article listed first.
    """
    dated: list[tuple[datetime, int, Article]] = []
    for n, article in enumerate(articles):
        when = published_at(article)
        if when is None:
            return None
        dated.append((when, n, article))
    return min(dated, key=lambda item: (item[0], item[1]))[2] if dated else None
