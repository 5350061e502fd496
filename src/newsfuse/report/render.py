"""Choosing a renderer by format name.

``FORMATS`` is the registry the CLI's ``--format`` choices come from: ``text``
(the terminal, the default), ``json`` (the machine contract), ``markdown``
and ``html`` (for people: a newsroom doc, a browser).

Each format's module is imported when that format is first rendered, not
when the registry is: the CLI reads ``FORMATS`` at start-up for its
``--format`` choices, and a JSON run never needs the human reports' modules
(the report view, jinja2, rich), which took ~0.2-0.5 s to import (issue #21,
``python -X importtime -c "import newsfuse.cli"``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Any

from newsfuse.errors import UsageError
from newsfuse.model import Report

__all__ = ["FORMATS", "render", "render_pieces"]


def _loaded(module: str, name: str) -> Callable[..., Any]:
    """A function of a report module that imports the module at its first call (then calls it)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f"newsfuse.report.{module}"), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


_FORMAT_NAMES = ("text", "json", "markdown", "html")
"""Each format's name, which is also its module's (``newsfuse.report.json``: ``render_json``, ``iter_json``)."""
FORMATS: dict[str, Callable[..., str]] = {fmt: _loaded(fmt, f"render_{fmt}") for fmt in _FORMAT_NAMES}
_PIECES: dict[str, Callable[..., Iterator[str]]] = {fmt: _loaded(fmt, f"iter_{fmt}") for fmt in _FORMAT_NAMES}


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
    if fmt == "text":
        return _PIECES[fmt](report, color=color, width=width)
    if fmt in _PIECES:
        return _PIECES[fmt](report)
    return iter([render(report, fmt, color=color, width=width)])
