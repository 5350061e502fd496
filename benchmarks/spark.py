"""The Spark job against single-process ``analyze``, and the cost of story grouping as the input doubles.

    .venv/bin/python benchmarks/spark.py [--articles 10000] [--doublings 3] [--skip-analyze]

Corpus: the synthetic events of ``benchmarks/cluster.py`` (real eval
sentences recombined into events covered by several outlets), written as
one JSON Lines file. Printed, measured in one run:

1. ``analyze`` on that file in this process (one core): articles/s;
2. ``newsfuse spark`` on it with ``local[1]`` and ``local[2]``: articles/s
   (wall time of the whole job, JVM start excluded: the session is started
   first), and BCubed F1 of the job's stories against ``analyze``'s;
3. story grouping alone (:func:`newsfuse.spark.grouping.group_stories`) on
   N, 2N, 4N ... articles (``--doublings``) with ``local[2]``: seconds and
   the growth exponent between the first and the last size (1.0 is linear).

Needs the ``spark`` extra and Java.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from cluster import build_corpus  # noqa: E402
from test_spark import bcubed_f1  # noqa: E402


def write_corpus(path: Path, size: int, seed: int) -> None:
    analyses, _ = build_corpus(size, seed)
    with path.open("w", encoding="utf-8") as out:
        for analysis in analyses:
            a = analysis.article
            out.write(json.dumps({"title": a.title, "text": a.body, "published": a.published, "url": a.source}) + "\n")


def time_analyze(path: Path) -> tuple[float, dict[str, str]]:
    from newsfuse import analyze

    start = time.perf_counter()
    report = analyze([path])
    seconds = time.perf_counter() - start
    return len(report.articles) / seconds, {a: s.id for s in report.stories for a in s.articles}


def time_job(path: Path, master: str, out: Path) -> tuple[float, dict[str, str]]:
    import pyarrow.parquet as pq

    from newsfuse.spark.job import run_job, spark_session

    spark = spark_session(master)
    spark.range(1).count()  # the JVM and the first workers are up before the clock starts
    try:
        start = time.perf_counter()
        result = run_job([str(path)], str(out), spark=spark)
        seconds = time.perf_counter() - start
    finally:
        spark.stop()
    stories = {a: row["id"] for row in pq.read_table(out / "stories").to_pylist() for a in row["articles"]}
    return result.articles / seconds, stories


def time_grouping(sizes: list[int], seed: int) -> list[tuple[int, float, dict[str, int]]]:
    import msgspec

    from newsfuse.options import ClusterOptions
    from newsfuse.spark.grouping import group_stories
    from newsfuse.spark.job import spark_session
    from newsfuse.stories.features import extract_features

    spark = spark_session("local[2]")
    spark.range(1).count()
    encode = msgspec.msgpack.Encoder().encode
    rows = []
    try:
        for size in sizes:
            analyses, _ = build_corpus(size, seed)
            feats = [extract_features(a.article) for a in analyses]
            frame = spark.createDataFrame(
                [(f.id, f.day, encode(f), list(f.terms)) for f in feats],
                "id string, day long, features binary, term_keys array<string>",
            )
            start = time.perf_counter()
            placed, figures = group_stories(spark, frame, ClusterOptions())
            placed.count()
            rows.append((size, time.perf_counter() - start, figures))
    finally:
        spark.stop()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--doublings", type=int, default=2, help="grouping sizes: N, 2N, ... (2: N, 2N, 4N)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-analyze", action="store_true", help="only the grouping measurement")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.articles, args.seed)
        if not args.skip_analyze:
            rate, single = time_analyze(corpus)
            print(f"analyze, one process: {args.articles} articles, {rate:.1f} articles/s")
            for master in ("local[1]", "local[2]"):
                rate, stories = time_job(corpus, master, Path(tmp) / master.replace("[", "").replace("]", ""))
                agreement = bcubed_f1(single, stories)
                print(f"spark {master}: {rate:.1f} articles/s; stories vs analyze BCubed F1 {agreement:.3f}")
    sizes = [args.articles * 2**k for k in range(args.doublings + 1)]
    timed = time_grouping(sizes, args.seed)
    for size, seconds, figures in timed:
        print(f"grouping {size} articles: {seconds:.1f} s ({figures})")
    if len(timed) > 1:
        (n0, t0, _), (n1, t1, _) = timed[0], timed[-1]
        print(f"grouping growth exponent {math.log(t1 / t0) / math.log(n1 / n0):.2f} from {n0} to {n1} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
