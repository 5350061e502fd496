"""Direct quotations and their speakers: the quote ledger of one article.

Why this shape: a quotation is found by its marks
(:mod:`~newsfuse.article.quote_marks`), attributed by the cue verb next to it
(:mod:`~newsfuse.article.attribution`) and the mention that is the cue's
subject, and that mention is resolved to a person through the article's own
introductions (:mod:`~newsfuse.article.speakers`). The search for the cue
follows how news English attributes, in this order:

1. right after the closing mark: ``“…,” he said`` / ``“…,” said Vell``;
2. before the opening mark in the same sentence: ``Vell told reporters:
   “…”``, ``called Dorn a “menace”``;
3. later in the same sentence: ``“…” Dorn, asked about it, said``;
4. a quotation that opens a paragraph after a paragraph ending in a colon
   takes that paragraph's speaker (``Hollis continued:``);
5. a full quotation with no cue of its own continues the speaker of the
   quotation just before it (a quotation split by its attribution, or a
   paragraph that is only a quotation).

A partial quotation with no cue in its sentence is a scare quote and keeps
no speaker. Role nouns the article never resolves ("the PM") keep the
mention with no name; the story stage (:mod:`newsfuse.compare.speakers`)
resolves them through the other articles of the story.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import NamedTuple

import msgspec

from newsfuse.article.attribution import AUXILIARIES, MULTIWORD_CUE, PARTIAL_WORDS, PREPOSITIONS, REPORTING_WORDS
from newsfuse.article.candidates import Candidate, QuoteContext, gather_candidates, quote_features
from newsfuse.article.entity_types import entity_type
from newsfuse.article.not_quotations import PassageEvidence, is_subheading, judged_by_passage_model, passage_evidence
from newsfuse.article.quote_marks import MASK, QuotedPassage
from newsfuse.article.sentences import Clause as _Clause
from newsfuse.article.speaker_model import SpeakerModel, load_model
from newsfuse.article.speakers import (
    _ANONYMOUS_HEADS,
    _ORG_WORDS,
    _SINGLE_HEADS,
    ORG_HEADS,
    TITLE_HEADS,
    Mention,
    Referent,
    RoleTable,
    Token,
    _is_person_name,
    after_preposition,
    build_index,
    gender_of,
    given_name_gender,
    possessive,
    role_heads,
    scan_mentions,
)
from newsfuse.article.text import ArticleText
from newsfuse.lexicon import (
    BE_FORMS,
    COURTESY_TITLE_GENDERS,
    DETERMINERS,
    ENGLISH_FUNCTION_WORDS,
    INVERSION_BREAK_WORDS,
    IRREGULAR_VERB_FORMS,
    KIN_GENDERS,
    NOT_AUDIENCE_WORDS,
    OUTER_SPEECH_FORMS,
    PARTISAN_NOUNS,
    POSSESSIVE_OWNERS,
    PRONOUN_GENDERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THIRD_PERSON_DETERMINERS,
    TITLE_GENDERS,
)
from newsfuse.model import Article, OpenSpeaker, Quote, RoleStatement, Span, Speaker, SpeakerEvidence
from newsfuse.options import QuotesOptions
from newsfuse.scan import word_start

__all__ = [
    "Scoring",
    "default_scoring",
    "extract_quotes",
    "find_quotes",
    "find_quotes_with_evidence",
    "model_in_use",
    "rule_cue_weight",
    "scoring_for",
]


def _words(text: str) -> list[str]:
    return text.split()


_LEAD = re.compile(r"[\s,;:–—―\-]*")
_DASH_BYLINE = re.compile(r"\s*[―—–-]+\s*")
_TELL_OBJECT = re.compile(r"\s+([a-z]{3,})\b")
_TELL = frozenset(next(forms for forms in IRREGULAR_VERB_FORMS if forms[0] == "tell"))
"""The forms of "tell": its object is the audience, never the speaker ("told Vell" is no "said Vell")."""
_KIN = {**KIN_GENDERS, **COURTESY_TITLE_GENDERS}
"""Nouns of family and courtesy titles that tell the gender of the name after them ("wife Ana Vell")."""
_KIN_BEFORE_NAME = re.compile(
    # word_start: a kin word at a word's start, opening on a class of first letters the scan skips to
    rf"(?P<kin>{word_start(list(_KIN), ignore_case=True)})\.?\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,3}})"
)
_HOME = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*\s*$")
_PARENTHETICAL = re.compile(r"\([^()]*\)")


class Cue:
    """A cue found in the text, shaped like a regex match (``start()``, ``end()``, ``group(0)``)."""

    __slots__ = ("_end", "_start", "_text", "reporting")

    def __init__(self, start: int, end: int, text: str, reporting: bool) -> None:
        self._start, self._end, self._text, self.reporting = start, end, text, reporting

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text


def _is_cue(masked: str, m: Cue) -> bool:
    """Whether a cue-verb match is a verb: not a noun after a determiner ("the states", "his claim"),
    not a capitalised word inside a sentence ("United States")."""
    before = masked[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1].lower() in DETERMINERS:
        return False
    after = masked[m.end() : m.end() + 8].split()
    if after and after[0] in BE_FORMS:
        if m.group(0).endswith("s"):
            return False  # a plural noun: "Her promises are cheap"
        if len(before) >= 2 and before[-2].lower() in DETERMINERS:
            return False  # a noun after its adjective: "A cruel rumour was that …"
    if m.group(0)[:1].isupper():
        if before and re.fullmatch(r"(?:[A-Z]\.){2,3}", before[-1]):
            return False  # after initials, not a sentence end: "The U.K. Home Office said"
        return not before or before[-1][-1:] in ".!?”\"’'\u2015—–-:"
    return True


def _all_cues(masked: str, tokens: list[Token]) -> list[Cue]:
    """Every cue of the article, in text order (words looked up in the lexicon, not matched by regex)."""
    cues = [Cue(t.start, t.end, t.text, t.low in REPORTING_WORDS) for t in tokens if t.low in PARTIAL_WORDS]
    cues += [Cue(m.start(), m.end(), m.group(0), True) for m in MULTIWORD_CUE.finditer(masked)]
    cues.sort(key=lambda c: c.start())
    return [c for c in cues if _is_cue(masked, c)]


NOT_HE_OR_SHE: frozenset[str] = frozenset({"ORG", "EVENT"})
"""Entity types (:func:`~newsfuse.article.entity_types.entity_type`, by the name alone) that are never the
antecedent of "he" or "she"; a place ("GPE") is not either where its name has two words or more ("North
Carolina"), while a one-word place name may be a surname ("Jackson")."""


def can_be_he_or_she(name: str) -> bool:
    """Whether a named referent may be "he" or "she" by its name: not an organisation or an event ("the
    Brenmoor Council", an acronym), not a place of two words or more (:data:`NOT_HE_OR_SHE`)."""
    kind = entity_type(name)
    return kind not in NOT_HE_OR_SHE and not (kind == "GPE" and len(name.split()) >= 2)


class _Attributor:
    """Resolves speaker mentions of one article, sentence by sentence."""

    def __init__(self, text: ArticleText, story_roles: RoleTable | None, final: bool) -> None:
        self.final = final
        self.text = text
        self.body = text.body
        self.masked = masked = text.masked
        self.story_roles = story_roles
        self.genders: dict[str, str] = {}
        self.subjects: list[tuple[int, Referent]] = []  # (offset, who) of each clause subject, in order
        self.groups: list[tuple[int, Mention]] = []
        self.tokens = text.tokens
        heads = role_heads(self.tokens)
        self.mentions = scan_mentions(masked, 0, len(masked), self.tokens, heads)
        self.group_starts = {m.start for m in self.mentions if m.kind == "group"}
        self.index = build_index(masked, self.tokens, self.mentions, heads)
        self.mention_starts = [m.start for m in self.mentions]
        self.cues = _all_cues(masked, self.tokens)
        self.cue_starts = [c.start() for c in self.cues]
        self.name_counts: Counter[str] = Counter(
            self.index.full_name(m.name_tokens, m.title) or " ".join(m.name_tokens)
            for m in self.mentions
            if m.kind == "name"
        )
        self.speaking = self._speakers()
        self.introduced = {name for pairs in self.index.roles.values() for _, name in pairs} | {
            self.index.full_name(m.name_tokens, m.title) or " ".join(m.name_tokens)
            for m in self.mentions
            if m.kind == "name" and m.title
        }
        self.clause_starts: list[int] = []
        self.clause_ends: list[int] = []
        self.open: dict[tuple[int, int], Referent] = {}
        self.lead_bounds: list[tuple[int, int]] | None = None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The article's mentions that lie inside ``[start, end)``."""
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def find_cues(self, partial: bool, start: int, end: int) -> list[Cue]:
        """Cues inside ``[start, end)``: reporting verbs, and stance verbs too when ``partial``."""
        i = bisect.bisect_left(self.cue_starts, start)
        out = []
        while i < len(self.cues) and self.cues[i].start() < end:
            cue = self.cues[i]
            if cue.end() <= end and (partial or cue.reporting):
                out.append(cue)
            i += 1
        return out

    def cue_at(self, partial: bool, pos: int, end: int) -> Cue | None:
        """The cue that starts exactly at ``pos``."""
        found = self.find_cues(partial, pos, end)
        return found[0] if found and found[0].start() == pos else None

    def learn_genders(self, clauses: list[_Clause]) -> None:
        """Votes from the article itself: "wife Marta Velde", or a clause about one person using "she".

        A pronoun is then never resolved to a person the article shows to be
        of the other gender. A clause's pronoun votes only for a person whose
        given name the table does not record (:func:`given_name_gender`): in
        "Tal Oren said the plan hurt her campaign" the "her" is more likely
        someone else's than a sign that a man's given name misleads.
        """
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for m in _KIN_BEFORE_NAME.finditer(self.masked):
            full = self.index.full_name(tuple(m.group("name").split()))
            if full:
                votes[full][_KIN[m.group("kin").lower()]] += 3
        gendered = [(t.start, PRONOUN_GENDERS[t.low]) for t in self.tokens if t.low in PRONOUN_GENDERS]
        starts = [g[0] for g in gendered]
        for clause in clauses:
            lo = bisect.bisect_left(starts, clause.start)
            hi = bisect.bisect_left(starts, clause.end)
            if lo == hi:
                continue
            people: set[str] = set()
            first_person_end: int | None = None
            for mention in self.mentions_in(clause.start, clause.end):
                if mention.kind == "name":
                    full = self.index.full_name(mention.name_tokens, mention.title)
                    if full and _is_person_name(tuple(full.split())):
                        people.add(full)
                        first_person_end = first_person_end or mention.end
            if len(people) != 1 or first_person_end is None:
                continue
            seen = {g for offset, g in gendered[lo:hi] if offset >= first_person_end}
            person = next(iter(people))
            if len(seen) == 1 and given_name_gender(person) is None:
                votes[person][seen.pop()] += 1
        for name, counter in votes.items():
            ranked = counter.most_common()
            if len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]:
                self.genders.setdefault(name, ranked[0][0])

    def gender(self, name: str) -> str | None:
        """The gender the article shows for a person (kin words, honorifics, pronouns about them alone), else
        the one their given name is recorded with (:func:`~newsfuse.article.speakers.given_name_gender`)."""
        known = self.genders.get(name)
        return known if known is not None else given_name_gender(name)

    def _speakers(self) -> set[str]:
        """Full names the article makes the subject of a reporting verb ("Foster writes", "says Adams").

        People speak in news copy; places, organisations and groups that look
        like names ("Black Canadians") rarely stand right before a cue. Only
        these people (and people with a title) are taken as the antecedent
        of a pronoun.
        """
        names: set[str] = set()
        for cue in self.find_cues(False, 0, len(self.masked)):
            before = self.mentions_in(max(0, cue.start() - 60), cue.start())
            candidates = [m for m in before[-1:] if m.kind == "name"]
            gap = self.masked[candidates[0].end : cue.start()].split() if candidates else []
            if not candidates or not all(w.lower() in AUXILIARIES for w in gap):
                after = self.mentions_in(cue.end(), min(len(self.masked), cue.end() + 60))
                between = self.masked[cue.end() : after[0].start].split() if after else ["-"]
                candidates = (
                    [after[0]] if after and after[0].kind == "name" and all(w.islower() for w in between) else []
                )
            for m in candidates:
                names.add(self.index.full_name(m.name_tokens, m.title) or " ".join(m.name_tokens))
        for pairs in self.index.roles.values():
            names.update(name for _, name in pairs)
        return names

    # -- resolving one mention ------------------------------------------------

    def resolve(self, mention: Mention) -> Referent | None:
        who = self._resolve(mention)
        if who is not None and who.name is None and who.role is not None:
            self.open[(mention.start, mention.end)] = who  # left for the story (SpeakerEvidence.open)
        return who

    def _resolve(self, mention: Mention) -> Referent | None:
        kind = mention.kind
        if kind == "name":
            return self._resolve_name(mention)
        if kind == "role":
            return self._resolve_role(mention)
        if kind == "group":
            return Referent(mention.text, named=False)
        if kind == "thing":
            return self._resolve_thing(mention)
        if kind == "one":
            group = self._last_group(mention.start)
            if group is None:
                return None
            return Referent(f"one of {group.text.strip()}", named=False)
        if kind == "pronoun":
            return self._pronoun(mention)
        return None

    def _resolve_name(self, mention: Mention) -> Referent:
        """A name: the article's full name for it, a person where a title or a quotation says so."""
        full = self.index.full_name(mention.name_tokens, mention.title)
        if full is not None:
            person = full in self.speaking or bool(mention.title)
            self._note_title_gender(full, mention.title)
            return Referent(full, person=person)
        word = " ".join(mention.name_tokens)
        if mention.title:
            title_words = mention.title.split()
            honorific = [w for w in title_words if w.lower().strip(".") in TITLE_GENDERS]
            if honorific:
                self._note_title_gender(word, mention.title)
            return Referent(word, person=True)
        return Referent(word, person=word in self.speaking)

    def _resolve_role(self, mention: Mention) -> Referent:
        """A role noun: "the mayor" as the person the article (or the story) names in that role, "a
        coach" as the person a delayed-identification lead names, else the description itself."""
        key = mention.name_tokens[0]
        determiner = mention.text.split()[0].lower()
        apposed = self.index.apposed.get(mention.start)  # "Ana Vell, a lawyer for the city,": Ana Vell
        if apposed is not None:
            return Referent(apposed)
        if mention.definite and determiner == "the":
            who = self._definite_role(mention, key)
            if who is not None:
                return who
        if determiner in {"a", "an"} and key not in _ANONYMOUS_HEADS:
            named = self.identified_after_lead(mention)
            if named is not None:
                return named
        return Referent(mention.text, named=False)

    def _definite_role(self, mention: Mention, key: str) -> Referent | None:
        """ "The mayor": the role's holder named in the article or the story, an anonymity noun as itself, an
        office left open for the story stage, or the person the text was last about (None: none of them)."""
        local = self.index.role_name(key, mention.mods)
        name = local or self.index.role_name(key, mention.mods, self.story_roles)
        if local and self.name_counts[local] <= 1:
            # named once in passing ("Riverton Mayor Ada Kell"): the person the text is about wins
            earlier = self.salient(mention.start)
            if earlier is not None and earlier.name and self.name_counts[earlier.name] > 1:
                return earlier
        if name:
            return Referent(name)
        if key in _ANONYMOUS_HEADS:
            return Referent(mention.text, named=False)
        if key in TITLE_HEADS and not self.final:
            fallback = self.salient(mention.start)
            return Referent(None, role=key, mods=mention.mods, fallback=fallback.name if fallback else None)
        earlier = self.salient(mention.start)
        if earlier is not None:
            return earlier
        if key in TITLE_HEADS:
            return Referent(None, role=key, mods=mention.mods)
        return None

    def _resolve_thing(self, mention: Mention) -> Referent:
        """A thing that speaks: "her campaign" as its owner, "the company" as the organisation last named
        with that head, "the Ohio Democrat" as the person the text was last about, else itself."""
        words = mention.text.split()
        if words[0].lower() in POSSESSIVE_OWNERS:
            owner = self._pronoun(Mention("pronoun", mention.start, mention.start, POSSESSIVE_OWNERS[words[0].lower()]))
            if owner is not None:
                return owner._replace(person=False)
        if words[-1].lower() in ORG_HEADS and words[0].lower() in {"the", "its"}:
            org = self.last_organisation(mention.start, words[-1].lower())
            if org is not None:
                return Referent(org, named=False, person=False)
        elif words[0].lower() == "the" and (
            words[-1].lower() in _SINGLE_HEADS
            or words[-1].lower() in PARTISAN_NOUNS
            or (words[-1][:1].isupper() and words[-1].lower() not in _ORG_WORDS)
        ):
            earlier = self.salient(mention.start)  # "the soft-spoken chemist", "the Ohio Democrat"
            if earlier is not None:
                return earlier
        return Referent(mention.text, named=False, person=False)

    def identified_after_lead(self, mention: Mention) -> Referent | None:
        """The person a delayed-identification lead describes: "A Halifax swim coach says …" ¶ "Maren
        Tully said …".

        News leads often describe their subject and name them in the next
        paragraph, which opens with the full name. Only a role noun of the
        lead's first paragraph is resolved so, and never an anonymity noun
        ("a senior source", "an official"): those stay unnamed.
        """
        if self.lead_bounds is None:
            bounds = self.text.prose_paragraphs
            self.lead_bounds = bounds[:2] if len(bounds) >= 2 else []
        if len(self.lead_bounds) < 2 or not self.lead_bounds[0][0] <= mention.start < self.lead_bounds[0][1]:
            return None
        start, end = self.lead_bounds[1]
        opening = self.mentions_in(start, end)[:1]
        if not opening or opening[0].kind != "name" or len(self.masked[start : opening[0].start].split()) > 1:
            return None
        full = self.index.full_name(opening[0].name_tokens, opening[0].title)
        if full is None or not _is_person_name(tuple(full.split())) or possessive(self.masked, opening[0]):
            return None
        return Referent(full)

    def _note_title_gender(self, name: str, title: str) -> None:
        for word in title.split():
            gender = TITLE_GENDERS.get(word.lower().strip("."))
            if gender:
                self.genders.setdefault(name, gender)

    def _last_group(self, before: int) -> Mention | None:
        for offset, group in reversed(self.groups):
            if offset < before and before - offset < 1500:
                return group
        return None

    def _pronoun(self, mention: Mention) -> Referent | None:
        word = mention.text.lower()
        if word == "they":
            group = self._last_group(mention.start)
            return Referent(group.text.strip(), named=False) if group is not None else None
        gender = gender_of(word)
        barred = self.not_antecedents(mention) if word in SUBJECT_PRONOUNS else frozenset()
        return (
            self._own_sentence_subject(mention, gender, barred)
            or self._recent_subject(mention, gender, barred)
            or self.last_person(mention.start, gender, barred)
        )

    def not_antecedents(self, mention: Mention) -> frozenset[str]:
        """The persons a subject pronoun cannot be, named in its own sentence where the pronoun's clause
        holds them (a name inside what "he" says or does is someone else: "he said Vell would win", "he
        thanked Vell", "Vell is a “safe pair of hands,” she said": not Vell).

        Those are the names after the pronoun in its sentence, unless the
        pronoun stands in a clause that opens the sentence with a subordinator
        (:data:`~newsfuse.lexicon.SUBORDINATORS`: "When he arrived, Vell
        said …" may be Vell); and where the pronoun follows a quotation
        closed on its comma, the names before it in the sentence (the words it
        reports), unless a reporting verb there introduced the quotation (its
        subject said it: "Dorn added, “…,” he said"). Names inside quotation
        marks are not read.
        """
        c = bisect.bisect_right(self.clause_starts, mention.start) - 1
        if c < 0 or c >= len(self.clause_ends):
            return frozenset()
        start, end = self.clause_starts[c], self.clause_ends[c]
        stops = [m.end() for m in _SENTENCE_STOP.finditer(self.masked, start, mention.start)]
        stops += [m.end() for m in _QUOTE_STOP.finditer(self.body, start, mention.start)]
        start = max(stops, default=start)  # a sentence the splitter left joined across a quotation
        stop = _SENTENCE_STOP.search(self.masked, mention.end, end)
        end = stop.start() if stop else end
        lead = self.masked[start : mention.start].split()
        spans = []
        if not (lead and lead[0].lower().strip(",") in SUBORDINATORS):
            spans.append((mention.end, end))
        if self.body[start : mention.start].rstrip().endswith(_COMMA_CLOSES) and not self.find_cues(
            False, start, mention.start
        ):  # a cue there ("Dorn added, “…,” he said") introduced the quotation: its subject said it
            spans.append((start, mention.start))
        barred = set()
        for a, b in spans:
            for m in self.mentions_in(a, b):
                who = self.resolve(m) if m.kind == "name" else None
                if who is not None and who.name is not None:
                    barred.add(who.name)
        return frozenset(barred)

    def _own_sentence_subject(
        self, mention: Mention, gender: str | None, barred: frozenset[str] = frozenset()
    ) -> Referent | None:
        """ "Vell was asked if …, he said": the named subject of the pronoun's own sentence, where its gender
        does not contradict the pronoun's and it is not barred (:meth:`not_antecedents`)."""
        c = bisect.bisect_right(self.clause_starts, mention.start) - 1
        if c < 0:
            return None
        for earlier in self.candidates(self.clause_starts[c], mention.start):
            lead = self.masked[self.clause_starts[c] : earlier.start].split()
            if earlier.kind != "name" or len(lead) > 3:
                break
            who = self.resolve(earlier)
            if who is not None and who.name in barred:
                break
            if who is not None and _personlike(who) and who.name is not None and can_be_he_or_she(who.name):
                known = self.gender(who.name)
                if not (known and gender and known != gender):
                    return who
            break
        return None

    def _recent_subject(
        self, mention: Mention, gender: str | None, barred: frozenset[str] = frozenset()
    ) -> Referent | None:
        """The last human sentence subject before the pronoun (within reach) whose gender agrees and who is not
        barred (:meth:`not_antecedents`; a named one learns the pronoun's gender), else the last unnamed one
        ("the coach")."""
        fallback: Referent | None = None
        for offset, who in reversed(self.subjects):
            if offset >= mention.start or not _personlike(who) or not self.human(who) or who.name in barred:
                continue
            if mention.start - offset > 3000:
                break
            if not who.named:
                if not (gender and offset in self.group_starts):  # a group is no "he" or "she"
                    fallback = fallback or who
                continue
            if who.name is not None:
                known = self.gender(who.name)
                if known and gender and known != gender:
                    continue
                if gender:
                    self.genders.setdefault(who.name, gender)
            return who
        return fallback

    def human(self, who: Referent) -> bool:
        """Whether a referent can be "he" or "she": a person's name, a titled or introduced person, an office."""
        if not who.named:
            return True
        if who.name is None:
            return who.role is not None
        person = _is_person_name(tuple(who.name.split())) or who.name in self.introduced
        return person and can_be_he_or_she(who.name)

    def paragraph_subject(self, start: int, end: int) -> Speaker | None:
        """The last named person a paragraph had as a sentence subject, as a speaker (with its mention)."""
        for offset, who in reversed(self.subjects):
            if offset < start:
                return None
            if offset < end and who.named and who.name is not None and self.human(who):
                mention = next((m for m in self.mentions_in(offset, end) if m.start == offset), None)
                if mention is None:
                    return None
                span = Span(mention.start, mention.end)
                return Speaker(name=who.name, named=True, mention=self.body[span.start : span.end], span=span)
        return None

    def salient(self, before: int) -> Referent | None:
        """The named person the text was last about (for "the professor said" with no apposition)."""
        for offset, who in reversed(self.subjects):
            if offset < before and who.named and who.name is not None and _personlike(who) and self.human(who):
                return who
        return None

    def last_person(self, before: int, gender: str | None, barred: frozenset[str] = frozenset()) -> Referent | None:
        """The last person named anywhere before ``before`` (when no sentence had one as subject), not one of
        ``barred``."""
        best: Referent | None = None
        for m in self.mentions_in(max(0, before - 1500), before):
            if m.kind != "name":
                continue
            full = self.index.full_name(m.name_tokens, m.title)
            if full and len(full.split()) >= 2 and can_be_he_or_she(full) and full not in barred:
                known = self.gender(full)
                if not (known and gender and known != gender):
                    best = Referent(full)
        return best

    def last_organisation(self, before: int, head: str) -> str | None:
        """The organisation "the company" refers back to: the last name before it with the head noun in it
        ("the commission" → Northshore Water Commission), else the last acronym or organisation name."""
        # The head noun names it wherever the article introduced it, however far back. The article's
        # first "the commission" fixes which one it means; the later ones keep it, even when another
        # commission is named in passing in between ("… who once sat on the Harbour Safety Commission").
        first = re.search(rf"\b[Tt]he {re.escape(head)}\b", self.masked[:before])
        for anchor in (first.start() if first else before, before):
            for m in reversed(self.mentions_in(0, anchor)):
                if m.kind == "name" and head in (w.lower() for w in m.text.split()):
                    return m.text
        names = [m for m in self.mentions_in(max(0, before - 1500), before) if m.kind == "name"]
        for m in reversed(names[-6:]):
            words = m.text.split()
            acronym = len(words) == 1 and sum(ch.isupper() for ch in words[0]) >= 2
            if acronym or (len(words) > 1 and words[-1].lower().strip(".’'") in _ORG_WORDS):
                return m.text
        for m in reversed(names):  # an organisation the article has speak ("Google said")
            full = self.index.full_name(m.name_tokens, m.title) or " ".join(m.name_tokens)
            if full in self.speaking and not _is_person_name(tuple(full.split())):
                return m.text
        return None

    # -- subjects ---------------------------------------------------------------

    def candidates(self, start: int, end: int) -> list[Mention]:
        return [
            m
            for m in self.mentions_in(start, end)
            if not possessive(self.masked, m) and not after_preposition(self.masked, m)
        ]

    def note_clauses(self, clauses: list[_Clause], noted: int, upto: int) -> int:
        """:meth:`note_clause` for ``clauses[noted : upto + 1]``; the index of the next clause to note."""
        while noted <= upto and noted < len(clauses):
            self.note_clause(clauses[noted])
            noted += 1
        return noted

    def note_clause(self, clause: _Clause) -> None:
        """Record the clause's subject (its first person mention) and its unnamed groups."""
        mentions = self.mentions_in(clause.start, clause.end)
        for m in mentions:
            if m.kind == "group" or (m.kind == "role" and m.name_tokens[0] in _ANONYMOUS_HEADS and not m.definite):
                self.groups.append((m.start, m))
        clause_cues = self.find_cues(True, clause.start, clause.end)  # "…, Foster believes" too
        cue = clause_cues[0] if clause_cues else None
        if cue is not None:
            subject = _cue_subject(self, clause.start, clause.end, cue)
            who = self.resolve(subject) if subject is not None else None
            if subject is not None and who is not None and _personlike(who):
                self.subjects.append((subject.start, who))
                return
        for m in mentions:
            if possessive(self.masked, m) or after_preposition(self.masked, m) or m.kind == "one":
                continue
            who = self.resolve(m)
            if who is None:
                continue
            lead = self.masked[clause.start : m.start]
            early = len(lead.split()) <= 3 or lead.rstrip().endswith(",")
            if who.person or (early and _personlike(who)):
                self.subjects.append((m.start, who))
                break


