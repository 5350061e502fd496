"""What a day dates: the thing its verb acts on, and a scheduled event by its noun or by the verb of its start.

Two outlets date one act in other verbs of that act ("the report was
published on Tuesday" / "was issued on Wednesday",
``lexicon.ONE_OUTCOME_VERBS``); they date two acts where the verbs act on
two things ("the report was published" / "a summary of the report was
issued"). :func:`dated` reads, for a day, the head noun of what its clause's
verb acts on (``Fact.dated[0]``):

- for a passive ("was issued"), a verb of an event's start ("will begin",
  ``lexicon.START_VERBS``) or a word of its day ("is due on",
  ``lexicon.SCHEDULE_WORDS``), its subject: "A summary of the report was issued"
  acts on ``summary``, "Jurors in the trial will begin" on ``juror``;
- for an active past verb, its object: "The inquiry issued its report"
  acts on ``report``, "issued its reply to the report" on ``reply``.

A head is the last word of the noun phrase before its first preposition
(``lexicon.PREPOSITIONS``), in lower case (a name is no thing acted on: "Ann
Holt was sworn in" reads none; a clause's one capitalised word before its
verb is a noun: "Figures from the inquiry were released"), read with its
qualifiers (the words in lower case before it, after a possessive: "the
inquiry's final report"; a figure's measure, "312-page", is none). Two days
are two acts where both read a thing and the heads differ, whatever the
verbs, or both are qualified and share no qualifier ("the final
report" / "the draft report"; :func:`other_things_dated`).

A scheduled event is dated by its start (``Fact.dated[1]``): the day of "the
trial will begin on June 3" and of "goes on trial on June 10" is the trial's,
one event whatever the verbs (:func:`one_scheduled_event`). An event is
scheduled where its noun is one of ``lexicon.SCHEDULED_EVENT_NOUNS`` and it is
either the subject of a verb of its start or of a word of its day ("the
inquest is due on March 10"; not "is due to resume"), or the nearest word in lower case
before the day after a verb that puts one on it (``lexicon.ON_EVENT_VERBS``: "goes on trial at Esker Crown
Court on June 10", "will stand trial"), or in a clause with no verb. A day after
another verb of the event ("is expected to end on June 24", "will be held on
June 10") dates no start, and a noun of a part of the event ("jury selection
in the trial will start") is no event.

What a day dates also stands right before it: its **event word**, the nearest
word in lower case before it (``Fact.word_before``: "voted on Tuesday", "the
flight on Thursday"); what follows is often a clause about something else ("…
on Monday that would raise fees"). Two days date one happening where their
event words are one word (:func:`same_event`), each is among the other's words
(:func:`crossed`), and, where only crossed, one of them is its sentence's verb
(:func:`verb_crossed`). A vote happens once: two days right after one tally of
votes date one vote (:func:`one_tally`), unless they name other voting bodies
(:func:`two_votes`); a body decides one act on one thing once
(:func:`one_decision`). Two days whose sentences give one figure date one
matter (:func:`same_matter`), unless one dates a statement and the other lies
after its article's date (:func:`ahead_of_statement`). ``compare.conflicts``
decides with these readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfuse.article.stems import stem
from newsfuse.compare.fact_occurrences import noun_of_a_verb
from newsfuse.compare.fact_outcome_verbs import one_outcome
from newsfuse.compare.fact_phrasal import as_act
from newsfuse.compare.fact_text import CLAUSE_BREAK, WORD
from newsfuse.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    MODAL_VERBS,
    ON_EVENT_VERBS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    SCHEDULE_WORDS,
    SCHEDULED_EVENT_NOUNS,
    SET_CLAUSE_AUXILIARIES,
    START_VERBS,
    is_past_form,
)
from newsfuse.model import Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = [
    "act_words",
    "ahead_of_statement",
    "crossed",
    "dated",
    "in_its_past",
    "one_act",
    "one_decision",
    "one_party",
    "one_scheduled_event",
    "one_tally",
    "other_things_dated",
    "same_event",
    "same_matter",
    "two_votes",
    "verb_crossed",
]

_STARTS = frozenset(stem(w) for w in START_VERBS)
"""Verbs of an event's start, stemmed (as ``Fact.verb`` is)."""
_EVENTS = frozenset(stem(w) for w in SCHEDULED_EVENT_NOUNS)
"""Nouns of scheduled events, stemmed."""
_AUXILIARIES = SET_CLAUSE_AUXILIARIES | MODAL_VERBS
"""Words that open a clause's verb ("was", "will", "has")."""


