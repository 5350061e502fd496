"""The terminal report: each story at a glance, with rich tables and colour.

Shorter than the HTML page, and ordered by what an editor must look at
first: the outlets, dates, headlines and independent sources; then the
altered and misattributed quotations with their diffs ("Check first"); the
conflicts; the cited summary ("In brief"); the other quotations by speaker;
the top claims; entities (misspelt ones first); who wrote what (originality
as a bar), the longest shared passages and the independent sources; last the
legend (verdicts, counts, diff marks). Reads a :class:`~newsfuse.model.Report`
(through :mod:`newsfuse.report.view`); writes text, piece by piece
(:func:`iter_text`) or whole (:func:`render_text`).

The report is as wide as the terminal (``COLUMNS`` or the terminal's size,
never under :data:`MIN_WIDTH`, 80; :data:`DEFAULT_WIDTH`, 100, when neither
is known); the outlet/file column is made up to :data:`FILE_COLUMN` (32)
wide. Lists are shortened to :data:`QUOTES_PER_SPEAKER` (4) quotations
per speaker besides those under Check first, :data:`TOP_CLAIMS` (5) claims, :data:`TOP_ENTITIES`
(8) entities unless more are misspelt, and :data:`~newsfuse.report.view.PASSAGES_SHOWN`
(5 in the terminal) shared passages, and every list it shortens says how much it left out and where to
read it all: :data:`ALL_OF_IT` (Markdown lists every quotation, claim and entity) or, for passages,
:data:`ALL_PASSAGES` (JSON lists every passage; Markdown too lists only the longest).

Long text is clipped at a word boundary, with "…", to a length chosen for a
screen of 80 to 100 columns: :data:`LINE_LENGTH` (160 characters, two lines)
for a quotation, a claim or a timeline event, enough for most news sentences
whole while a list stays a screen of items; :data:`SUMMARY_LENGTH` (300,
about four lines) for a sentence of the summary, read as the story in brief,
where a cut sentence would lose what its outlets are cited for; and
:data:`PASSAGE_LENGTH` (120, a line and a half) for a shared passage, which
can run to paragraphs and is listed as an index (its length in words and
its places beside it): its opening words are enough to recognise it.

On a console without colour, lines of one-cell characters are
laid out here as rich would lay them out (:mod:`newsfuse.report.text_layout`)
and written as plain strings: the same bytes, faster. Input text is only ever passed to rich as
:class:`~rich.text.Text`, never as markup, so ``[bold]`` in an article is
printed as it is, and every control character in it is replaced by a visible
stand-in first (:func:`~newsfuse.report.terminal.terminal_safe`), so no escape
sequence from an article or a file name reaches the terminal.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from itertools import chain

from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.console import Console
from rich.measure import Measurement
from rich.table import Column, Table
from rich.text import Text

from newsfuse.model import Report
from newsfuse.report.legend import HIGHLIGHT_LEGEND, count_lines, legend_lines
from newsfuse.report.terminal import terminal_safe_report
from newsfuse.report.text_layout import collapse_widths, extra_width, narrow_breaks, ratio_reduce
from newsfuse.report.view import PASSAGES_SHOWN, EntityView, QuoteEntry, StoryView, iter_story_views, storyline_fact
from newsfuse.report.worddiff import Piece

__all__ = ["MIN_WIDTH", "iter_text", "render_text", "terminal_width"]

VERDICT_STYLE = {
    "altered": "bold white on red",
    "variant": "bold black on yellow",
    "corroborated": "bold white on green",
    "single-source": "bold white on blue",
    "unchecked": "bold white on grey42",
}
QUOTES_PER_SPEAKER = 4
"""Quotations shown per speaker besides those under Check first; the rest are counted."""
TOP_CLAIMS = 5
"""Claims shown per story; the rest are counted."""
TOP_ENTITIES = 8
"""Entities shown per story at least: the misspelt ones all, then the most mentioned."""
MIN_WIDTH = 80
"""The narrowest report: a terminal narrower than this gets 80 columns all the same."""
DEFAULT_WIDTH = 100
"""The width when the output is not a terminal and ``COLUMNS`` is not set."""
ALL_OF_IT = "--format markdown for all"
"""Where a shortened list is whole: Markdown lists every quotation, claim and entity of a story."""
ALL_PASSAGES = "--format json for all"
"""Where every shared passage is listed: Markdown lists the longest few too (``PASSAGES_SHOWN.markdown``)."""
LINE_LENGTH = 160
"""The most characters of a quotation, claim or timeline event printed (module docstring)."""
SUMMARY_LENGTH = 300
"""The most characters of a summary sentence printed (module docstring)."""
PASSAGE_LENGTH = 120
"""The most characters of a shared passage printed (module docstring)."""
FILE_COLUMN = 32
"""The widest the table's outlet/file column is made so that a file name shows whole."""


