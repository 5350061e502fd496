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

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

import msgspec
from wordfreq import freq_to_zipf, get_frequency_dict, zipf_frequency, zipf_to_freq

from newsfuse.article.sentences import SENTENCE_END
from newsfuse.lexicon import (
    CARDINAL_WORDS,
    CONTRACTION_STEMS,
    CONTRACTION_SUFFIXES,
    FILLERS,
    INFORMAL_FORMS,
    IS_HOSTS,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    TRANSCRIPTION_NEUTRAL_WORDS,
    alternation,
    american_spelling,
)

__all__ = [
    "FUNCTION_WORDS",
    "Token",
    "Word",
    "canonical_units",
    "canonical_words",
    "english_zipf",
    "is_content_word",
    "normal_words",
    "word_texts",
    "word_units",
    "words_key",
]

# Letters/digits with inner apostrophes ("I'm", "don't", "UK's"); hyphens split words.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# A sentence ends at . ? ! or an ellipsis followed by a space and a capital letter or an opening quote.
_SENTENCE_END = SENTENCE_END
_W = TypeVar("_W")  # a word type: Word or Token
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


_LONGER_IN_LOWER_CASE = "\u0130"
"""The one letter whose lower case is longer than itself ("İ" becomes "i" and a combining dot)."""


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
    """The normalised words of ``text`` without their spans: the fast path for searching whole bodies.

    The whole text is lower-cased before its words are found, as :func:`normal_words` lower-cases each word after;
    the two agree except where lower-casing adds a character: the one such letter, "İ" (U+0130, "i" and a combining
    dot), makes the text's words be lower-cased one by one."""
    folded = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES))
    if _LONGER_IN_LOWER_CASE in folded:
        return [w.lower() for w in _WORD.findall(folded)]
    return _WORD.findall(folded.lower())


def word_units(text: str, offset: int = 0) -> tuple[tuple[Word, ...], ...]:
    """The words of ``text`` grouped by sentence (units without words are dropped)."""
    return _by_sentence(text, offset, normal_words)


def _by_sentence(text: str, offset: int, words: Callable[[str, int], tuple[_W, ...]]) -> tuple[tuple[_W, ...], ...]:
    """``words`` of each sentence of ``text`` (ended by :data:`_SENTENCE_END`), the sentences without words left out."""
    units: list[tuple[_W, ...]] = []
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        unit = words(text[start:end], offset + start)
        if unit:
            units.append(unit)
        start = end
    return tuple(units)


def words_key(words: Sequence[Word]) -> str:
    """The words joined by single spaces: a key that ignores case, punctuation and quote style."""
    return " ".join(w.text for w in words)


def is_content_word(word: str) -> bool:
    """Whether ``word`` carries meaning of its own (not a function word)."""
    return word not in FUNCTION_WORDS


# -- transcription equivalence ---------------------------------------------------------------------


class Token(msgspec.Struct, frozen=True, array_like=True):
    """A word in its canonical transcription, the span it was read from, and whether words were left out before it.

    ``gap`` is set where an ellipsis or a bracketed editorial insertion stood
    just before the word: the speaker said more there than the outlet prints.
    """

    text: str
    start: int
    end: int
    gap: bool = False


