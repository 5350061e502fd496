"""The embedding model read straight from the wordllama package's files (issue #15: story stages < 1 s)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import absent
from newsfuse.compare import semantic

SENTENCES = [
    "The harbour board approved the new levy on freight late on Tuesday.",
    "Councillors voted against the levy, saying it would drive shipping to other ports.",
    "A spokeswoman for the port said 1,200 jobs depended on the decision.",
    "",
    "Levy",
]


def _files() -> tuple[Path, Path]:
    files = semantic._files()
    if files is None:
        absent("the embedding model (wordllama) is not installed", "wordllama is a core dependency")
    return files


def _safetensors(path: Path, matrix: np.ndarray, dtype: str = "F16", declared: tuple[int, int] | None = None) -> Path:
    rows, dims = declared or matrix.shape
    data = matrix.astype(np.float16 if dtype == "F16" else np.float32).tobytes()
    header = json.dumps({"embedding.weight": {"dtype": dtype, "shape": [rows, dims], "data_offsets": [0, len(data)]}})
    path.write_bytes(struct.pack("<Q", len(header)) + header.encode() + data)
    return path


def _passes_in_a_fresh_interpreter(code: str) -> None:
    """Run ``code`` in a new Python process (nothing imported yet) and fail with its error output if it fails."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_safetensors_matrix_is_memory_mapped_with_its_declared_shape_and_values(tmp_path: Path) -> None:
    matrix = np.arange(12, dtype=np.float32).reshape(4, 3) / 4
    mapped = semantic._memory_mapped(_safetensors(tmp_path / "m.safetensors", matrix))
    assert isinstance(mapped, np.memmap)
    assert mapped.shape == (4, 3)
    assert np.array_equal(np.asarray(mapped, dtype=np.float32), matrix)
    wide = semantic._memory_mapped(_safetensors(tmp_path / "w.safetensors", matrix, "F32"))
    assert np.array_equal(np.asarray(wide), matrix)


def test_a_safetensors_file_whose_bytes_do_not_fit_its_shape_is_refused(tmp_path: Path) -> None:
    matrix = np.ones((4, 3), dtype=np.float32)
    with pytest.raises(ValueError, match="bytes"):
        semantic._memory_mapped(_safetensors(tmp_path / "bad.safetensors", matrix, declared=(5, 3)))


def test_the_static_model_gives_the_vectors_wordllama_gives() -> None:
    weights, tokenizer = _files()
    ours = semantic.StaticModel(weights, tokenizer).embed(SENTENCES[:3], norm=True)
    from wordllama import WordLlama  # type: ignore[import-untyped]

    theirs = WordLlama.load(cache_dir=weights.parents[1], disable_download=True).embed(SENTENCES[:3], norm=True)
    assert ours.shape == theirs.shape == (3, 256)
    assert np.allclose(ours, theirs, atol=1e-5)


def test_a_text_without_tokens_gets_a_zero_vector_not_nan() -> None:
    model = semantic.StaticModel(*_files())
    vectors = model.embed(SENTENCES, norm=True)
    assert not np.isnan(vectors).any()
    assert not vectors[3].any()
    assert np.allclose(np.linalg.norm(vectors[[0, 1, 2, 4]], axis=1), 1.0, atol=1e-5)
    assert model.embed([], norm=True).shape == (0, 256)


def test_availability_is_answered_without_loading_the_model() -> None:
    _files()
    semantic.embedder.cache_clear()
    assert semantic.model_available()
    assert semantic.embedder.cache_info().currsize == 0
    assert not semantic.Embeddings([]).available
    assert semantic.embedder.cache_info().currsize == 0
    assert semantic.Embeddings(SENTENCES[:2]).available


def test_the_model_loads_without_importing_the_wordllama_package() -> None:
    """Its import (pydantic, requests, its root-logger set-up) cost more than a story's stages."""
    _files()
    code = (
        "import logging, sys\n"
        "from newsfuse.compare.semantic import embedder\n"
        "assert type(embedder()).__name__ == 'StaticModel'\n"
        "assert 'wordllama' not in sys.modules and 'pydantic' not in sys.modules\n"
        "assert not logging.getLogger().handlers\n"
    )
    _passes_in_a_fresh_interpreter(code)


def test_a_story_of_one_article_never_loads_the_model() -> None:
    """Nothing to compare, nothing to embed: a one-article story costs no model load."""
    from newsfuse.article import analyse_article
    from newsfuse.compare.story import compare_story
    from newsfuse.model import Article, Story

    _files()
    body = " ".join(SENTENCES[:3]) + " The levy takes effect in May, the board said."
    analysis = analyse_article(Article(id="a", source="a.txt", body=body, published="2025-03-12"))
    semantic.embedder.cache_clear()
    report = compare_story(Story(id="s", label="levy", articles=("a",)), [analysis])
    assert report.claims and report.summary
    assert semantic.embedder.cache_info().currsize == 0


