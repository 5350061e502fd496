"""Reports written in pieces are the same bytes as the whole documents, and the fast paths change nothing.

The JSON report is written a few rows at a time, the text and Markdown reports story by
story, the HTML page in pieces as its template reaches each story (issue #21:
a writer must not hold the whole document, nor every story's view); the text report
writes plain lines without rich's per-line rendering where nothing is styled,
and skips the terminal-safety copy of a report that has nothing to replace.
"""

from __future__ import annotations

import io
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from newsfuse.model import Article, Report, Story
from newsfuse.report import html as html_report
from newsfuse.report import render, render_pieces
from newsfuse.report.json import ROWS_AT_ONCE
from newsfuse.report.terminal import _walk, terminal_safe_report
from newsfuse.report.text import _item
from newsfuse.report.view import build_view, iter_story_views, stream_view
from report_fixture import hostile_report


def whole_json(report: Report) -> str:
    return msgspec.json.format(msgspec.json.encode(report), indent=1).decode("utf-8") + "\n"


def two_stories() -> Report:
    first = Article(id="a1", source="one.txt", body="Ministers met on Monday.\n\nThey agreed a plan.", outlet="One")
    second = Article(id="a2", source="two.txt", body="A storm closed the port.\tTwo ships waited.", outlet="Two")
    return Report(
        articles=(first, second),
        stories=(Story(id="s1", label="Meeting", articles=("a1",)), Story(id="s2", label="Storm", articles=("a2",))),
    )


@pytest.mark.parametrize("build", [two_stories, hostile_report, Report])
def test_json_in_pieces_is_the_whole_document(build) -> None:  # type: ignore[no-untyped-def]
    report = build()
    pieces = list(render_pieces(report, "json"))
    assert "".join(pieces) == whole_json(report) == render(report, "json")
    if report.articles:
        assert len(pieces) > 3  # pieces of rows, not one document


def test_json_in_pieces_of_the_story_report(story_report: Report) -> None:
    assert "".join(render_pieces(story_report, "json")) == whole_json(story_report)


