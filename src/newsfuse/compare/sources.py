"""Grouping a story's articles into independent sources.

Five outlets printing one agency story are one source, not five: claims
corroboration (issue #5) counts groups, not articles. Two articles fall in
one group when one has copied most of the other: :data:`REPRINT_SHARE` of
its words are the other's, and at least :data:`MIN_PROSE_SHARE` of them are
prose. Repeated pool quotations alone never link two articles, since outlets
that heard the same speaker are still independent witnesses; but a reprint
of a quote-heavy article copies the quotations along with the prose around
them. Two articles also fall in one group when both credit the same wire
agency and share any prose passage at all (two rewrites of one agency
story). Groups are the connected
components of those links, so a chain of reprints is one group.

A group's ``origin`` is the agency one of its articles credits, else the
id of its earliest published article when the group holds several.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.compare.provenance import agency_of, earliest
from newsfuse.model import ArticleAnalysis, Reuse, SourceGroup

__all__ = ["MIN_PROSE_SHARE", "REPRINT_SHARE", "independent_sources"]

REPRINT_SHARE = 0.5
"""Share of an article's words found in another that makes it a reprint of it: most of it."""
MIN_PROSE_SHARE = 0.1
"""Share of an article's words that must be copied prose (not quotations) for it to count as a reprint."""


def _same_agency(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    parts_a = {p.strip().lower() for p in a.split("/") if p.strip()}
    parts_b = {p.strip().lower() for p in b.split("/") if p.strip()}
    return bool(parts_a & parts_b)


def independent_sources(
    story: str, analyses: Sequence[ArticleAnalysis], reuse: Sequence[Reuse]
) -> tuple[SourceGroup, ...]:
    """Reprints and agency copies collapse into one group; every other article is its own.

    Groups come in the order of their first article in the story.
    """
    ids = [a.article.id for a in analyses]
    position = {article_id: n for n, article_id in enumerate(ids)}
    agencies = [agency_of(a.article) for a in analyses]
    parent = list(range(len(ids)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for row in reuse:
        a, b = (position.get(article_id) for article_id in row.articles)
        if a is None or b is None:
            continue
        copied = row.overlap >= REPRINT_SHARE and row.prose_overlap >= MIN_PROSE_SHARE
        rewritten = row.prose_overlap > 0 and _same_agency(agencies[a], agencies[b])
        if copied or rewritten:
            root_a, root_b = find(a), find(b)
            parent[max(root_a, root_b)] = min(root_a, root_b)

    members: dict[int, list[int]] = {}
    for n in range(len(ids)):
        members.setdefault(find(n), []).append(n)
    groups = []
    for root in sorted(members):
        group = members[root]
        agency = next((agencies[n] for n in group if agencies[n]), None)
        first = earliest([analyses[n].article for n in group]) if len(group) > 1 else None
        groups.append(
            SourceGroup(
                story=story,
                articles=tuple(ids[n] for n in group),
                origin=agency or (first.id if first else None),
            )
        )
    return tuple(groups)
