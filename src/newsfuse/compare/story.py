"""The story stages, declared for the runner (:mod:`newsfuse.runner`), in dependency order.

Each stage sees one story's analysed articles at once. A stage that fails
is recorded as a :class:`~newsfuse.model.Problem` naming the stage and the
story (the runner's ``on_error="record"``); it then assigns its fallback
(nothing found, or the unaligned quotations) and the other stages still run.
The first stage sets aside the copies of one text beyond two, and the
``expand`` stage gives them the findings of the text they copy
(:mod:`newsfuse.compare.copies`), so the stages between compare one text
once however many outlets printed it. The last stage sizes the story: its
independent sources, coverage and the outlets around it that did not carry it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import msgspec

from newsfuse.compare.claims import find_claims
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.copies import Copies, expand, set_aside
from newsfuse.compare.entities import resolve_entities
from newsfuse.compare.reuse import find_reuse
from newsfuse.compare.sources import independent_sources, sized_story
from newsfuse.compare.speakers import resolve_story_speakers
from newsfuse.compare.summary import summarise
from newsfuse.compare.timeline import build_timeline
from newsfuse.compare.utterances import align_utterances
from newsfuse.model import (
    STORY_FINDINGS,
    Article,
    ArticleAnalysis,
    Claim,
    Conflict,
    Entity,
    Originality,
    Quote,
    Report,
    Reuse,
    SourceGroup,
    Story,
    SummarySentence,
    TimelineEvent,
    Utterance,
)
from newsfuse.options import (
    ClaimsOptions,
    ConflictsOptions,
    EntitiesOptions,
    Options,
    SourcesOptions,
    SummaryOptions,
    VerdictsOptions,
)
from newsfuse.runner import Stage, run_story, story_findings, story_stage

__all__ = ["STORY_STAGES", "compare_story"]

Analyses = Sequence[ArticleAnalysis]
Around = Sequence[Article | tuple[str, str | None, str | None]]


def _unchanged(story: Story, analyses: Analyses) -> Analyses:
    return analyses


def _none_set_aside(story: Story, analyses: Analyses) -> tuple[Story, Analyses, Copies]:
    return story, analyses, Copies(story, tuple(analyses))


@story_stage(
    "copies", requires=["story", "analyses"], assigns=["story", "analyses", "copies"], fallback=_none_set_aside
)
def copies_stage(story: Story, analyses: Analyses) -> tuple[Story, Analyses, Copies]:
    """Copies of one text beyond the first two set aside: the stages below compare one text once (see
    :mod:`newsfuse.compare.copies`)."""
    return set_aside(story, analyses)


@story_stage("speakers", requires=["story", "analyses"], assigns=["analyses"], fallback=_unchanged)
def speakers_stage(story: Story, analyses: Analyses) -> Analyses:
    return tuple(resolve_story_speakers(analyses))


@story_stage("reuse", requires=["story", "analyses"], assigns=["reuse", "originality"])
def reuse_stage(story: Story, analyses: Analyses) -> tuple[tuple[Reuse, ...], tuple[Originality, ...]]:
    return find_reuse(story.id, analyses)


def _one_source_each(story: Story, analyses: Analyses, reuse: Sequence[Reuse]) -> tuple[SourceGroup, ...]:
    return tuple(SourceGroup(story=story.id, articles=(a.article.id,)) for a in analyses)


@story_stage(
    "sources",
    requires=["story", "analyses", "reuse"],
    assigns=["sources"],
    options="sources",
    fallback=_one_source_each,
)
def sources_stage(
    story: Story, analyses: Analyses, reuse: Sequence[Reuse], options: SourcesOptions
) -> tuple[SourceGroup, ...]:
    return independent_sources(story.id, analyses, reuse, options)


def _unaligned(story: Story, analyses: Analyses) -> tuple[tuple[Quote, ...], tuple[Utterance, ...]]:
    return tuple(msgspec.structs.replace(q, story=story.id) for a in analyses for q in a.quotes), ()


@story_stage(
    "utterances",
    requires=["story", "analyses"],
    assigns=["quotes", "utterances"],
    options="verdicts",
    fallback=_unaligned,
)
def utterances_stage(
    story: Story, analyses: Analyses, options: VerdictsOptions
) -> tuple[tuple[Quote, ...], tuple[Utterance, ...]]:
    return align_utterances(story.id, analyses, options)


@story_stage("entities", requires=["story", "analyses"], assigns=["entities"], options="entities")
def entities_stage(story: Story, analyses: Analyses, options: EntitiesOptions) -> tuple[Entity, ...]:
    return resolve_entities(story.id, analyses, options)


@story_stage("claims", requires=["story", "analyses", "sources"], assigns=["claims"], options="claims")
def claims_stage(
    story: Story, analyses: Analyses, sources: Sequence[SourceGroup], options: ClaimsOptions
) -> tuple[Claim, ...]:
    return find_claims(story.id, analyses, sources, options)


@story_stage("conflicts", requires=["story", "analyses", "claims"], assigns=["conflicts"], options="conflicts")
def conflicts_stage(
    story: Story, analyses: Analyses, claims: Sequence[Claim], options: ConflictsOptions
) -> tuple[Conflict, ...]:
    """Every conflict sets two articles against each other: a story of one article has none, and its facts
    are not read (a third of the stage's time on the dev sets, where most stories are one article)."""
    if len({a.article.id for a in analyses}) < 2:
        return ()
    return find_conflicts(story.id, analyses, options, claims)


@story_stage("timeline", requires=["story", "analyses"], assigns=["timeline"])
def timeline_stage(story: Story, analyses: Analyses) -> tuple[TimelineEvent, ...]:
    return build_timeline(story.id, analyses)


@story_stage(
    "summary",
    requires=["story", "analyses", "sources", "quotes", "originality", "entities"],
    assigns=["summary"],
    options="summary",
)
def summary_stage(
    story: Story,
    analyses: Analyses,
    sources: Sequence[SourceGroup],
    quotes: Sequence[Quote],
    originality: Sequence[Originality],
    entities: Sequence[Entity],
    options: SummaryOptions,
) -> tuple[SummarySentence, ...]:
    return summarise(
        story.id,
        analyses,
        sources,
        quotes,
        originality,
        entities,
        min_sentences=options.min_sentences,
        max_sentences=options.max_sentences,
    )


def _expanded(copies: Copies, **findings: Sequence[Any]) -> tuple[Any, ...]:
    """Every article back in the story, and each copy set aside given the findings of the text it copies."""
    expanded = expand(copies, findings)
    return (copies.story, copies.analyses, *(expanded[name] for name in STORY_FINDINGS))


def _restored(copies: Copies, **findings: Sequence[Any]) -> tuple[Any, ...]:
    return (copies.story, copies.analyses, *(tuple(findings[name]) for name in STORY_FINDINGS))


@story_stage(
    "expand",
    requires=["copies", *STORY_FINDINGS],
    assigns=["story", "analyses", *STORY_FINDINGS],
    fallback=_restored,
)
def expand_stage(copies: Copies, **findings: Sequence[Any]) -> tuple[Any, ...]:
    return _expanded(copies, **findings)


def _unsized(
    story: Story,
    analyses: Analyses,
    sources: Sequence[SourceGroup],
    around: Around,
) -> Story:
    return story


@story_stage("size", requires=["story", "analyses", "sources", "around"], assigns=["story"], fallback=_unsized)
def size_stage(
    story: Story,
    analyses: Analyses,
    sources: Sequence[SourceGroup],
    around: Around,
) -> Story:
    """Independent sources, coverage, and the outlets around the story that did not carry it."""
    return sized_story(story, [a.article for a in analyses], sources, around)


STORY_STAGES: tuple[Stage, ...] = (
    copies_stage,
    speakers_stage,
    reuse_stage,
    sources_stage,
    utterances_stage,
    entities_stage,
    claims_stage,
    conflicts_stage,
    timeline_stage,
    summary_stage,
    expand_stage,
    size_stage,
)
"""Every story stage, in the order they run (a stage comes after those whose fields it requires)."""


def compare_story(
    story: Story,
    analyses: Sequence[ArticleAnalysis],
    options: Options | None = None,
    *,
    around: Iterable[Article | tuple[str, str | None, str | None]] = (),
) -> Report:
    """All cross-article findings of one story (without the story row: see :func:`newsfuse.runner.run_story`)."""
    return story_findings(run_story(story, analyses, options, around=around))
