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
_FUNCTION_WORDS_TEXT = """
a an the this that these those there here it its it's itself i i'm i've i'd i'll me my mine myself
we we're we've we'd we'll us our ours ourselves you you're you've your yours he he's him his she
she's her hers they they're they've their theirs them what which who whom whose when where why how
is are was were be been being am do does did done have has had having will would shall should can
could may might must 's 're 've 'd 'll 'm not no nor n't don't doesn't didn't won't can't isn't
aren't wasn't and or but so because as if then than though although while since until unless whether
of in on at to from by for with about into onto over under up down out off through between among
very much really just quite pretty also too even still already only well some any all both each such
own same other more most less least rather again ever yet now oh yes yeah okay ok
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


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
