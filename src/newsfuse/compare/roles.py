"""Outlets that name different people in one office: "Harbour Board Chair Lena Holt" / "Harbour Board Chair Omar Lind".

A *holder* is a person named right after a qualified office ("Finance
Minister Pavel Dorn", "Assembly Speaker Ruth Calder"): one to three qualifier
words (capitalised, or an acronym), a noun of office that one person holds
at a time (:data:`newsfuse.lexicon.SINGLE_OFFICES`), then a name of two or
three capitalised words; or a person named before the office, in
apposition ("Ruth Calder, the Assembly Speaker," / "Ruth Calder, speaker of
the Assembly,"), the name one the article's mentions take for a person.
A title with nothing before it and a surname alone ("President Dorn") is
not compared (president of what?), nor one held by a former, acting or
deputy holder. A bare title before a full name ("Sheriff Dale
Rourke"), or an office in apposition whatever words qualify it ("Dave
Rourke, the county sheriff,", "Dave Rourke, Brackwater's sheriff,", "The
sheriff, Dave Rourke,"), is compared only between two people of one
surname ("Sheriff Dave Rourke" in another outlet: two people with similar
names in one role); so is a qualified office with either ("Brackwater
County Sheriff Dave Rourke" / "Sheriff Dale Rourke"), unless both outlets
qualify it in different words;
"Mayor Ann Holt" / "Mayor Omar Lind" are as likely mayors of two places.

Two outlets conflict on an office when each names exactly one holder of
it, the two are different people, and neither outlet names the other
person anywhere: a different surname, or the same surname with given names
that are not forms of one name ("Anna Holt" / "Maria Holt": two people
with similar names; "Tom Lind" / "Thomas Lind": one). Two names one slip
apart ("Calder" / "Caldor") are a misspelling, which the entity stage
reports, not a conflict. Two articles written more than
:data:`HOLDER_GAP_DAYS` apart may each name the holder of its time, and are
not compared on an office or a contest's winner.

The account that put something on a platform is a role too: "the clip,
posted on Vimeo by “HarbourWatch2”" / "the Vimeo clip was uploaded by a
user called PierCam". An *account name* is one word shaped as a handle (an
``@``, a capital inside the word after a small letter, letters with digits
or an underscore; not a name like "McKay" whose capital follows a
surname prefix), standing right after a verb of posting and "by", "under"
or "from" (an account noun may come between: "under an account titled …"),
or right after an account noun ("the channel PierCam"), in a sentence that
names the platform and the thing posted, a medium one account posts once (a
video, a clip, a photo: posts and tweets are many, and two accounts posting
two of them do not disagree). Two outlets conflict when each names exactly
one account posting that kind of thing on that platform, the two are not one
name misspelt, and neither outlet names the other account anywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from newsfuse.article.dates import reference_date
from newsfuse.compare.fact_text import lowered
from newsfuse.lexicon import (
    ACCOUNT_NOUNS,
    CONTESTS,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_VARIANTS,
    NOT_CURRENT_HOLDER,
    PERSON_NAME_PARTICLES,
    PLATFORMS,
    POSTED_MEDIA,
    POSTING_VERBS,
    PREPOSITIONS,
    SINGLE_OFFICES,
    SINGLE_RANKS,
    SURNAME_PREFIXES,
    alternation,
)
from newsfuse.model import ArticleAnalysis, Conflict, ConflictValue, Span
from newsfuse.scan import word_start

__all__ = ["HOLDER_GAP_DAYS", "MISSPELLING_EDITS", "find_role_conflicts"]

MISSPELLING_EDITS = 2
"""Surnames this many edits apart or fewer are one name misspelt, not two people."""

HOLDER_GAP_DAYS = 30
"""Most days between two articles' dates for their holders of one office, or winners of one contest, to be compared:
an office changes hands at any time, and a contest of one name recurs ("the election"), so two articles written
further apart may each name the one holder of its time ("Speaker Ann Holt" in one year, "Speaker Omar Lind" two years
on) and both be right. Articles of one event are written within days; a month is far beyond that. An article with no
date is compared with any."""

_NAME = r"[A-Z][a-z’'\-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'\-]+){1,2}"
_QUALIFIER = r"(?:[A-Z][A-Za-z.&’'\-]*\s){1,3}"
_HOLDER = re.compile(
    rf"(?<![\w-])(?P<qualifier>{_QUALIFIER})?(?P<office>(?i:{alternation(SINGLE_OFFICES)}))\s(?P<name>{_NAME})\b"
)
"""A holder named after the office. The office is one of :data:`SINGLE_OFFICES` in the pattern itself, never any
word checked afterwards: a match cannot run on over one holder's name into the next holder ("Sheriff Ann Holt and
Sheriff Omar Lind" would otherwise be read as the office "and" held by "Sheriff Omar Lind", and neither found)."""
_NOT_CURRENT_WORDS = alternation(NOT_CURRENT_HOLDER)
_NOT_CURRENT = re.compile(rf"\b{_NOT_CURRENT_WORDS}[\s-]$", re.IGNORECASE)
"""One of :data:`NOT_CURRENT_HOLDER` as the whole word right before an office ("the former Sheriff"; not the end of
"strengthen"). Searched in the body itself, so the word boundary sees the letter before the window."""
_NOT_CURRENT_REACH = 12
"""Characters before a holder searched for a word of :data:`NOT_CURRENT_HOLDER` (the longest, "assistant" and
"associate", and the space or hyphen after it fit)."""
_RANK_REACH = 24
"""Characters before a bare office read for the two words before it: a rank of :data:`newsfuse.lexicon.SINGLE_RANKS`
right before the office, and the word before that, which must not make the holder a former one."""
_NOT_CURRENT_WORD = re.compile(rf"{_NOT_CURRENT_WORDS}-?", re.IGNORECASE)
_QUALIFIER_AFTER = r"[A-Z][A-Za-z.&’'\-]*(?:\s[A-Z][A-Za-z.&’'\-]*){0,2}"
_NAME_AT_WORD = r"[A-Z](?<![\w-][A-Z])" + _NAME[len("[A-Z]") :]
""":data:`_NAME` from a capital that starts a word (a character class first: the scan skips ahead on it)."""
_APPOSITIVES = (
    re.compile(rf"(?P<name>{_NAME_AT_WORD}),\s(?:the\s)?(?P<qualifier>{_QUALIFIER})(?P<office>[A-Za-z\-]+)\b(?=[,.;])"),
    re.compile(
        rf"(?P<name>{_NAME_AT_WORD}),\s(?:the\s)?(?P<office>[a-z\-]+)\sof\s(?:the\s)?(?P<qualifier>{_QUALIFIER_AFTER})\b"
        r"(?=[,.;])"
    ),
)
"""A holder named before the office: "Ruth Calder, the Assembly Speaker," / "Ruth Calder, speaker of the Assembly,"."""
_OWNER = r"(?:the|its|their|[A-Z][\w\-]*[’']s)"
"""What opens an office in apposition: an article, a possessive pronoun or a possessive name ("Brackwater's")."""
_APPOSITIVE_TITLE = re.compile(
    rf"(?P<name>{_NAME_AT_WORD}),\s{_OWNER}\s(?P<words>(?:[\w’'\-]+\s){{0,3}}?)"
    rf"(?P<office>(?i:{alternation(SINGLE_OFFICES)}))(?=[,.;])"
)
"""A holder named before an office whatever words qualify it ("Dave Rourke, the county sheriff,", "Dave Rourke,
Brackwater's sheriff,"): compared as a bare title is, only between namesakes (the qualifier may be in lower case,
and so say little of which office)."""
_THE = word_start(["the"], ignore_case=True, not_after=r"[\w-]")
r"""``(?<![\w-])(?i:the)`` opening on a class of its first letter (:mod:`newsfuse.scan`)."""
_TITLE_APPOSITIVE = re.compile(
    rf"{_THE}\s(?P<words>(?:[\w’'\-]+\s){{0,3}}?)(?P<office>(?i:{alternation(SINGLE_OFFICES)})),\s"
    rf"(?P<name>{_NAME_AT_WORD})(?=[,.;])"
)
"""A holder named after an office in apposition ("The sheriff, Dave Rourke, said"): compared as
:data:`_APPOSITIVE_TITLE` is."""
_OWNED_TITLE_APPOSITIVE = re.compile(
    rf"(?P<owner>[A-Z](?<![\w-][A-Z])[\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})[’']s\s"
    rf"(?P<office>(?i:{alternation(SINGLE_OFFICES)})),\s(?P<name>{_NAME_AT_WORD})(?=[,.;])"
)
"""A holder named after an office a possessive name owns, in apposition ("Brenmoor Academy's principal, Rose Holt,
said"): the owner qualifies the office, as "Brenmoor Academy Principal Rose Holt" would (opening on a capital, which
the scan skips to)."""
_NAME_THEN_COMMA = re.compile(r"[A-Z](?<![\w-][A-Z])(?=" + _NAME[len("[A-Z]") :] + r",\s)")
"""Every place a name followed by a comma starts, overlapping ones too (a match is the name's capital alone): the
only places where :data:`_APPOSITIVES` and :data:`_APPOSITIVE_TITLE`, which open on a name and its comma, can
match (:func:`_appositions`)."""
_NOT_A_QUALIFIER = re.compile(rf"\b(?:{_NOT_CURRENT_WORDS}|{alternation(PREPOSITIONS)})\b", re.IGNORECASE)
"""Words between "the" and the office that make the name another holder's ("the former sheriff") or no holder's
at all: a preposition heads a phrase whose noun the name is ("Dale Rourke, the son of the sheriff,")."""


