"""Days two outlets give one event, where the story's claims already pair their sentences: a day against a range.

The claims stage (:mod:`newsfuse.compare.claims`) groups the sentences of
several outlets that make the same claim. Where two of them each date their
event once, one to a day ("closed on Thursday") and the other to a range of
days ("closed earlier this week", the ranges of
:mod:`newsfuse.lexicon.relative_dates`, each resolved against its own
article's date), or both to ranges, and the two cannot meet, the outlets
disagree on when it happened. The alignment is the claims' own, never
recomputed here; two days without a range are left to the value alignment of
:mod:`newsfuse.compare.conflicts`.

Precision first, a pair is left alone where

- either sentence gives more than one date (which one dates the event would
  be a guess), or either date is a statement's ("said on Tuesday");
- the event words differ: the word each date is attached to (the nearest
  past-tense verb among the content words before it, a regular "-ed" form or
  an irregular one (:func:`newsfuse.lexicon.is_past_form`) such as "met"
  or "flew", else the nearest
  lower-case one, a noun such as "vote"; for a date opening its sentence, the
  first past-tense verb after it) must be one word, and where both sentences
  carry past-tense verbs (reporting verbs aside), they must share one
  ("closed" / "closed", never "closed" / "reopened");
- the days meet at all: a range that partly overlaps the other may hold the
  same day, and a weekday whose tense was guessed is read both ways;
- one is a plan, still to come in its article ("will reopen later this
  week"), and the other a report of it by an outlet writing later: plans move
  (:func:`newsfuse.compare.facts.plan_then_report`).
- the two sentences name two things of one kind ("the Harwick river bridge" /
  "the Lowfield canal bridge", :func:`newsfuse.compare.facts.other_named_things`);
- either tells of another occurrence ("arrested a second man", "closed again",
  :func:`newsfuse.compare.facts.other_occurrences`); a date that is one end of
  an interval ("has been closed since last week", ``lexicon.INTERVAL_BOUNDS``)
  is no fact at all (:mod:`newsfuse.compare.facts`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsfuse.article.stems import stem
from newsfuse.compare.align import blanked, quoted_mask
from newsfuse.compare.fact_days import plan_then_report
from newsfuse.compare.fact_names import other_named_things
from newsfuse.compare.fact_occurrences import other_occurrences
from newsfuse.compare.fact_text import WORD
from newsfuse.compare.facts import Fact, compatible
from newsfuse.lexicon import REPORTING_VERBS, is_past_form
from newsfuse.model import ArticleAnalysis, Claim

__all__ = ["event_day_pairs"]

_DATE_KINDS = ("date", "weekday", "relative_date")


def _verbs(body: str, mask: bytearray, start: int, end: int) -> frozenset[str]:
    """The sentence's past-tense verbs outside quotations (regular "-ed" forms and irregular ones), stemmed,
    reporting verbs left out."""
    return frozenset(
        stem(w)
        for w in WORD.findall(blanked(body, mask, start, end))
        if w.islower() and is_past_form(w) and w not in REPORTING_VERBS
    )


class _Sentences:
    """Per (article, sentence start): the dates it gives (all of them, quoted ones too) and its one date's fact."""

    def __init__(self, analyses: Sequence[ArticleAnalysis], by_article: Sequence[list[Fact]]) -> None:
        self.count: dict[tuple[str, int], int] = {}
        for analysis in analyses:
            for q in analysis.quantities:
                if q.kind in _DATE_KINDS and q.context is not None:
                    key = (q.article, q.context.start)
                    self.count[key] = self.count.get(key, 0) + 1
        self.fact: dict[tuple[str, int], Fact] = {
            (f.article, f.sentence.start): f
            for facts in by_article
            for f in facts
            if f.cls[0] == "date" and not f.in_title
        }
        self.texts = {a.article.id: a.article.body for a in analyses}
        self.analyses = {a.article.id: a for a in analyses}
        self.masks: dict[str, bytearray] = {}

    def dated_once(self, article: str, start: int) -> Fact | None:
        """The fact of the sentence's one date, where it has one date and that date is an event's."""
        key = (article, start)
        fact = self.fact.get(key)
        if fact is None or self.count.get(key) != 1 or fact.statement:
            return None
        return fact

    def verbs(self, f: Fact) -> frozenset[str]:
        if f.article not in self.masks:
            self.masks[f.article] = quoted_mask(self.analyses[f.article])
        return _verbs(self.texts[f.article], self.masks[f.article], f.sentence.start, f.sentence.end)


def _event_word(f: Fact, verbs: frozenset[str]) -> str | None:
    """The word a date is attached to (see the module docstring), stemmed; None where there is none."""
    verb = next((w for w in f.left if w in verbs), None)
    if verb is not None:
        return verb
    if not f.left:
        return next((w for w in f.right if w in verbs), None)
    return f.word_before


def _same_event(a: Fact, b: Fact, sentences: _Sentences) -> str | None:
    """The event word two dated sentences share, or None where their event words or verbs differ."""
    verbs_a, verbs_b = sentences.verbs(a), sentences.verbs(b)
    word = _event_word(a, verbs_a)
    if word is None or word != _event_word(b, verbs_b):
        return None
    if verbs_a and verbs_b and not verbs_a & verbs_b:
        return None
    return word


def _paired(claims: Sequence[Claim]) -> Iterator[tuple[tuple[str, int], tuple[str, int]]]:
    """Each two sentences of different articles that one claim groups, as (article, sentence start)."""
    for claim in claims:
        members = [(s.article, s.span.start) for s in claim.sources]
        for n, first in enumerate(members):
            for second in members[n + 1 :]:
                if first[0] != second[0]:
                    yield first, second


def event_day_pairs(
    claims: Sequence[Claim], analyses: Sequence[ArticleAnalysis], by_article: Sequence[list[Fact]]
) -> list[tuple[Fact, Fact, str]]:
    """Dates of one event that cannot meet, in sentences one claim pairs (see the module docstring), each with the
    event word the two sentences share."""
    sentences = _Sentences(analyses, by_article)
    out: list[tuple[Fact, Fact, str]] = []
    for first, second in _paired(claims):
        a, b = sentences.dated_once(*first), sentences.dated_once(*second)
        if a is None or b is None or (a.low == a.high and b.low == b.high) or compatible(a, b):
            continue
        if plan_then_report(a, b) or other_named_things(a, b) or other_occurrences(a, b):
            continue  # a plan and its report, two things of one kind, or an act told again ("a second man", "again")
        word = _same_event(a, b, sentences)
        if word is not None:
            out.append((a, b, word))
    return out
