"""Running every per-article stage on one article."""

from __future__ import annotations

from newsfuse.article.mentions import find_mentions
from newsfuse.article.quantities import find_quantities
from newsfuse.article.quotes import find_quotes
from newsfuse.article.sentences import split_sentences
from newsfuse.errors import StageError
from newsfuse.model import Article, ArticleAnalysis

__all__ = ["analyse_article"]


def analyse_article(article: Article) -> ArticleAnalysis:
    """Sentences, quotations with speakers, entity mentions and quantities of one article.

    Raises :class:`StageError` naming the stage that failed.
    """
    stage = "sentences"
    try:
        sentences = split_sentences(article)
        stage = "quotes"
        quotes = find_quotes(article, sentences)
        stage = "mentions"
        mentions = find_mentions(article, sentences)
        stage = "quantities"
        quantities = find_quantities(article, sentences)
    except Exception as exc:
        raise StageError(stage, article.source, exc) from exc
    return ArticleAnalysis(
        article=article, sentences=sentences, quotes=quotes, mentions=mentions, quantities=quantities
    )
