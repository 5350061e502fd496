"""Classes of facts found by a pattern of their own rather than among the article's quantities.

Each finder gives (start, end, value) in the body (:data:`PATTERN_CLASSES`):

- the tallies of votes and matches ("passed 58-41", "by a vote of 219 to 212",
  "by seven votes to two"; :func:`_tallies`), valued larger count times
  :data:`TALLY_SCALE` plus the smaller; a pair rising ("10-15") or followed by a
  unit ("10-15 years") is a range, not a tally;
- times of day ("10.30am", "1:15 p.m."): the minute of the day,
  :data:`CLOCK_SLACK` either way (twice that to the hour, more after "about");
  times of two named zones are not compared (:func:`other_zones`);
- counts of occurrences written as ordinals ("for the third time"; ranks such
  as "second-ranking" and periods such as "third quarter" are not);
- places in a race, a ranking or a poll ("finished third", "in fifth place";
  never "in the first place");
- who did a thing first, second, ... ("Ana Vell became the first woman to
  win the Kesby marathon"; :func:`_precedence_values`), of class
  ``("precedence", "")``; none a plan gives ("could become the first woman to
  win");
- a thing's standing among its kind by a superlative ("Fenmore Bank, the
  country's second-largest lender"; :func:`_standing_values`), of class
  ``("standing", "")``, with what it is the standing of, in which dimension,
  among what and where (:class:`Standing`, :func:`standing_of`); none that a
  plan makes ("the deal will make Fenmore the second-largest lender");
- the order of an office's holders ("became the 12th mayor of Brackwater";
  :mod:`~newsfuse.compare.fact_offices`), of class ``("succession", "")``;
- the place of an event: a city of the gazetteer after "in" or "at", not a
  country, nor a month or weekday that names a town too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from newsfuse.article.gazetteer import is_place
from newsfuse.article.places import country_of
from newsfuse.article.stems import stem
from newsfuse.compare.fact_offices import SUCCESSION_UNIT, succession_values
from newsfuse.compare.fact_text import (
    CALENDAR_WORDS,
    LATER_ORDINAL_SUFFIXES,
    LATER_ORDINAL_WORDS,
    lowered,
    ordinal,
    ordinal_value,
)
from newsfuse.compare.superlatives import is_superlative
from newsfuse.lexicon import (
    AROUND,
    CARDINAL_WORDS,
    ENGLISH_FUNCTION_WORDS,
    MODAL_VERBS,
    MOTION_NOUNS,
    NATIONAL_SCOPES,
    NEARLY,
    OCCURRENCE_NOUNS,
    PREPOSITIONS,
    RANK_NOUNS,
    RANK_VERBS,
    SIZE_SUPERLATIVES,
    TALLY_LEADS,
    alternation,
)
from newsfuse.model import Span
from newsfuse.scan import word_start

__all__ = [
    "APPROXIMATE_REACH",
    "CLOCK_SLACK",
    "CLOCK_UNIT",
    "ORDINAL_UNIT",
    "PATTERN_CLASSES",
    "PLACE_UNIT",
    "RANK_UNIT",
    "TALLY",
    "TALLY_IN_WORDS",
    "TALLY_SCALE",
    "Standing",
    "clock_range",
    "other_zones",
    "pattern_values",
    "split_question",
    "standing_of",
    "vote_count",
]

TALLY = re.compile(r"(\d(?<![\d\-–]\d)\d{0,2})[\-–](\d{1,3})(?![\d\-–])")
"""A vote's or a match's tally ("voted 7-2")."""


_COUNT_OF_VOTES = (
    rf"(?:\d{{1,3}}"
    rf"|{alternation(w for w, n in CARDINAL_WORDS.items() if n >= 20)}[-\s]"
    rf"{alternation(w for w, n in CARDINAL_WORDS.items() if 0 < n < 10)}\b"
    rf"|{alternation(CARDINAL_WORDS)})"
)
"""A count of votes in a tally written in words: digits or number words ("seven", "twenty", "twenty-five"; a
compound first, so its tens and units are read together, not its units alone)."""


_TALLY_IN_WORDS_CHEAP = (
    rf"(?i:v)(?<!\w[Vv])ote of ({_COUNT_OF_VOTES}) to ({_COUNT_OF_VOTES})\b"
    r"|(\d(?<![\w.,]\d)\d{0,2})(?: to |[\-–]to[\-–])(\d{1,3}) (?:vote|margin|decision|ruling)s?\b"
)


TALLY_IN_WORDS = re.compile(
    _TALLY_IN_WORDS_CHEAP + rf"|\b({_COUNT_OF_VOTES}) votes to ({_COUNT_OF_VOTES})\b",
    re.IGNORECASE,
)
"""A tally written in words: "by a vote of 219 to 212", "a 5 to 4 decision" (or "a 5-to-4 decision", "by 6-to-3
votes"), "by seven votes to two"."""


_TALLY_WITHOUT_VOTES_TO = re.compile(_TALLY_IN_WORDS_CHEAP, re.IGNORECASE)
""":data:`TALLY_IN_WORDS` without its last form, for a body without "votes to" (where that form cannot match: it
opens on a number word tried at every word, ten times the cost of the rest)."""


_COUNTS_TO_COUNT = re.compile(r"\d(?: to |[\-–]to[\-–])\d", re.IGNORECASE)
"""Two counts in digits joined by "to" ("5 to 4", "6-to-3"), as every tally of :data:`TALLY_IN_WORDS`'s second form
writes them: sought first, opening on a digit (the scan skips to one), by :func:`may_tally_in_words`."""


def may_tally_in_words(body: str, start: int = 0, end: int | None = None) -> bool:
    """Whether :data:`TALLY_IN_WORDS` may match in ``body`` between ``start`` and ``end``: its first and last forms
    write "vote of" and "votes to" (sought in the lower-cased body; the long s "ſ", which ``re`` takes for an "s"
    case-blind, sends a body to the pattern), its second form two counts joined by "to" (:data:`_COUNTS_TO_COUNT`).
    Most bodies write none of these, and the pattern tried at every character cost more than all the other tally
    readers."""
    lower = lowered(body)
    if "vote of" in lower or "votes to" in lower or "\u017f" in body:
        return True
    return _COUNTS_TO_COUNT.search(body, start, len(body) if end is None else end) is not None


_RANGE_AFTER = re.compile(r"\s*(?:%|per(?:cent)?\b|[a-z]+s\b)", re.IGNORECASE)
"""What follows a range rather than a tally: a unit or a rate ("10-15 years", "3-5%", "40-50 per hour")."""


TALLY_SCALE = 1000
"""A tally's comparable value: the larger count times this plus the smaller (58-41 → 58041)."""


ORDINAL_UNIT = "time (ordinal)"
"""The unit of an ordinal count of occurrences' quantity ("the third time": 3)."""


_TIME_WORD = re.compile(r"\s(?:time|Time|TIME)\b(?!-)")


_ORDINAL_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{ordinal(3)})\s*$", re.IGNORECASE)
"""An ordinal right before "time" (found first: the scan for "time" is the cheap one)."""


