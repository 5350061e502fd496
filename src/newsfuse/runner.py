"""The stage contract and the one runner that sequences every stage.

Modelled on spaCy's ``@Language.component(requires=..., assigns=...)`` and
the loop of ``Language.__call__`` with its error handler:

- A **stage** is a function declared with :func:`article_stage` or
  :func:`story_stage`: its ``name``, the fields it ``requires`` (passed to it
  as keyword arguments of those names), the fields it ``assigns`` (returned:
  one value, or a tuple in the declared order), and the ``options`` section
  of :class:`~newsfuse.options.Options` it takes (passed as ``options=``).
  A story stage may declare a ``fallback``: what it assigns when it fails and
  the error is recorded (by default, empty tuples).
- A :class:`Pipeline` is the per-article stages then the story stages, in
  order. Building one checks the order: every field a stage requires is an
  input (``article``; ``story``, ``analyses``, ``around``) or assigned by an
  earlier stage, and the fields of the result are all assigned.
- :func:`run_article` runs the per-article stages on one article and gives
  its :class:`~newsfuse.model.ArticleAnalysis`; :func:`analyse_articles` does
  that for many (in the process pool it is given); :func:`run_story` runs the
  story stages on one story's analyses and gives the story's findings with
  the story itself, sized (its independent sources, coverage and absent
  outlets). ``analyze()``, the store's ingest and the Spark job use these and
  nothing else to run stages.
- Every failure names its stage: under ``on_error="raise"`` as a
  :class:`~newsfuse.errors.StageError`; under ``on_error="record"`` (the
  default) as a :class:`~newsfuse.model.Problem` whose ``stage`` is the
  stage's name (a failed article is left out; a failed story stage assigns
  its fallback and the next stages run).

The runner does no I/O and holds no state: a :class:`Pipeline` and the
options pickle, so a process pool or a Spark executor can run the same
stages.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import msgspec

from newsfuse.errors import StageError, StageOrderError
from newsfuse.model import STORY_FINDINGS, Article, ArticleAnalysis, Problem, Report, Story
from newsfuse.options import Options

__all__ = [
    "ARTICLE_INPUTS",
    "STORY_INPUTS",
    "ErrorPolicy",
    "Pipeline",
    "Progress",
    "Stage",
    "analyse_articles",
    "article_stage",
    "collecting_rarely",
    "default_pipeline",
    "forget_kept",
    "kept_between_pieces",
    "piece_size",
    "run_article",
    "run_story",
    "story_findings",
    "story_stage",
]

ErrorPolicy = Literal["raise", "record"]
"""What a failing stage does: raise a :class:`StageError`, or record a :class:`Problem` and go on."""

Scope = Literal["article", "story"]
Progress = Callable[[int, int], None]
"""What is told how far a run has got: ``progress(done, total)``."""
F = TypeVar("F", bound=Callable[..., Any])

ARTICLE_INPUTS: tuple[str, ...] = ("article",)
"""What the per-article stages start from."""
STORY_INPUTS: tuple[str, ...] = ("story", "analyses", "around")
"""What the story stages start from: the story, its articles' analyses, and the articles around it
(``(id, outlet, published)`` rows or articles: the outlets that did not carry the story are named from them)."""
_ARTICLE_RESULT = tuple(f for f in ArticleAnalysis.__struct_fields__)
_STORY_RESULT = ("story", *STORY_FINDINGS)


@dataclass(frozen=True)
class Stage:
    """One stage: a function and its contract."""

    name: str
    scope: Scope
    func: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    options: str | None = None
    """The section of :class:`Options` the stage takes (an attribute name), or None."""
    fallback: Callable[..., Any] | None = None
    """Called like ``func`` (without options) for what to assign when the stage failed and the error is recorded."""

    def __call__(self, state: Mapping[str, Any], options: Options) -> dict[str, Any]:
        """Run the stage on ``state``; the fields it assigns, checked against its declaration."""
        kwargs = {name: state[name] for name in self.requires}
        if self.options is not None:
            kwargs["options"] = getattr(options, self.options)
        return self._assigned(self.func(**kwargs))

    def fallen_back(self, state: Mapping[str, Any]) -> dict[str, Any]:
        """What the stage assigns when it failed."""
        if self.fallback is None:
            return dict.fromkeys(self.assigns, ())
        return self._assigned(self.fallback(**{name: state[name] for name in self.requires}))

    def __reduce__(self) -> tuple[Callable[[str, str], Stage], tuple[str, str]]:
        """Pickled by reference, like a function: the name its declaration binds in its module."""
        return _declared_stage, (self.func.__module__, self.func.__qualname__)

    def _assigned(self, result: Any) -> dict[str, Any]:
        if len(self.assigns) == 1:
            return {self.assigns[0]: result}
        if not isinstance(result, tuple) or len(result) != len(self.assigns):
            raise TypeError(f"stage {self.name!r} must return {len(self.assigns)} values ({', '.join(self.assigns)})")
        return dict(zip(self.assigns, result, strict=True))


def _declared_stage(module: str, qualname: str) -> Stage:
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    if not isinstance(found, Stage):
        raise TypeError(f"{module}.{qualname} is not a stage")
    return found


def _declare(
    scope: Scope,
    name: str,
    requires: Sequence[str],
    assigns: Sequence[str],
    options: str | None,
    fallback: Callable[..., Any] | None,
) -> Callable[[Callable[..., Any]], Stage]:
    if not assigns:
        raise StageOrderError(f"stage {name!r} assigns nothing")
    if options is not None and options not in Options.__struct_fields__:
        raise StageOrderError(f"stage {name!r} takes options.{options}, which Options does not have")

    def wrap(func: Callable[..., Any]) -> Stage:
        return Stage(name, scope, func, tuple(requires), tuple(assigns), options, fallback)

    return wrap


def article_stage(
    name: str, *, requires: Sequence[str], assigns: Sequence[str], options: str | None = None
) -> Callable[[Callable[..., Any]], Stage]:
    """Declare a per-article stage (a decorator): it sees one article's fields and nothing of other articles."""
    return _declare("article", name, requires, assigns, options, None)


