"""Names and role nouns in an article (issue #5 builds this stage)."""

from __future__ import annotations

from newsfuse.model import Article, EntityMention, Sentence

__all__ = ["find_mentions"]


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[EntityMention, ...]:
    """People, organisations, places and role nouns mentioned in ``article``."""
    return ()
