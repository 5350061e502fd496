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

_WORD = re.compile(r"\w[\w'’\-]*")
_NAME_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)+")
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
    """The headline (or the opening words of an untitled body) on one line: the label of a story it starts."""


_NORMAL: dict[str, str | None] = {}
"""Cache of :func:`_normalise` (news vocabulary repeats; cleared when it grows past a bound)."""
_NORMAL_LIMIT = 1 << 19


def _normalise(word: str) -> str | None:
    """``word`` lower-cased, without possessive or plural ending; None for stopwords and short words."""
    try:
        return _NORMAL[word]
    except KeyError:
        pass
    stem: str | None = _POSSESSIVE.sub("", word.lower()).strip("-'’")
    if stem is not None and (len(stem) < 3 or stem in STOPWORDS or not stem[0].isalpha()):
        stem = None
    elif stem is not None and len(stem) > 4 and stem.endswith("ies"):
        stem = stem[:-3] + "y"
    elif stem is not None and len(stem) > 4 and stem.endswith("s") and not stem.endswith(("ss", "us", "is")):
        stem = stem[:-1]
    if stem is not None:
        stem = None if stem in STOPWORDS else sys.intern(stem)
    _NORMAL[word] = stem
    return stem


def _word_counts(text: str) -> Counter[str]:
    """How often each (normalised) word occurs in ``text``; the loops over tokens run in C."""
    tokens = _WORD.findall(text.lower())
    normal = _NORMAL
    if len(normal) >= _NORMAL_LIMIT:
        normal.clear()
    for raw in set(tokens).difference(normal):
        _normalise(raw)
    counts: Counter[str | None] = Counter(map(normal.__getitem__, tokens))
    counts.pop(None, None)
    return counts  # type: ignore[return-value]


def _names(text: str) -> list[str]:
    names = []
    for run in _NAME_RUN.findall(text):
        parts = [p for p in (_normalise(w) for w in run.split()) if p is not None]
        if len(parts) >= 2:
            names.append(sys.intern(NAME_PREFIX + " ".join(parts[-3:])))
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


def extract_features(article: Article, lead_chars: int = 2000) -> ArticleFeatures:
    """The terms, names and day of ``article``; reads the title and the first ``lead_chars`` of the body."""
    title = article.title or ""
    lead = article.body[:lead_chars]
    cut = lead.rfind(" ")
    if len(article.body) > lead_chars and cut > 0:
        lead = lead[:cut]
    counts: dict[str, float] = dict(_word_counts(lead))
    for word, n in _word_counts(title).items():
        counts[word] = counts.get(word, 0.0) + n * TITLE_WEIGHT
    for name in _names(lead):
        counts[name] = counts.get(name, 0.0) + NAME_WEIGHT
    for name in _names(title):
        counts[name] = counts.get(name, 0.0) + TITLE_WEIGHT * NAME_WEIGHT
    log = math.log
    terms = {term: 1.0 + log(count) for term, count in counts.items()}
    label = " ".join((title or article.body[:100]).split())
    return ArticleFeatures(id=article.id, day=article_day(article), terms=terms, title=label)