def story_stage(
    name: str,
    *,
    requires: Sequence[str],
    assigns: Sequence[str],
    options: str | None = None,
    fallback: Callable[..., Any] | None = None,
) -> Callable[[Callable[..., Any]], Stage]:
    """Declare a story stage (a decorator): it sees one story's analysed articles at once."""
    return _declare("story", name, requires, assigns, options, fallback)


def _check_order(stages: Sequence[Stage], scope: Scope, inputs: Sequence[str], result: Sequence[str]) -> None:
    available = set(inputs)
    for stage in stages:
        if stage.scope != scope:
            raise StageOrderError(f"stage {stage.name!r} is a {stage.scope} stage, listed among the {scope} stages")
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise StageOrderError(f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        available.update(stage.assigns)
    unassigned = [name for name in result if name not in available]
    if unassigned:
        raise StageOrderError(f"no {scope} stage assigns {', '.join(unassigned)}")


@dataclass(frozen=True)
class Pipeline:
    """The per-article stages and the story stages, each in the order they run."""

    article_stages: tuple[Stage, ...]
    story_stages: tuple[Stage, ...]

    def __post_init__(self) -> None:
        _check_order(self.article_stages, "article", ARTICLE_INPUTS, ("sentences",))
        _check_order(self.story_stages, "story", STORY_INPUTS, _STORY_RESULT)
        names = [s.name for s in (*self.article_stages, *self.story_stages)]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise StageOrderError(f"stage names must be unique: {', '.join(twice)}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in (*self.article_stages, *self.story_stages))


@functools.cache
def default_pipeline() -> Pipeline:
    """newsfuse's stages: :data:`newsfuse.article.analyse.ARTICLE_STAGES` then
    :data:`newsfuse.compare.story.STORY_STAGES`."""
    from newsfuse.article.analyse import ARTICLE_STAGES
    from newsfuse.compare.story import STORY_STAGES

    return Pipeline(ARTICLE_STAGES, STORY_STAGES)


@contextlib.contextmanager
def collecting_rarely() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector while the stages of one article or one story run.

    Reference counting still frees everything the stages drop; only the
    search for reference cycles waits until the stages are done (then the
    next automatic collection runs as usual). A stage builds many small
    containers at once (tokens, mentions, shingles and spans of a long
    article) and the collector, started every few hundred new containers,
    walks the growing young heap again and again: on a 4 MB article
    (``benchmarks/big_article.py``) that was half of the processor time
    (42 s with it, 22 s paused). Nothing is paused when the collector is
    already off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# -- pieces of work in a pool --------------------------------------------------

CHUNKS_PER_JOB = 32
"""Pieces of work per worker: small enough to balance and to bound what a worker holds at once (10,000
articles, two jobs: 1,391 MB for the process tree at 8 per job, 1,314 MB at 32), large enough that each
costs little to send."""

MAX_PIECE = 48
"""Most articles in one piece of work (at 10,000 articles, 32 pieces per job were 156 articles each: what a
worker holds at once, and so its peak memory, grew with the run)."""


_KEPT: list[Callable[[], None]] = []


def kept_between_pieces(forget: Callable[[], None]) -> Callable[[], None]:
    """Declare (a decorator) a function that lets go of what its module keeps from one piece of work to the
    next besides its memoised functions (a hand-made cache): a pool's worker calls every one after each piece
    (:func:`forget_kept`), without naming the module or importing it."""
    _KEPT.append(forget)
    return forget


def forget_kept() -> None:
    """Every function declared with :func:`kept_between_pieces` called (of the modules imported so far)."""
    for forget in _KEPT:
        forget()


def piece_size(total: int, jobs: int) -> int:
    """Articles in one piece of work for a run of ``total`` articles on ``jobs`` workers (the one chunk policy).

    :data:`CHUNKS_PER_JOB` pieces per worker, none over :data:`MAX_PIECE` articles, at least one. Every
    pool's work goes through this runner, so the policy is here: :func:`analyse_articles` given a bare
    pool (the store's ingest) uses it as ``pool.map``'s chunk size, and the pool of
    :class:`newsfuse.parallel.Workers` cuts its pieces with it.
    """
    return max(1, min(total // (max(1, jobs) * CHUNKS_PER_JOB), MAX_PIECE))


# -- per article ---------------------------------------------------------------


def run_article(
    article: Article,
    options: Options | None = None,
    *,
    pipeline: Pipeline | None = None,
    on_error: ErrorPolicy = "record",
) -> ArticleAnalysis | Problem:
    """The per-article stages on one article, in order: its analysis, or the problem that stopped it."""
    with collecting_rarely():
        return _article_stages(article, options or Options(), pipeline or default_pipeline(), on_error)


def _article_stages(
    article: Article, options: Options, pipeline: Pipeline, on_error: ErrorPolicy
) -> ArticleAnalysis | Problem:
    """:func:`run_article`'s stages, in a frame of their own: what they built and did not keep (tokens, mentions,
    the text layer) is freed when it returns, before the collector resumes, so the collection that follows
    does not walk it (:func:`collecting_rarely`)."""
    state: dict[str, Any] = {"article": article}
    for stage in pipeline.article_stages:
        try:
            state.update(stage(state, options))
        except Exception as exc:
            if on_error == "raise":
                raise StageError(stage.name, article.source, exc) from exc
            return Problem(source=article.source, reason=str(exc) or type(exc).__name__, stage=stage.name)
    return ArticleAnalysis(**{name: state[name] for name in _ARTICLE_RESULT if name in state})


def analyse_articles(
    articles: Sequence[Article],
    options: Options,
    progress: Progress | None = None,
    *,
    pool: Executor | None = None,
    pipeline: Pipeline | None = None,
) -> tuple[list[ArticleAnalysis], list[Problem]]:
    """:func:`run_article` on every article: in ``pool`` when one is given, else in this process.

    The runner starts no pool of its own: whether one pays is decided in one
    place, :func:`newsfuse.parallel.pool_pays`, by those who start one
    (``analyze``, the store's ingest, which keeps one across its batches); a
    pool's work is cut in pieces of :func:`piece_size`.
    Analyses come in the order of ``articles``; failed articles become problems.
    """
    one = functools.partial(run_article, options=options, pipeline=pipeline or default_pipeline())
    analyses: list[ArticleAnalysis] = []
    problems: list[Problem] = []
    results: Iterable[ArticleAnalysis | Problem]
    if pool is not None:
        results = pool.map(one, articles, chunksize=piece_size(len(articles), options.jobs))
    else:
        results = map(one, articles)
    for n, result in enumerate(results, 1):
        if isinstance(result, ArticleAnalysis):
            analyses.append(result)
        else:
            problems.append(result)
        if progress:
            progress(n, len(articles))
    return analyses, problems


# -- per story -----------------------------------------------------------------


def run_story(
    story: Story,
    analyses: Sequence[ArticleAnalysis],
    options: Options | None = None,
    *,
    around: Iterable[Article | tuple[str, str | None, str | None]] = (),
    pipeline: Pipeline | None = None,
    on_error: ErrorPolicy = "record",
) -> Report:
    """The story stages on one story: its findings, and the story sized (``stories`` holds it alone).

    ``around`` are the articles known around the story (its own included),
    from which the outlets that did not carry it are named.
    """
    with collecting_rarely():
        return _story_stages(story, analyses, around, options or Options(), pipeline or default_pipeline(), on_error)


def _story_stages(
    story: Story,
    analyses: Sequence[ArticleAnalysis],
    around: Iterable[Article | tuple[str, str | None, str | None]],
    options: Options,
    pipeline: Pipeline,
    on_error: ErrorPolicy,
) -> Report:
    """:func:`run_story`'s stages, in a frame of their own: what they built and did not keep (alignments,
    shingles, facts) is freed when it returns, before the collector resumes, as for :func:`_article_stages`."""
    state: dict[str, Any] = {"story": story, "analyses": tuple(analyses), "around": tuple(around)}
    problems: list[Problem] = []
    for stage in pipeline.story_stages:
        try:
            state.update(stage(state, options))
        except Exception as exc:
            if on_error == "raise":
                raise StageError(stage.name, f"story {story.id}", exc) from exc
            problems.append(
                Problem(source=f"story {story.id}", reason=f"{type(exc).__name__}: {exc}", stage=stage.name)
            )
            state.update(stage.fallen_back(state))
    fields: dict[str, Any] = {name: tuple(state[name]) for name in STORY_FINDINGS}
    return Report(stories=(state["story"],), problems=tuple(problems), **fields)


def story_findings(report: Report) -> Report:
    """A story's report from :func:`run_story` without the story row (the findings alone)."""
    return msgspec.structs.replace(report, stories=())
