"""How fast ``newsfuse serve`` answers: 20 concurrent clients on ``/`` and ``/stories/{id}`` for 30 s.

Run from the repository root:

    .venv/bin/python benchmarks/serve.py [--articles 10000] [--clients 20] [--seconds 30] [--db FILE]

The store: the bundled example (5 articles, one story) is ingested by the
real ingest, then **written again as rows** through the store's own writers
(``Store.write_articles`` / ``Store.write_findings``) as ``articles / 5``
stories, each copy with new article and story ids, an outlet from a pool of
40, a publication day spread over two years, a speaker pool of 50 names in
its findings and a distinct closing line in each body. Ingesting 10,000
articles through the analysis would take hours on this machine; the rows,
indexes and full-text entries are those an ingest writes. ``--db`` reuses a
store built before (it is built there when absent).

The server is ``python -m newsfuse serve`` in its own process on a free port
of 127.0.0.1; the clients are one ``httpx`` async client with 20 concurrent
tasks in this process, each asking in turn for the index (a random page, or
filtered by outlet, speaker, verdict, a word every story has or a copy's
number) and for a random story of the 2,000, for
``--seconds`` (bounded), and nothing but 127.0.0.1 is ever asked. Printed:
requests, errors, latency percentiles per route and overall (the target is
p95 < 200 ms with no errors), and the server's CPU time per answer with the
machine's load average: on a shared machine the latencies measure the queue
for a core as much as the server, the CPU time per answer does not.
"""

from __future__ import annotations

import argparse
import asyncio
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

import httpx
import msgspec

from newsfuse.model import ArticleAnalysis, Report, Story
from newsfuse.store import Store, StoredArticle, ingest
from newsfuse.stories.features import ArticleFeatures

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "starmer-trump-2025"
OUTLETS = [f"{a} {b}" for a in ("Northern", "Coastal", "Capital", "Evening", "Daily") for b in
           ("Herald", "Courier", "Post", "Times", "Gazette", "Standard", "Echo", "Ledger")]  # fmt: skip
SPEAKERS = [f"{a} {b}" for a in ("Ada", "Bram", "Cora", "Dev", "Elin", "Femi", "Gus", "Hana", "Ivo", "Jun") for b in
            ("Marsh", "Okafor", "Lindqvist", "Petrov", "Quinn")]  # fmt: skip
