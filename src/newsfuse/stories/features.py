"""What story clustering looks at in one article: its words, its names and its date.

An article is reduced to a bag of terms from its title and lead (the first
few paragraphs say what the event is; the rest adds background that other
stories share), plus the multi-word names in it (``john mccain``,
``white house``), which tell events apart better than single words, and the
day it was published. Names come from capitalised runs: cheap, language-agnostic
enough for news, and no model on the hot path.

Features are plain data (a msgspec struct) so the store can keep them and a
:class:`~newsfuse.stories.index.StoryIndex` can be rebuilt without re-reading
articles.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from datetime import date, datetime

import msgspec

from newsfuse.model import Article
from newsfuse.stories.stopwords import STOPWORDS

__all__ = ["NAME_PREFIX", "ArticleFeatures", "article_day", "extract_features"]

NAME_PREFIX = "="
"""Multi-word name terms start with this, so they never collide with single words."""

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*")
_NAME_RUN = re.compile(r"[A-Z][A-Za-z'’\-]*(?:[ \t]+[A-Z][A-Za-z'’\-]*)+")
_POSSESSIVE = re.compile(r"['’]s?$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

TITLE_WEIGHT = 2.0
"""A title word counts as much as two body words: the headline names the event."""
NAME_WEIGHT = 1.5
"""A multi-word name counts more than a word: names separate events that share topics."""


class ArticleFeatures(msgspec.Struct, frozen=True, kw_only=True):
    """An article as clustering sees it."""

    id: str
    day: int | None
    """Publication date as a proleptic Gregorian ordinal (None where unknown)."""
    terms: dict[str, float]
    """Term -> log-scaled, weighted frequency (not yet weighted by rarity)."""
    title: str = ""


def _normalise(word: str) -> str | None:
    word = _POSSESSIVE.sub("", word.lower()).strip("-")
    if len(word) < 3 or word in STOPWORDS:
        return None
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word if word not in STOPWORDS else None


def _words(text: str) -> list[str]:
    out = []
    for raw in _WORD.findall(text):
        word = _normalise(raw)
        if word is not None:
            out.append(word)
    return out


def _names(text: str) -> list[str]:
    names = []
    for run in _NAME_RUN.findall(text):
        parts = [p for p in (_normalise(w) for w in run.split()) if p is not None]
        if len(parts) >= 2:
            names.append(NAME_PREFIX + " ".join(parts[-3:]))
    return names


def article_day(article: Article) -> int | None:
    """The publication day of ``article`` as an ordinal, or None if it has no usable date."""
    value = article.published
    if not value:
        return None
    match = _ISO_DATE.search(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).toordinal()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value).date().toordinal()
    except ValueError:
        return None


def extract_features(article: Article, lead_chars: int = 3000) -> ArticleFeatures:
    """The terms, names and day of ``article``; reads the title and the first ``lead_chars`` of the body."""
    title = article.title or ""
    lead = article.body[:lead_chars]
    cut = lead.rfind(" ")
    if len(article.body) > lead_chars and cut > 0:
        lead = lead[:cut]
    counts: Counter[str] = Counter()
    for word in _words(lead):
        counts[word] += 1.0
    for name in _names(lead):
        counts[name] += NAME_WEIGHT
    for word in _words(title):
        counts[word] += TITLE_WEIGHT
    for name in _names(title):
        counts[name] += TITLE_WEIGHT * NAME_WEIGHT
    intern = sys.intern
    terms = {intern(term): 1.0 + math.log(count) for term, count in counts.items()}
    return ArticleFeatures(id=article.id, day=article_day(article), terms=terms, title=title or article.body[:80])
