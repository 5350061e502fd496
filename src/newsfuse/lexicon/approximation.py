"""Words before a number that bound or blur its value ("up to 200", "nearly 200", "about 200")."""

from __future__ import annotations

__all__ = [
    "AROUND",
    "AT_LEAST",
    "AT_MOST",
    "INCREMENT",
    "JUST_ABOVE",
    "JUST_BELOW",
    "NEARLY",
    "REMAINDER_AFTER",
]

AT_MOST: tuple[str, ...] = ("up to", "as many as", "fewer than", "less than", "no more than", "at most")
"""Words before a number that cap the value: "up to 200" is 200 or fewer."""
NEARLY: tuple[str, ...] = ("nearly", "almost", "close to", "approaching")
"""Words before a number that put the value a little below it: "nearly 200" is somewhat under 200."""
AT_LEAST: tuple[str, ...] = (
    "more than",
    "over",
    "at least",
    "upwards of",
    "in excess of",
    "no fewer than",
)
"""Words before a number that make it a floor: "more than 200" is 200 or more."""
AROUND: tuple[str, ...] = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated")
"""Words before a number that make it an estimate either way: "about 200", "roughly 200"."""
JUST_ABOVE: tuple[str, ...] = ("just over",)
"""Words before a number that put the value a little above it, never far: "just over 2,000" is 2,000 to about 2,100."""
JUST_BELOW: tuple[str, ...] = ("just under",)
"""Words before a number that put the value a little below it, never far: "just under 2,000"."""
INCREMENT: tuple[str, ...] = ("another", "a further", "an additional", "an extra", "further", "additional", "extra")
"""Words before a number that make it an addition to a figure, not a total: "another 3,500 residents" were told to
leave besides those already gone; such a figure is no value of the total another outlet gives."""
REMAINDER_AFTER: tuple[str, ...] = ("more", "fewer", "short of", "shy of")
"""Words after a figure (or after its noun) that make it a difference, not a total: "needs 40 more votes", "was 12
seats short of a majority", "200 fewer jobs"; what remains of a total is no value of the total."""
