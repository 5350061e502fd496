"""Named things of a fact's sentence: people, bodies, things named by a name, and places.

- **People** (:func:`sentence_people`), as (given name, surname): a surname
  alone ("Calder resigned …") stands for the first person the article names in
  full with that surname, as news style uses it (relatives who share it are
  named in full again), even where the word is also a place's name ("Tacoma"
  after "Rep. Ada Tacoma"). Two facts about different people of one surname are
  not one fact (:func:`different_people`).
- **Agents and actors** of a count, an amount or a percentage: the words of the
  names of bodies, places and events its sentence writes
  (:func:`sentence_agents`), and the surnames of the people it tells of, not its
  sources (:func:`sentence_actors`); two figures of agents or actors the other
  article never writes are of different ones (:func:`other_agents`,
  :func:`other_actors`).
- **Things named by a name** ("the Harwick river bridge": ``bridg``,
  {``harwick``}; :class:`NamedThings`): two things of one kind named apart are
  two things (:func:`other_named_things`).
- **Places**: what an article writes, to tell whether it names another place
  anywhere (:class:`PlaceNames`); two places are one where they are the same
  name or cities of which some two of that name lie within
  :data:`PLACE_APART_KM` (:func:`places_meet`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from typing import TYPE_CHECKING

from newsfuse.article.dates import (
    MONTHS,
    WEEKDAYS,
)
from newsfuse.article.gazetteer import city_positions
from newsfuse.article.places import country_of
from newsfuse.article.quantities import (
    POSSESSIVE_MARK,
)
from newsfuse.article.stems import stem
from newsfuse.compare.fact_text import WORD, lowered
from newsfuse.compare.near_synonyms import common_noun
from newsfuse.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_VARIANTS,
    NAME_TITLES,
    OFFICE_TITLES,
    REPORTING_VERBS,
    is_past_form,
)
from newsfuse.model import ArticleAnalysis, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact


__all__ = [
    "APPOSITION_CHARS",
    "MIN_ACTOR_SURNAME",
    "NAMED_MODIFIERS",
    "PLACE_APART_KM",
    "SPEAKER_REACH",
    "ArticleWords",
    "NamedThings",
    "PlaceNames",
    "different_people",
    "names_place",
    "other_actors",
    "other_agents",
    "other_named_things",
    "places_meet",
    "sentence_actors",
    "sentence_agents",
    "sentence_people",
]

_NOT_NAME_PARTS = NAME_TITLES | OFFICE_TITLES | GENERATIONAL_SUFFIXES | frozenset(["former", "the"])


PERSON_CACHE = 4096
"""Written names whose :func:`_person` reading is remembered."""
PLACE_APART_KM = 50.0
"""Two cities nearer than this may be one place as outlets name it (a suburb by its city's name); further apart,
an event cannot have happened in both."""


@functools.lru_cache(maxsize=PERSON_CACHE)
def _person(text: str) -> tuple[str, str] | None:
    """(given name, surname) of a written name, titles and "Jr." left out; given name empty for a surname alone.
    Remembered: an article names its people again and again (431 distinct of the 2,119 mentions the 50-article
    story of ``benchmarks/story_stages.py`` reads).

    The name starts after the last title word: "Transport minister Ruth Amadi" is Ruth Amadi.

    Per process: at most 4,096 entries (``PERSON_CACHE``), the least recently used let go first, kept from story to
    story (serve, a Spark executor, ``analyze``); a pool's worker empties it after each piece of work.
    """
    words = [w.strip(".,’'").lower() for w in text.split()]
    titles = [k for k, w in enumerate(words[:-1]) if w in _NOT_NAME_PARTS and w not in GENERATIONAL_SUFFIXES]
    words = [w for w in words[titles[-1] + 1 if titles else 0 :] if w and w not in _NOT_NAME_PARTS]
    if not words or not all(w[0].isalpha() for w in words):
        return None
    given = GIVEN_NAME_VARIANTS.get(words[0], words[0]) if len(words) >= 2 else ""
    return (given, words[-1])


def sentence_people(analysis: ArticleAnalysis) -> dict[int, frozenset[tuple[str, str]]]:
    """Per sentence start: the people it names (none for some), a lone surname resolved (see the module
    docstring)."""
    named: list[tuple[int, tuple[str, str]]] = []
    first_full: dict[str, tuple[str, str]] = {}
    for m in sorted(analysis.mentions, key=lambda m: m.span.start):
        if not m.text[:1].isupper():
            continue
        person = _person(m.text)
        if person is None or (m.type != "PERSON" and person[0]):
            continue
        if m.type not in ("PERSON", "OTHER") and person[1] not in first_full:
            continue  # a lone word typed as a place or body is a person only as the surname of one named before
        if person[0]:
            first_full.setdefault(person[1], person)
        named.append((m.span.start, person))
    starts = [s.start for s in analysis.sentences]
    out: dict[int, set[tuple[str, str]]] = {start: set() for start in starts}
    for start, person in named:
        if not person[0]:
            if person[1] not in first_full:
                continue
            person = first_full[person[1]]
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0:
            out.setdefault(starts[at], set()).add(person)
    return {k: frozenset(v) for k, v in out.items()}


_AGENT_TYPES = frozenset(["ORG", "GPE", "EVENT", "OTHER"])
"""The kinds of names whose words are a figure's agents (:attr:`Fact.agents`): not people (compared by
:func:`different_people`), not nouns of office."""


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def sentence_agents(analysis: ArticleAnalysis) -> dict[int, frozenset[str]]:
    """Per sentence start: the words, lower case, of the names of bodies, places and events it writes (mentions of
    :data:`_AGENT_TYPES`, capitalised; function words left out). Countries and acronyms are left out too: outlets
    name them in other words ("the United States" / "America", "the Justice Department" / "DOJ")."""
    starts = [s.start for s in analysis.sentences]
    out: dict[int, set[str]] = {}
    for m in analysis.mentions:
        if m.type not in _AGENT_TYPES or not m.text[:1].isupper() or (m.type != "ORG" and country_of(m.text)):
            continue
        at = bisect.bisect_right(starts, m.span.start) - 1
        if at >= 0:
            words = {w.lower() for w in _NAME_WORD.findall(m.text) if not w.isupper()} - ENGLISH_FUNCTION_WORDS
            out.setdefault(starts[at], set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def sentence_actors(analysis: ArticleAnalysis) -> dict[int, frozenset[str]]:
    """Per sentence start: the surnames, lower case, of the people it tells of (:func:`_actor_words`: not its
    sources)."""
    starts = [s.start for s in analysis.sentences]
    body = analysis.article.body
    out: dict[int, set[str]] = {}
    for m in analysis.mentions:
        if m.type != "PERSON" or not m.text[:1].isupper():
            continue
        at = bisect.bisect_right(starts, m.span.start) - 1
        words = _actor_words(body, m.text, m.span)
        if at >= 0 and words:
            out.setdefault(starts[at], set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


MIN_ACTOR_SURNAME = 3
"""Fewest letters of a surname that makes a person an actor of a figure (:func:`_actor_words`): a shorter word is as
often an initial or a particle left by the name reader as a surname, and an actor read wrongly silences a real
conflict (:func:`other_actors`)."""


SPEAKER_REACH = 3
"""Words either side of a person's name within which a reporting verb makes the person a source of the sentence,
not one it tells of (:func:`_actor_words`)."""


APPOSITION_CHARS = 60
"""Most characters of a comma-delimited apposition after a person's name ("Ana Vell, the Brenmoor police chief,
said"): :func:`_actor_words` looks for the reporting verb after it."""


