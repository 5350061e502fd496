"""Words that put an event ahead of the day it is written of, and words of a prediction.

:data:`AHEAD_BEFORE_TO` are the words that do so only before "to" ("are
forecast to reach 41C on Tuesday", "likely to vote on Friday"); alone they are
past forms or adjectives ("the service forecast rain on Monday", "the likely
winner"). The tense of a weekday's sentence and of the words near it
(:mod:`newsfuse.article.quantities`) reads them. :data:`FORECAST_WORDS` and
:data:`FORECAST_BEFORE_TO` make a figure a forecast ("forecasters expect 40
millimetres of rain"). Chosen by meaning, not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = [
    "AHEAD_BEFORE_TO",
    "FORECAST_BEFORE_TO",
    "FORECAST_PARTICIPLES",
    "FORECAST_VERB_PREPOSITIONS",
    "FORECAST_WORDS",
    "POSSIBILITY_MODALS",
]

FORECAST_PARTICIPLES: frozenset[str] = words("forecast predicted projected")
"""Participles of foretelling that put a day ahead before "to" and make a figure a forecast (both lists hold them)."""

AHEAD_BEFORE_TO: frozenset[str] = FORECAST_PARTICIPLES | words("likely poised")
"""Words that put a day ahead before "to" (see the module docstring), lower case."""

FORECAST_VERB_PREPOSITIONS: frozenset[str] = select("at to by around near above below", ENGLISH_FUNCTION_WORDS)
"""Prepositions between a foretold verb and its figure ("expect the river to peak at 5.2 metres", "is set to rise to
40", "expected to fall by 12"): the figure is still what was foretold. A selection of the function words."""

FORECAST_BEFORE_TO: frozenset[str] = AHEAD_BEFORE_TO | words("set")
"""Words that make a figure a prediction before "to" and a verb ("is set to cut 1,200 jobs", "is likely to draw
40,000"): :data:`AHEAD_BEFORE_TO` and "set", which alone is a verb of its own ("set a record of 40")."""

FORECAST_WORDS: frozenset[str] = FORECAST_PARTICIPLES | words(
    """
    expect expects expected expecting forecasts forecasting predict predicts predicting projecting anticipate
    anticipates anticipated anticipating
    """
)
"""Verbs of foretelling: a figure right after one (or after one, "to" and a verb: "is expected to draw 40,000"), or
one of whose noun is followed by one ("40,000 visitors were expected"), is a prediction, never contradicted by what
then happened (:mod:`newsfuse.compare.fact_forecasts`). "Estimate" is left out: "an estimated 40 people died"
blurs an outcome, it foretells nothing. So are "project" and "projects", nouns far more often than verbs ("approved
a project to build 40 homes" tells a plan, not a prediction); "projected" and "projecting" stay."""

POSSIBILITY_MODALS: frozenset[str] = select("could may might", ENGLISH_FUNCTION_WORDS)
"""Modal verbs of what is possible, not planned: a figure in their clause ("losses could reach $40 million") is a
prediction. "Will" and "would" tell a plan or a condition, which other readings weigh (a plan and another outlet's
figure of its day are compared)."""
