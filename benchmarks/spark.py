"""The Spark job against single-process ``analyze``, and the cost of story grouping as the input doubles.

    nice .venv/bin/python benchmarks/spark.py [--articles 10000] [--doublings 2] [--skip-analyze] [--skip-job]

Corpus: the synthetic events of ``benchmarks/cluster.py`` (real eval
sentences recombined into events covered by several outlets), written as
one JSON Lines file. Printed, measured in one run:

1. ``analyze`` on that file in this process (one core): articles/s;
2. ``newsfuse spark`` on it with ``local[1]`` and ``local[2]``: articles/s
   (wall time of the whole job, JVM start excluded: the session is started
   first), and BCubed F1 of the job's stories against ``analyze``'s;
3. story grouping alone (:func:`newsfuse.spark.grouping.group_stories`) on
   N, 2N, 4N ... articles (``--doublings``) with ``local[2]``, on articles
   already reduced to clustering features (the per-article stages are not
   run: this is the grouping's own cost), with the BCubed F1 of its stories
   against the single-machine index on the same features, the largest
   block's share of the articles (a block is placed by one core), the
   largest storyline slice's share (the articles one replay task reads,
   restored or replayed: :mod:`newsfuse.spark.storylines`), how many times
   the articles the slices read together, and the growth
   exponent between the first and the last size (1.0 is linear).

Every figure is given as wall time and as CPU time (this process and all its
children: the JVM and Spark's Python workers), with the load average when
it was measured: on a shared machine the CPU time is the steadier figure.
The synthetic corpus spreads its events over one year whatever its size, so
doubling the articles doubles how many are published each week: harder
than an archive that doubles by covering twice the time.

Needs the ``spark`` extra and Java.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from cluster import build_corpus  # noqa: E402
from test_spark import bcubed_f1  # noqa: E402


def tree_cpu() -> float:
    """CPU seconds (user + system) of this process and its descendants, live (Linux ``/proc``) or reaped."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(name)] = int(fields[1])
        used[int(name)] = sum(int(fields[i]) for i in (11, 12, 13, 14)) / tick  # utime stime cutime cstime
    me, total = os.getpid(), 0.0
    for pid, seconds in used.items():
        ancestor = parent.get(pid, 0)
        while ancestor not in (0, 1, me):
            ancestor = parent.get(ancestor, 0)
        if ancestor == me:
            total += seconds
    own = os.times()
    return total + own.user + own.system + own.children_user + own.children_system


class Clock:
    """Wall and CPU seconds of one measured step, and the 1-minute load average at its end."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), tree_cpu()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, tree_cpu() - self.cpu
        self.load = os.getloadavg()[0]

    def __str__(self) -> str:
        return f"wall {self.wall:.1f} s, CPU {self.cpu:.1f} s, load {self.load:.1f}"


def write_corpus(path: Path, size: int, seed: int) -> None:
    analyses, _ = build_corpus(size, seed)
    with path.open("w", encoding="utf-8") as out:
        for analysis in analyses:
            a = analysis.article
            out.write(json.dumps({"title": a.title, "text": a.body, "published": a.published, "url": a.source}) + "\n")


def time_analyze(path: Path) -> tuple[Clock, int, dict[str, str]]:
    from newsfuse import analyze

    with Clock() as clock:
        report = analyze([path])
    return clock, len(report.articles), {a: s.id for s in report.stories for a in s.articles}


def time_job(path: Path, master: str, out: Path) -> tuple[Clock, int, dict[str, str]]:
    import pyarrow.parquet as pq

    from newsfuse.spark.job import run_job, spark_session

    spark = spark_session(master)
    spark.range(1).count()  # the JVM and the first workers are up before the clock starts
    try:
        with Clock() as clock:
            result = run_job([str(path)], str(out), spark=spark)
    finally:
        spark.stop()
    stories = {a: row["id"] for row in pq.read_table(out / "stories").to_pylist() for a in row["articles"]}
    return clock, result.articles, stories


def time_grouping(sizes: list[int], seed: int) -> list[tuple[int, Clock, dict[str, int], float]]:
    """Grouping alone on pre-computed features: the clock, the job's figures, BCubed F1 against the index."""
    import msgspec
    import pandas as pd

    from newsfuse.options import ClusterOptions
    from newsfuse.spark.grouping import group_stories
    from newsfuse.spark.job import spark_session
    from newsfuse.stories import cluster_features
    from newsfuse.stories.features import extract_features

    spark = spark_session("local[2]")
    spark.range(1).count()
    encode = msgspec.msgpack.Encoder().encode
    rows = []
    try:
        for size in sizes:
            analyses, _ = build_corpus(size, seed)
            feats = [extract_features(a.article) for a in analyses]
            table = pd.DataFrame(
                {
                    "id": [f.id for f in feats],
                    "day": pd.array([f.day for f in feats], dtype="Int64"),
                    "features": [encode(f) for f in feats],
                    "term_keys": [list(f.terms) for f in feats],
                }
            )
            frame = spark.createDataFrame(table, "id string, day long, features binary, term_keys array<string>")
            frame = frame.localCheckpoint()  # the features are in Spark before the clock starts
            with Clock() as clock:
                placed, figures = group_stories(spark, frame, ClusterOptions())
                found = {row["article"]: row["story"] for row in placed.select("article", "story").collect()}
            single = {a: s.id for s in cluster_features(feats) for a in s.articles}
            rows.append((size, clock, figures, bcubed_f1(single, found)))
    finally:
        spark.stop()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--doublings", type=int, default=2, help="grouping sizes: N, 2N, ... (2: N, 2N, 4N)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-analyze", action="store_true", help="no single-process analyze")
    parser.add_argument("--skip-job", action="store_true", help="no whole Spark job (grouping alone only)")
    args = parser.parse_args(argv)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.articles, args.seed)
        if not args.skip_analyze:
            clock, count, single = time_analyze(corpus)
            print(f"analyze, one process: {count} articles, {count / clock.wall:.1f} articles/s ({clock})")
        if not args.skip_job:
            for master in ("local[1]", "local[2]"):
                clock, count, stories = time_job(corpus, master, Path(tmp) / master.strip("]").replace("[", ""))
                line = f"spark {master}: {count} articles, {count / clock.wall:.1f} articles/s ({clock})"
                if not args.skip_analyze:
                    line += f"; stories vs analyze BCubed F1 {bcubed_f1(single, stories):.3f}"
                print(line, flush=True)
    sizes = [args.articles * 2**k for k in range(args.doublings + 1)]
    timed = time_grouping(sizes, args.seed)
    for size, clock, figures, agreement in timed:
        share = figures["largest_block"] / max(1, figures["articles"])
        sliced = figures["largest_slice"] / max(1, figures["articles"])
        read = figures["slice_rows"] / max(1, figures["articles"])
        print(
            f"grouping {size} articles: {clock}; vs the index BCubed F1 {agreement:.3f}; "
            f"largest block {share:.1%} of the articles, largest storyline slice {sliced:.1%}, "
            f"slices together read {read:.2f}x the articles ({figures})"
        )
    if len(timed) > 1:
        (n0, c0, _, _), (n1, c1, _, _) = timed[0], timed[-1]
        growth = math.log(n1 / n0)
        print(
            f"grouping growth exponent from {n0} to {n1} articles: wall {math.log(c1.wall / c0.wall) / growth:.2f}, "
            f"CPU {math.log(c1.cpu / c0.cpu) / growth:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
