"""The per-article and the story stages in one process pool, results sent back as msgpack (issue #21).

Each article is independent, and so is each story once the stories are
grouped: :class:`Workers` runs :func:`~newsfuse.runner.analyse_articles` on
chunks of articles and :func:`~newsfuse.runner.run_story` on batches of
stories in the same pool. Work goes out and results come back as msgpack
(msgspec), which encodes the model several times faster than pickle; the
options are sent once per worker, and each story goes with the few rows
around it it reads (:class:`AroundRows`).

What the main process does alone, while no worker has work, bounds the
speed-up (``benchmarks/parallel.py`` measures it): so the pool starts while
``analyze`` still reads (:class:`WorkersOnDemand`; its workers forked at once,
not at the first piece of work) and its workers import the stages and load
their models meanwhile (:func:`_warm_up`; the main process imports none of
them); the main process groups the stories in a thread while the workers
analyse (``newsfuse.pipeline``) and decodes their findings as they come
(:class:`Findings`); a slot frees as soon as a piece is done (not when it
is returned in order), and the largest pieces of story work go first.

A pool costs a process start and, in each worker, the stages' models;
below :data:`MIN_ARTICLES` articles, or with one job, everything runs in
this process (:func:`workers_for` gives None). :func:`pool_pays` is that
policy, the only one: the store's ingest starts its pool from it too, and
the runner never starts one of its own; :func:`newsfuse.runner.piece_size`
is the one chunk policy (every pool's work goes through the runner).

Memory (10,000 articles, two jobs, the process tree's summed RSS): work goes
out a few pieces ahead rather than all at once; the main process keeps an
article a worker gave back unchanged once, lets each analysis go once its
last story is sent, and shares one string per value among the decoded
findings (:func:`share_strings`); workers empty their word caches after each
piece (:func:`_forget`), and a piece holds at most :data:`~newsfuse.runner.MAX_PIECE`
articles. 1,319 MB before, 986 MB after (PSS 1,161 -> 829 MB; measured with
``benchmarks/analyze_memory.py``). Then (seventh session): the tree peaked at
the end of the story stages, main 396 MB and workers ~300 MB each, the
workers growing ~100 MB over the run with memory the Python heap no longer
traced. Workers now encode sentences on one tokenizer thread (its thread
pool's malloc arenas kept freed memory), forget their sentence vectors and
hand freed memory back (:func:`trim_memory`) after each piece; the main
process hands back what grouping dropped and keeps the findings encoded
(:class:`Findings`) until the pool is ended: 1,006 -> 852 MB (main 325,
workers 263 + 264 at the peak), the report byte-identical. (Eighth session:
the findings are decoded as they come again, for speed: see :class:`Findings`.)

These figures were read with forked workers (Linux's default start method before Python 3.14), which share
the main process's pages until either writes them (PSS counts such a page once). Workers started by a
forkserver (the Linux default from Python 3.14) or spawned share nothing with the main process, and the
forkserver is a process of its own: ``benchmarks/analyze_memory.py --start-method fork,forkserver`` (ninth
session, serve-10000, ``--format json --jobs 2``, load ~9) gave fork 835 MB peak tree RSS (PSS 727; main
336, workers 251 + 248) and forkserver 802 MB (PSS 720; main 337, workers 220 + 220, the forkserver 13 and
the resource tracker 12). Sharing buys little here, since the pool starts while the input is still read
(the main process's memory comes after the fork) and a forked worker inherits what the main process had
read by then; both stay under the 1 GB target.
"""

from __future__ import annotations

import bisect
import ctypes
import gc
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import ExitStack, contextmanager, suppress
from typing import Any

import msgspec

from newsfuse.errors import PoolError
from newsfuse.model import Article, ArticleAnalysis, Problem, Report, Story
from newsfuse.options import Options
from newsfuse.runner import Progress, analyse_articles, collecting_rarely, forget_kept, piece_size, run_story

__all__ = [
    "MIN_ARTICLES",
    "AroundRows",
    "Encoded",
    "Findings",
    "Workers",
    "WorkersOnDemand",
    "default_jobs",
    "pool_pays",
    "share_strings",
    "trim_memory",
    "workers_for",
]

