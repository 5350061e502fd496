"""The JSON report: the data model, serialised as it is."""

from __future__ import annotations

import inspect
from typing import Any

import msgspec

from newsfuse.model import Report

__all__ = ["render_json", "report_schema"]


def render_json(report: Report) -> str:
    """The report as indented JSON (UTF-8 text, non-ASCII kept)."""
    return msgspec.json.format(msgspec.json.encode(report), indent=1).decode("utf-8") + "\n"


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
