"""The data model every stage shares.

All types are immutable :mod:`msgspec` structs: cheap to build, hashable where
it matters, and serialisable to JSON without glue code (``msgspec.json.encode``).
The JSON schema in ``docs/schema.json`` is generated from these classes
(``python -m newsfuse schema``). They are also untracked by the cyclic garbage
collector (``gc=False``): a report is hundreds of thousands of them, which
every collection would otherwise walk again, and none can be part of a cycle,
since a field holds only values, tuples and other such structs (never a list,
dict or set; ``tests/test_model_untracked.py``).

Findings never copy an article's text around to say where they came from:
they carry the article's id and a :class:`Span` of character offsets into
:attr:`Article.body`, the way a spaCy ``Span`` points into its ``Doc``.
:attr:`Article.offsets` maps body offsets back to the original file, so a
finding can always be shown in the source it was read from. (Some findings
also carry a ``text`` field for readers of the JSON, such as a quotation's
words; the span stays the authority.)

Names follow the newsroom: an :class:`Article` is one outlet's piece, a
:class:`Quote` is a direct quotation with its :class:`Speaker`, an
:class:`Utterance` is the one thing a speaker said as several outlets print
it, a :class:`Story` groups the articles about one event.
"""

from __future__ import annotations

from typing import Literal

import msgspec

__all__ = [
    "CONTENT_CHANGES",
    "STORY_FINDINGS",
    "VERDICT_DISPLAY_ORDER",
    "VERDICT_SEVERITY",
    "Article",
    "ArticleAnalysis",
    "ArticleFormat",
    "Attribution",
    "Boilerplate",
    "Claim",
    "ClaimSource",
    "Conflict",
    "ConflictValue",
    "Dateline",
    "DiffKind",
    "DiffOp",
    "Entity",
    "EntityMention",
    "EntityType",
    "Misspelling",
    "OffsetMap",
    "OpenSpeaker",
    "Originality",
    "Outlet",
    "OutletKind",
    "Problem",
    "Quantity",
    "QuotationMarks",
    "Quote",
    "Report",
    "Reuse",
    "RoleStatement",
    "Sentence",
    "Severity",
    "SharedPassage",
    "SourceGroup",
    "Span",
    "Speaker",
    "SpeakerEvidence",
    "Story",
    "SummarySentence",
    "TimelineEvent",
    "Utterance",
    "UtteranceVariant",
    "Verdict",
    "VerdictCategory",
    "VerdictDecision",
    "VerdictReason",
    "WordingChange",
]


