"""An incremental story index: each new article joins the closest story or starts one.

This is the single-pass clustering of topic detection and tracking: an
article is compared with the stories seen so far, not with every article,
and joins the most similar one when the similarity clears a threshold and
the dates fit; otherwise it starts a new story. Nothing already assigned is
ever moved, so the index can grow for as long as articles arrive, and what
the store keeps stays valid.

- **Text and names**: an article is a unit TF-IDF vector over its title and
  lead terms, names included (see :mod:`newsfuse.stories.features`),
  truncated to its strongest terms; a story is the sum of its members'
  vectors (a centroid), compared by cosine.
- **Rarity** comes from the document frequencies of every article observed
  so far, smoothed by a prior of unseen documents so that a handful of
  articles about one event does not make their shared words look common.
- **Time**: a dated article only joins a story whose dated members'
  mean day lies within ``window_days`` of it, so two budget votes a year
  apart stay two stories, and a story cannot drift through a year by
  chaining one day to the next. An article without a publication date is
  checked by the dates its own text gives (a wire dateline, a weekday with
  a date in the lead; :mod:`newsfuse.stories.when`), with a wider
  tolerance, and the date it was placed at is kept as inferred
  (``Story.inferred_dates``). One with no date at all is judged by its text
  alone and must be more alike to join (``undated_threshold``): no time
  check can veto a wrong join, and an event known only from undated copies
  would otherwise be absorbed by a dated story of a neighbouring event of
  the same topic.
- **Two levels**: a story is one event; a new story continues the
  storyline of an earlier story within ``storyline_window_days`` that its
  first article resembles at ``storyline_threshold`` (lower than the event
  threshold), so an arrest, a trial and a verdict are three stories of one
  ``storyline``. Like stories, storylines are assigned once and never move.
- **Memory** is linear: one truncated vector per story and a few postings per
  article, in an inverted index keyed by term and week (:data:`BUCKET_DAYS`),
  so finding candidates only touches stories that share a distinctive term
  and lie near in time.

Reads :class:`~newsfuse.stories.features.ArticleFeatures`; writes
:class:`~newsfuse.model.Story` rows (:meth:`StoryIndex.stories`). Its
thresholds are the options' (:class:`~newsfuse.options.ClusterOptions`:
``threshold``, ``undated_threshold``, ``window_days``, ``storyline_threshold``,
``storyline_window_days``, ``prior_documents``, ``max_terms``,
``index_terms``, ``query_terms``, ``candidates``); an undated article's
inferred date gets ``INFERRED_TOLERANCE_DAYS`` more
(:mod:`newsfuse.stories.when`). :func:`look_back_days` is how far back a
new article can reach, which the store's ingest and the Spark storylines
use to restore only what it can reach.
"""

from __future__ import annotations

import heapq
import itertools
import math
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date

from newsfuse.model import InferredDate, Story
from newsfuse.options import ClusterOptions
from newsfuse.stories.features import ArticleFeatures
from newsfuse.stories.when import INFERRED_TOLERANCE_DAYS, Clue, place_clue

__all__ = ["BUCKET_DAYS", "StoryIndex", "look_back_days", "story_id_for"]

BUCKET_DAYS = 7
"""Days of one posting bucket: the inverted index keys each term's stories by the week of the member posting it."""
_weight = operator.itemgetter(1)


def _most_shared(shared: Mapping[int, int], n: int) -> list[int]:
    """The ``n`` stories that share the most terms, the older (lower index) first among equals.

    The same order as sorting every ``(-count, index)``, without a Python
    key call per story: the n-th highest count is found in C, and only the
    stories at or above it are sorted.
    """
    if len(shared) <= n:
        return [index for _, index in sorted((-count, index) for index, count in shared.items())]
    floor = heapq.nlargest(n, shared.values())[-1]
    return [index for _, index in sorted((-count, index) for index, count in shared.items() if count >= floor)[:n]]


def look_back_days(options: ClusterOptions) -> float:
    """How far (days) from a dated article a story may lie and still take it or start its storyline.

    The story's mean day lies within the window; its members, and the
    weeks the candidate search looks at, a little farther.
    """
    return max(options.window_days, options.storyline_window_days) + INFERRED_TOLERANCE_DAYS + 2 * BUCKET_DAYS


