"""Copies of one text are analysed and compared once, then every copy gets the findings (issue #21).

An agency story printed word for word by 500 outlets is 500 articles (that
is its coverage) but one text. Analysing each copy, and comparing every copy
with every other in the story stages (claims, reuse, conflicts, utterances),
costs the square of the copies and says nothing more than two copies do. So:

- **Per article**, articles that are the same input to the per-article stages
  (:func:`article_key`: the same body, publication date, dateline, credit and
  outlet kind; headline, outlet name, address and file may differ) are
  analysed once; each copy's analysis is the first one's with the article's
  id put in (:func:`analysis_for_copy`).
- **Per story**, the ``copies`` stage (:func:`set_aside`) keeps :data:`KEPT`
  articles of each group of identical analyses (:func:`analysis_key`) and sets
  the others aside; the story stages compare what is kept, so two copies still
  corroborate each other's quotations and count as one source; the ``expand``
  stage (:func:`expand`) then gives every copy set aside the findings of the
  kept article it copies: its quotations with their verdicts, its place in
  utterances, entities, claims, conflicts, the timeline and the summary's
  support, its originality and its source group. The story is sized on every
  article (coverage counts each copy's outlet).

Reuse keeps one row per pair of *kept* articles: a copy set aside shares
with the others what the article it copies shares (a row per pair of 500
copies would say the same thing 124,750 times).

A group of :data:`KEPT` articles or fewer is left as it is, so a story
without many copies is compared exactly as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec

from newsfuse.article.dates import parse_date
from newsfuse.model import (
    Article,
    ArticleAnalysis,
    Attribution,
    Claim,
    ClaimSource,
    Conflict,
    ConflictValue,
    Entity,
    Originality,
    Quote,
    SourceGroup,
    Story,
    SummarySentence,
    TimelineEvent,
    Utterance,
)

__all__ = ["KEPT", "Copies", "analysis_for_copy", "analysis_key", "article_key", "expand", "set_aside"]

KEPT = 2
"""Articles of a group of identical copies that the story stages compare: two, so that copies still
corroborate each other (a quotation two outlets print is corroborated) and still make one source."""
MIN_ID = 6
"""Shortest article id taken to be the id wherever it occurs in an encoded analysis (:func:`analysis_for_copy`)."""

_ENCODER = msgspec.json.Encoder()
_BLANK = Article(id="", source="", body="")


def _date(published: str | None) -> str | None:
    return parse_date(published) if published else None


def article_key(article: Article) -> bytes:
    """What the per-article stages read of ``article``: equal keys, equal analyses (ids aside)."""
    agency = article.outlet if article.outlet_kind == "agency" else None
    facts = (article.body, _date(article.published), article.dateline, article.credit, article.outlet_kind, agency)
    return hashlib.sha1(_ENCODER.encode(facts)).digest()


def _usable_id(article_id: str, body: str) -> bool:
    """Whether ``article_id`` can be swapped in an encoded analysis: long enough not to be a word, not in the text."""
    return len(article_id) >= MIN_ID and article_id not in body


def _encoded(analysis: ArticleAnalysis) -> bytes:
    """The analysis without its article, encoded (the article's id stays where findings name it)."""
    return _ENCODER.encode(msgspec.structs.replace(analysis, article=_BLANK))


def _swapped(encoded: bytes, old: str, new: str) -> bytes:
    """``encoded`` with the id ``old`` put as ``new`` where it is a whole string or a finding id's prefix."""
    old_b, new_b = _ENCODER.encode(old)[:-1], _ENCODER.encode(new)[:-1]  # '"id' without the closing quote
    return encoded.replace(old_b + b'"', new_b + b'"').replace(old_b + b":", new_b + b":")


def analysis_for_copy(analysis: ArticleAnalysis, copy: Article) -> ArticleAnalysis | None:
    """``analysis`` (of an article with :func:`article_key` equal to ``copy``'s) as the analysis of ``copy``.

    None where the ids cannot be swapped safely (analyse the copy itself then).
    """
    original = analysis.article
    if not (_usable_id(original.id, original.body) and _usable_id(copy.id, copy.body)):
        return None
    encoded = _swapped(_encoded(analysis), original.id, copy.id)
    return msgspec.structs.replace(msgspec.json.decode(encoded, type=ArticleAnalysis), article=copy)


def analysis_key(analysis: ArticleAnalysis) -> bytes | None:
    """What the story stages read of an analysis, its article's id aside (None: never grouped)."""
    article = analysis.article
    if not _usable_id(article.id, article.body):
        return None
    encoded = _swapped(_encoded(analysis), article.id, "\x00")
    return hashlib.sha1(article_key(article) + encoded).digest()


@dataclass(frozen=True)
class Copies:
    """The articles the story stages set aside, and what they copy."""

    story: Story
    """The story with every article."""
    analyses: tuple[ArticleAnalysis, ...]
    """Every article's analysis, in story order."""
    articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each kept article that others copy: the ids of the copies set aside."""
    quotes: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """For each quotation of such an article: ``(copy's quotation id, copy's id)`` of each copy set aside."""

    def more(self, article_ids: Iterable[str]) -> tuple[str, ...]:
        """``article_ids`` with, after each kept article, the copies of it set aside."""
        return tuple(x for a in article_ids for x in (a, *self.articles.get(a, ())))


def set_aside(story: Story, analyses: Sequence[ArticleAnalysis]) -> tuple[Story, tuple[ArticleAnalysis, ...], Copies]:
    """The story and analyses the story stages compare (:data:`KEPT` of each group of copies), and the copies."""
    if len(analyses) <= KEPT:  # nothing to set aside: no need to encode (a very long article costs its size)
        return story, tuple(analyses), Copies(story, tuple(analyses))
    groups: dict[bytes, list[int]] = {}
    for n, analysis in enumerate(analyses):
        key = analysis_key(analysis)
        groups.setdefault(key if key is not None else n.to_bytes(8, "big"), []).append(n)
    copies = Copies(story, tuple(analyses))
    kept: list[int] = []
    for members in groups.values():
        kept.extend(members[:KEPT])
        if len(members) <= KEPT:
            continue
        first = analyses[members[0]]
        aside = [analyses[n] for n in members[KEPT:]]
        copies.articles[first.article.id] = tuple(a.article.id for a in aside)
        for k, quote in enumerate(first.quotes):
            copies.quotes[quote.id] = tuple((a.quotes[k].id, a.article.id) for a in aside)
    if not copies.articles:
        return story, tuple(analyses), copies
    chosen = tuple(analyses[n] for n in sorted(kept))
    ids = {a.article.id for a in chosen}
    return msgspec.structs.replace(story, articles=tuple(a for a in story.articles if a in ids)), chosen, copies


def _quotes(copies: Copies, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    extra = [
        msgspec.structs.replace(q, id=copy_quote, article=copy_article)
        for q in quotes
        for copy_quote, copy_article in copies.quotes.get(q.id, ())
    ]
    order = {a.article.id: n for n, a in enumerate(copies.analyses)}
    return (*quotes, *sorted(extra, key=lambda q: order.get(q.article, 0)))


def _quote_ids(copies: Copies, ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(x for q in ids for x in (q, *(c for c, _ in copies.quotes.get(q, ()))))


def _placed(copies: Copies, rows: Iterable[Any]) -> tuple[Any, ...]:
    """Rows naming an article (``article`` field), each followed by the same row for each copy of it set aside."""
    return tuple(
        x
        for r in rows
        for x in (r, *(msgspec.structs.replace(r, article=c) for c in copies.articles.get(r.article, ())))
    )


def _utterance(copies: Copies, u: Utterance) -> Utterance:
    variants = tuple(
        msgspec.structs.replace(
            v, quotes=_quote_ids(copies, v.quotes), articles=copies.more(v.articles), against=copies.more(v.against)
        )
        for v in u.variants
    )
    spans = tuple((c, span) for a, span in u.spans for c in copies.more((a,)))
    misattributed: tuple[Attribution, ...] = _placed(copies, u.misattributed)
    return msgspec.structs.replace(
        u,
        articles=copies.more(u.articles),
        quotes=_quote_ids(copies, u.quotes),
        spans=spans,
        variants=variants,
        misattributed=misattributed,
    )


def _entity(copies: Copies, e: Entity) -> Entity:
    return msgspec.structs.replace(
        e,
        mentions=_placed(copies, e.mentions),
        articles=copies.more(e.articles),
        misspellings=_placed(copies, e.misspellings),
    )


def _sources(copies: Copies, rows: Sequence[ClaimSource]) -> tuple[ClaimSource, ...]:
    result: tuple[ClaimSource, ...] = _placed(copies, rows)
    return result


def _group(copies: Copies, g: SourceGroup) -> SourceGroup:
    outlets = {a.article.id: a.article.outlet for a in copies.analyses}
    articles = copies.more(g.articles)
    return msgspec.structs.replace(g, articles=articles, outlets=tuple(outlets.get(a) for a in articles))


def _conflict_values(copies: Copies, values: Sequence[ConflictValue]) -> tuple[ConflictValue, ...]:
    """A conflict's values, each value of the body followed by the same for each copy set aside.

    A value of a headline stays its article's own: copies may print the text
    under other headlines, so its span says nothing of theirs.
    """
    return tuple(x for v in values for x in ((v,) if v.in_title else _placed(copies, (v,))))


def expand(copies: Copies, findings: dict[str, Sequence[Any]]) -> dict[str, tuple[Any, ...]]:
    """The story's findings with every copy set aside given those of the article it copies."""
    if not copies.articles:
        return {name: tuple(rows) for name, rows in findings.items()}
    claims: Sequence[Claim] = findings["claims"]
    conflicts: Sequence[Conflict] = findings["conflicts"]
    timeline: Sequence[TimelineEvent] = findings["timeline"]
    originality: Sequence[Originality] = findings["originality"]
    summary: Sequence[SummarySentence] = findings["summary"]
    return {
        "quotes": _quotes(copies, findings["quotes"]),
        "utterances": tuple(_utterance(copies, u) for u in findings["utterances"]),
        "entities": tuple(_entity(copies, e) for e in findings["entities"]),
        "claims": tuple(msgspec.structs.replace(c, sources=_sources(copies, c.sources)) for c in claims),
        "conflicts": tuple(msgspec.structs.replace(c, values=_conflict_values(copies, c.values)) for c in conflicts),
        "timeline": tuple(msgspec.structs.replace(t, sources=_sources(copies, t.sources)) for t in timeline),
        "reuse": tuple(findings["reuse"]),
        "originality": _placed(copies, originality),
        "sources": tuple(_group(copies, g) for g in findings["sources"]),
        "summary": tuple(msgspec.structs.replace(s, supporting=copies.more(s.supporting)) for s in summary),
    }
