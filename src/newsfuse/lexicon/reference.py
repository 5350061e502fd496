"""Words that refer back rather than name: pronouns, demonstratives and articles.

An editor may print the noun a pronoun stands for ("[the plan] will work" for
"it will work"), usually in brackets and sometimes without: the words change,
what is said does not, so the quotation comparison does not count such a
swap as a change of content.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = ["NOUN_PHRASE_DETERMINERS", "REFERRING_WORDS", "SPEAKER_PRONOUNS", "THIRD_PERSON_DETERMINERS"]

REFERRING_WORDS: frozenset[str] = select(
    """
    i me my we us our you your it its he him his she her they them their this that these those here there one the a an
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Personal and possessive pronouns, demonstratives and articles."""

SPEAKER_PRONOUNS: frozenset[str] = select(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""First- and second-person pronouns: words a speaker uses of themselves and their listener, which a term or
title in quotation marks rarely holds (evidence that quoted words were said by someone)."""

THIRD_PERSON_DETERMINERS: frozenset[str] = select("the a an its their his her", ENGLISH_FUNCTION_WORDS)
"""Articles and third-person possessive determiners: words that open a noun phrase about someone or something
else ("the shipping firm wrote": an unnamed source; "on the flight", "after his speech": a circumstance)."""

NOUN_PHRASE_DETERMINERS: frozenset[str] = THIRD_PERSON_DETERMINERS | select("my our your", ENGLISH_FUNCTION_WORDS)
"""Articles and possessive determiners: words that open a noun phrase, read past to its nouns ("the
water rights", "its final reading")."""