_RULE_MARGIN = 4
"""The cells rich's centred rule keeps beside its title (a line and a space either side); a longer title it cuts."""
_NARROWEST_JOINED = 3
"""A table with a column narrower than this (cells) is left to rich: joining rows here is a speed path for
ordinary widths (the bundled example's narrowest column at 80 columns is 7 cells), not for degenerate ones."""
_NARROW = frozenset(
    char
    for char in map(chr, chain(range(0x20, 0x7F), range(0xA0, 0x300), range(0x2010, 0x2028), range(0x2500, 0x2600)))
    if get_character_cell_size(char) == 1
)
"""Characters rich counts one cell wide (Latin, punctuation such as “ ” — … •, box drawing): a text of
only these is as many cells wide as it has characters (no control, tab, line break, wide or joining character)."""
_NARROW_LINES = _NARROW | {"\n"}


def _cells(text: str) -> int:
    """``cell_len(text)``, without looking a text of narrow characters up character by character."""
    return len(text) if _NARROW.issuperset(text) else cell_len(text)


def terminal_width() -> int:
    """``COLUMNS`` if set, else the terminal's width, else :data:`DEFAULT_WIDTH`; never under :data:`MIN_WIDTH`."""
    return max(MIN_WIDTH, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)


def _plain(console: Console) -> bool:
    """Whether the console writes text without any style (no colour system: not a terminal, or no colour)."""
    return console.color_system is None and not console.record


def _one_line(text: str, width: int) -> bool:
    """Whether rich would print ``text`` as it is: one line that fits ``width``, no tab to expand."""
    return "\n" not in text and "\t" not in text and _cells(text) <= width


def _print(console: Console, text: Text) -> None:
    """``console.print(text)``; a plain console gets a line that fits written as it is (the same bytes, faster)."""
    if _plain(console) and _one_line(text.plain, console.width):
        console.file.write(text.plain + "\n")
    else:
        console.print(text)


def _item(console: Console, text: Text, indent: int = 2) -> None:
    """``text`` indented, its wrapped lines too (a hanging indent, not lines back at the margin).

    Without colours a line is written as its plain text, as rich would write it (unless it holds a tab,
    which rich expands): the same bytes without rich's per-line rendering.
    """
    width = max(20, console.width - indent)
    plain = _plain(console)
    if plain and _one_line(text.plain, width):
        console.file.write(" " * indent + text.plain.rstrip() + "\n")
        return
    lines = _wrapped(text, width) if plain else None
    if lines is not None:
        console.file.write("".join(" " * indent + line + "\n" for line in lines))
        return
    for line in text.wrap(console, width):
        line.rstrip()
        if plain and "\t" not in line.plain:
            console.file.write(" " * indent + line.plain + "\n")
        else:
            console.print(Text(" " * indent) + line, soft_wrap=True)


def _wrapped(text: Text, width: int) -> list[str] | None:
    """``text.wrap(console, width)``'s lines, each right-stripped, as plain strings (None where this cannot say).

    rich breaks each line of the text where :func:`_pieces` says (folding words longer than the line)
    and cuts a :class:`~rich.text.Text` at each break; the plain text cut at the same places gives the
    same lines without building them (tabs, which rich expands, texts with their own justification or
    overflow, and lines of characters that are not all narrow are left to rich).
    """
    plain = text.plain
    if "\t" in plain or text.no_wrap or text.justify not in (None, "default") or text.overflow not in (None, "fold"):
        return None
    lines: list[str] = []
    for line in plain.split("\n"):
        pieces = _pieces(line, width)
        if pieces is None:
            return None
        lines.extend(piece.rstrip() for piece in pieces)
    return lines