RANK_UNIT = "place (rank)"
"""The unit of a place in a race, a ranking or a poll ("finished third", "in fifth place"): a class of its own."""


_ORDINAL = rf"(?P<n>{ordinal(3, words_in_any_case=True)})"


_RANK_AFTER_VERB = re.compile(
    rf"{word_start(sorted(RANK_VERBS, key=len, reverse=True))}\b\s+(?:(?:in|as)\s+)?{_ORDINAL}\b(?![-’'])"
)
"""An ordinal after a verb of placing (:data:`newsfuse.lexicon.RANK_VERBS`): "finished third", "came in fifth" (the
verb opening on a class of first letters, :mod:`newsfuse.scan`)."""


_RANK_NOUN = re.compile(rf"[\s-](?:{alternation(RANK_NOUNS)})\b")


_ORDINAL_BEFORE_NOUN = re.compile(rf"(?<![\w-]){_ORDINAL}$")
"""An ordinal before a noun of place (:data:`newsfuse.lexicon.RANK_NOUNS`): "in third place", "a fifth-place
finish"; never "in the first place" (:data:`_NOT_A_RANK`). The noun is found first, the ordinal read back."""


_NOT_A_RANK = re.compile(r"(?i:in\s+the\s+first\s+place)")
"""The idiom "in the first place" (to begin with), no place in a race."""