ODD_TEXTS = [
    "",
    " ",
    "   ",
    "Levy ",
    " Levy",
    "the  levy   on freight",
    "Ana Vell said<s>it would pass",
    "x </s> y <unk> z",
    "café  naïve —  “quoted”  ",
    "emoji 😀 𝔘 \t tab\nnew line",
    "\u2581already\u2581marked \u2581 ",
    "Brenmoor’s harbour-board's 1,200-tonne levy (2026).",
]


def test_the_tokenizer_file_read_piece_by_piece_is_the_one_checked_exact() -> None:
    """The pinned file (a new wordllama release shows up here: check it as below and pin its size and CRC) is what
    ``PIECEWISE_TOKENIZER`` says: the normaliser and model the piece reader writes out itself, no token with the mark
    after another character (so no token crosses the start of a piece), and merges that its vocabulary alone tells."""
    _, tokenizer = _files()
    model = semantic.StaticModel(*_files())
    assert model.piecewise, "the bundled tokenizer file is not the one pinned by PIECEWISE_TOKENIZER"
    config = json.loads(tokenizer.read_text(encoding="utf-8"))
    assert config["normalizer"] == {
        "type": "Sequence",
        "normalizers": [
            {"type": "Prepend", "prepend": "\u2581"},
            {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"},
        ],
    }
    assert config["pre_tokenizer"] is None
    bpe = config["model"]
    assert (bpe["type"], bpe["dropout"], bpe["continuing_subword_prefix"], bpe["end_of_word_suffix"]) == (
        "BPE", None, None, None,
    )  # fmt: skip
    assert bpe["byte_fallback"] and not bpe["ignore_merges"]
    vocabulary = bpe["vocab"]
    assert model.vocab == vocabulary
    assert model.specials == tuple(t["content"] for t in config["added_tokens"])
    assert all(f"<0x{byte:02X}>" in vocabulary for byte in range(256))  # byte fallback never needs the unknown
    assert not [token for token in vocabulary if "\u2581" in token.lstrip("\u2581")]
    merges = [tuple(m.split(" ")) for m in bpe["merges"]]
    splits = {(t[:k], t[k:]) for t in vocabulary for k in range(1, len(t))}
    assert sorted(merges, key=lambda m: model._merge_rank(*m)) == merges
    assert set(merges) == {(a, b) for a, b in splits if a in vocabulary and b in vocabulary}


def test_every_token_opening_on_the_mark_is_read_as_itself() -> None:
    """What lets the piece reader take a piece that is a token for that token, unmerged (the library agrees)."""
    from tokenizers import Tokenizer

    _, tokenizer = _files()
    library = Tokenizer.from_file(str(tokenizer))
    library.normalizer = None  # the pieces come normalised
    model = semantic.StaticModel(*_files())
    tokens = [t for t in model.vocab if t.startswith("\u2581")]
    assert len(tokens) > 10_000
    assert [e.ids for e in library.encode_batch(tokens, add_special_tokens=False)] == [[model.vocab[t]] for t in tokens]
    assert [model._merged(t) for t in tokens[:2000]] == [[model.vocab[t]] for t in tokens[:2000]]


def test_the_pinned_file_is_read_without_the_tokenizers_library() -> None:
    """Building the library's byte-pair model cost 7.8% of the 50-article story's first call (PIECEWISE_TOKENIZER)."""
    _files()
    code = (
        "import sys\n"
        "from newsfuse.compare.semantic import embedder\n"
        "model = embedder()\n"
        "assert model.piecewise and model.ids(['Ana Vell backed the levy.', 'café  naïve \U0001f600']) \n"
        "assert 'tokenizers' not in sys.modules\n"
    )
    _passes_in_a_fresh_interpreter(code)


def test_token_ids_read_piece_by_piece_are_those_of_the_file_read_whole() -> None:
    from tokenizers import Tokenizer

    _, tokenizer = _files()
    whole = Tokenizer.from_file(str(tokenizer))
    rng = np.random.default_rng(7)
    alphabet = list("ab \u2581<s>/é😀\n-.")
    repeated = ["lalalala", "Brenmoor-Brenmoor", "hahaha tutu", "aaaa  bbbb", "ererer isisis"]  # a token twice
    texts = [*SENTENCES, *ODD_TEXTS, *repeated]
    texts += ["".join(rng.choice(alphabet, size=rng.integers(0, 14))) for _ in range(400)]
    model = semantic.StaticModel(*_files())
    assert model.ids(texts) == [e.ids for e in whole.encode_batch(texts, add_special_tokens=False)]
    assert model.ids(texts[::-1]) == [e.ids for e in whole.encode_batch(texts[::-1], add_special_tokens=False)]


def test_another_tokenizer_file_is_read_whole(tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    weights, tokenizer = _files()
    other = tmp_path / "tokenizer.json"
    other.write_text(tokenizer.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # same tokenizer, other bytes
    model = semantic.StaticModel(weights, other)
    assert not model.piecewise
    whole = Tokenizer.from_file(str(tokenizer))
    assert model.ids(ODD_TEXTS) == [e.ids for e in whole.encode_batch(ODD_TEXTS, add_special_tokens=False)]
