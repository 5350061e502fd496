"""Outlets that relate two named people differently: "Owen Tegg's nephew, Rhys Tegg" / "his grandson Rhys Tegg".

A *kin fact* is a noun of kinship (:data:`newsfuse.lexicon.KIN_RELATIONS`)
that ties two people the sentence names, the *anchor* (whose relative it
is) and the *subject* (the relative), in one of the forms news style uses:

- a possessive: "Owen Tegg's nephew, Rhys Tegg," / "Owen Tegg's nephew Rhys"
  / "Rhys Tegg, Owen Tegg's nephew," (up to :data:`MODIFIERS` lower-case
  words between: "Owen Tegg's younger brother");
- "of": "Rhys Tegg, the nephew of Owen Tegg," / "the nephew of Owen Tegg,
  Rhys Tegg,";
- a possessive pronoun: "… by his nephew, Rhys Tegg," / "Rhys Tegg, his
  nephew,", the anchor being the one person named before the pronoun in the
  same sentence (the subject aside); with no one or two people named before
  it, the pronoun is not read (gender is not read: "Ann Pell said Owen Tegg
  was saved by her grandson" could be either's grandson).

The subject stands right next to the phrase, in apposition: a name followed
by the phrase is its subject only where the phrase ends the apposition (a
comma, a full stop, "who"), and not where the name is one of a list ("Ann
Lee, Tom Pike, his brother and …"). People are told apart by surname,
given names and a generational suffix where both have one ("Jr" / "Sr"; a
lone word stands for the person the article names in full with it, as
surname or, failing that, as given name; "Tom" and "Thomas" are one name).

Two outlets conflict when each relates the same subject to the same anchor
by exactly one relation and the two relations differ ("nephew" / "grandson"),
or are one relation whose seniority both write differently ("younger
brother" / "elder brother", :data:`newsfuse.lexicon.KIN_SENIORITY`; "brother"
agrees with either);
nouns of one relation ("half-brother" / "brother") agree, and an outlet that
gives both relations for the pair is not compared. Headlines are not read
(their relatives are seldom named).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.compare.fact_text import lowered
from newsfuse.lexicon import (
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_VARIANTS,
    KIN_RELATIONS,
    KIN_SENIORITY,
    NAME_TITLES,
    OFFICE_TITLES,
    alternation,
)
from newsfuse.model import ArticleAnalysis, Conflict, ConflictValue, EntityMention, Span

__all__ = ["MODIFIERS", "find_kin_conflicts", "kin_facts", "same_person"]

MODIFIERS = 2
"""Most lower-case words between a possessive and its noun of kinship ("Owen Tegg's younger brother")."""

_NOUN = re.compile(
    r"(?<![\w-])(?:ex-)?(?P<noun>"
    + "|".join(re.escape(n).replace(r"\-", r"[-\s]?") for n in sorted(KIN_RELATIONS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_KIN_WORDS = (frozenset(re.split(r"-", "-".join(KIN_RELATIONS))) - {"great", "half", "in", "law"}) | frozenset(
    n.replace("-", "") for n in KIN_RELATIONS
)
"""The words of the nouns of kinship that are nouns of kinship themselves ("nephew" of "great-nephew"), and each
noun written as one word ("greatnephew", "halfbrother", as :data:`_NOUN` reads them): an article writing none of
them has no kin fact, which a look at its words tells faster than :data:`_NOUN`'s search."""
_JOINED = {n.replace("-", ""): relation for n, relation in KIN_RELATIONS.items()}
"""Each noun of kinship written as one word ("halfbrother", "greatnephew", "sisterinlaw") and its relation."""
_LOWER_WORD = re.compile(r"[a-zé]+")
_BETWEEN = rf"(?:[a-z][a-z\-]*\s+){{0,{MODIFIERS}}}"
_POSSESSIVE = re.compile(rf"['’]s\s+{_BETWEEN}$")
_PRONOUN = re.compile(rf"(?<!\w)(?:his|her|His|Her)\s+{_BETWEEN}$")
_ARTICLE = re.compile(rf"(?<!\w)(?:the|a|an|The|A|An)\s+{_BETWEEN}$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:who|whom|whose)\b")
_SENIORITY = re.compile(rf"\b{alternation(KIN_SENIORITY)}\b")
"""A word of :data:`newsfuse.lexicon.KIN_SENIORITY`, in lower case, between the start of a kin phrase and its noun
(not "Owen Little's brother": a name)."""
_NOT_NAME = frozenset(NAME_TITLES | OFFICE_TITLES | GENERATIONAL_SUFFIXES | {"former", "the", "late"})

Person = tuple[frozenset[str], str, str]
"""(given names, in their long forms; surname; generational suffix or ""), lower case."""


