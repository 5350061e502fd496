"""Claims precision on our own labelled basil-dev sample, and what a sentence-embedding model would add.

    python benchmarks/claims_labels.py

The sample (benchmarks/data/claims_labels.jsonl, drawn by
benchmarks/claims_sample.py, labelled by hand by the claims engineer of issue
#15; article file names and body offsets only) holds 80 cross-outlet
sentence pairs of basil-dev: 40 ``aligned`` (two sources of one claim
newsfuse reported when drawn) and 40 ``near`` (not aligned, statement
similarity 0.08–0.18). ``same``: the two sentences assert the same fact or
event (one may add detail; an attribution added or dropped does not matter);
two different statements of one speaker, or two acts about one person, are
not the same.

Printed: the precision of the claims newsfuse reports now over the labelled
pairs it puts in one claim (with a 95% bootstrap interval over pairs), the
recall over the pairs labelled same, and, where the ``wordllama`` package is
installed (it is not a dependency), the ranking quality (AUC) of the
statement similarity and of the embedding cosine, and a 5-fold
cross-validated precision of an embedding filter on the aligned pairs.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse import analyze  # noqa: E402

BASIL = ROOT.parent / "shared" / "eval" / "basil-dev"
LABELS = ROOT / "benchmarks" / "data" / "claims_labels.jsonl"


def labelled() -> list[dict[str, object]]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]


def claimed_pairs() -> tuple[set[tuple[tuple[str, int], tuple[str, int]]], dict[tuple[str, int, int], str]]:
    """Pairs of (file, sentence start) that one reported claim holds, and every sentence's text."""
    report = analyze([BASIL / "articles"])
    name = {a.id: Path(a.source).name for a in report.articles}
    bodies = {name[a.id]: a.body for a in report.articles}
    pairs: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for claim in report.claims:
        keys = sorted((name[s.article], s.span.start) for s in claim.sources)
        pairs |= {(x, y) for i, x in enumerate(keys) for y in keys[i + 1 :]}
    texts = {}
    for row in labelled():
        for side in ("a", "b"):
            f, s, e = row[side]  # type: ignore[misc]
            texts[(f, s, e)] = bodies[f][s:e]
    return pairs, texts


def _interval(hits: list[int], seed: int = 0) -> tuple[float, float]:
    rng = random.Random(seed)
    if not hits:
        return (float("nan"), float("nan"))
    means = sorted(sum(rng.choice(hits) for _ in hits) / len(hits) for _ in range(2000))
    return (round(means[49], 3), round(means[1949], 3))


def _auc(scores: list[float], labels: list[bool]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def embedding_report(rows: list[dict[str, object]], texts: dict[tuple[str, int, int], str]) -> None:
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        print("wordllama not installed: no embedding comparison")
        return
    start = time.perf_counter()
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    loaded = time.perf_counter() - start
    cos = [float(model.similarity(texts[tuple(r["a"])], texts[tuple(r["b"])])) for r in rows]  # type: ignore[arg-type]
    same = [bool(r["same"]) for r in rows]
    aligned = [i for i, r in enumerate(rows) if r["stratum"] == "aligned"]
    print(f"wordllama load {loaded:.2f}s; AUC all pairs: embedding {_auc(cos, same)}")
    print(f"AUC aligned pairs: embedding {_auc([cos[i] for i in aligned], [same[i] for i in aligned])}")
    rng = random.Random(0)
    order = aligned[:]
    rng.shuffle(order)
    kept_true = kept = lost = 0
    for fold in range(5):
        test = order[fold::5]
        train = [i for i in order if i not in test]
        threshold = 0.8
        for t in (x / 100 for x in range(30, 80)):
            chosen = [i for i in train if cos[i] >= t]
            if chosen and sum(same[i] for i in chosen) / len(chosen) >= 0.9:
                threshold = t
                break
        for i in test:
            if cos[i] >= threshold:
                kept += 1
                kept_true += same[i]
            else:
                lost += same[i]
    print(f"embedding filter, 5-fold CV on aligned pairs: precision {kept_true / max(1, kept):.3f} "
          f"({kept_true}/{kept}), same pairs dropped {lost}")  # fmt: skip


def main() -> int:
    rows = labelled()
    pairs, texts = claimed_pairs()

    def together(r: dict[str, object]) -> bool:
        a, b = sorted([(r["a"][0], r["a"][1]), (r["b"][0], r["b"][1])])  # type: ignore[index]
        return (a, b) in pairs

    grouped = [int(bool(r["same"])) for r in rows if together(r)]
    same_rows = [int(together(r)) for r in rows if r["same"]]
    precision = sum(grouped) / len(grouped) if grouped else float("nan")
    recall = sum(same_rows) / len(same_rows) if same_rows else float("nan")
    print(
        f"claims on the labelled pairs: precision {precision:.3f} {_interval(grouped)} "
        f"over {len(grouped)} grouped pairs; "
        f"recall {recall:.3f} {_interval(same_rows)} over {len(same_rows)} same pairs"
    )
    embedding_report(rows, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