def _pieces(line: str, width: int) -> list[str] | None:
    """``line`` cut where rich breaks it to fit ``width`` cells (:func:`~newsfuse.report.text_layout.narrow_breaks`),
    each piece keeping its trailing spaces.

    None for a line holding a character that is not :data:`_NARROW` (wide, joining, control): left to rich.
    """
    return _cut(line, narrow_breaks(line, width)) if width > 0 and _NARROW.issuperset(line) else None


def _cut(line: str, breaks: list[int]) -> list[str]:
    """``line`` cut at the offsets ``breaks`` (each piece keeps its trailing spaces)."""
    return [line[start:end] for start, end in zip([0, *breaks], [*breaks, len(line)], strict=True)]


def _rule(console: Console, title: Text) -> None:
    """``console.rule(title)``: a plain console gets a title that fits centred between lines here (same bytes)."""
    plain, width = title.plain, console.width
    fits = 0 < len(plain) <= width - _RULE_MARGIN and _NARROW.issuperset(plain)
    if not fits or not _plain(console) or console.options.ascii_only:
        console.rule(title)
    else:
        side = (width - len(plain)) // 2  # rich's centring: one line short of the side, then the rest
        right = min(side + 1, width - (side - 1) - len(plain))
        console.file.write(set_cell_size(f"{'─' * (side - 1)} {plain} {'─' * right}", width) + "\n")


def _more(console: Console, hidden: int, what: str, indent: int = 2, where: str = ALL_OF_IT) -> None:
    """Says what a shortened list left out, and where (``where``) to read all of it."""
    if hidden > 0:
        _item(console, Text(f"… and {hidden} more {what}: {where}", style="dim"), indent)


def _badge(verdict: str) -> Text:
    return Text(f" {verdict} ", style=VERDICT_STYLE.get(verdict, "bold"))


def _heading(console: Console, title: str) -> None:
    _print(console, Text(title, style="bold underline"))


def _none(console: Console, what: str) -> None:
    _print(console, Text(f"  No {what} found.", style="italic dim"))


