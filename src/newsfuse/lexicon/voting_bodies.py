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

__all__ = ["VOTING_BODIES"]

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
