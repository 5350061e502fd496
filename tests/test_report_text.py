"""The terminal report: the story at a glance, shorter than the HTML page, colour only on a terminal.

The report of the fixture at 100 columns is also checked byte for byte against a golden file
(``NEWSFUSE_UPDATE_GOLDEN=1`` rewrites it; review the diff).
"""

from __future__ import annotations

import pytest

from newsfuse.model import Report
from newsfuse.report import render
from report_fixture import check_golden

HEADINGS = (
    "Check first: 2 altered or misattributed",
    "Conflicts",
    "In brief",
    "Quotes by speaker",
    "Top claims",
    "Entities",
    "Who wrote what",
    "Shared passages (2, longest first)",
    "Independent sources: 3",
)


def test_story_report_matches_golden(story_report: Report) -> None:
    check_golden("kestrel-bridge.txt", render(story_report, "text", width=100))


def test_every_section_in_order(story_report: Report) -> None:
    text = render(story_report, "text", width=120)
    positions = [text.index(f"\n{h}\n") for h in HEADINGS]
    assert positions == sorted(positions)


def test_glance_names_outlets_files_and_sources(story_report: Report) -> None:
    text = render(story_report, "text", width=120)
    assert "4 articles · coverage 4 outlets · 3 independent sources · 2025-03-03 – 2025-03-04" in text
    assert "Lakeside Gazette, credit Northwind Press/LG" in text and "02-lakeside-gazette.txt" in text
    carried = text.split("carried by: ")[1].split("\n")[0]
    assert sorted(carried.split(", ")) == ["Harbour Herald", "Lakeside Gazette", "The Alder Courier"]


def test_quotes_altered_first_with_the_changed_words(story_report: Report) -> None:
    text = render(story_report, "text", width=200)
    first = text.split("\nCheck first")[1].split("\nConflicts")[0]
    lines = [line.strip() for line in first.splitlines()]
    minister = next(line for line in lines if line.startswith("Tobias Wren"))
    assert minister.startswith("Tobias Wren  altered ") and "before the end of the summer" in minister
    assert "most outlets: We will not reopen the bridge before the inspectors are satisfied." in first
    ledger = text.split("Tobias Wren (")[1].split("\n  Colin")[0]
    assert "1 under Check first" in ledger and "end of the summer" not in ledger


def test_reuse_sections_name_outlets_and_origins(story_report: Report) -> None:
    text = render(story_report, "text", width=200)
    assert "20 words, quotation: Lakeside Gazette, Harbour Herald" in text
    assert "25 words, prose: The Alder Courier, Harbour Herald" in text
    assert "one source: The Alder Courier + Harbour Herald" in text
    assert "55% own · 25% quoted · 20% prose" in text


def test_misspellings_and_conflicts_are_flagged(story_report: Report) -> None:
    text = render(story_report, "text", width=200)
    assert "misspelt “Tobais Wren”" in text and "misspelt “Corvan”" in text
    assert "The start of the bridge closure: “Monday, March 10” (03-unnamed-site); “from March 17”" in text


def test_shorter_than_the_markdown_report(story_report: Report) -> None:
    assert len(render(story_report, "text")) < len(render(story_report, "markdown")) / 2


@pytest.mark.parametrize(("color", "escapes"), [(True, True), (False, False)])
def test_colour_only_when_asked(story_report: Report, color: bool, escapes: bool) -> None:
    assert ("\x1b[" in render(story_report, "text", color=color)) is escapes


def test_empty_sections_say_none_found(story_report: Report) -> None:
    text = render(Report(articles=story_report.articles, stories=story_report.stories), "text")
    for what in ("summary sentences", "quotations", "claims", "conflicts", "entities", "originality figures"):
        assert f"No {what} found." in text
