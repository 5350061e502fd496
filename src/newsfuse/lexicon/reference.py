"""Words that refer back rather than name: pronouns, demonstratives and articles.

An editor may print the noun a pronoun stands for ("[the plan] will work" for
"it will work"), usually in brackets and sometimes without: the words change,
what is said does not, so the quotation comparison does not count such a
swap as a change of content.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS

__all__ = [
    "ARTICLES",
    "DEFINITE_DETERMINERS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "NOT_AUDIENCE_WORDS",
    "NOUN_PHRASE_DETERMINERS",
    "PERSONAL_PRONOUN_GENDERS",
    "POSSESSIVE_OWNERS",
    "PRONOUN_GENDERS",
    "REFERRING_WORDS",
    "ROLE_DETERMINERS",
    "SINGLE_QUANTIFIERS",
    "SPEAKER_PRONOUNS",
    "SUBJECT_PRONOUNS",
    "THIRD_PERSON_DETERMINERS",
]

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

DEMONSTRATIVES: frozenset[str] = select("this that these those", ENGLISH_FUNCTION_WORDS)
"""The demonstratives."""

DETERMINERS: frozenset[str] = NOUN_PHRASE_DETERMINERS | DEMONSTRATIVES
"""Articles, possessive determiners and demonstratives: a cue word right after one is a noun, not a verb ("the
claim", "his warning", "this report")."""

ARTICLES: frozenset[str] = select("the a an", ENGLISH_FUNCTION_WORDS)
"""The articles: before a one-word name they make it a modifier of a noun ("the Brenmoor crowd") or a place
set beside a person ("a rally in the Kesby valley")."""

DEFINITE_DETERMINERS: frozenset[str] = select("the his her its their", ENGLISH_FUNCTION_WORDS)
"""Determiners of a definite noun phrase: "the minister", "her spokesman" mean one known person; "a minister"
does not."""

ROLE_DETERMINERS: frozenset[str] = THIRD_PERSON_DETERMINERS | select("another one", ENGLISH_FUNCTION_WORDS)
"""Words that open a role noun phrase a speaker is named by ("the minister", "a lawyer", "another official",
"one aide", "her spokesman")."""

SUBJECT_PRONOUNS: frozenset[str] = select("he she they", ENGLISH_FUNCTION_WORDS)
"""Third-person subject pronouns: the pronouns that name a speaker ("she said")."""

PERSONAL_PRONOUN_GENDERS: dict[str, str] = {"he": "m", "she": "f", "him": "m", "her": "f"}
"""The gender a singular third-person pronoun gives the person it refers to ("m", "f")."""

PRONOUN_GENDERS: dict[str, str] = {**PERSONAL_PRONOUN_GENDERS, "his": "m", "himself": "m", "hers": "f", "herself": "f"}
"""Every gendered singular third-person pronoun (personal, possessive, reflexive) with its gender: a clause
about one person that uses them tells that person's gender."""

POSSESSIVE_OWNERS: dict[str, str] = {"his": "he", "her": "she", "their": "they"}
"""Third-person possessive determiners and the subject pronoun of their owner ("her campaign said": the "she"
the text is about)."""

NOT_AUDIENCE_WORDS: frozenset[str] = select(
    "the his her their its that him them you our this those these", ENGLISH_FUNCTION_WORDS
)
"""Words after "told" that are no plain noun of its audience: "told reporters" is a cue of two words, "told the
court", "told him", "told them" are not."""

SINGLE_QUANTIFIERS: frozenset[str] = select("one another", ENGLISH_FUNCTION_WORDS)
"""Words that pick one of many: before a noun and a cue verb they describe one unnamed source ("one tweet
said", "another attendee told"); alone before a speech verb, one of a group named earlier ("one said")."""
