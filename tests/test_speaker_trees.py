"""The boosted trees of the speaker scorer: the compiled function reads the trees exactly as the plain walk
does, the shipped trees are well formed, and training them is reproducible and lowers the loss where two
features act together. Invented numbers and sentences only."""

from __future__ import annotations

import json
import random
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from conftest import load_script
from newsfuse.article.candidates import FEATURES
from newsfuse.article.speaker_model import SpeakerModel, compile_trees, load_model, tree_score

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return load_script("scripts/train_speakers.py", "train_speakers_trees")


def _random_tree(rng: random.Random, width: int, depth: int) -> dict[str, list[float | int]]:
    tree: dict[str, list[float | int]] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}

    def grow(level: int) -> int:
        node = len(tree["feature"])
        for key in tree:
            tree[key].append(-1 if key in {"feature", "left", "right"} else 0.0)
        if level < depth and rng.random() < 0.8:
            tree["feature"][node] = rng.randrange(width)
            tree["threshold"][node] = round(rng.uniform(-1, 1), 3)
            tree["left"][node] = grow(level + 1)
            tree["right"][node] = grow(level + 1)
        else:
            tree["value"][node] = round(rng.uniform(-1, 1), 4)
        return node

    grow(0)
    return tree


def test_the_compiled_trees_give_the_plain_walk_s_numbers() -> None:
    rng = random.Random(7)
    trees = [_random_tree(rng, 5, 4) for _ in range(30)]
    function = compile_trees(trees)
    for _ in range(200):
        x = [rng.choice([-1.0, 0.0, 0.5, 1.0, rng.uniform(-1, 1)]) for _ in range(5)]
        assert function(x) == pytest.approx(tree_score(trees, x), abs=1e-12)


def test_a_value_equal_to_the_threshold_goes_left() -> None:
    tree = {"feature": [0, -1, -1], "threshold": [0.5, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1]}
    tree["value"] = [0.0, -1.0, 1.0]
    assert compile_trees([tree])([0.5]) == tree_score([tree], [0.5]) == -1.0
    assert compile_trees([tree])([0.6]) == 1.0


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("newsfuse.article").joinpath("speaker_model.json").read_text("utf-8")
    )
    return data


def test_a_model_with_trees_adds_them_to_its_linear_score() -> None:
    rng = random.Random(3)
    trees = [_random_tree(rng, len(FEATURES), 4) for _ in range(20)]
    linear, boosted = SpeakerModel({**_shipped(), "trees": []}), SpeakerModel({**_shipped(), "trees": trees})
    for _ in range(50):
        x = [float(rng.random() < 0.3) if rng.random() < 0.7 else rng.uniform(0, 3) for _ in FEATURES]
        assert boosted._z(x) == pytest.approx(linear._z(x) + tree_score(trees, x), abs=1e-9)


def test_a_model_without_trees_is_the_linear_scorer_alone() -> None:
    model = load_model()
    assert model.trees == () or "trees" in _shipped()
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("kind_name")] = 1.0
    z = model._bias + sum(w * v for w, v in zip(model._weights, x, strict=True))
    assert SpeakerModel({**_shipped(), "trees": []})._z(x) == pytest.approx(z)


def _interaction(n: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Two features that matter only together (the speaker is the near mention unless it is another verb's
    subject): a linear offset of zero cannot tell the classes apart, trees can."""
    rng = np.random.default_rng(5)
    x = rng.integers(0, 2, size=(n, 3)).astype(np.float64)
    y = ((x[:, 0] == 1) ^ (x[:, 1] == 1)).astype(np.int64)
    return x, y


def _loss(y: np.ndarray, z: np.ndarray) -> float:
    p = 1 / (1 + np.exp(-z))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_boosted_trees_learn_what_features_do_together(train: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train, "TREES", 20)
    x, y = _interaction()
    offset = np.zeros(len(y))
    trees = train.fit_trees(x, y, offset)
    z = train.tree_scores(trees, x)
    assert _loss(y, z) < 0.5 * _loss(y, offset)
    assert z[y == 1].min() > z[y == 0].max()
    assert [tree_score(trees, list(row)) for row in x[:20]] == pytest.approx(list(z[:20]))


def test_training_the_trees_twice_gives_the_same_bytes(train: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train, "TREES", 20)
    x, y = _interaction()
    first = json.dumps(train.fit_trees(x, y, np.zeros(len(y))))
    assert len(json.loads(first)) == 20
    assert json.dumps(train.fit_trees(x, y, np.zeros(len(y)))) == first
