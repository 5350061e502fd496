"""Numbers, amounts, percentages and dates in an article (issue #5 builds this stage)."""

from __future__ import annotations

from newsfuse.model import Article, Quantity, Sentence

__all__ = ["find_quantities"]


def find_quantities(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Quantity, ...]:
    """Every number, amount, percentage, date and weekday in ``article``."""
    return ()