def _short(text: str, limit: int = LINE_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _glance(console: Console, story: StoryView) -> None:
    facts = Text()
    facts.append(f"{len(story.articles)} articles", style="bold")
    if story.coverage is not None:
        facts.append(" · ")
        facts.append(f"coverage {story.coverage} outlets", style="bold")
    if story.independent_sources is not None:
        facts.append(" · ")
        facts.append(f"{story.independent_sources} independent sources", style="bold")
    if story.start:
        facts.append(" · " + story.start + (f" – {story.end}" if story.end and story.end != story.start else ""))
    facts.append(" · " + storyline_fact(story))
    facts.append(f" · {story.quote_count} quotations ")
    for verdict, n in story.verdicts:
        facts.append(" ")
        facts.append_text(_badge(verdict))
        facts.append(f" {n}")
    _print(console, facts)
    if story.outlets:
        _print(console, Text("carried by: " + ", ".join(story.outlets)))
    if story.absent_outlets:
        _print(console, Text("not carried by (seen the same days): " + ", ".join(story.absent_outlets), style="dim"))
    files = [a.article.source.replace("\\", "/").rsplit("/", 1)[-1] for a in story.articles]
    table = _articles_table(files)
    for a, file in zip(story.articles, files, strict=True):
        where = Text.assemble(
            a.outlet.replace(f" ({a.label})", "") if not a.article.outlet else a.outlet, "\n", (file, "dim")
        )
        headline = Text(a.headline)
        if a.reprint_of:
            headline.append(f"\nreprint of {a.reprint_of}", style="dim")
        if a.url:
            headline.append("\n" + a.url, style="dim")
        table.add_row(where, Text(a.date or ""), headline, Text(str(a.words)))
    _print_table(console, table)


def _articles_table(files: list[str]) -> Table:
    """The story's table of articles, without its rows: outlet and file, date, headline, words."""
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("outlet / file", min_width=min(FILE_COLUMN, max(map(len, files), default=0)), overflow="fold")
    table.add_column("published")
    table.add_column("headline", ratio=1)
    table.add_column("words", justify="right")
    return table


def _glance_shaped(table: Table) -> bool:
    """Whether a table has the shape of :func:`_glance`'s (what :func:`_plain_table` knows how to lay out)."""
    if table.title or table.caption or table.show_footer or not table.show_header:
        return False
    if table.show_lines or table.leading or table.padding != (0, 1, 0, 1) or not table.pad_edge or not table.box:
        return False
    if table.collapse_padding or not table.show_edge or table.width is not None or table.expand:
        return False
    if table.min_width is not None or any(column.width is not None for column in table.columns):
        return False
    return not any(row.end_section for row in table.rows)  # styles do not change a plain console's characters


def _plain_table(console: Console, table: Table) -> list[str] | None:
    """The lines ``console.print(table)`` writes on a plain console, or None where this cannot say.

    rich lays the table out (its column widths) and wraps every cell
    (``Text.wrap``) as it always does; only what follows is done here:
    padding each wrapped line to its cell and joining the cells with the
    box's borders, where rich would render every cell into styled segments
    that, without colours, come to the same characters. Tables of another
    shape than :func:`_glance`'s (a title, a footer, lines between rows,
    other padding, cells that are not text) are left to rich.
    """
    if not _plain(console) or not _glance_shaped(table) or table.box is None:
        return None
    columns = table.columns
    cells = [[cell for cell in column.cells if isinstance(cell, Text)] for column in columns]
    if any(len(column) != len(table.rows) for column in cells):  # a cell that is not text
        return None
    options = console.options
    ranges = [[_measure(console, cell) for cell in column] for column in cells]
    for column, found in zip(columns, ranges, strict=True):
        found.insert(0, console.render_str(str(column.header), highlight=False).__rich_measure__(console, options))
    extra = extra_width(table)
    widths = _column_widths(table, ranges, options.max_width - extra)
    if min(widths, default=0) < _NARROWEST_JOINED:
        return None
    safe = console.safe_box if table.safe_box is None else table.safe_box
    box = table.box.substitute(options.update(width=sum(widths) + extra), safe=safe)
    headers = [
        column.header if isinstance(column.header, Text) else console.render_str(str(column.header), highlight=False)
        for column in columns
    ]
    lines = [box.get_top(widths)]
    rows = [headers, *zip(*cells, strict=True)]
    for n, row in enumerate(rows):
        wrapped = [
            _cell(console, text, width, column) for text, width, column in zip(row, widths, columns, strict=True)
        ]
        height = max(len(cell) for cell in wrapped)
        if n == 0:  # the header row sits at the bottom of its cells
            wrapped = [[" " * w] * (height - len(c)) + c for c, w in zip(wrapped, widths, strict=True)]
            left, divider, right = box.head_left, box.head_vertical, box.head_right
        elif n == len(rows) - 1:
            left, divider, right = box.foot_left, box.foot_vertical, box.foot_right
        else:
            left, divider, right = box.mid_left, box.mid_vertical, box.mid_right
        wrapped = [c + [" " * w] * (height - len(c)) for c, w in zip(wrapped, widths, strict=True)]
        lines.extend(left + divider.join(parts) + right for parts in zip(*wrapped, strict=True))
        if n == 0:
            lines.append(box.get_row(widths, "head", edge=True))
    lines.append(box.get_bottom(widths))
    # console.print crops every line to the console (a table whose columns cannot shrink enough is cut)
    return [set_cell_size(line, console.width) if cell_len(line) > console.width else line for line in lines]


def _padded(text: Measurement, width: int) -> Measurement:
    """``Measurement.get`` of a text's cell (padded by one on each side) ``width`` wide, from the text's own."""
    if width < 1:
        return Measurement(0, 0)
    if width - 2 < 1:
        padded = Measurement(width, width)
    else:
        inner = text.normalize().with_maximum(width)
        inner = Measurement(0, 0) if inner.maximum < 1 else inner.normalize()
        padded = Measurement(inner.minimum + 2, inner.maximum + 2).with_maximum(width)
    outer = padded.normalize().with_maximum(width)
    return Measurement(0, 0) if outer.maximum < 1 else outer.normalize()


def _column_range(texts: list[Measurement], width: int, column: Column) -> Measurement:
    """rich's measure of a column of text cells (``Table._measure_column``), from each text's own measure."""
    if width < 1:
        return Measurement(0, 0)
    cells = [_padded(text, width) for text in texts]
    found = Measurement(max((c.minimum for c in cells), default=1), max((c.maximum for c in cells), default=width))
    return found.with_maximum(width).clamp(
        None if column.min_width is None else column.min_width + 2,
        None if column.max_width is None else column.max_width + 2,
    )


def _column_widths(table: Table, texts: list[list[Measurement]], max_width: int) -> list[int]:
    """rich's column widths (``Table._calculate_column_widths`` of a table that does not expand).

    A text's measure does not depend on the width it is measured at, so each is taken once, where rich
    measures every cell again when it has to narrow the table.
    """
    columns = table.columns
    widths = [_column_range(t, max_width, c).maximum or 1 for t, c in zip(texts, columns, strict=True)]
    if sum(widths) > max_width:
        widths = collapse_widths(widths, [c.width is None and not c.no_wrap for c in columns], max_width)
        if sum(widths) > max_width:
            widths = ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
        widths = [_column_range(t, w, c).maximum or 0 for t, w, c in zip(texts, widths, columns, strict=True)]
    return widths


def _measure(console: Console, text: Text) -> Measurement:
    """``text.__rich_measure__``: its widest line and its widest word, in cells (counted, for narrow characters)."""
    plain = text.plain
    if not _NARROW_LINES.issuperset(plain):
        return text.__rich_measure__(console, console.options)
    widest = max(map(len, plain.split("\n")))
    words = plain.split()
    return Measurement(max(map(len, words)) if words else widest, widest)


def _narrow_cell(text: Text, inner: int, justify: str | None, overflow: str | None, no_wrap: bool) -> list[str] | None:
    """``text.wrap``'s lines ``inner`` cells wide (justified left or right), for narrow characters and line feeds.

    Each line is a slice of the text ending where :func:`~newsfuse.report.text_layout.narrow_breaks` breaks
    it, cut to ``inner`` (only its trailing spaces may reach beyond) and padded as rich justifies it; None
    for any other text, for a cell of no width, or for a word too long for the cell.
    """
    plain = text.plain
    if (
        no_wrap
        or inner <= 0
        or justify not in (None, "default", "left", "right")
        or not _NARROW_LINES.issuperset(plain)
    ):
        return None
    fold = (overflow or "fold") == "fold"
    lines = []
    for line in plain.split("\n"):
        for piece in _cut(line, narrow_breaks(line, inner, fold)):
            if len(piece.rstrip()) > inner:
                return None  # a word longer than the cell: rich folds, crops or ellipsises it
            lines.append(piece.rstrip().rjust(inner) if justify == "right" else piece[:inner].ljust(inner))
    return lines


def _cell(console: Console, text: Text, width: int, column: Column) -> list[str]:
    """A cell's lines as rich prints them on a plain console: wrapped as rich wraps it, padded to ``width``."""
    inner = width - 2
    no_wrap = bool(column.no_wrap if text.no_wrap is None else text.no_wrap)
    narrow = _narrow_cell(text, inner, text.justify or column.justify, text.overflow or column.overflow, no_wrap)
    if narrow is not None:
        return [" " + line + " " for line in narrow]
    wrapped = text.wrap(
        console,
        inner,
        justify=text.justify or column.justify,
        overflow=text.overflow or column.overflow,
        tab_size=(console.tab_size if text.tab_size is None else text.tab_size) or 8,
        no_wrap=column.no_wrap if text.no_wrap is None else text.no_wrap,
    )
    return [" " + set_cell_size(line.plain, inner) + " " for line in wrapped]


def _print_table(console: Console, table: Table) -> None:
    """``console.print(table)``; on a plain console the same lines are written without rich's segments."""
    lines = _plain_table(console, table)
    if lines is None:
        console.print(table)
    else:
        console.file.write("\n".join(lines) + "\n")


def _summary(console: Console, story: StoryView) -> None:
    _heading(console, "In brief")
    if not story.summary:
        _none(console, "summary sentences")
    for s in story.summary:
        line = Text("• " + _short(s.text, SUMMARY_LENGTH))
        line.append(" [" + ", ".join(c.label for c in s.cites) + "]", style="dim")
        _item(console, line)


def _diff_line(label: str, pieces: tuple[Piece, ...]) -> Text:
    line = Text(f"{label}: ", style="dim")
    for kind, words in pieces:
        style = "strike red" if kind == "del" else "bold green" if kind == "ins" else ""
        line.append(words, style=style)
        line.append(" ")
    line.rstrip()
    return line


def _flagged(entry: QuoteEntry) -> bool:
    """An entry an editor must check first: an altered or misattributed quotation."""
    return entry.verdict == "altered" or entry.quote.misattributed


def _entry(console: Console, e: QuoteEntry, speaker: str | None = None) -> None:
    line = Text()
    if speaker:
        line.append(speaker + " ", style="bold")
    line.append_text(_badge(e.verdict))
    if e.quote.misattributed:
        line.append(" misattributed", style="bold red")
    line.append(f" “{_short(e.quote.text)}”")
    line.append(f" — {e.link.label}", style="dim")
    _item(console, line, 4 if speaker is None else 2)
    for reason in e.reasons:
        _item(console, Text(f"why: {reason}", style="dim"), 6)
    if e.has_diff:
        _item(console, _diff_line(e.reference_label, e.left), 6)
        _item(console, _diff_line(e.link.label, e.right), 6)
    elif e.verdict in ("altered", "variant") and e.diff_note:
        _item(console, Text(e.diff_note, style="dim"), 6)


def _check_first(console: Console, story: StoryView) -> None:
    flagged = [(sp.speaker, e) for sp in story.speakers for e in sp.entries if _flagged(e)]
    if not flagged:
        return
    _heading(console, f"Check first: {len(flagged)} altered or misattributed")
    for speaker, e in flagged:
        _entry(console, e, speaker)


def _quotes(console: Console, story: StoryView) -> None:
    _heading(console, "Quotes by speaker")
    if not story.speakers:
        _none(console, "quotations")
    for sp in story.speakers:
        counts = ", ".join(f"{n} {v}" for v, n in sp.verdicts)
        _print(console, Text.assemble(("  " + sp.speaker, "bold"), (f" ({counts})", "dim")))
        rest = [e for e in sp.entries if not _flagged(e)]
        above = len(sp.entries) - len(rest)
        if above:
            _item(console, Text(f"{above} under Check first", style="dim"), 4)
        for e in rest[:QUOTES_PER_SPEAKER]:
            _entry(console, e)
        _more(console, len(rest) - QUOTES_PER_SPEAKER, "quotations", 4)


def _claims(console: Console, story: StoryView) -> None:
    _heading(console, "Top claims")
    if not story.claims:
        _none(console, "claims")
    for c in story.claims[:TOP_CLAIMS]:
        outlets = c.outlets
        count = f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
        if c.claim.independent_sources != len(outlets):
            count += f" ({c.claim.independent_sources} independent)"
        line = Text(count + ": ", style="bold")
        line.append(_short(c.claim.text))
        line.append(" [" + ", ".join(outlets) + "]", style="dim")
        _item(console, line)
    _more(console, len(story.claims) - TOP_CLAIMS, "claims")


def _conflicts(console: Console, story: StoryView) -> None:
    _heading(console, "Conflicts")
    if not story.conflicts:
        _none(console, "conflicts")
    for c in story.conflicts:
        line = Text(c.conflict.about, style="bold yellow")
        line.append(": " + "; ".join(f"“{value}” ({link.label})" for value, link in c.values))
        _item(console, line)


def _entities_shown(entities: tuple[EntityView, ...]) -> list[EntityView]:
    """The misspelt entities first (all of them), then the most mentioned, :data:`TOP_ENTITIES` in all at least."""
    misspelt = [e for e in entities if e.misspellings]
    rest = [e for e in entities if not e.misspellings]
    return misspelt + rest[: max(0, TOP_ENTITIES - len(misspelt))]


def _entities(console: Console, story: StoryView) -> None:
    _heading(console, "Entities")
    if not story.entities:
        _none(console, "entities")
    shown = _entities_shown(story.entities)
    for e in shown:
        line = Text(e.entity.name, style="bold")
        line.append(f" {e.entity.type}", style="dim")
        for m in e.misspellings:
            line.append(f" misspelt “{m.misspelling.written}” ({m.link.label})", style="red")
        if e.entity.aliases:
            line.append(" aka " + ", ".join(e.entity.aliases))
        _item(console, line)
    _more(console, len(story.entities) - len(shown), "entities")


def _timeline(console: Console, story: StoryView) -> None:
    _heading(console, "Timeline")
    if not story.timeline:
        _none(console, "dated events")
    for t in story.timeline:
        line = Text(f"{t.when}: ", style="bold")
        line.append(_short(t.event))
        line.append(" [" + ", ".join(dict.fromkeys(s.label for s in t.sources)) + "]", style="dim")
        _item(console, line)


def _originality(console: Console, story: StoryView) -> None:
    _heading(console, "Who wrote what")
    if not story.originality:
        _none(console, "originality figures")
        return
    _print(console, Text("  █ own words  ▓ shared quotations  ░ shared prose", style="dim"))
    wide = console.width >= DEFAULT_WIDTH
    width, label = (24, 28) if wide else (16, 20)
    for o in story.originality:
        own = round(o.original * width)
        quoted = min(width - own, round(o.shared_quotations * width))
        prose = min(width - own - quoted, round(o.shared * width))
        name = o.label if len(o.label) <= label else o.label[: label - 1] + "…"
        line = Text(f"  {name:<{label}} ")
        line.append("█" * own, style="blue")
        line.append("▓" * quoted, style="yellow")
        line.append("░" * prose, style="grey50")
        line.append(" " * (width - own - quoted - prose))
        line.append(f" {o.original:.0%} own · {o.shared_quotations:.0%} quoted · {o.shared:.0%} prose")
        _print(console, line)


def _passages(console: Console, story: StoryView) -> None:
    if not story.passages:
        return
    _heading(console, f"Shared passages ({len(story.passages)}, longest first)")
    for p in story.passages[: PASSAGES_SHOWN.text]:
        kind = "quotation" if p.quotation else "prose"
        origin = f", origin {p.origin}" if p.origin else ""
        places = ", ".join(dict.fromkeys(link.label for link in p.places))
        _item(console, Text(f"{p.words} words, {kind}{origin}: {places}", style="dim"))
        _item(console, Text(f"“{_short(p.text, PASSAGE_LENGTH)}”"), 4)
    _more(console, len(story.passages) - PASSAGES_SHOWN.text, "shared passages", where=ALL_PASSAGES)


def _sources(console: Console, story: StoryView) -> None:
    if story.independent_sources is None:
        return
    _heading(console, f"Independent sources: {story.independent_sources}")
    if not story.wire_groups:
        _print(console, Text("  every article is its own source", style="dim"))
    for group in story.wire_groups:
        origin = f" (origin {group.origin})" if group.origin else ""
        _item(console, Text(f"one source: {' + '.join(group.outlets)}{origin}"))


def _legend(console: Console, verdicts: bool) -> None:
    """What the verdicts, the counts and the diff marks mean."""
    sections = [("What the counts mean", count_lines())]
    if verdicts:
        sections.insert(0, ("What the verdicts mean", legend_lines()))
        marks = [f"{mark}: {meaning}" for mark, meaning in HIGHLIGHT_LEGEND["text"]]
        sections.append(("How diffs are marked", marks))
    for title, lines in sections:
        _heading(console, title)
        for line in lines:
            _item(console, Text(line, style="dim"))


def iter_text(report: Report, *, color: bool = False, width: int | None = None) -> Iterator[str]:
    """The text report in pieces, one per story (each story's view is built, printed and let go in turn)."""
    buffer = io.StringIO()
    width = max(MIN_WIDTH, width) if width is not None else terminal_width()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False)
    console.height = console.size.height  # as rich finds it, once (unset, every width asked for it anew)
    safe = terminal_safe_report(report)
    for problem in safe.problems:
        _item(console, Text(problem.message(), style="red"), 0)
    any_story = any_speakers = False
    for story in iter_story_views(safe, bodies=False):
        any_story, any_speakers = True, any_speakers or bool(story.speakers)
        _rule(console, Text(f"{story.number}. {story.story.label}", style="bold"))
        _glance(console, story)
        for section in (
            _check_first,
            _conflicts,
            _summary,
            _quotes,
            _claims,
            _entities,
            _timeline,
            _originality,
            _passages,
            _sources,
        ):
            section(console, story)
        console.print()
        yield _taken(buffer)
    if any_story:
        _legend(console, any_speakers)
    yield _taken(buffer)


def _taken(buffer: io.StringIO) -> str:
    """What was written to ``buffer`` so far, the buffer emptied."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def render_text(report: Report, *, color: bool = False, width: int | None = None) -> str:
    """A readable summary of the report for a terminal ``width`` columns wide (default: :func:`terminal_width`)."""
    return "".join(iter_text(report, color=color, width=width))
