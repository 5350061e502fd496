"""Reported statements aligned across outlets, with the number of independent outlets behind each.

Statements (sentences with their quotations removed) are aligned across the
story's articles by :func:`newsfuse.compare.align.align_statements`. A claim
is one aligned group; its independent sources are the distinct source
groups among its articles (reprints of one text are one group, see
:mod:`newsfuse.compare.sources`), and two articles that print the claim in
near-identical words (≥ 90% by partial character ratio, so an added
attribution does not hide the copy; at least 12 words each) count once
even where the rest of their texts differ: the sentence was copied, from
one another or from the same agency. The character ratio is quadratic in
the texts' lengths, so beyond :data:`RATIO_MAX_CHARS` (a "sentence" that is
a whole unpunctuated paragraph) the copy test is the share of the shorter
text's word trigrams found in the longer one, which is linear. A claim only one source carries
is marked ``single_outlet``: a detail found in one outlet only.

``shared_values`` lists the numbers and dates that at least two of the
claim's independent sources give: the figures the outlets agree on.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsfuse.compare.align import Norms, Statement, align_statements, quantity_key, similarity, statements
from newsfuse.model import ArticleAnalysis, Claim, ClaimSource, SourceGroup
from newsfuse.options import ClaimsOptions

__all__ = ["COPIED_CACHE", "COPY_RATIO", "RATIO_MAX_CHARS", "copied", "find_claims", "independent_count"]

COPY_RATIO = 90.0
"""Percentage (partial character ratio, or share of the shorter text's word trigrams) at which one text copies
the other."""
COPY_MIN_WORDS = 12
"""Fewest words each text needs before it can count as a copy (shorter sentences agree by chance)."""
RATIO_MAX_CHARS = 600
"""Longest text compared by character ratio; longer ones by word trigrams."""
COPIED_CACHE = 4096
"""Pairs of texts whose :func:`copied` answer is remembered."""


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


@functools.lru_cache(maxsize=COPIED_CACHE)
def copied(a: str, b: str) -> bool:
    """Whether one text prints the other nearly word for word (see the module docstring); remembered, since a
    claim's members are compared pair by pair and reprints bring the same pairs back (19 distinct of the 42 pairs
    the 50-article story of ``benchmarks/story_stages.py`` compares).

    Per process: at most 4,096 entries (``COPIED_CACHE``), the least recently used let go first, kept from story to
    story (serve, a Spark executor, ``analyze``); a pool's worker empties it after each piece of work."""
    if min(len(a.split()), len(b.split())) < COPY_MIN_WORDS:
        return False
    if len(a) <= RATIO_MAX_CHARS and len(b) <= RATIO_MAX_CHARS:
        return fuzz.partial_ratio(a, b, score_cutoff=COPY_RATIO) >= COPY_RATIO
    ta, tb = _trigrams(a), _trigrams(b)
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(shorter) and 100.0 * len(shorter & longer) / len(shorter) >= COPY_RATIO


def independent_count(members: Sequence[Statement], group_of: dict[str, int]) -> tuple[int, list[int]]:
    """How many independent sources carry a claim, and each member's source label."""
    label = [group_of.get(s.article, -1 - i) for i, s in enumerate(members)]
    parent = list(range(len(members)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if label[i] == label[j] or copied(members[i].text, members[j].text):
                parent[find(j)] = find(i)
    roots = [find(i) for i in range(len(members))]
    return len(set(roots)), roots


def _shared_values(members: Sequence[Statement], roots: list[int]) -> tuple[str, ...]:
    carried: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    for s, root in zip(members, roots, strict=True):
        for q in s.quantities:
            key = quantity_key(q)
            if key:
                carried.setdefault(key, set()).add(root)
                shown.setdefault(key, q.text)
    return tuple(shown[k] for k, roots_ in carried.items() if len(roots_) >= 2)


def _aligned(
    analyses: Sequence[ArticleAnalysis], options: ClaimsOptions
) -> tuple[list[list[Statement]], dict[str, float]]:
    """:func:`align_statements` of the story; in a story of one article nothing aligns, so each statement is its own
    group (and no weights are read: a group of one has no other member to be compared with)."""
    if len(analyses) == 1:
        return [[s] for s in statements(analyses[0])], {}
    return align_statements(analyses, min_score=options.min_score, semantic=True, semantic_min=options.semantic_min)


def _carried(
    members: Sequence[Statement], group_of: dict[str, int], weights: dict[str, float]
) -> tuple[int, list[int], Statement]:
    """:func:`independent_count` of a claim's statements, and its lead: the wording closest to all the others.

    A statement alone (most of a story's) is its own lead and one source: nothing to compare. Each pair is scored
    once (:func:`similarity` is symmetric, and its sums exactly rounded) and each statement's norm read once.
    """
    if len(members) == 1:
        return 1, [0], members[0]
    count, roots = independent_count(members, group_of)
    norms = Norms(weights)
    closeness: list[list[float]] = [[] for _ in members]
    for i, s in enumerate(members):
        for j in range(i + 1, len(members)):
            score = similarity(s, members[j], weights, norms)
            closeness[i].append(score)
            closeness[j].append(score)
    totals = [math.fsum(scores) for scores in closeness]
    return count, roots, members[max(range(len(members)), key=totals.__getitem__)]


def find_claims(
    story: str,
    analyses: Sequence[ArticleAnalysis],
    sources: Sequence[SourceGroup],
    options: ClaimsOptions | None = None,
) -> tuple[Claim, ...]:
    """Reported statements aligned across outlets, most widely carried first (``options``: the claims section)."""
    options = options or ClaimsOptions()
    groups, weights = _aligned(analyses, options)
    group_of = {article: n for n, g in enumerate(sources) for article in g.articles}
    order = {a.article.id: n for n, a in enumerate(analyses)}
    claims: list[tuple[tuple[int, int, int], Claim]] = []
    for members in groups:
        members = sorted(members, key=lambda s: order[s.article])
        count, roots, lead = _carried(members, group_of, weights)
        digest = hashlib.blake2b(
            "|".join(f"{s.article}:{s.span.start}" for s in members).encode(), digest_size=6
        ).hexdigest()
        claim = Claim(
            id=f"{story}:C{digest}",
            story=story,
            text=lead.text,
            sources=tuple(ClaimSource(article=s.article, span=s.span, text=s.text) for s in members),
            independent_sources=count,
            single_outlet=count == 1,
            shared_values=_shared_values(members, roots) if count > 1 else (),
        )
        claims.append(((-count, order[lead.article], lead.index), claim))
    return tuple(c for _, c in sorted(claims, key=lambda t: t[0]))
