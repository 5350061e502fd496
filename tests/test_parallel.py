"""The per-article and the story stages in a process pool give the report one process gives (issue #21)."""

from __future__ import annotations

import functools
import multiprocessing
import os
import random
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import msgspec
import pytest

from newsfuse import parallel, pipeline, runner
from newsfuse.compare.sources import absent_outlets
from newsfuse.errors import PoolError
from newsfuse.model import Article, Problem, Report, Story
from newsfuse.options import Options
from newsfuse.parallel import _chunks, default_jobs
from newsfuse.pipeline import analyze_articles
from newsfuse.report import render

EVENTS = [
    (
        "The river authority opened the new flood barrier on Thursday after four years of work. "
        '"This barrier protects 12,000 homes," said engineer Maren Holt. It cost 95 million pounds.'
    ),
    (
        "Teachers in the northern region began a two-day strike on Monday over pay. "
        '"We did not want this," union leader Pavel Kos said. Schools stayed open with reduced classes.'
    ),
    (
        "The observatory recorded the brightest meteor shower in a decade on Saturday night. "
        '"We counted 140 meteors an hour," said astronomer Ines Duarte. Clouds cleared after midnight.'
    ),
]


def corpus() -> list[Article]:
    return [
        Article(
            id=f"event{e}-outlet{o}",
            source=f"outlet{o}/event{e}.txt",
            body=text if o % 2 == 0 else text.replace(" on ", " late on ", 1),
            outlet=f"Outlet {o}",
            published=f"2025-06-0{e + 1}",
        )
        for e, text in enumerate(EVENTS)
        for o in range(4)
    ]


def test_a_pool_gives_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    serial = analyze_articles(corpus(), Options(jobs=1))
    monkeypatch.setattr(parallel, "MIN_ARTICLES", 1)
    pooled = analyze_articles(corpus(), Options(jobs=2))
    assert len(serial.stories) >= 3
    assert render(pooled, "json") == render(serial, "json")


def test_few_articles_stay_in_this_process() -> None:
    with parallel.workers_for(corpus(), Options(jobs=2)) as workers:
        assert workers is None  # 12 articles: fewer than MIN_ARTICLES
    with parallel.workers_for(corpus() * 10, Options(jobs=1)) as workers:
        assert workers is None


def test_chunks_cover_every_item_once_in_order() -> None:
    sizes = [1, 50, 2, 2, 2, 30, 1, 1, 1, 1, 7]
    chunks = _chunks(sizes, jobs=2)
    assert [n for chunk in chunks for n in chunk] == list(range(len(sizes)))
    assert len(chunks) > 1
    assert _chunks([], jobs=2) == []


def test_results_travel_as_msgpack_and_come_back_equal() -> None:
    report = analyze_articles(corpus()[:4])
    assert msgspec.msgpack.decode(msgspec.msgpack.encode(report), type=type(report)) == report
    assert default_jobs() >= 1


def test_one_pool_policy() -> None:
    assert not parallel.pool_pays(parallel.MIN_ARTICLES - 1, jobs=2)
    assert parallel.pool_pays(parallel.MIN_ARTICLES, jobs=2)
    assert not parallel.pool_pays(10 * parallel.MIN_ARTICLES, jobs=1)


def test_the_runner_starts_no_pool_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    real = runner.run_article

    def counted(article: Article, **kwargs: Any) -> Any:
        ran.append(article.id)
        return real(article, **kwargs)

    monkeypatch.setattr(runner, "run_article", counted)
    articles = corpus() * 5  # more articles than MIN_ARTICLES, two jobs, no pool given
    analyses, problems = runner.analyse_articles(articles, Options(jobs=2))
    assert len(ran) == len(articles) == len(analyses) + len(problems)  # every article ran here


