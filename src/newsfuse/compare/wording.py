"""Normalised words of a quotation, so that outlets' printings of one remark compare equal.

Outlets print the same words differently: “curly” or "straight" quotes,
``I’m`` or ``I'm``, ``next-door`` or ``next door``, an ellipsis where the
reporter skipped a breath, a full stop where another put a comma. None of
that changes what was said, so a :class:`Word` keeps only its lower-cased
letters and digits (apostrophes inside a word kept, hyphenated words split)
together with its character span in the text it came from, which is what
lets a verdict or a diff point back into :attr:`Article.body`.

Quotations are compared a sentence at a time (:func:`word_units`), because
one outlet prints two sentences as one quotation where another prints two,
and a cut at a sentence end is not the same as a cut in mid-sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import msgspec

from newsfuse.lexicon import TRANSCRIPTION_NEUTRAL_WORDS

__all__ = [
    "FUNCTION_WORDS",
    "Word",
    "is_content_word",
    "normal_words",
    "word_texts",
    "word_units",
    "words_key",
]

# Letters/digits with inner apostrophes ("I'm", "don't", "UK's"); hyphens split words.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# A sentence ends at . ? ! or an ellipsis followed by a space and a capital letter or an opening quote.
_SENTENCE_END = re.compile(r"(?:[.?!]+|…|\.\.\.)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})

#: Words whose change does not change what a quotation says about the world:
#: articles, pronouns, auxiliaries, conjunctions, prepositions, degree words.
#: A substitution among these is a transcription variant, never an alteration.
FUNCTION_WORDS = TRANSCRIPTION_NEUTRAL_WORDS


class Word(msgspec.Struct, frozen=True, array_like=True):
    """A normalised word and its ``[start, end)`` span in the text it was read from."""

    text: str
    start: int
    end: int


def normal_words(text: str, offset: int = 0) -> tuple[Word, ...]:
    """The words of ``text``, lower-cased, apostrophes unified, hyphenated words split.

    Spans are shifted by ``offset`` (the position of ``text`` in the article body).
    NFKC normalisation is applied per match so that spans stay exact.
    """
    folded = text.translate(_APOSTROPHES)
    return tuple(
        Word(unicodedata.normalize("NFKC", m.group()).lower(), offset + m.start(), offset + m.end())
        for m in _WORD.finditer(folded)
    )


def word_texts(text: str) -> list[str]:
    """The normalised words of ``text`` without their spans: the fast path for searching whole bodies."""
    return _WORD.findall(unicodedata.normalize("NFKC", text.translate(_APOSTROPHES)).lower())


def word_units(text: str, offset: int = 0) -> tuple[tuple[Word, ...], ...]:
    """The words of ``text`` grouped by sentence (units without words are dropped)."""
    units: list[tuple[Word, ...]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        unit = normal_words(text[start : m.end()], offset + start)
        if unit:
            units.append(unit)
        start = m.end()
    unit = normal_words(text[start:], offset + start)
    if unit:
        units.append(unit)
    return tuple(units)


def words_key(words: Sequence[Word]) -> str:
    """The words joined by single spaces: a key that ignores case, punctuation and quote style."""
    return " ".join(w.text for w in words)


def is_content_word(word: str) -> bool:
    """Whether ``word`` carries meaning of its own (not a function word)."""
    return word not in FUNCTION_WORDS
