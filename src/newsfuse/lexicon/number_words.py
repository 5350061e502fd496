"""Number words and their digits, so that "two in three" and "2 in 3" print the same number."""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = [
    "AGE_DECADE_NOUNS",
    "CARDINAL_WORDS",
    "DECADE_WORDS",
    "ORDINAL_SUFFIXES",
    "ORDINAL_WORDS",
    "PART_DETERMINERS",
    "SCALE_WORDS",
    "VAGUE_NUMBERS",
]

CARDINAL_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
"""Cardinal number words below a hundred; "twenty five" and "twenty-five" read as 25."""

ORDINAL_WORDS: dict[str, str] = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
    "eleventh": "11th",
    "twelfth": "12th",
    "thirteenth": "13th",
    "fourteenth": "14th",
    "fifteenth": "15th",
    "sixteenth": "16th",
    "seventeenth": "17th",
    "eighteenth": "18th",
    "nineteenth": "19th",
    "twentieth": "20th",
    "thirtieth": "30th",
    "fortieth": "40th",
    "fiftieth": "50th",
    "sixtieth": "60th",
    "seventieth": "70th",
    "eightieth": "80th",
    "ninetieth": "90th",
}
"""Ordinal words and their digit forms."""

SCALE_WORDS: frozenset[str] = words("hundred thousand million billion trillion")
"""Number words kept as words after a digit ("2 million"), as outlets print them either way."""

ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
"""The endings of an ordinal written in digits ("1st", "22nd", "3rd", "14th"), as a date's day may carry one."""

PART_DETERMINERS: frozenset[str] = words("the its their his her our first last final next past")
"""Words before a bare "half", "quarter" or "third" that make it one part of a whole counted in order, no share
("the first half of the year", "the third of four children", "the fourth of July"); an ordinal word does too. Not
"that": "found that half of voters" is a share."""

DECADE_WORDS: dict[str, int] = {
    "teens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
"""A decade of life in words and its first year ("in her forties", as "in her 40s"; "in his teens" from 10, as the
parts of a decade read it: "late teens" 16 to 19)."""

AGE_DECADE_NOUNS: dict[str, int] = {
    "teenager": 10,
    "twentysomething": 20,
    "thirtysomething": 30,
    "fortysomething": 40,
    "fiftysomething": 50,
    "sexagenarian": 60,
    "septuagenarian": 70,
    "octogenarian": 80,
    "nonagenarian": 90,
}
"""Nouns of a person by the decade of their age, and its first year ("Hannah Pike, an octogenarian,": 80 to 89; "a
teenager": 10 to 19, the widest reading), singular: a person's age, as "in her 80s" is."""

VAGUE_NUMBERS: dict[str, tuple[float, float]] = {
    "handful": (2, 10),
    "dozens": (24, 144),
    "scores": (40, 200),
    "hundreds": (200, 1000),
    "thousands": (2000, 1e6),
    "millions": (2e6, 1e9),
    "billions": (2e9, 1e12),
}
"""Counting words before "of" and the range of counts each can stand for ("dozens of people": 24 to 144; "a handful of
people": a few, never more than ten)."""
