"""One analysed article from a sentence or two, and the conflicts two outlets give: the conflict tests' helper."""

from __future__ import annotations

from newsfuse.article import analyse_article
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.model import Article, ArticleAnalysis, Claim, ClaimSource, Dateline

__all__ = ["analysis", "conflict_values", "sentence_pair_claims"]


def analysis(
    id: str, body: str, published: str | None = None, dateline: str | None = None, title: str | None = None
) -> ArticleAnalysis:
    """The analysis of an invented article (``dateline``: its dateline's date; ``title``: its headline)."""
    return analyse_article(
        Article(
            id=id,
            source=f"{id}.txt",
            title=title,
            body=body,
            published=published,
            dateline=Dateline(date=dateline) if dateline else None,
        )
    )


def conflict_values(
    a: str, b: str, published: str | None = "2025-05-14T09:00:00", published_b: str | None = None
) -> list[set[str]]:
    """The values of each conflict two outlets' texts give (published on one day, or ``b`` on ``published_b``)."""
    b_date = published if published_b is None else published_b
    found = find_conflicts("s", [analysis("a", a, published), analysis("b", b, b_date)])
    return [{v.value for v in c.values} for c in found]


def sentence_pair_claims(analyses: list[ArticleAnalysis]) -> tuple[Claim, ...]:
    """Every two sentences of different articles as one claim each, as if the claims stage had paired them all (the
    event-days route, ``compare.event_days``, reads only such pairs)."""
    out: list[Claim] = []
    for a in analyses:
        for b in analyses:
            if a.article.id >= b.article.id:
                continue
            for x in a.sentences:
                for y in b.sentences:
                    sources = tuple(
                        ClaimSource(article=s_id, span=s.span, text="")
                        for s_id, s in ((a.article.id, x), (b.article.id, y))
                    )
                    out.append(Claim(id=f"c{len(out)}", story="s", text="", sources=sources, independent_sources=2))
    return tuple(out)
