"""The Spark job: read, per-article stages, stories, story stages, Parquet out (see :mod:`newsfuse.spark`).

Run as ``newsfuse spark INPUT... --output DIR`` or with ``spark-submit`` and
``newsfuse/spark/__main__.py`` as the driver script (the README shows how to
ship the package to a cluster).
The per-article and story stages run inside the executors through
:mod:`newsfuse.spark.stages` (the runner ``analyze`` uses); nothing here
schedules work itself.

Reads the inputs (:mod:`newsfuse.spark.inputs`) and the options; writes the
Parquet datasets (schemas of :mod:`newsfuse.spark.tables`), ``DIR/problems``
and ``DIR/_store``, and returns a :class:`JobResult` (counts and the
grouping's figures). Every threshold is the options' (the same as
``analyze``), plus the grouping's own (:mod:`newsfuse.spark.grouping`).
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.errors import UsageError
from newsfuse.model import STORY_FINDINGS
from newsfuse.options import Options
from newsfuse.spark.grouping import group_stories
from newsfuse.spark.inputs import articles_from_row, read_inputs
from newsfuse.spark.sources import absent_outlets, reprint_links, with_links
from newsfuse.spark.stages import analyse_one, compare_one
from newsfuse.spark.tables import TABLE_TYPES, spark_schema

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["JobResult", "run_job", "spark_session"]

ANALYSED_SCHEMA = (
    "id string, source string, stage string, reason string, line long, article string, "
    "analysis binary, features binary, day long, term_keys array<string>, text_key string, "
    "read_row long, read_index long"
)
FINDINGS_SCHEMA = "story string, kind string, json string, blob binary"
STORE_DIR = "_store"
DRIVER_MEMORY = "2g"
"""Driver heap of a session this module starts (``--driver-memory``).

The driver collects the candidate pairs of story grouping (about 30 bytes a
pair in the JVM while they cross to Python, see :mod:`.grouping`) and the
term counts it broadcasts; Spark's own default of 1 GB ran out at 10,000
articles with the grouping of the previous release. Only a session started
here is affected: under ``spark-submit`` give ``--driver-memory`` to it.
"""


class JobResult(msgspec.Struct, frozen=True, kw_only=True):
    """What one run of the job wrote."""

    output: str
    articles: int
    stories: int
    problems: int
    grouping: dict[str, int]


def spark_session(master: str | None = None, app: str = "newsfuse", driver_memory: str | None = None) -> SparkSession:
    """The active session, or a new one (``master`` where given; local runs use this Python in the workers).

    ``driver_memory`` (default :data:`DRIVER_MEMORY`) sizes the driver's heap
    where this call starts the JVM; it cannot change a running one.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app).config("spark.ui.enabled", "false")
    builder = builder.config("spark.driver.memory", driver_memory or DRIVER_MEMORY)
    if master:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.sql.shuffle.partitions", "8")
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
    return builder.getOrCreate()


def _analysed_rows(batches: Iterator[pd.DataFrame], options: Options) -> Iterator[pd.DataFrame]:
    import pandas as pd

    columns = ANALYSED_SCHEMA.replace(",", "").split()[::2]
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for source, kind, payload, data, row in batch.itertuples(index=False, name=None):
            for position, result in enumerate(articles_from_row(source, kind, payload, data)):
                rows.append({**analyse_one(result, options), "read_row": row, "read_index": position})
        frame = pd.DataFrame(rows, columns=columns)
        frame["day"] = frame["day"].astype("Int64")
        for column in ("line", "read_row", "read_index"):
            frame[column] = frame[column].astype("Int64")
        frame["term_keys"] = [keys if isinstance(keys, list) else [] for keys in frame["term_keys"]]
        frame = frame.astype(
            {"id": object, "source": object, "stage": object, "reason": object, "article": object, "text_key": object}
        )
        yield frame.where(frame.notna(), None)


def _findings_rows(group: pd.DataFrame, options: Options) -> pd.DataFrame:
    import pandas as pd

    rows = compare_one(group, options)
    return pd.DataFrame(rows, columns=["story", "kind", "json", "blob"])


def _write_table(rows: DataFrame, table: str, path: str) -> None:
    """JSON documents of one model type as a Parquet dataset with that type's fields (:mod:`.tables`)."""
    from pyspark.sql import functions as F

    schema = spark_schema(TABLE_TYPES[table])
    rows.select(F.from_json("json", schema).alias("row")).select("row.*").write.mode("overwrite").parquet(path)


