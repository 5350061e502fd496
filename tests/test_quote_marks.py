"""Quotation marks written as two apostrophes (``''…''``): one double mark, opening and closing.

Some outlets keep the typewriter habit of writing a double quotation mark as
two apostrophes. The sentences are invented for these tests.
"""

from __future__ import annotations

from newsfuse.article.quote_marks import find_quoted_passages
from newsfuse.article.quotes import find_quotes
from newsfuse.article.text import ArticleText
from newsfuse.model import Article


def inner_texts(body: str) -> list[list[str]]:
    return [[body[s.start : s.end] for s in p.segments] for p in find_quoted_passages(body)]


def test_two_apostrophes_open_and_close_one_double_quotation() -> None:
    body = "The mayor spoke briefly. ''We will rebuild the pier by spring,'' said Dana Ortiz."
    (passage,) = find_quoted_passages(body)
    assert [body[s.start : s.end] for s in passage.segments] == ["We will rebuild the pier by spring,"]
    assert [body[s.start : s.end] for s in passage.outer] == ["''We will rebuild the pier by spring,''"]
    assert not passage.single and passage.closed


def test_single_quotes_nested_inside_two_apostrophes_stay_in_the_quotation() -> None:
    body = "''Nobody here says 'wait' any more,'' the farmer said. ''We can't.''"
    assert inner_texts(body) == [["Nobody here says 'wait' any more,"], ["We can't."]]


def test_a_nested_quotation_closed_with_its_outer_one_keeps_its_own_mark() -> None:
    body = "He said ''I will not call it 'a failure''' and sat down."
    assert inner_texts(body) == [["I will not call it 'a failure'"]]


def test_two_apostrophes_run_over_paragraphs_like_any_double_mark() -> None:
    body = "''The first part of the answer.\n\n''And the second part,'' she said."
    assert inner_texts(body) == [["The first part of the answer.", "And the second part,"]]


def test_two_apostrophes_read_like_a_straight_double_mark() -> None:
    bodies = [
        "A title like ''Harbor Lights came back. Then 'another' show.",
        "''Yes,'' she said, ''and 'no' too.''\n\nThen ''more'' of it.",
    ]
    for body in bodies:
        assert inner_texts(body) == inner_texts(body.replace("''", '"'))


def test_the_speaker_of_a_two_apostrophe_quotation_is_found() -> None:
    body = "The council met on Tuesday.\n\n''The budget is balanced for the first time,'' said Rosa Delgado."
    article = Article(id="a1", source="a1.txt", body=body)
    (quote,) = find_quotes(article, ArticleText(article))
    assert quote.text == "The budget is balanced for the first time,"
    assert quote.speaker is not None and quote.speaker.name == "Rosa Delgado"
