"""Stories at scale: MinHash LSH candidates in time slots, event blocks in the driver, the index per block.

The single-machine :class:`~newsfuse.stories.StoryIndex` places articles one
by one in order of arrival, comparing each with the stories so far. Spark
cannot run one global loop, so the job narrows the comparisons first and
then runs that same loop where it matters. Every step is one pass (or one
shuffle) over the articles; nothing iterates over Spark jobs:

1. **Rarity** (document frequency of every term) is counted over the whole
   input, as ``analyze`` does, and broadcast.
2. **Signatures**: each article's unit TF-IDF vector is computed with that
   rarity (:meth:`StoryIndex.vector`, the same code), and its
   :data:`SIGNATURE_TERMS` strongest terms form a set (its ``index_terms``
   and ``query_terms`` strongest are kept for the storylines).
3. **Candidates** (:func:`candidate_pairs`): Spark ML's ``MinHashLSH``
   hashes each set (:data:`HASH_TABLES` tables); two articles are
   candidates when one of their hashes is equal *in the same time slot*
   (slots of :func:`reach_days`, the event window; a dated article sits in
   its slot and the next; undated articles are placed later), then only
   where the two dates lie within :func:`reach_days` and the two sets'
   Jaccard distance is below :data:`MAX_DISTANCE`. Keying the equi-join by
   slot keeps the pairs per article bounded by what is published around the
   same days, not by the size of the archive.
4. **Blocks** (:func:`connected_blocks`): the candidate pairs are few (about
   two per article on the benchmark corpus), so they are collected as pairs
   of 64-bit id hashes and their connected components are computed in the
   driver with ``scipy.sparse.csgraph`` (linear in the pairs). The driver
   holds about 40 bytes per pair: 100 million pairs need about 4 GB of
   driver memory (``--driver-memory``). A hash collision between two ids
   only puts their two blocks together, which the index then splits again.
5. **Event stories** (:func:`place_blocks`): the blocks are dealt into
   batches (``groupBy().applyInPandas`` over a hash of the block, at least
   one batch per core and about :data:`BATCH_ARTICLES` articles a batch);
   inside each block a :class:`StoryIndex` seeded with the global rarity
   places the block's articles in arrival order, so story ids, decisions
   and inferred dates are the index's. An event join looks only
   ``window_days`` (and the week of its postings) around an article, so
   blocks of that reach suffice.
6. **Undated articles** (:func:`newsfuse.spark.undated.place_undated`)
   arrive last in the index and search every week: they are added after
   every dated story, in one task holding the dated stories they can reach.
7. **Storylines** (:func:`newsfuse.spark.storylines.link_storylines`):
   which earlier story a new story continues is asked of the index rebuilt
   from the known event stories in independent time slices, and the chains
   are followed in the driver: the storylines are the index's for those
   event stories.

Where it differs from ``analyze``: two articles that the index would put
in one story but that share too few strong terms to become LSH candidates,
directly or through others, land in different blocks and so in different
stories; the order of arrival is per block rather than global, which
matters only where a block's story would have been joined by an article of
another block (a story of another block can also crowd a block's story out
of the index's few candidates in ``analyze``, never here).
Measured on the 10,000-article synthetic corpus of ``benchmarks/spark.py``
(pre-computed features, ``local[2]``): BCubed F1 0.995 against the
single-machine index over the same features, from 17,224 candidate pairs;
the largest block holds 68 articles (0.7%; 8,744 or 87% when the previous
release's blocks spanned the storyline window so that each block's index
saw the earlier events). The storylines are linked in 6 slices, the largest
reading 3,097 articles (31%; 3,729 or 37% before a slice was sent only the
stories its openers can search): a slice reads up to two storyline windows
of articles, so its share falls as an archive spans more time, not as it
gets denser. Sending only searchable stories left the grouping's CPU
unchanged within noise (alternated: 41.0 and 36.4 s before, 40.6 and
40.2 s after, load 9-11). The cost of this design: grouping alone, alternated with the previous release,
68.9 against 56.8 s CPU (73 against 49 s wall) at load 5, and 69.6 against
43.9 s CPU at load 18-29: 1.2-1.6 times the CPU (twice the hash tables, the
slice replay, more Spark jobs), where at 10,000 articles the previous
release's blocks all fell in one batch anyway.
``tests/test_spark.py`` asks for at least 0.95 between the whole job and
``analyze`` on the bundled example plus basil-dev, and for the same stories
and storylines on an invented arrest, trial and verdict;
``tests/test_spark_storylines.py`` for the same stories, storylines and
inferred dates on an invented dense corpus.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.options import ClusterOptions
from newsfuse.spark.frames import driver_table
from newsfuse.spark.restore import (
    EVENT_COLUMNS,
    EVENT_SCHEMA,
    STORY_COLUMNS,
    STORY_FIELDS,
    event_rows,
    seeded_index,
)
from newsfuse.spark.storylines import link_storylines
from newsfuse.spark.undated import place_undated
from newsfuse.stories import arrival_order
from newsfuse.stories.features import ArticleFeatures

if TYPE_CHECKING:
    import pandas as pd
    from pyspark import Broadcast
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "BATCH_ARTICLES",
    "MAX_DISTANCE",
    "SIGNATURE_TERMS",
    "STORY_COLUMNS",
    "STORY_FIELDS",
    "candidate_pairs",
    "connected_blocks",
    "group_stories",
    "place_blocks",
]

SIGNATURE_TERMS = 24
"""How many of an article's strongest TF-IDF terms form its LSH signature set."""

