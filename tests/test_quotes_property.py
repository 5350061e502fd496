"""Properties of the quote extractor on arbitrary text: it never raises, and every span lies in the body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.article.quote_marks import find_quoted_passages
from newsfuse.article.quotes import extract_quotes, find_quotes
from newsfuse.article.text import ArticleText
from newsfuse.model import Article

MARKS = "“”‘’\"'„«»‹›"
news_like = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Vell",
                "said",
                "told reporters",
                "he",
                "the prime minister",
                "Dame Ana",
                "one",
                "UK officials",
                ",",
                ".",
                ":",
                "\n",
                "\n\n",
                " ",
                "— ",
                "a senior source",
            ]
        ),
        st.sampled_from(list(MARKS)),
        st.text(min_size=0, max_size=12),
    ),
    max_size=60,
).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like)


def _check(body: str) -> None:
    article = Article(id="p", source="p.txt", body=body)
    for story_roles, final in ((None, False), ({"prime minister": [((), "Ana Vell")]}, True)):
        quotes = extract_quotes(article, ArticleText(article), story_roles, final=final)
        for quote in quotes:
            assert quote.spans, quote
            for span in quote.spans:
                assert 0 <= span.start <= span.end <= len(body)
            assert quote.text == " ".join(body[s.start : s.end] for s in quote.spans)
            if quote.speaker is not None and quote.speaker.span is not None:
                span = quote.speaker.span
                assert 0 <= span.start <= span.end <= len(body)
                assert body[span.start : span.end] == quote.speaker.mention
            if quote.speaker is not None:
                for link in quote.speaker.chain:  # the speaker chain points into the body too
                    assert 0 <= link.start < link.end <= len(body)
                confidence = quote.speaker.confidence
                assert confidence is None or 0.0 <= confidence <= 1.0
            if quote.cue_span is not None:
                assert 0 <= quote.cue_span.start <= quote.cue_span.end <= len(body)
                assert body[quote.cue_span.start : quote.cue_span.end] == quote.cue


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_never_raises_and_every_span_is_inside_the_body(body: str) -> None:
    _check(body)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_passages_are_ordered_and_disjoint(body: str) -> None:
    passages = find_quoted_passages(body)
    last_end = -1
    for passage in passages:
        for outer, inner in zip(passage.outer, passage.segments, strict=True):
            assert outer.contains(inner)
            assert outer.start >= last_end
            last_end = outer.end


def test_empty_and_markless_bodies_have_no_quotes() -> None:
    for body in ("", "\n\n", "No quotation here, said nobody."):
        article = Article(id="e", source="e.txt", body=body)
        assert find_quotes(article, ArticleText(article)) == ()
