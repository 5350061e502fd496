"""Adding articles to a store: read, analyse, assign to stories, keep everything.

Ingest is incremental and idempotent. Articles the store already holds
(same id, that is, same cleaned title and body) are skipped before any
analysis, so ingesting the same folder twice leaves the store unchanged.
New articles are analysed in batches (``batch_size``, 256 by default; in a
process pool with ``options.jobs > 1``), each joins a story through a
:class:`~newsfuse.stories.StoryIndex` rebuilt from the stored stories
(nothing stored is ever re-clustered), and each batch is written in one
transaction. Stories that gained articles are marked stale in that same
transaction; their cross-article findings are recomputed at the end, one
story per transaction. A store whose ingest was killed therefore keeps
every committed batch, and the next ingest finishes the stale stories
and goes on with the articles it did not get to. Last, the story pages
that no longer hold are rendered again (:func:`refresh_pages`,
:data:`PAGES_PER_TRANSACTION` (64) pages a transaction).

The options an ingest runs with are recorded (:func:`~newsfuse.store.tables.write_options`)
where it has articles to add or stale stories to finish, before any story
turns stale: the findings it computes, and a stale story's read before the
next ingest finishes it, are computed with them. An ingest that has
neither computes nothing and leaves the recorded options as they were.

Inputs that cannot be read or analysed are kept as problems (each once);
warnings about one invocation, such as the same file given twice, are
only returned.

Reads input paths (or articles already read) and the store; writes the
store's articles, analyses, clustering features, term counts, stories,
findings tables and pages (:mod:`newsfuse.store.schema`). Clustering
thresholds are :class:`~newsfuse.options.ClusterOptions`'; the stored
stories restored for a dated batch are those within
:func:`~newsfuse.stories.index.look_back_days` of its days
(:func:`restore_index`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import msgspec

from newsfuse.ingest import link_reprints, read_paths
from newsfuse.model import Article, Problem, Report
from newsfuse.options import ClusterOptions, Options
from newsfuse.parallel import pool_pays
from newsfuse.runner import Progress, analyse_articles, run_story
from newsfuse.store.database import Store, StoredArticle
from newsfuse.store.pages import outdated_pages, write_page
from newsfuse.stories import ArticleFeatures, StoryIndex, arrival_order, extract_features
from newsfuse.stories.index import look_back_days

__all__ = ["IngestResult", "ingest", "refresh_pages", "refresh_stories", "restore_index", "story_report"]

PAGES_PER_TRANSACTION = 64
"""Story pages rendered again per transaction by :func:`refresh_pages`."""


class IngestResult(msgspec.Struct, frozen=True, kw_only=True):
    """What one ingest did."""

    read: int
    """Articles read from the inputs."""
    added: int
    """New articles analysed and stored."""
    already_stored: int
    """Articles the store held already (skipped)."""
    stories_updated: int
    """Stories created or grown, whose findings were recomputed."""
    stories: int
    """Stories in the store afterwards."""
    problems: tuple[Problem, ...] = ()


def restore_index(store: Store, options: ClusterOptions, pending: Iterable[ArticleFeatures] = ()) -> StoryIndex:
    """A story index holding the stored stories that ``pending`` articles could join, ready to place them.

    Term rarity over the stored articles comes from the store's ``term_df``
    table, and ``pending`` (the articles about to be added) are counted
    *before* the stored stories are put back, exactly as a single ingest of
    stored and pending articles together counts every article before
    placing the first: an ingest that was stopped and run again ends with
    the same stories as one that ran through.

    Where every pending article is dated, only the stories within reach of
    their days are restored (:func:`~newsfuse.stories.index.look_back_days`;
    a story farther away can neither take one of them nor start their
    storyline), so the cost of an ingest follows the new articles, not the
    size of the store.
    An undated pending article could join any story: then all are restored.
    """
    index = StoryIndex(options)
    pending = list(pending)
    days = [f.day for f in pending if f.day is not None]
    between = None
    if days and len(days) == len(pending):
        reach = int(look_back_days(options)) + 1
        low, high = max(1, min(days) - reach), min(date.max.toordinal(), max(days) + reach)
        between = (date.fromordinal(low).isoformat(), date.fromordinal(high).isoformat())
    stored = list(store.story_members(between))
    members_of = [m for _, _, members in stored for m in members]
    terms = {t for item in (*members_of, *pending) for t in item.terms}
    index.observe_frequencies(store.term_counts(terms), store.article_count(), (m.id for m in members_of))
    index.observe_all(pending)
    storylines = store.storylines(story_id for story_id, _, _ in stored)
    for story_id, label, members in stored:
        index.restore(story_id, label, members, storylines.get(story_id))
    return index


def refresh_stories(store: Store, story_ids: Iterable[str] | None = None, options: Options | None = None) -> int:
    """Recompute the findings of stale stories (or of ``story_ids``) through the runner; one transaction per story."""
    count = 0
    for story_id in store.stale_stories() if story_ids is None else story_ids:
        story = store.story(story_id).story
        findings = run_story(story, store.analyses(story_id), options, around=store.outlets_around(story))
        with store.transaction() as db:
            store.write_findings(db, story_id, findings)
        count += 1
    return count


def refresh_pages(store: Store, changed: Iterable[str] | None = None) -> int:
    """Render again the story pages that no longer hold (see :mod:`newsfuse.store.pages`); returns how many.

    ``changed``: the stories whose findings were just rewritten; only the
    stories in their days are checked (and pages missing or of another
    build). None checks every story.
    """
    with store.transaction() as db:
        outdated = outdated_pages(db, changed)
    for start in range(0, len(outdated), PAGES_PER_TRANSACTION):
        with store.transaction() as db:
            for story_id in outdated[start : start + PAGES_PER_TRANSACTION]:
                write_page(db, story_id)
    return len(outdated)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    batch_size: int = 256,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> IngestResult:
    """Read every article under ``paths`` into ``store``; see the module docstring for the guarantees.

    ``stop`` is asked before each batch: once it says True, the batches not
    started are left for the next ingest (``newsfuse watch`` on SIGTERM).
    """
    options = options or Options()
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_paths(paths, options, skip_url=store.has_url):
        (articles if isinstance(item, Article) else problems).append(item)  # type: ignore[arg-type]
    with store.writer():
        return _ingest(link_reprints(articles), problems, store, options, batch_size, progress, stop)


def _ingest(
    articles: list[Article],
    problems: list[Problem],
    store: Store,
    options: Options,
    batch_size: int,
    progress: Progress | None,
    stop: Callable[[], bool] | None = None,
) -> IngestResult:
    known = store.known_articles(a.id for a in articles)
    new = {a.id: a for a in articles if a.id not in known}
    features = {i: extract_features(a, options.cluster.lead_chars) for i, a in new.items()}
    order = [new[f.id] for f in arrival_order(list(features.values()))]
    index = restore_index(store, options.cluster, features.values()) if new else StoryIndex(options.cluster)
    errors = [p for p in problems if p.severity == "error"]
    with store.transaction() as db:
        if new or store.stale_stories():  # what this ingest computes: before any story turns stale
            store.write_options(db, options)
        store.write_problems(db, errors)
    added = 0
    with ExitStack() as stack:
        pool: Executor | None = None
        if pool_pays(len(order), options.jobs):
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=options.jobs))
        for start in range(0, len(order), batch_size):
            if stop is not None and stop():
                break
            batch = order[start : start + batch_size]
            analyses, failed = analyse_articles(batch, options, pool=pool)
            problems.extend(failed)
            rows: list[StoredArticle] = []
            touched: dict[str, None] = {}
            for analysis in analyses:
                story_id = index.add(features[analysis.article.id])
                touched[story_id] = None
                rows.append(StoredArticle(analysis=analysis, features=features[analysis.article.id], story=story_id))
            with store.transaction() as db:
                store.write_articles(db, rows, [index.story(s) for s in touched])
                store.write_problems(db, failed)
            added += len(rows)
            if progress:
                progress(start + len(batch), len(order))
    changed = store.stale_stories()  # this ingest's and any an interrupted ingest left
    updated = refresh_stories(store, changed, options=options)
    refresh_pages(store, changed)
    return IngestResult(
        read=len(articles),
        added=added,
        already_stored=len(known),
        stories_updated=updated,
        stories=store.story_count(),
        problems=tuple(problems),
    )


def story_report(store: Store, reference: str) -> Report:
    """The report of one stored story (by id or id prefix), from the store alone.

    Findings of a stale story (an interrupted ingest) are computed on the
    fly, with the options the store records (those of its last ingest that
    computed anything), and not written back:
    reading never changes the store.
    """
    return store.report(store.find_story(reference))