def test_the_rows_around_a_story_name_the_same_absent_outlets() -> None:
    rng = random.Random(3)
    outlets = ["Harbour Post", "harbour post", "Valley Times", "The Courier", None]
    dates = ["2025-06-01", "2025-06-02T10:00:00Z", "2025-06-05", "2025-06-09", "", None, "June 3"]
    rows = [(f"a{n}", rng.choice(outlets), rng.choice(dates)) for n in range(300)]
    around = parallel.AroundRows(rows)
    days = ["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-05", "2025-06-09"]
    for k in range(40):
        start, end = sorted(rng.sample(days, 2))
        members = tuple(rng.sample([row[0] for row in rows], 4))
        story = Story(id=f"s{k}", label="an event", articles=members, start=start, end=end)
        assert absent_outlets(story, around.of(story)) == absent_outlets(story, rows)
    one_day = Story(id="d", label="an event", articles=("a0",), start="2025-06-01", end="2025-06-01")
    assert 0 < len(around.of(one_day)) < len(rows)  # only the rows of its day, and its own
    assert around.of(Story(id="u", label="an event", articles=("a0",))) == []  # no dates: no outlet is absent


def test_a_story_gets_its_rows_and_one_row_per_outlet_of_its_days() -> None:
    """However many articles a day has, a story is handed its own rows and each outlet's first (few to send)."""
    outlets = ["Harbour Post", "HARBOUR POST", "Valley Times", "The Courier", None]
    rows = [(f"a{n}", outlets[n % 5], "2025-06-01" if n % 3 else "2025-06-02") for n in range(3000)]
    around = parallel.AroundRows(rows)
    story = Story(id="s", label="an event", articles=("a7", "a8", "a9"), start="2025-06-01", end="2025-06-02")
    mine = around.of(story)
    assert len(mine) <= 3 + 3  # its own rows, and one row for each of the three outlets (casefolded)
    assert [row[0] for row in mine] == sorted((row[0] for row in mine), key=lambda i: int(i[1:]))  # run order
    assert absent_outlets(story, mine) == absent_outlets(story, rows) == ("Harbour Post",)


def test_shared_strings_leave_the_report_equal_with_one_string_per_value() -> None:
    """Decoded parts share one string per value (one copy in memory), and compare equal to what was sent."""
    report = analyze_articles(corpus(), Options(jobs=1))
    first = msgspec.msgpack.decode(msgspec.msgpack.encode(report), type=type(report))
    second = msgspec.msgpack.decode(msgspec.msgpack.encode(report), type=type(report))
    assert first.quotes[0].story is not first.quotes[1].story  # a decoder makes a string per occurrence
    strings: dict[str, str] = {}
    parallel.share_strings(first, strings)
    parallel.share_strings(second, strings)
    assert first == report and second == report
    if parallel._FORCE_SETATTR is None:  # pragma: no cover - msgspec before 0.18.5 changes nothing
        return
    assert first.quotes[0].story is first.quotes[1].story is second.quotes[0].story
    assert first.entities[0].articles[0] is strings[first.entities[0].articles[0]]


def test_work_goes_out_a_few_pieces_ahead_and_comes_back_in_order() -> None:
    sent: list[int] = []

    def payloads() -> Any:
        for n in range(12):
            sent.append(n)
            yield msgspec.msgpack.encode(n)

    class Pool:
        """Runs each piece at once; records how many were out when a result was taken."""

        def submit(self, work: Any, payload: bytes) -> Any:
            from concurrent.futures import Future

            future: Future[bytes] = Future()
            future.set_result(work(payload))
            return future

    results = []
    for result in parallel._in_order(Pool(), _double, payloads(), ahead=3):  # type: ignore[arg-type]
        results.append(msgspec.msgpack.decode(result))
        assert len(sent) - len(results) <= parallel.HOLD_FACTOR * 3
    assert results == [2 * n for n in range(12)]


