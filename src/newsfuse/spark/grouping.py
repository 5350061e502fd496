"""Stories at scale: MinHash LSH candidates, connected blocks, and the single-machine index inside each block.

The single-machine :class:`~newsfuse.stories.StoryIndex` places articles one
by one in order of arrival, comparing each with the stories so far. Spark
cannot run one global loop, so the job narrows the comparisons first and
then runs that same loop where it matters:

1. **Rarity** (document frequency of every term) is counted over the whole
   input, as ``analyze`` does, and broadcast.
2. **Signatures**: each article's unit TF-IDF vector is computed with that
   rarity (:meth:`StoryIndex.vector`, the same code), and its
   :data:`SIGNATURE_TERMS` strongest terms form a set.
3. **Candidates**: Spark ML's ``MinHashLSH`` over those sets, an
   approximate self-join at Jaccard distance below :data:`MAX_DISTANCE`,
   kept only where the two dates lie within the index's ``window_days``
   (an undated article may pair with anything, as in the index).
4. **Blocks**: connected components of the candidate pairs (min-label
   propagation over DataFrame joins, :func:`connected_components`).
5. **Stories**: inside each block (``groupBy().applyInPandas``), a
   :class:`StoryIndex` seeded with the global rarity places the block's
   articles in arrival order, so story ids and decisions are the index's.

Where it differs from ``analyze``: two articles that the index would put
in one story but that share too few strong terms to become LSH candidates,
directly or through others, land in different blocks and so in different
stories; and the order of arrival is per block rather than global, which
matters only where a block's story would have been joined by an article of
another block. ``benchmarks/spark.py`` and ``tests/test_spark.py`` measure
the agreement (BCubed between the two) on the dev sets.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.options import ClusterOptions
from newsfuse.stories import StoryIndex, arrival_order
from newsfuse.stories.features import ArticleFeatures

if TYPE_CHECKING:
    import pandas as pd
    from pyspark import Broadcast
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["MAX_DISTANCE", "SIGNATURE_TERMS", "connected_components", "group_stories"]

SIGNATURE_TERMS = 24
"""How many of an article's strongest TF-IDF terms form its LSH signature set."""

MAX_DISTANCE = 0.95
"""Largest Jaccard distance between signature sets that makes two articles candidates.

Loose on purpose: a candidate pair only puts two articles in one block,
where the index then decides; a missed pair can split a story.
"""

HASH_TABLES = 20
"""MinHash tables (OR-amplification): a pair of Jaccard similarity J is found with probability 1 - (1 - J)^20.

That is 0.88 at J = 0.1 and 0.99 at J = 0.2; a story's articles need only be
connected through one another, not pairwise.
"""

HASH_FEATURES = 1 << 20
"""Width of the hashed term space for the MinHash input vectors."""

MAX_ITERATIONS = 50
"""Bound on the label-propagation rounds of :func:`connected_components`."""

STORY_SCHEMA = "article string, story string, label string, start string, end string, arrival long"


def _seeded_index(options: ClusterOptions, frequencies: dict[str, int], documents: int) -> StoryIndex:
    index = StoryIndex(options)
    index.observe_frequencies(frequencies, documents)
    return index


def _strongest(
    batches: Iterator[pd.DataFrame], options: ClusterOptions, shared: Broadcast[Any]
) -> Iterator[pd.DataFrame]:
    import pandas as pd

    decode = msgspec.msgpack.Decoder(ArticleFeatures).decode
    index = _seeded_index(options, *shared.value)
    for batch in batches:
        terms = [list(index.vector(decode(blob)))[:SIGNATURE_TERMS] for blob in batch["features"]]
        yield pd.DataFrame({"id": batch["id"], "day": batch["day"], "terms": terms})


def signatures(features: DataFrame, shared: Broadcast[Any], options: ClusterOptions) -> DataFrame:
    """``(id, day, terms)``: each article's strongest terms under the global rarity (``shared``: df, N)."""
    strongest = functools.partial(_strongest, options=options, shared=shared)
    return features.select("id", "day", "features").mapInPandas(strongest, "id string, day long, terms array<string>")