MIN_ARTICLES = 40
"""Fewest articles for which a pool is started (below, starting it costs more than it saves)."""

AHEAD_PER_JOB = 2
"""Pieces of work sent ahead per worker: enough to keep every worker busy, few enough that the pieces not yet
taken (encoded articles or analyses) are not all held in this process at once."""

HOLD_FACTOR = 2
"""Pieces submitted and not yet returned, at most, as a multiple of the pieces at work: those done wait for an
earlier, slower one to be returned in order (a bound on what this process holds at once)."""


Around = tuple[str, str | None, str | None]

_STATE: dict[str, Any] = {}


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def pool_pays(articles: int, jobs: int) -> bool:
    """Whether a pool of ``jobs`` processes is worth starting for ``articles`` articles (the one pool policy)."""
    return jobs > 1 and articles >= MIN_ARTICLES


class AroundRows:
    """The ``(id, outlet, published)`` rows of a run, indexed by day, to hand each story the rows around it.

    The story stages read the rows around a story only to name the outlets
    that did not carry it (the ``size`` stage,
    :func:`newsfuse.compare.sources.absent_outlets`): an outlet (told apart
    by its casefolded name) with a row published within the story's days
    and none among the story's own rows, named as its first such row spells
    it. So each story is handed its own rows and, for each outlet, its first
    row within the story's days, in the run's order: the same outlets are
    named, at the cost of the story's days and the outlets of those days
    instead of every row (every row for every story was quadratic: 10,000
    articles in 2,500 stories, 25 million rows read), and the rows are few
    enough to travel with the story to a worker.
    """

    def __init__(self, rows: Iterable[Around]) -> None:
        from newsfuse.compare.sources import publication_day  # the CLI imports this module at start: not its stages

        self.rows = list(rows)
        self._by_id: dict[str, list[int]] = {}
        firsts: dict[str, dict[str, int]] = {}
        for n, (article_id, outlet, published) in enumerate(self.rows):
            self._by_id.setdefault(article_id, []).append(n)
            if outlet and (day := publication_day(published)) is not None:
                firsts.setdefault(day, {}).setdefault(outlet.casefold(), n)
        self._days = sorted(firsts)
        self._firsts = [tuple(firsts[day].items()) for day in self._days]

    def of(self, story: Story) -> list[Around]:
        """The rows around ``story``: its own and each outlet's first of its days, in the run's order (none
        without dates)."""
        if not story.start or not story.end:
            return []
        low = bisect.bisect_left(self._days, story.start[:10])
        high = bisect.bisect_right(self._days, story.end[:10])
        first: dict[str, int] = {}
        for outlets in self._firsts[low:high]:
            for key, n in outlets:
                if n < first.get(key, len(self.rows)):
                    first[key] = n
        picked = set(first.values())
        for article_id in story.articles:
            picked.update(self._by_id.get(article_id, ()))
        return [self.rows[n] for n in sorted(picked)]


class Encoded(msgspec.Struct, frozen=True):
    """An analysis as a worker sent it (msgpack), and its article: what the main process keeps of it.

    The main process reads only the article of an analysis (to group the
    stories and for the report); the rest goes back to a worker with its
    story as the same bytes, never decoded here. Kept encoded, 10,000
    analyses take a fraction of the memory of their decoded objects, and the
    main process (the pool's bottleneck) neither decodes nor encodes them.
    """

    article: Article
    data: msgspec.Raw

    @classmethod
    def of(cls, analysis: ArticleAnalysis) -> Encoded:
        return cls(analysis.article, msgspec.Raw(msgspec.msgpack.encode(analysis)))

    def decode(self) -> ArticleAnalysis:
        return msgspec.msgpack.decode(self.data, type=ArticleAnalysis)


class _Head(msgspec.Struct):
    """What the main process decodes of an encoded analysis: the article (the other fields are skipped)."""

    article: Article


_HEAD = msgspec.msgpack.Decoder(type=_Head)


class _Articles(msgspec.Struct, array_like=True):
    analyses: list[msgspec.Raw]
    problems: list[Problem]


class _StoryJob(msgspec.Struct, array_like=True):
    story: Story
    analyses: list[ArticleAnalysis]
    around: list[Around]


