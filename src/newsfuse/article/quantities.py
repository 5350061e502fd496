"""Numbers, amounts, percentages and dates in an article.

Rule-based and fast: one pass of regular expressions per kind, most specific
first (a full date before its weekday and day number, an amount of money
before its bare number), no span claimed twice. Each quantity carries the
sentence it stands in (``context``), which is what the story stages compare.

Relative dates ("on Wednesday", "this Friday", "yesterday") are resolved
against the article's publication date or dateline
(:func:`newsfuse.article.dates.reference_date`); a weekday is read as the
coming one when its sentence speaks of the future ("will", "is expected",
"set for", "next") or only in the present ("the election is Thursday"), and
as the past one otherwise, as news prose does. Where
the article has no date the quantity keeps ``date=None``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable

import msgspec

from newsfuse.article.dates import (
    DAY_SHIFTS,
    MONTHS,
    WEEKDAYS,
    iso_partial,
    reference_date,
    resolve_weekday,
    shifted,
)
from newsfuse.article.stems import stem
from newsfuse.lexicon import (
    AHEAD_BEFORE_TO,
    CALENDAR_UNITS,
    CLOCK_UNITS,
    CONJUNCTIONS,
    ENGLISH_FUNCTION_WORDS,
    NOT_UNIT_WORDS,
    OCCASION_NOUNS,
    PAST_AUXILIARIES,
    REGULAR_PAST,
    RELATIVE_PERIODS,
    TIME_UNITS,
    TOTAL_AFTER,
    UNMARKED_PLURALS,
    alternation,
    is_past_form,
)
from newsfuse.lexicon.measure_qualifiers import CODE_NOUNS, TEMPERATURE_CHANGE_AFTER, TEMPERATURE_CHANGE_BEFORE
from newsfuse.lexicon.number_words import (
    AGE_DECADE_NOUNS,
    CARDINAL_WORDS,
    DECADE_WORDS,
    ORDINAL_WORDS,
    PART_DETERMINERS,
    SCALE_WORDS,
    VAGUE_NUMBERS,
)
from newsfuse.model import Article, Quantity, Sentence, Span
from newsfuse.scan import word_start

__all__ = [
    "AGE_DECADE_UNIT",
    "HALF_REACH",
    "LOCAL_REACH",
    "MAJORITY_VALUE",
    "ONE_UNIT_FEWEST_DAYS",
    "ONE_UNIT_MOST_MONTHS",
    "POSSESSIVE_MARK",
    "TEMPERATURE_CHANGE_UNIT",
    "TEMPERATURE_UNIT",
    "WORD_NUMBERS",
    "find_quantities",
    "headline_article",
    "headline_quantities",
    "nearest_year",
    "quantity_direction",
    "sentence_direction",
    "weekday_direction",
    "weekday_modifier",
]

WORD_NUMBERS: dict[str, float] = {
    **{word: float(n) for word, n in CARDINAL_WORDS.items() if n >= 2},
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
"""Number words read as counts: the lexicon's cardinals from two up, and the round words."""

_SCALE_VALUES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALES = {
    **{word: _SCALE_VALUES[word] for word in SCALE_WORDS},  # the lexicon says which words; a new one needs its value
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
"""What a scale after a figure multiplies it by: the lexicon's scale words ("2 million") and the abbreviations."""
_SCALE_WORD = "(?i:" + alternation(SCALE_WORDS) + ")"
"""Any of the lexicon's scale words, in any case ("$3 Billion" in a headline)."""
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "€": "EUR",
    "dollars": "USD",
    "pounds": "GBP",
    "euros": "EUR",
    "dollar": "USD",
    "euro": "EUR",
}
"""Currency signs and words, and the currency each names; the singular word is read after a scale only ("a 3
billion dollar link"), never "pound", also a weight."""

_MONTH_NAMES = alternation(MONTHS)
_WEEKDAY_NAMES = "|".join(re.escape(day.capitalize()) for day in WEEKDAYS)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = alternation(WORD_NUMBERS)


def _any_word(words: Iterable[str]) -> str:
    """A regex for any of ``words`` at a word's start, the longest tried first, in the given case
    (:func:`newsfuse.scan.word_start`; no pattern that holds one is compiled with ``re.IGNORECASE``)."""
    return word_start(sorted(words, key=len, reverse=True))


