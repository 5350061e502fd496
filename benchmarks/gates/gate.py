"""Quality gates: measured figures pinned with a tolerance and the hash of the corpus they were measured on.

Modelled on trafilatura's ``tests/eval_gate.py``. A gate file
``benchmarks/gates/NAME.json`` holds, per evaluation set::

    {
      "_about": "what the figures are and which test re-measures them",
      "tolerance": 0.01,                     # default for every figure
      "lower_is_better": ["false_altered"],  # the rest: higher is better
      "sets": {
        "ggt-dev": {
          "corpus": "sha256 of the files measured",
          "figures": {"recall_all": 0.982, "speaker_accuracy_all": 0.924},
          "tolerance": {"speaker_accuracy_all": 0.005},   # optional, per figure
          "pinned": "2026-11-30 by benchmarks/quotes.py --pin",
          "reason": "why the last pin lowered a floor (only where it did)"
        }
      }
    }

:func:`check` is what the gate tests call; it fails

- when the corpus hash differs from the pinned one (the figures no longer mean
  what they meant; re-pin on purpose);
- when a pinned figure is missing from the measurement, or ``count`` (how many
  items the measurement saw: quotations found, stories formed) is zero, so an
  empty result never passes;
- when a figure falls below ``pinned - tolerance`` (or, for lower-is-better
  figures, rises above ``pinned + tolerance``).

:func:`pin` writes measured figures back and refuses to lower a floor beyond
the tolerance unless a reason is given (``--lower "why"`` on the benchmark
scripts); the reason is stored beside the figures and belongs in the commit.

Run ``python benchmarks/gates/gate.py`` to print every gate.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

GATES = Path(__file__).resolve().parent
DEFAULT_TOLERANCE = 0.01


class GateError(Exception):
    """A pin that would lower a floor without a reason."""


def corpus_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over every file under ``paths`` (name relative to its root, then bytes), in sorted order."""
    digest = hashlib.sha256()
    for root in sorted(Path(p) for p in paths):
        files = [root] if root.is_file() else sorted(f for f in root.rglob("*") if f.is_file())
        for file in files:
            name = file.name if file == root else file.relative_to(root).as_posix()
            digest.update(name.encode("utf-8") + b"\0")
            digest.update(file.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def load(name: str) -> dict[str, Any]:
    """The gate file ``benchmarks/gates/NAME.json``."""
    gate: dict[str, Any] = json.loads((GATES / f"{name}.json").read_text(encoding="utf-8"))
    return gate


def _tolerance(gate: Mapping[str, Any], entry: Mapping[str, Any], metric: str) -> float:
    own = entry.get("tolerance", {})
    return float(own.get(metric, gate.get("tolerance", DEFAULT_TOLERANCE)))


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def check(name: str, set_name: str, figures: Mapping[str, Any], corpus: str, count: int | None = None) -> list[str]:
    """Every way the measured ``figures`` fail the pinned gate (empty when they pass)."""
    gate = load(name)
    entry = gate["sets"].get(set_name)
    if entry is None:
        return [f"{name}/{set_name}: no pinned figures"]
    failures: list[str] = []
    if entry.get("corpus") != corpus:
        failures.append(f"{name}/{set_name}: corpus changed (pinned {entry.get('corpus', '')[:12]}, now {corpus[:12]})")
    if count is not None and count <= 0:
        failures.append(f"{name}/{set_name}: empty measurement (count {count})")
    lower = set(gate.get("lower_is_better", ()))
    for metric, pinned in entry["figures"].items():
        measured = _number(figures.get(metric))
        if measured is None:
            failures.append(f"{name}/{set_name}: {metric} missing from the measurement")
            continue
        slack = _tolerance(gate, entry, metric)
        if metric in lower and measured > pinned + slack:
            failures.append(f"{name}/{set_name}: {metric} {measured:g} above the ceiling {pinned:g} (+{slack:g})")
        if metric not in lower and measured < pinned - slack:
            failures.append(f"{name}/{set_name}: {metric} {measured:g} below the floor {pinned:g} (-{slack:g})")
    return failures


def pin(
    name: str,
    set_name: str,
    figures: Mapping[str, Any],
    corpus: str,
    metrics: Iterable[str] | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """Write measured ``figures`` (only ``metrics`` where given, else the already pinned ones) as the gate.

    Raises :class:`GateError` where a floor would drop at all (or a ceiling
    rise) and no ``reason`` says why: the tolerance absorbs noise when a gate
    is *checked*; it is not a licence to ratchet a floor down one pin at a time.
    """
    gate = load(name)
    sets = gate.setdefault("sets", {})
    old = sets.get(set_name, {})
    chosen = list(metrics) if metrics is not None else list(old.get("figures", {}))
    new = {m: round(float(figures[m]), 4) for m in chosen}
    lower = set(gate.get("lower_is_better", ()))
    worse = [
        f"{m}: {old['figures'][m]} -> {v}"
        for m, v in new.items()
        if m in old.get("figures", {}) and (v > old["figures"][m] if m in lower else v < old["figures"][m])
    ]
    if worse and not reason:
        raise GateError(f"{name}/{set_name}: pin would lower the gate ({'; '.join(worse)}); give a reason")
    entry: dict[str, Any] = {"corpus": corpus, "figures": new, "pinned": _dt.date.today().isoformat()}
    if "tolerance" in old:
        entry["tolerance"] = old["tolerance"]
    if reason:
        entry["reason"] = reason
    sets[set_name] = entry
    (GATES / f"{name}.json").write_text(json.dumps(gate, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return entry


def main() -> int:
    for path in sorted(GATES.glob("*.json")):
        gate = json.loads(path.read_text(encoding="utf-8"))
        for set_name, entry in gate.get("sets", {}).items():
            print(f"{path.stem:10} {set_name:30} {entry.get('corpus', '')[:12]:12} {json.dumps(entry.get('figures'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