class _EncodedStoryJob(msgspec.Struct, array_like=True):
    """A :class:`_StoryJob` as the main process sends it: the analyses as they came."""

    story: Story
    analyses: list[msgspec.Raw]
    around: list[Around]


def _start(options: bytes) -> None:
    """A worker's set-up: the options (one job: no pool inside the pool), the embedding tokenizer on this
    thread alone, then :func:`_warm_up`, then what it loaded frozen (``gc.freeze``).

    The worker imports the stages and loads their models itself (the main process does not import them):
    frozen, those objects are left alone by the worker's collector, as the main process's are by its own
    (:func:`_frozen`), instead of walked again at each full collection. What that saves is small:
    ``benchmarks/parallel_memory.py`` (``freeze``) reads the workers' collector CPU in a real ``--jobs 2``
    run on 500 articles of c2000, frozen as here or everything thawed, alternated (1 Dec 2026, load ~9):
    frozen 0.15, 0.14, 0.16 s, not frozen 0.14, 0.15, 0.16 s, both workers together, of ~5 s of their work:
    no difference measured (the stages run with the collector paused, :func:`~newsfuse.runner.collecting_rarely`).
    The figures stated here before (0.27 / 0.24 s unfrozen, 0.14 / 0.19 s frozen) came from a worker-like
    loop in one process that no benchmark kept. The freeze stays: one call per worker.

    The tokenizers library encodes a batch on a thread pool of its own: in a worker beside others on every
    core those threads only compete for the cores, and each thread's malloc arena held memory that was
    never given back (a worker's memory grew with the run).
    """
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    _STATE["options"] = msgspec.structs.replace(msgspec.msgpack.decode(options, type=Options), jobs=1)
    _warm_up(_STATE["options"])
    gc.collect()  # the warm-up's garbage not frozen with what it loaded
    gc.freeze()


_WARM_UP = Article(
    id="warm-up",
    source="warm-up",
    title="Harbour plan approved",
    body='The town council approved the harbour plan on Monday. "Work starts in May," said mayor Ines Varga. '
    "The plan will cost the town 12 million.",
    outlet="Warm-up Post",
    published="2025-01-06",
)
"""An invented article the workers analyse before any work arrives."""


def _warm_up(options: Options) -> None:
    """The stages run once on :data:`_WARM_UP`: what they load on first use (models, tables) is loaded
    while the main process still reads, not in a worker's first piece of work. Best effort: a failure
    here shows again, and is reported, where real work meets it."""
    with suppress(Exception):
        analyses, _ = analyse_articles([_WARM_UP], options)
        run_story(Story(id="warm-up", label="warm-up", articles=(_WARM_UP.id,)), analyses, options)
    _forget()


def _analyse(payload: bytes) -> bytes:
    articles = msgspec.msgpack.decode(payload, type=list[Article])
    analyses, problems = analyse_articles(articles, _STATE["options"])
    encoded = [msgspec.Raw(msgspec.msgpack.encode(a)) for a in analyses]
    result = msgspec.msgpack.encode(_Articles(encoded, problems))
    _forget()
    return result


def _compare(payload: bytes) -> bytes:
    jobs = msgspec.msgpack.decode(payload, type=list[_StoryJob])
    parts = [run_story(job.story, job.analyses, _STATE["options"], around=job.around) for job in jobs]
    result = msgspec.msgpack.encode(parts)
    _forget()
    return result


def _word_caches() -> list[Any]:
    """The package's memoised functions with room for many entries (the word caches, not the loaded models)."""
    found = []
    for name, module in list(sys.modules.items()):
        if name.startswith("newsfuse.") and module is not None:
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if callable(info) and getattr(value, "__module__", None) == name and (info().maxsize or 0) > 64:
                    found.append(value)  # bounded and large: a cache of words (unbounded ones hold loaded data)
    return found


