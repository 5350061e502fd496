"""GGT-kind held-out speaker figures (pronoun chains resolved to the full name) by cross-validation on PolNeAR's
train split: the whole pipeline, the folds and the models of ``benchmarks/quotes_cv.py``.

Run from the project root (needs the ``train`` extra)::

    nice .venv/bin/python benchmarks/chains_cv.py --articles 840
    nice .venv/bin/python benchmarks/chains_cv.py --articles 840 --counts NEW.json --against OLD.json
    .venv/bin/python benchmarks/chains_cv.py --articles 840 --gold-only     # sizes of the derived gold

Why: in a GGT-kind gold the speaker is the resolved person ("she said" is
"Ana Vell"), where polnear's gold (``quotes_cv.py``) counts a pronoun source
as unnamed and so never scores a chain. Here the same fold models analyse
two readings of the held-out articles, each scored by
``../shared/eval/score_quotes.py`` article by article:

``real`` (the articles as they are). The PolNeAR gold of ``quotes_cv.py``
(:func:`quotes_cv.gold_quotes`), except that a quotation whose annotated
source is "he" or "she" gets the person the pronoun refers to, where that
can be recovered from the article and its annotations without our system
(:func:`antecedent`); ``real-chain`` scores only those quotations.

``synthetic`` (a copy of each article in which later source mentions of a
person are pronouns, :func:`derive`). Where an annotated source is exactly
a person's name ("Ana Vell", "Vell", "Ms. Vell": no apposition, one span,
no possessive, not inside quotation marks) and the person it names is also
the antecedent :func:`antecedent` finds for a pronoun of that person's
gender at that place (they were named before, and no other person who
could be "he"/"she" was named since), the mention is replaced by "he"/"she"
("him"/"her" after a preposition, capitalised at a sentence start), every
annotation span after it shifted by the change in length. The gold is the
full name; ``synthetic-chain`` scores only the replaced mentions.

``hard`` (a second copy, :func:`derive_hard`: the hard cases the two
readings above leave out, since their rule gives up there). Where an
annotated source is exactly a person's name (as above), their gender was
given before it, it stands where a clause's subject does
(:func:`opens_clause`), and its own paragraph or the one before names the
person AND another person of the same gender (outside quotation marks), it
becomes "he"/"she". The gold is the person replaced: known by construction,
no rule of resolution involved. ``hard-chain`` scores every such mention;
``hard-between`` only those where the other person is named after the
person's last mention there (recency points to the wrong one).

How the antecedent is recovered (:func:`people`, :func:`antecedent`),
deterministic and independent of the system under test: a person is a
surname with a gender. Persons come from runs of capitalised words whose
last word is the surname and whose word before it (past a middle initial)
is a given name of the shipped given-name table (``data/given_name_genders.csv``,
lopsided names only: its gender), from "Mr."/"Mrs."/"Ms."/"Miss" before a
capitalised word, and from annotated named sources (a person of unknown
gender where neither says one; a one-word source only where it is not an
acronym, a common word or a plural, :func:`_single_person`), and from runs
with a title before the surname or a party tag after it ("Rep. Kim Vell",
"Kim Vell (D-Ore.)": a person of unknown gender unless known otherwise). A surname that
runs after a given name from the table and also after another given word
(not a title, not a function word, not at a sentence start) is two persons
("Ana Vell", "Rhun Vell"). A bare surname is a mention of its person, or
ambiguous when the article has two persons of that surname. Walking back
from the pronoun over these mentions outside quotation marks (a name or a
pronoun inside a quotation is the quoted speaker's word; a pronoun source
inside one is not resolved), no further than the start of the paragraph
before its own (:data:`WINDOW_PARAGRAPHS`), the one person of the
pronoun's gender met is the antecedent; the walk gives up (no gold: the
quotation is not scored for speaker) at a second person of that gender, a
person of unknown gender, an ambiguous surname, an annotated source that is
a description ("a spokesman", "the senator": possibly the one meant), a
pronoun of that gender before the person's first mention in the window
(it refers to someone named earlier, and so may the later one), and where
it meets nobody of that gender.

How good the rule is (read on training data, the twelfth session): of 25
real pronoun sources drawn at random from those it resolves, 24 named the
person a reader would (the miss: "Will" as the surname of a columnist, a
person the rule did not know); after the quotation and pronoun rules above
(made from three wrong golds met reading the shipped model's errors), 25 of
another 25. A first version that walked back without the window and
without one-word sources as persons got 9 of 13 right (recency alone picks
the last name mentioned, where "he" is often the subject named before it).

How hard the hard copy is (read on training data, the thirteenth session):
of 25 replaced mentions drawn at random, a reader resolves 20 to the person
replaced (the subject or speaker continued, the sense of the sentence); 5
are ambiguous or point to the other person (the writer used the name
because a pronoun would mislead there). So ``hard-chain`` understates what
a system can reach on real text (its ceiling is about 0.8), as the easy
readings overstate it; real held-out text lies between.

What a learned ranker takes from such copies (measured in the fifteenth
session; the code stays in history, tag ``pronouns15-ranker-measured``, 5aff975):
a logistic ranker of the antecedent of "he"/"she", trained on copies in which
any person's name standing where a clause's subject does became the pronoun
(titled and unknown-gender persons included, their gender from the pronouns
the article uses for them; no feature for a known given name or gender),
consulted only where the pronoun's paragraph and the one before name two
persons of its gender, and overruling the hand rules only by a score margin
of 1.0, made this proxy worse, paired against ``6e482aa``: hard-chain
0.575, -0.018 [-0.042, +0.007]; hard-between 0.604, -0.041 [-0.071, -0.013];
real-chain unchanged. Such copies put the answer where the writer chose a
name: the previous sentence's subject is the person meant for 0.931 [0.889,
0.967] of the articles' own pronouns whose antecedent :func:`antecedent`
recovers, but for 0.784 [0.743, 0.821] of the replaced names where no other
person of the gender is near and 0.485 [0.450, 0.521] where one is; the
ranker learns to weigh that subject down (-0.45, standardised) and the
article's most-named person up (+0.76). On the bundled example it puts
the most-named man 2.24 log-odds above "Lord X, the ambassador, echoed …
He added", and at any margin that keeps that quotation it changes at most 4 of the
8,643 quotation speakers of the training articles.

Limits (say them with the figures):

- Synthetic text is easier than real text: the replaced pronoun stands
  exactly where a name stood, as the subject of an annotated cue, and only
  where the antecedent is unambiguous by construction. Writers also use
  pronouns where a reader needs the story to resolve them; real chains
  also run through descriptions ("the 52-year-old"), which neither reading
  derives.
- The gold of ``real-chain`` is a rule, not an annotation: a pronoun whose
  referent was never named as a run with a known given name, an honorific
  or an annotated source (a person named only as "President Vell") is
  resolved to the person named before; a person described but never named
  in an annotated source stops nothing. Unsure cases are left out, so the
  scored pronouns lean to the easy ones.
- Gender comes from the same given-name table and honorifics the system
  reads (:func:`given_genders` is the system's own table, not a second
  one). What that means for the figures: (1) persons whose gender neither
  gives (a titled official named "Gov. Vell", a given name the table does
  not hold) are never a chain's gold, and in the real reading they make the
  walk give up, so the proxy does not measure pronouns that refer to them,
  nor a system that wrongly moves a pronoun away from them; (2) where the
  table is wrong for a person, gold and system are wrong together, so the
  error is not counted; (3) the derived copies keep every gender cue the
  system reads, so they never test a pronoun whose gender the system must
  learn from the pronouns themselves. The figures speak for persons the
  table or an honorific genders, and overstate the system elsewhere.
- Quotations whose source is a description, "it", "they" or a pronoun
  without recovered antecedent stay unscored for speaker (a GGT gold
  scores them); the figures cover named and chained speakers only.

This is training data, a proxy: it is never a held-out figure except through
this cross-validation, and its errors may be read (``--errors``).
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_speakers  # noqa: E402

import quotes_cv  # noqa: E402
from newsfuse.article.speakers import _given_name_genders  # noqa: E402
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS  # noqa: E402
from newsfuse.lexicon.honorifics import NAME_TITLES  # noqa: E402
from newsfuse.lexicon.office_titles import OFFICE_TITLES  # noqa: E402
from quotes import CI_FIGURES, EVAL, _scorer_output, article_counts, bootstrap  # noqa: E402

PRONOUN_GENDER = {"he": "m", "she": "f"}
"""The source pronouns resolved (``it``, ``they`` and first persons are not)."""
SUBJECT_FORM = {"m": "he", "f": "she"}
OBJECT_FORM = {"m": "him", "f": "her"}
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
OBJECT_AFTER = frozenset({"to", "by", "from", "with", "for", "about", "of", "than"})
"""A replaced mention right after one of these words takes the object form ("according to her")."""
TITLES = NAME_TITLES | OFFICE_TITLES
"""Words that make a run of capitalised words a person's name (of a gender the title does not say)."""
NOT_GIVEN = NAME_TITLES | OFFICE_TITLES | ENGLISH_FUNCTION_WORDS
"""Words before a surname that are titles or function words, not another given name ("President Vell", "But
Vell" are not a second Vell)."""
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
NOT_PERSON_SOURCES = frozenset({"it", "they", "who", "which", "that", "i", "we", "you", "this", "these", "those"})
"""Sources that are neither a name, nor "he"/"she", nor a description that could be the person meant."""
WINDOW_PARAGRAPHS = 2
"""The antecedent of a pronoun is looked for in its own paragraph and the one before (:func:`window_start`)."""
CLAUSE_OPENERS = frozenset({"and", "but", "or", "so", "that", "as", "when", "while", "because", "although", "though"})
"""Words after which a name may open a clause as its subject (:func:`opens_clause`)."""
MAX_NAME_WORDS = 4
"""A source longer than this is not replaced (a title and a name at most)."""
LABELS = ("polnear", "real", "real-chain", "synthetic", "synthetic-chain", "hard-chain", "hard-between")
"""The scored readings: ``polnear`` is quotes_cv's own gold on the same run (its per-article counts equal
``quotes_cv.py --counts`` on the same code: checked on main ``fc18991``, so ``--against`` an earlier run of either
script's counts gives the PolNeAR-kind paired figures), the others above."""


