"""Sensitivity of the basil-dev verdict figures to each named threshold of the verdict stage.

    python benchmarks/verdicts_sweep.py                  # every threshold at x0.8, 0.9, 1.1, 1.2
    python benchmarks/verdicts_sweep.py --only TERM_WORDS ATTRIBUTION_TRUSTED

Is a shipped value on a plateau (the figures hold when it moves by a tenth
either way) or on an edge (a small move changes them)? A threshold on an
edge is fragile on unseen text whatever its dev figure; a threshold is never
*chosen* here (basil-dev validates, it does not design: see
src/newsfuse/compare/utterances.py).

The article stages and the story stages before the verdicts run once
(``newsfuse analyze`` with the verdict stage's inputs recorded); each
setting then re-runs only :func:`~newsfuse.compare.utterances.align_utterances`
on the recorded stories and scores the report with the scorer's own matching
(``verdicts_basil.per_story``). The shipped setting is checked to give the
figures of the whole pipeline. Thresholds are the named constants of
compare/utterances.py, compare/wording.py and compare/word_diff.py, and the
``VerdictsOptions`` defaults (set through the options, as a user would).
Whole-number thresholds move by one either way (a tenth of 3 is no step).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import verdicts_basil as vb  # noqa: E402
from _common import BASIL  # noqa: E402
from newsfuse import analyze  # noqa: E402
from newsfuse.compare import story as story_stages  # noqa: E402
from newsfuse.compare import utterances, word_diff, wording  # noqa: E402
from newsfuse.model import ArticleAnalysis  # noqa: E402
from newsfuse.options import VerdictsOptions  # noqa: E402
from newsfuse.report.json import render_json  # noqa: E402

FACTORS = (0.8, 0.9, 1.1, 1.2)
MODULE_THRESHOLDS: dict[str, Any] = {
    "SAME_ORDER": utterances,
    "HELD_IN": utterances,
    "HELD_MIN_WORDS": utterances,
    "DISAGREEING_DICE": utterances,
    "CONTENT_HELD": utterances,
    "ZIPF_CEILING": utterances,
    "SPEAKER_AGREES": utterances,
    "SPEAKER_DISAGREES": utterances,
    "WORD_FLOOR": utterances,
    "PARAPHRASE_CONTENT": utterances,
    "PARAPHRASE_DICE": utterances,
    "PREFIX_SHARE": utterances,
    "ALTERED_EVIDENCE": utterances,
    "ALTERED_COVERAGE": utterances,
    "MAX_SUBSTITUTION_WORDS": utterances,
    "MARKED_MIN_WORDS": utterances,
    "TERM_WORDS": utterances,
    "TITLE_MAX_WORDS": utterances,
    "COMPOUND_MIN_ZIPF": wording,
    "CLAUSE_MIN_CONTENT": word_diff,
    "SAME_LEMMA_PREFIX": word_diff,
}
OPTION_THRESHOLDS = (
    "evidence_needed",
    "exact_evidence",
    "unmatched_weight",
    "max_content_changes",
    "attribution_trusted",
)
SHOWN = ("align_precision", "align_recall", "relation_accuracy", "altered_precision", "altered_recall")
Recorded = list[tuple[str, Sequence[ArticleAnalysis], VerdictsOptions | None]]


def record() -> tuple[Any, Recorded]:
    """The whole pipeline on basil-dev, keeping what the verdict stage was given for each story."""
    seen: Recorded = []
    stages = vars(story_stages)  # the stage module's own name for the function (the runner calls it from there)
    real = stages["align_utterances"]

    def keeping(story: str, analyses: Sequence[ArticleAnalysis], options: VerdictsOptions | None = None) -> Any:
        seen.append((story, tuple(analyses), options))
        return real(story, analyses, options)

    stages["align_utterances"] = keeping
    try:
        report = analyze([BASIL / "articles"])
    finally:
        stages["align_utterances"] = real
    return report, seen


def _clear_caches() -> None:
    for module in (utterances, wording, word_diff):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@contextmanager
def constant(module: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    _clear_caches()
    try:
        yield
    finally:
        setattr(module, name, old)
        _clear_caches()


def rerun(base: Any, seen: Recorded, options: Callable[[VerdictsOptions | None], VerdictsOptions | None]) -> Any:
    """The report with every story's verdicts made again (the other findings as the pipeline gave them)."""
    quotes: list[Any] = []
    found: list[Any] = []
    for story, analyses, given in seen:
        q, u = utterances.align_utterances(story, analyses, options(given))
        quotes += q
        found += u
    return msgspec.structs.replace(base, quotes=tuple(quotes), utterances=tuple(found))