_APPOSITION = re.compile(r"\s*,[^,.;:!?\"“”]{1," + str(APPOSITION_CHARS) + r"},")


def _actor_words(body: str, text: str, span: Span) -> set[str]:
    """A person a sentence tells of, as an agent: the surname, lower case ("Dan Ebbe signed on a four-year contract":
    ``ebbe``); none for a source, a name within :data:`SPEAKER_REACH` words of a reporting verb ("…, union leader Tom
    Reyes said": two outlets quoting two sources on one figure disagree all the same)."""
    near = WORD.findall(body, max(0, span.start - 40), span.start)[-SPEAKER_REACH:]
    apposition = _APPOSITION.match(body, span.end)  # "Ana Vell, the Brenmoor police chief, said": past the title
    after = apposition.end() if apposition else span.end
    near += WORD.findall(body, after, after + 40)[:SPEAKER_REACH]
    if any(w.lower() in REPORTING_VERBS or w.lower() == "according" for w in near):
        return set()
    person = _person(text)
    return {person[1]} if person is not None and len(person[1]) >= MIN_ACTOR_SURNAME else set()


def other_agents(a: Fact, b: Fact) -> bool:
    """Whether two figures are of different bodies, places or events: each sentence names one (:attr:`Fact.agents`)
    by a word the other article never writes ("Fenmore Bank will close 120 branches" / "Calder Bank will close 150
    branches"; "Storm Ada killed 40" / "Storm Bea killed 55"), and the two share no word of a name but common
    words ("bank": one either article writes in lower case, or a common noun of
    :func:`newsfuse.compare.near_synonyms.common_noun`). An outlet that writes the other's name
    anywhere, a sentence naming none, or one name word in both says nothing ("Fenmore Bank" / "Fenmore"; "Brenmoor
    Health Trust" / "Brenmoor Hospital")."""
    if a.written is None or b.written is None:
        return False
    common = a.written.common | b.written.common
    if {w for w in a.agents & b.agents if w not in common and not common_noun(stem(w))}:
        return False  # "Brenmoor Health Trust" / "Brenmoor Hospital": one name in both
    return any(w not in b.written.vocabulary for w in a.agents) and any(w not in a.written.vocabulary for w in b.agents)


