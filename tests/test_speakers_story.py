"""Speakers resolved through the other articles of the same story (compare/speakers.py)."""

from __future__ import annotations

from newsfuse.article import analyse_article
from newsfuse.compare.speakers import resolve_story_speakers, story_roles
from newsfuse.model import Article, ArticleAnalysis

NAMING = Article(
    id="named",
    source="named.txt",
    body=(
        "Irish Prime Minister Declan Keane will press a reluctant French President Luc Marchand to back a "
        "farm “rescue fund”.\n"
        "“They broke the promise,” Keane said."
    ),
)
UNNAMING = Article(
    id="unnamed",
    source="unnamed.txt",
    body=(
        "The prime minister faces a long night of talks.\n"
        "The PM said: “It must be a fair price for milk.”\n"
        "“Because the drought has already cost our farmers dearly,” he added.\n"
        "However, the French president appeared to brush aside calls for a fund. "
        "“We’re going to let the banks do that,” he said.\n"
        "And a senior government source said: “It must be a fair price.”"
    ),
)


def _speakers(analysis: ArticleAnalysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_roles_are_pooled_from_the_story() -> None:
    roles = story_roles([analyse_article(NAMING)])
    assert ("irish",) in [mods for mods, _ in roles["prime minister"]]
    assert {name for _, name in roles["president"]} == {"Luc Marchand"}


def test_role_nouns_and_their_pronouns_resolve_through_another_article() -> None:
    before = analyse_article(UNNAMING)
    assert _speakers(before)[:3] == [None, None, None]
    resolved = resolve_story_speakers([analyse_article(NAMING), before])
    assert _speakers(resolved[1]) == [
        "Declan Keane",
        "Declan Keane",
        "Luc Marchand",
        "a senior government source",
    ]
    # only the speaker changes: the same quotations, spans and mentions
    for old, new in zip(before.quotes, resolved[1].quotes, strict=True):
        assert (old.id, old.text, old.spans) == (new.id, new.text, new.spans)
        assert new.speaker is not None and old.speaker is not None
        assert new.speaker.mention == old.speaker.mention


def test_unnamed_sources_are_never_given_a_person() -> None:
    resolved = resolve_story_speakers([analyse_article(NAMING), analyse_article(UNNAMING)])
    source = resolved[1].quotes[-1].speaker
    assert source is not None and not source.named


def test_only_the_story_is_used() -> None:
    alone = resolve_story_speakers([analyse_article(UNNAMING)])
    assert _speakers(alone[0])[:3] == [None, None, None]
