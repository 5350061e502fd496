"""A progress bar on standard error while a long input is analysed.

The pipeline reports ``(done, total)`` through its ``progress`` callback;
:class:`ProgressBar` shows a rich bar only when the input is long enough to
wait for (more than :data:`MIN_ARTICLES` articles) and standard error is a
terminal, so pipes, files and CI logs stay clean. rich is imported only
when a bar is drawn (a run whose stderr is not a terminal never needs it).
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

__all__ = ["MIN_ARTICLES", "ProgressBar"]

MIN_ARTICLES = 40
"""Inputs up to this many articles finish too fast for a bar to help."""


class ProgressBar:
    """A callable ``(done, total)`` that draws a bar once the total is known to be long.

    Use as a context manager so the bar is closed even when analysis fails.
    """

    def __init__(self, stream: TextIO | None = None, *, force: bool = False, min_articles: int = MIN_ARTICLES) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = force or self.stream.isatty()
        self.min_articles = min_articles
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= self.min_articles:
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            console = Console(file=self.stream, force_terminal=True if self.enabled else None)
            self._progress = Progress(
                TextColumn("analysing articles"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("articles", total=total)
        assert self._task is not None
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
