"""A hand-written line shape as a row of a table: name, what it finds, pattern, an invented line and a look-alike.

The ingest stage recognises lines by their shape (a share bar, a byline, a
wire dateline). Each module that does keeps its shapes in a table of
:class:`Shape` rows (:data:`newsfuse.ingest.furniture.SHAPES`,
:data:`newsfuse.ingest.metadata.SHAPES`,
:data:`newsfuse.ingest.outlets.SHAPES`) so that every rule has a name, an
invented line it finds and an invented article line that begins like it
and is kept; ``tests/test_ingest_shapes.py`` reads every row.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Shape"]


class Shape(NamedTuple):
    """One shape: its name, what it finds, its pattern, a line it finds and an article line it keeps.

    ``pattern`` is a compiled rule, or (a string) one branch of a larger
    scan that reads it case-blind as a whole line with an optional colon
    (furniture's one whole-line scan). ``finds`` says what the module's
    reader returns for ``example`` (furniture: the kind of line; metadata and
    outlets: the name of the function that reads it). Both lines are invented.
    """

    name: str
    finds: str
    pattern: str | re.Pattern[str]
    example: str
    kept: str
