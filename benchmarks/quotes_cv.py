"""Held-out quotation figures by cross-validation on PolNeAR's train split: the whole pipeline, scored like polnear-dev.

Run from the project root (needs the ``train`` extra, as ``scripts/train_speakers.py``)::

    nice .venv/bin/python benchmarks/quotes_cv.py                    # 5 folds over 200 articles
    nice .venv/bin/python benchmarks/quotes_cv.py --articles 840     # every training article
    nice .venv/bin/python benchmarks/quotes_cv.py --errors FILE      # also write the scorer's misses
    nice .venv/bin/python benchmarks/quotes_cv.py --counts NEW.json --against OLD.json  # paired differences

Why: the dev sets stop being a fair test once their errors have been read,
and the shipped model is trained on every polnear-train article, so neither
says how the system does on articles nobody looked at. Here the articles are
a fixed-seed sample of polnear-train, split into ``--folds`` folds grouped by
article. For each fold, the speaker model is trained on the other folds
exactly as ``scripts/train_speakers.py`` trains the shipped one (cue lexicon,
scorer, passage model, and the thresholds chosen by that script's own inner
cross-validation: :func:`train_speakers.train`), the held-out fold's articles
are analysed by the full pipeline (``newsfuse.analyze_articles``, one
process, with that model in use: :func:`newsfuse.article.quotes.model_in_use`)
and scored by ``../shared/eval/score_quotes.py`` itself, article by article
(:func:`quotes.article_counts`), so the figures are the same figures as
polnear-dev's. Precision, recall and speaker accuracy are pooled over the
held-out articles of every fold, with 95% bootstrap intervals over articles.

The models see fewer articles than the shipped one (the other folds of the
sample: 160 of the 840 with the defaults), so the figures lean low; use
``--articles 840`` for the closest estimate of the shipped model.

The gold is built from the annotations the way polnear-dev's is described
(``../shared/eval/README.md``; the builder of that set is not in the
project, so this is a reading of its description and of the shape of its
gold, :func:`gold_quotes`): every passage in quotation marks that lies mostly
inside the content of an attribution is a gold quotation; its speaker is the
attribution's source mention (up to a comma, a parenthesis, or an "of",
"who" or dash after a name: :func:`speaker_of`) where that is a name (a
capitalised word that is not a pronoun, and not led by an article or a
demonstrative), else null (found but not scored for speaker). Where
attributions nest, the innermost (shortest content) gives the speaker. Built
so, 37.7% of the gold quotations of all 840 articles have no named speaker (polnear-dev: 37.8%), as
``--gold-only --articles 840`` prints.

This is training data: reading its errors to find which kinds of
attribution fail is allowed (``--errors``); say which figures were taken
before a change made from them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402
import train_speakers  # noqa: E402

from _common import RESAMPLES, bootstrap_interval  # noqa: E402
from quotes import CI_FIGURES, EVAL, _scorer, _scorer_output, article_counts, bootstrap  # noqa: E402

SEED = 13
"""The seed of the article sample and of the folds."""
MIN_OVERLAP = 0.8
"""The scorer's default ``--min-overlap``: a prediction matches a gold quotation at this word F1."""

_QUOTED = re.compile(r"“([^“”]*)(?:”|$)|\"([^\"]*)(?:\"|$)|''(.*?)(?:''|$)")
"""A passage in double quotation marks (curly, straight, or two apostrophes as some archives print them)
inside one paragraph; one the paragraph leaves open runs to its end (a quotation continued in the next)."""
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+", "i me my we us our you your he him his she her it its they them their this that these those the a an"
    )
)
"""Pronouns, articles and demonstratives: a source made only of them, or led by an article or a
demonstrative, is not a name."""
_LEADS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_WORD = re.compile(r"[^\W\d_][\w’'.\-]*")


def is_name(source: str) -> bool:
    """Whether a source mention counts as a name for the speaker gold (see the module docstring)."""
    words = _WORD.findall(source)
    if not words or words[0].lower() in _LEADS:
        return False
    return any(w[:1].isupper() and w.lower() not in _NOT_A_NAME for w in words)


def speaker_of(source: str) -> str:
    """The part of a source mention the speaker gold keeps: its head (``train_speakers.source_head``), as
    polnear-dev's speakers hold no apposition, where a tenth of the training sources run on into one."""
    return train_speakers.source_head(source)


