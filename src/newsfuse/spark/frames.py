"""How a table built in the driver joins the Spark frames of the job.

The grouping steps build small tables in the driver (the block of each
candidate key in :mod:`.grouping`, the storyline of each story in
:mod:`.storylines`) and join them to the large per-article frames.
:func:`driver_table` makes such a table a frame, marked for broadcast when it
has fewer than :data:`BROADCAST_ROWS` (one million) rows: up to that size
(two columns of ids or numbers, some tens of megabytes) one copy sent to each
executor spares shuffling the large frame it joins; a larger table is joined
by a shuffle like any two frames, so an input with millions of stories never
ships a table of that size to every executor.

Reads a pandas table in the driver; writes a Spark frame. Nothing is
computed until the frame is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["BROADCAST_ROWS", "driver_table"]

BROADCAST_ROWS = 1_000_000
"""Rows of a table built in the driver (block labels, storyline map) up to which it is broadcast to the
join that reads it; a larger one is joined by a shuffle."""


def driver_table(spark: SparkSession, table: pd.DataFrame, schema: str) -> DataFrame:
    """``table`` (built in the driver) as a Spark frame, marked for broadcast under :data:`BROADCAST_ROWS` rows."""
    from pyspark.sql import functions as F

    frame = spark.createDataFrame(table, schema)
    return F.broadcast(frame) if len(table) < BROADCAST_ROWS else frame
