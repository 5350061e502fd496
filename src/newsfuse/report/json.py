"""The JSON report: the data model, serialised as it is.

:func:`iter_json` writes it piece by piece (each table row encoded on its own,
indented as it stands in the whole document), so a writer never holds the
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


def iter_json(report: Report) -> Iterator[str]:
    """The report as indented JSON (UTF-8 text, non-ASCII kept), in pieces: one per table row.

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
            last = len(value) - 1
            for i, row in enumerate(value):
                yield "  " + _formatted(row, 2) + (",\n" if i < last else "\n")
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
