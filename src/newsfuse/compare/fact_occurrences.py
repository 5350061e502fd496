"""Which occurrence of an event a fact dates: tallies, acts, stages and names that tell two apart.

One body or team may do one thing on two days (``lexicon.recurrence``): two
such days are one event only where nothing here tells them apart
(:class:`Occurrence`, :func:`other_occurrences`). A day keeps the tally of votes
written before it in its own clause, within :data:`TALLY_REACH` characters
("passed 7-2 on Tuesday", "passed 7-2 at the council on Tuesday"), or where none
stands there the first one after it in its clause within
:data:`TALLY_REACH_AFTER` ("on Tuesday approved the closure by seven votes to
two"): the vote it dates (:func:`tally_before`). It also keeps the voting
bodies its sentence names (:func:`voting_bodies`), whether its sentence says
the event happens again, the stages it names ("at first reading" / "final
approval"), the names the event was done to or by, and the act of the clause
after it ("to close the library": :func:`act_after`); two values whose clauses
do different things to different things are two acts (:func:`other_acts`), and
two tallies on motions acting on different things two votes
(:func:`other_motions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfuse.article.stems import stem
from newsfuse.compare.fact_patterns import TALLY, TALLY_IN_WORDS, may_tally_in_words, vote_count
from newsfuse.compare.fact_phrasal import as_act
from newsfuse.compare.fact_text import CLAUSE_BREAK, CLAUSE_END, LETTER_WORD, OBJECT_TOKEN, WORD, ordinal
from newsfuse.lexicon import (
    CARDINAL_WORDS,
    CLAUSE_BREAK_AFTER_WORDS,
    DECISION_VERBS,
    ENGLISH_FUNCTION_WORDS,
    GROUP_QUANTIFIERS,
    MODAL_VERBS,
    MOTION_NOUNS,
    MOTION_VERBS,
    MULTIPLIER_AFTER,
    NOUN_ENDINGS,
    NOUN_PHRASE_DETERMINERS,
    OTHER_TIME_OPENERS,
    RECURRENCE_WORDS,
    REPEAT_COUNT_WORDS,
    STAGE_WORDS,
    VOTING_BODIES,
    alternation,
    is_past_form,
)
from newsfuse.model import Quantity, Span
from newsfuse.scan import word_start

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact


__all__ = [
    "ACT_REACH",
    "BODY_REACH",
    "MIN_VERB_STEM",
    "TALLY_REACH",
    "TALLY_REACH_AFTER",
    "Occurrence",
    "act_after",
    "later_words",
    "named_before",
    "noun_of_a_verb",
    "occurrence_of",
    "other_acts",
    "other_motions",
    "other_occurrences",
    "tally_before",
    "voting_bodies",
]


@dataclass(frozen=True)
class Occurrence:
    """What tells which occurrence of an event a day dates, where one body or team does one thing on two days
    (``lexicon.recurrence``): two such days are one event only where nothing here tells them apart
    (:func:`other_occurrences`)."""

    recurs: bool = False
    """The sentence says its event happens again: "again", "another" before the day or in its clause (not behind a
    comma after it: ", another blow to the village"), a stage after the first ("a second vote", "3rd win")."""
    again: bool = False
    """A word saying the event happens again anywhere in the sentence, another clause's too ("met Oren on Tuesday and
    will meet him again next month"): the sentence tells of more than one occurrence of its act. Read only where one
    act is told in other words (``conflicts``: no lower-case word shared), not to tell two tallied votes apart."""
    stages: frozenset[str] = frozenset()
    """The stages its sentence names, an ordinal or a stage word before the word it ranks ("at first reading":
    ``first``; "final approval": ``final``; not "second-largest", "second half", "second in the table")."""
    named: frozenset[str] = frozenset()
    """The names between the event's word and the day, lower case: what the event was done to or by ("beat Tarn Town
    2-1 on Saturday": ``tarn``, ``town``); empty where the names open the sentence (its subject) or name a place ("in
    Tarn on Tuesday")."""
    act: tuple[str, str] = ("", "")
    """The verb, stemmed, of the clause right after the day, after "to" or a modal, and the head of the noun phrase
    it acts on ("voted 7-2 on Tuesday to close the library": ``clos``, ``library``; "ruled on Monday that the
    authority may not sell the water rights": ``sell``, ``right``)."""
    later: frozenset[str] = frozenset()
    """The words, stemmed, of a clause of another time after the value in its sentence (``lexicon.OTHER_TIME_OPENERS``:
    "to sell the building once it has closed": ``clos``), which say nothing of its act."""
    decision: tuple[str, str] = ("", "")
    """For a day a body decided a thing on: the act decided and the head of what it acts on, stemmed, as the act after
    the day gives them ("voted on Monday to close the library": ``clos``, ``library``) or the object of the decision
    verb before it, a noun made of a verb ("approved the closure of the library on Tuesday": ``closur``,
    ``library``); empty where no verb of :data:`newsfuse.lexicon.DECISION_VERBS` stands in the day's clause before
    it."""


