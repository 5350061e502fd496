"""What speakers say without saying anything: hesitation sounds and parenthetical comment clauses.

Transcribers keep or drop them freely, so two printings of one remark that
differ only by an "uh" or an "I think" print the same words: the quotation
comparison drops fillers outright and does not count a comment clause added,
dropped or swapped as a change of content.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["COMMENT_CLAUSES", "FILLERS"]

FILLERS: frozenset[str] = words("uh uhh um umm uhm er erm ah ahh hmm mm mmm")
"""Hesitation sounds."""

COMMENT_CLAUSES: tuple[str, ...] = (
    "i think",
    "i believe",
    "i guess",
    "i suppose",
    "i mean",
    "you know",
    "you see",
    "i would say",
)
"""Parenthetical comment clauses (in canonical words): mobile, and kept or dropped freely by transcribers."""
