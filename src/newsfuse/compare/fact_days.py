"""Days of facts: dates, weekdays, relative periods and months as ranges of calendar days.

Days are ordinal numbers of the calendar (a weekday resolved against its
article's date); a weekday whose tense was guessed keeps its other reading
(``alternative``), so a disagreement that the other reading removes is not
reported; so does a weekday after "last" or "next", whose other reading is the
one a week further ("next Friday" written on a Wednesday: in two days or in
nine). A weekday of an article without a date is resolved, where the
story's dated articles span at most :data:`INFERRED_SPREAD` days, on every
day they span, the days joined into one range (each tense's reading its own
range), and marked ``inferred``: so it meets the dates of the dated outlets
rather than only their weekdays. A day next to a reporting verb ("said
Tuesday") dates a statement, not an event (:func:`dates_a_statement`); a
weekday or period after "since", "until" or "by" bounds an interval and is no
fact (:func:`bounds_an_interval`).

A month named as the period of an event ("in March", "in early March 2024",
:func:`newsfuse.article.dates.period_range`) is read here, beyond the article's
quantities (:func:`month_periods`); its tense is guessed as a weekday's is, the other
reading kept. A month right after a share is the period of a statistic, no
event's day (:func:`statistic_periods`); "in May" alone is no month where the
article names a person May (:func:`_month_names_of_people`).

Each fact keeps the **days** its sentence gives for events (:func:`dated_facts`),
and the year "in" which its own clause puts its event ("had signed a four-year
deal in 2021": every day of 2021; not a year of another clause, "The plant,
opened in 1987, will cut 300 jobs"): two values whose sentences date their
events on days that cannot meet are two occurrences ("met Sunday … for the
first time" / "Thursday's talks … the second time"), never one fact
(:func:`on_other_days`). A plan and a later report (:func:`plan_then_report`),
a forecast and a later figure (:func:`forecast_then_update`), and a plan and an
outcome long before it (:func:`plan_after_outcome`) are updates or two
occurrences, not disagreements.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from msgspec.structs import replace

from newsfuse.article.dates import (
    DAY_SHIFTS,
    DAYS_IN_UNIT,
    MONTHS,
    WEEKDAYS,
    hull,
    is_ago,
    is_month,
    parse_date,
    period_range,
    resolve_weekday,
)
from newsfuse.article.quantities import (
    quantity_direction,
    weekday_modifier,
)
from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import CLAUSE_BREAK, WORD
from newsfuse.compare.fact_values import ranges_meet
from newsfuse.compare.timeline import story_year
from newsfuse.lexicon import (
    CARDINAL_WORDS,
    DEFINITE_DETERMINERS,
    ENGLISH_FUNCTION_WORDS,
    EVENT_BOUNDARY_VERBS,
    INTERVAL_BOUNDS,
    LENGTH_LEADS,
    MODAL_VERBS,
    MONTH_NAMES,
    OFFSET_WORDS,
    REPORTING_VERBS,
    alternation,
    is_past_form,
)
from newsfuse.model import ArticleAnalysis, Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact


__all__ = [
    "DOCUMENT_MODIFIERS",
    "INFERRED_FROM",
    "INFERRED_SPREAD",
    "INTERVAL_REACH",
    "LONGEST_LENGTH_UNIT",
    "OUTCOME_GAP",
    "STATEMENT_REACH",
    "a_document_acted_on",
    "bounds_an_interval",
    "completed_date",
    "dated_facts",
    "dates_a_statement",
    "day_range",
    "event_length",
    "forecast_then_update",
    "month_periods",
    "on_other_days",
    "over_their_length",
    "plan_after_outcome",
    "plan_then_report",
    "statistic_periods",
    "with_neighbouring_days",
]

STATEMENT_REACH = 3
"""Words either side of a day within which a reporting verb makes it the date of a statement."""


INFERRED_SPREAD = 14
"""Most days the story's dates may spread over for a relative period of an undated article to be resolved
against them (the period is resolved for each day of the spread, and the ranges joined)."""
INFERRED_FROM = 2
"""Fewest dated articles a story needs for a relative period or a weekday of an undated article to be resolved
against their dates: one dated article says when it was written, not when the undated one was (a story's outlets
write over days); two or more within :data:`INFERRED_SPREAD` days say when the story was covered."""


def completed_date(q: Quantity, references: Sequence[dt.date]) -> Quantity:
    """A date written without its year ("Mar. 4") completed from the story's dates (see ``story_year``)."""
    if q.kind == "date" and q.date and q.date.startswith("--"):
        year = story_year(q.date, references)
        if year is not None and parse_date(f"{year:04d}{q.date[1:]}") is not None:  # not "Feb. 29" of 2002
            return replace(q, date=f"{year:04d}{q.date[1:]}")
    return q