_CASE_BLIND_EXTRA = ("\u0131", "\u017f", "\u0130", "\u212a")  # dotless i, long s, dotted capital I, kelvin
"""The letters beyond ASCII that :data:`_HOLDER`'s case-blind office words match ("ſ" for "s"), or whose lower case
is longer: a body holding one is scanned whole by :func:`_holder_matches`."""
_QUALIFIER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.&’'-")
"""The characters of a qualifier word of :data:`_HOLDER`."""


def _holder_matches(body: str) -> list[re.Match[str]]:
    """``_HOLDER.finditer(body)``, the pattern tried only where a match can start.

    Every match holds an office word, which a plain search of the lower-cased body finds, and starts either at
    that word or at a capital of one of the (up to three) qualifier words right before it: the pattern is
    tried there, left to right, each try after the end of the last match, as ``finditer`` would find them.
    Trying the pattern at every position of the body was most of :func:`_holders`' time.
    """
    if any(c in body for c in _CASE_BLIND_EXTRA):
        return list(_HOLDER.finditer(body))
    lower = lowered(body)
    starts: set[int] = set()
    for office in SINGLE_OFFICES:
        at = lower.find(office)
        while at >= 0:
            starts.add(at)
            starts.update(_qualifier_starts(body, at))
            at = lower.find(office, at + 1)
    return _matches_from(_HOLDER, body, sorted(starts))


