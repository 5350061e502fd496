"""Spark story grouping on a dense invented archive: the same stories, storylines and inferred dates as ``analyze``.

``analyze`` groups articles with the single-machine index
(:func:`newsfuse.stories.cluster_features` over the articles' clustering
features); the Spark job places event stories block by block and links the
storylines in time slices (:mod:`newsfuse.spark.grouping`,
:mod:`newsfuse.spark.storylines`). On an invented archive where dozens of
events fall in one week, follow-ups arrive weeks later (across the replay
slices), and some copies carry no date (with or without a date in their
text), both must give the same stories with the same members, dates,
storylines and inferred dates, while no event block holds more than a small
share of the articles.

The archive is generated from invented word tokens (no evaluation text):
each storyline has its own names, each event its own words, each topic its
common words, and every article some noise.

Needs the ``spark`` extra and a Java runtime (skipped without them, except
under ``CI=true``).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest

from conftest import spark_session_or_skip
from newsfuse.options import ClusterOptions
from newsfuse.stories import cluster_features
from newsfuse.stories.features import ArticleFeatures
from newsfuse.stories.when import Clue

pytestmark = [pytest.mark.slow, pytest.mark.spark]

START = dt.date(2031, 3, 3).toordinal()
BURST_EVENTS = 36
"""Events within one week (the dense part): far more than one event window holds in the benchmark corpus."""
STORYLINES = 14
"""Storylines whose events follow the burst two to twelve weeks later (a replay slice is about nine weeks)."""


def _article(rng: random.Random, key: str, day: int | None, words: list[str], clue: Clue | None) -> ArticleFeatures:
    terms = {word: float(rng.choice((1, 1, 2))) for word in words}
    return ArticleFeatures(id=key, day=day, terms=terms, title=key, clues=(clue,) if clue else ())


def _event_words(rng: random.Random, names: list[str], topic: list[str], own: list[str], noise: list[str]) -> list[str]:
    return [*rng.sample(names, 3), *rng.sample(own, 6), *rng.sample(topic, 2), *rng.sample(noise, 6)]


def _event(rng: random.Random, event: int, step: int, day: int, words: Any) -> list[ArticleFeatures]:
    """Three to seven dated copies of one event; for every fifth event an undated copy that gives its date in
    the text and one that gives none."""
    own = [f"event{event}.{step} word{i}" for i in range(8)]
    copies = [
        _article(rng, f"a{event:02d}{step}{copy}", day + rng.randint(0, 2), words(own), None)
        for copy in range(rng.randint(3, 7))
    ]
    if event % 5 == 0:
        when = dt.date.fromordinal(day)
        clue = Clue(month=when.month, day=when.day, source="dateline")
        copies.append(_article(rng, f"u{event:02d}{step}c", None, words(own), clue))
        copies.append(_article(rng, f"u{event:02d}{step}n", None, words(own), None))
    return copies


def dense_archive(seed: int = 3) -> list[ArticleFeatures]:
    """Invented clustering features: a burst of events, their storylines' later events, undated copies."""
    rng = random.Random(seed)
    topics = [[f"topic{t}word{i}" for i in range(40)] for t in range(3)]
    noise = [f"common{i}" for i in range(3000)]
    articles: list[ArticleFeatures] = []
    for event in range(BURST_EVENTS):
        line = event % STORYLINES if event < 2 * STORYLINES else event
        names = [f"=line{line} name{i}" for i in range(5)]
        words = functools.partial(_event_words, rng, names, topics[line % 3], noise=noise)
        follow_ups = [0] if event >= STORYLINES else [0, 14 + 7 * (event % 11), 40 + 3 * event]
        for step, gap in enumerate(follow_ups):
            articles.extend(_event(rng, event, step, START + event % 7 + gap, words))
        if event % 4 == 1:  # an undated report of a later turn of the storyline: a new story, no date at all
            later = [f"event{event}.later word{i}" for i in range(8)]
            articles.append(_article(rng, f"u{event:02d}later", None, words(later), None))
    rng.shuffle(articles)
    return articles


def _as_rows(stories: Any) -> list[dict[str, Any]]:
    return sorted(
        (
            {
                "id": s.id,
                "articles": sorted(s.articles),
                "start": s.start,
                "end": s.end,
                "storyline": s.storyline,
                "inferred": msgspec.json.decode(msgspec.json.encode(s.inferred_dates)),
            }
            for s in stories
        ),
        key=lambda row: row["id"],
    )


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = spark_session_or_skip("local[2]")
    yield session
    session.stop()


