"""Words that put an event ahead of the day it is written of.

:data:`AHEAD_BEFORE_TO` are the words that do so only before "to" ("are
forecast to reach 41C on Tuesday", "likely to vote on Friday"); alone they are
past forms or adjectives ("the service forecast rain on Monday", "the likely
winner"). The tense of a weekday's sentence and of the words near it
(:mod:`newsfuse.article.quantities`) reads them. Chosen by meaning, not from
any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["AHEAD_BEFORE_TO"]

AHEAD_BEFORE_TO: frozenset[str] = words("forecast predicted projected likely poised")
"""Words that put a day ahead before "to" (see the module docstring), lower case."""