_SENTENCE_STOP = re.compile(r"(?<![A-Z])[.!?](?=\s)")
"""A sentence's end in the masked text (not an initial's full stop: "F. Tanzer")."""
_QUOTE_STOP = re.compile(r"[.!?][”\"’']+")
"""A quotation that ends on a sentence's stop (“… costs fell.”): the reporter's sentence ends with it too."""
_COMMA_CLOSES = (",”", ',"', ",’’", ",''", ",’", ",'")
"""A quotation closed on its comma: the attribution after it reports the sentence before it."""


def _cue_subject(att: _Attributor, start: int, end: int, cue: Cue) -> Mention | None:
    """Who a cue inside ``[start, end)`` attributes to: before it, or after it when inverted.

    "according to" always names its source after it.
    """
    if cue.group(0).lower().startswith("according"):
        return _subject_after(att, cue.end(), end)
    return _subject_before(att, start, cue.start()) or _subject_after(att, cue.end(), end)


def _personlike(who: Referent) -> bool:
    """A person by the evidence (spoke, has a title) or at least by the look of the name (two name words)."""
    return who.person or (who.named and who.name is not None and _is_person_name(tuple(who.name.split())))


def _subject_before(att: _Attributor, region_start: int, cue_start: int) -> Mention | None:
    """The cue's subject: the nearest person mention before it (a lone word only right before it).

    A cue right after a comma closes a parenthesis ("Ben Myers, president of
    Pellman Survey Group Ltd., told"): its subject is the name that
    opens the parenthesis.
    """
    lead = att.masked[region_start:cue_start].rstrip()
    words = lead.split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    if words and words[-1].endswith(","):
        opener = _parenthesis_opener(att, region_start, cue_start)
        if opener is not None:
            return opener
    mentions = att.candidates(region_start, cue_start)
    for m in reversed(mentions):
        gap = att.masked[m.end : cue_start].split()
        adjacent = all(w.lower().strip(",") in AUXILIARIES for w in gap)
        if _home_region(att, m, region_start):
            continue  # "Ana Vell of Brenmoor, Ohio says": the region of her home town, not the subject
        if m.kind == "name":
            who = att.resolve(m)
            if who is None or (not _personlike(who) and not adjacent):
                continue
        if m.kind == "group" and not adjacent:
            continue
        return m
    return _generic_before(att, region_start, cue_start)


