"""The terminal report fits the terminal, says what it cut, and puts what an editor must check first.

Acceptance (#22): ``COLUMNS=80 newsfuse analyze examples/starmer-trump-2025``
prints no line wider than 80 columns, shows the "Neto" misspelling, and says
what it cut.
"""

from __future__ import annotations

import re
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from newsfuse.cli import cli
from newsfuse.model import Entity, EntityMention, Report
from newsfuse.report import render
from newsfuse.report.text import ALL_OF_IT, MIN_WIDTH, terminal_width


def _widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


@pytest.fixture(scope="module")
def example_at_80(example_dir: Path) -> str:
    result = CliRunner().invoke(cli, ["analyze", str(example_dir)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_example_at_80_columns_fits(example_at_80: str) -> None:
    assert _widest(example_at_80) <= 80


def test_example_at_80_columns_shows_the_neto_misspelling(example_at_80: str) -> None:
    assert "misspelt “Neto”" in example_at_80


def test_example_at_80_columns_says_what_it_cut(example_at_80: str) -> None:
    cuts = re.findall(r"… and (\d+) more ([a-z ]+): " + re.escape(ALL_OF_IT), example_at_80)
    assert ("entities" in {what for _, what in cuts}) and all(int(n) > 0 for n, _ in cuts)


@pytest.mark.parametrize("width", [80, 100, 132])
def test_no_line_wider_than_the_terminal(story_report: Report, width: int) -> None:
    assert _widest(render(story_report, "text", width=width)) <= width


def test_never_narrower_than_80(story_report: Report) -> None:
    assert _widest(render(story_report, "text", width=40)) <= MIN_WIDTH
    assert render(story_report, "text", width=40) == render(story_report, "text", width=MIN_WIDTH)


@pytest.mark.parametrize(("columns", "expected"), [("80", 80), ("120", 120), ("60", 80)])
def test_width_follows_columns(monkeypatch: pytest.MonkeyPatch, columns: str, expected: int) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert terminal_width() == expected


def test_wider_terminal_wraps_later(story_report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    narrow = render(story_report, "text")
    monkeypatch.setenv("COLUMNS", "160")
    wide = render(story_report, "text")
    assert _widest(narrow) <= 80 < _widest(wide) <= 160


def _many_entities(report: Report, extra: int) -> Report:
    article = report.articles[0]
    story = report.stories[0].id
    invented = tuple(
        Entity(
            id=f"invented-{n}",
            story=story,
            name=f"Invented Person {n}",
            type="PERSON",
            articles=(article.id,),
            mentions=(EntityMention(article=article.id, span=report.entities[0].mentions[0].span, text="x"),),
        )
        for n in range(extra)
    )
    return msgspec.structs.replace(report, entities=invented + report.entities)


def test_cut_entities_are_counted_and_misspelt_ones_kept(story_report: Report) -> None:
    report = _many_entities(story_report, 12)
    text = render(report, "text", width=100)
    section = text.split("\nEntities\n")[1].split("\nTimeline\n")[0]
    shown = [line for line in section.splitlines() if line.startswith("  ") and not line.startswith("   ")]
    total = len(report.entities)
    hidden = int(re.search(r"… and (\d+) more entities: --format markdown for all", section).group(1))  # type: ignore[union-attr]
    assert len(shown) - 1 + hidden == total
    assert "misspelt “Corvan”" in section and "misspelt “Tobais Wren”" in section


def test_altered_and_misattributed_come_before_conflicts_and_the_rest(story_report: Report) -> None:
    text = render(story_report, "text", width=100)
    order = [text.index(h) for h in ("\nCheck first", "\nConflicts\n", "\nIn brief\n", "\nQuotes by speaker\n")]
    assert order == sorted(order)
    first = text.split("\nCheck first")[1].split("\nConflicts\n")[0]
    assert " altered " in first and "corroborated" not in first


def test_claim_count_matches_the_outlets_listed(story_report: Report) -> None:
    text = render(story_report, "text", width=200)
    claims = text.split("\nTop claims\n")[1].split("\nEntities\n")[0]
    pattern = re.compile(r"  (\d+) outlets?(?: \(\d+ independent\))?: .* \[(.*)\]$")
    matches = [pattern.match(line) for line in claims.splitlines()]
    counted = [m for m in matches if m]
    assert counted, "no claim line with an outlet count was found"
    for match in counted:
        assert int(match.group(1)) == len(match.group(2).split(", "))


def test_legend_explains_counts_and_diff_marks(story_report: Report) -> None:
    text = render(story_report, "text", width=100)
    for heading in ("What the verdicts mean", "What the counts mean", "How diffs are marked"):
        assert f"\n{heading}\n" in text
    assert "independent sources:" in text and "struck out, red:" in text


def test_example_diffs_show_the_words_as_printed(example_at_80: str) -> None:
    first = " ".join(example_at_80.split("\nCheck first")[1].split("\nConflicts\n")[0].split())
    assert "I’m not going to make security guarantees beyond very much." in first
    assert "i am not going" not in first


def test_every_variant_or_altered_shows_a_diff_or_says_why_not(example_dir: Path) -> None:
    from newsfuse.options import Options
    from newsfuse.pipeline import analyze
    from newsfuse.report.view import build_view

    view = build_view(analyze([str(example_dir)], Options()))
    entries = [e for s in view.stories for sp in s.speakers for e in sp.entries if e.verdict in ("variant", "altered")]
    assert entries
    for e in entries:
        assert e.has_diff or e.diff_note, e.quote.text