_MONTHS = _any_word({m.capitalize() for m in MONTHS})
_WEEKDAYS_RX = _any_word(w.capitalize() for w in WEEKDAYS)
# Every pattern starts on a character class, never on ``\\b``, so the scan is cheap; what
# stands before a match (the weekday of "Thursday, February 27", the number of "24 hours
# before", of "5 per cent") is read back from the text before it.
_DATE_MONTH_FIRST = re.compile(
    rf"(?P<m1>{_MONTHS})\.?,?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?"
)
_DATE_DAY_FIRST = re.compile(
    rf"\d(?<!\w\d)(?:\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\b\.?(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|\d{{3}}-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)"
)
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY_NAMES}),?\s+$")
_MONEY = re.compile(rf"(?P<cur>US\$|\$|£|€)\s?(?P<num>{_NUM})(?:[\s-]?(?P<scale>{_SCALE_WORD}|bn|mn|tn|m|b|k)\b)?")
"""An amount after its currency sign, with its scale written apart, joined or hyphenated ("$3.1 billion", "$3.1bn",
"the $3.1-billion link")."""
_CURRENCY_WORD = re.compile(rf"{word_start(['dollars', 'pounds', 'euros', 'dollar', 'euro'])}\b")
_AMOUNT_BEFORE = re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s?(?P<scale>{_SCALE_WORD}|bn|mn|tn)?[\s-]$")
"""An amount before its currency's word, with its scale written apart or joined ("3.1 billion euros", "3.1bn
euros")."""
# Percentages are found by their unit, then the number before it is read back.
_PERCENT = re.compile(r"%|p(?<!\wp)(?:er\s?cent|ercentage points?|ercent)\b")
_NUMBER_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<num>{_NUM}|{_WORDNUM})\s?$", re.IGNORECASE)
_RELATIVE = re.compile(
    _any_word(
        [
            *(re.escape(phrase).replace(r"\ ", " ") for phrase in RELATIVE_PERIODS),
            *(f"{u}s? (?:ago|before|after|earlier|later)" for u in ("hour", "day", "week", "month", "year")),
        ]
    )
    + r"\b"
)
"""The relative dates of the lexicon (:mod:`newsfuse.lexicon.relative_dates`) and counts of units before or after."""
_RELATIVE_COUNT = re.compile(r"(?P<unit>hours?|days?|weeks?|months?|years?) (?P<dir>ago|before|after|earlier|later)")
_COUNT_BEFORE = re.compile(rf"(?:^|\s)(?P<n>{_NUM}|{_WORDNUM}|a|an) $", re.IGNORECASE)
_WEEKDAY = re.compile(rf"(?P<wd>{_WEEKDAYS_RX})\b")
_WEEKDAY_MODIFIER = re.compile(r"(?:^|(?<=\W))(?P<mod>[Tt]his|[Nn]ext|[Ll]ast|[Oo]n) $")
_NUMBER = re.compile(
    r"(?P<num>\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
    rf"(?:\s?(?P<scale>{_SCALE_WORD}|bn|mn)\b)?(?![\w])"
)
_WORD_NUMBER = re.compile(rf"(?P<word>{_any_word(WORD_NUMBERS)})\b(?:\s(?P<wscale>{_SCALE_WORD})\b)?")
_TENS = frozenset(word for word, value in CARDINAL_WORDS.items() if value >= 20)
_TENS_UNIT = re.compile(rf"[-\s]({'|'.join(word for word, value in CARDINAL_WORDS.items() if 0 < value < 10)})\b")
"""A unit word after a tens word, joined by a hyphen or a space: "twenty-five", "thirty seven" are one number."""
_DOZEN_AFTER = re.compile(r"\s(?i:dozen)\b")
"""A dozen after a count multiplies it ("two dozen", "3 dozen")."""
_HALF_BEFORE = re.compile(r"\bhalf\s+an?\s+$")
"""Half before "a dozen" halves it ("half a dozen homes": six)."""
HALF_REACH = 8
"""Characters before "dozen" searched for "half a" (:data:`_HALF_BEFORE`)."""
_VAGUE_NUMBER = re.compile(rf"(?P<vague>{_any_word(VAGUE_NUMBERS)})\s+of\b")
_HYPHEN_UNIT = re.compile(r"-(?P<unit>[a-z]+(?:-old)?)\b")
_NAMED_UNIT = re.compile(r"\s+(?:of\s+(?:its|their|the)\s+)?((?:(?:[A-Z][\w.’'-]*|and|&)\s+){1,4})([a-z][a-z-]*s)\b")
_UNIT_WORD = re.compile(
    r"\s+(?:(?:more|fewer|extra|additional|new|other|of the|of its|of their|of our|of)\s+)?([a-z][a-z-]+)"
)
"""The word after a count, past "more", "new", "of the", "of its" ... ("150 of its branches")."""
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:its|their|the|our|his|her|all)\s+\d(?:\d{0,2}(?:,\d{3})+|\d*)(?![\w.,]\w)")
"""A count of a part, before the count of its whole: "120 of its 900 branches" counts branches, as "900" does."""
_TOTAL_AFTER = re.compile(
    r"[,\s]+(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in TOTAL_AFTER) + r")\b", re.IGNORECASE
)
"""A phrase after a figure that makes it the total of the plural noun before it (``lexicon.TOTAL_AFTER``)."""
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going to|set to|set for|expected|due|scheduled|plans? to|planning|next|upcoming|"
    rf"is to|are to|would|{alternation(AHEAD_BEFORE_TO)} to)\b|['’]ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = f"{'|'.join(PAST_AUXILIARIES)}|said|told|{REGULAR_PAST}"
"""The words of a past tense a weekday's sentence is read by: "was", "said", a regular "-ed" form."""
_PAST = re.compile(rf"\b(?:{_PAST_WORDS})\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are)\b", re.IGNORECASE)
_PAST_MOD = {"last"}
_FUTURE_MOD = {"next", "this"}
_NOT_UNITS = NOT_UNIT_WORDS


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    try:
        return float(text)
    except ValueError:
        return None


