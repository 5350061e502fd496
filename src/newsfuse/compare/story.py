"""Running every story stage on one story, in dependency order.

A stage that fails is reported as a :class:`~newsfuse.model.Problem` naming
the stage and the story, and the other stages still run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import msgspec

from newsfuse.compare.claims import find_claims
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.entities import resolve_entities
from newsfuse.compare.reuse import find_reuse
from newsfuse.compare.sources import independent_sources
from newsfuse.compare.speakers import resolve_story_speakers
from newsfuse.compare.summary import summarise
from newsfuse.compare.timeline import build_timeline
from newsfuse.compare.utterances import align_utterances
from newsfuse.model import (
    ArticleAnalysis,
    Claim,
    Conflict,
    Entity,
    Originality,
    Problem,
    Quote,
    Report,
    Reuse,
    SourceGroup,
    Story,
    SummarySentence,
    TimelineEvent,
    Utterance,
)

__all__ = ["compare_story"]

T = TypeVar("T")


def _none(kind: type[T]) -> tuple[T, ...]:
    """An empty result of a stage, typed."""
    return ()


def compare_story(story: Story, analyses: Sequence[ArticleAnalysis]) -> Report:
    """All cross-article findings of one story."""
    problems: list[Problem] = []

    def run(stage: str, fn: Callable[[], T], fallback: T) -> T:
        try:
            return fn()
        except Exception as exc:
            problems.append(Problem(source=f"story {story.id}", reason=f"{type(exc).__name__}: {exc}", stage=stage))
            return fallback

    analyses = run("speakers", lambda: resolve_story_speakers(analyses), analyses)
    no_reuse: tuple[tuple[Reuse, ...], tuple[Originality, ...]] = ((), ())
    reuse, originality = run("reuse", lambda: find_reuse(story.id, analyses), no_reuse)
    one_each = tuple(SourceGroup(story=story.id, articles=(a.article.id,)) for a in analyses)
    sources = run("sources", lambda: independent_sources(story.id, analyses, reuse), one_each)
    unaligned: tuple[tuple[Quote, ...], tuple[Utterance, ...]] = (
        tuple(msgspec.structs.replace(q, story=story.id) for a in analyses for q in a.quotes),
        (),
    )
    quotes, utterances = run("utterances", lambda: align_utterances(story.id, analyses), unaligned)
    entities = run("entities", lambda: resolve_entities(story.id, analyses), _none(Entity))
    claims = run("claims", lambda: find_claims(story.id, analyses, sources), _none(Claim))
    conflicts = run("conflicts", lambda: find_conflicts(story.id, analyses), _none(Conflict))
    timeline = run("timeline", lambda: build_timeline(story.id, analyses), _none(TimelineEvent))
    summary = run(
        "summary",
        lambda: summarise(story.id, analyses, sources, quotes, originality, entities),
        _none(SummarySentence),
    )
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
