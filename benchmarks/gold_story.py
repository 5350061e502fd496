"""Stories built from the evaluation sets' gold quotations, to measure the verdict stage alone.

The quote extractor (issue #4) and the verdicts (issue #9) are built in
parallel; to measure verdicts independently of extraction errors, this module
reads the articles of an evaluation set with newsfuse's own reader and turns
each gold quotation (its segments and its speaker, nothing else: no gold
utterance or verdict is used) into a :class:`~newsfuse.model.Quote` with spans
into the cleaned body. Used by ``benchmarks/verdicts.py`` and the verdict gate.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis, Quote, Span, Speaker

__all__ = ["gold_analyses", "report_json"]


def _locate(body: str, segment: str, start: int) -> Span | None:
    """Where ``segment`` stands in ``body`` (whitespace-tolerant), searching from ``start`` then from 0."""
    pattern = re.compile(r"\s+".join(re.escape(part) for part in segment.split()))
    m = pattern.search(body, start) or pattern.search(body)
    return Span(m.start(), m.end()) if m else None


def gold_analyses(articles_dir: Path, gold_quotes: Path, prefix: str = "") -> list[ArticleAnalysis]:
    """One analysis per article of ``articles_dir`` holding its gold quotations.

    ``prefix`` is prepended to article ids, so one set can be loaded several
    times into a bigger story (benchmarks).
    """
    articles: dict[str, Article] = {}
    for item in read_paths([articles_dir]):
        if isinstance(item, Article):
            articles[Path(item.source).name] = item
    quotes: dict[str, list[Quote]] = {name: [] for name in articles}
    cursor: dict[str, int] = {}
    for n, line in enumerate(gold_quotes.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        gold = json.loads(line)
        article = articles.get(gold["article"])
        if article is None:
            continue
        spans: list[Span] = []
        for segment in gold["segments"]:
            span = _locate(article.body, segment, cursor.get(gold["article"], 0))
            if span is not None:
                spans.append(span)
        if not spans:
            continue
        cursor[gold["article"]] = spans[0].start
        speaker = Speaker(name=gold["speaker"], named="(unnamed)" not in gold["speaker"]) if gold["speaker"] else None
        quotes[gold["article"]].append(
            Quote(
                id=f"{prefix}q{n}",
                article=prefix + article.id,
                text=" ".join(article.text(s) for s in spans),
                spans=tuple(spans),
                kind=gold["kind"],
                speaker=speaker,
            )
        )
    analyses = []
    for name, article in sorted(articles.items()):
        renamed = Article(**{**{f: getattr(article, f) for f in article.__struct_fields__}, "id": prefix + article.id})
        analyses.append(ArticleAnalysis(article=renamed, quotes=tuple(quotes[name])))
    return analyses


def report_json(analyses: list[ArticleAnalysis], quotes: tuple[Quote, ...]) -> str:
    """A minimal JSON report (articles and quotes) for ``../shared/eval/score_quotes.py``."""
    return json.dumps(
        {
            "articles": [{"id": a.article.id, "source": a.article.source} for a in analyses],
            "quotes": [
                {
                    "article": q.article,
                    "text": q.text,
                    "speaker": q.speaker.name if q.speaker else None,
                    "verdict": q.verdict,
                }
                for q in quotes
            ],
        },
        ensure_ascii=False,
    )
