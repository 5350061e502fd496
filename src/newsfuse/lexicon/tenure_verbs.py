"""Verbs that start a person's time in a role, in the past tense: "took over as director in 2013".

A year after one of these and "in" ("joined the board as treasurer in
2013", "was appointed director in 2013") is the start of a tenure, the same
fact as a year after "since" ("has been the director since 2009"): two
outlets giving the two years disagree on when one person began in one role
(:mod:`newsfuse.compare.facts`, :mod:`newsfuse.compare.conflicts`). Chosen by
meaning, not from any article: the phrasal verbs of taking up a post, the
passive verbs of being put into one, and "joined" / "became".
"""

from __future__ import annotations

__all__ = ["TENURE_START_VERBS"]

TENURE_START_VERBS: tuple[str, ...] = (
    "took over",
    "took charge",
    "took office",
    "took the helm",
    "joined",
    "became",
    "assumed",
    "was appointed",
    "was named",
    "was elected",
    "was made",
    "was hired",
    "was installed",
)
"""Past-tense phrases that start a tenure (see the module docstring)."""
