"""Time of every story stage on a 50-article story, the embedding model included (issue #15).

Usage: ``.venv/bin/python benchmarks/story_stages.py [--cold N [--against TREE] | --profile]`` from the repository
root.

Builds the 50-article story of ``benchmarks/reuse_summary.py`` (25 basil-dev
articles and a cut, reordered reprint of each) and times, in one fresh
process:

- loading the embedding model (once per process, :func:`newsfuse.compare.semantic.embedder`);
- ``compare_story`` on the story (speakers, reuse, sources, utterances,
  entities, claims, conflicts, timeline, summary), first call (model loaded
  on the way) and the median of three more;
- claims and conflicts alone;
- the hostile case of issue #12: one article of a single 60,000-character
  paragraph without a sentence end, and its reprint, through claims.

The target: the story stages under one second for the 50-article story,
the model's load included. CPU time is printed beside wall time because the
machine may be shared (CPU time counts every thread of the process, the
tokenizer's included).

``--cold N`` measures that target as a user meets it: N fresh processes,
each analysing the story's articles (not timed) and then running
``compare_story`` once, the embedding model loaded on the way; it prints
the median of the N wall and CPU times, each with its 95% bootstrap
interval over the runs (:func:`_common.bootstrap_interval`), how many runs
stayed under the second, and the top entries of one more such process's
profile (own time and cumulative; cProfile's overhead inflates the times,
the order is what it shows). ``--profile`` prints that profile alone.

``--cold N --against TREE`` alternates each fresh process with one of
another source tree (a checkout of main before a change: its ``src`` and
its own copy of this script), the order swapped every other run, since the
machine changes speed in phases: it prints both medians, the paired
difference of CPU time with its 95% interval, and the load average seen.
Measured so (2 Dec 2026, 15 pairs, load 6.2-7.0): main ``2f3cd76`` plus
perf16's changes 0.700 s CPU [0.633, 0.844], 15 of 15 under 1 s, against
main 0.794 s [0.757, 1.013], 11 of 15; paired difference -0.136 s
[-0.167, -0.087].
"""

from __future__ import annotations

import cProfile
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import bootstrap_interval, profile_table  # noqa: E402
from newsfuse.article import analyse_article  # noqa: E402
from newsfuse.compare.claims import find_claims  # noqa: E402
from newsfuse.compare.conflicts import find_conflicts  # noqa: E402
from newsfuse.compare.semantic import embedder  # noqa: E402
from newsfuse.compare.story import compare_story  # noqa: E402
from newsfuse.model import Article, SourceGroup, Story  # noqa: E402
from reuse_summary import BASIL, read_story, reprint  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def stage_times(analyses: list) -> dict[str, float]:  # type: ignore[type-arg]
    """CPU time of each story stage, in pipeline order."""
    from newsfuse.compare.entities import resolve_entities
    from newsfuse.compare.reuse import find_reuse
    from newsfuse.compare.sources import independent_sources
    from newsfuse.compare.speakers import resolve_story_speakers
    from newsfuse.compare.summary import summarise
    from newsfuse.compare.timeline import build_timeline
    from newsfuse.compare.utterances import align_utterances

    out: dict[str, float] = {}

    def run(name: str, fn):  # type: ignore[no-untyped-def]
        start = time.process_time()
        result = fn()
        out[name] = round(time.process_time() - start, 3)
        return result

    resolved = run("speakers", lambda: resolve_story_speakers(analyses))
    reuse, originality = run("reuse", lambda: find_reuse("s", resolved))
    sources = run("sources", lambda: independent_sources("s", resolved, reuse))
    quotes, _ = run("utterances", lambda: align_utterances("s", resolved))
    entities = run("entities", lambda: resolve_entities("s", resolved))
    claims = run("claims", lambda: find_claims("s", resolved, sources))
    run("conflicts", lambda: find_conflicts("s", resolved, claims=claims))
    run("timeline", lambda: build_timeline("s", resolved))
    run("summary", lambda: summarise("s", resolved, sources, quotes, originality, entities))
    out["total"] = round(sum(out.values()), 3)
    return out


def fifty() -> tuple[Story, list]:  # type: ignore[type-arg]
    """The 50-article story: 25 basil-dev articles and a cut, reordered reprint of each."""
    files = sorted((BASIL / "articles").glob("*.txt"))[:25]
    originals = read_story(files)
    analyses = originals + [analyse_article(reprint(a.article, n)) for n, a in enumerate(originals)]
    return Story(id="s", label="bench", articles=tuple(a.article.id for a in analyses)), analyses


def once() -> None:
    """One fresh process's first ``compare_story``, the model loaded on the way, as JSON."""
    story, analyses = fifty()
    _, wall, cpu = timed(lambda: compare_story(story, analyses))
    print(json.dumps({"wall": wall, "cpu": cpu, "model": embedder.cache_info().currsize == 1}))


PROFILE_TOP = 15
"""Entries of the first call's profile printed (``--profile``, and after ``--cold``)."""


def profiled() -> None:
    """One fresh process's first ``compare_story`` (the model loaded on the way) under cProfile: its top entries."""
    story, analyses = fifty()
    profiler = cProfile.Profile()
    profiler.runcall(compare_story, story, analyses)
    for order in ("tottime", "cumulative"):
        print(f"first compare_story, top {PROFILE_TOP} by {order}:")
        print(profile_table(profiler, PROFILE_TOP, order))


def _median_line(name: str, values: list[float]) -> str:
    low, high = bootstrap_interval(values, statistics.median)
    return f"{name} median {statistics.median(values):.3f}s [{low:.3f}, {high:.3f}]"