def gold_quotes(name: str, text: str, attributions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold quotations of one article, as polnear-dev's ``quotes.jsonl`` lines: every passage in marks
    (within its paragraph) whose words lie mostly inside the content of an attribution."""
    out = []
    for start, end in _passages(text):
        holder = _holder(start, end, attributions)
        if holder is None:
            continue
        source = speaker_of((holder.get("source") or {}).get("text") or "")
        out.append(
            {
                "article": name,
                "segments": [text[start:end].strip()],
                "speaker": source if is_name(source) else None,
                "kind": "full" if _whole_content(text, holder) else "partial",
                "utterances": [],
                "verdict": None,
            }
        )
    return out


def _passages(text: str) -> list[tuple[int, int]]:
    """The spans inside the marks of every passage in quotation marks, paragraph by paragraph."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for m in _QUOTED.finditer(text, paragraph.start(), paragraph.end()):
            group = next(k for k in (1, 2, 3) if m.group(k) is not None)
            if m.group(group).strip():
                spans.append((m.start(group), m.end(group)))
    return spans


def _holder(start: int, end: int, attributions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The attribution whose content holds more than half of ``[start, end)``; the innermost (shortest
    content) where several do."""
    best: tuple[int, dict[str, Any]] | None = None
    for a in attributions:
        content = a.get("content")
        if not content:
            continue
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in content["spans"])
        size = sum(e - s for s, e in content["spans"])
        if inside * 2 > end - start and (best is None or size < best[0]):
            best = (size, a)
    return best[1] if best is not None else None


def _whole_content(text: str, a: dict[str, Any]) -> bool:
    """Whether the attribution's content is nothing but quoted words (with its own source and cue, as in
    ``“…,” she said. “…”``): a full quotation; else a partial one."""
    rest = _QUOTED.sub("", "".join(text[s:e] for s, e in a["content"]["spans"]))
    for role in ("source", "cue"):
        rest = rest.replace((a.get(role) or {}).get("text") or "", "", 1)
    return not re.sub(r"[\W_]", "", rest)


def folds_of(names: list[str], folds: int, articles: int) -> list[list[str]]:
    """A fixed-seed sample of ``articles`` names split into ``folds`` folds."""
    rng = np.random.default_rng(SEED)
    chosen = sorted(names[i] for i in rng.permutation(len(names))[: min(articles, len(names))])
    order = np.random.default_rng(SEED + 1).permutation(len(chosen)) % folds
    return [[n for n, f in zip(chosen, order, strict=True) if f == k] for k in range(folds)]


def held_out(
    fold: list[str],
    train_names: list[str],
    texts: dict[str, str],
    attributions: dict[str, list[dict[str, Any]]],
    tmp: Path,
) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Train on ``train_names``, analyse ``fold`` with that model, score it: per-article counts and the
    scorer's lines for the misses and wrong speakers."""
    from newsfuse import analyze
    from newsfuse.article.quotes import model_in_use
    from newsfuse.article.speaker_model import SpeakerModel
    from newsfuse.options import Options

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        data = train_speakers.train(texts, attributions, train_names)
    folder = tmp / "articles"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    gold_lines: list[dict[str, Any]] = []
    for name in fold:
        (folder / name).write_text(texts[name], encoding="utf-8")
        gold_lines.extend(gold_quotes(name, texts[name], attributions.get(name, [])))
    gold, meta = write_gold(tmp / "quotes.jsonl", tmp / "meta.json", gold_lines)
    with model_in_use(SpeakerModel(data)):
        report = analyze([folder], Options(jobs=1))
    counts = article_counts(report, gold, meta)
    from newsfuse.report.json import render_json

    out = tmp / "report.json"
    out.write_text(render_json(report), encoding="utf-8")
    whole = _scorer_output(gold, meta, out)
    lines = [f"missed {m}" for m in whole["missed"]] + [f"wrong {w}" for w in whole["wrong_speaker"]]
    return counts, lines + [f"extra {x}" for x in extra_quotes(report, gold_lines)]


def write_gold(gold: Path, meta: Path, lines: list[dict[str, Any]]) -> tuple[Path, Path]:
    """Write gold quotations as the shared scorer reads them: ``lines`` one JSON object a line to ``gold``, and
    to ``meta`` each named speaker as its own only alias (the built gold names each speaker one way)."""
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), encoding="utf-8")
    speakers = {g["speaker"]: [g["speaker"]] for g in lines if g["speaker"]}
    meta.write_text(json.dumps({"speakers": speakers}, ensure_ascii=False), encoding="utf-8")
    return gold, meta


