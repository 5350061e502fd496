"""Who "he" or "she" at the start of a sentence is, so a summary can print "[Vell] added …".

A summary sentence is read out of its article: "He added that …" means
nothing there. A sentence that opens on a subject pronoun gets its referent
when the article makes it plain:

1. the sentence carries a quotation whose speaker the quote stages resolved
   and whose attribution is that pronoun; else
2. the previous sentence (or the one before it) names exactly one person of
   the story's entities: that person is who the pronoun continues with.

Otherwise there is no referent and the sentence is not used. The referent
is shown by the person's last name (the name the story's entities give).
Other openings that lean on the sentence before ("They", "It", "This",
"But") are never resolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsfuse.model import ArticleAnalysis, Entity, Quote, Span

__all__ = ["LOOKBACK", "SUBJECT_PRONOUN", "opening_referent"]

LOOKBACK = 2
"""Sentences before a pronoun searched for the one person it continues with."""
SUBJECT_PRONOUN = re.compile(r"(\W*)(He|She)\b")
"""A sentence opening on a subject pronoun (group 2), after any opening marks (group 1)."""


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _people(entities: Sequence[Entity], article: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every mention of a person in ``article``, in text order."""
    out = [
        (m.span.start, m.span.end, e.name)
        for e in entities
        if e.type == "PERSON"
        for m in e.mentions
        if m.article == article
    ]
    return sorted(out)


def opening_referent(
    analysis: ArticleAnalysis, index: int, span: Span, quotes: Sequence[Quote], entities: Sequence[Entity]
) -> tuple[Span, str] | None:
    """The pronoun opening sentence ``index`` of ``analysis`` (at ``span``) and who it is, if plain.

    Returns the pronoun's span and the referent's display name, or None.
    """
    body = analysis.article.body
    opening = SUBJECT_PRONOUN.match(body, span.start, span.end)
    if opening is None:
        return None
    pronoun = Span(opening.start(2), opening.end(2))
    for quote in quotes:
        speaker = quote.speaker
        if speaker and speaker.name and speaker.named and speaker.span and speaker.span.overlaps(pronoun):
            return pronoun, _surname(speaker.name)
    people = _people(entities, analysis.article.id)
    starts = [p[0] for p in people]
    for back in range(1, LOOKBACK + 1):
        if index - back < 0:
            break
        before = analysis.sentences[index - back]
        lo, hi = bisect.bisect_left(starts, before.start), bisect.bisect_left(starts, before.end)
        named = {people[k][2] for k in range(lo, hi)}
        if len(named) == 1:
            return pronoun, _surname(named.pop())
        if named:
            return None  # two people named just before: "he" could be either
    return None
