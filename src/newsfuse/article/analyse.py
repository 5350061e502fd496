"""The per-article stages, declared for the runner (:mod:`newsfuse.runner`), in the order they run.

Each stage is a thin declaration over the function that does the work: what
it requires, what it assigns, and its section of the options. The runner
passes each one the fields it names and nothing else.
"""

from __future__ import annotations

from newsfuse.article.mentions import find_mentions
from newsfuse.article.quantities import find_quantities
from newsfuse.article.quotes import find_quotes_with_evidence, scoring_for
from newsfuse.article.text import ArticleText
from newsfuse.model import (
    Article,
    ArticleAnalysis,
    EntityMention,
    Quantity,
    QuotationMarks,
    Quote,
    Sentence,
    SpeakerEvidence,
)
from newsfuse.options import QuotesOptions
from newsfuse.runner import Stage, article_stage, run_article

__all__ = ["ARTICLE_STAGES", "analyse_article"]


@article_stage("text", requires=["article"], assigns=["text", "sentences", "quoted"])
def text_stage(article: Article) -> tuple[ArticleText, tuple[Sentence, ...], QuotationMarks]:
    """The article's text layer (:mod:`newsfuse.article.text`), built once; every later stage reads it, and the
    story stages its sentences and quotation marks (paired here once, for the extractor and for them)."""
    text = ArticleText(article)
    return text, text.sentences, text.quotation_marks


@article_stage("quotes", requires=["article", "text"], assigns=["quotes", "speaker_evidence"], options="quotes")
def quotes_stage(
    article: Article, text: ArticleText, options: QuotesOptions
) -> tuple[tuple[Quote, ...], SpeakerEvidence]:
    """Quotations with speakers, and what the story's speaker stage needs from the article."""
    return find_quotes_with_evidence(article, text, scoring=scoring_for(options))


@article_stage("mentions", requires=["article", "text"], assigns=["mentions"])
def mentions_stage(article: Article, text: ArticleText) -> tuple[EntityMention, ...]:
    """Names and role nouns, read from the text layer's sentences and words."""
    return find_mentions(article, text)


@article_stage("quantities", requires=["article", "sentences"], assigns=["quantities"])
def quantities_stage(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Quantity, ...]:
    return find_quantities(article, sentences)


ARTICLE_STAGES: tuple[Stage, ...] = (text_stage, quotes_stage, mentions_stage, quantities_stage)
"""The text layer (with the sentences), quotations with speakers, entity mentions and quantities of one article."""


def analyse_article(article: Article) -> ArticleAnalysis:
    """Every per-article stage on one article (raises :class:`~newsfuse.errors.StageError` naming the stage)."""
    result = run_article(article, on_error="raise")
    if not isinstance(result, ArticleAnalysis):  # pragma: no cover - "raise" never records a problem
        raise TypeError(result)
    return result