def _head(words: list[str]) -> str:
    """The head of a noun phrase, stemmed, with its qualifiers: its last word before its first preposition, where
    written in lower case and no function word (or where it is the clause's one word before its verb: "Figures from
    … were released"), and the words in lower case before it after the phrase's last possessive ("the inquiry's
    final report": ``report final``); empty otherwise (a name, "Ann Holt")."""
    phrase = []
    for word in words:
        if word.lower() in PREPOSITIONS:
            break
        phrase.append(word)
    last = phrase[-1] if phrase else ""
    opening = len(phrase) == 1 and len(words) > 1  # "Figures from the inquiry were released"
    if not last or (last != last.lower() and not opening) or last.lower() in ENGLISH_FUNCTION_WORDS:
        return ""
    owner = max((n for n, w in enumerate(phrase) if w.endswith(("'s", "’s"))), default=-1)
    qualifiers = sorted(stem(w) for w in phrase[owner + 1 : -1] if w == w.lower() and w not in ENGLISH_FUNCTION_WORDS)
    return " ".join([stem(last.lower().removesuffix("'s").removesuffix("’s")), *qualifiers])


def _verb_at(words: list[str]) -> int | None:
    """The index of the first word of a clause's verb: an auxiliary, a modal, a verb of a start or a past form
    written in lower case; None where none stands there."""
    for k, word in enumerate(words):
        if word != word.lower():
            continue
        if word in _AUXILIARIES or word in START_VERBS or is_past_form(word):
            return k
    return None


def _acted_on(words: list[str], k: int) -> tuple[str, bool]:
    """The head of what the verb at ``words[k]`` acts on (see the module docstring), and whether the verb sets the
    subject's day ("will begin", "is due on": a verb of :data:`lexicon.START_VERBS` or a word of
    :data:`lexicon.SCHEDULE_WORDS` after the auxiliaries)."""
    chain = k
    while chain < len(words) and words[chain] in _AUXILIARIES:
        chain += 1
    after = words[chain] if chain < len(words) else ""
    then = words[chain + 1 : chain + 3]  # "is due to open": the verb after "to" must start it ("due to resume" not)
    starts = len(then) > 1 and then[1] in START_VERBS
    sets_day = after in START_VERBS or (chain > k and after in SCHEDULE_WORDS and (then[:1] != ["to"] or starts))
    if sets_day or (chain > k and words[chain - 1] in PASSIVE_AUXILIARIES):
        return _head(words[:k]), sets_day
    if chain == k and is_past_form(words[k]):
        return _head(words[k + 1 :]), False
    return "", False


def dated(body: str, q: Quantity, sentence: Span, verb: str) -> tuple[str, str]:
    """For a day: the head of what its clause's verb acts on and the scheduled event it dates, stemmed (see the module
    docstring; ``verb``: ``Fact.verb``, stemmed); empty where none is read."""
    start = sentence.start
    for m in CLAUSE_BREAK.finditer(body, sentence.start, q.span.start):
        start = m.end()
    words = [m.group() for m in WORD.finditer(body, start, q.span.start) if body[m.start() - 1 : m.start()] != "-"]
    k = _verb_at(words)
    thing, sets_day = _acted_on(words, k) if k is not None else ("", False)
    if thing and as_act(thing.split(" ")[0], verb) == verb != thing.split(" ")[0]:
        thing = ""  # "held talks with the minister": "talks" is a word of the phrasal verb, no thing acted on
    head = thing.split(" ")[0]
    if (sets_day or verb in _STARTS) and head in _EVENTS:
        return thing, head  # "the trial will begin on June 3", "the inquest is due on March 10"
    if k is not None and not any(w.lower() in ON_EVENT_VERBS for w in words[k:]):
        return thing, ""  # "the judge adjourned the trial on June 10": the day of that act, no start
    last = next((w for w in reversed(words) if w == w.lower() and w not in ENGLISH_FUNCTION_WORDS), "")
    return thing, stem(last) if stem(last) in _EVENTS else ""  # "goes on trial at Esker Crown Court on June 10"


