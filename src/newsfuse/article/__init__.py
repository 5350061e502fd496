"""Per-article stages: each takes one article and returns findings about it.

They know nothing of other articles, so they run in any order, in a process
pool or in a Spark job. :func:`analyse_article` runs them all.

The stages are imported on first use (``analyse_article`` is looked up
lazily): importing one small module of the package does not import them all
(issue #21: the main process of a run with a pool never runs them).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsfuse.article.analyse import analyse_article

__all__ = ["analyse_article"]


def __getattr__(name: str) -> Any:
    if name == "analyse_article":
        return importlib.import_module("newsfuse.article.analyse").analyse_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