PLACE_UNIT = "place"
"""The unit of a place's quantity (the place is its text)."""


_IN_PLACE = re.compile(rf"{word_start(['in', 'at'])}\s(?P<place>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+)?)\b")


CLOCK_UNIT = "time of day"
"""The unit of a time of day's quantity (its value: the minute of the day)."""


CLOCK_SLACK = 15
"""Minutes either way a time written to the minute allows ("10.30am" and "10.40am" agree); twice that to the hour."""


_ZONE_NAME = r"[A-Z]{1,3}T|UTC"
"""A time zone's abbreviation ("ET", "BST", "UTC")."""


_CLOCK = re.compile(
    r"(?P<h>\d(?<![\w.:]\d)\d?)(?:[:.](?P<min>\d{2}))?\s?(?P<half>[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
    rf"(?:\s(?:{_ZONE_NAME})\b)?"
)
"""A time of day on the 12-hour clock ("10.30am", "1:15 p.m.", "9 PM"), with its time zone where one follows
("9 p.m. ET": the zone is part of the written time, which :data:`_ZONE` reads)."""


_ZONE = re.compile(rf"\s({_ZONE_NAME})$")


_CLOCK_APPROXIMATE = re.compile(r"\b(?:about|around|roughly|shortly (?:after|before)|just (?:after|before))\s+$", re.I)


_LED_TALLY = re.compile(
    rf"\b(?:{alternation(TALLY_LEADS)})\s+(?:by\s+)?(?P<first>{_COUNT_OF_VOTES})(?:[\-–]|\s+to\s+|[\-–]to[\-–])"
    rf"(?P<second>{_COUNT_OF_VOTES})(?=\s*(?:[,.;:!?)]|$)|\s+(?P<next>[a-z]+)\b)"
)
"""A pair of counts right after a word of ``lexicon.TALLY_LEADS`` ("voted 7 to 4", "voted 4-7 against", "split 48-52
on the park"), in either order: a tally where a mark or a function word or a noun of a motion follows, not a noun
it counts ("approved 10-15 new homes")."""


def _led_tallies(body: str) -> list[tuple[int, int, int, int]]:
    """(start, end, larger, smaller) of each pair of counts a tally lead makes a tally (:data:`_LED_TALLY`), written
    in either order."""
    out = []
    for m in _LED_TALLY.finditer(body):
        after = m.group("next")
        if after and after not in ENGLISH_FUNCTION_WORDS and after not in MOTION_NOUNS:
            continue
        counts = sorted((vote_count(m.group("first")), vote_count(m.group("second"))), reverse=True)
        out.append((m.start("first"), m.end("second"), counts[0], counts[1]))
    return out


def _tallies(body: str) -> list[tuple[int, int, int, int]]:
    """(start, end, larger, smaller) of each tally in ``body`` ("passed 58-41", "a vote of 219 to 212").

    A tally puts the larger count first; a pair rising ("10-15") or followed
    by a unit ("10-15 years", "3-5%") is a range, not a tally, unless a word of
    a vote, a contest or a split leads it (:func:`_led_tallies`: "voted 4-7
    against", "voted 7 to 4"), which reads it in either order.
    """
    led = {
        start: tally for tally in _led_tallies(body) if not _RANGE_AFTER.match(body, tally[1]) for start in tally[:1]
    }
    out = []
    for m in TALLY.finditer(body):
        first, second = int(m.group(1)), int(m.group(2))
        if first >= second and not _RANGE_AFTER.match(body, m.end()):
            out.append((m.start(), m.end(), first, second))
    in_words = TALLY_IN_WORDS if "votes to" in lowered(body) else _TALLY_WITHOUT_VOTES_TO
    for m in in_words.finditer(body) if may_tally_in_words(body) else ():
        at = next(k for k in (1, 3, 5) if m.group(k))
        first, second = vote_count(m.group(at)), vote_count(m.group(at + 1))
        if first >= second:
            out.append((m.start(at), m.end(at + 1), first, second))
    found = {start for start, *_ in out}
    out += [tally for start, tally in led.items() if start not in found]
    return sorted(t for t in out if not _APPROXIMATE_BEFORE.search(body, max(0, t[0] - APPROXIMATE_REACH), t[0]))


