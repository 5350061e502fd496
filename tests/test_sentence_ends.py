"""One sentence-end pattern (newsfuse.article.sentences.SENTENCE_END), shared by the sentence splitter,
the quotation clauses (MASKED_SENTENCE_END) and the wording comparison, and linear in the text."""

from __future__ import annotations

import pytest

from newsfuse.article import sentences as sentence_module
from newsfuse.article.sentences import MASKED_SENTENCE_END, SENTENCE_END, split_sentences
from newsfuse.compare import wording
from newsfuse.model import Article


def _split(body: str) -> list[str]:
    return [body[s.start : s.end] for s in split_sentences(Article(id="x", source="x", body=body))]


def test_a_sentence_ends_at_a_terminator_before_space_and_a_capital() -> None:
    assert _split("The pier fell. Nobody was hurt! Was it the storm? “Yes,” he said.") == [
        "The pier fell.",
        "Nobody was hurt!",
        "Was it the storm?",
        "“Yes,” he said.",
    ]


def test_closing_marks_stay_with_the_sentence_they_close() -> None:
    assert _split("He said “it is over.” Then he left.") == ["He said “it is over.”", "Then he left."]


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    assert _split("Sen. Ada Quill spoke on Sept. 4 in the U.S. Senate. It rained.") == [
        "Sen. Ada Quill spoke on Sept. 4 in the U.S. Senate.",
        "It rained.",
    ]


@pytest.mark.parametrize("title", ["Cllr.", "Atty.", "Cpl.", "Del.", "Det.", "Supt.", "Rep."])
def test_both_splitters_read_a_title_abbreviation_alike(title: str) -> None:
    body = f"The motion was tabled by {title} Ana Vell on Monday. It passed."
    expected = [f"The motion was tabled by {title} Ana Vell on Monday.", "It passed."]
    assert _split(body) == expected
    clauses = sentence_module.reporter_sentences(body, body, [(0, len(body))], [])
    assert [body[c.start : c.end].strip() for c in clauses] == expected


@pytest.mark.parametrize("mark", [".", "!", "…", "?!"])
def test_a_run_of_terminators_is_one_match_that_starts_at_its_first_mark(mark: str) -> None:
    text = "Wait" + mark * 5000 + " Then it stopped."
    matches = list(SENTENCE_END.finditer(text))
    assert [(m.start(), m.end()) for m in matches][:1] == [(4, 4 + len(mark) * 5000)]
    assert _split(text) == ["Wait" + mark * 5000, "Then it stopped."]


def test_a_long_run_with_no_sentence_after_it_is_no_end() -> None:
    text = "Wait" + "." * 20000 + "x"
    assert list(SENTENCE_END.finditer(text)) == []
    assert _split(text) == [text]


def test_a_masked_quotation_may_start_the_next_sentence_only_in_masked_text() -> None:
    assert [m.end() for m in MASKED_SENTENCE_END.finditer("It fell. ###### he said.")] == [8]
    assert list(SENTENCE_END.finditer("It fell. #hashtag")) == []


def test_every_stage_uses_the_one_pattern() -> None:
    assert sentence_module._BOUNDARY is SENTENCE_END
    assert wording._SENTENCE_END is SENTENCE_END
