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

from newsfuse.lexicon import CUE_GAP_WORDS, PREPOSITIONS


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = [
    "AUXILIARIES",
    "CUE_PATTERN",
    "MULTIWORD_CUE",
    "PARTIAL_CUE_PATTERN",
    "PARTIAL_WORDS",
    "PREPOSITIONS",
    "REPORTING_WORDS",
    "cue_forms",
]

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "sing": ("sings", "sang", "sung", "singing"),
    "beg": ("begs", "begged", "begging"),
    "slam": ("slams", "slammed", "slamming"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "put": ("puts", "put", "putting"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "quip": ("quips", "quipped", "quipping"),
    "admit": ("admits", "admitted", "admitting"),
    "chide": ("chides", "chided", "chiding"),
    "read": ("reads", "read", "reading"),
    "begin": ("begins", "began", "beginning"),
    "emphasise": ("emphasises", "emphasised", "emphasising"),
    "emphasize": ("emphasizes", "emphasized", "emphasizing"),
    "criticise": ("criticises", "criticised", "criticising"),
    "criticize": ("criticizes", "criticized", "criticizing"),
    "summarise": ("summarises", "summarised", "summarising"),
    "summarize": ("summarizes", "summarized", "summarizing"),
    "describe": ("describes", "described", "describing"),
    "urge": ("urges", "urged", "urging"),
    "argue": ("argues", "argued", "arguing"),
    "continue": ("continues", "continued", "continuing"),
    "conclude": ("concludes", "concluded", "concluding"),
    "declare": ("declares", "declared", "declaring"),
    "note": ("notes", "noted", "noting"),
    "state": ("states", "stated", "stating"),
    "promise": ("promises", "promised", "promising"),
    "pledge": ("pledges", "pledged", "pledging"),
    "caution": ("cautions", "cautioned", "cautioning"),
    "announce": ("announces", "announced", "announcing"),
    "acknowledge": ("acknowledges", "acknowledged", "acknowledging"),
    "agree": ("agrees", "agreed", "agreeing"),
    "joke": ("jokes", "joked", "joking"),
    "believe": ("believes", "believed", "believing"),
    "quote": ("quotes", "quoted", "quoting"),
    "observe": ("observes", "observed", "observing"),
    "complain": ("complains", "complained", "complaining"),
    "explain": ("explains", "explained", "explaining"),
    "predict": ("predicts", "predicted", "predicting"),
    "remark": ("remarks", "remarked", "remarking"),
    "vow": ("vows", "vowed", "vowing"),
    "warn": ("warns", "warned", "warning"),
    "insist": ("insists", "insisted", "insisting"),
    "assert": ("asserts", "asserted", "asserting"),
    "recall": ("recalls", "recalled", "recalling"),
    "add": ("adds", "added", "adding"),
    "ask": ("asks", "asked", "asking"),
    "answer": ("answers", "answered", "answering"),
    "respond": ("responds", "responded", "responding"),
    "claim": ("claims", "claimed", "claiming"),
    "confirm": ("confirms", "confirmed", "confirming"),
    "suggest": ("suggests", "suggested", "suggesting"),
    "stress": ("stresses", "stressed", "stressing"),
    "shout": ("shouts", "shouted", "shouting"),
    "exclaim": ("exclaims", "exclaimed", "exclaiming"),
    "mutter": ("mutters", "muttered", "muttering"),
    "reiterate": ("reiterates", "reiterated", "reiterating"),
    "concede": ("concedes", "conceded", "conceding"),
    "counter": ("counters", "countered", "countering"),
    "boast": ("boasts", "boasted", "boasting"),
    "post": ("posts", "posted", "posting"),
    "maintain": ("maintains", "maintained", "maintaining"),
    "allege": ("alleges", "alleged", "alleging"),
    "contend": ("contends", "contended", "contending"),
    "recount": ("recounts", "recounted", "recounting"),
    "report": ("reports", "reported", "reporting"),
    "interject": ("interjects", "interjected", "interjecting"),
    "retort": ("retorts", "retorted", "retorting"),
    "demand": ("demands", "demanded", "demanding"),
    "express": ("expresses", "expressed", "expressing"),
    "call": ("calls", "called", "calling"),
    "want": ("wants", "wanted", "wanting"),
    "hope": ("hopes", "hoped", "hoping"),
    "feel": ("feels", "felt", "feeling"),
    "accuse": ("accuses", "accused", "accusing"),
    "praise": ("praises", "praised", "praising"),
    "dismiss": ("dismisses", "dismissed", "dismissing"),
    "label": ("labels", "labelled", "labeled", "labelling", "labeling"),
    "brand": ("brands", "branded", "branding"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "term": ("terms", "termed", "terming"),
    "find": ("finds", "found", "finding"),
    "hail": ("hails", "hailed", "hailing"),
    "outline": ("outlines", "outlined", "outlining"),
    "speculate": ("speculates", "speculated", "speculating"),
    "indicate": ("indicates", "indicated", "indicating"),
    "reveal": ("reveals", "revealed", "revealing"),
    "mention": ("mentions", "mentioned", "mentioning"),
    "recognise": ("recognises", "recognised", "recognising"),
    "recognize": ("recognizes", "recognized", "recognizing"),
}

_REPORTING = _words(
    "say tell add state chant shout scream yell ask answer reply respond explain insist warn claim argue "
    "note write tweet post "
    "declare announce continue conclude recall acknowledge admit agree suggest urge stress emphasise "
    "emphasize predict promise vow pledge caution complain joke quip remark observe confirm deny testify "
    "shout exclaim mutter reiterate concede counter boast maintain allege contend recount assert "
    "interject retort read begin speak summarise summarize demand chide"
)

_STANCE = _words(
    "speak proclaim attack exhort liken condemn laud blast slam scold chastise admonish mock deride tout "
    "decry denounce lament plead compare characterize characterise deem cite echo invoke reject defend "
    "question challenge ridicule applaud welcome thank credit blame fault recommend propose highlight "
    "underline repeat cry urge beg lambast lambaste "
    "believe think want hope feel call describe accuse praise dismiss criticise criticize label brand dub "
    "term find hail outline speculate indicate reveal mention recognise recognize quote report express"
)


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

REPORTING_WORDS = frozenset(cue_forms(_REPORTING))
"""Every form of a reporting verb, lower case: these attribute any quotation."""
PARTIAL_WORDS = frozenset(cue_forms(_REPORTING + _STANCE))
"""Reporting and stance verbs, lower case: these attribute partial quotations too."""
MULTIWORD_CUE = re.compile(r"(?<![\w-])(?:" + "|".join(_MULTIWORD) + r")(?![\w-])", re.IGNORECASE)
"""Cues of several words ("according to", "pointed out", "made it clear")."""

CUE_PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(_MULTIWORD + cue_forms(_REPORTING)) + r")(?![\w-])", re.IGNORECASE)
"""Reporting verbs as one pattern (for callers outside the hot path; the extractor looks words up)."""

PARTIAL_CUE_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(_MULTIWORD + cue_forms(_REPORTING + _STANCE)) + r")(?![\w-])", re.IGNORECASE
)
"""Reporting and stance verbs as one pattern."""

AUXILIARIES = CUE_GAP_WORDS
"""Words that may stand between a speaker and the cue ("Starmer also told", "he has said")."""
