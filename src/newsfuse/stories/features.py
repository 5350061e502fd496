"""What story clustering looks at in one article: its words, its names and its date.

An article is reduced to a bag of terms from its title and lead (the first
few paragraphs say what the event is), plus what the rest of the body
repeats at a lower weight (:data:`REST_WEIGHT`: a word said once after the
lead is background, one said four times is part of the event), the
multi-word names in it (``john mccain``, ``white house``), which tell events
apart better than single words, the numbers of two or more digits in the
title and lead (a toll, a score, a magnitude, a year: two earthquakes in one
region differ in them), and the day it was published (or, for an undated
article, the date clues of :mod:`newsfuse.stories.when`). Names come from
capitalised runs: cheap, language-agnostic enough for news, and no model on
the hot path. Spelling variants are folded: abbreviations with dots
(``F.B.I.`` is ``fbi``), middle initials (``Joseph I. Lieberman``) and the
short forms of given names (``Joe`` is ``joseph``). Words that say nothing
about which event an article covers (function words, attribution verbs,
honorifics, calendar words) are left out
(:data:`newsfuse.lexicon.CLUSTER_STOPWORDS`), and so are words of fewer than
:data:`MIN_WORD_LETTERS` (3) letters, initials and abbreviations too short to
tell events apart. A plural ending ("-ies", "-s") is dropped only from words
of :data:`PLURAL_MIN_LETTERS` (5) letters or more: shorter words ending so are
mostly not plurals ("news", "dies", "gas", "bus"). Name terms start with
:data:`NAME_PREFIX` and number terms with :data:`NUMBER_PREFIX`, so neither
collides with a word.

Counts: a lead word 1, a title word :data:`TITLE_WEIGHT` (2.0), a multi-word
name :data:`NAME_WEIGHT` (1.5; in the title, both), a number
:data:`NUMBER_WEIGHT` (1.0) and a later word :data:`REST_WEIGHT` (0.3); a
term whose summed count reaches 1 weighs 1 + log of it. The lead is the
options' ``lead_chars`` (2,000 characters of the body), and no more than
:data:`READ_CHARS` (30,000) of a body is read at all.

Reads an :class:`~newsfuse.model.Article` (title, body, publication date,
dateline); writes :class:`ArticleFeatures` (id, day, weighted terms, title,
date clues). Features are plain data (a msgspec struct) so the store can
keep them and a :class:`~newsfuse.stories.index.StoryIndex` can be rebuilt
without re-reading articles.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime

import msgspec

from newsfuse.article.stems import KEPT_S_ENDINGS
from newsfuse.lexicon import CLUSTER_STOPWORDS, GIVEN_NAME_VARIANTS, ORDINAL_SUFFIXES, alternation
from newsfuse.model import Article
from newsfuse.options import ClusterOptions
from newsfuse.stories.when import Clue, date_clues

__all__ = ["NAME_PREFIX", "NUMBER_PREFIX", "ArticleFeatures", "article_day", "extract_features"]

MIN_WORD_LETTERS = 3
"""The fewest letters of a word kept as a term."""
PLURAL_MIN_LETTERS = 5
"""The fewest letters of a word whose plural ending is dropped (module docstring)."""
NAME_PREFIX = "="
"""Multi-word name terms start with this, so they never collide with single words."""
NUMBER_PREFIX = "#"
"""Number terms start with this."""

_WORD = re.compile(r"\w[\w'’\-]*")
_NAME_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)*[A-Z][\w'’\-]*)+")
_INITIAL = re.compile(r"\b[A-Z]\.[ \t]+")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}(?![A-Za-z])")
_DOTTED_HINT = re.compile(r"\.[A-Za-z]\.")
"""What every dotted abbreviation holds: a cheap test (a literal first character) before :data:`_DOTTED`."""
# A number not glued to a word, a decimal point or a currency sign. The look-behind follows the first
# digit (it checks the character before it), so the scan looks only at digits, not at every position.
_NUMBER = re.compile(r"(\d(?<![\w.,$]\d)\d*(?:[.,]\d+)*)(" + alternation(ORDINAL_SUFFIXES) + r")?(?!\w)")
_POSSESSIVE = re.compile(r"['’]s?$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

TITLE_WEIGHT = 2.0
"""A title word counts as much as two body words: the headline names the event."""
NAME_WEIGHT = 1.5
"""A multi-word name counts more than a word: names separate events that share topics."""
NUMBER_WEIGHT = 1.0
"""A number of two or more digits in the title or lead counts as a word."""
REST_WEIGHT = 0.3
"""Weight of a word after the lead: such a word counts once it is said four times (or is in the lead too)."""
READ_CHARS = 30_000
"""How much of a body is read at all: a long feature's first pages, and a bound on one huge article's cost."""


class ArticleFeatures(msgspec.Struct, frozen=True, kw_only=True):
    """An article as clustering sees it."""

    id: str
    day: int | None
    """Publication date as a proleptic Gregorian ordinal (None where unknown)."""
    terms: dict[str, float]
    """Term -> log-scaled, weighted frequency (not yet weighted by rarity)."""
    title: str = ""
    """The headline (or the opening words of an untitled body) on one line: the label of a story it starts."""
    clues: tuple[Clue, ...] = ()
    """Where ``day`` is None: what the text says about when it was written (see :mod:`newsfuse.stories.when`)."""


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
    if stem is not None and (len(stem) < MIN_WORD_LETTERS or stem in CLUSTER_STOPWORDS or not stem[0].isalpha()):
        stem = None
    elif stem is not None and len(stem) >= PLURAL_MIN_LETTERS and stem.endswith("ies"):
        stem = stem[:-3] + "y"
    elif (
        stem is not None
        and len(stem) >= PLURAL_MIN_LETTERS
        and stem.endswith("s")
        and not stem.endswith(KEPT_S_ENDINGS)
    ):
        stem = stem[:-1]
    if stem is not None:
        stem = None if stem in CLUSTER_STOPWORDS else sys.intern(stem)
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


_NAME_OF: dict[str, str | None] = {}
"""Cache of :func:`_name_term` (names repeat across articles; cleared when it grows past a bound)."""


def _name_term(run: str) -> str | None:
    """The name term of a capitalised run, or None where fewer than two of its words count."""
    try:
        return _NAME_OF[run]
    except KeyError:
        pass
    parts = [p for p in (_normalise(w) for w in _INITIAL.sub("", run).split()) if p is not None]
    term = None
    if len(parts) >= 2:
        parts = [GIVEN_NAME_VARIANTS.get(p, p) for p in parts[-3:]]
        term = sys.intern(NAME_PREFIX + " ".join(parts))
    _NAME_OF[run] = term
    return term


def _names(text: str) -> list[str]:
    """The multi-word names in ``text``: middle initials dropped, given-name variants folded."""
    if len(_NAME_OF) >= _NORMAL_LIMIT:
        _NAME_OF.clear()
    return [term for term in map(_name_term, _NAME_RUN.findall(text)) if term is not None]


def _numbers(text: str) -> list[str]:
    """Numbers that can tell two events apart (a toll, a score, a magnitude, an ordinal, a year).

    Single digits are left out: they are in every story.
    """
    found = []
    for digits, ordinal in _NUMBER.findall(text):
        value = digits.replace(",", "")
        if len(value) >= 2:
            found.append(sys.intern(NUMBER_PREFIX + value + (ordinal or "")))
    return found


def _fold_abbreviations(text: str) -> str:
    """``F.B.I.`` as ``FBI``, so the dotted and undotted spellings are one term."""
    if _DOTTED_HINT.search(text) is None:
        return text
    return _DOTTED.sub(lambda m: m[0].replace(".", ""), text)


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


def extract_features(article: Article, lead_chars: int = ClusterOptions().lead_chars) -> ArticleFeatures:
    """The terms, names and day of ``article``.

    Reads the title, the first ``lead_chars`` of the body at full weight and
    the words of the rest (up to :data:`READ_CHARS`) at :data:`REST_WEIGHT`.
    """
    title = _fold_abbreviations(article.title or "")
    body = _fold_abbreviations(article.body[:READ_CHARS])
    lead, rest = body[:lead_chars], ""
    cut = lead.rfind(" ")
    if len(body) > lead_chars and cut > 0:
        lead, rest = lead[:cut], body[cut:]
    counts: dict[str, float] = dict(_word_counts(lead))
    _add(counts, _word_counts(title).items(), TITLE_WEIGHT)
    _add(counts, Counter(_names(lead)).items(), NAME_WEIGHT)
    _add(counts, Counter(_names(title)).items(), TITLE_WEIGHT * NAME_WEIGHT)
    _add(counts, Counter(_numbers(lead) + _numbers(title)).items(), NUMBER_WEIGHT)
    if rest and REST_WEIGHT > 0:
        _add(counts, _word_counts(rest).items(), REST_WEIGHT)
    log = math.log
    terms = {term: 1.0 + log(count) for term, count in counts.items() if count >= 1.0}
    label = " ".join((article.title or article.body[:100]).split())
    day = article_day(article)
    clues = date_clues(article) if day is None else ()
    return ArticleFeatures(id=article.id, day=day, terms=terms, title=label, clues=clues)


def _add(counts: dict[str, float], items: Iterable[tuple[str, float]], weight: float) -> None:
    for term, n in items:
        counts[term] = counts.get(term, 0.0) + n * weight
