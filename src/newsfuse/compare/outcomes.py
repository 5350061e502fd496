"""Outlets that give one trial or one vote opposite outcomes: "found guilty" / "acquitted", "passed" / "rejected".

An *outcome fact* is a phrase of :data:`newsfuse.lexicon.OUTCOME_WORDS` in the
article's own prose (never in a quotation), read as one of the two outcomes
of its kind ("not" or "never" right before it turns it over: "did not pass"
fails), and left out where it has not happened or is no outcome: after a
modal verb, "to" or "expected" ("is expected to pass", "could be convicted"),
or after a plea ("pleaded not guilty"). It is *of* what the verdict or the vote
is on:

- a verdict: the people its sentence names (``fact_names.sentence_people``), and
  the words of the charge after "of" ("acquitted of arson");
- a vote: the head of the noun phrase after the phrase ("rejected the
  amendment": ``amend``) or, for a passive ("the bill was rejected"), before
  it, and the voting bodies its sentence names (``lexicon.VOTING_BODIES``).

Two outlets conflict when two outcome facts of one kind give opposite
outcomes about one thing: a verdict on one person (a surname in common, given
names that agree) whose charges, where both are written, share a word; a
vote on one head whose sentences share :data:`MIN_SHARED` content words and
name one body, or none ("the House passed the bill" / "the Senate rejected
it" are two votes, and so are "the committee approved the bill" / "the bill
was rejected": a bill meets many votes). An outlet that gives both outcomes about the
thing ("guilty of arson, cleared of burglary") knows of both and is not
compared, and neither are sentences whose days cannot meet
(``fact_days.on_other_days``: a verdict of 2019 and one of this week are two
trials). The conflict cites both phrases, kind ``name``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.article.stems import stem
from newsfuse.compare.align import quoted_mask
from newsfuse.compare.fact_days import on_other_days
from newsfuse.compare.fact_names import sentence_people
from newsfuse.compare.fact_text import WORD
from newsfuse.compare.facts import Fact
from newsfuse.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    MODAL_VERBS,
    NOUN_PHRASE_END_WORDS,
    OUTCOME_WORDS,
    VOTING_BODIES,
    alternation,
)
from newsfuse.model import ArticleAnalysis, Conflict, ConflictValue, Span
from newsfuse.options import ConflictsOptions
from newsfuse.scan import word_start

__all__ = [
    "MIN_SHARED",
    "NOT_YET_REACH",
    "OUTCOME_REACH",
    "PASSIVE_REACH",
    "TURNED_REACH",
    "find_outcome_conflicts",
    "outcome_facts",
]

MIN_SHARED = ConflictsOptions().min_shared
"""Fewest content words two votes' sentences must share to be one vote (the conflicts stage's ``min_shared``)."""
OUTCOME_REACH = 40
"""Characters after a vote's phrase (or before a passive one) searched for the head of what was voted on."""
NOT_YET_REACH = 40
"""Characters before an outcome phrase searched for what makes it no outcome (a modal, "to", "expected", a plea:
``_NOT_YET``), within its sentence."""
TURNED_REACH = 8
"""Characters before an outcome phrase searched for the "not" or "never" that turns it over (the longer, "never",
and the space after it fit)."""
PASSIVE_REACH = 20
"""Characters before a vote's phrase searched for the auxiliary that makes it passive ("has been", "had been")."""

_PHRASES = {
    phrase: (kind, outcome) for kind, outcomes in OUTCOME_WORDS.items() for outcome, phrases in outcomes.items()
    for phrase in phrases
}  # fmt: skip
_PHRASE = re.compile(
    "(?P<phrase>"
    + word_start(
        [p.replace(" ", r"\s+") for p in sorted(_PHRASES, key=len, reverse=True)], ignore_case=True, not_after=r"[\w-]"
    )
    + r")(?![\w-])"
)
"""Any phrase of :data:`newsfuse.lexicon.OUTCOME_WORDS`, in any case, where a word starts (:func:`newsfuse.scan.
word_start`: the scan skips to the phrases' first letters)."""
_NOT_YET = re.compile(
    rf"\b(?:{alternation(MODAL_VERBS)}|to|expected|likely|set|pleaded|pleads|plead|pleading)"
    r"(?:\s+(?:not|be|been|have|never))*\s+$",
    re.IGNORECASE,
)
"""What makes a phrase no outcome: a modal verb, "to" or "expected" before it (not yet happened), or a plea."""
_TURNED = re.compile(r"\b(?:not|never)\s+\Z", re.IGNORECASE)
_READ_ONLY = {
    "guilty": (re.compile(r"\bfound\s+(?:[\w’'.\-]+\s+){0,4}$", re.IGNORECASE), re.compile(r"\s+verdict\b")),
    "cleared": (None, re.compile(r"\s+(?:[\w’'.\-]+\s+){0,4}?of\s")),
}
"""Words that give an outcome only beside others, (before, after), either enough: "found Tom Reyes guilty", "a
guilty verdict"; "was cleared on Friday of arson" (not "cleared the way")."""
_CHARGE = re.compile(r"(?:\s+[\w’'.\-]+){0,4}?\s+of\s+(?P<charge>[^.;:!?]{1,60})")
"""The charge of a verdict: what follows the first "of" within four words after it ("acquitted on Friday of arson")."""
_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is|are)\s+$", re.IGNORECASE)
_BODY_WORDS = {w: body for w, body in VOTING_BODIES.items()}


