"""Each human format lists the longest shared passages of a story, as many as its value of PASSAGES_SHOWN.

One setting with a value per format (``report/view.py``): the browsable HTML
page lists the most, the terminal the fewest; every format says how many it
left out, and the terminal names a format that lists them all.
"""

from __future__ import annotations

import re

import msgspec
import pytest

from newsfuse.model import Report, Reuse, SharedPassage, Span
from newsfuse.report import render
from newsfuse.report.view import PASSAGES_SHOWN

PASSAGES = 25
FIRST_LENGTH = 901
"""Passage lengths are 901 words and up, a figure no other line of the report prints."""


def _with_many_passages(report: Report) -> Report:
    """The report with one pair of articles sharing PASSAGES passages (distinct words) of distinct lengths."""
    first, second = report.articles[0], report.articles[1]
    distinct = {m.group(): m for m in reversed(list(re.finditer(r"[A-Za-z]{5,}", first.body)))}
    words = sorted(distinct.values(), key=lambda m: m.start())[:PASSAGES]
    assert len(words) == PASSAGES
    passages = tuple(
        SharedPassage(text=m.group(), spans=((first.id, Span(m.start(), m.end())),), words=FIRST_LENGTH + i)
        for i, m in enumerate(words)
    )
    reuse = Reuse(story=report.stories[0].id, articles=(first.id, second.id), overlap=0.5, passages=passages)
    return msgspec.structs.replace(report, reuse=(reuse,))


def _listed(output: str) -> list[int]:
    """The lengths of the passages the output lists, shortest first."""
    return [n for n in range(FIRST_LENGTH, FIRST_LENGTH + PASSAGES) if f"{n} words" in output]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_format_lists_the_longest_passages_up_to_its_value(story_report: Report, fmt: str) -> None:
    shown = getattr(PASSAGES_SHOWN, fmt)
    output = render(_with_many_passages(story_report), fmt)
    longest = FIRST_LENGTH + PASSAGES - 1
    assert _listed(output) == list(range(longest - shown + 1, longest + 1))


def test_a_browsable_page_lists_more_than_markdown_and_markdown_more_than_a_terminal() -> None:
    assert PASSAGES_SHOWN.html > PASSAGES_SHOWN.markdown > PASSAGES_SHOWN.text > 0


def test_every_format_says_how_many_passages_it_left_out(story_report: Report) -> None:
    report = _with_many_passages(story_report)
    hidden_html, hidden_text = PASSAGES - PASSAGES_SHOWN.html, PASSAGES - PASSAGES_SHOWN.text
    assert f"{hidden_html} shorter passages are marked in the articles." in render(report, "html")
    assert f"… and {hidden_text} more shared passages" in render(report, "text")
    assert f"… and {PASSAGES - PASSAGES_SHOWN.markdown} shorter passages" in render(report, "markdown")


def test_the_terminal_sends_readers_to_a_format_that_lists_every_passage(story_report: Report) -> None:
    report = _with_many_passages(story_report)
    pointer = re.search(r"more shared passages: --format (\w+) for all", render(report, "text"))
    assert pointer is not None
    whole = msgspec.json.decode(render(report, pointer.group(1)), type=Report)
    every = sorted(p.words for r in whole.reuse for p in r.passages)
    assert every == list(range(FIRST_LENGTH, FIRST_LENGTH + PASSAGES))


def test_a_story_with_few_passages_says_nothing_was_left_out(story_report: Report) -> None:
    assert "shorter passages" not in render(story_report, "markdown")
