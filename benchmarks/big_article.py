"""One very long, valid article: does the analysis grow linearly with its length?

Issue #12 asks that a valid article just under the 20 MB limit finishes in
reasonable time. This script invents articles of growing size (paragraphs of
plain words, a quotation with a named speaker and two numbers in each: the
shapes every stage works on; a fixed seed, no evaluation text), analyses each
with ``newsfuse.analyze`` and prints the processor seconds and the seconds per
megabyte. Per-megabyte figures that stay flat mean linear cost; figures that
grow with the size show a stage that is still quadratic, and
``--profile`` names it.

    python benchmarks/big_article.py [--sizes 0.1 0.2 0.4] [--profile] [--stages] [--memory]

``--stages`` prints the processor seconds of each phase (reading, each
per-article stage, clustering, each story stage) per megabyte, so the one
that grows faster than the size stands out; ``--memory`` adds the peak of
Python's allocations (tracemalloc, which slows everything several times).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import random
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import profile_table
from newsfuse import Options, analyze
from newsfuse.model import Article
from newsfuse.runner import collecting_rarely, default_pipeline

FIRST = ["Anna", "Peter", "Maria", "John", "Lena", "Omar", "Keiko", "Raul", "Ingrid", "Tomas"]
LAST = ["Smith", "Novak", "Garcia", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Haddad", "Brennan"]
WORDS = [
    "the",
    "council",
    "approved",
    "new",
    "budget",
    "for",
    "roads",
    "schools",
    "and",
    "hospitals",
    "after",
    "long",
    "debate",
    "in",
    "chamber",
    "on",
    "tuesday",
    "evening",
]


def invent(size_bytes: int, seed: int = 1) -> str:
    """An invented article of at most ``size_bytes`` bytes in UTF-8 (the unit of the 20 MB input limit)."""
    rng = random.Random(seed)
    out = ["City council approves the budget", ""]
    total = 0
    while total < size_bytes:
        said = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize()
        text = " ".join(rng.choice(WORDS) for _ in range(20)).capitalize()
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        paragraph = (
            f"{text}. “{said},” said {name}, who spent {rng.randint(2, 900)} days on it. "
            f"The vote was {rng.randint(10, 99)} to {rng.randint(1, 9)}."
        )
        size = len(paragraph.encode("utf-8")) + 2
        if total + size > size_bytes:
            break
        out += [paragraph, ""]
        total += size
    return "\n".join(out)


def _timed(times: dict[str, float], name: str, work: Callable[[], Any]) -> Any:
    started = time.process_time()
    result = work()
    times[name] = times.get(name, 0.0) + time.process_time() - started
    return result


def stage_times(path: Path, options: Options) -> dict[str, float]:
    """Processor seconds of each phase of ``analyze`` on one article file, phase by phase (the runner's stages)."""
    from newsfuse.ingest.read import read_paths
    from newsfuse.stories.cluster import cluster_articles

    times: dict[str, float] = {}
    pipeline = default_pipeline()
    items = _timed(times, "read", lambda: list(read_paths([path], options)))
    article = next(i for i in items if isinstance(i, Article))
    state: dict[str, Any] = {"article": article}
    with collecting_rarely():
        for stage in pipeline.article_stages:
            state.update(_timed(times, f"article:{stage.name}", functools.partial(stage, state, options)))
    from newsfuse.model import ArticleAnalysis

    analysis = ArticleAnalysis(**{k: state[k] for k in ArticleAnalysis.__struct_fields__ if k in state})
    stories = _timed(times, "cluster", lambda: cluster_articles([analysis], options.cluster))
    story_state: dict[str, Any] = {"story": stories[0], "analyses": (analysis,), "around": (article,)}
    with collecting_rarely():
        for stage in pipeline.story_stages:
            story_state.update(_timed(times, f"story:{stage.name}", functools.partial(stage, story_state, options)))
    return times


def print_stage_table(sizes: list[float], rows: list[dict[str, float]], peaks: list[float | None]) -> None:
    names = sorted(
        {n for r in rows for n in r}, key=lambda n: -max(r.get(n, 0.0) / s for r, s in zip(rows, sizes, strict=True))
    )
    print(f"{'phase':28}" + "".join(f"{size:>9.2f} MB" for size in sizes) + "   (s CPU per MB)")
    for name in [*names, "total"]:
        cells = [
            (sum(r.values()) if name == "total" else r.get(name, 0.0)) / size
            for r, size in zip(rows, sizes, strict=True)
        ]
        print(f"{name:28}" + "".join(f"{c:12.2f}" for c in cells))
    if any(p is not None for p in peaks):
        print(f"{'peak MB (tracemalloc)':28}" + "".join(f"{p or 0:12.0f}" for p in peaks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.2, 0.4], help="sizes in MB")
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    parser.add_argument("--stages", action="store_true", help="seconds per MB of each phase instead of the total")
    parser.add_argument("--memory", action="store_true", help="with --stages: the peak of Python's allocations")
    parser.add_argument("--top", type=int, default=15, help="lines of the profile")
    args = parser.parse_args()
    if args.stages:
        stages_main(args.sizes, args.memory, args.profile, args.top)
        return
    with tempfile.TemporaryDirectory() as folder:
        for n, size in enumerate(args.sizes):
            path = Path(folder, f"big-{size}.txt")
            path.write_text(invent(int(size * 1_000_000)), encoding="utf-8")
            profile = cProfile.Profile() if args.profile and n == len(args.sizes) - 1 else None
            started = time.process_time()
            if profile is not None:
                profile.enable()
            report = analyze([path], Options())
            if profile is not None:
                profile.disable()
            seconds = time.process_time() - started
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{size:6.2f} MB: {seconds:7.1f} s processor time, {seconds / size:6.1f} s/MB, "
                f"{len(report.quotes)} quotations, peak RSS so far {peak:.0f} MB",
                flush=True,
            )
            del report
            if profile is not None:
                print(profile_table(profile, args.top))


def stages_main(sizes: list[float], memory: bool, profile: bool, top: int) -> None:
    rows: list[dict[str, float]] = []
    peaks: list[float | None] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder, f"big-{size}.txt")
            path.write_text(invent(int(size * 1_000_000)), encoding="utf-8")
            if memory:
                tracemalloc.start()
            prof = cProfile.Profile() if profile else None
            if prof is not None:
                prof.enable()
            rows.append(stage_times(path, Options()))
            if prof is not None:
                prof.disable()
                print(f"--- profile at {size} MB")
                print(profile_table(prof, top))
            if memory:
                peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
                tracemalloc.stop()
            else:
                peaks.append(None)
            print(f"{size:.2f} MB done: {sum(rows[-1].values()):.1f} s", flush=True)
    print_stage_table(sizes, rows, peaks)


if __name__ == "__main__":
    main()
