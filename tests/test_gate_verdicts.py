"""Quality gate for quotation verdicts on the seed articles (issue #9), scored by the shared scorer.

Thresholds live in ``benchmarks/gates/verdicts.json``. Two measurements:
the verdict stage alone, fed the gold quotations (their text and speaker,
never their gold verdicts or utterances), and the whole pipeline on the seeds.
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

from gold_story import gold_analyses, report_json  # noqa: E402

GATE = json.loads((ROOT / "benchmarks" / "gates" / "verdicts.json").read_text(encoding="utf-8"))
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
    return json.loads(done.stdout[: done.stdout.rindex("}") + 1])


def check(figures: dict[str, object], gate: dict[str, object]) -> None:
    assert figures["verdict_accuracy"] >= gate["verdict_accuracy"], figures  # type: ignore[operator]
    assert figures["altered_found"] == gate["altered_found"], figures
    assert figures["false_altered"] <= gate["false_altered"], figures  # type: ignore[operator]


def test_verdicts_on_gold_quotations(eval_dir: Path, tmp_path: Path) -> None:
    analyses = gold_analyses(eval_dir.parent / "seeds", eval_dir / f"{STORY}.quotes.jsonl")
    quotes, _ = align_utterances(STORY, analyses)
    report = tmp_path / "report.json"
    report.write_text(report_json(analyses, quotes), encoding="utf-8")
    check(score(eval_dir, report), GATE["gold_quotes"])


def test_verdicts_through_the_pipeline(eval_dir: Path, tmp_path: Path) -> None:
    result = analyze([eval_dir.parent / "seeds"])
    if not result.quotes:
        pytest.skip("the quote extractor (issue #4) finds no quotations yet")
    report = tmp_path / "report.json"
    report.write_text(render_json(result), encoding="utf-8")
    check(score(eval_dir, report), GATE["pipeline"])
