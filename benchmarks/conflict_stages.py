"""Where each labelled basil-dev conflict is lost, by stage: counts and stage names only, never the sentences.

    python benchmarks/conflicts.py --stages

For each gold conflict the story's three articles are analysed as the
pipeline does, their facts found (:func:`newsfuse.compare.facts.facts_of`,
headline facts too), and the facts whose spans overlap the gold spans (or
its ``also`` spans) followed through the stages of
:mod:`newsfuse.compare.conflicts`, stopping at the first that loses it:

1. ``no fact``: no fact on one side (``no quantity``: nothing was read there
   at all; ``no class``: a quantity was read but is of no class);
2. ``classes differ``: facts on both sides, never of one class (another
   counted noun, a year against a "since" year);
3. ``not aligned``: of one class, but no pair aligned, with the first check
   that says no, as :func:`newsfuse.compare.conflicts.alignment` names it
   (:data:`newsfuse.compare.conflicts.REJECTIONS`: ``tenure``, ``other states``,
   ``far apart``, ``other measures``, ``other occurrences``, ..., ``other
   people``, ``other days``, else ``words``: too few shared words);
4. ``compatible``: aligned, but their ranges meet (rounding, approximate words,
   overlapping day ranges);
5. ``stated elsewhere``: another value of the other article gives the same
   figure about the same thing;
6. ``paired``: the value alignment pairs them (a report unless merged away).

A conflict found with no fact on a side was found by a route that reads no
values (:mod:`newsfuse.compare.roles`, :mod:`newsfuse.compare.kinship`, an
event reported as past). Besides the stage, each line says whether the claims stage pairs the two
sentences (the route of :mod:`newsfuse.compare.event_days`). Only labels and
counts are printed: basil-dev validates, it never designs (the module
docstring of :mod:`newsfuse.compare.conflicts`).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from newsfuse.article import analyse_article
from newsfuse.article.dates import reference_date
from newsfuse.compare import conflicts as c
from newsfuse.compare.claims import find_claims
from newsfuse.compare.facts import Fact, compatible, facts_of, story_weights, title_facts
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis
from newsfuse.options import Options

Span = tuple[int, int]


class _Story:
    """One gold story's articles analysed, their facts, word weights and claims."""

    def __init__(self, files: list[Path]) -> None:
        read = read_paths([str(f) for f in files], Options())
        self.analyses = [analyse_article(a) for a in read if isinstance(a, Article)]
        references = [r for a in self.analyses if (r := reference_date(a.article)) is not None]
        bodies = [facts_of(a, references) for a in self.analyses]
        self.facts = [[*f, *title_facts(a, f, references)] for a, f in zip(self.analyses, bodies, strict=True)]
        self.weights = story_weights([f for facts in self.facts for f in facts])
        self.names = [Path(a.article.source).name for a in self.analyses]
        claims = find_claims("s", self.analyses, ())
        self.paired = {
            frozenset({(x.article, x.span.start), (y.article, y.span.start)})
            for claim in claims
            for x in claim.sources
            for y in claim.sources
            if x.article != y.article
        }


def _file_span(analysis: ArticleAnalysis, span: Span, in_title: bool) -> Span | None:
    """A body (or headline) span as offsets into the article's file."""
    article = analysis.article
    if in_title:
        raw = Path(article.source).read_text(encoding="utf-8")
        at = raw.find(article.title or "\0")
        return (at + span[0], at + span[1]) if at >= 0 else None
    start, end = article.offsets.to_source(span[0]), article.offsets.to_source(span[1])
    return (start, end) if start is not None and end is not None else None


def _overlaps(span: Span | None, spans: list[Span]) -> bool:
    return span is not None and any(s < span[1] and span[0] < e for s, e in spans)


def _side(story: _Story, side: dict[str, Any], also: list[dict[str, Any]]) -> tuple[int, list[Fact], int]:
    """The article index of a gold side, the facts at its spans, and how many quantities were read there."""
    name = Path(side["article"]).name
    spans = [(side["start"], side["end"]), *((x["start"], x["end"]) for x in also if Path(x["article"]).name == name)]
    n = story.names.index(name)
    analysis = story.analyses[n]
    facts = [
        f
        for f in story.facts[n]
        if _overlaps(_file_span(analysis, (f.quantity.span.start, f.quantity.span.end), f.in_title), spans)
    ]
    quantities = sum(
        _overlaps(_file_span(analysis, (q.span.start, q.span.end), False), spans) for q in analysis.quantities
    )
    return n, facts, quantities


def _stage(story: _Story, side_a: tuple[int, list[Fact], int], side_b: tuple[int, list[Fact], int]) -> str:
    """The first stage that loses a gold conflict (see the module docstring)."""
    (i, facts_a, read_a), (j, facts_b, read_b) = side_a, side_b
    if not facts_a or not facts_b:
        return "no fact: " + ("no quantity" if not (read_a if not facts_a else read_b) else "no class")
    same = [(a, b) for a in facts_a for b in facts_b if c._one_class(a.cls, b.cls)]
    if not same:
        return "classes differ"
    aligned = [(a, b) for a, b in same if c.alignment(a, b, story.weights, True, True)[0] > 0]
    if not aligned:
        return "not aligned: " + c.alignment(*same[0], story.weights, True, True)[1]
    if all(compatible(a, b) for a, b in aligned):
        return "compatible"
    pairs = c._pairs([story.facts[i], story.facts[j]], story.weights)
    if any((a, b) in pairs or (b, a) in pairs for a, b in aligned):
        return "paired"
    return "stated elsewhere (or another value aligned better)"


def stages(basil: Path, found: set[str] | None = None) -> int:
    """Print each gold conflict's stage of loss (``found``: the gold facts the report already matches)."""
    lines = [json.loads(line) for line in (basil / "conflicts.jsonl").read_text(encoding="utf-8").splitlines()]
    meta = json.loads((basil / "meta.json").read_text(encoding="utf-8"))
    stories: dict[str, _Story] = {}
    tally: Counter[str] = Counter()
    for n, gold in enumerate(lines[1:]):
        if gold["story"] not in stories:
            files = [basil / "articles" / Path(x["article"]).name for x in meta["stories"][gold["story"]]]
            stories[gold["story"]] = _Story(files)
        story = stories[gold["story"]]
        also = gold.get("also", [])
        side_a, side_b = _side(story, gold["a"], also), _side(story, gold["b"], also)
        stage = _stage(story, side_a, side_b)
        keys = [
            frozenset({(story.analyses[s[0]].article.id, f.sentence.start)}) for s in (side_a, side_b) for f in s[1]
        ]
        claimed = any(x | y in story.paired for x in keys for y in keys if x != y)
        status = "found" if found is not None and gold["fact"] in found else "missed"
        if status == "found" and stage.startswith("no fact"):
            stage = "found by a route without facts (offices, kinship, an event reported as past)"
        if status == "missed":
            tally[stage] += 1
        print(f"gold #{n} kind={gold['kind']} certain={gold['certain']} {status}: {stage}; claims pair them: {claimed}")
    print("missed, by stage: " + json.dumps(dict(tally)))
    return 0