def other_actors(a: Fact, b: Fact) -> bool:
    """Whether two figures are of different people: each sentence tells of a person (:attr:`Fact.actors`) the other
    does not, whom the other article never writes ("Esker Rovers signed Tom Reyes on a three-year contract" / "Esker
    Rovers signed Dan Ebbe on a four-year contract"), as :func:`other_agents` reads bodies; sources are no actors
    ("…, union leader Tom Reyes said": two sources on one figure disagree)."""
    if a.written is None or b.written is None:
        return False
    mine, theirs = a.actors - b.actors, b.actors - a.actors
    return any(w not in b.written.vocabulary for w in mine) and any(w not in a.written.vocabulary for w in theirs)


def different_people(a: Fact, b: Fact) -> bool:
    """Whether two facts' sentences name different people of one surname and no person in common."""
    if not a.people or not b.people or a.people & b.people:
        return False
    for _, surname in a.people:
        mine = {g for g, s in a.people if s == surname}
        theirs = {g for g, s in b.people if s == surname}
        if mine and theirs and not mine & theirs:
            return True
    return False


NAMED_MODIFIERS = 2
"""Lower-case words between a name and the noun it names a thing of that are read past ("the Harwick river bridge":
``river``)."""


def _named_things(body: str, sentence: Span) -> tuple[tuple[str, frozenset[str]], ...]:
    """The common nouns of a sentence that a capitalised name names a thing of, each with the name's words, stemmed
    ("The Harwick river bridge was closed": ``bridg``, {``harwick``}; ``river``, {``harwick``}): the name before
    the noun, past at most :data:`NAMED_MODIFIERS` lower-case words (:func:`_modifier`). Not a noun that is a past
    form or a reporting verb ("Police arrested"), nor names that are function words, months, weekdays, countries or
    acronyms (outlets write those in other words: "the US economy" / "the American economy"), nor a lone capital
    opening the sentence ("Police estimate 40 people")."""
    tokens = WORD.findall(body, sentence.start, sentence.end)
    out: dict[str, set[str]] = {}
    reach = sorted({k for c, t in enumerate(tokens) if t[:1].isupper() for k in range(c + 1, c + NAMED_MODIFIERS + 2)})
    for k in reach:  # the words a name stands within reach of: few of most sentences
        word = tokens[k] if k < len(tokens) else ""
        if not word.islower() or word in ENGLISH_FUNCTION_WORDS or is_past_form(word) or word in REPORTING_VERBS:
            continue
        head = stem(word)
        if not common_noun(head):
            continue
        j = k - 1
        while j >= 0 and k - j <= NAMED_MODIFIERS and _modifier(tokens[j]):
            j -= 1
        namers = set()
        while j >= 0 and tokens[j][:1].isupper() and not tokens[j].isupper():
            if j == 0 and not tokens[1][:1].isupper():
                break  # "Police estimate 40 people": a capital that opens the sentence may be no name
            lower = POSSESSIVE_MARK.sub("", tokens[j].lower())  # "Thursday's talks": a weekday, no name
            if lower in ENGLISH_FUNCTION_WORDS or lower in MONTHS or lower in WEEKDAYS or country_of(tokens[j]):
                break
            namers.add(stem(lower))
            j -= 1
        if namers:
            out.setdefault(head, set()).update(namers)
    return tuple(sorted((head, frozenset(names)) for head, names in out.items()))