_LOCAL_FUTURE = re.compile(
    r"(?:will|shall|won't|going|expected|due|scheduled|next|upcoming|would|'ll|’ll)$",
    re.IGNORECASE,
)
"""A word that puts a nearby weekday ahead. Not "plan" or "planning": read alone they are as often nouns ("voted
on the plan on Monday") as the verb the sentence's tense reads with its "to" ("plans to vote on Monday"). Not
"set" alone either: it is a noun ("a set of rules"), a past form ("set out on Monday", "had set") and a present;
only "set to" and "set for" put a day ahead (:data:`_SET_AHEAD`), as the sentence's tense reads them."""
_SET_AHEAD = (["to"], ["for"])
"""The word after "set" that makes it say a day is ahead ("set to vote on Monday", "set for Monday")."""
_LOCAL_PAST = re.compile(rf"(?:{_PAST_WORDS})$", re.IGNORECASE)
_PASSIVE = frozenset(["be", "been", "being"])
LOCAL_REACH = 5
"""Words before a weekday (and half as many after) whose tense decides it before the sentence's does."""
_NEXT_CLAUSE = re.compile(rf"[;:–—]|\b(?:{alternation(CONJUNCTIONS)})\b", re.IGNORECASE)
"""What opens another clause after a weekday: a coordinating conjunction or a strong mark. Where the weekday's own
clause has a tense, the tense behind it is the other clause's ("held talks on Tuesday and will meet again next
month": the talks are past); where it has none, the sentence's decides ("Talks begin on Tuesday and will run until
Friday": ahead)."""


def weekday_direction(sentence: str, at: int, end: int, modifier: str | None = None) -> int:
    """Whether the weekday at ``sentence[at:end]`` lies ahead (+1) or behind (-1) the writing date.

    The tense nearest the weekday decides ("Senators said Wednesday the bill
    will pass": the saying, past; "will vote on Wednesday": ahead), a
    participle after "be" being passive, not past ("will be held Wednesday");
    failing a verb nearby, the sentence's tense (:func:`sentence_direction`). Words after a conjunction or a strong
    mark following the weekday are another clause's (:data:`_NEXT_CLAUSE`) and read by neither.
    """
    cut = _NEXT_CLAUSE.search(sentence, end)
    if cut and _has_tense(sentence[: cut.start()]):
        sentence = sentence[: cut.start()]
    mod = (modifier or "").lower()
    if mod in _PAST_MOD or mod in _FUTURE_MOD:
        return sentence_direction(sentence, modifier)
    before = re.findall(r"[\w'’]+", sentence[:at])[-LOCAL_REACH:]
    after = re.findall(r"[\w'’]+", sentence[end:])[: (LOCAL_REACH + 1) // 2]
    if POSSESSIVE_MARK.match(sentence, end) and sentence[at:end].lower() in WEEKDAYS:
        return _possessive_direction(sentence, after, modifier)
    near = sorted(
        [(len(before) - k, w, before[k - 1] if k else "", before[k + 1 : k + 2]) for k, w in enumerate(before)]
        + [(k + 1, w, after[k - 1] if k else "", after[k + 1 : k + 2]) for k, w in enumerate(after)],
        key=lambda t: t[0],
    )
    for _, word, previous, following in near:
        if _puts_ahead(word, following):
            return 1
        if _LOCAL_PAST.fullmatch(word) and previous.lower() not in _PASSIVE:
            return -1
    return sentence_direction(sentence, modifier)


def _has_tense(clause: str) -> bool:
    """Whether a clause has a verb that tells its tense: a simple past (``lexicon.is_past_form``, irregular ones
    too: "held") or a word of the future (:data:`_FUTURE`). Not "is" or "are": a relative clause's present ("Ana
    Vell, who is 52 and lives in Kesby") says nothing of the day's."""
    return any(is_past_form(w.lower()) for w in _LOWER_WORD.findall(clause)) or _FUTURE.search(clause) is not None


def _puts_ahead(word: str, following: list[str]) -> bool:
    """Whether a word near a weekday (``following``: the word after it, if any) puts the day ahead."""
    after = [w.lower() for w in following]
    lower = word.lower()
    return (
        bool(_LOCAL_FUTURE.fullmatch(word))
        or (lower == "set" and after in _SET_AHEAD)
        or (lower in AHEAD_BEFORE_TO and after == ["to"])
    )


POSSESSIVE_MARK = re.compile(r"['’]s\b")
"""The possessive after a word ("Tuesday's vote"): the weekday then dates the noun after it."""


def _possessive_direction(sentence: str, after: list[str], modifier: str | None) -> int:
    """The tense of a weekday in the possessive ("Tuesday's vote"): the noun after it names an event with no tense
    of its own, so the sentence's verb, another event, does not date it ("will close after Tuesday's vote": the
    closing is ahead, the vote may be behind). Its own verb right after the noun decides ("Tuesday's vote was
    close"); failing one, a sentence in the past places it in the past (what is told as past happened around a
    past event), any other sentence leaves the tense unknown (0: the nearer such day, see
    :func:`newsfuse.article.dates.resolve_weekday`)."""
    for k, word in enumerate(after):
        if _puts_ahead(word, after[k + 1 : k + 2]):
            return 1
        if _LOCAL_PAST.fullmatch(word):
            return -1
    return min(sentence_direction(sentence, modifier), 0)


def weekday_modifier(q: Quantity) -> str | None:
    """The word that fixes a found weekday's week ("this", "next", "last"), where one is written."""
    first = q.text.split()[0].lower() if " " in q.text.strip() else ""
    return first if first in ("this", "next", "last") else None


def quantity_direction(q: Quantity, sentence: str, modifier: str | None = None) -> int:
    """:func:`weekday_direction` of a found day, ``sentence`` being the text of its sentence (``q.context``)."""
    at = q.span.start - q.context.start if q.context else 0
    return weekday_direction(sentence, at, at + len(q.span), modifier)


def sentence_direction(sentence: str, modifier: str | None = None) -> int:
    """Whether a weekday in ``sentence`` lies ahead (+1) or behind (-1) the writing date."""
    mod = (modifier or "").lower()
    if mod in _PAST_MOD:
        return -1
    if mod == "next":
        return 1
    if _FUTURE.search(sentence) or mod in _FUTURE_MOD:
        return 1
    if _PAST.search(sentence):
        return -1
    if _PRESENT.search(sentence):
        return 1  # "The election is Thursday": a scheduled event
    return -1


def _plural(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun: :func:`_s_plural` or one of
    :data:`newsfuse.lexicon.UNMARKED_PLURALS`."""
    return word in UNMARKED_PLURALS or _s_plural(word)


def _s_plural(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun by its final "s" (not "ss", "us", "is"; not "was", "has")."""
    return (
        len(word) > 2
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in ENGLISH_FUNCTION_WORDS
    )


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]+)\b")
"""A word after the word after a count: the head where those before it name a kind of it ("150 bank branches")."""
HEAD_REACH = 2
"""Words after a count's first word searched for the plural that heads its noun phrase ("150 local bank branches";
not past a function word: "150 local jobs" is whole)."""


