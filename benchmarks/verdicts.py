"""How long one story of 50 articles takes to align and judge (issue #9 target: under 1 s on one core).

The story is built from ../shared/eval texts with their gold quotations as
input: the five seed articles six times over (30 articles whose quotations
all align with one another: the worst case, every remark printed by many
outlets) and 20 GenderGapTracker articles (quotations from unrelated stories:
the candidates that must be ruled out). Prints the best of five runs, wall-clock and CPU time (the machine is shared).

    .venv/bin/python benchmarks/verdicts.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_story import gold_analyses
from newsfuse.compare.utterances import align_utterances

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def story() -> list:  # type: ignore[type-arg]
    seeds = EVAL.parent / "seeds"
    analyses = []
    for copy in range(6):
        analyses += gold_analyses(seeds, EVAL / "starmer-trump-2025.quotes.jsonl", prefix=f"c{copy}-")
    ggt = gold_analyses(EVAL / "ggt-dev" / "articles", EVAL / "ggt-dev" / "quotes.jsonl")
    return analyses + ggt[: 50 - len(analyses)]


def main() -> None:
    if not EVAL.exists():
        print("../shared/eval is absent: nothing to measure")
        return
    analyses = story()
    quotes = sum(len(a.quotes) for a in analyses)
    wall = cpu = float("inf")
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        _, utterances = align_utterances("bench", analyses)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    print(
        f"verdicts: {len(analyses)} articles, {quotes} quotations, {len(utterances)} utterances: "
        f"{wall:.3f} s wall, {cpu:.3f} s CPU (best of 5, one process; target < 1 s)"
    )


if __name__ == "__main__":
    main()
