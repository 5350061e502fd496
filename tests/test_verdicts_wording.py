"""Normalised words, sentence units and word diffs behind the verdicts (issue #9)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfuse.compare.utterances import align_utterances
from newsfuse.compare.word_diff import changed_words, word_diff
from newsfuse.compare.wording import normal_words, word_texts, word_units, words_key
from newsfuse.model import Article, ArticleAnalysis, Quote, Span, Speaker


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "We’re treating the County as the long-term owner.",
            "we're treating the County as the long term owner",
        ),
        ("since… we’re", "since ... we're"),
        ("“Past this winter”", '"past this winter",'),
        ("There’s no argument among us on that?", "There's no argument among us on that."),
    ],
)
def test_printing_differences_vanish(a: str, b: str) -> None:
    assert words_key(normal_words(a)) == words_key(normal_words(b))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("I’m not going to promise flood money past this winter. We’re going to have the county do that.", 2),
        ("The point is, when do we get the road open again? There’s no argument among us on that.", 2),
        ("We’re going to have the county fund that since… we’re treating the County", 1),
        ("The levy will rise to 1.5% of turnover by 2031. That is a decision.", 2),
        ("For the repair to hold, we need steady funding,", 1),
    ],
)
def test_sentence_units(text: str, sentences: int) -> None:
    assert len(word_units(text)) == sentences


@given(st.text())
def test_word_spans_point_at_the_word(text: str) -> None:
    folded = text.translate(str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"}))
    for word in normal_words(text, offset=7):
        assert word.text == unicodedata.normalize("NFKC", folded[word.start - 7 : word.end - 7]).lower()


@given(st.text())
def test_sentence_units_keep_every_word_in_order(text: str) -> None:
    assert [w for unit in word_units(text) for w in unit] == list(normal_words(text))


@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), max_size=12),
    st.lists(st.sampled_from(["a", "b", "c", "x", "y"])),
)
def test_a_diff_reads_from_one_wording_to_the_other(a: list[str], b: list[str]) -> None:
    diff = word_diff(a, b)
    assert " ".join(op.a for op in diff if op.a).split() == a
    assert " ".join(op.b for op in diff if op.b).split() == b
    dropped, added = changed_words(diff)
    assert (not dropped and not added) == (a == b)


@settings(deadline=None)  # the first example loads the word-frequency table: no timing here
@given(st.lists(st.tuples(st.integers(0, 3), st.text(min_size=1, max_size=80), st.booleans()), max_size=12))
def test_any_quotations_get_a_verdict(rows: list[tuple[int, str, bool]]) -> None:
    analyses = []
    for n in range(4):
        texts = [(text, partial) for article, text, partial in rows if article == n]
        body = "\n".join(text for text, _ in texts)
        quotes, start = [], 0
        for i, (text, partial) in enumerate(texts):
            quotes.append(
                Quote(
                    id=f"{n}-{i}",
                    article=str(n),
                    text=text,
                    spans=(Span(start, start + len(text)),),
                    kind="partial" if partial else "full",
                    speaker=Speaker(name="Ana Vell") if i % 2 else None,
                )
            )
            start += len(text) + 1
        analyses.append(ArticleAnalysis(article=Article(id=str(n), source=f"{n}.txt", body=body), quotes=tuple(quotes)))
    quotes_out, utterances = align_utterances("s", analyses)
    assert len(quotes_out) == len(rows)
    assert all(q.verdict in {"corroborated", "variant", "altered", "single-source"} for q in quotes_out)
    known = {u.id for u in utterances}
    assert all(q.utterance is None or q.utterance in known for q in quotes_out)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
@example(text="İzmir and Kİrk")  # the one letter whose lower case is longer than itself
def test_the_fast_path_reads_the_same_words(text: str) -> None:
    from hypothesis import assume

    assume(unicodedata.normalize("NFKC", text) == text)
    assert word_texts(text) == [w.text for w in normal_words(text)]