@dataclass(frozen=True)
class Outcome:
    """One outcome an article gives: its kind, which way it went, the phrase's span, what it is of."""

    article: str
    kind: str
    outcome: str
    span: Span
    text: str
    sentence: Span
    people: frozenset[tuple[str, str]]
    charge: frozenset[str]
    head: str
    words: frozenset[str]
    bodies: frozenset[str]


def _content(text: str) -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in WORD.findall(text) if w.lower() not in ENGLISH_FUNCTION_WORDS)


_ACT = re.compile(r"\s+to\s+(?P<act>[a-z]+)\b")


def _head_after(body: str, end: int, stop: int) -> str:
    """The last content word of the noun phrase after ``end`` (to a word of
    :data:`newsfuse.lexicon.NOUN_PHRASE_END_WORDS`), stemmed, and the verb of a "to" right after it ("rejected the
    amendment to the bill": ``amend``; "approved the plan to close the library": ``plan:clos``, not ``plan:sell``)."""
    words: list[str] = []
    for m in WORD.finditer(body, end, min(stop, end + OUTCOME_REACH)):
        lower = m.group().lower()
        if lower in NOUN_PHRASE_END_WORDS:
            act = _ACT.match(body, m.start() - 1) if lower == "to" else None
            verb = act.group("act") if act is not None and act.group("act") not in ENGLISH_FUNCTION_WORDS else ""
            return f"{stem(words[-1])}:{stem(verb)}" if words and verb else stem(words[-1]) if words else ""
        if lower not in ENGLISH_FUNCTION_WORDS:
            words.append(lower)
    return stem(words[-1]) if words else ""


def _head_before(body: str, start: int, begin: int) -> str:
    """The content word right before a passive phrase's auxiliary ("the bill was rejected": ``bill``), stemmed."""
    words = [w.lower() for w in WORD.findall(body, max(begin, start - OUTCOME_REACH), start)]
    content = [w for w in words if w not in ENGLISH_FUNCTION_WORDS]
    return stem(content[-1]) if content else ""


def _bodies(text: str) -> frozenset[str]:
    found = set()
    for w in WORD.findall(text):
        lower = w.lower()
        body = _BODY_WORDS.get(lower) or (_BODY_WORDS.get(lower[:-1]) if lower.endswith("s") else None)
        if body is not None:
            found.add(body)
    return frozenset(found)


def outcome_facts(
    analysis: ArticleAnalysis, people: dict[int, frozenset[tuple[str, str]]] | None = None
) -> list[Outcome]:
    """The article's outcome facts (see the module docstring; ``people``: ``fact_names.sentence_people``, read where
    a verdict is given and not passed in)."""
    body = analysis.article.body
    found = list(_PHRASE.finditer(body))
    if not found:
        return []
    masked = quoted_mask(analysis)
    if people is None:
        verdicts = any(_PHRASES[_key(m)][0] == "verdict" for m in found)
        people = sentence_people(analysis) if verdicts else {}  # votes read no people
    starts = [s.start for s in analysis.sentences]
    out = []
    for m in found:
        at = bisect.bisect_right(starts, m.start()) - 1
        if at >= 0 and m.end() <= analysis.sentences[at].end and not masked[m.start()]:
            outcome = _outcome(analysis, m, analysis.sentences[at].span, people)
            if outcome is not None:
                out.append(outcome)
    return out


def _key(m: re.Match[str]) -> str:
    return " ".join(m.group("phrase").lower().split())


def _outcome(
    analysis: ArticleAnalysis, m: re.Match[str], sentence: Span, people: dict[int, frozenset[tuple[str, str]]]
) -> Outcome | None:
    """The outcome a phrase gives in its sentence, or None where it gives none (see the module docstring)."""
    body = analysis.article.body
    start, end = m.span("phrase")
    before = body[max(sentence.start, start - NOT_YET_REACH) : start]
    if _NOT_YET.search(before) or not _read(m.group("phrase").lower(), before, body, end):
        return None
    kind, outcome = _PHRASES[_key(m)]
    turned = _TURNED.search(body, max(sentence.start, start - TURNED_REACH), start)
    if turned is not None:  # "found Tom Reyes not guilty", "did not pass": the other outcome, "not" cited
        outcome, start = next(o for o in OUTCOME_WORDS[kind] if o != outcome), turned.start()
    text = body[sentence.start : sentence.end]
    charge = _CHARGE.match(body, end, sentence.end)
    passive = _PASSIVE.search(body, max(sentence.start, start - PASSIVE_REACH), start)
    head = ""
    if kind != "verdict":
        head = _head_before(body, passive.start(), sentence.start) if passive else _head_after(body, end, sentence.end)
    return Outcome(
        analysis.article.id, kind, outcome, Span(start, end), body[start:end], sentence,
        people.get(sentence.start, frozenset()), _content(charge.group("charge")) if charge else frozenset(), head,
        _content(text), _bodies(text),
    )  # fmt: skip


