"""Verdict figures on basil-dev: alignment and altered quotations against labelled pairs, with 95% intervals.

    python benchmarks/verdicts_basil.py            # print the figures
    python benchmarks/verdicts_basil.py --pin      # pin them in benchmarks/gates/verdicts.json
    python benchmarks/verdicts_basil.py --pin --lower "why"   # a pin that lowers a floor needs a reason

Runs ``newsfuse analyze`` on ../shared/eval/basil-dev/articles and scores the
JSON report with ../shared/eval/score_verdicts.py, plain and ``--strict``
(doubtful pairs left out). The 95% intervals of alignment precision and
recall come from 2,000 bootstrap resamples of the 50 stories (pairs of one
story move together; ``_common.ratio_interval``, the benchmarks' one
bootstrap). It also prints precision and recall on each half of the stories
(sorted by story id): thresholds of compare/utterances.py are chosen on the
first half and checked on the second. basil-dev is a dev set: it validates
the verdict stage, it never designs it (see src/newsfuse/compare/utterances.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
BASIL = EVAL / "basil-dev"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from _common import ratio_interval  # noqa: E402
from gates.gate import corpus_hash, pin  # noqa: E402
from newsfuse import analyze  # noqa: E402
from newsfuse.report.json import render_json  # noqa: E402

METRICS = ("align_precision", "align_recall", "altered_recall", "false_altered", "relation_accuracy")


def corpus() -> str:
    return corpus_hash([BASIL / "articles", BASIL / "verdicts.jsonl"])


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_verdicts", EVAL / "score_verdicts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(report_path: Path, strict: bool) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(EVAL / "score_verdicts.py"), str(BASIL / "verdicts.jsonl"), str(BASIL / "articles"),
         str(report_path), *(["--strict"] if strict else [])],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    scored: dict[str, Any] = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    return scored


def _per_story(report: dict[str, Any], strict: bool) -> dict[str, list[int]]:
    """Per story: [true, false, missed] alignments over its labelled pairs (the scorer's own matching)."""
    scorer = _scorer()
    mapped = scorer.Report(report, str(BASIL / "articles"))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in (BASIL / "verdicts.jsonl").read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        if strict and pair.get("doubtful"):
            continue
        aligned = mapped.aligned(mapped.find(pair["a"]), mapped.find(pair["b"]))
        row = counts[pair["story"]]
        if pair["same"]:
            row[0 if aligned else 2] += 1
        elif aligned:
            row[1] += 1
    return counts


def _interval(counts: dict[str, list[int]], seed: int = 14) -> dict[str, tuple[float, float]]:
    """95% bootstrap intervals of precision and recall over stories (``_common.ratio_interval``)."""
    tp = {story: row[0] for story, row in counts.items()}
    return {
        "align_precision": ratio_interval(tp, {story: row[0] + row[1] for story, row in counts.items()}, seed),
        "align_recall": ratio_interval(tp, {story: row[0] + row[2] for story, row in counts.items()}, seed),
    }


def halves(counts: dict[str, list[int]]) -> list[tuple[float, float]]:
    """Precision and recall on each half of the stories (sorted ids): chosen on one half, checked on the other."""
    stories = sorted(counts)
    out: list[tuple[float, float]] = []
    for part in (stories[: len(stories) // 2], stories[len(stories) // 2 :]):
        tp, fp, fn = (sum(counts[s][k] for s in part) for k in range(3))
        out.append((round(tp / (tp + fp), 3) if tp + fp else 1.0, round(tp / (tp + fn), 3) if tp + fn else 1.0))
    return out


def measure() -> dict[str, dict[str, Any]]:
    """The figures of the verdict stage on basil-dev, plain and strict, with their intervals."""
    report = analyze([BASIL / "articles"])
    rendered = render_json(report)
    figures: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.json"
        path.write_text(rendered, encoding="utf-8")
        for strict in (False, True):
            scored = _score(path, strict)
            alignment, altered, relation = scored["alignment"], scored["altered"], scored["relation"]
            figures["basil-dev-strict" if strict else "basil-dev"] = {
                "align_precision": alignment["precision"],
                "align_recall": alignment["recall"],
                "altered_recall": altered["recall"],
                "false_altered": len(altered["false_altered"]),
                "relation_accuracy": relation["accuracy"],
                "count": alignment["tp"] + alignment["fp"],
                "interval": _interval(counts := _per_story(json.loads(rendered), strict)),
                "halves": halves(counts),
            }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pin", action="store_true", help="pin the figures in benchmarks/gates/verdicts.json")
    parser.add_argument("--lower", default=None, help="the reason a pin may lower a floor")
    args = parser.parse_args()
    if not BASIL.exists():
        print("../shared/eval/basil-dev is absent: nothing to measure")
        return
    figures = measure()
    for set_name, row in figures.items():
        ci = row["interval"]
        print(
            f"{set_name:17} align P={row['align_precision']:.3f} {list(ci['align_precision'])} "
            f"R={row['align_recall']:.3f} {list(ci['align_recall'])} altered R={row['altered_recall']} "
            f"false_altered={row['false_altered']} relation accuracy={row['relation_accuracy']}"
        )
        (p0, r0), (p1, r1) = row["halves"]
        print(f"{'':17} halves by sorted story id: first P={p0:.3f} R={r0:.3f}, second P={p1:.3f} R={r1:.3f}")
        if args.pin:
            pin("verdicts", set_name, row, corpus(), metrics=METRICS, reason=args.lower)
    if args.pin:
        print("pinned in benchmarks/gates/verdicts.json")


if __name__ == "__main__":
    main()
