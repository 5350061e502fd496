"""Storylines at scale: the event stories replayed in time slices, each new story linked, chains joined in the driver.

:mod:`.grouping` places the event stories block by block. Which storyline a
new story continues is a question about the stories *around it in time*,
whatever block they came from: the single-machine
:class:`~newsfuse.stories.StoryIndex` asks, when an article opens a story,
for the most similar earlier story whose mean day lies within
``storyline_window_days`` (:meth:`StoryIndex.continued_story`), and the new
story takes that story's storyline. Once every article's event story is
known, the state of the index at any moment can be rebuilt without running
what came before, so the question is asked in independent time slices:

1. **Slices** of :func:`slice_days` (the index's own
   :func:`~newsfuse.stories.index.look_back_days`: the storyline window plus the slack of its
   weekly postings and of inferred dates). A story is sent to every slice
   from the one holding its first dated member to the one after its last,
   so each slice receives every story that has a member within
   :func:`slice_days` before it or in it.
2. **Replay** (:func:`_replay`, one ``applyInPandas`` group per slice that
   holds an opening article): the stories' members published before the
   slice are restored (:meth:`StoryIndex.restore`, in order of creation),
   then the slice's members are replayed in order of arrival: an article
   that opens its story asks :meth:`StoryIndex.continued_story` first, the
   others join their known story (:meth:`StoryIndex.extend`). Every story
   the index's candidate search can reach from the slice (postings within
   the storyline window and a week, see :func:`~newsfuse.stories.index.look_back_days`) is
   there with exactly the members it had at that moment, in the same
   relative order, so the answer is the single-machine index's.
3. **Undated** articles arrive last: :mod:`.undated` places them and
   links the stories they open; only dated members are replayed here.
4. **Chains** (:func:`_resolve`): each link (new story, story it
   continues) is collected and the storylines are followed to their first
   story in the driver (one entry per continuing story).

Each dated member is read by at most two slices beyond its own, so the
replay costs about three times the placing of every article once, in
``span / slice_days`` independent tasks.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.options import ClusterOptions
from newsfuse.spark.restore import restored_index
from newsfuse.stories import arrival_order
from newsfuse.stories.features import ArticleFeatures
from newsfuse.stories.index import look_back_days

if TYPE_CHECKING:
    import pandas as pd
    from pyspark import Broadcast
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["link_storylines", "slice_days"]

LINKS_SCHEMA = "story string, continues string"

BROADCAST_LINKS = 1_000_000
"""Linked stories up to which the storyline map is broadcast to the join (beyond it, a shuffle join)."""


def slice_days(options: ClusterOptions) -> int:
    """Width (days) of a replay slice: how far back the index may look when a story opens (whole days)."""
    return math.ceil(look_back_days(options))


def _story_slices(members: DataFrame, openers: DataFrame, width: int) -> DataFrame:
    """``(slice, story)``: the dated slices each story must be restored or replayed in (those with an opener)."""
    from pyspark.sql import functions as F

    spans = (
        members.where(F.col("day").isNotNull()).groupBy("story").agg(F.min("day").alias("a"), F.max("day").alias("z"))
    )
    first, after_last = F.floor(F.col("a") / width), F.floor(F.col("z") / width) + 1
    wanted = openers.select(F.floor(F.col("day") / width).alias("slice")).distinct()
    return spans.select("story", F.explode(F.sequence(first, after_last)).alias("slice")).join(wanted, "slice")


def _replay(group: pd.DataFrame, options: ClusterOptions, shared: Broadcast[Any], width: int) -> pd.DataFrame:
    """The links ``(story, continues)`` of the stories that open in one slice (see the module docstring)."""
    import pandas as pd

    decode = msgspec.msgpack.Decoder(ArticleFeatures).decode
    start = int(group["slice"].iloc[0]) * width
    end = start + width
    story_of = dict(zip(group["id"], group["story"], strict=True))
    opening = set(group["id"][group["opens"]])
    items = arrival_order([decode(blob) for blob in group["features"]])
    before = [item for item in items if item.day is not None and item.day < start]
    during = [item for item in items if item.day is not None and start <= item.day < end]
    index = restored_index(options, shared.value, before, story_of)
    links = []
    for item in during:
        story = story_of[item.id]
        if item.id in opening:
            continues = index.continued_story(item)
            index.restore(story, "", [item])
            if continues is not None:
                links.append((story, continues))
        else:
            index.extend(story, item)
    return pd.DataFrame(links, columns=["story", "continues"])


def _resolve(links: list[tuple[str, str]]) -> dict[str, str]:
    """Storyline of every linked story: the first story of its chain of continuations."""
    parent = dict(links)
    line: dict[str, str] = {}
    for story in parent:
        path, at = [], story
        while at in parent and at not in line:
            path.append(at)
            at = parent[at]
        root = line.get(at, at)
        for passed in path:
            line[passed] = root
    return line


def link_storylines(
    spark: SparkSession,
    features: DataFrame,
    events: DataFrame,
    undated_links: list[tuple[str, str]],
    shared: Broadcast[Any],
    options: ClusterOptions,
) -> tuple[DataFrame, dict[str, int]]:
    """``events`` with each story's ``storyline`` as ``analyze`` gives it, and figures about the slices.

    ``features``: ``id``, ``day``, ``features``; ``events``: the
    event stories per article (``article``, ``story``, ``opens``: whether
    the article opened its story, ...); ``undated_links``: the stories that
    undated articles opened and the story each continues (:mod:`.undated`).
    """
    import pandas as pd
    from pyspark.sql import functions as F

    width = slice_days(options)
    members = (
        features.where(F.col("day").isNotNull())
        .select("id", "day", "features")
        .join(events.select(F.col("article").alias("id"), "story", "opens"), "id")
    )
    openers = members.where("opens").select("day")
    slices = _story_slices(members, openers, width)
    work = slices.join(members, "story").localCheckpoint()
    replay = functools.partial(_replay, options=options, shared=shared, width=width)
    found = work.groupBy("slice").applyInPandas(replay, LINKS_SCHEMA).collect()
    links = [*((row["story"], row["continues"]) for row in found), *undated_links]
    line = _resolve(links)
    mapped = spark.createDataFrame(
        pd.DataFrame({"story": list(line), "line": list(line.values())}, dtype=object), "story string, line string"
    )
    linked = events.join(F.broadcast(mapped) if len(line) < BROADCAST_LINKS else mapped, "story", "left").withColumn(
        "storyline", F.coalesce("line", "story")
    )
    sizes = work.groupBy("slice").count().agg(F.count("*"), F.max("count")).first()
    figures = {
        "slices": int(sizes[0]) if sizes else 0,
        "largest_slice": int(sizes[1]) if sizes and sizes[1] is not None else 0,
        "storyline_links": len(links),
    }
    return linked.drop("line"), figures
