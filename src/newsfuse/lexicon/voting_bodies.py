"""Nouns of the bodies that vote, and of their members, each to the body it names.

Two outlets that give one tally of votes on two days ("passed 7-2 on
Tuesday" / "voted 7-2 on Monday") report one vote only where they do not name
two different bodies: a council and a library's board may both vote 7-2 in
one week (:mod:`newsfuse.compare.conflicts`). A member noun names its body
("councillors voted" is the council voting, "the justices ruled 5-4" the
court), so the two ways of telling one vote agree. Generic nouns that name no
one body ("members", "lawmakers", "voters") and titles often held outside a
voting body ("minister", "governor", "director", "judge") are left out: they
neither confirm nor deny a body. Chosen by meaning from the bodies that hold recorded
votes (legislatures, councils, boards, courts, juries, shareholders), not from
any article.
"""

from __future__ import annotations

__all__ = ["DECISION_VERBS", "MOTION_NOUNS", "MOTION_VERBS", "SPLIT_WORDS", "TALLY_LEADS", "VOTING_BODIES"]

_BY_BODY: dict[str, str] = {
    "assembly": "assembly assemblyman assemblywoman",
    "board": "board trustee regent supervisor",
    "cabinet": "cabinet",
    "caucus": "caucus",
    "commission": "commission commissioner",
    "committee": "committee",
    "congress": "congress congressman congresswoman",
    "council": "council councillor councilor councilman councilwoman alderman aldermen",
    "court": "court justice",
    "house": "house",
    "jury": "jury juror",
    "legislature": "legislature legislator",
    "panel": "panel",
    "parliament": "parliament mp",
    "senate": "senate senator",
    "shareholders": "shareholder stockholder",
    "tribunal": "tribunal",
}

VOTING_BODIES: dict[str, str] = {noun: body for body, nouns in _BY_BODY.items() for noun in nouns.split()}
"""Noun of a voting body or of its member (singular, lower case) -> the body it names."""

MOTION_VERBS: tuple[str, ...] = ("passed", "carried", "failed", "was approved", "was adopted", "was rejected")
"""What a motion or a vote does by its tally ("the vote, held on Tuesday, passed 7-2"; "the motion was carried
5-4")."""

MOTION_NOUNS: tuple[str, ...] = ("vote", "motion", "decision", "proposal")
"""Nouns of a motion put to a vote, before what it acts on ("the vote on closing the library", "a motion to close
the library")."""

DECISION_VERBS: tuple[str, ...] = ("voted", "approved", "backed", "agreed", "decided", "endorsed", "adopted")
"""Past verbs of a body deciding to do a thing ("voted on Monday to close the library", "approved the closure of the
library on Tuesday"): one decision on one thing is made once."""

SPLIT_WORDS: tuple[str, ...] = ("split", "divided")
"""Words of a group split on a question ("voters split 48-52 on the park"): the shares of one question, another
question's shares being another split."""

TALLY_LEADS: tuple[str, ...] = (
    *DECISION_VERBS,
    *(verb for verb in MOTION_VERBS if " " not in verb),
    "rejected",
    "defeated",
    "beat",
    "won",
    "lost",
    *SPLIT_WORDS,
)
"""Words right before a pair of counts that make it a tally of votes or of a match in either order ("voted 7 to 4",
"voted 4 to 7 against", "the motion failed 3-6", "lost 1-2 to Dale City", "voters split 48-52 on the park"): a range
has no place after a verb of deciding, of a contest's outcome or of a split, and outlets write the losing side first
where a motion failed or a side lost."""
