"""Quality gate: the quote-ledger figures on the evaluation sets never drop below the pinned ones.

The figures are the evaluation scorer's own (``../shared/eval/score_quotes.py``,
run by ``benchmarks/quotes.py``); the pinned values live in
``benchmarks/gates/quotes.json``. Skipped where ``../shared/eval`` is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
GATES = json.loads((ROOT / "benchmarks" / "gates" / "quotes.json").read_text(encoding="utf-8"))
SETS = [name for name in GATES if not name.startswith("_")]


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_benchmark", ROOT / "benchmarks" / "quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.eval
@pytest.mark.parametrize("name", SETS)
def test_quote_figures_hold(name: str, eval_dir: Path) -> None:
    bench = _benchmark()
    if not bench.available():
        pytest.skip("score_quotes.py is absent")
    figures = bench.measure_set(name)
    dropped = {metric: (figures[metric], pinned) for metric, pinned in GATES[name].items() if figures[metric] < pinned}
    assert not dropped, f"{name}: figures below the gate (measured, pinned): {dropped}"


def test_gate_pins_every_acceptance_figure() -> None:
    for name in SETS:
        assert {"recall_all", "speaker_accuracy_all"} <= set(GATES[name])
    assert {"f1_all", "speaker_accuracy_all"} <= set(GATES["starmer-trump-2025"])
