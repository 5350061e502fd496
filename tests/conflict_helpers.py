"""One analysed article from a sentence or two, and the conflicts two outlets give: the conflict tests' helper."""

from __future__ import annotations

from newsfuse.article import analyse_article
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.model import Article, ArticleAnalysis, Dateline

__all__ = ["analysis", "conflict_values"]


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


def conflict_values(a: str, b: str, published: str | None = "2025-05-14T09:00:00") -> list[set[str]]:
    """The values of each conflict two outlets' texts give (published on one day)."""
    found = find_conflicts("s", [analysis("a", a, published), analysis("b", b, published)])
    return [{v.value for v in c.values} for c in found]
