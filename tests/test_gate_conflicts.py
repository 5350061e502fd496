"""Quality gate for conflicts (issue #15): basil-dev through the shared scorer, and the seeds' flight day.

Floors live in ``benchmarks/gates/conflicts.json`` (pinned by ``benchmarks/conflicts.py --pin``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import conflicts as bench  # noqa: E402
from gates.gate import check  # noqa: E402

pytestmark = pytest.mark.eval


def test_basil_dev_conflicts_hold_the_gate(eval_dir: Path) -> None:
    figures, _, count = bench.measure_basil()
    failures = check("conflicts", "basil-dev", figures, bench.basil_corpus(), count=count)
    assert not failures, (failures, figures)


def test_seed_conflicts_hold_the_gate(eval_dir: Path) -> None:
    figures = bench.measure_seeds()
    failures = check("conflicts", "seeds", figures, bench.seed_corpus(), count=len(figures["seed_conflicts"]))
    assert not failures, (failures, figures)
