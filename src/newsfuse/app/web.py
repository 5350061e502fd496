"""``newsfuse serve``: the store as a local web site (Starlette, Jinja2, uvicorn).

Routes (all GET but ``/reviews``):

- ``/`` stories newest first; filters ``date_from``, ``date_to`` (YYYY-MM-DD),
  ``outlet``, ``speaker``, ``verdict``, ``q`` (full-text search of article
  text and quotations), ``page``;
- ``/stories/{id}`` the story's report, the very view and template of the
  HTML report (:mod:`newsfuse.report.view`, ``report.html.j2``) with review
  marks beside each quotation, claim and conflict;
  ``/stories/{id}/quotes/{quote}`` goes to that quotation in its article;
- ``/speakers/{name}`` every quotation of a person across stories, with verdicts;
- ``/outlets/{name}`` an outlet's stories, original share and flagged quotations;
- ``/api/stories`` (JSON list; the index's filters) and ``/api/stories/{id}``
  (the story's report in the schema of ``analyze --format json``, plus ``reviews``);
- ``POST /reviews`` keeps a mark (CSRF token required) and goes back to the page.

Safe by default: the CLI binds 127.0.0.1 and the app answers only to the
host names it was started for (no DNS rebinding); every response carries a
Content-Security-Policy that allows no script but the report's own (by
hash), no connections, no frames and form posts to itself only; templates
autoescape everything, article text included; the store is read through a
read-only connection, and only ``reviews`` can be written; a failure is a
plain error page, never a traceback (that goes to the server's log).
Handlers are ``async`` and query SQLite in place: the queries take
milliseconds and one thread keeps the connection simple.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

import jinja2
import msgspec
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from newsfuse.app.data import PAGE_SIZE, VERDICTS, Filters, Library
from newsfuse.app.reviews import MARKS, Review, ReviewBook, new_token, same_token
from newsfuse.errors import NewsfuseError, UsageError
from newsfuse.report.html import _script, page_context

__all__ = ["CSRF_COOKIE", "LOCAL_HOSTS", "content_security_policy", "create_app"]

log = logging.getLogger("newsfuse.serve")

CSRF_COOKIE = "newsfuse_csrf"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
PAGES_KEPT = 256
"""Story pages and JSON kept in memory, as text (the most recently shown)."""
MAX_FORM_BYTES = 16_384
"""Largest review form accepted."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def content_security_policy() -> str:
    """The policy every response carries: the report's own script (by hash) and nothing from anywhere."""
    _, script_hash = _script()
    return (
        f"default-src 'none'; script-src '{script_hash}'; style-src 'unsafe-inline'; img-src data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    """ASGI wrapper: the CSP and friends on every response, error pages included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", content_security_policy().encode("ascii")),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"cache-control", b"no-store"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.PackageLoader("newsfuse.app", "templates"), jinja2.PackageLoader("newsfuse.report", "templates")]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates ship with the package: no stat() of every template on every page
    )
    environment.filters["url"] = lambda value: quote(str(value), safe="")
    environment.globals["verdicts"] = VERDICTS
    environment.globals["marks"] = MARKS
    return environment


