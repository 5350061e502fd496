"""Every ``newsfuse`` command in the README's Usage section works as written on the bundled example (#22).

The commands are read from the ```bash blocks between ``## Usage`` and the
next ``## `` heading and run in order in a scratch folder that holds the
example (so ``news.db`` made by ``ingest`` is there for ``stories``,
``report`` and ``export``). URLs of ``news.example`` are answered by a local
server holding an invented page and feed, and the ``today.urls`` and
``feeds.opml`` the README names are written beside the example. Left out,
each for a stated reason: ``serve`` and ``watch`` (they run until stopped;
``tests/test_readers.py`` stops a ``watch`` with SIGTERM), ``spark`` and the ``ingest`` of its output
(they need the optional pyspark extra and inputs of a cluster), and lines
that are not newsfuse commands (pip, sqlite3, spark-submit, training scripts).
"""

from __future__ import annotations

import functools
import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOT_RUN = {"serve": "a server", "watch": "runs until stopped", "spark": "needs the pyspark extra"}
EXAMPLE_SITE = "https://news.example"
PAGE = """<!doctype html><html><head><title>Harbour council approves ferry route</title>
<meta property="og:site_name" content="Coastline Courier"></head><body><article>
<h1>Harbour council approves ferry route</h1>
<p>The harbour council in Port Ellery voted on Friday to approve a new ferry route to the island of Skarra.</p>
<p>"This route will change how families on Skarra reach school and work," said council leader Anwen Pryce.</p>
<p>The service is expected to start in the spring with two crossings a day, the council said on Friday.</p>
</article></body></html>"""
NEEDS_SPARK_OUTPUT = "out/"


def usage_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = text.split("\n## Usage\n", 1)[1].split("\n## ", 1)[0]
    commands: list[str] = []
    in_block = False
    for line in usage.splitlines():
        if line.startswith("```"):
            in_block = line.strip() == "```bash"
            continue
        if in_block and line.startswith("newsfuse "):
            commands.append(line.split("  #", 1)[0].strip())
    return commands


def _runnable(command: str) -> bool:
    words = shlex.split(command)
    return words[1] not in NOT_RUN and NEEDS_SPARK_OUTPUT not in words


def test_the_usage_section_has_the_example_commands() -> None:
    runnable = [c for c in usage_commands() if _runnable(c)]
    assert {shlex.split(c)[1] for c in runnable} >= {"analyze", "ingest", "stories", "report", "export"}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A local server standing in for ``news.example``: one page and a feed that links it."""
    root = tmp_path / "site"
    (root / "2026" / "11").mkdir(parents=True)
    (root / "2026" / "11" / "ferry.html").write_text(PAGE, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    item = f"<item><title>Ferry</title><link>{base}/2026/11/ferry.html</link></item>"
    (root / "feed.rss").write_text(f'<?xml version="1.0"?><rss><channel>{item}</channel></rss>', encoding="utf-8")
    (tmp_path / "today.urls").write_text(f"# this morning\n{base}/2026/11/ferry.html\n", encoding="utf-8")
    (tmp_path / "feeds.opml").write_text(
        f'<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="{base}/feed.rss"/></body></opml>',
        encoding="utf-8",
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_every_usage_command_runs_on_the_example(tmp_path: Path, site: str) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    env = {**os.environ, "NEWSFUSE_CACHE": str(tmp_path / "cache")}
    for command in usage_commands():
        if not _runnable(command):
            continue
        words = [word.replace(EXAMPLE_SITE, site) for word in shlex.split(command)]
        result = subprocess.run(
            [sys.executable, "-m", "newsfuse", *words[1:]],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
        )
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        for i, word in enumerate(words):
            if word in ("--output", "-o"):
                assert (tmp_path / words[i + 1]).stat().st_size > 0, command
