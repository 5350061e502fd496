"""Reading a store without writing to it: read-only connections and table export.

:func:`open_readonly` is how ``newsfuse export`` and ``newsfuse serve`` read
a store: a missing file, a file that is not a newsfuse store and a store
written by a newer newsfuse are each one clear :class:`StoreError`; a store
at an older schema version is first brought up to date (the one write these
readers ever cause), then opened with SQLite's ``mode=ro`` and
``query_only`` so nothing read through it can change the file, and with
up to :data:`MMAP_BYTES` of it memory-mapped.

:func:`export_table` writes one table as CSV or JSON Lines for
spreadsheets and scripts.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from newsfuse.errors import StoreError, UsageError
from newsfuse.store.schema import SCHEMA_VERSION, schema_version
from newsfuse.store.tables import EXPORTABLE

__all__ = ["EXPORT_FORMATS", "export_table", "open_readonly", "readonly_uri"]

EXPORT_FORMATS = ("csv", "jsonl")

MMAP_BYTES = 1 << 30
"""How much of the store a reader maps into memory (SQLite ``mmap_size``): reads of a
large store then come from the OS page cache without a system call per page."""

_BLOBS = frozenset({"analysis", "features", "findings"})
"""Columns of msgpack blobs (model structs for newsfuse itself), left out of exports."""


def readonly_uri(path: Path) -> str:
    """The SQLite URI that opens ``path`` read-only."""
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def open_readonly(path: str | Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection to the store at ``path``, upgraded first if it is older than this newsfuse."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    connection = _connect(path, check_same_thread)
    try:
        version = schema_version(connection)
        if version < SCHEMA_VERSION:
            if version == 0 and not _has_tables(connection):
                raise StoreError(f"{path} is not a newsfuse store (create one with 'newsfuse ingest')")
            connection.close()
            from newsfuse.store.database import Store

            Store(path).close()
            connection = _connect(path, check_same_thread)
            version = schema_version(connection)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {path} is at schema version {version}, newer than this newsfuse knows ({SCHEMA_VERSION});"
                " upgrade newsfuse"
            )
    except sqlite3.Error as exc:
        connection.close()
        raise StoreError(f"cannot read store {path}: {exc}") from exc
    except StoreError:
        connection.close()
        raise
    return connection


def _connect(path: Path, check_same_thread: bool) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True, check_same_thread=check_same_thread)
        connection.execute("PRAGMA query_only = ON")
        connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES:d}")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read store {path}: {exc}") from exc
    return connection


def _has_tables(connection: sqlite3.Connection) -> bool:
    return int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) > 0


def _rows(connection: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
    if table not in EXPORTABLE:
        raise UsageError(f"unknown table {table!r} (choose from {', '.join(EXPORTABLE)})")
    columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})") if r[1] not in _BLOBS]
    names = ", ".join(f'"{c}"' for c in columns)
    return columns, iter(connection.execute(f"SELECT {names} FROM {table} ORDER BY rowid"))


def export_table(path: str | Path, table: str, fmt: str, out: TextIO) -> int:
    """Write every row of ``table`` to ``out`` as CSV (with a header) or JSON Lines; returns the row count.

    In JSON Lines the ``data`` column (a finding as the JSON report prints
    it) is nested as JSON rather than kept as a string.
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    connection = open_readonly(path)
    try:
        columns, rows = _rows(connection, table)
        count = 0
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
                count += 1
            return count
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            if isinstance(record.get("data"), str):
                record["data"] = json.loads(str(record["data"]))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    finally:
        connection.close()
