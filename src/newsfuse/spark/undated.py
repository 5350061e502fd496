"""Undated articles at scale: placed after every dated story, as the single-machine index places them.

The index takes articles in order of arrival, undated ones last
(:func:`~newsfuse.stories.arrival_order`), and an undated article looks for
its story in every week. So the dated event stories never depend on the
undated articles, and the undated ones depend on every dated story that
holds one of their query terms: putting them in the dated blocks would
join blocks months apart (one undated copy of a common topic joined a
whole archive into one block).

:func:`place_undated` therefore runs one task after the dated blocks: a
:class:`~newsfuse.stories.StoryIndex` restored with the dated stories that
post (``index_terms``) one of the undated articles' query terms
(``query_terms``), the only stories the index's candidate search can reach
from them, then every undated article added in order of arrival: joins,
new stories, inferred dates and storylines decided as ``analyze`` decides
them. Its cost grows with the undated articles and the stories they reach,
in one task: an archive of mostly undated articles is placed by one core.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.options import ClusterOptions
from newsfuse.spark.restore import EVENT_COLUMNS, EVENT_SCHEMA, event_rows, restored_index
from newsfuse.stories import arrival_order
from newsfuse.stories.features import ArticleFeatures

if TYPE_CHECKING:
    import pandas as pd
    from pyspark import Broadcast
    from pyspark.sql import DataFrame

__all__ = ["place_undated"]


def _reached(features: DataFrame, signed: DataFrame, events: DataFrame) -> DataFrame:
    """``(id, story, label, features)``: the members of every dated story an undated article's query terms reach."""
    from pyspark.sql import functions as F

    undated = features.where(F.col("day").isNull()).select("id")
    asked = undated.join(signed, "id").select(F.explode("asked").alias("term")).distinct()
    posting = (
        signed.where(F.col("day").isNotNull())
        .select(F.col("id").alias("article"), F.explode("posted").alias("term"))
        .join(F.broadcast(asked), "term")
        .select("article")
        .distinct()
    )
    stories = events.join(posting, "article").select("story").distinct()
    members = events.join(stories, "story").select(F.col("article").alias("id"), "story", "label")
    return members.join(features.select("id", "features"), "id")


def _place(group: pd.DataFrame, options: ClusterOptions, shared: Broadcast[Any], documents: int) -> pd.DataFrame:
    """Rows of :data:`EVENT_FIELDS` for the undated articles; ``storyline`` names the story a new one continues."""
    import pandas as pd

    decode = msgspec.msgpack.Decoder(ArticleFeatures).decode
    items = [decode(blob) for blob in group["features"]]
    known = group["story"].notna()
    story_of = {item.id: story for item, story in zip(items, group["story"], strict=True) if isinstance(story, str)}
    labels = dict(zip(group["story"][known], group["label"][known], strict=True))
    dated = [item for item, is_known in zip(items, known, strict=True) if is_known]
    index = restored_index(options, shared.value, dated, story_of, labels, counted=[item.id for item in items])
    placed = set()
    for item in arrival_order([i for i in items if i.id not in story_of]):
        index.add(item)
        placed.add(item.id)
    rows = []
    for story in index.stories():
        new = [a for a in story.articles if a in placed]
        if new:
            rank = {article: documents + position for position, article in enumerate(story.articles)}
            rows += event_rows(story, new, rank.__getitem__, story.storyline)
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def place_undated(
    features: DataFrame,
    signed: DataFrame,
    events: DataFrame,
    shared: Broadcast[Any],
    options: ClusterOptions,
    documents: int,
) -> tuple[DataFrame, list[tuple[str, str]], int]:
    """``events`` (the dated articles' rows of :data:`EVENT_FIELDS`) with the undated articles placed, the links
    ``(new story, story it continues)`` of the stories they opened, and how many articles the task restored.

    A dated story that took undated members gets their inferred dates.
    """
    from pyspark.sql import functions as F

    undated = features.where(F.col("day").isNull()).select(
        "id", F.lit(None).cast("string").alias("story"), F.lit(None).cast("string").alias("label"), "features"
    )
    waiting = undated.count()
    if not waiting:
        return events, [], 0
    work = _reached(features, signed, events).unionByName(undated).withColumn("task", F.lit(0)).localCheckpoint()
    place = functools.partial(_place, options=options, shared=shared, documents=documents)
    placed = work.groupBy("task").applyInPandas(place, EVENT_SCHEMA).localCheckpoint()
    links = [
        (row["story"], row["storyline"])
        for row in placed.where(F.col("opens") & (F.col("storyline") != F.col("story"))).collect()
    ]
    inferred = placed.select("story", F.col("inferred").alias("later")).distinct()
    dated = events.join(inferred, "story", "left").withColumn("inferred", F.coalesce("later", "inferred"))
    merged = dated.select(*events.columns).unionByName(placed.withColumn("storyline", F.col("story")))
    return merged, links, work.count() - waiting
