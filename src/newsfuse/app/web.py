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
- ``POST /reviews`` keeps a mark (CSRF token required; a form over
  :data:`MAX_FORM_BYTES`, 16 KiB, is refused) and goes back to the page.

Safe by default: the CLI binds 127.0.0.1 and the app answers only to the
host names it was started for (no DNS rebinding; :func:`host_allowed`, checked
before anything else); every response carries a
Content-Security-Policy that allows no script but the report's own (by
hash), no connections, no frames and form posts to itself only; templates
autoescape everything, article text included; the store is read through a
read-only connection, and only ``reviews`` can be written; a failure is a
plain error page, never a traceback (that goes to the server's log).

Fast by design: every page is a function of the store's content, so each
answer is made once and kept (:class:`PageCache`, an LRU of bodies bounded
in bytes) under its path and query, stamped with the store's change counter
(SQLite's ``data_version`` on a connection of its own, which moves whenever
an ingest or a review mark commits). While the counter stands still, an
answer is sent from memory with no query at all, straight from the app's
front door (:class:`Front`: no routing, no request object, no thread
pool); when it moves, a story's
page or JSON is checked against the story's own state
(:func:`newsfuse.store.tables.story_state` and its latest review mark) and
kept if that did not change, so a mark or an ingest elsewhere does not
throw the other stories away. A story page not kept yet comes from the
``pages`` table, where the ingest left it rendered
(:mod:`newsfuse.store.pages`); it is rendered here only where that is
missing or out of date, or the story has review marks. Each answer carries
an ETag (of the body and of the reader's CSRF token, which is the only
part of a page that is the reader's own): a browser revalidating gets
``304 Not Modified``. A quotation's link is answered from the story's
page too (:func:`quote_anchors`). Anything that reads SQLite or renders runs in the
thread pool, never on the event loop, with one exception: a story page the
store keeps (a few indexed reads and one decompression, about a
millisecond, which cost less than the hop to a thread and back: some
0.3 ms of the 1.4-1.8 ms of server CPU a first answer costs, measured on a
busy machine). Besides the in-memory
lookup and the counter (one ``PRAGMA``, which never waits on a writer in
WAL mode), nothing else is done there.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

import msgspec
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from newsfuse.app.cache import Kept, PageCache, digest
from newsfuse.app.data import PAGE_SIZE, VERDICTS, Filters, Library
from newsfuse.app.pages import environment, render, render_story, renderer, story_path, unpack, with_token
from newsfuse.app.reviews import ReviewBook, new_token, same_token
from newsfuse.errors import NewsfuseError, UsageError
from newsfuse.report.html import report_script
from newsfuse.store.pages import state_key
from newsfuse.store.readonly import open_readonly

__all__ = [
    "CSRF_COOKIE",
    "LOCAL_HOSTS",
    "Front",
    "content_security_policy",
    "create_app",
    "host_allowed",
    "quote_anchors",
]

log = logging.getLogger("newsfuse.serve")

CSRF_COOKIE = "newsfuse_csrf"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_FORM_BYTES = 16_384
"""Largest review form accepted."""
REVALIDATE = "private, no-cache"
"""Cache-Control of kept answers: a browser may keep them but asks (If-None-Match) before each use."""
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,128}\Z")
"""What a CSRF token made by :func:`new_token` looks like (a cookie that does not is replaced)."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
RawHeaders = list[tuple[bytes, bytes]]


def content_security_policy() -> str:
    """The policy every response carries: the report's own script (by hash) and nothing from anywhere."""
    _, script_hash = report_script()
    return (
        f"default-src 'none'; script-src '{script_hash}'; style-src 'unsafe-inline'; img-src data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def host_allowed(host_header: str, allowed: tuple[str, ...]) -> bool:
    """Whether the ``Host`` header names one of ``allowed`` (``*`` any; ``*.example.org`` its subdomains)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[: host.find("]") + 1] if "]" in host else host  # [::1]:8000
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    if not host:
        return False
    return any(p == "*" or host == p or (p.startswith("*.") and host.endswith(p[1:])) for p in allowed)


class Front:
    """The app's front door (ASGI): host check, kept answers sent at once, the CSP and friends on every response.

    A GET whose answer is kept at the store's current generation is sent
    from here, without routing, a request object or the thread pool: the
    same bytes and headers :func:`_send` gives through the routes. Anything
    else goes to the Starlette app.
    """

    def __init__(self, app: ASGIApp, site: Site, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.site = site
        self.allowed = tuple(h.lower() for h in allowed_hosts)
        self.headers = [
            (b"content-security-policy", content_security_policy().encode("ascii")),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        if not host_allowed(headers.get(b"host", b"").decode("latin-1"), self.allowed):
            await self._plain(send, 400, b"Invalid host header")
            return
        if scope["method"] == "GET":
            kept = self.site.cache.fresh(_scope_key(scope), self.site.generation())
            if kept is not None:
                status, raw, body = _reply(kept, headers.get(b"cookie", b""), headers.get(b"if-none-match"))
                await send({"type": "http.response.start", "status": status, "headers": [*raw, *self.headers]})
                await send({"type": "http.response.body", "body": body})
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), *self.headers]
                if not any(name.lower() == b"cache-control" for name, _ in headers):
                    headers.append((b"cache-control", b"no-store"))  # errors, redirects of forms: never kept
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _plain(self, send: Send, status: int, text: bytes) -> None:
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"%d" % len(text)),
                   (b"cache-control", b"no-store"), *self.headers]  # fmt: skip
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": text})


def _headers(scope: Scope) -> dict[bytes, bytes]:
    """The request's headers by (lower-case) name; where a name repeats, the first."""
    found: dict[bytes, bytes] = {}
    for name, value in scope["headers"]:
        found.setdefault(name, value)
    return found


class Site:
    """The app's state: the store (read-only), the review book, the kept answers and the change counter."""

    def __init__(self, db: Path) -> None:
        self.library = Library(db)
        self.reviews = ReviewBook(db)
        self.cache = PageCache()
        self._counter = open_readonly(db, check_same_thread=False)  # the event loop's own: PRAGMA data_version

    def generation(self) -> int:
        """SQLite's ``data_version`` of the store: moves whenever another connection (an ingest, a mark) commits."""
        return int(self._counter.execute("PRAGMA data_version").fetchone()[0])

    def story_validator(self, story_id: str) -> tuple[object, ...] | None:
        """What a story's page and JSON are made from: the story's state and its latest review mark."""
        state = self.library.state(story_id)
        return None if state is None else (*state, self.reviews.last(story_id))

    def kept_page(self, story_id: str, validator: tuple[object, ...]) -> Kept | None:
        """The story's page as the ingest kept it, where it still holds and no mark is on it (else None)."""
        state, last_mark = validator[:-1], validator[-1]
        packed = None if last_mark else self.library.page(story_id, state)
        if packed is None:
            return None
        # the page is a function of the story, its state and the build that rendered it: so is its ETag
        etag = digest(f"{story_id}\0{renderer()}\0{state_key(state)}".encode())
        return Kept(unpack(packed), validator=validator, etag=etag)

    def story_page(self, story_id: str, validator: tuple[object, ...]) -> Kept | None:
        """A story's page: the one the ingest kept where it still holds and no mark is on it, else rendered now."""
        return self.kept_page(story_id, validator) or self.rendered_page(story_id, validator)

    def rendered_page(self, story_id: str, validator: tuple[object, ...]) -> Kept | None:
        """A story's page rendered now from its stored findings and marks (None: no such story)."""
        report = self.library.report(story_id)
        if report is None:
            return None
        page = render_story(story_id, report, self.reviews.for_story(story_id))
        return Kept(page.encode("utf-8"), validator=validator)

    def quote_anchor(self, story_id: str, quote_id: str) -> str | None:
        """The anchor of a quotation in its article on the story's page (None: not a quotation of that story).

        Read from the story's page itself (kept by the ingest, or rendered):
        the link the page gives the quotation is where the reader lands, and
        no report view is built for it.
        """
        validator = self.story_validator(story_id)
        kept = None if validator is None else self.story_page(story_id, validator)
        return None if kept is None else quote_anchors(kept.body).get(quote_id)

    def story_json(self, story_id: str, validator: tuple[object, ...]) -> Kept | None:
        report = self.library.report(story_id)
        if report is None:
            return None
        body = msgspec.to_builtins(report)
        body["reviews"] = [r.to_json() for r in self.reviews.for_story(story_id)]
        return Kept(msgspec.json.encode(body), media_type="application/json", html=False, validator=validator)


_QUOTE_LINK = b'<a class="goto quote-link" href="#'
_QUOTE_FORM = re.compile(rb'name="kind" value="quote">\s*<input type="hidden" name="finding" value="([^"]*)"')


def quote_anchors(page: bytes) -> dict[str, str]:
    """Quotation id -> the anchor its entry on a story page links to (entries without an anchor left out).

    Each entry of the quotations ledger is its link (``a.quote-link``) followed
    by its review form, which names the quotation; article text on the page is
    escaped, so it can neither open an entry nor fake a form's fields.
    """
    anchors: dict[str, str] = {}
    for entry in page.split(_QUOTE_LINK)[1:]:
        anchor = entry[: entry.find(b'"')]
        form = _QUOTE_FORM.search(entry)
        if anchor and form is not None:
            anchors.setdefault(html.unescape(form.group(1).decode("utf-8")), html.unescape(anchor.decode("utf-8")))
    return anchors


def _site(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def _scope_key(scope: Scope) -> tuple[str, str]:
    """What an answer is kept under: the path and the query string, as the request gave them."""
    return scope["path"], scope["query_string"].decode("latin-1")


def _etag(kept: Kept, token: str) -> str:
    if not kept.html:
        return f'"{kept.etag}"'
    return f'"{kept.etag}.{hashlib.blake2b(token.encode("ascii"), digest_size=6).hexdigest()}"'


def _csrf_cookie(header: bytes) -> str:
    """The reader's CSRF token from a ``Cookie`` header ('' where there is none)."""
    for part in header.decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name == CSRF_COOKIE:
            return value.strip().strip('"')
    return ""


def _reply(kept: Kept, cookie_header: bytes, if_none_match: bytes | None) -> tuple[int, RawHeaders, bytes]:
    """A kept answer for this reader: their CSRF token in its forms (and cookie where new), or 304 if they hold it.

    Returns the status, the headers (without the security headers, which
    :class:`Front` adds) and the body.
    """
    cookie = _csrf_cookie(cookie_header)
    token = cookie if _TOKEN.match(cookie) else new_token()
    headers: RawHeaders = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in kept.headers]
    if kept.status == 200:
        etag = _etag(kept, token).encode("ascii")
        headers += [(b"etag", etag), (b"cache-control", REVALIDATE.encode("ascii"))]
        if if_none_match == etag:
            return 304, headers, b""
    else:
        headers.append((b"cache-control", b"no-store"))  # redirects: never kept by the browser
    body = with_token(kept.body, token) if kept.html else kept.body
    headers += [(b"content-type", kept.media_type.encode("ascii")), (b"content-length", b"%d" % len(body))]
    if kept.html and cookie != token:
        headers.append((b"set-cookie", f"{CSRF_COOKIE}={token}; HttpOnly; Path=/; SameSite=strict".encode("ascii")))
    return kept.status, headers, body


class _Raw(Response):
    """A response whose status, headers and body are given as they go out."""

    def __init__(self, status: int, headers: RawHeaders, body: bytes) -> None:
        self.status_code = status
        self.raw_headers = headers
        self.body = body
        self.background = None


def _send(request: Request, kept: Kept) -> Response:
    """A kept answer for this reader (see :func:`_reply`)."""
    cookie = request.headers.get("cookie", "").encode("latin-1")
    match = request.headers.get("if-none-match")
    return _Raw(*_reply(kept, cookie, None if match is None else match.encode("latin-1")))


Make = Callable[[Kept | None], Kept]
Quick = Callable[[Kept | None], Kept | None]


async def _answer(request: Request, make: Make, quick: Quick | None = None) -> Response:
    """The kept answer to this GET where it holds at the store's current generation, else ``make``'s (kept).

    ``make`` runs in the thread pool and gets the answer kept before (at an
    older generation, or None) to reuse where its ``validator`` still holds.
    ``quick``, where given, is asked first, on the event loop: it answers
    only what a few indexed reads can (else None), which costs less there
    than the hop to a thread and back.
    """
    site = _site(request)
    key = _scope_key(request.scope)
    generation = site.generation()
    kept = site.cache.fresh(key, generation)
    if kept is None:
        previous = site.cache.previous(key)
        made = None if quick is None else quick(previous)
        if made is None:
            made = await run_in_threadpool(make, previous)
        kept = made.at(generation)
        site.cache.put(key, kept)
    return _send(request, kept)


def _redirect(location: str, status: int) -> Kept:
    return Kept(b"", status=status, headers=(("location", location),), html=False)


def _query(params: Mapping[str, str], **changes: object) -> str:
    merged = {**params, **{k: str(v) for k, v in changes.items()}}
    return urlencode({k: v for k, v in merged.items() if v})


def _page(request: Request, template: str, **context: Any) -> Kept:
    return Kept(render(template, request.url.path, **context).encode("utf-8"))


async def index(request: Request) -> Response:
    site = _site(request)

    def make(_: Kept | None) -> Kept:
        filters = Filters.parse(request.query_params)
        rows, total = site.library.stories(filters)
        pages = max(1, -(-total // PAGE_SIZE))
        active = filters.active()
        return _page(
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

    return await _answer(request, make)


def _story_id(site: Site, reference: str) -> str:
    found = site.library.find_story(reference)
    if found is None:
        raise HTTPException(404, "no such story")
    return found


Made = Callable[[Site, str, tuple[object, ...]], Kept | None]
"""What a story's answer is made by: the site, the story's id and its validator."""


def _story_answer(request: Request, path: str, made: Made, read: _StoryRead | None = None) -> Any:
    """The make function of a story's page or JSON: redirect a prefix to the id, reuse what still holds.

    ``read`` is what the quick answer already read of the story on the event loop (its validator): not read again.
    """
    site = _site(request)
    reference = request.path_params["story"]

    def make(previous: Kept | None) -> Kept:
        story_id = _story_id(site, reference)
        if story_id != reference:
            return _redirect(path + quote(story_id, safe=""), 307)
        validator = site.story_validator(story_id) if read is None else read.validator()
        if previous is not None and validator is not None and previous.validator == validator:
            return previous
        kept = None if validator is None else made(site, story_id, validator)
        if kept is None:
            raise HTTPException(404, "no such story")
        return kept

    return make


class _StoryRead:
    """One request's reads of a story page named by its whole id, shared by its quick answer and its make.

    The quick answer (on the event loop) reads the story's validator and its
    kept page; a page it could not answer is made in the thread pool from
    what it read: the validator is not read again, nor the kept page it
    found missing or outdated.
    """

    def __init__(self, site: Site, story_id: str) -> None:
        self.site = site
        self.story_id = story_id
        self._validator: tuple[object, ...] | None = None
        self._read = False
        self._no_kept_page = False

    def validator(self) -> tuple[object, ...] | None:
        if not self._read:
            self._validator, self._read = self.site.story_validator(self.story_id), True
        return self._validator

    def quick(self, previous: Kept | None) -> Kept | None:
        """The page kept before or by the ingest, if it holds: indexed reads and one decompression, about a
        millisecond. A prefix, an unknown story, a page to render: None (the thread pool's)."""
        validator = self.validator()
        if validator is None:
            return None
        if previous is not None and previous.validator == validator:
            return previous
        kept = self.site.kept_page(self.story_id, validator)
        self._no_kept_page = kept is None
        return kept

    def page(self, site: Site, story_id: str, validator: tuple[object, ...]) -> Kept | None:
        """The page the quick answer could not give: rendered, without reading the kept page again.

        Only :func:`_story_answer` calls it, for this story (a prefix is redirected) at the validator read here.
        """
        if self._no_kept_page:
            return site.rendered_page(story_id, validator)
        return site.story_page(story_id, validator)


async def story_page(request: Request) -> Response:
    read = _StoryRead(_site(request), request.path_params["story"])
    return await _answer(request, _story_answer(request, "/stories/", read.page, read), read.quick)


async def api_story(request: Request) -> Response:
    return await _answer(request, _story_answer(request, "/api/stories/", Site.story_json))


async def quote_link(request: Request) -> Response:
    """A quotation in its article: the story page, scrolled to (and lighting up) the quotation."""
    site = _site(request)

    def make(_: Kept | None) -> Kept:
        story_id = _story_id(site, request.path_params["story"])
        anchor = site.quote_anchor(story_id, request.path_params["quote"])
        if anchor is None:
            raise HTTPException(404, "no such quotation in this story")
        return _redirect(f"{story_path(story_id)}#{anchor}", 303)

    return await _answer(request, make)


async def speaker_page(request: Request) -> Response:
    site = _site(request)

    def make(_: Kept | None) -> Kept:
        quotes = site.library.speaker_quotes(request.path_params["name"])
        if not quotes:
            raise HTTPException(404, "no quotation of that speaker")
        marks = site.reviews.for_findings([q["id"] for q in quotes])
        counts = {v: sum(1 for q in quotes if q["verdict"] == v) for v in VERDICTS}
        name = quotes[0]["speaker"]
        return _page(request, "speaker.html.j2", title=f"newsfuse: {name}", name=name, quotes=quotes,
                     counts=counts, reviews=marks)  # fmt: skip

    return await _answer(request, make)


async def outlet_page(request: Request) -> Response:
    site = _site(request)

    def make(_: Kept | None) -> Kept:
        outlet = site.library.outlet(request.path_params["name"])
        if outlet is None:
            raise HTTPException(404, "no articles from that outlet")
        marks = site.reviews.for_findings([q["id"] for q in outlet["flagged"]])
        return _page(request, "outlet.html.j2", title=f"newsfuse: {outlet['name']}", outlet=outlet, reviews=marks)

    return await _answer(request, make)


async def api_stories(request: Request) -> Response:
    site = _site(request)

    def make(_: Kept | None) -> Kept:
        rows, total = site.library.stories(Filters.parse(request.query_params))
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
        headers = (("x-total-count", str(total)), ("x-page-size", str(PAGE_SIZE)))
        return Kept(msgspec.json.encode(body), media_type="application/json", headers=headers, html=False)

    return await _answer(request, make)


async def post_review(request: Request) -> Response:
    site = _site(request)
    raw = await request.body()
    if len(raw) > MAX_FORM_BYTES:
        raise HTTPException(413, "the form is too large")
    form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True).items()}
    if not same_token(request.cookies.get(CSRF_COOKIE), form.get("csrf")):
        raise HTTPException(403, "the form's security token is missing or wrong; reload the page and try again")

    def keep() -> str:
        story_id = site.library.find_story(form.get("story", ""))
        if story_id is None or story_id != form.get("story"):
            raise HTTPException(404, "no such story")
        site.reviews.add(story_id, form.get("kind", ""), form.get("finding", ""), form.get("mark", ""),
                         form.get("note", "").strip())  # fmt: skip
        return story_id

    story_id = await run_in_threadpool(keep)
    back = form.get("next", "")
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = story_path(story_id)
    return RedirectResponse(back, status_code=303)


def _error_page(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    html = environment().get_template("error.html.j2").render(title=f"newsfuse: {status}", status=status,
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
        exception_handlers={
            HTTPException: on_http_error,
            UsageError: on_usage_error,
            NewsfuseError: on_store_error,
            Exception: on_crash,
        },
    )
    app.state.site = site
    return Front(app, site, allowed_hosts)
