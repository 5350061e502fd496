"""Nouns of kinship and the relation each names: "nephew" and "great-nephew" name a sibling's child.

Two outlets that call one named person another named person's "nephew" and
"grandson" disagree on how the two are related
(:mod:`newsfuse.compare.kinship`). A noun is mapped to the relation it
names; nouns of one relation are one fact told with more or less detail
("half-brother" / "brother", "stepson" / "son", "great-uncle" / "uncle";
"wife" / "widow" and "fiancée" / "wife" are one tie before and after a death
or a wedding that may fall between two outlets' stories), never a
disagreement, and a noun's gender is not read (a slip of "son" for
"daughter" is rare, two relations confused are not).
Nouns that name no one relation ("relative", "family member") and ties
that are not kinship ("partner", "friend") are left out. Chosen by meaning
from the English terms of kinship, not from any article.
"""

from __future__ import annotations

__all__ = ["KIN_GENDERS", "KIN_RELATIONS", "KIN_SENIORITY"]

_BY_RELATION: dict[str, str] = {
    "parent": "father mother parent stepfather stepmother",
    "child": "son daughter child stepson stepdaughter stepchild",
    "sibling": "brother sister sibling half-brother half-sister stepbrother stepsister",
    "grandparent": "grandfather grandmother grandparent great-grandfather great-grandmother great-grandparent",
    "grandchild": "grandson granddaughter grandchild great-grandson great-granddaughter great-grandchild",
    "parent's sibling": "uncle aunt great-uncle great-aunt",
    "sibling's child": "nephew niece great-nephew great-niece",
    "cousin": "cousin",
    "spouse": "husband wife spouse widow widower fiance fiancee fiancé fiancée",
    "parent-in-law": "father-in-law mother-in-law",
    "child-in-law": "son-in-law daughter-in-law",
    "sibling-in-law": "brother-in-law sister-in-law",
}

KIN_RELATIONS: dict[str, str] = {noun: relation for relation, nouns in _BY_RELATION.items() for noun in nouns.split()}
"""Noun of kinship (singular, lower case, hyphens as in "half-brother") -> the relation it names."""

KIN_GENDERS: dict[str, str] = {
    **dict.fromkeys(["husband", "father", "son", "brother", "uncle", "grandfather", "nephew", "boyfriend"], "m"),
    **dict.fromkeys(["wife", "mother", "daughter", "sister", "aunt", "grandmother", "niece", "girlfriend"], "f"),
}
"""Nouns of family and partners that tell the gender of the person named after them ("her husband Tal Oren":
"m"); "boyfriend" and "girlfriend" are no kinship (:data:`KIN_RELATIONS`) but tell a gender as well."""

KIN_SENIORITY: dict[str, str] = {
    **dict.fromkeys(["older", "elder", "eldest", "oldest", "big"], "older"),
    **dict.fromkeys(["younger", "youngest", "little", "baby"], "younger"),
}
"""Words before a noun of kinship that say which of two relatives is the older ("Owen Tegg's younger brother"):
outlets that agree on the relation and not on this disagree ("younger brother" / "elder brother"); a noun without
one agrees with either."""
