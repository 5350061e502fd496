"""The code stays as the README's development section promises: ruff-clean, formatted, strict mypy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ["src", "tests", "benchmarks", "scripts"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    checked = run("ruff", "check", *FOLDERS)
    assert checked.returncode == 0, checked.stdout[-3000:]
    formatted = run("ruff", "format", "--check", *FOLDERS)
    assert formatted.returncode == 0, formatted.stdout[-3000:]


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    checked = run("mypy")
    assert checked.returncode == 0, checked.stdout[-3000:]
