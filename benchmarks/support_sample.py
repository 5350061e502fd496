"""Draw summary-support pairs to label (issue #15): a summary sentence and another article's closest sentence.

    python benchmarks/support_sample.py draw > pairs.jsonl   # with text, for labelling (not stored)

For every summary sentence newsfuse writes on basil-dev (drawn with a fixed
seed, at most 2 per story), each other article of the story contributes its
most similar sentence (content-word cosine, newsfuse.compare.support) when
that similarity is at least LOW. Labelled by hand in
benchmarks/data/support_labels.jsonl (file names and body offsets only):
``supports`` is true where the other sentence states the summary sentence's
main fact (the same event, figure or statement; details may differ).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse import analyze  # noqa: E402
from newsfuse.compare.support import SentenceSpace  # noqa: E402

BASIL = ROOT.parent / "shared" / "eval" / "basil-dev"
LOW = 0.12
PER_STORY = 2
SEED = 15


def draw() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    report = analyze([BASIL / "articles"])
    name = {a.id: Path(a.source).name for a in report.articles}
    by_id = {a.id: a for a in report.articles}
    from newsfuse.article.sentences import split_sentences

    rows: list[dict[str, object]] = []
    for story in report.stories:
        summary = [s for s in report.summary if s.story == story.id]
        rng.shuffle(summary)
        sentences = {i: split_sentences(by_id[i]) for i in story.articles if i in by_id}
        flat = [(i, s) for i in sentences for s in sentences[i]]
        for sent in summary[:PER_STORY]:
            texts = [sent.text] + [by_id[i].body[s.start : s.end] for i, s in flat]
            space = SentenceSpace(texts)
            sims = np.asarray(space.similarities([0]).todense()).ravel()[1:]
            for other in sentences:
                if other == sent.article:
                    continue
                idx = [k for k, (i, _) in enumerate(flat) if i == other]
                if not idx:
                    continue
                k = max(idx, key=lambda k: sims[k])
                if sims[k] < LOW:
                    continue
                s = flat[k][1]
                rows.append({
                    "summary": [name[sent.article], sent.span.start, sent.span.end],
                    "other": [name[other], s.start, s.end],
                    "similarity": round(float(sims[k]), 3),
                    "cited": other in sent.supporting,
                    "text_summary": sent.text,
                    "text_other": by_id[other].body[s.start : s.end],
                })  # fmt: skip
    return rows


if __name__ == "__main__":
    if sys.argv[1:] == ["draw"]:
        for row in draw():
            print(json.dumps(row, ensure_ascii=False))
