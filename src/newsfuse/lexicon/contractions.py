"""Contractions and informal spellings of spoken English, written out in full.

One remark is printed "don't" by one outlet and "do not" by another, "gonna"
by a transcript and "going to" by a wire: the quotation comparison
(:func:`newsfuse.compare.wording.canonical_words`) writes every form out the
same way before it compares words. Each table maps a written form to the
canonical words it stands for.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words
from newsfuse.lexicon.reference import REFERRING_WORDS

__all__ = ["CONTRACTION_STEMS", "CONTRACTION_SUFFIXES", "INFORMAL_FORMS", "IS_HOSTS"]

CONTRACTION_SUFFIXES: dict[str, tuple[str, ...]] = {
    "n't": ("not",),
    "'m": ("am",),
    "'re": ("are",),
    "'ve": ("have",),
    "'ll": ("will",),
    "'d": ("would",),
}
"""Clitics and what they stand for; ``'d`` is read as ``would`` (``had`` is as likely, and as neutral)."""

CONTRACTION_STEMS: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
    "let's": ("let", "us"),
    "y'all": ("you", "all"),
    "'em": ("them",),
}
"""Contractions whose host changes when written out (``won't`` is ``will not``, not ``wo not``)."""

IS_HOSTS: frozenset[str] = REFERRING_WORDS | words("what who where how when why")
"""Words after which ``'s`` is ``is`` (``it's``), not a possessive: pronouns and question words."""

INFORMAL_FORMS: dict[str, tuple[str, ...]] = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "outta": ("out", "of"),
    "lotta": ("lot", "of"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "dunno": ("do", "not", "know"),
    "ya": ("you",),
    "yeah": ("yes",),
    "yep": ("yes",),
    "yup": ("yes",),
    "nope": ("no",),
    "cuz": ("because",),
    "cos": ("because",),
    "'cause": ("because",),
    "till": ("until",),
    "'til": ("until",),
    "til": ("until",),
    "ok": ("okay",),
}
"""Spoken and informal spellings written out in full (a dropped g, "goin'", is restored by rule)."""
