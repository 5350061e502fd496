"""STAGING: tables of transcription equivalence (moved into newsfuse.lexicon once that package lands)."""

from __future__ import annotations

import functools

__all__ = [
    "APPROXIMATORS",
    "COMMENT_CLAUSES",
    "CONTRACTION_STEMS",
    "CONTRACTION_SUFFIXES",
    "FILLERS",
    "HEDGES",
    "HEDGE_PHRASES",
    "INFORMAL_FORMS",
    "NEGATIONS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "REFERRING_WORDS",
    "SCALE_WORDS",
    "american_spelling",
]

# -- contractions and informal forms ----------------------------------------------------------------

CONTRACTION_SUFFIXES: dict[str, tuple[str, ...]] = {
    "n't": ("not",),
    "'m": ("am",),
    "'re": ("are",),
    "'ve": ("have",),
    "'ll": ("will",),
    "'d": ("would",),
}
"""Clitics and what they stand for; ``'d`` is read as ``would`` (``had`` is as likely, and as neutral)."""

CONTRACTION_STEMS: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
    "let's": ("let", "us"),
    "y'all": ("you", "all"),
    "'em": ("them",),
}
"""Contractions whose host changes when written out (``won't`` is ``will not``, not ``wo not``)."""

IS_HOSTS = frozenset(["it", "he", "she", "that", "there", "what", "who", "where", "here", "how", "when", "why", "this"])
"""Words after which ``'s`` is ``is`` (``it's``), not a possessive."""

INFORMAL_FORMS: dict[str, tuple[str, ...]] = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "outta": ("out", "of"),
    "lotta": ("lot", "of"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "dunno": ("do", "not", "know"),
    "ya": ("you",),
    "yeah": ("yes",),
    "yep": ("yes",),
    "yup": ("yes",),
    "nope": ("no",),
    "cuz": ("because",),
    "cos": ("because",),
    "'cause": ("because",),
    "till": ("until",),
    "'til": ("until",),
    "til": ("until",),
    "ok": ("okay",),
}
"""Spoken and informal spellings written out in full."""

FILLERS = frozenset(["uh", "uhh", "um", "umm", "uhm", "er", "erm", "ah", "ahh", "hmm", "mm", "mmm"])
"""Hesitation sounds some transcripts keep and others drop: they say nothing."""

# -- numbers -----------------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
"""Cardinal number words below a hundred; ``twenty five`` and ``twenty-five`` read as 25."""

SCALE_WORDS = frozenset(["hundred", "thousand", "million", "billion", "trillion"])
"""Number words kept as words after a digit (``2 million``), as outlets print them either way."""

ORDINAL_WORDS: dict[str, str] = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}
"""Ordinal words and their digit forms."""

PERCENT_FORMS: dict[tuple[str, ...], str] = {("per", "cent"): "percent", ("%",): "percent", ("pct",): "percent"}

# -- meaning-bearing closed classes ---------------------------------------------------------------------

NEGATIONS = frozenset(["not", "no", "never", "nor", "nobody", "nothing", "none", "nowhere", "neither", "without"])
"""Words whose presence or absence reverses what a sentence says."""

HEDGES = frozenset(
    [
        "may",
        "might",
        "could",
        "perhaps",
        "probably",
        "possibly",
        "maybe",
        "likely",
        "unlikely",
        "apparently",
        "seemingly",
        "reportedly",
        "allegedly",
        "presumably",
        "somewhat",
        "fairly",
        "seems",
        "seem",
        "seemed",
        "appears",
        "appear",
        "often",
        "usually",
        "sometimes",
        "generally",
        "largely",
        "mostly",
        "partly",
        "mainly",
        "typically",
        "frequently",
        "occasionally",
        "arguably",
    ]
)
"""Words that soften what a sentence asserts (modal verbs, epistemic and frequency adverbs): dropping one makes
the speaker sound surer than they were. Comment clauses ("I think", "I believe") are not listed: speakers
scatter them and transcripts keep or drop them freely."""

HEDGE_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "in some cases",
        "in many cases",
        "in most cases",
        "in certain cases",
        "in some ways",
        "in many ways",
        "in a way",
        "in part",
        "to some extent",
        "to a certain extent",
        "to a degree",
        "to some degree",
        "sort of",
        "kind of",
        "more or less",
        "a bit",
        "a little",
        "for the most part",
        "by and large",
    )
)
"""Hedging phrases (limiting how far a claim holds), in canonical words."""

REFERRING_WORDS = frozenset(
    [
        "it",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "his",
        "its",
        "their",
        "here",
        "there",
        "the",
        "a",
        "an",
        "one",
        "ones",
    ]
)
"""Pronouns and demonstratives: replacing one by the noun it refers to (an editor's clarification, often in
brackets) changes the words, not what is said."""

COMMENT_CLAUSES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in ("i think", "i believe", "i guess", "i suppose", "i mean", "you know", "i would say", "you see")
)
"""Parenthetical comment clauses, in canonical words: mobile, and kept or dropped freely by transcribers, so a
change that only adds, drops or swaps one changes no content."""

APPROXIMATORS = frozenset(["about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under"])
"""Words that soften a number ("about 40", "nearly 2 million"): hedges only right before a number."""


# -- UK / US spelling ------------------------------------------------------------------------------------

#: Pairs the spelling list holds that are different words, not spellings of one word.
_NOT_SPELLINGS = frozenset({"tonne", "tonnes", "bevvy", "bevvies"})


@functools.cache
def _british_to_american() -> dict[str, str]:
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    table = {uk: us for uk, us in BRITISH_ENGLISH_SPELLINGS.items() if uk not in _NOT_SPELLINGS and " " not in us}
    return table


def american_spelling(word: str) -> str:
    """The American spelling of a British-spelt word (``colour`` → ``color``), else the word itself."""
    return _british_to_american().get(word, word)
