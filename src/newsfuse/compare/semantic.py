"""Sentence meaning beyond shared words: a small static embedding model, where it pays.

Two outlets rarely report one fact in the same words ("the House voted" /
"the resolution passed"), and two statements of one speaker share his name
and little else. Content-word similarity (:mod:`newsfuse.compare.support`)
cannot tell those apart; a sentence embedding can, measured on our own
labelled basil-dev samples (``benchmarks/claims_labels.py``,
``benchmarks/support_labels.py``): on whether another article's closest
sentence supports a summary sentence, AUC 0.80 against 0.58 for the
content-word cosine; on whether two aligned statements make the same claim,
0.85 against 0.62.

The model is WordLlama (``wordllama`` on PyPI, MIT): 256-dimension token
embeddings averaged per sentence, its weights and tokenizer bundled in the
package, loaded once per process from the package folder with downloads
disabled (nothing is fetched at run time). Where the package is missing or
cannot load, :func:`embedder` returns None and the stages fall back to
content words alone.

Two statements about the same people share their names, and an averaged
embedding counts a name like any other token: "the minister defended the
plan on Monday" and "the minister unveiled the plan on Monday" come out
close. :func:`meaning_cosines` therefore averages the cosine of the whole
sentences with the cosine of the sentences without their capitalised words
(names weigh half). On the labelled claims pairs
(``benchmarks/claims_labels.py``, 101 pairs the grouping rule decides on)
that ranks same-claim pairs better (AUC 0.84 against 0.78 for the whole
sentences alone).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["CACHE_SIZE", "Embeddings", "embedder", "meaning_cosines", "without_names"]


@functools.lru_cache(maxsize=1)
def embedder() -> Any | None:
    """The bundled WordLlama model, loaded once; None where it is unavailable."""
    try:
        import wordllama  # type: ignore[import-untyped]
        from wordllama import WordLlama  # type: ignore[import-untyped]
    except ImportError:
        return None
    logging.getLogger("wordllama").setLevel(logging.ERROR)
    try:
        return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    except (OSError, ValueError, RuntimeError):
        return None


CACHE_SIZE = 50_000
"""Sentences whose vectors are kept between stages (claims and the summary embed mostly the same sentences)."""
_cache: dict[str, np.ndarray] = {}


def _vectors(model: Any, texts: Sequence[str]) -> np.ndarray:
    missing = sorted({t for t in texts if t not in _cache})
    if missing:
        if len(_cache) + len(missing) > CACHE_SIZE:
            _cache.clear()
        for text, vector in zip(missing, np.asarray(model.embed(missing, norm=True), dtype=np.float32), strict=True):
            _cache[text] = vector
    return np.stack([_cache[t] for t in texts])


class Embeddings:
    """Unit-length sentence vectors of ``texts``, one row each (empty where no model is available)."""

    def __init__(self, texts: Sequence[str]) -> None:
        model = embedder()
        self.available = model is not None and len(texts) > 0
        if model is not None and texts:
            self.vectors = _vectors(model, texts)
        else:
            self.vectors = np.zeros((len(texts), 0), dtype=np.float32)

    def cosine(self, a: int, b: int) -> float:
        """Cosine similarity of sentences ``a`` and ``b`` (0 without a model)."""
        if not self.available:
            return 0.0
        return float(self.vectors[a] @ self.vectors[b])


_TOKEN = re.compile(r"\S+")


def without_names(text: str) -> str:
    """The sentence without its capitalised words after the first (names, mostly)."""
    tokens = _TOKEN.findall(text)
    return " ".join(t for n, t in enumerate(tokens) if n == 0 or not t[:1].isupper())


def meaning_cosines(pairs: Sequence[tuple[str, str]]) -> list[float] | None:
    """Per pair of sentences: the mean of the whole sentences' cosine and their cosine without names.

    None where no model is available.
    """
    if embedder() is None:
        return None
    texts = [t for pair in pairs for t in pair]
    whole = Embeddings(texts)
    bare = Embeddings([without_names(t) for t in texts])
    return [(whole.cosine(2 * i, 2 * i + 1) + bare.cosine(2 * i, 2 * i + 1)) / 2 for i in range(len(pairs))]