_INTERVAL_BOUND = re.compile(rf"\b(?:{alternation(INTERVAL_BOUNDS)})\s+$", re.IGNORECASE)


INTERVAL_REACH = 8
"""Characters before a day searched for the word that makes it an end of an interval (:func:`bounds_an_interval`)."""


def bounds_an_interval(q: Quantity, body: str) -> bool:
    """Whether a weekday or a relative period stands right after a word that makes it one end of an interval
    (``lexicon.INTERVAL_BOUNDS``: "has been closed since last week", "will stay shut until Friday", "should be done
    by next week"): a state or a deadline, no day of an act, and no fact. Dates and years after "since" are read as
    starts of states elsewhere (class ``("year", "since")``)."""
    if q.kind not in ("relative_date", "weekday"):
        return False
    return _INTERVAL_BOUND.search(body, max(0, q.span.start - INTERVAL_REACH), q.span.start) is not None


def day_range(
    q: Quantity, sentence: str, reference: dt.date | None, story: Sequence[dt.date] = ()
) -> tuple[float, float, tuple[float, float] | None, bool] | None:
    """The first and last day a date can mean, as ordinals, the days of a guessed weekday's other reading, and
    whether the range was inferred from the story's dates (``story``) because its article has none."""
    ago = q.kind == "relative_date" and reference is not None and is_ago(q.text)  # "10 days ago": give or take a day
    if q.date and not q.date.startswith("--") and not ago:
        day = float(dt.date.fromisoformat(q.date[:10]).toordinal())
        alternative = None
        modifier = weekday_modifier(q) if q.kind == "weekday" else None
        if q.kind == "weekday" and reference is not None and q.unit in WEEKDAYS and modifier is None:
            other = float(_other_reading(WEEKDAYS[q.unit], reference, quantity_direction(q, sentence)).toordinal())
            alternative = (other, other)
        elif modifier in _WEEK_AWAY:
            alternative = (day + _WEEK_AWAY[modifier], day + _WEEK_AWAY[modifier])
        return day, day, alternative, False
    if q.kind == "relative_date" and (reference is not None or story):
        direction = quantity_direction(q, sentence)
        period = period_range(q.text, reference, direction) if reference else _inferred_range(q.text, story, direction)
        if period is not None:
            month_other = _other_month(q.text, reference, direction)
            return float(period[0].toordinal()), float(period[1].toordinal()), month_other, reference is None
    if q.kind == "weekday" and q.unit in WEEKDAYS:
        inferred = _inferred_weekday(q, sentence, story) if reference is None and story else None
        if inferred is not None:
            return inferred[0][0], inferred[0][1], inferred[1], True
        day = float(WEEKDAYS[q.unit])
        return day, day, None, False
    return None


_WEEK_AWAY = {"last": -7.0, "next": 7.0}
"""The other reading of a weekday after "last" or "next": the one a week further ("next Friday" written on a
Wednesday is the Friday two days on, or, as many write it, the one a week after; "last Tuesday" written on a Wednesday
is yesterday or the Tuesday a week before)."""


