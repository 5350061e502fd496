"""Choosing a renderer by format name.

``FORMATS`` is the registry the CLI's ``--format`` choices come from: ``text``
(the terminal, the default), ``json`` (the machine contract), ``markdown``
and ``html`` (for people: a newsroom doc, a browser).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsfuse.errors import UsageError
from newsfuse.model import Report
from newsfuse.report.html import iter_html, render_html
from newsfuse.report.json import iter_json, render_json
from newsfuse.report.markdown import iter_markdown, render_markdown
from newsfuse.report.text import iter_text, render_text

__all__ = ["FORMATS", "render", "render_pieces"]

FORMATS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
}


def render(report: Report, fmt: str = "text", *, color: bool = False, width: int | None = None) -> str:
    """The report as a document in format ``fmt`` (text: ``width`` columns, by default the terminal's)."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})") from None
    if fmt == "text":
        return renderer(report, color=color, width=width)
    return renderer(report)


def render_pieces(report: Report, fmt: str = "text", *, color: bool = False, width: int | None = None) -> Iterator[str]:
    """:func:`render`'s document in pieces, for writing as they come: JSON by table row, the others by story."""
    if fmt == "json":
        return iter_json(report)
    if fmt == "text":
        return iter_text(report, color=color, width=width)
    if fmt == "markdown":
        return iter_markdown(report)
    if fmt == "html":
        return iter_html(report)
    return iter([render(report, fmt, color=color, width=width)])
