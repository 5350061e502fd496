"""How fast ``newsfuse serve`` answers: 20 concurrent clients on ``/`` and ``/stories/{id}`` for 30 s.

Run from the repository root:

    .venv/bin/python benchmarks/serve.py [--articles 10000] [--clients 20] [--seconds 30] [--cache DIR]

The store is built by the real ingest, once: ``--articles`` synthetic
articles (the generator of ``benchmarks/cluster.py``: events recombined
from the sentences of the texts in ../shared/eval, two to six outlets each,
here given outlet names from a pool of 40) are written as JSON Lines and
ingested with ``nice newsfuse ingest --jobs 2`` into ``DIR/serve-N.db``
(default DIR: /tmp/newsfuse-bench), and the time it took is printed. A
later run finds the store there and runs the same ingest again, which
analyses nothing (every article is stored) but renders again the story
pages an edited newsfuse would render differently; its time is printed too.

Then, against ``python -m newsfuse serve`` in its own process on a free
port of 127.0.0.1 (nothing else is ever asked):

1. **CPU per answer, cold and warm**: 200 distinct story pages and 200
   distinct index queries asked one at a time of a fresh server (cold: the
   story pages come from the ``pages`` table the ingest filled), then the
   same again (warm: from the server's memory); the server's CPU time per
   answer from /proc. Beside it, the CPU a story page costs to render from
   the findings tables (what a cold answer would cost without kept pages),
   measured in this process.
2. **Load**: a fresh server; ``--clients`` keep-alive HTTP/1.1
   connections (a lean asyncio client, :class:`Connection`: it costs a
   fraction of what the server does per answer, as wrk or oha would, so
   the two do not fight over the cores as much), each asking in turn for
   the index (a random page, or filtered by one of the store's outlets or
   speakers, a verdict, or a word of a title) and for a random story of the
   store, for ``--seconds``. Printed: answers, errors, p50/p95/p99 per
   route, for URLs asked the first time and again, and overall (the target
   is p95 < 200 ms with no errors), the server's CPU per answer and the
   clients' own, apart, and the load average before and after: on a shared
   machine the latencies measure the queue for a core as much as the
   server, the CPU time does not.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import EVAL
from cluster import build_corpus  # the synthetic corpus of the clustering benchmark

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = [f"{a} {b}" for a in ("Northern", "Coastal", "Capital", "Evening", "Daily") for b in
           ("Herald", "Courier", "Post", "Times", "Gazette", "Standard", "Echo", "Ledger")]  # fmt: skip
TARGET_P95_MS = 200.0
SPEAKERS = "SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC LIMIT 200"
PROBES = 200
"""Distinct story pages and index queries asked for the cold/warm CPU figures."""


def write_corpus(path: Path, articles: int, seed: int = 1) -> None:
    """``articles`` synthetic articles as JSON Lines, each with an outlet of the pool and a date."""
    rng = random.Random(seed + 4)
    analyses, _ = build_corpus(articles, seed)
    with path.open("w", encoding="utf-8") as out:
        for analysis in analyses:
            article = analysis.article
            record = {"text": article.body, "title": article.title, "published": article.published,
                      "outlet": rng.choice(OUTLETS), "url": f"https://example.org/{article.id}"}  # fmt: skip
            out.write(json.dumps(record) + "\n")


def ingest_store(db: Path, corpus: Path) -> float:
    """``nice newsfuse ingest --jobs 2`` of the corpus into ``db``; returns the wall time."""
    start = time.perf_counter()
    subprocess.run(
        ["nice", sys.executable, "-m", "newsfuse", "ingest", str(corpus), "--db", str(db), "--jobs", "2"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def build_store(cache: Path, articles: int) -> Path:
    """The benchmark's store in ``cache``: ingested now if absent, else brought up to date by a second ingest."""
    cache.mkdir(parents=True, exist_ok=True)
    db, corpus = cache / f"serve-{articles}.db", cache / f"serve-{articles}.jsonl"
    if not corpus.exists():
        if not EVAL.exists():
            raise SystemExit(f"the synthetic corpus is made from {EVAL}, which is absent")
        write_corpus(corpus, articles)
    fresh = not db.exists()
    seconds = ingest_store(db, corpus)
    what = "ingested" if fresh else "ingested again (nothing new to analyse; outdated pages rendered again)"
    print(f"store: {articles} articles {what} in {seconds:.0f} s wall ({db})")
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "newsfuse", "serve", "--db", str(db), "--port", str(port)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("the server did not start in 120 s")


