"""The JSON report: the data model, serialised as it is.

:func:`iter_json` writes it piece by piece (:data:`ROWS_AT_ONCE` table rows at a time,
indented as they stand in the whole document), so a writer never holds the
whole document, nor its formatted copy; :func:`render_json` joins the same
pieces. The bytes are those of ``msgspec.json.format(encode(report), indent=1)``.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import msgspec

from newsfuse.model import Report

__all__ = ["iter_json", "render_json", "report_schema"]


_ENCODER = msgspec.json.Encoder()


def _formatted(value: Any, depth: int) -> str:
    """``value`` as indented JSON, as it reads ``depth`` levels deep in the document (no leading indent)."""
    text = msgspec.json.format(_ENCODER.encode(value), indent=1).decode("utf-8")
    return text.replace("\n", "\n" + " " * depth) if depth and "\n" in text else text


ROWS_AT_ONCE = 64
"""Table rows encoded and formatted in one call (the per-call cost shared; what a writer holds stays bounded)."""


def _rows(rows: tuple[Any, ...]) -> Iterator[str]:
    """A table's rows as they read two levels deep in the document, each followed by its separator.

    A chunk of rows formatted inside a list inside a list stands two levels deep, as a table's rows do in the
    whole document: only the two brackets around it are cut off.
    """
    for first in range(0, len(rows), ROWS_AT_ONCE):
        chunk = rows[first : first + ROWS_AT_ONCE]
        text = msgspec.json.format(_ENCODER.encode((chunk,)), indent=1).decode("utf-8")
        more = first + ROWS_AT_ONCE < len(rows)
        yield text[len("[\n [\n") : -len("\n ]\n]")] + (",\n" if more else "\n")


def iter_json(report: Report) -> Iterator[str]:
    """The report as indented JSON (UTF-8 text, non-ASCII kept), in pieces: :data:`ROWS_AT_ONCE` table rows each.

    JSON strings hold no raw line break, so indenting a row's lines puts it where it stands in the whole.
    """
    names = report.__struct_fields__
    yield "{\n"
    for n, name in enumerate(names):
        value = getattr(report, name)
        end = ",\n" if n < len(names) - 1 else "\n"
        key = _ENCODER.encode(name).decode("utf-8")
        if isinstance(value, tuple) and value:
            yield f" {key}: [\n"
            yield from _rows(value)
            yield " ]" + end
        else:
            yield f" {key}: {_formatted(value, 1)}{end}"
    yield "}\n"


def render_json(report: Report) -> str:
    """The report as indented JSON (UTF-8 text, non-ASCII kept)."""
    return "".join(iter_json(report))


def report_schema() -> str:
    """The JSON schema of the report, as published in ``docs/schema.json``."""
    schema = _clean_descriptions(msgspec.json.schema(Report))
    return msgspec.json.format(msgspec.json.encode(schema), indent=2).decode("utf-8") + "\n"


def _clean_descriptions(node: Any) -> Any:
    """Every ``description`` as ``inspect.cleandoc`` gives it.

    msgspec copies docstrings into the schema; releases differ in whether they
    dedent them first (0.18 does, 0.23 does not). Cleaning them here makes the
    published schema the same whichever release is installed.
    """
    if isinstance(node, dict):
        cleaned = {key: _clean_descriptions(value) for key, value in node.items()}
        if isinstance(cleaned.get("description"), str):
            cleaned["description"] = inspect.cleandoc(cleaned["description"])
        return cleaned
    if isinstance(node, list):
        return [_clean_descriptions(item) for item in node]
    return node