def _read(word: str, before: str, body: str, end: int) -> bool:
    """Whether a word of :data:`_READ_ONLY` stands where it gives an outcome (any other word always does)."""
    if word not in _READ_ONLY:
        return True
    ahead, after = _READ_ONLY[word]
    return bool((ahead is not None and ahead.search(before)) or (after is not None and after.match(body, end)))


def _one_person(a: Outcome, b: Outcome) -> bool:
    """Whether two verdicts' sentences name one person: a surname in common whose given names, where both are
    written, agree."""
    for given, surname in a.people:
        for other_given, other_surname in b.people:
            if surname == other_surname and (not given or not other_given or given == other_given):
                return True
    return False


def _of_one_thing(a: Outcome, b: Outcome) -> bool:
    """Whether two outcomes of one kind are of one trial or one vote (see the module docstring)."""
    if a.kind == "verdict":
        return _one_person(a, b) and (not a.charge or not b.charge or bool(a.charge & b.charge))
    if not a.head or a.head != b.head or len(a.words & b.words) < MIN_SHARED:
        return False
    return a.bodies == b.bodies or bool(a.bodies & b.bodies)  # a committee's vote and a vote of no body named: two


def _both_given(facts: list[Outcome], other: Outcome) -> bool:
    """Whether an article gives both outcomes about ``other``'s thing (it knows of both)."""
    return len({f.outcome for f in facts if f.kind == other.kind and _of_one_thing(f, other)}) > 1


def _dated(facts: list[Fact], outcome: Outcome) -> Fact | None:
    """A fact of the outcome's sentence carrying the days it gives (``Fact.days``), for
    :func:`newsfuse.compare.facts.on_other_days`."""
    return next((f for f in facts if f.sentence == outcome.sentence and f.days), None)


def find_outcome_conflicts(
    story: str, analyses: Sequence[ArticleAnalysis], facts: Sequence[list[Fact]]
) -> list[Conflict]:
    """Trials and votes two outlets give opposite outcomes (see the module docstring; ``facts``: each article's
    facts, ``facts.facts_of``, whose days date the outcomes' sentences)."""
    found = [outcome_facts(a) for a in analyses]
    if sum(1 for f in found if f) < 2:
        return []
    out: list[Conflict] = []
    seen: set[tuple[str, str, str]] = set()
    for i, mine in enumerate(found):
        for j in range(i + 1, len(found)):
            for a, b in _opposite(mine, found[j]):
                days_a, days_b = _dated(facts[i], a), _dated(facts[j], b)
                if days_a is not None and days_b is not None and on_other_days(days_a, days_b):
                    continue
                if (a.article, b.article, a.kind) not in seen:
                    seen.add((a.article, b.article, a.kind))
                    out.append(_conflict(story, a, b))
    return out


def _opposite(mine: list[Outcome], theirs: list[Outcome]) -> list[tuple[Outcome, Outcome]]:
    """The outcomes of two articles that are of one thing and go opposite ways, neither article giving both."""
    pairs = []
    for a in mine:
        if _both_given(mine, a):
            continue
        for b in theirs:
            if b.kind != a.kind or b.outcome == a.outcome or not _of_one_thing(a, b):
                continue
            if not (_both_given(theirs, b) or _both_given(theirs, a) or _both_given(mine, b)):
                pairs.append((a, b))
    return pairs


def _conflict(story: str, a: Outcome, b: Outcome) -> Conflict:
    values = sorted((a, b), key=lambda o: (o.article, o.span.start))
    digest = hashlib.blake2b("|".join(f"{o.article}:{o.span.start}" for o in values).encode(), digest_size=6)
    if a.kind == "verdict" and a.people:
        about = "the verdict on " + " ".join(w for w in min(a.people & b.people or a.people) if w).title()
    else:
        about = f"the outcome of the {a.kind}" + (f" on the {a.head}" if a.head else "")
    return Conflict(
        id=f"{story}:X{digest.hexdigest()}",
        story=story,
        kind="name",
        about=about,
        values=tuple(ConflictValue(value=o.text, normalised=o.outcome, article=o.article, span=o.span) for o in values),
        reason=f"one outlet says {a.text.lower()!r} ({a.outcome}), the other {b.text.lower()!r} ({b.outcome}): "
        f"one {a.kind} has one outcome",
    )
