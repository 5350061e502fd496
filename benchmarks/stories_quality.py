"""How well story clustering holds up: dev figures, stress tests and threshold ranges, with 95% intervals.

Prints BCubed F1 (with a 95% bootstrap interval over gold stories: stories
are resampled with replacement, each with all its articles) for

- ``basil-dev``: as read (title and "Published:" line on every article);
- ``mixed``: basil-dev with ggt-dev and polnear-dev mixed in (basil articles scored);
- ``undated``: basil-dev with half the articles (random, fixed seed) written
  without their title and date line, so that clustering sees body text only,
  as in a feed whose items carry no metadata;
- ``undated pairs``: the undated corpus cut into pairs of gold stories that
  are closest in wording (two events of one topic), each pair clustered on
  its own: only telling the two events apart counts;
- ``one side undated``: the same pairs, where every article of the first
  story of each pair lost its title and date line and the second story's
  articles kept theirs (one event known only from undated copies, as when
  an archive without metadata meets a dated feed).

With ``--sweep`` it also prints F1 on basil-dev, mixed and undated for a
range of each clustering threshold around its default, so the stable range
can be read off.

    .venv/bin/python benchmarks/stories_quality.py [--sweep] [--seed 7] [--samples 1000]
    .venv/bin/python benchmarks/stories_quality.py --pin [--lower REASON]   # re-pin gates/stories.json

Dev sets are for validation: nothing here feeds back into the defaults except
through a general argument written in the stories package's docstrings.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec

from _common import EVAL, bootstrap_interval
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis, Report, Story
from newsfuse.options import ClusterOptions
from newsfuse.stories import cluster_articles

Gold = dict[str, str]
"""Article file name -> gold story id."""


def read(*folders: Path) -> list[ArticleAnalysis]:
    return [ArticleAnalysis(article=a) for a in read_paths(folders) if isinstance(a, Article)]


def gold_stories() -> Gold:
    meta = json.loads((EVAL / "basil-dev" / "meta.json").read_text(encoding="utf-8"))
    return {item["article"]: sid for sid, items in meta["stories"].items() for item in items}


def predicted(stories: Sequence[Story], analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    names = {a.article.id: Path(a.article.source).name for a in analyses}
    return {names[item]: story.id for story in stories for item in story.articles}


def bcubed(gold: Gold, pred: dict[str, str], items: Sequence[str]) -> float:
    """BCubed F1 over ``items`` (which may repeat: a resampled story counts once per draw)."""
    gold_sizes = Counter(gold[i] for i in items)
    pred_sizes = Counter(pred[i] for i in items)
    both = Counter((gold[i], pred[i]) for i in items)
    precision = sum(both[(gold[i], pred[i])] / pred_sizes[pred[i]] for i in items) / len(items)
    recall = sum(both[(gold[i], pred[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    return 2 * precision * recall / (precision + recall)


def with_interval(gold: Gold, pred: dict[str, str], samples: int, seed: int) -> str:
    """F1 and its 95% bootstrap interval over gold stories."""
    by_story: dict[str, list[str]] = defaultdict(list)
    for item, story in gold.items():
        by_story[story].append(item)
    low, high = bootstrap_interval(
        sorted(by_story),
        lambda picked: bcubed(gold, pred, [i for s in picked for i in by_story[s]]),
        resamples=samples,
        seed=seed,
    )
    return f"{bcubed(gold, pred, list(gold)):.3f} [{low:.3f}, {high:.3f}]"


def strip_metadata(folder: Path, out: Path, seed: int, stripped: set[str] | None = None) -> None:
    """Copy ``folder``'s articles to ``out``, ``stripped`` (default: half of them, random, fixed seed) as body only."""
    files = sorted(folder.glob("*.txt"))
    if stripped is None:
        stripped = set(random.Random(seed).sample([f.name for f in files], len(files) // 2))
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.name in stripped:
            paragraphs = [p for p in text.split("\n\n") if p.strip()]
            body = [p for p in paragraphs[1:] if not p.startswith("Published:")]
            text = "\n\n".join(body) + "\n"
        (out / path.name).write_text(text, encoding="utf-8")


def confusable_pairs(gold: Gold, analyses: Sequence[ArticleAnalysis]) -> list[tuple[str, str]]:
    """Disjoint pairs of gold stories, closest in word overlap first (greedy)."""
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for analysis in analyses:
        name = Path(analysis.article.source).name
        words[gold[name]].update({w for w in analysis.article.body.lower().split() if len(w) > 6})
    ids = sorted(words)
    scored = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            shared = sum((words[a] & words[b]).values())
            scored.append((shared / math.sqrt(sum(words[a].values()) * sum(words[b].values())), a, b))
    pairs: list[tuple[str, str]] = []
    used: set[str] = set()
    for _, a, b in sorted(scored, reverse=True):
        if a not in used and b not in used:
            pairs.append((a, b))
            used.update((a, b))
    return pairs


Run = Callable[[ClusterOptions], float]

SEED = 7
"""The fixed seed of the stress tests (which articles lose their title and date line)."""
UNDATED = "basil-dev, half without title and date line"
ONE_SIDE = "basil-dev closest story pairs, one story of each without title and date line"


class Corpora:
    """The dev corpora and the stress corpora built from basil-dev (in ``work``, a scratch folder)."""

    def __init__(self, work: Path, seed: int = SEED) -> None:
        self.gold = gold_stories()
        self.basil = read(EVAL / "basil-dev" / "articles")
        self.others = read(EVAL / "ggt-dev" / "articles", EVAL / "polnear-dev" / "articles")
        (work / "undated").mkdir()
        strip_metadata(EVAL / "basil-dev" / "articles", work / "undated", seed)
        self.undated = read(work / "undated")
        self.pairs = confusable_pairs(self.gold, self.basil)
        first = {a for a, _ in self.pairs}
        (work / "one-side").mkdir()
        strip_metadata(
            EVAL / "basil-dev" / "articles", work / "one-side", seed, {n for n, g in self.gold.items() if g in first}
        )
        self.one_side = read(work / "one-side")

    def corpus(self, name: str) -> list[ArticleAnalysis]:
        return {
            "basil-dev": self.basil,
            "mixed": self.basil + self.others,
            UNDATED: self.undated,
            "undated pairs": self.undated,
            ONE_SIDE: self.one_side,
        }[name]

    def stories(self, name: str, options: ClusterOptions) -> tuple[Story, ...]:
        """Clustering of corpus ``name``; the pair corpora are clustered one pair of gold stories at a time."""
        corpus = self.corpus(name)
        if name not in ("undated pairs", ONE_SIDE):
            return cluster_articles(corpus, options)
        found: list[Story] = []
        for a, b in self.pairs:
            members = [x for x in corpus if self.gold[Path(x.article.source).name] in (a, b)]
            found.extend(cluster_articles(members, options))
        return tuple(found)


NAMES = ("basil-dev", "mixed", UNDATED, "undated pairs", ONE_SIDE)


def runs(options: ClusterOptions, seed: int, samples: int, work: Path) -> dict[str, Run]:
    corpora = Corpora(work, seed)
    gold = corpora.gold

    def measure(name: str) -> Run:
        return lambda o: bcubed(gold, predicted(corpora.stories(name, o), corpora.corpus(name)), list(gold))

    for name in NAMES:
        pred = predicted(corpora.stories(name, options), corpora.corpus(name))
        print(f"{name[:40]:40s} B3 F1 {with_interval(gold, pred, samples, seed)}")
    return {name: measure(name) for name in NAMES}


SWEEPS: dict[str, Sequence[float]] = {
    "threshold": (0.06, 0.08, 0.1, 0.12, 0.13, 0.14, 0.16, 0.18, 0.2, 0.24),
    "undated_threshold": (0.13, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.28),
    "window_days": (2, 3, 5, 7, 10, 14, 21),
    "prior_documents": (50, 100, 200, 400, 800),
}


def sweep(options: ClusterOptions, measures: dict[str, Run]) -> None:
    short = {name: name.split(",")[0] if name in (UNDATED, ONE_SIDE) else name for name in measures}
    short[UNDATED], short[ONE_SIDE] = "undated", "one side undated"
    for field, values in SWEEPS.items():
        print(f"\n{field} (default {getattr(options, field)}):  " + "  ".join(short.values()))
        for value in values:
            changed = msgspec.structs.replace(options, **{field: type(getattr(options, field))(value)})
            figures = "  ".join(f"{run(changed):.3f}".rjust(len(short[name])) for name, run in measures.items())
            print(f"  {value:>8}  {figures}")


MIXED = "basil-dev with ggt-dev and polnear-dev mixed in (basil articles scored)"
GATE_SETS = {"basil-dev": "basil-dev", MIXED: "mixed", UNDATED: UNDATED, ONE_SIDE: ONE_SIDE}
"""Gate set name (benchmarks/gates/stories.json) -> corpus name here."""


def gate_folders(gate_set: str) -> list[Path]:
    """The folders a gate set is measured on (hashed into the gate)."""
    names = ("basil-dev", "ggt-dev", "polnear-dev") if gate_set == MIXED else ("basil-dev",)
    return [EVAL / name for name in names]


def scored(corpus: Sequence[ArticleAnalysis], stories: Sequence[Story], work: Path) -> dict[str, float]:
    """The figures of ../shared/eval/score_stories.py for ``stories`` over ``corpus`` (basil-dev gold)."""
    report = Report(articles=tuple(a.article for a in corpus), stories=tuple(stories))
    path = work / "report.json"
    path.write_bytes(msgspec.json.encode(report))
    result = subprocess.run(
        [sys.executable, str(EVAL / "score_stories.py"), str(EVAL / "basil-dev" / "meta.json"), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    return figures


def pin_gates(corpora: Corpora, work: Path, reason: str | None) -> None:
    """Re-pin benchmarks/gates/stories.json at the figures measured now (default options)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gates.gate import corpus_hash, pin

    for gate_set, name in GATE_SETS.items():
        figures = scored(corpora.corpus(name), corpora.stories(name, ClusterOptions()), work)
        pin("stories", gate_set, figures, corpus_hash(gate_folders(gate_set)), ["bcubed_f1"], reason)
        print(f"pinned {gate_set}: {figures['bcubed_f1']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--pin", action="store_true", help="re-pin benchmarks/gates/stories.json")
    parser.add_argument("--lower", metavar="REASON", help="why a pin may lower a floor")
    args = parser.parse_args()
    if not EVAL.exists():
        sys.exit(f"benchmark needs {EVAL}")
    options = ClusterOptions()
    with tempfile.TemporaryDirectory() as work:
        if args.pin:
            (Path(work) / "pin").mkdir()
            pin_gates(Corpora(Path(work) / "pin"), Path(work), args.lower)
            return
        measures = runs(options, args.seed, args.samples, Path(work))
        if args.sweep:
            sweep(options, measures)


if __name__ == "__main__":
    main()
