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
up-to-date story has its page. It looks only where a page can have gone out
of date: the stories whose findings the ingest rewrote have their pages
written with their findings; a story's page besides depends on the articles
published in its days (:func:`newsfuse.store.tables.story_state`), so only
the stories whose days overlap the days of the rewritten stories' articles
are checked, plus, in one query over ``stories LEFT JOIN pages``, the pages
that are missing or of another build. A one-article ingest into a large
store therefore checks the few stories of that article's days, not every
story. (An ingest killed after its stories' findings were written but
before this check leaves some pages out of date: the server sees that from
the story's state and renders those pages itself, and a full check,
:func:`outdated_pages` with no stories, finds them.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta

from newsfuse.store.tables import LAST_CHARACTER, in_batches, stored_report, story_state

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


def outdated_pages(db: sqlite3.Connection, changed: Iterable[str] | None = None) -> list[str]:
    """Up-to-date stories whose kept page is missing, or was rendered from another state or by another build.

    With ``changed`` (the stories whose findings were just rewritten, after
    every new article was written: their pages were written with them), the
    state is checked only for the other stories whose days overlap the days
    of their articles; without, for every story.
    """
    from newsfuse.app.pages import renderer

    outdated = dict.fromkeys(
        r[0]
        for r in db.execute(
            "SELECT s.id FROM stories s LEFT JOIN pages p ON p.story = s.id"
            " WHERE s.stale = 0 AND (p.story IS NULL OR p.renderer != ?) ORDER BY s.seq",
            (renderer(),),
        )
    )
    if changed is None:
        candidates, skip = _all_stories(db), set()
    else:
        skip = set(changed)
        candidates = _stories_in_days(db, _days_of(db, skip))
    for story_id in candidates:
        if story_id in outdated or story_id in skip:
            continue
        state = story_state(db, story_id)
        row = db.execute("SELECT state FROM pages WHERE story = ?", (story_id,)).fetchone()
        if state is not None and not state[2] and (row is None or row[0] != state_key(state)):
            outdated[story_id] = None
    return list(outdated)


def _all_stories(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM stories WHERE stale = 0 ORDER BY seq")]


def _days_of(db: sqlite3.Connection, stories: Iterable[str]) -> list[tuple[str, str]]:
    """The days (YYYY-MM-DD) of the dated articles with an outlet in ``stories``, as runs of consecutive days."""
    wanted = list(dict.fromkeys(stories))
    days: set[str] = set()
    for batch, marks in in_batches(wanted):
        days.update(
            r[0]
            for r in db.execute(
                "SELECT DISTINCT substr(published, 1, 10) FROM articles"
                f" WHERE story IN ({marks}) AND outlet IS NOT NULL AND published IS NOT NULL",
                batch,
            )
        )
    runs: list[tuple[str, str]] = []
    for day in sorted(days):
        if runs and _next_day(runs[-1][1]) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _next_day(day: str) -> str | None:
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return None  # not a calendar date: a run of its own


IN_DAYS = (
    'SELECT id, seq FROM stories WHERE coalesce("end", start) >= ? AND start < ? AND "end" IS NOT NULL AND stale = 0'
)
"""Up-to-date stories whose last day is on or after a day and whose first day is before another (exclusive)."""


def _stories_in_days(db: sqlite3.Connection, runs: list[tuple[str, str]]) -> list[str]:
    """Up-to-date stories whose days (``start`` to ``end``, as :func:`story_state` reads them) meet one of ``runs``.

    The stories whose last day is on or after a run's first day come from
    the index on ``coalesce("end", start)`` (no ORDER BY, which would make
    SQLite scan every story in order instead); they are put in order here.
    """
    found: dict[str, int] = {}
    for first, last in runs:
        found.update((str(i), int(seq)) for i, seq in db.execute(IN_DAYS, (first, last + LAST_CHARACTER)))
    return sorted(found, key=found.__getitem__)