def _forget() -> None:
    """A worker's word caches (:func:`_word_caches`) and what modules keep besides
    (:func:`newsfuse.runner.forget_kept`: the sentence vectors) emptied after each piece of work, and the memory
    freed handed back to the system (:func:`trim_memory`).

    Entries kept from piece to piece pin the memory of everything allocated between them, so a worker's
    memory grew with the run, not with a piece. Refilling the caches in every piece costs no CPU that can be
    told from noise: ``benchmarks/parallel_memory.py`` (``caches``), the workers' CPU in their pieces of a
    ``--jobs 2`` run on 1,000 articles of c2000, alternated (1 Dec 2026, load ~4.6): emptied after each piece
    7.15 and 7.19 s, kept from piece to piece 7.19 and 6.96 s, while keeping them raised each worker's peak
    by 15-18 MB (212 -> 227-230 MB).
    """
    _empty_caches()
    trim_memory()


def _empty_caches() -> None:
    """:func:`_forget` but the trim (``benchmarks/parallel_memory.py`` reads the sentence vectors before it and
    times the trim after it)."""
    for cached in _word_caches():
        cached.cache_clear()
    forget_kept()


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (AttributeError, OSError):  # not glibc
        return None


_MALLOC_TRIM = _malloc_trim()


def trim_memory() -> None:
    """The C heap's free memory handed back to the system (glibc's ``malloc_trim``; nothing elsewhere).

    Freed memory stays in the process (counted in its resident size) until the allocator returns it, which
    glibc does only from the top of its heap: after a stage that built and dropped much (grouping 10,000
    articles, a piece of work), memory stayed resident and unused. ``benchmarks/parallel_memory.py`` prints
    what the trim after each piece of work costs and hands back, read in the workers of a ``--jobs 2`` run on
    c2000 after every piece as the pool cut it (31 articles; 1 Dec 2026, load ~10): after the 65 per-article
    pieces 0.1 ms median and 24 ms at most, 0.2 MB median and 7 MB at most handed back; after the 62 story
    pieces 0.1 ms and 6 ms, 0.4 MB and 17 MB. (The figures stated here before, 0.7 / 15 ms and 2 / 59 MB,
    were read on pieces four times that size.)
    """
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


_FORCE_SETATTR = getattr(msgspec.structs, "force_setattr", None)  # msgspec >= 0.18.5


def share_strings(root: msgspec.Struct, table: dict[str, str]) -> None:
    """Each string of a decoded struct (and of the structs in it) replaced by the equal one in ``table``.

    A decoder makes a new string for every occurrence: a story's report names its
    story and its articles' ids in every row, its entities' types in every mention.
    Sharing one string per value keeps 10,000 articles' findings in about 40% less
    memory (of 364 MB decoded, 154 MB were repeated strings) for about 1% more time.
    Strings in tuples of tuples (pairs) are left as they are; without
    ``msgspec.structs.force_setattr`` (msgspec before 0.18.5) nothing is changed.
    """
    force = _FORCE_SETATTR
    if force is None:
        return
    shared = table.setdefault
    stack = [root]
    while stack:
        item = stack.pop()
        for name in item.__struct_fields__:
            value = getattr(item, name)
            kind = type(value)
            if kind is str:
                same = shared(value, value)
                if same is not value:
                    force(item, name, same)
            elif kind is tuple and value:
                if type(value[0]) is str:
                    force(item, name, tuple([shared(v, v) for v in value]))
                else:
                    stack.extend(v for v in value if isinstance(v, msgspec.Struct))
            elif isinstance(value, msgspec.Struct):
                stack.append(value)


def _same(article: Article, sent: Mapping[str, Article]) -> Article:
    """The article as it was sent where the worker gave it back unchanged (one copy of it in memory, not two)."""
    mine = sent.get(article.id)
    return mine if mine is not None and mine == article else article


def _raw(analysis: ArticleAnalysis | Encoded) -> msgspec.Raw:
    return analysis.data if isinstance(analysis, Encoded) else msgspec.Raw(msgspec.msgpack.encode(analysis))


def _chunks(sizes: Sequence[int], jobs: int) -> list[range]:
    """Consecutive index ranges of about equal total size, of :func:`~newsfuse.runner.piece_size` each (a
    story larger than that is a piece of its own)."""
    target = piece_size(sum(sizes), jobs)
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


