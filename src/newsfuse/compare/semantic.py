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
package (nothing is fetched at run time). It is read straight from the
package folder (:class:`StaticModel`), without importing the ``wordllama``
package itself: that import pulls in pydantic, requests and the package's
clustering extensions and configures the root logger, and cost more than
the whole of a 50-article story's stages. The weight matrix is memory-mapped
from the safetensors file (only the rows of the tokens a story uses are
read and widened to float32) and the tokenizer is the package's own
``tokenizers`` file, which :class:`StaticModel` reads itself where it is
the file pinned by :data:`PIECEWISE_TOKENIZER` (the ``tokenizers``
library otherwise); a sentence's vector is the mean of its tokens' rows,
as ``WordLlamaInference.embed`` computes it (``tests/test_semantic.py``
checks the two agree). The model is loaded on first use, when a stage has
sentences to embed (:func:`model_available` answers without loading it).
Where the package is missing or its files are not as expected,
:func:`embedder` falls back to ``WordLlama.load`` with downloads disabled,
and returns None where that fails too; the stages then use content words
alone.

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
import importlib.util
import itertools
import json
import logging
import re
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from newsfuse.runner import kept_between_pieces

__all__ = [
    "CACHE_SIZE",
    "PIECEWISE_TOKENIZER",
    "PIECE_CACHE",
    "TOKENIZER",
    "WEIGHTS",
    "Embeddings",
    "StaticModel",
    "embedder",
    "meaning_cosines",
    "model_available",
    "without_names",
]


WEIGHTS = "weights/l2_supercat_256.safetensors"
"""The bundled weight file, relative to the ``wordllama`` package folder (the 256-dimension model)."""
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
"""The bundled tokenizer file, relative to the ``wordllama`` package folder."""
_TENSOR = "embedding.weight"
_DTYPES = {"F16": np.float16, "F32": np.float32}


def _package_folder() -> Path | None:
    """The ``wordllama`` package folder, found without importing the package."""
    try:
        spec = importlib.util.find_spec("wordllama")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@functools.lru_cache(maxsize=1)
def _files() -> tuple[Path, Path] | None:
    """The bundled weight and tokenizer files in the ``wordllama`` package folder; None where either is missing.

    Per process: its one value is made on the first call and kept for the process's life."""
    folder = _package_folder()
    if folder is None:
        return None
    weights, tokenizer = folder / WEIGHTS, folder / TOKENIZER
    return (weights, tokenizer) if weights.is_file() and tokenizer.is_file() else None


def model_available() -> bool:
    """Whether the embedding model can be had, answered without loading it."""
    return _files() is not None or importlib.util.find_spec("wordllama") is not None


def _memory_mapped(path: Path) -> np.ndarray:
    """The embedding matrix of a safetensors file, memory-mapped (the format: a little-endian u64 header
    length, a JSON header naming each tensor's dtype, shape and byte offsets, then the data)."""
    with path.open("rb") as f:
        (size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(size))
    entry = header[_TENSOR]
    dtype = np.dtype(_DTYPES[entry["dtype"]])
    rows, dims = (int(n) for n in entry["shape"])
    start, end = (int(n) for n in entry["data_offsets"])
    if end - start != rows * dims * dtype.itemsize:
        raise ValueError(f"{path}: {_TENSOR} holds {end - start} bytes, not {rows}x{dims} {dtype}")
    return np.memmap(path, dtype=dtype, mode="r", offset=8 + size + start, shape=(rows, dims))


