"""Each story's web page, rendered once when its findings are written and kept in the ``pages`` table.

A story's page in ``newsfuse serve`` is a pure function of the store's
rows for that story (its row, articles and findings, and which outlets
published in its days: see :func:`newsfuse.store.tables.story_state`).
Rendering it costs milliseconds of CPU (the report's view and a large
template), which a server answering many readers should not spend on every
first visit; so :meth:`Store.write_findings <newsfuse.store.Store.write_findings>`,
the one writer of findings (ingest, ``watch``, the Spark import), renders the
page in the same transaction and keeps it compressed with the state it was
rendered from and the build that rendered it (:func:`newsfuse.app.pages.renderer`).

:func:`read_page` gives the kept page only while both still hold; otherwise
(a story that gained articles, an article added in its days, another build
of newsfuse, a store migrated from before version 5) the server renders the
page itself. Pages carry no review marks: a story with marks is always
rendered by the server.

An ingest ends by rendering again the pages that no longer hold
(:func:`outdated_pages`: stories whose days gained an article from another
story, pages of another build, a migrated store), so after any ingest every
up-to-date story has its page.
"""

from __future__ import annotations

import sqlite3

from newsfuse.store.tables import stored_report, story_state

__all__ = ["outdated_pages", "read_page", "state_key", "write_page"]


def state_key(state: tuple[object, ...]) -> str:
    return ":".join(map(str, state))


def write_page(db: sqlite3.Connection, story_id: str) -> None:
    """Render the story's page from the rows ``db`` holds now (inside the caller's transaction) and keep it."""
    from newsfuse.app.pages import pack, render_story, renderer

    state = story_state(db, story_id)
    report = stored_report(db, story_id)
    if state is None or report is None or state[2]:
        return  # no such story, or its findings lag behind its articles: nothing worth keeping
    db.execute(
        "INSERT OR REPLACE INTO pages (story, renderer, state, html) VALUES (?, ?, ?, ?)",
        (story_id, renderer(), state_key(state), pack(render_story(story_id, report))),
    )


def read_page(db: sqlite3.Connection, story_id: str, state: tuple[object, ...], renderer: str) -> bytes | None:
    """The kept page (compressed) of a story in ``state``, rendered by ``renderer``; None where there is none."""
    row = db.execute(
        "SELECT html FROM pages WHERE story = ? AND renderer = ? AND state = ?", (story_id, renderer, state_key(state))
    ).fetchone()
    return None if row is None else bytes(row[0])


def outdated_pages(db: sqlite3.Connection) -> list[str]:
    """Up-to-date stories whose kept page is missing, or was rendered from another state or by another build."""
    from newsfuse.app.pages import renderer

    current = renderer()
    kept = {story: (built, state) for story, built, state in db.execute("SELECT story, renderer, state FROM pages")}
    outdated = []
    for (story_id,) in db.execute("SELECT id FROM stories WHERE stale = 0 ORDER BY seq").fetchall():
        state = story_state(db, story_id)
        if state is not None and kept.get(story_id) != (current, state_key(state)):
            outdated.append(story_id)
    return outdated
