"""The gate helper (benchmarks/gates/gate.py): tolerance, corpus hash, empty results, and no silent lowering."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from gates import gate


@pytest.fixture
def gates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(gate, "GATES", tmp_path)
    entry = {"corpus": "a" * 64, "figures": {"recall": 0.9, "false_alarms": 1}}
    document = {"tolerance": 0.01, "lower_is_better": ["false_alarms"], "sets": {"toy": entry}}
    (tmp_path / "toy.json").write_text(json.dumps(document), encoding="utf-8")
    return tmp_path


def test_figures_within_tolerance_pass(gates: Path) -> None:
    assert gate.check("toy", "toy", {"recall": 0.895, "false_alarms": 1}, "a" * 64, count=3) == []


def test_a_figure_below_the_floor_fails(gates: Path) -> None:
    (failure,) = gate.check("toy", "toy", {"recall": 0.85, "false_alarms": 0}, "a" * 64, count=3)
    assert "recall 0.85 below the floor 0.9" in failure


def test_a_lower_is_better_figure_above_its_ceiling_fails(gates: Path) -> None:
    (failure,) = gate.check("toy", "toy", {"recall": 0.95, "false_alarms": 3}, "a" * 64, count=3)
    assert "false_alarms 3 above the ceiling" in failure


def test_another_corpus_fails_even_with_good_figures(gates: Path) -> None:
    (failure,) = gate.check("toy", "toy", {"recall": 1.0, "false_alarms": 0}, "b" * 64, count=3)
    assert "corpus changed" in failure


def test_an_empty_measurement_never_passes(gates: Path) -> None:
    assert any("empty" in f for f in gate.check("toy", "toy", {"recall": 1.0, "false_alarms": 0}, "a" * 64, count=0))
    assert any("missing" in f for f in gate.check("toy", "toy", {}, "a" * 64, count=5))


def test_pinning_lower_needs_a_reason_and_keeps_it(gates: Path) -> None:
    with pytest.raises(gate.GateError, match="give a reason"):
        gate.pin("toy", "toy", {"recall": 0.8, "false_alarms": 1}, "a" * 64)
    entry = gate.pin("toy", "toy", {"recall": 0.8, "false_alarms": 1}, "a" * 64, reason="new corpus is harder")
    assert entry["figures"]["recall"] == 0.8 and entry["reason"] == "new corpus is harder"


def test_pinning_lower_within_the_tolerance_still_needs_a_reason(gates: Path) -> None:
    """The tolerance is for checking noisy figures, not for lowering a floor by small steps without a word."""
    with pytest.raises(gate.GateError, match="give a reason"):
        gate.pin("toy", "toy", {"recall": 0.895, "false_alarms": 0}, "a" * 64)


def test_pinning_higher_needs_no_reason(gates: Path) -> None:
    entry = gate.pin("toy", "toy", {"recall": 0.95, "false_alarms": 0}, "c" * 64)
    assert entry["figures"] == {"recall": 0.95, "false_alarms": 0.0} and entry["corpus"] == "c" * 64


def test_corpus_hash_depends_on_names_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Invented text.", encoding="utf-8")
    first = gate.corpus_hash([tmp_path / "a"])
    (tmp_path / "a" / "one.txt").write_text("Invented text!", encoding="utf-8")
    assert gate.corpus_hash([tmp_path / "a"]) != first