@dataclass(frozen=True)
class _Kin:
    """One noun of kinship tying a subject to an anchor, in one article."""

    article: str
    anchor: Person
    subject: Person
    relation: str
    noun: str
    """The noun as written, with its word of seniority where one stands before it ("younger brother")."""
    span: Span
    seniority: str = ""
    """``older`` or ``younger`` where a word before the noun says which (``lexicon.KIN_SENIORITY``: "his younger
    brother"); empty where none does."""


def _name(text: str) -> Person | None:
    """The given names and surname of a written name, titles left out; None for no name."""
    written = [w.strip(".,’'").lower() for w in text.split()]
    words = [w for w in written if w and w not in _NOT_NAME]
    if not words or not all(w[0].isalpha() for w in words):
        return None
    suffix = next((w for w in written if w in GENERATIONAL_SUFFIXES), "")
    return frozenset(GIVEN_NAME_VARIANTS.get(w, w) for w in words[:-1]), words[-1], suffix


def same_person(a: Person, b: Person) -> bool:
    """One surname, and given names that share one and generational suffixes that are one where both are
    written ("Owen Tegg Jr." is not "Owen Tegg Sr.")."""
    return a[1] == b[1] and (not a[0] or not b[0] or bool(a[0] & b[0])) and (not a[2] or not b[2] or a[2] == b[2])


def _people(analysis: ArticleAnalysis) -> dict[int, tuple[EntityMention, Person]]:
    """By start: each capitalised person mention and who it names (a lone word resolved, see the module docstring)."""
    mentions = sorted(
        (m for m in analysis.mentions if m.type in ("PERSON", "OTHER") and m.text[:1].isupper()),
        key=lambda m: m.span.start,
    )
    named = [(m, p) for m in mentions if (p := _name(m.text)) is not None]
    full = [p for m, p in named if p[0] and m.type == "PERSON"]
    out: dict[int, tuple[EntityMention, Person]] = {}
    for m, person in named:
        if not person[0]:
            by_surname = [p for p in full if p[1] == person[1]]
            by_given = [p for p in full if GIVEN_NAME_VARIANTS.get(person[1], person[1]) in p[0]]
            found = by_surname[:1] or (by_given if len({p for p in by_given}) == 1 else [])
            if not found:
                continue
            person = found[0]
        out[m.span.start] = (m, person)
    return out


class _Sentence:
    """The people one sentence names, to find a kin phrase's anchor and subject."""

    def __init__(self, body: str, span: Span, people: dict[int, tuple[EntityMention, Person]]) -> None:
        self.body = body
        self.span = span
        self.named = [(m, p) for start, (m, p) in sorted(people.items()) if span.start <= start < span.end]

    def ending_at(self, end: int) -> tuple[EntityMention, Person] | None:
        return next(((m, p) for m, p in self.named if m.span.end == end), None)

    def starting_at(self, start: int) -> tuple[EntityMention, Person] | None:
        return next(((m, p) for m, p in self.named if m.span.start == start), None)

    def only_before(self, at: int, besides: Person) -> Person | None:
        """The one person named before ``at`` (``besides`` aside); None where no one or several are."""
        before = [p for m, p in self.named if m.span.end <= at and not same_person(p, besides)]
        return before[0] if before and all(same_person(p, before[0]) for p in before) else None


def _subject_after(sentence: _Sentence, end: int) -> Person | None:
    """A name right after the phrase ("Owen Tegg's nephew, Rhys Tegg")."""
    gap = re.match(r",?\s+", sentence.body[end : sentence.span.end])
    found = sentence.starting_at(end + gap.end()) if gap else None
    return found[1] if found else None


def _subject_before(sentence: _Sentence, start: int, end: int) -> Person | None:
    """A name right before the phrase, in apposition, not one of a list ("Rhys Tegg, his nephew, …")."""
    body = sentence.body
    if body[max(sentence.span.start, start - 2) : start] != ", ":
        return None
    if not _APPOSITION_ENDS.match(body[end : sentence.span.end]):
        return None
    found = sentence.ending_at(start - 2)
    if found is None:
        return None
    if sentence.ending_at(found[0].span.start - 2) is not None and body[found[0].span.start - 2] == ",":
        return None  # "Ann Lee, Tom Pike, his brother": a list
    return found[1]


