"""What the files beside an article say about it: ``sources.csv`` and ``outlets.csv``.

A plain-text file has no place for its outlet or address, so a folder of
them can carry a ``sources.csv``::

    file,outlet,url,published
    harbour-vote.txt,The Guardian,https://www.theguardian.com/...,2024-03-14T08:45
    wire-copy.txt,Ghana News Agency,,

``file`` is the article's file name in that folder; the other columns may
be empty. What a row says wins over what the file's text suggests (the
user knows where the copy came from); a JSON Lines record's own fields win
over a row naming its file. An ``outlets.csv`` in the same folder extends
the table of outlets (:mod:`newsfuse.ingest.outlets`) for the files there.

A sidecar that cannot be read is reported once, as a warning, and the
articles are read without it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from newsfuse.errors import InputError, MalformedInputError
from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.decode import read_capped_text
from newsfuse.ingest.outlets import MAX_TABLE_BYTES, OutletTable, load_table

__all__ = ["OUTLETS_FILE", "SIDECAR_COLUMNS", "SIDECAR_FILE", "Sidecars", "SourceHints", "parse_sidecar"]

SIDECAR_FILE = "sources.csv"
OUTLETS_FILE = "outlets.csv"
SIDECAR_COLUMNS = ("file", "outlet", "url", "published")


@dataclass(frozen=True, slots=True)
class SourceHints:
    """What a ``sources.csv`` row says of one file."""

    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def _cell(record: dict[str | None, str | list[str] | None], column: str) -> str | None:
    for key, value in record.items():
        if (key or "").strip().lower() == column and isinstance(value, str) and value.strip():
            return value.strip()
    return None


def parse_sidecar(text: str, source: str) -> dict[str, SourceHints]:
    """The rows of a ``sources.csv`` by file name; raises MalformedInputError when it is not one."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in [(f or "").strip().lower() for f in reader.fieldnames]:
        raise MalformedInputError(source, f"a sources file needs a header with {', '.join(SIDECAR_COLUMNS)}")
    hints: dict[str, SourceHints] = {}
    try:
        for record in reader:
            name = _cell(record, "file")
            if not name:
                continue
            published = _cell(record, "published")
            hints[Path(name).name] = SourceHints(
                outlet=_cell(record, "outlet"),
                url=_cell(record, "url"),
                published=(parse_published(published) or published) if published else None,
            )
    except csv.Error as exc:
        raise MalformedInputError(source, f"cannot read sources file ({exc})") from None
    return hints


def _read_sidecar(path: Path) -> dict[str, SourceHints]:
    return parse_sidecar(read_capped_text(path, "sources file", MAX_TABLE_BYTES), str(path))


class Sidecars:
    """The sidecar files of each folder, read once; problems collected for the caller to report."""

    def __init__(self, table: OutletTable) -> None:
        self.base = table
        self._hints: dict[Path, dict[str, SourceHints]] = {}
        self._tables: dict[Path, OutletTable] = {}
        self.problems: list[InputError] = []

    def hints(self, path: Path) -> SourceHints | None:
        """What the ``sources.csv`` beside ``path`` says of it (None when nothing)."""
        folder = path.parent
        if folder not in self._hints:
            self._hints[folder] = {}
            sidecar = folder / SIDECAR_FILE
            if sidecar.is_file():
                try:
                    self._hints[folder] = _read_sidecar(sidecar)
                except InputError as exc:
                    self.problems.append(exc)
        return self._hints[folder].get(path.name)

    def table(self, path: Path) -> OutletTable:
        """The outlet table for ``path``: the base table, extended by an ``outlets.csv`` beside it."""
        folder = path.parent
        if folder not in self._tables:
            self._tables[folder] = self.base
            extra = folder / OUTLETS_FILE
            if extra.is_file():
                try:
                    self._tables[folder] = load_table(extra, self.base)
                except InputError as exc:
                    self.problems.append(exc)
        return self._tables[folder]

    def drain(self) -> list[InputError]:
        """The problems found since the last call."""
        found, self.problems = self.problems, []
        return found
