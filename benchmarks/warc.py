"""Reading a WARC of article pages against reading the same pages as ``.html`` files, in one run.

    .venv/bin/python benchmarks/warc.py [--pages 1000] [--repeat 3]

The pages are built from the texts in ``../shared/eval`` (each wrapped in a
plain article page with a title, navigation and a footer; the bundled
example is used where the evaluation sets are absent), written once as
``.html`` files and once as one gzipped WARC (a response and a request
record per page). Prints articles per second of CPU time for
``read_paths`` over each, best of ``--repeat`` passes, and their ratio.
"""

from __future__ import annotations

import argparse
import html
import io
import sys
import tempfile
import time
from pathlib import Path

from _common import EVAL, ROOT


def texts() -> list[tuple[str, list[str]]]:
    files = sorted(EVAL.glob("*/articles/*.txt")) or sorted((ROOT / "examples").glob("*/*.txt"))
    found = []
    for path in files:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(lines) > 3:
            found.append((lines[0], lines[1:]))
    return found


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>{html.escape(title)}</h1>{body}</article><footer>About us</footer></body></html>"
    ).encode()


def build(folder: Path, count: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pool = texts()
    (folder / "html").mkdir()
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for i in range(count):
        title, paragraphs = pool[i % len(pool)]
        body = page(f"{title} ({i})", paragraphs)
        (folder / "html" / f"{i:05d}.html").write_bytes(body)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        uri = f"https://news.example/{i}"
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    archive = folder / "pages.warc.gz"
    archive.write_bytes(buffer.getvalue())
    return archive


def rate(path: Path, repeat: int) -> tuple[float, int]:
    from newsfuse.ingest import read_paths
    from newsfuse.model import Article

    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.process_time()
        count = sum(isinstance(item, Article) for item in read_paths([path]))
        best = min(best, time.process_time() - start)
    return count / best, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        archive = build(Path(tmp), args.pages)
        html_rate, html_count = rate(Path(tmp) / "html", args.repeat)
        warc_rate, warc_count = rate(archive, args.repeat)
    print(f".html files: {html_count} articles, {html_rate:.1f} articles/s CPU")
    print(
        f"one WARC:    {warc_count} articles, {warc_rate:.1f} articles/s CPU ({warc_rate / html_rate:.2f}x the files)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
