"""Whose need a figure is: one named one's remaining need, or anyone's total.

A race, a vote or a fund is told in what someone needs: "Ana Vell needs 312
delegates", "she still needs about 40", "a candidate needs 1,450 to win".
A named one's need is what that one lacks, and outlets write it without
"more" as often as with it; anyone's need is the total the rules set. The
two are never one fact ("Ana Vell needs 312" / "a candidate needs 1,450"),
while two outlets' figures of one named one's need, or of anyone's, are.

A need is read (:func:`needed_by`) where a verb of need
(``lexicon.NEED_VERBS``) and up to one word of approximation
(``fact_values.MODIFIERS``) stand right before a count or an amount, within
:data:`NEED_REACH` characters. Its subject, the word before the verb, is:

- a named one's (``one``) where it is capitalised or a subject pronoun
  ("Vell needs", "she still needs": ``lexicon.SUBJECT_PRONOUNS``); a name of
  a body or a campaign is one too ("the Vell campaign needs 290"), compared
  with the named one's;
- anyone's (``any``) where the nearest determiner of its noun phrase, past up
  to :data:`NEED_MODIFIER_WORDS` modifiers, is generic
  (``lexicon.GENERIC_DETERMINERS``: "a candidate", "a Democratic candidate",
  "any new bidder"); a definite one ("the", "his") makes it neither;
- neither (empty) otherwise: the figure is compared as any other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.compare.fact_values import MODIFIERS
from newsfuse.lexicon import ENGLISH_FUNCTION_WORDS, GENERIC_DETERMINERS, NEED_VERBS, SUBJECT_PRONOUNS, alternation

if TYPE_CHECKING:
    from newsfuse.compare.facts import Fact

__all__ = ["NEED_MODIFIER_WORDS", "NEED_REACH", "needed_by"]


_NEED_BEFORE = re.compile(
    rf"\b(?P<subject>[^\W\d_][\w’'\-]*)\s+{alternation(NEED_VERBS)}\s+"
    rf"(?:(?:{'|'.join(re.escape(m) for m in MODIFIERS)})\s+)?(?:\$|£|€)?$"
)
"""A verb of need right before a figure (:data:`newsfuse.lexicon.NEED_VERBS`) and the word before it, its subject
("Ana Vell needs 312", "a candidate needs 1,450", "she still needs about 40")."""


NEED_MODIFIER_WORDS = 2
"""Most words between a determiner and the subject of a need ("a Democratic candidate", "any new bidder")."""

_SUBJECT_OPENING = re.compile(rf"\b((?:[^\W\d_][\w’'\-]*\s+){{1,{NEED_MODIFIER_WORDS + 1}}})$")
"""The words before a need's subject in its noun phrase: its determiner and modifiers ("a Democratic candidate")."""


NEED_REACH = 40
"""Characters before a figure searched for :data:`_NEED_BEFORE`: a subject, "still needs" and a blur."""


def needed_by(f: Fact, body: str) -> str:
    """Who needs a fact's figure, where a verb of need stands right before it (:data:`_NEED_BEFORE`): ``one`` for a
    named one ("Ana Vell needs 312 votes", "she still needs 40"), ``any`` for anyone of a kind (a noun right after
    a determiner of ``lexicon.GENERIC_DETERMINERS``: "a candidate needs 1,450 votes"), empty otherwise ("the Vell
    campaign needs 290": one, compared with the named one's). A named one's need is what they lack, written without
    "more" as often as with it; anyone's is the total: the two are never one fact."""
    if f.cls[0] not in ("number", "money"):
        return ""
    start = f.quantity.span.start
    m = _NEED_BEFORE.search(body, max(0, start - NEED_REACH), start)
    if m is None:
        return ""
    subject = m.group("subject")
    if subject[:1].isupper() or subject in SUBJECT_PRONOUNS:
        return "one"
    return "any" if _generic(body, m.start("subject")) and subject not in ENGLISH_FUNCTION_WORDS else ""


def _generic(body: str, subject: int) -> bool:
    """Whether the noun phrase of a need's subject opens with a determiner of anyone of a kind: the nearest
    determiner before it, past up to :data:`NEED_MODIFIER_WORDS` modifiers, is one of ``lexicon.GENERIC_DETERMINERS``
    ("a candidate", "a Democratic candidate"; not "the Vell campaign")."""
    m = _SUBJECT_OPENING.search(body, max(0, subject - NEED_REACH), subject)
    for word in reversed(m.group(1).split() if m else []):
        if word.lower() in GENERIC_DETERMINERS:
            return True
        if word.lower() in ENGLISH_FUNCTION_WORDS:
            return False  # "the", "his", "of": a definite or another phrase
    return False
