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
with 95% bootstrap intervals over stories, and the embedding threshold chosen
by 5-fold cross-validation over stories (the lowest whose training precision
reaches 0.85) with the precision it gives on the held-out folds. The
bootstrap and cross-validation code is shared with claims_labels.py
(benchmarks/labelled_pairs.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import BASIL  # noqa: E402
from labelled_pairs import bootstrap_interval, cross_validated, precision_recall, read_labels, story_of  # noqa: E402
from newsfuse.compare.semantic import Embeddings, embedder  # noqa: E402
from newsfuse.compare.summary import SUPPORT_EMBEDDING, SUPPORT_SIMILARITY  # noqa: E402
from newsfuse.ingest import read_paths  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.options import Options  # noqa: E402

__all__ = ["embedding_cosines", "pairs", "precision_recall"]

LABELS = ROOT / "benchmarks" / "data" / "support_labels.jsonl"
TARGET = 0.85
"""Training precision the cross-validated threshold must reach."""
GRID = [x / 100 for x in range(30, 90)]


def pairs() -> list[tuple[str, str, bool, float]]:
    """(summary sentence, other sentence, supports, content-word cosine) for every labelled pair."""
    rows = read_labels(LABELS)
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


def stories() -> list[str]:
    """Each labelled pair's story, in the file's order."""
    return [story_of(r["summary"][0]) for r in read_labels(LABELS)]


def embedding_cosines(data: list[tuple[str, str, bool, float]]) -> list[float]:
    vectors = Embeddings([t for a, b, _, _ in data for t in (a, b)])
    return [vectors.cosine(2 * i, 2 * i + 1) for i in range(len(data))]


def main() -> int:
    data = pairs()
    truth = [t for _, _, t, _ in data]
    groups = stories()
    lexical = [s >= SUPPORT_SIMILARITY for *_, s in data]
    p, r = precision_recall(lexical, truth)
    ci = bootstrap_interval(lexical, truth, groups)
    print(f"content words >= {SUPPORT_SIMILARITY}: precision {p:.3f} {ci} recall {r:.3f}")
    if embedder() is None:
        print("no embedding model: the content-word rule is in use")
        return 0
    cosines = embedding_cosines(data)
    semantic = [c >= SUPPORT_EMBEDDING for c in cosines]
    p, r = precision_recall(semantic, truth)
    ci = bootstrap_interval(semantic, truth, groups)
    print(f"embedding >= {SUPPORT_EMBEDDING}: precision {p:.3f} {ci} recall {r:.3f}")
    held_out, thresholds = cross_validated(cosines, truth, TARGET, GRID, groups)
    p, r = precision_recall(held_out, truth)
    ci = bootstrap_interval(held_out, truth, groups)
    print(f"5-fold CV over stories: thresholds {thresholds}, held-out precision {p:.3f} {ci} recall {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
