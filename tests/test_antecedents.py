"""The learned antecedent ranker of "he"/"she" (``article/antecedents.py``): its candidates, its features, the
shipped model and the trainer (invented articles only)."""

from __future__ import annotations

import json
import time
from importlib import resources
from typing import Any

import pytest

from conftest import load_script
from newsfuse.article.antecedents import (
    FEATURES,
    RANKER_FILE,
    AntecedentRanker,
    Row,
    load_ranker,
    observing,
    ranker_in_force,
    ranker_in_use,
)
from newsfuse.article.quotes import extract_quotes
from newsfuse.model import Article

BRIDGE = (
    "Mayor Ana Vell of Brenmoor announced on Monday that the old bridge would close. Vell said the repairs "
    "would cost $4 million. Vell has led the town since 2019, and Vell said the work was overdue.\n\n"
    "The closure angered Rina Dorn, who runs a bakery by the bridge. Dorn's shop depends on passing trade.\n\n"
    "“We have no choice,” she said. “The bridge is not safe.”"
)
"""Two women named before "she": the mayor, named four times and speaking, and a baker, the last subject."""


def _one_hot_ranker(feature: str, weight: float = 1.0) -> AntecedentRanker:
    """A ranker that scores candidates by one feature alone."""
    n = len(FEATURES)
    return AntecedentRanker(
        {
            "features": list(FEATURES),
            "mean": [0.0] * n,
            "scale": [1.0] * n,
            "coef": [weight if f == feature else 0.0 for f in FEATURES],
            "intercept": 0.0,
        }
    )


def _speakers(body: str) -> list[str | None]:
    quotes = extract_quotes(Article(id="t", source="t", body=body))
    return [q.speaker.name if q.speaker else None for q in quotes]


def _observed(body: str) -> dict[int, tuple[str, list[Row]]]:
    seen: dict[int, tuple[str, list[Row]]] = {}

    def note(offset: int, ruled: str, rows: list[Row]) -> None:
        seen[offset] = (ruled, rows)

    with observing(note):
        extract_quotes(Article(id="t", source="t", body=body))
    return seen


def _row(rows: list[Row], name: str) -> dict[str, float]:
    features = next(f for n, f in rows if n == name)
    return dict(zip(FEATURES, features, strict=True))


def test_without_a_ranker_the_rules_order_decides() -> None:
    with ranker_in_use(None):
        assert ranker_in_force() is None
        assert _speakers(BRIDGE) == ["Rina Dorn", "Rina Dorn"]  # the last clause subject of her gender


def test_a_ranker_decides_against_the_rules_order() -> None:
    # scored by how often the article names a person, the mayor wins over the last subject
    with ranker_in_use(_one_hot_ranker("mentions_in_article")):
        assert _speakers(BRIDGE) == ["Ana Vell", "Ana Vell"]
    with ranker_in_use(_one_hot_ranker("most_recent")):
        assert _speakers(BRIDGE) == ["Rina Dorn", "Rina Dorn"]


def test_every_person_of_the_gender_before_the_pronoun_is_a_candidate_with_evidence() -> None:
    seen = _observed(BRIDGE)
    ((ruled, rows),) = seen.values()
    assert ruled == "Rina Dorn"
    assert [n for n, _ in rows] == ["Rina Dorn", "Ana Vell"]  # the last named first
    dorn, vell = _row(rows, "Rina Dorn"), _row(rows, "Ana Vell")
    assert dorn["rules_pick"] == dorn["recent_subject"] == dorn["most_recent"] == 1.0
    assert vell["rules_pick"] == 0.0 and vell["recency_rank"] == 1.0
    assert vell["first_named"] == vell["speaks_in_article"] == 1.0 and dorn["first_named"] == 0.0
    assert vell["mentions_before"] > dorn["mentions_before"] > 0
    assert vell["paragraphs_back"] == 2.0 and dorn["paragraphs_back"] == 1.0
    assert dorn["last_possessive"] == 1.0  # "Dorn's shop"


def test_a_person_of_the_other_gender_is_no_candidate() -> None:
    body = (
        "Daniel Oren runs the Brenmoor ferry. Ana Vell, the harbour master, inspected it on Friday.\n\n"
        "“The hull is sound,” she said."
    )
    ((_, rows),) = _observed(body).values()
    assert [n for n, _ in rows] == ["Ana Vell"]


def test_a_name_the_pronouns_sentence_reports_is_marked_barred() -> None:
    body = (
        "Rina Dorn chairs the Brenmoor harbour board. Ana Vell joined it in May.\n\n"
        "Vell is “the best treasurer we ever had,” she said."
    )
    ((ruled, rows),) = _observed(body).values()
    assert ruled == "Rina Dorn"  # the words of "she" are about Vell: not Vell
    assert _row(rows, "Ana Vell")["barred"] == 1.0 and _row(rows, "Rina Dorn")["barred"] == 0.0


def test_ranker_picks_the_best_score_and_the_first_on_a_tie() -> None:
    ranker = _one_hot_ranker("given_name")
    rows: list[Row] = [("A", [0.0] * len(FEATURES)), ("B", [0.0] * len(FEATURES))]
    assert ranker.best(rows) == 0
    rows[1][1][FEATURES.index("given_name")] = 1.0
    assert ranker.best(rows) == 1
    assert ranker.best([]) is None
    with pytest.raises(ValueError):
        ranker.score([1.0])


def test_a_model_for_other_features_is_refused() -> None:
    data: dict[str, Any] = {"features": ["distance"], "mean": [0.0], "scale": [1.0], "coef": [1.0], "intercept": 0}
    with pytest.raises(ValueError, match="features differ"):
        AntecedentRanker(data)


def test_the_shipped_ranker_loads_quickly_and_reads_the_codes_features() -> None:
    text = resources.files("newsfuse.article").joinpath(RANKER_FILE).read_text(encoding="utf-8")
    started = time.perf_counter()
    ranker = AntecedentRanker(json.loads(text))
    assert time.perf_counter() - started < 0.5
    assert json.loads(text)["features"] == list(FEATURES)
    assert load_ranker() is not None and ranker.about["seed"] == load_ranker().about["seed"]  # type: ignore[union-attr]


def test_the_trainer_labels_by_the_person_and_fits_the_same_bytes_twice() -> None:
    pytest.importorskip("sklearn")
    trainer = load_script("scripts/train_pronouns.py", "train_pronouns")
    assert trainer.same_person("Ana Vell", "Vell") and trainer.same_person("Ana Vell", "Ana Vell")
    assert not trainer.same_person("Rina Dorn", "Ana Vell") and not trainer.same_person("", "Ana Vell")
    n = len(FEATURES)
    found = [
        trainer.Example(
            f"a{i}",
            "hard",
            [("Ana Vell", [float(i % 3), 1.0] + [0.0] * (n - 2)), ("Rina Dorn", [0.0, float(i % 2)] + [1.0] * (n - 2))],
            [1, 0],
            False,
        )
        for i in range(12)
    ]
    first, second = trainer.fit(found), trainer.fit(found)
    assert json.dumps(first) == json.dumps(second)
    assert first["features"] == list(FEATURES) and first["about"]["examples"] == 12
    ranker = trainer.fold_ranker({e.article: [e] for e in found}, [e.article for e in found[:6]])
    assert ranker is not None and ranker.best(found[0].rows) == 0
    assert trainer.fold_ranker({e.article: [e] for e in found}, []) is None  # nothing to learn from