def _kin_in(sentence: _Sentence, noun: re.Match[str], article: str) -> _Kin | None:
    """The kin fact of one noun of kinship, where its sentence names both people (see the module docstring)."""
    body, start, end = sentence.body, noun.start(), noun.end()
    head = body[sentence.span.start : start]
    anchor: Person | None = None
    phrase_start, phrase_end = start, end
    if m := _POSSESSIVE.search(head):
        found = sentence.ending_at(sentence.span.start + m.start())
        if found is not None:
            anchor, phrase_start = found[1], found[0].span.start
    elif (m := _ARTICLE.search(head)) and (of := _OF.match(body, end, sentence.span.end)):
        found = sentence.starting_at(of.end())
        if found is not None:
            anchor, phrase_start, phrase_end = found[1], sentence.span.start + m.start(), found[0].span.end
    pronoun = _PRONOUN.search(head) if anchor is None else None
    if pronoun is not None:
        phrase_start = sentence.span.start + pronoun.start()
    subject = _subject_after(sentence, phrase_end) or _subject_before(sentence, phrase_start, phrase_end)
    if pronoun is not None and subject is not None:
        anchor = sentence.only_before(phrase_start, subject)
    if anchor is None or subject is None or same_person(anchor, subject):
        return None
    written = re.sub(r"[-\s]+", "-", noun.group("noun").lower())
    relation = KIN_RELATIONS.get(written) or _JOINED.get(written.replace("-", ""), "")
    if not relation:
        return None
    older = _SENIORITY.search(body, phrase_start, start)
    if older is None:
        return _Kin(article, anchor, subject, relation, noun.group(), Span(start, end))
    seniority = KIN_SENIORITY[older.group().lower()]  # "his younger brother": the value is the two words
    return _Kin(article, anchor, subject, relation, body[older.start() : end], Span(older.start(), end), seniority)


def kin_facts(analysis: ArticleAnalysis) -> list[_Kin]:
    """The article's kin facts (see the module docstring)."""
    body = analysis.article.body
    if not _KIN_WORDS.intersection(_LOWER_WORD.findall(lowered(body))):
        return []
    people = _people(analysis)
    out = []
    for span in (s.span for s in analysis.sentences):
        nouns = list(_NOUN.finditer(body, span.start, span.end))
        if not nouns:
            continue
        sentence = _Sentence(body, span, people)
        out += [kin for noun in nouns if (kin := _kin_in(sentence, noun, analysis.article.id)) is not None]
    return out


def _of_pair(facts: list[_Kin], kin: _Kin) -> set[str]:
    """The relations an article's facts give between ``kin``'s anchor and subject."""
    return {f.relation for f in facts if same_person(f.anchor, kin.anchor) and same_person(f.subject, kin.subject)}


def find_kin_conflicts(story: str, analyses: Sequence[ArticleAnalysis]) -> list[Conflict]:
    """Two people that two outlets relate by different relations (see the module docstring)."""
    facts = [kin_facts(a) for a in analyses]
    out: list[Conflict] = []
    for i, mine in enumerate(facts):
        for theirs in facts[i + 1 :]:
            done: set[tuple[int, int]] = set()
            for a in mine:
                if len(_of_pair(mine, a)) != 1:
                    continue
                for b in theirs:
                    if (a.span.start, b.span.start) in done or not _differ(a, b):
                        continue
                    if not (same_person(a.anchor, b.anchor) and same_person(a.subject, b.subject)):
                        continue
                    if len(_of_pair(theirs, b)) != 1:  # the other outlet gives one relation, not a's
                        continue
                    done.add((a.span.start, b.span.start))
                    out.append(_conflict(story, a, b))
    return _first_per_pair(out)


def _differ(a: _Kin, b: _Kin) -> bool:
    """Two relations that cannot both hold: other relations, or one relation whose seniority both give, differently
    ("younger brother" / "elder brother"; "brother" / "younger brother" agree)."""
    return a.relation != b.relation or bool(a.seniority and b.seniority and a.seniority != b.seniority)


def _first_per_pair(conflicts: list[Conflict]) -> list[Conflict]:
    """One conflict per two articles and relation pair (an outlet repeating its noun is one statement)."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    out = []
    for c in conflicts:
        key = tuple(sorted((v.article, v.normalised or "") for v in c.values))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _conflict(story: str, a: _Kin, b: _Kin) -> Conflict:
    values = sorted((a, b), key=lambda k: (k.article, k.span.start))
    digest = hashlib.blake2b(
        "|".join(f"{k.article}:{k.span.start}" for k in values).encode(), digest_size=6
    ).hexdigest()
    subject = " ".join(w.title() for w in (*sorted(a.subject[0])[:1], a.subject[1]))
    anchor = " ".join(w.title() for w in (*sorted(a.anchor[0])[:1], a.anchor[1]))
    return Conflict(
        id=f"{story}:X{digest}",
        story=story,
        kind="name",
        about=f"how {subject} is related to {anchor}",
        values=tuple(
            ConflictValue(value=k.noun, normalised=_relation(k), article=k.article, span=k.span) for k in values
        ),
        reason=(
            f"one outlet calls {subject} {anchor}'s {a.noun.lower()}, the other {b.noun.lower()}: "
            f"a {_relation(a)} is not a {_relation(b)}"
        ),
    )


def _relation(kin: _Kin) -> str:
    """A kin fact's relation with its seniority where one is written ("younger sibling")."""
    return f"{kin.seniority} {kin.relation}" if kin.seniority else kin.relation
