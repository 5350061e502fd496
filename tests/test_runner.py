"""The stage contract and the one runner (newsfuse.runner).

A stage declares its name, the fields it requires and assigns, and its
section of the options. The runner runs the per-article stages in order on
each article, then the story stages in order on each story; it passes each
stage the fields it requires and its options section, and names the stage
in every failure: a StageError under ``on_error="raise"``, a Problem under
``on_error="record"``. ``analyze()`` and the store's ingest both run their
stages through it.
"""

from __future__ import annotations

import ast
import gc
import pickle
from pathlib import Path
from typing import Any

import pytest

import newsfuse
import newsfuse.runner as runner
from newsfuse.errors import StageError, StageOrderError
from newsfuse.model import Article, ArticleAnalysis, Problem, Report, SourceGroup, Story
from newsfuse.options import Options, SummaryOptions
from newsfuse.runner import Pipeline, article_stage, run_article, run_story, story_stage

ARTICLE = Article(id="a1", source="invented.txt", title="Harbour closes", body="The harbour closed on Monday.")
SRC = Path(newsfuse.__file__).resolve().parent

calls: list[str] = []
seen_options: list[Any] = []


@article_stage("split", requires=["article"], assigns=["sentences"])
def split(article: Article) -> tuple[()]:
    calls.append("split")
    return ()


@article_stage("count", requires=["article", "sentences"], assigns=["quantities"])
def count(article: Article, sentences: tuple[()]) -> tuple[()]:
    calls.append("count")
    return ()


@article_stage("explode", requires=["article"], assigns=["mentions"])
def explode(article: Article) -> tuple[()]:
    raise ValueError("no mentions today")


def _story_stages(*extra: runner.Stage) -> tuple[runner.Stage, ...]:
    """Story stages that assign every finding (nothing found), with ``extra`` first."""

    @story_stage("nothing", requires=["story"], assigns=list(newsfuse.model.STORY_FINDINGS))
    def nothing(story: Story) -> tuple[tuple[()], ...]:
        calls.append("nothing")
        return tuple(() for _ in newsfuse.model.STORY_FINDINGS)

    return (*extra, nothing)


@story_stage("fragile", requires=["story", "analyses"], assigns=["analyses"], fallback=lambda story, analyses: analyses)
def fragile(story: Story, analyses: tuple[ArticleAnalysis, ...]) -> tuple[ArticleAnalysis, ...]:
    raise RuntimeError("speaker table missing")


@story_stage("brief", requires=["story"], assigns=["story"], options="summary")
def brief(story: Story, options: SummaryOptions) -> Story:
    seen_options.append(options)
    return story


@pytest.fixture(autouse=True)
def _clear() -> None:
    calls.clear()
    seen_options.clear()


def test_per_article_stages_run_in_the_declared_order_and_fill_the_analysis() -> None:
    pipeline = Pipeline((split, count), _story_stages())
    analysis = run_article(ARTICLE, pipeline=pipeline)
    assert calls == ["split", "count"]
    assert isinstance(analysis, ArticleAnalysis) and analysis.article is ARTICLE


def test_a_stage_that_requires_what_no_earlier_stage_assigns_is_refused_when_the_pipeline_is_built() -> None:
    with pytest.raises(StageOrderError, match="'count' requires sentences"):
        Pipeline((count, split), _story_stages())


def test_a_pipeline_must_assign_every_story_finding() -> None:
    with pytest.raises(StageOrderError, match="no story stage assigns"):
        Pipeline((split,), (brief,))


def test_an_options_section_that_does_not_exist_is_refused() -> None:
    with pytest.raises(StageOrderError, match=r"options\.telepathy"):
        article_stage("mind", requires=["article"], assigns=["sentences"], options="telepathy")


def test_two_stages_of_one_name_are_refused() -> None:
    with pytest.raises(StageOrderError, match="unique: split"):
        Pipeline((split, split), _story_stages())


