"""The published JSON schema (docs/schema.json) is the one the data model generates, and reports follow it."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from newsfuse import analyze
from newsfuse.model import Report
from newsfuse.report.json import render_json, report_schema

DOCS_SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema.json"


def test_published_schema_is_current() -> None:
    published = json.loads(DOCS_SCHEMA.read_text(encoding="utf-8"))
    assert published == json.loads(report_schema()), "regenerate with: newsfuse schema > docs/schema.json"


def test_schema_descriptions_do_not_depend_on_the_msgspec_release() -> None:
    """Docstrings reach the schema dedented, whether or not msgspec dedents them itself."""
    text = report_schema()
    assert "\\n    " not in text
    assert json.loads(text)["$defs"]["Span"]["description"].startswith("Half-open character range")


def test_json_report_round_trips_through_the_model(example_dir: Path) -> None:
    report = analyze([example_dir])
    document = render_json(report)
    assert msgspec.json.decode(document, type=Report) == report
    assert {"articles", "quotes", "stories"} <= set(json.loads(document))