def _home_region(att: _Attributor, m: Mention, region_start: int) -> bool:
    """Whether a name is the region after a person's home town ("… of Brenmoor, Ohio"): a place
    (:func:`~newsfuse.article.entity_types.entity_type` GPE) right after a comma that closes ``of``/``from`` and a
    capitalised name (:data:`_HOME`)."""
    if m.kind != "name" or entity_type(m.text) != "GPE":
        return False
    before = att.masked[region_start : m.start].rstrip()
    return before.endswith(",") and _HOME.search(att.masked, region_start, region_start + len(before) - 1) is not None


def _parenthesis_opener(att: _Attributor, region_start: int, cue_start: int) -> Mention | None:
    """``NAME, <apposition>, [<apposition>,] CUE``: the NAME (a person, by the look of it)."""
    commas = [i for i in range(region_start, cue_start) if att.masked[i] == ","]
    # segment boundaries, from the cue backwards
    for k in range(len(commas) - 1, max(-1, len(commas) - 6), -1):
        seg_start = commas[k - 1] + 1 if k >= 1 else region_start
        seg_end = commas[k]
        text = att.masked[seg_start:seg_end].rstrip()
        if text.endswith(")") and "(" in text:  # "Rep. Dana Holt (R-Utah),"
            seg_end = seg_start + text.rindex("(")
        home = _HOME.search(att.masked, seg_start, seg_end)
        if home is not None:  # "Sen. Rita Marsh of Vermont,"
            seg_end = home.start()
        mentions = att.candidates(seg_start, seg_end)
        if not mentions:
            continue
        last = mentions[-1]
        if att.masked[last.end : seg_end].strip():
            # the segment does not end with a name; it may open with a group ("Officials at …, a division …,")
            first = mentions[0]
            if k == 0 and first.kind in {"group", "role"} and not att.masked[seg_start : first.start].strip():
                return first
            continue
        who = att.resolve(last)
        alone = not att.masked[seg_start : last.start].strip()  # "Dorn, who has …, has called"
        if alone and _home_region(att, last, region_start):
            continue  # "Ana Vell of Brenmoor, Ohio, says": the region of her home town
        if last.kind == "name" and who is not None and (_personlike(who) or alone):
            return last
        if k == 0 and last.kind in {"group", "role"} and alone:
            return last
    return None


