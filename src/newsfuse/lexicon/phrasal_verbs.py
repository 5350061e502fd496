"""Verbs of several words that tell an act one word tells ("came away with 37 seats": won them).

A phrasal verb is read as the one-word verb of the same act, so that a count
or a day after it is compared with one after that verb ("won 34 seats" /
"ended up with 37 seats"; "met the minister on Monday" / "held talks with the
minister on Tuesday") and still kept apart from a count or a day after a verb
of another act ("gave up 37 seats", "held a news conference"). Each phrase is
written in its past form, lower case, as it stands before the object; its verb
is a past form whose group of one act ``event_words.ONE_OUTCOME_VERBS`` gives,
or the one-word verb itself. Chosen by meaning, not from any article.
"""

from __future__ import annotations

__all__ = ["PHRASAL_VERBS"]

PHRASAL_VERBS: dict[str, str] = {
    "ended up with": "won",
    "came away with": "won",
    "walked away with": "won",
    "took home": "won",
    "held talks with": "met",
    "had talks with": "met",
    "sat down with": "met",
    "met with": "met",
    "held a meeting with": "met",
    "stepped down": "resigned",
    "stood down": "resigned",
    "took office": "sworn",
    "found guilty": "convicted",
    "broke out": "began",
    "called off": "cancelled",
    "passed away": "died",
    "touched down": "landed",
}
"""Phrasal verbs (past form, lower case) and the one-word verb of the same act: the outcome of a contest ("ended up
with", "came away with": won; not "picked up", which tells a gain: "picked up 12 seats" is 12 more, not the total), a
meeting ("held talks with", "sat down with": met), leaving an office ("stepped down": resigned) or entering one ("took
office": sworn in), a verdict ("found guilty": convicted), a fire's or a fight's start ("broke out": began), an
event's cancelling ("called off": cancelled), a death ("passed away": died), a flight's arrival ("touched down":
landed)."""
