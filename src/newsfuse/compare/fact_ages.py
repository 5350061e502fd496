"""A person's age now in the forms outlets write beside the ones ``compare.facts`` reads.

``compare.facts`` reads "Hannah Pike, 34,", "(34)", "the 34-year-old", "aged
34" and "who is 34". An outlet also writes the age a person is now as:

- "Hannah Pike, now 36," (:data:`_NOW_AFTER_NAME`): a full name, a comma and
  "now" before the figure, a mark after it;
- "who turned 36 last month" (:data:`_TURNED`): the age a birthday reached,
  the person's age until the next (not "turns 36 next week": the age then);
- "At 36, Hannah Pike is the oldest sailor in the race" (:data:`_AT_OPENING`):
  "at" and the figure opening the sentence, a comma after, and a clause about
  now: a verb of the present among its first words (:data:`_PRESENT_AFTER`).

"At 19, Hannah Pike sailed alone across the North Sea", in the past (even
where a weekday dates the telling: "…, she said on Tuesday"), is the age she
was then, and "who first sailed at 12" an age at an earlier act: no age
now, never compared with one. Whose age it is, ``compare.conflicts._age_owner``
reads from the name before it (past "turned") or, where nothing stands before
it in its sentence, right after it.
"""

from __future__ import annotations

import re

from newsfuse.lexicon import AGE_NOW_WORDS, AGE_REACHED_WHEN_WORDS, alternation
from newsfuse.model import Quantity

__all__ = ["BEFORE_REACH", "MAX_AGE_NOW", "PRESENT_REACH", "age_now"]

MAX_AGE_NOW = 120
"""A figure in these forms is an age only below this, and only a whole number written in digits or words."""

_NOW_AFTER_NAME = re.compile(r"[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+,\s+now\s+$")
"""A full name (two capitalised words), a comma and "now" right before the figure ("Hannah Pike, now 36,"; not "her
daughter Ana, now 12,": a given name alone leaves whose age it is to guesswork)."""
_TURNED = re.compile(r"\bturned\s+$")
"""The past of "turn" right before the figure ("who turned 36 last month")."""
_TURNED_AFTER = re.compile(rf"(?:[,.;)]|\s+{alternation(AGE_REACHED_WHEN_WORDS)}\b|\s*$)")
"""What follows an age reached: a mark, or a word of when (``lexicon.AGE_REACHED_WHEN_WORDS``: "turned 36 last month");
not a noun ("turned 36 pages")."""
_AT_OPENING = re.compile(r"\s*[\"“‘']?At\s+$")
""""At" opening the sentence right before the figure ("At 36, Hannah Pike is …")."""
_PRESENT_AFTER = re.compile(rf",\s+(?:[\w’'\-]+\s+){{0,4}}?{alternation(AGE_NOW_WORDS)}\b")
"""A comma after the figure and, among the next words (no mark between: a reporting aside, "Hannah Pike says,", is no
clause of its own), a verb of the present that is the clause's own or a word of now (``lexicon.AGE_NOW_WORDS``: "is",
"remains", "still"; not "has", which opens "has said"): the clause is about now."""

BEFORE_REACH = 40
"""Characters before a figure searched for a name and "now", or "turned" (a full name and its mark)."""

PRESENT_REACH = 60
"""Characters after an opening "At N," searched for a verb of the present (:data:`_PRESENT_AFTER`)."""


def _whole_age(q: Quantity) -> bool:
    """Whether a number may be an age: a whole number from 1 below :data:`MAX_AGE_NOW`, in digits or in words."""
    value = q.value or 0.0
    return 0 < value < MAX_AGE_NOW and value == int(value) and q.text.replace("-", "").isalnum()


def age_now(q: Quantity, body: str) -> bool:
    """Whether a number is a person's age now in one of the forms of the module docstring."""
    if q.context is None or not _whole_age(q):
        return False
    before = body[max(q.context.start, q.span.start - BEFORE_REACH) : q.span.start]
    after = body[q.span.end : min(q.context.end, q.span.end + PRESENT_REACH)]
    if _NOW_AFTER_NAME.search(before):
        return after[:1] in (",", ".", ";", ")")
    if _TURNED.search(before):
        return _TURNED_AFTER.match(after) is not None
    if _AT_OPENING.match(body, q.context.start, q.span.start):
        return after[:1] == "," and _PRESENT_AFTER.match(after) is not None
    return False