PIECEWISE_TOKENIZER = (1_842_796, 0x3FAF5800)
"""Size and CRC-32 of the bundled tokenizer file (wordllama 0.4.0.post1) that :class:`StaticModel` reads itself,
without the tokenizers library (:meth:`StaticModel._piece_ids`); another file is read by the library, text by text.
(A check of a change, not of tampering: a SHA-256 of the file cost as much as the tokenizing it spares.)

What the pinned file is, each point checked on it by ``tests/test_semantic.py``: a normaliser writing ``▁`` before
the text and for every space, no pre-tokenizer, and a byte-pair model with byte fallback, no dropout, no prefix or
suffix, whose merges are every split of every token into two tokens, ranked by the token's id (those of tokens
of marks alone last), one token's splits by the ids of their left then right part (:data:`_MERGES_LAST`,
:meth:`StaticModel._merge_rank`); no token has a ``▁`` after another character, and every token that opens on a
``▁`` is read as itself. So its vocabulary alone tells the model, and a text's ids are its pieces' ids in turn.

Why it is read without the library (measured 2 Dec 2026, the 50-article story of ``benchmarks/story_stages.py``,
its first ``compare_story`` in a fresh process, ``benchmarks/story_instructions.py``): the library building its
byte-pair model from the file executed 301M instructions (7.8% of the story; ~90 ms CPU, under the GIL), its
encoding of the story's 3,637 new pieces 68M and its import ~10 ms; reading the vocabulary here executes ~70M and
merging the pieces that are no token (2,113 of the 3,637) about as much: the story's first call went from 3,860M
instructions to 3,634M (with the summary's furniture screen, ``008e8aa``).
Earlier (1 Dec 2026): the library with the same cut as a pre-tokenizer (``pre_tokenizers.Split`` of
:data:`_PIECE`) executed 218M instructions where the pieces looked up one by one (the library encoding the new
ones) executed 163M; whole texts 216M, pre-tokenised input 287M."""
_MARK = "\u2581"
_PIECE = re.compile(f"{_MARK}+[^{_MARK}]*")
"""A piece of a normalised text: its ``▁`` marks and the characters up to the next mark."""
_MERGES_LAST = 1 << 20
"""Added to the rank of a merge that makes a token of marks alone (``▁▁``): the pinned file lists those merges after
all others (ids are below 2**15, so it orders them after every other token's)."""
_NO_MERGE = 1 << 40
"""The rank of two neighbours that make no token: above every merge's (:meth:`StaticModel._merge_rank`)."""
PIECE_CACHE = 200_000
"""Pieces (mostly a word with the mark before it) whose token ids are remembered (~20 MB); all are let go when
a story's new pieces would pass it, and between a pool's pieces of work."""
_piece_cache: dict[str, list[int]] = {}


def _read_vocabulary(data: bytes) -> tuple[dict[str, int], tuple[str, ...]]:
    """The byte-pair model's vocabulary (token -> id) and the special tokens' texts of the pinned tokenizer file
    ``data``: its ``"added_tokens"`` and ``"vocab"`` values, each read where its key stands (the merges after them,
    two thirds of the file, are never parsed: the vocabulary alone tells them, :data:`PIECEWISE_TOKENIZER`)."""
    text = data[: data.index(b'"merges"')].decode("utf-8")
    decoder = json.JSONDecoder()

    def value(key: str) -> Any:
        at = text.index(":", text.index(f'"{key}"')) + 1
        return decoder.raw_decode(text, len(text) - len(text[at:].lstrip()))[0]

    return value("vocab"), tuple(t["content"] for t in value("added_tokens"))