TARGET_P95_MS = 200.0


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def synthesise(db: Path, articles: int, seed: int = 7) -> None:
    """A store of ``articles`` articles: copies of the example's story with new ids, outlets, dates and speakers."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "seed.db") as store:
        ingest([EXAMPLE], store)
        (stored,) = store.stories()
        story = stored.story
        analyses = [msgspec.json.encode(a).decode() for a in store.analyses(story.id)]
        features = {f.id: msgspec.json.encode(f).decode() for _, _, fs in store.story_members() for f in fs}
        findings = msgspec.json.encode(store.findings(story.id)).decode()
    speakers = sorted({q.speaker.name for q in msgspec.json.decode(findings, type=Report).quotes
                       if q.speaker and q.speaker.name})  # fmt: skip
    members = list(story.articles)
    with Store(db) as store:
        for copy in range(articles // len(members)):
            ids = {old: _hex(rng, len(old)) for old in members}
            story_id = "s" + _hex(rng, len(story.id) - 1)
            day = f"{2023 + copy % 2}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"

            def rewrite(text: str, ids: dict[str, str] = ids, story_id: str = story_id) -> str:
                for old, new in ids.items():
                    text = text.replace(old, new)
                return text.replace(story.id, story_id)

            rows = []
            for analysis_json in analyses:
                analysis = msgspec.json.decode(rewrite(analysis_json), type=ArticleAnalysis)
                article = msgspec.structs.replace(
                    analysis.article,
                    outlet=rng.choice(OUTLETS),
                    published=day,
                    body=analysis.article.body + f"\n\nCopy {copy} filed from desk {rng.randrange(1000)}.",
                )
                old_id = next(old for old, new in ids.items() if new == article.id)
                rows.append(
                    StoredArticle(
                        analysis=msgspec.structs.replace(analysis, article=article),
                        features=msgspec.json.decode(rewrite(features[old_id]), type=ArticleFeatures),
                        story=story_id,
                    )
                )
            text = rewrite(findings)
            for name, new in zip(speakers, rng.sample(SPEAKERS, len(speakers)), strict=False):
                text = text.replace(f'"{name}"', f'"{new}"')
            copied = Story(id=story_id, label=f"{story.label} ({copy})", articles=tuple(ids.values()),
                           start=day, end=day)  # fmt: skip
            with store.transaction() as connection:
                store.write_articles(connection, rows, [copied])
                store.write_findings(connection, story_id, msgspec.json.decode(text, type=Report))


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


async def load(base: str, stories: list[str], clients: int, seconds: float) -> dict[str, list[float]]:
    """``clients`` tasks asking in turn for an index page and a story until ``seconds`` have passed."""
    latencies: dict[str, list[float]] = {"/": [], "/stories/{id}": [], "errors": []}
    reasons: list[str] = []
    deadline = time.monotonic() + seconds
    rng = random.Random(11)
    words = ["ukraine", "tariffs", "security", "minerals", "washington", "peace"]
    index_queries = [
        lambda: {"page": str(rng.randint(1, 80))},
        lambda: {"outlet": rng.choice(OUTLETS)},
        lambda: {"speaker": rng.choice(SPEAKERS)},
        lambda: {"verdict": rng.choice(["altered", "variant"]), "page": str(rng.randint(1, 20))},
        lambda: {"q": rng.choice(words)},
        lambda: {"q": f"copy {rng.randrange(2000)}"},
        dict,
    ]

    async def client(number: int, http: httpx.AsyncClient) -> None:
        turn = number
        while time.monotonic() < deadline:
            turn += 1
            if turn % 2:
                route, url, params = "/", "/", rng.choice(index_queries)()
            else:
                route, url, params = "/stories/{id}", f"/stories/{rng.choice(stories)}", {}
            start = time.perf_counter()
            try:
                response = await http.get(url, params=params)
                ok = response.status_code == 200 and "content-security-policy" in response.headers
                why = f"{response.status_code} on {response.url}"
            except httpx.HTTPError as exc:
                ok, why = False, f"{type(exc).__name__} on {url}"
            latencies[route if ok else "errors"].append((time.perf_counter() - start) * 1000)
            if not ok and len(reasons) < 5:
                reasons.append(why)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
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


def latencies_failed(latencies: dict[str, list[float]] | None) -> bool:
    return latencies is None or bool(latencies["errors"])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "bench.db"
        if not db.exists():
            start = time.perf_counter()
            synthesise(db, args.articles)
            print(f"store: {args.articles} articles written as rows in {time.perf_counter() - start:.0f} s ({db})")
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        stories = [r[0] for r in connection.execute("SELECT id FROM stories")]
        (count,) = connection.execute("SELECT count(*) FROM articles").fetchone()
        connection.close()
        print(f"store: {count} articles, {len(stories)} stories")
        port = free_port()
        server = start_server(db, port, Path(scratch) / "server.log")
        try:
            before = cpu_seconds(server.pid)
            latencies = asyncio.run(load(f"http://127.0.0.1:{port}", stories, args.clients, args.seconds))
            server_cpu = cpu_seconds(server.pid) - before
        finally:
            server.terminate()
            server.wait(timeout=30)
            if latencies_failed(locals().get("latencies")):
                print(
                    "server log (last lines):", *(Path(scratch) / "server.log").read_text().splitlines()[-20:], sep="\n"
                )
    answered = latencies["/"] + latencies["/stories/{id}"]
    print(f"{args.clients} clients for {args.seconds:.0f} s: {len(answered)} answers "
          f"({len(answered) / args.seconds:.1f}/s), {len(latencies['errors'])} errors")  # fmt: skip
    for route in ("/", "/stories/{id}"):
        values = latencies[route]
        print(f"  {route:14} n={len(values):6}  p50 {percentile(values, 50):7.1f} ms  "
              f"p95 {percentile(values, 95):7.1f} ms  p99 {percentile(values, 99):7.1f} ms  "
              f"mean {statistics.fmean(values) if values else float('nan'):7.1f} ms")  # fmt: skip
    per_answer = server_cpu / max(1, len(answered)) * 1000
    print(f"server CPU: {server_cpu:.1f} s in {args.seconds:.0f} s, {per_answer:.1f} ms per answer "
          f"(one free core: about {1000 / per_answer:.0f} answers/s); load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")  # fmt: skip
    p95 = percentile(answered, 95)
    verdict = "PASS" if p95 < TARGET_P95_MS and not latencies["errors"] else "FAIL"
    print(f"overall p95 {p95:.1f} ms (target < {TARGET_P95_MS:.0f} ms, no errors): {verdict}")


if __name__ == "__main__":
    main()
