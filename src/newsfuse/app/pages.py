"""The web app's pages as text: the Jinja environment, the story page, and what makes a rendered page reusable.

A page is rendered once and then kept (in memory by the app, and a story's
page in the store itself, by the ingest that computed its findings: see
:mod:`newsfuse.store.pages`), so nothing in it may depend on who asks for
it. The one exception, the reader's CSRF token in every review form, is
rendered as :data:`CSRF_PLACEHOLDER` and put in by :func:`with_token` when
the page is sent. The placeholder is replaced only where it stands as the
value of the form field ``csrf`` (``name="csrf" value="..."``): article
text is escaped (``"`` becomes ``&#34;``), so no article can make that
sequence appear, and a hostile article that prints the placeholder itself
never receives a token.

:func:`renderer` names the build that rendered a page (a digest of the
package's code and templates): a page kept by another build of newsfuse is
rendered again rather than trusted. A page kept in the store is packed with
zlib at :data:`PACK_LEVEL` (6).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2

from newsfuse.app.reviews import MARKS, Review
from newsfuse.model import Report
from newsfuse.report.html import page_context
from newsfuse.report.view import build_view

__all__ = [
    "CSRF_PLACEHOLDER",
    "VERDICTS",
    "environment",
    "pack",
    "render",
    "render_story",
    "renderer",
    "story_path",
    "unpack",
    "with_token",
]

VERDICTS = ("altered", "variant", "single-source", "corroborated")
CSRF_PLACEHOLDER = "newsfuse-csrf-placeholder"
"""What a kept page holds where each review form's CSRF token goes."""
_CSRF_FIELD = f'name="csrf" value="{CSRF_PLACEHOLDER}"'.encode("ascii")
PACK_LEVEL = 6
"""zlib level of pages kept in the store (a story page shrinks about sevenfold)."""


@cache
def environment() -> jinja2.Environment:
    """The app's templates (and the HTML report's, which the story page extends); everything autoescaped."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.PackageLoader("newsfuse.app", "templates"), jinja2.PackageLoader("newsfuse.report", "templates")]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates ship with the package: no stat() of every template on every page
    )
    env.filters["url"] = lambda value: quote(str(value), safe="")
    env.globals["verdicts"] = VERDICTS
    env.globals["marks"] = MARKS
    return env


@cache
def renderer() -> str:
    """A digest of this newsfuse's code and templates: pages rendered by another build are not reused."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def story_path(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def render(template: str, request_path: str, **context: Any) -> str:
    """A page of the app, with the CSRF placeholder in its forms."""
    return environment().get_template(template).render(csrf=CSRF_PLACEHOLDER, request_path=request_path, **context)


def render_story(story_id: str, report: Report, marks: Sequence[Review] = ()) -> str:
    """A story's page: the HTML report's view and template, with review marks and forms beside the findings."""
    reviews: dict[str, list[Review]] = {}
    for review in marks:
        reviews.setdefault(review.finding, []).append(review)
    outlets = sorted({a.outlet for a in report.articles if a.outlet})
    context = page_context(build_view(report))
    return render("story.html.j2", story_path(story_id), **context, story_id=story_id, reviews=reviews,
                  outlet_names=outlets)  # fmt: skip


def with_token(body: bytes, token: str) -> bytes:
    """A kept page with ``token`` in its review forms."""
    return body.replace(_CSRF_FIELD, f'name="csrf" value="{token}"'.encode("ascii"))


def pack(html: str) -> bytes:
    return zlib.compress(html.encode("utf-8"), PACK_LEVEL)


def unpack(blob: bytes) -> bytes:
    return zlib.decompress(blob)
