"""Resolving speakers through the other articles of a story.

Why a story stage: an article may quote "the prime minister" or "the PM"
without ever naming the person, because its readers know who that is. The
other articles of the same story usually do name them ("British Prime
Minister Keir Starmer", "Keir Starmer, the Prime Minister of the UK"). This
stage pools those role introductions over the story's articles and re-reads
the quotations of every article that left a role-noun speaker unresolved,
so that pronouns which refer back to that role ("he said") resolve too.
Where no article of the story says who holds the office, the role takes the
person the article was last about, as a reader would.

Only the articles passed in (one story) are used; unnamed sources are never
resolved to a person, because the per-article stage marks them unnamed
before this stage runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import msgspec

from newsfuse.article.quote_marks import find_quoted_passages, mask_passages
from newsfuse.article.quotes import extract_quotes
from newsfuse.article.speakers import build_index, find_role_appositions
from newsfuse.model import ArticleAnalysis, Quote

__all__ = ["resolve_story_speakers", "story_roles"]


def story_roles(analyses: Sequence[ArticleAnalysis]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Role key to ``(modifiers, full name)`` for every role an article of the story gives a named person.

    A pair appears once per article that states it, so a role stated by more
    outlets weighs more.
    """
    table: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for analysis in analyses:
        body = analysis.article.body
        masked = mask_passages(body, find_quoted_passages(body))
        index = build_index(masked)
        seen: set[tuple[str, tuple[str, ...], str]] = set()
        for key, mods, tokens in find_role_appositions(masked):
            bare = tuple(t for t in tokens if t[:1].isupper())
            name = index.full_name(bare) or " ".join(tokens)
            if (key, mods, name) not in seen:
                seen.add((key, mods, name))
                table[key].append((mods, name))
    return dict(table)


def _unresolved(quote: Quote) -> bool:
    speaker = quote.speaker
    return speaker is not None and speaker.named and speaker.name is None


def resolve_story_speakers(analyses: Sequence[ArticleAnalysis]) -> Sequence[ArticleAnalysis]:
    """The analyses with role-noun speakers ("the prime minister") resolved from the story."""
    if not any(_unresolved(q) for a in analyses for q in a.quotes):
        return analyses
    roles = story_roles(analyses)
    resolved: list[ArticleAnalysis] = []
    for analysis in analyses:
        if not any(_unresolved(q) for q in analysis.quotes):
            resolved.append(analysis)
            continue
        fresh = {q.id: q for q in extract_quotes(analysis.article, analysis.sentences, roles, final=True)}
        quotes = []
        for quote in analysis.quotes:
            new = fresh.get(quote.id)
            if _unresolved(quote) and new is not None and new.speaker is not None and new.speaker.name:
                quote = msgspec.structs.replace(quote, speaker=new.speaker)
            quotes.append(quote)
        resolved.append(msgspec.structs.replace(analysis, quotes=tuple(quotes)))
    return resolved