MAX_DISTANCE = 0.95
"""Largest Jaccard distance between signature sets that makes two articles candidates.

Loose on purpose: a candidate pair only puts two articles in one block,
where the index then decides; a missed pair can split a story.
"""

HASH_TABLES = 40
"""MinHash tables (OR-amplification): a pair of Jaccard similarity J is found with probability 1 - (1 - J)^40.

That is 0.87 at J = 0.05 (the loosest pair kept, :data:`MAX_DISTANCE`) and
0.98 at J = 0.1; a story's articles need only be connected through one
another, not pairwise. On the benchmark corpus, keeping every pair of
J > 0.05 within the window (no hashing) gives BCubed 0.9956 against the
index; drawing each pair with the probability above gives 0.9953 with 40
tables and 0.992 with 20 (the previous setting).
"""

HASH_FEATURES = 1 << 20
"""Width of the hashed term space for the MinHash input vectors."""

BATCH_ARTICLES = 20_000
"""About how many articles one call of the placement function handles (blocks are never split)."""


def reach_days(options: ClusterOptions) -> float:
    """How far apart (days) two articles of one event block may lie: the event window, ``window_days``.

    The index may find a story through a member up to a week farther (its
    postings are weekly), but the stories' own members connect such
    articles: on the benchmark corpus, pairs within twice the window gave
    the same BCubed against the index as pairs within the window (0.9956,
    every pair of J > 0.05 kept) and a largest block of 881 articles
    instead of 68.
    """
    return options.window_days


def _strongest(
    batches: Iterator[pd.DataFrame], options: ClusterOptions, shared: Broadcast[Any]
) -> Iterator[pd.DataFrame]:
    import pandas as pd

    decode = msgspec.msgpack.Decoder(ArticleFeatures).decode
    index = seeded_index(options, shared.value)
    for batch in batches:
        strongest = [list(index.vector(decode(blob))) for blob in batch["features"]]
        yield pd.DataFrame(
            {
                "id": batch["id"],
                "day": batch["day"],
                "terms": [terms[:SIGNATURE_TERMS] for terms in strongest],
                "posted": [terms[: options.index_terms] for terms in strongest],
                "asked": [terms[: options.query_terms] for terms in strongest],
            }
        )


