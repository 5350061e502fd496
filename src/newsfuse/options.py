"""One options object for every entry point.

The CLI, the tests, the benchmarks and a Spark job all build an
:class:`Options` and pass it to :func:`newsfuse.analyze`; nothing reads
settings from anywhere else. Each stage that has settings declares its
section (``@story_stage(..., options="summary")``) and the runner
(:mod:`newsfuse.runner`) passes it that section alone.
"""

from __future__ import annotations

import msgspec

__all__ = ["ClusterOptions", "FetchOptions", "Options", "QuotesOptions", "SummaryOptions"]


class ClusterOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of story clustering (defaults work without tuning; see ``newsfuse.stories``)."""

    enabled: bool = True
    """Group articles into stories; when False, all articles form one story."""
    threshold: float = 0.13
    """Cosine similarity to a story's centroid above which an article joins it."""
    undated_threshold: float = 0.18
    """Similarity an article needs to join a story when their dates cannot be compared (no time check can veto)."""
    window_days: float = 7.0
    """How far from the mean day of a story's dated articles a dated article may be to join it."""
    storyline_threshold: float = 0.08
    """Similarity of a new story's first article to an earlier story above which both are one storyline."""
    storyline_window_days: float = 45.0
    """How far apart in time two events of one storyline may lie (an arrest, a trial, a verdict)."""
    lead_chars: int = 2000
    """How much of each body (after the title) describes the event."""
    max_terms: int = 64
    """Strongest terms kept in an article's vector (bounds memory per article)."""
    index_terms: int = 16
    """Strongest terms of each article entered in the inverted index."""
    query_terms: int = 16
    """Strongest terms of a new article used to find candidate stories."""
    candidates: int = 8
    """Candidate stories compared in full with a new article."""
    prior_documents: float = 200.0
    """Unseen documents assumed when weighting rarity, so small inputs are not mis-weighted."""


class QuotesOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of quotation finding and speaker attribution (the ``quotes`` stage; ``newsfuse.article.quotes``).

    The learned speaker scorer leaves a quotation unattributed when its best
    candidate's confidence is below a threshold. The shipped model carries
    thresholds chosen by cross-validation at training time; a user who would
    rather see more speakers named (and more of them wrong), or fewer and
    surer, sets their own here.
    """

    abstain_below: float | None = None
    """Least confidence (0-1) a full quotation's speaker needs to be named (None: the shipped model's)."""
    abstain_below_partial: float | None = None
    """The same for a partial quotation, a few words inside the reporter's sentence (None: the shipped model's)."""


class SummaryOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of the story summary (``newsfuse.compare.summary``)."""

    min_sentences: int = 4
    """Sentences the summary keeps even when the rest are single-source."""
    max_sentences: int = 8
    """Most sentences of a summary."""


class FetchOptions(msgspec.Struct, frozen=True, kw_only=True):
    """How URLs are fetched (the ``fetch`` section of :class:`Options`; see :mod:`newsfuse.ingest.fetch`)."""

    timeout: float = 20.0
    """Seconds to wait for a connection, and between bytes of an answer."""
    retries: int = 3
    """Further attempts after a timeout, a connection error, a 429 or a 5xx answer."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled before each next one."""
    max_wait: float = 60.0
    """Longest ``Retry-After`` honoured; a longer one is treated as a plain backoff."""
    host_interval: float = 1.0
    """Least seconds between two requests to one host."""
    max_redirects: int = 5
    """Redirects followed before giving up."""
    robots: bool = True
    """Honour robots.txt."""
    cache_dir: str | None = None
    """Where fetched pages are kept (None: :func:`default_cache_dir`; an empty string: no cache)."""


class Options(msgspec.Struct, frozen=True, kw_only=True):
    """How to read and analyse articles."""

    max_bytes: int = 20_000_000
    """Inputs larger than this are refused (TooLargeInputError)."""
    jobs: int = 1
    """Processes for the per-article stages (1: in this process)."""
    cluster: ClusterOptions = ClusterOptions()
    quotes: QuotesOptions = QuotesOptions()
    """How quotations are attributed (the ``quotes`` stage)."""
    summary: SummaryOptions = SummaryOptions()
    recursive: bool = True
    """Walk folders recursively."""
    outlet_tables: tuple[str, ...] = ()
    """CSV files of outlets (``name,kind,domains,aliases``) that extend the shipped table (``--outlets``)."""
    fetch: FetchOptions = FetchOptions()
    """How URLs, feeds and the pages they list are fetched."""
