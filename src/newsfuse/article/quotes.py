"""Direct quotations and their speakers (issue #4 builds this stage)."""

from __future__ import annotations

from newsfuse.model import Article, Quote, Sentence

__all__ = ["find_quotes"]


def find_quotes(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Quote, ...]:
    """Every direct quotation in ``article`` with its speaker."""
    return ()