def signatures(features: DataFrame, shared: Broadcast[Any], options: ClusterOptions) -> DataFrame:
    """``(id, day, terms, posted, asked)``: each article's strongest terms under the global rarity (``shared``:
    df, N): the :data:`SIGNATURE_TERMS` of its signature, those the index posts and those it queries."""
    strongest = functools.partial(_strongest, options=options, shared=shared)
    schema = "id string, day long, terms array<string>, posted array<string>, asked array<string>"
    return features.select("id", "day", "features").mapInPandas(strongest, schema)


def _hash_keys(signed: DataFrame, options: ClusterOptions) -> DataFrame:
    """``(id, table, hash, slot)``: one row per MinHash table and time slot a dated article sits in.

    An article sits in its own slot and the next one, so two articles at
    most :func:`reach_days` apart share a slot.
    """
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.ml.functions import vector_to_array
    from pyspark.sql import functions as F

    hashed = HashingTF(inputCol="terms", outputCol="vector", numFeatures=HASH_FEATURES, binary=True).transform(signed)
    model = MinHashLSH(inputCol="vector", outputCol="hashes", numHashTables=HASH_TABLES, seed=7).fit(hashed)
    home = F.floor(F.col("day") / max(1, math.ceil(reach_days(options))))
    return (
        model.transform(hashed)
        .select("id", "day", F.posexplode("hashes").alias("table", "vector"))
        .select(
            "id",
            "table",
            vector_to_array(F.col("vector"))[0].alias("hash"),
            F.explode(F.array(home, home + 1)).alias("slot"),
        )
    )


def candidate_pairs(signed: DataFrame, options: ClusterOptions) -> DataFrame:
    """``(a, b)`` dated article id pairs (``a < b``) that may share an event: near in MinHash space and in time.

    Undated articles pair with nothing: they arrive after every dated one and
    are placed by :mod:`.undated`.
    """
    from pyspark.sql import functions as F

    usable = signed.where((F.size("terms") > 0) & F.col("day").isNotNull())
    keys = _hash_keys(usable, options)
    left, right = keys.alias("l"), keys.alias("r")
    l_id, r_id = F.col("l.id"), F.col("r.id")
    same_hash = (F.col("l.table") == F.col("r.table")) & (F.col("l.hash") == F.col("r.hash"))
    met = left.join(right, same_hash & (F.col("l.slot") == F.col("r.slot")) & (l_id < r_id))
    a = usable.select(F.col("id").alias("a"), F.col("day").alias("day_a"), F.col("terms").alias("terms_a"))
    b = usable.select(F.col("id").alias("b"), F.col("day").alias("day_b"), F.col("terms").alias("terms_b"))
    near_in_time = F.abs(F.col("day_a") - F.col("day_b")) <= reach_days(options)
    shared = F.size(F.array_intersect("terms_a", "terms_b")) / F.size(F.array_union("terms_a", "terms_b"))
    return (
        met.select(l_id.alias("a"), r_id.alias("b"))
        .distinct()
        .join(a, "a")
        .join(b, "b")
        .where(near_in_time & (1.0 - shared < MAX_DISTANCE))
        .select("a", "b")
    )