_NO_MODIFIERS = ENGLISH_FUNCTION_WORDS | REPORTING_VERBS


def _modifier(word: str) -> bool:
    """Whether a word between a name and its noun reads as a modifier: lower case, no function word, no past form or
    reporting verb ("Police arrested 40 people": no name of the people)."""
    return word.islower() and word not in _NO_MODIFIERS and not is_past_form(word)


class NamedThings:
    """The things an article's sentences name (:func:`_named_things`), read for a sentence the first time two facts
    of it are compared (:func:`other_named_things`: few are), once per sentence."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.read: dict[int, tuple[tuple[str, frozenset[str]], ...]] = {}

    def of(self, sentence: Span) -> tuple[tuple[str, frozenset[str]], ...]:
        if sentence.start not in self.read:
            self.read[sentence.start] = _named_things(self.body, sentence)
        return self.read[sentence.start]


def other_named_things(a: Fact, b: Fact) -> bool:
    """Whether two values are of two things of one kind their sentences name by different names (:attr:`Fact.things`:
    "The Harwick river bridge was closed last week" / "The Lowfield canal bridge was closed on Tuesday"): a noun both
    name a thing of, by names that share no word, neither among the other's words."""
    if a.things is None or b.things is None:
        return False
    theirs = dict(b.things.of(b.sentence))
    for head, mine in a.things.of(a.sentence):
        other = theirs.get(head)
        if other and not mine & other and not mine & b.words and not other & a.words:
            return True
    return False


class ArticleWords:
    """What an article writes that :func:`other_agents` reads: each sentence's agents (:func:`sentence_agents`),
    and, read only where two facts' agents are compared, every word in lower case and the words written so."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self.body = analysis.article.body
        self.agents = sentence_agents(analysis)
        self.actors = sentence_actors(analysis)

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(_NAME_WORD.findall(lowered(self.body)))

    @functools.cached_property
    def common(self) -> frozenset[str]:
        return frozenset(w for w in _NAME_WORD.findall(self.body) if w.islower())


class PlaceNames:
    """What an article writes, read once for every place another outlet's fact asks about (:func:`names_place`).

    A place of one word or two ("Exeter", "New York") is looked up among the
    article's words (runs of word characters) and pairs of words one space
    apart, built the first time a place is asked about; a place written
    otherwise ("King's Lynn") is searched for, once per place.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._asked: dict[str, bool] = {}

    @functools.cached_property
    def _words(self) -> frozenset[str]:
        words = list(_WORD_RUN.finditer(self.text))
        pairs = (
            f"{a.group()}{between}{b.group()}"
            for a, b in itertools.pairwise(words)
            if len(between := self.text[a.end() : b.start()]) == 1 and between.isspace()
        )
        return frozenset(w.group() for w in words) | frozenset(pairs)

    def __contains__(self, place: str) -> bool:
        if _ONE_OR_TWO_WORDS.fullmatch(place):
            return place in self._words
        if place not in self._asked:
            self._asked[place] = re.search(rf"(?<!\w){re.escape(place)}(?!\w)", self.text) is not None
        return self._asked[place]


_WORD_RUN = re.compile(r"\w+")


_ONE_OR_TWO_WORDS = re.compile(r"\w+(?:\s\w+)?")


def names_place(f: Fact, place: str) -> bool:
    """Whether the article of the place fact ``f`` names ``place`` anywhere (as a word)."""
    return f.names is not None and place in f.names


def places_meet(a: str, b: str) -> bool:
    """Whether two place names may name one place: the same name, or cities of the gazetteer of which some two of
    those names lie within :data:`PLACE_APART_KM` of each other (a district in its city; a name of
    several cities: any of them). A name the gazetteer holds no city of (a region) may always be the other place."""
    x, y = a.casefold(), b.casefold()
    if x == y:
        return True
    cities = city_positions()
    if x not in cities or y not in cities:
        return True
    return any(_km(p, q) <= PLACE_APART_KM for p in cities[x] for q in cities[y])


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """The great-circle distance of two (latitude, longitude) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