def test_a_failing_article_stage_is_named_in_the_stage_error() -> None:
    pipeline = Pipeline((split, explode), _story_stages())
    with pytest.raises(StageError) as raised:
        run_article(ARTICLE, pipeline=pipeline, on_error="raise")
    assert raised.value.stage == "explode"
    assert raised.value.subject == "invented.txt"
    assert isinstance(raised.value.cause, ValueError)
    assert "stage 'explode' failed" in str(raised.value)


def test_a_failing_article_stage_is_recorded_as_a_problem_naming_it() -> None:
    pipeline = Pipeline((split, explode), _story_stages())
    problem = run_article(ARTICLE, pipeline=pipeline)
    assert problem == Problem(source="invented.txt", reason="no mentions today", stage="explode")


def test_a_stage_that_returns_fewer_values_than_it_assigns_fails_naming_itself() -> None:
    @article_stage("short", requires=["article"], assigns=["sentences", "quotes"])
    def short(article: Article) -> tuple[()]:
        return ()

    with pytest.raises(StageError, match="'short'"):
        run_article(ARTICLE, pipeline=Pipeline((short,), _story_stages()), on_error="raise")


def test_a_failing_story_stage_is_recorded_its_fallback_assigned_and_later_stages_still_run() -> None:
    story = Story(id="s1", label="harbour", articles=("a1",))
    pipeline = Pipeline((split,), _story_stages(fragile))
    report = run_story(story, [ArticleAnalysis(article=ARTICLE)], pipeline=pipeline)
    assert [(p.stage, p.source) for p in report.problems] == [("fragile", "story s1")]
    assert "RuntimeError: speaker table missing" in report.problems[0].reason
    assert calls == ["nothing"]
    assert report.stories == (story,)


def test_a_failing_story_stage_raises_naming_the_stage_and_story_when_asked() -> None:
    story = Story(id="s1", label="harbour", articles=("a1",))
    pipeline = Pipeline((split,), _story_stages(fragile))
    with pytest.raises(StageError) as raised:
        run_story(story, [], pipeline=pipeline, on_error="raise")
    assert (raised.value.stage, raised.value.subject) == ("fragile", "story s1")


def test_a_stage_receives_its_own_section_of_the_options() -> None:
    story = Story(id="s1", label="harbour", articles=())
    section = SummaryOptions(max_sentences=2)
    run_story(story, [], Options(summary=section), pipeline=Pipeline((split,), _story_stages(brief)))
    assert seen_options == [section]


def test_the_summary_stage_keeps_to_the_options_it_is_given() -> None:
    body = (
        "The council closed the harbour on Monday after a storm damaged the pier. "
        "Fishermen said the closure would cost them a week of work. "
        "Engineers will inspect the pier on Tuesday before it reopens. "
        "The mayor promised repairs within a month. "
        "Ferries to the island were cancelled until further notice. "
        "Residents were told to keep away from the sea wall."
    )
    articles = [Article(id=f"a{n}", source=f"a{n}.txt", title="Harbour closed", body=body) for n in range(2)]
    analyses = [a for a in (run_article(x) for x in articles) if isinstance(a, ArticleAnalysis)]
    story = Story(id="s1", label="harbour", articles=tuple(a.article.id for a in analyses))
    one = run_story(story, analyses, Options(summary=SummaryOptions(min_sentences=1, max_sentences=1)))
    many = run_story(story, analyses)
    assert len(one.summary) == 1 < len(many.summary)


def test_the_story_is_sized_by_the_runner() -> None:
    articles = [Article(id=f"a{n}", source=f"a{n}.txt", body="Invented words.", outlet=f"Outlet {n}") for n in (1, 2)]
    analyses = [ArticleAnalysis(article=a) for a in articles]
    story = Story(id="s1", label="x", articles=("a1", "a2"))
    report = run_story(story, analyses)
    assert report.stories[0].independent_sources == len(report.sources) == 2
    assert report.stories[0].coverage == 2
    assert all(isinstance(g, SourceGroup) for g in report.sources)


