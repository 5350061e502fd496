"""The text report without rich's segments: its table of articles and its wrapped lines are rich's, byte for byte (#21).

On a plain console (no colours) the report joins rich's wrapped cell lines
into bordered rows itself; whatever the cells hold (long words, wide
characters, tabs, several lines, empty cells) and however wide the terminal,
the lines must be those ``console.print(table)`` writes.
"""

from __future__ import annotations

import ast
import io
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

import newsfuse
from newsfuse.report.text import _NARROW_LINES, _articles_table, _plain_table, _print_table, _rule, _wrapped

SRC = Path(newsfuse.__file__).resolve().parent

WORDS = [
    "flood",
    "barrier",
    "the",
    "council-approved",
    "Überschwemmungsschutz",
    "東京都庁",
    "🙂",
    "—",
    "[bold]not markup[/bold]",
    "x" * 47,
    "mayor’s",
    "“quoted”",
    "…",
    "café\u00a0bar",
    "  ",
    "ready.\u2003Set",
    "e\u0301",
    "\t",
    "42",
    "https://example.org/news/2025/06/01/a-long-address-without-spaces-to-break",
]


def phrase(rng: random.Random, most: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, most)))


def invented_table(rng: random.Random, rows: int) -> tuple[list[str], list[tuple[Text, Text, Text, Text]]]:
    files = [rng.choice(["a.txt", "outlet-report-2025-06-01-final-version.html", "東京.txt", ""]) for _ in range(rows)]
    cells = []
    for file in files:
        where = Text.assemble(phrase(rng, 3) or "unknown outlet", "\n", (file, "dim"))
        headline = Text(phrase(rng, 18))
        if rng.random() < 0.3:
            headline.append("\nreprint of " + phrase(rng, 2), style="dim")
        date = Text(rng.choice(["2025-06-01", "", "2025-06-01T09:30:00+02:00"]))
        cells.append((where, date, headline, Text(str(rng.randint(0, 5000)))))
    return files, cells


def printed_by_rich(width: int, files: list[str], cells: list[tuple[Text, Text, Text, Text]]) -> str:
    console = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
    table = _articles_table(files)
    for row in cells:
        table.add_row(*row)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]


def printed_here(width: int, files: list[str], cells: list[tuple[Text, Text, Text, Text]]) -> str:
    console = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
    table = _articles_table(files)
    for row in cells:
        table.add_row(*row)
    assert _plain_table(console, table) is not None  # the table was laid out here, not by rich
    _print_table(console, table)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [80, 100, 120, 157, 240])
def test_plain_tables_are_richs_tables(width: int) -> None:
    rng = random.Random(width)
    for _ in range(40):
        files, cells = invented_table(rng, rng.randint(0, 6))
        assert printed_here(width, files, cells) == printed_by_rich(width, files, cells)


def test_a_coloured_console_is_left_to_rich() -> None:
    console = Console(file=io.StringIO(), width=100, force_terminal=True, highlight=False)
    files, cells = invented_table(random.Random(1), 3)
    table = _articles_table(files)
    for row in cells:
        table.add_row(*row)
    assert _plain_table(console, table) is None


@pytest.mark.parametrize("width", [20, 38, 78, 98, 150])
def test_plain_wrapping_is_richs_wrapping(width: int) -> None:
    rng = random.Random(width)
    console = Console(file=io.StringIO(), width=200, no_color=True, highlight=False)
    laid_out_here = 0
    for _ in range(200):
        text = Text(" ".join(phrase(rng, 30) for _ in range(rng.randint(1, 3))).replace("\t", "\n"))
        if rng.random() < 0.2:
            text.append("  trailing   ")
        found = _wrapped(text, width)
        if found is None:  # a character that is not one cell wide: left to rich
            assert not _NARROW_LINES.issuperset(text.plain)
            continue
        laid_out_here += 1
        assert found == richs_lines(console, text, width)
    assert laid_out_here >= 5  # the narrow ones (the rest hold a wide or joining character)


def richs_lines(console: Console, text: Text, width: int) -> list[str]:
    lines = []
    for line in text.wrap(console, width):
        line.rstrip()
        lines.append(line.plain)
    return lines


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab —“”-\u00a0.", max_size=120), st.integers(min_value=1, max_value=30))
def test_narrow_lines_break_where_rich_breaks_them(plain: str, width: int) -> None:
    console = Console(file=io.StringIO(), width=200, no_color=True, highlight=False)
    text = Text(plain)
    assert _wrapped(text, width) == richs_lines(console, text, width)


def test_the_report_imports_no_private_name_of_rich() -> None:
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            private = [n for n in names if n.startswith("rich.") and any(p.startswith("_") for p in n.split("."))]
            assert not private, f"{path.relative_to(SRC)} imports {private}: a private name of rich, free to move"


def test_tabs_are_left_to_rich() -> None:
    assert _wrapped(Text("a\tb"), 40) is None


@pytest.mark.parametrize("width", [80, 100, 133])
def test_plain_rules_are_richs_rules(width: int) -> None:
    rng = random.Random(width)
    titles = ["", "1. A", "x" * (width - 4), "x" * (width - 3), "12. 東京 flood", "3. “Flood” — barrier"]
    titles += [f"{rng.randint(1, 999)}. {phrase(rng, 25)}" for _ in range(150)]
    for title in titles:
        ours = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
        theirs = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
        _rule(ours, Text(title, style="bold"))
        theirs.rule(Text(title, style="bold"))
        assert ours.file.getvalue() == theirs.file.getvalue(), title  # type: ignore[attr-defined]
