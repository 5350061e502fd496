"""Text shared between the articles of a story: who wrote what.

For every pair of articles, the maximal runs of normalised words they share
(:mod:`newsfuse.compare.shingles`), each split where it enters or leaves
quotation marks: the quoted part of a run is a *shared quotation* (a
speaker's words that outlets repeat from a common press pool), the rest is
*copied prose*. Short shared bits mean nothing (``the prime minister
said that``, and names run long: ``of the Regional Society for the
Preservation of Coastal Lighthouses`` is ten words that no one copied), so a
prose passage needs :data:`MIN_PROSE_WORDS` words, while a quotation,
whose words are the speaker's and not the outlet's, needs only
:data:`MIN_QUOTE_WORDS`.

Per article the stage reports the share of its words shared as prose, the
share shared as quotations, and the rest, its own. Each passage names its
likely origin (:mod:`newsfuse.compare.provenance`) among all the articles
that carry it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import combinations

from newsfuse.compare.provenance import agency_of, earliest
from newsfuse.compare.quoted import quoted_spans
from newsfuse.compare.shingles import Words, common_runs, shingle_index, words_of
from newsfuse.model import Article, ArticleAnalysis, Originality, Reuse, SharedPassage, Span

__all__ = ["MIN_PROSE_WORDS", "MIN_QUOTE_WORDS", "SEED_WORDS", "find_reuse", "quoted_word_mask"]

SEED_WORDS = 5
"""Shingle length that seeds a shared run (and the shortest run looked at)."""
MIN_PROSE_WORDS = 11
"""Fewest words of copied prose reported as a passage (more than a long name with its articles)."""
MIN_QUOTE_WORDS = 5
"""Fewest words of a repeated quotation reported as a passage."""

_PROSE, _QUOTE = 2, 1
"""The marks of a covered character: in shared prose, or in a shared quotation (prose wins where both cover it)."""
_RUNS = re.compile(rb"\x00+|\x01+")


def _merge(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged


def quoted_word_mask(analysis: ArticleAnalysis, words: Words) -> bytearray:
    """1 for each word inside quotation marks (by the marks, or by an extracted quote's span), else 0.

    The quoted spans, merged, do not overlap, and the words are in text order: the words inside one span are the
    run from the first that starts in it to the last that ends in it, found by bisection (a few per article).
    """
    spans = list(quoted_spans(analysis))
    spans.extend(span for quote in analysis.quotes for span in quote.spans)
    mask = bytearray(len(words))
    for span in _merge(spans):
        first = bisect.bisect_left(words.starts, span.start)
        last = bisect.bisect_right(words.ends, span.end)
        if last > first:
            mask[first:last] = b"\x01" * (last - first)
    return mask


def _segments(a: int, b: int, length: int, mask_a: bytearray, mask_b: bytearray) -> list[tuple[int, int, int, bool]]:
    """A run cut where it enters or leaves a quotation: ``(a, b, length, quotation)`` pieces long enough to keep."""
    either = int.from_bytes(mask_a[a : a + length], "big") | int.from_bytes(mask_b[b : b + length], "big")
    pieces: list[tuple[int, int, int, bool]] = []
    for piece in _RUNS.finditer(either.to_bytes(length, "big")):
        quoted = piece.group()[0] == 1
        start, size = piece.start(), piece.end() - piece.start()
        if size >= (MIN_QUOTE_WORDS if quoted else MIN_PROSE_WORDS):
            pieces.append((a + start, b + start, size, quoted))
    return pieces


def _mark(marks: bytearray, first: int, length: int, kind: int) -> None:
    """Mark ``length`` words from ``first`` as shared; prose outranks quotation where both apply."""
    if kind == _PROSE:
        marks[first : first + length] = bytes([_PROSE]) * length
    else:
        marks[first : first + length] = marks[first : first + length].replace(b"\x00", bytes([_QUOTE]))


def _share(mask: bytearray, value: int | None = None) -> float:
    if not mask:
        return 0.0
    hits = len(mask) - mask.count(0) if value is None else mask.count(value)
    return round(hits / len(mask), 4)


class _Story:
    """A story's articles as reuse reads them: words, quoted-word masks, shingle indexes, who carries each shingle."""

    def __init__(self, analyses: Sequence[ArticleAnalysis]) -> None:
        self.articles = [a.article for a in analyses]
        self.words = [words_of(a.body) for a in self.articles]
        self.masks = [quoted_word_mask(an, w) for an, w in zip(analyses, self.words, strict=True)]
        self.indexes = [shingle_index(w, SEED_WORDS) for w in self.words]
        self.agencies = [agency_of(a) for a in self.articles]
        self.owners: dict[tuple[str, ...], list[int]] = {}
        for n, index in enumerate(self.indexes):
            for shingle in index:
                self.owners.setdefault(shingle, []).append(n)
        self.origins: dict[tuple[int, ...], tuple[str | None, str | None]] = {}

    def pairs(self) -> list[tuple[int, int]]:
        """The pairs of articles that share a shingle, in story order (the only ones that can share a passage)."""
        pairs: set[tuple[int, int]] = set()
        for group in {tuple(o) for o in self.owners.values() if len(o) > 1}:
            pairs.update(combinations(group, 2))
        return sorted(pairs)

    def origin(self, carriers: tuple[int, ...]) -> tuple[str | None, str | None]:
        """Where a passage its carriers print likely came from: an agency's copy, else the earliest article.

        Remembered per set of carriers in a plain dict: a ``functools.cache`` of the bound method made a
        reference cycle (the story, the cache, the method) that kept every story's words, shingle indexes and
        owners (~300,000 lists and tuples over the dev set) alive until the cyclic collector found them."""
        found = self.origins.get(carriers)
        if found is None:
            found = self.origins[carriers] = self._origin(carriers)
        return found

    def _origin(self, carriers: tuple[int, ...]) -> tuple[str | None, str | None]:
        for n in carriers:
            if self.agencies[n]:
                return self.agencies[n], self.articles[n].id
        first = earliest([self.articles[n] for n in carriers])
        return (first.id, first.id) if first else (None, None)

    def passage(self, i: int, j: int, a: int, b: int, length: int, quotation: bool) -> SharedPassage:
        """The passage of ``length`` words at word ``a`` of article ``i`` and word ``b`` of article ``j``."""
        wi, wj = self.words[i], self.words[j]
        first_shingle = wi.norm[a : a + SEED_WORDS]
        last_shingle = wi.norm[a + length - SEED_WORDS : a + length]
        carriers = tuple(sorted(set(self.owners[first_shingle]) & set(self.owners[last_shingle]) | {i, j}))
        source, source_article = self.origin(carriers)
        span_i, span_j = wi.span(a, a + length - 1), wj.span(b, b + length - 1)
        return SharedPassage(
            text=self.articles[i].text(span_i),
            spans=((self.articles[i].id, span_i), (self.articles[j].id, span_j)),
            words=length,
            quotation=quotation,
            origin=source,
            origin_article=source_article,
        )


def _pair_reuse(story: str, text: _Story, i: int, j: int, status: list[bytearray]) -> Reuse | None:
    """What articles ``i`` and ``j`` share (None if nothing), each shared word marked in ``status`` too."""
    wi, wj = text.words[i], text.words[j]
    covered = {i: bytearray(len(wi)), j: bytearray(len(wj))}
    passages: list[SharedPassage] = []
    for run in common_runs(wi.norm, wj.norm, text.indexes[j], SEED_WORDS, text.indexes[i]):
        segments = _segments(run.a, run.b, length=run.length, mask_a=text.masks[i], mask_b=text.masks[j])
        for a, b, length, quotation in segments:
            kind = _QUOTE if quotation else _PROSE
            for n, first in ((i, a), (j, b)):
                _mark(covered[n], first, length, kind)
                _mark(status[n], first, length, kind)
            passages.append(text.passage(i, j, a, b, length, quotation))
    if not passages:
        return None
    return Reuse(
        story=story,
        articles=(text.articles[i].id, text.articles[j].id),
        overlap=max(_share(covered[i]), _share(covered[j])),
        passages=tuple(passages),
        prose_overlap=max(_share(covered[i], _PROSE), _share(covered[j], _PROSE)),
        quotation_overlap=max(_share(covered[i], _QUOTE), _share(covered[j], _QUOTE)),
    )


def _originality(story: str, articles: Sequence[Article], status: Sequence[bytearray]) -> tuple[Originality, ...]:
    """Each article's shares of shared prose, shared quotations and its own words."""
    originality = []
    for article, marks in zip(articles, status, strict=True):
        shared, quoted = _share(marks, _PROSE), _share(marks, _QUOTE)
        originality.append(
            Originality(
                story=story,
                article=article.id,
                shared=shared,
                shared_quotations=quoted,
                original=round(max(0.0, 1.0 - shared - quoted), 4) if marks else 1.0,
            )
        )
    return tuple(originality)


def find_reuse(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[tuple[Reuse, ...], tuple[Originality, ...]]:
    """Shared passages per pair of articles, and each article's original share.

    Pairs come in story order and only where they share a passage; every
    article gets an :class:`Originality` row.
    """
    articles = [a.article for a in analyses]
    if len(articles) < 2:  # no pair: all its own (and a very long article is not indexed for nothing)
        return (), tuple(
            Originality(story=story, article=a.id, shared=0.0, shared_quotations=0.0, original=1.0) for a in articles
        )
    text = _Story(analyses)
    status = [bytearray(len(w)) for w in text.words]
    rows = [row for i, j in text.pairs() if (row := _pair_reuse(story, text, i, j, status)) is not None]
    return tuple(rows), _originality(story, text.articles, status)
