"""The terminal report: the story at a glance, with rich."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from newsfuse.model import Report
from newsfuse.report.reuse_text import render_reuse_sections

__all__ = ["render_text"]


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """A readable summary of the report for a terminal."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False)
    by_id = {a.id: a for a in report.articles}
    for story in report.stories:
        console.rule(f"[bold]{story.label}")
        table = Table(show_header=True, header_style="bold", expand=False)
        table.add_column("article")
        table.add_column("outlet / credit")
        table.add_column("published")
        table.add_column("title")
        table.add_column("words", justify="right")
        for article_id in story.articles:
            art = by_id.get(article_id)
            if art is None:
                continue
            table.add_row(
                art.source.rsplit("/", 1)[-1],
                art.outlet or art.credit or "",
                art.published or (art.dateline.date if art.dateline and art.dateline.date else ""),
                art.title or "",
                str(len(art.body.split())),
            )
        console.print(table)
        render_reuse_sections(console, report, story, by_id)
    return buffer.getvalue()
