"""Which articles say what a sentence says: content-word similarity across a story.

A summary sentence must cite every article that supports it, not only the
one it was taken from, and outlets rarely use the same words: "Dorn has
refused to sign the grain treaty" and "the Ruritanian leader told reporters
the grain deal would not get his signature" say one thing. The
measure is the cosine of the two sentences' content words (stop words
dropped, a light plural stem), each weighted by its inverse document
frequency over the story's sentences, so the words every article uses
(``Dorn``, ``said``) count little and the specific ones count much.

All sentences of a story become rows of one sparse matrix; one sparse
product gives every sentence's similarity to every other, which keeps a
50-article story well inside a second.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsfuse.lexicon import SIMILARITY_STOPWORDS

__all__ = ["SentenceSpace", "content_words"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def _content_word(raw: str) -> str | None:
    """A written word as a content word (lower-cased, stemmed), or None for a stop word, digits or one letter."""
    word = raw.lower().replace("’", "'")
    if len(word) > 1 and word not in SIMILARITY_STOPWORDS and not word.isdigit():
        return _stem(word)
    return None


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry its content: lower-cased, stemmed, no stop words or one-letter words."""
    return [w for raw in _WORD.findall(text) if (w := _content_word(raw)) is not None]


class SentenceSpace:
    """Unit-length idf-weighted content-word vectors of a story's sentences, one row each."""

    def __init__(self, texts: Sequence[str]) -> None:
        words = [sorted(set(content_words(t))) for t in texts]
        vocabulary: dict[str, int] = {}
        frequency: dict[str, int] = {}
        for row in words:
            for word in row:
                vocabulary.setdefault(word, len(vocabulary))
                frequency[word] = frequency.get(word, 0) + 1
        n = len(texts)
        idf = {w: math.log((n + 1) / (f + 1)) + 1.0 for w, f in frequency.items()}
        rows: list[int] = []
        cols: list[int] = []
        data: list[float] = []
        for r, row in enumerate(words):
            norm = math.sqrt(sum(idf[w] ** 2 for w in row)) or 1.0
            for w in row:
                rows.append(r)
                cols.append(vocabulary[w])
                data.append(idf[w] / norm)
        self.size = n
        self.matrix = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float64), (rows, cols)), shape=(n, max(1, len(vocabulary)))
        )
        self.words = words

    def similarities(self, rows: Sequence[int]) -> sparse.csr_matrix:
        """Cosine similarity of each sentence in ``rows`` to every sentence (a sparse ``len(rows) × size`` matrix)."""
        if not rows:
            return sparse.csr_matrix((0, self.size))
        chosen = self.matrix[np.asarray(rows, dtype=np.int64)]
        return (chosen @ self.matrix.T).tocsr()

    def similarity(self, a: int, b: int) -> float:
        """Cosine similarity of sentences ``a`` and ``b``."""
        return float(self.matrix[a].multiply(self.matrix[b]).sum())