def test_the_default_pipeline_lists_every_stage_once_in_order() -> None:
    names = runner.default_pipeline().names
    assert names[:4] == ("text", "quotes", "mentions", "quantities")
    assert names.index("speakers") < names.index("utterances") < names.index("summary") < names.index("size")
    assert names.index("reuse") < names.index("sources") < names.index("claims")


def test_the_pipeline_and_options_pickle_for_a_process_pool_or_spark() -> None:
    pipeline = pickle.loads(pickle.dumps(runner.default_pipeline()))
    assert pipeline.names == runner.default_pipeline().names
    options = pickle.loads(pickle.dumps(Options(summary=SummaryOptions(max_sentences=3))))
    assert options.summary.max_sentences == 3


def test_analyze_and_the_store_ingest_both_run_their_stages_through_the_runner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.pipeline import analyze_articles
    from newsfuse.store import Store, ingest

    @story_stage("witness", requires=["story"], assigns=["story"])
    def witness(story: Story) -> Story:
        calls.append(f"witness {story.id}")
        return story

    real = runner.default_pipeline()
    pipeline = Pipeline(real.article_stages, (*real.story_stages, witness))
    monkeypatch.setattr(runner, "default_pipeline", lambda: pipeline)

    report = analyze_articles([ARTICLE])
    assert isinstance(report, Report) and calls == [f"witness {report.stories[0].id}"]
    calls.clear()
    (tmp_path / "in").mkdir()
    body = (
        "Harbour closes after storm\n\nThe council closed the harbour on Monday after a storm damaged the pier, "
        "and engineers will inspect it on Tuesday before it reopens to the ferries.\n"
    )
    (tmp_path / "in" / "harbour.txt").write_text(body, encoding="utf-8")
    with Store(tmp_path / "news.db") as store:
        ingest([tmp_path / "in"], store)
    assert len(calls) == 1 and calls[0].startswith("witness ")


def _calls_to(path: Path, names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.func.id if isinstance(node.func, ast.Name) else node.func.attr  # type: ignore[union-attr]
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, (ast.Name, ast.Attribute))
        and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) in names
    ]


def test_only_the_runner_sequences_stages() -> None:
    """No entry point calls a stage's function itself: they call the runner."""
    stage_functions = {
        "split_sentences", "find_quotes", "find_mentions", "find_quantities", "resolve_story_speakers",
        "find_reuse", "independent_sources", "align_utterances", "resolve_entities", "find_claims",
        "find_conflicts", "build_timeline", "summarise", "compare_story", "analyse_article",
    }  # fmt: skip
    entry_points = [SRC / "pipeline.py", SRC / "cli.py", *sorted((SRC / "store").glob("*.py"))]
    offenders = {p.name: found for p in entry_points if p.exists() and (found := _calls_to(p, stage_functions))}
    assert not offenders
    loops = [
        p.name for p in SRC.rglob("*.py") if ".article_stages" in p.read_text() or ".story_stages" in p.read_text()
    ]
    assert loops == ["runner.py"]


GC_SEEN: list[bool] = []


@article_stage("observe", requires=["article"], assigns=["sentences"])
def observe(article: Article) -> tuple[()]:
    GC_SEEN.append(gc.isenabled())
    if article.body == "fail":
        raise ValueError("invented failure")
    return ()


def test_cycle_collection_waits_while_an_articles_stages_run_and_resumes_after() -> None:
    GC_SEEN.clear()
    pipeline = Pipeline((observe,), _story_stages())
    assert gc.isenabled()
    assert isinstance(run_article(Article(id="a", source="a", body="fine"), pipeline=pipeline), ArticleAnalysis)
    assert isinstance(run_article(Article(id="b", source="b", body="fail"), pipeline=pipeline), Problem)
    with pytest.raises(StageError):
        run_article(Article(id="c", source="c", body="fail"), pipeline=pipeline, on_error="raise")
    assert GC_SEEN == [False, False, False]
    assert gc.isenabled()  # back on after success, a recorded failure and a raised one


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with runner.collecting_rarely():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
