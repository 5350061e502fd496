"""Conflict figures: basil-dev (shared scorer, 95% bootstrap intervals over stories) and the seeds' flight day.

    python benchmarks/conflicts.py            # print the figures
    python benchmarks/conflicts.py --pin      # pin them in benchmarks/gates/conflicts.json
    python benchmarks/conflicts.py --pin --lower "why"   # a pin that lowers a floor needs a reason
    python benchmarks/conflicts.py --review    # every report outside the 25 labelled stories, to judge
    python benchmarks/conflicts.py --unrelated # conflicts between two different events forced into one story
    python benchmarks/conflicts.py --stages    # where each labelled conflict is lost (counts only, no sentences)

``--review`` runs all 50 basil-dev stories, then the mixed dev set (basil-dev
with ggt-dev and polnear-dev mixed in) and the seeds, and prints every
conflict reported outside the 25 labelled stories with both sentences, for a
reader to judge by this written rule: a report is **real** when both values
are about the same fact (the same thing counted or paid, the same event's
day, the same role) as the two sentences read in full, and the two values
cannot both be true once rounding and approximate words are read; it is
**false** otherwise (different things or events, a statement's day against
an event's, values that can both be true).

``--unrelated`` is a stress test of precision: each of basil-dev's 50 events
is put into one story with the next event by sorted id (six articles, two
events), and every conflict reported between articles of different events
is counted: two events share no fact, so each such report is false (each is
printed, to check that none is a coincidence of one fact). The story's claims
are found as the claims stage finds them (the day-against-range rule reads
the sentences they pair). Events next by id rarely share a topic, so a
second, harder pass puts each event with the event nearest to it in topic
(cosine of the words of all its articles, weighted by inverse document
frequency over the 50 events: :func:`nearest_topics`), each pair once; two
events of one topic (two storms, two court cases, two votes) share nouns,
verbs and people, as held-out coverage that tells of several events does.
Its first run (cprec18) found 3 role reports of offices years apart, which
``roles.HOLDER_GAP_DAYS`` then silenced: for role conflicts the pass is
design data since, no longer validation (the invented test of that reading
is its evidence).

basil-dev is a dev set: it validates, it never designs (see
src/newsfuse/compare/conflicts.py). On the seeds the one expected conflict is
the flight day (002: Thursday 27 February; 003, published the 26th, already
reports the flight as past); every other conflict there is false.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
BASIL = EVAL / "basil-dev"
SEEDS = ROOT / "examples" / "starmer-trump-2025"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from gates.gate import corpus_hash, pin  # noqa: E402
from labelled_pairs import ratio_interval, read_labels  # noqa: E402
from newsfuse import analyze  # noqa: E402
from newsfuse.report.json import render_json  # noqa: E402

METRICS = ("precision", "recall", "certain_precision", "certain_recall", "seed_flight_found", "seed_false_conflicts")


def basil_corpus() -> str:
    return corpus_hash([BASIL / "articles", BASIL / "conflicts.jsonl", BASIL / "meta.json"])


def seed_corpus() -> str:
    """The five seed texts (not the folder's README or sidecars, which other work changes)."""
    return corpus_hash(sorted(SEEDS.glob("*.txt")))


def score_basil(report_path: Path) -> dict[str, Any]:
    """The shared scorer's JSON object for a report of basil-dev."""
    done = subprocess.run(
        [sys.executable, str(EVAL / "score_conflicts.py"), str(BASIL / "conflicts.jsonl"), str(BASIL / "articles"),
         str(report_path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    scored: dict[str, Any] = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    return scored


def _per_story(scored: dict[str, Any]) -> dict[str, list[int]]:
    """Per covered story: [reported, matched, gold, found]."""
    lines = read_labels(BASIL / "conflicts.jsonl")
    header, gold = lines[0], lines[1:]
    story_of_fact = {g["fact"]: g["story"] for g in gold}
    rows = {s: [0, 0, 0, 0] for s in header["stories"]}
    for g in gold:
        rows[g["story"]][2] += 1
    found: set[str] = set()
    for m in scored["matches"]:
        stories = {story_of_fact[f] for f in m["gold"]}
        story = sorted(stories)[0]
        rows[story][0] += 1
        rows[story][1] += 1
        found |= set(m["gold"])
    for u in scored["unmatched_reported"]:
        if u.get("gold_story") in rows:
            rows[u["gold_story"]][0] += 1
    for fact in found:
        rows[story_of_fact[fact]][3] += 1
    return rows


def bootstrap(rows: dict[str, list[int]], seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of precision and recall, resampling the covered stories (rows of :func:`_per_story`)."""

    def column(n: int) -> dict[str, int]:
        return {story: row[n] for story, row in rows.items()}

    return {
        "precision": ratio_interval(column(1), column(0), seed),  # matched / reported
        "recall": ratio_interval(column(3), column(2), seed),  # found / gold
    }


def measure_basil() -> tuple[dict[str, Any], dict[str, tuple[float, float]], int]:
    report = analyze([BASIL / "articles"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.json"
        path.write_text(render_json(report), encoding="utf-8")
        scored = score_basil(path)
    figures = {
        "precision": scored["precision"] if scored["precision"] is not None else 0.0,
        "recall": scored["recall"],
        "certain_precision": scored["certain_only"]["precision"] or 0.0,
        "certain_recall": scored["certain_only"]["recall"],
        "reported": scored["reported_in_scope"],
        "found": scored["found_gold"],
        "gold": scored["gold"],
    }
    return figures, bootstrap(_per_story(scored)), int(scored["reported_in_scope"])


def measure_seeds() -> dict[str, Any]:
    report = analyze([SEEDS])
    names = {a.id: Path(a.source).name[:3] for a in report.articles}
    flight = [
        c
        for c in report.conflicts
        if {names[v.article] for v in c.values} == {"002", "003"}
        and any(names[v.article] == "002" and "February 27" in v.value for v in c.values)
    ]
    return {
        "seed_flight_found": 1.0 if flight else 0.0,
        "seed_false_conflicts": len(report.conflicts) - len(flight),
        "seed_conflicts": [
            (c.kind, c.about, [(names[v.article], v.value) for v in c.values]) for c in report.conflicts
        ],
    }


def _sentence(body: str, start: int, end: int) -> str:
    """The text around a value, to its sentence's ends (a reader's view, not a finding)."""
    left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
    stops = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(body)
    return " ".join(body[left:right].split())


def review() -> int:
    """Print every conflict reported outside the 25 labelled basil-dev stories (see the module docstring)."""
    labelled = set(json.loads((BASIL / "conflicts.jsonl").read_text(encoding="utf-8").splitlines()[0])["stories"])
    meta = json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))
    story_of = {a: s for s, info in meta["stories"].items() for a in _files(info)}
    sets = {
        "basil-dev (50 stories)": [BASIL / "articles"],
        "mixed (basil-dev, ggt-dev, polnear-dev)": [BASIL / "articles", EVAL / "ggt-dev" / "articles",
                                                     EVAL / "polnear-dev" / "articles"],
        "seeds": [SEEDS],
    }  # fmt: skip
    for name, paths in sets.items():
        report = analyze(paths)
        articles = {a.id: a for a in report.articles}
        outside = []
        for c in report.conflicts:
            files = [Path(articles[v.article].source).name for v in c.values]
            if not any(story_of.get(f) in labelled for f in files):
                outside.append((c, files))
        print(f"== {name}: {len(report.conflicts)} reported, {len(outside)} outside the labelled stories")
        for c, files in outside:
            print(f"-- {c.kind}: {c.about} | {c.reason}")
            for v, f in zip(c.values, files, strict=True):
                body = articles[v.article].body
                print(f"   {f} [{v.value}]: {_sentence(body, v.span.start, v.span.end)}")
    return 0


_TOPIC_WORD = re.compile(r"[a-z]{3,}")


def topic_vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Each text's words in lower case (function words left out) weighted by count times inverse document frequency
    over ``texts``, scaled to length 1: what :func:`nearest_topics` compares."""
    from newsfuse.lexicon import ENGLISH_FUNCTION_WORDS

    counts = {k: Counter(w for w in _TOPIC_WORD.findall(t.lower()) if w not in ENGLISH_FUNCTION_WORDS)
              for k, t in texts.items()}  # fmt: skip
    df = Counter(w for c in counts.values() for w in c)
    out = {}
    for k, c in counts.items():
        vec = {w: n * math.log(len(texts) / df[w]) for w, n in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out[k] = {w: v / norm for w, v in vec.items()}
    return out


def nearest_topics(texts: dict[str, str]) -> list[tuple[str, str]]:
    """Each key of ``texts`` with the other key whose text is nearest in topic (cosine of :func:`topic_vectors`),
    each unordered pair once, sorted."""
    vecs = topic_vectors(texts)

    def cosine(a: str, b: str) -> float:
        return sum(v * vecs[b].get(w, 0.0) for w, v in vecs[a].items())

    pairs = {tuple(sorted((k, max((o for o in texts if o != k), key=lambda o: cosine(k, o))))) for k in texts}
    return sorted((a, b) for a, b in pairs)


def _false_across(analysed: dict[str, list[Any]], pairs: list[tuple[str, str]]) -> tuple[int, int]:
    """Conflicts reported across two events put into one story, printed, and the article pairs across them."""
    from newsfuse.compare.claims import find_claims
    from newsfuse.compare.conflicts import find_conflicts

    false = across = 0
    for event, other in pairs:
        mine = {a.article.id for a in analysed[event]}
        both = analysed[event] + analysed[other]
        across += len(analysed[event]) * len(analysed[other])
        for c in find_conflicts("u", both, claims=find_claims("u", both, ())):
            if len({v.article in mine for v in c.values}) == 2:
                false += 1
                print(f"-- {event[:8]} x {other[:8]} {c.kind}: {c.reason} / {c.about}")
    return false, across


def unrelated() -> int:
    """Conflicts reported between two different events put into one story (see the module docstring)."""
    from newsfuse.article import analyse_article
    from newsfuse.ingest import read_paths
    from newsfuse.model import Article
    from newsfuse.options import Options

    meta = json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))
    events = sorted(meta["stories"])
    analysed = {}
    for event in events:
        paths = [str(BASIL / "articles" / f) for f in _files(meta["stories"][event])]
        analysed[event] = [analyse_article(a) for a in read_paths(paths, Options()) if isinstance(a, Article)]
    following = [(event, events[(n + 1) % len(events)]) for n, event in enumerate(events)]
    false, across = _false_across(analysed, following)
    print(f"unrelated events, each with the next by id: {len(following)} story pairs, {across} article pairs "
          f"across events, {false} false conflicts")  # fmt: skip
    texts = {e: " ".join(a.article.body for a in analysed[e]) for e in events}
    nearest = nearest_topics(texts)
    false, across = _false_across(analysed, nearest)
    print(f"unrelated events, each with the nearest in topic: {len(nearest)} story pairs, {across} article pairs "
          f"across events, {false} false conflicts")  # fmt: skip
    return 0


def stages_of_basil() -> int:
    """Each labelled conflict's stage of loss (see benchmarks/conflict_stages.py), found ones marked."""
    from conflict_stages import stages

    report = analyze([BASIL / "articles"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.json"
        path.write_text(render_json(report), encoding="utf-8")
        scored = score_basil(path)
    return stages(BASIL, {fact for m in scored["matches"] for fact in m["gold"]})


def _files(info: list[dict[str, Any]]) -> list[str]:
    """The article file names of one story of basil-dev's meta.json."""
    return [Path(x["article"]).name for x in info]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pin", action="store_true", help="pin the figures in benchmarks/gates/conflicts.json")
    parser.add_argument("--lower", metavar="REASON", help="why a pin may lower a floor")
    parser.add_argument("--review", action="store_true", help="print every report outside the labelled stories")
    parser.add_argument("--unrelated", action="store_true", help="count conflicts between two events in one story")
    parser.add_argument("--stages", action="store_true", help="the stage that loses each labelled conflict")
    args = parser.parse_args()
    if args.stages:
        return stages_of_basil()
    if args.review:
        return review()
    if args.unrelated:
        return unrelated()
    figures, intervals, count = measure_basil()
    seeds = measure_seeds()
    print(json.dumps({"basil-dev": figures, "bootstrap_95": intervals, "seeds": seeds}, indent=1))
    print(
        f"conflicts basil-dev P={figures['precision']} {intervals['precision']} R={figures['recall']} "
        f"{intervals['recall']} reported={count}; seeds flight={seeds['seed_flight_found']} "
        f"false={seeds['seed_false_conflicts']}"
    )
    if args.pin:
        basil = {k: figures[k] for k in ("precision", "recall", "certain_precision", "certain_recall")}
        pin("conflicts", "basil-dev", basil, basil_corpus(), metrics=list(basil), reason=args.lower)
        seed = {k: seeds[k] for k in ("seed_flight_found", "seed_false_conflicts")}
        pin("conflicts", "seeds", seed, seed_corpus(), metrics=list(seed), reason=args.lower)
    return 0


if __name__ == "__main__":
    sys.exit(main())
