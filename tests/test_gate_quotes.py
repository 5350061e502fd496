"""Quality gate: the quote-ledger figures on the evaluation sets hold within tolerance, on the pinned corpus.

The figures are the evaluation scorer's own (``../shared/eval/score_quotes.py``,
run by ``benchmarks/quotes.py``); the pinned values, their tolerance and the
corpus hash live in ``benchmarks/gates/quotes.json`` (helper:
``benchmarks/gates/gate.py``). Re-pin with ``python benchmarks/quotes.py
--no-speed --pin`` (``--lower REASON`` where a floor drops).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from gates.gate import check, load  # noqa: E402

GATE = load("quotes")
SETS = sorted(GATE["sets"])


def _benchmark() -> ModuleType:
    return load_script("benchmarks/quotes.py", "quotes_benchmark")


@pytest.mark.eval
@pytest.mark.parametrize("name", SETS)
def test_quote_figures_hold(name: str, eval_dir: Path) -> None:
    bench = _benchmark()
    figures = bench.measure_set(name)
    failures = check("quotes", name, figures, bench.corpus(name), count=figures["quotes_found"])
    assert not failures, failures


def test_gate_pins_every_acceptance_figure() -> None:
    assert {"starmer-trump-2025", "ggt-dev", "polnear-dev"} <= set(SETS)
    for name in SETS:
        assert {"precision", "recall_all", "speaker_accuracy_all"} <= set(GATE["sets"][name]["figures"])
        assert len(GATE["sets"][name]["corpus"]) == 64