_CAP = r"(?:[A-Z][a-z]+(?:[’'\-](?![sS]\b)[A-Za-z]+)*\.?|[A-Z]\.)"
_RUN = re.compile(rf"\b{_CAP}(?:\s+{_CAP})+")
"""A run of capitalised words and initials (a name with its title, a place, an organisation)."""
GENDERED = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_GENDERED = re.compile(r"\b(?:" + "|".join(GENDERED) + r")\b", re.IGNORECASE)
_PARTY_TAG = re.compile(r"\s*\([DRI]-[A-Z]")
"""A party tag after a name ("Kim Vell (D-Ore.)"): a politician, a person."""
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+(?:[’'\-](?![sS]\b)[A-Za-z]+)*)")
_CLOSING = "”\"’' \t"


class Person(NamedTuple):
    """One person of an article: a surname, a gender (None: unknown), a full name, and the spans of the text
    that give the gender (a given name's run, an honorific)."""

    surname: str
    gender: str | None
    full: str
    evidence: tuple[tuple[int, int], ...] = ()


def given_genders() -> dict[str, str]:
    """The shipped given-name table the system reads (``speakers._given_name_genders``): lower-case given
    name -> ``m``/``f``. The same object, not a copy: the gold's genders and the system's agree by
    construction (the module docstring's "Limits" says what the proxy cannot see because of it)."""
    return _given_name_genders()


def _surname(words: list[str]) -> tuple[str, int] | None:
    """The surname of a run of name words and its index (a trailing suffix skipped)."""
    i = len(words) - 1
    while i >= 0 and words[i].lower().strip(".") in SUFFIXES:
        i -= 1
    word = words[i].rstrip(".") if i >= 1 else ""
    if len(word) < 2 or word.lower() in NOT_GIVEN:
        return None
    return word, i


def _given(words: list[str], last: int) -> int | None:
    """The index of the given name before the surname at ``last``, past one middle initial."""
    j = last - 1
    if j >= 1 and re.fullmatch(r"[A-Z]\.", words[j]):
        j -= 1
    return j if j >= 0 and not words[j].endswith(".") and words[j].lower() not in NOT_GIVEN else None


def _single_person(text: str, word: str) -> bool:
    """Whether a one-word source may be a person: capitalised, not an acronym, not a common word the article
    also writes in lower case ("Voters", "Many"), not a plural of a capitalised word it also writes
    ("Republicans" beside "Republican")."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:[’'\-][A-Za-z]+)*", word):
        return False
    if re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False
    return not (word.endswith("s") and re.search(rf"\b{re.escape(word[:-1])}\b", text))


def _titled(words: list[str]) -> bool:
    """Whether a run's words before its surname hold a title ("Rep.", "Senator", "Dr."): a person."""
    return any(w.lower().rstrip(".") in TITLES for w in words)


def _source_surnames(text: str, attributions: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """``(surname, source)`` of every annotated source that names a person (of a gender not known from it)."""
    out = []
    for a in attributions:
        source = quotes_cv.speaker_of(((a.get("source") or {}).get("text") or "").strip())
        words = source.split()
        if len(words) == 1 and _single_person(text, words[0]):
            tail: tuple[str, int] | None = (words[0], 0)
        else:
            tail = _surname(words) if quotes_cv.is_name(source) and len(words) >= 2 else None
        if tail and tail[0][:1].isupper():
            out.append((tail[0], source))
    return out


def people(text: str, attributions: list[dict[str, Any]], table: dict[str, str]) -> dict[str, list[Person]]:
    """Surname -> the persons of that surname the article names (see the module docstring)."""
    found: dict[str, dict[str | None, tuple[str, list[tuple[int, int]]]]] = {}

    def add(surname: str, gender: str | None, full: str, span: tuple[int, int] | None) -> None:
        genders = found.setdefault(surname, {})
        if gender is not None or not genders:
            entry = genders.setdefault(gender, (full, []))
            if span is not None:
                entry[1].append(span)

    others: dict[str, set[str]] = {}
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        tail = _surname(words)
        given = _given(words, tail[1]) if tail else None
        if tail and given is not None and words[given].lower() in table:
            add(tail[0], table[words[given].lower()], " ".join(words[given : tail[1] + 1]), m.span())
            continue
        if tail and given is not None and (given > 0 or not _sentence_start(text, m.start())):
            others.setdefault(tail[0], set()).add(" ".join(words[given : tail[1] + 1]))
        if tail and (_titled(words[: tail[1]]) or _PARTY_TAG.match(text, m.end())):
            add(tail[0], None, " ".join(words[: tail[1] + 1]), None)  # "Rep. Kim Vell", "Kim Vell (D-Ore.)"
    for m in _HONORIFIC.finditer(text):
        add(m.group(2), HONORIFICS[m.group(1).lower()], m.group(2), m.span())
    for surname, source in _source_surnames(text, attributions):
        add(surname, None, source, None)
    out = {}
    for surname, genders in found.items():
        known: dict[str | None, tuple[str, list[tuple[int, int]]]] = {
            g: entry for g, entry in genders.items() if g is not None
        }
        chosen = known or genders
        two = any(" " in full for full, _ in known.values()) and surname in others
        if two:  # "Ana Vell" and "Rhun Vell", a given name not in the table: two persons
            chosen = dict(known)
            chosen[None] = (sorted(others[surname])[0], [])
        out[surname] = [
            Person(surname, g, full, tuple(spans))
            for g, (full, spans) in sorted(chosen.items(), key=lambda x: str(x[0]))
        ]
    return out


def mentions(
    text: str,
    persons: dict[str, list[Person]],
    attributions: list[dict[str, Any]],
    quoted: list[tuple[int, int]] | None = None,
) -> list[tuple[int, Any]]:
    """Every mention the antecedent walk reads, in text order, outside quotation marks (a name or a pronoun
    inside a quotation is the quoted speaker's word): ``(offset, persons it may be)`` for each capitalised
    occurrence of a known surname, ``(offset, None)`` for each annotated source that is a description (a
    possible person of any gender), ``(offset, "m"/"f")`` for each gendered pronoun. ``quoted``: the
    article's passages in marks (``quotes_cv._passages``), computed here where not given."""
    quoted = quotes_cv._passages(text) if quoted is None else quoted
    starts = [s for s, _ in quoted]

    def outside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k < 0 or offset >= quoted[k][1]

    out: list[tuple[int, Any]] = []
    if persons:
        pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(persons, key=len, reverse=True)) + r")\b")
        out += [(m.start(), persons[m.group(1)]) for m in pattern.finditer(text)]
    out += [(m.start(), GENDERED[m.group(0).lower()]) for m in _GENDERED.finditer(text)]
    for a in attributions:
        source = a.get("source") or {}
        said = (source.get("text") or "").strip()
        if said and source.get("spans") and not quotes_cv.is_name(quotes_cv.speaker_of(said)):
            low = said.lower()
            if low not in PRONOUN_GENDER and low not in NOT_PERSON_SOURCES and not low.startswith(("his ", "her ")):
                out.append((source["spans"][0][0], None))
    return sorted((x for x in out if outside(x[0])), key=lambda x: x[0])


def window_start(text: str, before: int) -> int:
    """Where the antecedent window of a pronoun at ``before`` opens: the start of the paragraph before its
    own (:data:`WINDOW_PARAGRAPHS` paragraphs in all; blank lines are no paragraphs)."""
    starts = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text[:before])]
    return starts[-WINDOW_PARAGRAPHS] if len(starts) >= WINDOW_PARAGRAPHS else 0


