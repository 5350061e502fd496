"""English words that carry no content, shared by the stages that compare sentences.

Sentence alignment across outlets (:mod:`newsfuse.compare.align`) and summary
support (:mod:`newsfuse.compare.support`) both weigh sentences by the words
that say what happened; function words, attribution verbs ("said",
"according") and honorifics would make any two news sentences look alike.
One list, so the two stages agree on what a content word is. The nouns of
office are shared the same way by entity mentions and speaker attribution.
"""

from __future__ import annotations

__all__ = [
    "AROUND",
    "AT_LEAST",
    "AT_MOST",
    "NEARLY",
    "OFFICE_TITLES",
    "REPORTING_VERBS",
    "SIMILARITY_STOPWORDS",
]

_WORDS = """
a about above according across added adding after again against all along also although am among an and any are
around as at be because been before behind being below between beyond both but by can can't could did didn't do does
doesn't doing don't done down during each even few for from further had has have having he he's her here hers
herself him himself his how however i i'm i've if in into is isn't it it's its itself just may me might mine more
most mr mrs ms must my myself near no nor not now of off on once one only onto or other our ours ourselves out over
own per s said same say says shall she she's should since so some still such t tell than that that's the their
theirs them themselves then there there's these they they're this those though through to told too toward towards
two under until up upon us very via was wasn't we we're we've were what when where whether which while who whom
whose why will with within without won't would yet you your yours yourself yourselves
"""

SIMILARITY_STOPWORDS: frozenset[str] = frozenset(_WORDS.split())
"""Words ignored when two sentences are compared for what they say."""


_OFFICES = """
ambassador attorney candidate ceo chair chairman chairwoman chancellor chief commander commissioner congressman
congresswoman director envoy founder general governor judge justice king leader mayor minister nominee pm pope
premier president prince princess prosecutor queen representative secretary secretary-general senator sheriff
speaker spokesman spokesperson spokeswoman vice-president
"""

OFFICE_TITLES: frozenset[str] = frozenset(_OFFICES.split())
"""Nouns of office that name a person by role ("the president", "the PM"): entity roles and speaker heads alike."""


_REPORTING = """
acknowledge acknowledged add added adding announce announced argue argued ask asked assert asserted claim claimed
comment commented confirm confirmed contend contended declare declared deny denied explain explained insist insisted
note noted reply replied report reported said say saying says state stated tell telling tells told tweet tweeted
warn warned write wrote
"""

REPORTING_VERBS: frozenset[str] = frozenset(_REPORTING.split())
"""Verbs that report speech: a day next to one ("said Tuesday") dates a statement, not the event it is about."""

AT_MOST: tuple[str, ...] = ("up to", "as many as", "fewer than", "less than", "no more than", "at most")
"""Words before a number that cap the value: "up to 200" is 200 or fewer."""
NEARLY: tuple[str, ...] = ("nearly", "almost", "just under", "close to", "approaching")
"""Words before a number that put the value a little below it: "nearly 200" is somewhat under 200."""
AT_LEAST: tuple[str, ...] = (
    "more than",
    "over",
    "at least",
    "upwards of",
    "in excess of",
    "just over",
    "no fewer than",
)
"""Words before a number that make it a floor: "more than 200" is 200 or more."""
AROUND: tuple[str, ...] = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated")
"""Words before a number that make it an estimate either way: "about 200", "roughly 200"."""
