"""Names and role nouns in an article.

Rule-based, no model, so it keeps pace with the hot path: a name is a run of
capitalised words (with the particles names carry: "of", "de", "van"...),
optionally led by a title or a role ("Sir", "US President", "French
president"); a role noun on its own ("the prime minister", "the PM", "the
Russian leader") is a ``ROLE`` mention that the story stage resolves to the
person who holds it. A qualifier before a role ("Nato secretary-general",
"White House spokesman") is a mention of its own, of the organisation or
place. Words capitalised only because they open a sentence are not names
unless the article also capitalises them mid-sentence. In a headline in
title case (a one-sentence paragraph with nearly every word capitalised)
only the names the article's prose also gives are taken.

:func:`split_title` separates the title or role from the name for the story
stage, which groups mentions under one entity.
"""

from __future__ import annotations

import re
from collections import Counter

from newsfuse.article.entity_types import entity_type, is_outlet_name
from newsfuse.article.places import DEMONYMS, country_of
from newsfuse.article.text import ArticleText, Word
from newsfuse.lexicon import (
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    NAME_TITLES,
    NEVER_NAME_WORDS,
    OFFICE_ALIASES,
    OFFICE_TITLES,
    ORGANISATION_HEADS,
    PARTICLE_TITLE_ABBREVIATIONS,
    alternation,
)
from newsfuse.model import Article, EntityMention, Span

__all__ = ["HONORIFICS", "ROLE_WORDS", "find_mentions", "is_honorific", "role_key", "split_title"]

HONORIFICS = NAME_TITLES


def is_honorific(word: str) -> bool:
    """Whether a word of a name's phrase is a title before the name: one of :data:`HONORIFICS` ("Sen.", "Dr"), or
    a title that is also a name particle written as a title, capitalised with its full stop ("Del.", not the
    "del" of "Ana del Campo": :data:`~newsfuse.lexicon.PARTICLE_TITLE_ABBREVIATIONS`)."""
    key = word.lower().rstrip(".")
    return key in HONORIFICS or (key in PARTICLE_TITLE_ABBREVIATIONS and word[:1].isupper() and word.endswith("."))


ROLE_WORDS = OFFICE_TITLES
# Words that join a role without being one: "prime minister", "foreign secretary".
_ROLE_MODIFIERS = {"prime", "foreign", "home", "defence", "defense", "deputy", "vice", "first", "former", "acting"}
_ROLE_ABBREVIATIONS = OFFICE_ALIASES

_PARTICLES = NAME_PARTICLES
_ORG_WORDS = ORGANISATION_HEADS
# Function words and common sentence openers: never the first word of a name.
_STOP = NAME_STOP_WORDS
_NEVER = NEVER_NAME_WORDS

_POSSESSIVE = re.compile(r"['’]s?$")
_OPENERS = set("\"“‘'([—–-")


_Tok = Word
"""A word of the text layer (:attr:`ArticleText.sentence_words`)."""


def role_key(words: str) -> str | None:
    """The role a phrase names, normalised: ``the PM`` → ``prime minister``; None if none.

    The office inside an entity's title phrase (its last office word with the modifiers before it), offices
    only. Not :func:`newsfuse.article.speakers.role_noun_key`, the key of any person noun the speaker scanner
    found whole, offices of several words included: one function for both changed basil-dev's entities.
    """
    tokens = [t.lower().rstrip(".") for t in re.findall(r"[\w\-]+\.?", words)]
    tokens = [t for t in tokens if t != "the"]
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in ROLE_WORDS:
            j = i
            while j > 0 and tokens[j - 1] in _ROLE_MODIFIERS:
                j -= 1
            role = " ".join(tokens[j : i + 1])
            return _ROLE_ABBREVIATIONS.get(role, role)
    return None