def _head(body: str, word: str, end: int, count: float | None) -> str:
    """The noun a count counts, given ``word`` right after it (ending at ``end``): ``word`` itself, unless it reads
    as singular (or is an unmarked plural) and a plural follows it within :data:`HEAD_REACH` words ("150 bank
    branches", "150 local branches", "40 branch staff", "40 police officers": the words before the plural say which
    kind of its thing is counted). A count of one counts a singular ("1 woman says")."""
    if count == 1 or _s_plural(word):
        return word
    for _ in range(HEAD_REACH):
        after = _NEXT_WORD.match(body, end, min(len(body), end + 30))
        if after is None or after.group(1) in ENGLISH_FUNCTION_WORDS:
            break
        if _plural(after.group(1)):
            return after.group(1)
        end = after.end()
    return word


def _unit_after(body: str, end: int, count: float | None = None) -> str | None:
    """The noun a number counts: "2,000 people" → ``people``, "a 300-page report" → ``page``.

    "45-year-old" → ``year-old``; "4,300 U.S. stores", "15 Republican
    senators": a plural noun after one or two names; "150 of its branches"
    counts branches; "150 bank branches" too (:func:`_head`); "120 of its 900 branches" counts what the whole
    counts.
    """
    hyphen = _HYPHEN_UNIT.match(body, end, min(len(body), end + 30))
    if hyphen:
        return stem(hyphen.group("unit"))
    whole = _OF_A_WHOLE.match(body, end, min(len(body), end + 30))
    if whole:
        return _unit_after(body, whole.end(), count)
    m = _UNIT_WORD.match(body, end, min(len(body), end + 40))
    word = m.group(1).lower() if m else None
    if m is None or word is None or word in _NOT_UNITS or word in MONTHS or word in WEEKDAYS:
        named = _NAMED_UNIT.match(body, end, min(len(body), end + 50))
        return stem(named.group(2)) if named else None
    return stem(_head(body, word, m.end(), count))


class _Finder:
    """Claims spans as quantities are found so no text is read twice."""

    def __init__(self, article: Article, sentences: tuple[Sentence, ...]) -> None:
        self.article = article
        self.body = article.body
        self.starts = [s.start for s in sentences]
        self.sentences = sentences
        # 1 under every character a quantity already covers: an overlap test costs the span's length (#12).
        self.taken = bytearray(len(article.body))
        self.found: list[Quantity] = []
        self.reference = reference_date(article)
        lower = self.body.lower()
        # Lower-cased text for case-free patterns; offsets must stay the body's.
        self.lower = lower if len(lower) == len(self.body) else self.body.encode("ascii", "replace").decode().lower()

    def free(self, start: int, end: int) -> bool:
        return 1 not in self.taken[start:end]

    def context(self, start: int) -> Span | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return Span(s.start, s.end)

    def add(self, start: int, end: int, kind: str, **fields: object) -> None:
        self.taken[start:end] = b"\x01" * (end - start)
        self.found.append(
            Quantity(
                article=self.article.id,
                span=Span(start, end),
                text=self.body[start:end],
                kind=kind,  # type: ignore[arg-type]
                context=self.context(start),
                **fields,  # type: ignore[arg-type]
            )
        )

    def sentence_text(self, start: int) -> str:
        ctx = self.context(start)
        return ctx.slice(self.body) if ctx else self.body[max(0, start - 200) : start + 200]


