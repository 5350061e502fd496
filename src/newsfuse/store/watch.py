"""``newsfuse watch``: ingest the same sources again and again, until told to stop.

Each round is one :func:`~newsfuse.store.ingest.ingest` of every source
(feeds, OPML lists, URL lists, folders): incremental, so only new items are
fetched and analysed. Between rounds it sleeps for ``every`` seconds in
steps of :data:`SLEEP_STEP` (0.5 s), checking for a stop between them. A
stop request (SIGTERM or SIGINT, see :class:`StopFlag`) lets the round in
progress finish its current batch's transaction and the stale stories, then
ends the loop: a watched store is never left half-written by a stop.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Callable, Sequence
from types import FrameType

from newsfuse.errors import UsageError
from newsfuse.options import Options
from newsfuse.store.database import Store
from newsfuse.store.ingest import IngestResult, ingest

__all__ = ["StopFlag", "parse_interval", "watch"]

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
SLEEP_STEP = 0.5
"""Seconds between checks of the stop flag while waiting for the next round."""


def parse_interval(text: str) -> float:
    """Seconds in an interval such as ``90``, ``90s``, ``15m``, ``1h``, ``1d``."""
    match = _INTERVAL.match(text)
    if not match or float(match[1]) <= 0:
        raise UsageError(f"not an interval: {text!r} (try 90s, 15m, 1h)")
    return float(match[1]) * _UNIT_SECONDS[match[2].lower()]


class StopFlag:
    """Set by SIGTERM or SIGINT (while installed); the loop checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopFlag:
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self._event.set()

    def set(self) -> None:
        self._event.set()

    @property
    def stopped(self) -> bool:
        return self._event.is_set()


def watch(
    sources: Sequence[str],
    store: Store,
    options: Options,
    every: float,
    stop: StopFlag,
    *,
    rounds: int | None = None,
    report: Callable[[IngestResult], None] | None = None,
) -> int:
    """Ingest ``sources`` every ``every`` seconds until ``stop`` is set (or ``rounds`` are done); rounds run."""
    done = 0
    while not stop.stopped and (rounds is None or done < rounds):
        result = ingest(sources, store, options, stop=lambda: stop.stopped)
        done += 1
        if report:
            report(result)
        deadline = time.monotonic() + every
        while not stop.stopped and (rounds is None or done < rounds) and time.monotonic() < deadline:
            time.sleep(min(SLEEP_STEP, max(0.0, deadline - time.monotonic())))
    return done
