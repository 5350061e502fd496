"""Words of a news page's furniture: the links, sign-ups, credits, captions and editor's lines around the text.

Cleaning drops furniture lines by their shape (:mod:`newsfuse.ingest.furniture`, a table of patterns with an
invented example each); what is left in a body is screened again where it matters: a capitalised furniture word
is never a name (:data:`~newsfuse.lexicon.names.NOT_NAME_WORDS`), and a sentence holding furniture is never a
summary sentence (``compare.summary``).
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["EDITOR_LINE_OPENINGS", "FURNITURE_PHRASES", "PAGE_FURNITURE_WORDS"]

PAGE_FURNITURE_WORDS: frozenset[str] = words(
    "advertisement click continues photo please read related share story video watch"
)
"""Capitalised words of a news page's furniture ("Advertisement", "Story continues below", "Watch")."""

FURNITURE_PHRASES: tuple[str, ...] = (
    "read more", "click here", "sign up", "subscribe", "newsletter", "all rights reserved", "copyright", "©",
    "http://", "https://", "www.", "getty images", "advertisement",
    *(f"follow {whom} on" for whom in ("us", "him", "her")),
    *(f"share {what}" for what in ("this", "on")),
    *(f"contributed to this {piece}" for piece in ("report", "story")),
    *(f"related {items}" for items in ("news", "stories")),
    *(
        f"{medium}{label}:"
        for medium in ("photo", "image", "picture", "video")
        for label in ("", " credit", " caption")
    ),
    *(
        f"this {piece} {tense} {change}"
        for piece in ("article", "story")
        for tense in ("was", "has been")
        for change in ("updated", "corrected")
    ),
)  # fmt: skip
"""Lower-case phrases of the page's furniture (links, sign-ups, credits, captions, rights lines, editors' notes
of a change): a sentence holding one is no summary sentence (``compare.summary``), nor is one naming a handle
("@newsdesk")."""

EDITOR_LINE_OPENINGS: tuple[str, ...] = (
    "update", "updated", "correction", "editor's note", "editor’s note", "clarification",
)  # fmt: skip
"""Lower-case openings, as whole words, of an editor's line ("Update: …", "Correction: …"), the summary's other
furniture."""
