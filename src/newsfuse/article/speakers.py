"""Who a mention means, within one article: names, surnames, titles, roles, pronouns.

Why rules, not a model: a news article introduces each person once in full
("Ruritanian Prime Minister Ana Vell", "Lord Brandt, the Ruritanian
Ambassador") and then refers to them by surname, title and first name ("Dame
Ana"), role ("the PM") or pronoun. Reading those introductions gives an
index from surnames, first names and role nouns to full names; a speaker
mention is then resolved through it. Pronouns take the person the previous
sentences are about (their subject). Unnamed sources ("a senior government
source", "one" of "UK officials") stay unnamed: they are never matched to a
person.

Everything here reads the *masked* body (quotations blanked out by
:func:`~newsfuse.article.quote_marks.mask_passages`), so names inside
quotations never become speakers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from newsfuse.article.attribution import AUXILIARIES, PARTIAL_WORDS, PREPOSITIONS, REPORTING_WORDS
from newsfuse.article.gazetteer import is_place, is_region
from newsfuse.article.places import country_of
from newsfuse.lexicon import (
    ANONYMOUS_SOURCE_NOUNS,
    ARTICLES,
    CARDINAL_WORDS,
    CONJUNCTIONS,
    COURTESY_TITLES,
    DEFINITE_DETERMINERS,
    ENGLISH_FUNCTION_WORDS,
    FIRST_NAME_TITLES,
    FREQUENT_SPEECH_FORMS,
    GENERATIONAL_SUFFIXES,
    GROUP_QUANTIFIERS,
    NOT_NAME_WORDS,
    OFFICE_ALIASES,
    OFFICE_OPENERS,
    OFFICE_PHRASES,
    OFFICE_RANKS,
    ORGANISATION_NAME_WORDS,
    ORGANISATION_REFERENCE_NOUNS,
    PARTICLE_TITLE_ABBREVIATIONS,
    PEERAGE_TITLES,
    PERSON_NAME_PARTICLES,
    PERSONAL_PRONOUN_GENDERS,
    PLACE_AGENT_PREPOSITIONS,
    ROLE_DETERMINERS,
    ROLE_TAIL_PREPOSITIONS,
    SINGLE_QUANTIFIERS,
    SOURCE_GROUP_MODIFIERS,
    SOURCE_GROUP_NOUNS,
    SPEAKER_ROLE_NOUNS,
    STORY_OFFICES,
    SUBJECT_PRONOUNS,
    TITLE_ABBREVIATIONS,
    alternation,
)

__all__ = [
    "ORG_HEADS",
    "TITLE_HEADS",
    "Mention",
    "PersonIndex",
    "Referent",
    "RoleTable",
    "Token",
    "build_index",
    "find_role_appositions",
    "given_name_gender",
    "role_heads",
    "role_noun_key",
    "scan_mentions",
    "story_role_name",
    "tokenize",
]

# -- lexicons -----------------------------------------------------------------

_HONORIFICS = COURTESY_TITLES
_PEERAGE = PEERAGE_TITLES
_FIRST_NAME_TITLES = FIRST_NAME_TITLES

_ROLE_HEADS = (*OFFICE_PHRASES, *sorted(SPEAKER_ROLE_NOUNS))
"""Person nouns a speaker can be named by ("the prime minister", "the official", "a lawyer")."""
_ROLE_ALIASES = OFFICE_ALIASES
_ANONYMOUS_HEADS = ANONYMOUS_SOURCE_NOUNS
"""Role nouns that, with no name given in the article, describe an unnamed source."""

TITLE_HEADS = STORY_OFFICES | frozenset(_ROLE_ALIASES.get(p, p) for p in OFFICE_PHRASES) | {"president-elect"}
"""Role nouns of an office: the story's other articles may say who holds it (resolved there first)."""

ORG_HEADS = ORGANISATION_REFERENCE_NOUNS
"""Nouns that refer back to an organisation (``the company said``) or a document of one."""

_NOT_NAME_WORDS = NOT_NAME_WORDS
"""Capitalised words that open sentences and are not names (``But``, ``Asked``)."""

_ORG_WORDS = ORGANISATION_NAME_WORDS
"""Words that make a capitalised run a place, organisation or work, not a person."""


_SHORT_TITLES = TITLE_ABBREVIATIONS | PARTICLE_TITLE_ABBREVIATIONS
"""Every title written short: :data:`_NAME_WORD` reads each, capitalised with its full stop, as a word of a
name ("Del. Ana Vell" is one run; "Ana del Campo" keeps "del" as a particle: no capital, no full stop)."""
_PERSON_TITLES = _SHORT_TITLES - {"st"}
"""Titles written short that stand before a person's name and are split off it like "Mr" ("Capt. Ana Vell":
the title "Capt.", the name "Ana Vell") when written with their full stop ("Gen" without one may be a given
name); "St." (Saint) stays inside the name it opens, mostly a place's."""

# A capitalised word of a name: Ana, O'Brien, McCallum, al-Amin, J.; a title written short with its full stop
_NAME_WORD = (
    rf"(?:{alternation(t.capitalize() for t in _SHORT_TITLES)}\.|"
    r"(?:[A-Z]\.){2,3}|[A-Z][’'][A-Z][a-zà-öø-ÿ]+|(?:Jr|Sr)\.|I{2,3}\b|IV\b|"
    r"[A-Z][a-zà-öø-ÿ]+(?:[-’'][A-Z]?[a-zà-öø-ÿ]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]{2,6}(?![a-z]))"
)
_COMPOUND_MODIFIER = re.compile(r"-[a-zà-öø-ÿ]")
"""A capitalised word joined by a hyphen to a lower-case one ("Halden-based", "Tal-led"): a modifier, no name."""
_PARTICLE = alternation(PERSON_NAME_PARTICLES)
RUN_WORDS = 9
"""The most capitalised words one run reads as a mention (a title and a name together; particles do not count):
a long title stands before a name in one run ("Brenmoor Regional Transit Authority Board Chairman Ana Vell"),
where a shorter cap cut the run inside the name ("... Chairman Ana" and "Vell": two mentions, neither the
person). Longer runs are title-case headlines."""
# A name never runs over a line break: a caption ending in a name ("… Justin Trudeau") and the next paragraph
# opening with one ("Trudeau urged …") are two mentions.
_CAP_RUN = re.compile(
    rf"(?<![\w’'])(?:{alternation(w.capitalize() for w in OFFICE_OPENERS)}[^\S\n]+)?{_NAME_WORD}"
    rf"(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+){{0,2}}{_NAME_WORD}){{0,{RUN_WORDS - 1}}}(?![\w])"
)
_CAP_RUN_START = re.compile(r"[A-Z]")
"""Every match of :data:`_CAP_RUN` starts at an ASCII capital (each of its words does)."""