# One scan of the raw text: editorial brackets and ellipses (gaps), numbers, dotted acronyms, the
# leading-apostrophe informal forms, dropped-g forms ("goin'"), then ordinary words and percent signs.
_TOKEN = re.compile(
    r"(?P<word>[^\W\d_][^\W_]*(?:'[^\W_]+)*'?)"
    rf"|(?P<num>\d+(?:[,.]\d+)*{alternation(ORDINAL_SUFFIXES)}?)"
    r"|(?P<gap>\[[^\]\n]*\]|\{[^}\n]*\}|…|\.\s?\.\s?\.)"
    r"|(?P<lead>'(?:cause|em|til)\b)"
    r"|(?P<other>[^\W_]+)"
    r"|(?P<percent>%)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"(?:[^\W\d_]\.){2,}")
# Two words a compound can be joined from: separated by a space or a hyphen, nothing else.
_JOINABLE_GAP = re.compile(r"[ \t]*-?[ \t]*|\s")
COMPOUND_MIN_ZIPF = 2.5  # a written-together form must be at least this common (wordfreq Zipf) to join two words


def _fold(text: str) -> str:
    """NFKC, lower case, no diacritics ("café" is "cafe"), curly apostrophes straight.

    Not memoised itself: :func:`_plain_forms` remembers the word it is read for (one cache, not two).
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower())
    return unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c)))


@functools.lru_cache(maxsize=65536)
def _spoken_forms(word: str) -> tuple[str, ...]:
    """One written word as the canonical words it stands for (contractions, informal forms, spelling).

    Per process: at most 65,536 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    if word in FILLERS:
        return ()
    if word in INFORMAL_FORMS:
        return INFORMAL_FORMS[word]
    if word in CONTRACTION_STEMS:
        return CONTRACTION_STEMS[word]
    for suffix, expansion in CONTRACTION_SUFFIXES.items():
        if word.endswith(suffix) and len(word) > len(suffix):
            return (*_spoken_forms(word[: -len(suffix)]), *expansion)
    if word.endswith("'s") and word[:-2] in IS_HOSTS:
        return (word[:-2], "is")
    if word in CARDINAL_WORDS:
        return (str(CARDINAL_WORDS[word]),)
    if word in ORDINAL_WORDS:
        return (ORDINAL_WORDS[word],)
    if word == "pct":
        return ("percent",)
    return (american_spelling(word),)


@functools.lru_cache(maxsize=65536)
def _compound(first: str, second: str) -> str | None:
    """The written-together form of two words when it is a common word ("health care" → "healthcare").

    Only words of content are joined: "a way" is not "away", and a fragment
    that starts after a function word still reads as part of the sentence.

    Per process: at most 65,536 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work.
    """
    if first in FUNCTION_WORDS or second in FUNCTION_WORDS or len(second) < 2:
        return None
    if not (first.isalpha() and second.isalpha()):
        return None
    joined = first + second
    return joined if _common_word(joined) else None


def _common_word(word: str) -> bool:
    """Whether ``word`` is at least :data:`COMPOUND_MIN_ZIPF` common (wordfreq Zipf, English)."""
    return english_zipf(word) >= COMPOUND_MIN_ZIPF


_FLOOR = zipf_to_freq(0.0)
"""The frequency ``zipf_frequency(word, lang)`` gives a word its list lacks (its ``minimum`` of Zipf 0)."""


def english_zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``, without wordfreq's tokenizer for a word of ASCII lower-case letters.

    Such a word is one token of itself to wordfreq (its normalising and
    splitting change nothing there: checked on all 289,023 such words of its
    list and 200,000 random strings), so its frequency is its list's entry,
    rounded as wordfreq rounds a one-token word, or the floor where the list
    lacks it. Speed alone: the tokenizer was most of the cost of the first
    look-up of each word (most pairs of quoted words joined are no word,
    "councilvoted"); ``tests/test_story_speed.py`` checks the two agree.
    """
    if not (word.isascii() and word.isalpha() and word.islower()):
        return float(zipf_frequency(word, "en"))
    listed = get_frequency_dict("en", "best").get(word)
    freq = _FLOOR if listed is None else max(1.0 / (1.0 / listed), _FLOOR)
    if listed is not None:
        freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


@functools.lru_cache(maxsize=16384)
def _plain_forms(raw: str) -> tuple[str, ...]:
    """The canonical words of a written word read as it stands (folded, then as spoken).

    Per process: at most 16,384 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    return _spoken_forms(_fold(raw))


def _word_forms(raw: str, text: str, end: int) -> tuple[tuple[str, ...], int]:
    """The canonical words of one written word that ends in an apostrophe or stands before a full stop, and where
    its token ends (``end``, where the word stops in ``text``; past the last full stop of a dotted acronym)."""
    if raw.endswith("'"):
        raw = raw[:-1]
        if len(raw) > 3 and raw[-2:].lower() == "in":  # "goin'": a dropped g
            return _spoken_forms(_fold(raw) + "g"), end
    if len(raw) == 1 and end < len(text) and text[end] == ".":  # "U.S." is one word
        acronym = _ACRONYM.match(text, end - 1)
        if acronym:
            return (acronym.group().replace(".", "").lower(),), acronym.end()
    return _plain_forms(raw), end


def _raw_tokens(text: str, offset: int) -> list[Token]:
    tokens: list[Token] = []
    gap = False
    scan = text.translate(_APOSTROPHES)
    length = len(scan)
    skip_to = 0
    for m in _TOKEN.finditer(scan):
        start, end = m.span()
        if start < skip_to:
            continue
        kind, raw = m.lastgroup, m.group()
        if kind == "word":
            if raw[-1] != "'" and (end == length or scan[end] != "."):
                words = _plain_forms(raw)  # the common case, without the checks of :func:`_word_forms`
            else:
                words, end = _word_forms(raw, scan, end)
                skip_to = end  # past a dotted acronym's letters, read as one word
        elif kind == "gap":
            gap = True
            continue
        elif kind == "num":
            words = (raw.replace(",", ""),)
        elif kind == "percent":
            words = ("percent",)
        else:
            words = _plain_forms(raw)
        for word in words:
            tokens.append(Token(word, offset + start, offset + end, gap))
            gap = False
    return tokens


def _merge(last: Token, token: Token, between: str) -> str | None:
    """The one canonical word two neighbouring words make, if any (see :func:`_joined`)."""
    if last.text == "per" and token.text == "cent":
        return "percent"
    if between != " " and not _JOINABLE_GAP.fullmatch(between):
        return None
    if last.text.isdigit() and token.text.isdigit():
        tens, unit = int(last.text), int(token.text)
        return str(tens + unit) if 20 <= tens < 100 and tens % 10 == 0 and 0 < unit < 10 else None
    return _compound(last.text, token.text)


def _joined(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """Compounds joined, number words combined ("twenty five" → 25) and "per cent" made "percent"."""
    out: list[Token] = []
    for token in tokens:
        if out and not token.gap and out[-1].end != token.end:
            last = out[-1]
            merged = _merge(last, token, text[last.end - offset : token.start - offset])
            if merged is not None:
                out[-1] = Token(merged, last.start, token.end, last.gap)
                continue
        out.append(token)
    return out


def canonical_words(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The words of ``text`` in their canonical transcription (tables in :mod:`newsfuse.lexicon`).

    Equivalences applied, each documented with its table: case, quote style,
    punctuation and diacritics; hyphenated words split and compounds joined
    when the written-together form is a common word; contractions and
    informal forms written out; fillers dropped; number words as digits;
    British spelling as American; bracketed editorial insertions and
    ellipses dropped, the next word marked as following a ``gap``.
    Spans are shifted by ``offset``.
    """
    tokens = _canonical(text)
    if not offset:
        return tokens
    return tuple(Token(t.text, t.start + offset, t.end + offset, t.gap) for t in tokens)


CANONICAL_CACHE = 4096
"""Texts whose canonical words are remembered: a story reads each quotation twice (as a quotation and among its
article's quoted passages), and wire copies print the same ones."""


@functools.lru_cache(maxsize=CANONICAL_CACHE)
def _canonical(text: str) -> tuple[Token, ...]:
    """:func:`canonical_words` of ``text`` at offset 0 (reading a text does not depend on where it stands).

    Per process: at most 4,096 entries (``CANONICAL_CACHE``), the least recently used let go first, kept from story to
    story (serve, a Spark executor, ``analyze``); a pool's worker empties it after each piece of work."""
    return tuple(_joined(_raw_tokens(text, 0), text, 0))


def canonical_units(text: str, offset: int = 0) -> tuple[tuple[Token, ...], ...]:
    """:func:`canonical_words` grouped by sentence, as :func:`word_units` groups them (not remembered: the cache
    it had saved 0.24% of the 50-article story's instructions, less than one count's noise)."""
    return _by_sentence(text, offset, canonical_words)
