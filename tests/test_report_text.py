"""The terminal report: the story at a glance, shorter than the HTML page, colour only on a terminal."""

from __future__ import annotations

import pytest

from newsfuse.model import Report
from newsfuse.report import render

HEADINGS = (
    "Check first: 2 altered or misattributed",
    "Conflicts",
    "In brief",
    "Quotes by speaker",
    "Top claims",
    "Entities",
    "Who wrote what",
    "Shared passages (2, longest first)",
    "Independent sources: 4",
)


def test_every_section_in_order(seed_report: Report) -> None:
    text = render(seed_report, "text", width=120)
    positions = [text.index(f"\n{h}\n") for h in HEADINGS]
    assert positions == sorted(positions)


def test_glance_names_outlets_files_and_sources(seed_report: Report) -> None:
    text = render(seed_report, "text", width=120)
    assert "5 articles · coverage 5 outlets · 4 independent sources · 2025-02-26 – 2025-02-27" in text
    assert "Ghana News Agency, credit PA Media/dpa/GNA" in text and "001_bad26902f5a597d6.txt" in text
    carried = text.split("carried by: ")[1].split("\n")[0]
    assert sorted(carried.split(", ")) == ["Ghana News Agency", "HuffPost UK", "The Guardian"]


def test_quotes_altered_first_with_the_changed_words(seed_report: Report) -> None:
    text = render(seed_report, "text", width=200)
    first = text.split("\nCheck first")[1].split("\nConflicts")[0]
    lines = [line.strip() for line in first.splitlines()]
    trump = next(line for line in lines if line.startswith("Donald Trump"))
    assert trump.startswith("Donald Trump  altered ") and "beyond a certain point" in trump
    assert "most outlets: I’m not going to make security guarantees beyond very much." in first
    ledger = text.split("Donald Trump (")[1].split("\n  Emmanuel")[0]
    assert "1 under Check first" in ledger and "beyond a certain point" not in ledger


def test_reuse_sections_name_outlets_and_origins(seed_report: Report) -> None:
    text = render(seed_report, "text", width=200)
    assert "26 words, quotation: Ghana News Agency, HuffPost UK" in text
    assert "one source: The Guardian + HuffPost UK" in text
    assert "65% own · 25% quoted · 10% prose" in text


def test_misspellings_and_conflicts_are_flagged(seed_report: Report) -> None:
    text = render(seed_report, "text", width=200)
    assert "misspelt “Valdimir Putin”" in text and "misspelt “Neto”" in text
    assert "Starmer’s flight to Washington: “Thursday, February 27”" in text


def test_shorter_than_the_markdown_report(seed_report: Report) -> None:
    assert len(render(seed_report, "text")) < len(render(seed_report, "markdown")) / 2


@pytest.mark.parametrize(("color", "escapes"), [(True, True), (False, False)])
def test_colour_only_when_asked(seed_report: Report, color: bool, escapes: bool) -> None:
    assert ("\x1b[" in render(seed_report, "text", color=color)) is escapes


def test_empty_sections_say_none_found(seed_report: Report) -> None:
    text = render(Report(articles=seed_report.articles, stories=seed_report.stories), "text")
    for what in ("summary sentences", "quotations", "claims", "conflicts", "entities", "originality figures"):
        assert f"No {what} found." in text
