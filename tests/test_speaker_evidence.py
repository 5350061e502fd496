"""Per-article evidence is stored in the analysis and read, never recomputed, by the story stages.

The quotation stage reads each article once (one call of the extractor per
article per analysis) and leaves on the analysis what the story's speaker
stage needs: the roles the article gives named people, and the speakers it
could not name by itself. The story stage names those from the other
articles' role statements without reading any article again.
"""

from __future__ import annotations

from collections import Counter

import pytest

import newsfuse.article.quotes as quotes_module
from newsfuse.model import Article
from newsfuse.options import ClusterOptions, Options
from newsfuse.pipeline import analyze_articles
from newsfuse.runner import run_article

NAMING = Article(
    id="naming",
    source="naming.txt",
    title="Minister visits the harbour",
    body=(
        "Prime Minister Ada Quillfeather visited the storm-damaged harbour at Wendlebury on Monday.\n"
        "“We will rebuild the pier before the summer,” Quillfeather said.\n"
        "The council welcomed the visit and the promise of money for repairs."
    ),
)
UNNAMING = Article(
    id="unnaming",
    source="unnaming.txt",
    title="Pier to be rebuilt, says prime minister",
    body=(
        "The prime minister visited the harbour at Wendlebury on Monday after the storm.\n"
        "“We will rebuild the pier before the summer,” the prime minister said.\n"
        "Fishermen said they were relieved that repairs would start soon."
    ),
)
ONE_STORY = Options(cluster=ClusterOptions(enabled=False))


def test_an_article_records_the_roles_it_states_and_the_speakers_it_leaves_open() -> None:
    naming = run_article(NAMING)
    unnaming = run_article(UNNAMING)
    assert ("prime minister", "Ada Quillfeather") in [(r.role, r.name) for r in naming.speaker_evidence.roles]  # type: ignore[union-attr]
    opened = unnaming.speaker_evidence.open  # type: ignore[union-attr]
    assert [o.role for o in opened] == ["prime minister"]
    quote = unnaming.quotes[0]  # type: ignore[union-attr]
    assert quote.speaker is not None and quote.speaker.name is None
    assert (quote.speaker.span.start, quote.speaker.span.end) == (opened[0].span.start, opened[0].span.end)  # type: ignore[union-attr]


def test_the_extractor_reads_each_article_once_per_analysis_and_the_story_names_the_open_speaker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: Counter[str] = Counter()
    real = quotes_module._extract

    def counting(article: Article, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls[article.id] += 1
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(quotes_module, "_extract", counting)
    report = analyze_articles([NAMING, UNNAMING], ONE_STORY)
    assert calls == Counter({"naming": 1, "unnaming": 1})
    speakers = {q.article: q.speaker.name for q in report.quotes if q.speaker is not None}
    assert speakers == {"naming": "Ada Quillfeather", "unnaming": "Ada Quillfeather"}


def test_alone_an_open_speaker_stays_unnamed_when_the_article_was_about_no_one() -> None:
    report = analyze_articles([UNNAMING], ONE_STORY)
    assert [q.speaker.name for q in report.quotes if q.speaker is not None] == [None]
