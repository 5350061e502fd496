"""Words that say which measure of a thing a figure gives: its scope, its statistic, its period.

"The federal rate is 21%" and "the combined federal and state rate is 26%"
give two different rates; "average pay" and "median pay", "annual" and
"monthly" costs likewise. Each tuple is one dimension: two figures whose
words name different members of one dimension are figures of different
measures (:mod:`newsfuse.compare.conflicts`).
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = [
    "CODE_NOUNS",
    "FIGURE_OF_VERBS",
    "INCLUDING_WORDS",
    "MEASURE_PERIODS",
    "MEASURE_SCOPES",
    "MEASURE_STATISTICS",
    "NOT_COUNTED_BY_OF",
    "SCALE_NAMES",
    "TEMPERATURE_CHANGE_AFTER",
    "TEMPERATURE_CHANGE_BEFORE",
    "TOTAL_AFTER",
]

MEASURE_SCOPES: tuple[str, ...] = (
    "federal",
    "state",
    "local",
    "municipal",
    "county",
    "city",
    "regional",
    "provincial",
    "national",
    "nationwide",
    "statewide",
    "domestic",
    "foreign",
    "international",
    "global",
    "worldwide",
    "combined",
)
"""Whose or where the measure is: a federal rate is not the combined federal and state one."""
MEASURE_STATISTICS: tuple[str, ...] = (
    "average",
    "median",
    "mean",
    "total",
    "overall",
    "cumulative",
    "net",
    "gross",
    "maximum",
    "minimum",
    "peak",
)
"""Which statistic of the thing: an average is not a median, a net amount not a gross one."""
MEASURE_PERIODS: tuple[str, ...] = (
    "hourly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "annual",
    "annually",
    "yearly",
    "lifetime",
)
"""Over what time the measure runs: an annual cost is not a monthly one."""
TOTAL_AFTER: tuple[str, ...] = ("in all", "in total", "all told", "altogether", "in number")
"""Phrases after a figure that make it the total of the plural noun written before it ("will close branches this
year, 150 in all": 150 branches)."""

SCALE_NAMES: tuple[str, ...] = ("magnitude", "category")
"""Nouns of a scale written before its value ("of magnitude 6.1", "a magnitude 6.1 quake", "a Category 4
hurricane"): the value measures that scale, as "a 6.6-magnitude quake" does."""

INCLUDING_WORDS: tuple[str, ...] = ("includes", "including", "include")
"""Words after a figure that name a part of what it counts or pays for ("the whole $3.1 billion plan, which includes
the rail link"): the figure is of a whole, not of that part."""

NOT_COUNTED_BY_OF: frozenset[str] = frozenset(MEASURE_STATISTICS) | frozenset(
    ["number", "handful", "couple", "group", "series", "period", "age", "score", "rate", "share"]
)
"""Nouns before "of" and a figure that count nothing of their own ("a total of 40", "a score of 3-1", "the age of
45", "a peak of 40"); any other noun there is what the figure is of ("a fine of 45,000", "a crowd of 12,000")."""

FIGURE_OF_VERBS: dict[str, str] = {"fined": "fine"}
"""Verbs whose object a figure counting nothing named is, and the noun the figure is then of: "fined Tarn Water
45,000" gives a fine of 45,000, its currency unwritten, as "a 45,000 fine" does."""

TEMPERATURE_CHANGE_BEFORE: tuple[str, ...] = (
    "by",
    "up",
    "down",
    "rise of",
    "increase of",
    "fall of",
    "drop of",
    "warming of",
    "cooling of",
    "jump of",
)
"""Words right before a temperature that make it a change, no level ("rose by 4C", "a warming of 1.2C")."""

TEMPERATURE_CHANGE_AFTER: tuple[str, ...] = (
    "above",
    "below",
    "warmer",
    "cooler",
    "colder",
    "hotter",
    "higher",
    "lower",
    "more",
    "less",
)
"""Words right after a temperature that make it a difference, no level ("10F above normal", "3C warmer")."""

CODE_NOUNS: frozenset[str] = words(
    "seat flat room row gate platform suite unit apartment bay ward block berth cabin grade"
)
"""Nouns before a code of a figure and a letter ("seat 14F", "flat 12C", "grade 5C"): the letter is no scale of
temperature."""
