"""The JSON report: the data model, serialised as it is."""

from __future__ import annotations

import msgspec

from newsfuse.model import Report

__all__ = ["render_json", "report_schema"]


def render_json(report: Report) -> str:
    """The report as indented JSON (UTF-8 text, non-ASCII kept)."""
    return msgspec.json.format(msgspec.json.encode(report), indent=1).decode("utf-8") + "\n"


def report_schema() -> str:
    """The JSON schema of the report, as published in ``docs/schema.json``."""
    schema = msgspec.json.schema(Report)
    return msgspec.json.format(msgspec.json.encode(schema), indent=2).decode("utf-8") + "\n"