def story_id_for(first_article: str) -> str:
    """The id of the story an article starts: stable however many articles join later."""
    return "s" + first_article


class _Story:
    """One story while the index grows (mutable; :meth:`StoryIndex.stories` freezes it)."""

    __slots__ = (
        "centroid",
        "dated",
        "day_sum",
        "first_day",
        "id",
        "inferred",
        "label",
        "last_day",
        "members",
        "norm2",
        "storyline",
    )

    def __init__(self, story_id: str, label: str, storyline: str | None = None) -> None:
        self.id = story_id
        self.label = label
        self.storyline = storyline or story_id
        self.inferred: list[InferredDate] = []
        self.centroid: dict[str, float] = {}
        self.norm2 = 0.0
        self.members: list[str] = []
        self.first_day: int | None = None
        self.last_day: int | None = None
        self.day_sum = 0
        self.dated = 0

    def add(self, article: str, vector: dict[str, float], day: int | None) -> None:
        centroid = self.centroid
        if not centroid:
            self.centroid = dict(vector)
            self.norm2 = sum(w * w for w in vector.values())
        else:
            norm2 = self.norm2
            for term, weight in vector.items():
                old = centroid.get(term, 0.0)
                centroid[term] = old + weight
                norm2 += 2.0 * old * weight + weight * weight
            self.norm2 = norm2
        self.members.append(article)
        if day is not None:
            self.day_sum += day
            self.dated += 1
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)

    def fits_in_time(self, day: int | None, window: float) -> bool:
        if day is None or not self.dated:
            return True
        return abs(day - self.day_sum / self.dated) <= window

    def fits(self, features: ArticleFeatures, window: float) -> bool:
        """Whether ``features`` may join in time: by its publication day, else by its date clues."""
        if features.day is not None or not features.clues:
            return self.fits_in_time(features.day, window)
        return not self.dated or self.clue_day(features.clues, window) is not None

    def clue_day(self, clues: Sequence[Clue], window: float) -> int | None:
        """The day of the first clue that lies near this story's dated members (inferred tolerance)."""
        mean = self.day_sum / self.dated
        for clue in clues:
            day = place_clue(clue, round(mean))
            if day is not None and abs(day - mean) <= window + INFERRED_TOLERANCE_DAYS:
                return day
        return None

    def cosine(self, vector: dict[str, float]) -> float:
        if self.norm2 <= 0.0:
            return 0.0
        centroid = self.centroid
        shared = vector.keys() & centroid.keys()
        # fsum: exactly rounded, so the set's (hash-seeded) order cannot change a decision
        dot = math.fsum(map(operator.mul, map(vector.__getitem__, shared), map(centroid.__getitem__, shared)))
        return dot / math.sqrt(self.norm2)


