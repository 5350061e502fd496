"""Verbs that start a person's time in a role, in the past tense: "took over as director in 2013".

A year after one of these and "in" ("joined the board as treasurer in
2013", "was appointed director in 2013") is the start of a tenure, the same
fact as a year after "since" ("has been the director since 2009"): two
outlets giving the two years disagree on when one person began in one role
(:mod:`newsfuse.compare.facts`, :mod:`newsfuse.compare.conflicts`). Chosen by
meaning, not from any article: the phrasal verbs of taking up a post, the
passive verbs of being put into one, and "joined" / "became".

A year after "since" is of a tenure where a verb of holding a post stands
before it ("has run the shelter since 2009"): :data:`TENURE_HOLD_VERBS` maps
the forms a perfect or a relative clause writes ("has led", "who ran") to
what the holding is. Leading a thing (run, lead, head, direct, manage,
chair, ...) is one meaning whatever the verb, so "has run the shelter" and
"has headed the shelter" state one tenure; serving in a body, holding a seat
and representing a place are other kinds of tenure. Verbs of living,
working or volunteering somewhere are no tenure ("has lived at the shelter
since 2013" dates another state of things).
"""

from __future__ import annotations

__all__ = [
    "TENURE_HOLD_VERBS",
    "TENURE_OFFICE_VERBS",
    "TENURE_START_ADVERBS",
    "TENURE_START_VERBS",
    "TENURE_TAKE_OVER_VERBS",
]

TENURE_START_VERBS: tuple[str, ...] = (
    "took over",
    "took charge",
    "took office",
    "took the helm",
    "took the reins",
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

TENURE_START_ADVERBS: tuple[str, ...] = ("first", "originally", "initially")
"""Adverbs that may stand inside a passive start verb ("was first elected", "was originally appointed")."""

TENURE_OFFICE_VERBS: tuple[str, ...] = ("was elected", "was appointed", "took office", "was installed")
"""The start verbs that put a person into an office with no object needed ("was first elected in 2013"): written
bare, they start the office their sentence names ("…, will seek a fourth term as mayor"); "joined" or "became"
bare say nothing of which post."""

TENURE_TAKE_OVER_VERBS: tuple[str, ...] = tuple(
    v for v in TENURE_START_VERBS if v.startswith("took") and v != "took office"
)
"""The start verbs whose object is the thing then led ("took over the shelter", "took charge of the shelter"), as
"has run the shelter" leads it; "joined the shelter" or "became a trustee" take a place in it, not the lead."""

_LEADING = ("run", "ran", "led", "headed", "directed", "managed", "chaired", "overseen", "oversaw",
            "captained", "coached", "edited", "governed")  # fmt: skip

TENURE_HOLD_VERBS: dict[str, str] = {
    **dict.fromkeys(_LEADING, "lead"),
    "served": "serve",
    "sat": "sit",
    "held": "hold",
    "represented": "represent",
    "charge": "lead",
    "helm": "lead",
}
"""Forms of the verbs of holding a post, each to its kind of tenure (see the module docstring); and the nouns of
the phrases that say the same of leading ("in charge of the shelter", "at the helm of the shelter")."""
