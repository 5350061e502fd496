"""People, organisations and places under one name each.

The mentions of all the story's articles are grouped in four passes:

1. **Spelling.** Name words one edit apart are checked for a slip
   (:mod:`newsfuse.compare.spelling`); a flagged word is read as the form the
   story supports, and the mention keeps a :class:`Misspelling`.
2. **Places** go under the country they stand for (gazetteer in
   :mod:`newsfuse.article.places`: "the US", "Washington" → United States).
3. **Full names** ("Ana Vell", "Pavel Dorn") group on their last
   word, transliteration variants included ("Tchaikovsky" / "Chaikovsky"), when
   the first names agree. A single word ("Vell", "Lord Brandt")
   joins the full name ending in it (the one its own article names, if
   several do); "Dame Ana" joins the full name starting with it.
4. **Roles.** What each person is called ("Ruritanian President Pavel Dorn",
   "Lord Brandt, the Ruritanian Ambassador") teaches who holds which role;
   a role noun on its own ("the prime minister", "the Russian leader") goes
   to the holder of that role, of the country named if one is, and among
   several to the one its article mentions most.

The canonical name is the most frequent full name written correctly (for a
place, the gazetteer's name).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfuse.article.mentions import ROLE_WORDS, role_key, split_title
from newsfuse.article.places import country_of
from newsfuse.compare.spelling import MIN_SLIP_WORD_LENGTH, misspelling_of, one_edit_neighbours, translit_key, zipf
from newsfuse.lexicon.office_titles import OFFICE_HEADS
from newsfuse.model import ArticleAnalysis, Entity, EntityMention, Misspelling
from newsfuse.options import EntitiesOptions

__all__ = ["SIDE_BY_SIDE_CHARS", "resolve_entities"]

_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")
_DEFAULTS = EntitiesOptions()  # the thresholds' one home is the options section; these name its defaults
SIDE_BY_SIDE_CHARS = _DEFAULTS.side_by_side_chars
"""Characters within which two spellings printed in one article are meant side by side, not a misspelling."""
_COUNTRY_AFTER_ROLE_CHARS = 30
"""Characters after a role noun read for the country it is of ("the president of Ruritania")."""


def _alias_form(mention: EntityMention) -> str:
    """How a mention is listed as an alias: a role noun's sentence-initial determiner in lower case.

    "The PM" at the start of a sentence is the same alias as "the PM" in its middle.
    """
    text = mention.text
    if mention.type == "ROLE" and text.split(" ", 1)[0] in ("The", "A", "An") and " " in text:
        return text[0].lower() + text[1:]
    return text


@dataclass(eq=False)
class _Group:
    kind: str
    names: Counter[str] = field(default_factory=Counter)
    mentions: list[EntityMention] = field(default_factory=list)
    roles: dict[str, set[str | None]] = field(default_factory=lambda: defaultdict(set))
    role_phrases: list[str] = field(default_factory=list)
    types: Counter[str] = field(default_factory=Counter)
    misspellings: list[Misspelling] = field(default_factory=list)
    merged_into: _Group | None = None

    def root(self) -> _Group:
        g = self
        while g.merged_into is not None:
            g = g.merged_into
        return g


def _qualifiers(words: str) -> set[str | None]:
    found: set[str | None] = set()
    for w in words.split():
        place = country_of(w)
        if place:
            found.add(place)
    return found or {None}


@functools.lru_cache(maxsize=16384)
def _title_and_name(text: str) -> tuple[str, str]:
    """:func:`split_title` of a mention's text, remembered (each text is read in three passes, and stories repeat
    their names).

    Per process: at most 16,384 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    return split_title(text)


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


