"""The ordinal of one holder of an office ("became the 12th mayor of Brackwater" / "was sworn in as its 14th mayor").

An office is held in turn; the holder's place in that order is one fact
however an outlet tells the holder's coming in. :func:`succession_values`
finds an ordinal (in digits, "12th", or in words, "fourteenth") right after
"the" or a possessive and before a noun of an office one person holds at a
time (``lexicon.SINGLE_OFFICES``, a rank word of ``lexicon.OFFICE_RANKS``
allowed between: "the 12th deputy mayor"; not "candidate" or "judge", of
which many serve at once), of class ``("succession", SUCCESSION_UNIT)``; not
one followed by "to" and a verb ("the third mayor to resign": an order of
precedence, ``fact_patterns``) or by a restricting clause or phrase ("the
first president who …", "in …", "elected from …": a rank among some of
them, not compared here), nor one a plan or a hope gives ("could become the 12th mayor"). An order counted
"since" an anchor ("the 12th mayor since the war", "since 1945") is compared
only with an order counted from the same anchor (:func:`since_anchor`): one
anchor, one set of holders.

Two ordinals are of one order (:func:`one_succession`) where they are of one
person (:func:`holder`: the one person its sentence names whose surname
stands in its window, no kin noun between: "Ann Holt's father was the 14th
mayor" is her father's), of one office (the same noun right after the
ordinal, the same rank) and of one place where both name one (capitalised words after it, or before a
possessive, sharing one: "the 12th mayor of Brackwater", "Brackwater's 14th
mayor"; "the 14th mayor of Lowmoor" is another office).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import ordinal, ordinal_value
from newsfuse.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    HOPE_WORDS,
    KIN_RELATIONS,
    MODAL_VERBS,
    OFFICE_RANKS,
    PLAN_WORDS,
    PREPOSITIONS,
    SINGLE_OFFICES,
    THIRD_PERSON_DETERMINERS,
    alternation,
)

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact
    from newsfuse.options import ConflictsOptions

__all__ = [
    "ANCHOR_WORDS",
    "HOLDER_REACH",
    "PLACE_WORDS",
    "SUCCESSION_PLAN_REACH",
    "SUCCESSION_UNIT",
    "holder",
    "one_succession",
    "since_anchor",
    "succession_unit",
    "succession_values",
]

SUCCESSION_UNIT = "succession (ordinal)"
"""The unit of a holder's place in the order of an office's holders ("the 12th mayor": 12), a class of its own."""

_ORDINAL_OF_OFFICE = (
    rf"(?P<n>{ordinal(3, words_in_any_case=True)})\s+"
    rf"(?:{alternation(OFFICE_RANKS)}\s+)?(?P<office>{alternation(SINGLE_OFFICES)})\b"
)
_SUCCESSION = re.compile(rf"(?:\b[Tt]he|\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir|[’']s)\s+{_ORDINAL_OF_OFFICE}")
"""An ordinal after "the", a possessive determiner or a possessive, before a noun of an office one person holds at a
time (``lexicon.SINGLE_OFFICES``; a rank word between)."""
_ORDINAL_OFFICE = re.compile(_ORDINAL_OF_OFFICE)
"""The ordinal and the office noun of :data:`_SUCCESSION`, matched at the ordinal (:func:`succession_unit`)."""

_RESTRICTION = r"to\s+[a-z]|(?:who|whose|that|among|ever|[a-z]+ed|born|chosen)\b"
"""A restricting clause or phrase: "to" and a verb, a relative word, a participle ("elected from")."""

_NOT_ORDER_AFTER = re.compile(
    r"(?:\s+of(?:\s+the)?)?(?:\s+[A-Z][\w’'\-]*){0,3}(?:,[^,.;]{1,40},)?\s+"
    rf"(?:{_RESTRICTION}"
    r"|in\b(?!\s+(?:[\w’'\-]+\s+){0,2}history\b)"
    r"|(?P<since>since)\b(?!\s+(?:(?:the|its|[A-Z][\w’'\-]*[’']s)\s+founding|(?:the\s+)?(?:[A-Z][\w’'\-]*|city|town)\s+was\s+founded)\b))"
)
"""What makes the ordinal no place in the office's order, after the office, the place it is of and an aside between
commas: "to" and a verb ("the third governor of Tarn to be born abroad": an order of precedence, ``fact_patterns``),
a restricting clause or phrase ("the ninth judge who was confirmed this year", "the first mayor since 1990", "the
second mayor in the county to …", "the 12th mayor of Brackwater elected from the Green party": a rank among some of
them). "In" and the office's history ("the 12th mayor in Brackwater's history") and "since" its founding ("the 14th
mayor since Brackwater was founded", "since its founding") are the whole order. An order restricted by "since" is read
on (:func:`since_anchor`)."""

_RESTRICTED_AFTER = re.compile(rf"\s+(?:{_RESTRICTION})")
"""A restricting clause or phrase right after a "since" anchor ("the first mayor since 1990 to lose her seat", "the
12th mayor since the war elected from the Greens"): an order among some of those holders, no order to compare."""

_ANCHOR_WORD = re.compile(r"\s+(?P<word>[\w’'\-]+)")

ANCHOR_WORDS = 3
"""Most words read as the anchor of an order restricted by "since" ("since the Second World War")."""

_ANCHOR_OPENERS = THIRD_PERSON_DETERMINERS
"""Determiners before a "since" anchor, left out of it ("since the war": ``war``)."""

_PLANNED_BEFORE = re.compile(
    rf"\b(?:(?:{alternation(MODAL_VERBS)})\s+(?:become|be)|(?:{alternation(PLAN_WORDS | HOPE_WORDS)})\s+to\s+"
    rf"(?:become|be))\s+\S*\s*$",
    re.IGNORECASE,
)
"""A plan or a hope right before the ordinal ("could become the 12th mayor", "hopes to be Brackwater's 12th mayor",
``lexicon.PLAN_WORDS``, ``HOPE_WORDS``); not an outcome ("beat Tal Oren to become the 12th mayor")."""

SUCCESSION_PLAN_REACH = 40
"""Characters before an ordinal searched for a plan (:data:`_PLANNED_BEFORE`)."""

HOLDER_REACH = 6
"""Window words before an ordinal within which its holder's surname stands ("Ann Holt on Monday became Brackwater's
14th mayor": the place, the verb and the day between)."""

_KIN = frozenset(stem(w) for w in KIN_RELATIONS)
"""Nouns of kinship, stemmed: a surname before one is the kin's, not the holder's ("Ann Holt's father")."""


def since_anchor(body: str, at: int) -> str | None:
    """What an order of an office's holders restricted by "since" counts from, read after "since" at ``at``: up to
    :data:`ANCHOR_WORDS` words, lower-cased, its determiner left out, until a function word or a mark ("the 12th
    mayor since the war on Monday": ``war``; "since 1945": ``1945``); None where a restricting clause or phrase
    follows it (:data:`_RESTRICTED_AFTER`: an order among some of them), where it is a clause's subject
    (:data:`_CLAUSE_AFTER`: "since Brackwater became a city") or no word stands there.

    Two ordinals of one office and holder counted from one anchor count one set of holders, so they must agree;
    from two anchors ("since the war" / "since its charter of 1890"), or one from an anchor and one from the
    office's start, they count two sets and are never compared (:func:`one_succession`, by the unit
    :func:`succession_unit` gives)."""
    words: list[str] = []
    for m in _ANCHOR_WORD.finditer(body, at):
        if m.start() != at or len(words) == ANCHOR_WORDS:
            break
        written = m.group("word")
        word = written.lower()
        if word in ENGLISH_FUNCTION_WORDS and written == word and (words or word not in _ANCHOR_OPENERS):
            break  # "since the war on Monday"; a capitalised one is of a name ("since the Second World War")
        if word not in _ANCHOR_OPENERS:
            words.append(word)
        at = m.end()
    if not words or _RESTRICTED_AFTER.match(body, at) or _CLAUSE_AFTER.match(body, at):
        return None
    return " ".join(words)


_CLAUSE_AFTER = re.compile(rf"\s+(?!(?:{alternation(PREPOSITIONS | {'and', 'or', 'but'})})\b)[a-z]")
"""A word in lower case right after a "since" anchor that is no preposition or conjunction: the anchor is a clause's
subject ("since Brackwater became a city", "since Brackwater was granted a charter"), an event the words before its
verb do not name; such an anchor is not read (None)."""


def _order(body: str, end: int) -> str | None:
    """The anchor an office's order after the office noun ending at ``end`` is counted from: empty for the whole
    order, the words of :func:`since_anchor` for one restricted by "since"; None for any other restriction."""
    m = _NOT_ORDER_AFTER.match(body, end)
    if m is None:
        return ""
    return since_anchor(body, m.end()) if m.group("since") else None


def succession_unit(body: str, start: int) -> str:
    """The unit of the ordinal at ``start`` (one :func:`succession_values` found): :data:`SUCCESSION_UNIT`, and the
    anchor of an order restricted by "since" after it ("succession (ordinal) since war")."""
    m = _ORDINAL_OFFICE.match(body, start)
    anchor = _order(body, m.end()) if m is not None else ""
    return f"{SUCCESSION_UNIT} since {anchor}" if anchor else SUCCESSION_UNIT


def succession_values(body: str) -> list[tuple[int, int, float]]:
    """Each holder's ordinal of an office in ``body`` (see the module docstring), as (start, end, value)."""
    found = []
    for m in _SUCCESSION.finditer(body):
        if (
            _PLANNED_BEFORE.search(body, max(0, m.start() - SUCCESSION_PLAN_REACH), m.start())
            or _order(body, m.end()) is None
        ):
            continue
        found.append((m.start("n"), m.end("n"), float(ordinal_value(m.group("n")))))
    return found


def holder(f: Fact) -> tuple[str, str] | None:
    """The person whose place in an office's order ``f`` gives: the one its sentence names whose surname stands in its
    :data:`HOLDER_REACH` window words before it, no noun of kinship nearer (``lexicon.KIN_RELATIONS``); None unless
    exactly one fits."""
    window = f.left[:HOLDER_REACH]
    fits = set()
    for person in f.people:
        surname = stem(person[1])
        if surname in window and not _KIN & set(window[: window.index(surname)]):
            fits.add(person)
    return next(iter(fits)) if len(fits) == 1 else None


PLACE_WORDS = 2
"""Most capitalised words read as the place an office is of ("of Ostley University", "Ostley University's")."""

_RANKS = frozenset(stem(r) for r in OFFICE_RANKS)


def _capitalised(words: tuple[str, ...], f: Fact) -> frozenset[str]:
    """The first :data:`PLACE_WORDS` of ``words`` while they are capitalised (not among ``f``'s lower-case words)."""
    out = []
    for word in words[:PLACE_WORDS]:
        if word in f.common:
            break
        out.append(word)
    return frozenset(out)


def _office(f: Fact) -> tuple[str, frozenset[str]]:
    """The office's noun (with its rank word) right after the ordinal, and the words of the place it names ("of
    Brackwater" after it, or "Brackwater's" before it); no words where none stands there."""
    noun = f.right[:2] if f.right[:1] and f.right[0] in _RANKS else f.right[:1]
    return " ".join(noun), _capitalised(f.right[len(noun) :], f) or _capitalised(f.left, f)


def one_succession(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    """``compare.conflicts._evidence`` for two ordinals of office holders: of one person, the same (:func:`holder`),
    of one office and of one place where both name one (see the module docstring)."""
    if a.quantity.unit != b.quantity.unit:
        return 0.0, "other occurrences"  # "the 12th mayor since the war" / "since its charter", "the 14th mayor"
    if not holder(a) == holder(b) is not None:
        return 0.0, "other people"  # "Ann Holt became the 12th mayor" / "her predecessor was the 11th"
    (noun_a, place_a), (noun_b, place_b) = _office(a), _office(b)
    if noun_a != noun_b or (place_a and place_b and not place_a & place_b):
        return 0.0, "other occurrences"  # "the 14th chair of the county board", "the 14th mayor of Lowmoor"
    return settings.window_share, ""
