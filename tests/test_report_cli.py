"""The CLI writes every report format, and shows a progress bar only on long inputs at a terminal."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.report import FORMATS
from newsfuse.report.progress import MIN_ARTICLES, ProgressBar


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], capture_output=True, text=True, check=False)


def test_formats_are_the_cli_choices() -> None:
    assert set(FORMATS) == {"text", "json", "markdown", "html"}
    help_text = run("analyze", "--help").stdout
    assert "markdown" in help_text and "html" in help_text


@pytest.mark.parametrize(("fmt", "start"), [("html", "<!DOCTYPE html>"), ("markdown", "# newsfuse report")])
def test_analyze_writes_the_report(example_dir: Path, tmp_path: Path, fmt: str, start: str) -> None:
    out = tmp_path / f"report.{fmt}"
    result = run("analyze", str(example_dir), "--format", fmt, "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith(start)
    assert result.stderr == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with ProgressBar(stream) as bar:
        for n in range(1, 101):
            bar(n, 100)
    assert stream.getvalue() == ""


def test_no_progress_bar_for_a_short_input() -> None:
    stream = io.StringIO()
    with ProgressBar(stream, force=True) as bar:
        for n in range(1, MIN_ARTICLES + 1):
            bar(n, MIN_ARTICLES)
    assert stream.getvalue() == ""


def test_progress_bar_for_a_long_input() -> None:
    stream = io.StringIO()
    with ProgressBar(stream, force=True) as bar:
        for n in range(1, 101):
            bar(n, 100)
    assert "analysing articles" in stream.getvalue()
