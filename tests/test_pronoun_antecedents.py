"""Who a subject "he"/"she" before a quotation means, where the pronoun's paragraph names the person just
introduced and the article has named someone else of that gender more often (the review of the fourteenth
session, B1: a resolver that weighs salience or a known given name moved these pronouns to the more-named
person). Whatever resolves pronouns (the hand rules' order, or a learned ranker over them), the previous
sentence's named subject stays the speaker here. Invented articles only."""

from __future__ import annotations

import pytest

from newsfuse.article.quotes import extract_quotes
from newsfuse.model import Article

OPENING = "Tal Oren, who runs the Kesby ferry, met officials on Monday. Tal Oren said the meeting was useful.\n\n"
BRIDGE = (
    "Mayor Tal Oren opened the Harwick bridge on Monday. Tal Oren said the bridge had cost $4 million. "
    "Oren thanked the engineers, and Oren cut the ribbon.\n\n"
)
CASES = [
    # a titled official named by title and surname (no given name to read a gender from)
    (OPENING + "Gov. Vell arrived late. He said, “The ferry will get its money.”", "Vell"),
    (OPENING + "President Marr arrived late. He said, “The ferry will get its money.”", "Marr"),
    (OPENING + "Mr. Dunmore, the treasurer, arrived late. He said, “The ferry will get its money.”", "Dunmore"),
    (
        OPENING + "Lord Tavish, the ambassador, echoed Oren, calling the deal fair. He added, “We all gain.”",
        "Lord Tavish",
    ),
    # a speaker just introduced with an apposition, after a paragraph about the article's most-named man
    (
        BRIDGE + "At a dinner that evening, Oren spoke about the town's future. Dario Fenn, the county engineer, "
        "echoed Oren's words, describing the bridge as a triumph. He added, “The piers will last a century.”",
        "Dario Fenn",
    ),
    (
        BRIDGE + "At a dinner that evening, Oren spoke about the town's future. Dario Fenn, the county engineer, "
        "praised the builders. He added, “The piers will last a century.”",
        "Dario Fenn",
    ),
    (
        BRIDGE + "Dario Fenn, the county engineer, echoed Oren's words, describing the bridge as a triumph. "
        "He added, “The piers will last a century.”",
        "Dario Fenn",
    ),
    # the same with a woman, and a given name the table may not hold
    (
        "Ana Vell chairs the Brenmoor council. Ana Vell said the budget was tight. Vell met the unions twice.\n\n"
        "Councillor Quenby arrived late. She said, “The library stays open.”",
        "Quenby",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), CASES)
def test_the_previous_sentences_named_subject_stays_the_speaker(body: str, speaker: str) -> None:
    quotes = extract_quotes(Article(id="x.txt", source="x", body=body))
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