def _matches_from(pattern: re.Pattern[str], body: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """``pattern.finditer(body)`` where no match can start but at one of ``starts`` (ascending): the pattern tried at
    each, left to right, each try after the end of the last match, as ``finditer`` would find them (it never matches
    an empty string)."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(body, start)) is not None:
            found.append(m)
            end = m.end()
    return found


def _qualifier_starts(body: str, at: int) -> list[int]:
    """Where a qualifier of an office word at ``at`` may start: every capital of the three runs of qualifier
    characters before it, each run followed by one space (the words of a qualifier)."""
    out: list[int] = []
    for _ in range(3):
        if at < 2 or not body[at - 1].isspace():
            break
        first = at - 1
        while first > 0 and body[first - 1] in _QUALIFIER_CHARS:
            first -= 1
        out += [k for k in range(first, at - 1) if "A" <= body[k] <= "Z"]
        if first == at - 1:
            break
        at = first
    return out


def _holders(analysis: ArticleAnalysis) -> dict[tuple[str, ...], list[tuple[str, Span]]]:
    """Office (qualifier, noun, surname) -> the people the article names in it, with the span of each name.

    The office stands before the name ("Harbour Board Chair Lena Holt") or
    in an apposition after it ("Lena Holt, the Harbour Board chair," /
    "Lena Holt, chair of the Harbour Board,"), where the name must be, word
    for word, one the article's mentions take for a person.
    """
    body = analysis.article.body
    out: dict[tuple[str, ...], list[tuple[str, Span]]] = {}
    found = [(m, True) for m in _holder_matches(body)]
    named, after_office = _appositions(body)
    found += [(m, False) for m in named]
    people = {m.span for m in analysis.mentions if m.type == "PERSON"}
    for m, before in found:
        key = _office(m, body)
        name = Span(m.start("name"), m.end("name"))
        if key is None or not (before or name in people):
            continue
        of = _OF_PLACE.match(body, name.end) if before and key[2] else None
        if of is not None:  # "Sheriff Dave Rourke of Lowmoor county": the office of a place, qualified
            key = (" ".join(w.lower() for w in of.group("place").split()), key[1], "")
        out.setdefault(key, []).append((m.group("name"), name))
    for m in after_office[0] + after_office[1]:
        name = Span(m.start("name"), m.end("name"))
        if name in people and not _NOT_A_QUALIFIER.search(m.group("words")):
            key = ("", m.group("office").lower(), _surname(m.group("name")))
            out.setdefault(key, []).append((m.group("name"), name))
    for m in after_office[2]:
        if Span(m.start("name"), m.end("name")) in people:
            key = (m.group("owner").lower(), m.group("office").lower(), "")
            out.setdefault(key, []).append((m.group("name"), Span(m.start("name"), m.end("name"))))
    return _with_namesakes(out)


def _appositions(body: str) -> tuple[list[re.Match[str]], tuple[list[re.Match[str]], ...]]:
    """The matches in ``body`` of :data:`_APPOSITIVES` (both patterns'), then of :data:`_APPOSITIVE_TITLE`,
    :data:`_TITLE_APPOSITIVE` and :data:`_OWNED_TITLE_APPOSITIVE`, each what its ``finditer`` finds, tried only where
    one can be: the first three where a name and its comma start (:data:`_NAME_THEN_COMMA`, one scan for the three,
    :func:`_matches_from`), the last two only in a body writing an office right before a comma
    (:func:`_office_before_comma`). Each pattern scanning the whole body cost a tenth of the story's conflicts."""
    starts = [m.start() for m in _NAME_THEN_COMMA.finditer(body)]
    named = [m for pattern in _APPOSITIVES for m in _matches_from(pattern, body, starts)]
    titled = _matches_from(_APPOSITIVE_TITLE, body, starts)
    if not _office_before_comma(body):
        return named, (titled, [], [])
    return named, (titled, list(_TITLE_APPOSITIVE.finditer(body)), list(_OWNED_TITLE_APPOSITIVE.finditer(body)))


def _office_before_comma(body: str) -> bool:
    """Whether ``body`` writes one of :data:`SINGLE_OFFICES` right before a comma, in any case, as
    :data:`_TITLE_APPOSITIVE` and :data:`_OWNED_TITLE_APPOSITIVE` need: a plain search of the lower-cased body, but a
    body holding a letter that ``re`` matches case-blind beyond ASCII (:data:`_CASE_BLIND_EXTRA`) is taken to."""
    if any(c in body for c in _CASE_BLIND_EXTRA):
        return True
    lower = lowered(body)
    return any(office + "," in lower for office in SINGLE_OFFICES)


def _with_namesakes(
    holders: dict[tuple[str, ...], list[tuple[str, Span]]],
) -> dict[tuple[str, ...], list[tuple[str, Span]]]:
    """``holders`` with each qualified holder ("Brackwater County Sheriff Dave Rourke") also under its office and
    surname, as a bare title is ("Sheriff Dale Rourke"): two people of one surname in one office are compared
    whatever words qualify it on one side (:func:`_qualified_apart` keeps two differently qualified offices
    apart)."""
    out = dict(holders)
    for (qualifier, office, _), named in holders.items():
        if not qualifier:
            continue
        for name, span in named:
            key = ("", office, _surname(name))
            if (name, span) not in out.get(key, []):
                out[key] = [*out.get(key, []), (name, span)]
    return out


def _qualified_apart(
    holders_a: dict[tuple[str, ...], list[tuple[str, Span]]],
    holders_b: dict[tuple[str, ...], list[tuple[str, Span]]],
    office: str,
    names: tuple[str, str],
    bodies: tuple[str, str] = ("", ""),
) -> bool:
    """Whether two namesakes' offices are two offices by what qualifies them: both outlets qualify the office, never
    in the same words ("Harbour Board Chair Lena Holt" / "Port Chair Ana Holt"); or one does, in words the other
    outlet never writes ("Sheriff Dave Rourke of neighbouring Lowmoor county" against an article that names no
    Lowmoor: the sheriff of another county; "Brackwater County Sheriff" against one about Brackwater county may be
    its sheriff)."""
    qualifiers = [
        {key[0] for key, named in holders.items() if key[0] and key[1] == office and any(n == name for n, _ in named)}
        for holders, name in ((holders_a, names[0]), (holders_b, names[1]))
    ]
    if qualifiers[0] and qualifiers[1]:
        return not qualifiers[0] & qualifiers[1]
    for mine, other in ((qualifiers[0], bodies[1]), (qualifiers[1], bodies[0])):
        written = {w.lower() for w in _LOWER.findall(other.replace(".", ""))}
        if mine and not any({w.replace(".", "") for w in q.split()} <= written for q in mine):
            return True
    return False


_OF_PLACE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<place>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*(?:\s(?:county|city))?)"
)
"""A place after a holder's name that the office is of ("Sheriff Dave Rourke of neighbouring Lowmoor county")."""


