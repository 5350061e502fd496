"""Aligning the reported sentences of a story's articles: which sentences say the same thing.

A *statement* is a sentence with its quotations taken out (what a speaker
says is the quote stages' business; what the outlet reports is here). Two
statements of different articles align when they share enough rare words
of the story (cosine over words weighted by inverse document frequency in
the story's statements); the numbers and dates they carry count as words,
and each shared figure (not a day) adds a bonus: two outlets giving "4.6%
... by 2031" report the same thing even in different words. Each article
contributes at most one statement to a group; groups grow from the
best-scoring pairs down, and two groups join only if every cross pair is
at least half as similar as the threshold (no chains of loosely related
sentences). Claims also ask the embedding model (``semantic``): two
statements sharing a speaker's name and a few words but saying different
things are told apart by meaning, not words.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from newsfuse.article.stems import suffix_stem
from newsfuse.compare.quoted import quoted_mask
from newsfuse.lexicon import SIMILARITY_STOPWORDS
from newsfuse.model import ArticleAnalysis, Quantity, Span
from newsfuse.options import ClaimsOptions

__all__ = [
    "CONTENT_WORDS_CACHE",
    "MIN_SCORE",
    "SEMANTIC_MIN",
    "Norms",
    "Statement",
    "align_statements",
    "blanked",
    "content_words",
    "quantity_key",
    "quoted_mask",
    "shared_figures",
    "similarity",
    "statements",
]

_DEFAULTS = ClaimsOptions()  # the thresholds' one home is the options section; these name its defaults
MIN_SCORE = _DEFAULTS.min_score
SEMANTIC_MIN = _DEFAULTS.semantic_min
"""Embedding cosine (names weighing half, :func:`newsfuse.compare.semantic.meaning_cosines`) two aligned
statements need where claims use the model: the lowest cut-off whose precision on the labelled pairs reaches
0.9 (benchmarks/claims_labels.py, which also gives its cross-validated precision)."""
LINK_FLOOR = 0.5
"""Share of the claims threshold (``min_score``) every cross pair of two groups must score for the groups to join:
"at least half as similar as the threshold" (the module docstring), so a group grows past one weaker pair but two
statements linked only through a third stay apart (no chains). A design choice of the alignment, not a fitted
value."""
QUANTITY_BONUS = 0.1
"""Added to two statements' word cosine for each figure they share (:func:`shared_figures`: counts, amounts,
shares, not days): the same figure is strong evidence of the same fact whatever the words around it. About half of
:data:`MIN_SCORE` (0.18): two shared figures align two statements on their own, one needs some shared words."""
LARGE_STORY = 400
"""Statements above which a story is large (:func:`_candidates`): a pair is then proposed only where it shares
:data:`MIN_SHARED` features none of which is common (:data:`COMMON_SHARE`), so the work grows with the pairs that
can align, not with the square of the story; at or below it every cross-article pair sharing a feature is scored
(exact). Set with the inverted index for large stories (``40f4d2a``); not tuned on a measure since."""
COMMON_SHARE = 0.05
"""In a large story, the largest share of its statements (10 at least) a feature may be in and still propose
pairs: a feature in more (the story's own topic words, its main actors) pairs nearly every statement with every
other and tells none apart."""
MIN_SHARED = 3
"""Fewest features two statements share to be scored at all (two shared quantities, days too, also do), and that a
candidate pair of a large story shares: one or two words in common are chance in a story about one event."""
MIN_WORDS = 4
"""Fewest content words (:func:`content_words`, quotations blanked) a sentence needs to be a statement: shorter ones
("He declined to comment.", a dateline) carry too few words to align by."""

_WORD = re.compile(r"[^\W_][\w'’\-]*")


@dataclass
class Statement:
    """A sentence of one article, its words outside quotations and the quantities it gives."""

    article: str
    index: int
    span: Span
    text: str
    words: set[str]
    quantities: list[Quantity] = field(default_factory=list)

    features: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.features = self.words | {key for q in self.quantities if (key := quantity_key(q))}


@functools.lru_cache(maxsize=65536)
def _content(word: str) -> str:
    """A written word's stem where it carries meaning, else "" (a stopword, digits or one letter).

    Per process: at most 65,536 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    stem = suffix_stem(word)
    return stem if stem not in SIMILARITY_STOPWORDS and not stem.isdigit() and len(stem) > 1 else ""


CONTENT_WORDS_CACHE = 4096
"""Sentences whose content words are remembered: reprints and wire copies repeat sentences (594 distinct of the
997 the 50-article story of ``benchmarks/story_stages.py`` reads)."""


def content_words(text: str) -> set[str]:
    """The stemmed words of ``text`` that carry meaning (stopwords and digits left out), a set of the caller's own.

    Each distinct written word is looked up once (a sentence repeats its small words), and the stem and the
    test are remembered together: no stem that carries meaning is empty, so "" marks the others.
    """
    return set(_content_words(text))


@functools.lru_cache(maxsize=CONTENT_WORDS_CACHE)
def _content_words(text: str) -> frozenset[str]:
    """:func:`content_words` as a frozenset (the cache's entry, copied for each caller).

    Per process: at most 4,096 entries (``CONTENT_WORDS_CACHE``), the least recently used let go first, kept from
    story to story (serve, a Spark executor, ``analyze``); a pool's worker empties it after each piece of work."""
    words = set(map(_content, set(_WORD.findall(text))))
    words.discard("")
    return frozenset(words)


def quantity_key(q: Quantity) -> str:
    """A feature naming a quantity's value: ``percent:2.5``, ``date:--02-27``, ``weekday:thursday``."""
    if q.kind in ("date", "weekday", "relative_date"):
        if q.date:
            return f"date:{q.date[-5:]}"
        return f"weekday:{q.unit}" if q.kind == "weekday" else ""
    if q.value is None:
        return ""
    return f"{q.kind}:{q.value:g}"


_UNMASKED = re.compile(rb"[^\x01]")
"""A character ``mask`` does not mark: where a run of marked ones ends (:func:`blanked` finds where one starts with
``bytearray.find``, a fifth of the cost of scanning for ``\x01+``)."""


def blanked(text: str, mask: bytearray, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with the characters ``mask`` marks (quotations) turned into spaces, offsets kept."""
    end = len(text) if end is None else end
    parts: list[str] = []
    at = start
    while (first := mask.find(1, at, end)) >= 0:
        stop = _UNMASKED.search(mask, first, end)
        after = min(end, len(mask)) if stop is None else stop.start()
        parts += (text[at:first], " " * (after - first))
        at = after
    parts.append(text[at:end])
    return "".join(parts)


def statements(analysis: ArticleAnalysis) -> list[Statement]:
    """The article's sentences as statements, quotations removed; sentences mostly quoted are left out."""
    body = analysis.article.body
    mask = quoted_mask(analysis)
    for q in analysis.quotes:
        for span in q.spans:
            mask[span.start : span.end] = b"\x01" * len(span)
    out: list[Statement] = []
    quantities = sorted(analysis.quantities, key=lambda q: q.span.start)
    quantity_starts = [q.span.start for q in quantities]
    outside_quotes = blanked(body, mask)  # once per body: each sentence's blanked text is its slice
    for i, sentence in enumerate(analysis.sentences):
        text = body[sentence.start : sentence.end]
        outside = outside_quotes[sentence.start : sentence.end]
        words = content_words(outside)
        if len(words) < MIN_WORDS:
            continue
        first = bisect.bisect_left(quantity_starts, sentence.start)
        last = bisect.bisect_left(quantity_starts, sentence.end)
        inside = [q for q in quantities[first:last] if q.text in outside and q.kind != "relative_date"]
        out.append(Statement(analysis.article.id, i, sentence.span, text, words, inside))
    return out


def _weights(all_statements: Sequence[Statement]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for s in all_statements:
        df.update(s.features)
    n = max(1, len(all_statements))
    return {w: math.log(1 + n / c) for w, c in df.items()}


def _norm(features: set[str], weights: dict[str, float]) -> float:
    """The length of a statement's weighted feature vector."""
    # fsum: exactly rounded whatever the set's order, so scores (and ties) do not depend on the hash seed
    return math.sqrt(math.fsum(weights.get(x, 1.0) ** 2 for x in features))


class Norms:
    """Each statement's :func:`_norm` under one story's weights, computed the first time a pair needs it (a
    statement is in many candidate pairs: its norm is per statement, not per pair)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.known: dict[int, float] = {}

    def of(self, s: Statement) -> float:
        norm = self.known.get(id(s))
        if norm is None:
            norm = self.known[id(s)] = _norm(s.features, self.weights)
        return norm


def similarity(a: Statement, b: Statement, weights: dict[str, float], norms: Norms | None = None) -> float:
    """Cosine of two statements' features, each weighted by its inverse document frequency (0..1).

    ``norms``: the statements' norms under ``weights``, where the caller scores many pairs of them.
    """
    fa, fb = a.features, b.features
    shared = fa & fb
    if len(shared) < MIN_SHARED and len({f for f in shared if ":" in f}) < 2:
        return 0.0
    w = math.fsum(weights.get(x, 1.0) ** 2 for x in shared)
    na, nb = (norms.of(a), norms.of(b)) if norms else (_norm(fa, weights), _norm(fb, weights))
    cosine = w / (na * nb) if na and nb else 0.0
    # The same figures are strong evidence of the same fact, whatever the wording around them.
    # (A shared day is not: most of a story's statements happen on the same few days.)
    return min(1.0, cosine + QUANTITY_BONUS * len(shared_figures(a, b)))


def _candidates(flat: Sequence[Statement]) -> list[tuple[int, int]]:
    """Pairs of statements of different articles that may align, by inverted index.

    In a large story (hundreds of statements) a pair is proposed only when it
    shares :data:`MIN_SHARED` features that few statements have, so the work
    grows with the pairs that can align, not with the square of the story.
    The pairs sharing features are counted in one sparse product of the
    statements with the features they share (:func:`_counted_pairs`) where no
    article dominates the story, else article by article.
    """
    postings: dict[str, list[int]] = {}
    for n, s in enumerate(flat):
        for f in s.features:
            postings.setdefault(f, []).append(n)
    # most features are one statement's own (a rare word): they pair nothing, and are not looked at
    shared_ids = [ids for ids in postings.values() if len(ids) > 1]
    large = len(flat) > LARGE_STORY
    cap = max(10.0, COMMON_SHARE * len(flat)) if large else math.inf
    need = MIN_SHARED if large else 1
    counted = _counted_pairs(flat, [ids for ids in shared_ids if len(ids) <= cap], need)
    if counted is not None:
        return counted
    if not large:
        return sorted({pair for ids in shared_ids for pair in _cross_article_pairs(flat, ids)})
    shared: Counter[tuple[int, int]] = Counter()
    for ids in shared_ids:
        if len(ids) <= cap:
            shared.update(_cross_article_pairs(flat, ids))
    return sorted(pair for pair, n in shared.items() if n >= need)


def _counted_pairs(flat: Sequence[Statement], lists: list[list[int]], need: int) -> list[tuple[int, int]] | None:
    """The pairs ``(i, j)``, ``i < j``, of statements of different articles found together in ``need`` or more of
    ``lists`` (each ascending), sorted; None where one article's statements are so many that the pairs within
    articles (a product of all statements counts them too) would outnumber the pairs across them (#12: one long
    article is never paired with itself)."""
    sizes = Counter(s.article for s in flat)
    within = sum(n * n for n in sizes.values())
    if within > len(flat) * len(flat) - within:
        return None
    if not lists:
        return []
    rows = np.fromiter((n for ids in lists for n in ids), dtype=np.int64)
    columns = np.repeat(np.arange(len(lists)), np.fromiter(map(len, lists), dtype=np.int64, count=len(lists)))
    incidence = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, columns)), shape=(len(flat), len(lists)))
    together = sparse.triu(incidence @ incidence.T, k=1).tocoo()
    codes: dict[str, int] = {}
    article = np.fromiter((codes.setdefault(s.article, len(codes)) for s in flat), dtype=np.int64, count=len(flat))
    keep = (together.data >= need) & (article[together.row] != article[together.col])
    return sorted(zip(together.row[keep].tolist(), together.col[keep].tolist(), strict=True))


def _cross_article_pairs(flat: Sequence[Statement], ids: list[int]) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j`` (``ids`` ascend), of statements of different articles.

    The statements are grouped by article first, so the work is the pairs
    made, never the pairs within one article (a story of one very long
    article makes none, instead of the square of its statements).
    """
    by_article: dict[str, list[int]] = {}
    for i in ids:
        by_article.setdefault(flat[i].article, []).append(i)
    groups = list(by_article.values())
    for g, first in enumerate(groups):
        for second in groups[g + 1 :]:
            for i in first:
                for j in second:
                    yield (i, j) if i < j else (j, i)


def _same_meaning(
    flat: Sequence[Statement], pairs: list[tuple[float, int, int]], semantic_min: float = SEMANTIC_MIN
) -> list[tuple[float, int, int]]:
    """The pairs whose sentences also mean the same by the embedding model (all of them without one)."""
    from newsfuse.compare.semantic import meaning_cosines

    cosines = meaning_cosines([(flat[i].text, flat[j].text) for _, i, j in pairs])
    if cosines is None:
        return pairs
    return [
        (score, i, j)
        for (score, i, j), cosine in zip(pairs, cosines, strict=True)
        if cosine >= semantic_min or len(shared_figures(flat[i], flat[j])) >= 2
    ]


def shared_figures(a: Statement, b: Statement) -> set[str]:
    """The figures (not days) two statements share: the same numbers are evidence of the same fact."""
    return {f for f in a.features & b.features if ":" in f and not f.startswith(("date:", "weekday:"))}


def align_statements(
    analyses: Sequence[ArticleAnalysis],
    min_score: float = MIN_SCORE,
    semantic: bool = False,
    semantic_min: float = SEMANTIC_MIN,
) -> tuple[list[list[Statement]], dict[str, float]]:
    """Groups of statements that say the same thing (each article at most once per group), and the weights.

    Every statement is in exactly one group; a group of one is a statement
    only its article makes. With ``semantic``, two statements also need an
    embedding cosine of ``semantic_min`` (default :data:`SEMANTIC_MIN`; whole sentences, quotations
    included; :mod:`newsfuse.compare.semantic`) where the model is available,
    unless they share two figures (names weigh half in that cosine).
    """
    per_article = [statements(a) for a in analyses]
    flat = [s for group in per_article for s in group]
    weights = _weights(flat)
    pairs: list[tuple[float, int, int]] = []
    scores: dict[tuple[int, int], float] = {}
    norms = Norms(weights)
    for i, j in _candidates(flat):
        score = similarity(flat[i], flat[j], weights, norms)
        if score > 0:
            scores[i, j] = scores[j, i] = score
        if score >= min_score:
            pairs.append((score, i, j))
    if semantic and pairs:
        pairs = _same_meaning(flat, pairs, semantic_min)
    parent = list(range(len(flat)))
    members: dict[int, set[str]] = {n: {s.article} for n, s in enumerate(flat)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    items: dict[int, list[int]] = {n: [n] for n in range(len(flat))}
    for _, i, j in sorted(pairs, reverse=True):
        ra, rb = find(i), find(j)
        if ra == rb or members[ra] & members[rb]:
            continue
        # No chaining: every cross pair of the two groups must be similar.
        if any(scores.get((x, y), 0.0) < min_score * LINK_FLOOR for x in items[ra] for y in items[rb]):
            continue
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        items[ra] += items.pop(rb)
    groups: dict[int, list[Statement]] = {}
    for n, s in enumerate(flat):
        groups.setdefault(find(n), []).append(s)
    return list(groups.values()), weights