def _dates(f: _Finder) -> None:
    matches = sorted([*_DATE_MONTH_FIRST.finditer(f.body), *_DATE_DAY_FIRST.finditer(f.body)], key=lambda m: m.start())
    for m in matches:
        groups = m.groupdict()
        text = m.group(0)
        if groups.get("im"):
            year, month, day = int(text[:4]), int(groups["im"]), int(groups["id"])
        elif groups.get("m1"):
            month, day = MONTHS[groups["m1"].lower()], int(groups["d1"])
            year = int(groups["y1"]) if groups.get("y1") else 0
        else:
            month, day = MONTHS[groups["m2"].lower()], int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]
            year = int(groups["y2"]) if groups.get("y2") else 0
        try:
            dt.date(year or 2000, month, day)
        except ValueError:
            continue
        start, end = m.start(), m.end()
        if text.endswith(".") and not re.search(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$", text):
            end -= 1  # the full stop ends the sentence, not an abbreviated month
        before = _WEEKDAY_BEFORE.search(f.body, max(0, start - 12), start)
        weekday = before.group(1) if before else None
        if before:
            start = before.start(1)
        if not f.free(start, end):
            continue
        if not year and f.reference is not None:
            year = nearest_year(month, day, f.reference)
        f.add(
            start,
            end,
            "date",
            date=iso_partial(month, day, year or None),
            unit=weekday.lower() if weekday else None,
        )


def nearest_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts ``month``/``day`` nearest ``reference`` ("Dec. 31" written on 2 January: last year); 0
    where none of the three years around it has that day ("Feb. 29" written in 2002: the date keeps no year)."""
    best = 0
    gap: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if gap is None or distance < gap:
            best, gap = year, distance
    return best


def _money(f: _Finder) -> None:
    for m in _MONEY.finditer(f.body):
        if not f.free(m.start(), m.end()):
            continue
        value = _number(m.group("num"))
        scale = (m.group("scale") or "").lower()
        if value is not None and scale:
            value *= _SCALES[scale]
        cur = m.group("cur").lower()
        f.add(m.start(), m.end(), "money", value=value, unit=_CURRENCY.get(cur, cur))
    for m in _CURRENCY_WORD.finditer(f.lower):
        before = _AMOUNT_BEFORE.search(f.body, max(0, m.start() - 30), m.start())
        if before is None or not f.free(before.start(), m.end()):
            continue
        scale = (before.group("scale") or "").lower()
        if not scale and not m.group(0).endswith("s"):
            continue  # "2 euro coins": a singular currency word names an amount after a scale only
        value = _number(before.group("num"))
        if value is not None and scale:
            value *= _SCALES[scale]
        f.add(before.start(), m.end(), "money", value=value, unit=_CURRENCY[m.group(0)])


def _percents(f: _Finder) -> None:
    for m in _PERCENT.finditer(f.lower):
        before = _NUMBER_BEFORE.search(f.body, max(0, m.start() - 24), m.start())
        if before is None or not f.free(before.start(), m.end()):
            continue
        unit = "percentage point" if m.group(0).startswith("percentage") else "%"
        f.add(before.start(), m.end(), "percent", value=_number(before.group("num")), unit=unit)


_DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    word + ending: int(digits[:-2])
    for word, digits in ORDINAL_WORDS.items()
    if 3 <= int(digits[:-2]) <= 10
    for ending in ("", "s")
}
"""The words of a fraction's denominator, singular and plural ("third", "thirds"; "half", "quarter")."""
_NUMERATORS = {"a": 1, "one": 1} | {word: n for word, n in CARDINAL_WORDS.items() if 2 <= n <= 9}
_NUMERATOR_WORDS = alternation(_NUMERATORS)
_FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<num>{_NUMERATOR_WORDS})[\s-])?(?P<den>{alternation(_DENOMINATORS)})"
    r"(?=\s+of\s)",
    re.IGNORECASE,
)
"""A fraction in words before "of": "two-thirds of voters", "a quarter of the budget", "half of them"."""
_WORD_BEFORE_PART = re.compile(r"([A-Za-z]+)\s+$")
_PART_OF_TIME = re.compile(
    r"\s+of\s+(?:(?:the|a|an|this|that|last|next|its)\s+)?(?:(?P<word>[A-Za-z]+)(?![\w'’])|\d{4}\b)"
)
"""What follows a fraction's "of" when it is a part of a time ("a quarter of the year", "half of 2024", "the third
of July"): a unit of time, a month or a year."""
_IN_EVERY = re.compile(
    rf"(?<![\w-])(?P<num>(?i:{_NUMERATOR_WORDS})|[1-9])\s+in\s+(?P<den>(?i:{_WORDNUM})|\d{{1,3}})"
    r"(?P<tail>(?:\s+[\w’'-]+){1,4})"
)
"""A share written "one in five voters", "three in 10 Americans", "one in three Brackwater voters" (a plural noun
after it, names between)."""


_MAJORITY = re.compile(
    r"(?<![\w-])(?:[Aa]|[Tt]he)\s+(?:(?:clear|slim|narrow|large|small|bare)\s+)?(?P<word>majority)\s+of\s"
)
"""A majority of a group ("a majority of voters", "the slim majority of members"): more than half of it."""
MAJORITY_VALUE = 50.0
"""The value a majority is read at: more than half (:mod:`newsfuse.compare.facts` reads it as a floor)."""


def _counts_people(tail: str) -> bool:
    """Whether the words after "one in five" are a plural noun, after names if any ("voters", "Americans",
    "Brackwater voters"): what the share is of."""
    for word in tail.split():
        if _plural(word.lower()):
            singular = {word.lower().removesuffix("s"), word.lower().removesuffix("es")}
            return not singular & (TIME_UNITS | OCCASION_NOUNS)  # "one in five minutes", "5 in 12 raids": no shares
        if word[:1].islower():
            return False
    return False


def _part_in_order(body: str, m: re.Match[str]) -> bool:
    """Whether a fraction in words is no share: a bare denominator after a determiner or an ordinal
    (:data:`newsfuse.lexicon.number_words.PART_DETERMINERS`: "the first half of", "the third of four children"), or
    a part of a time ("a quarter of the year", "half of 2024", "two thirds of the month")."""
    before = _WORD_BEFORE_PART.search(body, max(0, m.start() - 20), m.start())
    if not m.group("num") and before and before.group(1).lower() in PART_DETERMINERS | ORDINAL_WORDS.keys():
        return True
    after = _PART_OF_TIME.match(body, m.end())
    if after is None:
        return False
    word = (after.group("word") or "").lower()
    return not after.group("word") or word.removesuffix("s") in TIME_UNITS or word in MONTHS