_APPROXIMATE_BEFORE = re.compile(rf"\b(?i:{alternation((*AROUND, *NEARLY))})\s+$")
"""A word of approximation right before a pair of counts ("split roughly 50-50", ``lexicon.AROUND``, ``NEARLY``): a
rounded split, no exact tally to compare."""
APPROXIMATE_REACH = 24
"""Characters before a tally searched for a word of approximation (:data:`_APPROXIMATE_BEFORE`)."""


_QUESTION_AFTER = re.compile(r"\s+(?:on|over|about)\s+(?P<phrase>[^,.;:!?()]{1,60})")
"""What a split is on, right after its tally ("split 48-52 on the new library, …": ``the new library``)."""


def split_question(body: str, end: int) -> str:
    """The head of what a tally ending at ``end`` is split on, stemmed: the last word of the noun phrase after "on",
    "over" or "about" before its first preposition ("split 48-52 on the new library": ``librari``; "on the plan for a
    library": ``plan``); empty where none follows."""
    m = _QUESTION_AFTER.match(body, end)
    while m is not None:
        phrase = []
        for word in m.group("phrase").split():
            if word.lower() in PREPOSITIONS:
                break
            phrase.append(word.lower())
        content = [w for w in phrase if w not in ENGLISH_FUNCTION_WORDS]
        if content and content[-1] not in CALENDAR_WORDS:
            return stem(content[-1])
        m = _QUESTION_AFTER.match(body, m.start("phrase") + len(" ".join(phrase)))  # "on Monday on the plan"
    return ""


def vote_count(count: str) -> int:
    """A count of votes written in digits or in number words ("7", "seven", "twenty-five")."""
    return int(count) if count.isdigit() else sum(CARDINAL_WORDS[w] for w in re.split(r"[-\s]+", count.lower()))


def _tally_values(body: str) -> list[tuple[int, int, float]]:
    """The tallies of ``body`` as values of their own class (``("tally", "")``): larger count scaled, plus smaller."""
    return [(start, end, float(first * TALLY_SCALE + second)) for start, end, first, second in _tallies(body)]


def _clock_values(body: str) -> list[tuple[int, int, float]]:
    """The times of day of ``body`` as values of their own class (``("clock", "")``).

    The value is the minute of the day; the range allows what the written
    time may round (see :func:`clock_range`).
    """
    found = []
    for m in _CLOCK.finditer(body):
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        if not 1 <= hour <= 12 or minute > 59:
            continue
        afternoon = m.group("half").lower().startswith("p")
        found.append((m.start(), m.end(), float((hour % 12 + 12 * afternoon) * 60 + minute)))
    return found


def _ordinal_values(body: str) -> list[tuple[int, int, float]]:
    """How many times something has happened, as an ordinal ("for the third time"): values of class
    ``("ordinal", "")``.

    Only an ordinal before "time" counts occurrences; "the second-ranking
    official", "the third quarter" rank or name things, and are left out.
    """
    found = []
    for t in _TIME_WORD.finditer(body):
        m = _ORDINAL_BEFORE.search(body, max(0, t.start() - 12), t.start() + 1)
        if m is not None:
            found.append((m.start("n"), m.end("n"), float(ordinal_value(m.group("n")))))  # "third": 3
    return found


def _rank_values(body: str) -> list[tuple[int, int, float]]:
    """Places in a race, a ranking or a poll ("Ana Vell finished third", "came in 12th", "in fifth place"): values
    of class ``("rank", "")``, the place as a number; each ordinal once, whichever pattern finds it."""
    found: dict[int, tuple[int, int, float]] = {}
    ordinals = list(_RANK_AFTER_VERB.finditer(body))
    for noun in _RANK_NOUN.finditer(body):
        m = _ORDINAL_BEFORE_NOUN.search(body, max(0, noun.start() - ORDINAL_REACH), noun.start())
        if m is not None:
            ordinals.append(m)
    for m in ordinals:
        if _NOT_A_RANK.match(body, max(0, m.start("n") - 7), m.end("n") + 7) or m.start("n") in found:
            continue
        found[m.start("n")] = (m.start("n"), m.end("n"), float(ordinal_value(m.group("n"))))
    return sorted(found.values())


