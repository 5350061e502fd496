"""Words before a count that make it the count by a moment.

"The Kesby council approved the plan after 12 hearings": a count after
"after" whose noun ends the phrase counts what had happened by then
(``compare.fact_forecasts.at_a_moment``). Chosen by meaning, not from any
article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = ["MOMENT_BEFORE"]

MOMENT_BEFORE: frozenset[str] = select("after following", ENGLISH_FUNCTION_WORDS)
"""Words right before a count that make it the count by a moment ("approved the plan after 12 hearings"): a running
count, which another outlet may give larger in a later article."""
