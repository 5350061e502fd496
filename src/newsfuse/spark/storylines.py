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
   :func:`~newsfuse.stories.index.look_back_days`: the storyline window
   plus the slack of its weekly postings and of inferred dates). A story is
   sent, with its members published before the slice's end, to the slice
   where it opens, and to each slice from the one holding its first dated
   member to the one after its last where it can be searched
   (:func:`_story_slices`): where one of its members *posts* a term (its
   vector's ``index_terms`` strongest, as :func:`~.grouping.signatures`
   gives them) in a week that an article opening a story in that slice
   *searches* for that term (its ``query_terms`` strongest, in the weeks of
   ``storyline_window_days`` around its day, the window rounded up to whole
   days).
2. **Replay** (:func:`_replay`, one ``applyInPandas`` group per slice that
   holds an opening article): the stories' members published before the
   slice are restored (:meth:`StoryIndex.restore`, in order of creation),
   then the slice's members are replayed in order of arrival: an article
   that opens its story asks :meth:`StoryIndex.continued_story` first, the
   others join their known story (:meth:`StoryIndex.extend`). This is the
   single-machine index's answer: its candidate search for an opener counts
   only the stories posted under one of the opener's query terms in those
   weeks, so a story that was not sent is never counted, and leaving it out
   changes nothing for the stories that were sent: their shared-term counts,
   their order (restored in order of creation), their centroids and mean
   days (each has every member it had at that moment), and the vectors
   (term rarity is the whole input's, not the slice's) are the same.
3. **Undated** articles arrive last: :mod:`.undated` places them and
   links the stories they open; only dated members are replayed here.
4. **Chains** (:func:`_resolve`): each link (new story, story it
   continues) is collected and the storylines are followed to their first
   story in the driver (one entry per continuing story).

A slice reads its own articles and the searchable stories of the storyline
window before it, so the replay costs up to about twice the placing of every
article once, in ``span / slice_days`` independent tasks. On the 10,000
synthetic articles of ``benchmarks/spark.py`` (six slices over a year) the
largest slice reads 3,097 articles (31.0%), against 3,729 (37.3%) when every
story spanning the slice was sent, and the slices together read 1.60 times
the articles (15,996 rows; ``benchmarks/spark.py`` prints both figures; 1.9
when every spanning story was sent, counted once by a Python replay of that
rule, not kept): the openers of a busy slice between them search most terms
of the weeks before it.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.options import ClusterOptions
from newsfuse.spark.frames import driver_table
from newsfuse.spark.restore import restored_index
from newsfuse.stories import arrival_order
from newsfuse.stories.features import ArticleFeatures
from newsfuse.stories.index import BUCKET_DAYS, look_back_days

if TYPE_CHECKING:
    import pandas as pd
    from pyspark import Broadcast
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["link_storylines", "slice_days"]

LINKS_SCHEMA = "story string, continues string"


def slice_days(options: ClusterOptions) -> int:
    """Width (days) of a replay slice: how far back the index may look when a story opens (whole days)."""
    return math.ceil(look_back_days(options))


def _asked(openers: DataFrame, signed: DataFrame, width: int, window: float) -> DataFrame:
    """``(slice, term, bucket)``: each query term of an opener in its slice, in every week it searches.

    The weeks of postings that :meth:`StoryIndex.continued_story` reads (those within the storyline
    ``window`` of the opener's day), the window rounded up to whole days (never fewer weeks; exact
    integer division).
    """
    from pyspark.sql import functions as F

    reach = math.ceil(window)
    low, high = (F.floor((F.col("day") + shift) / BUCKET_DAYS) for shift in (-reach, reach))
    home = F.floor(F.col("day") / width).alias("slice")
    return (
        openers.join(signed, "id")
        .select(home, F.explode("asked").alias("term"), F.sequence(low, high).alias("weeks"))
        .select("slice", "term", F.explode("weeks").alias("bucket"))
        .distinct()
    )


def _story_slices(members: DataFrame, signed: DataFrame, width: int, window: float) -> DataFrame:
    """``(slice, story)``: the slices each story must be restored or replayed in (see the module docstring).

    Those where it opens, and those within its span where one of its members posts a term in a week where
    an article opening a story there searches for that term (``window``: the storyline window, days).
    """
    from pyspark.sql import functions as F

    spans = members.groupBy("story").agg(F.min("day").alias("a"), F.max("day").alias("z"))
    first, after_last = F.floor(F.col("a") / width), F.floor(F.col("z") / width) + 1
    spanned = spans.select("story", F.explode(F.sequence(first, after_last)).alias("slice"))
    posted = members.join(signed, "id").select(
        "story", F.floor(F.col("day") / BUCKET_DAYS).alias("bucket"), F.explode("posted").alias("term")
    )
    openers = members.where("opens")
    asked = _asked(openers, signed, width, window)
    reached = spanned.join(posted, "story").join(asked, ["slice", "term", "bucket"]).select("slice", "story")
    opening = openers.select(F.floor(F.col("day") / width).alias("slice"), "story")
    return reached.unionByName(opening).distinct()


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
    signed: DataFrame,
    events: DataFrame,
    undated_links: list[tuple[str, str]],
    shared: Broadcast[Any],
    options: ClusterOptions,
) -> tuple[DataFrame, dict[str, int]]:
    """``events`` with each story's ``storyline`` as ``analyze`` gives it, and figures about the slices.

    ``features``: ``id``, ``day``, ``features``; ``signed``: ``id``, ``posted``, ``asked`` (the terms each
    article posts in the index and those it queries, :func:`~newsfuse.spark.grouping.signatures`); ``events``: the
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
    slices = _story_slices(members, signed.select("id", "posted", "asked"), width, options.storyline_window_days)
    work = slices.join(members, "story").where(F.col("day") < (F.col("slice") + 1) * width).localCheckpoint()
    replay = functools.partial(_replay, options=options, shared=shared, width=width)
    found = work.groupBy("slice").applyInPandas(replay, LINKS_SCHEMA).collect()
    links = [*((row["story"], row["continues"]) for row in found), *undated_links]
    line = _resolve(links)
    mapped = driver_table(
        spark,
        pd.DataFrame({"story": list(line), "line": list(line.values())}, dtype=object),
        "story string, line string",
    )
    linked = events.join(mapped, "story", "left").withColumn("storyline", F.coalesce("line", "story"))
    sizes = work.groupBy("slice").count().agg(F.count("*"), F.max("count"), F.sum("count")).first()
    figures = {
        "slices": int(sizes[0]) if sizes else 0,
        "largest_slice": int(sizes[1]) if sizes and sizes[1] is not None else 0,
        "slice_rows": int(sizes[2]) if sizes and sizes[2] is not None else 0,
        "storyline_links": len(links),
    }
    return linked.drop("line"), figures
