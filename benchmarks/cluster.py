"""How long story clustering takes, and how much memory, on a 100,000-article corpus.

The corpus is synthetic but made of real news sentences: the sentences of
the texts in ../shared/eval are recombined into "events" (twelve sentences
drawn from the whole pool, on a day spread over a year) covered by two to
six "outlets" that each print a different subset of the event's sentences,
plus three unrelated ones, within three days. Prints the time (wall and
CPU) and the peak memory (resident set) of clustering it on one core, and
the BCubed F1 against the synthetic events (a sanity check at scale, not a
quality figure: the events are not real news). Then it profiles clustering
(cProfile) on the first ``--profile`` articles (20,000; 0 skips it) and
prints the top entries by own time and by cumulative time, so a slow run
says where its time went.

    .venv/bin/python benchmarks/cluster.py [--articles 100000] [--seed 1] [--profile 20000] [--top 15]

Targets: under 2 minutes and under 4 GB.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import random
import re
import sys
import time
from collections import defaultdict
from datetime import date, timedelta

from _common import EVAL, peak_mb, profile_table
from newsfuse.model import Article, ArticleAnalysis
from newsfuse.options import ClusterOptions
from newsfuse.stories import cluster_articles

_EVENT_SENTENCES = 12
"""Sentences drawn for one synthetic event (each outlet prints a subset)."""
_EXTRA_SENTENCES = 3
"""Unrelated sentences each outlet adds to its copy."""
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")


def source_texts() -> list[list[str]]:
    """Each eval text as a list of its sentences (texts with fewer than eight are skipped)."""
    texts = []
    for path in sorted(EVAL.glob("*/articles/*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        sentences = [s for p in paragraphs[1:] for s in _SENTENCE_END.split(p) if len(s) > 30]
        if len(sentences) >= 8:
            texts.append(sentences)
    return texts


def sentence_pool() -> list[str]:
    """Every sentence of :func:`source_texts`; exits naming :data:`EVAL` where it holds too few to draw events."""
    pool = [s for text in source_texts() for s in text]
    if len(pool) < _EVENT_SENTENCES + _EXTRA_SENTENCES:
        sys.exit(f"benchmark needs {EVAL} (its */articles/*.txt: found {len(pool)} usable sentences)")
    return pool


def build_corpus(size: int, seed: int) -> tuple[list[ArticleAnalysis], dict[str, int]]:
    """``size`` articles and, for each article id, the synthetic event it was drawn from."""
    rng = random.Random(seed)
    pool = sentence_pool()
    start = date(2024, 1, 1)
    analyses: list[ArticleAnalysis] = []
    truth: dict[str, int] = {}
    event = 0
    while len(analyses) < size:
        event += 1
        sentences = rng.sample(pool, _EVENT_SENTENCES)
        day = start + timedelta(days=rng.randrange(365))
        for _ in range(min(rng.randint(2, 6), size - len(analyses))):
            kept = [s for s in sentences if rng.random() < 0.6] or sentences[:3]
            extra = rng.sample(pool, _EXTRA_SENTENCES)
            body_sentences = kept[:2] + extra + kept[2:]
            title = rng.choice(kept)[:90]
            body = " ".join(body_sentences)
            published = (day + timedelta(days=rng.randrange(3))).isoformat()
            article_id = hashlib.sha1(f"{event}/{len(analyses)}/{title}".encode()).hexdigest()[:16]
            article = Article(
                id=article_id, source=f"synthetic/{article_id}.txt", body=body, title=title, published=published
            )
            analyses.append(ArticleAnalysis(article=article))
            truth[article_id] = event
    return analyses, truth


def bcubed(truth: dict[str, int], predicted: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1, from cluster overlap counts (linear, unlike the pairwise definition)."""
    gold_sizes: dict[int, int] = defaultdict(int)
    pred_sizes: dict[str, int] = defaultdict(int)
    both: dict[tuple[int, str], int] = defaultdict(int)
    for item, gold in truth.items():
        gold_sizes[gold] += 1
        pred_sizes[predicted[item]] += 1
        both[(gold, predicted[item])] += 1
    precision = recall = 0.0
    for (gold, pred), n in both.items():
        precision += n * n / pred_sizes[pred]
        recall += n * n / gold_sizes[gold]
    precision /= len(truth)
    recall /= len(truth)
    return precision, recall, 2 * precision * recall / (precision + recall)


def print_profile(analyses: list[ArticleAnalysis], top: int) -> None:
    """Cluster ``analyses`` under cProfile and print the ``top`` entries by own and by cumulative time.

    cProfile slows Python-level calls far more than C-level ones, so the
    shares are a guide to where time goes, not a second timing.
    """
    profiler = cProfile.Profile(time.process_time)  # CPU time: a busy machine does not inflate the figures
    profiler.enable()
    cluster_articles(analyses, ClusterOptions())
    profiler.disable()
    for order in ("tottime", "cumulative"):
        print(f"\nprofile of clustering {len(analyses):,} articles, top {top} by {order}:")
        print(profile_table(profiler, top, order, strip_dirs=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", type=int, default=20_000, help="articles to profile (0: no profile)")
    parser.add_argument("--top", type=int, default=15, help="profile entries shown")
    args = parser.parse_args()
    analyses, truth = build_corpus(args.articles, args.seed)
    gc.collect()
    before = peak_mb()
    started = time.perf_counter()
    cpu_started = time.process_time()
    stories = cluster_articles(analyses, ClusterOptions())
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = peak_mb()
    predicted = {a: s.id for s in stories for a in s.articles}
    print(f"articles: {len(analyses):,}  synthetic events: {len(set(truth.values())):,}  stories: {len(stories):,}")
    print(f"cluster time: {elapsed:.1f} s wall, {cpu:.1f} s CPU ({len(analyses) / elapsed:,.0f} articles/s, one core)")
    print(
        f"peak memory: {peak:,.0f} MB for the process ({before:,.0f} MB before clustering, corpus included;"
        f" {(peak - before) * 1024 / len(analyses):,.1f} KB per article for clustering)"
    )
    precision, recall, f1 = bcubed(truth, predicted)
    print(f"BCubed against the synthetic events: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    ok = elapsed < 120 and peak < 4096
    print(f"target < 120 s and < 4096 MB: {'met' if ok else 'NOT met'}")
    if args.profile > 0:
        print_profile(analyses[: args.profile], args.top)


if __name__ == "__main__":
    main()
