"""The words that attribute a quotation: cue verbs, and what may stand between them and a speaker.

Why a lexicon: reporting verbs are a closed, well-described class in news
English ("said", "told reporters", "added", "insisted", "according to"); a
list of their forms is faster and more exact than a parser, and it is the
same list whatever the outlet. Verbs of stance ("believes", "wants",
"called … a") attribute the *partial* quotations that reporting embeds in a
sentence; they are kept apart so a full quotation is never attributed by one
of them alone.
"""

from __future__ import annotations

import re

from newsfuse.lexicon import CUE_GAP_WORDS, IRREGULAR_VERB_FORMS, PREPOSITIONS, SPEECH_VERBS, STANCE_VERBS
from newsfuse.scan import word_start

__all__ = [
    "AUXILIARIES",
    "MULTIWORD_CUE",
    "PARTIAL_WORDS",
    "PREPOSITIONS",
    "REPORTING_WORDS",
    "cue_forms",
]


_IRREGULAR = {forms[0]: forms[1:] for forms in IRREGULAR_VERB_FORMS}


def _regular(verb: str) -> tuple[str, ...]:
    """The -s, -ed and -ing forms of a regular verb."""
    if verb.endswith("e"):
        return verb + "s", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es", verb + "ed", verb + "ing"
    return verb + "s", verb + "ed", verb + "ing"


def cue_forms(verbs: list[str]) -> list[str]:
    """Every inflected form of ``verbs`` (base, -s, past, -ing, participles)."""
    forms: set[str] = set()
    for verb in verbs:
        forms.add(verb)
        forms.update(_IRREGULAR.get(verb) or _regular(verb))
    return sorted(forms, key=len, reverse=True)


_MULTIWORD = [
    r"(?:made|makes|make|making)\s+it\s+(?:\w+\s+)?clear",
    r"according\s+to",
    r"points?\s+out",
    r"pointed\s+out",
    r"pointing\s+out",
    r"went\s+on",
    r"goes\s+on",
]

REPORTING_WORDS = frozenset(cue_forms(sorted(SPEECH_VERBS)))
"""Every form of a reporting verb, lower case: these attribute any quotation."""
PARTIAL_WORDS = frozenset(cue_forms(sorted(SPEECH_VERBS | STANCE_VERBS)))
"""Reporting and stance verbs, lower case: these attribute partial quotations too."""


def _alternatives(cue: str) -> list[str]:
    r"""A cue pattern as alternatives that each open on a letter: one opening with a group of words is one
    alternative per word, the rest of the cue after each ("(?:made|makes)\s+it" -> "made\s+it", "makes\s+it"),
    tried in the group's order as the group's words are."""
    if cue.startswith("(?:"):
        close = cue.index(")")
        return [word + cue[close + 1 :] for word in cue[3:close].split("|")]
    return [cue]


MULTIWORD_CUE = re.compile(
    word_start([alt for cue in _MULTIWORD for alt in _alternatives(cue)], ignore_case=True, not_after=r"[\w-]")
    + r"(?![\w-])",
    re.IGNORECASE,
)
r"""Cues of several words ("according to", "pointed out", "made it clear"), not inside a word or a hyphenated one:
``(?<![\w-])(?:cue|cue…)(?![\w-])`` opening on a class of the cues' first letters, which the scan skips to
(:func:`newsfuse.scan.word_start`)."""

AUXILIARIES = CUE_GAP_WORDS
"""Words that may stand between a speaker and the cue ("Vell also told", "he has said")."""
