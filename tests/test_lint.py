"""The code stays as the README's development section promises: ruff-clean, formatted, strict mypy.

Ruff reads src, tests, benchmarks and scripts; strict mypy reads the package,
and benchmarks and scripts too (they import their neighbours in tests/ and
scripts/ through ``mypy_path``), except the files of :data:`NOT_YET_TYPED`,
a set that may only shrink.
"""

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


NOT_YET_TYPED = {
    # benchmarks and scripts with strict-mypy errors, for their owners to mend (may only shrink)
    "benchmarks/provenance_audit.py",
    "benchmarks/quotes.py",
    "benchmarks/story_stages.py",
    "scripts/train_speakers.py",
}


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    checked = run("mypy")
    assert checked.returncode == 0, checked.stdout[-3000:]


@pytest.mark.slow
def test_benchmarks_and_scripts_are_strictly_typed_but_for_the_listed() -> None:
    checked = run("mypy", "--follow-imports=silent", "benchmarks", "scripts")
    failing = {line.split(":", 1)[0] for line in checked.stdout.splitlines() if ": error:" in line}
    assert failing <= NOT_YET_TYPED, checked.stdout[-3000:]
    assert not NOT_YET_TYPED - failing, f"type-clean now, remove from NOT_YET_TYPED: {sorted(NOT_YET_TYPED - failing)}"