def store_samples(db: Path) -> dict[str, list[str]]:
    """Story ids, outlets, speakers and title words of the store, for the clients to ask about."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        stories = [r[0] for r in connection.execute("SELECT id FROM stories")]
        outlets = [r[0] for r in connection.execute("SELECT name FROM outlets")]
        speakers = [r[0] for r in connection.execute(SPEAKERS)]
        titles = [r[0] or "" for r in connection.execute("SELECT title FROM articles ORDER BY seq LIMIT 2000")]
        (count,) = connection.execute("SELECT count(*) FROM articles").fetchone()
    finally:
        connection.close()
    words = sorted({w.lower() for t in titles for w in t.split() if w.isalpha() and len(w) > 5})
    print(f"store: {count} articles, {len(stories)} stories, {len(outlets)} outlets, {len(speakers)} speakers sampled")
    return {"stories": stories, "outlets": outlets, "speakers": speakers, "words": words}


def index_queries(rng: random.Random, samples: dict[str, list[str]]) -> list[Any]:
    pages = max(1, len(samples["stories"]) // 25)
    return [
        lambda: {"page": str(rng.randint(1, pages))},
        lambda: {"outlet": rng.choice(samples["outlets"])},
        lambda: {"speaker": rng.choice(samples["speakers"])} if samples["speakers"] else {},
        lambda: {"verdict": rng.choice(["altered", "variant", "corroborated"]), "page": str(rng.randint(1, 5))},
        lambda: {"q": rng.choice(samples["words"])},
        dict,
    ]


class Connection:
    """One keep-alive HTTP/1.1 connection asking GETs in turn: the lean load client (like wrk or oha).

    It writes a request line and three headers, reads the status line and
    headers up to the blank line and then exactly ``content-length`` bytes,
    and keeps the CSRF cookie the server sets, as a browser would; nothing
    else. Anything it does not expect (no length, a closed connection) is an
    error of that request, and the connection is opened again.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.cookie = b""
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, target: str) -> tuple[int, dict[bytes, bytes]]:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(b"GET %s HTTP/1.1\r\nHost: %s:%d\r\n%s\r\n"
                     % (target.encode("ascii"), self.host.encode("ascii"), self.port, self.cookie))  # fmt: skip
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            status = int(lines[0].split(b" ", 2)[1])
            headers = dict(line.split(b": ", 1) for line in lines[1:] if line)
            headers = {name.lower(): value for name, value in headers.items()}
            await reader.readexactly(int(headers[b"content-length"]))
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, KeyError):
            self.close()
            raise
        cookie = headers.get(b"set-cookie")
        if cookie:
            self.cookie = b"Cookie: " + cookie.split(b";", 1)[0] + b"\r\n"
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, headers

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def load(port: int, samples: dict[str, list[str]], clients: int, seconds: float) -> dict[str, list[float]]:
    """``clients`` connections asking in turn for an index page and a story until ``seconds`` have passed.

    Latencies are kept per route, and apart for the first time any client
    asks for a URL (``first``: the server has not made that answer yet) and
    for a URL asked before (``again``).
    """
    latencies: dict[str, list[float]] = {"/": [], "/stories/{id}": [], "first": [], "again": [], "errors": []}
    reasons: list[str] = []
    asked: set[str] = set()
    deadline = time.monotonic() + seconds
    rng = random.Random(11)
    queries = index_queries(rng, samples)

    async def client(number: int) -> None:
        connection = Connection("127.0.0.1", port)
        turn = number
        while time.monotonic() < deadline:
            turn += 1
            if turn % 2:
                route, params = "/", rng.choice(queries)()
                target = "/?" + urlencode(params) if params else "/"
            else:
                route, target = "/stories/{id}", "/stories/" + quote(rng.choice(samples["stories"]), safe="")
            seen = target in asked
            asked.add(target)
            start = time.perf_counter()
            try:
                status, headers = await connection.get(target)
                ok = status == 200 and b"content-security-policy" in headers
                why = f"{status} on {target}"
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, KeyError) as exc:
                ok, why = False, f"{type(exc).__name__} on {target}"
            took = (time.perf_counter() - start) * 1000
            latencies[route if ok else "errors"].append(took)
            if ok:
                latencies["again" if seen else "first"].append(took)
            elif len(reasons) < 5:
                reasons.append(why)
        connection.close()

    await asyncio.gather(*(client(n) for n in range(clients)))
    for reason in reasons:
        print(f"error: {reason}")
    return latencies


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc (NaN where there is no /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


def load_average() -> str:
    return " ".join(f"{v:.1f}" for v in os.getloadavg()) + f" on {os.cpu_count()} cores"


def render_cpu_ms(db: Path, stories: list[str]) -> float:
    """CPU per story page rendered from the findings tables in this process (what kept pages save)."""
    from newsfuse.app.data import Library
    from newsfuse.app.pages import render_story

    library = Library(db)
    try:
        start = time.process_time()
        for story_id in stories:
            report = library.report(story_id)
            assert report is not None
            render_story(story_id, report)
        return (time.process_time() - start) * 1000 / len(stories)
    finally:
        library.close()


def cold_and_warm(db: Path, samples: dict[str, list[str]], log: Path) -> None:
    """Server CPU per answer for distinct pages asked one at a time: first from the store, then from memory."""
    rng = random.Random(3)
    stories = rng.sample(samples["stories"], min(PROBES, len(samples["stories"])))
    queries = index_queries(rng, samples)
    indexes = list({json.dumps(q(), sort_keys=True) for q in (rng.choice(queries) for _ in range(4 * PROBES))})[:PROBES]
    port = free_port()
    server = start_server(db, port, log)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            for attempt in ("cold", "warm"):
                for route, asks in (("/stories/{id}", [(f"/stories/{s}", {}) for s in stories]),
                                    ("/", [("/", json.loads(q)) for q in indexes])):  # fmt: skip
                    before = cpu_seconds(server.pid)
                    for url, params in asks:
                        response = http.get(url, params=params)
                        assert response.status_code == 200, (url, response.status_code)
                    used = (cpu_seconds(server.pid) - before) * 1000 / len(asks)
                    print(
                        f"  {attempt:4} {route:14} {len(asks)} distinct, one at a time: server CPU {used:.2f} ms/answer"
                    )
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"  rendering a story page from the findings tables instead: {render_cpu_ms(db, stories[:50]):.1f} ms CPU "
          "(50 stories, in this process)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsfuse-bench")
    args = parser.parse_args()
    db = build_store(args.cache, args.articles)
    samples = store_samples(db)
    log = args.cache / "server.log"
    print("CPU per answer (cold, then warm):")
    cold_and_warm(db, samples, log)
    port = free_port()
    server = start_server(db, port, log)
    loadavg = load_average()
    try:
        before, client_before = cpu_seconds(server.pid), time.process_time()
        latencies = asyncio.run(load(port, samples, args.clients, args.seconds))
        server_cpu, client_cpu = cpu_seconds(server.pid) - before, time.process_time() - client_before
    finally:
        server.terminate()
        server.wait(timeout=30)
    if latencies["errors"]:
        print("server log (last lines):", *log.read_text().splitlines()[-20:], sep="\n")
    answered = latencies["/"] + latencies["/stories/{id}"]
    print(f"{args.clients} clients for {args.seconds:.0f} s on a fresh server: {len(answered)} answers "
          f"({len(answered) / args.seconds:.1f}/s), {len(latencies['errors'])} errors")  # fmt: skip
    rows = [(route, latencies[route]) for route in ("/", "/stories/{id}")]
    rows += [("first asked", latencies["first"]), ("asked again", latencies["again"]), ("overall", answered)]
    for route, values in rows:
        print(f"  {route:14} n={len(values):6}  p50 {percentile(values, 50):7.1f} ms  "
              f"p95 {percentile(values, 95):7.1f} ms  p99 {percentile(values, 99):7.1f} ms  "
              f"mean {statistics.fmean(values) if values else float('nan'):7.1f} ms")  # fmt: skip
    per_answer = server_cpu / max(1, len(answered)) * 1000
    print(f"server CPU: {server_cpu:.1f} s in {args.seconds:.0f} s, {per_answer:.2f} ms per answer; "
          f"the clients' own: {client_cpu * 1000 / max(1, len(answered)):.2f} ms per answer")  # fmt: skip
    print(f"load average (1, 5, 15 min) before {loadavg}, after {load_average()}")
    p95 = percentile(answered, 95)
    verdict = "PASS" if p95 < TARGET_P95_MS and not latencies["errors"] else "FAIL"
    print(f"overall p95 {p95:.1f} ms (target < {TARGET_P95_MS:.0f} ms, no errors): {verdict}")


if __name__ == "__main__":
    main()
