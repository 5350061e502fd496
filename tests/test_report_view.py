"""The view model every human report shares: highlight segments, word diffs, ledger order, links."""

from __future__ import annotations

import re

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfuse.model import VERDICT_DISPLAY_ORDER, Article, Quote, Report, Span, Speaker, Story
from newsfuse.report.highlight import Mark, paragraphs, segment_body
from newsfuse.report.view import build_view
from newsfuse.report.worddiff import sides, word_diff

BODY = "Ostrava said: “We will pull our weight.”\n\nLindqvist said: “The county will do that.”"


def spans_in(text: str) -> st.SearchStrategy[Span]:
    return st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(lambda p: Span(min(p), max(p)))


@given(st.text(max_size=80).flatmap(lambda t: st.tuples(st.just(t), st.lists(spans_in(t), max_size=6))))
def test_segments_cover_the_body_exactly(case: tuple[str, list[Span]]) -> None:
    body, spans = case
    marks = [Mark(s, ("quote",), f"t{i}") for i, s in enumerate(spans)]
    segments = segment_body(body, marks)
    assert "".join(s.text for s in segments) == body
    offset = 0
    for segment in segments:
        covering = {m.token for m in marks if m.span.start <= offset and offset + len(segment.text) <= m.span.end}
        assert set(segment.tokens) == (covering if segment.text else set(segment.tokens))
        offset += len(segment.text)
    anchored = [a for s in segments for a in s.anchors]
    assert sorted(anchored) == sorted(m.token for m in marks if m.span.start < m.span.end)


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("We will pull our weight.", ("quote", "v-corroborated")),
        ("The county will do that.", ("quote", "v-altered")),
    ],
)
def test_a_quote_is_one_marked_segment_with_its_anchor(words: str, kinds: tuple[str, ...]) -> None:
    start = BODY.index(words)
    segments = segment_body(BODY, [Mark(Span(start, start + len(words)), kinds, "s1-q1")])
    marked = [s for s in segments if s.marked]
    assert [s.text for s in marked] == [words]
    assert marked[0].anchors == ("s1-q1",) and marked[0].kinds == kinds


def test_overlapping_marks_split_and_keep_both() -> None:
    quote = Span(BODY.index("We"), BODY.index("weight.") + 7)
    word = Span(BODY.index("pull"), BODY.index("pull") + 4)
    segments = segment_body(BODY, [Mark(quote, ("quote",), "q"), Mark(word, ("misspelling",), "w")])
    inner = next(s for s in segments if s.text == "pull")
    assert inner.tokens == ("q", "w") and inner.anchors == ("w",) and set(inner.kinds) == {"quote", "misspelling"}


def test_marks_outside_the_body_are_dropped() -> None:
    segments = segment_body("short", [Mark(Span(2, 99), ("quote",), "q"), Mark(Span(3, 1), ("quote",), "r")])
    assert segments == segment_body("short", [])


def test_paragraphs_split_at_newlines_and_keep_the_anchor_once() -> None:
    span = Span(BODY.index("weight."), BODY.index("Lindqvist") + 5)
    paras = paragraphs(segment_body(BODY, [Mark(span, ("quote",), "q")]))
    assert len(paras) == 2
    anchors = [a for p in paras for s in p for a in s.anchors]
    assert anchors == ["q"]
    assert [s.tokens for s in paras[1] if s.marked] == [("q",)]


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        (
            "I'm not going to promise flood money past this winter.",
            "I'm not going to promise flood money past a certain date.",
            [("same", "I'm not going to promise flood money past"), ("del", "this winter.")],
            [("same", "I'm not going to promise flood money past"), ("ins", "a certain date.")],
        ),
        (
            "stop the river from coming in",
            "stop the river from coming in",
            [("same", "stop the river from coming in")],
            [("same", "stop the river from coming in")],
        ),
    ],
)
def test_word_diff_sides(a: str, b: str, left: list[tuple[str, str]], right: list[tuple[str, str]]) -> None:
    assert sides(word_diff(a, b)) == (tuple(left), tuple(right))


@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "river", "bridge", "the"]), max_size=12),
    st.lists(st.sampled_from(["a", "b", "c", "d", "river", "bridge", "the"]), max_size=12),
)
def test_diff_sides_rebuild_both_wordings(a: list[str], b: list[str]) -> None:
    left, right = sides(word_diff(" ".join(a), " ".join(b)))
    assert " ".join(w for k, w in left if k != "ins").split() == a
    assert " ".join(w for k, w in right if k != "del").split() == b


def article(body: str = BODY, aid: str = "a1", source: str = "in/one.txt") -> Article:
    return Article(id=aid, source=source, body=body, title="A title")


def quote(qid: str, words: str, verdict: str | None, speaker: str | None = "Mara Ostrava") -> Quote:
    start = BODY.index(words)
    return Quote(
        id=qid,
        article="a1",
        text=words,
        spans=(Span(start, start + len(words)),),
        speaker=Speaker(name=speaker) if speaker else None,
        verdict=verdict,  # type: ignore[arg-type]
        story="s",
    )