def _other_month(text: str, reference: dt.date | None, direction: int) -> tuple[float, float] | None:
    """The days a month without its year means in the other tense than its sentence's (its tense is guessed, as a
    weekday's is: "will take charge of the club in July, the club said"), where the article has a date."""
    if reference is None or not direction or not is_month(text) or any(c.isdigit() for c in text):
        return None
    other = period_range(text, reference, -direction)
    return (float(other[0].toordinal()), float(other[1].toordinal())) if other else None


def _other_reading(weekday: int, reference: dt.date, direction: int) -> dt.date:
    """The day a weekday means in the other tense than ``direction`` (for an unknown tense, 0, read as the nearer
    day: the farther one)."""
    if direction:
        return resolve_weekday(weekday, reference, -direction)
    behind = resolve_weekday(weekday, reference, -1)
    return resolve_weekday(weekday, reference, 1) if resolve_weekday(weekday, reference, 0) == behind else behind


def _inferred_weekday(
    q: Quantity, sentence: str, story: Sequence[dt.date]
) -> tuple[tuple[float, float], tuple[float, float] | None] | None:
    """The days a weekday of an undated article can mean, read in its sentence's tense on every day from the
    story's first date to its last (at most :data:`INFERRED_SPREAD` apart), joined; and the same for the other
    tense where the tense was guessed (no "this", "next" or "last")."""
    written = _story_days(story)
    if not written or q.unit not in WEEKDAYS:
        return None
    modifier = weekday_modifier(q)
    direction = quantity_direction(q, sentence, modifier)

    def joined(tense: int) -> tuple[float, float]:
        days = [resolve_weekday(WEEKDAYS[q.unit or ""], day, tense).toordinal() for day in written]
        return float(min(days)), float(max(days))

    return joined(direction), None if modifier else joined(-direction)


def _inferred_range(text: str, story: Sequence[dt.date], direction: int) -> tuple[dt.date, dt.date] | None:
    """The days a relative period of an undated article can mean, written on any day from the story's first date to
    its last (at most :data:`INFERRED_SPREAD` days apart; further, the period is left unresolved)."""
    return hull([period_range(text, day, direction) for day in _story_days(story)])


def _story_days(story: Sequence[dt.date]) -> list[dt.date]:
    """Every day from the story's first date to its last; none where they are more than :data:`INFERRED_SPREAD`
    days apart, or fewer than :data:`INFERRED_FROM` articles are dated."""
    if len(story) < INFERRED_FROM:
        return []
    first, last = min(story), max(story)
    spread = (last - first).days
    return [] if spread > INFERRED_SPREAD else [first + dt.timedelta(days=n) for n in range(spread + 1)]