class Span(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """Half-open character range ``[start, end)`` into an article's body.

    Serialised as a two-element array ``[start, end]``.
    """

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The text this span covers in ``text``."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class OffsetMap(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """Maps offsets in a cleaned body back to offsets in the original text.

    Cleaning deletes characters (boilerplate lines, surplus whitespace),
    replaces one character by one (no-break space to space) and repairs
    mis-encoded text (one character for the sequence it was misread as, "é"
    for "Ã©"), so the map is a list of aligned runs: body ``[body_starts[i],
    body_starts[i] + lengths[i])`` equals original ``[source_starts[i], ...)``
    character for character, up to whitespace normalisation, except that a
    run's last character stands for ``tails[i]`` more original characters (a
    repaired sequence; ``tails`` is empty where every tail is 0).
    ``source_starts`` is empty where the original offsets are unknown (HTML,
    whose main text is extracted by trafilatura).
    """

    body_starts: tuple[int, ...] = ()
    source_starts: tuple[int, ...] = ()
    lengths: tuple[int, ...] = ()
    tails: tuple[int, ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.source_starts)

    def to_source(self, offset: int) -> int | None:
        """The original-text offset of body offset ``offset`` (None if unknown)."""
        if not self.source_starts:
            return None
        import bisect

        i = bisect.bisect_right(self.body_starts, offset) - 1
        if i < 0:
            return self.source_starts[0] if self.source_starts else None
        delta = offset - self.body_starts[i]
        if delta > self.lengths[i]:
            delta = self.lengths[i]
        return self.source_starts[i] + delta

    def span_to_source(self, span: Span) -> Span | None:
        """The original-text span of body span ``span`` (None if unknown).

        The end is mapped through the span's last character, so that a span
        ending where cleaning dropped something (a zero-width character, a
        second space) does not take the dropped text with it.
        """
        start = self.to_source(span.start)
        if start is None:
            return None
        if span.end <= span.start:
            return Span(start, start)
        last = self.to_source(span.end - 1)
        if last is None:
            return None
        return Span(start, max(start, last + 1 + self._tail_at(span.end - 1)))

    def _tail_at(self, offset: int) -> int:
        """How many more original characters body character ``offset`` stands for (a run's last, repaired)."""
        if not self.tails:
            return 0
        import bisect

        i = bisect.bisect_right(self.body_starts, offset) - 1
        return self.tails[i] if i >= 0 and offset == self.body_starts[i] + self.lengths[i] - 1 else 0


class Dateline(msgspec.Struct, frozen=True, gc=False):
    """A wire dateline such as ``Lisbon, Mar. 4, (AFP/dpa/GNA) –``."""

    place: str | None = None
    date: str | None = None
    span: Span | None = None


class Boilerplate(msgspec.Struct, frozen=True, gc=False):
    """A line removed from the body, why, and where it stood in the original."""

    text: str
    reason: str
    span: Span | None = None


OutletKind = Literal["agency", "newspaper", "broadcaster", "online-only", "unknown"]
"""What kind of news organisation an outlet is."""

ArticleFormat = Literal["text", "html", "jsonl"]
"""What an article was read from: plain text, an HTML page, a JSON Lines record."""

EntityType = Literal["PERSON", "ORG", "GPE", "EVENT", "OTHER"]
"""What an entity is: a person, an organisation, a place (a geopolitical entity), an event, or something else."""

Severity = Literal["error", "warning"]
"""How bad a problem is: an input not read, or one read with something passed over."""

DiffKind = Literal["equal", "insert", "delete", "replace"]
"""What one step of a word diff does (:class:`DiffOp`)."""


class Outlet(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A news organisation that publishes articles: ``The Guardian``, ``theguardian.com``, ``newspaper``.

    ``domain`` is its web address without ``www.`` where known; ``kind``
    tells a wire agency from the outlets that print its copy.
    """

    name: str
    domain: str | None = None
    kind: OutletKind = "unknown"


class Article(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """One outlet's article, read and cleaned.

    ``id`` is derived from the cleaned content (title and body) and the
    outlet's name where it is known, so the same article read twice, from
    two paths or two formats, gets the same id, while one agency text
    printed by two outlets is two articles.

    ``outlet`` names the outlet that published the article (never a file
    name); ``outlet_domain`` and ``outlet_kind`` say more about it where
    known. ``credit`` is the agency or news organisation credited for the
    copy (a dateline's ``(Reuters)``, a byline's ``Jane Doe, AP``).
    ``reprint_of`` is the id of the article whose text this one reprints
    word for word (the agency's copy, else the earliest published).
    """

    id: str
    source: str
    body: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    dateline: Dateline | None = None
    credit: str | None = None
    outlet: str | None = None
    outlet_domain: str | None = None
    outlet_kind: OutletKind = "unknown"
    url: str | None = None
    reprint_of: str | None = None
    format: ArticleFormat = "text"
    boilerplate: tuple[Boilerplate, ...] = ()
    offsets: OffsetMap = OffsetMap()

    def text(self, span: Span) -> str:
        """The body text under ``span``."""
        return self.body[span.start : span.end]

    @property
    def publisher(self) -> Outlet | None:
        """The outlet that published the article, as an :class:`Outlet` (None when unknown)."""
        if not self.outlet:
            return None
        return Outlet(name=self.outlet, domain=self.outlet_domain, kind=self.outlet_kind)


class Sentence(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """A sentence of an article body, by span (serialised ``[start, end, paragraph]``)."""

    start: int
    end: int
    paragraph: int = 0

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class EntityMention(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A name or role noun in an article: ``Dame Ana``, ``the finance minister``."""

    article: str
    span: Span
    text: str
    type: Literal["PERSON", "ORG", "GPE", "EVENT", "ROLE", "OTHER"] = "OTHER"


class Quantity(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A number, amount, percentage, date or weekday found in an article."""

    article: str
    span: Span
    text: str
    kind: Literal["number", "money", "percent", "date", "weekday", "relative_date", "year"]
    value: float | None = None
    unit: str | None = None
    date: str | None = None
    context: Span | None = None


class Speaker(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Who a quotation is attributed to.

    ``name`` is the resolved person (``Ana Vell``) or, for an unnamed
    source, the description the article gives (``a senior government source``);
    ``named`` tells the two apart. ``mention`` is the words in the text that
    name the speaker at the attribution (``he``, ``the PM``), at ``span``.

    The evidence for the attribution: ``confidence`` is the learned scorer's
    probability that the deciding mention (``span``) is the speaker;
    ``mention_kind`` is that mention's kind (``name``, ``pronoun``, ``role``,
    ``group``, ``thing``, ``one``); ``chain`` holds the spans of the article's
    mentions resolved to the same speaker (the speaker chain), in text order;
    ``evidence`` names the features that weighed most for the choice;
    ``pattern`` names the hand pattern (``newsfuse.article.patterns``) that
    proposed the same mention, where one did.
    """

    name: str | None
    named: bool = True
    mention: str | None = None
    span: Span | None = None
    entity: str | None = None
    confidence: float | None = None
    mention_kind: str | None = None
    chain: tuple[Span, ...] = ()
    evidence: tuple[str, ...] = ()
    pattern: str | None = None


Verdict = Literal["corroborated", "variant", "altered", "single-source"]
"""What the outlets' printings say of a quotation (``newsfuse.compare.utterances`` gives it; the README's table says
what each means)."""

VerdictDecision = Literal["majority", "hedge", "negation", ""]
"""Why one side of a change was judged the changed one (:class:`VerdictReason`'s ``decided``; "": nothing decides)."""

VERDICT_DISPLAY_ORDER: tuple[str, ...] = ("altered", "variant", "single-source", "corroborated", "unchecked")
"""How a report lists quotations by verdict: what a fact-checker must look at first (a quotation only one
outlet prints comes before one every outlet confirms; ``unchecked``: no verdict was given)."""

VERDICT_SEVERITY: dict[str | None, int] = {"altered": 0, "variant": 1, "corroborated": 2, "single-source": 3, None: 4}
"""How bad a verdict is, lowest worst: the verdict a group of printings gets is its members' worst, and a
changed wording outweighs a confirmed one, which outweighs one that nothing could confirm."""


WordingChange = Literal[
    "negation",
    "number",
    "hedge",
    "name",
    "substitution",
    "clause",
    "inflection",
    "wording",
    "cut",
]
"""What one difference between two printings of a quotation's words changes: what the speaker is made to say
(negation … clause), its transcription (inflection, wording) or its length (cut). The word diff's kinds
(:data:`newsfuse.compare.word_diff.ChangeKind`) and the verdict categories both start from these."""

CONTENT_CHANGES: frozenset[str] = frozenset({"negation", "number", "hedge", "name", "substitution", "clause"})
"""The changes of :data:`WordingChange` to what the speaker is made to say; the others are transcription or length."""

VerdictCategory = Literal[WordingChange, "paraphrase", "reported-speech"]


class VerdictReason(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Why a quotation is ``altered`` or a ``variant`` (or only supported): one difference from other outlets.

    ``category`` is the kind of change: ``negation`` (a negation added or
    dropped), ``number`` (a number changed), ``hedge`` (a softening word such
    as "may" or "I think" dropped), ``name`` (a name changed),
    ``substitution`` (a content word replaced), ``clause`` (words added or
    left out without an ellipsis), ``inflection`` (the same word in another
    form), ``wording`` (function words only), ``cut`` (the quotation ends
    as a sentence where the other outlets print the speaker going on),
    ``paraphrase`` (the remark in other words, where two or more other
    outlets print it word for word), or
    ``reported-speech`` (the
    words stand in another outlet's text without quotation marks: support,
    not corroboration). ``reference`` is what the outlets ``against`` print
    there, ``printed`` what this quotation prints; ``decided`` says why this
    side was judged the changed one (``majority``: more quotations print the
    reference words; ``hedge``: the hedged wording is taken as the original;
    ``negation``: the wording with the negation is taken as the original)
    or ``""`` where nothing decides it.
    """

    category: VerdictCategory
    reference: str = ""
    printed: str = ""
    against: tuple[str, ...] = ()
    decided: VerdictDecision = ""


class Attribution(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Who one article says spoke an utterance."""

    article: str
    speaker: str


class Quote(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A direct quotation.

    ``text`` is the words inside the marks; a quotation over several
    paragraphs is one quote whose ``spans`` hold one span per paragraph and
    whose ``text`` joins them with a space.

    ``verdict``, ``utterance`` and ``story`` are set by the story stage that
    aligns quotations across outlets; ``misattributed`` is true where other
    outlets print the same words under another speaker; ``reasons`` say why
    the verdict is ``altered`` or ``variant`` (the words changed on each side).
    """

    id: str
    article: str
    text: str
    spans: tuple[Span, ...]
    kind: Literal["full", "partial"] = "full"
    speaker: Speaker | None = None
    cue: str | None = None
    cue_span: Span | None = None
    verdict: Verdict | None = None
    utterance: str | None = None
    story: str | None = None
    misattributed: bool = False
    reasons: tuple[VerdictReason, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.spans[0].start, self.spans[-1].end)


class DiffOp(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """One step of a word diff: ``["equal"|"insert"|"delete"|"replace", a_words, b_words]``."""

    op: DiffKind
    a: str
    b: str


class UtteranceVariant(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """One wording of an utterance and the quotations that carry it.

    ``diff`` reads from the wording printed by the articles ``against``
    (the majority wording where the variant was aligned with it) to this one.
    """

    wording: str
    quotes: tuple[str, ...]
    articles: tuple[str, ...]
    verdict: Verdict
    diff: tuple[DiffOp, ...] = ()
    against: tuple[str, ...] = ()
    reasons: tuple[VerdictReason, ...] = ()


class Utterance(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """One thing a speaker said, as the outlets of a story print it.

    ``misattributed`` lists who each article says spoke it where the
    articles disagree: a finding of its own, whatever the wording's verdict.
    """

    id: str
    story: str
    speaker: str | None
    wording: str
    articles: tuple[str, ...]
    quotes: tuple[str, ...]
    spans: tuple[tuple[str, Span], ...] = ()
    variants: tuple[UtteranceVariant, ...] = ()
    majority: bool = False
    misattributed: tuple[Attribution, ...] = ()


class Misspelling(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    written: str
    means: str
    article: str
    span: Span
    evidence: str | None = None


class Entity(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A person, organisation or place under one canonical name."""

    id: str
    story: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[EntityMention, ...] = ()
    articles: tuple[str, ...] = ()
    misspellings: tuple[Misspelling, ...] = ()


class ClaimSource(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    article: str
    span: Span
    text: str


class Claim(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A reported statement and the articles that carry it."""

    id: str
    story: str
    text: str
    sources: tuple[ClaimSource, ...]
    independent_sources: int
    single_outlet: bool = False
    shared_values: tuple[str, ...] = ()
    """Numbers and dates (as first written) that two or more independent sources of the claim agree on."""


class ConflictValue(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """One outlet's value in a conflict: its words, a comparable form, where it stands.

    ``span`` is into the article's cleaned body, or, where ``in_title`` is
    true, into its headline (``Article.title``): a value stated only there.
    """

    value: str
    normalised: str | None
    article: str
    span: Span
    in_title: bool = False
    """The value stands in the headline; ``span`` is into ``Article.title``."""
    inferred: bool = False
    """A relative date of an article without a date of its own, resolved against the story's dates."""


class Conflict(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Outlets disagreeing on a number, amount, date or weekday about the same thing."""

    id: str
    story: str
    kind: Literal["number", "money", "percent", "date", "weekday", "name"]
    about: str
    values: tuple[ConflictValue, ...]
    reason: str = ""
    """Why the values cannot both be right, in one line."""


class TimelineEvent(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    story: str
    date: str | None
    when: str
    event: str
    sources: tuple[ClaimSource, ...]
    inferred: bool = False
    """The date comes from the story's other articles (its own article has no date), not its own."""


class SharedPassage(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A run of words two or more articles share.

    ``quotation`` marks words inside quotation marks (a quotation repeated
    from a common pool, not copied prose). ``origin`` is the likely source of
    the words: the wire agency an article carrying them credits, else the id
    of the earliest published article carrying them (None when unknown);
    ``origin_article`` is that article's id.
    """

    text: str
    spans: tuple[tuple[str, Span], ...]
    words: int
    quotation: bool = False
    origin: str | None = None
    origin_article: str | None = None


class Reuse(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Text shared between two articles of a story.

    ``overlap`` is the share of words found in the other article, for the
    article of the two that shares the larger part of itself;
    ``prose_overlap`` and ``quotation_overlap`` split it into copied prose and
    repeated quotations (pool quotes), measured the same way.
    """

    story: str
    articles: tuple[str, str]
    overlap: float
    passages: tuple[SharedPassage, ...] = ()
    prose_overlap: float = 0.0
    quotation_overlap: float = 0.0


class Originality(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    story: str
    article: str
    shared: float
    shared_quotations: float
    original: float


class SourceGroup(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Articles that count as one independent source (reprints of one text).

    ``outlets`` names the outlets of ``articles`` (one entry per article,
    None where the outlet is unknown).
    """

    story: str
    articles: tuple[str, ...]
    origin: str | None = None
    outlets: tuple[str | None, ...] = ()


class SummarySentence(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A sentence of the summary, as printed, and the sentence of its article it is (``span``).

    ``text`` is the sentence at ``span``, except that where it opens on "He"
    or "She" the pronoun is replaced by ``[referent]`` ("[Vell] added …").
    """

    story: str
    text: str
    article: str
    span: Span
    supporting: tuple[str, ...]
    referent: str | None = None


class InferredDate(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """A date story clustering inferred for an article that has no publication date."""

    article: str
    """The article's id."""
    date: str
    """ISO 8601, or ``--MM-DD`` where the year stays unknown."""
    source: Literal["dateline", "lead"]
    """Where the text gave it: the wire dateline, or a weekday and date in the opening paragraph."""


class Story(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Articles about one event.

    ``coverage`` is how many outlets carried the story, reprints included
    (an article whose outlet is unknown counts as one outlet);
    ``independent_sources`` is how many independent sources that coverage
    comes from (reprints and shared wire copy count once). ``outlets`` names
    the known outlets that carried it, ``absent_outlets`` the outlets seen
    among the other stories of the same days that did not.
    """

    id: str
    label: str
    articles: tuple[str, ...]
    start: str | None = None
    end: str | None = None
    independent_sources: int | None = None
    coverage: int | None = None
    outlets: tuple[str, ...] = ()
    absent_outlets: tuple[str, ...] = ()
    storyline: str | None = None
    """The storyline the event belongs to (an arrest, a trial and a verdict are three events of one storyline):
    the id of the storyline's first story."""
    inferred_dates: tuple[InferredDate, ...] = ()
    """Dates inferred from the text of members without a publication date (never used for ``start``/``end``)."""


class RoleStatement(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """An article names the holder of a role: "Ruritanian Prime Minister Ana Vell" → (prime minister, (ruritanian,),
    Ana Vell)."""

    role: str
    modifiers: tuple[str, ...]
    name: str


class OpenSpeaker(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """A speaker the article refers to by an office it never fills ("the prime minister", or "he" after it):
    left for the story's other articles to name."""

    span: Span
    """The speaker mention (``Speaker.span``) of the quotations it speaks."""
    role: str
    modifiers: tuple[str, ...]
    fallback: str | None
    """The person the article was last about there: who it is when no article of the story names the holder."""


class SpeakerEvidence(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """What the per-article quotation stage leaves for the story stage that resolves speakers across articles,
    so that the story stage never re-reads the article."""

    roles: tuple[RoleStatement, ...] = ()
    """The roles the article gives named people, once each."""
    open: tuple[OpenSpeaker, ...] = ()
    """Speakers the article could not name by itself."""
    full_names: tuple[tuple[str, int], ...] = ()
    """How often the article names each person in full (only kept when ``open`` is not empty)."""
    surnames: tuple[tuple[str, int], ...] = ()
    """How often the article names each surname, alone or in full (only kept when ``open`` is not empty): with
    ``full_names``, the story's candidate the article mentions most wins a tie."""
    name_mentions: tuple[tuple[str, tuple[Span, ...]], ...] = ()
    """Where the article names each person (only kept when ``open`` is not empty): a speaker's chain."""


class QuotationMarks(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Where an article's quotation marks put text in quotation, as its text layer paired them
    (:meth:`newsfuse.article.text.ArticleText.quotation_marks`), for the story stages that tell quoted words from
    prose (:mod:`newsfuse.compare.quoted`): they never pair the marks again."""

    inner: tuple[Span, ...] = ()
    """The words inside each quotation, one span per paragraph, and the paragraphs closing one they never opened."""
    outer: tuple[Span, ...] = ()
    """The same with the marks themselves."""


class ArticleAnalysis(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """What the per-article stages found in one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    quoted: QuotationMarks | None = None
    """The text layer's quotation marks (None in an analysis made without them: the story stages pair them then)."""
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[EntityMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    speaker_evidence: SpeakerEvidence = SpeakerEvidence()
    """Per-article evidence the story's speaker stage reads (never recomputed)."""


class Problem(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """An input or stage that could not be processed, and why."""

    source: str
    reason: str
    stage: str = "read"
    line: int | None = None
    severity: Severity = "error"

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{self.severity}: {where}: {self.reason}"


class Report(msgspec.Struct, frozen=True, gc=False, kw_only=True):
    """Everything ``newsfuse analyze`` found: the JSON report's top level.

    Story-level findings are flat lists (like tables), each row naming its
    ``story``.
    """

    articles: tuple[Article, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    stories: tuple[Story, ...] = ()
    quotes: tuple[Quote, ...] = ()
    utterances: tuple[Utterance, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    reuse: tuple[Reuse, ...] = ()
    originality: tuple[Originality, ...] = ()
    sources: tuple[SourceGroup, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    problems: tuple[Problem, ...] = ()
    version: str = "1"


STORY_FINDINGS: tuple[str, ...] = (
    "quotes",
    "utterances",
    "entities",
    "claims",
    "conflicts",
    "timeline",
    "reuse",
    "originality",
    "sources",
    "summary",
)
"""The :class:`Report` fields that hold story-level findings (one row per finding, naming its story)."""
