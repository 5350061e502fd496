"""One options object for every entry point.

The CLI, the tests, the benchmarks and a Spark job all build an
:class:`Options` and pass it to :func:`newsfuse.analyze`; nothing reads
settings from anywhere else.
"""

from __future__ import annotations

import msgspec

__all__ = ["ClusterOptions", "Options"]


class ClusterOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of story clustering (defaults work without tuning)."""

    enabled: bool = True
    """Group articles into stories; when False, all articles form one story."""
    threshold: float = 0.3
    """Similarity above which an article joins a story."""
    window_days: float = 7.0
    """How far apart in time two articles of one story may be published."""


class Options(msgspec.Struct, frozen=True, kw_only=True):
    """How to read and analyse articles."""

    max_bytes: int = 20_000_000
    """Inputs larger than this are refused (TooLargeInputError)."""
    jobs: int = 1
    """Processes for the per-article stages (1: in this process)."""
    cluster: ClusterOptions = ClusterOptions()
    recursive: bool = True
    """Walk folders recursively."""