class Site:
    """The app's state: the store (read-only), the review book, and the page renderer."""

    def __init__(self, db: Path) -> None:
        self.library = Library(db)
        self.reviews = ReviewBook(db)
        self.placeholder = f"csrf-{secrets.token_hex(16)}"
        self.story_pages: OrderedDict[tuple[str, str], tuple[tuple[object, ...], str | bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def kept(self, kind: str, story_id: str, make: Callable[[], str | bytes | None]) -> str | bytes | None:
        """A story's page or JSON, made again only when its findings or its review marks changed."""
        state = self.library.revision(story_id)
        if state is None:
            return None
        key = (*state, self.reviews.last(story_id))
        with self._lock:
            found = self.story_pages.get((kind, story_id))
            if found is not None and found[0] == key:
                self.story_pages.move_to_end((kind, story_id))
                return found[1]
        made = make()
        if made is not None:
            with self._lock:
                self.story_pages[(kind, story_id)] = (key, made)
                while len(self.story_pages) > PAGES_KEPT:
                    self.story_pages.popitem(last=False)
        return made

    def render_story(self, request: Request, story_id: str) -> str | None:
        loaded = self.library.story(story_id)
        if loaded is None:
            return None
        report, view = loaded
        marks: dict[str, list[Review]] = {}
        for review in self.reviews.for_story(story_id):
            marks.setdefault(review.finding, []).append(review)
        outlets = sorted({a.outlet for a in report.articles if a.outlet})
        context = page_context(view)
        return self.render(
            request,
            "story.html.j2",
            **context,
            story_id=story_id,
            reviews=marks,
            outlet_names=outlets,
        )

    def render(self, request: Request, template: str, **context: Any) -> str:
        """A page with a placeholder for the CSRF token (so that it can be kept and served to anyone)."""
        return _environment().get_template(template).render(csrf=self.placeholder, request_path=request.url.path,
                                                            **context)  # fmt: skip

    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return self.respond(request, self.render(request, template, **context), status)

    def respond(self, request: Request, html: str, status: int = 200) -> HTMLResponse:
        """A rendered page with this reader's CSRF token in its forms (and its cookie set where new)."""
        token = request.cookies.get(CSRF_COOKIE) or new_token()
        response = HTMLResponse(html.replace(self.placeholder, token), status_code=status)
        if request.cookies.get(CSRF_COOKIE) != token:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response


def _site(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def _query(params: Mapping[str, str], **changes: object) -> str:
    merged = {**params, **{k: str(v) for k, v in changes.items()}}
    return urlencode({k: v for k, v in merged.items() if v})


async def index(request: Request) -> Response:
    site = _site(request)
    filters = Filters.parse(request.query_params)
    rows, total = site.library.stories(filters)
    pages = max(1, -(-total // PAGE_SIZE))
    active = filters.active()
    return site.page(
        request,
        "index.html.j2",
        title="newsfuse: stories",
        stories=rows,
        total=total,
        filters=filters,
        outlets=site.library.outlets(),
        page=filters.page,
        pages=pages,
        previous=_query(active, page=filters.page - 1) if filters.page > 1 else None,
        following=_query(active, page=filters.page + 1) if filters.page < pages else None,
    )


def _story_id(request: Request) -> str:
    found = _site(request).library.find_story(request.path_params["story"])
    if found is None:
        raise HTTPException(404, "no such story")
    return found


async def story_page(request: Request) -> Response:
    site = _site(request)
    story_id = _story_id(request)
    if story_id != request.path_params["story"]:
        return RedirectResponse(f"/stories/{quote(story_id, safe='')}", status_code=307)
    html = site.kept("html", story_id, lambda: site.render_story(request, story_id))
    if not isinstance(html, str):
        raise HTTPException(404, "no such story")
    return site.respond(request, html)


async def quote_link(request: Request) -> Response:
    """A quotation in its article: the story page, scrolled to (and lighting up) the quotation."""
    site = _site(request)
    story_id = _story_id(request)
    loaded = site.library.story(story_id)
    wanted = request.path_params["quote"]
    if loaded is not None:
        for story in loaded[1].stories:
            for speaker in story.speakers:
                for entry in speaker.entries:
                    if entry.quote.id == wanted and entry.link.anchor:
                        return RedirectResponse(f"/stories/{quote(story_id, safe='')}#{entry.link.anchor}", 303)
    raise HTTPException(404, "no such quotation in this story")


async def speaker_page(request: Request) -> Response:
    site = _site(request)
    name = request.path_params["name"]
    quotes = site.library.speaker_quotes(name)
    if not quotes:
        raise HTTPException(404, "no quotation of that speaker")
    marks = site.reviews.for_findings([q["id"] for q in quotes])
    counts = {v: sum(1 for q in quotes if q["verdict"] == v) for v in VERDICTS}
    return site.page(
        request,
        "speaker.html.j2",
        title=f"newsfuse: {quotes[0]['speaker']}",
        name=quotes[0]["speaker"],
        quotes=quotes,
        counts=counts,
        reviews=marks,
    )


async def outlet_page(request: Request) -> Response:
    site = _site(request)
    outlet = site.library.outlet(request.path_params["name"])
    if outlet is None:
        raise HTTPException(404, "no articles from that outlet")
    marks = site.reviews.for_findings([q["id"] for q in outlet["flagged"]])
    return site.page(request, "outlet.html.j2", title=f"newsfuse: {outlet['name']}", outlet=outlet, reviews=marks)


async def api_stories(request: Request) -> Response:
    site = _site(request)
    filters = Filters.parse(request.query_params)
    rows, total = site.library.stories(filters)
    body = [
        {
            "id": r.id,
            "label": r.label,
            "start": r.start,
            "end": r.end,
            "articles": r.articles,
            "outlets": r.outlets,
            "quotes": r.quotes,
        }
        for r in rows
    ]
    return JSONResponse(body, headers={"x-total-count": str(total), "x-page-size": str(PAGE_SIZE)})


async def api_story(request: Request) -> Response:
    site = _site(request)
    story_id = _story_id(request)

    def make() -> bytes | None:
        report = site.library.report(story_id)
        if report is None:
            return None
        body = msgspec.to_builtins(report)
        body["reviews"] = [r.to_json() for r in site.reviews.for_story(story_id)]
        return msgspec.json.encode(body)

    encoded = site.kept("json", story_id, make)
    if not isinstance(encoded, bytes):
        raise HTTPException(404, "no such story")
    return Response(encoded, media_type="application/json")


async def post_review(request: Request) -> Response:
    site = _site(request)
    raw = await request.body()
    if len(raw) > MAX_FORM_BYTES:
        raise HTTPException(413, "the form is too large")
    form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True).items()}
    if not same_token(request.cookies.get(CSRF_COOKIE), form.get("csrf")):
        raise HTTPException(403, "the form's security token is missing or wrong; reload the page and try again")
    story_id = site.library.find_story(form.get("story", ""))
    if story_id is None or story_id != form.get("story"):
        raise HTTPException(404, "no such story")
    site.reviews.add(story_id, form.get("kind", ""), form.get("finding", ""), form.get("mark", ""),
                     form.get("note", "").strip())  # fmt: skip
    back = form.get("next", "")
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = f"/stories/{quote(story_id, safe='')}"
    return RedirectResponse(back, status_code=303)


def _error_page(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    html = _environment().get_template("error.html.j2").render(title=f"newsfuse: {status}", status=status,
                                                               message=message)  # fmt: skip
    return HTMLResponse(html, status_code=status)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error_page(request, exc.status_code, exc.detail)


async def on_usage_error(request: Request, exc: Exception) -> Response:
    return _error_page(request, 400, str(exc))


async def on_store_error(request: Request, exc: Exception) -> Response:
    log.error("error on %s: %s", request.url.path, exc)
    return _error_page(request, 503, f"cannot answer: {exc}")


async def on_crash(request: Request, exc: Exception) -> Response:
    log.exception("internal error on %s", request.url.path, exc_info=exc)
    return _error_page(request, 500, "internal error (the server's log has the details)")


def create_app(db: str | Path, *, allowed_hosts: tuple[str, ...] = LOCAL_HOSTS) -> ASGIApp:
    """The ASGI app over the store at ``db`` (opened now: a missing or newer store is a :class:`StoreError`)."""
    site = Site(Path(db))
    routes = [
        Route("/", index),
        Route("/stories/{story}", story_page),
        Route("/stories/{story}/quotes/{quote:path}", quote_link),
        Route("/speakers/{name:path}", speaker_page),
        Route("/outlets/{name:path}", outlet_page),
        Route("/api/stories", api_stories),
        Route("/api/stories/{story}", api_story),
        Route("/reviews", post_review, methods=["POST"]),
    ]
    app = Starlette(
        debug=False,
        routes=routes,
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))],
        exception_handlers={
            HTTPException: on_http_error,
            UsageError: on_usage_error,
            NewsfuseError: on_store_error,
            Exception: on_crash,
        },
    )
    app.state.site = site
    wrapped = SecurityHeaders(app)
    wrapped.site = site  # type: ignore[attr-defined]
    return wrapped