def _largest_first(chunks: Sequence[range], sizes: Sequence[int]) -> list[int]:
    """The chunks' indices, largest total size first (ties in their order): a large story sent last would
    keep one worker busy after the others ran out of work."""
    return sorted(range(len(chunks)), key=lambda k: -sum(sizes[n] for n in chunks[k]))


def _in_order(
    pool: ProcessPoolExecutor, work: Callable[[bytes], bytes], payloads: Iterable[bytes], ahead: int
) -> Iterator[bytes]:
    """``pool.map(work, payloads)`` with at most ``ahead`` pieces at work (submitted, not done), and at most
    :data:`HOLD_FACTOR` times that submitted and not yet returned.

    ``map`` encodes and submits every piece at once; here each is encoded when a slot frees. A slot frees
    when a piece is done, not when it is returned: a slow piece (a large story) does not leave the other
    workers idle while the pieces after it, done, wait to be returned in order.
    """
    pending: deque[Future[bytes]] = deque()
    items = iter(payloads)
    more = True
    while more or pending:
        at_work = [f for f in pending if not f.done()]
        while more and len(at_work) < ahead and len(pending) < HOLD_FACTOR * ahead:
            payload = next(items, None)
            if payload is None:
                more = False
                break
            pending.append(pool.submit(work, payload))
            at_work.append(pending[-1])
        if pending and (pending[0].done() or not more or len(pending) >= HOLD_FACTOR * ahead):
            yield pending.popleft().result()
        elif at_work:
            wait(at_work, return_when=FIRST_COMPLETED)


class Findings:
    """The story stages' findings, in the order of the stories once read: as the workers sent them (msgpack, in
    pieces, decoded as they come), or as this process found them (a run without a pool).

    The workers' pieces are decoded as they come, while the workers still run: this process has nothing else
    to do then, whereas decoding them after the pool (as the seventh session did, to hold them encoded, ~1.65x
    smaller, at the process tree's peak) left both cores idle but one for it (2,000 articles: ~0.5 s CPU with
    :func:`share_strings`). ``benchmarks/parallel_memory.py`` prints both sizes, ``benchmarks/parallel.py``
    the decoding's time (``decode``).
    """

    def __init__(self, stories: int) -> None:
        self.stories = stories
        self._parts: list[Report | None] = [None] * stories
        self._strings: dict[str, str] = {}

    def add(self, indices: range, data: bytes) -> None:
        """The findings of the stories at ``indices`` (in the run's order of stories), as one worker sent them:
        decoded now, one string shared per value (:func:`share_strings`)."""
        with collecting_rarely():  # many small objects at once, none garbage: the collector waits
            for n, part in zip(indices, msgspec.msgpack.decode(data, type=list[Report]), strict=True):
                share_strings(part, self._strings)
                self._parts[n] = part

    def keep(self, index: int, part: Report) -> None:
        """The findings of the story at ``index``, found in this process."""
        self._parts[index] = part

    def decode(self) -> list[Report]:
        """Every story's findings, in the order of the stories. Read once: they are let go here after.

        Raises :class:`~newsfuse.errors.PoolError` where a story's findings never came (every story is in one
        piece of work: a piece lost is a fault of the pool, not a gap to leave in the report)."""
        parts, self._parts, self._strings = self._parts, [], {}
        found = [part for part in parts if part is not None]
        if len(found) != self.stories:
            raise PoolError(f"{self.stories - len(found)} of {self.stories} stories came back without findings")
        return found


