"""What a count says was done to the things it counts, where it picks a set out: its predicate, part of its fact.

A count names a set by its noun and by what was done to it. News about one
body of things (an audit of permits, a flood's victims) counts several
sets of one noun, and where it does it says which set with a clause after
the noun: "700 permits that were approved on Friday", "57 permits now
marked void", "31 permits that were not on the list", "the 2,600 permits
filed by Ana Vell", "the 2,600 permits Ana Vell filed". Each such
count is of its own set; another count of the noun told with another act is
another fact about one body of things, not another value of one.

The clause is read where news writes it to restrict (:func:`restriction_of`):
a relative pronoun (``lexicon.SET_CLAUSE_RELATIVES``) and auxiliaries or
adverbs before the participle, or adverbs alone ("now marked"; both from
``lexicon.SET_CLAUSE_AUXILIARIES``, ``lexicon.SET_CLAUSE_ADVERBS``); a
negated one gives the set of what was not done (:data:`NOT_DONE`); a
relative clause with a subject of its own (a name or "he", "she", "they")
and a past form; a participle and its agent ("provided by"). A passive main
clause ("3,500 residents were forced from their homes", "18 firefighters were
hurt") is the sentence's own news, which outlets tell in other verbs: it
restricts nothing and is not read.

Two counts are of other sets (:func:`other_predicates`) where one is
restricted and the act of its clause is not the other's: not the other's
restricting act, not the verb whose object the other is (``Fact.verb``:
"has marked 410 of those permits void" / "700 permits that were
approved"), and, where the other has neither, not among its window words
or the verbs its nouns are made of ("were evacuated" / "the evacuation
of"). One act is the same verb, two verbs of one outcome
(``lexicon.ONE_OUTCOME_VERBS``) or near synonyms
(:func:`newsfuse.compare.near_synonyms.near_synonyms`); a word of the other's
window is not enough where the other has an act of its own ("marked 410
permits void and will not review them for approval" has "approval" of
another clause).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.article.stems import stem
from newsfuse.compare.fact_outcome_verbs import one_outcome
from newsfuse.compare.fact_text import CLAUSE_BREAK
from newsfuse.compare.near_synonyms import near_synonyms
from newsfuse.lexicon import (
    CONJUNCTIONS,
    ENGLISH_FUNCTION_WORDS,
    MODAL_VERBS,
    PASSIVE_AUXILIARIES,
    REPORTING_VERBS,
    SET_CLAUSE_ADVERBS,
    SET_CLAUSE_AUXILIARIES,
    SET_CLAUSE_RELATIVES,
    SUBJECT_PRONOUNS,
    alternation,
    is_past_form,
)
from newsfuse.model import Quantity, Span

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = ["NOT_DONE", "NOUN_WORDS", "other_predicates", "restriction_of"]

NOT_DONE = "not"
"""The predicate of a set defined by what was not done to it ("31 permits that were not on the list")."""

NOUN_WORDS = 4
"""Most words of a count's noun phrase after its figure before the clause that restricts it ("2,600 permits of the
firm filed by")."""

_NOT_NOUN = alternation(
    CONJUNCTIONS | SET_CLAUSE_RELATIVES | SET_CLAUSE_AUXILIARIES | SET_CLAUSE_ADVERBS | MODAL_VERBS | {"to"}
)
_NOUN = rf"(?:\s+(?!{_NOT_NOUN}\b)[^\W\d_][\w’'\-]*){{0,{NOUN_WORDS}}}?"
_CHAIN = alternation(SET_CLAUSE_AUXILIARIES | SET_CLAUSE_ADVERBS)
_SET_CLAUSE = re.compile(
    rf"{_NOUN}\s+(?:(?P<relative>{alternation(SET_CLAUSE_RELATIVES)})\s+)?(?P<chain>(?:{_CHAIN}\s+){{1,4}})"
    r"(?P<verb>[a-z][a-z\-]*)\b"
)
"""A count's noun, then a relative pronoun, auxiliaries and adverbs, then the next word: the participle where it is
one (see :func:`_set_clause`)."""
_OWN_SUBJECT = re.compile(
    rf"{_NOUN}\s+(?:(?:that|which)\s+)?(?:(?:[A-Z][\w’'\-]*\s+){{1,3}}|{alternation(SUBJECT_PRONOUNS)}\s+)"
    r"(?:(?:had|has|have)\s+)?(?P<verb>[a-z][a-z\-]*)\b"
)
"""A relative clause with its own subject after a count's noun: a name or a pronoun and a past form ("2,600 permits Ana
Vell filed")."""
_AGENT = re.compile(rf"{_NOUN}\s+(?P<verb>[a-z][a-z\-]*)\s+by\b")
"""A participle and its agent after a count's noun ("permits filed by Ana Vell")."""
_BE = frozenset(PASSIVE_AUXILIARIES)
_RELATIVE_ONLY = frozenset(SET_CLAUSE_AUXILIARIES)
"""Any of these in the chain after a noun with no relative pronoun makes it a main clause's verb ("3,500 residents
were forced", "12 soldiers were also killed"), which restricts nothing; adverbs alone before a participle ("now
marked") restrict."""


def _set_clause(body: str, q: Quantity, end: int) -> str:
    """The predicate of a relative clause or of adverbs and a participle after a count's noun, stemmed
    (:data:`NOT_DONE` for a negated one); empty where none stands there."""
    m = _SET_CLAUSE.match(body, q.span.end, end)
    if m is None:
        return ""
    opening = m.start("relative") if m.group("relative") else m.start("chain")
    if CLAUSE_BREAK.search(body, q.span.end, opening) is not None:
        return ""  # a break before the clause ("which" and "who" are breaks themselves: read up to them)
    chain = m.group("chain").split()
    if m.group("relative") is None and any(w in _RELATIVE_ONLY for w in chain):
        return ""  # "3,500 residents were (also) forced from their homes": the sentence's own verb
    verb = m.group("verb")
    passive = any(w in _BE for w in chain)
    if verb not in ENGLISH_FUNCTION_WORDS and verb not in REPORTING_VERBS and (is_past_form(verb) or passive):
        return stem(verb)
    return NOT_DONE if NOT_DONE in chain else ""


def restriction_of(body: str, q: Quantity, sentence: Span) -> str:
    """The act of the clause after a count's noun that says which of them it counts (see the module docstring),
    stemmed; empty where none does."""
    found = _set_clause(body, q, sentence.end)
    if found:
        return found
    for pattern in (_OWN_SUBJECT, _AGENT):
        m = pattern.match(body, q.span.end, sentence.end)
        verb = m.group("verb") if m is not None else ""
        if m is None or not is_past_form(verb) or verb in REPORTING_VERBS:
            continue
        if not CLAUSE_BREAK.search(body, q.span.end, m.start("verb")):
            return stem(verb)
    return ""


def _one_act(x: str, y: str) -> bool:
    """Whether two acts (stemmed) are one (see the module docstring)."""
    if x == y:
        return True
    if NOT_DONE in (x, y):
        return False
    return one_outcome(x, y) or near_synonyms(x, y)


def other_predicates(a: Fact, b: Fact) -> bool:
    """Whether two counts are of other sets: one is restricted (``Fact.restricted``) by an act that is not the
    other's (see the module docstring)."""
    for x, y in ((a, b), (b, a)):
        if not x.restricted:
            continue
        acts = [act for act in (y.restricted, y.verb) if act]
        if acts and not any(_one_act(x.restricted, act) for act in acts):
            return True
        if not acts and x.restricted not in y.words | y.roots:
            return True
    return False