def _fractions(f: _Finder) -> None:
    """Shares written in words ("two-thirds of voters", "half of them", "one in five voters", "a majority of voters"),
    as percentages (no
    "%" in their text: :mod:`newsfuse.compare.facts` reads them as writers round them); a fraction without "of"
    ("half an hour", "the third quarter") is none."""
    for m in _FRACTION.finditer(f.body):
        numerator = _NUMERATORS.get((m.group("num") or "one").lower())
        denominator = _DENOMINATORS[m.group("den").lower()]
        if numerator is None or numerator >= denominator or _part_in_order(f.body, m) or not f.free(m.start(), m.end()):
            continue
        f.add(m.start(), m.end(), "percent", value=100 * numerator / denominator, unit="%")
    for m in _MAJORITY.finditer(f.body):
        if f.free(m.start("word"), m.end("word")):
            f.add(m.start("word"), m.end("word"), "percent", value=MAJORITY_VALUE, unit="%")
    for m in _IN_EVERY.finditer(f.body):
        part: float | None = _NUMERATORS.get(m.group("num").lower()) or _number(m.group("num"))
        whole = _number(m.group("den"))
        if not part or not whole or part >= whole or not _counts_people(m.group("tail")):
            continue
        if f.free(m.start(), m.end("den")):
            f.add(m.start(), m.end("den"), "percent", value=100 * part / whole, unit="%")


def _relatives(f: _Finder) -> None:
    for m in _RELATIVE.finditer(f.lower):
        start = m.start()
        count: str | None = None
        counted = _RELATIVE_COUNT.fullmatch(m.group(0))
        if counted:
            before = _COUNT_BEFORE.search(f.body, max(0, start - 16), start)
            if before is None:
                continue
            count = before.group("n")
            start = before.start("n")
        if not f.free(start, m.end()):
            continue
        text = f.body[start : m.end()].lower()
        date: str | None = None
        if f.reference is not None:
            shift = DAY_SHIFTS.get(text)
            if (
                counted
                and count is not None
                and counted.group("dir") == "ago"
                and counted.group("unit").startswith("day")
            ):
                n = _number(count) if count.lower() not in ("a", "an") else 1
                shift = -int(n) if n is not None else None
            day = shifted(f.reference, shift) if shift is not None else None
            date = day.isoformat() if day is not None else None
        f.add(start, m.end(), "relative_date", unit=text, date=date)


def _weekdays(f: _Finder) -> None:
    for m in _WEEKDAY.finditer(f.body):
        before = _WEEKDAY_MODIFIER.search(f.body, max(0, m.start() - 6), m.start())
        modifier = before.group("mod") if before else None
        start = before.start("mod") if before and modifier and modifier.lower() != "on" else m.start()
        if not f.free(start, m.end()):
            continue
        weekday = m.group("wd").lower()
        date: str | None = None
        if f.reference is not None:
            ctx = f.context(start)
            offset = ctx.start if ctx else max(0, start - 200)
            direction = weekday_direction(f.sentence_text(start), m.start() - offset, m.end() - offset, modifier)
            try:
                date = resolve_weekday(WEEKDAYS[weekday], f.reference, direction).isoformat()
            except OverflowError:  # a week past either end of the calendar: no day
                date = None
        f.add(start, m.end(), "weekday", unit=weekday, date=date)


def _numbers(f: _Finder) -> None:
    matches = sorted([*_NUMBER.finditer(f.body), *_WORD_NUMBER.finditer(f.lower)], key=lambda m: m.start())
    for m in matches:
        if not f.free(m.start(), m.end()):
            continue
        groups = m.groupdict()
        raw = groups.get("num") or groups.get("word") or ""
        value = _number(raw)
        if value is None:
            continue
        scale = (groups.get("scale") or groups.get("wscale") or "").lower()
        if scale:
            value *= _SCALES[scale]
        end = m.end()
        compound = _TENS_UNIT.match(f.lower, end) if groups.get("word") and raw.lower() in _TENS and not scale else None
        if compound is not None:  # "twenty-five", "thirty seven": one number
            value, end = value + CARDINAL_WORDS[compound.group(1)], compound.end()
        dozen = _DOZEN_AFTER.match(f.body, end) if raw.lower() != "dozen" else None
        if dozen is not None:  # "two dozen families": 24 families, not two dozens and 12 families
            value, end = value * WORD_NUMBERS["dozen"], dozen.end()
        start = m.start()
        half = _HALF_BEFORE.search(f.lower, max(0, start - HALF_REACH), start) if raw.lower() == "dozen" else None
        if half is not None and f.free(half.start(), start):  # "half a dozen homes": six homes, not twelve
            value, start = value / 2, half.start()
        unit = _unit_after(f.body, end, value)
        if unit is None and _TOTAL_AFTER.match(f.body, end):
            unit = _total_of(f, m.start())
        # "by 2031", "the 2024 election": a year unless a plural noun follows ("2000 troops").
        next_word = re.match(r"\s+([a-z]+)", f.body[m.end() : m.end() + 30])
        plural_follows = bool(next_word and next_word.group(1).endswith("s") and not next_word.group(1).endswith("ss"))
        is_year = (
            groups.get("num") is not None
            and re.fullmatch(r"(19|20)\d\d", raw) is not None
            and not scale
            and not plural_follows
            and dozen is None
        )
        f.add(start, end, "year" if is_year else "number", value=value, unit=None if is_year else unit)


