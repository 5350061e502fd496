"""The library entry point: read, analyse each article, group into stories, compare.

``analyze(paths, options)`` is what the CLI calls; ``analyze_articles`` does
the same for articles already in memory (tests, the store, a Spark job).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from pathlib import Path

import msgspec

from newsfuse.compare.copies import analysis_for_copy, article_key
from newsfuse.errors import NoArticlesError
from newsfuse.ingest import link_reprints, read_paths
from newsfuse.ingest.outlets import outlets_of
from newsfuse.model import STORY_FINDINGS, Article, ArticleAnalysis, Problem, Report, Story
from newsfuse.options import ClusterOptions, Options
from newsfuse.parallel import AroundRows, Encoded, Findings, Workers, WorkersOnDemand, trim_memory
from newsfuse.runner import Progress, analyse_articles, run_article, run_story, story_findings
from newsfuse.stories import cluster_articles

__all__ = [
    "analyse_articles",
    "analyse_distinct",
    "analyse_one_article",
    "analyze",
    "analyze_articles",
    "compare_one_story",
    "merge_reports",
]


def analyse_one_article(article: Article, options: Options | None = None) -> ArticleAnalysis | Problem:
    """The per-article stages on one article (the runner's); a failing stage becomes a :class:`Problem` naming it."""
    return run_article(article, options)


def compare_one_story(
    story: Story,
    analyses: Sequence[ArticleAnalysis],
    options: Options | None = None,
    *,
    everyone: Sequence[Article] = (),
) -> tuple[Story, Report]:
    """The story stages on one story (the runner's): the story sized, and its findings.

    ``everyone`` is every article of the run, for the outlets of the period that did not cover the story.
    """
    part = run_story(story, analyses, options, around=everyone)
    return part.stories[0], story_findings(part)


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


def analyse_distinct(
    articles: Sequence[Article], options: Options, progress: Progress | None = None, workers: Workers | None = None
) -> tuple[list[ArticleAnalysis], list[Problem]]:
    """:func:`analyse_articles`, each distinct input analysed once: a copy of an article analysed
    gets its analysis with the copy's id (:func:`newsfuse.compare.copies.analysis_for_copy`).

    Analyses come in the order of ``articles``; a copy of an article that failed fails the same way.
    """
    found, problems = _analyse_distinct(articles, options, progress, workers)
    return [a.decode() if isinstance(a, Encoded) else a for a in found], problems


def _analyse_distinct(
    articles: Sequence[Article], options: Options, progress: Progress | None, workers: Workers | None
) -> tuple[list[ArticleAnalysis | Encoded], list[Problem]]:
    """:func:`analyse_distinct`'s analyses as they come: kept encoded where a pool made them."""
    first: dict[bytes, int] = {}
    copy_of: dict[int, int] = {}
    for n, article in enumerate(articles):
        copy_of[n] = first.setdefault(article_key(article), n)
    distinct = [articles[n] for n in sorted(set(copy_of.values()))]
    done: Sequence[ArticleAnalysis | Encoded]
    if workers is not None:
        done, problems = workers.analyse(distinct, progress)
    else:
        done, problems = analyse_articles(distinct, options, progress)
    by_id = {a.article.id: a for a in done}
    failed: dict[str, list[Problem]] = {}
    for problem in problems:
        failed.setdefault(problem.source, []).append(problem)
    analyses: list[ArticleAnalysis | Encoded] = []
    for n, article in enumerate(articles):
        original = articles[copy_of[n]]
        found = by_id.get(original.id)
        if original.id == article.id:
            analyses.extend([found] if found is not None else [])
            continue
        if found is None:
            # the same input fails the same way: the original's problems, under the copy's name
            problems.extend(msgspec.structs.replace(p, source=article.source) for p in failed.get(original.source, ()))
            continue
        copied = analysis_for_copy(found.decode() if isinstance(found, Encoded) else found, article)
        more: list[ArticleAnalysis] = [copied] if copied is not None else []
        if copied is None:
            more, trouble = analyse_articles([article], options)
            problems.extend(trouble)
        analyses.extend(Encoded.of(a) if isinstance(found, Encoded) else a for a in more)
    return analyses, problems


def _stories_of(articles: Sequence[Article], options: ClusterOptions) -> tuple[Story, ...]:
    """The stories of these articles (grouping reads the articles alone, not their analyses)."""
    return cluster_articles([ArticleAnalysis(article=a) for a in articles], options)


class _Grouping:
    """A run's stories, grouped in a thread of this process while the pool analyses the articles (a context
    manager).

    Grouping reads the articles alone (:func:`_stories_of`), never their analyses, so with a pool it need not
    wait for them: while the workers analyse, this process mostly waits on them, and the thread groups every
    article meanwhile (issue #21: without the thread, the pool idled while this process grouped; at 2,000
    articles 0.7-0.8 s CPU, ``benchmarks/parallel.py``'s ``group`` phase).
    The stories are those of the articles analysed, as without a pool: where an article failed (or a worker
    gave one back changed) they are grouped again from those analysed.

    Where the analysis raises (a stage under ``on_error="raise"``, a pool that broke, Ctrl-C), nothing waits
    for the grouping in progress: it cannot be stopped midway, so the thread is a daemon, left to end alone
    and never joined (at 10,000 articles grouping takes seconds; the error was raised at once).
    """

    def __init__(self, articles: Sequence[Article], options: ClusterOptions, *, beside: bool) -> None:
        self._articles = tuple(articles)
        self._options = options
        self._early: Future[tuple[Story, ...]] | None = None
        if beside:
            self._early = Future()
            threading.Thread(target=self._group, name="newsfuse-grouping", daemon=True).start()

    def _group(self) -> None:
        assert self._early is not None
        if not self._early.set_running_or_notify_cancel():
            return
        try:
            self._early.set_result(_stories_of(self._articles, self._options))
        except BaseException as exc:  # handed to whoever reads the stories, as an executor would
            self._early.set_exception(exc)

    def stories(self, analysed: tuple[Article, ...]) -> tuple[Story, ...]:
        """The stories of the articles ``analysed`` (those grouped in the thread where they are all of them)."""
        if self._early is not None and analysed == self._articles:
            return self._early.result()
        return _stories_of(analysed, self._options)

    def __enter__(self) -> _Grouping:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._early is not None:
            self._early.cancel()  # a grouping not yet started never starts; one under way is not waited for


def _compared(
    stories: Sequence[Story],
    by_id: dict[str, ArticleAnalysis | Encoded],
    articles: Sequence[Article],
    options: Options,
    workers: Workers | None,
) -> Findings:
    """The story stages on every story: in the pool (which takes each analysis out of ``by_id`` once sent; the
    findings decoded as they come, :class:`~newsfuse.parallel.Findings`), or here (where every analysis is
    decoded)."""
    around = AroundRows((a.id, a.outlet, a.published) for a in articles)
    if workers is not None:
        return workers.compare(stories, by_id, around, consume=True)
    findings = Findings(len(stories))
    for n, story in enumerate(stories):
        members = [by_id[i] for i in story.articles if i in by_id]
        analyses = [a.decode() if isinstance(a, Encoded) else a for a in members]
        findings.keep(n, run_story(story, analyses, options, around=around.of(story)))
    return findings


def analyze_articles(
    articles: Sequence[Article],
    options: Options | None = None,
    *,
    problems: Sequence[Problem] = (),
    progress: Progress | None = None,
) -> Report:
    """Analyse articles already read: per-article stages, stories, story stages (all through the runner).

    With ``options.jobs > 1`` the per-article and the story stages run in one process pool
    (:mod:`newsfuse.parallel`; the analyses stay encoded in this process); the report is the same.
    """
    options = options or Options()
    with WorkersOnDemand(options) as pool:
        return _analyze_articles(articles, options, problems, progress, pool)


def _analyze_articles(
    articles: Sequence[Article],
    options: Options,
    problems: Sequence[Problem],
    progress: Progress | None,
    pool: WorkersOnDemand,
) -> Report:
    """:func:`analyze_articles` with the pool it may use (already started where the articles were read)."""
    articles = link_reprints(articles)
    workers = pool.need(len(articles))
    with _Grouping(articles, options.cluster, beside=workers is not None) as grouping:
        analyses, stage_problems = _analyse_distinct(articles, options, progress, workers)
        analysed = tuple(a.article for a in analyses)
        by_id = {a.article.id: a for a in analyses}
        del analyses
        stories = grouping.stories(analysed)
    trim_memory()  # what grouping built and dropped given back before the workers' findings come in
    found = _compared(stories, by_id, articles, options, workers)
    del by_id
    pool.close()  # the workers' memory let go before the report is put together
    parts = found.decode()
    base = Report(
        articles=analysed,
        outlets=outlets_of(analysed),
        stories=tuple(story for part in parts for story in part.stories),
        quotes=(),
        problems=tuple(problems) + tuple(stage_problems),
    )
    return merge_reports(base, parts)


def analyze(paths: Iterable[str | Path], options: Options | None = None, *, progress: Progress | None = None) -> Report:
    """Read every article under ``paths`` and analyse them.

    Bad inputs become :class:`Problem` rows of the report; raises
    :class:`NoArticlesError` when not one article could be read. Where a pool
    pays, it starts as soon as enough articles are read (its workers get
    ready while the rest is read).
    """
    options = options or Options()
    articles: list[Article] = []
    problems: list[Problem] = []
    with WorkersOnDemand(options) as pool:
        for item in read_paths(paths, options):
            if isinstance(item, Article):
                articles.append(item)
                pool.need(len(articles))
            else:
                problems.append(item)
        if not articles:
            errors = [p for p in problems if p.severity == "error"]
            detail = f" ({len(errors)} input(s) could not be read)" if errors else ""
            raise NoArticlesError(f"no articles could be read{detail}", problems)
        return _analyze_articles(articles, options, problems, progress, pool)
