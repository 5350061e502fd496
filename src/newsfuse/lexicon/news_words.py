"""Words every news article uses, whatever its event (story clustering ignores them).

The verbs of attribution (``said``, ``told``), words of the page and of time,
honorifics, and calendar words (weekdays and months recur in every story;
the publication date carries the time instead).
"""

from __future__ import annotations

from newsfuse.lexicon._build import words
from newsfuse.lexicon.function_words import CLUSTER_FUNCTION_WORDS
from newsfuse.lexicon.honorifics import NAME_TITLES
from newsfuse.lexicon.months_weekdays import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS

__all__ = ["CLUSTER_STOPWORDS", "NEWS_WORDS"]

NEWS_WORDS: frozenset[str] = words(
    """
    said says say saying told tell tells according added asked reported reports report statement statements spokesman
    spokeswoman spokesperson interview news article read update updated new first last next two three four five six
    seven eight nine ten year years week weeks day days today yesterday tomorrow time times people thing things way
    jr sr inc co ltd
    include includes including well want wants wanted think thinks believe going know known need needs needed
    call called calls come comes came take takes took taken give gives gave given use used using many much
    """
)
"""Words of news writing in general: attribution, page, numbers, time, common verbs."""

CLUSTER_STOPWORDS: frozenset[str] = (
    CLUSTER_FUNCTION_WORDS
    | NEWS_WORDS
    | NAME_TITLES
    | MONTH_NAMES
    | MONTH_ABBREVIATIONS
    | frozenset(WEEKDAYS)
    | WEEKDAY_ABBREVIATIONS
    | words("morning afternoon evening night tonight")
)
"""Words that say nothing about which event an article covers."""