def write_run(args: argparse.Namespace, counts: dict[str, Any], errors: list[str]) -> None:
    """Write what ``--errors`` and ``--counts`` ask for: the error lines, and the per-article counts as JSON (the
    file a later run's ``--against`` reads)."""
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    if args.counts:
        args.counts.write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def extra_quotes(report: Any, gold_lines: list[dict[str, Any]]) -> list[str]:
    """The predicted quotations no gold quotation matches (the precision errors), matched one to one, best
    pairs first, with the scorer's own word overlap (``score_quotes.words`` and ``overlap``, imported).

    The one-to-one matching is written again here: ``score_quotes.py`` does it inside its ``main`` and
    exposes no function for it (nor lists the unmatched predictions); this copy follows its order (pairs
    at ``MIN_OVERLAP`` or more, best first, ties by the higher indexes as its ``sort(reverse=True)``)."""
    scorer = _scorer()
    files = {a.id: Path(a.source).name for a in report.articles}
    gold_by: dict[str, list[list[str]]] = {}
    for g in gold_lines:
        gold_by.setdefault(g["article"], []).append(scorer.words(" ".join(g["segments"])))
    out = []
    for article, golds in sorted(gold_by.items()):
        preds = [q for q in report.quotes if files.get(q.article) == article]
        pairs = sorted(
            (
                (scorer.overlap(g, scorer.words(p.text)), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for score, gi, pi in pairs:
            if score >= MIN_OVERLAP and gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
        for pi, p in enumerate(preds):
            if pi not in used_p:
                who = p.speaker.name if p.speaker else None
                out.append(f"{article[:3]} {p.kind} {who!r} <- {p.text[:70]!r}")
    return out


def unnamed_share(gold: list[dict[str, Any]]) -> float:
    """The share of gold quotations with no named speaker (found but not scored for speaker)."""
    return sum(1 for g in gold if not g.get("speaker")) / len(gold) if gold else 0.0


def gold_shares(folds: list[list[str]], texts: dict[str, str], attributions: dict[str, list[dict[str, Any]]]) -> str:
    """The built gold of the sampled articles beside polnear-dev's: how many quotations, how many unnamed."""
    gold = [g for fold in folds for n in fold for g in gold_quotes(n, texts[n], attributions.get(n, []))]
    line = f"built gold: {len(gold)} quotations, {unnamed_share(gold):.1%} without a named speaker"
    dev = EVAL / "polnear-dev" / "quotes.jsonl"
    if dev.exists():
        lines = [json.loads(x) for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
        line += f"; polnear-dev: {len(lines)} quotations, {unnamed_share(lines):.1%}"
    return line


def paired(
    old: dict[str, dict[str, int]], new: dict[str, dict[str, int]], rounds: int = RESAMPLES
) -> dict[str, tuple[float, float, float]]:
    """For each figure of :data:`CI_FIGURES`: the difference ``new - old`` of two runs on the same articles
    (same folds and seed) and its paired 95% bootstrap interval (``_common.bootstrap_interval``: both runs
    resampled with the same articles, ``rounds`` times, seed :data:`SEED`)."""
    names = sorted(old)
    if set(new) != set(old):
        raise ValueError("the two runs scored different articles: compare runs with the same --articles")
    out = {}
    for label, (hits, total) in CI_FIGURES.items():

        def difference(picked: list[str], hits: str = hits, total: str = total) -> float:
            ratios = [
                sum(run[n][hits] for n in picked) / max(1, sum(run[n][total] for n in picked)) for run in (old, new)
            ]
            return ratios[1] - ratios[0]

        low, high = bootstrap_interval(names, difference, resamples=rounds, seed=SEED)
        out[label] = (difference(names), low, high)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=200, help="articles sampled from polnear-train")
    parser.add_argument("--errors", type=Path, help="write the scorer's misses and wrong speakers here")
    parser.add_argument("--counts", type=Path, help="write the per-article counts here (JSON)")
    parser.add_argument(
        "--against",
        type=Path,
        help="the --counts file of an earlier run (same --articles, --folds): print the paired differences",
    )
    parser.add_argument(
        "--gold-only", action="store_true", help="print the built gold's share of unnamed speakers and stop"
    )
    args = parser.parse_args(argv)
    if not train_speakers.TRAIN.exists() or not (EVAL / "score_quotes.py").exists():
        print(f"no training data or scorer under {EVAL}", file=sys.stderr)
        return 2
    texts, attributions = train_speakers.load()
    folds = folds_of(sorted(texts), args.folds, args.articles)
    if args.gold_only:
        print(gold_shares(folds, texts, attributions))
        return 0
    counts: dict[str, dict[str, int]] = {}
    errors: list[str] = []
    cpu = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(folds):
            train_names = [n for j, other in enumerate(folds) if j != k for n in other]
            got, lines = held_out(fold, train_names, texts, attributions, Path(tmp))
            counts.update(got)
            errors.extend(lines)
            print(f"fold {k}: {len(fold)} held out, {len(train_names)} trained on", file=sys.stderr)
    shown = []
    for label, (hits, total) in CI_FIGURES.items():
        point, lo, hi = bootstrap(counts, hits, total)
        shown.append(f"{label} {point:.3f} [{lo:.3f}, {hi:.3f}]")
    quotes = sum(c["gold"] for c in counts.values())
    print(
        f"polnear-train CV ({args.folds} folds, {sum(map(len, folds))} articles, {len(counts)} with gold, "
        f"{quotes} gold quotations), 95% CI over articles: " + "; ".join(shown)
    )
    print(f"CPU {time.process_time() - cpu:.0f} s")
    if args.against:
        earlier = json.loads(args.against.read_text(encoding="utf-8"))
        shown = [f"{k} {d:+.4f} [{lo:+.4f}, {hi:+.4f}]" for k, (d, lo, hi) in paired(earlier, counts).items()]
        print(f"this run - {args.against.name}, paired 95% CI over articles: " + "; ".join(shown))
    write_run(args, counts, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