def candidate_pairs(signed: DataFrame, options: ClusterOptions) -> DataFrame:
    """``(a, b)`` article id pairs that may share a story: near in MinHash space and in time."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F

    usable = signed.where(F.size("terms") > 0)
    hashed = HashingTF(inputCol="terms", outputCol="vector", numFeatures=HASH_FEATURES, binary=True).transform(usable)
    model = MinHashLSH(inputCol="vector", outputCol="hashes", numHashTables=HASH_TABLES, seed=7).fit(hashed)
    joined = model.approxSimilarityJoin(hashed, hashed, MAX_DISTANCE, distCol="distance")
    a, b = F.col("datasetA"), F.col("datasetB")
    near_in_time = a["day"].isNull() | b["day"].isNull() | (F.abs(a["day"] - b["day"]) <= options.window_days)
    return joined.where((a["id"] < b["id"]) & near_in_time).select(a["id"].alias("a"), b["id"].alias("b")).distinct()


def connected_components(vertices: DataFrame, edges: DataFrame) -> DataFrame:
    """``(id, block)``: each vertex labelled with the smallest id of its connected component.

    Min-label propagation with pointer jumping: every round, each vertex
    takes the smallest label among itself and its neighbours, then the label
    that its new label's vertex took in the same round (a label is always
    the id of a vertex of the same component, so the jump never leaves it).
    It stops when no label changes, in about the logarithm of the
    component's diameter in rounds rather than the diameter (bounded by
    :data:`MAX_ITERATIONS`).
    """
    from pyspark.sql import functions as F

    both = edges.select(F.col("a").alias("src"), F.col("b").alias("dst")).unionByName(
        edges.select(F.col("b").alias("src"), F.col("a").alias("dst"))
    )
    both = both.localCheckpoint()
    labels = vertices.select("id", F.col("id").alias("block")).localCheckpoint()
    for _ in range(MAX_ITERATIONS):
        offered = both.join(labels, both.src == labels.id).groupBy("dst").agg(F.min("block").alias("offer"))
        stepped = labels.join(offered, labels.id == offered.dst, "left").select(
            "id", F.least("block", F.coalesce("offer", "block")).alias("step"), "block"
        )
        hops = stepped.select(F.col("id").alias("via"), F.col("step").alias("hop"))
        updated = (
            stepped.join(hops, stepped.step == hops.via, "left")
            .select("id", F.least("step", F.coalesce("hop", "step")).alias("new"), "block")
            .localCheckpoint()
        )
        if updated.where(F.col("new") < F.col("block")).limit(1).count() == 0:
            break
        labels = updated.select("id", F.col("new").alias("block"))
    return labels


def _place_block(block: pd.DataFrame, options: ClusterOptions, shared: Broadcast[Any]) -> pd.DataFrame:
    """The stories of one block: the single-machine index over its articles, in order of arrival."""
    import pandas as pd

    decode = msgspec.msgpack.Decoder(ArticleFeatures).decode
    members = arrival_order([decode(blob) for blob in block["features"]])
    frequencies, documents = shared.value
    index = StoryIndex(options)
    index.observe_frequencies(frequencies, documents, counted=(item.id for item in members))
    for item in members:
        index.add(item)
    rank = {item.id: position for position, item in enumerate(members)}
    rows = [
        (article, story.id, story.label, story.start, story.end, rank[article])
        for story in index.stories()
        for article in story.articles
    ]
    return pd.DataFrame(rows, columns=["article", "story", "label", "start", "end", "arrival"])


def group_stories(
    spark: SparkSession, features: DataFrame, options: ClusterOptions
) -> tuple[DataFrame, dict[str, int]]:
    """``(article, story, label, start, end, arrival)`` per article, and figures about the grouping.

    ``features`` has columns ``id``, ``day`` and ``features`` (msgpack of
    :class:`ArticleFeatures`).
    """
    from pyspark.sql import functions as F

    features = features.localCheckpoint()
    documents = features.count()
    frequencies = {
        row["term"]: int(row["n"])
        for row in features.select(F.explode("term_keys").alias("term"))
        .groupBy("term")
        .count()
        .withColumnRenamed("count", "n")
        .collect()
    }
    shared = spark.sparkContext.broadcast((frequencies, documents))
    signed = signatures(features, shared, options).localCheckpoint()
    pairs = candidate_pairs(signed, options).localCheckpoint()
    blocks = connected_components(features.select("id"), pairs)
    place = functools.partial(_place_block, options=options, shared=shared)

    placed = features.join(blocks, "id").select("block", "features").groupBy("block").applyInPandas(place, STORY_SCHEMA)
    sizes = blocks.groupBy("block").count()
    largest = sizes.agg(F.max("count")).first()
    figures = {
        "articles": documents,
        "candidate_pairs": pairs.count(),
        "blocks": sizes.count(),
        "largest_block": int(largest[0]) if largest and largest[0] is not None else 0,
    }
    return placed, figures
