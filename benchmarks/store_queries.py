"""Findings as SQL: how many quotations the store keeps, and how fast one speaker's quotations come back.

Run from the repository root (ingests ../shared/eval/basil-dev, 150 articles, into a scratch store):

    .venv/bin/python benchmarks/store_queries.py [--db FILE] [--repeat 20]

Prints the ``quotes`` table's row count with how many rows have a speaker
and a verdict, then times the query a reader of the store would write for
"every quotation of this person" (with the article's outlet and date), for
every speaker in the store, cold (first run on a fresh connection) and warm
(the median of ``--repeat`` runs): the slowest speaker and the median
speaker, and how many speakers took longer than the target, in wall time
and in CPU time (a fresh connection's opening included); then the CPU
time of the query for the five speakers with the most quotations (on a
shared machine the wall time of a query is mostly the wait for a core).
The target is < 50 ms per speaker, cold.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from _common import BASIL
from newsfuse.store import Store, ingest

ROOT = Path(__file__).resolve().parents[1]
SPEAKER_QUERY = (
    "SELECT q.text, q.verdict, q.reason, a.outlet, a.published, a.title"
    " FROM quotes q JOIN articles a ON a.id = q.article"
    " WHERE q.speaker = ? COLLATE NOCASE ORDER BY a.published"
)
TARGET_MS = 50.0


def timed(connection: sqlite3.Connection, speaker: str) -> float:
    start = time.perf_counter()
    connection.execute(SPEAKER_QUERY, (speaker,)).fetchall()
    return (time.perf_counter() - start) * 1000


def cold_timed(db: Path, speaker: str) -> tuple[float, float]:
    """Wall and CPU time of the query on a fresh connection (opened inside the timing: what a new reader pays)."""
    start, cpu = time.perf_counter(), time.process_time()
    fresh = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    fresh.execute(SPEAKER_QUERY, (speaker,)).fetchall()
    wall, cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    fresh.close()
    return wall, cpu


def cpu_timed(connection: sqlite3.Connection, speaker: str) -> float:
    """CPU time of the query (on a shared machine the wall time is mostly the wait for a core)."""
    start = time.process_time()
    connection.execute(SPEAKER_QUERY, (speaker,)).fetchall()
    return (time.process_time() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", type=Path, default=None, help="a store to read (default: basil-dev ingested now)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db
        if db is None:
            db = Path(scratch) / "basil.db"
            start = time.perf_counter()
            with Store(db) as store:
                result = ingest([BASIL / "articles"], store)
            print(
                f"ingested {result.added} articles into {result.stories} stories in {time.perf_counter() - start:.0f} s"
            )
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        rows, speakers, verdicts = connection.execute(
            "SELECT count(*), count(speaker), count(verdict) FROM quotes"
        ).fetchone()
        print(f"quotes: {rows} rows, {speakers} with a speaker, {verdicts} with a verdict")
        by_verdict = connection.execute("SELECT verdict, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC").fetchall()
        print("verdicts: " + ", ".join(f"{v}: {n}" for v, n in by_verdict))
        counts = connection.execute(
            "SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY 2 DESC"
        ).fetchall()
        names = [name for name, _ in counts]
        connection.close()
        cold_both = [cold_timed(db, name) for name in names]
        cold, cold_cpu = [w for w, _ in cold_both], [c for _, c in cold_both]
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        warm = [statistics.median(timed(connection, name) for _ in range(args.repeat)) for name in names]
        busiest = [min(cpu_timed(connection, name) for _ in range(args.repeat)) for name, _ in counts[:5]]
        plan = connection.execute("EXPLAIN QUERY PLAN " + SPEAKER_QUERY, ("x",)).fetchall()
        connection.close()
    print(f"one speaker's quotations, {len(names)} speakers: cold median {statistics.median(cold):.2f} ms, "
          f"slowest {max(cold):.2f} ms; warm median {statistics.median(warm):.3f} ms, "
          f"slowest {max(warm):.3f} ms")  # fmt: skip
    over_cpu = sum(t >= TARGET_MS for t in cold_cpu)
    print(f"cold CPU (connection opened included): median {statistics.median(cold_cpu):.2f} ms, "
          f"slowest {max(cold_cpu):.2f} ms; over {TARGET_MS:.0f} ms: {over_cpu}")  # fmt: skip
    print(f"speakers over {TARGET_MS:.0f} ms cold (wall): {sum(t >= TARGET_MS for t in cold)}; the busiest speakers, "
          "quotations and CPU per query (best of --repeat): "
          + ", ".join(f"{n} ({c}) {t:.1f} ms" for (n, c), t in zip(counts, busiest, strict=False)))  # fmt: skip
    print(f"load average {' '.join(f'{v:.1f}' for v in os.getloadavg())} on {os.cpu_count()} cores")
    print("plan: " + "; ".join(str(step[-1]) for step in plan))
    verdict = "PASS" if rows >= 500 and max(cold) < TARGET_MS else "FAIL"
    print(f"target: >= 500 quotes and < {TARGET_MS:.0f} ms per speaker: {verdict}")


if __name__ == "__main__":
    main()