class StoryIndex:
    """Stories so far, and where a new article belongs.

    Typical use: :meth:`observe` every article of a batch (so term rarity
    reflects the batch), then :meth:`add` each one; :meth:`stories` lists the
    result. Adding is deterministic for a given order of arrival.
    """

    def __init__(self, options: ClusterOptions | None = None) -> None:
        self.options = options or ClusterOptions()
        self._df: Counter[str] = Counter()
        self._observed: set[str] = set()
        self._stories: list[_Story] = []
        self._story_of: dict[str, int] = {}
        self._index_of: dict[str, int] = {}
        self._postings: dict[str, dict[int | None, list[int]]] = {}
        self._idf: dict[str, float] = {}
        self._idf_documents = 0
        self._counted_elsewhere = 0
        self._df_elsewhere: Mapping[str, int] = {}
        self._counted_ids: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self._stories)

    @property
    def documents(self) -> int:
        """How many distinct articles have been observed (the N of the rarity weights)."""
        return len(self._observed) + self._counted_elsewhere

    def observe_frequencies(self, frequencies: Mapping[str, int], documents: int, counted: Iterable[str] = ()) -> None:
        """Take term rarity counted over ``documents`` articles elsewhere (a Spark job's whole input).

        ``frequencies`` maps each term to the number of those articles that
        hold it (kept by reference, not copied); ``counted`` names articles
        among them, which :meth:`observe` then does not count again.
        """
        self._df_elsewhere = frequencies
        self._counted_elsewhere = documents
        self._counted_ids = frozenset(counted)

    def observe(self, features: ArticleFeatures) -> None:
        """Count ``features``' terms towards term rarity (once per article id)."""
        if features.id in self._observed or features.id in self._counted_ids:
            return
        self._observed.add(features.id)
        self._df.update(features.terms.keys())

    def observe_all(self, features: Iterable[ArticleFeatures]) -> None:
        for item in features:
            self.observe(item)

    def story_of(self, article: str) -> str | None:
        """The id of the story ``article`` was assigned to, if any."""
        index = self._story_of.get(article)
        return None if index is None else self._stories[index].id

    def vector(self, features: ArticleFeatures) -> dict[str, float]:
        """The unit TF-IDF vector of ``features`` over its strongest terms, with the rarity known now.

        The dict is ordered by weight, strongest first.
        """
        idf = self._idf
        if self._idf_documents != self.documents:
            idf.clear()
            self._idf_documents = self.documents
        terms = list(features.terms)
        rarities = list(map(idf.get, terms))
        if None in rarities:
            total = self._idf_documents + self.options.prior_documents
            df, elsewhere = self._df, self._df_elsewhere
            for i, term in enumerate(terms):
                if rarities[i] is None:
                    rarities[i] = idf[term] = math.log(total / (df[term] + elsewhere.get(term, 0) + 1.0))
        weights = sorted(
            zip(terms, map(operator.mul, features.terms.values(), rarities), strict=True),  # type: ignore[arg-type]
            key=_weight,
            reverse=True,
        )[: self.options.max_terms]
        norm = math.sqrt(sum(w * w for _, w in weights))
        if norm <= 0.0:
            return {}
        scale = 1.0 / norm
        return {term: w * scale for term, w in weights}

    def best_story(
        self, features: ArticleFeatures, vector: dict[str, float], window: float | None = None
    ) -> tuple[int, float] | None:
        """The most similar story that ``features`` may join in time, and the similarity.

        Candidates are the stories that share the most of the article's
        strongest terms in nearby weeks; the best few are compared in full.
        ``window`` defaults to the options' ``window_days``.
        """
        best: tuple[int, float] | None = None
        window = self.options.window_days if window is None else window
        for index in self._candidates(features, vector, window):
            similarity = self._stories[index].cosine(vector)
            if best is None or similarity > best[1]:
                best = (index, similarity)
        return best

    def _candidates(self, features: ArticleFeatures, vector: dict[str, float], window: float) -> list[int]:
        """Stories that share the most of ``vector``'s strongest terms in nearby weeks and fit in time.

        Most shared terms first, then the older story: an order that does not
        depend on how the index was built (restored or grown).
        """
        options = self.options
        if not vector:
            return []
        shared = Counter(itertools.chain.from_iterable(self._sharing(features.day, vector, window)))
        chosen: list[int] = []
        for index in _most_shared(shared, 2 * options.candidates):
            if self._stories[index].fits(features, window):
                chosen.append(index)
                if len(chosen) >= options.candidates:
                    break
        return chosen

    def _sharing(self, day: int | None, vector: dict[str, float], window: float) -> Iterator[set[int]]:
        """For each of ``vector``'s strongest terms, the stories near ``day`` that hold it (each story once)."""
        postings = self._postings
        buckets: tuple[int | None, ...] | None = None
        if day is not None:
            low = int((day - window) // BUCKET_DAYS)
            high = int((day + window) // BUCKET_DAYS)
            buckets = (None, *range(low, high + 1))
        for term in itertools.islice(vector, self.options.query_terms):
            by_bucket = postings.get(term)
            if not by_bucket:
                continue
            if buckets is None:
                yield set().union(*by_bucket.values())
            else:
                yield set().union(*[found for b in buckets if (found := by_bucket.get(b)) is not None])

    def add(self, features: ArticleFeatures) -> str:
        """Assign ``features`` to a story (an existing one or a new one) and return its id.

        An article already in the index keeps its story.
        """
        known = self._story_of.get(features.id)
        if known is not None:
            return self._stories[known].id
        self.observe(features)
        vector = self.vector(features)
        found = self.best_story(features, vector)
        if found is not None and found[1] >= self._threshold(features, found[0]):
            index = found[0]
        else:
            index = self._new_story(story_id_for(features.id), features.title, self._storyline(features, vector))
        self._place(index, features, vector)
        return self._stories[index].id

    def _storyline(self, features: ArticleFeatures, vector: dict[str, float]) -> str | None:
        """The storyline a new story starting with ``features`` continues, if any (see the options)."""
        index = self._continued(features, vector)
        return None if index is None else self._stories[index].storyline

    def _continued(self, features: ArticleFeatures, vector: dict[str, float]) -> int | None:
        options = self.options
        found = self.best_story(features, vector, options.storyline_window_days)
        if found is not None and found[1] >= options.storyline_threshold:
            return found[0]
        return None

    def continued_story(self, features: ArticleFeatures) -> str | None:
        """The story whose storyline a new story opening with ``features`` would continue now, if any.

        What :meth:`add` asks when ``features`` joins no story; a Spark job
        replaying known stories (:meth:`restore`, :meth:`extend`) asks it to
        link each new story to the one it continues.
        """
        index = self._continued(features, self.vector(features))
        return None if index is None else self._stories[index].id

    def extend(self, story_id: str, features: ArticleFeatures) -> None:
        """Place ``features`` in the known story ``story_id`` (a decision replayed, not taken here)."""
        self._replay(self._index_of[story_id], features)

    def _threshold(self, features: ArticleFeatures, index: int) -> float:
        """The similarity needed to join story ``index``: higher where time cannot be compared."""
        if (features.day is None and not features.clues) or not self._stories[index].dated:
            return max(self.options.threshold, self.options.undated_threshold)
        return self.options.threshold

    def restore(
        self, story_id: str, label: str, members: Sequence[ArticleFeatures], storyline: str | None = None
    ) -> None:
        """Put back a story kept elsewhere (the store) with its members, in their order of arrival.

        Call :meth:`observe` on every stored article first so that the
        members' vectors are weighted as they are for new articles.
        """
        index = self._new_story(story_id, label, storyline)
        for features in members:
            self._replay(index, features)

    def _replay(self, index: int, features: ArticleFeatures) -> None:
        """Place ``features`` in story ``index`` as a decision already taken (counted, weighted, posted)."""
        self.observe(features)
        self._place(index, features, self.vector(features))

    def _place(self, index: int, features: ArticleFeatures, vector: dict[str, float]) -> None:
        story = self._stories[index]
        if features.day is None and features.clues:
            story.inferred.append(_inferred_date(story, features, self.options.window_days))
        story.add(features.id, vector, features.day)
        self._story_of[features.id] = index
        bucket = None if features.day is None else features.day // BUCKET_DAYS
        for term in itertools.islice(vector, self.options.index_terms):
            lists = self._postings.get(term)
            if lists is None:
                lists = self._postings[term] = {}
            stories = lists.get(bucket)
            if stories is None:
                lists[bucket] = [index]
            elif stories[-1] != index:
                stories.append(index)

    def _new_story(self, story_id: str, label: str, storyline: str | None = None) -> int:
        if story_id in self._index_of:
            raise ValueError(f"story {story_id!r} is already in the index")
        index = len(self._stories)
        self._stories.append(_Story(story_id, label, storyline))
        self._index_of[story_id] = index
        return index

    def story(self, story_id: str) -> Story:
        """The story ``story_id`` as it stands now."""
        return _frozen(self._stories[self._index_of[story_id]])

    def stories(self) -> tuple[Story, ...]:
        """Every story so far, in order of creation."""
        return tuple(_frozen(story) for story in self._stories)


def _inferred_date(story: _Story, features: ArticleFeatures, window: float) -> InferredDate:
    """The date ``features``' clues give, placed near ``story``'s dates where they have no year."""
    clue = features.clues[0]
    day = story.clue_day(features.clues, window) if story.dated else None
    if day is not None:
        iso = date.fromordinal(day).isoformat()
    elif clue.year:
        iso = f"{clue.year:04d}-{clue.month:02d}-{clue.day:02d}"
    else:
        iso = f"--{clue.month:02d}-{clue.day:02d}"
    return InferredDate(article=features.id, date=iso, source=clue.source)  # type: ignore[arg-type]


def _frozen(story: _Story) -> Story:
    return Story(
        id=story.id,
        label=story.label,
        articles=tuple(story.members),
        start=None if story.first_day is None else date.fromordinal(story.first_day).isoformat(),
        end=None if story.last_day is None else date.fromordinal(story.last_day).isoformat(),
        storyline=story.storyline,
        inferred_dates=tuple(story.inferred),
    )