def _first_clause_subject(att: _Attributor, start: int, end: int) -> Mention | None:
    """The first person the clause names (a group only where it names no person)."""
    group: Mention | None = None
    for m in att.candidates(start, end):
        who = att.resolve(m)
        if who is None or not who.person:
            continue
        if m.kind == "group":
            group = group or m
            continue
        return m
    return group


def _subject_after(att: _Attributor, cue_end: int, end: int) -> Mention | None:
    """An inverted cue's subject: ``said Vell``, ``said dairy farmer Ruth Okonjo``."""
    lead = _LEAD.match(att.masked, cue_end, end)
    pos = lead.end() if lead else cue_end
    mentions = att.mentions_in(pos, min(end, pos + 120))
    for i, m in enumerate(mentions):
        between = att.masked[pos : m.start].split()
        plain = all(w.lower() not in INVERSION_BREAK_WORDS and not w.endswith((",", ";", ":", ".")) for w in between)
        if m.kind in {"name", "role", "group"} and plain and len(between) <= 6:
            # "said radio host Lena Brandt", "says Lakeside Clinic senior nurse Tom Ruiz":
            # the person the phrase ends with
            best, previous_end = m, m.end
            for later in mentions[i + 1 : i + 4]:
                gap = att.masked[previous_end : later.start]
                if any(ch in gap for ch in ",;:.") or len(gap.split()) > 4:
                    break
                who = att.resolve(later)
                if later.kind == "name" and who is not None and _personlike(who):
                    best = later
                previous_end = later.end
            return best
        break
    return None


def _generic_before(att: _Attributor, region_start: int, cue_start: int) -> Mention | None:
    """A determiner phrase right before the cue (``the shipping firm wrote``): an unnamed source."""
    words = list(re.finditer(r"\S+", att.masked[region_start:cue_start]))
    while words and words[-1].group(0).lower() in AUXILIARIES:
        words.pop()
    for size in range(2, 7):
        if len(words) < size:
            break
        det = words[-size]
        if det.group(0).lower() in THIRD_PERSON_DETERMINERS:
            if size < len(words) and words[-size - 1].group(0).lower() in PREPOSITIONS:
                continue  # "walking past the gates shouted"
            phrase = words[-size:]
            has_comma = any(w.group(0).endswith(",") for w in phrase)
            if has_comma and any(w.group(0).lower().rstrip(",") in PREPOSITIONS for w in phrase):
                continue  # "their demands to the council, tenants" is no phrase of one speaker
            if any(not re.fullmatch(r"[\w.’'&\-]+,?", w.group(0)) for w in phrase[:-1]) or not re.fullmatch(
                r"[\w.’'&\-]+", phrase[-1].group(0)
            ):
                return None
            if phrase[-1].group(0).lower() in ENGLISH_FUNCTION_WORDS:
                return None  # a noun phrase ends on its noun: "point their fingers and cry" has no subject here
            start, end = region_start + det.start(), region_start + phrase[-1].end()
            text = att.masked[start:end]
            return Mention("thing", start, end, text)
    return None


class _Found(NamedTuple):
    mention: Mention | None
    who: Referent | None
    cue: Span | None
    pattern: str = ""
    """The name of the hand pattern that found it (see :mod:`newsfuse.article.patterns`)."""


def _cue_text(att: _Attributor, cue: Span) -> Span:
    """The cue with the object of "told" where it is a plain noun ("told reporters")."""
    word = att.masked[cue.start : cue.end].lower()
    if word in _TELL:
        m = _TELL_OBJECT.match(att.masked, cue.end)
        if m and m.group(1) not in NOT_AUDIENCE_WORDS:
            return Span(cue.start, m.end())
    return cue


def _right_after(
    att: _Attributor,
    close_at: int,
    end: int,
    partial: bool,
    found: Callable[[Mention | None, Cue | None], _Found | None],
) -> _Found | None:
    """``“…,” he said`` or ``“…,” said Vell``: an attribution that starts at ``close_at``."""
    masked = att.masked
    lead = _LEAD.match(masked, close_at, end)
    pos = lead.end() if lead else close_at
    cue = att.cue_at(partial, pos, end)
    if cue and not cue.group(0).lower().endswith("ing"):  # "…”, insisting it was …" is no inversion
        result = found(_subject_after(att, cue.end(), end), cue)
        if result:
            return result
    mentions = att.mentions_in(pos, end)
    if mentions and mentions[0].start == pos:
        after = mentions[0].end
        words = masked[after : min(end, after + 60)].split()
        skip = 0
        while skip < len(words) and words[skip].lower().strip(",") in AUXILIARIES:
            skip += 1
        rest = masked.find(words[skip], after) if skip < len(words) else -1
        cue = att.cue_at(partial, rest, end) if rest >= 0 else None
        if cue:
            return found(mentions[0], cue)
    for cue in att.find_cues(partial, pos, min(end, pos + 80)):
        generic = _generic_before(att, pos, cue.start())
        if generic is not None and generic.start == pos:
            return found(generic, cue)
        break
    return None