@pytest.mark.parametrize("extra", [-1, 0, 1, ROWS_AT_ONCE + 1])
def test_json_tables_longer_than_one_piece_read_as_the_whole_document(extra: int) -> None:
    count = ROWS_AT_ONCE + extra
    articles = tuple(Article(id=f"a{n}", source=f"{n}.txt", body=f"Line {n}.\n\nNext “line”.") for n in range(count))
    report = Report(articles=articles, stories=(Story(id="s1", label="One", articles=("a0",)),))
    pieces = list(render_pieces(report, "json"))
    assert "".join(pieces) == whole_json(report)
    assert len(pieces) >= 3 + -(-count // ROWS_AT_ONCE)  # a piece per chunk of rows: never the whole table at once


@pytest.mark.parametrize("color", [False, True])
def test_text_in_pieces_is_one_piece_per_story_and_the_legend(color: bool) -> None:
    report = two_stories()
    pieces = list(render_pieces(report, "text", color=color, width=90))
    assert len(pieces) == 3
    assert "".join(pieces) == render(report, "text", color=color, width=90)
    assert "1. Meeting" in pieces[0] and "2. Storm" in pieces[1]


def test_story_views_one_at_a_time_do_not_depend_on_the_order_they_are_read(story_report: Report) -> None:
    """A streamed view carries no state from one story to the next: read last to first, each view is the same."""
    other = two_stories()
    report = msgspec.structs.replace(
        story_report,
        articles=(*story_report.articles, *other.articles),
        stories=(*story_report.stories, *other.stories),
    )
    in_order = list(iter_story_views(report))
    streamed = stream_view(report).stories
    assert len(in_order) > 1
    assert [streamed[n] for n in reversed(range(len(in_order)))] == in_order[::-1]


@pytest.mark.parametrize("build", [two_stories, hostile_report, Report])
def test_a_streamed_view_is_the_built_view(build) -> None:  # type: ignore[no-untyped-def]
    report = build()
    built, streamed = build_view(report), stream_view(report)
    assert streamed.index == built.index and streamed.problems == built.problems
    assert len(streamed.stories) == len(built.stories)
    assert [streamed.stories[n] for n in reversed(range(len(built.stories)))] == list(built.stories)[::-1]
    assert [streamed.stories[n] for n in range(-len(built.stories), 0)] == list(built.stories)
    assert streamed.any_quotations == any(s.speakers for s in built.stories)


def test_the_index_says_what_each_story_view_says(story_report: Report) -> None:
    story = story_report.stories[0]
    other = msgspec.structs.replace(story, id="other", label="Other", articles=story.articles[:1])
    view = build_view(msgspec.structs.replace(story_report, stories=(story, other)))
    for entry, full in zip(view.index, view.stories, strict=True):
        assert (entry.number, entry.anchor, entry.story, entry.quote_count) == (
            full.number,
            full.anchor,
            full.story,
            full.quote_count,
        )
        assert (entry.start, entry.end, entry.independent_sources) == (full.start, full.end, full.independent_sources)
        assert entry.articles == tuple(a.article.id for a in full.articles)
    assert view.index[0].quote_count > 0 and view.any_quotations


@pytest.mark.parametrize("build", [two_stories, hostile_report, Report])
def test_markdown_in_pieces_is_one_piece_per_story_and_the_legend(build) -> None:  # type: ignore[no-untyped-def]
    report = build()
    pieces = list(render_pieces(report, "markdown"))
    assert "".join(pieces) == render(report, "markdown")
    view = build_view(report)
    assert len(pieces) == 1 + len(view.stories) + view.any_quotations + bool(view.stories)  # heading, stories, legends
    if build is two_stories:
        assert "## 1. Meeting" in pieces[1] and "## 2. Storm" in pieces[2]


@pytest.mark.parametrize("build", [two_stories, hostile_report, Report])
def test_html_in_pieces_is_the_whole_page(build, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    report = build()
    whole = render(report, "html")
    assert "".join(render_pieces(report, "html")) == whole
    monkeypatch.setattr(html_report, "PIECE_CHARS", 100)
    pieces = list(render_pieces(report, "html"))
    assert "".join(pieces) == whole and len(pieces) > 5


def test_each_story_sees_only_its_own_findings(story_report: Report) -> None:
    """Findings grouped by story once: a second story's rows never leak into the first's view."""
    story = story_report.stories[0]
    other = msgspec.structs.replace(story, id="other", label="Other", articles=story.articles[:1])
    report = msgspec.structs.replace(story_report, stories=(story, other))
    first, second = build_view(report).stories
    assert first.claims and first.quote_count
    assert not second.claims and not second.entities and not second.reuse
    assert first.claims == build_view(story_report).stories[0].claims


texts = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], max_codepoint=0x30FF) | st.sampled_from("\t\n 漢字😀\u202e"),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(min_value=0, max_value=8), st.integers(min_value=20, max_value=100))
def test_plain_lines_are_what_rich_prints(text: str, indent: int, width: int) -> None:
    def printed(record: bool) -> str:
        buffer = io.StringIO()
        console = Console(file=buffer, width=width, force_terminal=False, no_color=True, record=record)
        _item(console, Text(terminal_safe_report(Article(id="x", source="x", body=text)).body, style="dim"), indent)
        return buffer.getvalue()

    assert printed(record=False) == printed(record=True)  # a recording console takes rich's own path


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_the_safety_fast_path_replaces_what_the_walk_replaces(text: str) -> None:
    article = Article(id="x", source=text, body=text, title=text)
    walked = msgspec.convert(_walk(msgspec.to_builtins(article)), Article)
    assert terminal_safe_report(article) == walked


def test_a_report_with_nothing_to_replace_is_not_copied(tmp_path: Path) -> None:
    report = two_stories()
    assert terminal_safe_report(report) is report
    unsafe = msgspec.structs.replace(report, articles=(msgspec.structs.replace(report.articles[0], title="a\x1b[2Jb"),))
    assert terminal_safe_report(unsafe).articles[0].title == "a\u241b[2Jb"


def test_only_the_rows_that_need_it_are_made_terminal_safe() -> None:
    report = two_stories()
    unsafe = msgspec.structs.replace(report.articles[1], title="a\x1b[2Jb", body="Storm\r closed the port.")
    mixed = msgspec.structs.replace(report, articles=(report.articles[0], unsafe), version="v\x07")
    walked = msgspec.convert(_walk(msgspec.to_builtins(mixed)), Report)
    safe = terminal_safe_report(mixed)
    assert safe == walked
    assert safe.articles[0] is mixed.articles[0]  # a row with nothing to replace is not copied
    assert safe.articles[1].title == "a\u241b[2Jb" and safe.version == "v\u2407"
    assert safe.stories is mixed.stories
