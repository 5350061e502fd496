"""The held-out benchmark's pieces (``benchmarks/quotes_cv.py``): the gold it builds from attribution
annotations, its folds, and the hook that puts a fold's model in use. Invented articles only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from conftest import load_script
from newsfuse.article.quotes import default_scoring, model_in_use, scoring_for
from newsfuse.article.speaker_model import MODEL_FILE, SpeakerModel, load_model
from newsfuse.options import QuotesOptions

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    return load_script("benchmarks/quotes_cv.py", "quotes_cv_benchmark")


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Vell", True),
        ("Senator Maria Vell", True),
        ("his wife and Senator Vell", True),
        ("Protesters", True),
        ("he", False),
        ("They", False),
        ("the campaign", False),
        ("The Vell campaign", False),
        ("a spokesman", False),
        ("", False),
    ],
)
def test_a_source_is_a_name_when_it_has_a_capitalised_word_and_no_leading_article(
    cv: ModuleType, source: str, named: bool
) -> None:
    assert cv.is_name(source) is named


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Dorn Pellam, a farmer from Ostley,", "Dorn Pellam"),
        ("Sen. Ada Vell (D-Ore.)", "Sen. Ada Vell"),
        ("Ada Vell of Ostley", "Ada Vell"),
        ("Ada Vell — a longtime ally —", "Ada Vell"),
        ("Mayor Ada Vell who ran in 2014", "Mayor Ada Vell"),
        ("Secretary of State Ada Vell", "Secretary of State Ada Vell"),
    ],
)
def test_the_speaker_gold_keeps_the_name_without_its_apposition(cv: ModuleType, source: str, kept: str) -> None:
    assert cv.speaker_of(source) == kept


def _attribution(text: str, source: str, content: str, cue: str = "said") -> dict[str, object]:
    def span(part: str) -> dict[str, object]:
        start = text.index(part)
        return {"text": part, "spans": [[start, start + len(part)]]}

    return {"source": span(source), "cue": span(cue), "content": span(content), "direct": True}


def test_gold_quotations_are_the_marked_passages_inside_attributed_content(cv: ModuleType) -> None:
    text = (
        "Dorn Pellam, a farmer from Ostley, said “the harvest is lost.”\n\n"
        "He said the plan was “a fantasy” and would fail.\n\n"
        "The film “Grey Hills” opens today."
    )
    attributions = [
        _attribution(text, "Dorn Pellam, a farmer from Ostley,", "“the harvest is lost.”"),
        _attribution(text, "He", "the plan was “a fantasy” and would fail"),
    ]
    gold = cv.gold_quotes("a.txt", text, attributions)
    assert [(g["segments"], g["speaker"], g["kind"]) for g in gold] == [
        (["the harvest is lost."], "Dorn Pellam", "full"),  # the apposition is not part of the name
        (["a fantasy"], None, "partial"),  # a pronoun source: found, not scored for speaker
    ]  # the film title is in no attribution: not a quotation
    assert all(g["article"] == "a.txt" for g in gold)
    json.dumps(gold)  # written as quotes.jsonl lines


def test_two_apostrophes_mark_a_quotation_as_some_archives_print_them(cv: ModuleType) -> None:
    text = "''We will rebuild the bridge,'' Mayor Ada Kell said, calling it ''the town's spine.''"
    attributions = [
        _attribution(text, "Mayor Ada Kell", "''We will rebuild the bridge,''"),
        _attribution(text, "Mayor Ada Kell", "it ''the town's spine.''", cue="calling"),
    ]
    gold = cv.gold_quotes("c.txt", text, attributions)
    assert [g["segments"] for g in gold] == [["We will rebuild the bridge,"], ["the town's spine."]]


def test_the_innermost_attribution_gives_the_speaker(cv: ModuleType) -> None:
    text = "Ms. Vell said that Orrin told her “we are done” last week."
    outer = _attribution(text, "Ms. Vell", "that Orrin told her “we are done” last week")
    inner = _attribution(text, "Orrin", "“we are done”", cue="told")
    assert [g["speaker"] for g in cv.gold_quotes("b.txt", text, [outer, inner])] == ["Orrin"]


def test_the_gold_counts_the_quotations_without_a_named_speaker(cv: ModuleType) -> None:
    text = "“We are done,” Ms. Vell said. A spokesman said “no comment.”"
    named = _attribution(text, "Ms. Vell", "“We are done,”")
    unnamed = _attribution(text, "A spokesman", "“no comment.”")
    gold = cv.gold_quotes("c.txt", text, [named, unnamed])
    assert [g["speaker"] for g in gold] == ["Ms. Vell", None]
    assert cv.unnamed_share(gold) == 0.5
    assert cv.unnamed_share([]) == 0.0


def test_folds_are_a_fixed_disjoint_sample(cv: ModuleType) -> None:
    names = [f"{i:03}.txt" for i in range(50)]
    folds = cv.folds_of(names, 4, 20)
    flat = [n for fold in folds for n in fold]
    assert len(folds) == 4 and len(flat) == len(set(flat)) == 20
    assert all(4 <= len(fold) <= 6 for fold in folds)
    assert folds == cv.folds_of(names, 4, 20)


def test_a_model_in_use_replaces_the_shipped_one_only_inside_the_block() -> None:
    shipped = load_model()
    data = json.loads((ROOT / "src" / "newsfuse" / "article" / MODEL_FILE).read_text(encoding="utf-8"))
    data["cues"] = {"uttered": 1.0}
    other = SpeakerModel(data)
    with model_in_use(other):
        assert default_scoring().model is other
        assert scoring_for(QuotesOptions()).cue_weight("uttered") == 1.0
    assert default_scoring().model is shipped
    assert scoring_for(QuotesOptions()).cue_weight("uttered") == shipped.cue_weight("uttered")


def test_the_scorer_run_in_process_prints_what_it_prints_as_a_subprocess(eval_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    bench = load_script("benchmarks/quotes.py", "quotes_benchmark_scorer")
    gold, meta, report = tmp_path / "gold.jsonl", tmp_path / "meta.json", tmp_path / "report.json"
    lines = [
        {"article": "a.txt", "segments": ["the bridge stays shut"], "speaker": "Ada Kell", "kind": "full"},
        {"article": "a.txt", "segments": ["a costly delay"], "speaker": "Orrin Tal", "kind": "partial"},
        {"article": "a.txt", "segments": ["we start again in May"], "speaker": None, "kind": "full"},
    ]
    gold.write_text("".join(json.dumps(g) + "\n" for g in lines), encoding="utf-8")
    meta.write_text(json.dumps({"speakers": {"Ada Kell": ["Ada Kell"], "Orrin Tal": ["Orrin Tal"]}}), "utf-8")
    quotes = [
        {"article": "1", "text": "the bridge stays shut", "speaker": {"name": "Mayor Ada Kell"}},
        {"article": "1", "text": "a costly delay", "speaker": "Ada Kell"},  # the wrong speaker
        {"article": "1", "text": "nothing anybody said", "speaker": None},  # no gold quotation
    ]
    report.write_text(json.dumps({"articles": [{"id": "1", "source": "x/a.txt"}], "quotes": quotes}), "utf-8")
    args = [str(eval_dir / "score_quotes.py"), str(gold), str(meta), str(report)]
    printed = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True).stdout
    assert bench._scorer_lines(gold, meta, report) == printed.rstrip("\n").splitlines()
    figures = bench._scorer_output(gold, meta, report)
    assert (figures["recall_all"], figures["wrong_speaker"][0][:17]) == (0.667, "a.t Orrin Tal <- ")
    report.write_text("not json", encoding="utf-8")
    with pytest.raises(RuntimeError):  # the scorer's exit 2: the report cannot be read
        bench._scorer_lines(gold, meta, report)


def test_two_runs_are_compared_pairwise_over_the_same_articles(cv: ModuleType) -> None:
    def run(right: list[int]) -> dict[str, dict[str, int]]:
        keys = ("speaker_right", "speaker_scored", "found", "gold", "matched", "predicted")
        return {f"{i}.txt": dict(zip(keys, (r, 4, 4, 4, 4, 4), strict=True)) for i, r in enumerate(right)}

    old = run([2, 3, 4, 3, 2, 4])
    assert cv.paired(old, old)["speaker"] == (0.0, 0.0, 0.0)
    gain, low, high = cv.paired(old, run([3, 4, 4, 4, 3, 4]))["speaker"]  # one more right in four articles
    assert gain == pytest.approx(4 / 24) and 0 < low <= gain <= high
    assert cv.paired(old, run([2, 3, 4, 3, 2, 3]))["speaker"][2] <= 0  # one fewer: never a gain
    with pytest.raises(ValueError):
        cv.paired(old, run([2, 3]))
