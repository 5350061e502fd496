"""The dated events of the story, in order, each with the articles that date it.

An event is a sentence that carries a date, a weekday or a resolved relative
date ("yesterday"). Its date is resolved against its own article's
publication date or dateline. A dateline without a year ("Mar. 4") takes
the year of the story's other articles when one of their dates lies within
60 days of it (the articles of a story are days apart, not years); a bare
weekday in an article with no date at all stays unresolved (``date=None``)
and is placed in order by its weekday within the story's week, never given
a date. Dates inside quotations are left out: they are the speaker's words,
often hypothetical ("we can finish this bridge tomorrow"). Sentences of
several articles with the same date (or, unresolved, the same weekday) that
share at least two content words are one event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsfuse.article.dates import DAY_SHIFTS, WEEKDAYS, parse_date, reference_date, resolve_weekday
from newsfuse.article.quantities import quantity_direction, weekday_modifier
from newsfuse.compare.align import content_words, quoted_mask
from newsfuse.model import Article, ArticleAnalysis, ClaimSource, Quantity, Span, TimelineEvent

__all__ = ["MAX_YEAR_GAP_DAYS", "build_timeline", "story_year"]

MAX_YEAR_GAP_DAYS = 60
"""Farthest a day without a year may lie from one of the story's dates for that date's year to be taken."""
MIN_SHARED_WORDS = 2
"""Fewest words, besides the weekday, two mentions of the same day must share to be one event."""


def story_year(month_day: str, references: Sequence[dt.date]) -> int | None:
    """The year that puts ``--MM-DD`` within :data:`MAX_YEAR_GAP_DAYS` of one of the story's dates."""
    month, day = int(month_day[2:4]), int(month_day[5:7])
    best: tuple[int, int] | None = None
    for ref in references:
        for year in (ref.year - 1, ref.year, ref.year + 1):
            try:
                gap = abs((dt.date(year, month, day) - ref).days)
            except ValueError:
                continue
            if gap <= MAX_YEAR_GAP_DAYS and (best is None or gap < best[0]):
                best = (gap, year)
    return best[1] if best else None


class _Event:
    def __init__(
        self, date: str | None, weekday: str | None, when: str, source: ClaimSource, inferred: bool = False
    ) -> None:
        self.date = date
        self.inferred = inferred
        self.weekday = weekday
        self.when = when
        self.sources = [source]
        self.words = content_words(source.text)


def _article_reference(article: Article, references: Sequence[dt.date]) -> dt.date | None:
    ref = reference_date(article)
    if ref is None and article.dateline and article.dateline.date:
        iso = parse_date(article.dateline.date)
        if iso and iso.startswith("--"):
            year = story_year(iso, references)
            ref = reference_date(article, year) if year else None
    return ref


def _resolve(q: Quantity, ref: dt.date | None, references: Sequence[dt.date], sentence: str) -> str | None:
    if q.date and not q.date.startswith("--"):
        return q.date
    if q.date:
        year = story_year(q.date, [ref] if ref else references)
        return f"{year:04d}{q.date[1:]}" if year else None
    if q.kind == "weekday" and ref is not None and q.unit in WEEKDAYS:
        direction = quantity_direction(q, sentence, weekday_modifier(q))
        return resolve_weekday(WEEKDAYS[q.unit], ref, direction).isoformat()
    if q.kind == "relative_date" and ref is not None:
        shift = DAY_SHIFTS.get(" ".join(q.text.lower().split()))
        return (ref + dt.timedelta(days=shift)).isoformat() if shift is not None else None
    return None


def _inferred(q: Quantity, references: Sequence[dt.date], sentence: str) -> str | None:
    """The day an undated article's weekday or relative date is on, if every dated article of the story agrees."""
    days = {_resolve(q, ref, references, sentence) for ref in references}
    return days.pop() if len(days) == 1 else None


def build_timeline(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[TimelineEvent, ...]:
    """The dated events of the story, in order."""
    dated = [r for a in analyses if (r := reference_date(a.article)) is not None]
    own = {a.article.id: _article_reference(a.article, dated) for a in analyses}
    references = sorted({r for r in own.values() if r is not None})
    events: list[_Event] = []
    for analysis in analyses:
        article = analysis.article
        ref = own[article.id]
        dateline = article.dateline.span if article.dateline and article.dateline.span else None
        quoted = quoted_mask(analysis)
        for q in analysis.quantities:
            if q.kind not in ("date", "weekday", "relative_date") or q.context is None or quoted[q.span.start]:
                continue  # a date inside a quotation is the speaker's, often hypothetical
            if dateline and dateline.overlaps(q.span):
                continue
            sentence = q.context.slice(article.body)
            date = _resolve(q, ref, references, sentence)
            inferred = False
            if date is None and ref is None and q.kind in ("weekday", "relative_date") and references:
                date = _inferred(q, references, sentence)
                inferred = date is not None
            if q.kind == "relative_date" and date is None:
                continue  # "two days after", "earlier this week": no day to place
            weekday = q.unit if q.unit in WEEKDAYS else None
            if date:
                weekday = next(k for k, v in WEEKDAYS.items() if v == dt.date.fromisoformat(date).weekday())
            source = ClaimSource(article=article.id, span=Span(q.context.start, q.context.end), text=sentence)
            _add(events, _Event(date, weekday, q.text, source, inferred))
    return tuple(_ordered(story, events, references))


def _add(events: list[_Event], new: _Event) -> None:
    for e in events:
        same_day = (e.date is not None and e.date == new.date) or (
            (e.date is None or new.date is None) and e.weekday is not None and e.weekday == new.weekday
        )
        if same_day and len(e.words & new.words) >= MIN_SHARED_WORDS + 1:  # the weekday word itself is shared
            if all(s.article != new.sources[0].article or s.span != new.sources[0].span for s in e.sources):
                e.sources.append(new.sources[0])
            if e.date is None or (e.inferred and not new.inferred and new.date):
                e.date, e.inferred = new.date, new.inferred
            return
        if e.sources[0].span == new.sources[0].span and e.sources[0].article == new.sources[0].article:
            return  # two dates in one sentence: the first one dates it
    events.append(new)


def _ordered(story: str, events: list[_Event], references: Sequence[dt.date]) -> list[TimelineEvent]:
    start = min(references) if references else None

    def key(e: _Event) -> tuple[int, str, str]:
        if e.date:
            return (0, e.date, e.sources[0].article)
        same = sorted(x.date for x in events if x.date and x.weekday == e.weekday)
        if same:
            return (0, same[0], "~")
        if start is not None and e.weekday in WEEKDAYS:
            return (0, resolve_weekday(WEEKDAYS[e.weekday], start, 1).isoformat(), "~")
        return (1, str(WEEKDAYS.get(e.weekday or "", 7)), "")

    return [
        TimelineEvent(
            story=story,
            date=e.date,
            when=e.when,
            event=e.sources[0].text,
            sources=tuple(e.sources),
            inferred=e.inferred,
        )
        for e in sorted(events, key=key)
    ]
