"""Words that tell two occurrences of one kind of event apart: it happens again, at another stage, on another act.

One body, one tally and one verb on two days are one vote only where nothing
says the event recurs: a council may pass a bylaw 5-4 at first reading and
5-4 again at final approval, a court rule 6-3 in two cases, a team win 2-1
twice in a week (:mod:`newsfuse.compare.conflicts`). A sentence that says its
event happens again (:data:`RECURRENCE_WORDS`: "won 2-1 again on Tuesday",
"another 6-3 ruling"; an ordinal above the first before a noun, "a second
vote", reads the same), two sentences naming different stages of a process
(:data:`STAGE_WORDS`: "at first reading" / "final approval"), and two clauses
after the day whose verbs differ after "to" or a modal
(:data:`MODAL_VERBS`: "to close the library" / "to sell the library"; "may
not sell" / "must repay") tell of two occurrences. Chosen by meaning, not
from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = [
    "CONDITIONAL_WORDS",
    "INFINITIVE_VERBS",
    "MODAL_VERBS",
    "MULTIPLIER_AFTER",
    "OTHER_TIME_OPENERS",
    "RECURRENCE_WORDS",
    "REPEAT_COUNT_WORDS",
    "STAGE_WORDS",
]

RECURRENCE_WORDS: frozenset[str] = words("again anew another once-more repeat rerun replay")
"""Words saying an event happens again ("once-more": "once more" written as one token by the reader)."""

REPEAT_COUNT_WORDS: frozenset[str] = words("twice thrice repeatedly")
"""Words counting an event's occurrences: "voted twice on the plan last year" dates two votes, no one of them. A
number or a quantifier of a group (``lexicon.GROUP_QUANTIFIERS``) before "times" counts them too ("voted 3 to 4
times", "met several times")."""

MULTIPLIER_AFTER: frozenset[str] = select(
    "as more less the that a an its their his her our what", ENGLISH_FUNCTION_WORDS
)
"""Words after "twice" or "N times" that make it a multiplier, not a count of occurrences ("twice as many", "three
times the size", "three times more"); a comparative after it reads the same ("three times higher"). A selection of
the function words."""

STAGE_WORDS: frozenset[str] = words("first initial preliminary provisional interim final")
"""Words naming the stage of a process an event is (an ordinal above the first also names one, read from
``ORDINAL_WORDS``)."""

MODAL_VERBS: frozenset[str] = select(
    "can cannot can't could may might must shall should will won't would", ENGLISH_FUNCTION_WORDS
)
"""Modal verbs: the word after one (past "not", "be", "have") is the verb of its clause."""

INFINITIVE_VERBS: frozenset[str] = words(
    """
    expected forced ordered asked allowed scheduled voted agreed decided planned tried wanted refused failed aimed
    hoped needed sought vowed pledged promised threatened intended prepared chose began started continued attempted
    offered opted managed urged wished proposed appeared seemed claimed volunteered required obliged encouraged
    invited authorised authorized permitted instructed designed meant helped used
    """
)
"""Past forms of verbs that take an infinitive ("voted to close", "was expected to reopen"): the "to" after one
opens an infinitive, whose verb is the clause's act; after any other past form "to" is a preposition ("was closed
to traffic", "was sent to prison"). Chosen by meaning, not from any article."""

CONDITIONAL_WORDS: frozenset[str] = select("if unless", ENGLISH_FUNCTION_WORDS)
"""Words that open a condition ("would evacuate 3,500 people if the fire spread"): a figure of a sentence with one
and a modal verb is what would happen, no outcome; two outlets compare it only with another such figure. A
selection of the function words."""

OTHER_TIME_OPENERS: frozenset[str] = select("once after before until when while", ENGLISH_FUNCTION_WORDS)
"""Words that open a clause of another time after an event ("voted to sell the building once it has closed"): the
clause tells of another occurrence, and its verb is no word of the event's act."""
