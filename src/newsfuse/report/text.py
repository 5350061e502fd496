"""The terminal report: each story at a glance, with rich tables and colour.

Shorter than the HTML page: the outlets, dates, headlines and independent
sources; the cited summary ("In brief"); quotations by speaker with their
verdicts (altered first, a few per speaker); the top claims; conflicts;
entities with misspellings; who wrote what (originality as a bar), the
longest shared passages and the independent sources. Input text is only ever passed to rich as
:class:`~rich.text.Text`, never as markup, so ``[bold]`` in an article is
printed as it is, and every control character in it is replaced by a visible
stand-in first (:func:`~newsfuse.report.terminal.terminal_safe`), so no escape
sequence from an article or a file name reaches the terminal.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsfuse.model import Report
from newsfuse.report.legend import legend_lines
from newsfuse.report.terminal import terminal_safe_report
from newsfuse.report.view import StoryView, build_view, storyline_fact
from newsfuse.report.worddiff import Piece

__all__ = ["render_text"]

VERDICT_STYLE = {
    "altered": "bold white on red",
    "variant": "bold black on yellow",
    "corroborated": "bold white on green",
    "single-source": "bold white on blue",
    "unchecked": "bold white on grey42",
}
QUOTES_PER_SPEAKER = 4
TOP_CLAIMS = 5
TOP_ENTITIES = 8
PASSAGES_SHOWN = 5


def _badge(verdict: str) -> Text:
    return Text(f" {verdict} ", style=VERDICT_STYLE.get(verdict, "bold"))


def _heading(console: Console, title: str) -> None:
    console.print(Text(title, style="bold underline"))


def _none(console: Console, what: str) -> None:
    console.print(Text(f"  No {what} found.", style="italic dim"))


def _short(text: str, limit: int = 160) -> str:
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
    console.print(facts)
    if story.outlets:
        console.print(Text("carried by: " + ", ".join(story.outlets)))
    if story.absent_outlets:
        console.print(Text("not carried by (seen the same days): " + ", ".join(story.absent_outlets), style="dim"))
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("outlet / file")
    table.add_column("published")
    table.add_column("headline", ratio=1)
    table.add_column("words", justify="right")
    for a in story.articles:
        file = a.article.source.replace("\\", "/").rsplit("/", 1)[-1]
        where = Text.assemble(
            a.outlet.replace(f" ({a.label})", "") if not a.article.outlet else a.outlet, "\n", (file, "dim")
        )
        headline = Text(a.headline)
        if a.reprint_of:
            headline.append(f"\nreprint of {a.reprint_of}", style="dim")
        if a.url:
            headline.append("\n" + a.url, style="dim")
        table.add_row(where, Text(a.date or ""), headline, str(a.words))
    console.print(table)


def _summary(console: Console, story: StoryView) -> None:
    _heading(console, "In brief")
    if not story.summary:
        _none(console, "summary sentences")
    for s in story.summary:
        line = Text("  • " + _short(s.text, 300))
        line.append(" [" + ", ".join(c.label for c in s.cites) + "]", style="dim")
        console.print(line)


def _diff_line(label: str, pieces: tuple[Piece, ...]) -> Text:
    line = Text(f"      {label}: ", style="dim")
    for kind, words in pieces:
        style = "strike red" if kind == "del" else "bold green" if kind == "ins" else ""
        line.append(words, style=style)
        line.append(" ")
    return line


def _quotes(console: Console, story: StoryView) -> None:
    _heading(console, "Quotes by speaker")
    if not story.speakers:
        _none(console, "quotations")
    for sp in story.speakers:
        counts = ", ".join(f"{n} {v}" for v, n in sp.verdicts)
        console.print(Text.assemble(("  " + sp.speaker, "bold"), (f" ({counts})", "dim")))
        for e in sp.entries[:QUOTES_PER_SPEAKER]:
            line = Text("    ")
            line.append_text(_badge(e.verdict))
            if e.quote.misattributed:
                line.append(" misattributed", style="bold red")
            line.append(f" “{_short(e.quote.text)}”")
            line.append(f" — {e.link.label}", style="dim")
            console.print(line)
            for reason in e.reasons:
                console.print(Text(f"      why: {reason}", style="dim"))
            if e.has_diff:
                console.print(_diff_line(e.reference_label, e.left))
                console.print(_diff_line(e.link.label, e.right))
        hidden = len(sp.entries) - QUOTES_PER_SPEAKER
        if hidden > 0:
            console.print(Text(f"    … and {hidden} more", style="dim"))


def _claims(console: Console, story: StoryView) -> None:
    _heading(console, "Top claims")
    if not story.claims:
        _none(console, "claims")
    for c in story.claims[:TOP_CLAIMS]:
        line = Text(f"  {c.claim.independent_sources}× ", style="bold")
        line.append(_short(c.claim.text))
        line.append(" [" + ", ".join(dict.fromkeys(s.label for s in c.sources)) + "]", style="dim")
        console.print(line)


def _conflicts(console: Console, story: StoryView) -> None:
    _heading(console, "Conflicts")
    if not story.conflicts:
        _none(console, "conflicts")
    for c in story.conflicts:
        line = Text("  " + c.conflict.about, style="bold yellow")
        line.append(": " + "; ".join(f"“{value}” ({link.label})" for value, link in c.values))
        console.print(line)


def _entities(console: Console, story: StoryView) -> None:
    _heading(console, "Entities")
    if not story.entities:
        _none(console, "entities")
    for e in story.entities[:TOP_ENTITIES]:
        line = Text("  " + e.entity.name, style="bold")
        line.append(f" {e.entity.type}", style="dim")
        if e.entity.aliases:
            line.append(" aka " + ", ".join(e.entity.aliases))
        for m in e.misspellings:
            line.append(f"  misspelt “{m.misspelling.written}” ({m.link.label})", style="red")
        console.print(line)


def _timeline(console: Console, story: StoryView) -> None:
    _heading(console, "Timeline")
    if not story.timeline:
        _none(console, "dated events")
    for t in story.timeline:
        line = Text(f"  {t.when}: ", style="bold")
        line.append(_short(t.event))
        line.append(" [" + ", ".join(dict.fromkeys(s.label for s in t.sources)) + "]", style="dim")
        console.print(line)


def _originality(console: Console, story: StoryView) -> None:
    _heading(console, "Who wrote what")
    if not story.originality:
        _none(console, "originality figures")
        return
    console.print(Text("  █ own words  ▓ shared quotations  ░ shared prose", style="dim"))
    width = 24
    for o in story.originality:
        own = round(o.original * width)
        quoted = min(width - own, round(o.shared_quotations * width))
        prose = min(width - own - quoted, round(o.shared * width))
        line = Text(f"  {o.label[:28]:<28} ")
        line.append("█" * own, style="blue")
        line.append("▓" * quoted, style="yellow")
        line.append("░" * prose, style="grey50")
        line.append(" " * (width - own - quoted - prose))
        line.append(f" {o.original:.0%} own · {o.shared_quotations:.0%} quoted · {o.shared:.0%} prose")
        console.print(line)


def _passages(console: Console, story: StoryView) -> None:
    if not story.passages:
        return
    _heading(console, f"Shared passages ({len(story.passages)}, longest first)")
    for p in story.passages[:PASSAGES_SHOWN]:
        kind = "quotation" if p.quotation else "prose"
        origin = f", origin {p.origin}" if p.origin else ""
        places = ", ".join(dict.fromkeys(link.label for link in p.places))
        console.print(Text(f"  {p.words} words, {kind}{origin}: {places}", style="dim"))
        console.print(Text(f"    “{_short(p.text, 120)}”"))


def _sources(console: Console, story: StoryView) -> None:
    if story.independent_sources is None:
        return
    _heading(console, f"Independent sources: {story.independent_sources}")
    if not story.wire_groups:
        console.print(Text("  every article is its own source", style="dim"))
    for group in story.wire_groups:
        origin = f" (origin {group.origin})" if group.origin else ""
        console.print(Text(f"  one source: {' + '.join(group.outlets)}{origin}"))


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """A readable summary of the report for a terminal."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False)
    view = build_view(terminal_safe_report(report))
    for problem in view.problems:
        console.print(Text(problem, style="red"))
    for story in view.stories:
        console.rule(Text(f"{story.number}. {story.story.label}", style="bold"))
        _glance(console, story)
        for section in (
            _summary,
            _quotes,
            _claims,
            _conflicts,
            _entities,
            _timeline,
            _originality,
            _passages,
            _sources,
        ):
            section(console, story)
        console.print()
    if any(story.speakers for story in view.stories):
        _heading(console, "What the verdicts mean")
        for line in legend_lines():
            console.print(Text("  " + line, style="dim"))
    return buffer.getvalue()
