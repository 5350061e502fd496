"""Summary support on our own labelled basil-dev pairs: does a cited article's sentence support the summary sentence?

    python benchmarks/support_labels.py

The pairs (benchmarks/data/support_labels.jsonl; drawn by
benchmarks/support_sample.py, labelled by hand by the claims engineer of
issue #15; file names and body offsets only): 60 pairs of a summary
sentence newsfuse wrote on basil-dev and another article's closest sentence
by content words (cosine at least 0.12). ``supports``: the other sentence
states the summary sentence's main fact (41 of 60 do); ``similarity``: the
content-word cosine of the two within their story when drawn.

Printed: precision and recall of the citation rule in use
(newsfuse.compare.summary: embedding cosine at least SUPPORT_EMBEDDING) and
of the content-word rule it replaced (cosine at least SUPPORT_SIMILARITY),
with 95% bootstrap intervals over pairs, and the embedding threshold chosen
by 5-fold cross-validation (the lowest whose training precision reaches
0.85) with the precision it gives on the held-out folds.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse.compare.semantic import Embeddings, embedder  # noqa: E402
from newsfuse.compare.summary import SUPPORT_EMBEDDING, SUPPORT_SIMILARITY  # noqa: E402
from newsfuse.ingest import read_paths  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.options import Options  # noqa: E402

BASIL = ROOT.parent / "shared" / "eval" / "basil-dev"
LABELS = ROOT / "benchmarks" / "data" / "support_labels.jsonl"


def pairs() -> list[tuple[str, str, bool, float]]:
    """(summary sentence, other sentence, supports, content-word cosine) for every labelled pair."""
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    files = sorted({r[side][0] for r in rows for side in ("summary", "other")})
    bodies = {
        Path(a.source).name: a.body
        for a in read_paths([BASIL / "articles" / f for f in files], Options())
        if isinstance(a, Article)
    }
    out = []
    for r in rows:
        (fa, sa, ea), (fb, sb, eb) = r["summary"], r["other"]
        a, b = bodies[fa][sa:ea], bodies[fb][sb:eb]
        out.append((a, b, bool(r["supports"]), float(r["similarity"])))
    return out


def precision_recall(chosen: list[bool], truth: list[bool]) -> tuple[float, float]:
    tp = sum(c and t for c, t in zip(chosen, truth, strict=True))
    return tp / max(1, sum(chosen)), tp / max(1, sum(truth))


def interval(chosen: list[bool], truth: list[bool], seed: int = 0) -> tuple[float, float]:
    rng = random.Random(seed)
    n = len(truth)
    values = []
    for _ in range(2000):
        idx = [rng.randrange(n) for _ in range(n)]
        values.append(precision_recall([chosen[i] for i in idx], [truth[i] for i in idx])[0])
    values.sort()
    return (round(values[49], 3), round(values[1949], 3))


def embedding_cosines(data: list[tuple[str, str, bool, float]]) -> list[float]:
    vectors = Embeddings([t for a, b, _, _ in data for t in (a, b)])
    return [vectors.cosine(2 * i, 2 * i + 1) for i in range(len(data))]


def cross_validated(cosines: list[float], truth: list[bool]) -> tuple[float, list[float]]:
    order = list(range(len(truth)))
    random.Random(0).shuffle(order)
    chosen: list[bool] = []
    kept_truth: list[bool] = []
    thresholds = []
    for fold in range(5):
        test = order[fold::5]
        train = [i for i in order if i not in test]
        threshold = 0.9
        for t in (x / 100 for x in range(30, 90)):
            picked = [i for i in train if cosines[i] >= t]
            if picked and sum(truth[i] for i in picked) / len(picked) >= 0.85:
                threshold = t
                break
        thresholds.append(threshold)
        chosen += [cosines[i] >= threshold for i in test]
        kept_truth += [truth[i] for i in test]
    return precision_recall(chosen, kept_truth)[0], thresholds


def main() -> int:
    data = pairs()
    truth = [t for _, _, t, _ in data]
    lexical = [s >= SUPPORT_SIMILARITY for *_, s in data]
    p, r = precision_recall(lexical, truth)
    print(f"content words >= {SUPPORT_SIMILARITY}: precision {p:.3f} {interval(lexical, truth)} recall {r:.3f}")
    if embedder() is None:
        print("no embedding model: the content-word rule is in use")
        return 0
    cosines = embedding_cosines(data)
    semantic = [c >= SUPPORT_EMBEDDING for c in cosines]
    p, r = precision_recall(semantic, truth)
    print(f"embedding >= {SUPPORT_EMBEDDING}: precision {p:.3f} {interval(semantic, truth)} recall {r:.3f}")
    cv, thresholds = cross_validated(cosines, truth)
    print(f"5-fold CV: thresholds {thresholds}, held-out precision {cv:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