def _office(m: re.Match[str], body: str) -> tuple[str, str, str] | None:
    """The office (qualifier, noun, surname) a holder pattern matched, or None where it is not one current office.

    The surname is empty but for a bare title ("Sheriff Dale Rourke"), which is compared only between namesakes
    (see the module docstring): its key holds the holder's surname, so "Mayor Ann Holt" and "Mayor Omar Lind",
    as likely mayors of two places as one, are never one office.
    """
    office = m.group("office").lower()
    if office not in SINGLE_OFFICES:
        return None
    qualifier = (m.group("qualifier") or "").split()
    # the qualifier starts after a sentence-opening word that is not part of it ("The", "When")
    while qualifier and qualifier[0] in ("The", "A", "An", "When", "As", "After", "But", "And", "On", "In"):
        qualifier = qualifier[1:]
    if _NOT_CURRENT.search(body, max(0, m.start() - _NOT_CURRENT_REACH), m.start()) or any(
        _NOT_CURRENT_WORD.fullmatch(w) for w in qualifier
    ):
        return None  # "the former Sheriff …", "Former Sheriff …": not the one in office now
    if not qualifier:
        before = body[max(0, m.start() - _RANK_REACH) : m.start()].lower().split()[-2:]
        ranked = bool(before) and before[-1] in SINGLE_RANKS and not _NOT_CURRENT_WORD.fullmatch(before[0])
        return ("", office, _surname(m.group("name"))) if m.group("office")[0].isupper() or ranked else None
    return " ".join(re.sub(r"[’']s$", "", w.lower().rstrip(".")) for w in qualifier), office, ""


