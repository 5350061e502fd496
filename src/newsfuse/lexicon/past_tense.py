"""Irregular simple-past forms of English verbs ("met", "flew", "won"): past events whose verb has no "-ed".

Derived, not written from any article: the past-tense (VBD) forms of the
inflection table of lemminflect 0.2.3 (an English lemmatisation and
inflection resource built from the Automatically Generated Inflection
Database and the SPECIALIST Lexicon) that its own rules for regular verbs do
not produce, and then left out: forms of several words, hyphens or
apostrophes; regular "-ed" forms of five letters or more (the "-ed" rule
reads those); forms the table also lists as a noun, adjective, adverb or a
verb's base form ("left", "found", "saw", "felt", "spoke", "bound": read as
verbs they would often be wrong); auxiliaries and modals ("was", "had",
"could", "got"); and two entries that are no past form ("-ing", "-es").
Reporting verbs among them ("said", "told") are left out where they are used
(:data:`newsfuse.lexicon.REPORTING_VERBS`).
"""

from __future__ import annotations

import re

from newsfuse.lexicon._build import words

__all__ = [
    "IRREGULAR_PAST",
    "PASSIVE_AUXILIARIES",
    "PAST_AUXILIARIES",
    "PAST_OF_BE",
    "PAST_WITH_OTHER_READINGS",
    "REGULAR_PAST",
    "is_past_form",
]

REGULAR_PAST = r"\w{3,}ed"
"""A regular simple-past form, as a pattern: a word of five letters or more ending in "-ed" ("voted", "closed";
"bed", "red", "shed" are not). The one spelling of the rule: the tense of a weekday's sentence
(:mod:`newsfuse.article.quantities`), the event word of a date and the circumstance of a past action
(:mod:`newsfuse.compare.event_days`, :mod:`newsfuse.compare.conflicts`) all read it from here."""

PAST_WITH_OTHER_READINGS: tuple[str, ...] = ("left", "found", "saw", "felt", "spoke", "bound")
"""Irregular past forms left out of :data:`IRREGULAR_PAST` because they also read as a noun, an adjective or a
verb's base ("a wheel spoke", "the left bank", "saw the plank"): past verbs only where the words around them say so
(a preposition and an article right after: "spoke to residents on her visit")."""

PAST_OF_BE: tuple[str, ...] = ("was", "were")
"""Past forms of "be": a past state or place ("was aboard the ferry"), the one part of :data:`PAST_AUXILIARIES` that
says where someone was."""

PAST_AUXILIARIES: tuple[str, ...] = (*PAST_OF_BE, "had", "did")
"""Past forms of "be", "have" and "do": a past tense, though no event of their own (not in :data:`IRREGULAR_PAST`)."""

PASSIVE_AUXILIARIES: tuple[str, ...] = (*PAST_OF_BE, "is", "are", "be", "been", "being")
"""Forms of "be" that make the next verb a passive ("was shut", "has been closed"): the act a passive sentence tells
of stands right after one, whether or not its past participle reads as a past form ("shut", "cut", "hit")."""

IRREGULAR_PAST: frozenset[str] = words(
    """
    alit arose ate awoke babysat backbit backslid bade became befell began begot beheld bereft besought bespoke
    betrode bled blent blest blew bought bred brought built burnt came caught chid chose clung countersank crept
    daylit dealt drank dreamt drew dug dwelt fed fled flew floodlit flung forbad forbade forbore foresaw
    foreswore foretold forewent forgave forgot forsook forswore forwent fought froze gainsaid gave ghostwrote
    girt grew hamstrung heard held hid hove hung interwove kept knelt knew laid landslid leant leapt learnt led
    lent lit lost made meant met misdealt misdid mislaid misspelt misspent mistook misunderstood mown outbade
    outbroke outdid outgrew outlaid outran outshone outwent outwore overate overbore overcame overdid overdrew
    overdrove overgrew overheard overhung overlaid overpaid overran overrode oversaw overshot overslept oversold
    overthrew overtook overwrote paid partook pled prepaid ran rang rebuilt redid redrew relaid remade repaid
    reran resold respelt rethought retold retook rewrote rode said sang sank sat sent shat shod shone shook
    shrank shrove slept slew slid slung slunk smote sold sought sped spent spilt spoilt sprang sprung spun stank
    stole stood strode strove struck strung stung swam swept swore swung taught threw throve told took tore trod
    unbent underpaid undershot undersold understood undertook underwent underwrote undid unlearnt unwound upheld
    waylaid went wept withdrew withheld withstood woke won wore wove wrote wrung
    """
)
"""Simple-past forms of irregular verbs (see the module docstring for how they were chosen)."""


_REGULAR_PAST_END = re.compile(REGULAR_PAST + "$")


def is_past_form(word: str) -> bool:
    """Whether a lower-case word is a simple-past form: a regular "-ed" form (:data:`REGULAR_PAST`, read on the word's
    last part: "well-liked") or an irregular one (:data:`IRREGULAR_PAST`)."""
    return word in IRREGULAR_PAST or _REGULAR_PAST_END.search(word) is not None
