"""Words that make a capitalised name a named event or a region, not a person.

:data:`NAMED_EVENT_HEADS` are the words a weather service puts before the
name it gives a storm ("Storm Darragh", "Hurricane Milton", "Tropical Storm
Debby", "Typhoon Yagi"): the name after them is the event's, never a
person's. :data:`COMPASS_WORDS` turn a place into a region of it ("South
Wales", "Middle Tennessee", "Greater London").
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["COMPASS_WORDS", "NAMED_EVENT_HEADS", "ONE_OUTCOME_VERBS"]

NAMED_EVENT_HEADS: frozenset[str] = words(
    """
    storm hurricane typhoon cyclone superstorm
    """
)
"""Words before a name that make it a named storm (lower case; "Tropical Storm" ends in one)."""

COMPASS_WORDS: frozenset[str] = words(
    """
    north south east west northern southern eastern western central middle mid upper lower greater
    """
)
"""Words before a place that name a region of it (lower case)."""

ONE_OUTCOME_VERBS: tuple[frozenset[str], ...] = (
    words("arrested detained"),
    words("jailed sentenced imprisoned"),
    words("fired dismissed sacked"),
    words("rescued saved"),
)
"""Past verbs that tell one outcome in other words ("arrested 30 protesters" / "detained 45 protesters"; "jailed for
15 years" / "sentenced to 12 years"): counts after two of one group count one thing, as counts after "killed" and
"injured" count two."""