def antecedent(walk: list[tuple[int, Any]], before: int, gender: str, since: int) -> Person | None:
    """The person a "he"/"she" at ``before`` refers to: the one person of that gender named in ``[since,
    before)``, where no mention there could be another person of that gender, and no pronoun of that
    gender stands before the person's first mention there (it would refer to someone named earlier: "He
    spoke of Vell. “…,” he said" is not Vell); None where unsure."""
    i = bisect.bisect_left([offset for offset, _ in walk], before)
    found: Person | None = None
    pending = False
    for offset, who in reversed(walk[:i]):
        if offset < since:
            break
        if who is None:
            return None
        if isinstance(who, str):
            pending = pending or (found is not None and who == gender)
        elif len(who) == 1 and who[0].gender == gender:
            if found is not None and found != who[0]:
                return None
            found, pending = who[0], False
        elif any(p.gender in (gender, None) for p in who):
            return None
    return None if pending else found


def _sentence_start(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence: at a paragraph's start, after a full stop, or after a
    question or exclamation mark that no quotation closes (“Why?” she asked)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    closed = i > 0 and text[i - 1] in "”\"’'"
    while i > 0 and text[i - 1] in _CLOSING:
        i -= 1
    return i == 0 or text[i - 1] in ".\n" or (text[i - 1] in "!?" and not closed)


def _pronoun_for(text: str, start: int, gender: str) -> str:
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])
    word = OBJECT_FORM[gender] if before and before[-1].lower() in OBJECT_AFTER else SUBJECT_FORM[gender]
    return word.capitalize() if _sentence_start(text, start) else word


