"""Abbreviations whose full stop does not end a sentence ("Mr.", "Gen.", "Sept.", "e.g.")."""

from __future__ import annotations

from newsfuse.lexicon._build import words
from newsfuse.lexicon.honorifics import PARTICLE_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS
from newsfuse.lexicon.months_weekdays import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS

__all__ = ["SENTENCE_ABBREVIATIONS"]

SENTENCE_ABBREVIATIONS: frozenset[str] = (
    words(
        """
        sr jr mt ft pres
        inc ltd co corp plc bros dept univ assn est approx vs v etc fig vol no nos op pp cf ed al ave blvd rd
        a.m p.m e.g i.e u.s u.k u.n d.c l.a n.y
        """
    )
    | TITLE_ABBREVIATIONS
    | PARTICLE_TITLE_ABBREVIATIONS
    | MONTH_ABBREVIATIONS
    | WEEKDAY_ABBREVIATIONS
)
"""Lower-case abbreviations (without their final full stop) that a full stop may follow mid-sentence."""