def figures(report: Any) -> dict[str, Any]:
    counts = vb.per_story(json.loads(render_json(report)), strict=False)
    out: dict[str, Any] = {name: vb.ratio(counts, name) for name in SHOWN}
    out["false_altered"] = sum(row["false_altered"] for row in counts.values())
    return out


def steps(value: float | int) -> list[tuple[str, float | int]]:
    """The settings a threshold is tried at: x0.8 ... x1.2, or one either side for a whole number."""
    if isinstance(value, int) and not isinstance(value, bool):
        return [(f"{v:+d}", value + v) for v in (-1, 1) if value + v >= 0]
    return [(f"x{f}", round(value * f, 4)) for f in FACTORS]


def row_text(name: str, label: str, value: Any, figs: dict[str, Any], shipped: dict[str, Any]) -> str:
    cells = []
    for key in (*SHOWN, "false_altered"):
        v, s = figs[key], shipped[key]
        cell = "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
        cells.append(cell + ("*" if v != s else " "))
    return f"{name:24} {label:6} {value!s:>7}  " + "  ".join(f"{c:>7}" for c in cells)


def tried(name: str, base: Any, seen: Recorded) -> list[tuple[str, Any, dict[str, Any]]]:
    """The figures with one threshold moved to each of its steps."""
    out = []
    if name in OPTION_THRESHOLDS:
        for label, moved in steps(getattr(VerdictsOptions(), name)):

            def with_value(given: VerdictsOptions | None, n: str = name, v: Any = moved) -> VerdictsOptions:
                return msgspec.structs.replace(given or VerdictsOptions(), **{n: v})

            out.append((label, moved, figures(rerun(base, seen, with_value))))
        return out
    module = MODULE_THRESHOLDS[name]
    for label, moved in steps(getattr(module, name)):
        with constant(module, name, moved):
            out.append((label, moved, figures(rerun(base, seen, lambda given: given))))
    return out


def reading(rows: Sequence[tuple[str, Any, dict[str, Any]]], shipped: dict[str, Any]) -> str:
    """Plateau where the nearest steps either way (x0.9 and x1.1, or one either side) change no figure."""
    near = {label: figs != shipped for label, _, figs in rows if label in ("x0.9", "x1.1", "-1", "+1")}
    moved = [label for label, changed in near.items() if changed]
    if not moved:
        far = [label for label, _, figs in rows if figs != shipped]
        return "plateau" + (f" (moves only at {', '.join(far)})" if far else " (no step moves a figure)")
    return ("slope: moves both ways" if len(moved) == len(near) else f"edge: moves at {moved[0]}") + " of the nearest"


def sweep(names: Sequence[str]) -> None:
    base, seen = record()
    whole = figures(base)
    shipped = figures(rerun(base, seen, lambda given: given))
    assert shipped == whole, (shipped, whole)  # re-running the verdicts alone gives the pipeline's figures
    header = "  ".join(f"{h:>8}" for h in ("align P", "align R", "relation", "alt P", "alt R", "false"))
    print(f"{'threshold':24} {'step':6} {'value':>7}  {header}   (* differs from shipped)")
    print(row_text("shipped", "", "", shipped, shipped))
    for name in names:
        rows = tried(name, base, seen)
        for label, moved, figs in rows:
            print(row_text(name, label, moved, figs, shipped))
        print(f"{'':24} -> {reading(rows, shipped)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="threshold names (default: all)")
    args = parser.parse_args()
    if not BASIL.exists():
        print("../shared/eval/basil-dev is absent: nothing to measure")
        return
    names = args.only or [*OPTION_THRESHOLDS, *MODULE_THRESHOLDS]
    unknown = [n for n in names if n not in OPTION_THRESHOLDS and n not in MODULE_THRESHOLDS]
    if unknown:
        parser.error(f"unknown threshold(s): {', '.join(unknown)}")
    sweep(names)


if __name__ == "__main__":
    main()
