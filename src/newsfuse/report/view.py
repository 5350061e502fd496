"""What a reader sees of a report, worked out once for every human format.

The terminal, Markdown and HTML reports show the same things: for each story
the outlets at a glance, the cited summary, the quotation ledger grouped by
speaker (altered first), claims by number of independent outlets, conflicts,
entities with their misspellings, each outlet's originality, and the articles
with their findings highlighted. :func:`build_view` derives all of that from
a :class:`~newsfuse.model.Report` so the renderers only lay it out and never
re-derive (or disagree on) an ordering, a label or a link.

Links are generated tokens (``s1-q4``), never ids or text from the input, so
they are safe to put in HTML attributes as they are.

What the formats show of a long list is one setting with a value per format
(:class:`PerFormat`): :data:`PASSAGES_SHOWN`, the shared passages listed per
story (the longest first), is 20 on the HTML page, 10 in Markdown and 5 in
the terminal. A browsable page shows more than a terminal: the page is
scrolled and searched, and marks every passage in the articles besides, so
its list is an index; a Markdown report is pasted into a ticket or a
newsroom document, where a page of passages is too much; the terminal is
read a screen at a time, one story after another, and says how many
passages it left out.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, overload
from urllib.parse import quote as percent_encode

from newsfuse.compare.sources import coverage
from newsfuse.compare.wording import canonical_words
from newsfuse.model import (
    STORY_FINDINGS,
    VERDICT_DISPLAY_ORDER,
    Article,
    Claim,
    Conflict,
    ConflictValue,
    DiffOp,
    Entity,
    Misspelling,
    Originality,
    Quote,
    Report,
    Reuse,
    SharedPassage,
    SourceGroup,
    Span,
    Story,
    SummarySentence,
    TimelineEvent,
    Utterance,
    UtteranceVariant,
)
from newsfuse.report.highlight import Mark, Segment, paragraphs, segment_body
from newsfuse.report.legend import CATEGORY_WEIGHT, describe
from newsfuse.report.worddiff import Piece, printed_sides, sides, word_diff

__all__ = [
    "PASSAGES_SHOWN",
    "ArticleView",
    "ClaimView",
    "ConflictView",
    "EntityView",
    "Link",
    "MisspellingView",
    "OriginalityView",
    "PassageView",
    "PerFormat",
    "QuoteEntry",
    "ReportView",
    "ReuseView",
    "SourceView",
    "SpeakerQuotes",
    "StoryEntry",
    "StoryView",
    "SummaryView",
    "TimelineView",
    "build_view",
    "iter_story_views",
    "storyline_fact",
    "stream_view",
]

UNATTRIBUTED = "Unattributed"


@dataclass(frozen=True, slots=True)
class PerFormat:
    """One setting of the human-readable reports with a value for each format."""

    text: int
    markdown: int
    html: int


PASSAGES_SHOWN = PerFormat(text=5, markdown=10, html=20)
"""Shared passages listed per story, the longest first: fewer where less is read at once (module docstring)."""


@dataclass(frozen=True, slots=True)
class Link:
    """A place in an article: the outlet's label and the anchor token of the span."""

    label: str
    anchor: str
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    anchor: str
    label: str
    date: str | None
    headline: str
    words: int
    paragraphs: tuple[tuple[Segment, ...], ...] = ()
    source_group: int | None = None
    url: str | None = None
    """The article's web address, when it is an http(s) one (percent-encoded: safe in a link as it is)."""
    reprint_of: str | None = None
    """The label of the article this one reprints word for word."""

    @property
    def outlet(self) -> str:
        """What the table of articles says of the outlet: its name or that it is unknown, and the copy's credit."""
        name = self.label if self.article.outlet else f"{UNKNOWN_OUTLET} ({self.label})"
        credit = self.article.credit
        if credit and credit.casefold() != (self.article.outlet or "").casefold():
            name += f", credit {credit}"
        return name


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    quote: Quote
    verdict: str
    link: Link
    reference: str | None = None
    """The wording this one is compared with: the utterance's main wording."""
    reference_label: str = "most outlets"
    """Whose wording the left column is: the outlets the variant was compared ``against`` where known."""
    left: tuple[Piece, ...] = ()
    right: tuple[Piece, ...] = ()
    also_in: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    """Why the verdict is what it is: one line per reason (see :func:`newsfuse.report.legend.describe`)."""
    diff_note: str = ""
    """Why a variant or altered quotation shows no diff (it prints only part of the remark, say)."""

    @property
    def has_diff(self) -> bool:
        return any(kind != "same" for kind, _ in self.left + self.right)


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """One speaker's quotations; ``unnamed`` for a described source (``a senior government source``)."""

    speaker: str
    unnamed: bool
    entries: tuple[QuoteEntry, ...]
    verdicts: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class SummaryView:
    text: str
    link: Link
    cites: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class ClaimView:
    claim: Claim
    sources: tuple[Link, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets that print the claim, each once: what a claim's count counts."""
        return tuple(dict.fromkeys(s.label for s in self.sources))

    @property
    def several(self) -> bool:
        """Whether more than one outlet prints the claim (the claims a report shows before "show all")."""
        return len(self.outlets) > 1


@dataclass(frozen=True, slots=True)
class ConflictView:
    conflict: Conflict
    values: tuple[tuple[str, Link], ...]


@dataclass(frozen=True, slots=True)
class MisspellingView:
    misspelling: Misspelling
    link: Link


@dataclass(frozen=True, slots=True)
class EntityView:
    entity: Entity
    outlets: int
    misspellings: tuple[MisspellingView, ...]


@dataclass(frozen=True, slots=True)
class OriginalityView:
    label: str
    anchor: str
    original: float
    shared_quotations: float
    shared: float


@dataclass(frozen=True, slots=True)
class ReuseView:
    left: str
    right: str
    overlap: float
    passages: int
    words: int


@dataclass(frozen=True, slots=True)
class PassageView:
    """A run of words several outlets share: where each prints it, and where it likely came from."""

    text: str
    words: int
    quotation: bool
    origin: str | None
    places: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    """Articles that count as one independent source (copies of one text), and that text's origin."""

    outlets: tuple[str, ...]
    origin: str | None


@dataclass(frozen=True, slots=True)
class TimelineView:
    when: str
    event: str
    sources: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class StoryView:
    number: int
    anchor: str
    story: Story
    articles: tuple[ArticleView, ...]
    start: str | None
    end: str | None
    independent_sources: int | None
    sources: tuple[SourceView, ...]
    verdicts: tuple[tuple[str, int], ...]
    quote_count: int
    summary: tuple[SummaryView, ...]
    speakers: tuple[SpeakerQuotes, ...]
    claims: tuple[ClaimView, ...]
    conflicts: tuple[ConflictView, ...]
    entities: tuple[EntityView, ...]
    originality: tuple[OriginalityView, ...]
    reuse: tuple[ReuseView, ...]
    passages: tuple[PassageView, ...]
    timeline: tuple[TimelineView, ...]
    coverage: int | None = None
    """Outlets that carried the story, reprints included."""
    outlets: tuple[str, ...] = ()
    absent_outlets: tuple[str, ...] = ()

    @property
    def wire_groups(self) -> tuple[SourceView, ...]:
        """The source groups of more than one article: what was counted once."""
        return tuple(g for g in self.sources if len(g.outlets) > 1)


@dataclass(frozen=True, slots=True)
class ReportView:
    stories: Sequence[StoryView]
    """The stories' views: a tuple, or (:func:`stream_view`) a sequence that builds each view when it is read."""
    article_count: int
    problems: tuple[str, ...] = field(default=())
    index: tuple[StoryEntry, ...] = ()
    """Each story's line in the list of stories (built without the stories' views)."""

    @property
    def any_quotations(self) -> bool:
        """Whether some story has a quotation (then the reports explain the verdicts)."""
        return any(entry.quote_count for entry in self.index)


UNKNOWN_OUTLET = "unknown outlet"
HEADLINE_MAX_CHARS = 90
"""The longest first line shown as the headline of an article without a title (longer ones are cut at a word)."""
_URL_SAFE = ":/?#[]@!$&*+,;=%-._~"


def _outlet_label(article: Article) -> str:
    """The outlet's name; the file's name only where the outlet is unknown (never a credit: it names the copy)."""
    if article.outlet:
        return article.outlet
    name = article.source.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = name.rpartition(".")
    if dot and stem and suffix.lower() in ("txt", "md", "html", "htm", "jsonl", "json"):
        name = stem
    return name or article.id


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, percent-encoded so that it cannot break out of a link."""
    if not url:
        return None
    text = url.strip()
    if not text.lower().startswith(("http://", "https://")):
        return None
    return percent_encode(text, safe=_URL_SAFE)


def _unique_labels(articles: Sequence[Article]) -> dict[str, str]:
    """One label per article: the outlet, numbered where a story has two from one outlet."""
    base = {a.id: _outlet_label(a) for a in articles}
    counts = Counter(base.values())
    seen: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for article in articles:
        label = base[article.id]
        if counts[label] > 1:
            seen[label] += 1
            label = f"{label} ({seen[label]})"
        labels[article.id] = label
    return labels


def _headline(article: Article) -> str:
    if article.title:
        return article.title
    first = article.body.strip().split("\n", 1)[0]
    if len(first) <= HEADLINE_MAX_CHARS:
        return first
    return first[: HEADLINE_MAX_CHARS - 3].rsplit(" ", 1)[0] + "…"


def _date(article: Article) -> str | None:
    if article.published:
        return article.published
    if article.dateline is not None and article.dateline.date:
        return article.dateline.date
    return None


def _verdict(quote: Quote) -> str:
    return quote.verdict or "unchecked"


def _verdict_counts(verdicts: Iterable[str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(verdicts)
    return tuple((v, counts[v]) for v in VERDICT_DISPLAY_ORDER if counts[v])


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


class _StoryBuilder:
    """Collects the marks of one story's articles while building its sections."""

    def __init__(self, number: int, story: Story, articles: Sequence[Article]) -> None:
        self.prefix = f"s{number}"
        self.articles = {a.id: a for a in articles}
        self.labels = _unique_labels(articles)
        self.article_anchor = {a.id: f"{self.prefix}-a{i}" for i, a in enumerate(articles, 1)}
        self.marks: dict[str, list[Mark]] = {a.id: [] for a in articles}
        self.counter = 0
        self._lines: dict[str, tuple[list[int], list[int]]] = {}

    def _line_index(self, article_id: str) -> tuple[list[int], list[int]]:
        """Where each line of the article's body starts, and how many non-blank lines come before it."""
        index = self._lines.get(article_id)
        if index is None:
            starts, before, offset, count = [], [], 0, 0
            for line in self.articles[article_id].body.split("\n"):
                starts.append(offset)
                before.append(count)
                offset += len(line) + 1
                count += bool(line.strip())
            index = self._lines[article_id] = (starts, before)
        return index

    def label(self, article_id: str) -> str:
        return self.labels.get(article_id, article_id)

    def paragraph_of(self, article_id: str, offset: int) -> int:
        """The paragraph (counting non-blank lines) of the body at ``offset``, from 1."""
        starts, before = self._line_index(article_id)
        return before[bisect.bisect_right(starts, offset) - 1] + 1

    def mark(self, article_id: str, span: Span | None, kinds: tuple[str, ...], kind: str, title: str = "") -> Link:
        """Register a highlight and return the link to it (to the article when the span is unusable)."""
        article = self.articles.get(article_id)
        if article is None:
            return Link(self.label(article_id), "")
        if span is None or not 0 <= span.start < span.end <= len(article.body):
            return Link(self.label(article_id), self.article_anchor[article_id])
        self.counter += 1
        token = f"{self.prefix}-{kind}{self.counter}"
        self.marks[article_id].append(Mark(span, kinds, token, title))
        return Link(self.label(article_id), token, self.paragraph_of(article_id, span.start))

    def mark_spans(
        self, article_id: str, spans: Sequence[Span], kinds: tuple[str, ...], kind: str, title: str = ""
    ) -> Link:
        """Like :meth:`mark` for a finding over several spans (one anchor, one token for all)."""
        link = self.mark(article_id, spans[0] if spans else None, kinds, kind, title)
        if link.paragraph is None:
            return link
        for span in spans[1:]:
            if 0 <= span.start < span.end <= len(self.articles[article_id].body):
                self.marks[article_id].append(Mark(span, kinds, link.anchor, title, anchor=False))
        return link


def _conflict_value(value: ConflictValue, builder: _StoryBuilder, title: str) -> tuple[str, Link]:
    """A conflict's value as shown, and its link: a value of a headline is marked so, linked to its article."""
    if value.in_title:
        return f"{value.value} (headline)", builder.mark(value.article, None, ("conflict",), "x", title)
    return value.value, builder.mark(value.article, value.span, ("conflict",), "x", title)


REASONS_SHOWN = 4  # reasons printed beside one quotation, the weightiest first


def _reasons(quote: Quote, label: Callable[[str], str]) -> tuple[str, ...]:
    """The reasons for a quotation's verdict as lines, those that decided it first, then changes of content."""
    ranked = sorted(
        quote.reasons,
        key=lambda r: (not r.decided, r.category not in CATEGORY_WEIGHT, CATEGORY_WEIGHT.get(r.category, 0)),
    )
    lines = list(dict.fromkeys(describe(r, label) for r in ranked))
    if len(lines) > REASONS_SHOWN:
        lines = [*lines[:REASONS_SHOWN], f"… and {len(lines) - REASONS_SHOWN} more differences"]
    return tuple(lines)


def _printed_reference(
    utterance: Utterance, variant: UtteranceVariant | None, quote: Quote, by_id: dict[str, Quote]
) -> Quote | None:
    """A quotation printing the wording ``quote`` is compared with: one of the outlets it is ``against``."""
    mine = set(variant.quotes) if variant is not None else {quote.id}
    others = [by_id[q] for q in utterance.quotes if q not in mine and q in by_id and by_id[q].article != quote.article]
    against = set(variant.against) if variant is not None else set()
    preferred = [q for q in others if q.article in against]
    chosen = preferred or others
    return chosen[0] if chosen else None


def _diff_note(
    quote: Quote, utterance: Utterance, printed: Quote | None, columns: tuple[tuple[Piece, ...], tuple[Piece, ...]]
) -> str:
    """Why a variant or altered quotation shows no changed words, where it shows none."""
    if any(kind != "same" for kind, _ in columns[0] + columns[1]):
        return ""
    if printed is None:
        return "no other outlet's printing of this remark to show beside it"
    mine = " ".join(t.text for t in canonical_words(quote.text))
    theirs = " ".join(t.text for t in canonical_words(printed.text))
    if mine and mine in theirs and mine != theirs:
        return "prints only part of it: the words it prints are the other outlets' words"
    if theirs and theirs in mine and mine != theirs:
        return "the other outlets print only part of it: the words they print are these"
    return "the words differ only in spelling, case or punctuation"


def _utterance_of(utterances: Sequence[Utterance]) -> dict[str, Utterance]:
    """The utterance each quotation belongs to (the first that lists it, by its quotes or a wording's)."""
    by_quote: dict[str, Utterance] = {}
    for row in utterances:
        for quote_id in row.quotes:
            by_quote.setdefault(quote_id, row)
        for wording in row.variants:
            for quote_id in wording.quotes:
                by_quote.setdefault(quote_id, row)
    return by_quote


def _compared(
    builder: _StoryBuilder, quote: Quote, verdict: str, utterance: Utterance | None
) -> tuple[str | None, str, tuple[DiffOp, ...], UtteranceVariant | None]:
    """What a variant or altered quotation is compared with: the wording, whose it is, and the word diff."""
    if utterance is None:
        return None, "most outlets", (), None
    variant = next((v for v in utterance.variants if quote.id in v.quotes), None)
    if verdict not in ("variant", "altered"):
        return None, "most outlets", (), variant
    reference_label = "most outlets" if utterance.majority else "other outlets"
    if variant is not None and variant.against:
        reference_label = ", ".join(dict.fromkeys(builder.label(a) for a in variant.against))
    diff: tuple[DiffOp, ...] = ()
    if variant is not None and variant.diff:
        diff = variant.diff
    elif utterance.wording.split() != quote.text.split():
        diff = word_diff(utterance.wording, variant.wording if variant else quote.text)
    return utterance.wording, reference_label, diff, variant


def _quote_entry(
    builder: _StoryBuilder, quote: Quote, speaker: str, utterance: Utterance | None, by_id: dict[str, Quote]
) -> QuoteEntry:
    """One quotation's line in the ledger, marked in its article (and its speaker's mention)."""
    verdict = _verdict(quote)
    link = builder.mark_spans(quote.article, quote.spans, ("quote", f"v-{verdict}"), "q", f"{speaker} · {verdict}")
    if quote.speaker is not None and quote.speaker.span is not None:
        builder.mark(quote.article, quote.speaker.span, ("speaker",), "p", f"speaker: {speaker}")
    also: tuple[str, ...] = ()
    if utterance is not None:
        also = tuple(dict.fromkeys(builder.label(a) for a in utterance.articles if a != quote.article))
    reference, reference_label, diff, variant = _compared(builder, quote, verdict, utterance)
    left, right = sides(diff) if diff else ((), ())
    note = ""
    if utterance is not None and verdict in ("variant", "altered"):
        printed = _printed_reference(utterance, variant, quote, by_id)
        columns = None
        if printed is not None:
            columns = printed_sides(printed.text, quote.text, diff)
            if columns is None and not any(kind != "same" for kind, _ in left + right):
                columns = printed_sides(printed.text, quote.text)
        if columns is not None:
            left, right = columns
        note = _diff_note(quote, utterance, printed, columns or (left, right))
    reasons = _reasons(quote, builder.label)
    if quote.misattributed and utterance is not None and utterance.misattributed:
        said = ", ".join(f"{a.speaker} ({builder.label(a.article)})" for a in utterance.misattributed)
        reasons = (f"misattributed: the outlets name {said}", *reasons)
    return QuoteEntry(quote, verdict, link, reference, reference_label, left, right, also, reasons, note)


def _quote_entries(
    builder: _StoryBuilder, quotes: Sequence[Quote], utterances: Sequence[Utterance]
) -> tuple[SpeakerQuotes, ...]:
    """The quotation ledger: each speaker's quotations, altered first; named speakers first, most quoted first."""
    by_id = {q.id: q for q in quotes}
    by_quote = _utterance_of(utterances)
    groups: dict[str, list[QuoteEntry]] = {}
    named: dict[str, bool] = {}
    order = {a: i for i, a in enumerate(builder.articles)}
    for quote in sorted(quotes, key=lambda q: (order.get(q.article, 0), q.span.start)):
        speaker = quote.speaker.name if quote.speaker and quote.speaker.name else UNATTRIBUTED
        named.setdefault(speaker, bool(quote.speaker and quote.speaker.named and quote.speaker.name))
        entry = _quote_entry(builder, quote, speaker, by_quote.get(quote.id), by_id)
        groups.setdefault(speaker, []).append(entry)
    rank = {v: i for i, v in enumerate(VERDICT_DISPLAY_ORDER)}
    speakers = [
        SpeakerQuotes(
            speaker=name,
            unnamed=name != UNATTRIBUTED and not named[name],
            entries=tuple(sorted(entries, key=lambda e: rank.get(e.verdict, len(rank)))),
            verdicts=_verdict_counts(e.verdict for e in entries),
        )
        for name, entries in groups.items()
    ]
    speakers.sort(key=lambda s: (s.speaker == UNATTRIBUTED, s.unnamed, -len(s.entries), s.speaker))
    return tuple(speakers)


def _origin(builder: _StoryBuilder, origin: str | None, article: str | None, members: set[str]) -> str | None:
    """An origin as a reader knows it: the outlet's label where it is an article of the story."""
    if article is not None and article in members:
        return builder.label(article)
    if origin is not None and origin in members:
        return builder.label(origin)
    return origin


def _passages(builder: _StoryBuilder, rows: Sequence[SharedPassage], members: set[str]) -> tuple[PassageView, ...]:
    """Shared passages, each once however many pairs of articles share it, longest first, marked where they stand."""
    merged: dict[str, tuple[SharedPassage, dict[tuple[str, int, int], None]]] = {}
    for passage in rows:
        _, places = merged.setdefault(" ".join(passage.text.split()), (passage, {}))
        for article_id, span in passage.spans:
            if article_id in members:
                places[(article_id, span.start, span.end)] = None
    views: list[PassageView] = []
    for first, places in merged.values():
        title = "quotation other outlets also print" if first.quotation else "text shared with another outlet"
        links = tuple(
            builder.mark(article_id, Span(start, end), ("shared",), "r", title) for article_id, start, end in places
        )
        origin = _origin(builder, first.origin, first.origin_article, members)
        views.append(PassageView(first.text, first.words, first.quotation, origin, links))
    views.sort(key=lambda v: (-v.words, v.text))
    return tuple(views)


class _StoryRows:
    """A report's story-level findings grouped by story once, so each story's view reads only its own rows.

    Grouping first keeps building every view linear in the report (scanning
    every finding for every story was quadratic). Rows keep the report's order.
    """

    def __init__(self, report: Report) -> None:
        self.rows: dict[str, dict[str | None, list[object]]] = {}
        for name in STORY_FINDINGS:
            grouped: dict[str | None, list[object]] = {}
            for row in getattr(report, name):
                grouped.setdefault(getattr(row, "story", None), []).append(row)
            self.rows[name] = grouped
        self.loose_quotes: dict[str, list[tuple[int, Quote]]] = {}
        """Quotations of no story, by article, with their place in the report (they belong to their article's story)."""
        self.quote_index: dict[str, list[tuple[int, Quote]]] = {}
        for n, quote in enumerate(report.quotes):
            if quote.story is None:
                self.loose_quotes.setdefault(quote.article, []).append((n, quote))
            else:
                self.quote_index.setdefault(quote.story, []).append((n, quote))

    def of(self, name: str, story: str) -> list[Any]:
        """The rows of finding ``name`` that name ``story``, in report order."""
        return list(self.rows[name].get(story, ()))

    def quotes(self, story: str, members: Iterable[str]) -> list[Quote]:
        """The story's quotations and those of no story printed by its articles, in report order."""
        found = list(self.quote_index.get(story, ()))
        for article_id in members:
            found.extend(self.loose_quotes.get(article_id, ()))
        found.sort(key=lambda pair: pair[0])
        return [q for _, q in found]


@dataclass(frozen=True, slots=True)
class StoryEntry:
    """A story's line in a report's list of stories: what the list shows, without building the story's view."""

    number: int
    anchor: str
    story: Story
    articles: tuple[str, ...]
    """The ids of the story's articles that are in the report."""
    independent_sources: int | None
    start: str | None
    end: str | None
    quote_count: int


class _Basis:
    """What a story's view and its entry in the list of stories both start from: its articles, quotations, groups."""

    def __init__(self, number: int, story: Story, rows: _StoryRows, by_id: dict[str, Article]) -> None:
        self.articles = [by_id[a] for a in story.articles if a in by_id]
        self.members = {a.id for a in self.articles}
        quotes = rows.quotes(story.id, dict.fromkeys(a.id for a in self.articles))
        self.quotes = [q for q in quotes if q.article in self.members and q.spans]
        self.groups: list[SourceGroup] = rows.of("sources", story.id)
        dates = sorted(d for d in map(_date, self.articles) if d)
        self.entry = StoryEntry(
            number=number,
            anchor=f"s{number}",
            story=story,
            articles=tuple(a.id for a in self.articles),
            independent_sources=story.independent_sources or (len(self.groups) if self.groups else None),
            start=story.start or (dates[0] if dates else None),
            end=story.end or (dates[-1] if dates else None),
            quote_count=len(self.quotes),
        )


def _summary_views(builder: _StoryBuilder, rows: Sequence[SummarySentence]) -> tuple[SummaryView, ...]:
    return tuple(
        SummaryView(
            s.text,
            builder.mark(s.article, s.span, ("summary",), "m", "in the summary"),
            tuple(Link(builder.label(a), builder.article_anchor[a]) for a in s.supporting if a in builder.articles),
        )
        for s in rows
    )


def _claim_views(builder: _StoryBuilder, rows: list[Claim]) -> tuple[ClaimView, ...]:
    """Claims by independent outlets, then by outlets, each source marked where it stands."""
    rows.sort(key=lambda c: (-c.independent_sources, -len(c.sources)))
    return tuple(
        ClaimView(c, tuple(builder.mark(s.article, s.span, ("claim",), "c", "claim") for s in c.sources)) for c in rows
    )


def _conflict_views(builder: _StoryBuilder, rows: Sequence[Conflict]) -> tuple[ConflictView, ...]:
    return tuple(
        ConflictView(
            c,
            tuple(_conflict_value(v, builder, f"conflict: {c.about}") for v in c.values),
        )
        for c in rows
    )


def _entity_views(builder: _StoryBuilder, rows: list[Entity], members: set[str]) -> tuple[EntityView, ...]:
    """Entities by the outlets and mentions that name them, their misspellings marked."""
    rows.sort(key=lambda e: (-len(set(e.articles)), -len(e.mentions), e.name))
    return tuple(
        EntityView(
            e,
            len(set(e.articles) & members) or len({m.article for m in e.mentions}),
            tuple(
                MisspellingView(m, builder.mark(m.article, m.span, ("misspelling",), "w", f"misspelling of {m.means}"))
                for m in e.misspellings
            ),
        )
        for e in rows
    )


def _timeline_views(builder: _StoryBuilder, rows: Sequence[TimelineEvent]) -> tuple[TimelineView, ...]:
    return tuple(
        TimelineView(
            t.date or t.when,
            t.event,
            tuple(builder.mark(s.article, s.span, ("event",), "t", f"timeline: {t.date or t.when}") for s in t.sources),
        )
        for t in rows
    )


def _reuse_views(
    builder: _StoryBuilder, rows: list[Reuse], members: set[str]
) -> tuple[tuple[PassageView, ...], tuple[ReuseView, ...]]:
    """The shared passages (each once) and the pairs of articles that share text, most overlapping first."""
    rows.sort(key=lambda r: -r.overlap)
    passages = _passages(builder, [p for r in rows for p in r.passages], members)
    reuse = tuple(
        ReuseView(
            builder.label(r.articles[0]),
            builder.label(r.articles[1]),
            _clamp(r.overlap),
            len(r.passages),
            sum(p.words for p in r.passages),
        )
        for r in rows
        if r.articles[0] in members and r.articles[1] in members
    )
    return passages, reuse


def _originality_views(builder: _StoryBuilder, rows: Sequence[Originality]) -> tuple[OriginalityView, ...]:
    return tuple(
        OriginalityView(
            builder.label(o.article),
            builder.article_anchor[o.article],
            _clamp(o.original),
            _clamp(o.shared_quotations),
            _clamp(o.shared),
        )
        for o in rows
        if o.article in builder.articles
    )


def _source_views(builder: _StoryBuilder, groups: Sequence[SourceGroup], members: set[str]) -> tuple[SourceView, ...]:
    return tuple(
        SourceView(
            tuple(builder.label(a) for a in g.articles if a in members), _origin(builder, g.origin, None, members)
        )
        for g in groups
    )


def _article_views(builder: _StoryBuilder, basis: _Basis, *, bodies: bool) -> tuple[ArticleView, ...]:
    """The table of articles, with each body's highlighted paragraphs (``bodies``) from every mark made so far."""
    groups, members = basis.groups, basis.members
    group_of = {a: i for i, g in enumerate(groups, 1) for a in g.articles}
    return tuple(
        ArticleView(
            article=a,
            anchor=builder.article_anchor[a.id],
            label=builder.label(a.id),
            date=_date(a),
            headline=_headline(a),
            words=len(a.body.split()),
            paragraphs=paragraphs(segment_body(a.body, builder.marks[a.id])) if bodies else (),
            source_group=group_of.get(a.id) if len(groups) < len(basis.articles) else None,
            url=safe_url(a.url),
            reprint_of=builder.label(a.reprint_of) if a.reprint_of in members else None,
        )
        for a in basis.articles
    )


def _story_view(
    number: int, story: Story, rows: _StoryRows, by_id: dict[str, Article], *, bodies: bool = True
) -> StoryView:
    basis = _Basis(number, story, rows, by_id)
    articles, members, entry = basis.articles, basis.members, basis.entry
    builder = _StoryBuilder(number, story, articles)
    speakers = _quote_entries(builder, basis.quotes, rows.of("utterances", story.id))
    summary = _summary_views(builder, rows.of("summary", story.id))
    claims = _claim_views(builder, rows.of("claims", story.id))
    conflicts = _conflict_views(builder, rows.of("conflicts", story.id))
    entities = _entity_views(builder, rows.of("entities", story.id), members)
    timeline = _timeline_views(builder, rows.of("timeline", story.id))
    passages, reuse = _reuse_views(builder, rows.of("reuse", story.id), members)
    originality = _originality_views(builder, rows.of("originality", story.id))
    sources = _source_views(builder, basis.groups, members)
    covered, outlets = coverage(articles)
    return StoryView(
        number=number,
        anchor=entry.anchor,
        story=story,
        articles=_article_views(builder, basis, bodies=bodies),  # last: the bodies show every mark made above
        start=entry.start,
        end=entry.end,
        independent_sources=entry.independent_sources,
        sources=sources,
        verdicts=_verdict_counts(_verdict(q) for q in basis.quotes),
        quote_count=entry.quote_count,
        summary=summary,
        speakers=speakers,
        claims=claims,
        conflicts=conflicts,
        entities=entities,
        originality=originality,
        reuse=reuse,
        passages=passages,
        timeline=timeline,
        coverage=story.coverage or covered or None,
        outlets=story.outlets or outlets,
        absent_outlets=story.absent_outlets,
    )


def storyline_fact(story: StoryView) -> str:
    """The event's id and its storyline's (story clustering's two levels), shortened as ids are shown."""
    event = story.story.id[:9]
    line = (story.story.storyline or story.story.id)[:9]
    return f"event {event}, storyline {line}"


class _Stories(Sequence[StoryView]):
    """A report's story views, each built when it is read and not kept (a renderer that streams holds one)."""

    def __init__(self, report: Report, *, bodies: bool) -> None:
        self.by_id = {a.id: a for a in report.articles}
        stories = report.stories
        if not stories and report.articles:
            stories = (Story(id="all", label="All articles", articles=tuple(self.by_id)),)
        self.stories = stories
        self.rows = _StoryRows(report)
        self.bodies = bodies

    def __len__(self) -> int:
        return len(self.stories)

    @overload
    def __getitem__(self, n: int) -> StoryView: ...
    @overload
    def __getitem__(self, n: slice) -> Sequence[StoryView]: ...
    def __getitem__(self, n: int | slice) -> StoryView | Sequence[StoryView]:
        if isinstance(n, slice):
            return [self[k] for k in range(len(self))[n]]
        number = range(1, len(self) + 1)[n]
        return _story_view(number, self.stories[number - 1], self.rows, self.by_id, bodies=self.bodies)

    def entries(self) -> tuple[StoryEntry, ...]:
        """Each story's line in the list of stories."""
        return tuple(_Basis(n, story, self.rows, self.by_id).entry for n, story in enumerate(self.stories, 1))


def iter_story_views(report: Report, *, bodies: bool = True) -> Iterator[StoryView]:
    """Each story's view in reading order, built as it is asked for (a renderer that streams holds one at a time).

    ``bodies=False`` leaves out the articles' highlighted paragraphs (for a report that does not print the articles).
    """
    return iter(_Stories(report, bodies=bodies))


def stream_view(report: Report, *, bodies: bool = True) -> ReportView:
    """:func:`build_view`'s view, whose stories are built one at a time as a renderer reads them.

    Its ``index`` (each story's line in the list of stories) is worked out first, without the stories' views;
    reading ``stories`` twice builds every view twice.
    """
    stories = _Stories(report, bodies=bodies)
    problems = tuple(p.message() for p in report.problems)
    return ReportView(stories, len(report.articles), problems, stories.entries())


def build_view(report: Report, *, bodies: bool = True) -> ReportView:
    """Everything the human-readable reports show, per story, in reading order (see :func:`iter_story_views`)."""
    view = stream_view(report, bodies=bodies)
    return replace(view, stories=tuple(view.stories))
