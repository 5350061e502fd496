"""One text layer per article: paragraphs, sentences, quotation marks and tokens are computed once.

The first per-article stage builds the layer; every later stage reads it from
the runner's state. These tests count the builders: an analysis that split or
searched an article twice would fail them.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

import newsfuse.article.quote_marks as quote_marks
import newsfuse.article.sentences as sentences
import newsfuse.article.speakers as speakers
import newsfuse.article.text as text_module
from newsfuse.article.text import ArticleText
from newsfuse.model import Article, Span
from newsfuse.options import ClusterOptions, Options
from newsfuse.pipeline import analyze_articles
from newsfuse.runner import run_article

QUOTING = Article(
    id="quoting",
    source="quoting.txt",
    title="Ferry service to resume",
    body=(
        "Harbour master Tilde Oranmore said on Friday that the ferry would sail again next week.\n"
        "“The pier is safe. We checked it twice,” Oranmore said.\n"
        "***\n"
        "She added: “Passengers should book early.\n"
        "“Demand will be high.”\n"
        "The council, which owns the pier, agreed."
    ),
)
PLAIN = Article(
    id="plain",
    source="plain.txt",
    title="Road closed",
    body="The coast road is closed after a landslide. Engineers expect to reopen it in May.",
)
BUILDERS: tuple[Callable[..., Any], ...] = (
    sentences.paragraph_spans,
    sentences.split_sentences,
    sentences.reporter_sentences,
    quote_marks.paragraph_bounds,
    quote_marks.find_quoted_passages,
    quote_marks.mask_passages,
    speakers.tokenize,
    text_module.words_of_sentences,
)


def _count_builders(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """Wrap every builder, wherever a module of newsfuse holds it, to count calls per ``(builder, body)``."""
    calls: Counter[tuple[str, str]] = Counter()
    for builder in BUILDERS:

        def counting(first: Any, *args: Any, _real: Callable[..., Any] = builder, **kwargs: Any) -> Any:
            body = first.body if isinstance(first, Article) else first
            calls[(_real.__name__, body)] += 1
            return _real(first, *args, **kwargs)

        for name, module in list(sys.modules.items()):
            if name.startswith("newsfuse") and module is not None:
                for attr, value in list(vars(module).items()):
                    if value is builder:
                        monkeypatch.setattr(module, attr, counting)
    return calls


def test_the_runner_builds_one_text_layer_per_article_per_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    built: Counter[str] = Counter()
    real_init = ArticleText.__init__

    def counting_init(self: ArticleText, article: Article) -> None:
        built[article.id] += 1
        real_init(self, article)

    monkeypatch.setattr(ArticleText, "__init__", counting_init)
    report = analyze_articles([QUOTING, PLAIN], Options(cluster=ClusterOptions(enabled=False)))
    assert built == Counter({"quoting": 1, "plain": 1})
    assert [q.speaker.name for q in report.quotes if q.speaker] == ["Tilde Oranmore"] * len(report.quotes)


def test_no_per_article_stage_splits_or_searches_the_body_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_builders(monkeypatch)
    for article in (QUOTING, PLAIN):
        run_article(article)
    assert calls, "the builders were not reached: the test no longer counts anything"
    twice = {key: n for key, n in calls.items() if n > 1}
    assert not twice
    assert calls[("split_sentences", QUOTING.body)] == 1
    assert calls[("find_quoted_passages", QUOTING.body)] == 1
    assert calls[("tokenize", QUOTING.body)] == 0  # the masked body is tokenized, not the body


def test_the_mention_finder_reads_the_layers_words(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_builders(monkeypatch)
    for article in (QUOTING, PLAIN):
        run_article(article)
        assert calls[("words_of_sentences", article.body)] == 1
    assert any(m.text == "Tilde Oranmore" for m in run_article(QUOTING).mentions)  # type: ignore[union-attr]
    layer = text_module.article_text(QUOTING)
    assert len(layer.sentence_words) == len(layer.sentences)
    for sentence, words in zip(layer.sentences, layer.sentence_words, strict=True):
        assert all(sentence.start <= w.start < w.end <= sentence.end + 1 for w in words)
        assert all(QUOTING.body[w.start : w.end] == w.text for w in words)


def test_an_article_without_quotation_marks_never_masks_or_tokenizes(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_builders(monkeypatch)
    analysis = run_article(PLAIN)
    assert analysis.quotes == ()  # type: ignore[union-attr]
    assert calls[("mask_passages", PLAIN.body)] == 1  # the role statements read the (unmasked) body once
    assert not any(name == "reporter_sentences" for name, _ in calls)


def test_the_layer_is_spans_into_the_body() -> None:
    layer = text_module.article_text(QUOTING)
    body = QUOTING.body
    assert [body[s:e] for s, e in layer.paragraphs][2] == "***"
    assert "***" not in [body[s:e] for s, e in layer.prose_paragraphs]
    assert [s.paragraph for s in layer.sentences][:3] == [0, 1, 1]  # "The pier is safe." | "We checked it twice,” …"
    quoted = [body[s.start : s.end] for s in layer.quoted_spans()]
    assert quoted == ["The pier is safe. We checked it twice,", "Passengers should book early.", "Demand will be high."]
    assert len(layer.passages) == 2  # the quotation that runs on over two paragraphs is one
    assert len(layer.masked) == len(body) and "pier is safe" not in layer.masked
    clause_texts = [body[c.start : c.end].strip() for c in layer.clauses]
    assert "“The pier is safe. We checked it twice,” Oranmore said." in clause_texts  # quoted stops never split
    assert all(body[t.start : t.end] == t.text for t in layer.tokens)
    assert all(isinstance(s, Span) for s in layer.quoted_spans())


RUN_ON = Article(
    id="run-on",
    source="run-on.txt",
    title="Ferry service to resume",
    body=(
        "Harbour master Tilde Oranmore said the ferry would sail again next week.\n"
        "“The pier is safe,” Oranmore said. “We checked it twice.\n"
        "The new timetable starts on Monday and every crossing is booked.”\n"
        "The council, which owns the pier, agreed."
    ),
)


def _story_of(*articles: Article) -> tuple[Any, list[Any]]:
    from newsfuse.model import ArticleAnalysis, Story

    analyses = [run_article(a) for a in articles]
    assert all(isinstance(a, ArticleAnalysis) for a in analyses)
    return Story(id="s", label="ferry", articles=tuple(a.id for a in articles)), analyses


def test_the_story_stages_read_the_marks_the_text_layer_paired(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.compare import quoted
    from newsfuse.compare.story import compare_story

    quoted.paired_marks.cache_clear()
    calls = _count_builders(monkeypatch)
    story, analyses = _story_of(QUOTING, RUN_ON)
    read: Counter[str] = Counter()
    real = quoted.quoted_marks

    def counting(analysis: Any) -> Any:
        read[analysis.article.body] += 1
        return real(analysis)

    monkeypatch.setattr(quoted, "quoted_marks", counting)
    compare_story(story, analyses)
    assert read[QUOTING.body] and read[RUN_ON.body], "the story stages no longer read the marks: nothing is counted"
    assert calls[("find_quoted_passages", QUOTING.body)] == 1
    assert calls[("find_quoted_passages", RUN_ON.body)] == 1


def test_the_marks_carried_are_those_a_story_stage_pairs_itself() -> None:
    import msgspec

    from newsfuse.compare import quoted
    from newsfuse.compare.story import compare_story

    story, analyses = _story_of(QUOTING, RUN_ON)
    for analysis in analyses:
        quoted.paired_marks.cache_clear()
        assert analysis.quoted == quoted.paired_marks(analysis.article.body)
    marks = analyses[1].quoted
    assert any(RUN_ON.body[s.start : s.end].startswith("The new timetable") for s in marks.inner)  # closed, not opened
    carried = compare_story(story, analyses)
    quoted.paired_marks.cache_clear()
    paired_here = compare_story(story, [msgspec.structs.replace(a, quoted=None) for a in analyses])
    assert msgspec.json.encode(carried) == msgspec.json.encode(paired_here)
