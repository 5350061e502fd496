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

__all__ = ["paragraph_spans", "split_sentences"]

_ABBREVIATIONS = SENTENCE_ABBREVIATIONS
_BOUNDARY = re.compile(r"[.!?…]+['’\"”)\]]*(?=\s+['‘\"“(\[]?[A-Z0-9])")
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