def cold(runs: int) -> None:
    """The median over ``runs`` fresh processes of :func:`once`, with its 95% interval, then the profile."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, __file__, "--once"], capture_output=True, text=True, check=True, cwd=ROOT
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    walls = sorted(r["wall"] for r in results)
    cpus = sorted(r["cpu"] for r in results)
    under = sum(c < 1.0 for c in cpus), sum(w < 1.0 for w in walls)
    print(
        f"cold processes: {runs}, model loaded in each: {all(r['model'] for r in results)}; story stages with the "
        f"model's load, 95% bootstrap intervals over the runs: {_median_line('cpu', cpus)}, "
        f"{_median_line('wall', walls)}; under 1 s: {under[0]}/{runs} cpu, {under[1]}/{runs} wall"
    )
    print(f"cpu {[round(c, 3) for c in cpus]}\nwall {[round(w, 3) for w in walls]}")
    done = subprocess.run([sys.executable, __file__, "--profile"], capture_output=True, text=True, check=True, cwd=ROOT)
    print(done.stdout, end="")


def _once_in(tree: Path) -> dict[str, float]:
    """One :func:`once` in a fresh process of ``tree``'s sources and its own copy of this script."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    script = tree / "benchmarks" / "story_stages.py"
    done = subprocess.run(
        [sys.executable, str(script), "--once"], capture_output=True, text=True, check=True, cwd=tree, env=env
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def against(runs: int, other: Path) -> None:
    """``runs`` fresh processes of this tree alternated with as many of ``other`` (the order swapped every other
    run): both medians with their 95% intervals, the paired CPU difference and the load average seen."""
    trees = (ROOT, other.resolve())
    results: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
    loads = []
    for n in range(runs):
        for tree in trees if n % 2 == 0 else trees[::-1]:
            results[tree].append(_once_in(tree))
        loads.append(os.getloadavg()[0])
    for tree in trees:
        cpus = sorted(r["cpu"] for r in results[tree])
        walls = sorted(r["wall"] for r in results[tree])
        under = sum(c < 1.0 for c in cpus)
        print(f"{tree}: {_median_line('cpu', cpus)}, under 1 s {under}/{runs}; {_median_line('wall', walls)}")
    differences = [a["cpu"] - b["cpu"] for a, b in zip(results[ROOT], results[trees[1]], strict=True)]
    low, high = bootstrap_interval(differences, statistics.median)
    middle = statistics.median(differences)
    print(f"paired cpu difference (this tree - {trees[1]}): median {middle:+.3f}s [{low:+.3f}, {high:+.3f}]")
    seen = f"{min(loads):.2f}-{max(loads):.2f}, median {statistics.median(loads):.2f}"
    print(f"load average (1 minute) over the runs: {seen}")


def main() -> int:
    if not BASIL.exists():
        print(f"{BASIL} is absent: nothing to measure")
        return 0
    if "--once" in sys.argv:
        once()
        return 0
    if "--profile" in sys.argv:
        profiled()
        return 0
    if "--cold" in sys.argv:
        count = int(sys.argv[sys.argv.index("--cold") + 1])
        if "--against" in sys.argv:
            against(count, Path(sys.argv[sys.argv.index("--against") + 1]))
        else:
            cold(count)
        return 0
    story, analyses = fifty()
    sentences = sum(len(a.sentences) for a in analyses)

    model, load_wall, load_cpu = timed(embedder)
    print(
        f"embedding model: {'loaded' if model is not None else 'absent'} in {load_wall:.3f}s wall, {load_cpu:.3f}s cpu"
    )
    _, first_wall, first_cpu = timed(lambda: compare_story(story, analyses))
    runs = [timed(lambda: compare_story(story, analyses)) for _ in range(3)]
    wall = statistics.median(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)
    print(f"story stages, {len(analyses)} articles, {sentences} sentences: first {first_wall:.3f}s wall; "
          f"then median {wall:.3f}s wall, {cpu:.3f}s cpu")  # fmt: skip
    print(f"with the model's load: {load_wall + first_wall:.3f}s wall, {load_cpu + first_cpu:.3f}s cpu")
    print("per stage, cpu seconds (second pass):", stage_times(analyses))
    groups = [SourceGroup(story="s", articles=(a.article.id,)) for a in analyses]
    claims, claims_wall, claims_cpu = timed(lambda: find_claims("s", analyses, groups))
    _, conflicts_wall, conflicts_cpu = timed(lambda: find_conflicts("s", analyses, claims=claims))
    print(
        f"claims {claims_wall:.3f}s wall {claims_cpu:.3f}s cpu; "
        f"conflicts {conflicts_wall:.3f}s wall {conflicts_cpu:.3f}s cpu"
    )

    paragraph = " ".join(f"the harbour board member number {n} spoke against the levy on freight" for n in range(900))
    hostile = [
        analyse_article(Article(id="long", source="long", body=paragraph)),
        analyse_article(Article(id="copy", source="copy", body="From the agency: " + paragraph)),
    ]
    one = [SourceGroup(story="h", articles=("long",)), SourceGroup(story="h", articles=("copy",))]
    claims, hostile_wall, hostile_cpu = timed(lambda: find_claims("h", hostile, one))
    print(
        f"hostile: one {len(paragraph):,}-character paragraph and its reprint through claims: "
        f"{hostile_wall:.3f}s wall, {hostile_cpu:.3f}s cpu ({len(claims)} claims)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