def test_ledger_groups_by_speaker_and_puts_altered_first() -> None:
    quotes = (
        quote("q1", "We will pull our weight.", "corroborated"),
        quote("q2", "The county will do that.", "altered", "Tobias Lindqvist"),
        quote("q3", "pull our weight", "altered"),
        quote("q4", "county", None, None),
    )
    report = Report(articles=(article(),), stories=(Story(id="s", label="L", articles=("a1",)),), quotes=quotes)
    story = build_view(report).stories[0]
    assert [s.speaker for s in story.speakers] == ["Mara Ostrava", "Tobias Lindqvist", "Unattributed"]
    assert [e.verdict for e in story.speakers[0].entries] == ["altered", "corroborated"]
    assert story.verdicts == (("altered", 2), ("corroborated", 1), ("unchecked", 1))
    assert list(VERDICT_DISPLAY_ORDER).index("altered") == 0


def test_links_are_generated_tokens_unique_across_stories() -> None:
    arts = (article(aid="a1"), article(aid="a2", source="x/<b>evil</b>.txt"))
    stories = (Story(id="s", label="<i>one</i>", articles=("a1",)), Story(id="t", label="two", articles=("a2",)))
    report = Report(articles=arts, stories=stories, quotes=(quote("q1", "We will pull our weight.", "variant"),))
    view = build_view(report)
    anchors = [a.anchor for s in view.stories for a in s.articles]
    anchors += [e.link.anchor for s in view.stories for sp in s.speakers for e in sp.entries]
    assert len(anchors) == len(set(anchors)) == 3
    assert all(re.fullmatch(r"s\d+-[a-z]\d+", a) for a in anchors)


def test_a_report_without_stories_shows_its_articles_as_one() -> None:
    view = build_view(Report(articles=(article(),)))
    assert len(view.stories) == 1 and view.stories[0].articles[0].label == "one"


def test_misattributed_quotations_are_flagged_in_every_format() -> None:
    from newsfuse.report import render

    flagged = msgspec.structs.replace(quote("q1", "We will pull our weight.", "corroborated"), misattributed=True)
    report = Report(articles=(article(),), stories=(Story(id="s", label="L", articles=("a1",)),), quotes=(flagged,))
    assert "**MISATTRIBUTED**" in render(report, "markdown")
    assert '<span class="badge v-altered">misattributed</span>' in render(report, "html")
    assert "misattributed" in render(report, "text")


def test_diff_column_names_the_outlets_compared_against() -> None:
    from newsfuse.model import Utterance, UtteranceVariant

    arts = (article(aid="a1", source="x/one.txt"), article(aid="a2", source="x/two.txt"))
    q1 = quote("q1", "We will pull our weight.", "altered")
    q2 = msgspec.structs.replace(quote("q2", "We will pull our weight.", "corroborated"), article="a2")
    utterance = Utterance(
        id="u",
        story="s",
        speaker="Mara Ostrava",
        wording="We shall pull our weight.",
        articles=("a1", "a2"),
        quotes=("q1", "q2"),
        variants=(
            UtteranceVariant(
                wording=q1.text,
                quotes=("q1",),
                articles=("a1",),
                verdict="altered",
                diff=word_diff("We shall pull our weight.", q1.text),
                against=("a2",),
            ),
        ),
    )
    report = Report(
        articles=arts,
        stories=(Story(id="s", label="L", articles=("a1", "a2")),),
        quotes=(q1, q2),
        utterances=(utterance,),
    )
    entry = build_view(report).stories[0].speakers[0].entries[0]
    assert entry.reference_label == "two" and entry.has_diff
    assert ("del", "shall") in entry.left and ("ins", "will") in entry.right


def test_a_passage_shared_by_several_pairs_is_listed_once_with_every_place() -> None:
    from newsfuse.model import Reuse, SharedPassage

    words = "We will pull our weight."
    start = BODY.index(words)
    span = Span(start, start + len(words))
    arts = tuple(article(aid=a, source=f"x/{a}.txt") for a in ("a1", "a2", "a3"))

    def pair(other: str) -> Reuse:
        shared = SharedPassage(text=words, spans=(("a1", span), (other, span)), words=5, quotation=True, origin="a1")
        return Reuse(story="s", articles=("a1", other), overlap=0.2, passages=(shared,))

    report = Report(
        articles=arts,
        stories=(Story(id="s", label="L", articles=("a1", "a2", "a3")),),
        reuse=(pair("a2"), pair("a3")),
    )
    story = build_view(report).stories[0]
    assert len(story.passages) == 1
    passage = story.passages[0]
    assert [p.label for p in passage.places] == ["a1", "a2", "a3"] and passage.origin == "a1"
    assert len(story.reuse) == 2


def test_an_untitled_article_is_headed_by_its_first_line_cut_at_a_word() -> None:
    from newsfuse.report.view import HEADLINE_MAX_CHARS, _headline

    short = "Brenmoor ferry fares rise in spring"
    assert _headline(Article(id="a", source="a.txt", body=f"{short}\nMore text.")) == short
    long = "Brenmoor ferry " * 10
    shown = _headline(Article(id="b", source="b.txt", body=long))
    assert shown.endswith("…") and len(shown) <= HEADLINE_MAX_CHARS - 2 and long.startswith(shown[:-1])
    assert _headline(Article(id="c", source="c.txt", body="Long body.", title="Ferry fares")) == "Ferry fares"
