"""One options object for every entry point.

The CLI, the tests, the benchmarks and a Spark job all build an
:class:`Options` and pass it to :func:`newsfuse.analyze`; nothing reads
settings from anywhere else. Each stage that has settings declares its
section (``@story_stage(..., options="summary")``) and the runner
(:mod:`newsfuse.runner`) passes it that section alone.

On the command line, ``--options FILE`` reads a TOML or JSON file of
settings (:func:`read_options`; sections are tables, ``[verdicts]`` then
``exact_evidence = 3.0``) and ``--set verdicts.exact_evidence=3`` changes
one setting (:func:`with_settings`). A name that is not a setting is an
error, never ignored: a misspelt threshold would silently do nothing.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect

from newsfuse.errors import UsageError

__all__ = [
    "MAX_BYTES",
    "ClaimsOptions",
    "ClusterOptions",
    "ConflictsOptions",
    "EntitiesOptions",
    "FetchOptions",
    "Options",
    "QuotesOptions",
    "SourcesOptions",
    "SummaryOptions",
    "VerdictsOptions",
    "read_options",
    "with_settings",
]


MAX_BYTES = 20_000_000
"""The largest input read (a file, a fetched page or feed): :attr:`Options.max_bytes`' default, which the readers
and the fetcher take when they are built without options."""


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


class VerdictsOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of quotation alignment and verdicts (the ``utterances`` stage; ``newsfuse.compare.utterances``).

    The module's named constants are these defaults, documented in its
    docstring (``EVIDENCE_NEEDED``, ``EXACT_EVIDENCE``, ``UNMATCHED_WEIGHT``,
    ``MAX_CONTENT_CHANGES``, ``ATTRIBUTION_TRUSTED``). Evidence is counted in
    word information: a word weighs how far its Zipf frequency lies below 7
    (a rare name about 4, a common noun 2, "the" nothing).
    """

    evidence_needed: float = 4.0
    """Information the words two outlets' sentences share must carry before they are one remark."""
    exact_evidence: float = 2.5
    """The same, for the same words attributed on both sides that neither article quotes in another remark."""
    unmatched_weight: float = 0.5
    """Share of the information of the shorter sentence's unmatched content words a close (not exact) wording loses."""
    max_content_changes: int = 1
    """A wording that differs in content from another printing in more places than this is never called altered."""
    attribution_trusted: float = 0.7
    """Least speaker confidence (0-1) at which two different names for one remark are reported as misattributed."""


class SourcesOptions(msgspec.Struct, frozen=True, kw_only=True):
    """When one outlet counts as a copy of another (the ``sources`` stage; ``newsfuse.compare.sources``).

    A story's independent sources are its articles grouped so that copies of
    one text (a wire story and its reprints) count once. The module's named constants
    (``REPRINT_SHARE``, ``MIN_PROSE_SHARE``) are these defaults.
    """

    reprint_share: float = 0.5
    """Share of an article's words found in another that makes it a copy of it."""
    min_prose_share: float = 0.1
    """Share of an article's words that must be copied prose (not shared quotations) for it to count as a copy."""


class ConflictsOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of conflict finding (the ``conflicts`` stage; ``newsfuse.compare.conflicts``).

    Two values of different outlets are compared only when their surrounding
    words say they are values of the same thing; these say how much. The
    module's named constants (``MIN_SHARED``, ``WINDOW_SHARE``,
    ``MIN_SHARED_DAY``, ``CLOSE_RATIO``, ``FAR_RATIO``, ``TALLY_RATIO``) and
    ``newsfuse.compare.facts``' (``ROUNDING_SHARE``, ``AROUND_SHARE``) are
    these defaults.
    """

    min_shared: int = 2
    """Fewest words two values' surroundings must share to be values of the same thing."""
    window_share: float = 0.4
    """Share of the lighter surrounding's weight (rare words of the story weigh more) the shared words must carry."""
    min_shared_day: int = 3
    """Fewest words two days' surroundings must share (a day has no noun of its own to anchor it)."""
    close_ratio: float = 1.5
    """Most two lone counts of one noun may differ by (larger / smaller) to be one fact on little evidence."""
    far_ratio: float = 10.0
    """Two figures further apart than this (larger / smaller) are never taken for one fact."""
    tally_ratio: float = 1.5
    """Most two tallies' vote totals may differ by (larger / smaller) to be one body's vote ("58-41" / "58-42")."""
    rounding_share: float = 0.1
    """Most a rounded figure may differ from the exact one, as a share of itself ("2,000" allows 1,800 to 2,200)."""
    around_share: float = 0.15
    """How far "about", "roughly", "some" reach either way, as a share of the figure ("nearly": that much below,
    never above)."""


class ClaimsOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of claim grouping (the ``claims`` stage; ``newsfuse.compare.claims`` and ``newsfuse.compare.align``).

    Two outlets' statements are one claim when their words overlap enough and,
    where the embedding model is available, they also mean the same.
    ``newsfuse.compare.align``'s named constants (``MIN_SCORE``,
    ``SEMANTIC_MIN``) are these defaults.
    """

    min_score: float = 0.18
    """Least word-overlap score (rare words of the story weigh more) for two statements to be one claim."""
    semantic_min: float = 0.59
    """Least embedding cosine (names weighing half) two statements need as well, unless they share two figures."""


class EntitiesOptions(msgspec.Struct, frozen=True, kw_only=True):
    """Settings of entity resolution (the ``entities`` stage; ``newsfuse.compare.entities`` and
    ``newsfuse.compare.spelling``).

    A name word printed once, one edit from a form the story prints more often, is read as a slip for it unless
    the evidence says it is a name of its own; these say how much evidence. ``newsfuse.compare.entities``'
    ``SIDE_BY_SIDE_CHARS`` and ``newsfuse.compare.spelling``'s ``MIN_ZIPF_GAP`` are these defaults.
    """

    side_by_side_chars: int = 40
    """Characters within which two spellings printed in one article are meant side by side ("Hats for Huts"), never
    one a slip for the other."""
    min_zipf_gap: float = 1.0
    """How much more common in English (``wordfreq``'s Zipf frequency) the intended form must be than the written one
    for the written one to be a slip."""


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

    max_bytes: int = MAX_BYTES
    """Inputs larger than this are refused (TooLargeInputError)."""
    jobs: int = 1
    """Processes for the per-article stages (1: in this process)."""
    cluster: ClusterOptions = ClusterOptions()
    quotes: QuotesOptions = QuotesOptions()
    """How quotations are attributed (the ``quotes`` stage)."""
    sources: SourcesOptions = SourcesOptions()
    """When an outlet's article counts as a copy of another's (the ``sources`` stage)."""
    verdicts: VerdictsOptions = VerdictsOptions()
    """How quotations are aligned across outlets and judged (the ``utterances`` stage)."""
    conflicts: ConflictsOptions = ConflictsOptions()
    """How values of different outlets are taken for one fact (the ``conflicts`` stage)."""
    claims: ClaimsOptions = ClaimsOptions()
    """How statements of different outlets are grouped into one claim (the ``claims`` stage)."""
    entities: EntitiesOptions = EntitiesOptions()
    """When a name word printed once is read as a slip for another (the ``entities`` stage)."""
    summary: SummaryOptions = SummaryOptions()
    recursive: bool = True
    """Walk folders recursively."""
    outlet_tables: tuple[str, ...] = ()
    """CSV files of outlets (``name,kind,domains,aliases``) that extend the shipped table (``--outlets``)."""
    fetch: FetchOptions = FetchOptions()
    """How URLs, feeds and the pages they list are fetched."""


def _unknown(data: Any, struct: type[msgspec.Struct], where: str = "") -> list[str]:
    """The keys of ``data`` (nested mappings) that name no field of ``struct`` or of its sections."""
    if not isinstance(data, dict):
        return []
    found: list[str] = []
    info = msgspec.inspect.type_info(struct)
    assert isinstance(info, msgspec.inspect.StructType)
    hints = {f.name: f.type for f in info.fields}
    for key, value in data.items():
        if key not in hints:
            found.append(f"{where}{key}")
        elif isinstance(hint := hints[key], msgspec.inspect.StructType):
            found += _unknown(value, hint.cls, f"{where}{key}.")
    return found


def _options_from(data: Any, origin: str) -> Options:
    unknown = _unknown(data, Options)
    if unknown:
        raise UsageError(f"{origin}: no such setting: {', '.join(unknown)}")
    try:
        return msgspec.convert(data, Options, strict=False)
    except msgspec.ValidationError as exc:
        raise UsageError(f"{origin}: {exc}") from None


def read_options(path: str | Path) -> Options:
    """The options in a TOML file (or a JSON one, by its ``.json`` suffix); unnamed settings keep their defaults."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"cannot read the options file {path.name!r}: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"the options file {path.name!r} must hold a table of settings")
    return _options_from(data, path.name)


def with_settings(options: Options, settings: Iterable[str]) -> Options:
    """``options`` with each ``section.name=value`` (or ``name=value``) setting changed.

    The value is read as the setting's type ("3" for a number, "false" for a
    flag); a name that is not a setting, or a value of the wrong type, raises
    :class:`~newsfuse.errors.UsageError`.
    """
    data: dict[str, Any] = msgspec.to_builtins(options)
    for setting in settings:
        name, sep, value = setting.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set {setting!r}: expected SECTION.NAME=VALUE")
        *sections, leaf = name.strip().split(".")
        table = data
        for section in sections:
            inner = table.get(section)
            if not isinstance(inner, dict):
                raise UsageError(f"--set {setting!r}: no such section: {section}")
            table = inner
        table[leaf] = value.strip()
    return _options_from(data, "--set")
