"""Shared fixtures: the bundled example and the evaluation sets (skipped where absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "starmer-trump-2025"
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


def absent(reason: str, under_ci: str = "the evaluation sets must be present") -> NoReturn:
    """Skip a test whose input is missing, except under ``CI=true``, where the input must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: {under_ci})")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    path = EVAL / "starmer-trump-2025.gold.json"
    if not path.exists():
        absent("../shared/eval is absent")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL.exists():
        absent("../shared/eval is absent")
    return EVAL


@pytest.fixture(scope="session")
def story_report():  # type: ignore[no-untyped-def]
    """Invented articles as one story with hand-made findings at real spans (see report_fixture.py)."""
    from report_fixture import story_report as build

    return build()
