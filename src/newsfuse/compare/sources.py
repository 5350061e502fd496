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
story). An article that reprints another word for word
(``Article.reprint_of``, set when the articles were read) is always in its
group. Groups are the connected components of those links, so a chain of
reprints is one group.

A group's ``origin`` is the agency one of its articles credits, else the
id of its earliest published article when the group holds several.

A story's **coverage** (:func:`coverage`) is how many outlets carried it,
reprints included: every known outlet once, and every article whose outlet
is unknown as one more (it may be any outlet). Its **independent sources**
are the groups. :func:`absent_outlets` names the outlets seen in the same
days that did not carry it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import msgspec

from newsfuse.compare.provenance import agency_of, earliest
from newsfuse.model import Article, ArticleAnalysis, Reuse, SourceGroup, Story
from newsfuse.options import SourcesOptions

__all__ = [
    "MIN_PROSE_SHARE",
    "REPRINT_SHARE",
    "absent_outlets",
    "coverage",
    "independent_sources",
    "publication_day",
    "sized_story",
]

_DEFAULTS = SourcesOptions()  # the thresholds' one home is the options section; these name its defaults
REPRINT_SHARE = _DEFAULTS.reprint_share
"""Share of an article's words found in another that makes it a reprint of it: most of it."""
MIN_PROSE_SHARE = _DEFAULTS.min_prose_share
"""Share of an article's words that must be copied prose (not quotations) for it to count as a reprint."""


def _same_agency(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    parts_a = {p.strip().lower() for p in a.split("/") if p.strip()}
    parts_b = {p.strip().lower() for p in b.split("/") if p.strip()}
    return bool(parts_a & parts_b)


def independent_sources(
    story: str,
    analyses: Sequence[ArticleAnalysis],
    reuse: Sequence[Reuse],
    options: SourcesOptions | None = None,
) -> tuple[SourceGroup, ...]:
    """Reprints and agency copies collapse into one group; every other article is its own.

    Groups come in the order of their first article in the story. ``options``
    sets :data:`REPRINT_SHARE` and :data:`MIN_PROSE_SHARE` (their defaults).
    """
    settings = options or _DEFAULTS
    ids = [a.article.id for a in analyses]
    position = {article_id: n for n, article_id in enumerate(ids)}
    agencies = [agency_of(a.article) for a in analyses]
    parent = list(range(len(ids)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: int, b: int) -> None:
        root_a, root_b = find(a), find(b)
        parent[max(root_a, root_b)] = min(root_a, root_b)

    for row in reuse:
        a, b = (position.get(article_id) for article_id in row.articles)
        if a is None or b is None:
            continue
        copied = row.overlap >= settings.reprint_share and row.prose_overlap >= settings.min_prose_share
        rewritten = row.prose_overlap > 0 and _same_agency(agencies[a], agencies[b])
        if copied or rewritten:
            join(a, b)
    for n, analysis in enumerate(analyses):
        original = position.get(analysis.article.reprint_of or "")
        if original is not None:
            join(n, original)

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
                outlets=tuple(analyses[n].article.outlet for n in group),
            )
        )
    return tuple(groups)


def coverage(articles: Iterable[Article | str | None]) -> tuple[int, tuple[str, ...]]:
    """How many outlets carried these articles, and the names of the known ones (in order of first article).

    ``articles`` may also be given as their outlets' names (None where
    unknown), as a store lists them. Two articles of one outlet count once;
    an article whose outlet is unknown counts as one outlet.
    """
    names: dict[str, str] = {}
    unknown = 0
    for article in articles:
        outlet = article.outlet if isinstance(article, Article) else article
        if outlet:
            names.setdefault(outlet.casefold(), outlet)
        else:
            unknown += 1
    return len(names) + unknown, tuple(names.values())


def publication_day(published: str | None) -> str | None:
    """The day (``YYYY-MM-DD``) a publication date names, or None where it names none."""
    published = published or ""
    return published[:10] if len(published) >= 10 and published[4:5] == "-" else None


def absent_outlets(story: Story, articles: Iterable[Article | tuple[str, str | None, str | None]]) -> tuple[str, ...]:
    """Outlets of ``articles`` published within the story's days that carried none of its articles.

    ``articles`` are all the articles known (the story's own included), as
    articles or as ``(id, outlet, published)`` rows (what a store keeps); a
    story without dates has no period, so no outlet is said to be absent.
    """
    if not story.start or not story.end:
        return ()
    members = set(story.articles)
    carried: set[str] = set()
    seen: dict[str, str] = {}
    for item in articles:
        article_id, outlet, published = (item.id, item.outlet, item.published) if isinstance(item, Article) else item
        if not outlet:
            continue
        key = outlet.casefold()
        if article_id in members:
            carried.add(key)
            continue
        day = publication_day(published)
        if day is not None and story.start[:10] <= day <= story.end[:10]:
            seen.setdefault(key, outlet)
    return tuple(sorted((name for key, name in seen.items() if key not in carried), key=str.casefold))


def sized_story(
    story: Story,
    members: Sequence[Article],
    groups: Sequence[SourceGroup],
    everyone: Iterable[Article | tuple[str, str | None, str | None]] = (),
) -> Story:
    """``story`` with its coverage, outlets, independent sources and absent outlets filled in."""
    count, outlets = coverage(members)
    return msgspec.structs.replace(
        story,
        independent_sources=len(groups) or None,
        coverage=count or None,
        outlets=outlets,
        absent_outlets=absent_outlets(story, everyone),
    )
