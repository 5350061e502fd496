"""Shortcuts the story stages take for speed alone: each must leave every finding as the full work gives it.

Which articles print a run of words (the summary's verbatim carriers, the utterances' reported speech) is asked of
an index (``shingles.RunIndex``) that searches only the texts holding every word of the run: the same texts as a
search of them all, on random texts. Reuse walks only the words where a shingle two articles share starts: the same
runs as a walk over every word. A quoted word's Zipf frequency (and whether two quoted words written together are
a common word) is looked up in wordfreq's list for a plain ASCII word: the same value as wordfreq's own. Claims
count the pairs of statements sharing features in one sparse product: the same pairs as one feature at a time.
The summary sorts its similarities itself: the order a sparse matrix gives them.

The conflict stage asks a cheap necessary condition (``conflicts._may_align``) before aligning two facts; here
every pair of facts of every invented conflict probe and look-alike (``benchmarks/conflict_probes.py``: three-outlet
stories of every kind the stage compares) is aligned (with and without the lone-count flags), and no pair the
condition turns away aligns.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy import sparse
from wordfreq import get_frequency_dict, zipf_frequency

from newsfuse.article import analyse_article
from newsfuse.compare import align, conflicts, wording
from newsfuse.compare.align import Statement
from newsfuse.compare.facts import Fact, facts_of, reference_date, story_weights, title_facts
from newsfuse.compare.shingles import RunIndex, common_runs, shingle_index, words_of
from newsfuse.model import Article, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from conflict_probes import LOOK_ALIKES, PROBES, STORIES


def _story_facts(kind: str, a: str, b: str) -> list[list[Fact]]:
    analyses = [
        analyse_article(Article(id=f"o{n}", source=f"o{n}.txt", title=title, body=body, published="2025-05-14"))
        for n, (_, title, body) in enumerate(STORIES[kind](a, b))
    ]
    references = [r for x in analyses if (r := reference_date(x.article)) is not None]
    return [
        [*facts, *title_facts(x, facts, references)] for x, facts in ((x, facts_of(x, references)) for x in analyses)
    ]


@pytest.mark.parametrize("probe", PROBES + LOOK_ALIKES, ids=lambda p: f"{p.kind}-{p.label}")
def test_may_align_turns_away_no_pair_that_aligns(probe: object) -> None:
    by_article = _story_facts(probe.kind, probe.a, probe.b)  # type: ignore[attr-defined]
    weights = story_weights([f for facts in by_article for f in facts])
    for i, facts_a in enumerate(by_article):
        for facts_b in by_article[i + 1 :]:
            together = frozenset().union(*(f.words for f in facts_b))
            for fa in facts_a:
                kept = conflicts._may_align(fa, facts_b)
                assert conflicts._may_align(fa, facts_b, words_of=together) == kept
                for fb in facts_b:
                    if fb in kept:
                        continue
                    for single in (False, True):
                        for only in (False, True):
                            assert conflicts.alignment(fa, fb, weights, single, only)[0] == 0, (fa, fb)


def test_may_align_turns_away_days_that_share_no_words() -> None:
    """The condition does turn pairs away (the test above would pass on a condition that never says no)."""
    by_article = _story_facts(
        "vote-weekday",
        "The Kesby ferry sailed again on Friday after a week of repairs.",
        "Tarn council voted 7-2 on Tuesday to close the Kesby library.",
    )
    days = [f for facts in by_article for f in facts if f.cls[0] in ("date", "weekday")]
    assert any(b not in conflicts._may_align(a, [b]) for a in days for b in days if a.article != b.article)


_PIECES = st.sampled_from(["ana", "vell", "said", "the", "ferry", "brenmoor", "a", "ana's", "tal", "oren"])


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.lists(_PIECES, max_size=12), max_size=6),
    needle=st.lists(_PIECES, max_size=4),
    skip=st.integers(min_value=-1, max_value=6),
)
def test_run_index_finds_what_searching_every_text_finds(texts: list[list[str]], needle: list[str], skip: int) -> None:
    """The index searches only the texts holding every word of the run: the same texts as searching them all."""
    joined = [f" {' '.join(words)} " for words in texts]
    run = f" {' '.join(needle)} "
    expected = [n for n, text in enumerate(joined) if n != skip and run in text]
    index = RunIndex(joined)
    assert index.holders(run, skip) == expected
    assert index.holders(run, skip) == expected  # asked again, on the pieces made the first time


_REUSE_WORDS = st.sampled_from(["the", "mayor", "of", "brenmoor", "said", "bridge", "flood", "repair"])


@settings(max_examples=300, deadline=None)
@given(
    a=st.lists(_REUSE_WORDS, max_size=40),
    b=st.lists(_REUSE_WORDS, max_size=40),
    k=st.integers(min_value=2, max_value=6),
)
def test_common_runs_visiting_shared_shingles_only_finds_the_same_runs(a: list[str], b: list[str], k: int) -> None:
    """Reuse visits only the words of one text where a shingle both texts share starts: the same runs as a walk over
    every word."""
    words_a, words_b = words_of(" ".join(a)), words_of(" ".join(b))
    index_a, index_b = shingle_index(words_a, k), shingle_index(words_b, k)
    every = common_runs(words_a.norm, words_b.norm, index_b, k)
    assert common_runs(words_a.norm, words_b.norm, index_b, k, index_a) == every


@settings(max_examples=300, deadline=None)
@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyzé'-", min_size=1, max_size=14))
def test_english_zipf_answers_as_wordfreq_does(word: str) -> None:
    """Quoted words' Zipf frequencies are read from wordfreq's list where the word is plain ASCII, by wordfreq itself
    otherwise: the same value either way (and so the same compound words joined)."""
    assert wording.english_zipf(word) == zipf_frequency(word, "en")
    assert wording._common_word(word) == (zipf_frequency(word, "en") >= wording.COMPOUND_MIN_ZIPF)


def test_english_zipf_on_listed_words() -> None:
    """Every 40th plain word of wordfreq's English list, and written-together forms, give wordfreq's own value."""
    listed = sorted(w for w in get_frequency_dict("en", "best") if w.isascii() and w.isalpha() and w.islower())
    for word in [*listed[::40], "healthcare", "nationwide", "councilvoted", "Healthcare", "café"]:
        assert wording.english_zipf(word) == zipf_frequency(word, "en"), word


def _pairs_sharing(flat: list[Statement], need: int, cap: float) -> list[tuple[int, int]]:
    """The candidate pairs of :func:`align._candidates` counted one shared feature at a time (its former way)."""
    shared: Counter[tuple[int, int]] = Counter()
    for f in {f for s in flat for f in s.features}:
        ids = [n for n, s in enumerate(flat) if f in s.features]
        if 1 < len(ids) <= cap:
            shared.update({(i, j) for i in ids for j in ids if i < j and flat[i].article != flat[j].article})
    return sorted(pair for pair, n in shared.items() if n >= need)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from("abcd"), st.sets(st.sampled_from(["vote", "levy", "ferry", "pay:3", "mayor"]))),
        max_size=30,
    )
)
@example(rows=[("a", {"vote", "levy"}), ("a", {"vote", "levy"}), ("b", {"vote", "levy"})])  # a dominates: None
@example(rows=[("a", {"vote", "levy"}), ("b", {"vote", "levy"}), ("c", {"levy"})])  # one pair shares two
def test_candidate_pairs_counted_in_one_product_are_those_counted_one_by_one(rows: list[tuple[str, set[str]]]) -> None:
    """Claims' candidate pairs (statements of different articles sharing features) counted in one sparse product
    are the pairs counted one shared feature at a time, in a small story and, scaled down, a large one."""
    flat = [Statement(article, n, Span(n, n + 1), "", words) for n, (article, words) in enumerate(rows)]
    assert align._candidates(flat) == _pairs_sharing(flat, 1, float("inf"))
    sizes = Counter(s.article for s in flat)
    within = sum(n * n for n in sizes.values())  # pairs within articles a product would count: too many, no product
    expected = None if within > len(flat) ** 2 - within else _pairs_sharing(flat, 2, 3)
    assert align._counted_pairs(flat, _lists(flat, 3), 2) == expected


def _lists(flat: list[Statement], cap: int) -> list[list[int]]:
    features = {f for s in flat for f in s.features}
    lists = [[n for n, s in enumerate(flat) if f in s.features] for f in sorted(features)]
    return [ids for ids in lists if 1 < len(ids) <= cap]


@settings(max_examples=200, deadline=None)
@given(entries=st.dictionaries(st.tuples(st.integers(0, 6), st.integers(0, 9)), st.floats(0, 1), max_size=40))
def test_similarities_in_row_then_column_order_as_a_sparse_matrix_orders_them(
    entries: dict[tuple[int, int], float],
) -> None:
    """The summary orders the nonzero similarities (each row and column once) by sorting them, not through a
    sparse matrix: the same rows, columns and values in the same order."""
    row = np.asarray([r for r, _ in entries], dtype=np.int32)
    col = np.asarray([c for _, c in entries], dtype=np.int32)
    data = np.asarray(list(entries.values()), dtype=np.float64)
    found = sparse.csr_matrix((data, (row, col)), shape=(7, 10))
    found.sort_indices()
    expected = found.tocoo()
    order = np.lexsort((col, row))
    assert row[order].tolist() == expected.row.tolist()
    assert col[order].tolist() == expected.col.tolist()
    assert data[order].tolist() == expected.data.tolist()
