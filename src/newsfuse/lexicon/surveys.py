"""Words of survey findings: the nouns a survey goes by, the verbs of an opinion share, the phrases of a margin.

A share of people who hold an opinion ("41% of voters back the plan", "a
third would vote for her") is a finding of one survey, of its question, its
sample and its days; another outlet's share of the same opinion is another
survey's unless both name one. A margin of error is one poll's, of one of its
groups. :mod:`newsfuse.compare.fact_surveys` reads them. Chosen by meaning,
not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["OPINION_VERBS", "SAMPLING_ERROR_PHRASES", "SURVEY_NOUNS"]

SURVEY_NOUNS: frozenset[str] = words("poll polls survey surveys study studies questionnaire canvass")
"""Nouns a survey goes by; the words before one name it ("a county survey", "the Brenmoor Times poll")."""

OPINION_VERBS: frozenset[str] = words(
    "would say says said think thinks believe believes support supports favor favors favour favours oppose opposes "
    "approve approves disapprove disapproves prefer prefers back backs want wants trust trusts agree agrees "
    "disagree disagrees expect expects plan plans intend intends"
)
"""Verbs after a share of people that make it an opinion a survey asked about (present tense, "would", "said"):
"60% of voters back the park" is a finding, "60% of voters backed the park" a result."""

SAMPLING_ERROR_PHRASES: tuple[str, ...] = ("margin of error", "margin of sampling error", "sampling error")
"""Phrases of a poll's margin of error, lower case."""