def test_a_slow_piece_does_not_leave_the_other_workers_idle() -> None:
    """While the first piece runs, the pieces after it that are done free their slots for more work."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    third_started = threading.Event()
    seen_while_slow: list[bool] = []

    def work(payload: bytes) -> bytes:
        n = msgspec.msgpack.decode(payload)
        if n == 3:
            third_started.set()
        if n == 0:  # slow until a piece three places later has started (or 5 s)
            seen_while_slow.append(third_started.wait(timeout=5))
        return payload

    pieces = (msgspec.msgpack.encode(n) for n in range(8))
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [msgspec.msgpack.decode(r) for r in parallel._in_order(pool, work, pieces, ahead=2)]  # type: ignore[arg-type]
    assert results == list(range(8))
    assert seen_while_slow == [True]


def _double(payload: bytes) -> bytes:
    return msgspec.msgpack.encode(2 * msgspec.msgpack.decode(payload))


def test_a_worker_forgets_its_word_caches_after_a_piece_but_keeps_its_models() -> None:
    from newsfuse.compare import wording

    caches = parallel._word_caches()
    assert wording._compound in caches and wording._plain_forms in caches
    assert all((c.cache_info().maxsize or 0) > 64 for c in caches)  # no model loader (maxsize 1), no unbounded table
    wording._plain_forms("Café")
    parallel._forget()
    assert wording._plain_forms.cache_info().currsize == 0


def test_an_article_given_back_unchanged_is_kept_once() -> None:
    sent = corpus()[0]
    back = msgspec.msgpack.decode(msgspec.msgpack.encode(sent), type=Article)
    assert parallel._same(back, {sent.id: sent}) is sent
    cleaned = msgspec.structs.replace(back, body=back.body.upper())
    assert parallel._same(cleaned, {sent.id: sent}) is cleaned
    assert parallel._same(back, {}) is back


def test_a_pool_lets_each_analysis_go_once_its_last_story_is_sent() -> None:
    articles = corpus()
    options = Options(jobs=2)
    with parallel.workers_for(articles * 4, options) as workers:  # enough articles for a pool
        assert workers is not None
        analyses, _ = workers.analyse(articles)
        by_id: dict[str, Any] = {a.article.id: a for a in analyses}
        shared = articles[0].id
        stories = [
            Story(id="s1", label="one", articles=(shared, articles[1].id)),
            Story(id="s2", label="two", articles=(shared,)),
        ]
        kept = dict(by_id)
        around = parallel.AroundRows((a.id, a.outlet, a.published) for a in articles)
        parts = workers.compare(stories, kept, around).decode()
        assert kept == by_id  # not consumed unless asked
        again = workers.compare(stories, kept, around, consume=True).decode()
    assert again == parts and len(parts) == 2
    assert shared not in kept and articles[1].id not in kept and articles[2].id in kept


def test_pieces_of_work_stay_small_however_large_the_run() -> None:
    chunks = _chunks([1] * 20_000, jobs=2)
    assert max(len(c) for c in chunks) <= runner.MAX_PIECE
    assert [n for chunk in chunks for n in chunk] == list(range(20_000))
    assert max(len(c) for c in _chunks([1] * 1_000, jobs=2)) == 1_000 // (2 * runner.CHUNKS_PER_JOB)  # as before


def test_one_chunk_policy_for_every_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner given a bare pool cuts its work as the pool of Workers does (one policy, the runner's)."""
    sizes: list[int] = []

    class Pool:
        def map(self, func: Any, items: Any, chunksize: int = 1) -> Any:
            sizes.append(chunksize)
            return map(func, items)

    articles = corpus() * 200  # 2,400 articles
    monkeypatch.setattr(runner, "run_article", lambda article, **kwargs: Article(id=article.id, source="", body=""))
    runner.analyse_articles(articles, Options(jobs=2), pool=Pool())  # type: ignore[arg-type]
    assert sizes == [runner.piece_size(len(articles), 2)] == [max(len(c) for c in _chunks([1] * len(articles), 2))]
    assert runner.piece_size(10, 2) == 1 and runner.piece_size(10**6, 4) == runner.MAX_PIECE