_WON = re.compile(
    rf"(?P<name>{_NAME_AT_WORD})(?:,\s+who)?\s+(?:has\s+|had\s+)?won\s+the\s+(?P<qualifier>(?:[\w’'\-]+\s){{0,4}}?)"
    rf"(?P<contest>{alternation(CONTESTS)})\b(?!\s+(?:in|of)\s+\d{{4}})"
)
"""A person who won a contest ("Ann Holt won the Brackwater mayoral election", "Ann Holt, who won the …"): the
winner of that contest, one
person (:data:`newsfuse.lexicon.CONTESTS`); not one of another year ("won the election in 2019")."""
_NOT_THIS_CONTEST = re.compile(r"\b(?:previous|last|former|earlier|first|next|\d{4})\b", re.IGNORECASE)
"""Words among a contest's qualifiers that make it another contest than the story's ("won the previous election",
"won the 2019 election")."""


_WON_BY = re.compile(
    rf"{_THE}\s+(?P<qualifier>(?:[\w’'\-]+\s){{0,4}}?)(?P<contest>{alternation(CONTESTS)})\s+(?:was|has\s+been)\s+"
    rf"won\s+by\s+(?P<name>{_NAME_AT_WORD})"
)
"""The same, told in the passive: "The Brackwater mayoral election was won by Ruth Calder"."""