class Workers:
    """A process pool running the runner's stages on articles and on stories."""

    def __init__(self, pool: ProcessPoolExecutor, jobs: int) -> None:
        self.pool = pool
        self.jobs = jobs

    def analyse(
        self, articles: Sequence[Article], progress: Progress | None = None
    ) -> tuple[list[Encoded], list[Problem]]:
        """The per-article stages on every article: analyses (kept encoded) in the order of ``articles``; problems."""
        chunks = _chunks([1] * len(articles), self.jobs)
        payloads = (msgspec.msgpack.encode([articles[n] for n in chunk]) for chunk in chunks)
        analyses: list[Encoded] = []
        problems: list[Problem] = []
        results = _in_order(self.pool, _analyse, payloads, AHEAD_PER_JOB * self.jobs)
        for chunk, result in zip(chunks, results, strict=True):
            done = msgspec.msgpack.decode(result, type=_Articles)
            sent = {articles[n].id: articles[n] for n in chunk}
            analyses.extend(Encoded(_same(_HEAD.decode(raw).article, sent), raw) for raw in done.analyses)
            problems.extend(done.problems)
            if progress:
                progress(chunk.stop, len(articles))
        return analyses, problems

    def compare(
        self,
        stories: Sequence[Story],
        analyses: MutableMapping[str, ArticleAnalysis | Encoded],
        around: AroundRows,
        *,
        consume: bool = False,
    ) -> Findings:
        """The story stages on every story (as :func:`~newsfuse.runner.run_story`), each story with its rows of
        ``around``: the findings (decoded as they come), in the order of ``stories`` once read
        (:meth:`Findings.decode`), so that the caller may end the pool first. The largest pieces of work go first
        (:func:`_largest_first`).

        ``consume``: each analysis is taken out of ``analyses`` once the last story it belongs to is sent
        (the caller needs them no more), so that they are let go while the findings come in.
        """
        sizes = [sum(1 for i in story.articles if i in analyses) or 1 for story in stories]
        chunks = _chunks(sizes, self.jobs)
        uses = Counter(i for story in stories for i in story.articles)

        def payload(chunk: range) -> bytes:
            jobs = []
            for n in chunk:
                members = [_raw(analyses[i]) for i in stories[n].articles if i in analyses]
                jobs.append(_EncodedStoryJob(stories[n], members, around.of(stories[n])))
                for i in stories[n].articles if consume else ():
                    uses[i] -= 1
                    if not uses[i]:
                        analyses.pop(i, None)
            return msgspec.msgpack.encode(jobs)

        order = _largest_first(chunks, sizes)
        payloads = (payload(chunks[k]) for k in order)
        findings = Findings(len(stories))
        results = _in_order(self.pool, _compare, payloads, AHEAD_PER_JOB * self.jobs)
        for k, result in zip(order, results, strict=True):
            findings.add(chunks[k], result)
        return findings


@contextmanager
def workers_for(articles: Sequence[Article], options: Options) -> Iterator[Workers | None]:
    """A pool of ``options.jobs`` workers for these articles, or None where one process does better."""
    with WorkersOnDemand(options) as pool:
        yield pool.need(len(articles))


class WorkersOnDemand:
    """A pool of ``options.jobs`` workers, started once a run is known to have enough articles (a context
    manager: the pool, if started, ends with it).

    ``analyze`` asks while it reads: the pool starts as soon as :func:`pool_pays`, and its workers load
    their models (:func:`_warm_up`) while the rest is read, instead of after.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.workers: Workers | None = None
        self._stack = ExitStack()

    def need(self, articles: int) -> Workers | None:
        """The pool for a run of ``articles`` articles: started now if it pays and is not yet, else None."""
        if self.workers is None and pool_pays(articles, self.options.jobs):
            initargs = (msgspec.msgpack.encode(self.options),)
            self._stack.enter_context(_frozen())
            pool = ProcessPoolExecutor(max_workers=self.options.jobs, initializer=_start, initargs=initargs)
            self.workers = Workers(self._stack.enter_context(pool), self.options.jobs)
            # Every worker started now, not at the first pieces of work, whatever the start method: a forking
            # pool starts them all at its first task, another (forkserver, spawn) one per task while none idles.
            for _ in range(self.options.jobs):
                pool.submit(int)
        return self.workers

    def close(self) -> None:
        """The pool ended (its workers gone) once there is no more work for it."""
        self._stack.close()

    def __enter__(self) -> WorkersOnDemand:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _frozen() -> Iterator[None]:
    """This process's objects moved out of the collector's reach while the pool runs, where nothing else is.

    Where the workers are forked (the default start method on Linux before Python 3.14) they start with these
    objects: frozen, their collectors leave them alone (the pages stay shared); started otherwise, they share
    nothing and only this process's collector is spared. ``gc.unfreeze`` thaws every frozen object, not only
    ours: where the program that runs newsfuse froze objects of its own, nothing is frozen or thawed here (its
    freeze stays).
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
