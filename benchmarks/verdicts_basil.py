"""Verdict figures on basil-dev: alignment, relations and altered quotations against labelled pairs, with 95% intervals.

    python benchmarks/verdicts_basil.py            # print the figures
    python benchmarks/verdicts_basil.py --pin      # pin them in benchmarks/gates/verdicts.json
    python benchmarks/verdicts_basil.py --pin --lower "why"   # a pin that lowers a floor needs a reason

Runs ``newsfuse analyze`` on ../shared/eval/basil-dev/articles and scores the
JSON report with ../shared/eval/score_verdicts.py, plain and ``--strict``
(doubtful pairs left out). Every figure also comes per story (the scorer's
own matching, :func:`per_story`; the totals are checked against the
scorer's), so each has a 95% interval from 2,000 bootstrap resamples of the
stories (pairs of one story move together; ``_common.ratio_interval``, the
benchmarks' one bootstrap): alignment precision and recall, relation
accuracy (aligned same pairs whose relation is right), altered precision
(of the report's altered quotations some pair covers, those on the altered
side of an altered pair) and altered recall.

Two split-half checks of the verdict thresholds (chosen once, on no half):
the stories sorted by id cut into a first and a second half, and the stories
of even and odd index in that order. Each half's figures come with their own
intervals; a threshold that fits one half and not the other shows as halves
whose intervals do not overlap. basil-dev is a dev set: it validates the
verdict stage, it never designs it (see src/newsfuse/compare/utterances.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from _common import BASIL, EVAL, ratio_interval  # noqa: E402
from gates.gate import corpus_hash, pin  # noqa: E402
from labelled_pairs import story_of  # noqa: E402
from newsfuse import analyze  # noqa: E402
from newsfuse.report.json import render_json  # noqa: E402

METRICS = ("align_precision", "align_recall", "altered_recall", "false_altered", "relation_accuracy")
# figure -> (the per-story count of hits, the per-story count it is a share of)
RATIOS = {
    "align_precision": ("tp", "predicted"),
    "align_recall": ("tp", "same"),
    "relation_accuracy": ("relation_ok", "tp"),
    "altered_precision": ("altered_ok", "altered_judged"),
    "altered_recall": ("altered_found", "altered_gold"),
}
SEED = 14

Counts = dict[str, Counter[str]]


def corpus() -> str:
    return corpus_hash([BASIL / "articles", BASIL / "verdicts.jsonl"])


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_verdicts", EVAL / "score_verdicts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(report_path: Path, strict: bool) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(EVAL / "score_verdicts.py"), str(BASIL / "verdicts.jsonl"), str(BASIL / "articles"),
         str(report_path), *(["--strict"] if strict else [])],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    scored: dict[str, Any] = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    return scored


def labelled_pairs(strict: bool) -> list[dict[str, Any]]:
    """The labelled pairs (``strict``: without the doubtful ones)."""
    lines = (BASIL / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = [json.loads(line) for line in lines if line.strip()]
    return [p for p in pairs if not (strict and p.get("doubtful"))]


def _count_pair(mapped: Any, pair: dict[str, Any], row: Counter[str], altered_sides: set[str]) -> None:
    """One labelled pair's share of its story's counts (the scorer's rules, see score_verdicts.py)."""
    qa, qb = mapped.find(pair["a"]), mapped.find(pair["b"])
    aligned = mapped.aligned(qa, qb)
    row["predicted"] += aligned
    if not pair["same"]:
        return
    row["same"] += 1
    row["tp"] += aligned
    row["relation_ok"] += aligned and mapped.relation(qa, qb) == pair["relation"]
    if pair["relation"] != "altered":
        return
    side = pair.get("altered_side") or "either"
    targets = [q for s, q in (("a", qa), ("b", qb)) if q and side in (s, "either")]
    altered_sides.update(q["id"] for q in targets)
    row["altered_gold"] += 1
    row["altered_found"] += aligned and any(q["verdict"] == "altered" for q in targets)


def per_story(report: dict[str, Any], strict: bool) -> Counts:
    """Per story (file-name key): every count behind the figures, by the scorer's own matching of quotations."""
    mapped = _scorer().Report(report, str(BASIL / "articles"))
    counts: Counts = defaultdict(Counter)
    judged: set[str] = set()
    altered_sides: set[str] = set()
    for pair in labelled_pairs(strict):
        row = counts[story_of(pair["a"]["article"])]
        _count_pair(mapped, pair, row, altered_sides)
        judged.update(q["id"] for q in (mapped.find(pair["a"]), mapped.find(pair["b"])) if q)
    for qid, quote in mapped.quotes.items():
        if quote["verdict"] == "altered" and qid in judged:
            row = counts[story_of(quote["file"])]
            row["altered_judged"] += 1
            row["altered_ok"] += qid in altered_sides
            row["false_altered"] += qid not in altered_sides
    return counts


def ratio(counts: Mapping[str, Counter[str]], figure: str) -> float | None:
    hits, total = RATIOS[figure]
    n = sum(row[total] for row in counts.values())
    return round(sum(row[hits] for row in counts.values()) / n, 3) if n else None


def intervals(counts: Mapping[str, Counter[str]], seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95% bootstrap intervals of every ratio over stories (``_common.ratio_interval``)."""
    out = {}
    for figure, (hits, total) in RATIOS.items():
        totals = {story: row[total] for story, row in counts.items()}
        if any(totals.values()):
            out[figure] = ratio_interval({s: row[hits] for s, row in counts.items()}, totals, seed)
    return out


def sizes(counts: Mapping[str, Counter[str]]) -> dict[str, tuple[int, int]]:
    """Each ratio's hits and total (three altered pairs make a bootstrap interval of no width: read the counts)."""
    return {
        figure: (sum(row[hits] for row in counts.values()), sum(row[total] for row in counts.values()))
        for figure, (hits, total) in RATIOS.items()
    }


def figures_of(counts: Mapping[str, Counter[str]]) -> dict[str, Any]:
    """The ratios, the false altered count and the intervals of some stories' counts."""
    out: dict[str, Any] = {figure: ratio(counts, figure) for figure in RATIOS}
    out["false_altered"] = sum(row["false_altered"] for row in counts.values())
    out["interval"] = intervals(counts)
    out["sizes"] = sizes(counts)
    return out


def split_halves(counts: Mapping[str, Counter[str]]) -> dict[str, dict[str, Any]]:
    """The figures on each half of the stories (sorted ids): first/second half, and even/odd index."""
    stories = sorted(counts)
    middle = len(stories) // 2
    parts = {
        "first": stories[:middle],
        "second": stories[middle:],
        "even": stories[0::2],
        "odd": stories[1::2],
    }
    return {name: figures_of({s: counts[s] for s in part}) for name, part in parts.items()}


def halves(counts: Mapping[str, Counter[str]]) -> list[tuple[float, float]]:
    """Precision and recall on the first and second half of the stories (sorted ids)."""
    split = split_halves(counts)
    return [(split[h]["align_precision"] or 1.0, split[h]["align_recall"] or 1.0) for h in ("first", "second")]


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _checked(counts: Counts, scored: dict[str, Any]) -> None:
    """The per-story counts must sum to the scorer's own totals (one matching, never a second reading)."""
    alignment, relation, altered = scored["alignment"], scored["relation"], scored["altered"]
    mine = {k: sum(row[k] for row in counts.values()) for k in ("tp", "predicted", "same", "relation_ok")}
    theirs = {
        "tp": alignment["tp"],
        "predicted": alignment["tp"] + alignment["fp"],
        "same": alignment["tp"] + alignment["fn"],
        "relation_ok": relation["correct"],
    }
    assert mine == theirs, (mine, theirs)
    assert sum(row["altered_judged"] for row in counts.values()) == altered["judged"]
    assert sum(row["altered_found"] for row in counts.values()) == altered["found"]


def scored_figures(report: dict[str, Any], report_path: Path, strict: bool) -> dict[str, Any]:
    """One set's figures (plain or strict): the scorer's points, per-story intervals and split halves."""
    scored = _score(report_path, strict)
    counts = per_story(report, strict)
    _checked(counts, scored)
    alignment, altered, relation = scored["alignment"], scored["altered"], scored["relation"]
    return {
        "align_precision": alignment["precision"],
        "align_recall": alignment["recall"],
        "altered_precision": altered["precision"],
        "altered_recall": altered["recall"],
        "false_altered": len(altered["false_altered"]),
        "relation_accuracy": relation["accuracy"],
        "count": alignment["tp"] + alignment["fp"],
        "interval": intervals(counts),
        "sizes": sizes(counts),
        "halves": halves(counts),
        "split": split_halves(counts),
    }


def measure() -> dict[str, dict[str, Any]]:
    """The figures of the verdict stage on basil-dev, plain and strict, with their intervals."""
    report = analyze([BASIL / "articles"])
    rendered = render_json(report)
    figures: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.json"
        path.write_text(rendered, encoding="utf-8")
        for strict in (False, True):
            name = "basil-dev-strict" if strict else "basil-dev"
            figures[name] = scored_figures(json.loads(rendered), path, strict)
    return figures


def _show(value: float | None, ci: Sequence[float] | None) -> str:
    point = "n/a" if value is None else f"{value:.3f}"
    return point if ci is None else f"{point} [{ci[0]:.3f}, {ci[1]:.3f}]"


def line(row: Mapping[str, Any]) -> str:
    """One set's figures with their intervals, on one line."""
    ci = row["interval"]
    shown = (
        ("align P", "align_precision"),
        ("R", "align_recall"),
        ("relation", "relation_accuracy"),
        ("altered P", "altered_precision"),
        ("R", "altered_recall"),
    )
    parts = [f"{label}={_show(row[name], ci.get(name))}" for label, name in shown]
    (found, gold), (right, judged) = row["sizes"]["altered_recall"], row["sizes"]["altered_precision"]
    parts.append(f"(altered {right}/{judged} right, {found}/{gold} found)")
    return " ".join(parts) + f" false_altered={row['false_altered']}"


def print_split(split: Mapping[str, Mapping[str, Any]]) -> None:
    for a, b in (("first", "second"), ("even", "odd")):
        print(f"{'':17} {a:6} {line(split[a])}")
        print(f"{'':17} {b:6} {line(split[b])}")
        apart = [
            name
            for name in RATIOS
            if name in split[a]["interval"]
            and name in split[b]["interval"]
            and not overlap(split[a]["interval"][name], split[b]["interval"][name])
        ]
        print(
            f"{'':17} {a}/{b}: intervals {'overlap on every figure' if not apart else 'apart on ' + ', '.join(apart)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pin", action="store_true", help="pin the figures in benchmarks/gates/verdicts.json")
    parser.add_argument("--lower", default=None, help="the reason a pin may lower a floor")
    args = parser.parse_args()
    if not BASIL.exists():
        print("../shared/eval/basil-dev is absent: nothing to measure")
        return
    figures = measure()
    for set_name, row in figures.items():
        print(f"{set_name:17} {line(row)}")
        print_split(row["split"])
        if args.pin:
            pin("verdicts", set_name, row, corpus(), metrics=METRICS, reason=args.lower)
    if args.pin:
        print("pinned in benchmarks/gates/verdicts.json")


if __name__ == "__main__":
    main()