def _total_of(f: _Finder, start: int) -> str | None:
    """The noun a total after its figure counts ("will close branches this year, 150 in all": ``branch``): the
    plural nearest before it in its sentence, or None."""
    sentence = f.context(start)
    if sentence is None:
        return None
    for word in reversed(_LOWER_WORD.findall(f.body, sentence.start, start)):
        if word not in ENGLISH_FUNCTION_WORDS and _plural(word):
            return stem(word)
    return None


AGE_DECADE_UNIT = "age-decade"
"""The unit of an age given by its decade ("in her 40s", "in his late 50s"): the value is the decade's first year,
the text says which part of it (:func:`newsfuse.compare.facts` reads the range)."""
_IN = word_start(["in"], ignore_case=True)
"""``\bin`` opening on a class of its first letter (:mod:`newsfuse.scan`)."""
_AGE_DECADE = re.compile(
    rf"{_IN}\s+(?:his|her|their)\s+(?P<age>(?:(?:early|mid|late)[\s-])?"
    rf"(?:(?P<decade>[1-9]0)['’]?s|(?P<words>{'|'.join(DECADE_WORDS)})))\b",
    re.IGNORECASE,
)
"""An age by its decade after "in his/her/their": "in her 40s", "in his mid-30s", "in their late 20s", "in her
forties" (:data:`newsfuse.lexicon.number_words.DECADE_WORDS`)."""


_AGE_DECADE_NOUN = re.compile(
    rf"(?:(?<=,\s)(?:an?|the)\s+(?P<age>{'|'.join(AGE_DECADE_NOUNS)})\b"
    rf"|\b(?:an?|the)\s+(?P<before_name>{'|'.join(AGE_DECADE_NOUNS)})(?=\s+[A-Z]))",
    re.IGNORECASE,
)
"""A noun of a person by the decade of their age after an article, in apposition to a name: after a comma ("Hannah
Pike, an octogenarian,", "Tal Oren, a teenager from Kesby,") or right before the name ("the octogenarian Hannah
Pike"): an age by its decade (:data:`newsfuse.lexicon.number_words.AGE_DECADE_NOUNS`). Elsewhere the noun is a
stage of life, often a past one ("began rowing as a teenager", "since she was a teenager"): no present age."""


def _age_decades(f: _Finder) -> None:
    """Ages given by their decade ("a man in his 40s", "in her forties", "an octogenarian"), as counts of unit
    :data:`AGE_DECADE_UNIT`, the span from the part of the decade ("late 50s") to its end."""
    for m in _AGE_DECADE.finditer(f.body):
        if f.free(m.start("age"), m.end("age")):
            decade = m.group("decade") or DECADE_WORDS[m.group("words").lower()]
            f.add(m.start("age"), m.end("age"), "number", value=float(decade), unit=AGE_DECADE_UNIT)
    for m in _AGE_DECADE_NOUN.finditer(f.body):
        group = "age" if m.group("age") else "before_name"
        if f.free(m.start(group), m.end(group)):
            decade = AGE_DECADE_NOUNS[m.group(group).lower()]
            f.add(m.start(group), m.end(group), "number", value=float(decade), unit=AGE_DECADE_UNIT)


TEMPERATURE_UNIT = "°C"
"""The unit of a temperature: degrees Celsius, a Fahrenheit figure converted ("100F" is 37.8 °C), so two outlets
writing one heat in two scales agree."""
_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?P<num>[-−]?\d{1,3}(?:\.\d)?)(?:\s?°\s?(?P<sign>[CF])|(?P<glued>[CF])"
    r"|\s(?:degrees?\s+)(?P<word>Celsius|Fahrenheit|centigrade|C|F))(?![\w’'])"
)
"""A temperature: "38C", "-4 °C", "100°F", "41 degrees Celsius" (a figure of at most three digits, one decimal)."""
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s$")
"""A capitalised word right before a figure: a scale letter glued to the figure then names a room or a flat ("Room
5C"), no temperature."""
CAPITALISED_REACH = 30
"""Characters before a figure searched for :data:`_CAPITALISED_BEFORE`: one word, however long, and a space."""
TEMPERATURE_CHANGE_UNIT = "°C change"
"""The unit of a change or difference of temperature ("rose by 4C", "10F above normal"), in degrees Celsius (a
Fahrenheit figure times 5/9, no 32 taken off): a change never compares with a level."""
_CHANGE_BEFORE = re.compile(r"\b" + alternation(TEMPERATURE_CHANGE_BEFORE) + r"\s+$")
_CHANGE_AFTER = re.compile(r"\s+(?:" + "|".join(map(re.escape, TEMPERATURE_CHANGE_AFTER)) + r")\b")


