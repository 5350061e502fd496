"""Resolving speakers through the other articles of a story.

Why a story stage: an article may quote "the prime minister" or "the PM"
without ever naming the person, because its readers know who that is. The
other articles of the same story usually do name them ("Ruritanian Prime
Minister Ana Vell", "Ana Vell, the Prime Minister of Ruritania"). This
stage pools those role statements over the story's articles and names the
speakers each article left open (the role noun, and the pronouns that refer
back to it). Where no article of the story says who holds the office, the
role takes the person the article was last about, as a reader would.

Everything it needs was read from each article once, by the per-article
quotation stage (:class:`~newsfuse.model.SpeakerEvidence` on the analysis):
this stage never re-reads an article. Only the articles passed in (one
story) are used; unnamed sources are never resolved to a person, because
the per-article stage marks them unnamed before this stage runs.

Reads each analysis' quotations and :class:`~newsfuse.model.SpeakerEvidence`
(role statements, open speakers, name counts and mentions); writes the
analyses with each open speaker named and its mention chain filled
(:func:`resolve_story_speakers`), every other field as it was. The holder of
a role (:func:`newsfuse.article.speakers.story_role_name`) is the name most of
the story's statements of that role give, among those whose modifiers
include the speaker's ("the former minister" needs "former"), ties going to
the name the article mentions most; no statement: the article's fallback. No
numeric threshold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import msgspec

from newsfuse.article.speakers import story_role_name
from newsfuse.model import ArticleAnalysis, Quote, Span, SpeakerEvidence

__all__ = ["resolve_story_speakers", "story_roles"]


def story_roles(analyses: Sequence[ArticleAnalysis]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Role key to ``(modifiers, full name)`` for every role an article of the story gives a named person.

    A pair appears once per article that states it, so a role stated by more
    outlets weighs more.
    """
    table: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for analysis in analyses:
        for statement in analysis.speaker_evidence.roles:
            table[statement.role].append((statement.modifiers, statement.name))
    return dict(table)


def _unresolved(quote: Quote) -> bool:
    speaker = quote.speaker
    return speaker is not None and speaker.named and speaker.name is None


def _resolved(analysis: ArticleAnalysis, roles: dict[str, list[tuple[tuple[str, ...], str]]]) -> ArticleAnalysis:
    """The article's open speakers named: by the story's role statements, else by the article's fallback."""
    names = _open_names(analysis.speaker_evidence, roles)
    if not names:
        return analysis
    named: list[tuple[Quote, str | None]] = []
    for quote in analysis.quotes:
        span = quote.speaker.span if quote.speaker else None
        new = names.get((span.start, span.end)) if span is not None and _unresolved(quote) else None
        named.append((quote, new))
    chains = _chains(named, analysis.speaker_evidence)
    quotes = []
    ordered: dict[str, tuple[Span, ...]] = {}  # each name's chain built once, however many quotations it has
    for quote, new in named:
        if new is not None and quote.speaker is not None:
            if new not in ordered:
                ordered[new] = tuple(Span(a, b) for a, b in sorted(chains[new]))
            quote = msgspec.structs.replace(
                quote, speaker=msgspec.structs.replace(quote.speaker, name=new, chain=ordered[new])
            )
        quotes.append(quote)
    return msgspec.structs.replace(analysis, quotes=tuple(quotes))


def _open_names(
    evidence: SpeakerEvidence, roles: dict[str, list[tuple[tuple[str, ...], str]]]
) -> dict[tuple[int, int], str]:
    """The name each open speaker's span takes: the holder of its role by the story, else its fallback."""
    full, surnames = dict(evidence.full_names), dict(evidence.surnames)

    def frequency(name: str) -> int:
        return full.get(name, 0) + surnames.get(name.split()[-1], 0)

    names: dict[tuple[int, int], str] = {}
    for speaker in evidence.open:
        name = story_role_name(roles, speaker.role, speaker.modifiers, frequency) or speaker.fallback
        if name:
            names[(speaker.span.start, speaker.span.end)] = name
    return names


def _chains(named: list[tuple[Quote, str | None]], evidence: SpeakerEvidence) -> dict[str, set[tuple[int, int]]]:
    """Each speaker name's mention spans: the speakers of its quotations and the article's mentions of it."""
    chains: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for quote, new in named:
        name = new or (quote.speaker.name if quote.speaker else None)
        if name and quote.speaker is not None and quote.speaker.span is not None:
            chains[name].add((quote.speaker.span.start, quote.speaker.span.end))
    for name, spans in evidence.name_mentions:
        if name in chains:
            chains[name].update((s.start, s.end) for s in spans)
    return chains


def resolve_story_speakers(analyses: Sequence[ArticleAnalysis]) -> Sequence[ArticleAnalysis]:
    """The analyses with role-noun speakers ("the prime minister") resolved from the story."""
    if not any(_unresolved(q) for a in analyses for q in a.quotes):
        return analyses
    roles = story_roles(analyses)
    return [_resolved(a, roles) if any(_unresolved(q) for q in a.quotes) else a for a in analyses]
