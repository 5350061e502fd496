"""Story stages: each sees one story's analysed articles at once, never raw files.

:func:`compare_story` runs them in dependency order and returns the story's
findings as a :class:`~newsfuse.model.Report` fragment.

The package imports its stages on first use (``compare_story`` is looked up
lazily): importing one small module of it (``copies``, ``sources``: what the
main process of a run with a pool needs) does not import every story stage
and their libraries (a second of start-up, issue #21); the pool's workers
import them where they run.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsfuse.compare.story import compare_story

__all__ = ["compare_story"]


def __getattr__(name: str) -> Any:
    if name == "compare_story":
        return importlib.import_module("newsfuse.compare.story").compare_story
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