def _cap_runs(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of :data:`_CAP_RUN` in ``masked[start:end]``, as ``finditer`` gives them.

    Tried only where a capital letter stands: ``finditer`` tries the whole
    pattern at every character, about four times the time.
    """
    found: list[re.Match[str]] = []
    search, match = _CAP_RUN_START.search, _CAP_RUN.match
    while (capital := search(masked, start, end)) is not None:
        m = match(masked, capital.start(), end)
        start = capital.start() + 1 if m is None else m.end()
        if m is not None:
            found.append(m)
    return found


_SINGLE_HEADS = frozenset(h for h in _ROLE_HEADS if " " not in h)
_MULTI_HEADS: dict[str, list[tuple[str, ...]]] = {}
for _head in sorted((h for h in _ROLE_HEADS if " " in h), key=len, reverse=True):
    _MULTI_HEADS.setdefault(_head.split()[0], []).append(tuple(_head.split()))
_MULTI_HEAD_PHRASES = frozenset(" ".join(words) for heads in _MULTI_HEADS.values() for words in heads)
_GROUP_HEAD_SET = SOURCE_GROUP_NOUNS
_GROUP_MODS = SOURCE_GROUP_MODIFIERS
_SMALL_WORDS = _GROUP_HEAD_SET | SUBJECT_PRONOUNS | SINGLE_QUANTIFIERS | GROUP_QUANTIFIERS
_NOT_ROLE_MODIFIERS = ARTICLES | {"of"}
"""Words of a role phrase that do not qualify its role ("the head of the agency": only "head")."""
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'\-]*(?:\.\w+)*")


class Token(NamedTuple):
    """A word of the masked body, with its offsets."""

    start: int
    end: int
    text: str
    low: str


def tokenize(masked: str) -> list[Token]:
    """The words of ``masked`` (quotations blanked), once per article."""
    lowered = masked.lower()
    new = tuple.__new__
    if len(lowered) == len(masked) and "Σ" not in masked:
        # every character lowers to one character and none by its context (only capital sigma does, at a
        # word's end): a word lowered alone is the lowered text's slice, read without a second slice
        found = []
        for m in _TOKEN.finditer(masked):
            word = m.group()
            found.append(new(Token, (*m.span(), word, word.lower())))
        return found
    return [new(Token, (s, e, masked[s:e], lowered[s:e])) for s, e in (m.span() for m in _TOKEN.finditer(masked))]


def _joined(masked: str, a: Token, b: Token) -> bool:
    """Whether only spaces stand between two tokens (no punctuation, no line break)."""
    return masked[a.end : b.start].strip(" ") == "" and "\n" not in masked[a.end : b.start]


_PLURAL_HEADS = {h + "s": h for h in _SINGLE_HEADS}


def role_heads(tokens: list[Token]) -> list[tuple[int, int, str, bool]]:
    """``(first, last, role key, plural)`` token indexes of every role noun."""
    found: list[tuple[int, int, str, bool]] = []
    multi = _MULTI_HEADS
    for i, tok in enumerate(tokens):
        low = tok.low
        if low in multi:
            for words in multi[low]:
                j = i + len(words) - 1
                if j < len(tokens) and tuple(t.low for t in tokens[i : j + 1]) == words:
                    found.append((i, j, role_noun_key(" ".join(words)), False))
                    break
            else:
                if low in _SINGLE_HEADS:
                    found.append((i, i, role_noun_key(low), False))
        elif low in _SINGLE_HEADS:
            found.append((i, i, role_noun_key(low), False))
        elif low in _PLURAL_HEADS:
            found.append((i, i, role_noun_key(_PLURAL_HEADS[low]), True))
    return found


class Mention(NamedTuple):
    """A place in the text that may name a speaker."""

    kind: str
    """``name``, ``role`` (a role noun phrase), ``group`` (plural unnamed), ``pronoun`` or ``one``."""
    start: int
    end: int
    text: str
    name_tokens: tuple[str, ...] = ()
    """For names: the name's words without titles; for roles: the head noun."""
    title: str = ""
    """For names: the title or role before the name (``Sir``, ``British Prime Minister``)."""
    definite: bool = False
    """For roles: whether the article refers back to a known role (``the PM``) or describes one (``a source``)."""
    mods: tuple[str, ...] = ()


class Referent(NamedTuple):
    """Who a mention resolves to."""

    name: str | None
    """The person's full name, the unnamed source's description, or None where unresolved."""
    named: bool = True
    role: str | None = None
    """For an unresolved role noun: its role key (``prime minister``), so the story can resolve it."""
    mods: tuple[str, ...] = ()
    person: bool = True
    """Whether it is surely a person (pronouns may take it)."""
    fallback: str | None = None
    """For an unresolved role noun: the person the text was last about there (who it is when the story cannot say)."""


RoleTable = Mapping[str, list[tuple[tuple[str, ...], str]]]
"""Role key (``president``) to ``(modifiers, full name)`` pairs, from appositions."""


def role_noun_key(head: str) -> str:
    """A role noun's key: lower case, with abbreviations spelt out (``PM`` → ``prime minister``).

    ``head`` is a role noun the scanner found whole: any person noun a speaker goes by, or an office of
    several words (``secretary of state``). Not :func:`newsfuse.article.mentions.role_key`, which finds
    the office inside an entity's title phrase, offices only, keyed by their head as entity roles are
    grouped (``Secretary of State`` → ``secretary``): one function for both changed basil-dev's entities.
    """
    head = " ".join(head.lower().split())
    return _ROLE_ALIASES.get(head, head)


def _mods(words: str) -> tuple[str, ...]:
    return tuple(w.lower().strip(".,") for w in words.split() if w.lower() not in _NOT_ROLE_MODIFIERS)


NAME_PARTS_CACHE = 1 << 14
"""Capitalised runs whose split :func:`_name_parts` keeps (bounded: a pool's worker empties it after each
piece of work, as it does every large memo of the package)."""


@lru_cache(maxsize=NAME_PARTS_CACHE)
def _name_parts(text: str) -> tuple[str, tuple[str, ...]]:
    """Split a capitalised run into ``(title, name words)``: ``Prime Minister Ana Vell``.

    Memoised (a pure function of the run's text): the same runs ("The", "But", a surname) come back in
    every article, and the scanner splits about 80 runs per article.
    """
    words = text.split()
    # leading words that open sentences and are not names
    while words and (
        words[0].lower().strip(".") in _NOT_NAME_WORDS
        or words[0].lower() in REPORTING_WORDS
        or (len(words[0]) >= 6 and words[0].endswith("ing"))
    ):
        words.pop(0)
    # a compound modifier ("Halden-based", "El Paso-born") describes what follows it and names nobody
    modifier = [i for i, word in enumerate(words) if _COMPOUND_MODIFIER.search(word)]
    if modifier:
        words = words[modifier[-1] + 1 :]
    if len(words) == 1 and words[0].lower() in CARDINAL_WORDS:
        return "", ()  # "One attendee said", "Two said": a number opening the sentence
    # a place or organisation run straight into a name: "to Leeds Vell said"
    while len(words) > 1 and words[0].lower().strip(".’'") in _ORG_WORDS and words[1][:1].isupper():
        words.pop(0)
    title_end = _title_end(words)
    title = " ".join(words[:title_end])
    return title, tuple(words[title_end:])


def _title_end(words: list[str]) -> int:
    """How many of a capitalised run's words are its title: every word up to the last title word ("Ruritanian
    Prime Minister"), where a title word is an honorific, a title written short with its full stop ("Gen." is a
    title, "Gen" may be a name), a role noun, "Prime" or "Vice".

    A role noun that is a surname is a name word: one after a name word that follows the title ("Representative
    Ana T. King", "Judge Ana Dean"), one right after a courtesy title or a title written short ("Mr. King", "Sen.
    King") and one right after a given name that is no region ("Ana Bishop", "Tal Dean"; not "Ostria Senator").
    A surname ends the name (only a generational suffix may follow: "Ana Bishop Jr."), and a rank of office
    (:data:`~newsfuse.lexicon.OFFICE_RANKS`) is no name word: "Deputy Assistant Director Ana Vell" and "Deputy
    Press Secretary Ana Vell" are titled Ana Vell.
    """
    title_end = 0
    named = False
    for i, word in enumerate(words):
        low = word.lower().strip(".")
        short_title = low in _PERSON_TITLES and word.endswith(".")
        if not (low in _HONORIFICS or short_title or low in _SINGLE_HEADS or low in OFFICE_OPENERS):
            named = named or (title_end > 0 and low not in OFFICE_RANKS)  # "Deputy Assistant Director"
            continue
        previous = words[i - 1] if i else ""
        after_title = previous.lower().strip(".") in _HONORIFICS or (
            previous.lower().strip(".") in _PERSON_TITLES and previous.endswith(".")
        )
        last = all(w.lower().strip(".") in GENERATIONAL_SUFFIXES for w in words[i + 1 :])
        surname = (
            not short_title
            and last
            and (named or (after_title and low not in _HONORIFICS) or _given_name_before(words, i))
        )
        if surname:
            break
        title_end = i + 1
    return title_end


def _given_name_before(words: list[str], i: int) -> bool:
    """Whether a word before ``words[i]`` is a given name (recorded in :data:`GIVEN_NAME_GENDERS`) and no title,
    role noun, country or region ("Florida Senator"; a town may share a given name): then ``words[i]`` is that
    person's surname ("Ana Bishop", "Ana T. King"). Only initials may stand between the two ("Grant County
    Sheriff" is no name)."""
    j = i - 1
    while j >= 0 and _INITIALS.fullmatch(words[j]):
        j -= 1
    if j < 0:
        return False
    word = words[j]
    low = word.lower().strip("’'")
    if low in _HONORIFICS or low in _SINGLE_HEADS or low in OFFICE_OPENERS or word.endswith("."):
        return False
    return low in _given_name_genders() and not is_region(word) and country_of(word) is None


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
"""A name's initials with their full stops ("M.", "G.K."): no acronym."""


def _is_person_name(tokens: tuple[str, ...]) -> bool:
    """Whether a name's words are a person's: two or more, none an organisation's or a place's word, no
    acronym ("ACA", but the initials of "Ana M. Vell" are no acronym), no people or movement."""
    if len(tokens) < 2:
        return False
    for token in tokens:
        low = token.lower().strip(".’'")
        acronym = token.isupper() and len(token) > 1 and _INITIALS.fullmatch(token) is None
        if low in _ORG_WORDS or low in _NOT_NAME_WORDS or acronym:
            return False
    if tokens[-1].endswith(("ians", "ists", "ites")):
        return False  # a people or a movement: "Black Canadians"
    return not any(t.endswith(("’s", "'s")) for t in tokens[:-1])


def _strip_possessive(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    if tokens and tokens[-1].endswith(("’s", "'s")):
        return (*tokens[:-1], tokens[-1][:-2]), True
    if tokens and tokens[-1].endswith(("’", "'")):
        return (*tokens[:-1], tokens[-1][:-1]), True
    return tokens, False


def scan_mentions(
    masked: str,
    start: int,
    end: int,
    tokens: list[Token] | None = None,
    heads: list[tuple[int, int, str, bool]] | None = None,
) -> list[Mention]:
    """Speaker-like mentions in ``masked[start:end]``, in text order, longest first where they overlap."""
    if tokens is None:
        tokens = [t for t in tokenize(masked[:end]) if t.start >= start]
        heads = None
    elif start > 0 or end < len(masked):
        tokens = [t for t in tokens if t.start >= start and t.end <= end]
        heads = None
    found = _role_mentions(masked, tokens, role_heads(tokens) if heads is None else heads)
    found += _small_word_mentions(masked, tokens)
    found += _name_mentions(masked, start, end)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept = [
        m for m in _headed(masked, _outermost(found)) if not (_place_beside(masked, m) or _modifies_noun(masked, m))
    ]
    return [m for k, m in enumerate(kept) if not (k and _describes_before(masked, kept[k - 1], m))]


_MODIFIER_GAP = re.compile(r"(?:[^\S\n]+[a-z][a-z\-]*){1,3}[^\S\n]+")
"""One to three lower-case words between two capitalised runs, on one line, with no punctuation."""
_PREMODIFIER_REACH = 40
"""The most characters between a premodifier's end and the name it modifies: three words of
:data:`_MODIFIER_GAP` and their spaces; a cheap test before the pattern."""
_NOT_MODIFIERS = ENGLISH_FUNCTION_WORDS | PARTIAL_WORDS | AUXILIARIES
"""Words that end a noun phrase rather than modify its head (a verb, a preposition, a conjunction)."""
_NOT_A_NOUN = ENGLISH_FUNCTION_WORDS | AUXILIARIES
"""Words that are never the noun of a noun phrase (a determiner, a preposition, an auxiliary)."""


def _not_a_modifier(word: str) -> bool:
    """Whether a lower-case word ends a noun phrase: one of :data:`_NOT_MODIFIERS` or a past form ("hired")."""
    return word in _NOT_MODIFIERS or word.endswith("ed")


def _headed(masked: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with every premodified name read as one noun phrase headed by its last name.

    In "Ruritanian envoy Ana Vell", "Acme chief Pavel Dorn" or "Vell’s former
    aide Orrin Tal", the first capitalised run (a nationality, a party, an
    organisation, a possessor) only modifies the person named last: it is
    not a mention of its own, and the phrase (its cue before it included:
    "said Acme chief Pavel Dorn") is a mention of the last name, with the
    words before it as its title. A phrase qualifies when one to three
    lower-case words join the two runs and end in a role noun (any noun
    after a possessor), none of them a function word, a cue verb or a
    past form ("Vell hired aide Orrin Tal" stays two mentions). A role
    phrase followed by a person's name, a space apart ("the company's chief
    executive Ana Vell"), is that person's mention too. A possessor with no
    name after its role or organisation noun ("Vell’s spokesman said",
    "Dorn’s campaign said") is not the speaker either: the phrase is a role
    or an organisation mention of its own (:func:`_possessed`).
    """
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        if k + 1 < len(mentions) and _premodifies(masked, m, mentions[k + 1]):
            head = mentions[k + 1]
            title = " ".join(f"{masked[m.start : head.start]} {head.title}".split())
            out.append(head._replace(start=m.start, text=masked[m.start : head.end], title=title))
            k += 2
            continue
        possessed = _possessed(masked, m) if m.kind == "name" and possessive(masked, m) else None
        if possessed is not None and not (k + 1 < len(mentions) and mentions[k + 1].start < possessed.end):
            m = possessed
        out.append(m)
        k += 1
    return out


_POSSESSIVE_END = "(?:’s|'s|’|')"
"""A possessive ending: "Vell’s", "Reeds’"."""
_POSSESSED = re.compile(rf"{_POSSESSIVE_END}?((?:[^\S\n]+[a-z][a-z\-]*){{1,3}})")
"""The lower-case words after a possessor: its possessive ending, then one to three words on one line."""


def _possessed(masked: str, m: Mention) -> Mention | None:
    """The role or organisation a possessor names ("Vell’s spokesman", "Dorn’s campaign", "Vell’s former
    chief of staff" up to its head noun): a mention of its own, not of the possessor, who does not speak
    here. None where no role or organisation noun follows."""
    after = _POSSESSED.match(masked, m.end)
    if after is None:
        return None
    head: re.Match[str] | None = None
    for word in _WORD_RUN.finditer(masked, after.start(1), after.end(1)):
        if _not_a_modifier(word.group(0)):
            break
        if word.group(0) in _SINGLE_HEADS or word.group(0) in ORG_HEADS:
            head = word  # the last head noun: "Dorn’s campaign manager"
    if head is None:
        return None
    noun = head.group(0)
    mods = tuple(masked[after.start(1) : head.start()].split())
    kind = "role" if noun in _SINGLE_HEADS else "thing"
    return Mention(kind, m.start, head.end(), masked[m.start : head.end()], (role_noun_key(noun),), "", False, mods)


_WORD_RUN = re.compile(r"\S+")
_POSSESSOR_END = re.compile(rf"{_POSSESSIVE_END}(?=\s)")


def possessor_words(m: Mention) -> tuple[str, ...]:
    """The name words of the possessor that opens a role or a premodified name ("Ana Vell’s spokesman",
    "Ana Vell’s aide Orrin Tal"): the article still names that person there."""
    if m.kind == "pronoun" or not m.text[:1].isupper():
        return ()
    end = _POSSESSOR_END.search(m.text)
    if end is None:
        return ()
    _title, words = _name_parts(m.text[: end.start()])
    return words


def _premodifies(masked: str, m: Mention, head: Mention) -> bool:
    """Whether mention ``m`` modifies name mention ``head``: a name across role words, or a role phrase
    right before a person's name ("the Ruritanian envoy Ana Vell"; see :func:`_headed`)."""
    if head.kind != "name" or head.start - m.end > _PREMODIFIER_REACH:
        return False
    if m.kind == "role":
        between = masked[m.end : head.start]
        return bool(between) and not between.strip(" ") and _is_person_name(head.name_tokens)
    if m.kind != "name":
        return False
    gap = _MODIFIER_GAP.fullmatch(masked, m.end, head.start)
    if gap is None:
        return False
    words = gap.group(0).split()
    if any(_not_a_modifier(w) for w in words):
        return False
    return possessive(masked, m) or words[-1] in _SINGLE_HEADS or " ".join(words[-2:]) in _MULTI_HEAD_PHRASES


_OF_PLACE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){0,3})")


def _describes_before(masked: str, previous: Mention, m: Mention) -> bool:
    """Whether a one-word name mention is an apposition to the name before it that says where the person is
    from ("Ana Vell, Republican of Ohio", "Ana Vell, Mayor of Leeds"): the word describes the person, the
    person speaks."""
    if m.kind != "name" or len(m.name_tokens) != 1 or m.title or previous.kind != "name":
        return False
    if masked[previous.end : m.start].strip() != ",":
        return False
    place = _OF_PLACE.match(masked, m.end)
    return place is not None and (is_place(place.group(1)) or country_of(place.group(1)) is not None)


def _place_beside(masked: str, m: Mention) -> bool:
    """Whether a name mention is a place that stands beside a person rather than speaks: after a preposition
    ("Sen. Ana Vell of Ruritania", "a farmer from Leeds", "a rally in Ohio") or as a modifier of a noun ("a
    Ruritania crowd", "the Leeds delegation"). Gazetteer places only, and never a name with a title."""
    if m.kind != "name" or m.title or not is_place(" ".join(m.name_tokens)):
        return False
    before = masked[max(0, m.start - 30) : m.start].split()
    if after_preposition(masked, m):
        return not (before and before[-1].lower() in PLACE_AGENT_PREPOSITIONS)
    following = masked[m.end : m.end + 30].split(maxsplit=1)
    if not (before and before[-1].lower() in ARTICLES and following):
        return False
    word = following[0].rstrip(".,;:!?")
    return word.isalpha() and word.islower() and word not in REPORTING_WORDS and word not in AUXILIARIES


_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z][a-z\-]*)\b(?![’'])")


def _modifies_noun(masked: str, m: Mention) -> bool:
    """Whether a one-word name is a modifier inside a noun phrase rather than a mention of its own: after
    an article (and at most an adverb in "-ly") and before a lower-case noun ("the Centrist electorate", "a
    heavily Unionist town", "the Acme campaign said": the electorate, the town, the campaign). Never a name
    with a title, nor one before a verb, a function word or a cue ("the Republican said")."""
    if m.kind != "name" or m.title or len(m.name_tokens) != 1:
        return False
    before = masked[max(0, m.start - 40) : m.start].split()
    if before and before[-1].endswith("ly") and before[-1].isalpha() and before[-1].islower():
        before.pop()
    if not (before and before[-1].lower() in ARTICLES):
        return False
    after = _NOUN_AFTER.match(masked, m.end)
    if after is None:
        return False
    word = after.group(1)
    return not (_not_a_modifier(word) or word in REPORTING_WORDS)


_PHRASE_BREAKS = PREPOSITIONS | CONJUNCTIONS
"""Words that never stand between a role noun and its determiner: a preposition or a conjunction ends the noun
phrase before it."""


def _determiner(
    masked: str, tokens: list[Token], first: int, determiners: frozenset[str], stop: frozenset[str]
) -> int | None:
    """The index of the determiner of the noun phrase ending before ``tokens[first]`` (at most 5 words back,
    joined words only, not past a word of ``stop``, a preposition or a conjunction: in "her record as secretary"
    and "his focus on criminal justice" no determiner is the role's)."""
    for i in range(first - 1, max(-1, first - 6), -1):
        if not _joined(masked, tokens[i], tokens[i + 1]) or tokens[i].low in stop or tokens[i].low in _PHRASE_BREAKS:
            return None
        if tokens[i].low in determiners:
            return i
    return None


def _role_tail_end(masked: str, tokens: list[Token], last: int) -> int:
    """Where a role phrase ends with what qualifies it after its head: "a spokesperson for the ministry",
    "the minister of Health"."""
    tail_end = tokens[last].end
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].low in ROLE_TAIL_PREPOSITIONS and _joined(masked, tokens[last], tokens[k]):
        j = k + 1
        if tokens[j].low == "the" and j + 1 < len(tokens):
            j += 1
        lower_noun = j < len(tokens) and tokens[j - 1].low == "the" and tokens[j].text.islower()
        if lower_noun and _joined(masked, tokens[j - 1], tokens[j]) and tokens[j].low not in FREQUENT_SPEECH_FORMS:
            tail_end = tokens[j].end  # "a spokesperson for the ministry"
        while j < len(tokens) and tokens[j].text[:1].isupper() and _joined(masked, tokens[j - 1], tokens[j]):
            tail_end = tokens[j].end
            j += 1
    return tail_end


def _role_mentions(masked: str, tokens: list[Token], heads: list[tuple[int, int, str, bool]]) -> list[Mention]:
    """Role noun phrases with their determiner: "the prime minister", "a spokesperson for the ministry"."""
    found: list[Mention] = []
    for first, last, key, plural in heads:
        det = _determiner(masked, tokens, first, ROLE_DETERMINERS, FREQUENT_SPEECH_FORMS)
        if det is None:
            continue
        tail_end = _role_tail_end(masked, tokens, last)
        d = tokens[det].low
        kind = "group" if plural and d not in {"a", "an", "another"} else "role"
        mods = tuple(t.low for t in tokens[det + 1 : first] if t.low not in _NOT_ROLE_MODIFIERS)
        text = masked[tokens[det].start : tail_end]
        found.append(Mention(kind, tokens[det].start, tail_end, text, (key,), "", d in DEFINITE_DETERMINERS, mods))
    return found


def _small_word_mentions(masked: str, tokens: list[Token]) -> list[Mention]:
    """Unnamed groups ("Western officials"), pronouns, "one" or "another" before a speech verb, and a
    quantified noun before a cue verb ("one tweet said", "multiple newspapers reported": :func:`_quantified_noun`)."""
    found: list[Mention] = []
    for first, tok in enumerate(tokens):
        low = tok.low
        if low not in _SMALL_WORDS:
            continue
        if low in _GROUP_HEAD_SET:
            g_start = tokens[_group_start(masked, tokens, first)].start
            found.append(Mention("group", g_start, tok.end, masked[g_start : tok.end], (low,)))
        elif low in SUBJECT_PRONOUNS:
            if tok.text == low or tok.text == low.capitalize():
                found.append(Mention("pronoun", tok.start, tok.end, tok.text, (low,)))
        elif low in SINGLE_QUANTIFIERS and first + 1 < len(tokens) and tokens[first + 1].low in FREQUENT_SPEECH_FORMS:
            found.append(Mention("one", tok.start, tok.end, tok.text))  # "one said"
        elif (noun := _quantified_noun(masked, tokens, first)) is not None:
            kind = "role" if low in SINGLE_QUANTIFIERS else "group"
            found.append(Mention(kind, tok.start, noun.end, masked[tok.start : noun.end], (noun.low,)))
    return found


QUANTIFIED_NOUN_WORDS = 3
"""The most lower-case words between a quantifier and the cue verb after its noun ("one early supporter said")."""


def _quantified_noun(masked: str, tokens: list[Token], first: int) -> Token | None:
    """The noun of "one attendee said", "another tweet read" or "multiple newspapers reported": up to
    :data:`QUANTIFIED_NOUN_WORDS` lower-case words after a quantifier (:data:`~newsfuse.lexicon.SINGLE_QUANTIFIERS`,
    :data:`~newsfuse.lexicon.GROUP_QUANTIFIERS`) and right before a cue verb, none of them a function word or an
    auxiliary, none but the last a cue or a past form (a word between a quantifier and a cue verb is a noun, even
    one that is also a verb: "tweet", "report"). A person or a thing described by nouns of no list."""
    last = None
    for i in range(first + 1, min(len(tokens), first + 2 + QUANTIFIED_NOUN_WORDS)):
        word = tokens[i]
        if not _joined(masked, tokens[i - 1], word):
            return None
        if last is not None and word.low in PARTIAL_WORDS:
            return last
        if not word.text.islower() or word.low in _NOT_A_NOUN:
            return None
        if last is not None and _not_a_modifier(last.low):
            return None
        last = word
    return None


def _group_start(masked: str, tokens: list[Token], first: int) -> int:
    """The first word of a group noun's phrase: up to 3 capitalised words or group modifiers before it."""
    m_start = first
    while (
        m_start > 0
        and first - m_start < 3
        and _joined(masked, tokens[m_start - 1], tokens[m_start])
        and (tokens[m_start - 1].text[:1].isupper() or tokens[m_start - 1].low in _GROUP_MODS)
        and tokens[m_start - 1].low not in _NOT_NAME_WORDS
    ):
        m_start -= 1
    return m_start


def _name_mentions(masked: str, start: int, end: int) -> list[Mention]:
    """Capitalised runs: a name with its title, or a title alone that is a role ("Prime Minister").

    Speaker candidates only, so not the entity reader (:mod:`newsfuse.article.mentions`): the masked body
    (no name inside a quotation), a person's particles ("del", "van") but not "of" or "the", never over a
    line break, titles written short with their full stop; organisations are no candidates here. A lone word
    that is no name by itself ("Will", "May") is one where the article writes it as the surname of a person
    named in full with a known given name ("Ana Will").
    """
    found: list[Mention] = []
    runs = [(m, *_name_parts(m.group(0))) for m in _cap_runs(masked, start, end)]
    given = _given_name_genders()
    surnames = {words[-1] for _m, _title, words in runs if len(words) >= 2 and words[0].lower() in given}
    for m, title, words in runs:
        raw = m.group(0)
        offset = m.start() + raw.find(title or (words[0] if words else raw))
        if not words and _surname_elsewhere(masked, title):
            title, words = "", (title,)  # "King said", where the article names "Ana T. King"
        elif not words and not title and raw in surnames:
            words = (raw,)  # "Will wrote", where the article names "Ana Will": a surname, not the modal verb
        if not words:
            if title and title.split()[-1].lower().strip(".") in _SINGLE_HEADS:
                found.append(Mention("role", offset, m.end(), raw[offset - m.start() :], (role_noun_key(title),)))
            continue
        words, _possessive = _strip_possessive(words)
        found.append(Mention("name", offset, m.end(), raw[offset - m.start() :], words, title))
    return found


def _surname_elsewhere(masked: str, title: str) -> bool:
    """Whether a lone capitalised role noun ("King", "Dean") is the surname of a person the article names in full
    ("Representative Tal J. King"): the last of the name words (:func:`_name_parts`) of a capitalised run as the
    mention scanner reads it, the whole run of its line ("Representative Tal J. King", not "Tal J. King")."""
    if " " in title or not title.isalpha() or title.isupper():
        return False
    checked = -1
    for m in re.finditer(rf"(?<![\w’']){title}(?![\w’'])", masked):
        line_start = masked.rfind("\n", 0, m.start()) + 1
        if line_start == checked:
            continue
        checked = line_start
        line_end = masked.find("\n", m.end())
        for run in _cap_runs(masked, line_start, len(masked) if line_end < 0 else line_end):
            if _name_parts(run.group(0))[1][-1:] == (title,):
                return True
    return False


def _outermost(found: list[Mention]) -> list[Mention]:
    """Sorted mentions without those inside an earlier one, except a name that runs past a role phrase."""
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            # a title-and-name run inside a role phrase ("The Ruritanian President Pavel Dorn") wins as a name
            if mention.kind == "name" and kept[-1].kind == "role" and mention.end > kept[-1].end:
                kept[-1] = mention._replace(title=(kept[-1].text + " " + mention.title).strip())
            continue
        kept.append(mention)
    return kept


def possessive(masked: str, mention: Mention) -> bool:
    """Whether the mention is a possessive (``Vell’s request``): then it is not a subject."""
    return masked.startswith(("’s", "'s", "’ ", "' "), mention.end) or mention.text.endswith(("’s", "'s"))


def after_preposition(masked: str, mention: Mention) -> bool:
    """Whether the word before the mention is a preposition (``with Russia``)."""
    before = masked[max(0, mention.start - 30) : mention.start].split()
    if before and before[-1].lower() in ARTICLES:
        before.pop()  # "with the Lakeside Regional Health Board"
    return bool(before) and not before[-1].endswith(",") and before[-1].lower() in PREPOSITIONS


class PersonIndex:
    """The people an article names, and the ways it refers to them."""

    def __init__(self) -> None:
        self.full_names: Counter[str] = Counter()
        self.by_last: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_first: dict[str, Counter[str]] = defaultdict(Counter)
        self.peers: dict[str, str] = {}
        self.roles: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self.appositions: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
        """Every ``(role key, modifiers, name words)`` :func:`find_role_appositions` gave :func:`build_index`."""
        self.apposed: dict[int, str] = {}
        """The person each role phrase in apposition to a person's name is, by where the role mention starts:
        "Ana Vell, a lawyer for the city, said" and "the mayor, Ana Vell, said" name who that role phrase is,
        whoever else the article gives the same role."""
        self._memo: dict[tuple[tuple[str, ...], str], str | None] = {}

    def add_person(self, tokens: tuple[str, ...]) -> None:
        self._memo.clear()
        full = " ".join(tokens)
        self.full_names[full] += 1
        self.by_last[tokens[-1]][full] += 1
        self.by_first[tokens[0]][full] += 1

    def full_name(self, tokens: tuple[str, ...], title: str = "") -> str | None:
        """The full name a name mention refers to (None for a single unknown word): the longest form the
        article gives that person (:meth:`_longest`)."""
        key = (tokens, title)
        if key not in self._memo:
            found = self._full_name(tokens, title)
            self._memo[key] = self._longest(found) if found is not None else None
        return self._memo[key]

    def _longest(self, name: str) -> str:
        """The one longer form of a given name and surname that the article also gives (same first and last
        word: "Ana Vell" → "Ana M. Vell"), so that every mention of one person reports one name; ``name``
        itself where there is none or several ("Dan Hale" beside "Dan R. Hale" and "Dan K. L. Hale":
        the name does not say which), and for a name of three words or more ("Dan R. Hale" is not "Dan
        K. L. Hale")."""
        words = name.split()
        if len(words) != 2:
            return name
        longer = {
            other
            for other in self.by_last.get(words[-1], ())
            if len(other.split()) > 2 and other.split()[0] == words[0]
        }
        return longer.pop() if len(longer) == 1 else name

    def _full_name(self, tokens: tuple[str, ...], title: str) -> str | None:
        if not tokens:
            return None
        if len(tokens) >= 2:
            longer = [n for n in self.full_names if n.endswith(" " + " ".join(tokens))]
            return max(longer, key=lambda n: self.full_names[n]) if longer else " ".join(tokens)
        word = tokens[0]
        title_words = {w.lower().strip(".") for w in title.split()}
        if title_words & _FIRST_NAME_TITLES and self.by_first.get(word):
            return self.by_first[word].most_common(1)[0][0]
        if self.by_last.get(word):
            return self.by_last[word].most_common(1)[0][0]
        if self.by_first.get(word) and not title_words & _PEERAGE:
            return self.by_first[word].most_common(1)[0][0]
        if title_words & _PEERAGE:
            peer = next(w for w in title.split() if w.lower().strip(".") in _PEERAGE)
            return f"{peer} {word}"
        return None

    def frequency(self, name: str) -> int:
        last = name.split()[-1]
        return self.full_names.get(name, 0) + sum(self.by_last.get(last, Counter()).values())

    def role_name(self, key: str, mods: tuple[str, ...], extra: RoleTable | None = None) -> str | None:
        """The person a definite role noun refers to: in this article first, then in ``extra``."""
        for table, local in ((self.roles, True), (extra or {}, False)):
            candidates = [(m, n) for m, n in table.get(key, []) if set(mods) <= set(m) or not mods]
            if candidates and local:
                counts = Counter(n for _, n in candidates)
                return max(counts, key=lambda n: (self.frequency(n), counts[n]))
            if candidates:
                return story_role_name(table, key, mods, self.frequency)
        return None


def story_role_name(table: RoleTable, key: str, mods: tuple[str, ...], frequency: Callable[[str], int]) -> str | None:
    """The holder of a role by the story's articles (``table``): the name most of them give it, then the one
    the article at hand mentions most (``frequency``)."""
    candidates = [(m, n) for m, n in table.get(key, []) if set(mods) <= set(m) or not mods]
    if not candidates:
        return None
    counts = Counter(n for _, n in candidates)
    return max(counts, key=lambda n: (counts[n], frequency(n)))


def find_role_appositions(
    masked: str, tokens: list[Token] | None = None, heads: list[tuple[int, int, str, bool]] | None = None
) -> Iterable[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """``(role key, modifiers, name words)`` for every role the article gives a named person.

    Reads "Ruritanian Prime Minister Ana Vell", "Lord Brandt, the Ruritanian
    Ambassador," and "Ana Vell, the Prime Minister of Ruritania,".
    """
    for key, mods, words, _at in _role_appositions(masked, tokens, heads):
        yield key, mods, words


def _role_appositions(
    masked: str, tokens: list[Token] | None = None, heads: list[tuple[int, int, str, bool]] | None = None
) -> Iterable[tuple[str, tuple[str, ...], tuple[str, ...], int | None]]:
    """:func:`find_role_appositions` with where each role phrase that stands in apposition to its name starts
    (the start of its role mention: "the mayor" of "Ana Vell, the mayor," and of "the mayor, Ana Vell,"); None
    for a title before a name."""
    tokens = tokenize(masked) if tokens is None else tokens
    for first, last, key, plural in role_heads(tokens) if heads is None else heads:
        if plural:
            continue
        titled = _titled_name(masked, tokens, first, last)
        if titled is not None:
            yield key, *titled, None
        for found in (_apposed_name(masked, tokens, first, last), _name_in_apposition(masked, tokens, first, last)):
            if found is not None:
                det = _determiner(masked, tokens, first, ROLE_DETERMINERS, FREQUENT_SPEECH_FORMS)
                yield key, *found, tokens[det].start if det is not None else None


def _titled_name(
    masked: str, tokens: list[Token], first: int, last: int
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ROLE Name Name: ``(modifiers, name words)`` of "Ruritanian Prime Minister Ana Vell", "Osterlish
    president Pavel Dorn"."""
    j = last + 1
    while j < len(tokens) and j - last <= 4 and tokens[j].text[:1].isupper():
        if not _joined(masked, tokens[j - 1], tokens[j]):
            break
        j += 1
    if j - last - 1 < 2:
        return None
    _title, words = _name_parts(" ".join(t.text for t in tokens[last + 1 : j]))
    words, _ = _strip_possessive(words)
    if not words:
        return None
    m = first
    while m > 0 and first - m < 3 and tokens[m - 1].text[:1].isupper():
        if not _joined(masked, tokens[m - 1], tokens[m]):
            break
        m -= 1
    mods = tuple(t.low for t in tokens[m:first] if t.low not in _NOT_NAME_WORDS or t.low == "us")
    return mods, words


def _apposed_name(
    masked: str, tokens: list[Token], first: int, last: int
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Name, the ROLE[ of X],: ``(modifiers, name words)`` of "Lord Brandt, the Ruritanian Ambassador,"."""
    det = _determiner(masked, tokens, first, ARTICLES, frozenset())
    if det is None or det == 0 or masked[tokens[det - 1].end : tokens[det].start].strip() != ",":
        return None
    n = det - 1
    while n > 0 and det - 1 - n < 3 and tokens[n - 1].text[:1].isupper() and _joined(masked, tokens[n - 1], tokens[n]):
        n -= 1
    if not tokens[det - 1].text[:1].isupper():
        return None
    tail = _of_tail(masked, tokens, last)
    if not _apposition_closes(masked, tokens[tail].end):
        return None
    title, words = _name_parts(" ".join(t.text for t in tokens[n:det]))
    if not words:
        return None
    return _role_and_name(tokens, (det, first, last, tail), title, words)


def _name_in_apposition(
    masked: str, tokens: list[Token], first: int, last: int
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The ROLE[ of X], Name Name,: ``(modifiers, name words)`` of "the mayor, Ana Vell, said" or "Its chief
    executive, Pavel Dorn, left": a person's name set off by commas right after a role noun phrase with its
    determiner. Only a whole apposition (a comma on both sides) of a person's name, so that "Asked about the
    mayor, Ana Vell said …" and "the mayor, Ana Vell and Orrin Tal" give none."""
    det = _determiner(masked, tokens, first, ROLE_DETERMINERS, FREQUENT_SPEECH_FORMS)
    tail = _of_tail(masked, tokens, last)
    if tail > last:
        tail = _lower_nouns_end(masked, tokens, tail)  # "the president of the Kesby dockers union, Ana Vell,"
    j = tail + 1
    if det is None or j >= len(tokens) or masked[tokens[tail].end : tokens[j].start].strip() != ",":
        return None
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].text[:1].isupper():
        if k > j and not _joined(masked, tokens[k - 1], tokens[k]):
            break
        k += 1
    if k == j or not masked[tokens[k - 1].end :].startswith(","):
        return None
    title, words = _name_parts(" ".join(t.text for t in tokens[j:k]))
    words, _ = _strip_possessive(words)
    if not _is_person_name(words):
        return None
    return _role_and_name(tokens, (det, first, last, tail), title, words)


_OF_TAIL_NOUNS = 3
"""The most lower-case words an "of" phrase of a role runs on after its capitalised words ("of the Kesby dockers
union")."""


def _lower_nouns_end(masked: str, tokens: list[Token], tail: int) -> int:
    """The last token of the lower-case nouns that run on, joined, after ``tokens[tail]`` (none of them a word that
    ends a noun phrase: :func:`_not_a_modifier`, a cue), at most :data:`_OF_TAIL_NOUNS`; ``tail`` where none do."""
    j = tail
    while (
        j + 1 < len(tokens)
        and j - tail < _OF_TAIL_NOUNS
        and tokens[j + 1].text.islower()
        and _joined(masked, tokens[j], tokens[j + 1])
        and not _not_a_modifier(tokens[j + 1].low)
        and tokens[j + 1].low not in REPORTING_WORDS
    ):
        j += 1
    return j


def _role_and_name(
    tokens: list[Token], role: tuple[int, int, int, int], title: str, words: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(modifiers, name words)`` of a role apposed to a name: the role's words between its determiner and its
    noun (``first``..``last``) and those of its "of" phrase up to ``tail``; the name's words, led by the last
    word of its title where it has one (``role`` is ``(det, first, last, tail)``)."""
    det, first, last, tail = role
    mods = tuple(t.low for t in tokens[det + 1 : first]) + tuple(
        t.low for t in tokens[last + 1 : tail + 1] if t.low not in {"of", "the"}
    )
    return mods, (*title.split()[-1:], *words) if title else words


def _of_tail(masked: str, tokens: list[Token], last: int) -> int:
    """The last token of a role with its "of" phrase ("the Prime Minister of Ruritania"), else ``last``."""
    if last + 2 < len(tokens) and tokens[last + 1].low == "of" and _joined(masked, tokens[last], tokens[last + 1]):
        t = last + 2
        if tokens[t].low == "the" and t + 1 < len(tokens):
            t += 1
        if tokens[t].text[:1].isupper():
            return t
    return last


def _apposition_closes(masked: str, end: int) -> bool:
    """Whether the apposition ends at ``end`` (a comma, stop or semicolon), or runs on a few words to a comma:
    "Tavi, a fisherman from a village near the coast, was …"."""
    after = masked[end : end + 2].lstrip()[:1]
    if after in {",", ".", ";"}:
        return True
    rest = masked[end : end + 60]
    comma = rest.find(",")
    return not (comma < 0 or any(ch in rest[:comma] for ch in ".;:\n") or len(rest[:comma].split()) > 6)


def build_index(
    masked: str,
    tokens: list[Token] | None = None,
    mentions: list[Mention] | None = None,
    heads: list[tuple[int, int, str, bool]] | None = None,
) -> PersonIndex:
    """Index the people ``masked`` (an article body with quotations blanked) names.

    ``tokens`` and ``mentions`` (from :func:`tokenize` and :func:`scan_mentions`)
    are computed here when not given.
    """
    tokens = tokenize(masked) if tokens is None else tokens
    mentions = scan_mentions(masked, 0, len(masked), tokens) if mentions is None else mentions
    index = PersonIndex()
    for mention in mentions:
        if mention.kind == "name" and _is_person_name(mention.name_tokens):
            index.add_person(mention.name_tokens)
        possessor = possessor_words(mention)
        if _is_person_name(possessor):
            index.add_person(possessor)
    for key, mods, words, at in _role_appositions(masked, tokens, heads if tokens is not None else None):
        index.appositions.append((key, mods, words))
        title_words = [t for t in words if t.lower().strip(".") in _HONORIFICS]
        bare = tuple(t for t in words if t.lower().strip(".") not in _HONORIFICS)
        name = index.full_name(bare, " ".join(title_words))
        if name is None and bare:
            name = " ".join(words)
        if name:
            index.roles[key].append((mods, name))
            if at is not None and _is_person_name(tuple(name.split())):
                index.apposed[at] = name
    return index


GIVEN_NAME_GENDERS = "data/given_name_genders.csv"
"""Given names with a lopsided recorded gender (``name,f`` / ``name,m``), built by
``scripts/build_name_genders.py`` from the ``nomquamgender`` package's data: evidence for pronoun agreement
where the article itself says nothing about a person's gender."""


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    text = resources.files("newsfuse").joinpath(GIVEN_NAME_GENDERS).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition(",")
            table[name] = gender
    return table


def given_name_gender(full_name: str) -> str | None:
    """``m`` or ``f`` for a person's full name whose given name (its first word) is recorded with that
    gender for nearly all its bearers; None for a name that is not a person's, a rare or an ambiguous one."""
    words = tuple(full_name.split())
    if not _is_person_name(words):
        return None
    return _given_name_genders().get(words[0].lower().strip(".’'"))


def gender_of(pronoun: str) -> str | None:
    """``m`` or ``f`` for a gendered pronoun."""
    return PERSONAL_PRONOUN_GENDERS.get(pronoun.lower())
