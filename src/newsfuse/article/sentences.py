"""Splitting an article body into paragraphs and sentences, by span.

Rule-based and fast (no model): a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotation marks or brackets after it) followed by space
and a capital letter, digit or opening mark, unless the word before the
full stop is a known abbreviation or an initial. A paragraph break always
ends a sentence.
"""

from __future__ import annotations

import re

from newsfuse.lexicon import SENTENCE_ABBREVIATIONS
from newsfuse.model import Article, Sentence

__all__ = ["MASKED_SENTENCE_END", "SENTENCE_END", "paragraph_spans", "split_sentences"]

_ABBREVIATIONS = SENTENCE_ABBREVIATIONS


def _sentence_end(starts: str) -> re.Pattern[str]:
    """A run of ``.``, ``!``, ``?`` or ``…`` with any closing marks after it, before space and a sentence start.

    Linear in the length of the text: a match can only begin at the first
    terminator of a run (the look-behind), and takes the run and its closing
    marks whole (possessive quantifiers), so a run of N dots is read once,
    not N times with backtracking into it.
    """
    return re.compile(r"(?<![.!?…])[.!?…]++['’\"”)\]]*+(?=\s+['‘\"“(\[]?[" + starts + "])")


SENTENCE_END = _sentence_end("A-Z0-9")
"""The end of a sentence in a body: the match spans the terminators and closing marks, not the space after."""
MASKED_SENTENCE_END = _sentence_end("A-Z0-9#")
"""The same in a body whose quotations are masked (``#``, :data:`newsfuse.article.quote_marks.MASK`)."""
_BOUNDARY = SENTENCE_END
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (text between blank lines, or lines)."""
    spans = []
    for match in re.finditer(r"[^\n]+", body):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop ending at ``stop`` closes an abbreviation or initial."""
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop + 1)
    if not match or match.end() != stop + 1:
        return False
    word = match.group(1).lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return word.rstrip(".") in _ABBREVIATIONS


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of ``article.body``, each as a span, with its paragraph number."""
    body = article.body
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(paragraph_spans(body)):
        start = p_start
        for match in _BOUNDARY.finditer(body, p_start, p_end):
            stop = match.start()
            if body[stop] == "." and match.end() - stop == 1 and _is_abbreviation(body, stop):
                continue
            end = match.end()
            if body[start:end].strip():
                sentences.append(Sentence(start, end, paragraph))
            start = end
            while start < p_end and body[start].isspace():
                start += 1
        if start < p_end and body[start:p_end].strip():
            sentences.append(Sentence(start, p_end, paragraph))
    return tuple(sentences)
