"""Every remaining hand pattern fires on its own invented example, and the scorer agrees with its speaker."""

from __future__ import annotations

import pytest

from newsfuse.article.patterns import PATTERNS, Pattern, pattern_names
from newsfuse.article.quotes import Scoring, extract_quotes, rule_cue_weight
from newsfuse.model import Article

RULES_ONLY = Scoring(None, rule_cue_weight)


@pytest.mark.parametrize("pattern", PATTERNS, ids=pattern_names())
def test_pattern_fires_on_its_example(pattern: Pattern) -> None:
    article = Article(id="a1", source="a1", body=pattern.example)
    proposed = extract_quotes(article, scoring=RULES_ONLY)[-1]
    assert proposed.speaker is not None and proposed.speaker.pattern == pattern.name
    assert proposed.speaker.name is not None and pattern.speaker.split()[-1] in proposed.speaker.name


@pytest.mark.parametrize("pattern", PATTERNS, ids=pattern_names())
def test_the_scorer_keeps_the_speaker_of_each_example(pattern: Pattern) -> None:
    chosen = extract_quotes(Article(id="a1", source="a1", body=pattern.example))[-1]
    assert chosen.speaker is not None and chosen.speaker.name is not None
    assert pattern.speaker.split()[-1] in chosen.speaker.name
    assert chosen.speaker.confidence is not None and 0.0 < chosen.speaker.confidence <= 1.0


def test_pattern_names_are_unique() -> None:
    assert len(set(pattern_names())) == len(PATTERNS)
