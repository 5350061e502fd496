"""The same input gives the same report, whatever Python's hash seed (set and dict order must not leak)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def report_bytes(paths: list[Path], hash_seed: str, out: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, "-m", "newsfuse", "analyze", *map(str, paths), "--format", "json", "--output", str(out)],
        check=True,
        env=env,
        capture_output=True,
    )
    return out.read_bytes()


@pytest.mark.slow
def test_report_does_not_depend_on_the_hash_seed(example_dir: Path, eval_dir: Path, tmp_path: Path) -> None:
    paths = [example_dir, eval_dir / "basil-dev" / "articles"]
    first = report_bytes(paths, "0", tmp_path / "a.json")
    second = report_bytes(paths, "4", tmp_path / "b.json")
    assert first == second


def test_seed_report_does_not_depend_on_the_hash_seed(example_dir: Path, tmp_path: Path) -> None:
    first = report_bytes([example_dir], "0", tmp_path / "a.json")
    assert first == report_bytes([example_dir], "4", tmp_path / "b.json")