def _attribute(
    att: _Attributor, passage: QuotedPassage, clauses: list[_Clause], at: Callable[[int], int], partial: bool
) -> _Found:
    """The hand patterns' speaker of one quotation (or none), tried in the order of the module docstring:
    the first that finds a mention the article resolves wins, named by its pattern."""
    open_at = passage.outer[0].start
    close_at = passage.outer[-1].end
    first = clauses[at(open_at)]
    last_index = at(max(open_at, close_at - 1))
    last = clauses[last_index]

    def found(mention: Mention | None, cue: Cue | None) -> _Found | None:
        if mention is None:
            return None
        who = att.resolve(mention)
        if who is None:
            return None
        return _Found(mention, who, Span(cue.start(), cue.end()) if cue else None)

    result = _after_close(att, clauses, last_index, close_at, partial, found) or _in_sentence(
        att, first, last, (open_at, close_at), partial, found
    )
    if result:
        return result
    if partial:
        result = _partial_wording(att, first, last, (open_at, close_at), found)
        if result:
            return result
        # a partial quotation in a sentence about one person, with no cue: the person's wording
        # ("she plans to bring two neighbours along — “the crew”", "he … grew “deeply uneasy”")
        subject = _early_subject(att, first.start, open_at)
        if subject is not None:
            return _Found(subject, att.resolve(subject), None, "partial_sentence_subject")
    return _Found(None, None, None)


_Finder = Callable[[Mention | None, Cue | None], _Found | None]
"""Turns a mention (and its cue) into a :class:`_Found` where the article resolves the mention."""


def _after_close(
    att: _Attributor, clauses: list[_Clause], last_index: int, close_at: int, partial: bool, found: _Finder
) -> _Found | None:
    """1. Right after the closing mark, in a short sentence of attribution after a closing full stop, or a
    signature after a dash."""
    masked = att.masked
    last = clauses[last_index]
    result = _right_after(att, close_at, last.end, partial, found)
    if result:
        return result._replace(pattern="cue_after_close")
    if not masked[close_at : last.end].strip():
        following = clauses[last_index + 1] if last_index + 1 < len(clauses) else None  # not clauses.index: O(n)
        if following is not None and following.paragraph == last.paragraph:
            result = _right_after(att, following.start, following.end, False, found)
            cue_end = result.cue.end if result and result.cue else following.end
            tail = masked[cue_end : following.end].split()
            if result and len(tail) <= 8 and "that" not in tail and MASK not in masked[cue_end : following.end]:
                return result._replace(pattern="attribution_sentence_after")
    # a quotation signed with a dash at the end of its paragraph: "“…” ― Jo Marsh"
    dash = _DASH_BYLINE.match(masked, close_at, last.end)
    if dash and dash.group(0).strip():
        signed = att.mentions_in(dash.end(), last.end)
        alone = signed and not masked[signed[0].end : bounds_end(att, last)].strip(" .,;")
        if alone and signed[0].start == dash.end() and signed[0].kind == "name":
            result = found(signed[0], None)
            if result:
                return result._replace(pattern="dash_signature")
    return None


def _in_sentence(
    att: _Attributor, first: _Clause, last: _Clause, marks: tuple[int, int], partial: bool, found: _Finder
) -> _Found | None:
    """2-3. A reporting verb before the opening mark or later in the sentence, or a colon introducing a full
    quotation."""
    open_at, close_at = marks
    masked = att.masked
    # reporting verbs first, wherever they stand; a partial quotation may also be attributed by a verb of
    # stance, but "drivers were called “night owls” …, Lund writes" is Lund's wording
    result = _cue_before(
        att, first, open_at, _outer_speech_last(att.find_cues(False, first.start, open_at), masked, open_at), found
    )
    if result:
        return result._replace(pattern="cue_before_open")
    # a full quotation introduced by a colon with no cue: "Vance, the night-shift nurse, is more blunt: “…”"
    if not partial and masked[first.start : open_at].rstrip().endswith(":"):
        result = found(_first_clause_subject(att, first.start, open_at), None)
        if result:
            return result._replace(pattern="colon_introduction")
    result = _cue_later(att, close_at, last.end, att.find_cues(False, close_at, last.end), found)
    if result:
        return result._replace(pattern="cue_later_in_sentence")
    return None


def _partial_wording(
    att: _Attributor, first: _Clause, last: _Clause, marks: tuple[int, int], found: _Finder
) -> _Found | None:
    """A partial quotation's speaker without a reporting verb: a verb of stance, the name that owns the
    words, "in her words", or the subject a characterisation ("as a “…”") belongs to."""
    open_at, close_at = marks
    stance_before = [c for c in att.find_cues(True, first.start, open_at) if not c.reporting]
    stance_after = [c for c in att.find_cues(True, close_at, last.end) if not c.reporting]
    result = _cue_before(att, first, open_at, stance_before, found) or _cue_later(
        att, close_at, last.end, stance_after, found
    )
    if result:
        return result._replace(pattern="stance_cue")
    # "Ferrante’s “grand bargain”": the words belong to the name that owns them
    owner = _possessor_before(att, first.start, open_at)
    if owner is not None:
        result = found(owner, None)
        if result:
            return result._replace(pattern="possessive_owner")
    # "in her words", "in Smith's words": the sentence says whose words they are
    result = _words_of(att, first.start, open_at, found)
    if result:
        return result._replace(pattern="in_their_words")
    # a characterisation: "Ames has gone after Brody as a “paper tiger”" is the subject's wording
    if re.search(r"\bas\s+(?:an?\s+|the\s+)?$", att.masked[first.start : open_at]):
        result = found(_first_clause_subject(att, first.start, open_at), None)
        if result:
            return result._replace(pattern="characterisation")
    return None


def _cue_before(att: _Attributor, first: _Clause, open_at: int, cues: list[Cue], found: _Finder) -> _Found | None:
    """2. The speaker of the last of ``cues`` (before the opening mark, in its sentence) that finds one."""
    for cue in reversed(cues):
        result = _by_cue_before(att, first.start, open_at, cue, found)
        if result:
            return result
    return None


def _by_cue_before(att: _Attributor, start: int, open_at: int, cue: Cue, found: _Finder) -> _Found | None:
    """The speaker one cue before the opening mark gives: the subject after "according to", the subject of
    a finite verb before a participle ("…, insisting"), the subject of coordinated verbs, the subject before
    the cue, or the one after an inverted reporting verb ("said Hollis: “…”", not "told X")."""
    masked = att.masked
    word = cue.group(0).lower()
    if word.startswith("according"):
        return found(_subject_after(att, cue.end(), open_at), cue)
    if word.endswith("ing"):
        finite = att.find_cues(True, start, cue.start())
        adjacent = [m for m in att.candidates(start, cue.start()) if not masked[m.end : cue.start()].strip()]
        if adjacent:  # "a recording of Mara Quinlan asking, “…”"
            return found(adjacent[-1], cue)
        if finite:
            return found(_subject_before(att, start, finite[-1].start()), cue)
        return found(_first_clause_subject(att, start, cue.start()), cue)
    if _coordinated(masked, start, cue.start()):
        finite = att.find_cues(True, start, cue.start())
        begin = finite[-1].start() if finite else cue.start()
        return found(_subject_before(att, start, begin), cue) or found(_first_clause_subject(att, start, begin), cue)
    result = found(_subject_before(att, start, cue.start()), cue)
    if result is None and cue.reporting and word not in _TELL:
        result = found(_subject_after(att, cue.end(), open_at), cue)
    return result


def _cue_later(att: _Attributor, close_at: int, end: int, cues: list[Cue], found: _Finder) -> _Found | None:
    """3. The subject of the first of ``cues`` (after the closing mark, in its sentence): before the cue
    ("“…” Dorn, asked about it, said") or after it."""
    if not cues:
        return None
    cue = cues[0]
    return found(_subject_before(att, close_at, cue.start()), cue) or found(_subject_after(att, cue.end(), end), cue)


def _possessor_before(att: _Attributor, start: int, open_at: int) -> Mention | None:
    """The name right before the opening mark in the possessive: ``Ferrante’s “grand bargain”``."""
    named = [m for m in att.mentions_in(max(start, open_at - 80), open_at) if m.kind == "name"]
    if not named or not possessive(att.masked, named[-1]):
        return None
    gap = att.masked[named[-1].end : open_at]
    return named[-1] if gap.strip() in {"", "’s", "'s", "’", "'"} else None


_IN_WORDS = re.compile(r"\bin\s+(?:(?P<pronoun>his|her|their)|(?P<owner>\S+?)[’']s?)\s+(?:own\s+)?words\b", re.I)


