"""The Markdown report, checked against a golden file.

The golden file is the Markdown of the report fixture (invented articles,
hand-made findings, see tests/report_fixture.py): every section with content.
When the report layout changes on purpose, regenerate it and review the diff:

    NEWSFUSE_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_report_markdown.py
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfuse.model import Report
from newsfuse.pipeline import analyze
from newsfuse.report import render
from newsfuse.report.markdown import escape
from report_fixture import check_golden

SECTIONS = (
    "### At a glance",
    "### Summary",
    "### Quotes by speaker",
    "### Claims by independent outlets",
    "### Conflicts",
    "### People, organisations and places",
    "### Originality",
    "### Timeline",
    "### Articles",
)


def test_story_report_matches_golden(story_report: Report) -> None:
    check_golden("kestrel-bridge.md", render(story_report, "markdown"))


def test_story_report_has_every_section_once(story_report: Report) -> None:
    text = render(story_report, "markdown")
    for heading in SECTIONS:
        assert text.count(heading + "\n") == 1, heading
    assert "_No " not in text.split("### Articles")[0], "a filled section says none found"


def test_altered_quotes_come_first_with_their_diff(story_report: Report) -> None:
    text = render(story_report, "markdown")
    minister = text.split("#### Tobias Wren")[1].split("####")[0]
    items = [line for line in minister.splitlines() if line.startswith("- **")]
    assert items[0].startswith("- **ALTERED**")
    assert "~~inspectors are satisfied.~~" in minister and "**end of the summer.**" in minister


def test_real_pipeline_seed_report_renders_every_section(example_dir: Path) -> None:
    report = analyze([example_dir])
    text = render(report, "markdown")
    for heading in SECTIONS:
        assert heading + "\n" in text
    articles = text.split("### Articles")[1]
    assert articles.count("\n#### ") == len(report.articles) == 5


def test_empty_sections_say_none_found(story_report: Report) -> None:
    bare = Report(articles=story_report.articles, stories=story_report.stories)
    text = render(bare, "markdown")
    for what in ("summary sentences", "quotations", "claims", "conflicts", "entities", "dated events"):
        assert f"_No {what} found._" in text


def test_several_stories_get_an_index(story_report: Report) -> None:
    first, second = story_report.stories[0].articles[:2], story_report.stories[0].articles[2:]
    stories = (
        story_report.stories[0].__class__(id="a", label="First story", articles=first),
        story_report.stories[0].__class__(id="b", label="Second story", articles=second),
    )
    text = render(Report(articles=story_report.articles, stories=stories), "markdown")
    assert "## Stories\n\n1. First story — 2 articles" in text
    assert "## 1. First story" in text and "## 2. Second story" in text


@pytest.mark.parametrize(
    ("raw", "rendered"),
    [
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("[click](javascript:alert(1))", r"\[click\](javascript:alert(1))"),
        ("*not bold* and `code`", r"\*not bold\* and \`code\`"),
        ("# not a heading", r"\# not a heading"),
        ("- not a list", r"\- not a list"),
        ("1. not a list", r"1\. not a list"),
        ("a | b", r"a \| b"),
        ("_emphasis_ but snake_case", r"\_emphasis\_ but snake_case"),
    ],
)
def test_escape_makes_text_literal(raw: str, rendered: str) -> None:
    assert escape(raw) == rendered


def test_no_unescaped_markup_from_article_text(story_report: Report) -> None:
    text = render(story_report, "markdown")
    assert not re.search(r"(?<!\\)<(?!-)", text)
