"""The HTML report: one self-contained page a reader opens in any browser.

Everything is inline (styles, the small script that scrolls to and lights up
a quotation), so the file works offline, by e-mail, from a USB stick. Article
text is untrusted: the Jinja environment autoescapes everything, the
highlighted bodies are built from segments that are escaped one by one (see
:mod:`newsfuse.report.highlight`), link targets are generated tokens, and a
Content-Security-Policy allows only the page's own script (by its hash), so
even markup that slipped through could not run.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

from newsfuse.model import Report
from newsfuse.report.highlight import Segment
from newsfuse.report.legend import COUNT_LEGEND, HIGHLIGHT_LEGEND, VERDICT_LEGEND
from newsfuse.report.view import PASSAGES_SHOWN, ReportView, stream_view

__all__ = ["body_html", "iter_html", "render_html", "report_script"]


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("newsfuse.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


@cache
def report_script() -> tuple[str, str]:
    """The page script and its CSP source expression (``sha256-...``)."""
    code = resources.files("newsfuse.report").joinpath("templates/report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return code, f"sha256-{digest}"


def _title(view: ReportView) -> str:
    if len(view.index) == 1:
        return f"newsfuse: {view.index[0].story.label}"
    return f"newsfuse: {len(view.index)} stories"


def body_html(paragraphs: Sequence[Sequence[Segment]]) -> Markup:
    """An article's highlighted paragraphs, a ``<p>`` each on a line of its own, every piece of article text, anchor
    and title escaped on its own.

    Written here rather than in the template: a body is most of the page's pieces, and a template loop
    costs several times as much per piece (the page is the same, byte for byte).
    """
    out: list[str] = []
    for paragraph in paragraphs:
        out.append("\n<p>")
        for g in paragraph:
            if not g.tokens:
                out.append(escape(g.text))
                continue
            out.extend(f'<span id="{escape(extra)}"></span>' for extra in g.anchors[1:])
            out.append(f'<mark class="{escape(" ".join(g.kinds))}')
            out.extend(f" f-{escape(token)}" for token in g.tokens)
            out.append('"')
            if g.anchors:
                out.append(f' id="{escape(g.anchors[0])}"')
            if g.title:
                out.append(f' title="{escape(g.title)}"')
            out.append(f">{escape(g.text)}</mark>")
        out.append("</p>")
    return Markup("".join(out))


def page_context(view: ReportView) -> dict[str, Any]:
    """What ``report.html.j2`` renders a view with (also used by ``newsfuse serve``'s story pages)."""
    code, script_hash = report_script()
    return {
        "view": view,
        "title": _title(view),
        "script": Markup(code),
        "script_hash": script_hash,
        "passages_shown": PASSAGES_SHOWN.html,
        "legend": VERDICT_LEGEND,
        "count_legend": COUNT_LEGEND,
        "highlight_legend": HIGHLIGHT_LEGEND["html"],
        "body_html": body_html,
    }


PIECE_CHARS = 1 << 16
"""About how much of the page :func:`iter_html` gathers before it hands a piece on."""


def iter_html(report: Report) -> Iterator[str]:
    """The HTML document in pieces of about :data:`PIECE_CHARS` characters, each story's view built as the
    template reaches it and let go after (the list of stories at the top comes from ``view.index``)."""
    template = _environment().get_template("report.html.j2")
    pending: list[str] = []
    size = 0
    for chunk in template.generate(**page_context(stream_view(report))):
        pending.append(chunk)
        size += len(chunk)
        if size >= PIECE_CHARS:
            yield "".join(pending)
            pending, size = [], 0
    yield "".join(pending) + "\n"


def render_html(report: Report) -> str:
    """The report as one self-contained HTML document."""
    return "".join(iter_html(report))