def _words_of(
    att: _Attributor, start: int, open_at: int, found: Callable[[Mention | None, Cue | None], _Found | None]
) -> _Found | None:
    """The owner in "It was, in her words, turning “toxic”" or "in Smith’s words, a “disaster”"."""
    for m in reversed(list(_IN_WORDS.finditer(att.masked, start, open_at))):
        if m.group("pronoun"):
            pronoun = POSSESSIVE_OWNERS[m.group("pronoun").lower()]
            owner = Mention("pronoun", m.start("pronoun"), m.end("pronoun"), pronoun, (pronoun,))
            who = att.resolve(owner)
            if who is not None and _personlike(who):
                return _Found(owner, who, None)
            return None
        named = [x for x in att.mentions_in(m.start("owner"), m.end()) if x.kind == "name"]
        return found(named[0], None) if named else None
    return None


def _outer_speech_last(cues: list[Cue], masked: str, open_at: int) -> list[Cue]:
    """Reporting cues of a sentence, reordered so the first "said" is tried first (it is tried last).

    In "He said the agency will maintain its staff and move to a “smaller
    office”" the words are reported by the subject of "said"; a reporting
    verb inside its complement ("maintain", "claim") that does not itself
    introduce the quotation is what the report says, not who says it. One
    that does ("she heard fans chant, “Open the gates!”") keeps it.
    """
    outer = next((i for i, c in enumerate(cues) if c.group(0).lower() in OUTER_SPEECH_FORMS), None)
    if outer is None or outer == len(cues) - 1 or len(masked[cues[-1].end() : open_at].split()) <= 3:
        return cues
    return [c for i, c in enumerate(cues) if i != outer] + [cues[outer]]


def _early_subject(att: _Attributor, start: int, end: int) -> Mention | None:
    """The sentence's subject when it opens the sentence and is a person (a name or "he"/"she")."""
    for m in att.candidates(start, end):
        lead = att.masked[start : m.start].split()
        if len(lead) > 4 or m.kind not in {"name", "pronoun"}:
            return None
        if m.kind == "pronoun" and m.text.lower() == "they":
            return None
        who = att.resolve(m)
        if who is None or not who.named or not att.human(who):
            return None
        return m
    return None


def _coordinated(masked: str, start: int, cue_start: int) -> bool:
    """Whether the cue is a second verb of its subject: ``He added that … and said, “…”``."""
    words = masked[start:cue_start].split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    return bool(words) and words[-1].lower() in {"and", "but", "then"}


def bounds_end(att: _Attributor, clause: _Clause) -> int:
    """The end of the line the clause is on."""
    end = att.masked.find("\n", clause.start)
    return len(att.masked) if end < 0 else end


def _is_partial(body: str, masked: str, passage: QuotedPassage, paragraph_start: int) -> bool:
    """A quotation is partial when it is embedded in the reporter's sentence.

    Full quotations start with a capital (or a digit) and stand at the start
    of a paragraph or sentence, or after a colon or comma that introduces them.
    """
    inner = body[passage.segments[0].start : passage.segments[0].end]
    first = next((ch for ch in inner if ch.isalnum()), "")
    if not first or not (first.isupper() or first.isdigit()):
        return True
    lead = masked[paragraph_start : passage.outer[0].start].rstrip()
    return bool(lead) and not lead.endswith((":", ",", ".", "!", "?", "—", "–", "-", "”", '"', "’", ";", "…"))


def extract_quotes(
    article: Article,
    text: ArticleText | None = None,
    story_roles: RoleTable | None = None,
    *,
    final: bool = False,
    scoring: Scoring | None = None,
) -> tuple[Quote, ...]:
    """Every direct quotation in ``article`` with its speaker.

    Role nouns of an office ("the prime minister") that the article never
    resolves are left unnamed unless ``final``: the story stage first tries
    ``story_roles`` (the roles other articles of the story state), then, with
    ``final``, the person the text was last about. ``text`` is the article's
    text layer (:mod:`newsfuse.article.text`; built here when not given).
    """
    return _extract(article, text, story_roles, final=final, scoring=scoring)[0]


def _extract(
    article: Article,
    text: ArticleText | None = None,
    story_roles: RoleTable | None = None,
    *,
    final: bool = False,
    scoring: Scoring | None = None,
) -> tuple[tuple[Quote, ...], _Attributor | None]:
    """:func:`extract_quotes`, and the attributor that read the article (None: no quotation)."""
    body = article.body
    text = ArticleText(article) if text is None else text
    passages = text.passages
    if not passages:
        return (), None
    masked, bounds, clauses = text.masked, text.prose_paragraphs, text.clauses
    if not clauses:
        return (), None
    starts = [c.start for c in clauses]

    def at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    att = _Attributor(text, story_roles, final)
    att.learn_genders(clauses)
    att.clause_starts, att.clause_ends = [c.start for c in clauses], [c.end for c in clauses]
    scoring = scoring or default_scoring()
    template = _article_context(att, clauses, scoring)
    quotes: list[Quote] = []
    noted = 0
    previous: _Previous | None = None
    last_full: tuple[QuotedPassage, Speaker | None] | None = None
    previous_mention: Mention | None = None
    for n, passage in enumerate(passages):
        open_at = passage.outer[0].start
        first_clause, last_clause = at(open_at), at(max(open_at, passage.outer[-1].end - 1))
        noted = att.note_clauses(clauses, noted, last_clause)  # subjects of the sentences up to this one
        paragraph = clauses[first_clause].paragraph
        if is_subheading(body, passage, bounds[paragraph], text.double_marks):
            continue  # masked like a quotation, but nobody's words
        partial = _is_partial(body, masked, passage, bounds[paragraph][0])
        speaker, cue_span, carried = _rule_speaker(att, passage, partial, clauses, at, bounds, previous, last_full)
        near = _previous_near(previous, clauses, at, paragraph)
        ctx = _quote_context(template, body, passage, partial, (first_clause, last_clause), near)
        judged = judged_by_passage_model(ctx.inner, partial)  # its evidence is read (or training)
        evidence = passage_evidence(ctx, body, passages, n) if judged or scoring.observe_passage is not None else None
        speaker, cue_span, decided = _scored(
            att, ctx, scoring, (passage, evidence, judged), speaker, cue_span, carried, previous_mention
        )
        if decided is _NOT_A_QUOTATION:
            continue  # a scare quote, a title, a nickname: nobody's words
        previous_mention = decided
        quotes.append(_quote(article, n, passage, partial, speaker, cue_span))
        previous = (passage, speaker, partial, cue_span)
        if not partial:
            last_full = (passage, speaker)
    return tuple(_with_chains(att, quotes)), att


_Previous = tuple[QuotedPassage, Speaker | None, bool, Span | None]
"""The quotation before: its passage, speaker, whether it was partial, and its cue."""


def _article_context(att: _Attributor, clauses: list[_Clause], scoring: Scoring) -> QuoteContext:
    """What every quotation's :class:`QuoteContext` shares in one article (the per-quotation fields are
    filled in for each): tokens and their cue weights, mentions, clauses, and the memos."""
    table, weight = scoring.cue_table, scoring.cue_weight
    if table is not None:  # the same numbers as ``cue_weight``, read without a Python call per word
        token_weights = [table.get(t.low, 0.0) for t in att.tokens]
    else:
        token_weights = [weight(t.low) for t in att.tokens]
    mention_memo: dict[Mention, tuple[list[float], int]] = {}
    clause_cue_memo: dict[int, float] = {}
    return QuoteContext(
        att.masked,
        att.tokens,
        [t.start for t in att.tokens],
        att.mentions,
        att.mention_starts,
        clauses,
        0,
        0,
        0,
        0,
        False,
        scoring.cue_weight,
        token_weights=token_weights,
        clause_starts=att.clause_starts,
        mention_memo=mention_memo,
        clause_cue_memo=clause_cue_memo,
    )


def _quote_context(
    template: QuoteContext,
    body: str,
    passage: QuotedPassage,
    partial: bool,
    first_last: tuple[int, int],
    previous_near: bool,
) -> QuoteContext:
    """The article's ``template`` context with one quotation's fields (its marks, clauses, kind, words and
    whether an attributed quotation stands just before it)."""
    return template._replace(
        open_at=passage.outer[0].start,
        close_at=passage.outer[-1].end,
        first=first_last[0],
        last=first_last[1],
        partial=partial,
        inner=passage.words(body),
        single=passage.single,
        previous_near=previous_near,
    )


def _rule_speaker(
    att: _Attributor,
    passage: QuotedPassage,
    partial: bool,
    clauses: list[_Clause],
    at: Callable[[int], int],
    bounds: list[tuple[int, int]],
    previous: _Previous | None,
    last_full: tuple[QuotedPassage, Speaker | None] | None,
) -> tuple[Speaker | None, Span | None, bool]:
    """The hand patterns' speaker of a quotation, its cue and whether it was carried from the context
    (rules 4 and 5) rather than found by a cue of its own."""
    result = _attribute(att, passage, clauses, at, partial)
    speaker: Speaker | None = None
    cue_span: Span | None = None
    carried = False
    pattern = ""
    if result.mention is not None and result.who is not None:
        mention = result.mention
        pattern = result.pattern
        speaker = Speaker(
            name=result.who.name,
            named=result.who.named,
            mention=att.body[mention.start : mention.end],
            span=Span(mention.start, mention.end),
        )
        cue_span = _cue_text(att, result.cue) if result.cue else None
    elif not partial:
        speaker, cue_span, pattern = _carried(att, passage, previous, clauses, at, bounds, last_full)
        carried = speaker is not None
    if speaker is not None and pattern:
        speaker = msgspec.structs.replace(speaker, pattern=pattern)
    return speaker, cue_span, carried


