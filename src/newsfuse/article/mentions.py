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
    OFFICE_TITLES,
    ORGANISATION_HEADS,
)
from newsfuse.model import Article, EntityMention, Span

__all__ = ["HONORIFICS", "ROLE_WORDS", "find_mentions", "role_key", "split_title"]

HONORIFICS = NAME_TITLES

ROLE_WORDS = OFFICE_TITLES
# Words that join a role without being one: "prime minister", "foreign secretary".
_ROLE_MODIFIERS = {"prime", "foreign", "home", "defence", "defense", "deputy", "vice", "first", "former", "acting"}
_ROLE_ABBREVIATIONS = {"pm": "prime minister", "ceo": "chief executive", "sen": "senator", "gov": "governor"}

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
    """The role a phrase names, normalised: ``the PM`` → ``prime minister``; None if none."""
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
        if key in HONORIFICS or key in ROLE_WORDS or (key in _ROLE_MODIFIERS and i + 1 < len(words)):
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
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(known, key=len, reverse=True)) + r")\b")
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
    body = article.body
    out: list[EntityMention] = []
    i = 0
    n = len(toks)

    def opens_clause(k: int) -> bool:
        if k == 0:
            return True
        gap = body[toks[k - 1].end : toks[k].start]
        return any(c in _OPENERS or c in ".:;!?" for c in gap)

    def joined(k: int) -> bool:
        """Token k follows token k-1 with only spaces between (no punctuation)."""
        return body[toks[k - 1].end : toks[k].start].strip() == ""

    def mention(start: int, end: int, kind: str) -> None:
        text = body[start:end]
        stripped = _POSSESSIVE.sub("", text) if text.endswith(("’s", "'s", "’", "'")) else text
        end -= len(text) - len(stripped)
        out.append(EntityMention(article=article.id, span=Span(start, end), text=stripped, type=kind))  # type: ignore[arg-type]

    while i < n:
        tok = toks[i]
        # A role noun on its own: "the prime minister", "the US president", "the PM".
        if tok.lower == "the" and i + 1 < n and joined(i + 1):
            j = i + 1
            while j < n and joined(j) and toks[j].cap and toks[j].lower not in ROLE_WORDS and j - i <= 3:
                if toks[j].lower in _ROLE_MODIFIERS:
                    break
                j += 1
            k = j
            while k < n and (k == j or joined(k)) and toks[k].lower in _ROLE_MODIFIERS:
                k += 1
            if k < n and (k == i + 1 or joined(k)) and toks[k].lower in ROLE_WORDS:
                end_k = k
                followed_by_name = end_k + 1 < n and joined(end_k + 1) and toks[end_k + 1].cap
                if not followed_by_name:
                    for q in range(i + 1, j):
                        qual = toks[q]
                        if qual.lower not in DEMONYMS and not country_of(qual.text):
                            mention(qual.start, qual.end, "ORG")
                        elif (country_of(qual.text) and qual.lower not in DEMONYMS) or qual.text.isupper():
                            mention(qual.start, qual.end, "GPE")
                    mention(tok.start, toks[end_k].end, "ROLE")
                    i = end_k + 1
                    continue
        if not (tok.cap or (tok.lower in ROLE_WORDS and i + 1 < n and joined(i + 1) and toks[i + 1].cap)):
            i += 1
            continue
        # Skip sentence openers that are ordinary words.
        if opens_clause(i) and (tok.lower in _STOP or tok.lower in _NEVER):
            i += 1
            continue
        if tok.lower in _NEVER:
            i += 1
            continue
        # Extend the capitalised run.
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
        run = toks[i:j]
        i = j
        start, end = run[0].start, run[-1].end
        text = body[start:end]
        title, name = split_title(_POSSESSIVE.sub("", text) if text.endswith(("’s", "'s")) else text)
        if not name:
            if role_key(title) and opens_clause(toks.index(run[0])):
                mention(start, end, "ROLE")  # "Prime minister faces..."
            continue
        if len(run) == 1 and opens_clause(toks.index(run[0])):
            key = _POSSESSIVE.sub("", run[0].lower)
            if key not in mid_caps and not country_of(run[0].text) and not run[0].text.isupper():
                continue
        # "the States": a place name that needs its article.
        k0 = toks.index(run[0])
        if len(run) == 1 and k0 > 0 and toks[k0 - 1].lower == "the" and joined(k0):
            with_the = body[toks[k0 - 1].start : end]
            if country_of(with_the) and not country_of(run[0].text):
                mention(toks[k0 - 1].start, end, "GPE")
                continue
        # "Leeds Vell said": a place run into the name after it.
        name_words = name.split()
        if (
            not title
            and len(run) >= 2
            and country_of(run[0].text)
            and not country_of(name)
            and not any(w.isupper() or w.lower() in _ORG_WORDS for w in name_words[1:])
            and not is_outlet_name(name)  # "Russia Today" is the broadcaster, not Russia
        ):
            mention(run[0].start, run[0].end, "GPE")
            start = run[1].start
            text = body[start:end]
            name = text
        # Qualifiers of the role that are not demonyms are names of their own ("Nato secretary-general").
        if title:
            qual_end = 0
            title_words = title.split()
            for w_i, w in enumerate(title_words):
                key = w.lower().rstrip(".")
                if key in ROLE_WORDS or key in HONORIFICS or key in _ROLE_MODIFIERS:
                    break
                qual_end = w_i + 1
            # Consecutive qualifier words are one name ("White House spokesman"); a place stands alone.
            pending: list[_Tok] = []
            for tok_q in [*run[:qual_end], None]:
                skip = tok_q is None or (
                    (tok_q.lower in DEMONYMS and not tok_q.text.isupper())
                    or tok_q.lower in _PARTICLES
                    or tok_q.lower in _STOP
                    or country_of(tok_q.text) is not None
                )
                if skip and pending:
                    qualifier = body[pending[0].start : pending[-1].end]
                    mention(pending[0].start, pending[-1].end, "GPE" if entity_type(qualifier) == "GPE" else "ORG")
                    pending = []
                if (
                    tok_q is not None
                    and country_of(tok_q.text)
                    and not (tok_q.lower in DEMONYMS and not tok_q.text.isupper())
                ):
                    mention(tok_q.start, tok_q.end, "GPE")
                elif not skip and tok_q is not None:
                    pending.append(tok_q)
        mention(start, end, entity_type(name, title, body[end : end + 40], body[max(0, start - 40) : start]))
    return out
