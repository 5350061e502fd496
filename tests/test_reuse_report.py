"""Reuse, originality, sources and summary reach the JSON and text reports of ``newsfuse analyze``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", "analyze", *args], capture_output=True, text=True)


def test_json_report_has_reuse_originality_and_cited_summary(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert analyze(str(example_dir), "--format", "json", "--output", str(out)).returncode == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    ids = {a["id"] for a in report["articles"]}
    bodies = {a["id"]: a["body"] for a in report["articles"]}
    assert {o["article"] for o in report["originality"]} == ids
    assert report["reuse"] and all(set(r["articles"]) <= ids for r in report["reuse"])
    passage = report["reuse"][0]["passages"][0]
    assert {"text", "spans", "words", "quotation", "origin"} <= set(passage)
    assert 4 <= len(report["summary"]) <= 8
    for sentence in report["summary"]:
        start, end = sentence["span"]
        assert bodies[sentence["article"]][start:end] == sentence["text"]
        assert sentence["article"] in sentence["supporting"]
    assert report["stories"][0]["independent_sources"] == len(report["sources"])


def test_text_report_has_the_sections(example_dir: Path) -> None:
    result = analyze(str(example_dir))
    assert result.returncode == 0
    for heading in ("Who wrote what", "Shared passages", "Independent sources", "In brief"):
        assert heading in result.stdout