def _quote(
    article: Article, n: int, passage: QuotedPassage, partial: bool, speaker: Speaker | None, cue_span: Span | None
) -> Quote:
    """The ``n``-th passage of ``article`` as a quotation."""
    body = article.body
    return Quote(
        id=f"{article.id}:q{n}",
        article=article.id,
        text=passage.words(body),
        spans=passage.segments,
        kind="partial" if partial else "full",
        speaker=speaker,
        cue=body[cue_span.start : cue_span.end] if cue_span else None,
        cue_span=cue_span,
    )


def _carried(
    att: _Attributor,
    passage: QuotedPassage,
    previous: _Previous | None,
    clauses: list[_Clause],
    at: Callable[[int], int],
    bounds: list[tuple[int, int]],
    last_full: tuple[QuotedPassage, Speaker | None] | None = None,
) -> tuple[Speaker | None, Span | None, str]:
    """Rules 4 and 5: a colon-ended paragraph before, or the quotation just before.

    ``last_full`` is the last full quotation before this one, with its speaker.
    """
    found = _carried_by_context(att, passage, previous, clauses, at, bounds)
    if found is not None:
        return found
    if previous is None:
        return None, None, ""
    return _continued(att, passage, previous, clauses, at, bounds, last_full)


def _carried_by_context(
    att: _Attributor,
    passage: QuotedPassage,
    previous: _Previous | None,
    clauses: list[_Clause],
    at: Callable[[int], int],
    bounds: list[tuple[int, int]],
) -> tuple[Speaker | None, Span | None, str] | None:
    """Rule 4: reported speech just before in the paragraph, or, for a quotation that opens a paragraph,
    the last attribution of the paragraph before or the person that paragraph is about."""
    open_at = passage.outer[0].start
    clause = clauses[at(open_at)]
    paragraph_start = bounds[clause.paragraph][0]
    if att.masked[paragraph_start:open_at].strip():
        # reported speech just before, in the same paragraph: "…, Schiff said. “…”"
        prev_end = previous[0].outer[-1].end if previous is not None else -1
        for cue in reversed(att.find_cues(False, max(paragraph_start, prev_end), open_at)):
            found = _attributed_by(att, clauses, at, cue)
            if found:
                return (*found, "reported_speech_before")
            break
    elif clause.paragraph > 0:
        # the last attribution of the paragraph before: "X says …:" / "“…,” he said." / "X said there were …"
        p_start, p_end = bounds[clause.paragraph - 1]
        for cue in reversed(att.find_cues(True, p_start, p_end)):
            found = _attributed_by(att, clauses, at, cue)
            if found:
                return (*found, "previous_paragraph_cue")
        # or the person that paragraph is about: "At 30, Okafor lost her job at the mill. ¶ “It was a shock …”"
        quoted_before = previous is not None and previous[0].outer[-1].end > p_start
        subject = att.paragraph_subject(p_start, p_end)
        if subject is not None and not quoted_before:
            return subject, None, "previous_paragraph_subject"
    return None


def _attributed_by(
    att: _Attributor, clauses: list[_Clause], at: Callable[[int], int], cue: Cue
) -> tuple[Speaker, Span] | None:
    """The speaker a cue attributes (its subject, where that is a person or an unnamed source), and the cue."""
    cue_clause = clauses[at(cue.start())]
    mention = _cue_subject(att, cue_clause.start, cue_clause.end, cue)
    who = att.resolve(mention) if mention else None
    if mention and who and (_personlike(who) or not who.named):
        span = Span(mention.start, mention.end)
        speaker = Speaker(name=who.name, named=who.named, mention=att.body[span.start : span.end], span=span)
        return speaker, Span(cue.start(), cue.end())
    return None


def _continued(
    att: _Attributor,
    passage: QuotedPassage,
    previous: _Previous,
    clauses: list[_Clause],
    at: Callable[[int], int],
    bounds: list[tuple[int, int]],
    last_full: tuple[QuotedPassage, Speaker | None] | None,
) -> tuple[Speaker | None, Span | None, str]:
    """Rule 5: the speaker of the quotation just before, when it is near (same paragraph, or the next one
    for a quotation opening a paragraph), or the paragraph's last full quotation's past a partial one."""
    masked = att.masked
    open_at = passage.outer[0].start
    clause = clauses[at(open_at)]
    starts_paragraph = not masked[bounds[clause.paragraph][0] : open_at].strip()
    prev_passage, prev_speaker, prev_partial, prev_cue = previous
    gap = masked[prev_passage.outer[-1].end : open_at].split()
    attributed_after = prev_cue is not None and prev_cue.start >= prev_passage.outer[-1].end
    if prev_speaker is None or (prev_partial and not attributed_after and len(gap) > 10):
        # a partial quotation in between does not break the paragraph's speaker: "“…,” she said, noting
        # that voters have “real power” at the ballot box. And if it fails? “Then we start again …”"
        if (
            not starts_paragraph
            and last_full is not None
            and last_full[1] is not None
            and clauses[at(last_full[0].outer[-1].start)].paragraph == clause.paragraph
        ):
            return last_full[1], None, "paragraph_speaker_continues"
        return None, None, ""
    prev_paragraph = clauses[at(prev_passage.outer[-1].start)].paragraph
    if clause.paragraph - prev_paragraph > 1:
        return None, None, ""
    if clause.paragraph != prev_paragraph and not starts_paragraph:
        return None, None, ""
    if len(gap) > 50:
        return None, None, ""
    return prev_speaker, None, "continues_previous"


def rule_cue_weight(word: str) -> float:
    """The cue weight of a word by the hand lexicon (used when no model is shipped, and to bootstrap training)."""
    if word in REPORTING_WORDS:
        return 1.0
    return 0.5 if word in PARTIAL_WORDS else 0.0


class Scoring(NamedTuple):
    """How speakers are chosen among candidates: the learned model (or None: the rules' choice) and its cues."""

    model: SpeakerModel | None
    cue_weight: Callable[[str], float]
    observe: Callable[[QuotedPassage, list[Candidate], tuple[float, ...]], None] | None = None
    observe_passage: Callable[[QuotedPassage, tuple[float, ...], PassageEvidence], None] | None = None
    """Called with every passage's quotation evidence and passage evidence (training)."""
    cue_table: Mapping[str, float] | None = None
    """``cue_weight`` as a table (a word not in it weighs 0), where there is one."""


@lru_cache(maxsize=8)
def scoring_for(options: QuotesOptions) -> Scoring:
    """:func:`default_scoring` with the abstention thresholds of ``options`` (the ``quotes`` section)."""
    scoring = default_scoring()
    if scoring.model is None or (options.abstain_below is None and options.abstain_below_partial is None):
        return scoring
    return scoring._replace(model=scoring.model.with_thresholds(options.abstain_below, options.abstain_below_partial))


@lru_cache(maxsize=1)
def default_scoring() -> Scoring:
    """The shipped model with its learned cue lexicon; the hand rules alone where no model is shipped.
    Inside :func:`model_in_use`, that block's model instead."""
    try:
        model = _MODELS_IN_USE[-1] if _MODELS_IN_USE else load_model()
    except FileNotFoundError:
        return Scoring(None, rule_cue_weight)
    return Scoring(model, model.cue_weight, cue_table=model.cues)


_MODELS_IN_USE: list[SpeakerModel] = []


@contextmanager
def model_in_use(model: SpeakerModel) -> Iterator[SpeakerModel]:
    """Within the block, every analysis in this process scores speakers with ``model`` (and its cue
    lexicon) instead of the shipped one: how the whole pipeline is cross-validated with models trained
    on part of the training data (``benchmarks/quotes_cv.py``). Worker processes are not affected."""
    _MODELS_IN_USE.append(model)
    default_scoring.cache_clear()
    scoring_for.cache_clear()
    try:
        yield model
    finally:
        _MODELS_IN_USE.pop()
        default_scoring.cache_clear()
        scoring_for.cache_clear()


def _previous_near(
    previous: _Previous | None,
    clauses: list[_Clause],
    at: Callable[[int], int],
    paragraph: int,
) -> bool:
    """Whether the quotation before was attributed and ends in this paragraph or the one before."""
    if previous is None or previous[1] is None:
        return False
    return clauses[at(previous[0].outer[-1].start)].paragraph >= paragraph - 1