def test_a_pool_leaves_a_freeze_made_by_the_program_as_it_was() -> None:
    import gc

    articles = corpus() * 4  # enough articles for a pool
    assert gc.get_freeze_count() == 0
    with parallel.workers_for(articles, Options(jobs=2)) as workers:
        assert workers is not None and gc.get_freeze_count() > 0  # ours, while the pool runs
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]
    gc.freeze()  # the program's own
    try:
        with parallel.workers_for(articles, Options(jobs=2)) as workers:
            assert workers is not None
        assert gc.get_freeze_count() > 0  # not thawed by the pool (gc.unfreeze leaves nothing frozen)
    finally:
        gc.unfreeze()
    del kept


def test_the_largest_pieces_of_stories_go_first_and_ties_keep_their_order() -> None:
    sizes = [1, 1, 1, 1, 30, 1, 1, 1, 1, 40]
    chunks = _chunks(sizes, jobs=2)
    order = parallel._largest_first(chunks, sizes)
    assert sorted(order) == list(range(len(chunks)))
    assert [sum(sizes[n] for n in chunks[k]) for k in order][:2] == [40, 30]
    rest = order[2:]
    assert rest == sorted(rest)  # equal pieces in the stories' order


def test_the_pool_starts_while_reading_once_it_pays(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """analyze() starts the pool as soon as enough articles are read (the rest is read while it warms up)."""
    import json

    from newsfuse import pipeline

    corpus_file = tmp_path / "articles.jsonl"
    articles = corpus() * 2
    with corpus_file.open("w", encoding="utf-8") as out:
        for n, article in enumerate(articles):
            record = {
                "text": article.body,
                "title": f"Report {n}",
                "outlet": article.outlet,
                "published": article.published,
            }
            out.write(json.dumps(record) + "\n")
    monkeypatch.setattr(parallel, "MIN_ARTICLES", 5)
    started_at: list[int] = []
    real_need = parallel.WorkersOnDemand.need

    def need(self: parallel.WorkersOnDemand, count: int) -> Any:
        had = self.workers
        workers = real_need(self, count)
        if had is None and workers is not None:
            started_at.append(count)
        return workers

    monkeypatch.setattr(parallel.WorkersOnDemand, "need", need)
    pooled = pipeline.analyze([corpus_file], Options(jobs=2))
    assert started_at == [5]  # at the fifth article read, not after all 24
    assert render(pooled, "json") == render(pipeline.analyze([corpus_file], Options(jobs=1)), "json")


def test_a_worker_warms_up_without_keeping_word_caches() -> None:
    from newsfuse.compare import wording

    parallel._warm_up(Options())
    assert wording._plain_forms.cache_info().currsize == 0


def test_a_worker_forgets_what_modules_declare_kept_between_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.compare import semantic

    assert semantic.forget_vectors in runner._KEPT  # declared by its module, not looked up by name here
    kept = {"a sentence": 1}
    monkeypatch.setattr(runner, "_KEPT", [*runner._KEPT, kept.clear])
    parallel._forget()
    assert not kept


def test_a_worker_forgets_its_sentence_vectors_after_a_piece() -> None:
    from newsfuse.compare import semantic

    vectors = semantic.Embeddings(["The ferry left the harbour an hour late.", "Fog closed the port at dawn."])
    if vectors.available:  # without the bundled model nothing is kept
        assert len(semantic._cache) >= 2
    parallel._forget()
    assert not semantic._cache


def test_a_worker_encodes_its_sentences_on_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beside other workers on every core, the tokenizer's own threads would only compete for the cores."""
    import gc

    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "true")
    try:
        parallel._start(msgspec.msgpack.encode(Options(jobs=4)))
        assert gc.get_freeze_count() > 0  # what the worker loaded, out of its collector's way
    finally:
        gc.unfreeze()  # this test process is no worker
    assert parallel._STATE["options"].jobs == 1  # no pool inside the pool
    assert os.environ["TOKENIZERS_PARALLELISM"] == "false"


def test_findings_come_back_in_the_order_of_the_stories_whatever_order_the_pieces_came_in() -> None:
    reports = [analyze_articles(corpus()[n : n + 1]) for n in range(3)]
    findings = parallel.Findings(3)
    findings.add(range(2, 3), msgspec.msgpack.encode(reports[2:]))
    findings.add(range(0, 2), msgspec.msgpack.encode(reports[:2]))
    assert findings.decode() == reports


