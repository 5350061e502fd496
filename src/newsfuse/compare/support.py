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
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse

from newsfuse.article.stems import singular
from newsfuse.compare.shingles import WORD
from newsfuse.lexicon import SIMILARITY_STOPWORDS

__all__ = ["SentenceSpace", "content_words", "content_words_of"]


@functools.lru_cache(maxsize=65536)
def _content_word(raw: str) -> str | None:
    """A written word as a content word (lower-cased, stemmed), or None for a stop word, digits or one letter.

    Per process: at most 65,536 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    word = raw.lower().replace("’", "'")
    if len(word) > 1 and word not in SIMILARITY_STOPWORDS and not word.isdigit():
        return singular(word)
    return None


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry its content: lower-cased, stemmed, no stop words or one-letter words."""
    return content_words_of(WORD.findall(text))


def content_words_of(words: Iterable[str]) -> list[str]:
    """:func:`content_words` of a text already split into its words (as written, or as
    :func:`newsfuse.compare.shingles.words_of` gives them: the same words, lower-cased)."""
    return [w for raw in words if (w := _content_word(raw)) is not None]


class SentenceSpace:
    """Unit-length idf-weighted content-word vectors of a story's sentences, one row each.

    The sparse :attr:`matrix` is built the first time it is read: the pairwise :meth:`similarity` reads the
    rows it needs from the words (a story of one article compares a few sentences, never the matrix).
    """

    def __init__(self, texts: Sequence[str], words: Sequence[Sequence[str]] | None = None) -> None:
        """``words``: the content words of each text where the caller has them (:func:`content_words` of it)."""
        words = [sorted(set(row)) for row in (words if words is not None else map(content_words, texts))]
        frequency = Counter(itertools.chain.from_iterable(words))  # words in order of first use
        n = len(texts)
        self._vocabulary = {word: column for column, word in enumerate(frequency)}
        self._idf = {w: math.log((n + 1) / (f + 1)) + 1.0 for w, f in frequency.items()}
        self._rows: dict[int, dict[int, float]] = {}
        self.size = n
        self.words = words

    def _weights(self, row: Sequence[str]) -> tuple[list[int], list[float]]:
        """The columns of a row's words and their weights (idf, the row scaled to unit length)."""
        weights = [self._idf[w] for w in row]
        norm = math.sqrt(sum(x**2 for x in weights)) or 1.0
        return [self._vocabulary[w] for w in row], [x / norm for x in weights]

    @functools.cached_property
    def matrix(self) -> sparse.csr_matrix:
        """One row per sentence, one column per content word of the story."""
        indptr = [0]
        cols: list[int] = []
        data: list[float] = []
        for row in self.words:
            columns, weights = self._weights(row)
            cols.extend(columns)
            data.extend(weights)
            indptr.append(len(cols))
        matrix = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float64), np.asarray(cols, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
            shape=(self.size, max(1, len(self._vocabulary))),
        )
        matrix.sort_indices()
        return matrix

    def similarities(self, rows: Sequence[int]) -> sparse.csr_matrix:
        """Cosine similarity of each sentence in ``rows`` to every sentence (a sparse ``len(rows) × size`` matrix)."""
        if not rows:
            return sparse.csr_matrix((0, self.size))
        chosen = self.matrix[np.asarray(rows, dtype=np.int64)]
        return (chosen @ self.matrix.T).tocsr()

    def similarity(self, a: int, b: int) -> float:
        """Cosine similarity of sentences ``a`` and ``b``: the products of their shared words' weights, summed in
        column order as the sparse product sums them (each row is read once, and no matrix is needed)."""
        left, right = self._row(a), self._row(b)
        return sum(left[k] * right[k] for k in sorted(left.keys() & right.keys()))

    def _row(self, r: int) -> dict[int, float]:
        """Row ``r`` as ``{column: weight}``: read from the :attr:`matrix` where it is built (each row is weighed
        once), else weighed from its words."""
        row = self._rows.get(r)
        if row is None:
            built: sparse.csr_matrix | None = self.__dict__.get("matrix")
            if built is None:
                row = dict(zip(*self._weights(self.words[r]), strict=True))
            else:
                first, last = built.indptr[r], built.indptr[r + 1]
                row = dict(zip(built.indices[first:last].tolist(), built.data[first:last].tolist(), strict=True))
            self._rows[r] = row
        return row
