"""Running every story stage on one story, in dependency order.

A stage that fails is reported as a :class:`~newsfuse.model.Problem` naming
the stage and the story, and the other stages still run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from newsfuse.compare.claims import find_claims
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.entities import resolve_entities
from newsfuse.compare.reuse import find_reuse
from newsfuse.compare.sources import independent_sources
from newsfuse.compare.speakers import resolve_story_speakers
from newsfuse.compare.summary import summarise
from newsfuse.compare.timeline import build_timeline
from newsfuse.compare.utterances import align_utterances
from newsfuse.model import ArticleAnalysis, Problem, Report, Story

__all__ = ["compare_story"]

T = TypeVar("T")


def compare_story(story: Story, analyses: Sequence[ArticleAnalysis]) -> Report:
    """All cross-article findings of one story."""
    problems: list[Problem] = []

    def run(stage: str, fn: Callable[[], T], fallback: T) -> T:
        try:
            return fn()
        except Exception as exc:
            problems.append(
                Problem(source=f"story {story.id}", reason=f"{type(exc).__name__}: {exc}", stage=stage)
            )
            return fallback

    analyses = run("speakers", lambda: resolve_story_speakers(analyses), analyses)
    reuse, originality = run("reuse", lambda: find_reuse(story.id, analyses), ((), ()))
    sources = run("sources", lambda: independent_sources(story.id, analyses, reuse), ())
    quotes, utterances = run(
        "utterances",
        lambda: align_utterances(story.id, analyses),
        (tuple(q for a in analyses for q in a.quotes), ()),
    )
    entities = run("entities", lambda: resolve_entities(story.id, analyses), ())
    claims = run("claims", lambda: find_claims(story.id, analyses, sources), ())
    conflicts = run("conflicts", lambda: find_conflicts(story.id, analyses), ())
    timeline = run("timeline", lambda: build_timeline(story.id, analyses), ())
    summary = run("summary", lambda: summarise(story.id, analyses, sources, quotes), ())
    return Report(
        quotes=quotes,
        utterances=utterances,
        entities=entities,
        claims=claims,
        conflicts=conflicts,
        timeline=timeline,
        reuse=reuse,
        originality=originality,
        sources=sources,
        summary=summary,
        problems=tuple(problems),
    )