def dates_a_statement(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether a day dates a statement rather than an event.

    So it does next to a reporting verb: one of the :data:`STATEMENT_REACH`
    words before it ("said Tuesday", "told reporters on Tuesday"), the word
    right after it ("on Tuesday said"), or, for a day opening its sentence,
    one of the words after it ("On Tuesday, officials said …").
    """
    head = WORD.findall(body[sentence.start : q.span.start])
    after = WORD.findall(body[q.span.end : min(sentence.end, q.span.end + 60)])
    near = after[:1] + (after[:STATEMENT_REACH] if len(head) <= 1 else [])
    before = range(max(0, len(head) - STATEMENT_REACH), len(head))
    return any(w.lower() in REPORTING_VERBS for w in near) or any(
        head[k].lower() in REPORTING_VERBS and not a_document_acted_on(head, k) for k in before
    )


DOCUMENT_MODIFIERS = 1
"""Most words between a determiner and a reporting word read as its noun ("its final report", "its 312-page report":
the measure's noun is one word)."""


def a_document_acted_on(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a word of ``lexicon.REPORTING_VERBS``, is the noun of a document another verb acts on,
    not a verb of saying: a definite or possessive determiner opens its noun phrase (``lexicon.DEFINITE_DETERMINERS``:
    "its report", not "a report", one of several; at most
    :data:`DOCUMENT_MODIFIERS` words in lower case between) and a verb in lower case stands right before that, no
    function word and no reporting verb ("the inquiry issued its report on Wednesday", "will publish its final report
    on Wednesday": the day dates the report's act; not "said in its report on Tuesday", "told the reporter")."""
    if is_past_form(words[k].lower()):
        return False  # "the company said on Monday": a past form is the verb
    for opening in range(k - 1, max(-1, k - 2 - DOCUMENT_MODIFIERS), -1):
        if words[opening].lower() in DEFINITE_DETERMINERS:
            return opening > 0 and _acts_on(words, opening - 1)
        if words[opening] != words[opening].lower():
            return False
    return False


def _acts_on(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a verb that acts on the noun phrase after it: a past form ("issued") or a form after a
    modal or "to" ("will publish", "to release"), no reporting verb ("told its staff")."""
    verb = words[k]
    if verb != verb.lower() or verb in REPORTING_VERBS or verb in ENGLISH_FUNCTION_WORDS:
        return False
    return is_past_form(verb) or (k > 0 and words[k - 1].lower() in _VERB_OPENERS)


_VERB_OPENERS = MODAL_VERBS | {"to"}
"""Words before a verb's plain form ("will publish", "is to release")."""


def statistic_periods(analysis: ArticleAnalysis, months: list[Quantity]) -> set[Span]:
    """The months right after a share, the period of a statistic ("inflation fell to 3.1% in March"): they date the
    share's sentence (:attr:`Fact.days`: 3.1% in March and 3.4% in February are two figures) but are no event's
    day to compare themselves."""
    body = analysis.article.body
    shares = {q.span.end for q in analysis.quantities if q.kind == "percent"}
    periods = set()
    for q in months:
        opening = _AFTER_SHARE.search(body, max(0, q.span.start - 12), q.span.start)
        if opening is not None and opening.start() in shares:
            periods.add(q.span)
    return periods


_FULL_MONTH_NAMES = alternation({m.capitalize() for m in MONTH_NAMES})


_IN_MONTH = re.compile(
    rf"[Ii](?<!\w[Ii])n\s+(?P<period>(?:(?:early|mid|late)[\s-])?(?:{_FULL_MONTH_NAMES})(?:\s+\d{{4}})?)\b"
    r"(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)"
)
r"""A month named as the period something happened in ("in March", "in early March", "in March 2024", "In March, 300
people left"; not "in March 3", a day the quantities read). ``\b[Ii]n`` is written opening on the letter, which the
scan skips to (:mod:`newsfuse.scan`)."""


_AFTER_SHARE = re.compile(r"\s+[Ii]n\s+$")
"""The "in" of a month and the space before it, to find a share right before ("3.1% in March")."""


def month_periods(analysis: ArticleAnalysis) -> list[Quantity]:
    """The months the article names as periods (:data:`_IN_MONTH`), as relative dates in their sentences, which
    :func:`newsfuse.article.dates.period_range` resolves; read here, not among the article's quantities, so other
    stages see what they saw. A month alone that is a word of a person's name the article writes is none
    (:func:`_month_names_of_people`: "confidence in May")."""
    body = analysis.article.body
    starts = [s.start for s in analysis.sentences]
    named: frozenset[str] | None = None  # read at the first month written alone: most articles write none
    out = []
    for m in _IN_MONTH.finditer(body):
        at = bisect.bisect_right(starts, m.start()) - 1
        if at < 0 or m.end() > analysis.sentences[at].end:
            continue
        text = m.group("period")
        if text.lower() in MONTH_NAMES and named is None:
            named = _month_names_of_people(analysis)
        if named and text.lower() in named:
            continue  # "confidence in May" where the article names Rhona May: the person as likely as the month
        span = Span(m.start("period"), m.end("period"))
        out.append(
            Quantity(article=analysis.article.id, span=span, text=text, kind="relative_date",
                     unit=" ".join(text.lower().split()), context=analysis.sentences[at].span)
        )  # fmt: skip
    return out


_NAMED_MONTH = re.compile(rf"\b(?P<given>[A-Z][a-z]+)\s+(?P<month>{_FULL_MONTH_NAMES})\b")
"""A capitalised word right before a full month name: a person's given name and surname ("Rhona May") unless the
word is a function word or a word of time (:data:`_NOT_GIVEN_BEFORE_MONTH`: "In May", "Last May")."""


_NOT_GIVEN_BEFORE_MONTH = (
    ENGLISH_FUNCTION_WORDS | frozenset(["last", "early", "late", "mid", "next", "every"]) | set(MONTHS) | set(WEEKDAYS)
)


def _month_names_of_people(analysis: ArticleAnalysis) -> frozenset[str]:
    """The full month names (lower case) the article writes as a person's surname, after a capitalised word that is
    no function word or word of time ("Rhona May", "councillor Ann June"): "in May" alone may be the person there
    ("confidence in May"); with a year or a part ("in May 2024", "in early May") it is the month."""
    return frozenset(
        m.group("month").lower()
        for m in _NAMED_MONTH.finditer(analysis.article.body)
        if m.group("given").lower() not in _NOT_GIVEN_BEFORE_MONTH
    )


def dated_facts(facts: list[Fact], body: str) -> list[Fact]:
    """Each value gets the days of events its sentence gives (:attr:`Fact.days`; a guessed weekday: the reading its
    tense gives, the other one being for comparing days, where keeping it is the cautious side), and the year "in"
    which its own clause tells it happened (:func:`_clause_years`)."""
    days: dict[int, list[tuple[float, float]]] = {}
    spans: dict[int, list[Span]] = {}
    for f in facts:
        if f.cls[0] == "date" and not f.statement:
            days.setdefault(f.sentence.start, []).append((f.low, f.high))
            spans.setdefault(f.sentence.start, []).append(f.quantity.span)
    years: dict[int, list[Fact]] = {}
    for f in facts:
        if f.cls == ("year", "") and _IN_BEFORE.search(body, max(0, f.quantity.span.start - 4), f.quantity.span.start):
            years.setdefault(f.sentence.start, []).append(f)
    if not days and not years:
        return facts
    out = []
    for f in facts:
        start = f.sentence.start
        if f.cls[0] in ("date", "weekday") or (start not in days and start not in years):
            out.append(f)
            continue
        found, where = list(days.get(start, [])), list(spans.get(start, []))
        for span, year in _clause_years(f, years.get(start, []), body):
            found.append(year)
            where.append(span)
        out.append(dataclasses.replace(f, days=_days_of(f, found, where)) if found else f)
    return out


_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
"""The "in" right before a year that dates an event ("signed a four-year deal in 2021"; not "since 2009", "by 2031")."""


def _clause_years(f: Fact, years: list[Fact], body: str) -> list[tuple[Span, tuple[float, float]]]:
    """The years after "in" (of class ``("year", "")``, never a "since" year) in ``f``'s sentence and clause (no
    :data:`CLAUSE_BREAK` between them: "The plant, opened in 1987, will cut 300 jobs" gives the cut no year), each
    as its first and last day: the year of the event the clause tells ("Reyes had signed a four-year deal with Dale
    City in 2021": not the deal of another outlet's "signed on Friday")."""
    out = []
    for y in years:
        if y.sentence != f.sentence or y is f or not dt.MINYEAR <= (y.quantity.value or 0) <= dt.MAXYEAR:
            continue
        first, last = sorted((f.quantity.span, y.quantity.span), key=lambda s: s.start)
        if CLAUSE_BREAK.search(body, first.end, last.start) is None:
            year = int(y.quantity.value or 0)
            out.append(
                (y.quantity.span, (float(dt.date(year, 1, 1).toordinal()), float(dt.date(year, 12, 31).toordinal())))
            )
    return out


def _days_of(f: Fact, days: list[tuple[float, float]], spans: list[Span]) -> tuple[tuple[float, float], ...]:
    """The days of events ``f``'s sentence gives; for a place in a race only the nearest one, the day of its race
    ("Pike, who finished fifth last year, ran again on Sunday": last year)."""
    if f.cls[0] != "rank":
        return tuple(days)
    at = f.quantity.span
    distance = [max(s.start - at.end, at.start - s.end) for s in spans]
    return (days[distance.index(min(distance))],)


def plan_then_report(a: Fact, b: Fact) -> bool:
    """Whether one day is a plan and the other a later outlet's report: an update, not a disagreement.

    A day wholly after its article's date is a plan or an expectation ("will
    vote later this week"); a day on or before its article's date reports what
    happened ("voted on Monday"). Where the report was written after the plan,
    the plan may have moved in between; where it was written first, the plan's
    outlet says that what another outlet already reported has not happened,
    and that is compared. So is a plan another outlet wrote about once the
    plan's first day had come ("will vote on Friday" written a week before
    "will vote later this week"): whatever the later outlet says then, a new
    plan or what happened, is an update of a plan that is out of date.
    A plan and a report whose sentences each give figures, none of them the
    other's, are two occurrences the figures tell apart ("reached 38C on
    Sunday" / "is forecast to reach 41C on Tuesday": two days' heat); so are a
    plan and a report of two verbs, neither among the other's words
    (``Fact.verb``: "found lead in the pipes in March" / "will replace the
    pipes in August": two acts).
    """
    for plan, report in ((a, b), (b, a)):
        if plan.published is None or report.published is None or plan.inferred or report.inferred:
            continue
        written = report.published.toordinal()
        ahead, done = plan.low > plan.published.toordinal(), report.high <= written
        if ahead and report.published > plan.published and (done or written >= plan.low):
            return True
        if ahead and done and plan.figures and report.figures and not plan.figures & report.figures:
            return True
        if ahead and done and _other_day_verbs(plan, report):
            return True
    return False


def _other_day_verbs(a: Fact, b: Fact) -> bool:
    """Whether two days date acts of two verbs (``Fact.verb``), neither among the other's words."""
    return bool(a.verb and b.verb and a.verb != b.verb and a.verb not in b.words and b.verb not in a.words)


def forecast_then_update(a: Fact, b: Fact) -> bool:
    """Whether one count or amount is a forecast and the other an outlet's figure written on a later day: an
    update, not a disagreement (what :func:`plan_then_report` says of days). "The mayor will announce 12 new bus
    routes" (written on Monday) and "the mayor announced 15 new bus routes" (on Wednesday): the plan may have grown
    in between. A forecast written after the other figure, or on its day, is compared."""
    for plan, later in ((a, b), (b, a)):
        if plan.ahead and plan.published and later.published and later.published > plan.published:
            return True
    return False


OUTCOME_GAP = 14
"""Days before a plan's writing beyond which another outlet's dated figure is an earlier outcome, not the plan's
announcement (:func:`plan_after_outcome`): the news of a plan is a week or two old at most."""


def plan_after_outcome(a: Fact, b: Fact) -> bool:
    """Whether one count or amount is ahead of its writing (``Fact.ahead``: "will cut 1,200 jobs") and the other's
    sentence dates its event wholly more than :data:`OUTCOME_GAP` days before that writing ("cut 300 jobs two years
    ago"): a plan and an earlier outcome, two occurrences (what :func:`on_other_days` says of two dated sentences).
    A day nearer the writing may date the plan's own announcement ("announced 1,500 job cuts on Monday")."""
    for plan, done in ((a, b), (b, a)):
        before = plan.published.toordinal() - OUTCOME_GAP if plan.published else None
        if plan.ahead and before is not None and done.days and all(high < before for _, high in done.days):
            return True
    return False


def on_other_days(a: Fact, b: Fact) -> bool:
    """Whether two values' sentences date their events on days that cannot be one ("met Sunday … for the first
    time" / "Thursday's meeting … the second time"): two occurrences, so two facts, whatever their words share."""
    return bool(a.days and b.days) and not any(ranges_meet(x, y) for x in a.days for y in b.days)


LONGEST_LENGTH_UNIT = 7
"""Days in the longest unit an event's length is read in (:func:`event_length`): a week. Longer units are the lengths
of things a day's act makes ("signed a four-year contract on Friday", "a 10-year plan approved on Tuesday"), not of
the act, and would take a day's disagreements away."""
_LENGTH_UNITS = {unit: days for unit, days in DAYS_IN_UNIT.items() if days <= LONGEST_LENGTH_UNIT}
_DURATION = re.compile(
    rf"(?:(?P<lead>\b(?:{alternation(LENGTH_LEADS)})\s+)?)(?<![\w-])(?P<n>\d{{1,3}}|{alternation(CARDINAL_WORDS)})"
    rf"(?P<mark>[\s-])(?P<unit>{alternation(_LENGTH_UNITS)})s?\b(?P<offset>[\s-]+(?:{alternation(OFFSET_WORDS)})\b)?",
    re.IGNORECASE,
)
"""A count of days or weeks, with a word before it that makes it a length (``lexicon.LENGTH_LEADS``: "for ten
days", "over two weeks") and a word after it that makes it a distance between two times (``lexicon.OFFSET_WORDS``:
"two days later") where they stand; a hyphen makes it a length too ("a ten-day walkout")."""
_BOUNDARY_VERBS = frozenset(stem(w) for w in EVENT_BOUNDARY_VERBS)
_LENGTH_UNIT = re.compile(rf"(?<![a-z])(?:{alternation(_LENGTH_UNITS)})s?\b")
"""A unit of :data:`_DURATION` as a word of its own (not "Monday"), in a sentence in lower case: what a sentence
must write to give a length."""
_AGO = " ago"
"""What follows a count of days that :func:`newsfuse.article.dates.is_ago` reads as a relative date."""


LONGEST_EVENT_DAYS = 14
"""The most days a length widens a date by (:func:`over_their_length`): a festival's or a strike's fortnight. A
longer count ("for 30 days", "for 999 weeks") is read as this many: a day's disagreement beyond it stays one."""
_TIED_BREAKS = frozenset({",", "and"})
"""The clause breaks that may stand between a date and a length written AFTER it ("took place on May 2 and ran for
ten days", "on strike on May 1, the start of a twelve-day walkout"): the same event's next predicate or an
apposition saying the day starts it. Any other break ("; the ferry, out of service for ten days, …") unties them."""
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
"""A "from" right before a date: the date is the first of the event's days ("held over nine days from May 3")."""


def _lengths(body: str, sentence: Span) -> list[tuple[int, int, int]]:
    """The lengths in days or weeks a sentence gives an event (:data:`_DURATION`), as (start, end, days): only a
    count with a lead word (``lexicon.LENGTH_LEADS``: "for ten days") or a hyphen ("a ten-day walkout"); a bare count
    ("within 30 days", "after 100 days in captivity") is a deadline's or another wait's, no length of a dated act.
    Days are capped at :data:`LONGEST_EVENT_DAYS`."""
    text = body[sentence.start : sentence.end].lower()
    if not any(unit in text for unit in _LENGTH_UNITS) or _LENGTH_UNIT.search(text) is None:
        return []  # most sentences name no day or week as a unit: cheap tests first
    found = []
    for m in _DURATION.finditer(body, sentence.start, sentence.end):
        if is_ago(body[m.start("n") : m.end() + len(_AGO)]):
            continue  # "ten days ago": a relative date, no length
        if not m.group("lead") and m.group("mark") != "-":
            continue  # "within 30 days", "two days later": no length of the dated act
        written = m.group("n").lower()
        count = int(written) if written.isdigit() else CARDINAL_WORDS.get(written, 0)
        days = min(int(count) * _LENGTH_UNITS[m.group("unit").lower()], LONGEST_EVENT_DAYS)
        found.append((m.start(), m.end(), days))
    return found


def event_length(body: str, sentence: Span) -> int:
    """The most days a sentence says an event lasts in days or weeks (:func:`_lengths`, :data:`LONGEST_LENGTH_UNIT`,
    :data:`LONGEST_EVENT_DAYS`), or 0 where it gives no length."""
    return max((days for _, _, days in _lengths(body, sentence)), default=0)


def _reach(body: str, span: Span, lengths: list[tuple[int, int, int]], width: int = 1) -> tuple[int, int]:
    """How many days before and after a date at ``span`` its event may run, by the lengths of its sentence tied to
    it: a length AFTER the date with no break between but :data:`_TIED_BREAKS` makes the date the first day (forward
    only); a length BEFORE it with no clause break between ("for ten days from May 3", "a ten-day strike on May 5")
    lets the day be any of them (either way), forward only after "from". A date ``width`` days long reaches the
    length less its own days ("for ten days last month" is within the month)."""
    back = ahead = 0
    for start, end, length in lengths:
        days = length - width + 1
        if start >= span.end:
            breaks = {m.group().lower() for m in CLAUSE_BREAK.finditer(body, span.end, start)}
            if breaks <= _TIED_BREAKS:
                ahead = max(ahead, days - 1)
        elif end <= span.start and CLAUSE_BREAK.search(body, end, span.start) is None:
            ahead = max(ahead, days - 1)
            if _FROM.search(body[end : span.start]) is None:
                back = max(back, days - 1)
    return back, ahead


_FIRST_DAY, _LAST_DAY = 1, dt.date.max.toordinal()
"""The calendar's ordinals: a widened date is clamped to them (``datetime.date.fromordinal`` takes no other)."""


def over_their_length(facts: list[Fact], body: str) -> list[Fact]:
    """Each date of an event widened over the length its sentence ties to it (:func:`_lengths`, :func:`_reach`):
    "took place on May 2 and ran for ten days" is May 2 to May 11, "on strike on May 1, the start of a twelve-day
    walkout" May 1 to May 12, "a nine-day fair, on May 5" May 5 give or take eight days. Not a day after a verb naming
    the event's first or last day (``lexicon.EVENT_BOUNDARY_VERBS``: "opened on May 2 and ran for ten days" is May 2),
    a day that dates a statement, a headline's day, nor a day a length is not tied to ("out of service for ten days
    last month, ran aground on Tuesday"; "freed on May 2 after 100 days in captivity")."""
    lengths: dict[int, list[tuple[int, int, int]]] = {}
    out = []
    for f in facts:
        if f.cls[0] != "date" or f.statement or f.in_title or f.verb in _BOUNDARY_VERBS:
            out.append(f)
            continue
        if f.sentence.start not in lengths:
            lengths[f.sentence.start] = _lengths(body, f.sentence)
        back, ahead = _reach(body, f.quantity.span, lengths[f.sentence.start], int(f.high - f.low) + 1)
        if not back and not ahead:
            out.append(f)
            continue
        widened = (max(f.low - back, _FIRST_DAY), min(f.high + ahead, _LAST_DAY))
        out.append(dataclasses.replace(f, low=widened[0], high=widened[1], figure=widened))
    return out


def with_neighbouring_days(facts: list[Fact], shift: int) -> list[Fact]:
    """The one-day words of an article stamped near midnight UTC (``article.dates.DAY_SHIFTS``: "today",
    "yesterday", "last night"; ``shift``: :func:`newsfuse.article.dates.utc_day_shift`) with the neighbouring day
    as their other reading (``Fact.alternative``): "today" in a story stamped 02:00 UTC may be the evening before
    where it was written; only a day neither reading meets disagrees."""
    if not shift:
        return facts
    return [
        dataclasses.replace(f, alternative=(f.low + shift, f.high + shift))
        if f.cls[0] == "date" and f.quantity.kind == "relative_date" and (f.quantity.unit or "") in DAY_SHIFTS
        else f
        for f in facts
    ]
