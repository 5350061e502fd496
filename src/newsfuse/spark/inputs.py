"""Inputs of the Spark job as one DataFrame of raw records, and the executor side that reads them.

Every input becomes rows ``(source, kind, payload, data)``:

====================  ======================================  ==========================
input                  how Spark reads it                      row
====================  ======================================  ==========================
``*.jsonl[.gz]``       ``spark.read.text`` (split, gz aware)   one row per line
``*.parquet``, dirs    ``spark.read.parquet``                  one row per record (JSON)
``*.warc[.gz]``/ARC    ``binaryFiles``                         one row per file (bytes)
====================  ======================================  ==========================

Local folders are walked for those suffixes; other URIs (``hdfs://``,
``s3a://``, ...) are read by their suffix, a folder URI as Parquet. On the
executors :func:`articles_from_row` turns a row into articles with the
CLI's own readers, so a record means the same thing to ``newsfuse
analyze`` and to the Spark job.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsfuse.errors import InputError, UsageError
from newsfuse.ingest.formats import articles_from_jsonl
from newsfuse.ingest.warc import articles_from_warc, is_warc_name
from newsfuse.model import Article, Problem

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["RAW_SCHEMA", "articles_from_row", "read_inputs"]

RAW_SCHEMA = "source string, kind string, payload string, data binary"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)


def _kind(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if is_warc_name(lower):
        return "warc"
    return None


def _is_uri(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def plan_inputs(paths: Sequence[str]) -> dict[str, list[str]]:
    """Input files (or URIs) by kind; raises :class:`UsageError` when nothing readable is named."""
    plan: dict[str, list[str]] = {"jsonl": [], "parquet": [], "warc": []}
    for raw in paths:
        if _is_uri(raw):
            plan[_kind(raw) or "parquet"].append(raw)
            continue
        path = Path(raw.removeprefix("file://"))
        if not path.exists():
            raise UsageError(f"{raw}: no such file or folder")
        if path.is_dir() and any(path.glob("*.parquet")) and not any(path.rglob("*.jsonl*")):
            plan["parquet"].append(str(path))
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            kind = _kind(file.name)
            if kind is not None:
                plan[kind].append(str(file))
    if not any(plan.values()):
        raise UsageError("no JSONL, Parquet or WARC input among: " + ", ".join(paths))
    return plan


def read_inputs(spark: SparkSession, paths: Sequence[str], partitions: int | None = None) -> DataFrame:
    """Every input as rows of :data:`RAW_SCHEMA` and ``row``, their order of reading."""
    from pyspark.sql import functions as F

    plan = plan_inputs(paths)
    frames: list[DataFrame] = []
    if plan["jsonl"]:
        lines = spark.read.text(plan["jsonl"]).where(F.length(F.trim("value")) > 0)
        frames.append(
            lines.select(
                F.input_file_name().alias("source"),
                F.lit("jsonl").alias("kind"),
                F.col("value").alias("payload"),
                F.lit(None).cast("binary").alias("data"),
            )
        )
    if plan["parquet"]:
        records = spark.read.parquet(*plan["parquet"])
        frames.append(
            records.select(
                F.input_file_name().alias("source"),
                F.lit("parquet").alias("kind"),
                F.to_json(F.struct(*records.columns)).alias("payload"),
                F.lit(None).cast("binary").alias("data"),
            )
        )
    if plan["warc"]:
        archives = spark.read.format("binaryFile").load(plan["warc"])
        frames.append(
            archives.select(
                F.col("path").alias("source"),
                F.lit("warc").alias("kind"),
                F.lit(None).cast("string").alias("payload"),
                F.col("content").alias("data"),
            )
        )
    raw = frames[0]
    for frame in frames[1:]:
        raw = raw.unionByName(frame)
    raw = raw.withColumn("row", F.monotonically_increasing_id())  # the order of reading, before any repartition
    return raw.repartition(partitions) if partitions else raw


def articles_from_row(source: str, kind: str, payload: Any, data: Any) -> Iterator[Article | InputError]:
    """The articles one raw row holds (executor side), read by the CLI's readers."""
    source = source.removeprefix("file://")
    if kind == "warc":
        yield from articles_from_warc(io.BytesIO(bytes(data)), source)
        return
    if kind == "parquet":
        record = {k: v for k, v in json.loads(payload).items() if v is not None}
        payload = json.dumps(record, ensure_ascii=False)
    for item in articles_from_jsonl(payload, source):
        if not isinstance(item, Problem):  # a warning (a repaired lone surrogate) has no row of its own here
            yield item
