"""Claims carried by all three outlets and by one only, per BASIL event (../shared/eval/basil-dev).

Each BASIL event is covered by Fox News, The New York Times and HuffPost.
The articles are grouped per gold event (meta.json), analysed, and the story
stages called directly: sources, claims, conflicts, entities. Prints, per
story, the claims all three outlets carry and those only one does, the
conflicts and the misspellings flagged, then totals and the time taken.

    .venv/bin/python benchmarks/basil_claims.py [--stories N] [--show K]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence

from _common import BASIL
from newsfuse.article import analyse_article
from newsfuse.compare.claims import find_claims
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.entities import resolve_entities
from newsfuse.compare.reuse import find_reuse
from newsfuse.compare.sources import independent_sources
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis, Claim, Conflict, Misspelling
from newsfuse.options import Options


def _short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_story(
    all_three: Sequence[Claim],
    shown: Sequence[Claim],
    single: int,
    conflicts: Sequence[Conflict],
    slips: Sequence[Misspelling],
    outlet_of: dict[str, str],
) -> None:
    """One story's claims carried by all three outlets (with each outlet's sentence), the first single-outlet
    claims (``shown`` of ``single``), its conflicts and the misspellings flagged."""
    print(f"  carried by all three outlets: {len(all_three)}")
    for c in all_three:
        print(f"   * [{c.independent_sources} independent] {_short(c.text)}")
        for s in c.sources:
            print(f"       {outlet_of[s.article]:>4}: {_short(s.text, 120)}")
    print(f"  carried by one outlet only: {single}")
    for c in shown:
        print(f"   - {outlet_of[c.sources[0].article]:>4}: {_short(c.text)}")
    for x in conflicts:
        values = "; ".join(f"{outlet_of[v.article]}: {v.value}" for v in x.values)
        print(f"  conflict ({x.kind}) about '{x.about}': {values}")
    for m in slips:
        print(f"  misspelling? {m.written!r} -> {m.means!r} ({outlet_of[m.article]}): {m.evidence}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=50, help="how many events to run (default: all 50)")
    parser.add_argument("--show", type=int, default=3, help="single-outlet claims shown per story")
    args = parser.parse_args()
    if not BASIL.exists():
        print(f"{BASIL} is absent", file=sys.stderr)
        return 1
    meta = json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))
    totals = {"stories": 0, "articles": 0, "claims": 0, "all3": 0, "two": 0, "one": 0, "conflicts": 0, "slips": 0}
    analyse_s = compare_s = 0.0
    for story_id, members in list(meta["stories"].items())[: args.stories]:
        outlet_of: dict[str, str] = {}
        analyses: list[ArticleAnalysis] = []
        for member in members:
            for item in read_paths([BASIL / "articles" / member["article"]], Options()):
                if isinstance(item, Article):
                    t0 = time.process_time()
                    analyses.append(analyse_article(item))
                    analyse_s += time.process_time() - t0
                    outlet_of[item.id] = member["outlet"]
        t0 = time.process_time()
        reuse, _ = find_reuse(story_id, analyses)
        sources = independent_sources(story_id, analyses, reuse)
        claims = find_claims(story_id, analyses, sources)
        conflicts = find_conflicts(story_id, analyses, claims=claims)
        entities = resolve_entities(story_id, analyses)
        compare_s += time.process_time() - t0
        outlets = {outlet_of[a.article.id] for a in analyses}
        all_three = [c for c in claims if {outlet_of[s.article] for s in c.sources} == outlets and len(outlets) == 3]
        single = [c for c in claims if c.single_outlet]
        slips = [m for e in entities for m in e.misspellings]
        totals["stories"] += 1
        totals["articles"] += len(analyses)
        totals["claims"] += len(claims)
        totals["all3"] += len(all_three)
        totals["two"] += sum(1 for c in claims if len({outlet_of[s.article] for s in c.sources}) == 2)
        totals["one"] += len(single)
        totals["conflicts"] += len(conflicts)
        totals["slips"] += len(slips)
        print(f"\n=== {members[0]['event']}  ({story_id[:8]}, {len(analyses)} articles, {len(claims)} claims)")
        _print_story(all_three, single[: args.show], len(single), conflicts, slips, outlet_of)
    n = max(1, totals["stories"])
    print(
        f"\n{totals['stories']} stories, {totals['articles']} articles: claims {totals['claims']} "
        f"(all three outlets {totals['all3']}, two {totals['two']}, one {totals['one']}; "
        f"{totals['all3'] / n:.1f} three-outlet claims per story), conflicts {totals['conflicts']}, "
        f"misspellings flagged {totals['slips']}"
    )
    print(
        f"CPU time: per-article stages {totals['articles'] / max(analyse_s, 1e-9):.0f} articles/s; "
        f"story stages (sources, claims, conflicts, entities) {compare_s / n * 1000:.0f} ms per story"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
