"""What the grouping steps of the Spark job share: the story columns, and an index rebuilt from known stories.

The event blocks (:mod:`.grouping`), the undated articles (:mod:`.undated`)
and the storyline slices (:mod:`.storylines`) each run the single-machine
:class:`~newsfuse.stories.StoryIndex` seeded with the rarity counted over
the whole input; the last two first put back stories already decided
elsewhere (:func:`restored_index`), in their order of creation, so that the
index answers as it would have at that moment of one global run.

Also shared: the per-article rows of a placed story (:func:`event_rows`,
:data:`EVENT_FIELDS`). How a table built in the driver joins the frames is
:mod:`.frames`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import msgspec

from newsfuse.model import Story
from newsfuse.options import ClusterOptions
from newsfuse.stories import StoryIndex, arrival_order
from newsfuse.stories.features import ArticleFeatures

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_FIELDS",
    "EVENT_SCHEMA",
    "STORY_COLUMNS",
    "STORY_FIELDS",
    "event_rows",
    "restored_index",
    "seeded_index",
]

STORY_FIELDS = (
    ("article", "string"),
    ("story", "string"),
    ("label", "string"),
    ("start", "string"),
    ("end", "string"),
    ("arrival", "long"),
    ("storyline", "string"),
    ("inferred", "string"),
)
"""The columns the grouping gives per article, with their Spark types.

``arrival`` orders a story's members (their rank of arrival in their block;
undated members after every dated one), ``inferred`` is the story's
inferred dates as JSON.
"""
STORY_COLUMNS = [name for name, _ in STORY_FIELDS]
EVENT_FIELDS = (*STORY_FIELDS, ("opens", "boolean"))
"""The story columns while storylines are not linked yet (``storyline`` is the story's own id), and whether
the article opened its story."""
EVENT_SCHEMA = ", ".join(f"{name} {kind}" for name, kind in EVENT_FIELDS)
EVENT_COLUMNS = [name for name, _ in EVENT_FIELDS]

_inferred_json = msgspec.json.Encoder().encode


def event_rows(
    story: Story, articles: Iterable[str], arrival: Callable[[str], int], storyline: str | None = None
) -> list[tuple[Any, ...]]:
    """Rows of :data:`EVENT_FIELDS` for ``articles`` of ``story`` (``storyline`` defaults to the story's id)."""
    inferred = _inferred_json(story.inferred_dates).decode("utf-8")
    first = story.articles[0]
    line = storyline or story.id
    return [
        (article, story.id, story.label, story.start, story.end, arrival(article), line, inferred, article == first)
        for article in articles
    ]


def seeded_index(
    options: ClusterOptions, shared: tuple[Mapping[str, int], int], counted: Iterable[str] = ()
) -> StoryIndex:
    """An empty index whose rarity is the whole input's (``shared``: document frequencies, documents)."""
    frequencies, documents = shared
    index = StoryIndex(options)
    index.observe_frequencies(frequencies, documents, counted=counted)
    return index


def restored_index(
    options: ClusterOptions,
    shared: Any,
    members: Sequence[ArticleFeatures],
    story_of: Mapping[str, str],
    labels: Mapping[str, str] | None = None,
    counted: Iterable[str] | None = None,
) -> StoryIndex:
    """A seeded index holding ``members`` in their known stories (``story_of``), stories in order of creation.

    ``counted`` (default: the keys of ``story_of``) must name every article
    the index will be given, since the seeded rarity counts them already;
    ``labels`` gives the stories' labels where they matter.
    """
    index = seeded_index(options, shared, counted=story_of if counted is None else counted)
    stories: dict[str, list[ArticleFeatures]] = {}
    for item in arrival_order(members):  # a story is created by its first article: creation order
        stories.setdefault(story_of[item.id], []).append(item)
    for story, kept in stories.items():
        index.restore(story, (labels or {}).get(story, ""), kept)
    return index
