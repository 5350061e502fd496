"""How long one story of 50 articles takes to align and judge (issues #9, #14 target: under 1 s on one core).

The story is built from ../shared/eval texts with their gold quotations as
input: the five seed articles six times over (30 articles whose quotations
all align with one another: the worst case, every remark printed by many
outlets) and 20 GenderGapTracker articles (quotations from unrelated stories:
the candidates that must be ruled out). Prints the best of five runs, wall-clock and CPU time (the machine is shared).

Then the case of issue #12: one quote-heavy article (every GenderGapTracker
dev quotation in one body) and its word-for-word reprint. Candidate pairs come
from a prefix index (see compare/utterances.py), so the time grows with the
quotations, not with their square.

    .venv/bin/python benchmarks/verdicts.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import msgspec

from _common import EVAL
from gold_story import gold_analyses
from newsfuse.compare.utterances import align_utterances
from newsfuse.model import Article, ArticleAnalysis, Span


def story() -> list:  # type: ignore[type-arg]
    seeds = EVAL.parent / "seeds"
    analyses = []
    for copy in range(6):
        analyses += gold_analyses(seeds, EVAL / "starmer-trump-2025.quotes.jsonl", prefix=f"c{copy}-")
    ggt = gold_analyses(EVAL / "ggt-dev" / "articles", EVAL / "ggt-dev" / "quotes.jsonl")
    return analyses + ggt[: 50 - len(analyses)]


def reprint_pair() -> list:  # type: ignore[type-arg]
    """One article holding every GenderGapTracker dev quotation, and a reprint of it."""
    ggt = gold_analyses(EVAL / "ggt-dev" / "articles", EVAL / "ggt-dev" / "quotes.jsonl")
    body = ""
    quotes = []
    for analysis in ggt:
        offset = len(body)
        body += analysis.article.body + "\n"
        for quote in analysis.quotes:
            spans = tuple(Span(sp.start + offset, sp.end + offset) for sp in quote.spans)
            quotes.append(msgspec.structs.replace(quote, article="big", spans=spans, id=f"big-{quote.id}"))
    big = ArticleAnalysis(article=Article(id="big", source="big.txt", body=body), quotes=tuple(quotes))
    copy = [msgspec.structs.replace(q, article="copy", id=f"copy-{q.id}") for q in quotes]
    reprint = ArticleAnalysis(article=Article(id="copy", source="copy.txt", body=body), quotes=tuple(copy))
    return [big, reprint]


def best_of(runs: int, analyses: list) -> tuple[float, float, int]:  # type: ignore[type-arg]
    wall = cpu = float("inf")
    count = 0
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        _, utterances = align_utterances("bench", analyses)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
        count = len(utterances)
    return wall, cpu, count


def main() -> None:
    if not EVAL.exists():
        print("../shared/eval is absent: nothing to measure")
        return
    analyses = story()
    quotes = sum(len(a.quotes) for a in analyses)
    wall, cpu, utterances = best_of(5, analyses)
    print(
        f"verdicts: {len(analyses)} articles, {quotes} quotations, {utterances} utterances: "
        f"{wall:.3f} s wall, {cpu:.3f} s CPU (best of 5, one process; target < 1 s)"
    )
    pair = reprint_pair()
    wall, cpu, utterances = best_of(3, pair)
    print(
        f"verdicts: one article of {len(pair[0].quotes)} quotations and its reprint, {utterances} utterances: "
        f"{wall:.3f} s wall, {cpu:.3f} s CPU (best of 3)"
    )


if __name__ == "__main__":
    main()