def _mention_at(att: _Attributor, span: Span, text: str | None) -> Mention:
    """The article's mention at ``span``, or one made up from the text where none was scanned: a thing where
    the text opens with a determiner (the hand rules' unnamed source, ``the shipping firm``:
    :func:`_generic_before`), else a name."""
    i = bisect.bisect_left(att.mention_starts, span.start)
    if i < len(att.mentions) and att.mentions[i].start == span.start and att.mentions[i].end == span.end:
        return att.mentions[i]
    words = tuple((text or att.body[span.start : span.end]).split())
    if words and words[0].lower() in THIRD_PERSON_DETERMINERS:
        return Mention("thing", span.start, span.end, att.body[span.start : span.end])
    return Mention("name", span.start, span.end, att.body[span.start : span.end], words)


_APPOSITION_GAPS = frozenset({",", ", "})


def _apposed_name(att: _Attributor, mention: Mention) -> Mention | None:
    """The name a description stands in apposition to: ``Ana Ruiz, a nurse at the clinic,`` or ``a nurse at
    the clinic, Ana Ruiz`` (the two are one referent, so the description's speaker is the named person)."""
    if mention.kind not in {"role", "thing"}:
        return None
    i = bisect.bisect_left(att.mention_starts, mention.start)
    if i > 0:
        before = att.mentions[i - 1]
        if before.kind == "name" and att.masked[before.end : mention.start] in _APPOSITION_GAPS:
            return before
    if i + 1 < len(att.mentions):
        after = att.mentions[i + 1]
        if after.kind == "name" and att.masked[mention.end : after.start] in _APPOSITION_GAPS:
            return after
    return None


def _cue_near(att: _Attributor, ctx: QuoteContext, mention: Mention) -> Span | None:
    """The cue that attributes through ``mention``: the verb after it (``Smith said``) or before it (``said Smith``)."""
    i = bisect.bisect_left(ctx.token_starts, mention.end)
    skipped = 0
    while i < len(att.tokens) and att.tokens[i].low in AUXILIARIES and skipped < 3:
        i, skipped = i + 1, skipped + 1
    if i < len(att.tokens) and att.tokens[i].start - mention.end < 40 and ctx.cue_weight(att.tokens[i].low) >= 0.2:
        return _cue_text(att, Span(att.tokens[i].start, att.tokens[i].end))
    j = bisect.bisect_left(ctx.token_starts, mention.start) - 1
    if j >= 0 and mention.start - att.tokens[j].end < 4 and ctx.cue_weight(att.tokens[j].low) >= 0.2:
        return Span(att.tokens[j].start, att.tokens[j].end)
    return None


_NOT_A_QUOTATION = Mention("none", 0, 0, "")
"""The deciding mention :func:`_scored` returns for a passage that is not a quotation."""


def _scored(
    att: _Attributor,
    ctx: QuoteContext,
    scoring: Scoring,
    seen: tuple[QuotedPassage, PassageEvidence | None, bool],
    speaker: Speaker | None,
    cue_span: Span | None,
    carried: bool,
    previous_mention: Mention | None,
) -> tuple[Speaker | None, Span | None, Mention | None]:
    """The speaker the learned scorer chooses among the candidates (the rules' choice is one of its features).

    ``seen`` is the passage, its own evidence (None where not read) and whether the passage model judges it
    (a partial quotation, or one that reads as a title wherever it stands). Returns the speaker, its cue
    span and its deciding mention; an abstention
    leaves the quotation unattributed, and a partial quotation the passage
    model finds to be nobody's words (or doubts, with no speaker chosen)
    returns :data:`_NOT_A_QUOTATION`.
    """
    rule = _mention_at(att, speaker.span, speaker.mention) if speaker is not None and speaker.span else None
    candidates = gather_candidates(ctx, rule, previous_mention, carried)
    evidence_of_quote = quote_features(ctx, rule, len(candidates))
    passage, looks, judged = seen
    if scoring.observe is not None:
        scoring.observe(passage, candidates, evidence_of_quote)
    if scoring.observe_passage is not None and looks is not None:
        scoring.observe_passage(passage, evidence_of_quote, looks)
    model = scoring.model
    if model is None:
        return speaker, cue_span, rule
    said = model.said(evidence_of_quote, looks) if judged and looks is not None else 1.0
    if said < model.passage.drop_below:
        return None, None, _NOT_A_QUOTATION
    choice = model.choose(candidates, evidence_of_quote)
    if choice.pick is None:
        # words the passage model doubts are a quotation only when someone is named for them
        return None, None, _NOT_A_QUOTATION if said < model.passage.doubt_below else None
    return _chosen_speaker(att, ctx, candidates[choice.pick], model, choice.confidence, (speaker, cue_span, rule))


def _chosen_speaker(
    att: _Attributor,
    ctx: QuoteContext,
    chosen: Candidate,
    model: SpeakerModel,
    confidence: float,
    ruled: tuple[Speaker | None, Span | None, Mention | None],
) -> tuple[Speaker | None, Span | None, Mention | None]:
    """The speaker of the scorer's chosen candidate, its cue span and mention: the rules' speaker (``ruled``)
    with the scorer's confidence and evidence where the rules chose that mention too, a name in apposition
    to it where there is one ("a nurse, Ada Vell,"), else the mention resolved; the rules' choice where
    the article cannot resolve the chosen mention."""
    speaker, cue_span, rule = ruled
    mention = chosen.mention
    evidence = model.explain(chosen)
    apposed = _apposed_name(att, mention)
    if speaker is not None and rule is not None and (rule.start, rule.end) == (mention.start, mention.end):
        named = att.resolve(apposed) if apposed is not None and not speaker.named else None
        if named is not None and named.named and named.name:
            speaker = msgspec.structs.replace(speaker, name=named.name, named=True)
        return (
            msgspec.structs.replace(
                speaker, confidence=round(confidence, 3), mention_kind=mention.kind, evidence=evidence
            ),
            cue_span,
            rule,
        )
    who = att.resolve(apposed if apposed is not None else mention)
    if who is None:
        return speaker, cue_span, rule
    span = Span(mention.start, mention.end)
    chosen_speaker = Speaker(
        name=who.name,
        named=who.named,
        mention=att.body[span.start : span.end],
        span=span,
        confidence=round(confidence, 3),
        mention_kind=mention.kind,
        evidence=evidence,
    )
    return chosen_speaker, _cue_near(att, ctx, mention), mention


def _with_chains(att: _Attributor, quotes: list[Quote]) -> list[Quote]:
    """Each speaker with its chain: the spans of the article's mentions resolved to the same speaker."""
    chains: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for q in quotes:
        if q.speaker is not None and q.speaker.name and q.speaker.span is not None:
            chains[q.speaker.name].add((q.speaker.span.start, q.speaker.span.end))
    if not chains:
        return quotes
    for m in att.mentions:
        if m.kind == "name":
            full = att.index.full_name(m.name_tokens, m.title) or " ".join(m.name_tokens)
            if full in chains:
                chains[full].add((m.start, m.end))
    ordered = {name: tuple(Span(a, b) for a, b in sorted(spans)) for name, spans in chains.items()}  # once per name
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.name in ordered:
            q = msgspec.structs.replace(q, speaker=msgspec.structs.replace(sp, chain=ordered[sp.name]))
        out.append(q)
    return out


def find_quotes(article: Article, text: ArticleText) -> tuple[Quote, ...]:
    """Every direct quotation in ``article`` with its speaker, read from its text layer."""
    return extract_quotes(article, text)


def find_quotes_with_evidence(
    article: Article, text: ArticleText, *, scoring: Scoring | None = None
) -> tuple[tuple[Quote, ...], SpeakerEvidence]:
    """:func:`find_quotes`, and what the story's speaker stage needs from the article (read here, once)."""
    quotes, att = _extract(article, text, scoring=scoring)
    return quotes, _speaker_evidence(text, quotes, att)


def _speaker_evidence(text: ArticleText, quotes: tuple[Quote, ...], att: _Attributor | None) -> SpeakerEvidence:
    """The article's role statements, and the speakers it left open with what resolving them needs."""
    masked = text.masked
    index = build_index(masked, text.tokens) if att is None else att.index
    roles: dict[tuple[str, tuple[str, ...], str], None] = {}
    for key, mods, tokens in index.appositions:  # read once, by build_index
        bare = tuple(t for t in tokens if t[:1].isupper())
        roles[(key, mods, index.full_name(bare) or " ".join(tokens))] = None
    statements = tuple(RoleStatement(key, mods, name) for key, mods, name in roles)
    spans = {(q.speaker.span.start, q.speaker.span.end) for q in quotes if q.speaker and q.speaker.span}
    opened = tuple(
        OpenSpeaker(Span(*span), who.role or "", who.mods, who.fallback)
        for span, who in sorted(att.open.items() if att is not None else ())
        if span in spans
    )
    if att is None or not opened:
        return SpeakerEvidence(roles=statements)
    mentioned: dict[str, list[Span]] = defaultdict(list)
    for m in att.mentions:
        if m.kind == "name":
            mentioned[att.index.full_name(m.name_tokens, m.title) or " ".join(m.name_tokens)].append(
                Span(m.start, m.end)
            )
    return SpeakerEvidence(
        roles=statements,
        open=opened,
        full_names=tuple(sorted(index.full_names.items())),
        surnames=tuple(sorted((last, sum(c.values())) for last, c in index.by_last.items())),
        name_mentions=tuple((name, tuple(spans)) for name, spans in sorted(mentioned.items())),
    )
