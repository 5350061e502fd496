"""The memory figures the pool's code states (``newsfuse.parallel``, ``compare.semantic``), measured (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/parallel_memory.py [FILE.jsonl] [--articles 2000] [--pieces 5]

Prints:

- ``findings``: the story stages' findings of a ``--jobs 2`` run on the
  first ``--articles`` articles of FILE, as the workers send them (msgpack bytes, :class:`newsfuse.parallel.Findings`)
  and once decoded (Python objects, one string per value; the same pieces
  decoded again afterwards under ``tracemalloc``: what decoding allocates and keeps);
- ``trim``: what :func:`newsfuse.parallel.trim_memory` costs and gives back
  after a piece of work, as a worker runs it (``--pieces`` pieces of four
  times :func:`newsfuse.runner.piece_size` articles, so that their stories
  have members, analysed and their stories
  compared in this process, then the worker's word caches and sentence
  vectors forgotten): milliseconds of wall time and MB of resident memory
  handed back, median and largest;
- ``sentence vectors``: the bytes of one entry of the sentence-vector cache
  of :mod:`newsfuse.compare.semantic` (its vector, its sentence, its slot in
  the dict; the mean over the entries those pieces cached) and of a full
  cache (``CACHE_SIZE`` entries): what a worker that never forgot them would
  hold (nothing where the embedding model is not installed).

The corpus: ``/tmp/newsfuse-bench/c2000.jsonl`` (``benchmarks/parallel.py``
writes it). Linux only (reads ``/proc/self/statm``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from newsfuse import parallel
from newsfuse.compare import semantic
from newsfuse.ingest import link_reprints, read_paths
from newsfuse.model import Article, ArticleAnalysis
from newsfuse.options import Options
from newsfuse.pipeline import analyze_articles
from newsfuse.runner import analyse_articles, piece_size, run_story
from newsfuse.stories import cluster_articles
from parallel import CORPUS, ensure_corpus

MB = 1e6


def _resident() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def findings_sizes(articles: list[Article]) -> tuple[int, int, int]:
    """Encoded bytes and decoded bytes of the findings of a two-job run, and its stories."""
    pieces: list[tuple[range, bytes]] = []
    real = parallel.Findings.add

    def add(self: parallel.Findings, indices: range, data: bytes) -> None:
        pieces.append((indices, data))
        real(self, indices, data)

    parallel.Findings.add = add  # type: ignore[method-assign]
    try:
        stories = len(analyze_articles(articles, Options(jobs=2)).stories)
    finally:
        parallel.Findings.add = real  # type: ignore[method-assign]
    again = parallel.Findings(stories)
    tracemalloc.start()
    try:
        for indices, data in pieces:
            again.add(indices, data)
        decoded = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    again.decode()
    return sum(len(data) for _, data in pieces), decoded, stories


def trims(articles: list[Article], pieces: int) -> tuple[list[float], list[int], list[tuple[int, int]]]:
    """Per piece of work done here as a worker does it: the trim's wall seconds, the bytes it handed back, and
    the sentence-vector cache before it was forgotten (bytes, entries)."""
    options = Options(jobs=1)
    size = piece_size(len(articles), 2)
    seconds, handed, vectors = [], [], []
    for n in range(pieces):
        piece = articles[n * size * 4 : (n + 1) * size * 4]  # four pieces' articles: their stories have members
        analyses, _ = analyse_articles(piece, options)
        by_id = {a.article.id: a for a in analyses}
        for story in cluster_articles([ArticleAnalysis(article=a.article) for a in analyses], options.cluster):
            run_story(story, [by_id[i] for i in story.articles if i in by_id], options)
        vectors.append((_cache_bytes(), len(semantic._cache)))
        parallel._empty_caches()
        before = _resident()
        start = time.perf_counter()
        parallel.trim_memory()
        seconds.append(time.perf_counter() - start)
        handed.append(before - _resident())
    return seconds, handed, vectors


def _cache_bytes() -> int:
    cache = semantic._cache
    return sum(v.nbytes + sys.getsizeof(v) + sys.getsizeof(k) for k, v in cache.items()) + sys.getsizeof(cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--pieces", type=int, default=5)
    args = parser.parse_args()
    if args.file == CORPUS:
        ensure_corpus(CORPUS)
    articles = link_reprints([a for a in read_paths([args.file], Options()) if isinstance(a, Article)][: args.articles])
    encoded, decoded, stories = findings_sizes(articles)
    print(
        f"findings of {len(articles)} articles ({stories} stories), --jobs 2: encoded {encoded / MB:.1f} MB, "
        f"decoded {decoded / MB:.1f} MB ({decoded / encoded:.2f}x)"
    )
    seconds, handed, vectors = trims(articles, args.pieces)
    print(
        f"trim after a piece ({len(seconds)} pieces): {1000 * statistics.median(seconds):.1f} ms median, "
        f"{1000 * max(seconds):.1f} ms largest; handed back {statistics.median(handed) / MB:.1f} MB median, "
        f"{max(handed) / MB:.1f} MB largest"
    )
    cached = sum(n for _, n in vectors)
    if not cached:
        print("sentence vectors: none cached (no embedding model installed)")
        return
    per_entry = sum(b for b, _ in vectors) / cached
    print(
        f"sentence vectors: {per_entry / 1000:.2f} KB per cached sentence (mean of {cached:,}), "
        f"{per_entry * semantic.CACHE_SIZE / MB:.0f} MB when full ({semantic.CACHE_SIZE:,} sentences); "
        f"a piece of work cached {statistics.median(b for b, _ in vectors) / MB:.1f} MB (median) before it forgot"
    )


if __name__ == "__main__":
    main()
