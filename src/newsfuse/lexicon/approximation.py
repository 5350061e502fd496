"""Words before a number that bound or blur its value ("up to 200", "nearly 200", "about 200")."""

from __future__ import annotations

from newsfuse.lexicon._build import select
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = [
    "AROUND",
    "AT_LEAST",
    "AT_MOST",
    "INCREMENT",
    "JUST_ABOVE",
    "JUST_BELOW",
    "NEARLY",
    "NEED_VERBS",
    "REMAINDER_AFTER",
    "WHOLE_BEFORE",
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
NEED_VERBS: tuple[str, ...] = ("needs", "need", "still needs", "still need", "would need", "will need")
"""Verbs of a need right before a figure: what a named one needs ("Ana Vell needs 836 delegates to win") is what she
lacks, written without "more" as often as with it; what anyone needs ("a candidate needs 2,383 delegates") is the
total: two facts (``compare.facts.needed_by``)."""
WHOLE_BEFORE: tuple[str, ...] = ("all", "all of the", "all of its", "all of their")
"""Words right before a figure that make it the whole of a set ("all 3,500 residents"): where a plan covers the whole
("the evacuation of all 3,500 residents will take two days"), another outlet's count of the act done counts the part
done so far."""
MOMENT_BEFORE: frozenset[str] = select("after following", ENGLISH_FUNCTION_WORDS)
"""Words right before a count that make it the count by a moment ("his career ended after two scandals"): a running
count, which another outlet may give at a later moment ("a third scandal")."""