def _library(data: bytes) -> Any:
    """The tokenizers library's tokenizer of the tokenizer file ``data``, without padding or truncation: what reads
    a file other than the pinned one, and a text writing a special token (``<s>``)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_buffer(data)
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


class StaticModel:
    """Token embeddings averaged per sentence, read from the bundled files (see the module docstring)."""

    def __init__(self, weights: Path, tokenizer: Path) -> None:
        self.matrix = _memory_mapped(weights)
        self.path = tokenizer
        data = tokenizer.read_bytes()
        self.piecewise = (len(data), zlib.crc32(data)) == PIECEWISE_TOKENIZER
        self._library: Any = None
        if self.piecewise:
            self.vocab, self.specials = _read_vocabulary(data)
        else:
            self._library = _library(data)

    def ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The token ids of each text, as the tokenizer file gives them (without special tokens)."""
        if not self.piecewise:
            return self._whole_ids(self._library, texts)
        plain = [n for n, text in enumerate(texts) if not any(s in text for s in self.specials)]
        out = self._piece_ids([texts[n] for n in plain])
        if len(plain) == len(texts):
            return out
        # a text that writes a special token ("<s>") is read as the file reads it: the token split off first
        if self._library is None:
            self._library = _library(self.path.read_bytes())
        read = dict(zip(plain, out, strict=True))
        special = [n for n in range(len(texts)) if n not in read]
        read.update(zip(special, self._whole_ids(self._library, [texts[n] for n in special]), strict=True))
        return [read[n] for n in range(len(texts))]

    @staticmethod
    def _whole_ids(tokenizer: Any, texts: Sequence[str]) -> list[list[int]]:
        encode = getattr(tokenizer, "encode_batch_fast", tokenizer.encode_batch)  # ids without offsets
        return [e.ids for e in encode(list(texts), add_special_tokens=False)]

    def _piece_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """:meth:`ids` read piece by piece: each text normalised as the file's normaliser does (``▁`` before it
        and for every space), cut into pieces before every ``▁`` that follows another character (:data:`_PIECE`),
        and each piece's ids looked up (:data:`_piece_cache`) or, for a piece not seen before, read by
        :meth:`_merged`.

        Exact for the file :data:`PIECEWISE_TOKENIZER` pins: none of its tokens has a ``▁`` after another
        character, so no token of a text crosses the start of a piece and a text's ids are its pieces' ids in turn
        (``tests/test_semantic.py`` checks the ids against the library's on the file).
        """
        split = [_PIECE.findall(_MARK + text.replace(" ", _MARK)) if text else [] for text in texts]
        known = _piece_cache
        new = [p for p in dict.fromkeys(itertools.chain.from_iterable(split)) if p not in known]
        if len(known) + len(new) > PIECE_CACHE:
            known.clear()
            new = list(dict.fromkeys(itertools.chain.from_iterable(split)))
        vocab = self.vocab
        for piece in new:
            whole = vocab.get(piece)
            known[piece] = [whole] if whole is not None else self._merged(piece)
        return [[i for piece in pieces for i in known[piece]] for pieces in split]

    def _symbols(self, piece: str) -> list[str]:
        """A piece's characters as tokens: a character that is no token as the tokens of its UTF-8 bytes
        (``<0xE2>``, the model's byte fallback; the file has all 256)."""
        vocab = self.vocab
        symbols: list[str] = []
        for char in piece:
            if char in vocab:
                symbols.append(char)
            else:
                symbols.extend(f"<0x{byte:02X}>" for byte in char.encode("utf-8"))
        return symbols

    def _merged(self, piece: str) -> list[int]:
        """The ids of a piece that is no token itself, as the byte-pair model reads it: its characters
        (:meth:`_symbols`), then, as long as two neighbours together make a token, the pair of lowest
        :meth:`_merge_rank` merged (the leftmost of equal ones), as the library does (``tokenizers``'
        ``Word::merge_all``).

        A pair is ranked here by the id of the token it makes alone (a third faster than the whole rank), and
        by the ids of its two parts only where two pairs make the same token: the file orders its merges by that
        id first. Only a piece opening on two marks can merge two of them into a token of marks alone (ranked
        last); it is merged by the whole rank (:meth:`_merged_slowly`).
        """
        if piece.startswith(_MARK + _MARK):
            return self._merged_slowly(piece)
        vocab = self.vocab
        get = vocab.get
        symbols = self._symbols(piece)
        ranks = [get(a + b, _NO_MERGE) for a, b in itertools.pairwise(symbols)]
        while ranks:
            best = min(ranks)
            if best == _NO_MERGE:
                break
            at = ranks.index(best)
            if ranks.count(best) > 1:  # one token made in two places: the ids of the parts decide
                at = min(
                    (k for k, r in enumerate(ranks) if r == best), key=lambda k: self._merge_rank(*symbols[k : k + 2])
                )
            symbols[at : at + 2] = [symbols[at] + symbols[at + 1]]
            del ranks[at]
            if at < len(ranks):
                ranks[at] = get(symbols[at] + symbols[at + 1], _NO_MERGE)
            if at:
                ranks[at - 1] = get(symbols[at - 1] + symbols[at], _NO_MERGE)
        return [vocab[s] for s in symbols]

    def _merged_slowly(self, piece: str) -> list[int]:
        """:meth:`_merged` by the whole :meth:`_merge_rank` of each pair."""
        symbols = self._symbols(piece)
        ranks = [self._merge_rank(a, b) for a, b in itertools.pairwise(symbols)]
        while ranks:
            best = min(ranks)
            if best[0] == _NO_MERGE:
                break
            at = ranks.index(best)
            symbols[at : at + 2] = [symbols[at] + symbols[at + 1]]
            del ranks[at]
            if at < len(ranks):
                ranks[at] = self._merge_rank(symbols[at], symbols[at + 1])
            if at:
                ranks[at - 1] = self._merge_rank(symbols[at - 1], symbols[at])
        return [self.vocab[s] for s in symbols]

    def _merge_rank(self, left: str, right: str) -> tuple[int, int, int]:
        """Where the merge of two neighbouring tokens stands in the file's list of merges (lower first): by the id of
        the token they make (a token of marks alone after every other, :data:`_MERGES_LAST`), then by their own
        ids; ranked after every merge (:data:`_NO_MERGE`) where they make no token."""
        vocab = self.vocab
        made = left + right
        token = vocab.get(made)
        if token is None:
            return (_NO_MERGE, 0, 0)
        if made[-1] == _MARK:  # no token has a mark after another character: this one is marks alone
            token += _MERGES_LAST
        return (token, vocab[left], vocab[right])

    def embed(self, texts: Sequence[str], norm: bool = False) -> np.ndarray:
        """One vector per text: the mean of its tokens' rows (zeros for a text without tokens), unit length with
        ``norm``.

        Each distinct token's row is read once and widened to float32; a
        sparse text-by-token count matrix then sums them per text.
        """
        dims = self.matrix.shape[1]
        if not texts:
            return np.zeros((0, dims), dtype=np.float32)
        ids_of = self.ids(texts)
        lengths = np.fromiter((len(ids) for ids in ids_of), dtype=np.int64, count=len(ids_of))
        ids = np.fromiter(itertools.chain.from_iterable(ids_of), dtype=np.int64, count=int(lengths.sum()))
        np.clip(ids, 0, self.matrix.shape[0] - 1, out=ids)
        distinct, column = np.unique(ids, return_inverse=True)
        rows = np.asarray(self.matrix[distinct], dtype=np.float32)
        counts = sparse.csr_matrix(
            (np.ones(len(ids), dtype=np.float32), (np.repeat(np.arange(len(texts)), lengths), column)),
            shape=(len(texts), len(distinct)),
        )
        out = np.asarray(counts @ rows, dtype=np.float32) / np.maximum(lengths, 1)[:, None].astype(np.float32)
        if norm:
            length = np.linalg.norm(out, axis=1, keepdims=True)
            np.divide(out, length, out=out, where=length > 0)
        return out


