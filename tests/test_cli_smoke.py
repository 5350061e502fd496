"""The CLI runs end to end on the bundled example and keeps its exit-status contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], capture_output=True, text=True, check=False)


def test_analyze_example_json(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("analyze", str(example_dir), "--format", "json", "--output", str(out))
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert len(report["articles"]) == 5
    assert {"id", "source", "title", "author", "published", "dateline", "credit", "outlet", "body"} <= set(
        report["articles"][0]
    )
    assert report["stories"] and sorted(report["stories"][0]["articles"]) == sorted(a["id"] for a in report["articles"])


def test_text_report_names_every_article(example_dir: Path) -> None:
    result = run("analyze", str(example_dir))
    assert result.returncode == 0
    for path in example_dir.glob("*.txt"):
        assert path.name in result.stdout


def test_usage_error_exits_1() -> None:
    result = run("analyze", "--no-such-option", "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "missing.txt" in result.stderr and "no such file" in result.stderr
    assert "Traceback" not in result.stderr