def _winners(analysis: ArticleAnalysis) -> dict[tuple[str, ...], list[tuple[str, Span]]]:
    """("won", contest, qualifier words) -> the people the article names as winning it, with the span of each name
    (a name the article's mentions take for a person)."""
    body = analysis.article.body
    if "won" not in body:  # both patterns hold the word: most articles are scanned no further
        return {}
    people = {m.span for m in analysis.mentions if m.type == "PERSON"}
    out: dict[tuple[str, ...], list[tuple[str, Span]]] = {}
    for m in itertools.chain(_WON.finditer(body), _WON_BY.finditer(body)):
        name = Span(m.start("name"), m.end("name"))
        if name not in people or _NOT_THIS_CONTEST.search(m.group("qualifier")):
            continue
        qualifier = " ".join(re.sub(r"[’']s$", "", w.lower()) for w in m.group("qualifier").split())
        out.setdefault(("won", m.group("contest").lower(), qualifier), []).append((m.group("name"), name))
    return out


def _one_contest(
    winners: list[dict[tuple[str, ...], list[tuple[str, Span]]]],
    pair: tuple[int, int],
    analyses: Sequence[ArticleAnalysis],
) -> list[tuple[tuple[str, str], tuple[str, Span], tuple[str, Span]]]:
    """The contests for which each of two articles (``pair``) names exactly one winner, one contest by its noun and
    by what qualifies it: every qualifier word of each side is written in the other article, headline or body ("the
    Brackwater mayoral election" / "the mayoral election" in an article about Brackwater; not "the Lowmoor mayoral
    election")."""
    winners_a, winners_b = winners[pair[0]], winners[pair[1]]
    if not winners_a or not winners_b:
        return []
    written = [
        {w.lower() for w in _LOWER.findall(f"{analyses[k].article.title or ''} {analyses[k].article.body}")}
        for k in pair
    ]
    out = []
    for key_a, named_a in sorted(winners_a.items()):
        for key_b, named_b in sorted(winners_b.items()):
            if key_a[1] != key_b[1] or len({n for n, _ in named_a}) != 1 or len({n for n, _ in named_b}) != 1:
                continue
            if set(key_a[2].split()) <= written[1] and set(key_b[2].split()) <= written[0]:
                out.append(((key_a[1], key_a[2] or key_b[2]), named_a[0], named_b[0]))
    return out


