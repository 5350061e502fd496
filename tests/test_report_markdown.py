"""The Markdown report of the seeds, checked against a golden file.

The golden file is the Markdown of the seed report fixture (real seed
articles, hand-made findings): every section with content. When the report
layout changes on purpose, regenerate it and review the diff:

    NEWSFUSE_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_report_markdown.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from newsfuse.model import Report
from newsfuse.pipeline import analyze
from newsfuse.report import render
from newsfuse.report.markdown import escape

GOLDEN = Path(__file__).parent / "golden"
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


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("NEWSFUSE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with NEWSFUSE_UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs (NEWSFUSE_UPDATE_GOLDEN=1 to accept)"


def test_seed_report_matches_golden(seed_report: Report) -> None:
    check_golden("starmer-seeds.md", render(seed_report, "markdown"))


def test_seed_report_has_every_section_once(seed_report: Report) -> None:
    text = render(seed_report, "markdown")
    for heading in SECTIONS:
        assert text.count(heading + "\n") == 1, heading
    assert "No " not in text.split("### Articles")[0].replace("No.10", ""), "a filled section says none found"


def test_altered_quotes_come_first_with_their_diff(seed_report: Report) -> None:
    text = render(seed_report, "markdown")
    trump = text.split("#### Donald Trump")[1].split("####")[0]
    items = [line for line in trump.splitlines() if line.startswith("- **")]
    assert items[0].startswith("- **ALTERED**")
    assert "~~very much.~~" in trump and "**a certain point.**" in trump


def test_real_pipeline_seed_report_renders_every_section(example_dir: Path) -> None:
    report = analyze([example_dir])
    text = render(report, "markdown")
    for heading in SECTIONS:
        assert heading + "\n" in text
    articles = text.split("### Articles")[1]
    assert articles.count("\n#### ") == len(report.articles) == 5


def test_empty_sections_say_none_found(seed_report: Report) -> None:
    bare = Report(articles=seed_report.articles, stories=seed_report.stories)
    text = render(bare, "markdown")
    for what in ("summary sentences", "quotations", "claims", "conflicts", "entities", "dated events"):
        assert f"_No {what} found._" in text


def test_several_stories_get_an_index(seed_report: Report) -> None:
    first, second = seed_report.stories[0].articles[:2], seed_report.stories[0].articles[2:]
    stories = (
        seed_report.stories[0].__class__(id="a", label="First story", articles=first),
        seed_report.stories[0].__class__(id="b", label="Second story", articles=second),
    )
    text = render(Report(articles=seed_report.articles, stories=stories), "markdown")
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


def test_no_unescaped_markup_from_article_text(seed_report: Report) -> None:
    text = render(seed_report, "markdown")
    assert not re.search(r"(?<!\\)<(?!-)", text)