def split_title(text: str) -> tuple[str, str]:
    """``("Ruritanian President", "Pavel Dorn")`` from ``Ruritanian President Pavel Dorn``.

    The title is every word up to the last honorific or role word, with an
    "of" phrase that completes the role ("Chief of Staff"); the name is the
    rest. A text without a name part returns ``(text, "")``; a body named
    after a role ("Justice Department") has no title.
    """
    words = text.split()
    last = -1
    for i, w in enumerate(words):
        key = w.lower().rstrip(".")
        if is_honorific(w) or key in ROLE_WORDS or (key in _ROLE_MODIFIERS and i + 1 < len(words)):
            if key in _ROLE_MODIFIERS and words[i + 1].lower().rstrip(".") not in ROLE_WORDS:
                continue
            last = i
    if last < 0 or words[-1].lower() in _ORG_WORDS:
        return "", text  # no title, or a body named after one ("Justice Department")
    # "Chief of Staff Nora Pike", "Secretary of State Ivan Dorn": the "of" phrase is the title's.
    while last + 3 < len(words) and words[last + 1] == "of":
        last += 3 if words[last + 2] == "the" and last + 4 < len(words) else 2
    return " ".join(words[: last + 1]), " ".join(words[last + 1 :])


def _title_case(tokens: list[_Tok]) -> bool:
    long = [t for t in tokens if len(t.text) > 3]
    return len(long) >= 4 and sum(1 for t in long if t.text[0].isupper()) >= 0.9 * len(long)


def find_mentions(article: Article, text: ArticleText) -> tuple[EntityMention, ...]:
    """People, organisations, places and role nouns mentioned in ``article``, in text order.

    Reads the sentences and their words from the article's text layer.
    """
    body = article.body
    paragraphs = [s.paragraph for s in text.sentences] or [0]
    per_paragraph = Counter(paragraphs)
    per_sentence: list[tuple[list[_Tok], bool]] = []
    mid_caps: set[str] = set()
    for toks, paragraph in zip(text.sentence_words, paragraphs, strict=True):
        headline = per_paragraph[paragraph] == 1 and _title_case(toks)
        per_sentence.append((toks, headline))
        if headline:
            continue
        for i, t in enumerate(toks):
            if t.cap and i > 0 and body[toks[i - 1].end : t.start].strip() == "":
                mid_caps.add(_POSSESSIVE.sub("", t.lower))
    found: list[EntityMention] = []
    for toks, headline in per_sentence:
        if not headline:
            found.extend(_sentence_mentions(article, toks, mid_caps))
    # A headline capitalises every word: only the names the article's prose also gives are names there.
    known = {m.text: m.type for m in found if m.type != "ROLE"}
    if known and any(headline for _, headline in per_sentence):
        pattern = re.compile(rf"\b{alternation(known)}\b")
        for toks, headline in per_sentence:
            if headline and toks:
                for m in pattern.finditer(body, toks[0].start, toks[-1].end):
                    found.append(
                        EntityMention(
                            article=article.id,
                            span=Span(m.start(), m.end()),
                            text=m.group(0),
                            type=known[m.group(0)],  # type: ignore[arg-type]
                        )
                    )
    found.sort(key=lambda m: (m.span.start, -m.span.end))
    return tuple(found)


def _sentence_mentions(article: Article, toks: list[_Tok], mid_caps: set[str]) -> list[EntityMention]:
    return _SentenceReader(article, toks, mid_caps).mentions()