def _given(name: str) -> str:
    first = name.split()[0].lower()
    return GIVEN_NAME_VARIANTS.get(first, first)


def _surname(name: str) -> str:
    words = [w.lower().rstrip(".,") for w in name.split()]
    while len(words) > 1 and words[-1] in GENERATIONAL_SUFFIXES:
        words.pop()
    return words[-1]


def _different_people(a: str, b: str) -> bool:
    surname_a, surname_b = _surname(a), _surname(b)
    if surname_a != surname_b:
        return Levenshtein.distance(surname_a, surname_b) > MISSPELLING_EDITS
    given_a, given_b = _given(a), _given(b)
    return given_a != given_b and not (given_a.startswith(given_b) or given_b.startswith(given_a))


_ACCOUNT_NOUN = "|".join(map(re.escape, sorted(ACCOUNT_NOUNS)))
_POSTING_VERB = "|".join(map(re.escape, sorted(POSTING_VERBS)))
_ACCOUNT = re.compile(
    rf"\b(?:(?:{_POSTING_VERB})\b[^.;:!?]{{0,80}}?\b(?:by|under|from)\s+(?:(?:the|an?)\s+)?"
    rf"(?:(?:{_ACCOUNT_NOUN})\s+)?|(?:{_ACCOUNT_NOUN})\s+)(?:(?:named|called|titled)\s+)?[“\"‘']?"
    r"(?P<handle>@?[A-Za-z0-9_]{3,30})\b",
    re.IGNORECASE,
)
_HANDLE_SHAPE = re.compile(r"@\w+|\w*[a-z0-9][A-Z]\w*|\w*[A-Za-z]\d\w*|\w*\d[A-Za-z]\w*|\w+_\w+")
_SURNAME_PREFIX = re.compile(
    alternation(p.title() for p in SURNAME_PREFIXES | PERSON_NAME_PARTICLES if p.isalpha()) + "[A-Z][a-z]+"
)
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[A-Za-z]+\b")
r"""A capitalised word: ``\b[A-Z][A-Za-z]+\b`` opening on the capital, which the scan skips to
(:mod:`newsfuse.scan`)."""
_LOWER = re.compile(r"\b[A-Za-z]+\b")


def _handle(word: str) -> bool:
    """Whether a word is shaped as an account name (see the module docstring)."""
    return bool(_HANDLE_SHAPE.fullmatch(word)) and not _SURNAME_PREFIX.fullmatch(word) and word.lower() not in PLATFORMS


def _accounts(analysis: ArticleAnalysis) -> dict[tuple[str, ...], list[tuple[str, Span]]]:
    """(platform, medium) -> the account names the article gives as posting such a thing there, with their spans."""
    body = analysis.article.body
    out: dict[tuple[str, ...], list[tuple[str, Span]]] = {}
    lower = lowered(body)
    if not any(platform in lower for platform in PLATFORMS):
        return out  # no sentence names a platform (each capitalised word would be one in lower case)
    for sentence in analysis.sentences:
        platforms = {w.lower() for w in _CAPITALISED.findall(body, sentence.start, sentence.end)} & PLATFORMS
        if not platforms:
            continue
        media = {w.lower().removesuffix("s") for w in _LOWER.findall(body, sentence.start, sentence.end)} & POSTED_MEDIA
        for m in _ACCOUNT.finditer(body, sentence.start, sentence.end) if media else ():
            handle = m.group("handle")
            if not _handle(handle):
                continue
            for role in itertools.product(sorted(platforms), sorted(media)):
                out.setdefault(role, []).append((handle, Span(m.start("handle"), m.end("handle"))))
    return out


