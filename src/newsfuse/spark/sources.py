"""Per-run features over the whole input: reprints (``Article.reprint_of``) and absent outlets.

``analyze`` computes both over every article it read; the job computes the
same with one shuffle each, never collecting articles in the driver:

- **Reprints** (:func:`reprint_links`): the articles are grouped by
  :func:`newsfuse.ingest.reprints.text_key` (the same cleaned body), and
  every group of two or more copies goes through
  :func:`~newsfuse.ingest.reprints.link_reprints` itself, in order of
  reading. :func:`with_links` then writes ``reprint_of`` into the linked
  articles' JSON and analyses, before stories are grouped and compared, as
  ``analyze`` does before its per-article stages.
- **Absent outlets** (:func:`absent_outlets`): the outlets seen on each day
  (one row per day and outlet), joined with each story's days, less the
  outlets that carried the story: the definition of
  :func:`newsfuse.compare.sources.absent_outlets`.

Where they can differ from ``analyze``: "the order of reading" breaks ties
between copies published at the same time by no agency, and Spark reads
several input files in an order of its own (by size), so such a tie may
pick another copy as the original; an outlet's name is compared
lower-cased (``analyze`` case-folds, which differs only for a few letters
such as ß); and an article that failed its per-article stages is not
counted as seen (``analyze`` counts every article it read).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import msgspec

from newsfuse.ingest.reprints import link_reprints
from newsfuse.model import Article, ArticleAnalysis

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import Column, DataFrame

__all__ = ["absent_outlets", "reprint_links", "with_links"]

LINKS_SCHEMA = "id string, reprint_of string"

_article = msgspec.json.Decoder(Article)
_analysis = msgspec.msgpack.Decoder(ArticleAnalysis)
_to_json = msgspec.json.Encoder().encode
_encode = msgspec.msgpack.Encoder().encode


def _links_of_copies(copies: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    ordered = copies.sort_values(["read_row", "read_index"])
    linked = link_reprints([_article.decode(text) for text in ordered["article"]])
    rows = [(a.id, a.reprint_of) for a in linked if a.reprint_of]
    return pd.DataFrame(rows, columns=["id", "reprint_of"])


def reprint_links(articles: DataFrame) -> DataFrame:
    """``(id, reprint_of)`` for every article that reprints another word for word.

    Only the bodies' keys are shuffled to find the repeated ones; only the
    copies' articles travel to the function that links them.
    """
    from pyspark.sql import functions as F

    repeated = articles.groupBy("text_key").count().where(F.col("count") > 1).select("text_key")
    return (
        articles.select("text_key", "article", "read_row", "read_index")
        .join(repeated, "text_key", "left_semi")
        .groupBy("text_key")
        .applyInPandas(_links_of_copies, LINKS_SCHEMA)
    )


def _patch(batches: Iterator[pd.DataFrame], columns: list[str]) -> Iterator[pd.DataFrame]:
    for batch in batches:
        articles, analyses = list(batch["article"]), list(batch["analysis"])
        for n, original in enumerate(batch["reprint_of"]):
            if isinstance(original, str):
                analysis = _analysis.decode(analyses[n])
                article = msgspec.structs.replace(analysis.article, reprint_of=original)
                analyses[n] = _encode(msgspec.structs.replace(analysis, article=article))
                articles[n] = _to_json(article).decode("utf-8")
        yield batch.assign(article=articles, analysis=analyses)[columns]


def with_links(articles: DataFrame, links: DataFrame) -> DataFrame:
    """``articles`` with ``reprint_of`` set in the ``article`` JSON and the ``analysis`` of every linked copy."""
    joined = articles.join(links, "id", "left")
    return joined.mapInPandas(functools.partial(_patch, columns=articles.columns), articles.schema)


def _day(published: Column) -> Column:
    """``YYYY-MM-DD`` from a published date, as :func:`newsfuse.compare.sources.absent_outlets` reads it."""
    from pyspark.sql import functions as F

    return F.when((F.length(published) >= 10) & (F.substring(published, 5, 1) == "-"), F.substring(published, 1, 10))


def absent_outlets(articles: DataFrame, placed: DataFrame) -> DataFrame:
    """``(story, absent)``: the outlets seen within each story's days that carried none of its articles.

    ``articles`` has ``id``, ``article`` (JSON) and the reading order
    (``read_row``, ``read_index``); ``placed`` has ``article``, ``story``,
    ``start`` and ``end``. A story without dates has no row.
    """
    from pyspark.sql import functions as F

    outlet = F.get_json_object("article", "$.outlet")
    known = articles.select(
        "id",
        outlet.alias("outlet"),
        F.lower(outlet).alias("key"),
        _day(F.get_json_object("article", "$.published")).alias("day"),
        F.struct("read_row", "read_index").alias("order"),
    ).where(F.col("outlet").isNotNull() & (F.col("outlet") != ""))
    daily = (
        known.where(F.col("day").isNotNull())
        .groupBy("day", "key")
        .agg(F.min_by("outlet", "order").alias("outlet"), F.min("order").alias("order"))
    )
    stories = (
        placed.where(F.col("start").isNotNull() & F.col("end").isNotNull()).select("story", "start", "end").distinct()
    )
    days = F.sequence(F.to_date(F.substring("start", 1, 10)), F.to_date(F.substring("end", 1, 10)))
    spans = stories.select("story", F.explode(days).alias("date")).select(
        "story", F.date_format("date", "yyyy-MM-dd").alias("day")
    )
    seen = spans.join(daily, "day").groupBy("story", "key").agg(F.min_by("outlet", "order").alias("outlet"))
    carried = known.join(placed.select(F.col("article").alias("id"), "story"), "id").select("story", "key").distinct()
    return (
        seen.join(carried, ["story", "key"], "left_anti").groupBy("story").agg(F.collect_list("outlet").alias("absent"))
    )
