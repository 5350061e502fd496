"""The library entry point: read, analyse each article, group into stories, compare.

``analyze(paths, options)`` is what the CLI calls; ``analyze_articles`` does
the same for articles already in memory (tests, the store, a Spark job).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

from newsfuse.article import analyse_article
from newsfuse.compare import compare_story
from newsfuse.compare.sources import sized_story
from newsfuse.errors import NoArticlesError, StageError
from newsfuse.ingest import link_reprints, read_paths
from newsfuse.ingest.outlets import outlets_of
from newsfuse.model import STORY_FINDINGS, Article, ArticleAnalysis, Problem, Report, Story
from newsfuse.options import Options
from newsfuse.stories import cluster_articles

__all__ = [
    "analyse_articles",
    "analyse_one_article",
    "analyze",
    "analyze_articles",
    "compare_one_story",
    "merge_reports",
]

Progress = Callable[[int, int], None]


def analyse_one_article(article: Article, options: Options | None = None) -> ArticleAnalysis | Problem:
    """The per-article stages on one article; a failing stage becomes a :class:`Problem` naming it."""
    try:
        return analyse_article(article)
    except StageError as exc:
        return Problem(source=article.source, reason=str(exc.cause) or type(exc.cause).__name__, stage=exc.stage)


def _analyse_safely(article: Article) -> ArticleAnalysis | Problem:
    return analyse_one_article(article)


def compare_one_story(
    story: Story,
    analyses: Sequence[ArticleAnalysis],
    options: Options | None = None,
    *,
    everyone: Sequence[Article] = (),
) -> tuple[Story, Report]:
    """The story stages on one story: its findings, and the story with its coverage and independent sources.

    ``everyone`` is every article of the run, for the outlets of the period that did not cover the story.
    """
    part = compare_story(story, analyses)
    return sized_story(story, [a.article for a in analyses], part.sources, everyone), part


def analyse_articles(
    articles: Sequence[Article], options: Options, progress: Progress | None = None, *, pool: Executor | None = None
) -> tuple[list[ArticleAnalysis], list[Problem]]:
    """Run the per-article stages, in a process pool when ``options.jobs > 1``.

    ``pool`` is an executor to use instead of starting one (the store's
    ingest keeps one pool across its batches).
    """
    analyses: list[ArticleAnalysis] = []
    problems: list[Problem] = []
    if pool is not None or (options.jobs > 1 and len(articles) > options.jobs):
        with contextlib.ExitStack() as stack:
            if pool is None:
                pool = stack.enter_context(ProcessPoolExecutor(max_workers=options.jobs))
            results: Iterable[ArticleAnalysis | Problem] = pool.map(
                _analyse_safely, articles, chunksize=max(1, len(articles) // (max(1, options.jobs) * 8))
            )
            for n, result in enumerate(results, 1):
                (analyses if isinstance(result, ArticleAnalysis) else problems).append(result)  # type: ignore[arg-type]
                if progress:
                    progress(n, len(articles))
    else:
        for n, article in enumerate(articles, 1):
            result = _analyse_safely(article)
            if isinstance(result, ArticleAnalysis):
                analyses.append(result)
            else:
                problems.append(result)
            if progress:
                progress(n, len(articles))
    return analyses, problems


def merge_reports(base: Report, parts: Iterable[Report]) -> Report:
    """One report from a base (articles, stories) and per-story fragments."""
    fields: dict[str, list[object]] = {name: list(getattr(base, name)) for name in (*STORY_FINDINGS, "problems")}
    for part in parts:
        for name, rows in fields.items():
            rows.extend(getattr(part, name))
    return Report(
        articles=base.articles,
        outlets=base.outlets,
        stories=base.stories,
        **{name: tuple(rows) for name, rows in fields.items()},  # type: ignore[arg-type]
    )


def analyze_articles(
    articles: Sequence[Article],
    options: Options | None = None,
    *,
    problems: Sequence[Problem] = (),
    progress: Progress | None = None,
) -> Report:
    """Analyse articles already read: per-article stages, stories, story stages."""
    options = options or Options()
    articles = link_reprints(articles)
    analyses, stage_problems = analyse_articles(articles, options, progress)
    stories = cluster_articles(analyses, options.cluster)
    by_id = {a.article.id: a for a in analyses}
    sized: list[Story] = []
    parts: list[Report] = []
    for story in stories:
        members = [by_id[i] for i in story.articles if i in by_id]
        done, part = compare_one_story(story, members, options, everyone=articles)
        parts.append(part)
        sized.append(done)
    base = Report(
        articles=tuple(a.article for a in analyses),
        outlets=outlets_of(a.article for a in analyses),
        stories=tuple(sized),
        quotes=(),
        problems=tuple(problems) + tuple(stage_problems),
    )
    return merge_reports(base, parts)


def analyze(paths: Iterable[str | Path], options: Options | None = None, *, progress: Progress | None = None) -> Report:
    """Read every article under ``paths`` and analyse them.

    Bad inputs become :class:`Problem` rows of the report; raises
    :class:`NoArticlesError` when not one article could be read.
    """
    options = options or Options()
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_paths(paths, options):
        (articles if isinstance(item, Article) else problems).append(item)  # type: ignore[arg-type]
    if not articles:
        errors = [p for p in problems if p.severity == "error"]
        detail = f" ({len(errors)} input(s) could not be read)" if errors else ""
        raise NoArticlesError(f"no articles could be read{detail}", problems)
    return analyze_articles(articles, options, problems=problems, progress=progress)
