"""Cleaning never removes a quotation the gold sets annotate.

A check of the boilerplate rules against real articles from many outlets
(../shared/eval/: GenderGapTracker, PolNeAR and the seeds; skipped where
absent): every annotated quotation segment that is in the original text is
still in the cleaned body.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import absent
from newsfuse.ingest.clean import clean_text
from newsfuse.ingest.normalise import CONTROLS, ZERO_WIDTH

pytestmark = pytest.mark.eval

_DROP_ZERO_WIDTH = {ord(ch): None for ch in ZERO_WIDTH + CONTROLS}


def _normalise(text: str) -> str:
    return " ".join(text.translate(_DROP_ZERO_WIDTH).split())


@pytest.mark.parametrize(
    ("quotes", "articles"),
    [
        ("ggt-dev/quotes.jsonl", "ggt-dev/articles"),
        ("polnear-dev/quotes.jsonl", "polnear-dev/articles"),
        ("starmer-trump-2025.quotes.jsonl", "../seeds"),
    ],
)
def test_every_gold_quotation_survives_cleaning(eval_dir: Path, quotes: str, articles: str) -> None:
    folder = eval_dir / articles
    if not folder.exists():
        absent(f"{folder} is absent")
    texts: dict[str, tuple[str, str]] = {}
    checked = 0
    lost: list[str] = []
    for line in (eval_dir / quotes).read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if gold["article"] not in texts:
            raw = (folder / gold["article"]).read_text(encoding="utf-8")
            texts[gold["article"]] = (_normalise(raw), _normalise(clean_text(raw).body))
        raw, body = texts[gold["article"]]
        for segment in map(_normalise, gold["segments"]):
            if segment in raw:
                checked += 1
                if segment not in body:
                    lost.append(f"{gold['article']}: {segment[:80]}")
    assert checked > 50
    assert not lost
