"""A realistic report of an invented story for testing the renderers.

The articles (``tests/data/kestrel-bridge``: an invented town's bridge
closure told by four invented outlets, every sentence made up) are read by the
real reader; the findings (quotes with verdicts, utterances with diffs,
entities, claims, conflicts, reuse, originality, summary, timeline) are made
by hand here, each pointing at a span located in the article body, so every
report section can be rendered and checked before (and independently of) the
stages that will find them. Every span is looked up by its text and the
lookup fails loudly when the text is not in the body, so the fixture cannot
silently drift from its articles.

The golden reports in ``tests/golden/`` are this fixture rendered; when the
report layout changes on purpose, regenerate them with
``NEWSFUSE_UPDATE_GOLDEN=1`` (see :func:`check_golden`) and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import msgspec

from newsfuse.ingest import read_paths
from newsfuse.model import (
    Article,
    Claim,
    ClaimSource,
    Conflict,
    ConflictValue,
    Entity,
    EntityMention,
    Misspelling,
    Originality,
    Quote,
    Report,
    Reuse,
    SharedPassage,
    SourceGroup,
    Span,
    Speaker,
    Story,
    SummarySentence,
    TimelineEvent,
    Utterance,
    UtteranceVariant,
)
from newsfuse.options import Options
from newsfuse.report.worddiff import word_diff

__all__ = [
    "GOLDEN",
    "HOSTILE_BODY",
    "STORY_DIR",
    "check_golden",
    "hostile_report",
    "read_story_articles",
    "regroup",
    "span_of",
    "story_report",
]

STORY = "kestrel-bridge"
STORY_DIR = Path(__file__).parent / "data" / "kestrel-bridge"
"""The invented articles: ``01`` The Alder Courier's own report, ``02`` a wire copy in the Lakeside Gazette,
``03`` a rewrite by a site that does not name itself, ``04`` the Harbour Herald (carries the Courier's text)."""
GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = "NEWSFUSE_UPDATE_GOLDEN"
"""Set this environment variable to write the golden files instead of comparing with them."""


def check_golden(name: str, text: str) -> None:
    """``text`` must equal the golden file ``name`` byte for byte (``NEWSFUSE_UPDATE_GOLDEN=1`` rewrites it)."""
    path = GOLDEN / name
    if os.environ.get(UPDATE_GOLDEN):
        assert os.environ.get("CI") != "true", f"{UPDATE_GOLDEN} under CI=true would pass whatever the output"
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"{path} missing: run with {UPDATE_GOLDEN}=1 to create it"
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs ({UPDATE_GOLDEN}=1 to accept)"


def read_story_articles(folder: Path = STORY_DIR) -> dict[str, Article]:
    """The articles by file name prefix (``"01"``...), read by the real reader."""
    articles: dict[str, Article] = {}
    for item in read_paths([folder], Options()):
        assert isinstance(item, Article), item
        articles[Path(item.source).name[:2]] = item
    return articles


def span_of(article: Article, text: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``text`` in the article body."""
    start = -1
    for _ in range(nth + 1):
        start = article.body.find(text, start + 1)
        assert start >= 0, f"{text!r} not in {article.source}"
    return Span(start, start + len(text))


def _nearest(article: Article, text: str, near: Span) -> Span:
    """The occurrence of ``text`` closest to ``near`` (an attribution beside its quotation)."""
    found = [m.start() for m in re.finditer(re.escape(text), article.body)]
    assert found, f"{text!r} not in {article.source}"
    start = min(found, key=lambda i: min(abs(i - near.start), abs(i - near.end)))
    return Span(start, start + len(text))


class _Quotes:
    """Builds quotes with ids and keeps them for the report."""

    def __init__(self) -> None:
        self.rows: list[Quote] = []

    def add(
        self,
        article: Article,
        *parts: str,
        speaker: str | None,
        said: str | None = None,
        named: bool = True,
        verdict: str | None = None,
        kind: str = "full",
    ) -> Quote:
        spans = tuple(span_of(article, part) for part in parts)
        who = None
        if speaker is not None:
            who = Speaker(
                name=speaker, named=named, mention=said, span=_nearest(article, said, spans[0]) if said else None
            )
        quote = Quote(
            id=f"q{len(self.rows) + 1}",
            article=article.id,
            text=" ".join(parts),
            spans=spans,
            kind=kind,  # type: ignore[arg-type]
            speaker=who,
            verdict=verdict,  # type: ignore[arg-type]
            story=STORY,
        )
        self.rows.append(quote)
        return quote


MAYOR_POOL = "The bridge has carried this town for ninety years, and it needs our care before it can carry us again."
"""The mayor's remark as the wire and the Herald print it."""
MINISTER_POOL = "We will not reopen the bridge before the inspectors are satisfied."
"""The minister's remark as the wire prints it."""
INSPECTION = (
    "Inspectors found the cracks on Saturday during a routine check of the 1934 bridge, which carries about "
    "14,000 vehicles a day across the Alder estuary"
)
"""A passage of the Courier's own reporting that the Herald carries word for word."""


def _mayor(q: _Quotes, a: dict[str, Article], ids: dict[str, str]) -> Utterance:
    """The mayor's remark as four outlets print it: two alike, one longer (variant), one reworded (altered)."""
    m2 = q.add(a["02"], MAYOR_POOL, speaker="Elena Marsh", said="Marsh said", verdict="corroborated")
    m4 = q.add(a["04"], MAYOR_POOL, speaker="Elena Marsh", said="The mayor told", verdict="corroborated")
    m1 = q.add(
        a["01"],
        "The bridge has carried this town for ninety years, and it needs our care now, because if we wait for a "
        "crack to become a collapse, nobody will forgive us,",
        speaker="Elena Marsh",
        said="she said at the town hall",
        verdict="variant",
    )
    m3 = q.add(
        a["03"],
        "The bridge has served us for decades, and we have no choice but to shut it for a while.",
        speaker="Elena Marsh",
        verdict="altered",
    )
    return Utterance(
        id="u1",
        story=STORY,
        speaker="Elena Marsh",
        wording=MAYOR_POOL,
        articles=(ids["02"], ids["04"], ids["01"], ids["03"]),
        quotes=(m2.id, m4.id, m1.id, m3.id),
        variants=(
            UtteranceVariant(
                wording=MAYOR_POOL, quotes=(m2.id, m4.id), articles=(ids["02"], ids["04"]), verdict="corroborated"
            ),
            UtteranceVariant(
                wording=m1.text,
                quotes=(m1.id,),
                articles=(ids["01"],),
                verdict="variant",
                diff=word_diff(MAYOR_POOL, m1.text),
            ),
            UtteranceVariant(
                wording=m3.text,
                quotes=(m3.id,),
                articles=(ids["03"],),
                verdict="altered",
                diff=word_diff(MAYOR_POOL, m3.text),
            ),
        ),
        majority=True,
    )


def _minister(q: _Quotes, a: dict[str, Article], ids: dict[str, str]) -> Utterance:
    """The minister's promise: the wire and the Herald agree, the rewrite changes its end (altered)."""
    w2 = q.add(a["02"], MINISTER_POOL, speaker="Tobias Wren", said="Wren said", verdict="corroborated")
    w4 = q.add(
        a["04"],
        "We will not reopen the bridge before the inspectors are satisfied. Safety comes first,",
        speaker="Tobias Wren",
        said="the minister told",
        verdict="corroborated",
    )
    w3 = q.add(
        a["03"],
        "We will not reopen the bridge before the end of the summer.",
        speaker="Tobias Wren",
        verdict="altered",
    )
    return Utterance(
        id="u2",
        story=STORY,
        speaker="Tobias Wren",
        wording=MINISTER_POOL,
        articles=(ids["02"], ids["04"], ids["03"]),
        quotes=(w2.id, w4.id, w3.id),
        variants=(
            UtteranceVariant(
                wording=MINISTER_POOL, quotes=(w2.id, w4.id), articles=(ids["02"], ids["04"]), verdict="corroborated"
            ),
            # No stored diff: the report must work it out itself.
            UtteranceVariant(wording=w3.text, quotes=(w3.id,), articles=(ids["03"],), verdict="altered"),
        ),
        majority=True,
    )


def _unmatched(q: _Quotes, a: dict[str, Article]) -> None:
    """Single-source and unchecked quotations: one over two paragraphs, two partial, one unnamed source."""
    q.add(
        a["03"],
        "Yes, we looked at every other option.",
        "We looked at night works, at a single lane, at weight limits, and none of them kept people safe while the "
        "repairs went on. I would rather answer for a closure than for an accident.",
        speaker="Elena Marsh",
        said="Marsh added",
        verdict="single-source",
    )
    q.add(
        a["04"],
        "The council knew about the cracks last autumn and said nothing until now.",
        speaker="a council engineer",
        said="A council engineer",
        named=False,
        verdict="single-source",
    )
    q.add(
        a["03"],
        "Every shop on the quay will feel this, and we need the council to help us through it,",
        speaker="Priya Nandakumar",
        said="she said",
        verdict="single-source",
    )
    q.add(a["01"], "reckless", speaker="Colin Baptiste", kind="partial")
    q.add(a["01"], "temporary inconvenience", speaker=None, kind="partial")


def _quotes(a: dict[str, Article], ids: dict[str, str]) -> tuple[list[Quote], tuple[Utterance, ...]]:
    """Every quotation of the story with its verdict, and the two remarks several outlets print."""
    q = _Quotes()
    utterances = (_mayor(q, a, ids), _minister(q, a, ids))
    _unmatched(q, a)
    return q.rows, utterances


def _entities(a: dict[str, Article], ids: dict[str, str]) -> tuple[Entity, ...]:
    """People, an organisation and a place, two of them misspelt by one outlet."""

    def mention(key: str, text: str, kind: str, nth: int = 0) -> EntityMention:
        return EntityMention(article=ids[key], span=span_of(a[key], text, nth), text=text, type=kind)  # type: ignore[arg-type]

    return (
        Entity(
            id="e1",
            story=STORY,
            name="Elena Marsh",
            type="PERSON",
            aliases=("Marsh", "the mayor"),
            roles=("Mayor of Port Alder",),
            mentions=(mention("01", "Elena Marsh", "PERSON"), mention("02", "Elena Marsh", "PERSON")),
            articles=tuple(ids.values()),
        ),
        Entity(
            id="e2",
            story=STORY,
            name="Tobias Wren",
            type="PERSON",
            aliases=("Wren",),
            roles=("Regional Transport Minister",),
            mentions=(mention("02", "Tobias Wren", "PERSON"), mention("03", "Tobais Wren", "PERSON")),
            articles=(ids["02"], ids["03"], ids["04"]),
            misspellings=(
                Misspelling(
                    written="Tobais Wren",
                    means="Tobias Wren",
                    article=ids["03"],
                    span=span_of(a["03"], "Tobais Wren"),
                    evidence="two outlets spell it Tobias",
                ),
            ),
        ),
        Entity(
            id="e3",
            story=STORY,
            name="Corvin Structures",
            type="ORG",
            aliases=("Corvin",),
            mentions=(mention("01", "Corvin Structures", "ORG"),),
            articles=(ids["01"], ids["04"]),
            misspellings=(
                Misspelling(
                    written="Corvan", means="Corvin", article=ids["04"], span=span_of(a["04"], "Corvan Structures")
                ),
            ),
        ),
        Entity(
            id="e4",
            story=STORY,
            name="Port Alder",
            type="GPE",
            aliases=("Alder",),
            articles=tuple(ids.values()),
        ),
    )


def _claims(a: dict[str, Article], ids: dict[str, str]) -> tuple[Claim, ...]:
    """Three claims: carried by three, two and one independent outlets."""

    def source(key: str, text: str) -> ClaimSource:
        return ClaimSource(article=ids[key], span=span_of(a[key], text), text=text)

    return (
        Claim(
            id="c2",
            story=STORY,
            text="The repairs will cost about 4.2 million pounds.",
            sources=(
                source("01", "The repairs will cost £4.2m"),
                source("03", "the repairs are expected to cost about £4.2 million"),
            ),
            independent_sources=2,
        ),
        Claim(
            id="c1",
            story=STORY,
            text="The Kestrel Bridge will close for six weeks of repairs.",
            sources=(
                source("02", "The Kestrel Bridge in Port Alder will close to traffic for six weeks"),
                source("03", "the bridge will shut for six weeks"),
                source("04", "the council agreed six weeks of repairs to the Kestrel Bridge"),
            ),
            independent_sources=3,
        ),
        Claim(
            id="c3",
            story=STORY,
            text="A temporary ferry will carry foot passengers and cyclists across the estuary during the closure.",
            sources=(source("01", "A temporary ferry will run across the estuary for foot passengers and cyclists"),),
            independent_sources=1,
            single_outlet=True,
        ),
    )


def _conflicts(a: dict[str, Article], ids: dict[str, str]) -> tuple[Conflict, ...]:
    """The day the closure starts: the 17th in the Courier, the 10th in the rewrite."""
    return (
        Conflict(
            id="x1",
            story=STORY,
            kind="date",
            about="The start of the bridge closure",
            values=(
                ConflictValue(
                    value="Monday, March 10",
                    normalised="2025-03-10",
                    article=ids["03"],
                    span=span_of(a["03"], "Monday, March 10"),
                ),
                ConflictValue(
                    value="from March 17",
                    normalised="2025-03-17",
                    article=ids["01"],
                    span=span_of(a["01"], "from March 17"),
                ),
            ),
        ),
    )


def _reuse(a: dict[str, Article], ids: dict[str, str]) -> tuple[Reuse, ...]:
    """A quotation the wire and the Herald share, and prose the Herald carries from the Courier."""

    def passage(text: str, first: str, second: str, *, words: int, quotation: bool) -> SharedPassage:
        spans = ((ids[first], span_of(a[first], text)), (ids[second], span_of(a[second], text)))
        return SharedPassage(text=text, spans=spans, words=words, quotation=quotation)

    return (
        Reuse(
            story=STORY,
            articles=(ids["02"], ids["04"]),
            overlap=0.09,
            passages=(passage(MAYOR_POOL, "02", "04", words=len(MAYOR_POOL.split()), quotation=True),),
        ),
        Reuse(
            story=STORY,
            articles=(ids["01"], ids["04"]),
            overlap=0.14,
            passages=(passage(INSPECTION, "01", "04", words=len(INSPECTION.split()), quotation=False),),
        ),
    )


def _sources_and_originality(ids: dict[str, str]) -> tuple[tuple[SourceGroup, ...], tuple[Originality, ...]]:
    """Three independent sources (the Herald copies the Courier; the wire names its agency), each outlet's share."""
    sources = (
        SourceGroup(story=STORY, articles=(ids["01"], ids["04"])),
        SourceGroup(story=STORY, articles=(ids["02"],), origin="Northwind Press"),
        SourceGroup(story=STORY, articles=(ids["03"],)),
    )
    originality = (
        Originality(story=STORY, article=ids["01"], shared=0.12, shared_quotations=0.08, original=0.8),
        Originality(story=STORY, article=ids["02"], shared=0.0, shared_quotations=0.3, original=0.7),
        Originality(story=STORY, article=ids["03"], shared=0.0, shared_quotations=0.05, original=0.95),
        Originality(story=STORY, article=ids["04"], shared=0.2, shared_quotations=0.25, original=0.55),
    )
    return sources, originality


def _summary_and_timeline(
    a: dict[str, Article], ids: dict[str, str]
) -> tuple[tuple[SummarySentence, ...], tuple[TimelineEvent, ...]]:
    """Two summary sentences citing their outlets, two dated events."""
    first_02 = a["02"].body.split("\n", 1)[0]
    cost = "The repairs will cost £4.2m, most of it from the regional roads budget"
    summary = (
        SummarySentence(
            story=STORY,
            text=first_02,
            article=ids["02"],
            span=span_of(a["02"], first_02),
            supporting=(ids["02"], ids["01"], ids["04"]),
        ),
        SummarySentence(
            story=STORY, text=cost, article=ids["01"], span=span_of(a["01"], cost), supporting=(ids["01"], ids["03"])
        ),
    )
    timeline = (
        TimelineEvent(
            story=STORY,
            date="2025-03-01",
            when="Saturday",
            event="Inspectors find cracks in two hangers of the bridge's main span.",
            sources=(ClaimSource(article=ids["01"], span=span_of(a["01"], INSPECTION[:39]), text=INSPECTION[:39]),),
        ),
        TimelineEvent(
            story=STORY,
            date="2025-03-03",
            when="Monday",
            event="The council votes to close the bridge from March 17.",
            sources=(
                ClaimSource(
                    article=ids["01"],
                    span=span_of(a["01"], "The council voted on Monday"),
                    text="The council voted on Monday",
                ),
            ),
        ),
    )
    return summary, timeline


def story_report(folder: Path = STORY_DIR) -> Report:
    """The invented articles as one story, with hand-made findings at real spans."""
    a = read_story_articles(folder)
    ids = {k: v.id for k, v in a.items()}
    quotes, utterances = _quotes(a, ids)
    sources, originality = _sources_and_originality(ids)
    summary, timeline = _summary_and_timeline(a, ids)
    order = ["01", "02", "03", "04"]
    story = Story(
        id=STORY,
        label="Port Alder closes the Kestrel Bridge for repairs",
        articles=tuple(ids[k] for k in order),
        start="2025-03-03",
        end="2025-03-04",
        independent_sources=len(sources),
    )
    return Report(
        articles=tuple(a[k] for k in order),
        stories=(story,),
        quotes=tuple(quotes),
        utterances=utterances,
        entities=_entities(a, ids),
        claims=_claims(a, ids),
        conflicts=_conflicts(a, ids),
        timeline=timeline,
        reuse=_reuse(a, ids),
        originality=originality,
        sources=sources,
        summary=summary,
    )


HOSTILE_BODY = (
    "Officials said: “<script>window.__pwned = 1; alert('script')</script>”.\n\n"
    'An image <img src=x onerror="window.__pwned = 2; alert(2)"> and a link '
    '<a href="javascript:window.__pwned=3">click me</a> and <svg onload=window.__pwned=4>.\n\n'
    "Closing tricks: </mark></p></article></section></textarea></title></style></script>"
    "<script>window.__pwned = 5</script> --> <!-- ]]> \"'><iframe src=javascript:alert(6)>\n\n"
    "Template and markup tricks: {{ 7*7 }} {% raw %} [bold red]rich[/] [x](javascript:alert(7)) "
    "<style>body{display:none}</style> &lt;b&gt; &amp; done."
)
"""An article body that tries every way to run script or break a page out of its text."""


HOSTILE_STORY = "story<script>"


def _hostile_article() -> Article:
    """An article whose metadata tries to break out of every place it is shown."""
    return Article(
        id="hostile",
        source="feeds/<script>alert('file')</script>.txt",
        body=HOSTILE_BODY,
        title="</title><script>window.__pwned = 10</script>",
        author='"><img src=x onerror=alert(11)>',
        outlet="<b onmouseover=alert(12)>Evil Outlet</b>",
        url="javascript:alert(13)",
        published="2025-02-26<script>",
    )


def _hostile_quotes(article: Article) -> tuple[tuple[Quote, ...], Utterance]:
    """Two quotations whose spans cut into the tags, and their remark with a diff of hostile words."""
    story = HOSTILE_STORY
    tag = span_of(article, "<script>window.__pwned = 1; alert('script')</script>")
    img = span_of(article, 'onerror="window.__pwned = 2')
    link = span_of(article, '<a href="javascript:window.__pwned=3">click')
    speaker = Speaker(name="<script>alert(14)</script>", mention="</mark>", span=span_of(article, "</mark>"))
    quotes = (
        Quote(
            id="h1",
            article=article.id,
            text=tag.slice(article.body),
            spans=(tag,),
            speaker=speaker,
            verdict="altered",
            story=story,
        ),
        Quote(
            id="h2", article=article.id, text=img.slice(article.body), spans=(img, link), verdict="variant", story=story
        ),
    )
    utterance = Utterance(
        id="hu",
        story=story,
        speaker=speaker.name,
        wording="<b>safe</b> words here",
        articles=(article.id,),
        quotes=("h1", "h2"),
        variants=(
            UtteranceVariant(
                wording=quotes[0].text,
                quotes=("h1",),
                articles=(article.id,),
                verdict="altered",
                diff=word_diff("<b>safe</b> words here", quotes[0].text),
            ),
        ),
    )
    return quotes, utterance


def _hostile_entity(article: Article) -> Entity:
    link = span_of(article, '<a href="javascript:window.__pwned=3">click')
    return Entity(
        id="he",
        story=HOSTILE_STORY,
        name="<svg onload=alert(16)>",
        type="PERSON",
        aliases=("</td></tr></table><script>alert(17)</script>",),
        roles=("javascript:alert(18)",),
        misspellings=(Misspelling(written="<i>", means="</i>", article=article.id, span=link),),
    )


def hostile_report() -> Report:
    """A report whose article text, metadata and findings are all hostile, with spans cutting into the tags."""
    article = _hostile_article()
    story = HOSTILE_STORY
    quotes, utterance = _hostile_quotes(article)
    tag = span_of(article, "<script>window.__pwned = 1; alert('script')</script>")
    closing = span_of(article, "</mark></p></article></section></textarea>")
    source = ClaimSource(article=article.id, span=closing, text=closing.slice(article.body))
    value = ConflictValue(value="\"'><script>alert(21)</script>", normalised=None, article=article.id, span=closing)
    return Report(
        articles=(article,),
        stories=(Story(id=story, label="<img src=x onerror=alert(15)> story", articles=(article.id,)),),
        quotes=quotes,
        utterances=(utterance,),
        entities=(_hostile_entity(article),),
        claims=(
            Claim(id="hc", story=story, text="<script>alert(19)</script>", sources=(source,), independent_sources=1),
        ),
        conflicts=(Conflict(id="hx", story=story, kind="name", about="<u onclick=alert(20)>who</u>", values=(value,)),),
        timeline=(
            TimelineEvent(
                story=story, date=None, when="<b>now</b>", event="<script>alert(22)</script>", sources=(source,)
            ),
        ),
        originality=(Originality(story=story, article=article.id, shared=0.5, shared_quotations=0.2, original=0.3),),
        summary=(
            SummarySentence(
                story=story, text="<script>alert(23)</script>", article=article.id, span=tag, supporting=(article.id,)
            ),
        ),
    )


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""How the browser tests and the render benchmark start Debian's Chromium (no network, no downloads)."""


def regroup(report: Report, stories: dict[str, list[dict[str, str]]]) -> Report:
    """``report`` with its stories replaced by the given groups of file names (one per event).

    This exists so the renderer can be measured at the size the report must
    handle (150 articles in 50 stories) whatever the story clustering of the
    day produces; it changes only which articles each story lists, never a
    finding.
    """
    by_name = {Path(a.source).name: a.id for a in report.articles}
    grouped = tuple(
        Story(
            id=f"event-{n}",
            label=members[0].get("event") or f"Event {n}",
            articles=tuple(by_name[m["article"]] for m in members if m["article"] in by_name),
        )
        for n, members in enumerate(stories.values(), 1)
    )
    return msgspec.structs.replace(report, stories=grouped)