def _components(left: Any, right: Any) -> tuple[Any, Any]:
    """``(node, block)``: every node of the edges ``left[i] - right[i]``, and the smallest node of its component."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    nodes, ends = np.unique(np.concatenate([left, right]), return_inverse=True)
    size, edges = len(nodes), len(left)
    graph = coo_matrix((np.ones(edges, dtype=np.int8), (ends[:edges], ends[edges:])), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    smallest = np.full(labels.max() + 1 if size else 0, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(smallest, labels, nodes)
    return nodes, smallest[labels]


def connected_blocks(spark: SparkSession, vertices: DataFrame, edges: DataFrame) -> DataFrame:
    """``(id, block)``: each vertex and a 64-bit label shared by exactly the vertices of its connected component.

    The edges ``(a, b)`` are collected as pairs of 64-bit hashes of the ids
    and their components computed in the driver (see the module docstring);
    a vertex without edges is its own block.
    """
    import pandas as pd
    from pyspark.sql import functions as F

    pairs: pd.DataFrame = edges.select(F.xxhash64("a").alias("a"), F.xxhash64("b").alias("b")).toPandas()
    nodes, blocks = _components(pairs["a"].to_numpy(), pairs["b"].to_numpy())
    linked = driver_table(spark, pd.DataFrame({"key": nodes, "block": blocks}), "key long, block long")
    keyed = vertices.select("id", F.xxhash64("id").alias("key"))
    return keyed.join(linked, "key", "left").select("id", F.coalesce("block", "key").alias("block"))


def _place_block(members: list[ArticleFeatures], options: ClusterOptions, shared: Any) -> list[tuple[Any, ...]]:
    """The event stories of one block: the single-machine index over its articles, in order of arrival.

    The storyline is left as the story's own id (:mod:`.storylines` links them).
    """
    members = arrival_order(members)
    index = seeded_index(options, shared, counted=(item.id for item in members))
    for item in members:
        index.add(item)
    rank = {item.id: position for position, item in enumerate(members)}
    return [row for story in index.stories() for row in event_rows(story, story.articles, rank.__getitem__)]


def _place_batch(batch: pd.DataFrame, options: ClusterOptions, shared: Broadcast[Any]) -> pd.DataFrame:
    import pandas as pd

    decode = msgspec.msgpack.Decoder(ArticleFeatures).decode
    blocks: dict[int, list[ArticleFeatures]] = {}
    for block, blob in zip(batch["block"], batch["features"], strict=True):
        blocks.setdefault(int(block), []).append(decode(blob))
    value = shared.value
    rows = [row for members in blocks.values() for row in _place_block(members, options, value)]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def place_blocks(
    features: DataFrame, blocks: DataFrame, shared: Broadcast[Any], options: ClusterOptions, documents: int
) -> DataFrame:
    """:data:`STORY_COLUMNS` and ``opens`` per article: the index run over each block, blocks dealt into batches
    (at least one per core of the session)."""
    from pyspark.sql import functions as F

    cores = features.sparkSession.sparkContext.defaultParallelism
    batches = max(1, cores, math.ceil(documents / BATCH_ARTICLES))
    place = functools.partial(_place_batch, options=options, shared=shared)
    return (
        features.join(blocks, "id")
        .select(F.pmod("block", F.lit(batches)).alias("batch"), "block", "features")
        .groupBy("batch")
        .applyInPandas(place, EVENT_SCHEMA)
    )


def group_stories(
    spark: SparkSession, features: DataFrame, options: ClusterOptions
) -> tuple[DataFrame, dict[str, int]]:
    """:data:`STORY_COLUMNS` per article (the story's fields, its storyline, its inferred dates as JSON, the
    article's rank of arrival in its block), and figures about the grouping (blocks and slices).

    ``features`` has columns ``id``, ``day``, ``features`` (msgpack of
    :class:`ArticleFeatures`) and ``term_keys``.
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
    dated = features.where(F.col("day").isNotNull())
    blocks = connected_blocks(spark, dated.select("id"), pairs).localCheckpoint()
    events = place_blocks(dated, blocks, shared, options, documents).localCheckpoint()
    events, undated_links, reached = place_undated(features, signed, events, shared, options, documents)
    placed, sliced = link_storylines(spark, features, signed, events, undated_links, shared, options)
    largest = blocks.groupBy("block").count().agg(F.count("*"), F.max("count")).first()
    figures = {
        "articles": documents,
        "candidate_pairs": pairs.count(),
        "blocks": int(largest[0]) if largest else 0,
        "largest_block": int(largest[1]) if largest and largest[1] is not None else 0,
        "undated_reached": reached,
        **sliced,
    }
    return placed.select(*STORY_COLUMNS), figures
