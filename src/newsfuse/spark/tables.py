"""Spark schemas for the report's tables, derived from the data model (never inferred from the data).

Each output dataset holds one model type (``quotes`` holds
:class:`~newsfuse.model.Quote` rows, ...). Its Spark schema comes from the
type's JSON schema (``msgspec.json.schema``, the one ``docs/schema.json``
publishes), so the Parquet columns are the JSON report's fields, with the
same names and nesting, whatever a run happens to contain, and an empty
table still has its columns:

==============================  ==================================
JSON schema                      Spark type
==============================  ==================================
``string``, ``enum``             ``string``
``integer`` / ``number``         ``long`` / ``double``
``boolean``                      ``boolean``
``array`` of X                   ``array<X>``
tuple (``prefixItems``)          ``array`` of the first item's type
``object`` with properties       ``struct``
``object`` without (a mapping)   ``map<string, X>``
``anyOf`` [X, null]              X, nullable
==============================  ==================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.model import Article, Report, Story

if TYPE_CHECKING:
    from pyspark.sql.types import DataType, StructType

__all__ = ["TABLE_TYPES", "spark_schema"]


def _report_field_types() -> dict[str, type]:
    """Table name -> the model type of its rows, read off :class:`Report`'s annotations."""
    hints = Report.__annotations__
    types: dict[str, type] = {}
    for field in msgspec.structs.fields(Report):
        annotation = hints[field.name] if isinstance(hints[field.name], type) else field.type
        args = getattr(annotation, "__args__", ())
        if args and isinstance(args[0], type):
            types[field.name] = args[0]
    return types


TABLE_TYPES: dict[str, type] = {**_report_field_types(), "articles": Article, "stories": Story}
"""Every table the job writes and the model type of its rows."""


def _convert(node: dict[str, Any], defs: dict[str, Any]) -> DataType:
    from pyspark.sql import types as T

    if "$ref" in node:
        return _convert(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in node:
        options = [option for option in node["anyOf"] if option.get("type") != "null"]
        return _convert(options[0], defs) if options else T.StringType()
    if "enum" in node:
        return T.StringType()
    kind = node.get("type")
    if kind == "array":
        item = node.get("items") or (node.get("prefixItems") or [{"type": "string"}])[0]
        return T.ArrayType(_convert(item, defs))
    if kind == "object":
        properties = node.get("properties")
        if properties is None:
            values = node.get("additionalProperties")
            return T.MapType(T.StringType(), _convert(values if isinstance(values, dict) else {"type": "string"}, defs))
        return T.StructType([T.StructField(name, _convert(sub, defs), True) for name, sub in properties.items()])
    simple: dict[str, DataType] = {
        "string": T.StringType(),
        "integer": T.LongType(),
        "number": T.DoubleType(),
        "boolean": T.BooleanType(),
    }
    return simple.get(str(kind), T.StringType())


def spark_schema(model: type) -> StructType:
    """The Spark struct for rows of ``model`` (a msgspec Struct of :mod:`newsfuse.model`)."""
    schema = msgspec.json.schema(model)
    converted = _convert(schema, schema.get("$defs", {}))
    from pyspark.sql import types as T

    assert isinstance(converted, T.StructType)
    return converted
