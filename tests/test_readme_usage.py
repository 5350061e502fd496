"""Every ``newsfuse`` command in the README's Usage section works as written on the bundled example (#22).

The commands are read from the ```bash blocks between ``## Usage`` and the
next ``## `` heading and run in order in a scratch folder that holds the
example (so ``news.db`` made by ``ingest`` is there for ``stories``,
``report`` and ``export``). Left out, each for a stated reason: ``serve``
(a server that does not return), ``spark`` and the ``ingest`` of its output
(they need the optional pyspark extra and inputs of a cluster), and lines
that are not newsfuse commands (pip, sqlite3, spark-submit, training scripts).
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_RUN = {"serve": "a server", "spark": "needs the pyspark extra"}
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


def test_every_usage_command_runs_on_the_example(tmp_path: Path) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    for command in usage_commands():
        if not _runnable(command):
            continue
        words = shlex.split(command)
        result = subprocess.run(
            [sys.executable, "-m", "newsfuse", *words[1:]], cwd=tmp_path, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        for i, word in enumerate(words):
            if word in ("--output", "-o"):
                assert (tmp_path / words[i + 1]).stat().st_size > 0, command
