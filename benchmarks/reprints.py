"""One agency story printed by many outlets: time, memory and findings of ``analyze`` (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/reprints.py [--copies 500] [--profile 12]
    .venv/bin/python benchmarks/reprints.py --compare 12

The article is invented (a wire story about a harbour bridge with quotations,
figures and dates). It is printed word for word by ``--copies`` outlets, the
agency's own copy first, each with its own headline and publication time,
plus two unrelated articles. Everything goes through ``analyze_articles``
(reprints linked, per-article stages, stories, story stages) in one process;
the script prints the CPU and wall time, the peak memory (resident set) and
what the story's findings say: its coverage and independent sources, the
quotation verdicts, the number of claims and their independent sources, the
reuse rows, and the size of the JSON report. ``--profile N`` prints the top N
entries of a profile of the run.

Targets (500 copies): under 10 s and under 500 MB, coverage 500, one
independent source.

``--compare N`` runs N copies twice, with story stages on reprint groups
(what ``analyze`` does) and on every copy
(:data:`newsfuse.compare.copies.KEPT` raised so that no copy is set aside),
and prints both summaries: the findings must say the same.
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from collections import Counter
from typing import Any

from _common import peak_mb, profile_table
from newsfuse.model import Article, Report
from newsfuse.pipeline import analyze_articles
from newsfuse.report.json import render_json

BODY = """\
PORT ALDER, March 3 (Agency Press) - The regional council approved a 412 million euro plan on Monday to replace \
the ageing Halvorsen harbour bridge, ending a dispute that had closed the crossing to lorries for 18 months.

Council leader Mirela Dovnik said the vote showed "the city can still build things that last a century". \
She said work would begin in September and the new bridge would open in 2029.

Engineers found cracks in two of the bridge's five steel piers in 2023, and the council cut traffic to cars \
and buses while it weighed repairs against a new crossing. Repairs would have cost about 260 million euros \
and bought 15 years, according to a report by the engineering firm Tallberg & Roos.

"We looked at patching it again and again, and every option cost more over time," said Aleksander Brun, \
the council's transport director. "A new bridge is the cheaper answer, even if it is not the cheap one."

Opposition councillors voted against the plan, saying the budget leaves no room for overruns. \
"Nobody believes this will come in at 412 million," councillor Tomas Lindqvist told reporters after the vote. \
"The last tunnel project ran 40 per cent over."

The national transport ministry has promised to cover a third of the cost, the council said. \
Freight operators, who have rerouted about 1,200 lorries a day through the northern ring road, \
welcomed the decision but asked for a faster timetable.

Dovnik said the council would publish the tender documents on March 17 and choose a builder by the end of the year.
"""

OTHER = [
    "A storm with winds of 120 km an hour closed two ferry routes on Tuesday, the coastguard said. "
    '"Crossings resume when the sea allows," a spokeswoman said.',
    "The national football league named Ingrid Solheim its new chief executive on Wednesday. "
    "She takes over from a predecessor who held the post for nine years.",
]


def corpus(copies: int) -> list[Article]:
    articles = [
        Article(
            id=f"copy{n:04d}",
            source=f"outlet{n:04d}/bridge.html",
            body=BODY,
            title=f"Council backs new harbour bridge ({n})",
            outlet="Agency Press" if n == 0 else f"Outlet {n:04d}",
            published=f"2025-03-03T{10 + n // 60 % 12:02d}:{n % 60:02d}:00+00:00",
            credit="Agency Press",
        )
        for n in range(copies)
    ]
    articles += [
        Article(id=f"other{n}", source=f"other{n}.txt", body=body, outlet=f"Other {n}", published="2025-03-04")
        for n, body in enumerate(OTHER)
    ]
    return articles


def summary(report: Report, json_bytes: int) -> dict[str, Any]:
    story = max(report.stories, key=lambda s: len(s.articles))
    mine = [q for q in report.quotes if q.story == story.id]
    claims = [c for c in report.claims if c.story == story.id]
    return {
        "articles": len(story.articles),
        "coverage": story.coverage,
        "independent sources": story.independent_sources,
        "quotations": len(mine),
        "verdicts": dict(sorted(Counter(q.verdict for q in mine).items(), key=lambda kv: str(kv[0]))),
        "quotations per copy": round(len(mine) / len(story.articles), 2),
        "utterances": len([u for u in report.utterances if u.story == story.id]),
        "claims": len(claims),
        "claim independent sources": sorted(Counter(c.independent_sources for c in claims).items()),
        "claim sources per claim": sorted(Counter(len(c.sources) for c in claims).items()),
        "conflicts": len([c for c in report.conflicts if c.story == story.id]),
        "entities": len([e for e in report.entities if e.story == story.id]),
        "timeline": len([t for t in report.timeline if t.story == story.id]),
        "reuse rows": len([r for r in report.reuse if r.story == story.id]),
        "originality rows": len([o for o in report.originality if o.story == story.id]),
        "source groups": [len(g.articles) for g in report.sources if g.story == story.id],
        "summary sentences": len([s for s in report.summary if s.story == story.id]),
        "JSON MB": round(json_bytes / 1e6, 2),
    }


def run(copies: int, profile: int = 0) -> dict[str, Any]:
    articles = corpus(copies)
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    report = analyze_articles(articles)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    json_bytes = len(render_json(report).encode("utf-8"))
    print(f"{copies} copies: analyze cpu {cpu:.2f} s, wall {wall:.2f} s, peak memory {peak_mb():.0f} MB")
    if profiler:
        print(profile_table(profiler, profile, "cumulative"))
    return summary(report, json_bytes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=500)
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--compare", type=int, default=0)
    args = parser.parse_args()
    if args.compare:
        from newsfuse.compare import copies

        grouped = run(args.compare)
        copies.KEPT = sys.maxsize
        every = run(args.compare)
        for key in grouped:
            same = "same" if grouped[key] == every[key] else "DIFFERS"
            print(f"  {key:<26} grouped {grouped[key]!s:<40} every copy {every[key]!s:<40} {same}")
        return
    for key, value in run(args.copies, args.profile).items():
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
