"""Survey findings: figures of one named source (:mod:`newsfuse.compare.conflicts`' reading of polls).

A share of people who hold an opinion ("41% of Brenmoor voters back the park", "a third would vote for Ana Vell")
is what one survey found: its question, its sample, its days. Outlets covering one story cite different polls, and
two polls' shares differ without either outlet being wrong; so two shares, one of them an opinion
(:data:`newsfuse.lexicon.OPINION_VERBS` after the share), are one fact only where both sentences name their survey
with one word (:data:`newsfuse.lexicon.SURVEY_NOUNS` after it: "a county survey" / "the county survey"). A margin of
error is one poll's, often of one group of its sample ("among voters under 30"), and never one fact across two
outlets' sentences unless both name one survey the same way.
"""

from __future__ import annotations

import re

from newsfuse.compare.facts import Fact
from newsfuse.lexicon import ENGLISH_FUNCTION_WORDS, OPINION_VERBS, SAMPLING_ERROR_PHRASES, SURVEY_NOUNS
from newsfuse.lexicon._build import alternation

__all__ = ["other_surveys"]

_OPINION_AFTER = re.compile(
    r"(?:\s*(?:%|p(?:er\s?cent|ercent)\b))?"
    rf"(?:\s+of\s+(?:[\w’'\-]+\s+){{0,4}}?[\w’'\-]+)?\s+(?:{alternation(OPINION_VERBS)})\b",
    re.IGNORECASE,
)
"""What follows a share of people asked their opinion (after its unit where the share's span leaves it out): "of"
and up to five words of who they are, then an opinion verb ("60% of Brackwater voters back", "a third would")."""

_SURVEY_NAME = re.compile(rf"([\w’'\-]+)\s+(?:{alternation(SURVEY_NOUNS)})\b", re.IGNORECASE)
"""A word before a survey noun: its name ("county" of "a county survey"), unless a function word ("the poll")."""

_MARGIN = re.compile(alternation(SAMPLING_ERROR_PHRASES), re.IGNORECASE)


def _share(f: Fact) -> bool:
    return f.quantity.kind == "percent" or f.cls == ("number", "percent")


def _names(sentence: str) -> frozenset[str]:
    """The words a sentence names its surveys with (:data:`_SURVEY_NAME`), lower case."""
    found = (m.group(1).lower() for m in _SURVEY_NAME.finditer(sentence))
    return frozenset(w for w in found if w not in ENGLISH_FUNCTION_WORDS)


def other_surveys(a: Fact, b: Fact, text_a: str, text_b: str) -> bool:
    """Whether two facts may be findings of two surveys (see the module docstring): a margin of error, or two shares
    one of which is an opinion, their sentences (in ``text_a`` and ``text_b``, each fact's text) not naming one
    survey with one word."""
    sentence_a = text_a[a.sentence.start : a.sentence.end]
    sentence_b = text_b[b.sentence.start : b.sentence.end]
    margin = bool(_MARGIN.search(sentence_a) or _MARGIN.search(sentence_b))
    opinion = (
        _share(a)
        and _share(b)
        and any(
            _OPINION_AFTER.match(text, f.quantity.span.end - f.sentence.start)
            for f, text in ((a, sentence_a), (b, sentence_b))
        )
    )
    return (margin or opinion) and not (_names(sentence_a) & _names(sentence_b))
