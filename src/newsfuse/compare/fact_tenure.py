"""Years that start a state of things or a tenure, and what the tenure is of.

A year after "since", the start of a state of things, is a class of its own
(``("year", "since")``, :func:`after_since`), and so is a year after a verb that
starts a tenure and "in" ("took over as director in 2013",
:data:`newsfuse.lexicon.TENURE_START_VERBS`), or a year opening its sentence
after "In" where a person then starts a tenure ("In 2013, she took over"),
marked ``start`` (:func:`tenure_clause`). Such a fact keeps the nouns of office
its words write, what the offices are offices of, the kind of tenure the verbs
before it hold, the thing held and whether it is a part of another, and the
verb that started the tenure (:func:`with_tenure`). A "since" year's sentence that
opens with "He" or "She" and names no one is about the one person the sentence
right before it names (:func:`_pronoun_subject`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfuse.article.dates import (
    MONTHS,
)
from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import CLAUSE_END, LETTER_WORD, OBJECT_TOKEN
from newsfuse.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    NOUN_PHRASE_DETERMINERS,
    OFFICE_RANKS,
    OFFICE_TITLES,
    PREPOSITIONS,
    TENURE_HOLD_VERBS,
    TENURE_OFFICE_VERBS,
    TENURE_START_ADVERBS,
    TENURE_START_VERBS,
    TENURE_TAKE_OVER_VERBS,
    alternation,
)
from newsfuse.model import Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact


__all__ = [
    "OF_REACH",
    "SINCE_REACH",
    "START_REACH",
    "after_since",
    "tenure_clause",
    "with_tenure",
]

_SINCE = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s*)?(?:{alternation(MONTHS)}\.?\s+)?$",
    re.IGNORECASE,
)
""""Since" right before a year, or before its month or part ("since March 2013", "since early 2013", "since the end
of 2013"): the year a state of things started in."""


SINCE_REACH = 30
"""Characters before a year searched for :data:`_SINCE`."""


_START_ADVERB = rf"(?:(?:{'|'.join(TENURE_START_ADVERBS)})\s+)?"


def _start_verbs(verbs: Sequence[str]) -> str:
    """An alternation of start verbs as written, a passive one with an adverb inside ("was first elected",
    :data:`newsfuse.lexicon.TENURE_START_ADVERBS`)."""
    return "|".join(
        ("was\\s+" + _START_ADVERB + v[4:] if v.startswith("was ") else v).replace(" ", r"\s+") for v in verbs
    )


_STARTED_IN = re.compile(r"\b(?:" + _start_verbs(TENURE_START_VERBS) + r")\b[^.;:!?,]{0,60}?\bin\s+$")
"""A verb that starts a tenure, then "in" right before a year, within one clause: "took over as director in"."""


START_REACH = 90
"""Characters before a year searched for :data:`_STARTED_IN`."""


_OPENS_WITH_IN = re.compile(r"\s*In\s+$")
"""What stands before a year that opens its sentence: "In 2013, she took over …"."""


_THEN_STARTED = re.compile(
    r",\s+(?:he|she|[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,2})\s+(?:" + _start_verbs(TENURE_START_VERBS) + r")\b"
)
"""After such a year: a person (a pronoun or a name) who then starts a tenure ("…, she took over", "…, Corley
was appointed"); a thing that "became" something ("…, the shelter became a charity") is no tenure."""


def after_since(q: Quantity, body: str) -> bool:
    """Whether a year follows "since", or its month or part after "since" ("chair since 2013", "since March
    2013")."""
    return _SINCE.search(body, max(0, q.span.start - SINCE_REACH), q.span.start) is not None


def tenure_clause(q: Quantity, body: str) -> tuple[int, int] | None:
    """Where a year starts a tenure, where the words that start it stand; None where it starts none.

    A year follows a verb that starts a tenure and "in", in the year's own
    sentence: from the verb to the year ("took over as director in 2013"); or
    it opens its sentence after "In" with a person starting a tenure right
    after it: from the year to the end of the verb's clause ("In 2013, she
    took over as director of the shelter;").
    """
    start = max(0, q.span.start - START_REACH, q.context.start if q.context else 0)
    verb = _STARTED_IN.search(body, start, q.span.start)
    if verb is not None:
        return verb.start(), q.span.start
    if q.context is None or not _OPENS_WITH_IN.fullmatch(body, q.context.start, q.span.start):
        return None
    then = _THEN_STARTED.match(body, q.span.end, q.context.end)
    if then is None:
        return None
    end = CLAUSE_END.search(body, then.end(), q.context.end)
    return q.span.end, end.start() if end else q.context.end


def with_tenure(
    fact: Fact, body: str, people: dict[int, frozenset[tuple[str, str]]], clause: tuple[int, int] | None
) -> Fact:
    """A "since" or start year with what :func:`newsfuse.compare.conflicts` compares tenures by: whether a verb
    gives it (``start``), the nouns of office (``roles``: for a "since" year its sentence's, "Mayor" before a name
    too; for a start year only those of the words that start the tenure, "became mayor in 2011", not another office
    the sentence names), and the person a sentence opening with "He" or "She" is about (``clause``: the year's
    :func:`tenure_clause`, None for a year after "since")."""
    sentence = fact.sentence
    start, end = clause or (sentence.start, sentence.end)
    written = [w.lower() for w in LETTER_WORD.findall(body, start, end)]
    before = LETTER_WORD.findall(body, sentence.start, fact.quantity.span.start) if clause is None else []
    begun = _begun(body, clause) if clause is not None else ("", "")
    roles = _offices(written)
    if not roles and begun[0] in TENURE_OFFICE_VERBS and not begun[1]:  # "was first elected in 2013, … as mayor"
        roles = _offices([w.lower() for w in LETTER_WORD.findall(body, sentence.start, sentence.end)])
    return dataclasses.replace(
        fact,
        start=clause is not None,
        roles=roles,
        offices_of=_offices_of(written),
        holds=frozenset(TENURE_HOLD_VERBS[w] for w in before if w in TENURE_HOLD_VERBS),
        held=_held(body, sentence, fact.quantity.span.start) if clause is None else _started_held(body, clause),
        begun=begun,
        people=fact.people or _pronoun_subject(body, sentence, people),
    )


def _held(body: str, sentence: Span, end: int) -> tuple[str, bool]:
    """What the last verb of holding a post before ``end`` holds (:attr:`Fact.held`, :func:`_phrase_head`); where
    it holds "there", the thing the nearest noun phrase before it in the sentence names ("chairs the food bank, and
    has been in charge there": ``bank``; nothing where none stands there: "She has been in charge there")."""
    tokens = [t.lower() for t in OBJECT_TOKEN.findall(body, sentence.start, end)]
    verbs = [k for k, t in enumerate(tokens) if t in TENURE_HOLD_VERBS]
    if not verbs:
        return "", False
    verb = verbs[-1]
    if tokens[verb + 1 : verb + 2] == ["there"]:
        opens = [k for k in range(verb) if tokens[k] in NOUN_PHRASE_DETERMINERS]
        return _phrase_head(tokens[opens[-1] : verb]) if opens else ("", False)
    return _phrase_head(tokens[verb + 1 :])


_TAKE_OVER = re.compile(rf"\b{alternation(TENURE_TAKE_OVER_VERBS, any_space=True)}\b")
"""A verb of taking over a post (:data:`newsfuse.lexicon.TENURE_TAKE_OVER_VERBS`: "took over", "took the helm"), any
spaces between its words."""


def _started_held(body: str, clause: tuple[int, int]) -> tuple[str, bool]:
    """What a verb of taking over in ``clause`` takes on (:attr:`Fact.held`, ``lexicon.TENURE_TAKE_OVER_VERBS``:
    "took over the night shelter in 2013": ``shelter``; "took over as director": ``director``, an office, never a
    part); nothing for the other start verbs ("joined the shelter as a volunteer" leads nothing)."""
    verb = _TAKE_OVER.search(body, *clause)
    if verb is None:
        return "", False
    return _phrase_head([t.lower() for t in OBJECT_TOKEN.findall(body, verb.end(), clause[1])])


_START = re.compile(r"\b(?:" + _start_verbs(TENURE_START_VERBS) + r")\b")


def _begun(body: str, clause: tuple[int, int]) -> tuple[str, str]:
    """The verb that starts a tenure in ``clause`` and the head of its object (:attr:`Fact.begun`), or empty."""
    verb = _START.search(body, *clause)
    if verb is None:
        return "", ""
    head = _phrase_head([t.lower() for t in OBJECT_TOKEN.findall(body, verb.end(), clause[1])])[0]
    return " ".join(w for w in verb.group().lower().split() if w not in TENURE_START_ADVERBS), head


def _phrase_head(tokens: list[str]) -> tuple[str, bool]:
    """The head of the noun phrase ``tokens`` (lower case) open with, stemmed, past a preposition and a determiner
    ("on the town council": ``council``), and whether a possessive or "of" makes it a part of another thing ("the
    shelter's kitchen", "the kitchen of the shelter"; a noun of office is no part: "the shelter's director")."""
    phrase: list[str] = []
    part = False
    for token in tokens:
        if not phrase and (token in NOUN_PHRASE_DETERMINERS or token in PREPOSITIONS):
            continue
        if token == "of" and phrase:
            part = True
            break
        if not token[0].isalnum() or token in ENGLISH_FUNCTION_WORDS:
            break
        part = part or bool(phrase and phrase[-1].endswith(("'s", "’s")))
        phrase.append(token)
    if not phrase:
        return "", False
    return stem(phrase[-1]), part and phrase[-1] not in OFFICE_TITLES


def _offices(written: list[str]) -> frozenset[str]:
    """The nouns of office among ``written`` (lower-case words), each with the rank before it that makes it another
    office (``lexicon.OFFICE_RANKS``: a deputy mayor is not the mayor, an acting mayor's time is not the mayor's)."""
    return frozenset(
        f"{written[k - 1]} {w}" if k and written[k - 1] in OFFICE_RANKS else w
        for k, w in enumerate(written)
        if w in OFFICE_TITLES
    )


_OF_PHRASE_END = PREPOSITIONS | frozenset(
    ["since", "until", "after", "before", "and", "or", "but", "who", "which", "that", "where", "when"]
)


OF_REACH = 6
"""Most words of the phrase after "<office> of" read for the organisation it names."""


def _offices_of(written: list[str]) -> frozenset[str]:
    """What each office among ``written`` is an office of: the head (last word) of the phrase after "<office> of",
    up to a preposition, a conjunction or :data:`OF_REACH` words ("director of the Millbrook night shelter since"
    → ``shelter``; "director of the shelter's sister hostel in Dunmore" → ``hostel``)."""
    heads = set()
    for k, w in enumerate(written[:-1]):
        if w not in OFFICE_TITLES or written[k + 1] != "of":
            continue
        phrase: list[str] = []
        for word in written[k + 2 : k + 2 + OF_REACH]:
            if word in _OF_PHRASE_END:
                break
            phrase.append(word)
        if phrase:
            heads.add(stem(phrase[-1]))
    return frozenset(heads)


_OPENING_PRONOUN = re.compile(r"\s*(?:He|She)\b")


def _pronoun_subject(
    body: str, sentence: Span, people: dict[int, frozenset[tuple[str, str]]]
) -> frozenset[tuple[str, str]]:
    """The person a sentence opening with "He" or "She" and naming no one is about: the one person named by the
    sentence right before it (none where that sentence names several or no one: "The shelter's cook is popular.
    She has run the kitchen since 2013" is not about a person named further back)."""
    if not _OPENING_PRONOUN.match(body, sentence.start, sentence.end):
        return frozenset()
    before = [start for start in people if start < sentence.start]
    named = people[max(before)] if before else frozenset()
    return named if len(named) == 1 else frozenset()
