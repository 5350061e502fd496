"""Shared fixtures: the bundled example and the evaluation sets (skipped where absent)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

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


def load_script(relative: str, name: str) -> ModuleType:
    """A script or benchmark of the repository (``relative`` to its root) imported as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spark_session_or_skip(master: str) -> Any:
    """A local Spark session on ``master``, or a skip (a failure under ``CI=true``) without PySpark or Java."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        absent("PySpark is not installed (pip install -e '.[spark]')")
    if shutil.which("java") is None:
        absent("no Java runtime for Spark")
    from newsfuse.spark.job import spark_session

    return spark_session(master)


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    path = EVAL / "starmer-trump-2025.gold.json"
    if not path.exists():
        absent("../shared/eval is absent")
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


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
