"""The per-article and the story stages in one process pool, results sent back as msgpack (issue #21).

Each article is independent, and so is each story once the stories are
grouped: :class:`Workers` runs :func:`~newsfuse.runner.analyse_articles` on
chunks of articles and :func:`~newsfuse.runner.run_story` on batches of
stories in the same pool. Work goes out and results come back as msgpack
(msgspec), which encodes the model several times faster than pickle; the
options and the rows the story stages read around a story (id, outlet,
publication date of every article) are sent once per worker.

A pool costs a process start and, in each worker, the story stages' models;
below :data:`MIN_ARTICLES` articles, or with one job, everything runs in
this process (:func:`workers_for` gives None).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

import msgspec

from newsfuse.model import Article, ArticleAnalysis, Problem, Report, Story
from newsfuse.options import Options
from newsfuse.runner import Progress, analyse_articles, run_story

__all__ = ["MIN_ARTICLES", "Workers", "default_jobs", "workers_for"]

MIN_ARTICLES = 40
"""Fewest articles for which a pool is started (below, starting it costs more than it saves)."""
CHUNKS_PER_JOB = 8
"""Pieces of work per worker: small enough to balance, large enough that each costs little to send."""

Around = tuple[str, str | None, str | None]

_STATE: dict[str, Any] = {}


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


class _Articles(msgspec.Struct, array_like=True):
    analyses: list[ArticleAnalysis]
    problems: list[Problem]


class _StoryJob(msgspec.Struct, array_like=True):
    story: Story
    analyses: list[ArticleAnalysis]


def _start(options: bytes, around: bytes) -> None:
    """A worker's set-up: the options (one job: no pool inside the pool) and the rows around the stories."""
    _STATE["options"] = msgspec.structs.replace(msgspec.msgpack.decode(options, type=Options), jobs=1)
    _STATE["around"] = msgspec.msgpack.decode(around, type=list[Around])


def _analyse(payload: bytes) -> bytes:
    articles = msgspec.msgpack.decode(payload, type=list[Article])
    analyses, problems = analyse_articles(articles, _STATE["options"])
    return msgspec.msgpack.encode(_Articles(analyses, problems))


def _compare(payload: bytes) -> bytes:
    jobs = msgspec.msgpack.decode(payload, type=list[_StoryJob])
    parts = [run_story(job.story, job.analyses, _STATE["options"], around=_STATE["around"]) for job in jobs]
    return msgspec.msgpack.encode(parts)


def _chunks(sizes: Sequence[int], jobs: int) -> list[range]:
    """Consecutive index ranges of about equal total size, :data:`CHUNKS_PER_JOB` per job."""
    target = max(1, sum(sizes) // (jobs * CHUNKS_PER_JOB))
    chunks: list[range] = []
    start = total = 0
    for n, size in enumerate(sizes):
        total += size
        if total >= target:
            chunks.append(range(start, n + 1))
            start, total = n + 1, 0
    if start < len(sizes):
        chunks.append(range(start, len(sizes)))
    return chunks


class Workers:
    """A process pool running the runner's stages on articles and on stories."""

    def __init__(self, pool: ProcessPoolExecutor, jobs: int) -> None:
        self.pool = pool
        self.jobs = jobs

    def analyse(
        self, articles: Sequence[Article], progress: Progress | None = None
    ) -> tuple[list[ArticleAnalysis], list[Problem]]:
        """The per-article stages on every article: analyses in the order of ``articles``, and the problems."""
        chunks = _chunks([1] * len(articles), self.jobs)
        payloads = (msgspec.msgpack.encode([articles[n] for n in chunk]) for chunk in chunks)
        analyses: list[ArticleAnalysis] = []
        problems: list[Problem] = []
        for chunk, result in zip(chunks, self.pool.map(_analyse, payloads), strict=True):
            done = msgspec.msgpack.decode(result, type=_Articles)
            analyses.extend(done.analyses)
            problems.extend(done.problems)
            if progress:
                progress(chunk.stop, len(articles))
        return analyses, problems

    def compare(self, stories: Sequence[Story], analyses: dict[str, ArticleAnalysis]) -> list[Report]:
        """The story stages on every story (as :func:`~newsfuse.runner.run_story`), in the order of ``stories``."""
        members = [[analyses[i] for i in story.articles if i in analyses] for story in stories]
        chunks = _chunks([len(m) or 1 for m in members], self.jobs)
        payloads = (msgspec.msgpack.encode([_StoryJob(stories[n], members[n]) for n in chunk]) for chunk in chunks)
        parts: list[Report] = []
        for result in self.pool.map(_compare, payloads):
            parts.extend(msgspec.msgpack.decode(result, type=list[Report]))
        return parts


@contextmanager
def workers_for(articles: Sequence[Article], options: Options) -> Iterator[Workers | None]:
    """A pool of ``options.jobs`` workers for these articles, or None where one process does better."""
    if options.jobs <= 1 or len(articles) < MIN_ARTICLES:
        yield None
        return
    around = [(a.id, a.outlet, a.published) for a in articles]
    initargs = (msgspec.msgpack.encode(options), msgspec.msgpack.encode(around))
    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_start, initargs=initargs) as pool:
        yield Workers(pool, options.jobs)
