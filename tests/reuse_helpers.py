"""Building small stories in memory for the reuse, sources and summary tests."""

from __future__ import annotations

from pathlib import Path

from newsfuse.article import analyse_article
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis
from newsfuse.options import Options

__all__ = ["analysed", "make", "read_story"]


def make(article_id: str, body: str, **fields: object) -> Article:
    """An article with the given body (paragraphs separated by blank lines)."""
    return Article(id=article_id, source=f"{article_id}.txt", body=body, **fields)  # type: ignore[arg-type]


def analysed(*articles: Article) -> list[ArticleAnalysis]:
    return [analyse_article(a) for a in articles]


def read_story(folder: Path) -> list[ArticleAnalysis]:
    """The articles of a folder, analysed, in file order."""
    articles = [a for a in read_paths([str(folder)], Options()) if isinstance(a, Article)]
    return analysed(*sorted(articles, key=lambda a: a.source))
