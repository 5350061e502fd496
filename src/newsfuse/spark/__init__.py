"""newsfuse on Spark: the same stages over JSONL, WARC and Parquet archives at any scale.

``newsfuse spark INPUT... --output DIR [--master URL] [--partitions N]``
(or ``spark-submit src/newsfuse/spark/__main__.py ...``, see the README) runs:

1. **read** (:mod:`newsfuse.spark.inputs`): every input becomes rows of
   ``(source, kind, payload)``; the executors turn each row into an
   :class:`~newsfuse.model.Article` with the CLI's own readers (a JSONL
   record, a Parquet row read as a record, a WARC response through the
   HTML path);
2. **per-article stages** in the executors (``mapInPandas`` over Arrow
   batches), through the same runner as ``newsfuse analyze``; what fails
   becomes a row of ``DIR/problems`` (input, stage, reason), never a failed
   job;
3. **stories** (:mod:`newsfuse.spark.grouping`): MinHash LSH candidate pairs
   over each dated article's strongest terms within the event window,
   connected components of the candidates as blocks, then the single-machine
   :class:`~newsfuse.stories.StoryIndex` inside each block in order of
   arrival, with term rarity counted over the whole input; the undated
   articles after them (:mod:`newsfuse.spark.undated`); the storylines
   linked in time slices (:mod:`newsfuse.spark.storylines`);
4. **story stages** per story (``groupBy().applyInPandas``);
5. **output** (:mod:`newsfuse.spark.job`, schemas from
   :mod:`newsfuse.spark.tables`): Parquet datasets
   ``DIR/articles``, ``DIR/stories``, ``DIR/quotes``, ``DIR/utterances``,
   ``DIR/claims``, ``DIR/conflicts``, ``DIR/entities``, ``DIR/reuse``,
   ``DIR/problems`` with the JSON report's fields, and ``DIR/_store`` (the
   analyses and findings as msgpack) that ``newsfuse ingest DIR --db F``
   imports into a store.

PySpark is an optional extra: ``pip install -e '.[spark]'``.
"""

from __future__ import annotations

__all__ = ["run_job"]


def __getattr__(name: str) -> object:
    if name == "run_job":
        from newsfuse.spark.job import run_job

        return run_job
    raise AttributeError(name)