def spark_stories(spark: Any, features: list[ArticleFeatures]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The job's grouping of ``features``, as rows shaped like :func:`_as_rows`, and its figures."""
    from newsfuse.spark.grouping import group_stories

    encode = msgspec.msgpack.Encoder().encode
    frame = spark.createDataFrame(
        [(f.id, f.day, encode(f), list(f.terms)) for f in features],
        "id string, day long, features binary, term_keys array<string>",
    )
    placed, figures = group_stories(spark, frame, ClusterOptions())
    stories: dict[str, dict[str, Any]] = {}
    for row in placed.collect():
        story = stories.setdefault(
            row["story"],
            {
                "id": row["story"],
                "articles": [],
                "start": row["start"],
                "end": row["end"],
                "storyline": row["storyline"],
                "inferred": msgspec.json.decode(row["inferred"]),
            },
        )
        story["articles"].append(row["article"])
    for story in stories.values():
        story["articles"].sort()
    return sorted(stories.values(), key=lambda row: row["id"]), figures


@pytest.fixture(scope="module")
def grouped(spark: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int], int]:
    features = dense_archive()
    found, figures = spark_stories(spark, features)
    return _as_rows(cluster_features(features)), found, figures, len(features)


def test_the_archive_is_dense_and_has_storylines_and_undated_copies(
    grouped: tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int], int],
) -> None:
    expected, _, _, articles = grouped
    lines = [story["storyline"] for story in expected]
    assert articles > 250
    assert max(len(story["articles"]) for story in expected) >= 4
    assert sum(lines.count(line) >= 3 for line in set(lines)) >= 5  # several storylines of three events
    assert sum(len(story["inferred"]) for story in expected) >= 3  # undated copies placed by their text's date
    undated_openers = [s for s in expected if s["id"].startswith("su")]
    assert any(s["storyline"] != s["id"] for s in undated_openers)  # an undated new story continues a storyline


def test_stories_storylines_and_inferred_dates_are_those_of_analyze(
    grouped: tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int], int],
) -> None:
    expected, found, _, _ = grouped
    assert found == expected


def test_no_block_holds_more_than_a_small_share_of_a_dense_archive(
    grouped: tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int], int],
) -> None:
    _, _, figures, articles = grouped
    assert figures["articles"] == articles
    assert figures["largest_block"] <= 0.1 * articles
    assert figures["slices"] >= 3  # the archive spans three replay slices: the chains cross them
    assert figures["storyline_links"] > 0


def test_a_slice_restores_only_the_stories_its_openers_can_search(spark: Any) -> None:
    """A story of the previous slice is restored where an opener of the slice searches one of its terms in
    one of its weeks; one sharing no term, or sharing it only weeks out of the storyline window, is not."""
    from newsfuse.spark.storylines import _story_slices, slice_days

    options = ClusterOptions()
    width = slice_days(options)
    assert width > options.storyline_window_days + 7  # a slice reaches back a whole storyline window
    base = 1000 * width  # slice 1000 starts here
    opener = base + width + 20  # in slice 1001, 20 days in
    rows = [  # article, day, story, opens, posted terms (also asked)
        ("ferry-1", opener, "ferry", True, ["harbour", "ferry"]),
        ("quay-1", opener - 26, "quay", True, ["harbour", "quay"]),  # searched: its week is in the window
        ("cider-1", opener - 26, "cider", True, ["orchard", "cider"]),  # near in time, no shared term
        ("mole-1", opener - 81, "mole", True, ["harbour", "mole"]),  # shared term, weeks out of the window
    ]
    members = spark.createDataFrame(
        [(a, d, s, o) for a, d, s, o, _ in rows], "id string, day long, story string, opens boolean"
    )
    signed = spark.createDataFrame(
        [(a, t, t) for a, _, _, _, t in rows], "id string, posted array<string>, asked array<string>"
    )
    found = {
        (r["slice"], r["story"]) for r in _story_slices(members, signed, width, options.storyline_window_days).collect()
    }
    assert found == {(1000, "quay"), (1000, "cider"), (1000, "mole"), (1001, "ferry"), (1001, "quay")}


def test_no_articles_make_no_stories(spark: Any) -> None:
    from newsfuse.spark.grouping import group_stories

    empty = spark.createDataFrame([], "id string, day long, features binary, term_keys array<string>")
    placed, figures = group_stories(spark, empty, ClusterOptions())
    assert placed.collect() == []
    assert figures["articles"] == figures["blocks"] == figures["slices"] == figures["largest_slice"] == 0
