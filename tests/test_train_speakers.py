"""The training script's safeguards (``scripts/train_speakers.py``): a cross-validation cache is reused only
for the features, code and data it was computed from, and a model with unmeasured thresholds never replaces
the shipped one. Invented articles only; no training data needed."""

from __future__ import annotations

import pickle
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import load_script
from newsfuse.article.candidates import Candidate
from newsfuse.article.speakers import Mention

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return load_script("scripts/train_speakers.py", "train_speakers_script")


TEXTS = {"a.txt": "“We will build it,” Ada Vell said.", "b.txt": "Pavel Dorn said “no”."}
ATTRIBUTIONS: dict[str, list[dict[str, Any]]] = {"a.txt": [{"source": {"text": "Ada Vell"}}]}


def test_the_cache_key_follows_the_data_and_the_articles_chosen(train: ModuleType) -> None:
    key = train.cv_key(TEXTS, ATTRIBUTIONS, ["a.txt", "b.txt"])
    assert key == train.cv_key(TEXTS, ATTRIBUTIONS, ["b.txt", "a.txt"])
    assert key != train.cv_key(TEXTS, ATTRIBUTIONS, ["a.txt"])
    assert key != train.cv_key({**TEXTS, "b.txt": "Pavel Dorn said “yes”."}, ATTRIBUTIONS, ["a.txt", "b.txt"])
    assert key != train.cv_key(TEXTS, {"a.txt": [{"source": {"text": "Vell"}}]}, ["a.txt", "b.txt"])


def test_the_cache_key_follows_the_feature_names(train: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    key = train.cv_key(TEXTS, ATTRIBUTIONS, ["a.txt"])
    monkeypatch.setattr(train, "FEATURES", (*train.FEATURES, "a_new_feature"))
    assert train.cv_key(TEXTS, ATTRIBUTIONS, ["a.txt"]) != key


def test_the_cache_key_follows_the_feature_code(
    train: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code = tmp_path / "features.py"
    code.write_text("WEIGHT = 1\n", encoding="utf-8")
    monkeypatch.setattr(train, "ROOT", tmp_path)
    monkeypatch.setattr(train, "CV_INPUTS", ("features.py",))
    key = train.cv_key(TEXTS, ATTRIBUTIONS, ["a.txt"])
    code.write_text("WEIGHT = 2\n", encoding="utf-8")
    assert train.cv_key(TEXTS, ATTRIBUTIONS, ["a.txt"]) != key


def test_a_stale_cache_is_computed_again_and_a_fresh_one_reused(
    train: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    runs: list[list[str]] = []

    def cross_validate(texts: dict[str, str], attributions: Any, names: list[str]) -> dict[str, Any]:
        runs.append(list(names))
        return {"run": len(runs)}

    monkeypatch.setattr(train, "cross_validate", cross_validate)
    cache = tmp_path / "cv.pickle"
    with cache.open("wb") as fh:
        pickle.dump({"key": "written by older code", "cv": {"run": 0}}, fh)
    assert train._cached_cv(cache, TEXTS, ATTRIBUTIONS) == {"run": 1}
    assert train._cached_cv(cache, TEXTS, ATTRIBUTIONS) == {"run": 1}  # reused: same key
    assert train._cached_cv(cache, TEXTS, ATTRIBUTIONS, ["a.txt"]) == {"run": 2}  # other articles
    assert runs == [["a.txt", "b.txt"], ["a.txt"]]


def test_unmeasured_thresholds_never_replace_the_shipped_model(train: ModuleType) -> None:
    shipped = train.OUT.read_bytes()
    for argv in (["--no-cv"], ["--no-cv", "--output", str(train.OUT)]):
        with pytest.raises(SystemExit) as raised:
            train.main(argv)
        assert raised.value.code == 2
    assert train.OUT.read_bytes() == shipped


def _candidates(text: str, *words: str) -> list[Candidate]:
    return [Candidate(Mention("name", text.index(w), text.index(w) + len(w), w), ()) for w in words]


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "Ana Vell, a nurse from Brenmoor, Ohio, said the plan would “fail everyone.”",
            "Ana Vell, a nurse from Brenmoor, Ohio,",
            "Ana Vell",
        ),
        ("Ana Vell of Brenmoor, Ohio said the plan would “fail everyone.”", "Ana Vell of Brenmoor, Ohio", "Ana Vell"),
        ("Sen. Ana Vell (D-Ohio) said the plan would “fail everyone.”", "Sen. Ana Vell (D-Ohio)", "Ana Vell"),
        (
            "The vote was close. Ana Vell, a nurse from Brenmoor, Ohio, said the plan would “fail everyone.”",
            "Ana Vell, a nurse from Brenmoor, Ohio,",
            "Ana Vell",
        ),
    ],
)
def test_a_candidate_in_the_apposition_of_the_source_is_not_the_source(
    train: ModuleType, text: str, source: str, speaker: str
) -> None:
    others = [w for w in ("Brenmoor", "Ohio") if w in source]
    candidates = _candidates(text, speaker, *others)
    start = text.index(source)
    labels = train.candidate_labels(text, candidates, [(start, start + len(source))])
    assert labels == [1] + [0] * len(others)


def test_a_source_with_no_candidate_in_its_head_keeps_every_overlapping_candidate(train: ModuleType) -> None:
    text = "The head of the union, Ana Vell, said the plan would “fail everyone.”"
    candidates = _candidates(text, "Ana Vell")
    source = "The head of the union, Ana Vell,"
    assert train.candidate_labels(text, candidates, [(0, len(source))]) == [1]


def _scored(article: str, confidence: float, labelled: bool, partial: bool, p_quote: float) -> tuple[Any, ...]:
    """One cross-validated quotation as ``train_speakers.thresholds`` reads it; a labelled one is right."""
    return (confidence, labelled, labelled, partial, p_quote, article)


def test_a_threshold_whose_gain_the_articles_do_not_show_is_not_set(train: ModuleType) -> None:
    # forty articles of confident quotations; one holds a quotation nobody is annotated as saying, which a
    # quotation gate above 0.3 would leave unattributed: a gain of one abstention in one article of forty
    scored = [_scored(f"{n}.txt", 0.9, True, False, 0.9) for n in range(40)]
    scored.append(_scored("7.txt", 0.5, False, False, 0.3))
    assert train.thresholds(scored) == (0.0, 0.0, 0.0)


def test_a_threshold_whose_gain_every_article_shows_is_set(train: ModuleType) -> None:
    # every article holds a partial quotation attributed to its source and a scare-quoted term the scorer
    # is unsure of: leaving the terms unattributed is a gain article after article
    scored = [_scored(f"{n}.txt", 0.8, True, True, 0.9) for n in range(40)]
    scored += [_scored(f"{n}.txt", 0.15, False, True, 0.9) for n in range(40)]
    assert train.thresholds(scored) == (0.0, 0.16, 0.0)