def one_scheduled_event(a: Fact, b: Fact) -> bool:
    """Whether two days date the start of one scheduled event ("the trial will begin on June 3" / "goes on trial on
    June 10")."""
    return bool(a.dated[1]) and a.dated[1] == b.dated[1]


def other_things_dated(a: Fact, b: Fact) -> bool:
    """Whether two days date acts on two things, whatever their verbs ("the report was published" / "a summary of the
    report was issued"; "issued its reply to the report"): both read a thing, and the things differ."""
    x, y = a.dated[0].split(" "), b.dated[0].split(" ")
    if not (x[0] and y[0]):
        return False
    return x[0] != y[0] or bool(x[1:] and y[1:] and not set(x[1:]) & set(y[1:]))  # "final report" / "draft report"


def same_event(a: Fact, b: Fact) -> bool:
    """Two days date the same happening: their event words (``Fact.word_before``) are one word, a phrasal verb read
    as its act ("stepped down": ``resign``, :func:`~newsfuse.compare.fact_phrasal.as_act`).

    A day with no lower-case word before it ("On Tuesday, the House voted …")
    dates its whole sentence, and the shared words decide alone. Two verbs of
    one act in other words are one word here
    (:func:`~newsfuse.compare.fact_outcome_verbs.one_outcome`: "landed in
    Oslo on Monday" / "arrived in Oslo on Tuesday").
    """
    before_a = as_act(a.word_before, a.verb) if a.word_before is not None else None  # "stepped down": resign
    before_b = as_act(b.word_before, b.verb) if b.word_before is not None else None
    if before_a is None or before_b is None or before_a == before_b or one_outcome(before_a, before_b):
        return True
    # where both clauses' verbs act on a thing read (``Fact.dated``, one thing: :func:`other_things_dated` says no
    # first), the event is the act, whatever words of the thing stand nearest the day ("issued its 312-page report")
    return bool(a.dated[0] and b.dated[0]) and one_act(a, b)


def one_act(a: Fact, b: Fact) -> bool:
    """Whether two days' verbs (``Fact.verb``, a phrasal verb read as its one-word verb) are one act: the same verb or
    two of one outcome ("met" / "held talks with"; "was published" / "issued"); for counts too, their verb read after
    them ("40 people died" / "55 people were killed")."""
    return bool(a.verb and b.verb) and (a.verb == b.verb or one_outcome(a.verb, b.verb))


def one_party(a: Fact, b: Fact) -> bool:
    """Whether two days' sentences tell of one set of people: one names someone (``Fact.people``), and each person
    either names stands by surname among the other's words ("Ruth Amadi met Lars Berg" / "Amadi held talks with
    Berg"; not "Ruth Amadi held talks with Eva Lind": whom one met tells the meeting apart). Where neither sentence's
    people are read, the capitalised words of one window all stand among the other's words ("Ana Vell met Tal Oren in
    Brenmoor" / "Vell held talks with Oren in Brenmoor")."""
    if not (a.people or b.people):  # names the people reader does not read: the capitalised words of the windows
        names = [f.words - f.common for f in (a, b)]
        return bool(names[0] and names[1]) and (names[0] <= b.words or names[1] <= a.words)
    return all(stem(p[1]) in b.words for p in a.people) and all(stem(p[1]) in a.words for p in b.people)


def act_words(f: Fact) -> frozenset[str]:
    """The window words of a day that tell its act: its verb and the words of its phrasal verb ("held talks with":
    ``held``, ``talk``; :func:`~newsfuse.compare.fact_phrasal.as_act`)."""
    return frozenset(w for w in f.words if as_act(w, f.verb) == f.verb)


def crossed(a: Fact, b: Fact) -> bool:
    """Each fact's event word (``Fact.word_before``) is among the other's words ("voted … on Tuesday" / "passed … on
    Monday by a 7-2 vote"); a fact with none agrees. Read for "since" years too: what the state is, right before
    "since" ("stood empty" / "been fenced off")."""
    before_a, before_b = a.word_before, b.word_before
    return (before_a is None or before_a in b.words) and (before_b is None or before_b in a.words)