TALLY_REACH = 60
"""Characters before a day within which a tally of votes in the day's own clause is the vote the day dates ("passed
7-2 on Tuesday", "passed 7-2 at the council on Tuesday")."""


def tally_before(body: str, q: Quantity, sentence: Span) -> str:
    """The tally of votes written in the day's clause within :data:`TALLY_REACH` characters before it, as
    ``larger-smaller`` (in words too: "by seven votes to two"); where there is none, the first one after it in its
    clause within :data:`TALLY_REACH_AFTER` characters (:func:`_tally_after`)."""
    start = max(sentence.start, q.span.start - TALLY_REACH)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, start, q.span.start)]
    begin = breaks[-1] if breaks else start
    found = _tallies_in(body, begin, q.span.start)
    if found:
        return f"{max(found)[1]}-{max(found)[2]}"
    return _tally_after(body, q, sentence)


def _tallies_in(body: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, larger, smaller) of each tally of votes between ``start`` and ``end``, in digits or in words."""
    found = [(m.start(), int(m.group(1)), int(m.group(2))) for m in TALLY.finditer(body, start, end)]
    for m in TALLY_IN_WORDS.finditer(body, start, end) if may_tally_in_words(body, start, end) else ():
        at = next(k for k in (1, 3, 5) if m.group(k))
        found.append((m.start(), vote_count(m.group(at)), vote_count(m.group(at + 1))))
    return found


TALLY_REACH_AFTER = 110
"""Characters after a day within which the first tally of votes in the day's clause is the vote it dates, where
none stands before it ("on Tuesday approved the closure by seven votes to two"; "Tuesday's decision by the council
to close the library passed 7-2": the subject the day dates, then its verb)."""


_CLAUSE_BREAK_AFTER = re.compile(CLAUSE_BREAK.pattern + rf"|\b(?:{'|'.join(sorted(CLAUSE_BREAK_AFTER_WORDS))})\b|[.!?]")
"""What ends a day's clause after it (a clause break, a word of :data:`CLAUSE_BREAK_AFTER_WORDS`, the sentence's
end): a tally behind it is of another clause ("met on Tuesday, after the motion
passed 7-2"; "will meet on Tuesday on a plan that passed 5-4 in committee")."""


def _tally_after(body: str, q: Quantity, sentence: Span) -> str:
    """The first tally of votes after a day in its clause within :data:`TALLY_REACH_AFTER` characters, or the
    tally set off by a comma that closes the clause (:data:`_TALLY_AFTER_COMMA`), as ``larger-smaller``, or
    empty."""
    end = min(sentence.end, q.span.end + TALLY_REACH_AFTER)
    stop = _CLAUSE_BREAK_AFTER.search(body, q.span.end, end)
    if stop is not None and stop.group() == ",":
        after = _TALLY_AFTER_COMMA.match(body, stop.start(), end)
        if after is not None and int(after.group(1)) >= int(after.group(2)):  # "late Friday night, 51-49."
            return f"{after.group(1)}-{after.group(2)}"
    found = _tallies_in(body, q.span.end, stop.start() if stop else end)
    return f"{min(found)[1]}-{min(found)[2]}" if found else ""


_MOTION_VERB = alternation(MOTION_VERBS, any_space=True)
"""A verb of a motion's fate (:data:`newsfuse.lexicon.MOTION_VERBS`: "passed", "was approved"), any spaces between its
words."""


_TALLY_AFTER_COMMA = re.compile(rf",\s+(?:(?:{_MOTION_VERB})\s+(?:by\s+)?)?" + TALLY.pattern + r"\s*[.;]")
"""A tally in digits set off by a comma at the end of the day's clause, alone or after the verb of the motion
whose clause the day's closes (:data:`newsfuse.lexicon.MOTION_VERBS`): "approved the bill late Friday night,
51-49."; "the vote, held on Tuesday, passed 7-2."."""


def voting_bodies(body: str, sentence: Span) -> frozenset[str]:
    """The voting bodies a sentence names, by the body or a member ("senators": the senate; plurals read), where the
    word names one as a body (:func:`_as_a_body`: "the board", "Tarn council", "Board"; not "with the mayor on
    board", "seeking justice")."""
    words = LETTER_WORD.findall(body, sentence.start, sentence.end)
    found = set()
    for k, word in enumerate(words):
        lower = word.lower()
        named = VOTING_BODIES.get(lower)
        plural = named is None and lower.endswith("s")
        if plural:
            named = VOTING_BODIES.get(lower[:-1]) or (
                VOTING_BODIES.get(lower[:-3] + "y") if lower.endswith("ies") else None
            )
        if named is not None and (plural or _as_a_body(words, k)):
            found.add(named)
    return frozenset(found)


BODY_REACH = 2
"""Words before a body's noun searched for what makes it one body: a determiner, a name or a possessive."""


def _as_a_body(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a noun of a voting body or a member in the singular, names one: it is capitalised
    ("Board", "the Senate"), or within :data:`BODY_REACH` words before it, past modifiers ("the city council"),
    stands a determiner, a name ("Tarn council"; the sentence's first word only right before it) or a possessive
    ("Kesby's planning board"); a preposition or another function word first says it is a word of another sense
    ("on board", "in council")."""
    if words[k][0].isupper():
        return True
    for j in range(k - 1, max(-1, k - 1 - BODY_REACH), -1):
        before, lower = words[j], words[j].lower()
        if lower in NOUN_PHRASE_DETERMINERS or lower == "s" or (before[0].isupper() and (j or j == k - 1)):
            return True  # the sentence's first word is capitalised whatever it is: a name only right before
        if lower in ENGLISH_FUNCTION_WORDS:
            return False
    return False


_RECURS = re.compile(
    word_start([re.escape(w).replace("-", r"\s+") for w in RECURRENCE_WORDS], ignore_case=True, not_after=r"[\w-]")
    + r"(?![\w-])",
    re.IGNORECASE,
)
"""A word saying the event happens again ("again", "once more")."""


_COUNTED = re.compile(
    rf"(?<![\w-])(?:(?:\d+|{alternation(CARDINAL_WORDS)}|{alternation(GROUP_QUANTIFIERS)})\s+times"
    rf"|{alternation(REPEAT_COUNT_WORDS)})(?![\w-])(?:\s+(?P<next>[a-z]+))?",
    re.IGNORECASE,
)
"""A count of occurrences ("twice", "3 to 4 times", "several times"; ``lexicon.REPEAT_COUNT_WORDS``), with the word
after it, which may make it a multiplier instead ("twice as many", "three times higher": :func:`_counted`)."""


_STAGE = re.compile(
    rf"(?<![\w-])(?P<stage>{alternation(STAGE_WORDS)}|{ordinal(3)})\s+(?P<next>[a-z]+)\b",
    re.IGNORECASE,
)
"""A word naming a stage (an ordinal too) before the word it ranks ("at first reading", "a second vote")."""


_NOT_COUNTED_AFTER_ORDINAL = frozenset(["half", "quarter", "place"])
"""Words after an ordinal that rank or divide something rather than name a stage or an occurrence ("second
half"); function words after it ("second in the table") and superlatives ("second largest") do not either."""


_DAY_LEAD = frozenset(["on", "last", "this", "next", "by", "early", "late", "until", "from"])
"""Words that lead up to a day ("on Tuesday", "late last Tuesday"), read past to the words before them."""


_PLACE_LEAD = frozenset(["at", "in"])
"""Words before a name that make it the place where the event was ("at Kesby Town Hall", "in Tarn"), not what it
was done to or by."""


ACT_REACH = 80
"""Characters after a day searched for the clause verb of :attr:`Occurrence.act`."""


_ACT = re.compile(
    rf"\b(?:to|{alternation(MODAL_VERBS)})"
    r"\s+(?:(?:not|no|longer|also|still|be|been|have)\s+)*(?P<act>[\w’'\-]+)"
)
"""The word after "to" or a modal, "not", "be" and the like read past: the verb of its clause if it is one."""


def occurrence_of(body: str, q: Quantity, sentence: Span, verb: str = "") -> Occurrence:
    """What tells which occurrence of its event a day dates (see :class:`Occurrence`; ``verb``: the day's verb,
    ``Fact.verb``)."""
    stages = _stages(body, sentence)
    act = act_after(body, q, sentence, verb_first=True)
    return Occurrence(
        recurs=bool(stages - STAGE_WORDS) or _recurs(body, q, sentence, verb),
        again=_RECURS.search(body, sentence.start, sentence.end) is not None,
        stages=stages,
        named=named_before(body, q, sentence),
        act=act if act[0] else _motion_before(body, q, sentence),
        later=later_words(body, q, sentence),
        decision=_decision(body, q, sentence, act),
    )


_DECISION = re.compile(rf"\b(?:{'|'.join(DECISION_VERBS)})\b")


def _decision(body: str, q: Quantity, sentence: Span, act: tuple[str, str]) -> tuple[str, str]:
    """What a body decided on the day ``q`` (:attr:`Occurrence.decision`): a decision verb in the day's clause before
    it, then the act after the day or, where none stands there, the decision verb's object, a noun made of a verb
    with what it acts on ("approved the closure of the Kesby library on Tuesday": ``closur``, ``library``)."""
    start = max(sentence.start, q.span.start - TALLY_REACH_AFTER)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, start, q.span.start)]
    verb = _DECISION.search(body, breaks[-1] if breaks else start, q.span.start)
    if verb is None:
        return "", ""
    if act[0] and act[1]:
        return act
    tokens = [t.lower() for t in OBJECT_TOKEN.findall(body, verb.end(), q.span.start)]
    nouns = [stem(t) for t in tokens if t not in NOUN_PHRASE_DETERMINERS][:1]
    if not nouns or not _made_of_a_verb(nouns[0]):
        return "", ""
    return nouns[0], _object_head(body, verb.end(), sentence)


_MOTION_BEFORE = re.compile(rf"\b(?:{'|'.join(MOTION_NOUNS)})\s+(?:on|to)\s+(?P<act>[a-z]+)\b")
"""A motion and what it acts on, before a day that dates it ("the vote on closing the pool, held on Tuesday, passed
7-2": ``clos``, ``pool``; :data:`newsfuse.lexicon.MOTION_NOUNS`)."""


def _motion_before(body: str, q: Quantity, sentence: Span) -> tuple[str, str]:
    """The act of the last motion named before a day in its sentence (:data:`_MOTION_BEFORE`), where no act stands
    after the day, and the head of what it acts on, both stemmed; empty where none is named."""
    found = list(_MOTION_BEFORE.finditer(body, sentence.start, q.span.start))
    if not found or found[-1].group("act") in ENGLISH_FUNCTION_WORDS:
        return "", ""
    return stem(found[-1].group("act")), _object_head(body, found[-1].end(), sentence)


_OTHER_TIME = re.compile(rf"\b(?:{alternation(OTHER_TIME_OPENERS)})\b", re.IGNORECASE)


def later_words(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The stemmed words of the clause of another time after the value (:attr:`Occurrence.later`), up to its end."""
    opener = _OTHER_TIME.search(body, q.span.end, sentence.end)
    if opener is None:
        return frozenset()
    end = CLAUSE_END.search(body, opener.end(), sentence.end)
    return frozenset(stem(w) for w in WORD.findall(body, opener.end(), end.start() if end else sentence.end))


def _recurs(body: str, q: Quantity, sentence: Span, verb: str = "") -> bool:
    """Whether a word saying the event happens again stands in the day's clause or before the day: one after the day
    behind a clause break (:data:`CLAUSE_BREAK`) qualifies another phrase ("voted on Tuesday to close the library,
    another blow to the village"), unless its clause's verb after a modal or "to" is the day's act (``verb``, a
    phrasal verb's words read as it: ``fact_phrasal.as_act``): "held talks with Berg on Tuesday and will meet him
    again", "voted on Tuesday and will vote again in May" tell of more than one such event."""
    if _RECURS.search(body, sentence.start, q.span.start) is not None or _counted(body, sentence.start, q.span.start):
        return True
    m = _RECURS.search(body, q.span.end, sentence.end)
    if m is not None:
        breaks = list(CLAUSE_BREAK.finditer(body, q.span.end, m.start()))
        if not breaks:
            return True
        again = _ACT.search(body, breaks[-1].start(), m.start())
        if verb and again is not None and as_act(stem(again.group("act")), verb) == verb:
            return True
    end = CLAUSE_BREAK.search(body, q.span.end, sentence.end)
    return _counted(body, q.span.end, end.start() if end else sentence.end)


def _counted(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` counts the event's occurrences (:data:`_COUNTED`: "voted twice on the plan", "met
    three times"), not as a multiplier: the word after the count is no word of ``lexicon.MULTIPLIER_AFTER`` and no
    comparative ("twice as many", "three times the size", "three times higher")."""
    for m in _COUNTED.finditer(body, start, end):
        after = (m.group("next") or "").lower()
        if after not in MULTIPLIER_AFTER and not (after.endswith("er") and after not in ENGLISH_FUNCTION_WORDS):
            return True
    return False


def _stages(body: str, sentence: Span) -> frozenset[str]:
    """The stage words and ordinals of a sentence standing before a word they rank, lower case ("1st" as written;
    see :data:`_NOT_COUNTED_AFTER_ORDINAL`)."""
    found = set()
    for m in _STAGE.finditer(body, sentence.start, sentence.end):
        after = m.group("next")
        if (
            after not in ENGLISH_FUNCTION_WORDS
            and after not in _NOT_COUNTED_AFTER_ORDINAL
            and not after.endswith("est")
        ):
            found.add(m.group("stage").lower())
    return frozenset(found)


def named_before(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The capitalised words between the day and the nearest lower-case word before it (see
    :attr:`Occurrence.named`); none where they run to the sentence's start or follow a word naming a place
    (:data:`_PLACE_LEAD`: "voted 7-2 in Tarn on Tuesday" names where, not what)."""
    named: list[str] = []
    for word in reversed(LETTER_WORD.findall(body, sentence.start, q.span.start)):
        if not named and word in _DAY_LEAD:
            continue
        if not word[0].isupper():
            return frozenset(named) if word not in _PLACE_LEAD else frozenset()
        named.append(word.lower())
    return frozenset()


_GERUND_OF = re.compile(r"\s+(?P<act>[a-z]+ing)\s+of\b")
"""A verb's "-ing" noun and "of" right after a value: the act it is the cost or count of ("a $3 billion widening of
the ring road": ``widen``, ``road``)."""


def act_after(
    body: str, q: Quantity, sentence: Span, verb_first: bool = False, gerund: bool = False
) -> tuple[str, str]:
    """The verb after "to" or a modal in the clause right after the day, and the head of the noun phrase it acts on,
    both stemmed; empty where none stands within :data:`ACT_REACH` characters before a semicolon (the next clause
    after one tells of its own subject: "will close 150 branches; most will become flats") or the word there is a
    function word or a name ("to the council", "to Leeds"); the head empty where a pronoun or no noun follows ("to
    shut it"). With ``verb_first`` (a day), where no such verb stands there, a past verb right after the value
    whose object opens with a determiner is the act ("on Tuesday approved the closure of the pool": ``approv``,
    ``pool``; :func:`_verb_right_after`). With ``gerund`` (a count or an amount), where none stands there, a verb's
    "-ing" noun and "of" right after the value are the act and what it acts on (:data:`_GERUND_OF`)."""
    end = min(sentence.end, q.span.end + ACT_REACH)
    clause_end = body.find(";", q.span.end, end)
    end = clause_end if clause_end >= 0 else end
    m = _ACT.search(body, q.span.end, end)
    while m is not None and m.group("act").lower() in CARDINAL_WORDS:  # "by seven votes to two to close": a tally
        m = _ACT.search(body, m.end(), end)
    if m is None and verb_first:
        m = _verb_right_after(body, q)
    if m is None and gerund:
        m = _GERUND_OF.match(body, q.span.end, end)
    if m is None:
        return "", ""
    act = m.group("act")
    if not act.islower() or act in ENGLISH_FUNCTION_WORDS:
        return "", ""
    return stem(act), _object_head(body, m.end(), sentence)


def _object_head(body: str, start: int, sentence: Span) -> str:
    """The head of the noun phrase from ``start``, stemmed: its last word before a function word or a mark, past a
    determiner; a noun made of a verb is read through its "of" ("the closure of the Kesby swimming pool": ``pool``);
    empty where no noun follows."""
    phrase: list[str] = []
    tokens = OBJECT_TOKEN.findall(body, start, min(sentence.end, start + ACT_REACH))
    for token in tokens:
        lower = token.lower()
        if not phrase and lower in NOUN_PHRASE_DETERMINERS:
            continue
        if lower == "of" and len(phrase) == 1 and _made_of_a_verb(stem(phrase[0])):
            phrase = []
            continue
        if not token[0].isalnum() or lower in ENGLISH_FUNCTION_WORDS:
            break
        phrase.append(lower)
    return stem(phrase[-1]) if phrase else ""


_VERB_AFTER = re.compile(r"\s+(?P<act>[a-z]+)\s+(?P<det>[a-z]+)\b")


def _verb_right_after(body: str, q: Quantity) -> re.Match[str] | None:
    """The past verb right after a value whose object opens with a determiner ("on Tuesday approved the closure"),
    as a match whose ``act`` group is the verb and whose end is the determiner's start; None otherwise."""
    m = _VERB_AFTER.match(body, q.span.end, min(len(body), q.span.end + 40))
    if m is None or not is_past_form(m.group("act")) or m.group("det") not in NOUN_PHRASE_DETERMINERS:
        return None
    return _VERB_ONLY.match(body, q.span.end)


_VERB_ONLY = re.compile(r"\s+(?P<act>[a-z]+)")


def _made_of_a_verb(noun: str) -> bool:
    """Whether a stemmed noun ends in an ending of ``lexicon.NOUN_ENDINGS`` after a stem of
    :data:`MIN_VERB_STEM` letters ("closur", "approval"): it names an act, and what it acts on follows "of"."""
    return any(noun.endswith(e) and len(noun) - len(e) >= MIN_VERB_STEM for e in NOUN_ENDINGS)


def noun_of_a_verb(noun: str, words: frozenset[str]) -> bool:
    """Whether a stemmed noun is made of one of ``words`` (stems) by an ending of ``lexicon.NOUN_ENDINGS``
    ("closur" of ``clos``, "approval" of ``approv``)."""
    return any(
        noun.endswith(e) and len(noun) - len(e) >= MIN_VERB_STEM and noun[: -len(e)] in words for e in NOUN_ENDINGS
    )


MIN_VERB_STEM = 3
"""Fewest letters of a verb's stem that a noun made of it (``lexicon.NOUN_ENDINGS``) must start with."""


def other_occurrences(a: Fact, b: Fact) -> bool:
    """Whether two days' sentences tell of two occurrences of one kind of event (``lexicon.recurrence``): the
    tallies they date differ (a vote has one tally), or are one but the motions after the days act on different
    things (:func:`other_motions`), one says the event happens again, they name different
    stages of a process ("at first reading" / "final approval"), the names the event was done to differ ("beat Tarn
    Town" / "beat Dale City"), or the clauses after the days do different things to different things
    (:func:`other_acts`; "to close the library" / "to shut the library" is one act in two words)."""
    if a.tally and b.tally and a.tally != b.tally:
        return True  # "voted 7-2 on Monday" / "voted 5-4 on Tuesday": a vote has one tally
    if a.tally and b.tally and other_motions(a, b):
        return True  # "7-2 on Monday to close the library" / "7-2 on Tuesday to close the pool": two motions
    x, y = a.occurrence, b.occurrence
    if x is None or y is None:
        return False
    if x.recurs or y.recurs:
        return True
    if x.stages and y.stages and not x.stages & y.stages:
        return True
    if x.named and y.named and not x.named & y.named:
        return True
    return other_acts(a, b)


def other_acts(a: Fact, b: Fact) -> bool:
    """Whether the clauses after two values do different things to different things (:attr:`Occurrence.act`: "$2.4
    billion to build a rail link" / "$3.1 billion to widen the ring road"; "may not sell the water rights" / "must
    repay the fees"): the verbs differ, neither among the other's words (but those of a clause of another time,
    :attr:`Occurrence.later`: "to sell the building once it has closed" / "to close the library"), and so do their
    objects' heads."""
    x, y = a.occurrence, b.occurrence
    if x is None or y is None:
        return False
    (act_x, on_x), (act_y, on_y) = x.act, y.act
    if not (act_x and act_y and on_x and on_y) or act_x == act_y or on_x == on_y:
        return False
    return act_x not in b.words - y.later and act_y not in a.words - x.later


def other_motions(a: Fact, b: Fact) -> bool:
    """Whether two tallies of votes are on motions acting on different things (:attr:`Occurrence.act`'s heads: "voted
    7-2 to close the library" / "voted 5-4 to close the swimming pool"): two votes, whatever the verbs (one body
    votes to close two things on one night); neither head among the other's words ("7-2 to close the library" / "6-3
    to shut it, the library ...": one)."""
    x, y = a.occurrence, b.occurrence
    if x is None or y is None:
        return False
    on_x, on_y = x.act[1], y.act[1]
    return bool(on_x and on_y and on_x != on_y and on_x not in b.words and on_y not in a.words)
