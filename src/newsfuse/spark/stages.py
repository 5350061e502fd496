"""The executor side of the Spark job: one article, one story, through the runner ``analyze`` uses.

Rows cross the Python/JVM boundary as plain columns: msgpack for what the
job reads back (analyses, features, the store's findings), JSON for what
it writes as tables (the JSON report's documents).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from newsfuse.errors import InputError
from newsfuse.ingest.reprints import text_key
from newsfuse.model import STORY_FINDINGS, Article, ArticleAnalysis, InferredDate, Problem, Story
from newsfuse.options import Options
from newsfuse.pipeline import analyse_one_article, compare_one_story
from newsfuse.stories.features import extract_features

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["analyse_one", "compare_one"]

_encode = msgspec.msgpack.Encoder().encode
_to_json = msgspec.json.Encoder().encode
_analysis = msgspec.msgpack.Decoder(ArticleAnalysis)
_inferred = msgspec.json.Decoder(tuple[InferredDate, ...])


def _text(value: Any) -> str | None:
    """A string cell, or None for a missing one (pandas gives NaN or None)."""
    return value if isinstance(value, str) else None


def _problem_row(problem: Problem) -> dict[str, Any]:
    return {
        "id": None,
        "source": problem.source,
        "stage": problem.stage,
        "reason": problem.reason,
        "line": problem.line,
    }


def analyse_one(item: Article | InputError, options: Options) -> dict[str, Any]:
    """One row of the analysed table: the article's analysis and features, or the problem that stopped it."""
    if isinstance(item, InputError):
        return _problem_row(Problem(source=item.source, reason=item.reason, line=item.line))
    result = analyse_one_article(item, options)
    if isinstance(result, Problem):
        return _problem_row(result)
    features = extract_features(item, options.cluster.lead_chars)
    return {
        "id": item.id,
        "source": item.source,
        "article": _to_json(item).decode("utf-8"),
        "analysis": _encode(result),
        "features": _encode(features),
        "day": features.day,
        "term_keys": list(features.terms),
        "text_key": text_key(item),
    }


def compare_one(group: pd.DataFrame, options: Options) -> list[tuple[str, str, str | None, bytes | None]]:
    """Rows ``(story, kind, json, blob)`` of one story's findings: one per finding, the story, the store's copy."""
    group = group.sort_values("arrival")
    first = group.iloc[0]
    analyses = [_analysis.decode(blob) for blob in group["analysis"]]
    story = Story(
        id=str(first["story"]),
        label=str(first["label"]),
        articles=tuple(a.article.id for a in analyses),
        start=_text(first["start"]),
        end=_text(first["end"]),
        storyline=_text(first.get("storyline")),
        inferred_dates=_inferred.decode(first["inferred"]) if _text(first.get("inferred")) else (),
    )
    story, findings = compare_one_story(story, analyses, options)
    absent = first.get("absent")
    if absent is not None and len(absent):
        story = msgspec.structs.replace(story, absent_outlets=tuple(sorted(absent, key=str.casefold)))
    rows: list[tuple[str, str, str | None, bytes | None]] = [
        (story.id, "stories", _to_json(story).decode("utf-8"), None),
        (story.id, "_findings", _to_json(story).decode("utf-8"), _encode(findings)),
    ]
    for kind in (*STORY_FINDINGS, "problems"):
        for finding in getattr(findings, kind):
            rows.append((story.id, kind, _to_json(finding).decode("utf-8"), None))
    return rows
