"""Train the antecedent ranker of "he"/"she" (``src/newsfuse/article/pronoun_model.json``) on PolNeAR's train split.

Run from the project root (needs the ``train`` extra: scikit-learn)::

    .venv/bin/python scripts/train_pronouns.py             # cross-validate, then write the shipped model
    .venv/bin/python scripts/train_pronouns.py --cv-only   # the cross-validated figures only

Why: nobody annotated which person a pronoun means, but the construction of
the GGT-kind proxy (``benchmarks/chains_cv.py``) makes such labels: in a copy
of an article, a person's annotated source mention is replaced by "he"/"she"
(:func:`chains_cv.derive`: where the antecedent is plain; and
:func:`chains_cv.derive_hard`: where another person of that gender is named in
the same or the previous paragraph), so the person meant is known by
construction. Each copy is read by the system (:func:`newsfuse.article.quotes.resolve_pronouns`)
and every replaced pronoun it ranks (where the hand rules name a person from
outside the pronoun's own sentence: :mod:`newsfuse.article.antecedents`) is
one example: its candidates with their
features (:data:`newsfuse.article.antecedents.FEATURES`), labelled by whether
the candidate is the person replaced (the same full name, or the same
surname). A logistic regression over the candidates of the examples that
hold the person (scikit-learn, fixed seed, standardised features) is written
as JSON, rounded, so the same data gives the same bytes.

Before writing, a 5-fold cross-validation grouped by article prints how
often the ranker and the hand rules' order (the ranker's ``rules_pick``)
name the person replaced, on the easy and the hard copies, with 95%
bootstrap intervals over articles (paired for the difference).

The cross-validated proxies (``benchmarks/chains_cv.py``,
``benchmarks/quotes_cv.py``) train a ranker with :func:`train` on the
training folds only, so no article they score was in its training data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_speakers  # noqa: E402

import chains_cv  # noqa: E402
from newsfuse.article.antecedents import FEATURES, AntecedentRanker, observing, ranker_in_use  # noqa: E402
from newsfuse.article.quotes import resolve_pronouns  # noqa: E402
from newsfuse.model import Article  # noqa: E402

OUT = ROOT / "src" / "newsfuse" / "article" / "pronoun_model.json"
SEED = 14
C = 1.0
"""The inverse regularisation strength of the logistic regression."""
FOLDS = 5
BOOTSTRAP_ROUNDS = 1000


class Example(NamedTuple):
    """One replaced pronoun as the system ranked it."""

    article: str
    kind: str
    """``easy`` (:func:`chains_cv.derive`), ``hard`` or ``between`` (:func:`chains_cv.derive_hard`)."""
    rows: list[tuple[str, list[float]]]
    labels: list[int]
    rules_right: bool


def same_person(name: str, gold: str) -> bool:
    """Whether a candidate's name is the person replaced: the same name, or the same surname."""
    if not name or not gold:
        return False
    return name == gold or name.split()[-1].lower() == gold.split()[-1].lower()


def _observed(name: str, text: str) -> dict[int, tuple[str, list[tuple[str, list[float]]]]]:
    """Offset -> (the rules' pick, the candidate rows) of every pronoun the system ranks in ``text`` (the
    rules' order in force, so the features are those of the hand rules' chains)."""
    seen: dict[int, tuple[str, list[tuple[str, list[float]]]]] = {}

    def note(offset: int, ruled: str, rows: list[tuple[str, list[float]]]) -> None:
        seen[offset] = (ruled, rows)

    with ranker_in_use(None), observing(note):
        resolve_pronouns(Article(id=name, source=name, body=text))
    return seen


def examples_of(name: str, text: str, attributions: list[dict[str, Any]], table: dict[str, str]) -> list[Example]:
    """The examples one article gives: its easy and its hard copy's replaced pronouns."""
    art = chains_cv.read(text, attributions, table)
    out = []
    for kind, derived in (
        ("easy", chains_cv.derive(text, attributions, table, art)),
        ("hard", chains_cv.derive_hard(text, attributions, table, art)),
    ):
        if not derived.replaced:
            continue
        between = {
            a["source"]["spans"][0][0] for a in derived.attributions if a.get("_between") and a["source"].get("spans")
        }
        seen = _observed(name, derived.text)
        for start, _end, gold in derived.replaced:
            if start not in seen:
                continue
            ruled, rows = seen[start]
            labels = [int(same_person(n, gold)) for n, _ in rows]
            here = "between" if kind == "hard" and start in between else kind
            out.append(Example(name, here, rows, labels, same_person(ruled, gold)))
    return out


def examples(
    texts: dict[str, str], attributions: dict[str, list[dict[str, Any]]], names: list[str]
) -> dict[str, list[Example]]:
    """Article -> its examples, for every article of ``names``."""
    table = chains_cv.given_genders()
    return {name: examples_of(name, texts[name], attributions.get(name, []), table) for name in names}