def _one_each(
    mine: dict[tuple[str, ...], list[tuple[str, Span]]], theirs: dict[tuple[str, ...], list[tuple[str, Span]]]
) -> list[tuple[tuple[str, ...], tuple[str, Span], tuple[str, Span]]]:
    """The roles for which each of two articles names exactly one holder: (role, mine, theirs)."""
    out = []
    for role, named in sorted(mine.items()):
        other = theirs.get(role)
        if other and len({n for n, _ in named}) == 1 and len({n for n, _ in other}) == 1:
            out.append((role, named[0], other[0]))
    return out


def find_role_conflicts(story: str, analyses: Sequence[ArticleAnalysis]) -> list[Conflict]:
    """Offices, and accounts on a platform, that two outlets give to different holders (see the module docstring)."""
    holders = [_holders(a) for a in analyses]
    accounts = [_accounts(a) for a in analyses]
    winners = [_winners(a) for a in analyses]
    days = [reference_date(a.article) for a in analyses]
    out: list[Conflict] = []
    for i in range(len(analyses)):
        for j in range(i + 1, len(analyses)):
            body_a, body_b = analyses[i].article.body, analyses[j].article.body
            id_a, id_b = analyses[i].article.id, analyses[j].article.id
            told: set[tuple[str, str]] = set()
            apart = _apart(days[i], days[j])  # each names the holder of its time (HOLDER_GAP_DAYS)
            for office, (a, span_a), (b, span_b) in [] if apart else _one_each(holders[i], holders[j]):
                if not _different_people(a, b) or b in body_a or a in body_b or (a, b) in told:
                    continue
                if office[2] and _qualified_apart(holders[i], holders[j], office[1], (a, b), (body_a, body_b)):
                    continue
                told.add((a, b))
                role = f"{office[0]} {office[1]}".strip()
                reason = f"one outlet names {a} as the {role}, the other {b}: two different people"
                out.append(_conflict(story, f"who is the {role}", reason, (id_a, a, span_a), (id_b, b, span_b)))
            for (contest, qualifier), (a, span_a), (b, span_b) in (
                [] if apart else _one_contest(winners, (i, j), analyses)
            ):
                if _different_people(a, b) and b not in body_a and a not in body_b:
                    about = " ".join(f"who won the {qualifier} {contest}".split())
                    reason = f"one outlet names {a} as the winner of the {contest}, the other {b}"
                    out.append(_conflict(story, about, reason, (id_a, a, span_a), (id_b, b, span_b)))
            for (platform, medium), (a, span_a), (b, span_b) in _one_each(accounts[i], accounts[j]):
                if not _different_accounts(a, b) or b.lower() in lowered(body_a) or a.lower() in lowered(body_b):
                    continue
                written = re.search(rf"\b{platform}\b", body_a, re.IGNORECASE)
                about = f"the {written.group() if written else platform} account that posted the {medium}"
                reason = f"one outlet names {a} as {about}, the other {b}"
                out.append(_conflict(story, about, reason, (id_a, a, span_a), (id_b, b, span_b)))
    return out


def _apart(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two articles' dates are more than :data:`HOLDER_GAP_DAYS` apart (never where either has none)."""
    return a is not None and b is not None and abs((a - b).days) > HOLDER_GAP_DAYS


def _different_accounts(a: str, b: str) -> bool:
    x, y = a.lower().lstrip("@"), b.lower().lstrip("@")
    return Levenshtein.distance(x, y) > MISSPELLING_EDITS


def _conflict(story: str, about: str, reason: str, a: tuple[str, str, Span], b: tuple[str, str, Span]) -> Conflict:
    values = sorted([a, b], key=lambda v: (v[0], v[2].start))
    digest = hashlib.blake2b(
        "|".join(f"{article}:{span.start}" for article, _, span in values).encode(), digest_size=6
    ).hexdigest()
    return Conflict(
        id=f"{story}:X{digest}",
        story=story,
        kind="name",
        about=about,
        values=tuple(
            ConflictValue(value=name, normalised=name.lower(), article=article, span=span)
            for article, name, span in values
        ),
        reason=reason,
    )