def _temperatures(f: _Finder) -> None:
    """Temperatures, as counts of :data:`TEMPERATURE_UNIT` (Fahrenheit converted). A letter glued to a figure is
    a scale only after a word in lower case or none ("reached 38C", not "Room 5C", "Flat 12F": names of rooms), but
    a noun of a code (:data:`newsfuse.lexicon.CODE_NOUNS`: "seat 14F")."""
    for m in _TEMPERATURE.finditer(f.body):
        if not f.free(m.start(), m.end()):
            continue
        if m.group("glued") and _CAPITALISED_BEFORE.search(f.body, max(0, m.start() - CAPITALISED_REACH), m.start()):
            continue
        code = _WORD_BEFORE_PART.search(f.lower, max(0, m.start() - 20), m.start())
        if m.group("glued") and code and code.group(1) in CODE_NOUNS:  # "seat 14F": a code, no temperature
            continue
        value = float(m.group("num").replace("−", "-"))
        scale = (m.group("sign") or m.group("glued") or m.group("word") or "C")[0].upper()
        change = bool(_CHANGE_BEFORE.search(f.lower, max(0, m.start() - 20), m.start()))
        change = change or bool(_CHANGE_AFTER.match(f.lower, m.end()))
        if scale == "F":
            value = value * 5 / 9 if change else (value - 32) * 5 / 9
        f.add(m.start(), m.end(), "number", value=value, unit=TEMPERATURE_CHANGE_UNIT if change else TEMPERATURE_UNIT)


ONE_UNIT_MOST_MONTHS = 12
"""The longest calendar unit a duration counts one of after "for a": a year. A decade is a loose round word ("for a
decade" of nine or eleven years)."""
ONE_UNIT_FEWEST_DAYS = 1
"""The shortest unit of fixed length a duration counts one of after "for a": a day. An hour or a minute after "for
a" is as often a price's period ("$15 for an hour")."""
_ONE_UNITS = [
    *(unit for unit, months in CALENDAR_UNITS.items() if months <= ONE_UNIT_MOST_MONTHS and not unit.endswith("s")),
    *(unit for unit, days in CLOCK_UNITS.items() if days >= ONE_UNIT_FEWEST_DAYS and not unit.endswith("s")),
]
"""The units of time (``lexicon.CALENDAR_UNITS``, ``CLOCK_UNITS``, singular) of a duration of one after "for a":
day, week, fortnight, month, quarter, year."""
_ONE_UNIT = re.compile(
    rf"(?<!\btime\s)\bfor\s+(?P<one>an?\s+(?P<unit>{alternation(_ONE_UNITS)})(?P<half>\s+and\s+a\s+half)?)\b(?![-’']|\s+(?:of|or)\b)"
)
"""A duration of one unit of time after "for a" ("jailed for a year", "shut for a week", "for a year and a half":
1.5); not a part ("for a quarter of the cost"), nor one hedged by "or" ("for a year or two", "a week or so", "a year or
more": a range, a floor, an approximation), nor the time since after "the first time" ("fell for the first time for a
year": in a year)."""


_WORD_AFTER = re.compile(r"\s+([a-z][a-z’'\-]*)")
"""The word in lower case right after a unit of time (:func:`_one_unit_durations`)."""


def _one_unit_durations(f: _Finder) -> None:
    """ "Jailed for a year", "shut for a week": one of a unit of time, a duration compared as "12 months" is
    (:mod:`newsfuse.compare.fact_durations`); "for a year and a half" is one and a half. Only where a mark or a
    function word follows ("for a year on Tuesday"): "for a day trip", "for a week course" name another thing."""
    for m in _ONE_UNIT.finditer(f.lower):
        after = _WORD_AFTER.match(f.lower, m.end())
        if after is not None and after.group(1) not in ENGLISH_FUNCTION_WORDS:
            continue  # "for a day trip", "for a week course": the unit modifies a noun, no duration
        if f.free(m.start("one"), m.end("one")):
            value = 1.5 if m.group("half") else 1.0
            f.add(m.start("one"), m.end("one"), "number", value=value, unit=stem(m.group("unit")))


def _vague_numbers(f: _Finder) -> None:
    """ "Dozens of people", "hundreds of homes": a count known only to lie in a range (the value is its floor)."""
    for m in _VAGUE_NUMBER.finditer(f.lower):
        word = m.group("vague")
        end = m.start() + len(word)
        if not f.free(m.start(), end):
            continue
        f.add(m.start(), end, "number", value=float(VAGUE_NUMBERS[word][0]), unit=_unit_after(f.body, end))


def find_quantities(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Quantity, ...]:
    """Every number, amount, percentage, date and weekday in ``article``, in text order."""
    f = _Finder(article, sentences)
    stages = (
        _dates,
        _money,
        _percents,
        _fractions,
        _relatives,
        _weekdays,
        _age_decades,
        _temperatures,
        _vague_numbers,
        _one_unit_durations,
        _numbers,
    )
    for stage in stages:
        stage(f)
    return tuple(sorted(f.found, key=lambda q: q.span.start))


def headline_quantities(article: Article) -> tuple[Quantity, ...]:
    """The quantities of the article's headline (``Article.title``), spans into the headline, dated like the article.

    The headline is read as one sentence. Headlines are often written in
    title case ("Storm Destroys 40 Homes"): a count's noun is then read from
    the headline's words in lower case, as it would stand in a sentence.
    """
    title = article.title or ""
    if not title.strip():
        return ()
    found = find_quantities(headline_article(article), (Sentence(0, len(title)),))
    lower = title.lower()
    return tuple(
        msgspec.structs.replace(q, unit=_unit_after(lower, q.span.end)) if q.kind == "number" and q.unit is None else q
        for q in found
    )


def headline_article(article: Article) -> Article:
    """The article with its headline (``Article.title``) as its body, dated like it (its dateline no span)."""
    dateline = msgspec.structs.replace(article.dateline, span=None) if article.dateline else None
    return msgspec.structs.replace(article, body=article.title or "", dateline=dateline)
