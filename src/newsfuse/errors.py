"""Every exception newsfuse raises, in one tree.

::

    NewsfuseError                 base of everything below
    ├── UsageError                bad options or arguments          (exit 1)
    ├── InputError                one input cannot be read          (reported, batch goes on)
    │   ├── MissingInputError     the path does not exist
    │   ├── EmptyInputError       empty file, or a folder with no articles
    │   ├── BinaryInputError      not text (NUL bytes, a known binary signature)
    │   ├── DecodeInputError      neither UTF-8 nor cp1252
    │   ├── MalformedInputError   HTML with no main text, a broken JSONL line
    │   ├── TooLargeInputError    over ``Options.max_bytes``
    │   └── FetchError            a URL unreachable, refused, an HTTP error, not a page or feed
    ├── StageError                an analysis stage failed on one article or story
    ├── StageOrderError           a pipeline whose stages require what no earlier stage assigns
    ├── NoArticlesError           nothing at all could be read      (exit 2)
    ├── PoolError                 a process pool gave back less than it was given (a fault, not bad input)
    └── StoreError                the SQLite store cannot be opened or written

The CLI turns each into one line on stderr and an exit code
(:data:`EXIT_OK`, :data:`EXIT_USAGE`, :data:`EXIT_NO_ARTICLES`). Input and
stage errors never stop the batch: the library records them as
:class:`newsfuse.model.Problem` rows in the report and goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsfuse.model import Problem

__all__ = [
    "EXIT_NO_ARTICLES",
    "EXIT_OK",
    "EXIT_USAGE",
    "QUOTED_MESSAGE_CHARS",
    "BinaryInputError",
    "DecodeInputError",
    "EmptyInputError",
    "FetchError",
    "InputError",
    "MalformedInputError",
    "MissingInputError",
    "NewsfuseError",
    "NoArticlesError",
    "PoolError",
    "StageError",
    "StageOrderError",
    "StoreError",
    "TooLargeInputError",
    "UsageError",
]

EXIT_OK = 0
"""At least one article was read (bad inputs, if any, were reported on stderr)."""
EXIT_USAGE = 1
"""Bad command-line usage or options, or a store that cannot be used."""
EXIT_NO_ARTICLES = 2
"""No article could be read from any input."""
QUOTED_MESSAGE_CHARS = 160
"""The most of a library's own message (a parser's, warcio's) that a reason quotes, on one line."""


class NewsfuseError(Exception):
    """Base class of every error newsfuse raises on purpose."""


class UsageError(NewsfuseError):
    """The command or options make no sense."""


class InputError(NewsfuseError):
    """One input (file, or line of a JSONL file) cannot be read as an article."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class SkippedFilesWarning(InputError):
    """Files in a folder that no reader reads (PDFs, images): named in one warning, the rest is read."""


class MissingInputError(InputError):
    """The path does not exist."""


class EmptyInputError(InputError):
    """The file is empty (or only whitespace), or a folder holds no articles."""


class BinaryInputError(InputError):
    """The file is not text."""


class DecodeInputError(InputError):
    """The bytes decode neither as UTF-8 nor as cp1252."""


class MalformedInputError(InputError):
    """The file is text but not a usable article (no main text, invalid JSON...)."""


class TooLargeInputError(InputError):
    """The file is larger than the configured limit."""


class FetchError(InputError):
    """A URL could not be fetched: unreachable, refused, an HTTP error, too large, not a page or feed."""


class StageError(NewsfuseError):
    """An analysis stage failed on one article or story."""

    def __init__(self, stage: str, subject: str, cause: BaseException) -> None:
        self.stage = stage
        self.subject = subject
        self.cause = cause
        super().__init__(f"{subject}: stage {stage!r} failed: {type(cause).__name__}: {cause}")


class StageOrderError(NewsfuseError):
    """A stage is declared or ordered so that it cannot run: it requires a field no earlier stage assigns,
    takes an options section that does not exist, or shares its name with another stage."""


class NoArticlesError(NewsfuseError):
    """Nothing could be read from any of the inputs; ``problems`` says why for each."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems = tuple(problems)
        super().__init__(message)


class PoolError(NewsfuseError):
    """A process pool gave back less work than it was given (a story without findings): a fault of the pool,
    never of one input, so the run stops rather than leave a silent gap in the report."""


class StoreError(NewsfuseError):
    """The store cannot be opened, migrated or written."""
