"""One article's text layer: paragraphs, sentences, quotation marks and tokens, computed once.

Like spaCy's ``Doc`` with its ``Span`` views: the runner builds one
:class:`ArticleText` per article (the first per-article stage, ``text``) and
every later per-article stage reads it from the runner's state instead of
splitting or searching the body again. Every part is a span (or a list of
spans) into :attr:`Article.body`; nothing is copied out.

The parts and the one place each is defined:

- :attr:`~ArticleText.paragraphs`: the non-blank lines
  (:func:`~newsfuse.article.sentences.paragraph_spans`);
- :attr:`~ArticleText.prose_paragraphs`: those with a letter or digit, the
  paragraphs quotation marks pair in
  (:func:`~newsfuse.article.sentences.prose_paragraphs`);
- :attr:`~ArticleText.sentences`: the article's sentences
  (:func:`~newsfuse.article.sentences.split_sentences`), numbered by paragraph;
- :attr:`~ArticleText.passages`: the quotations by their marks
  (:func:`~newsfuse.article.quote_marks.find_quoted_passages`);
- :attr:`~ArticleText.masked`: the body with the quoted words blanked
  (:func:`~newsfuse.article.quote_marks.mask_passages`), offsets kept;
- :attr:`~ArticleText.clauses`: the reporter's sentences, read on the masked
  body (:func:`~newsfuse.article.sentences.reporter_sentences`);
- :attr:`~ArticleText.tokens`: the words of the masked body with their spans
  (:func:`~newsfuse.article.speakers.tokenize`).

The parts only the quote extractor needs (masked body, clauses, tokens) are
computed the first time they are read, so an article without quotation marks
never pays for them; each is still computed at most once.
"""

from __future__ import annotations

from functools import cached_property

from newsfuse.article.quote_marks import QuotedPassage, find_quoted_passages, mask_passages
from newsfuse.article.sentences import (
    Clause,
    paragraph_spans,
    prose_paragraphs,
    reporter_sentences,
    split_sentences,
)
from newsfuse.article.speakers import Token, tokenize
from newsfuse.model import Article, Sentence, Span

__all__ = ["ArticleText", "article_text"]


class ArticleText:
    """The text layer of one article (see the module docstring for what each part is)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.body = article.body
        self.paragraphs: tuple[tuple[int, int], ...] = tuple(paragraph_spans(self.body))
        self.sentences: tuple[Sentence, ...] = split_sentences(article, self.paragraphs)

    @cached_property
    def prose_paragraphs(self) -> list[tuple[int, int]]:
        """The paragraphs with a letter or digit, in which quotation marks pair."""
        return prose_paragraphs(self.body, self.paragraphs)

    @cached_property
    def passages(self) -> list[QuotedPassage]:
        """Every quotation by its marks, in text order."""
        return find_quoted_passages(self.body, self.prose_paragraphs)

    @cached_property
    def masked(self) -> str:
        """The body with every quoted word replaced by ``#`` (offsets kept)."""
        return mask_passages(self.body, self.passages)

    @cached_property
    def clauses(self) -> list[Clause]:
        """The reporter's sentences (quotations never split one); ``paragraph`` indexes :attr:`prose_paragraphs`."""
        return reporter_sentences(self.body, self.masked, self.prose_paragraphs, self.passages)

    @cached_property
    def tokens(self) -> list[Token]:
        """The words outside quotations (of :attr:`masked`), with their spans."""
        return tokenize(self.masked)

    def quoted_spans(self) -> tuple[Span, ...]:
        """The words inside quotation marks, one span per paragraph of each quotation."""
        return tuple(span for passage in self.passages for span in passage.segments)


def article_text(article: Article) -> ArticleText:
    """The text layer of ``article`` (the ``text`` stage builds it once per analysis)."""
    return ArticleText(article)