def verb_crossed(a: Fact, b: Fact) -> bool:
    """Two days' event words cross (:func:`crossed`) and one of them is its own sentence's verb (``Fact.verb`` or
    ``Fact.passive``), as a passive and an active sentence order one act ("was shut earlier this week" / "shut the
    bridge last month"). Two sentences about one thing share its nouns whatever they tell of it: a plan and a past
    act whose crossing words are only nouns ("finish repairs on the bridge by next week" / "was shut for repairs
    last week") are two happenings."""
    if not crossed(a, b):
        return False
    return any(f.word_before is not None and f.word_before in (f.verb, f.passive) for f in (a, b))


_VOTE = stem("vote")


def _of_a_vote(fact: Fact) -> bool:
    """Whether a day's sentence speaks of a vote: it names a voting body (``Fact.bodies``) or says "vote"."""
    return bool(fact.bodies) or _VOTE in fact.words


def one_tally(a: Fact, b: Fact) -> bool:
    """Two days right after one tally of votes ("passed 7-2 on Tuesday" / "voted 7-2 on Monday"): they date one
    vote, and a vote happens once, whatever verb each outlet tells it with (a tally elsewhere in the sentence may
    be of a vote the day does not date: "after the 7-2 vote, the council will meet on Friday"). Each sentence
    must say it is a vote (a voting body or "vote"): a team that won 2-1 on Saturday may win 2-1 again on
    Tuesday."""
    return bool(a.tally) and a.tally == b.tally and _of_a_vote(a) and _of_a_vote(b)


def two_votes(a: Fact, b: Fact) -> bool:
    """Whether two days date votes of different bodies: a tally or "vote" on both sides, and their sentences name
    different voting bodies (``Fact.bodies``: "Tarn council voted 7-2 on Monday" / "the library's board voted 7-2
    on Tuesday"), whatever else they share. A side naming no body says nothing."""
    if not (a.bodies and b.bodies and a.bodies != b.bodies):
        return False
    return bool(a.tally or _VOTE in a.words) and bool(b.tally or _VOTE in b.words)


def in_its_past(f: Fact) -> bool:
    """Whether a day lies wholly on or before the day its article was written (told as done, not to come); False for
    an article of no date."""
    return f.published is not None and f.high <= f.published.toordinal()


def one_decision(a: Fact, b: Fact) -> bool:
    """Two days, each of its article's past, on which a body decided one act on one thing (``Occurrence.decision``:
    "voted on Monday to close the Kesby library" / "approved the closure of the Kesby library on Tuesday"): a
    decision is made once, whatever verb tells it; both sentences must name one voting body or none."""
    x, y = a.occurrence, b.occurrence
    if x is None or y is None or not (x.decision[1] and x.decision[1] == y.decision[1]):
        return False
    if a.bodies != b.bodies or not (in_its_past(a) and in_its_past(b)):
        return False
    (act_x, _), (act_y, _) = x.decision, y.decision
    return act_x == act_y or noun_of_a_verb(act_x, frozenset([act_y])) or noun_of_a_verb(act_y, frozenset([act_x]))


def same_matter(a: Fact, b: Fact, min_shared: int) -> bool:
    """Two days' sentences give the same figure and share ``min_shared`` words (``conflicts.MIN_SHARED``): they date
    one matter.

    "Regulators warned last week that the reservoir will be empty in 2041"
    and "forecasts issued last month show the reservoir empty by 2041" date
    the same forecast, though one dates it as a statement.
    """
    return bool(a.figures & b.figures) and len(a.words & b.words) >= min_shared


def ahead_of_statement(a: Fact, b: Fact) -> bool:
    """One day dates a statement, the other lies wholly after its own article's date: not one matter.

    A statement reported was made ("the mayor said on Tuesday the stadium
    would bring 1,200 jobs"); a day still to come in its article ("the
    council will vote next month on the stadium") dates something else
    that the figure is about.
    """
    return any(
        statement.statement
        and not other.statement
        and other.published is not None
        and other.low > other.published.toordinal()
        for statement, other in ((a, b), (b, a))
    )