def test_findings_found_here_and_sent_by_workers_come_back_as_one_list_in_order() -> None:
    reports = [analyze_articles(corpus()[n : n + 1]) for n in range(3)]
    findings = parallel.Findings(3)
    findings.keep(1, reports[1])
    findings.add(range(2, 3), msgspec.msgpack.encode(reports[2:]))
    findings.keep(0, reports[0])
    decoded: list[Report] = findings.decode()
    assert decoded == reports and decoded[0] is reports[0]


def test_a_story_whose_findings_never_came_back_is_an_error_not_a_gap() -> None:
    reports = [analyze_articles(corpus()[n : n + 1]) for n in range(2)]
    findings = parallel.Findings(3)
    findings.add(range(0, 2), msgspec.msgpack.encode(reports))
    with pytest.raises(PoolError, match="1 of 3 stories"):
        findings.decode()


def _resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_freed_memory_is_handed_back_where_the_c_library_can() -> None:
    """Memory freed between blocks still in use stays resident until the trim hands it back (glibc only)."""
    import platform

    if platform.libc_ver()[0] != "glibc" or not os.path.exists("/proc/self/statm"):
        parallel.trim_memory()  # elsewhere: nothing to do, and no error
        pytest.skip("malloc_trim is glibc's; the resident size is read from Linux's /proc")
    assert parallel._MALLOC_TRIM is not None
    blocks = [bytes(4000) for _ in range(5000)]  # 20 MB from malloc (over Python's small-object size)
    kept = blocks[::10]  # one block in ten stays: the freed ones lie between them, where free() keeps them
    del blocks
    freed = 4500 * 4000
    before = _resident_bytes()
    parallel.trim_memory()
    assert before - _resident_bytes() > freed // 2
    del kept


def test_stories_grouped_beside_the_pool_are_those_of_the_articles_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping runs while the workers analyse; where an article fails, its stories are grouped without it."""
    real = runner.run_article

    def failing(article: Article, *args: Any, **kwargs: Any) -> Any:
        if article.id == "event1-outlet1":  # its copy (outlet 3 prints the same text) fails the same way
            return Problem(source=article.source, reason="invented failure", stage="text")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(runner, "run_article", failing)  # before the pool forks: its workers fail the same way
    # forked, not started from a fresh interpreter (forkserver: Python 3.14's default on Linux), or they would not
    fork = multiprocessing.get_context("fork")
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", functools.partial(ProcessPoolExecutor, mp_context=fork))
    serial = analyze_articles(corpus(), Options(jobs=1))
    monkeypatch.setattr(parallel, "MIN_ARTICLES", 1)
    pooled = analyze_articles(corpus(), Options(jobs=2))
    assert [p.reason for p in serial.problems] == ["invented failure"] * 2
    assert all("event1-outlet1" not in story.articles for story in serial.stories)
    assert render(pooled, "json") == render(serial, "json")


def test_an_analysis_that_raises_does_not_wait_for_the_grouping_in_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping beside the pool cannot be stopped midway: an error of the analysis is raised at once, not once
    the grouping is done."""
    grouping, release = threading.Event(), threading.Event()

    def slow_grouping(articles: Any, options: Any) -> tuple[Story, ...]:
        grouping.set()
        release.wait(30)
        return ()

    def failing_analysis(*args: Any) -> Any:
        assert grouping.wait(10)
        raise RuntimeError("invented failure")

    monkeypatch.setattr(parallel.WorkersOnDemand, "need", lambda self, articles: object())  # "a pool", never used
    monkeypatch.setattr(pipeline, "_stories_of", slow_grouping)
    monkeypatch.setattr(pipeline, "_analyse_distinct", failing_analysis)
    start = time.monotonic()
    try:
        with pytest.raises(RuntimeError, match="invented failure"):
            analyze_articles(corpus(), Options(jobs=2))
        assert time.monotonic() - start < 10
    finally:
        release.set()