def _place_values(body: str) -> list[tuple[int, int, float]]:
    """Where something happened: a city of the gazetteer after "in" or "at" ("opened the bridge at a ceremony in
    Leeds"), not a country ("in France") nor a month or weekday that names a town too ("in March"), as values of
    class ``("place", "")`` (the value itself is unused)."""
    return [
        (m.start("place"), m.end("place"), 0.0)
        for m in _IN_PLACE.finditer(body)
        if m.group("place").lower() not in CALENDAR_WORDS
        and is_place(m.group("place"))
        and country_of(m.group("place")) is None
    ]


STANDING_UNIT = "standing (rank)"
"""The unit of a thing's standing among its kind ("the second-largest lender": 2), a class of its own."""
_SUPERLATIVE = re.compile(r"est\s+(?P<noun>[a-z]+)\b")
"""The end of a superlative and the noun after it ("…est lender"): found first (a literal opening, searched fast),
its word and ordinal read back."""
_ORDINAL_SUPERLATIVE = re.compile(
    rf"(?<![\w-])(?P<n>{ordinal(2, later=True, words_in_any_case=True)})[\s-](?P<sup>[a-z]+est)\b"
)
"""An ordinal from "second" on and the superlative after it ("second-largest", "3rd biggest"): "first" ranks
nothing a superlative alone would not."""
_ORDINAL_BEFORE_SUPERLATIVE = re.compile(_ORDINAL_SUPERLATIVE.pattern + "$")
""":data:`_ORDINAL_SUPERLATIVE` ending where the search ends: read back from the superlative."""
_COPULA = r"(?:is|remains|has\s+become)\s+"
"""A verb saying what a thing is now ("Fenmore is the", "which has become the"); not one of a plan ("will make
Fenmore the", "would become the"), whose standing is an outcome ahead, nor of the past ("was the third-largest in
2015"), which a later standing may have changed."""
_OWNER_BEFORE = re.compile(
    rf"(?P<name>(?:[A-Z][\w’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*)(?:,\s+(?:(?:which|who)\s+{_COPULA})?|\s+{_COPULA})"
    r"(?:now\s+)?the\s+(?:(?P<scope>[\w\-]+)(?:'s|’s)\s+)?$"
)
"""What a standing is of, right before it: a name in apposition or before a copula ("Fenmore Bank, the country's",
"Fenmore, which is the", "Fenmore is now the"), with the scope a possessive gives ("the country's", "Europe's")."""
_SCOPE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?P<scope>[A-Za-z]+)")
"""The scope written after a standing's noun ("the third-largest lender in Europe", "… in the country")."""
_BY_AFTER = re.compile(r"\s+(?:by|in\s+terms\s+of)\s+(?:the\s+)?(?P<by>[a-z]+)")
"""The measure a standing is ranked by, after its noun ("the second-largest lender by assets", "… in terms of
deposits"): part of its dimension; a standing by assets and one by deposits (or by none) are two rankings."""
_PAST_AFTER = re.compile(
    r"[^.;:!?,()]{0,40}?\b(?:before|until|till|prior\s+to|at\s+the\s+time|back\s+in|in\s+(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
"""A time phrase in a standing's clause after its noun ("the country's second-largest lender before the crisis",
"… until 2019", "… at the time"): a past standing, which a later one may have changed; read as none."""
OWNER_REACH = 80
"""Characters before a standing searched for what it is of (:data:`_OWNER_BEFORE`)."""
ORDINAL_REACH = 16
"""Characters before a ranked noun or a superlative searched for its ordinal ("the twenty-second largest")."""
PLAN_REACH = 31
"""Characters before a precedence searched for a plan that makes it a future feat (:data:`_PLANNED_BEFORE`)."""


class Standing(NamedTuple):
    """What a standing (``("standing", "")``) is of and among: the words of the name it is apposed to, lower case
    and in order (function words left out); its dimension (``size`` for :data:`newsfuse.lexicon.SIZE_SUPERLATIVES`,
    else the superlative; with the measure it is ranked by, :data:`_BY_AFTER`: ``size by asset``); its noun,
    stemmed ("lender": ``lender``); its scope, lower case, empty for none or a national one
    (:data:`newsfuse.lexicon.NATIONAL_SCOPES`)."""

    owner: tuple[str, ...]
    dimension: str
    noun: str
    scope: str


def _after_an_ordinal(body: str, start: int) -> bool:
    """Whether the word before ``start``, past one space or hyphen, is an ordinal from "second" on."""
    if start < 2 or body[start - 1] not in " -":
        return False
    begin = start - 1
    while begin > 0 and body[begin - 1].isalnum():
        begin -= 1
    word = body[begin : start - 1].lower()
    return word in LATER_ORDINAL_WORDS or (word[:-2].isdigit() and word[-2:] in LATER_ORDINAL_SUFFIXES)


def _standing_values(body: str) -> list[tuple[int, int, float]]:
    """Standings among a kind by a superlative after an ordinal ("the second-largest lender"): values of class
    ``("standing", "")``, the standing as a number."""
    found = []
    for m in _SUPERLATIVE.finditer(body):
        start = m.start()
        while start > 0 and body[start - 1].isalpha():
            start -= 1
        if start == m.start() or not _after_an_ordinal(body, start):
            continue  # "the latest", "interest": most superlatives follow no ordinal, a cheap test first
        if not is_superlative(body[start : m.start() + 3].lower()):
            continue  # "the second forest fire": no superlative
        ordinal = _ORDINAL_BEFORE_SUPERLATIVE.search(body, max(0, start - ORDINAL_REACH), m.start() + 3)
        if ordinal is not None and ordinal.start("sup") == start:
            found.append((ordinal.start("n"), ordinal.end("n"), float(ordinal_value(ordinal.group("n")))))
    return found


def standing_of(body: str, start: int, sentence: Span) -> Standing | None:
    """What the standing whose ordinal starts at ``start`` is of and among (:class:`Standing`); None where no name
    stands right before it in apposition or before a verb saying what it is (:data:`_COPULA`: "will make Fenmore
    the second-largest lender" is a plan's outcome, not a standing)."""
    ordinal = _ORDINAL_SUPERLATIVE.match(body, start)
    owner = _OWNER_BEFORE.search(body, max(sentence.start, start - OWNER_REACH), start)
    if ordinal is None or owner is None:
        return None
    noun = _SUPERLATIVE.match(body, ordinal.end() - 3)
    if noun and _PAST_AFTER.match(body, noun.end(), min(sentence.end, noun.end() + OWNER_REACH)):
        return None
    after = _SCOPE_AFTER.match(body, noun.end()) if noun else None
    by = _BY_AFTER.match(body, noun.end()) if noun else None
    scope = (owner.group("scope") or (after.group("scope") if after else "")).lower()
    sup = ordinal.group("sup").lower()
    dimension = "size" if sup in SIZE_SUPERLATIVES else sup
    return Standing(
        tuple(w.lower() for w in owner.group("name").split() if w.lower() not in ENGLISH_FUNCTION_WORDS),
        f"{dimension} by {stem(by.group('by'))}" if by else dimension,
        stem(noun.group("noun")) if noun else "",
        "" if scope in NATIONAL_SCOPES else scope,
    )


PRECEDENCE_UNIT = "precedence (ordinal)"
"""The unit of who did a thing in what order ("the first woman to win": 1), a class of its own."""
_PRECEDENCE = re.compile(
    rf"he\s+(?P<n>{ordinal(2)})\s+"
    r"(?:[A-Za-z][\w’'\-]*\s+){1,2}to\s+(?P<act>[a-z]+)\b"
)
"""An ordinal after "the" before a noun of up to two words and "to" with a verb ("the first woman to win", "the
third Kesby club to reach"): the order in which one did a thing ("he" opens the pattern, a literal searched fast;
its "t" is read back)."""
_PLANNED_BEFORE = re.compile(rf"\b(?:{alternation(MODAL_VERBS)}|to)\s+become\s+$", re.IGNORECASE)
"""A plan or a hope right before a precedence ("could become the first", "is bidding to become the first"): an
outcome ahead, no precedence won."""
_NOT_PRECEDENCE_NOUNS = OCCURRENCE_NOUNS | RANK_NOUNS
"""Nouns after an ordinal that count occurrences or places (``lexicon.OCCURRENCE_NOUNS``, ``lexicon.RANK_NOUNS``),
read as classes of their own."""


OTHER_FEAT_REACH = 60
"""Characters after a precedence's verb searched for a count or a span of time that makes it another feat
(:data:`_OTHER_FEAT`)."""
_OTHER_FEAT = re.compile(
    r"[^.;:!?,()]*?\b(?:twice|[\w-]+\s+times|since\s+\d{4}|in\s+(?:a|an|the\s+past|over\s+a|[\w-]+)\s+"
    r"(?:decades?|years?|centur(?:y|ies)|generations?))\b",
    re.IGNORECASE,
)
"""A count of wins or a span of time in a precedence's clause ("the first club to win the Tarn cup three times",
"the first woman to win the Kesby marathon in a decade", "… since 1990"): another feat than the plain precedence,
read as no precedence at all (a plain "the second club to win the Tarn cup" is not its disagreement)."""


def _precedence_values(body: str) -> list[tuple[int, int, float]]:
    """Who did a thing in what order (:data:`_PRECEDENCE`): values of class ``("precedence", "")``, the order as a
    number; not after a plan (:data:`_PLANNED_BEFORE`), nor "the first time" or "in the first place"."""
    found = []
    for m in _PRECEDENCE.finditer(body):
        if m.start() < 1 or body[m.start() - 1] not in "Tt" or (m.start() > 1 and body[m.start() - 2].isalnum()):
            continue  # "he first", "athe": not "the"
        noun = body[m.end("n") : m.start("act")].split()[0].lower()
        if noun in _NOT_PRECEDENCE_NOUNS or _PLANNED_BEFORE.search(body, max(0, m.start() - PLAN_REACH), m.start() - 1):
            continue
        if _OTHER_FEAT.match(body, m.end(), min(len(body), m.end() + OTHER_FEAT_REACH)):
            continue  # "the first club to win the cup three times", "the first woman in a decade to …"
        found.append((m.start("n"), m.end("n"), float(ordinal_value(m.group("n")))))
    return found


PATTERN_CLASSES: tuple[tuple[Callable[[str], list[tuple[int, int, float]]], tuple[str, str]], ...] = (
    (_tally_values, ("tally", "tally")),
    (_clock_values, ("clock", CLOCK_UNIT)),
    (_ordinal_values, ("ordinal", ORDINAL_UNIT)),
    (_rank_values, ("rank", RANK_UNIT)),
    (_place_values, ("place", PLACE_UNIT)),
    (_standing_values, ("standing", STANDING_UNIT)),
    (_precedence_values, ("precedence", PRECEDENCE_UNIT)),
    (succession_values, ("succession", SUCCESSION_UNIT)),
)
"""The classes found by a pattern of their own rather than among the quantities: each finder gives (start, end,
value) in the body, :func:`_found_facts` keeps those standing in prose. A place fact also keeps its article's text
(:attr:`Fact.names`, one per article), to tell whether the article names another place anywhere."""


def pattern_values(kind: str, body: str) -> list[tuple[int, int, float]]:
    """The (start, end, value) of each fact of one class a pattern finds in ``body`` (:data:`PATTERN_CLASSES`; ``kind``:
    the class, "rank", "place", "standing", ...), in prose and quotation alike: "Ana Vell finished third" gives the
    span of "third" and 3.0 for ``rank``."""
    for values, (cls, _) in PATTERN_CLASSES:
        if cls == kind:
            return values(body)
    raise ValueError(f"no pattern class {kind!r}")


def other_zones(a: str, b: str) -> bool:
    """Whether two written times name two different time zones."""
    x, y = _ZONE.search(a), _ZONE.search(b)
    return x is not None and y is not None and x.group(1) != y.group(1)


def clock_range(text: str, value: float, before: str) -> tuple[float, float]:
    """The minutes of the day a written time allows: :data:`CLOCK_SLACK` either way, twice that for a whole hour
    ("10am" may be 10.20), and as much again after "about", "around", "shortly", "just"."""
    slack = CLOCK_SLACK * (1 if re.search(r"[:.]\d\d", text) else 2)
    if _CLOCK_APPROXIMATE.search(before):
        slack += 2 * CLOCK_SLACK
    return value - slack + 0.5, value + slack - 0.5