def _matrix(found: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    usable = [e for e in found if any(e.labels)]
    x = np.asarray([f for e in usable for _, f in e.rows], dtype=np.float64).reshape(-1, len(FEATURES))
    y = np.asarray([label for e in usable for label in e.labels], dtype=np.int64)
    return x, y


def fit(found: list[Example]) -> dict[str, Any]:
    """The ranker's JSON data fitted on the candidates of ``found`` (rounded: the same data, the same bytes)."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,import-not-found,unused-ignore]

    x, y = _matrix(found)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    model.fit((x - mean) / scale, y)
    return {
        "about": {
            "trained_on": "PolNeAR train split (../shared/eval/polnear-train), scripts/train_pronouns.py",
            "seed": SEED,
            "C": C,
            "examples": len(found),
            "candidates": len(y),
        },
        "features": list(FEATURES),
        "mean": train_speakers._rounded(mean),
        "scale": train_speakers._rounded(scale),
        "coef": train_speakers._rounded(model.coef_[0]),
        "intercept": float(f"{model.intercept_[0]:.6g}"),
    }


def train(texts: dict[str, str], attributions: dict[str, list[dict[str, Any]]], names: list[str]) -> dict[str, Any]:
    """The ranker trained on the articles ``names`` only (what the cross-validated proxies call per fold)."""
    by_article = examples(texts, attributions, sorted(names))
    return fit([e for name in sorted(by_article) for e in by_article[name]])


def fold_ranker(by_article: dict[str, list[Example]], train_names: list[str]) -> AntecedentRanker | None:
    """The ranker fitted on the examples of ``train_names`` only (:func:`examples` computed once for every
    article of a cross-validation: an article's examples depend on nothing but the article); None (the
    rules' order) where they hold no example with the person among its candidates."""
    found = [e for name in sorted(train_names) for e in by_article.get(name, [])]
    labels = {label for e in found if any(e.labels) for label in e.labels}
    return AntecedentRanker(fit(found)) if labels == {0, 1} else None


def _right(ranker: AntecedentRanker, e: Example) -> bool:
    best = ranker.best(e.rows)
    return bool(e.labels[best]) if best is not None else e.rules_right


def cross_validate(by_article: dict[str, list[Example]]) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Kind -> article -> (examples, right by the rules, right by the ranker trained without that article)."""
    names = sorted(by_article)
    order = np.random.default_rng(SEED).permutation(len(names)) % FOLDS
    out: dict[str, dict[str, tuple[int, int, int]]] = {}
    for k in range(FOLDS):
        held = [n for n, f in zip(names, order, strict=True) if f == k]
        ranker = AntecedentRanker(fit([e for n, f in zip(names, order, strict=True) if f != k for e in by_article[n]]))
        for name in held:
            for e in by_article[name]:
                for kind in (e.kind, "all", "hard+between" if e.kind in ("hard", "between") else ""):
                    if kind:
                        total, rules, ranked = out.setdefault(kind, {}).get(name, (0, 0, 0))
                        out[kind][name] = (total + 1, rules + e.rules_right, ranked + _right(ranker, e))
    return out


def report(cv: dict[str, dict[str, tuple[int, int, int]]]) -> list[str]:
    """Accuracy of the rules and the ranker per kind, with 95% bootstrap intervals over articles."""
    rng = np.random.default_rng(SEED)
    lines = []
    for kind in sorted(cv):
        counts = np.asarray(list(cv[kind].values()), dtype=np.float64)
        picks = rng.integers(0, len(counts), size=(BOOTSTRAP_ROUNDS, len(counts)))
        sums = counts[picks].sum(axis=1)
        rules, ranked = sums[:, 1] / sums[:, 0], sums[:, 2] / sums[:, 0]
        total = counts.sum(axis=0)

        def ci(values: np.ndarray) -> str:
            return f"[{np.quantile(values, 0.025):+.3f}, {np.quantile(values, 0.975):+.3f}]"

        lines.append(
            f"  {kind} ({int(total[0])} pronouns, {len(counts)} articles): rules {total[1] / total[0]:.3f} "
            f"{ci(rules)}, ranker {total[2] / total[0]:.3f} {ci(ranked)}, "
            f"paired {(total[2] - total[1]) / total[0]:+.3f} {ci(ranked - rules)}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    parser.add_argument("--output", type=Path, default=OUT, help="where to write the model (the shipped file)")
    args = parser.parse_args(argv)
    if not train_speakers.TRAIN.exists():
        print(f"no training data at {train_speakers.TRAIN}", file=sys.stderr)
        return 2
    texts, attributions = train_speakers.load()
    by_article = examples(texts, attributions, sorted(texts))
    if not args.no_cv:
        print(f"grouped {FOLDS}-fold CV over {len(by_article)} articles, the person replaced named (95% CI):")
        print("\n".join(report(cross_validate(by_article))))
    if args.cv_only:
        return 0
    data = fit([e for name in sorted(by_article) for e in by_article[name]])
    args.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
