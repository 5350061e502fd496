"""Outlets that name different people in one office: "Harbour Board Chair Lena Holt" / "Harbour Board Chair Omar Lind".

A *holder* is a person named right after a qualified office ("Finance
Minister Pavel Dorn", "Assembly Speaker Ruth Calder"): one to three qualifier
words (capitalised, or an acronym), a noun of office that one person holds
at a time (:data:`newsfuse.lexicon.SINGLE_OFFICES`), then a name of two or
three capitalised words. An office with nothing before it ("President
Dorn") is not compared (president of what?), nor one held by a former,
acting or deputy holder.

Two outlets conflict on an office when each names exactly one holder of
it, the two are different people, and neither outlet names the other
person anywhere: a different surname, or the same surname with given names
that are not forms of one name ("Anna Holt" / "Maria Holt": two people
with similar names; "Tom Lind" / "Thomas Lind": one). Two names one slip
apart ("Calder" / "Caldor") are a misspelling, which the entity stage
reports, not a conflict.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from newsfuse.lexicon import GIVEN_NAME_VARIANTS, SINGLE_OFFICES
from newsfuse.model import ArticleAnalysis, Conflict, ConflictValue, Span

__all__ = ["MISSPELLING_EDITS", "find_role_conflicts"]

MISSPELLING_EDITS = 2
"""Surnames this many edits apart or fewer are one name misspelt, not two people."""

_NAME = r"[A-Z][a-z’'\-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'\-]+){1,2}"
_QUALIFIER = r"(?:[A-Z][A-Za-z.&’'\-]*\s){1,3}"
_HOLDER = re.compile(rf"(?<![\w-])(?P<qualifier>{_QUALIFIER})(?P<office>[A-Za-z\-]+)\s(?P<name>{_NAME})\b")
_NOT_CURRENT = re.compile(r"(?:former|acting|deputy|vice|ex|then|assistant|interim)[\s-]$", re.IGNORECASE)


def _holders(analysis: ArticleAnalysis) -> dict[tuple[str, str], list[tuple[str, Span]]]:
    """Office (qualifier, noun) -> the people the article names in it, with the span of each name."""
    body = analysis.article.body
    out: dict[tuple[str, str], list[tuple[str, Span]]] = {}
    for m in _HOLDER.finditer(body):
        office = m.group("office").lower()
        if office not in SINGLE_OFFICES:
            continue
        qualifier = m.group("qualifier").split()
        # the qualifier starts after a sentence-opening word that is not part of it ("The", "When")
        while qualifier and qualifier[0] in ("The", "A", "An", "When", "As", "After", "But", "And", "On", "In"):
            qualifier = qualifier[1:]
        if not qualifier or _NOT_CURRENT.search(body[max(0, m.start() - 12) : m.start("qualifier")]):
            continue
        key = (" ".join(w.lower().rstrip(".") for w in qualifier), office)
        out.setdefault(key, []).append((m.group("name"), Span(m.start("name"), m.end("name"))))
    return out


def _given(name: str) -> str:
    first = name.split()[0].lower()
    return GIVEN_NAME_VARIANTS.get(first, first)


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _surname(name: str) -> str:
    words = [w.lower().rstrip(".,") for w in name.split()]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1]


def _different_people(a: str, b: str) -> bool:
    surname_a, surname_b = _surname(a), _surname(b)
    if surname_a != surname_b:
        return Levenshtein.distance(surname_a, surname_b) > MISSPELLING_EDITS
    given_a, given_b = _given(a), _given(b)
    return given_a != given_b and not (given_a.startswith(given_b) or given_b.startswith(given_a))


def find_role_conflicts(story: str, analyses: Sequence[ArticleAnalysis]) -> list[Conflict]:
    """Offices that two outlets give to different people (see the module docstring)."""
    holders = [_holders(a) for a in analyses]
    out: list[Conflict] = []
    for i, mine in enumerate(holders):
        for j in range(i + 1, len(holders)):
            for office, named in sorted(mine.items()):
                theirs = holders[j].get(office)
                if not theirs:
                    continue
                names_a, names_b = {n for n, _ in named}, {n for n, _ in theirs}
                if len(names_a) != 1 or len(names_b) != 1:
                    continue
                (a,), (b,) = names_a, names_b
                body_a, body_b = analyses[i].article.body, analyses[j].article.body
                if not _different_people(a, b) or b in body_a or a in body_b:
                    continue
                out.append(
                    _conflict(story, office, (analyses[i].article.id, *named[0]), (analyses[j].article.id, *theirs[0]))
                )
    return out


def _conflict(story: str, office: tuple[str, str], a: tuple[str, str, Span], b: tuple[str, str, Span]) -> Conflict:
    values = sorted([a, b], key=lambda v: (v[0], v[2].start))
    digest = hashlib.blake2b(
        "|".join(f"{article}:{span.start}" for article, _, span in values).encode(), digest_size=6
    ).hexdigest()
    role = f"{office[0]} {office[1]}"
    return Conflict(
        id=f"{story}:X{digest}",
        story=story,
        kind="name",
        about=f"who is the {role}",
        values=tuple(
            ConflictValue(value=name, normalised=name.lower(), article=article, span=span)
            for article, name, span in values
        ),
        reason=f"one outlet names {a[1]} as the {role}, the other {b[1]}: two different people",
    )