def _inside(quoted: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in quoted)


class Article(NamedTuple):
    """What the derivation reads of one text, computed once: its passages in marks, its persons and the
    mentions the antecedent walk reads."""

    quoted: list[tuple[int, int]]
    persons: dict[str, list[Person]]
    walk: list[tuple[int, Any]]


def read(text: str, attributions: list[dict[str, Any]], table: dict[str, str]) -> Article:
    """The :class:`Article` of a text and its annotations."""
    quoted = quotes_cv._passages(text)
    persons = people(text, attributions, table)
    return Article(quoted, persons, mentions(text, persons, attributions, quoted))


def replaceable(text: str, a: dict[str, Any], quoted: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The span of an annotated source that is exactly a name and its surname, or None (the skipping rules
    of the module docstring)."""
    source = a.get("source") or {}
    spans = source.get("spans") or []
    if len(spans) != 1:
        return None
    start, end = spans[0]
    said = text[start:end]
    start, end = start + len(said) - len(said.lstrip()), end - len(said) + len(said.rstrip())
    said = text[start:end]
    words = said.split()
    if not words or not quotes_cv.is_name(said) or quotes_cv.speaker_of(said) != said or len(words) > MAX_NAME_WORDS:
        return None
    if re.match(r"[\w’']|\s*[(,]", text[end:]):
        return None  # a possessive, an apposition or a parenthesis follows: "Vell’s", "Vell, 34,"
    if any(s < end and start < e for s, e in quoted):
        return None
    cue = (a.get("cue") or {}).get("spans") or []
    if any(e <= start and not text[e:start].strip() for _, e in cue):
        return None  # after its cue ("said Vell"): "said she" is not how a writer puts it
    tail = _surname(words) if len(words) >= 2 else ((words[0], 0) if words[0][:1].isupper() else None)
    if tail is None or not all(w[:1].isupper() for w in words):
        return None
    return start, end, tail[0]


class Derived(NamedTuple):
    """A synthetic copy of an article: its text, its annotations shifted, the replaced sources' new spans
    with the full name of their person."""

    text: str
    attributions: list[dict[str, Any]]
    replaced: list[tuple[int, int, str]]


def _candidates(text: str, attributions: list[dict[str, Any]], art: Article) -> list[tuple[int, int, Person]]:
    """The annotated sources a copy may replace (:func:`replaceable`) whose surname is one person of known
    gender, in text order."""
    out = []
    for start, end, surname in sorted(
        {span for a in attributions if (span := replaceable(text, a, art.quoted)) is not None}
    ):
        who = art.persons.get(surname, [])
        if len(who) == 1 and who[0].gender is not None:
            out.append((start, end, who[0]))
    return out


def _told(person: Person, start: int, edits: list[tuple[int, int, str, Person]]) -> bool:
    """Whether text left as it is before ``start`` gives the person's gender (a given name's run or an
    honorific outside the mentions replaced before it)."""
    return any(e <= start and not any(s < f and x < e for x, f, _, _ in edits) for s, e in person.evidence)


def derive(text: str, attributions: list[dict[str, Any]], table: dict[str, str], art: Article | None = None) -> Derived:
    """The synthetic copy (see the module docstring): later source mentions of a person as pronouns.

    A mention is replaced only where text left as it is before it gives the person's gender (a given
    name's run or an honorific outside the mentions replaced before it). ``art``: the text's
    :class:`Article`, read here where not given."""
    art = read(text, attributions, table) if art is None else art
    edits: list[tuple[int, int, str, Person]] = []
    for start, end, person in _candidates(text, attributions, art):
        if edits and start < edits[-1][1]:
            continue
        gender = person.gender or ""
        if _told(person, start, edits) and antecedent(art.walk, start, gender, window_start(text, start)) == person:
            edits.append((start, end, _pronoun_for(text, start, gender), person))
    return _apply(text, attributions, edits)


def hard_case(
    walk: list[tuple[int, Any]], start: int, person: Person, since: int, edits: list[tuple[int, int, str, Person]]
) -> str | None:
    """Whether a pronoun for ``person`` at ``start`` is a hard case (:func:`derive_hard`): ``"between"``
    where another person of that gender is named after the person's last mention in ``[since, start)``,
    ``"near"`` where one is named there only before it, None where the person is not named there (under
    a name no edit replaced) or nobody else of that gender is."""
    last_self = last_other = -1
    for offset, who in walk:
        if offset < since or offset >= start or not isinstance(who, list) or len(who) != 1:
            continue
        if any(s <= offset < e for s, e, _, _ in edits):
            continue
        if who[0] == person:
            last_self = offset
        elif who[0].gender == person.gender:
            last_other = offset
    if last_self < 0 or last_other < 0:
        return None
    return "between" if last_other > last_self else "near"


def opens_clause(text: str, start: int) -> bool:
    """Whether a word at ``start`` stands where a clause's subject does: at a sentence start, after a
    comma, colon, semicolon, dash or quotation mark, or after a word of :data:`CLAUSE_OPENERS` ("… but Vell
    said"); not after a verb or a preposition ("pressing Vell to run" is no place for "she")."""
    if _sentence_start(text, start):
        return True
    before = text[max(0, start - 30) : start].rstrip()
    if before.endswith((",", ":", ";", "—", "–", "-", "“", "”", '"', "(")):
        return True
    words = re.findall(r"[A-Za-z]+", before)
    return bool(words) and words[-1].lower() in CLAUSE_OPENERS


def derive_hard(
    text: str, attributions: list[dict[str, Any]], table: dict[str, str], art: Article | None = None
) -> Derived:
    """The hard synthetic copy: the source mentions :func:`derive` leaves because two people of the
    pronoun's gender are named near it, replaced by the pronoun all the same (see the module docstring,
    "hard"); the annotations of those where the other person stands between (``"between"`` of
    :func:`hard_case`) also marked ``_between``."""
    art = read(text, attributions, table) if art is None else art
    edits: list[tuple[int, int, str, Person]] = []
    between: set[int] = set()
    for start, end, person in _candidates(text, attributions, art):
        if (edits and start < edits[-1][1]) or not _told(person, start, edits) or not opens_clause(text, start):
            continue
        case = hard_case(art.walk, start, person, window_start(text, start), edits)
        if case is not None:
            if case == "between":
                between.add(start)
            edits.append((start, end, _pronoun_for(text, start, person.gender or ""), person))
    return _apply(text, attributions, edits, between)


def _apply(
    text: str,
    attributions: list[dict[str, Any]],
    edits: list[tuple[int, int, str, Person]],
    between: set[int] | frozenset[int] = frozenset(),
) -> Derived:
    """The text with each ``(start, end)`` replaced by its pronoun, every annotation span shifted exactly (a
    boundary inside a replaced mention goes to the pronoun's start or end), and each annotation whose
    source was replaced marked with the person's full name (``_chain``; also ``_between`` where the
    mention's start is in ``between``)."""
    pieces, replaced, moves = [], [], []
    last = delta = 0
    for start, end, pronoun, who in edits:
        pieces += [text[last:start], pronoun]
        replaced.append((start + delta, start + delta + len(pronoun), who.full))
        moves.append((start, end, delta, delta + len(pronoun) - (end - start), len(pronoun)))
        delta = moves[-1][3]
        last = end
    pieces.append(text[last:])
    new = "".join(pieces)

    def moved(offset: int, is_end: bool) -> int:
        shift = 0
        for start, end, before, after, size in moves:
            if offset >= end:
                shift = after
            elif offset > start:
                return start + before + (size if is_end else 0)
            else:
                break
        return offset + shift

    by_start = {start: who.full for start, _, _, who in edits}
    shifted = []
    for a in attributions:
        b = dict(a)
        for role in ("source", "cue", "content"):
            part = a.get(role)
            if part and part.get("spans"):
                moved_spans = [[moved(s, False), moved(e, True)] for s, e in part["spans"]]
                b[role] = {**part, "spans": moved_spans, "text": " ".join(new[s:e] for s, e in moved_spans)}
        span = replaceable(text, a, [])
        if span is not None and span[0] in by_start:
            b["_chain"] = by_start[span[0]]
            if span[0] in between:
                b["_between"] = by_start[span[0]]
        shifted.append(b)
    return Derived(new, shifted, replaced)


def ggt_gold(
    name: str,
    text: str,
    attributions: list[dict[str, Any]],
    table: dict[str, str],
    synthetic: bool,
    art: Article | None = None,
    mark: str = "_chain",
) -> tuple[list[dict[str, Any]], list[bool]]:
    """The GGT-kind gold of one article: polnear's gold (:func:`quotes_cv.gold_quotes`) with the speakers of
    "he"/"she" sources resolved (:func:`antecedent`) and those of a synthetic copy's replaced mentions
    (``mark``: ``_chain`` or ``_between``, :func:`derive`, :func:`derive_hard`) set to their full names;
    beside it, which lines are chains of the kind asked: the marked mentions of a ``synthetic`` copy, else
    the real pronouns. ``art``: the text's :class:`Article`, read here where not given."""
    art = read(text, attributions, table) if art is None else art
    walk, quoted = art.walk, art.quoted
    lines, chain = [], []
    holders = []
    for start, end in quoted:
        holder = quotes_cv._holder(start, end, attributions)
        if holder is not None:
            holders.append(holder)
    gold = quotes_cv.gold_quotes(name, text, attributions)
    if len(gold) != len(holders):
        raise AssertionError("gold lines and holders out of step")
    for line, holder in zip(gold, holders, strict=True):
        source = holder.get("source") or {}
        spans = source.get("spans") or []
        offset = spans[0][0] if spans else -1
        said = (source.get("text") or "").strip()
        is_chain = False
        if holder.get(mark):
            line = {**line, "speaker": holder[mark]}
            is_chain = True
        elif said.lower() in PRONOUN_GENDER and spans and not _inside(quoted, offset):
            who = antecedent(walk, offset, PRONOUN_GENDER[said.lower()], window_start(text, offset))
            if who is not None:
                line = {**line, "speaker": who.full}
                is_chain = not synthetic
        lines.append(line)
        chain.append(is_chain)
    return lines, chain


def _only(lines: list[dict[str, Any]], chain: list[bool]) -> list[dict[str, Any]]:
    """The gold lines with the speaker of every line that is no chain taken away (not scored for speaker)."""
    return [g if c else {**g, "speaker": None} for g, c in zip(lines, chain, strict=True)]


def readings(
    names: list[str], texts: dict[str, str], attributions: dict[str, list[dict[str, Any]]], table: dict[str, str]
) -> tuple[dict[str, dict[str, str]], dict[str, list[dict[str, Any]]]]:
    """For each article: its synthetic and hard texts (``copies["synthetic"]``, ``copies["hard"]``) and the
    gold lines of every label (:data:`LABELS`)."""
    copies: dict[str, dict[str, str]] = {"synthetic": {}, "hard": {}}
    gold: dict[str, list[dict[str, Any]]] = {label: [] for label in LABELS}
    for name in names:
        text, attrs = texts[name], attributions.get(name, [])
        art = read(text, attrs, table)
        gold["polnear"] += quotes_cv.gold_quotes(name, text, attrs)
        lines, chain = ggt_gold(name, text, attrs, table, False, art)
        gold["real"] += lines
        gold["real-chain"] += _only(lines, chain)
        d = derive(text, attrs, table, art)
        copies["synthetic"][name] = d.text
        lines, chain = ggt_gold(name, d.text, d.attributions, table, True)
        gold["synthetic"] += lines
        gold["synthetic-chain"] += _only(lines, chain)
        h = derive_hard(text, attrs, table, art)
        copies["hard"][name] = h.text
        hard = read(h.text, h.attributions, table)
        for label, mark in (("hard-chain", "_chain"), ("hard-between", "_between")):
            gold[label] += _only(*ggt_gold(name, h.text, h.attributions, table, True, hard, mark))
    return copies, gold


def _analyse(folder: Path, fold: list[str], texts: dict[str, str], data: dict[str, Any]) -> Any:
    from newsfuse import analyze
    from newsfuse.article.quotes import model_in_use
    from newsfuse.article.speaker_model import SpeakerModel
    from newsfuse.options import Options

    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name in fold:
        (folder / name).write_text(texts[name], encoding="utf-8")
    with model_in_use(SpeakerModel(data)):
        return analyze([folder], Options(jobs=1))


def held_out(
    fold: list[str],
    train_names: list[str],
    texts: dict[str, str],
    attributions: dict[str, list[dict[str, Any]]],
    table: dict[str, str],
    tmp: Path,
) -> tuple[dict[str, dict[str, dict[str, int]]], list[str]]:
    """Train on ``train_names`` (the original texts), analyse ``fold`` as it is and as its synthetic copy, and
    score every label: label -> per-article counts; and the wrong chained speakers."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        data = train_speakers.train(texts, attributions, train_names)
    copies, gold = readings(fold, texts, attributions, table)
    reports = {
        "real": _analyse(tmp / "real", fold, texts, data),
        "synthetic": _analyse(tmp / "synth", fold, copies["synthetic"], data),
        "hard": _analyse(tmp / "hard", fold, copies["hard"], data),
    }
    from newsfuse.report.json import render_json

    counts, errors = {}, []
    for label in LABELS:
        report = reports.get(label.split("-")[0], reports["real"])  # the copy the label's first word names
        gold_file, meta = quotes_cv.write_gold(tmp / f"{label}.jsonl", tmp / f"{label}.meta.json", gold[label])
        counts[label] = article_counts(report, gold_file, meta)
        if label.endswith("chain"):
            out = tmp / "report.json"
            out.write_text(render_json(report), encoding="utf-8")
            errors += [f"{label} wrong {w}" for w in _scorer_output(gold_file, meta, out)["wrong_speaker"]]
    return counts, errors


def paired_all(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The paired differences of every label both runs have (:func:`quotes_cv.paired`); ``old`` may also be
    ``quotes_cv.py``'s counts (articles, no labels): its ``polnear`` label."""
    if old and not set(LABELS) & set(old):
        old = {"polnear": old}
    lines = []
    for label in LABELS:
        if label in old and label in new:
            shown = [
                f"{k} {d:+.4f} [{lo:+.4f}, {hi:+.4f}]"
                for k, (d, lo, hi) in quotes_cv.paired(old[label], new[label]).items()
            ]
            lines.append(f"  {label}: " + "; ".join(shown))
    return lines


def gold_sizes(folds: list[list[str]], texts: dict[str, str], attributions: dict[str, list[dict[str, Any]]]) -> str:
    names = [n for fold in folds for n in fold]
    _, gold = readings(names, texts, attributions, given_genders())
    scored = {label: sum(1 for g in lines if g["speaker"]) for label, lines in gold.items()}
    return f"{len(names)} articles; quotations scored for speaker: " + ", ".join(f"{k} {v}" for k, v in scored.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=200, help="articles sampled from polnear-train")
    parser.add_argument("--errors", type=Path, help="write the wrong chained speakers here")
    parser.add_argument("--counts", type=Path, help="write the per-article counts of every label here (JSON)")
    parser.add_argument("--against", type=Path, help="the --counts file of an earlier run: paired differences")
    parser.add_argument("--gold-only", action="store_true", help="print the derived gold's sizes and stop")
    args = parser.parse_args(argv)
    if not train_speakers.TRAIN.exists() or not (EVAL / "score_quotes.py").exists():
        print(f"no training data or scorer under {EVAL}", file=sys.stderr)
        return 2
    texts, attributions = train_speakers.load()
    folds = quotes_cv.folds_of(sorted(texts), args.folds, args.articles)
    if args.gold_only:
        print(gold_sizes(folds, texts, attributions))
        return 0
    table = given_genders()
    counts: dict[str, dict[str, dict[str, int]]] = {label: {} for label in LABELS}
    errors: list[str] = []
    cpu = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(folds):
            train_names = [n for j, other in enumerate(folds) if j != k for n in other]
            got, lines = held_out(fold, train_names, texts, attributions, table, Path(tmp))
            for label in LABELS:
                counts[label].update(got[label])
            errors += lines
            print(f"fold {k}: {len(fold)} held out, {len(train_names)} trained on", file=sys.stderr)
    print(f"polnear-train chains CV ({args.folds} folds, {sum(map(len, folds))} articles), 95% CI over articles:")
    for label in LABELS:
        shown = []
        for figure, (hits, total) in CI_FIGURES.items():
            point, lo, hi = bootstrap(counts[label], hits, total)
            shown.append(f"{figure} {point:.3f} [{lo:.3f}, {hi:.3f}]")
        scored = sum(c["speaker_scored"] for c in counts[label].values())
        print(f"  {label} ({scored} speakers scored): " + "; ".join(shown))
    print(f"CPU {time.process_time() - cpu:.0f} s")
    if args.against:
        earlier = json.loads(args.against.read_text(encoding="utf-8"))
        print(f"this run - {args.against.name}, paired 95% CI over articles:")
        print("\n".join(paired_all(earlier, counts)))
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    if args.counts:
        args.counts.write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
