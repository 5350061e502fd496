"""Quality gate for quotation verdicts (issues #9, #14), scored by the shared scorers.

Thresholds live in ``benchmarks/gates/verdicts.json``. On the seeds: the
verdict stage alone, fed the gold quotations (their text and speaker, never
their gold verdicts or utterances), and the whole pipeline. On basil-dev:
the whole pipeline against the labelled cross-outlet quotation pairs
(``benchmarks/verdicts_basil.py``), plain and strict.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse import analyze
from newsfuse.compare.utterances import align_utterances
from newsfuse.report.json import render_json

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from gates.gate import check, corpus_hash  # noqa: E402
from gold_story import gold_analyses, report_json  # noqa: E402
from verdicts_basil import corpus as basil_corpus  # noqa: E402
from verdicts_basil import measure as measure_basil  # noqa: E402

STORY = "starmer-trump-2025"

pytestmark = pytest.mark.eval


def score(eval_dir: Path, report: Path) -> dict[str, object]:
    done = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score_quotes.py"),
            str(eval_dir / f"{STORY}.quotes.jsonl"),
            str(eval_dir / f"{STORY}.gold.json"),
            str(report),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, object] = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    found, gold = str(figures["altered_found"]).split("/")
    figures["altered_recall"] = int(found) / int(gold) if int(gold) else 0.0
    return figures


def holds(set_name: str, figures: dict[str, object], eval_dir: Path, count: int) -> None:
    corpus = corpus_hash(
        [eval_dir.parent / "seeds", eval_dir / f"{STORY}.quotes.jsonl", eval_dir / f"{STORY}.gold.json"]
    )
    failures = check("verdicts", set_name, figures, corpus, count=count)
    assert not failures, (failures, figures)


def test_verdicts_on_gold_quotations(eval_dir: Path, tmp_path: Path) -> None:
    analyses = gold_analyses(eval_dir.parent / "seeds", eval_dir / f"{STORY}.quotes.jsonl")
    quotes, _ = align_utterances(STORY, analyses)
    report = tmp_path / "report.json"
    report.write_text(report_json(analyses, quotes), encoding="utf-8")
    holds("gold_quotes", score(eval_dir, report), eval_dir, len(quotes))


def test_verdicts_through_the_pipeline(eval_dir: Path, tmp_path: Path) -> None:
    result = analyze([eval_dir.parent / "seeds"])
    report = tmp_path / "report.json"
    report.write_text(render_json(result), encoding="utf-8")
    holds("pipeline", score(eval_dir, report), eval_dir, len(result.quotes))


def test_verdicts_on_basil_dev(eval_dir: Path) -> None:
    for set_name, figures in measure_basil().items():
        failures = check("verdicts", set_name, figures, basil_corpus(), count=figures["count"])
        assert not failures, (failures, figures)