@functools.lru_cache(maxsize=1)
def embedder() -> Any | None:
    """The bundled WordLlama model, loaded once; None where it is unavailable.

    Per process: its one value is made on the first call and kept for the process's life."""
    files = _files()
    if files is not None:
        try:
            return StaticModel(*files)
        except Exception:  # a file not as expected (the tokenizers library raises plain Exception): the slow path
            logging.getLogger(__name__).debug("bundled embedding files unreadable", exc_info=True)
    return _packaged()


def _packaged() -> Any | None:
    """The model through the ``wordllama`` package itself (slower to load), downloads disabled."""
    try:
        import wordllama  # type: ignore[import-untyped]
        from wordllama import WordLlama
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


@kept_between_pieces
def forget_vectors() -> None:
    """The sentence vectors kept between stages let go (a pool's worker does it after each piece of work: the
    next piece's stories seldom share a sentence with this one's, and a full cache holds ~74 MB per process:
    1.47 KB per sentence, ``benchmarks/parallel_memory.py``, c2000, 1 Dec 2026)."""
    _cache.clear()
    _piece_cache.clear()


class Embeddings:
    """Unit-length sentence vectors of ``texts``, one row each (empty where no model is available)."""

    def __init__(self, texts: Sequence[str]) -> None:
        model = embedder() if texts else None
        self.available = model is not None
        if model is not None:
            self.vectors = _vectors(model, texts)
        else:
            self.vectors = np.zeros((len(texts), 0), dtype=np.float32)

    def cosine(self, a: int, b: int) -> float:
        """Cosine similarity of sentences ``a`` and ``b`` (0 without a model)."""
        if not self.available:
            return 0.0
        return float(self.vectors[a] @ self.vectors[b])


def without_names(text: str) -> str:
    """The sentence without its capitalised words after the first (names, mostly); its words are its runs of
    non-space characters (``str.split``: the same runs as ``\\S+``, a fifth of the cost)."""
    tokens = text.split()
    return " ".join(tokens[:1] + [t for t in tokens[1:] if not t[:1].isupper()])


def meaning_cosines(pairs: Sequence[tuple[str, str]]) -> list[float] | None:
    """Per pair of sentences: the mean of the whole sentences' cosine and their cosine without names.

    None where no model is available.
    """
    if embedder() is None:
        return None
    texts = [t for pair in pairs for t in pair]
    whole = Embeddings(texts)
    bare_of = {t: without_names(t) for t in dict.fromkeys(texts)}  # a sentence stands in many pairs: read once
    bare = Embeddings([bare_of[t] for t in texts])
    return [(whole.cosine(2 * i, 2 * i + 1) + bare.cosine(2 * i, 2 * i + 1)) / 2 for i in range(len(pairs))]
