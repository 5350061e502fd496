"""Verbs that attribute a quotation (cue verbs): reporting verbs, verbs of stance, irregular forms.

:data:`SPEECH_VERBS` report speech and attribute any quotation ("say",
"insist", "warn"); :data:`STANCE_VERBS` state a stance or characterise
("believe", "call", "describe") and attribute only the partial quotations
embedded in a sentence. Both are base forms; the speaker stage inflects them,
taking the forms of :data:`IRREGULAR_VERB_FORMS` where the regular rules
would be wrong. (The speaker scorer also learns a cue lexicon from annotated
data; these lists drive the hand patterns it weighs.)
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = [
    "FREQUENT_SPEECH_FORMS",
    "IRREGULAR_VERB_FORMS",
    "OUTER_SPEECH_FORMS",
    "SAY_FORMS",
    "SPEECH_VERBS",
    "STANCE_VERBS",
]

IRREGULAR_VERB_FORMS: tuple[tuple[str, ...], ...] = (
    ("say", "says", "said", "saying"),
    ("sing", "sings", "sang", "sung", "singing"),
    ("beg", "begs", "begged", "begging"),
    ("slam", "slams", "slammed", "slamming"),
    ("tell", "tells", "told", "telling"),
    ("write", "writes", "wrote", "writing", "written"),
    ("think", "thinks", "thought", "thinking"),
    ("speak", "speaks", "spoke", "speaking", "spoken"),
    ("put", "puts", "put", "putting"),
    ("quip", "quips", "quipped", "quipping"),
    ("admit", "admits", "admitted", "admitting"),
    ("read", "reads", "read", "reading"),
    ("begin", "begins", "began", "beginning"),
    ("agree", "agrees", "agreed", "agreeing"),
    ("feel", "feels", "felt", "feeling"),
    ("label", "labels", "labelled", "labeled", "labelling", "labeling"),
    ("dub", "dubs", "dubbed", "dubbing"),
    ("find", "finds", "found", "finding"),
)
"""Cue verbs whose forms the regular rules (-s, -ed, -ing) get wrong: the base form first, then its forms."""

SPEECH_VERBS: frozenset[str] = words(
    "say tell add state chant shout scream yell ask answer reply respond explain insist warn claim argue "
    "note write tweet post "
    "declare announce continue conclude recall acknowledge admit agree suggest urge stress emphasise "
    "emphasize predict promise vow pledge caution complain joke quip remark observe confirm deny testify "
    "exclaim mutter reiterate concede counter boast maintain allege contend recount assert "
    "interject retort read begin speak summarise summarize demand chide"
)
"""Reporting verbs (base forms): these attribute any quotation."""

STANCE_VERBS: frozenset[str] = words(
    "speak proclaim attack exhort liken condemn laud blast slam scold chastise admonish mock deride tout "
    "decry denounce lament plead compare characterize characterise deem cite echo invoke reject defend "
    "question challenge ridicule applaud welcome thank credit blame fault recommend propose highlight "
    "underline repeat cry urge beg lambast lambaste "
    "believe think want hope feel call describe accuse praise dismiss criticise criticize label brand dub "
    "term find hail outline speculate indicate reveal mention recognise recognize quote report express"
)
"""Verbs of stance (base forms): these attribute partial quotations only."""

SAY_FORMS: frozenset[str] = words("said says told added")
"""The forms of "say", "tell" and "add" that attribute most news quotations."""

FREQUENT_SPEECH_FORMS: frozenset[str] = SAY_FORMS | words("insisted explained noted")
"""Forms of speech verbs frequent enough right after a noun phrase to end it: a role phrase never runs over
one ("one aide said", "the spokeswoman for the ministry noted")."""

OUTER_SPEECH_FORMS: frozenset[str] = SAY_FORMS | words("tells adds wrote writes")
"""The forms of "say", "tell", "add" and "write" that report a whole sentence: a reporting verb inside their
complement is what is reported, not who reports it ("Vell said the agency will maintain …")."""
