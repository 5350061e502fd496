"""``newsfuse ingest DIR``: import what the Spark job wrote into a store, without Spark.

The job keeps, beside its tables, ``DIR/_store/articles`` (each article's
analysis, clustering features, story and order of arrival, msgpack) and
``DIR/_store/findings`` (each story and its findings, msgpack): exactly what
the store holds for an ingested article and story. Reading them needs only
pyarrow. Articles the store already holds are skipped, as in a normal
ingest; the job's stories are written as the job formed them, with their
findings, one transaction per story, so ``newsfuse report`` and
``serve`` show the job's results.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from newsfuse.errors import InputError, MalformedInputError
from newsfuse.model import ArticleAnalysis, Report, Story
from newsfuse.store.database import Store, StoredArticle
from newsfuse.store.ingest import refresh_pages
from newsfuse.stories.features import ArticleFeatures

__all__ = ["ImportResult", "import_job_output"]

_analysis = msgspec.msgpack.Decoder(ArticleAnalysis)
_features = msgspec.msgpack.Decoder(ArticleFeatures)
_report = msgspec.msgpack.Decoder(Report)
_story = msgspec.json.Decoder(Story)


class ImportResult(msgspec.Struct, frozen=True, kw_only=True):
    """What one import did."""

    added: int
    already_stored: int
    stories: int


def _read(folder: Path) -> list[dict[str, object]]:
    import pyarrow.parquet as pq

    try:
        rows: list[dict[str, object]] = pq.read_table(folder).to_pylist()
    except (OSError, ValueError) as exc:
        raise MalformedInputError(str(folder), f"not a readable Spark output: {exc}") from None
    return rows


def import_job_output(folder: str | Path, store: Store) -> ImportResult:
    """Write the job's articles, stories and findings under ``folder`` into ``store``."""
    root = Path(folder) / "_store"
    try:
        articles = _read(root / "articles")
        findings = _read(root / "findings")
    except ImportError:
        raise InputError(str(folder), "importing a Spark output needs pyarrow: pip install 'newsfuse[spark]'") from None
    by_story: dict[str, list[dict[str, object]]] = {}
    for row in sorted(articles, key=lambda r: (str(r["story"]), int(r["arrival"]))):  # type: ignore[call-overload]
        by_story.setdefault(str(row["story"]), []).append(row)
    known = store.known_articles(str(r["id"]) for r in articles)
    added = 0
    with store.writer():
        for row in findings:
            story = _story.decode(str(row["json"]))
            members = [
                StoredArticle(
                    analysis=_analysis.decode(m["analysis"]),  # type: ignore[arg-type]
                    features=_features.decode(m["features"]),  # type: ignore[arg-type]
                    story=story.id,
                )
                for m in by_story.get(story.id, [])
                if m["id"] not in known
            ]
            with store.transaction() as db:
                store.write_articles(db, members, [story])
                store.write_findings(db, story.id, _report.decode(row["blob"]), page=False)  # type: ignore[arg-type]
            added += len(members)
    # A story's page depends on the later stories of its days (their outlets change its "absent outlets"):
    # the pages are rendered once the import is done (missing ones, and older ones that no longer hold).
    refresh_pages(store)
    return ImportResult(added=added, already_stored=len(known), stories=len(findings))
