"""The hand patterns that remain, as data: each proposes a speaker mention that the learned scorer weighs.

Why a table: the patterns of :mod:`newsfuse.article.quotes` used to decide
alone, and a pattern's priority was where its ``if`` stood. Now each one only
proposes a mention (the ``rule_pick`` feature of
:mod:`~newsfuse.article.candidates`); the scorer trained on annotated
articles decides. Naming them here, with an invented example each, lets the
tests check every pattern on its example and lets ``benchmarks/quotes.py``
count how often each fires on a run (``Speaker.pattern`` names the pattern
that proposed the chosen mention).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["PATTERNS", "Pattern", "pattern_names"]


class Pattern(NamedTuple):
    """One hand pattern: its name, what it reads, and an invented example with the speaker it gives."""

    name: str
    reads: str
    example: str
    speaker: str


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "cue_after_close",
        "a cue right after the closing mark, its subject before or after it",
        "“The river is rising,” said Nadia Ferreira.",
        "Nadia Ferreira",
    ),
    Pattern(
        "attribution_sentence_after",
        "a short sentence of attribution right after a quotation that ends its sentence",
        "“We are ready.” Olek Bran said so on Monday.",
        "Olek Bran",
    ),
    Pattern(
        "dash_signature",
        "a name after a dash at the end of the quotation's paragraph",
        "“Small towns deserve fast trains.” — Ilse Marten",
        "Ilse Marten",
    ),
    Pattern(
        "cue_before_open",
        "a reporting cue before the opening mark in the same sentence, and its subject",
        "Council member Petra Lund told the meeting: “The budget is broken.”",
        "Petra Lund",
    ),
    Pattern(
        "colon_introduction",
        "a full quotation after a colon with no cue: the clause's first person",
        "Ruth Amadi, the ferry captain, was blunt: “Nobody listens to us.”",
        "Ruth Amadi",
    ),
    Pattern(
        "cue_later_in_sentence",
        "a reporting cue later in the quotation's sentence",
        "“Prices will fall” next spring, Tomas Kerr predicted on Friday.",
        "Tomas Kerr",
    ),
    Pattern(
        "stance_cue",
        "a verb of stance (calls, believes, describes) in the sentence of a partial quotation",
        "Hana Wolde described the report as “a careful piece of work”.",
        "Hana Wolde",
    ),
    Pattern(
        "possessive_owner",
        "a possessive name right before the marks owns the words",
        "Ferrante’s “we will not back down” pledge collapsed within hours.",
        "Ferrante",
    ),
    Pattern(
        "in_their_words",
        "“in her words”, “in Smith’s words” names whose words they are",
        "The plan was, in Okafor’s words, “a bridge too far” from the start.",
        "Okafor",
    ),
    Pattern(
        "characterisation",
        "a subject who casts someone “as a …”",
        "Sen. Mira Coll has long cast her rival as a “paper tiger” in the race.",
        "Mira Coll",
    ),
    Pattern(
        "partial_sentence_subject",
        "a partial quotation with no cue in a sentence that opens with a person",
        "Jonas Pekka grew “deeply uneasy” about the vote count.",
        "Jonas Pekka",
    ),
    Pattern(
        "reported_speech_before",
        "an uncued full quotation after reported speech in its paragraph",
        "The plan is late, Aiko Brandt said on Monday. “We need another year.”",
        "Aiko Brandt",
    ),
    Pattern(
        "previous_paragraph_cue",
        "a quotation opening a paragraph, attributed by the last cue of the paragraph before",
        "Dov Serrano, the union leader, said the strike would go on.\n\n“We will not give in.”",
        "Dov Serrano",
    ),
    Pattern(
        "previous_paragraph_subject",
        "a quotation opening a paragraph after a paragraph about one person",
        "At 30, Lise Okafor lost her job at the mill.\n\n“It was a shock to all of us.”",
        "Lise Okafor",
    ),
    Pattern(
        "continues_previous",
        "a full quotation with no cue continues the speaker of the quotation just before",
        "“Small towns deserve fast trains.” — Ilse Marten\n\n“And buses too.”",
        "Ilse Marten",
    ),
    Pattern(
        "paragraph_speaker_continues",
        "a partial quotation in between does not break the paragraph's speaker",
        "“It is done,” said Vera Lind. The hall, known locally as “the barn”, was full. "
        "And next year? “We start again.”",
        "Vera Lind",
    ),
)
"""Every hand pattern, in the order the rules try them."""


def pattern_names() -> tuple[str, ...]:
    return tuple(p.name for p in PATTERNS)
