"""Words of a news page's furniture: the links, sign-ups, credits, captions and editor's lines around the text.

Cleaning drops furniture lines by their shape (:mod:`newsfuse.ingest.furniture`, a table of patterns with an
invented example each); what is left in a body is screened again where it matters: a capitalised furniture word
is never a name (:data:`~newsfuse.lexicon.names.NOT_NAME_WORDS`), and a sentence holding furniture is never a
summary sentence (``compare.summary``).
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["BOILERPLATE_NEEDLES", "BOILERPLATE_OPENINGS", "PAGE_FURNITURE_WORDS"]

PAGE_FURNITURE_WORDS: frozenset[str] = words(
    "advertisement click continues photo please read related share story video watch"
)
"""Capitalised words of a news page's furniture ("Advertisement", "Story continues below", "Watch")."""

BOILERPLATE_NEEDLES: tuple[str, ...] = (
    "read more", "click here", "sign up", "subscribe", "newsletter", "follow", "share", "contributed to this",
    "all rights reserved", "copyright", "©", "http", "www.", "photo", "image", "picture", "video", "advertisement",
    "related", "this article", "this story", "@",
)  # fmt: skip
"""Lower-case substrings of the page's furniture (links, sign-ups, credits, rights lines): a sentence holding none of
them cannot be the summary's boilerplate (``compare.summary`` screens with them before its pattern)."""

BOILERPLATE_OPENINGS: tuple[str, ...] = ("update", "correction", "editor", "clarification")
"""Lower-case openings of an editor's line ("Update: …", "Correction: …"), the rest of the summary's screen."""
