"""A realistic report of the seed articles for testing the renderers.

The articles are the real seed articles read by the real reader; the findings
(quotes with verdicts, utterances with diffs, entities, claims, conflicts,
reuse, originality, summary, timeline) are made by hand here, each pointing at
a span located in the real article body, so every report section can be
rendered and checked before (and independently of) the stages that will find
them. Every span is looked up by its text and the lookup fails loudly when the
text is not in the body, so the fixture cannot silently drift from the seeds.
"""

from __future__ import annotations

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

__all__ = ["HOSTILE_BODY", "hostile_report", "read_seed_articles", "regroup", "seed_report", "span_of"]

STORY = "starmer-washington"


def read_seed_articles(example_dir: Path) -> dict[str, Article]:
    """The seed articles by file stem prefix (``"000"``...), read by the real reader."""
    articles: dict[str, Article] = {}
    for item in read_paths([example_dir], Options()):
        assert isinstance(item, Article), item
        articles[Path(item.source).name[:3]] = item
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


def seed_report(example_dir: Path) -> Report:
    """The seed articles as one story, with hand-made findings at real spans."""
    a = read_seed_articles(example_dir)
    ids = {k: v.id for k, v in a.items()}
    q = _Quotes()

    # Starmer's "backstop" remark on the flight, as five outlets print it.
    backstop_pool = (
        "The reason I say the backstop is so important is that the security guarantee has to be "
        "sufficient to deter Putin from coming again."
    )
    b1 = q.add(a["001"], backstop_pool, speaker="Keir Starmer", said="Starmer said", verdict="corroborated")
    b4 = q.add(a["004"], backstop_pool, speaker="Keir Starmer", said="Starmer told", verdict="corroborated")
    b3 = q.add(
        a["003"],
        "The security guarantee has to be sufficient to deter Putin from coming again, because my concern is if "
        "there is a ceasefire without a backstop, it will simply give him the opportunity to wait and to come "
        "again because his ambition in relation to Ukraine is pretty obvious for all to see,",
        speaker="Keir Starmer",
        said="he said on the flight",
        verdict="variant",
    )
    b2 = q.add(
        a["002"],
        "I believe that without a backstop, a ceasefire would give Putin the chance to regroup and attack again, "
        "as his intentions regarding Ukraine are very clear.",
        speaker="Keir Starmer",
        verdict="altered",
    )
    # Trump's "beyond very much".
    trump_pool = "I’m not going to make security guarantees beyond very much."
    t0 = q.add(a["000"], trump_pool, speaker="Donald Trump", said="the US President said", verdict="corroborated")
    t4 = q.add(
        a["004"],
        "I’m not going to make security guarantees beyond very much. We’re going to have Europe do that.",
        speaker="Donald Trump",
        said="the US president told",
        verdict="corroborated",
    )
    t2 = q.add(
        a["002"],
        "I’m not going to make security guarantees beyond a certain point.",
        speaker="Donald Trump",
        verdict="altered",
    )
    # Single-source and unchecked quotations, one over two paragraphs, one partial, one unnamed source.
    q.add(
        a["000"],
        "Yes, I’ve got a good relationship with him.",
        "I’ve met him, I’ve spoken to him on the phone and this relationship between our two countries is a "
        "special relationship with a long history, forged as we fought wars together, as we traded together. "
        "I want it to go from strength to strength.",
        speaker="Keir Starmer",
        said="Starmer added",
        verdict="single-source",
    )
    q.add(
        a["004"],
        "Stopping the fighting in Ukraine is not enough. It has to be a lasting peace - which needs US backup.",
        speaker="a senior No.10 source",
        said="a senior No.10 source",
        named=False,
        verdict="single-source",
    )
    q.add(
        a["002"],
        "The US and the UK share so much, and when it comes to trade, we have a fair and balanced relationship "
        "that benefits both sides.",
        speaker="Peter Mandelson",
        said="He added",
        verdict="single-source",
    )
    q.add(a["003"], "surrender", speaker="Emmanuel Macron", kind="partial")
    q.add(a["003"], "necessary measures", speaker=None, kind="partial")

    backstop = Utterance(
        id="u1",
        story=STORY,
        speaker="Keir Starmer",
        wording=backstop_pool,
        articles=(ids["001"], ids["004"], ids["003"], ids["002"]),
        quotes=(b1.id, b4.id, b3.id, b2.id),
        variants=(
            UtteranceVariant(
                wording=backstop_pool, quotes=(b1.id, b4.id), articles=(ids["001"], ids["004"]), verdict="corroborated"
            ),
            UtteranceVariant(
                wording=b3.text,
                quotes=(b3.id,),
                articles=(ids["003"],),
                verdict="variant",
                diff=word_diff(backstop_pool, b3.text),
            ),
            UtteranceVariant(
                wording=b2.text,
                quotes=(b2.id,),
                articles=(ids["002"],),
                verdict="altered",
                diff=word_diff(backstop_pool, b2.text),
            ),
        ),
        majority=True,
    )
    beyond = Utterance(
        id="u2",
        story=STORY,
        speaker="Donald Trump",
        wording=trump_pool,
        articles=(ids["000"], ids["004"], ids["002"]),
        quotes=(t0.id, t4.id, t2.id),
        variants=(
            UtteranceVariant(
                wording=trump_pool, quotes=(t0.id, t4.id), articles=(ids["000"], ids["004"]), verdict="corroborated"
            ),
            # No stored diff: the report must work it out itself.
            UtteranceVariant(wording=t2.text, quotes=(t2.id,), articles=(ids["002"],), verdict="altered"),
        ),
        majority=True,
    )

    def mention(key: str, text: str, kind: str, nth: int = 0) -> EntityMention:
        return EntityMention(article=ids[key], span=span_of(a[key], text, nth), text=text, type=kind)  # type: ignore[arg-type]

    entities = (
        Entity(
            id="e1",
            story=STORY,
            name="Keir Starmer",
            type="PERSON",
            aliases=("Sir Keir", "Starmer", "the prime minister"),
            roles=("Prime Minister",),
            mentions=(mention("001", "Keir Starmer", "PERSON"), mention("004", "Keir Starmer", "PERSON")),
            articles=tuple(ids.values()),
        ),
        Entity(
            id="e2",
            story=STORY,
            name="Vladimir Putin",
            type="PERSON",
            aliases=("Putin",),
            roles=("Russian President",),
            mentions=(mention("001", "Vladimir Putin", "PERSON"), mention("000", "Valdimir Putin", "PERSON")),
            articles=tuple(ids.values()),
            misspellings=(
                Misspelling(
                    written="Valdimir Putin",
                    means="Vladimir Putin",
                    article=ids["000"],
                    span=span_of(a["000"], "Valdimir Putin"),
                    evidence="four outlets spell it Vladimir",
                ),
            ),
        ),
        Entity(
            id="e3",
            story=STORY,
            name="NATO",
            type="ORG",
            aliases=("Nato",),
            mentions=(mention("004", "Nato", "ORG"),),
            articles=(ids["004"],),
            misspellings=(
                Misspelling(
                    written="Neto", means="Nato", article=ids["004"], span=span_of(a["004"], "Neto secretary-general")
                ),
            ),
        ),
        Entity(
            id="e4",
            story=STORY,
            name="Washington",
            type="GPE",
            aliases=("Washington DC",),
            articles=tuple(ids.values()),
        ),
    )

    def source(key: str, text: str) -> ClaimSource:
        return ClaimSource(article=ids[key], span=span_of(a[key], text), text=text)

    claims = (
        Claim(
            id="c2",
            story=STORY,
            text="UK defence spending will rise to 2.5% of GDP by 2027.",
            sources=(
                source("003", "The budget will rise to 2.5% of GDP by 2027"),
                source("004", "2.5% by 2027"),
            ),
            independent_sources=2,
        ),
        Claim(
            id="c1",
            story=STORY,
            text="Trump said he would not make security guarantees beyond very much.",
            sources=(
                source("000", "Trump has dismissed Starmer’s request"),
                source("001", "Trump has said he would not provide security guarantees “beyond very much”"),
                source("004", "the US president said he was not going to offer many security guarantees"),
            ),
            independent_sources=3,
        ),
        Claim(
            id="c3",
            story=STORY,
            text="Zelenskyy confirmed that a deal to share Ukraine’s mineral wealth with the US had been agreed.",
            sources=(source("003", "President Zelenskyy confirmed that a deal to share some of Ukraine’s mineral"),),
            independent_sources=1,
            single_outlet=True,
        ),
    )
    conflicts = (
        Conflict(
            id="x1",
            story=STORY,
            kind="date",
            about="Starmer’s flight to Washington",
            values=(
                ConflictValue(
                    value="Thursday, February 27",
                    normalised="2025-02-27",
                    article=ids["002"],
                    span=span_of(a["002"], "Thursday, February 27"),
                ),
                ConflictValue(
                    value="on the flight to Washington",
                    normalised="2025-02-26",
                    article=ids["003"],
                    span=span_of(a["003"], "on the flight to Washington"),
                ),
            ),
        ),
    )
    aggressor = "They are the aggressor. They have invaded and occupied a sovereign country in Europe"
    reuse = (
        Reuse(
            story=STORY,
            articles=(ids["001"], ids["004"]),
            overlap=0.08,
            passages=(
                SharedPassage(
                    text=backstop_pool,
                    spans=(
                        (ids["001"], span_of(a["001"], backstop_pool)),
                        (ids["004"], span_of(a["004"], backstop_pool)),
                    ),
                    words=26,
                    quotation=True,
                ),
            ),
        ),
        Reuse(
            story=STORY,
            articles=(ids["001"], ids["003"]),
            overlap=0.12,
            passages=(
                SharedPassage(
                    text=aggressor,
                    spans=((ids["001"], span_of(a["001"], aggressor)), (ids["003"], span_of(a["003"], aggressor))),
                    words=15,
                    quotation=True,
                ),
            ),
        ),
    )
    originality = (
        Originality(story=STORY, article=ids["000"], shared=0.1, shared_quotations=0.25, original=0.65),
        Originality(story=STORY, article=ids["001"], shared=0.05, shared_quotations=0.35, original=0.6),
        Originality(story=STORY, article=ids["002"], shared=0.0, shared_quotations=0.05, original=0.95),
        Originality(story=STORY, article=ids["003"], shared=0.02, shared_quotations=0.2, original=0.78),
        Originality(story=STORY, article=ids["004"], shared=0.04, shared_quotations=0.16, original=0.8),
    )
    sources = (
        SourceGroup(story=STORY, articles=(ids["000"],)),
        SourceGroup(story=STORY, articles=(ids["001"],), origin="PA Media"),
        SourceGroup(story=STORY, articles=(ids["002"],)),
        SourceGroup(story=STORY, articles=(ids["003"], ids["004"])),
    )
    first_001 = a["001"].body.split("\n", 1)[0]
    spending = "The budget will rise to 2.5% of GDP by 2027 – three years earlier than planned"
    summary = (
        SummarySentence(
            story=STORY,
            text=first_001,
            article=ids["001"],
            span=span_of(a["001"], first_001),
            supporting=(ids["001"], ids["003"], ids["004"]),
        ),
        SummarySentence(
            story=STORY,
            text=spending,
            article=ids["003"],
            span=span_of(a["003"], spending),
            supporting=(ids["003"], ids["004"]),
        ),
    )
    timeline = (
        TimelineEvent(
            story=STORY,
            date="2025-02-25",
            when="Tuesday",
            event="Starmer announces the biggest rise in UK defence spending since the cold war.",
            sources=(source("003", "In a surprise speech on Tuesday"),),
        ),
        TimelineEvent(
            story=STORY,
            date="2025-02-26",
            when="Wednesday",
            event="Trump tells his first cabinet meeting he has no plans to provide security guarantees.",
            sources=(source("003", "Trump told his first cabinet meeting on Wednesday"),),
        ),
    )
    order = ["000", "001", "002", "003", "004"]
    story = Story(
        id=STORY,
        label="Starmer presses Trump for a US backstop for Ukraine",
        articles=tuple(ids[k] for k in order),
        start="2025-02-26",
        end="2025-02-27",
        independent_sources=len(sources),
    )
    return Report(
        articles=tuple(a[k] for k in order),
        stories=(story,),
        quotes=tuple(q.rows),
        utterances=(backstop, beyond),
        entities=entities,
        claims=claims,
        conflicts=conflicts,
        timeline=timeline,
        reuse=reuse,
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


def hostile_report() -> Report:
    """A report whose article text, metadata and findings are all hostile, with spans cutting into the tags."""
    article = Article(
        id="hostile",
        source="feeds/<script>alert('file')</script>.txt",
        body=HOSTILE_BODY,
        title="</title><script>window.__pwned = 10</script>",
        author='"><img src=x onerror=alert(11)>',
        outlet="<b onmouseover=alert(12)>Evil Outlet</b>",
        url="javascript:alert(13)",
        published="2025-02-26<script>",
    )
    story = "story<script>"
    tag = span_of(article, "<script>window.__pwned = 1; alert('script')</script>")
    img = span_of(article, 'onerror="window.__pwned = 2')
    link = span_of(article, '<a href="javascript:window.__pwned=3">click')
    closing = span_of(article, "</mark></p></article></section></textarea>")
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
    source = ClaimSource(article=article.id, span=closing, text=closing.slice(article.body))
    return Report(
        articles=(article,),
        stories=(Story(id=story, label="<img src=x onerror=alert(15)> story", articles=(article.id,)),),
        quotes=quotes,
        utterances=(utterance,),
        entities=(
            Entity(
                id="he",
                story=story,
                name="<svg onload=alert(16)>",
                type="PERSON",
                aliases=("</td></tr></table><script>alert(17)</script>",),
                roles=("javascript:alert(18)",),
                misspellings=(Misspelling(written="<i>", means="</i>", article=article.id, span=link),),
            ),
        ),
        claims=(
            Claim(id="hc", story=story, text="<script>alert(19)</script>", sources=(source,), independent_sources=1),
        ),
        conflicts=(
            Conflict(
                id="hx",
                story=story,
                kind="name",
                about="<u onclick=alert(20)>who</u>",
                values=(
                    ConflictValue(
                        value="\"'><script>alert(21)</script>", normalised=None, article=article.id, span=closing
                    ),
                ),
            ),
        ),
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