class _Resolver:
    def __init__(self, story: str, analyses: Sequence[ArticleAnalysis], options: EntitiesOptions) -> None:
        self.story = story
        self.options = options
        self.analyses = analyses
        self.bodies = {a.article.id: a.article.body for a in analyses}
        self.groups: list[_Group] = []
        self.places: dict[str, _Group] = {}
        self.people: list[tuple[str, str, _Group]] = []  # (first, last, group)
        self.by_last: dict[str, list[tuple[str, _Group]]] = {}  # by transliteration key of the last name
        self.singles: dict[str, _Group] = {}
        self.exact: dict[str, _Group] = {}
        self.of_mention: dict[tuple[str, int, int], _Group] = {}
        self.corrections: dict[str, tuple[str, str]] = {}

    # -- pass 1: spelling ---------------------------------------------------
    def find_slips(self, names: list[tuple[EntityMention, str, str]]) -> None:
        count: Counter[str] = Counter()
        articles: dict[str, set[str]] = defaultdict(set)
        name_set = {n.lower() for _, _, n in names}
        shown: dict[str, str] = {}
        places: dict[str, list[EntityMention]] = defaultdict(list)  # the mentions whose name holds a word
        names_with: dict[str, list[str]] = defaultdict(list)  # the names holding a word
        for m, _, name in names:
            keys = name.lower().split()  # lower-casing keeps the spaces: one key per written word
            for w in dict.fromkeys(keys):
                places[w].append(m)
                names_with[w].append(name)
                articles[w].add(m.article)
            count.update(keys)
            for w, key in zip(name.split(), keys, strict=True):
                shown.setdefault(key, w)
        words = [w for w in count if w.isalpha() and len(w) >= MIN_SLIP_WORD_LENGTH]
        neighbours = one_edit_neighbours(words)
        near, gap = self.options.side_by_side_chars, self.options.min_zipf_gap
        for w in words:
            if len(articles[w]) > 1:
                continue
            for target in neighbours.get(w, ()):
                if not misspelling_of(w, target, count[w], count[target], len(articles[w]), gap):
                    continue
                # Printed side by side, the two are meant ("Hats for Huts").
                if any(
                    ma.article == mb.article and abs(ma.span.start - mb.span.start) < near
                    for ma in places[w]
                    for mb in places[target]
                ):
                    continue
                # The intended form must stand in the same name elsewhere in the story.
                if any(
                    " ".join(target if t.lower() == w else t.lower() for t in n.split()) in name_set
                    for n in names_with[w]
                ):
                    evidence = (
                        f"'{shown[target]}' occurs {count[target]} time(s) "
                        f"in {len(articles[target])} article(s) of the story; "
                        f"'{shown[w]}' once, in one (English frequency {zipf(w):.1f} vs {zipf(target):.1f})"
                    )
                    self.corrections[w] = (shown[target], evidence)
                    break

    def corrected(self, name: str) -> str:
        if not self.corrections:
            return " ".join(name.split())
        return " ".join(self.corrections[w.lower()][0] if w.lower() in self.corrections else w for w in name.split())

    # -- passes 2 and 3: names ---------------------------------------------
    def new_group(self, kind: str) -> _Group:
        g = _Group(kind=kind)
        self.groups.append(g)
        return g

    def add(self, m: EntityMention, title: str, name: str, group: _Group) -> None:
        group = group.root()
        group.mentions.append(m)
        group.names[name] += 1
        group.types[m.type] += 1
        self.of_mention[(m.article, m.span.start, m.span.end)] = group
        if title:
            key = role_key(title)
            if key:
                group.roles[key] |= _qualifiers(title)
                group.role_phrases.append(self.corrected(title))
        written = _title_and_name(m.text)[1]
        slip = next((w for w in written.lower().split() if w in self.corrections), None) if self.corrections else None
        if slip is not None:
            group.misspellings.append(
                Misspelling(
                    written=written,
                    means=self.corrected(written),
                    article=m.article,
                    span=m.span,
                    evidence=self.corrections[slip][1],
                )
            )

    def person_for_last(self, last: str, article: str) -> _Group | None:
        found = [g for _, g in self.by_last.get(translit_key(last), [])]
        return self.pick(found, article)

    def pick(self, found: list[_Group], article: str) -> _Group | None:
        roots = list(dict.fromkeys(g.root() for g in found))
        if not roots:
            return None
        if len(roots) == 1:
            return roots[0]
        return max(roots, key=lambda g: (sum(1 for x in g.mentions if x.article == article), len(g.mentions)))

    def place_group(self, place: str) -> _Group:
        if place not in self.places:
            g = self.new_group("GPE")
            g.names[place] += 0
            self.places[place] = g
        return self.places[place]

    def names(self) -> None:
        mentions = [m for a in self.analyses for m in a.mentions if m.type != "ROLE"]
        parsed: list[tuple[EntityMention, str, str]] = []
        for m in mentions:
            title, name = _title_and_name(m.text)
            if name:
                parsed.append((m, title, name))
        self.find_slips(parsed)
        full, single = self.places_and_exact_names(parsed)
        self.full_names(full)
        self.single_names(single)

    def places_and_exact_names(
        self, parsed: list[tuple[EntityMention, str, str]]
    ) -> tuple[list[tuple[EntityMention, str, str]], list[tuple[EntityMention, str, str]]]:
        """Group places and non-person names of several words; return the full names and the single words left."""
        full: list[tuple[EntityMention, str, str]] = []
        single: list[tuple[EntityMention, str, str]] = []
        # A name the story gives a person's title anywhere is a person's, even where a town has it.
        titled = {self.corrected(name).lower() for m, title, name in parsed if title and m.type == "PERSON"}
        for m, title, name in parsed:
            fixed = self.corrected(name)
            place = country_of(fixed) if not title else None
            several = len(fixed.split()) >= 2
            if place:
                self.add(m, title, fixed, self.place_group(place))
            elif several and m.type != "PERSON" and not (m.type in ("GPE", "OTHER") and fixed.lower() in titled):
                key = fixed.lower()
                if key not in self.exact:
                    self.exact[key] = self.new_group(m.type)
                self.add(m, title, fixed, self.exact[key])
            elif several:
                full.append((m, title, fixed))
            else:
                single.append((m, title, fixed))
        return full, single

    def full_names(self, full: list[tuple[EntityMention, str, str]]) -> None:
        """Full names, most frequent first so the common spelling leads its group."""
        freq = Counter(n.lower() for _, _, n in full)
        for m, title, name in sorted(full, key=lambda t: -freq[t[2].lower()]):
            words = name.split()
            first, last = words[0], words[-1]
            group = None
            for f0, g in self.by_last.get(translit_key(last), []):
                if translit_key(f0) == translit_key(first) or (f0[0].lower() == first[0].lower() and len(first) <= 2):
                    group = g
                    break
            if group is None:
                group = self.new_group("PERSON")
                self.people.append((first, last, group))
                self.by_last.setdefault(translit_key(last), []).append((first, group))
            self.add(m, title, name, group)

    def single_names(self, single: list[tuple[EntityMention, str, str]]) -> None:
        """A single word joins the full name ending in it, a storm's short name its storm, a titled first name
        the full name starting with it; any other has a group of its own."""
        events = {n.split()[-1].lower(): g for n, g in self.exact.items() if g.kind == "EVENT"}
        for m, title, name in single:
            group = self.person_for_last(name, m.article) or (None if title else events.get(name.lower()))
            if group is None and title:
                found = [g for first, _, g in self.people if first.lower() == name.lower()]
                group = self.pick(found, m.article)
            if group is None:
                key = translit_key(name)
                if key not in self.singles:
                    self.singles[key] = self.new_group(m.type)
                group = self.singles[key]
            self.add(m, title, name, group)

    # -- pass 4: roles -------------------------------------------------------
    def roles(self) -> None:
        role_mentions = [m for a in self.analyses for m in a.mentions if m.type == "ROLE"]
        resolved: list[tuple[EntityMention, _Group | None]] = []
        by_article: dict[str, list[EntityMention]] = defaultdict(list)
        for a in self.analyses:
            by_article[a.article.id] = sorted(a.mentions, key=lambda m: m.span.start)
        for r in role_mentions:
            group = self.apposition(r, by_article[r.article])
            key = role_key(r.text)
            if group is not None and key:
                quals = _qualifiers(r.text)
                body = self.bodies[r.article]
                window = body[r.span.end : r.span.end + _COUNTRY_AFTER_ROLE_CHARS]
                after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*)", window)
                if after and country_of(after.group(1)):
                    quals = {country_of(after.group(1))}
                group.root().roles[key] |= quals
            resolved.append((r, group))
        titled: list[_Group] | None = None  # the groups holding a role: fixed from here on, gathered once
        for r, group in resolved:
            if group is None:
                if titled is None:
                    titled = [g for g in dict.fromkeys(x.root() for x in self.groups) if g.roles]
                group = self.holder(r, titled)
            if group is None:
                continue
            group = group.root()
            group.mentions.append(r)
            group.role_phrases.append(_strip_the(r.text))
            self.of_mention[(r.article, r.span.start, r.span.end)] = group

    def apposition(self, r: EntityMention, ordered: list[EntityMention]) -> _Group | None:
        """The person a role noun stands in apposition to: "Dorn, the Ruritanian president, said"."""
        body = self.bodies[r.article]
        closes = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*)?\s*[,.;)–—]")
        for m in ordered:
            if m.type == "ROLE":
                continue
            gap_after = body[m.span.end : r.span.start] if m.span.end <= r.span.start else None
            gap_before = body[r.span.end : m.span.start] if r.span.end <= m.span.start else None
            name_first = gap_after is not None and gap_after.strip() == ","  # ``\s*,\s*``: str.strip's spaces are re's
            role_first = gap_before is not None and gap_before.strip() == ","
            if (name_first and closes.match(body, r.span.end)) or (
                role_first and re.match(r"\s*[,.;)–—]", body[m.span.end : m.span.end + 3])
            ):
                g = self.of_mention.get((m.article, m.span.start, m.span.end))
                if g is not None and g.root().kind == "PERSON":
                    return g.root()
        return None

    def holder(self, r: EntityMention, titled: Sequence[_Group]) -> _Group | None:
        """The group holding the role a role noun names (``titled``: the groups holding any role, in order)."""
        key = role_key(r.text)
        if not key:
            return None
        quals = _qualifiers(r.text) - {None}
        generic = key in ("leader", "head")
        candidates: list[_Group] = []
        for g in titled:
            keys = [k for k in g.roles if (k in OFFICE_HEADS if generic else k == key)]
            if not keys:
                continue
            if quals and not any(quals & g.roles[k] for k in keys):
                continue
            candidates.append(g)
        # The holder its article has named most up to here (the latest named on a tie), else the most mentioned.
        before = []
        for g in candidates:
            earlier = [m.span.start for m in g.mentions if m.article == r.article and m.span.start < r.span.start]
            if earlier:
                before.append((len(earlier), max(earlier), g))
        if before:
            return max(before, key=lambda t: (t[0], t[1]))[2]
        return self.pick(candidates, r.article)

    # -- output ----------------------------------------------------------------
    def entities(self) -> tuple[Entity, ...]:
        roots = [g for g in dict.fromkeys(x.root() for x in self.groups) if g.mentions]
        roots.sort(key=lambda g: (-len(g.mentions), min((m.article, m.span.start) for m in g.mentions)))
        people = {id(person) for _, _, person in self.people}
        places = {id(place) for place in self.places.values()}
        return tuple(self.entity(n, g, id(g) in people, id(g) in places) for n, g in enumerate(roots, 1))

    def entity(self, n: int, g: _Group, full_name: bool, place: bool) -> Entity:
        """The entity of group ``g`` (``full_name``: grouped as a person's full name; ``place``: as a place)."""
        if g.kind == "GPE" and g.names and any(country_of(name) == name for name in g.names):
            name = next(name for name in g.names if country_of(name) == name)
        else:
            fulls = Counter({k: v for k, v in g.names.items() if len(k.split()) >= 2})
            pool = fulls or g.names
            name = max(pool, key=lambda k: (pool[k], k.isupper(), -len(k)))
        if g.roles or full_name:
            kind = "PERSON"  # titled, or grouped as a full name
        elif place:
            kind = "GPE"
        else:  # the type most of its mentions were given on evidence (OTHER is no evidence)
            best = [t for t, _ in g.types.most_common() if t in ("PERSON", "ORG", "GPE", "EVENT")]
            kind = best[0] if best else "OTHER"
        aliases: dict[str, str] = {}
        for m in g.mentions:
            aliases.setdefault(m.text.lower(), _alias_form(m))
            title, bare = _title_and_name(m.text) if m.type != "ROLE" else ("", "")
            if bare and title:
                aliases.setdefault(bare.lower(), bare)
        roles: dict[str, str] = {}
        for phrase in g.role_phrases:
            if any(w.lower().rstrip(".") in ROLE_WORDS for w in phrase.split()):
                roles.setdefault(phrase.lower(), phrase)
        mentions = tuple(sorted(g.mentions, key=lambda m: (m.article, m.span.start)))
        return Entity(
            id=f"{self.story}:E{n}",
            story=self.story,
            name=name,
            type=kind,  # type: ignore[arg-type]
            aliases=tuple(aliases.values()),
            roles=tuple(roles.values()),
            mentions=mentions,
            articles=tuple(dict.fromkeys(m.article for m in mentions)),
            misspellings=tuple(g.misspellings),
        )


def resolve_entities(
    story: str, analyses: Sequence[ArticleAnalysis], options: EntitiesOptions = _DEFAULTS
) -> tuple[Entity, ...]:
    """People, organisations and places under one name each, most mentioned first."""
    resolver = _Resolver(story, analyses, options)
    resolver.names()
    resolver.roles()
    return resolver.entities()
