"""Text reuse, independent sources and the cited summary on basil-dev, and their speed.

Usage: ``.venv/bin/python benchmarks/reuse_summary.py [--quiet]`` from the repository root.

Prints, for each of the 50 basil-dev events (Fox News, The New York Times and
HuffPost on the same day), the reuse between the three outlets (overlap, with
the copied-prose and repeated-quotation parts), each outlet's original share,
and the summary with the outlets each sentence cites (quotations gated by the
verdicts of the utterance stage, as in the pipeline); then the mean number of
supporting outlets per summary sentence over the 50 stories. Last, the time to
run reuse, sources and summary on one 50-article story built from the
evaluation texts (25 articles and a reprint of each, cut and reordered as
outlets do), and on the worst case, one agency story printed by 50 outlets
(every pair shares everything), in one process; the target is under one
second on one core.
CPU time is printed beside wall time because the machine may be shared;
pin the process to a core (``taskset -c 0``) for a single-core figure.

Reads ``../shared/eval/basil-dev``; exits with a message where it is absent.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

import msgspec

from newsfuse.article import analyse_article
from newsfuse.compare.reuse import find_reuse
from newsfuse.compare.shingles import words_of
from newsfuse.compare.sources import independent_sources
from newsfuse.compare.summary import summarise
from newsfuse.compare.utterances import align_utterances
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis, Originality, Quote, Reuse, SourceGroup, SummarySentence
from newsfuse.options import Options

BASIL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "basil-dev"


def verdicts(analyses: list[ArticleAnalysis]) -> tuple[Quote, ...]:
    """The story's quotations with their cross-outlet verdicts, as the pipeline hands them to the summary."""
    return align_utterances("s", analyses)[0]


StoryStages = tuple[tuple[Reuse, ...], tuple[Originality, ...], tuple[SourceGroup, ...], tuple[SummarySentence, ...]]
"""What the story stages this benchmark times give: reuse, originality, independent sources, summary."""


def story_stages(analyses: list[ArticleAnalysis], quotes: tuple[Quote, ...]) -> StoryStages:
    reuse, originality = find_reuse("s", analyses)
    sources = independent_sources("s", analyses, reuse)
    summary = summarise("s", analyses, sources, quotes)
    return reuse, originality, sources, summary


def read_story(files: list[Path]) -> list[ArticleAnalysis]:
    articles = [a for a in read_paths([str(f) for f in files], Options()) if isinstance(a, Article)]
    return [analyse_article(a) for a in articles]


def reprint(article: Article, n: int) -> Article:
    """An outlet's copy: the same paragraphs, the last third cut, the first two swapped."""
    paragraphs = [p for p in article.body.split("\n") if p.strip()]
    kept = paragraphs[: max(2, len(paragraphs) * 2 // 3)]
    kept[0], kept[1] = kept[1], kept[0]
    return msgspec.structs.replace(article, id=f"reprint-{n}", source=f"reprint-{n}", body="\n\n".join(kept))


def copy(article: Article, n: int) -> Article:
    """A wire subscriber's copy: the agency text under the outlet's own standfirst."""
    body = f"Outlet {n} carries this agency report in full.\n\n{article.body}"
    return msgspec.structs.replace(article, id=f"copy-{n}", source=f"copy-{n}", body=body)


def main() -> None:
    quiet = "--quiet" in sys.argv
    if not BASIL.exists():
        print(f"{BASIL} is absent: nothing to measure")
        return
    meta = json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))
    supporting_counts: list[int] = []
    sentence_counts: list[int] = []
    prose_pairs = quote_pairs = 0
    all_articles: list[ArticleAnalysis] = []
    for event_id, members in sorted(meta["stories"].items()):
        files = [BASIL / "articles" / m["article"] for m in members]
        analyses = read_story(files)
        all_articles.extend(analyses)
        outlet = {a.article.id: m["outlet"] for a, m in zip(analyses, members, strict=True)}
        reuse, originality, sources, summary = story_stages(analyses, verdicts(analyses))
        for sentence in summary:
            supporting_counts.append(len({outlet[a] for a in sentence.supporting}))
        sentence_counts.append(len(summary))
        prose_pairs += sum(1 for r in reuse if r.prose_overlap > 0)
        quote_pairs += sum(1 for r in reuse if r.quotation_overlap > 0)
        if not quiet:
            print(f"\n== {members[0]['event']} ({event_id[:8]}), {len(sources)} independent source(s)")
            _print_story(analyses, outlet, reuse, originality, summary)

    print(f"\nbasil-dev: {len(sentence_counts)} stories, {sum(sentence_counts)} summary sentences")
    print(f"summary sentences per story: min {min(sentence_counts)}, max {max(sentence_counts)}")
    print(f"mean supporting outlets per summary sentence: {statistics.mean(supporting_counts):.2f}")
    print(
        f"pairs sharing prose: {prose_pairs}, pairs sharing quotations: {quote_pairs} (of {3 * len(sentence_counts)})"
    )
    _time_big_stories(all_articles)


def _print_story(
    analyses: list[ArticleAnalysis],
    outlet: dict[str, str],
    reuse: Sequence[Reuse],
    originality: Sequence[Originality],
    summary: Sequence[SummarySentence],
) -> None:
    """One story's reuse between each pair of outlets, each outlet's originality and the cited summary."""
    by_pair = {frozenset(r.articles): r for r in reuse}
    for a, b in combinations(analyses, 2):
        row = by_pair.get(frozenset((a.article.id, b.article.id)))
        pair = f"{outlet[a.article.id]}-{outlet[b.article.id]}"
        if row is None:
            print(f"  reuse {pair:8s} overlap 0")
        else:
            print(
                f"  reuse {pair:8s} overlap {row.overlap:.3f} (prose {row.prose_overlap:.3f}, "
                f"quotations {row.quotation_overlap:.3f}), {len(row.passages)} passage(s)"
            )
    for o in originality:
        print(
            f"  {outlet[o.article]:4s} original {o.original:.3f}  shared prose {o.shared:.3f}  "
            f"shared quotations {o.shared_quotations:.3f}"
        )
    for sentence in summary:
        cites = ",".join(sorted({outlet[a] for a in sentence.supporting}))
        print(f"  * [{cites}] {sentence.text}")


def _time_big_stories(all_articles: list[ArticleAnalysis]) -> None:
    """The story stages' time on two 50-article stories made of basil-dev's articles: 25 with a reprint of each,
    and one agency story printed 50 times."""
    originals = all_articles[:25]
    mixed = originals + [analyse_article(reprint(a.article, n)) for n, a in enumerate(originals)]
    wire = [analyse_article(copy(all_articles[0].article, n)) for n in range(50)]
    for name, big in (("25 articles and a reprint of each", mixed), ("one agency story printed 50 times", wire)):
        quotes = verdicts(big)  # the verdict stage is timed by its own benchmark
        wall, cpu = [], []
        for _ in range(5):
            words_of.cache_clear()  # every run reads every body afresh
            start, start_cpu = time.perf_counter(), time.process_time()
            reuse, _, sources, summary = story_stages(big, quotes)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        words = sum(len(a.article.body.split()) for a in big)
        print(
            f"50-article story, {name} ({words} words): reuse + sources + summary CPU {min(cpu):.3f} s best, "
            f"{statistics.median(cpu):.3f} s median of 5; wall {min(wall):.3f} s best, {statistics.median(wall):.3f} s "
            "median (one process; target < 1 s)"
        )
        print(
            f"  {len(reuse)} pairs share text, {len(sources)} independent source(s), {len(summary)} summary sentences"
        )


if __name__ == "__main__":
    main()
