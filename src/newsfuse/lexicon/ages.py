"""Words that tell a person's age as now or as reached: "who turned 36 last month", "At 36, Hannah Pike is …".

An age is compared with another outlet's age only where its sentence tells
it as the age now (:mod:`newsfuse.compare.fact_ages`): a clause opened by
"At 36," about now, or "turned 36" and a word of when. Chosen by meaning, not
from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = ["AGE_NOW_FUNCTION_WORDS", "AGE_NOW_WORDS", "AGE_REACHED_WHEN_WORDS"]

AGE_NOW_FUNCTION_WORDS: frozenset[str] = select("is are still now becomes", ENGLISH_FUNCTION_WORDS)
"""The function words of :data:`AGE_NOW_WORDS` (a selection of the function words)."""

AGE_NOW_WORDS: frozenset[str] = AGE_NOW_FUNCTION_WORDS | words("remains leads holds")
"""Words among the first of a clause opened by "At 36," that tell it is about now: a verb of the present that is the
clause's own ("At 36, Hannah Pike is the oldest sailor in the race", "remains", "leads") or a word of now ("still",
"now"); not "has", which opens "has said"."""

AGE_REACHED_WHEN_WORDS: frozenset[str] = select("last this earlier on in", ENGLISH_FUNCTION_WORDS)
"""Words right after "turned 36" that say when the age was reached ("who turned 36 last month", "turned 36 on
Tuesday", "in May"): the figure is an age, not a count of a noun ("turned 36 pages"). A selection of the function
words."""