class _SentenceReader:
    """The mentions of one sentence, read left to right: role phrases ("the US president") and capitalised
    runs (a name with its title, qualifiers and a place run into it).

    Every entity, so not the speaker scanner's capitalised runs (:func:`newsfuse.article.speakers.scan_mentions`,
    persons only, on the body with its quotations blanked): organisations and places with "of" and "the"
    inside ("Bank of England"), a qualifier as a mention of its own ("Nato" of "Nato secretary-general").
    """

    def __init__(self, article: Article, toks: list[_Tok], mid_caps: set[str]) -> None:
        self.article = article.id
        self.body = article.body
        self.toks = toks
        self.n = len(toks)
        self.mid_caps = mid_caps
        self.out: list[EntityMention] = []

    def mentions(self) -> list[EntityMention]:
        toks, n = self.toks, self.n
        i = 0
        while i < n:
            tok = toks[i]
            # A role noun on its own: "the prime minister", "the US president", "the PM".
            if tok.lower == "the" and i + 1 < n and self.joined(i + 1):
                after = self.role_phrase(i)
                if after is not None:
                    i = after
                    continue
            if not (tok.cap or tok.lower in ROLE_WORDS) or not self.opens_name(i):  # most words: no call
                i += 1
                continue
            j = self.run_end(i)
            self.name_run(i, j)
            i = j
        return self.out

    def opens_clause(self, k: int) -> bool:
        if k == 0:
            return True
        gap = self.body[self.toks[k - 1].end : self.toks[k].start]
        return any(c in _OPENERS or c in ".:;!?" for c in gap)

    def joined(self, k: int) -> bool:
        """Token k follows token k-1 with only spaces between (no punctuation)."""
        return self.body[self.toks[k - 1].end : self.toks[k].start].strip() == ""

    def mention(self, start: int, end: int, kind: str) -> None:
        text = self.body[start:end]
        stripped = _POSSESSIVE.sub("", text) if text.endswith(("’s", "'s", "’", "'")) else text
        end -= len(text) - len(stripped)
        self.out.append(EntityMention(article=self.article, span=Span(start, end), text=stripped, type=kind))  # type: ignore[arg-type]

    def role_phrase(self, i: int) -> int | None:
        """After "the" at ``i``: a role noun with its qualifiers and modifiers, not followed by a name; the
        index after it where one was taken."""
        toks, n, joined = self.toks, self.n, self.joined
        j = i + 1
        while j < n and joined(j) and toks[j].cap and toks[j].lower not in ROLE_WORDS and j - i <= 3:
            if toks[j].lower in _ROLE_MODIFIERS:
                break
            j += 1
        k = j
        while k < n and (k == j or joined(k)) and toks[k].lower in _ROLE_MODIFIERS:
            k += 1
        if not (k < n and (k == i + 1 or joined(k)) and toks[k].lower in ROLE_WORDS):
            return None
        if k + 1 < n and joined(k + 1) and toks[k + 1].cap:
            return None  # "the President Pavel Dorn": a title of the name after it
        for q in range(i + 1, j):
            self.role_qualifier(toks[q])
        self.mention(toks[i].start, toks[k].end, "ROLE")
        return k + 1

    def role_qualifier(self, qual: _Tok) -> None:
        """A capitalised word between "the" and a role: an organisation, or a country (not its demonym)."""
        if qual.lower not in DEMONYMS and not country_of(qual.text):
            self.mention(qual.start, qual.end, "ORG")
        elif (country_of(qual.text) and qual.lower not in DEMONYMS) or qual.text.isupper():
            self.mention(qual.start, qual.end, "GPE")

    def opens_name(self, i: int) -> bool:
        """Whether a capitalised run (or a role word before a capitalised word) may start at ``i``: not an
        ordinary word that opens the sentence."""
        tok = self.toks[i]
        if not (
            tok.cap or (tok.lower in ROLE_WORDS and i + 1 < self.n and self.joined(i + 1) and self.toks[i + 1].cap)
        ):
            return False
        if tok.lower in _NEVER:
            return False
        return not (tok.lower in _STOP and self.opens_clause(i))

    def run_end(self, i: int) -> int:
        """The end of the capitalised run opened at ``i`` (particles and role words inside it)."""
        toks, n, joined = self.toks, self.n, self.joined
        j = i + 1
        while j < n and joined(j):
            t = toks[j]
            if (t.cap and t.lower not in _NEVER) or (
                (t.lower in _PARTICLES or t.lower in ROLE_WORDS or t.lower in _ROLE_MODIFIERS)
                and j + 1 < n
                and joined(j + 1)
                and (toks[j + 1].cap or toks[j + 1].lower in ROLE_WORDS)
            ):
                j += 1
            else:
                break
            if _POSSESSIVE.search(toks[j - 1].text) and toks[j - 1].text[-2:] in ("’s", "'s"):
                break
        return j

    def name_run(self, i: int, j: int) -> None:
        """The mentions of the capitalised run ``toks[i:j]``."""
        run = self.toks[i:j]
        start, end = run[0].start, run[-1].end
        text = self.body[start:end]
        title, name = split_title(_POSSESSIVE.sub("", text) if text.endswith(("’s", "'s")) else text)
        if not name:
            if role_key(title) and self.opens_clause(i):
                self.mention(start, end, "ROLE")  # "Prime minister opens bridge": a headline's role
            return
        if len(run) == 1 and (self.only_opens_sentence(i) or self.place_with_the(i)):
            return
        start, name = self.leading_place(run, title, name)
        if title:
            self.qualifiers(run, title)
        body = self.body
        self.mention(start, end, entity_type(name, title, body[end : end + 40], body[max(0, start - 40) : start]))

    def only_opens_sentence(self, i: int) -> bool:
        """A lone capitalised word that opens a clause and is no name elsewhere, country or acronym."""
        tok = self.toks[i]
        if not self.opens_clause(i):
            return False
        key = _POSSESSIVE.sub("", tok.lower)
        return key not in self.mid_caps and not country_of(tok.text) and not tok.text.isupper()

    def place_with_the(self, i: int) -> bool:
        """ "the States": a place name that needs its article (taken here)."""
        toks = self.toks
        if i > 0 and toks[i - 1].lower == "the" and self.joined(i):
            with_the = self.body[toks[i - 1].start : toks[i].end]
            if country_of(with_the) and not country_of(toks[i].text):
                self.mention(toks[i - 1].start, toks[i].end, "GPE")
                return True
        return False

    def leading_place(self, run: list[_Tok], title: str, name: str) -> tuple[int, str]:
        """ "Leeds Vell said": a place run into the name after it is a mention of its own; the name's start and
        text without it."""
        name_words = name.split()
        if (
            not title
            and len(run) >= 2
            and country_of(run[0].text)
            and not country_of(name)
            and not any(w.isupper() or w.lower() in _ORG_WORDS for w in name_words[1:])
            and not is_outlet_name(name)  # "Russia Today" is the broadcaster, not Russia
        ):
            self.mention(run[0].start, run[0].end, "GPE")
            return run[1].start, self.body[run[1].start : run[-1].end]
        return run[0].start, name

    def qualifiers(self, run: list[_Tok], title: str) -> None:
        """Qualifiers of the role that are not demonyms are names of their own ("Nato secretary-general");
        consecutive qualifier words are one name ("White House spokesman"); a place stands alone."""
        pending: list[_Tok] = []
        for tok in [*run[: _qualifier_count(title)], None]:
            skip = tok is None or _not_qualifier(tok)
            if skip and pending:
                qualifier = self.body[pending[0].start : pending[-1].end]
                self.mention(pending[0].start, pending[-1].end, "GPE" if entity_type(qualifier) == "GPE" else "ORG")
                pending = []
            if tok is not None and country_of(tok.text) and not _demonym(tok):
                self.mention(tok.start, tok.end, "GPE")
            elif not skip and tok is not None:
                pending.append(tok)


def _demonym(tok: _Tok) -> bool:
    return tok.lower in DEMONYMS and not tok.text.isupper()


def _not_qualifier(tok: _Tok) -> bool:
    """A word before a role that names nothing of its own: a demonym, particle, stop word or country."""
    return _demonym(tok) or tok.lower in _PARTICLES or tok.lower in _STOP or country_of(tok.text) is not None


def _qualifier_count(title: str) -> int:
    """How many words of ``title`` come before its first role, honorific or role modifier."""
    count = 0
    for w_i, w in enumerate(title.split()):
        key = w.lower().rstrip(".")
        if key in ROLE_WORDS or is_honorific(w) or key in _ROLE_MODIFIERS:
            break
        count = w_i + 1
    return count