def run_job(
    inputs: Sequence[str],
    output: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    options: Options | None = None,
    spark: SparkSession | None = None,
    driver_memory: str | None = None,
) -> JobResult:
    """Analyse every article of ``inputs`` on Spark and write the Parquet datasets under ``output``."""
    from pyspark.sql import functions as F

    options = options or Options()
    spark = spark or spark_session(master, driver_memory=driver_memory)
    # The stage functions are handed to Spark as functools.partial, whose eval type it cannot read from hints.
    warnings.filterwarnings("ignore", message="Cannot infer the eval type from type hints")
    out = output.rstrip("/")
    raw = read_inputs(spark, inputs, partitions)
    analysed = raw.mapInPandas(functools.partial(_analysed_rows, options=options), ANALYSED_SCHEMA).localCheckpoint()

    problems = analysed.where(F.col("id").isNull()).select("source", "stage", "reason", "line")
    articles = _first_copies(analysed)
    articles = with_links(articles, reprint_links(articles)).localCheckpoint()
    placed, grouping = group_stories(spark, articles, options.cluster)
    if grouping["articles"] == 0:
        raise UsageError("no articles could be read from the inputs")
    placed = placed.localCheckpoint()

    members = articles.join(placed, articles.id == placed.article).join(
        absent_outlets(articles, placed), "story", "left"
    )
    findings = (
        members.select("story", "label", "start", "end", "arrival", "storyline", "inferred", "analysis", "absent")
        .groupBy("story")
        .applyInPandas(functools.partial(_findings_rows, options=options), FINDINGS_SCHEMA)
        .localCheckpoint()
    )
    story_problems = _write_outputs(out, articles, members, findings, problems)
    return JobResult(
        output=out,
        articles=grouping["articles"],
        stories=findings.where(F.col("kind") == "stories").count(),
        problems=problems.count() + story_problems.count(),
        grouping=grouping,
    )


def _first_copies(analysed: DataFrame) -> DataFrame:
    """The analysed articles, one row per id (the first source of an article read twice)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first_copy = Window.partitionBy("id").orderBy("source")
    return (
        analysed.where(F.col("id").isNotNull())
        .withColumn("copy", F.row_number().over(first_copy))
        .where(F.col("copy") == 1)
        .drop("copy")
    )


def _write_outputs(
    out: str, articles: DataFrame, members: DataFrame, findings: DataFrame, problems: DataFrame
) -> DataFrame:
    """Write the report's datasets, the problems and the store's import folder under ``out``; the story
    stages' problems (rows shaped like ``problems``)."""
    from pyspark.sql import functions as F

    _write_table(articles.select(F.col("article").alias("json")), "articles", f"{out}/articles")
    for kind in ("stories", *STORY_FINDINGS):  # the story-level findings: one Parquet dataset each, named as in JSON
        _write_table(findings.where(F.col("kind") == kind), kind, f"{out}/{kind}")
    story_problems = findings.where(F.col("kind") == "problems").select(
        F.get_json_object("json", "$.source").alias("source"),
        F.get_json_object("json", "$.stage").alias("stage"),
        F.get_json_object("json", "$.reason").alias("reason"),
        F.lit(None).cast("long").alias("line"),
    )
    problems.unionByName(story_problems).write.mode("overwrite").parquet(f"{out}/problems")
    members.select("id", "story", "arrival", "analysis", "features").write.mode("overwrite").parquet(
        f"{out}/{STORE_DIR}/articles"
    )
    findings.where(F.col("kind") == "_findings").select("story", "json", "blob").write.mode("overwrite").parquet(
        f"{out}/{STORE_DIR}/findings"
    )
    return story_problems


def is_job_output(path: str | Path) -> bool:
    """Whether ``path`` is a folder the job wrote (what ``newsfuse ingest`` imports)."""
    return (Path(path) / STORE_DIR / "articles").is_dir()


def clean_output(path: str) -> None:
    """Remove a local output folder before a fresh run (other URIs are overwritten by Spark)."""
    if "://" not in path and Path(path).exists():
        shutil.rmtree(path)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the driver script (``newsfuse/spark/__main__.py``): the same as ``newsfuse spark``."""
    from newsfuse.cli import main as cli_main

    cli_main(["spark", *(sys.argv[1:] if argv is None else argv)])
