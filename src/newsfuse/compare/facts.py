"""Facts: a value an article gives, what it is a value of, and the range it allows.

A *fact* is one quantity of an article's own prose (never inside quotation
marks, never in the dateline) with

- its **class**: counts of one noun ("2,000 people", "a 300-page report"),
  ages ("45-year-old", "aged 45", and a whole number in apposition to a
  name: "Hannah Pike, 34," / "Hannah Pike (34)"), times of day ("10.30am",
  "1:15 p.m.": the minute of the day, :data:`CLOCK_SLACK` either way),
  counts of occurrences written as ordinals ("for the third time"; ranks
  such as "second-ranking" and periods such as "third quarter" are not),
  the place of an event (a city of the gazetteer after "in" or "at", not a
  country; two places are one where they are the same name or cities of
  which some two of that name lie within :data:`PLACE_APART_KM`),
  amounts of one currency, lengths and masses in any unit of
  ``lexicon.LENGTH_UNITS`` / ``MASS_UNITS`` (converted to metres or kilograms,
  class ``("measure", kind)``, rounded in their own unit: "12 miles" and "19
  kilometres" can be one distance), percentages, years (a year after "since",
  the start of a state of things, is a class of its own, and so is a year
  after a verb that starts a tenure and "in": "took over as director in
  2013", :data:`newsfuse.lexicon.TENURE_START_VERBS`, or a year opening its
  sentence after "In" where a person then starts a tenure: "In 2013, she
  took over", marked ``start``), days, the tallies
  of votes and matches ("passed 58-41", "by a vote of 219 to 212"; two
  tallies are of one vote only where they count about as many votes). Only facts of one
  class are ever compared; a number that counts nothing named (class
  ``("number", "")``) is compared with nothing, but it can show that an
  article gives a value;
- its **words**: the content words on either side of it in its sentence,
  nearest first, stemmed (``left`` and ``right``), which say what it is a
  value of ("killed … people in the region");
- its **range**: the values it allows once rounding and approximate words
  are read. A written figure allows what rounds to it, to its last
  significant digit but never by more than :data:`ROUNDING_SHARE` of itself
  ("2,000" allows 1,800 to 2,200; "2,134" only itself; a count in round
  words, "a dozen", "three hundred", is rounded as "300" is); "about",
  "roughly", "some" allow :data:`AROUND_SHARE` either way, "nearly" and
  "almost" :data:`NEARLY_SHARE` below and nothing above, "just over" / "just
  under" :data:`JUST_SHARE` on their side, "more than" anything above, "up
  to" anything below; "dozens" 24 to 144. Two facts whose ranges meet are
  consistent.

Days are ordinal numbers of the calendar (a weekday resolved against its
article's date); a weekday whose tense was guessed keeps its other reading
(``alternative``), so a disagreement that the other reading removes is not
reported; so does a weekday after "last" or "next", whose other reading is the
one a week further ("next Friday" written on a Wednesday: in two days or in
nine). A weekday of an article without a date is resolved, where the
story's dated articles span at most :data:`INFERRED_SPREAD` days, on every
day they span, the days joined into one range (each tense's reading its own
range), and marked ``inferred``: so it meets the dates of the dated outlets
rather than only their weekdays. A day next to a reporting verb ("said Tuesday") dates a statement,
not an event, and those words do not describe the fact; such a fact is kept
marked ``statement`` (see :mod:`newsfuse.compare.conflicts` for the one way
it is compared).

Some values are read here beyond the article's quantities: a month named as
the period of an event ("in March", "in early March 2024",
:func:`newsfuse.article.dates.period_range`; its tense guessed as a
weekday's is, the other reading kept); a figure counting nothing named is of
the noun before "of" ("a fine of 45,000") or of a verb's noun ("fined Tarn
Water 45,000": a fine); a count of workers or jobs after a verb of cutting
jobs is a count of jobs cut ("will lay off 1,500 workers" / "will cut 1,200
jobs"); a figure after a word of addition ("another 3,500 residents") is no
value of a total and no fact. A share in words ("two-thirds of voters", "one
in three voters") reaches :data:`FRACTION_POINTS` either way.

Each fact also keeps the **figures** of its sentence: the other numbers,
amounts, percentages, years and tallies ("voted 7-2") it gives (not days, not small counts below
:data:`MIN_FIGURE`, not the years next to the article's own), as written
values. Two sentences that give the same such figure ("empty in 2041")
are about the same matter whatever their words.

A day also keeps the tally of votes written before it in its own clause, within
:data:`TALLY_REACH` characters ("passed 7-2 on Tuesday", "passed 7-2 at the council
on Tuesday"), or where none stands there the first one after it in its clause within
:data:`TALLY_REACH_AFTER` ("on Tuesday approved the closure by seven votes to two"): the vote it dates.

And the **days** its sentence gives for events (:attr:`Fact.days`), and the
year "in" which its own clause puts its event ("had signed a four-year deal
in 2021": every day of 2021; not a year of another clause, "The plant,
opened in 1987, will cut 300 jobs"): two
values whose sentences date their events on days that cannot meet are two
occurrences ("met Sunday … for the first time" / "Thursday's talks … the
second time"), never one fact (:func:`on_other_days`).

And the **people** its sentence names, as (given name, surname): a surname
alone ("Calder resigned …") stands for the first person the article names
in full with that surname, as news style uses it (relatives who share it
are named in full again), even where the word is also a place's name
("Tacoma" after "Rep. Ada Tacoma"). Two facts about different people of one surname
are not one fact. A "since" year's sentence that opens with "He" or "She" and
names no one is about the one person the sentence right before it names.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from msgspec.structs import replace

from newsfuse.article.dates import (
    MONTHS,
    WEEKDAYS,
    hull,
    is_ago,
    is_month,
    parse_date,
    period_range,
    reference_date,
    resolve_weekday,
)
from newsfuse.article.gazetteer import city_positions, is_place
from newsfuse.article.places import country_of
from newsfuse.article.quantities import (
    AGE_DECADE_UNIT,
    POSSESSIVE_MARK,
    TEMPERATURE_CHANGE_UNIT,
    TEMPERATURE_UNIT,
    VAGUE_NUMBERS,
    headline_article,
    headline_quantities,
    quantity_direction,
    weekday_direction,
    weekday_modifier,
)
from newsfuse.article.stems import stem
from newsfuse.compare.align import quoted_mask
from newsfuse.compare.near_synonyms import common_noun
from newsfuse.compare.timeline import story_year
from newsfuse.lexicon import (
    AROUND,
    AT_LEAST,
    AT_MOST,
    CARDINAL_WORDS,
    CLAUSE_BREAK_AFTER_WORDS,
    DECISION_VERBS,
    ENGLISH_FUNCTION_WORDS,
    FIGURE_OF_VERBS,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_VARIANTS,
    INCLUDING_WORDS,
    INCREMENT,
    INFINITIVE_VERBS,
    INTERVAL_BOUNDS,
    JOB_CUT_VERBS,
    JOB_LOSS_NOUNS,
    JOB_NOUNS,
    JOBS_KEPT_VERBS,
    JUST_ABOVE,
    JUST_BELOW,
    LENGTH_UNITS,
    MASS_UNITS,
    MODAL_VERBS,
    MONTH_NAMES,
    MOTION_NOUNS,
    MOTION_VERBS,
    NAME_TITLES,
    NEARLY,
    NOT_COUNTED_BY_OF,
    NOUN_ENDINGS,
    NOUN_PHRASE_DETERMINERS,
    OFFICE_RANKS,
    OFFICE_TITLES,
    ORDINAL_WORDS,
    OTHER_TIME_OPENERS,
    PASSIVE_AUXILIARIES,
    PAST_WITH_OTHER_READINGS,
    PREPOSITIONS,
    RANK_NOUNS,
    RANK_VERBS,
    RATE_PERIODS,
    RECURRENCE_WORDS,
    RELATIVE_PERIODS,
    REPORTING_VERBS,
    SCALE_NAMES,
    SCALE_WORDS,
    SIMILARITY_STOPWORDS,
    STAGE_WORDS,
    TENURE_HOLD_VERBS,
    TENURE_OFFICE_VERBS,
    TENURE_START_ADVERBS,
    TENURE_START_VERBS,
    TENURE_TAKE_OVER_VERBS,
    VOTING_BODIES,
    alternation,
    is_past_form,
)
from newsfuse.model import ArticleAnalysis, Quantity, Sentence, Span
from newsfuse.options import ConflictsOptions
from newsfuse.scan import word_start

__all__ = [
    "AROUND_SHARE",
    "FRACTION_POINTS",
    "JUST_SHARE",
    "MIN_FIGURE",
    "NEARLY_SHARE",
    "ROUNDING_SHARE",
    "TALLY_SCALE",
    "WINDOW",
    "Fact",
    "compatible",
    "dates_a_statement",
    "different_people",
    "facts_of",
    "forecast_then_update",
    "lowered",
    "names_place",
    "noun_of_a_verb",
    "occurrence_of",
    "on_other_days",
    "other_actors",
    "other_acts",
    "other_agents",
    "other_motions",
    "other_occurrences",
    "plan_after_outcome",
    "plan_then_report",
    "sentence_actors",
    "sentence_agents",
    "sentence_figures",
    "sentence_people",
    "story_weights",
    "title_facts",
    "value_range",
]

WINDOW = 6
"""Content words read on each side of a value, inside its sentence."""
_DEFAULTS = ConflictsOptions()  # the options section is the one home of the two shares below
ROUNDING_SHARE = _DEFAULTS.rounding_share
"""Most a rounded figure may differ from the exact one, as a share of itself."""
STATEMENT_REACH = 3
"""Words either side of a day within which a reporting verb makes it the date of a statement."""
AROUND_SHARE = _DEFAULTS.around_share
"""How far "about", "around", "roughly", "approximately", "some", "an estimated" reach either way, as a share of
the figure: a writer who rounds to the figure's first one or two significant digits ("about 300" for 270 or 340)
moves it by up to about that much; a figure further off is a different figure, not a rounding of it."""
NEARLY_SHARE = AROUND_SHARE
"""How far below the figure "nearly", "almost", "close to", "approaching" reach, as a share of it: as far as
"about" reaches, on one side only ("nearly 500" is never 510: the word says the value has not reached it); the
``around_share`` setting moves both."""
JUST_SHARE = 0.05
"""How far "just over" / "just under" reach from the figure, as a share of it: "just" narrows the distance to
the figure's last unit of rounding or so ("just over 2,000" is 2,000 to 2,100), a third of what "about" allows."""
FRACTION_POINTS = 4.0
"""How far a share written as a fraction in words reaches either way, in percentage points: "two-thirds" is 63% to
71%, "half" 46% to 54% (writers call 65% two-thirds and 52% half, not 60% two-thirds)."""
_PERCENT_WRITTEN = re.compile(r"%|cent|point")
"""A percentage written as one ("60%", "58 per cent", "3 percentage points"), not as a fraction in words."""
MIN_FIGURE = 10
"""Smallest count that identifies a sentence's matter as a shared figure (small counts recur by chance)."""

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_SKIP = SIMILARITY_STOPWORDS | {"percent", "cent", "per", "year", "years", "day", "days"}
_MODIFIERS = sorted({*AT_MOST, *NEARLY, *AT_LEAST, *AROUND, *JUST_ABOVE, *JUST_BELOW}, key=len, reverse=True)
_BEFORE = re.compile(
    r"(?:^|\W)(" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in _MODIFIERS) + r")\s+(?:an?\s+)?(?:\$|£|€)?$",
    re.IGNORECASE,
)
"""An approximation word right before a figure ("about 300", "nearly $2 million", "about a dozen")."""
_INCREMENT_BEFORE = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in INCREMENT) + r")\s+(?:\$|£|€)?\Z",
    re.IGNORECASE,
)
"""A word of addition right before a figure ("another 3,500 residents", "a further $2 billion"): the figure adds to
another, and is no value of a total (:data:`newsfuse.lexicon.INCREMENT`)."""
_ROUND_WORD = re.compile(r"\b(?:dozen|" + "|".join(sorted(SCALE_WORDS)) + r")\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:-year-old|years? old\b|,? aged?\b)", re.IGNORECASE)
_NOT_NAME_PARTS = NAME_TITLES | OFFICE_TITLES | GENERATIONAL_SUFFIXES | frozenset(["former", "the"])
_NOT_NAME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_TOLL_BEFORE = re.compile(
    r"\b(?:(?:death|casualty)\s+toll|toll(?!\s+(?:road|roads|bridge|booth|booths|plaza|lane|lanes|charge|charges|fee|fees)\b))"
    r"\b[^.;:!?,()]{0,60}?\b(?:at|to|of|reached|hit|passed|topped|is|was)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly)\s+)?$",
    re.IGNORECASE,
)
"""A death toll right before a count of nothing named: "the death toll … stands at 55", "the toll rose to 55", "a
death toll of at least 55" count the people killed (a toll road, bridge or fee is no toll of the dead)."""
_SCALE_BEFORE = re.compile(rf"\b({'|'.join(SCALE_NAMES)})(?:\s+of\s+|[\s-]+)$", re.IGNORECASE)
"""The name of a scale right before a value ("of magnitude 6.1", "a magnitude-6.6 quake", "a Category 4 hurricane"):
the value measures it
(:data:`newsfuse.lexicon.SCALE_NAMES`), as "a 6.6-magnitude quake" does."""
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?P<noun>[a-z]{3,})\s+of\s+"
    rf"(?:(?:{'|'.join(re.escape(m) for m in _MODIFIERS)})\s+)?$"
)
"""A noun before "of" right before a figure that counts nothing named ("a fine of 45,000", "a crowd of 12,000",
"a majority of 12"): the figure is of that noun, as "a 45,000 fine" is."""
INCREMENT_REACH = 24
"""Characters before a figure searched for a word of addition (:data:`_INCREMENT_BEFORE`): the longest, "a further",
with a currency sign and spaces to spare."""
NOUN_OF_REACH = 40
"""Characters before a figure searched for a noun before "of" (:data:`_NOUN_OF_BEFORE`: "a fine of", "the
evacuation of some"): a determiner, a long noun, "of" and a modifier."""
FIGURE_VERB_REACH = 60
"""Characters before a figure searched for a verb of :data:`newsfuse.lexicon.FIGURE_OF_VERBS` and its object of up
to four words (:data:`_VERB_OF_FIGURE`: "fined Tarn Water 45,000")."""
_VERB_OF_FIGURE = re.compile(rf"\b(?P<verb>{'|'.join(FIGURE_OF_VERBS)})\s+(?:[\w’'.\-]+\s+){{0,4}}$")
"""A verb of :data:`newsfuse.lexicon.FIGURE_OF_VERBS` and up to four words (its object) right before a figure."""
TOLL_REACH = 90
"""Characters before a count searched for :data:`_TOLL_BEFORE`."""
_TOLL_UNIT = stem("people")
"""The noun a death toll counts: people, as "killed 40 people" counts them."""
_DEAD = stem("dead")
"""The word after a count of the dead ("left at least 55 dead"): people killed, as a death toll counts them."""
_SINCE = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s*)?(?:{alternation(MONTHS)}\.?\s+)?$",
    re.IGNORECASE,
)
""""Since" right before a year, or before its month or part ("since March 2013", "since early 2013", "since the end
of 2013"): the year a state of things started in."""
SINCE_REACH = 30
"""Characters before a year searched for :data:`_SINCE`."""
_START_ADVERB = rf"(?:(?:{'|'.join(TENURE_START_ADVERBS)})\s+)?"


def _start_verbs(verbs: Sequence[str]) -> str:
    """An alternation of start verbs as written, a passive one with an adverb inside ("was first elected",
    :data:`newsfuse.lexicon.TENURE_START_ADVERBS`)."""
    return "|".join(
        ("was\\s+" + _START_ADVERB + v[4:] if v.startswith("was ") else v).replace(" ", r"\s+") for v in verbs
    )


_STARTED_IN = re.compile(r"\b(?:" + _start_verbs(TENURE_START_VERBS) + r")\b[^.;:!?,]{0,60}?\bin\s+$")
"""A verb that starts a tenure, then "in" right before a year, within one clause: "took over as director in"."""
START_REACH = 90
"""Characters before a year searched for :data:`_STARTED_IN`."""
_OPENS_WITH_IN = re.compile(r"\s*In\s+$")
"""What stands before a year that opens its sentence: "In 2013, she took over …"."""
_THEN_STARTED = re.compile(
    r",\s+(?:he|she|[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,2})\s+(?:" + _start_verbs(TENURE_START_VERBS) + r")\b"
)
"""After such a year: a person (a pronoun or a name) who then starts a tenure ("…, she took over", "…, Corley
was appointed"); a thing that "became" something ("…, the shelter became a charity") is no tenure."""
_LETTER_WORD = re.compile(r"\b[A-Za-z][A-Za-z\-]*\b")
_TALLY = re.compile(r"(\d(?<![\d\-–]\d)\d{0,2})[\-–](\d{1,3})(?![\d\-–])")
"""A vote's or a match's tally ("voted 7-2")."""
_COUNT_OF_VOTES = (
    rf"(?:\d{{1,3}}"
    rf"|{alternation(w for w, n in CARDINAL_WORDS.items() if n >= 20)}[-\s]"
    rf"{alternation(w for w, n in CARDINAL_WORDS.items() if 0 < n < 10)}\b"
    rf"|{alternation(CARDINAL_WORDS)})"
)
"""A count of votes in a tally written in words: digits or number words ("seven", "twenty", "twenty-five"; a
compound first, so its tens and units are read together, not its units alone)."""
_TALLY_IN_WORDS_CHEAP = (
    rf"(?i:v)(?<!\w[Vv])ote of ({_COUNT_OF_VOTES}) to ({_COUNT_OF_VOTES})\b"
    r"|(\d(?<![\w.,]\d)\d{0,2}) to (\d{1,3}) (?:vote|margin|decision|ruling)\b"
)
_TALLY_IN_WORDS = re.compile(
    _TALLY_IN_WORDS_CHEAP + rf"|\b({_COUNT_OF_VOTES}) votes to ({_COUNT_OF_VOTES})\b",
    re.IGNORECASE,
)
"""A tally written in words: "by a vote of 219 to 212", "a 5 to 4 decision", "by seven votes to two"."""
_TALLY_WITHOUT_VOTES_TO = re.compile(_TALLY_IN_WORDS_CHEAP, re.IGNORECASE)
""":data:`_TALLY_IN_WORDS` without its last form, for a body without "votes to" (where that form cannot match: it
opens on a number word tried at every word, ten times the cost of the rest)."""
_RANGE_AFTER = re.compile(r"\s*(?:%|per(?:cent)?\b|[a-z]+s\b)", re.IGNORECASE)
"""What follows a range rather than a tally: a unit or a rate ("10-15 years", "3-5%", "40-50 per hour")."""
TALLY_SCALE = 1000
"""A tally's comparable value: the larger count times this plus the smaller (58-41 → 58041)."""
ORDINAL_UNIT = "time (ordinal)"
"""The unit of an ordinal count of occurrences' quantity ("the third time": 3)."""
_TIME_WORD = re.compile(r"\s(?:time|Time|TIME)\b(?!-)")
_ORDINAL_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{'|'.join(ORDINAL_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))\s*$", re.IGNORECASE)
"""An ordinal right before "time" (found first: the scan for "time" is the cheap one)."""
RANK_UNIT = "place (rank)"
"""The unit of a place in a race, a ranking or a poll ("finished third", "in fifth place"): a class of its own."""
_ORDINAL = rf"(?P<n>(?i:{alternation(ORDINAL_WORDS)})|\d{{1,3}}(?:st|nd|rd|th))"
_RANK_AFTER_VERB = re.compile(
    rf"{word_start(sorted(RANK_VERBS, key=len, reverse=True))}\b\s+(?:(?:in|as)\s+)?{_ORDINAL}\b(?![-’'])"
)
"""An ordinal after a verb of placing (:data:`newsfuse.lexicon.RANK_VERBS`): "finished third", "came in fifth" (the
verb opening on a class of first letters, :mod:`newsfuse.scan`)."""
_RANK_NOUN = re.compile(rf"[\s-](?:{alternation(RANK_NOUNS)})\b")
_ORDINAL_BEFORE_NOUN = re.compile(rf"(?<![\w-]){_ORDINAL}$")
"""An ordinal before a noun of place (:data:`newsfuse.lexicon.RANK_NOUNS`): "in third place", "a fifth-place
finish"; never "in the first place" (:data:`_NOT_A_RANK`). The noun is found first, the ordinal read back."""
_NOT_A_RANK = re.compile(r"(?i:in\s+the\s+first\s+place)")
"""The idiom "in the first place" (to begin with), no place in a race."""
PLACE_UNIT = "place"
"""The unit of a place's quantity (the place is its text)."""
PLACE_APART_KM = 50.0
"""Two cities nearer than this may be one place as outlets name it (a suburb by its city's name); further apart,
an event cannot have happened in both."""
_IN_PLACE = re.compile(rf"{word_start(['in', 'at'])}\s(?P<place>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+)?)\b")
CLOCK_UNIT = "time of day"
"""The unit of a time of day's quantity (its value: the minute of the day)."""
CLOCK_SLACK = 15
"""Minutes either way a time written to the minute allows ("10.30am" and "10.40am" agree); twice that to the hour."""
_ZONE_NAME = r"[A-Z]{1,3}T|UTC"
"""A time zone's abbreviation ("ET", "BST", "UTC")."""
_CLOCK = re.compile(
    r"(?P<h>\d(?<![\w.:]\d)\d?)(?:[:.](?P<min>\d{2}))?\s?(?P<half>[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
    rf"(?:\s(?:{_ZONE_NAME})\b)?"
)
"""A time of day on the 12-hour clock ("10.30am", "1:15 p.m.", "9 PM"), with its time zone where one follows
("9 p.m. ET": the zone is part of the written time, which :data:`_ZONE` reads)."""
_ZONE = re.compile(rf"\s({_ZONE_NAME})$")
_CLOCK_APPROXIMATE = re.compile(r"\b(?:about|around|roughly|shortly (?:after|before)|just (?:after|before))\s+$", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|age of)\s+$", re.IGNORECASE)
_WHO_IS = re.compile(r"\bwho\s+(?:is|was)\s+$")
"""What stands before an age in a relative clause after a name ("Hannah Pike, who is 34, ..."); the number must
close the clause (see :func:`_age_in_clause`)."""
_NAME_BEFORE = re.compile(r"[A-Z][a-z’'\-]+(?:,\s|\s\()$")
"""A name right before a figure in apposition: "Hannah Pike, 34, …" or "Hannah Pike (34)"."""
NAME_REACH = 30
"""Characters before a figure searched for :data:`_NAME_BEFORE`: one word of a name, however long, and its mark."""
MAX_AGE = 120
"""A figure in apposition to a name is an age only up to this."""
INFERRED_SPREAD = 14
"""Most days the story's dates may spread over for a relative period of an undated article to be resolved
against them (the period is resolved for each day of the spread, and the ranges joined)."""


LOWERED_BODIES = 64
"""Bodies whose lower-case text :func:`lowered` keeps (a story's articles, read by several story stages)."""


@functools.lru_cache(maxsize=LOWERED_BODIES)
def lowered(body: str) -> str:
    """``body`` in lower case, made once per body for the story stages that search it case-blind (the tallies
    here, :mod:`~newsfuse.compare.kinship`, :mod:`~newsfuse.compare.roles`) instead of once per search."""
    return body.lower()


@dataclass(frozen=True)
class Occurrence:
    """What tells which occurrence of an event a day dates, where one body or team does one thing on two days
    (``lexicon.recurrence``): two such days are one event only where nothing here tells them apart
    (:func:`other_occurrences`)."""

    recurs: bool = False
    """The sentence says its event happens again: "again", "another" before the day or in its clause (not behind a
    comma after it: ", another blow to the village"), a stage after the first ("a second vote", "3rd win")."""
    stages: frozenset[str] = frozenset()
    """The stages its sentence names, an ordinal or a stage word before the word it ranks ("at first reading":
    ``first``; "final approval": ``final``; not "second-largest", "second half", "second in the table")."""
    named: frozenset[str] = frozenset()
    """The names between the event's word and the day, lower case: what the event was done to or by ("beat Tarn Town
    2-1 on Saturday": ``tarn``, ``town``); empty where the names open the sentence (its subject) or name a place ("in
    Tarn on Tuesday")."""
    act: tuple[str, str] = ("", "")
    """The verb, stemmed, of the clause right after the day, after "to" or a modal, and the head of the noun phrase
    it acts on ("voted 7-2 on Tuesday to close the library": ``clos``, ``library``; "ruled on Monday that the
    authority may not sell the water rights": ``sell``, ``right``)."""
    later: frozenset[str] = frozenset()
    """The words, stemmed, of a clause of another time after the value in its sentence (``lexicon.OTHER_TIME_OPENERS``:
    "to sell the building once it has closed": ``clos``), which say nothing of its act."""
    decision: tuple[str, str] = ("", "")
    """For a day a body decided a thing on: the act decided and the head of what it acts on, stemmed, as the act after
    the day gives them ("voted on Monday to close the library": ``clos``, ``library``) or the object of the decision
    verb before it, a noun made of a verb ("approved the closure of the library on Tuesday": ``closur``,
    ``library``); empty where no verb of :data:`newsfuse.lexicon.DECISION_VERBS` stands in the day's clause before
    it."""


@dataclass(frozen=True)
class Fact:
    """A value of one article, what it is a value of, and the range of values it allows."""

    quantity: Quantity
    cls: tuple[str, str]
    low: float
    high: float
    left: tuple[str, ...]
    right: tuple[str, ...]
    sentence: Span
    alternative: tuple[float, float] | None = None
    """The days of a guessed weekday's (or a month's without its year) other reading (the other tense): one day, or a
    range where it was inferred or is a month."""
    published: dt.date | None = None
    bound: str = ""
    """``at_least`` ("more than 200"), ``at_most`` ("up to 200") or empty: one-sided figures compare as figures."""
    figure: tuple[float, float] = (0.0, 0.0)
    """The range of the written figure by rounding alone."""
    common: frozenset[str] = frozenset()
    """The window words written in lower case: what happened, not who or where (names are capitalised)."""
    figures: frozenset[str] = frozenset()
    """The other figures of the sentence (see the module docstring)."""
    statement: bool = False
    """A day that dates a statement ("said Tuesday") rather than an event."""
    people: frozenset[tuple[str, str]] = frozenset()
    """The people its sentence names, as (given name in its long form, surname), lower case."""
    in_title: bool = False
    """The value stands in the headline: its spans (value and ``sentence``) are into ``Article.title``."""
    names: PlaceNames | None = dataclasses.field(default=None, repr=False, compare=False)
    """For a place: what its article writes, to tell whether it names another place anywhere (one per article)."""
    days: tuple[tuple[float, float], ...] = ()
    """The days its sentence gives for events (not a statement's day), as ranges of ordinals (not for days)."""
    inferred: bool = False
    """A relative period of an article without a date, resolved against the story's dates (every day they span)."""
    start: bool = False
    """A year a tenure started in, given by a verb ("took over in 2013"), not by "since"."""
    roles: frozenset[str] = frozenset()
    """For a year of class ``("year", "since")``: the nouns of office its sentence writes ("director"; "Mayor" before
    a name too)."""
    offices_of: frozenset[str] = frozenset()
    """For a "since" or start year: what its offices are offices of (the head of "director of the night shelter":
    ``shelter``)."""
    holds: frozenset[str] = frozenset()
    """For a "since" year: the kinds of tenure the verbs before it hold (``lexicon.TENURE_HOLD_VERBS``: "has run the
    shelter since 2009" holds ``lead``); empty where no such verb stands there ("has lived there since 2013")."""
    held: tuple[str, bool] = ("", False)
    """For a "since" year after a verb of holding a post (or a start year, after the verb that starts the tenure:
    "took over the night shelter in 2013"): the head of the noun phrase held, stemmed, and whether it is a part of
    another thing ("has run the shelter's kitchen", "the kitchen of the shelter": ``kitchen``, True;
    "has run the Millbrook night shelter": ``shelter``, False)."""
    agents: frozenset[str] = frozenset()
    """For a count, an amount or a percentage: the words of the names of bodies, places and events its sentence
    writes, lower case (:func:`sentence_agents`: "Calder Bank will close 150 branches": ``calder``, ``bank``)."""
    actors: frozenset[str] = frozenset()
    """For a count, an amount or a percentage: the surnames of the people its sentence tells of, not its sources
    (:func:`sentence_actors`: "signed Dan Ebbe on a four-year contract": ``ebbe``)."""
    written: ArticleWords | None = dataclasses.field(default=None, repr=False, compare=False)
    """For a count, an amount or a percentage: the words its article writes (one per article), to tell whether it
    names another outlet's agents anywhere (:func:`other_agents`)."""
    begun: tuple[str, str] = ("", "")
    """For a start year: the verb that starts the tenure, as written in lower case, and the head of its object,
    stemmed ("joined the night shelter in 2013": ``joined``, ``shelter``): one start of one person's tenure in one
    thing, whatever the verb means."""
    tally: str = ""
    """For a day: the tally of votes written right before it ("passed 7-2 on Tuesday": ``7-2``), the vote it dates."""
    occurrence: Occurrence | None = None
    """For a day: what tells which occurrence of its event it dates (:class:`Occurrence`); for a count or an amount,
    only its act is read (:func:`other_acts`: "$2 billion to build …" / "$3 billion to widen …"; "open again after
    four years" recurs nothing counted)."""
    measures: str = ""
    """For a hyphenated count: the noun it measures, stemmed ("a 312-page report": ``report``)."""
    verb: str = ""
    """For a count or an amount: the past verb whose object it is, stemmed ("killed 40 people": ``kill``); for a day,
    the verb of what it dates (:func:`_day_verb`)."""
    measured_in: str = ""
    """For a length or a mass: the unit its figure is written in, stemmed ("30 miles": ``mile``)."""
    converted: tuple[float, float] | None = None
    """For a length or a mass: the range it allows in the base unit if an outlet converted it from another unit
    (:func:`_conversion_range`: "50 kilometres" may be 30 miles rounded to the nearest 10 km)."""
    passive: str = ""
    """For a day: the verb of a passive before it, stemmed ("was shut for repairs last week": ``shut``;
    :func:`_passive_verb`), which ``verb`` misses where its participle reads as no past form."""
    bodies: frozenset[str] = frozenset()
    """For a day: the voting bodies its sentence names (``lexicon.VOTING_BODIES``: "councillors" names the council)."""
    parts: frozenset[str] = frozenset()
    """For a count or an amount: the words, stemmed, its sentence names as parts of what it counts or pays for, after
    a word of :data:`newsfuse.lexicon.INCLUDING_WORDS` behind it ("the whole $3.1 billion plan, which includes the
    rail link": ``rail``, ``link``)."""
    things: NamedThings | None = dataclasses.field(default=None, repr=False, compare=False)
    """For a day, a count, an amount or a percentage of an article's body: the things its article's sentences name
    (one per article; :func:`_named_things`: "the Harwick river bridge": ``bridg``, {``harwick``})."""
    ahead: bool = False
    """For a count or an amount: the tense nearest it puts it ahead of the writing, a forecast ("will lay out 19
    measures", ``article.quantities.weekday_direction``) that a later outlet's figure may update
    (:func:`forecast_then_update`)."""

    @property
    def article(self) -> str:
        return self.quantity.article

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The window words on both sides (computed once: pairing reads them for every candidate)."""
        return frozenset(self.left) | frozenset(self.right)


def _decade_range(q: Quantity) -> tuple[float, float]:
    """The ages an age by its decade allows ("40s": 40 to 49; "early 40s" 40 to 43, "mid-40s" 43 to 47, "late 40s"
    46 to 49: the parts overlap at their edges, as writers draw them loosely)."""
    decade = q.value or 0.0
    part = q.text.lower()
    if part.startswith("early"):
        return decade, decade + 3
    if part.startswith("mid"):
        return decade + 3, decade + 7
    if part.startswith("late"):
        return decade + 6, decade + 9
    return decade, decade + 9


def _precision(text: str, value: float) -> float:
    """Half the unit of the last significant digit as written: "2,000" → 500, "1.2 billion" → 0.05 billion; a
    count in round words ("a dozen", "three hundred") is rounded as far as :data:`ROUNDING_SHARE` lets any figure
    be; other words ("seventeen") are exact."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if digits is None:
        return math.inf if _ROUND_WORD.search(text) else 0.0
    written = digits.group().replace(",", "")
    number = float(written)
    scale = value / number if number else 1.0
    if "." in written:
        unit = 10.0 ** -len(written.split(".")[1])
    else:
        stripped = written.rstrip("0")
        zeros = len(written) - len(stripped)
        unit = 10.0**zeros if zeros and number >= 100 else 0.0
        if scale > 1 and not zeros:
            unit = 1.0  # "$3 billion": to the billion
    return unit * scale / 2


_UNITS: dict[str, tuple[str, str, float]] = {
    **{stem(w): ("length", "m", size) for w, size in LENGTH_UNITS.items()},
    **{stem(w): ("mass", "kg", size) for w, size in MASS_UNITS.items()},
}
"""Counted nouns (stemmed) that are units of a measure: the measure, its base unit and the unit's size in it."""


CONVERSION_STEPS: dict[str, float] = {"0": 10.0, "5": 5.0}
"""The round step a whole figure's last digit says it may have been rounded to when an outlet converted it from
another unit: "50 kilometres" for 30 miles (48.3 km) is rounded to the nearest 10, "45 km" to the nearest 5. An
outlet that converts a figure gives it as a round number of the reader's unit ("30 miles (50km)"), not to its
last digit; two figures in one unit are not converted and keep :func:`_precision`."""
CONVERSION_SHARE = 0.1
"""Most a converted figure's rounding (half its :data:`CONVERSION_STEPS` step) may move it, as a share of itself:
"10 km" may be rounded to the nearest 10, but not from 5 or 15 km ("10 km" / "3 miles", 4.8 km, still differ)."""
_RATE = re.compile(rf"\s*[^\W\d]+\.?\s*(?:(?:an?|per|each|every)\s+|/)(?:{alternation(RATE_PERIODS)})\b", re.IGNORECASE)
"""A unit divided by a unit of time right after a figure ("20 kilometres an hour", "110 km/h"): a speed."""


def _conversion_range(q: Quantity, size: float, values: tuple[float, float]) -> tuple[float, float]:
    """The range, in the base unit, that a length's or a mass's figure allows if an outlet converted it from another
    unit: widened by half the step its last digit shows (:data:`CONVERSION_STEPS`), at most
    :data:`CONVERSION_SHARE` of itself; ``values`` (already in the base unit) where it shows none."""
    written = re.fullmatch(r"\d[\d,]*", q.text.strip())
    value = q.value or 0.0
    step = CONVERSION_STEPS.get(q.text.strip()[-1:], 0.0) if written and value >= 10 else 0.0
    slack = min(step / 2, CONVERSION_SHARE * value)
    return min(values[0], (value - slack) * size), max(values[1], (value + slack) * size)


def _as_measure(
    q: Quantity, body: str, cls: tuple[str, str], values: tuple[float, float], figure: tuple[float, float]
) -> tuple[Quantity, tuple[str, str], tuple[float, float], tuple[float, float], dict[str, Any]]:
    """A count of a unit of length or mass as a measure in its base unit (:func:`_in_base_unit`), with the unit it
    is written in and its range if converted (``Fact.measured_in``, ``Fact.converted``); a speed ("20 kilometres an
    hour", :data:`_RATE`) stays a count of its unit per time, compared with speeds in that unit only."""
    if _RATE.match(body, q.span.end):
        return q, ("number", f"{cls[1]}/"), values, figure, {}
    unit = _UNITS[cls[1]]
    base, measure, in_base, written = _in_base_unit(q, unit, values, figure)
    return base, measure, in_base, written, {"measured_in": cls[1], "converted": _conversion_range(q, unit[2], in_base)}


def _in_base_unit(
    q: Quantity, unit: tuple[str, str, float], values: tuple[float, float], figure: tuple[float, float]
) -> tuple[Quantity, tuple[str, str], tuple[float, float], tuple[float, float]]:
    """A length or a mass in its base unit (``lexicon.LENGTH_UNITS``, ``MASS_UNITS``: metres, kilograms), of class
    ``("measure", kind)``, its range widened to half a unit of its last written digit in its own unit ("12 miles":
    11.5 to 12.5 miles), as outlets round a converted figure ("12 miles (19km)"): "12 miles" and "19 kilometres" can
    be one distance, "40 kilometres" cannot."""
    kind, base, size = unit
    value = q.value or 0.0
    decimals = re.search(r"\.(\d+)", q.text)
    slack = 0.99 * max(_precision(q.text, value), 0.5 * 10.0 ** -(len(decimals.group(1)) if decimals else 0))
    low, high = min(values[0], value - slack) * size, max(values[1], value + slack) * size
    written = (min(figure[0], value - slack) * size, max(figure[1], value + slack) * size)
    return replace(q, value=value * size, unit=base), ("measure", kind), (low, high), written


FAHRENHEIT_DEGREE = 5 / 9
"""One degree Fahrenheit in degrees Celsius: a Fahrenheit figure's rounding, converted."""


def _temperature_precision(text: str) -> float:
    """Half a unit of a temperature's last written digit, in its own scale, as degrees Celsius ("38C": 0.5; "38.4C":
    0.05; "101F": 0.5 x 5/9): "38C" and "38.4C", "38C" and "101F" (38.3 °C) can be one heat."""
    digits = re.search(r"\d+(?:\.(\d+))?", text)
    unit = 10.0 ** -len(digits.group(1)) if digits and digits.group(1) else 1.0
    fahrenheit = text.rstrip().lower().endswith(("f", "fahrenheit"))
    return unit / 2 * (FAHRENHEIT_DEGREE if fahrenheit else 1.0)


def value_range(
    q: Quantity, before: str, settings: ConflictsOptions = _DEFAULTS
) -> tuple[float, float, str, tuple[float, float]]:
    """The values a written figure allows, given the words right before it (see the module docstring).

    Also returns the side a bound leaves open (``at_least``, ``at_most`` or
    empty) and the range of the figure by rounding alone. ``settings`` gives
    the rounding and "about" shares (:data:`ROUNDING_SHARE`, :data:`AROUND_SHARE` by default).
    """
    around = settings.around_share
    text = q.text.lower()
    if text in VAGUE_NUMBERS:
        low, high = VAGUE_NUMBERS[text]
        return low, high, "", (low, high)
    value = q.value if q.value is not None else math.nan
    # a figure rounded to its last digit: the exact value lies strictly within half a unit of it
    slack = 0.99 * min(_precision(q.text, value), settings.rounding_share * abs(value))
    if q.unit in (TEMPERATURE_UNIT, TEMPERATURE_CHANGE_UNIT):  # a degree is no share of a value far from 0
        slack = 0.99 * _temperature_precision(q.text)
    if q.kind == "percent" and text == "majority":  # more than half: a floor, as "more than 50%" is
        return value, math.inf, "at_least", (value, value)
    if q.kind == "percent" and not _PERCENT_WRITTEN.search(text):
        slack = FRACTION_POINTS  # "two-thirds of voters": a share in words, rounded as writers round it
    low, high = value - slack, value + slack
    figure = (low, high)
    modifier = _BEFORE.search(before)
    word = " ".join(modifier.group(1).lower().split()) if modifier else ""
    bound = ""
    just = word in JUST_ABOVE or word in JUST_BELOW
    if just:  # "just over 500": a little above it, never far
        low, high = sorted((value, value * (1 + JUST_SHARE if word in JUST_ABOVE else 1 - JUST_SHARE)))
    elif word in AT_LEAST:
        high, bound = math.inf, "at_least"
    elif word in AT_MOST:
        low, bound = 0.0, "at_most"
    elif word in NEARLY:  # "nearly 500": below it, by as much as "about" reaches (NEARLY_SHARE), never above
        low, high = min(low, value * (1 - around)), value
    if just or word in NEARLY:  # the word keeps even the figure by rounding on its side
        figure = (max(figure[0], low), min(figure[1], high))
    if word in AROUND:
        low, high = min(low, value * (1 - around)), max(high, value * (1 + around))
    return low, high, bound, figure


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9


def compatible(a: Fact, b: Fact) -> bool:
    """Whether two facts of one class can both be true (see the module docstring).

    Their ranges meet, or a guessed day's other reading agrees. Two bounds on
    the same side ("as many as 2.4 million" / "as many as 2.2 million") are
    two figures for one bound, compared as figures.
    """
    if a.cls[0] == "weekday":
        return a.low == b.low
    if a.cls[0] == "place":
        return places_meet(a.quantity.text, b.quantity.text)
    if a.cls[0] == "clock" and _other_zones(a.quantity.text, b.quantity.text):
        return True  # "9 p.m. ET" and "6 p.m. PT" may be one moment: times of two zones are not compared
    if a.bound and a.bound == b.bound:
        return _meet(a.figure, b.figure)
    if _meet((a.low, a.high), (b.low, b.high)) or _one_conversion(a, b):
        return True
    return (a.alternative is not None and _meet(a.alternative, (b.low, b.high))) or (
        b.alternative is not None and _meet(b.alternative, (a.low, a.high))
    )


def _one_conversion(a: Fact, b: Fact) -> bool:
    """Whether two lengths or masses written in different units can be one figure, one outlet's converted from the
    other's and rounded to a round step (:func:`_conversion_range`): "30 miles" / "50 kilometres" (48.3 km)."""
    if a.converted is None or b.converted is None or a.measured_in == b.measured_in:
        return False
    return _meet(a.converted, (b.low, b.high)) or _meet((a.low, a.high), b.converted)


def _completed(q: Quantity, references: Sequence[dt.date]) -> Quantity:
    """A date written without its year ("Mar. 4") completed from the story's dates (see ``story_year``)."""
    if q.kind == "date" and q.date and q.date.startswith("--"):
        year = story_year(q.date, references)
        if year is not None and parse_date(f"{year:04d}{q.date[1:]}") is not None:  # not "Feb. 29" of 2002
            return replace(q, date=f"{year:04d}{q.date[1:]}")
    return q


def _class(
    q: Quantity, body: str, tenure: tuple[int, int] | None = None, since: bool = False
) -> tuple[str, str] | None:
    """The class of a quantity's fact (see the module docstring; ``tenure``: a year's :func:`_tenure_clause`;
    ``since``: the year follows "since", :func:`_after_since`)."""
    if q.kind == "number":
        return _number_class(q, body)
    if q.kind in ("money", "percent"):
        return (q.kind, q.unit or "")
    if q.kind == "year":
        if tenure is not None or since:
            return ("year", "since")
        return ("year", "")
    if q.kind in ("date", "weekday", "relative_date"):
        if q.date and not q.date.startswith("--"):
            return ("date", "")
        if q.kind == "weekday" and not q.date:
            return ("weekday", "")
        if q.kind == "relative_date" and (q.unit in RELATIVE_PERIODS or is_ago(q.unit or "") or is_month(q.unit or "")):
            return ("date", "")
    return None


_JOB = stem("job")
JOBS_KEPT_UNIT = "job kept"
"""The noun of a count of jobs kept or made (:func:`_jobs_kept`), its own: "shed 1,200 staff" and "1,500 jobs will
go" count jobs cut, "will cut costs and save 300 jobs" another thing."""
_JOBS_KEPT = frozenset(stem(w) for w in JOBS_KEPT_VERBS)
_JOB_NOUNS = frozenset(stem(w) for w in JOB_NOUNS)
_JOB_CUTS = frozenset(stem(w) for w in JOB_CUT_VERBS)
_JOB_LOSS = re.compile(rf"\s+job\s+(?:{alternation(JOB_LOSS_NOUNS)})\b")


def _jobs_cut(q: Quantity, body: str) -> bool:
    """Whether a count is of jobs cut: a noun of :data:`newsfuse.lexicon.JOB_NOUNS` after a verb of
    :data:`newsfuse.lexicon.JOB_CUT_VERBS` ("will lay off 1,500 workers", "shed 1,500 staff"), or "job cuts" / "job
    losses" after it."""
    if _JOB_LOSS.match(body, q.span.end):
        return True
    if q.unit not in _JOB_NOUNS or q.context is None:
        return False
    return _verb_before(body, q, q.context) in _JOB_CUTS


def _job_act(q: Quantity, body: str) -> str:
    """The noun of a count of jobs that is no count of jobs cut (not :func:`_jobs_cut`), by the act before it:
    :data:`JOBS_KEPT_UNIT` after a verb of :data:`newsfuse.lexicon.JOBS_KEPT_VERBS` in any form ("will cut costs and
    save 300 jobs", "kept 800 staff"), "job" and the verb's stem after another verb right after a modal verb or "to"
    ("will move 300 jobs": ``job mov``); empty otherwise ("1,500 jobs will go", "is shedding 1,500 jobs": jobs cut)."""
    if q.unit not in _JOB_NOUNS or q.context is None:
        return ""
    words = [
        w.lower() for w in _LETTER_WORD.findall(body, max(q.context.start, q.span.start - VERB_REACH), q.span.start)
    ]
    content = [k for k, w in enumerate(words) if w not in ENGLISH_FUNCTION_WORDS and w not in _COUNT_LEAD]
    if not content:
        return ""
    k = content[-1]
    if stem(words[k]) in _JOBS_KEPT:
        return JOBS_KEPT_UNIT
    after_modal = k > 0 and (words[k - 1] in MODAL_VERBS or words[k - 1] == "to")
    return f"job {stem(words[k])}" if after_modal and words[k] not in JOB_CUT_VERBS else ""


_INTERVAL_BOUND = re.compile(rf"\b(?:{alternation(INTERVAL_BOUNDS)})\s+$", re.IGNORECASE)
INTERVAL_REACH = 8
"""Characters before a day searched for the word that makes it an end of an interval (:func:`_bounds_an_interval`)."""


def _bounds_an_interval(q: Quantity, body: str) -> bool:
    """Whether a weekday or a relative period stands right after a word that makes it one end of an interval
    (``lexicon.INTERVAL_BOUNDS``: "has been closed since last week", "will stay shut until Friday", "should be done
    by next week"): a state or a deadline, no day of an act, and no fact. Dates and years after "since" are read as
    starts of states elsewhere (class ``("year", "since")``)."""
    if q.kind not in ("relative_date", "weekday"):
        return False
    return _INTERVAL_BOUND.search(body, max(0, q.span.start - INTERVAL_REACH), q.span.start) is not None


def _added(q: Quantity, body: str) -> bool:
    """Whether a figure adds to another (:data:`_INCREMENT_BEFORE`: "another 3,500 residents")."""
    return _INCREMENT_BEFORE.search(body, max(0, q.span.start - INCREMENT_REACH), q.span.start) is not None


def _number_class(q: Quantity, body: str) -> tuple[str, str]:
    """:func:`_class` of a number: an age, a count of the dead, a value on a named scale, a count of jobs cut, or a
    count of the noun it counts (empty where none)."""
    after = body[q.span.end : q.span.end + 16]
    if (
        q.unit in (AGE_DECADE_UNIT, "year-old")
        or _AGE_AFTER.match(after)
        or _AGE_BEFORE.search(body[max(0, q.span.start - 10) : q.span.start])
        or _age_in_apposition(q, body)
        or _age_in_clause(q, body)
    ):
        return ("age", "")
    if q.unit == _DEAD or (
        q.unit is None and _TOLL_BEFORE.search(body, max(0, q.span.start - TOLL_REACH), q.span.start)
    ):
        return ("number", _TOLL_UNIT)  # "a death toll of 55", "55 dead": people killed
    scale = _SCALE_BEFORE.search(body, max(0, q.span.start - 16), q.span.start)
    if scale is not None:
        return ("number", stem(scale.group(1).lower()))
    if _jobs_cut(q, body):
        return ("number", _JOB)  # "will lay off 1,500 workers", "1,500 job cuts": counts of jobs cut
    if act := _job_act(q, body):
        return ("number", act)  # "save 300 jobs", "will move 300 jobs": no counts of jobs cut
    return ("number", q.unit or _noun_before(q, body))


def _noun_before(q: Quantity, body: str) -> str:
    """The noun, stemmed, a figure that counts nothing named after it is of, read before it (:data:`_NOUN_OF_BEFORE`,
    :data:`_VERB_OF_FIGURE`); empty where none is written there."""
    of = _NOUN_OF_BEFORE.search(body, max(0, q.span.start - NOUN_OF_REACH), q.span.start)
    if of is not None and of.group("noun") not in NOT_COUNTED_BY_OF and of.group("noun") not in ENGLISH_FUNCTION_WORDS:
        return stem(of.group("noun"))
    verb = _VERB_OF_FIGURE.search(body, max(0, q.span.start - FIGURE_VERB_REACH), q.span.start)
    return stem(FIGURE_OF_VERBS[verb.group("verb")]) if verb is not None else ""


def _after_since(q: Quantity, body: str) -> bool:
    """Whether a year follows "since", or its month or part after "since" ("chair since 2013", "since March
    2013")."""
    return _SINCE.search(body, max(0, q.span.start - SINCE_REACH), q.span.start) is not None


_CLAUSE_END = re.compile(r"[,;:.!?]")


def _tenure_clause(q: Quantity, body: str) -> tuple[int, int] | None:
    """Where a year starts a tenure, where the words that start it stand; None where it starts none.

    A year follows a verb that starts a tenure and "in", in the year's own
    sentence: from the verb to the year ("took over as director in 2013"); or
    it opens its sentence after "In" with a person starting a tenure right
    after it: from the year to the end of the verb's clause ("In 2013, she
    took over as director of the shelter;").
    """
    start = max(0, q.span.start - START_REACH, q.context.start if q.context else 0)
    verb = _STARTED_IN.search(body, start, q.span.start)
    if verb is not None:
        return verb.start(), q.span.start
    if q.context is None or not _OPENS_WITH_IN.fullmatch(body, q.context.start, q.span.start):
        return None
    then = _THEN_STARTED.match(body, q.span.end, q.context.end)
    if then is None:
        return None
    end = _CLAUSE_END.search(body, then.end(), q.context.end)
    return q.span.end, end.start() if end else q.context.end


def _bare_age(q: Quantity) -> bool:
    """Whether a number with no unit may be an age: a whole number below :data:`MAX_AGE` in digits ("Pike, 34,"),
    or in words from two ("Pike, thirty-four,"; never "one", which opens "one of")."""
    value = q.value or 0.0
    if q.unit is not None or not 0 < value < MAX_AGE or value != int(value):
        return False
    return q.text.isdigit() or (value >= 2 and q.text.replace("-", "").isalpha())


def _age_in_clause(q: Quantity, body: str) -> bool:
    """Whether a bare whole number is an age in a relative clause, closing it ("Hannah Pike, who is 34, said")."""
    if not _bare_age(q):
        return False
    return body[q.span.end : q.span.end + 1] in (",", ".", ";") and bool(
        _WHO_IS.search(body, max(0, q.span.start - 10), q.span.start)
    )


def _age_in_apposition(q: Quantity, body: str) -> bool:
    """Whether a bare whole number stands in apposition to a name, as news style gives an age ("Pike, 34, said")."""
    if not _bare_age(q):
        return False
    before = _NAME_BEFORE.search(body, max(0, q.span.start - NAME_REACH), q.span.start)
    if before is None or body[before.start() : before.end()].rstrip(", (").lower() in _NOT_NAME_WORDS:
        return False
    closing = body[q.span.end : q.span.end + 1]
    return closing == ")" if body[q.span.start - 1] == "(" else closing in (",", ";", ".")


def _window(
    body: str, q: Quantity, sentence: Span, is_day: bool
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Content words nearest the value on each side within its sentence, nearest first, and those in lower case."""
    before = body[sentence.start : q.span.start]
    after = body[q.span.end : sentence.end]
    skip = _SKIP | (REPORTING_VERBS if is_day else frozenset())
    unit = (q.unit or "").split("-")[0]
    common: set[str] = set()

    def keep(words: list[str]) -> tuple[str, ...]:
        out = []
        for w in words:
            lower = w.lower()
            if lower in skip or lower in WEEKDAYS or len(lower) < 2 or lower.startswith(unit or "\0"):
                continue
            out.append(stem(lower))
            if w == lower:
                common.add(out[-1])
            if len(out) == WINDOW:
                break
        return tuple(out)

    left, right = keep(list(reversed(_WORD.findall(before)))), keep(_WORD.findall(after))
    if is_day and right and POSSESSIVE_MARK.match(after):
        left, right = (right[0], *left[: WINDOW - 1]), right[1:]  # "Tuesday's vote" dates the vote: "vote on Tuesday"
    return left, right, frozenset(common)


def _day_range(
    q: Quantity, sentence: str, reference: dt.date | None, story: Sequence[dt.date] = ()
) -> tuple[float, float, tuple[float, float] | None, bool] | None:
    """The first and last day a date can mean, as ordinals, the days of a guessed weekday's other reading, and
    whether the range was inferred from the story's dates (``story``) because its article has none."""
    ago = q.kind == "relative_date" and reference is not None and is_ago(q.text)  # "10 days ago": give or take a day
    if q.date and not q.date.startswith("--") and not ago:
        day = float(dt.date.fromisoformat(q.date[:10]).toordinal())
        alternative = None
        modifier = weekday_modifier(q) if q.kind == "weekday" else None
        if q.kind == "weekday" and reference is not None and q.unit in WEEKDAYS and modifier is None:
            other = float(_other_reading(WEEKDAYS[q.unit], reference, quantity_direction(q, sentence)).toordinal())
            alternative = (other, other)
        elif modifier in _WEEK_AWAY:
            alternative = (day + _WEEK_AWAY[modifier], day + _WEEK_AWAY[modifier])
        return day, day, alternative, False
    if q.kind == "relative_date" and (reference is not None or story):
        direction = quantity_direction(q, sentence)
        period = period_range(q.text, reference, direction) if reference else _inferred_range(q.text, story, direction)
        if period is not None:
            month_other = _other_month(q.text, reference, direction)
            return float(period[0].toordinal()), float(period[1].toordinal()), month_other, reference is None
    if q.kind == "weekday" and q.unit in WEEKDAYS:
        inferred = _inferred_weekday(q, sentence, story) if reference is None and story else None
        if inferred is not None:
            return inferred[0][0], inferred[0][1], inferred[1], True
        day = float(WEEKDAYS[q.unit])
        return day, day, None, False
    return None


_WEEK_AWAY = {"last": -7.0, "next": 7.0}
"""The other reading of a weekday after "last" or "next": the one a week further ("next Friday" written on a
Wednesday is the Friday two days on, or, as many write it, the one a week after; "last Tuesday" written on a Wednesday
is yesterday or the Tuesday a week before)."""


def _other_month(text: str, reference: dt.date | None, direction: int) -> tuple[float, float] | None:
    """The days a month without its year means in the other tense than its sentence's (its tense is guessed, as a
    weekday's is: "will take charge of the club in July, the club said"), where the article has a date."""
    if reference is None or not direction or not is_month(text) or any(c.isdigit() for c in text):
        return None
    other = period_range(text, reference, -direction)
    return (float(other[0].toordinal()), float(other[1].toordinal())) if other else None


def _other_reading(weekday: int, reference: dt.date, direction: int) -> dt.date:
    """The day a weekday means in the other tense than ``direction`` (for an unknown tense, 0, read as the nearer
    day: the farther one)."""
    if direction:
        return resolve_weekday(weekday, reference, -direction)
    behind = resolve_weekday(weekday, reference, -1)
    return resolve_weekday(weekday, reference, 1) if resolve_weekday(weekday, reference, 0) == behind else behind


def _inferred_weekday(
    q: Quantity, sentence: str, story: Sequence[dt.date]
) -> tuple[tuple[float, float], tuple[float, float] | None] | None:
    """The days a weekday of an undated article can mean, read in its sentence's tense on every day from the
    story's first date to its last (at most :data:`INFERRED_SPREAD` apart), joined; and the same for the other
    tense where the tense was guessed (no "this", "next" or "last")."""
    written = _story_days(story)
    if not written or q.unit not in WEEKDAYS:
        return None
    modifier = weekday_modifier(q)
    direction = quantity_direction(q, sentence, modifier)

    def joined(tense: int) -> tuple[float, float]:
        days = [resolve_weekday(WEEKDAYS[q.unit or ""], day, tense).toordinal() for day in written]
        return float(min(days)), float(max(days))

    return joined(direction), None if modifier else joined(-direction)


def _inferred_range(text: str, story: Sequence[dt.date], direction: int) -> tuple[dt.date, dt.date] | None:
    """The days a relative period of an undated article can mean, written on any day from the story's first date to
    its last (at most :data:`INFERRED_SPREAD` days apart; further, the period is left unresolved)."""
    return hull([period_range(text, day, direction) for day in _story_days(story)])


def _story_days(story: Sequence[dt.date]) -> list[dt.date]:
    """Every day from the story's first date to its last; none where they are more than :data:`INFERRED_SPREAD`
    days apart (or the story has no date)."""
    if not story:
        return []
    first, last = min(story), max(story)
    spread = (last - first).days
    return [] if spread > INFERRED_SPREAD else [first + dt.timedelta(days=n) for n in range(spread + 1)]


def dates_a_statement(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether a day dates a statement rather than an event.

    So it does next to a reporting verb: one of the :data:`STATEMENT_REACH`
    words before it ("said Tuesday", "told reporters on Tuesday"), the word
    right after it ("on Tuesday said"), or, for a day opening its sentence,
    one of the words after it ("On Tuesday, officials said …").
    """
    head = _WORD.findall(body[sentence.start : q.span.start])
    after = _WORD.findall(body[q.span.end : min(sentence.end, q.span.end + 60)])
    near = head[-STATEMENT_REACH:] + after[:1]
    if len(head) <= 1:
        near += after[:STATEMENT_REACH]
    return any(w.lower() in REPORTING_VERBS for w in near)


def _figure_key(q: Quantity, reference: dt.date | None) -> str | None:
    """A sentence figure's written value, or None where it identifies nothing (see the module docstring)."""
    if q.value is None or q.kind not in ("number", "money", "percent", "year"):
        return None
    if q.kind == "year" and reference is not None and abs(q.value - reference.year) <= 1:
        return None
    if q.kind == "number" and (abs(q.value) < MIN_FIGURE or q.text.lower() in VAGUE_NUMBERS):
        return None
    return f"{q.kind}:{q.value:g}"


def sentence_figures(analysis: ArticleAnalysis, reference: dt.date | None) -> dict[int, dict[int, str]]:
    """Per sentence start: the figures of the sentence, by the start of each figure's span."""
    out: dict[int, dict[int, str]] = {}
    for q in analysis.quantities:
        key = _figure_key(q, reference)
        if key is not None and q.context is not None:
            out.setdefault(q.context.start, {})[q.span.start] = key
    body = analysis.article.body
    for sentence in analysis.sentences:
        for m in _TALLY.finditer(body, sentence.start, sentence.end):
            out.setdefault(sentence.start, {})[-1 - m.start()] = f"tally:{int(m.group(1))}-{int(m.group(2))}"
    return out


def _person(text: str) -> tuple[str, str] | None:
    """(given name, surname) of a written name, titles and "Jr." left out; given name empty for a surname alone.

    The name starts after the last title word: "Transport minister Ruth Amadi" is Ruth Amadi.
    """
    words = [w.strip(".,’'").lower() for w in text.split()]
    titles = [k for k, w in enumerate(words[:-1]) if w in _NOT_NAME_PARTS and w not in GENERATIONAL_SUFFIXES]
    words = [w for w in words[titles[-1] + 1 if titles else 0 :] if w and w not in _NOT_NAME_PARTS]
    if not words or not all(w[0].isalpha() for w in words):
        return None
    given = GIVEN_NAME_VARIANTS.get(words[0], words[0]) if len(words) >= 2 else ""
    return (given, words[-1])


def sentence_people(analysis: ArticleAnalysis) -> dict[int, frozenset[tuple[str, str]]]:
    """Per sentence start: the people it names (none for some), a lone surname resolved (see the module
    docstring)."""
    named: list[tuple[int, tuple[str, str]]] = []
    first_full: dict[str, tuple[str, str]] = {}
    for m in sorted(analysis.mentions, key=lambda m: m.span.start):
        if not m.text[:1].isupper():
            continue
        person = _person(m.text)
        if person is None or (m.type != "PERSON" and person[0]):
            continue
        if m.type not in ("PERSON", "OTHER") and person[1] not in first_full:
            continue  # a lone word typed as a place or body is a person only as the surname of one named before
        if person[0]:
            first_full.setdefault(person[1], person)
        named.append((m.span.start, person))
    starts = [s.start for s in analysis.sentences]
    out: dict[int, set[tuple[str, str]]] = {start: set() for start in starts}
    for start, person in named:
        if not person[0]:
            if person[1] not in first_full:
                continue
            person = first_full[person[1]]
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0:
            out.setdefault(starts[at], set()).add(person)
    return {k: frozenset(v) for k, v in out.items()}


_AGENT_TYPES = frozenset(["ORG", "GPE", "EVENT", "OTHER"])
"""The kinds of names whose words are a figure's agents (:attr:`Fact.agents`): not people (compared by
:func:`different_people`), not nouns of office."""
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def sentence_agents(analysis: ArticleAnalysis) -> dict[int, frozenset[str]]:
    """Per sentence start: the words, lower case, of the names of bodies, places and events it writes (mentions of
    :data:`_AGENT_TYPES`, capitalised; function words left out). Countries and acronyms are left out too: outlets
    name them in other words ("the United States" / "America", "the Justice Department" / "DOJ")."""
    starts = [s.start for s in analysis.sentences]
    out: dict[int, set[str]] = {}
    for m in analysis.mentions:
        if m.type not in _AGENT_TYPES or not m.text[:1].isupper() or (m.type != "ORG" and country_of(m.text)):
            continue
        at = bisect.bisect_right(starts, m.span.start) - 1
        if at >= 0:
            words = {w.lower() for w in _NAME_WORD.findall(m.text) if not w.isupper()} - ENGLISH_FUNCTION_WORDS
            out.setdefault(starts[at], set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def sentence_actors(analysis: ArticleAnalysis) -> dict[int, frozenset[str]]:
    """Per sentence start: the surnames, lower case, of the people it tells of (:func:`_actor_words`: not its
    sources)."""
    starts = [s.start for s in analysis.sentences]
    body = analysis.article.body
    out: dict[int, set[str]] = {}
    for m in analysis.mentions:
        if m.type != "PERSON" or not m.text[:1].isupper():
            continue
        at = bisect.bisect_right(starts, m.span.start) - 1
        words = _actor_words(body, m.text, m.span)
        if at >= 0 and words:
            out.setdefault(starts[at], set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


MIN_ACTOR_SURNAME = 3
"""Fewest letters of a surname that makes a person an actor of a figure (:func:`_actor_words`): a shorter word is as
often an initial or a particle left by the name reader as a surname, and an actor read wrongly silences a real
conflict (:func:`other_actors`)."""
SPEAKER_REACH = 3
"""Words either side of a person's name within which a reporting verb makes the person a source of the sentence,
not one it tells of (:func:`_actor_words`)."""


APPOSITION_CHARS = 60
"""Most characters of a comma-delimited apposition after a person's name ("Ana Vell, the Brenmoor police chief,
said"): :func:`_actor_words` looks for the reporting verb after it."""

_APPOSITION = re.compile(r"\s*,[^,.;:!?\"“”]{1," + str(APPOSITION_CHARS) + r"},")


def _actor_words(body: str, text: str, span: Span) -> set[str]:
    """A person a sentence tells of, as an agent: the surname, lower case ("Dan Ebbe signed on a four-year contract":
    ``ebbe``); none for a source, a name within :data:`SPEAKER_REACH` words of a reporting verb ("…, union leader Tom
    Reyes said": two outlets quoting two sources on one figure disagree all the same)."""
    near = _WORD.findall(body, max(0, span.start - 40), span.start)[-SPEAKER_REACH:]
    apposition = _APPOSITION.match(body, span.end)  # "Ana Vell, the Brenmoor police chief, said": past the title
    after = apposition.end() if apposition else span.end
    near += _WORD.findall(body, after, after + 40)[:SPEAKER_REACH]
    if any(w.lower() in REPORTING_VERBS or w.lower() == "according" for w in near):
        return set()
    person = _person(text)
    return {person[1]} if person is not None and len(person[1]) >= MIN_ACTOR_SURNAME else set()


def other_agents(a: Fact, b: Fact) -> bool:
    """Whether two figures are of different bodies, places or events: each sentence names one (:attr:`Fact.agents`)
    by a word the other article never writes ("Fenmore Bank will close 120 branches" / "Calder Bank will close 150
    branches"; "Storm Ada killed 40" / "Storm Bea killed 55"), and the two share no word of a name but common
    words ("bank": one either article writes in lower case, or a common noun of
    :func:`newsfuse.compare.near_synonyms.common_noun`). An outlet that writes the other's name
    anywhere, a sentence naming none, or one name word in both says nothing ("Fenmore Bank" / "Fenmore"; "Brenmoor
    Health Trust" / "Brenmoor Hospital")."""
    if a.written is None or b.written is None:
        return False
    common = a.written.common | b.written.common
    if {w for w in a.agents & b.agents if w not in common and not common_noun(stem(w))}:
        return False  # "Brenmoor Health Trust" / "Brenmoor Hospital": one name in both
    return any(w not in b.written.vocabulary for w in a.agents) and any(w not in a.written.vocabulary for w in b.agents)


def other_actors(a: Fact, b: Fact) -> bool:
    """Whether two figures are of different people: each sentence tells of a person (:attr:`Fact.actors`) the other
    does not, whom the other article never writes ("Esker Rovers signed Tom Reyes on a three-year contract" / "Esker
    Rovers signed Dan Ebbe on a four-year contract"), as :func:`other_agents` reads bodies; sources are no actors
    ("…, union leader Tom Reyes said": two sources on one figure disagree)."""
    if a.written is None or b.written is None:
        return False
    mine, theirs = a.actors - b.actors, b.actors - a.actors
    return any(w not in b.written.vocabulary for w in mine) and any(w not in a.written.vocabulary for w in theirs)


def different_people(a: Fact, b: Fact) -> bool:
    """Whether two facts' sentences name different people of one surname and no person in common."""
    if not a.people or not b.people or a.people & b.people:
        return False
    for _, surname in a.people:
        mine = {g for g, s in a.people if s == surname}
        theirs = {g for g, s in b.people if s == surname}
        if mine and theirs and not mine & theirs:
            return True
    return False


def _fact(
    q: Quantity,
    sentence: Span,
    body: str,
    reference: dt.date | None,
    figures: dict[int, dict[int, str]],
    people: dict[int, frozenset[tuple[str, str]]],
    settings: ConflictsOptions,
    story: Sequence[dt.date] = (),
    names: ArticleWords | None = None,
    things: NamedThings | None = None,
) -> Fact | None:
    """The fact a quantity of the article's prose gives, or None where it has no class or no value (``story``:
    the story's dates, for a relative period of an article that has none; ``names``: what the article writes that
    a count's, an amount's or a percentage's agents are read against)."""
    since = q.kind == "year" and _after_since(q, body)  # read once: class and tenure both need them
    tenure = _tenure_clause(q, body) if q.kind == "year" and not since else None
    cls = _class(q, body, tenure, since)
    if cls is None or (cls[0] in ("number", "money") and _added(q, body)) or _bounds_an_interval(q, body):
        return None
    statement = cls[0] in ("date", "weekday") and dates_a_statement(body, q, sentence)
    others = frozenset(v for at, v in figures.get(sentence.start, {}).items() if at != q.span.start)
    left, right, common = _window(body, q, sentence, cls[0] in ("date", "weekday"))
    alternative: tuple[float, float] | None = None
    bound, inferred, measure = "", False, dict[str, Any]()
    if cls[0] in ("date", "weekday"):
        day = _day_range(q, sentence.slice(body), reference, story)
        if day is None:
            return None
        low, high, alternative, inferred = day
        figure = (low, high)
        if inferred:
            cls = ("date", "")  # an undated weekday resolved on the story's dates meets the dated outlets' dates
    elif q.value is None:
        return None
    elif q.unit == AGE_DECADE_UNIT:
        low, high = _decade_range(q)
        figure = (low, high)
    else:
        low, high, bound, figure = value_range(q, body[max(0, q.span.start - 24) : q.span.start], settings)
        if cls[0] == "number" and cls[1] in _UNITS:
            q, cls, (low, high), figure, measure = _as_measure(q, body, cls, (low, high), figure)
    fact = Fact(q, cls, low, high, left, right, sentence, alternative, reference, bound, figure, common, others,
                statement, people.get(sentence.start, frozenset()), inferred=inferred, **measure)  # fmt: skip
    if cls[0] in ("date", "weekday"):
        fact = dataclasses.replace(
            fact,
            verb=_day_verb(body, q, sentence),
            passive=_passive_verb(body, q, sentence),
            tally=_tally_before(body, q, sentence),
            bodies=_voting_bodies(body, sentence),
            occurrence=occurrence_of(body, q, sentence),
            things=things,
        )
    elif cls[0] in ("number", "money", "percent"):
        fact = _counted(fact, body, right, names, things)
    if cls == ("year", "since"):
        fact = _tenure(fact, body, people, tenure)
    return fact


def _counted(
    fact: Fact, body: str, right: tuple[str, ...], names: ArticleWords | None, things: NamedThings | None = None
) -> Fact:
    """A count's or an amount's fact with its act, its measured noun, its verb, whether it is ahead of the writing
    and its agents; a percentage's with its agents alone."""
    q, sentence = fact.quantity, fact.sentence
    agents = names.agents.get(sentence.start, frozenset()) if names else frozenset()
    actors = names.actors.get(sentence.start, frozenset()) if names else frozenset()
    if fact.cls[0] == "percent":
        return dataclasses.replace(fact, agents=agents, actors=actors, written=names, things=things)
    at = q.span.start - sentence.start
    return dataclasses.replace(
        fact,
        occurrence=Occurrence(act=_act_after(body, q, sentence, gerund=True), later=_later_words(body, q, sentence)),
        measures=_measured(body, q, right, fact.left),
        verb="" if _JOB_LOSS.match(body, q.span.end) else _verb_before(body, q, sentence),  # "announced 900 job cuts"
        parts=_parts(body, q, sentence),
        ahead=weekday_direction(sentence.slice(body), at, at + len(q.span)) > 0,
        agents=agents,
        actors=actors,
        written=names,
        things=things,
    )


_INCLUDING = re.compile(rf"\b(?:{'|'.join(INCLUDING_WORDS)})\b(?P<rest>[^.;:!?]*)")


def _parts(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The content words, stemmed, after a word of including behind a count or an amount in its sentence
    (:attr:`Fact.parts`); empty where none stands there."""
    m = _INCLUDING.search(body, q.span.end, sentence.end)
    if m is None:
        return frozenset()
    return frozenset(stem(w.lower()) for w in _WORD.findall(m.group("rest")) if w.lower() not in _SKIP)


VERB_REACH = 40
"""Characters before a count searched for the past verb whose object it is (:func:`_verb_before`)."""
_COUNT_LEAD = frozenset(["estimated", "roughly", "approximately", "nearly", "almost", "some", "around", "over"])
"""Words between a verb and the count it takes, read past ("killed an estimated 40"; function words too)."""


_PLANNED_JOB_ACTS = JOB_CUT_VERBS | JOBS_KEPT_VERBS


def _verb_before(body: str, q: Quantity, sentence: Span) -> str:
    """The verb whose object a count or amount is ("killed 40 people", "damaged at least 300 homes", "will cut 1,200
    jobs"), stemmed: the nearest word before it past function words and approximation words, where it is a
    simple-past form (``lexicon.is_past_form``) or, a verb of cutting or keeping jobs (``lexicon.JOB_CUT_VERBS``,
    ``lexicon.JOBS_KEPT_VERBS``), stands right after a modal verb or "to" (``lexicon.MODAL_VERBS``: "will keep 1,500
    jobs", "plans to shed 900 jobs"; not "will build 300 homes", whose verb one outlet writes in other words); empty
    otherwise ("40 people died")."""
    words = _LETTER_WORD.findall(body, max(sentence.start, q.span.start - VERB_REACH), q.span.start)
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        lower = word.lower()
        if lower in ENGLISH_FUNCTION_WORDS or lower in _COUNT_LEAD:
            continue
        if word != lower:
            return ""
        return stem(lower) if is_past_form(lower) or (_after_modal(words, k) and lower in _PLANNED_JOB_ACTS) else ""
    return ""


DAY_VERB_REACH = 80
"""Characters before a day searched for the verb of what it dates (:func:`_day_verb`)."""


def _day_verb(body: str, q: Quantity, sentence: Span) -> str:
    """The verb of what a day dates, stemmed: the nearest word before it in its sentence that is a simple-past form
    (one of :data:`newsfuse.lexicon.PAST_WITH_OTHER_READINGS` too) or stands right after a modal verb or "to" ("first
    found lead … in March": ``found``; "will replace the pipes
    in August": ``replac``); empty where none stands within :data:`DAY_VERB_REACH` characters."""
    words = _LETTER_WORD.findall(body, max(sentence.start, q.span.start - DAY_VERB_REACH), q.span.start)
    for k in range(len(words) - 1, -1, -1):
        lower = words[k].lower()
        if words[k] != lower or lower in ENGLISH_FUNCTION_WORDS:
            continue
        if is_past_form(lower) or lower in PAST_WITH_OTHER_READINGS or _after_modal(words, k):
            return stem(lower)
    return ""


def _passive_verb(body: str, q: Quantity, sentence: Span) -> str:
    """The verb of the nearest passive before a day in its sentence, stemmed: a lower-case word right after a form of
    "be" (``lexicon.PASSIVE_AUXILIARIES``: "has been shut since last week": ``shut``), within :data:`DAY_VERB_REACH`
    characters; empty where none stands there."""
    words = _LETTER_WORD.findall(body, max(sentence.start, q.span.start - DAY_VERB_REACH), q.span.start)
    for k in range(len(words) - 1, 0, -1):
        lower = words[k].lower()
        if words[k] == lower and lower not in ENGLISH_FUNCTION_WORDS and words[k - 1].lower() in PASSIVE_AUXILIARIES:
            return stem(lower)
    return ""


def _after_modal(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is the verb of a modal or of an infinitive: it stands right after a modal verb
    (``lexicon.MODAL_VERBS``: "will replace") or after "to" that opens an infinitive ("plans to shed"), which "to"
    after a past form does only where that verb takes one (``lexicon.INFINITIVE_VERBS``: "voted to close"; "was closed
    to traffic", "was sent to prison": a preposition and its noun)."""
    before = words[k - 1].lower() if k > 0 else ""
    if before != "to":
        return before in MODAL_VERBS
    head = words[k - 2].lower() if k > 1 else ""
    return not is_past_form(head) or head in INFINITIVE_VERBS


def _measured(body: str, q: Quantity, right: tuple[str, ...], left: tuple[str, ...]) -> str:
    """The noun a hyphenated count measures ("a 312-page report": ``report``), or a value on a named scale
    (:data:`_SCALE_BEFORE`: the noun after it, "a magnitude 6.1 quake": ``quak``, else the one before the scale,
    "an aftershock of magnitude 4.9": ``aftershock``), stemmed; empty for other counts."""
    if q.kind != "number":
        return ""
    if _SCALE_BEFORE.search(body, max(0, q.span.start - 16), q.span.start):
        if q.unit and not is_past_form(q.unit):  # the noun counted after it ("4.9 struck" counts nothing)
            return q.unit
        return left[1] if len(left) > 1 else ""
    return right[0] if right and body[q.span.end : q.span.end + 1] == "-" else ""


def _tenure(
    fact: Fact, body: str, people: dict[int, frozenset[tuple[str, str]]], clause: tuple[int, int] | None
) -> Fact:
    """A "since" or start year with what :func:`newsfuse.compare.conflicts` compares tenures by: whether a verb
    gives it (``start``), the nouns of office (``roles``: for a "since" year its sentence's, "Mayor" before a name
    too; for a start year only those of the words that start the tenure, "became mayor in 2011", not another office
    the sentence names), and the person a sentence opening with "He" or "She" is about (``clause``: the year's
    :func:`_tenure_clause`, None for a year after "since")."""
    sentence = fact.sentence
    start, end = clause or (sentence.start, sentence.end)
    written = [w.lower() for w in _LETTER_WORD.findall(body, start, end)]
    before = _LETTER_WORD.findall(body, sentence.start, fact.quantity.span.start) if clause is None else []
    begun = _begun(body, clause) if clause is not None else ("", "")
    roles = _offices(written)
    if not roles and begun[0] in TENURE_OFFICE_VERBS and not begun[1]:  # "was first elected in 2013, … as mayor"
        roles = _offices([w.lower() for w in _LETTER_WORD.findall(body, sentence.start, sentence.end)])
    return dataclasses.replace(
        fact,
        start=clause is not None,
        roles=roles,
        offices_of=_offices_of(written),
        holds=frozenset(TENURE_HOLD_VERBS[w] for w in before if w in TENURE_HOLD_VERBS),
        held=_held(body, sentence, fact.quantity.span.start) if clause is None else _started_held(body, clause),
        begun=begun,
        people=fact.people or _pronoun_subject(body, sentence, people),
    )


def _held(body: str, sentence: Span, end: int) -> tuple[str, bool]:
    """What the last verb of holding a post before ``end`` holds (:attr:`Fact.held`, :func:`_phrase_head`); where
    it holds "there", the thing the nearest noun phrase before it in the sentence names ("chairs the food bank, and
    has been in charge there": ``bank``; nothing where none stands there: "She has been in charge there")."""
    tokens = [t.lower() for t in _OBJECT_TOKEN.findall(body, sentence.start, end)]
    verbs = [k for k, t in enumerate(tokens) if t in TENURE_HOLD_VERBS]
    if not verbs:
        return "", False
    verb = verbs[-1]
    if tokens[verb + 1 : verb + 2] == ["there"]:
        opens = [k for k in range(verb) if tokens[k] in NOUN_PHRASE_DETERMINERS]
        return _phrase_head(tokens[opens[-1] : verb]) if opens else ("", False)
    return _phrase_head(tokens[verb + 1 :])


_TAKE_OVER = re.compile(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in TENURE_TAKE_OVER_VERBS) + r")\b")


def _started_held(body: str, clause: tuple[int, int]) -> tuple[str, bool]:
    """What a verb of taking over in ``clause`` takes on (:attr:`Fact.held`, ``lexicon.TENURE_TAKE_OVER_VERBS``:
    "took over the night shelter in 2013": ``shelter``; "took over as director": ``director``, an office, never a
    part); nothing for the other start verbs ("joined the shelter as a volunteer" leads nothing)."""
    verb = _TAKE_OVER.search(body, *clause)
    if verb is None:
        return "", False
    return _phrase_head([t.lower() for t in _OBJECT_TOKEN.findall(body, verb.end(), clause[1])])


_START = re.compile(r"\b(?:" + _start_verbs(TENURE_START_VERBS) + r")\b")


def _begun(body: str, clause: tuple[int, int]) -> tuple[str, str]:
    """The verb that starts a tenure in ``clause`` and the head of its object (:attr:`Fact.begun`), or empty."""
    verb = _START.search(body, *clause)
    if verb is None:
        return "", ""
    head = _phrase_head([t.lower() for t in _OBJECT_TOKEN.findall(body, verb.end(), clause[1])])[0]
    return " ".join(w for w in verb.group().lower().split() if w not in TENURE_START_ADVERBS), head


def _phrase_head(tokens: list[str]) -> tuple[str, bool]:
    """The head of the noun phrase ``tokens`` (lower case) open with, stemmed, past a preposition and a determiner
    ("on the town council": ``council``), and whether a possessive or "of" makes it a part of another thing ("the
    shelter's kitchen", "the kitchen of the shelter"; a noun of office is no part: "the shelter's director")."""
    phrase: list[str] = []
    part = False
    for token in tokens:
        if not phrase and (token in NOUN_PHRASE_DETERMINERS or token in PREPOSITIONS):
            continue
        if token == "of" and phrase:
            part = True
            break
        if not token[0].isalnum() or token in ENGLISH_FUNCTION_WORDS:
            break
        part = part or bool(phrase and phrase[-1].endswith(("'s", "’s")))
        phrase.append(token)
    if not phrase:
        return "", False
    return stem(phrase[-1]), part and phrase[-1] not in OFFICE_TITLES


def _offices(written: list[str]) -> frozenset[str]:
    """The nouns of office among ``written`` (lower-case words), each with the rank before it that makes it another
    office (``lexicon.OFFICE_RANKS``: a deputy mayor is not the mayor, an acting mayor's time is not the mayor's)."""
    return frozenset(
        f"{written[k - 1]} {w}" if k and written[k - 1] in OFFICE_RANKS else w
        for k, w in enumerate(written)
        if w in OFFICE_TITLES
    )


_OF_PHRASE_END = PREPOSITIONS | frozenset(
    ["since", "until", "after", "before", "and", "or", "but", "who", "which", "that", "where", "when"]
)
OF_REACH = 6
"""Most words of the phrase after "<office> of" read for the organisation it names."""


def _offices_of(written: list[str]) -> frozenset[str]:
    """What each office among ``written`` is an office of: the head (last word) of the phrase after "<office> of",
    up to a preposition, a conjunction or :data:`OF_REACH` words ("director of the Millbrook night shelter since"
    → ``shelter``; "director of the shelter's sister hostel in Dunmore" → ``hostel``)."""
    heads = set()
    for k, w in enumerate(written[:-1]):
        if w not in OFFICE_TITLES or written[k + 1] != "of":
            continue
        phrase: list[str] = []
        for word in written[k + 2 : k + 2 + OF_REACH]:
            if word in _OF_PHRASE_END:
                break
            phrase.append(word)
        if phrase:
            heads.add(stem(phrase[-1]))
    return frozenset(heads)


_OPENING_PRONOUN = re.compile(r"\s*(?:He|She)\b")


TALLY_REACH = 60
"""Characters before a day within which a tally of votes in the day's own clause is the vote the day dates ("passed
7-2 on Tuesday", "passed 7-2 at the council on Tuesday")."""
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\b(?:and|but|or|before|after|while|when|until|then|which|who)\b")
"""What ends the clause before a day: a tally behind it is of another clause ("after the 7-2 vote, the council will
meet on Friday"; "voted 7-2 and will meet on Friday"), or the day's clause after it: a word saying the event happens
again behind it is of another phrase (:func:`_recurs`)."""


def _tally_before(body: str, q: Quantity, sentence: Span) -> str:
    """The tally of votes written in the day's clause within :data:`TALLY_REACH` characters before it, as
    ``larger-smaller`` (in words too: "by seven votes to two"); where there is none, the first one after it in its
    clause within :data:`TALLY_REACH_AFTER` characters (:func:`_tally_after`)."""
    start = max(sentence.start, q.span.start - TALLY_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(body, start, q.span.start)]
    begin = breaks[-1] if breaks else start
    found = _tallies_in(body, begin, q.span.start)
    if found:
        return f"{max(found)[1]}-{max(found)[2]}"
    return _tally_after(body, q, sentence)


def _tallies_in(body: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, larger, smaller) of each tally of votes between ``start`` and ``end``, in digits or in words."""
    found = [(m.start(), int(m.group(1)), int(m.group(2))) for m in _TALLY.finditer(body, start, end)]
    for m in _TALLY_IN_WORDS.finditer(body, start, end):
        at = next(k for k in (1, 3, 5) if m.group(k))
        found.append((m.start(), _votes(m.group(at)), _votes(m.group(at + 1))))
    return found


TALLY_REACH_AFTER = 110
"""Characters after a day within which the first tally of votes in the day's clause is the vote it dates, where
none stands before it ("on Tuesday approved the closure by seven votes to two"; "Tuesday's decision by the council
to close the library passed 7-2": the subject the day dates, then its verb)."""
_CLAUSE_BREAK_AFTER = re.compile(
    _CLAUSE_BREAK.pattern + rf"|\b(?:{'|'.join(sorted(CLAUSE_BREAK_AFTER_WORDS))})\b|[.!?]"
)
"""What ends a day's clause after it (a clause break, a word of :data:`CLAUSE_BREAK_AFTER_WORDS`, the sentence's
end): a tally behind it is of another clause ("met on Tuesday, after the motion
passed 7-2"; "will meet on Tuesday on a plan that passed 5-4 in committee")."""


def _tally_after(body: str, q: Quantity, sentence: Span) -> str:
    """The first tally of votes after a day in its clause within :data:`TALLY_REACH_AFTER` characters, or the
    tally set off by a comma that closes the clause (:data:`_TALLY_AFTER_COMMA`), as ``larger-smaller``, or
    empty."""
    end = min(sentence.end, q.span.end + TALLY_REACH_AFTER)
    stop = _CLAUSE_BREAK_AFTER.search(body, q.span.end, end)
    if stop is not None and stop.group() == ",":
        after = _TALLY_AFTER_COMMA.match(body, stop.start(), end)
        if after is not None and int(after.group(1)) >= int(after.group(2)):  # "late Friday night, 51-49."
            return f"{after.group(1)}-{after.group(2)}"
    found = _tallies_in(body, q.span.end, stop.start() if stop else end)
    return f"{min(found)[1]}-{min(found)[2]}" if found else ""


_MOTION_VERB = "|".join(v.replace(" ", r"\s+") for v in MOTION_VERBS)
_TALLY_AFTER_COMMA = re.compile(rf",\s+(?:(?:{_MOTION_VERB})\s+(?:by\s+)?)?" + _TALLY.pattern + r"\s*[.;]")
"""A tally in digits set off by a comma at the end of the day's clause, alone or after the verb of the motion
whose clause the day's closes (:data:`newsfuse.lexicon.MOTION_VERBS`): "approved the bill late Friday night,
51-49."; "the vote, held on Tuesday, passed 7-2."."""


def _voting_bodies(body: str, sentence: Span) -> frozenset[str]:
    """The voting bodies a sentence names, by the body or a member ("senators": the senate; plurals read), where the
    word names one as a body (:func:`_as_a_body`: "the board", "Tarn council", "Board"; not "with the mayor on
    board", "seeking justice")."""
    words = _LETTER_WORD.findall(body, sentence.start, sentence.end)
    found = set()
    for k, word in enumerate(words):
        lower = word.lower()
        named = VOTING_BODIES.get(lower)
        plural = named is None and lower.endswith("s")
        if plural:
            named = VOTING_BODIES.get(lower[:-1]) or (
                VOTING_BODIES.get(lower[:-3] + "y") if lower.endswith("ies") else None
            )
        if named is not None and (plural or _as_a_body(words, k)):
            found.add(named)
    return frozenset(found)


BODY_REACH = 2
"""Words before a body's noun searched for what makes it one body: a determiner, a name or a possessive."""


def _as_a_body(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a noun of a voting body or a member in the singular, names one: it is capitalised
    ("Board", "the Senate"), or within :data:`BODY_REACH` words before it, past modifiers ("the city council"),
    stands a determiner, a name ("Tarn council"; the sentence's first word only right before it) or a possessive
    ("Kesby's planning board"); a preposition or another function word first says it is a word of another sense
    ("on board", "in council")."""
    if words[k][0].isupper():
        return True
    for j in range(k - 1, max(-1, k - 1 - BODY_REACH), -1):
        before, lower = words[j], words[j].lower()
        if lower in NOUN_PHRASE_DETERMINERS or lower == "s" or (before[0].isupper() and (j or j == k - 1)):
            return True  # the sentence's first word is capitalised whatever it is: a name only right before
        if lower in ENGLISH_FUNCTION_WORDS:
            return False
    return False


_LATER_ORDINALS = frozenset(w for w, digits in ORDINAL_WORDS.items() if digits != "1st")
_RECURS = re.compile(
    word_start([re.escape(w).replace("-", r"\s+") for w in RECURRENCE_WORDS], ignore_case=True, not_after=r"[\w-]")
    + r"(?![\w-])",
    re.IGNORECASE,
)
"""A word saying the event happens again ("again", "once more")."""
_STAGE = re.compile(
    rf"(?<![\w-])(?P<stage>{alternation(STAGE_WORDS | _LATER_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))\s+(?P<next>[a-z]+)\b",
    re.IGNORECASE,
)
"""A word naming a stage (an ordinal too) before the word it ranks ("at first reading", "a second vote")."""
_NOT_COUNTED_AFTER_ORDINAL = frozenset(["half", "quarter", "place"])
"""Words after an ordinal that rank or divide something rather than name a stage or an occurrence ("second
half"); function words after it ("second in the table") and superlatives ("second largest") do not either."""
_DAY_LEAD = frozenset(["on", "last", "this", "next", "by", "early", "late", "until", "from"])
"""Words that lead up to a day ("on Tuesday", "late last Tuesday"), read past to the words before them."""
_PLACE_LEAD = frozenset(["at", "in"])
"""Words before a name that make it the place where the event was ("at Kesby Town Hall", "in Tarn"), not what it
was done to or by."""
ACT_REACH = 80
"""Characters after a day searched for the clause verb of :attr:`Occurrence.act`."""
_ACT = re.compile(
    rf"\b(?:to|{alternation(MODAL_VERBS)})"
    r"\s+(?:(?:not|no|longer|also|still|be|been|have)\s+)*(?P<act>[\w’'\-]+)"
)
"""The word after "to" or a modal, "not", "be" and the like read past: the verb of its clause if it is one."""


def occurrence_of(body: str, q: Quantity, sentence: Span) -> Occurrence:
    """What tells which occurrence of its event a day dates (see :class:`Occurrence`)."""
    stages = _stages(body, sentence)
    act = _act_after(body, q, sentence, verb_first=True)
    return Occurrence(
        recurs=bool(stages - STAGE_WORDS) or _recurs(body, q, sentence),
        stages=stages,
        named=_named_before(body, q, sentence),
        act=act if act[0] else _motion_before(body, q, sentence),
        later=_later_words(body, q, sentence),
        decision=_decision(body, q, sentence, act),
    )


_DECISION = re.compile(rf"\b(?:{'|'.join(DECISION_VERBS)})\b")


def _decision(body: str, q: Quantity, sentence: Span, act: tuple[str, str]) -> tuple[str, str]:
    """What a body decided on the day ``q`` (:attr:`Occurrence.decision`): a decision verb in the day's clause before
    it, then the act after the day or, where none stands there, the decision verb's object, a noun made of a verb
    with what it acts on ("approved the closure of the Kesby library on Tuesday": ``closur``, ``library``)."""
    start = max(sentence.start, q.span.start - TALLY_REACH_AFTER)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(body, start, q.span.start)]
    verb = _DECISION.search(body, breaks[-1] if breaks else start, q.span.start)
    if verb is None:
        return "", ""
    if act[0] and act[1]:
        return act
    tokens = [t.lower() for t in _OBJECT_TOKEN.findall(body, verb.end(), q.span.start)]
    nouns = [stem(t) for t in tokens if t not in NOUN_PHRASE_DETERMINERS][:1]
    if not nouns or not _made_of_a_verb(nouns[0]):
        return "", ""
    return nouns[0], _object_head(body, verb.end(), sentence)


_MOTION_BEFORE = re.compile(rf"\b(?:{'|'.join(MOTION_NOUNS)})\s+(?:on|to)\s+(?P<act>[a-z]+)\b")
"""A motion and what it acts on, before a day that dates it ("the vote on closing the pool, held on Tuesday, passed
7-2": ``clos``, ``pool``; :data:`newsfuse.lexicon.MOTION_NOUNS`)."""


def _motion_before(body: str, q: Quantity, sentence: Span) -> tuple[str, str]:
    """The act of the last motion named before a day in its sentence (:data:`_MOTION_BEFORE`), where no act stands
    after the day, and the head of what it acts on, both stemmed; empty where none is named."""
    found = list(_MOTION_BEFORE.finditer(body, sentence.start, q.span.start))
    if not found or found[-1].group("act") in ENGLISH_FUNCTION_WORDS:
        return "", ""
    return stem(found[-1].group("act")), _object_head(body, found[-1].end(), sentence)


_OTHER_TIME = re.compile(rf"\b(?:{alternation(OTHER_TIME_OPENERS)})\b", re.IGNORECASE)


def _later_words(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The stemmed words of the clause of another time after the value (:attr:`Occurrence.later`), up to its end."""
    opener = _OTHER_TIME.search(body, q.span.end, sentence.end)
    if opener is None:
        return frozenset()
    end = _CLAUSE_END.search(body, opener.end(), sentence.end)
    return frozenset(stem(w) for w in _WORD.findall(body, opener.end(), end.start() if end else sentence.end))


def _recurs(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether a word saying the event happens again stands in the day's clause or before the day: one after the day
    behind a clause break (:data:`_CLAUSE_BREAK`) qualifies another phrase ("voted on Tuesday to close the library,
    another blow to the village"; "..., and will vote again in May")."""
    if _RECURS.search(body, sentence.start, q.span.start) is not None:
        return True
    m = _RECURS.search(body, q.span.end, sentence.end)
    return m is not None and _CLAUSE_BREAK.search(body, q.span.end, m.start()) is None


def _stages(body: str, sentence: Span) -> frozenset[str]:
    """The stage words and ordinals of a sentence standing before a word they rank, lower case ("1st" as written;
    see :data:`_NOT_COUNTED_AFTER_ORDINAL`)."""
    found = set()
    for m in _STAGE.finditer(body, sentence.start, sentence.end):
        after = m.group("next")
        if (
            after not in ENGLISH_FUNCTION_WORDS
            and after not in _NOT_COUNTED_AFTER_ORDINAL
            and not after.endswith("est")
        ):
            found.add(m.group("stage").lower())
    return frozenset(found)


def _named_before(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The capitalised words between the day and the nearest lower-case word before it (see
    :attr:`Occurrence.named`); none where they run to the sentence's start or follow a word naming a place
    (:data:`_PLACE_LEAD`: "voted 7-2 in Tarn on Tuesday" names where, not what)."""
    named: list[str] = []
    for word in reversed(_LETTER_WORD.findall(body, sentence.start, q.span.start)):
        if not named and word in _DAY_LEAD:
            continue
        if not word[0].isupper():
            return frozenset(named) if word not in _PLACE_LEAD else frozenset()
        named.append(word.lower())
    return frozenset()


_GERUND_OF = re.compile(r"\s+(?P<act>[a-z]+ing)\s+of\b")
"""A verb's "-ing" noun and "of" right after a value: the act it is the cost or count of ("a $3 billion widening of
the ring road": ``widen``, ``road``)."""


def _act_after(
    body: str, q: Quantity, sentence: Span, verb_first: bool = False, gerund: bool = False
) -> tuple[str, str]:
    """The verb after "to" or a modal in the clause right after the day, and the head of the noun phrase it acts on,
    both stemmed; empty where none stands within :data:`ACT_REACH` characters before a semicolon (the next clause
    after one tells of its own subject: "will close 150 branches; most will become flats") or the word there is a
    function word or a name ("to the council", "to Leeds"); the head empty where a pronoun or no noun follows ("to
    shut it"). With ``verb_first`` (a day), where no such verb stands there, a past verb right after the value
    whose object opens with a determiner is the act ("on Tuesday approved the closure of the pool": ``approv``,
    ``pool``; :func:`_verb_right_after`). With ``gerund`` (a count or an amount), where none stands there, a verb's
    "-ing" noun and "of" right after the value are the act and what it acts on (:data:`_GERUND_OF`)."""
    end = min(sentence.end, q.span.end + ACT_REACH)
    clause_end = body.find(";", q.span.end, end)
    end = clause_end if clause_end >= 0 else end
    m = _ACT.search(body, q.span.end, end)
    while m is not None and m.group("act").lower() in CARDINAL_WORDS:  # "by seven votes to two to close": a tally
        m = _ACT.search(body, m.end(), end)
    if m is None and verb_first:
        m = _verb_right_after(body, q)
    if m is None and gerund:
        m = _GERUND_OF.match(body, q.span.end, end)
    if m is None:
        return "", ""
    act = m.group("act")
    if not act.islower() or act in ENGLISH_FUNCTION_WORDS:
        return "", ""
    return stem(act), _object_head(body, m.end(), sentence)


def _object_head(body: str, start: int, sentence: Span) -> str:
    """The head of the noun phrase from ``start``, stemmed: its last word before a function word or a mark, past a
    determiner; a noun made of a verb is read through its "of" ("the closure of the Kesby swimming pool": ``pool``);
    empty where no noun follows."""
    phrase: list[str] = []
    tokens = _OBJECT_TOKEN.findall(body, start, min(sentence.end, start + ACT_REACH))
    for token in tokens:
        lower = token.lower()
        if not phrase and lower in NOUN_PHRASE_DETERMINERS:
            continue
        if lower == "of" and len(phrase) == 1 and _made_of_a_verb(stem(phrase[0])):
            phrase = []
            continue
        if not token[0].isalnum() or lower in ENGLISH_FUNCTION_WORDS:
            break
        phrase.append(lower)
    return stem(phrase[-1]) if phrase else ""


_VERB_AFTER = re.compile(r"\s+(?P<act>[a-z]+)\s+(?P<det>[a-z]+)\b")


def _verb_right_after(body: str, q: Quantity) -> re.Match[str] | None:
    """The past verb right after a value whose object opens with a determiner ("on Tuesday approved the closure"),
    as a match whose ``act`` group is the verb and whose end is the determiner's start; None otherwise."""
    m = _VERB_AFTER.match(body, q.span.end, min(len(body), q.span.end + 40))
    if m is None or not is_past_form(m.group("act")) or m.group("det") not in NOUN_PHRASE_DETERMINERS:
        return None
    return _VERB_ONLY.match(body, q.span.end)


_VERB_ONLY = re.compile(r"\s+(?P<act>[a-z]+)")


def _made_of_a_verb(noun: str) -> bool:
    """Whether a stemmed noun ends in an ending of ``lexicon.NOUN_ENDINGS`` after a stem of
    :data:`MIN_VERB_STEM` letters ("closur", "approval"): it names an act, and what it acts on follows "of"."""
    return any(noun.endswith(e) and len(noun) - len(e) >= MIN_VERB_STEM for e in NOUN_ENDINGS)


def noun_of_a_verb(noun: str, words: frozenset[str]) -> bool:
    """Whether a stemmed noun is made of one of ``words`` (stems) by an ending of ``lexicon.NOUN_ENDINGS``
    ("closur" of ``clos``, "approval" of ``approv``)."""
    return any(
        noun.endswith(e) and len(noun) - len(e) >= MIN_VERB_STEM and noun[: -len(e)] in words for e in NOUN_ENDINGS
    )


MIN_VERB_STEM = 3
"""Fewest letters of a verb's stem that a noun made of it (``lexicon.NOUN_ENDINGS``) must start with."""


_OBJECT_TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")


def other_occurrences(a: Fact, b: Fact) -> bool:
    """Whether two days' sentences tell of two occurrences of one kind of event (``lexicon.recurrence``): the
    tallies they date differ (a vote has one tally), or are one but the motions after the days act on different
    things (:func:`other_motions`), one says the event happens again, they name different
    stages of a process ("at first reading" / "final approval"), the names the event was done to differ ("beat Tarn
    Town" / "beat Dale City"), or the clauses after the days do different things to different things
    (:func:`other_acts`; "to close the library" / "to shut the library" is one act in two words)."""
    if a.tally and b.tally and a.tally != b.tally:
        return True  # "voted 7-2 on Monday" / "voted 5-4 on Tuesday": a vote has one tally
    if a.tally and b.tally and other_motions(a, b):
        return True  # "7-2 on Monday to close the library" / "7-2 on Tuesday to close the pool": two motions
    x, y = a.occurrence, b.occurrence
    if x is None or y is None:
        return False
    if x.recurs or y.recurs:
        return True
    if x.stages and y.stages and not x.stages & y.stages:
        return True
    if x.named and y.named and not x.named & y.named:
        return True
    return other_acts(a, b)


def other_acts(a: Fact, b: Fact) -> bool:
    """Whether the clauses after two values do different things to different things (:attr:`Occurrence.act`: "$2.4
    billion to build a rail link" / "$3.1 billion to widen the ring road"; "may not sell the water rights" / "must
    repay the fees"): the verbs differ, neither among the other's words (but those of a clause of another time,
    :attr:`Occurrence.later`: "to sell the building once it has closed" / "to close the library"), and so do their
    objects' heads."""
    x, y = a.occurrence, b.occurrence
    if x is None or y is None:
        return False
    (act_x, on_x), (act_y, on_y) = x.act, y.act
    if not (act_x and act_y and on_x and on_y) or act_x == act_y or on_x == on_y:
        return False
    return act_x not in b.words - y.later and act_y not in a.words - x.later


def other_motions(a: Fact, b: Fact) -> bool:
    """Whether two tallies of votes are on motions acting on different things (:attr:`Occurrence.act`'s heads: "voted
    7-2 to close the library" / "voted 5-4 to close the swimming pool"): two votes, whatever the verbs (one body
    votes to close two things on one night); neither head among the other's words ("7-2 to close the library" / "6-3
    to shut it, the library ...": one)."""
    x, y = a.occurrence, b.occurrence
    if x is None or y is None:
        return False
    on_x, on_y = x.act[1], y.act[1]
    return bool(on_x and on_y and on_x != on_y and on_x not in b.words and on_y not in a.words)


def _pronoun_subject(
    body: str, sentence: Span, people: dict[int, frozenset[tuple[str, str]]]
) -> frozenset[tuple[str, str]]:
    """The person a sentence opening with "He" or "She" and naming no one is about: the one person named by the
    sentence right before it (none where that sentence names several or no one: "The shelter's cook is popular.
    She has run the kitchen since 2013" is not about a person named further back)."""
    if not _OPENING_PRONOUN.match(body, sentence.start, sentence.end):
        return frozenset()
    before = [start for start in people if start < sentence.start]
    named = people[max(before)] if before else frozenset()
    return named if len(named) == 1 else frozenset()


def facts_of(
    analysis: ArticleAnalysis, references: Sequence[dt.date] = (), settings: ConflictsOptions = _DEFAULTS
) -> list[Fact]:
    """The article's facts: quantities of its own prose that have a class (see the module docstring).

    ``references`` are the story's article dates, which complete a date written without its year;
    ``settings`` the rounding and "about" shares.
    """
    article = analysis.article
    body = article.body
    quoted = quoted_mask(analysis)
    for quote in analysis.quotes:
        for span in quote.spans:
            quoted[span.start : span.end] = b"\x01" * len(span)
    dateline = article.dateline.span if article.dateline and article.dateline.span else None
    reference = reference_date(article)
    figures = sentence_figures(analysis, reference)
    people = sentence_people(analysis)
    named = any(q.kind in ("number", "money", "percent") for q in analysis.quantities)
    names = ArticleWords(analysis) if named else None
    things = NamedThings(body)
    out: list[Fact] = []
    for values, cls_unit in _PATTERN_CLASSES:
        out += _found_facts(analysis, quoted, values(body), cls_unit, (reference, figures, people))
    months = _months(analysis)
    in_tallies = [f.quantity.span for f in out] + [q.span for q in months]
    for q in (*months, *(_completed(q, [reference] if reference else references) for q in analysis.quantities)):
        if q.context is None or quoted[q.span.start] or (dateline and dateline.overlaps(q.span)):
            continue
        if q.kind != "relative_date" and any(t.overlaps(q.span) for t in in_tallies):
            continue  # the counts of a tally ("58-41") or a time ("10.30am") are its own, not counts of their own
        fact = _fact(q, q.context, body, reference, figures, people, settings, references, names, things)
        if fact is not None:
            out.append(fact)
    periods = _statistic_periods(analysis, months)
    return [f for f in _dated(out, body) if f.quantity.span not in periods]


NAMED_MODIFIERS = 2
"""Lower-case words between a name and the noun it names a thing of that are read past ("the Harwick river bridge":
``river``)."""
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


def _named_things(body: str, sentence: Span) -> tuple[tuple[str, frozenset[str]], ...]:
    """The common nouns of a sentence that a capitalised name names a thing of, each with the name's words, stemmed
    ("The Harwick river bridge was closed": ``bridg``, {``harwick``}; ``river``, {``harwick``}): the name before
    the noun, past at most :data:`NAMED_MODIFIERS` lower-case words (:func:`_modifier`). Not a noun that is a past
    form or a reporting verb ("Police arrested"), nor names that are function words, months, weekdays, countries or
    acronyms (outlets write those in other words: "the US economy" / "the American economy"), nor a lone capital
    opening the sentence ("Police estimate 40 people")."""
    tokens = _TOKEN.findall(body, sentence.start, sentence.end)
    out: dict[str, set[str]] = {}
    reach = sorted({k for c, t in enumerate(tokens) if t[:1].isupper() for k in range(c + 1, c + NAMED_MODIFIERS + 2)})
    for k in reach:  # the words a name stands within reach of: few of most sentences
        word = tokens[k] if k < len(tokens) else ""
        if not word.islower() or word in ENGLISH_FUNCTION_WORDS or is_past_form(word) or word in REPORTING_VERBS:
            continue
        head = stem(word)
        if not common_noun(head):
            continue
        j = k - 1
        while j >= 0 and k - j <= NAMED_MODIFIERS and _modifier(tokens[j]):
            j -= 1
        namers = set()
        while j >= 0 and tokens[j][:1].isupper() and not tokens[j].isupper():
            if j == 0 and not tokens[1][:1].isupper():
                break  # "Police estimate 40 people": a capital that opens the sentence may be no name
            lower = POSSESSIVE_MARK.sub("", tokens[j].lower())  # "Thursday's talks": a weekday, no name
            if lower in ENGLISH_FUNCTION_WORDS or lower in MONTHS or lower in WEEKDAYS or country_of(tokens[j]):
                break
            namers.add(stem(lower))
            j -= 1
        if namers:
            out.setdefault(head, set()).update(namers)
    return tuple(sorted((head, frozenset(names)) for head, names in out.items()))


_NO_MODIFIERS = ENGLISH_FUNCTION_WORDS | REPORTING_VERBS


def _modifier(word: str) -> bool:
    """Whether a word between a name and its noun reads as a modifier: lower case, no function word, no past form or
    reporting verb ("Police arrested 40 people": no name of the people)."""
    return word.islower() and word not in _NO_MODIFIERS and not is_past_form(word)


class NamedThings:
    """The things an article's sentences name (:func:`_named_things`), read for a sentence the first time two facts
    of it are compared (:func:`other_named_things`: few are), once per sentence."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.read: dict[int, tuple[tuple[str, frozenset[str]], ...]] = {}

    def of(self, sentence: Span) -> tuple[tuple[str, frozenset[str]], ...]:
        if sentence.start not in self.read:
            self.read[sentence.start] = _named_things(self.body, sentence)
        return self.read[sentence.start]


def other_named_things(a: Fact, b: Fact) -> bool:
    """Whether two values are of two things of one kind their sentences name by different names (:attr:`Fact.things`:
    "The Harwick river bridge was closed last week" / "The Lowfield canal bridge was closed on Tuesday"): a noun both
    name a thing of, by names that share no word, neither among the other's words."""
    if a.things is None or b.things is None:
        return False
    theirs = dict(b.things.of(b.sentence))
    for head, mine in a.things.of(a.sentence):
        other = theirs.get(head)
        if other and not mine & other and not mine & b.words and not other & a.words:
            return True
    return False


def _statistic_periods(analysis: ArticleAnalysis, months: list[Quantity]) -> set[Span]:
    """The months right after a share, the period of a statistic ("inflation fell to 3.1% in March"): they date the
    share's sentence (:attr:`Fact.days`: 3.1% in March and 3.4% in February are two figures) but are no event's
    day to compare themselves."""
    body = analysis.article.body
    shares = {q.span.end for q in analysis.quantities if q.kind == "percent"}
    periods = set()
    for q in months:
        opening = _AFTER_SHARE.search(body, max(0, q.span.start - 12), q.span.start)
        if opening is not None and opening.start() in shares:
            periods.add(q.span)
    return periods


_FULL_MONTH_NAMES = alternation({m.capitalize() for m in MONTH_NAMES})
_IN_MONTH = re.compile(
    rf"\b[Ii]n\s+(?P<period>(?:(?:early|mid|late)[\s-])?(?:{_FULL_MONTH_NAMES})(?:\s+\d{{4}})?)\b"
    r"(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)"
)
"""A month named as the period something happened in ("in March", "in early March", "in March 2024", "In March, 300
people left"; not "in March 3", a day the quantities read)."""
_AFTER_SHARE = re.compile(r"\s+[Ii]n\s+$")
"""The "in" of a month and the space before it, to find a share right before ("3.1% in March")."""


def _months(analysis: ArticleAnalysis) -> list[Quantity]:
    """The months the article names as periods (:data:`_IN_MONTH`), as relative dates in their sentences, which
    :func:`newsfuse.article.dates.period_range` resolves; read here, not among the article's quantities, so other
    stages see what they saw. A month alone that is a word of a person's name the article writes is none
    (:func:`_month_names_of_people`: "confidence in May")."""
    body = analysis.article.body
    starts = [s.start for s in analysis.sentences]
    named: frozenset[str] | None = None  # read at the first month written alone: most articles write none
    out = []
    for m in _IN_MONTH.finditer(body):
        at = bisect.bisect_right(starts, m.start()) - 1
        if at < 0 or m.end() > analysis.sentences[at].end:
            continue
        text = m.group("period")
        if text.lower() in MONTH_NAMES and named is None:
            named = _month_names_of_people(analysis)
        if named and text.lower() in named:
            continue  # "confidence in May" where the article names Rhona May: the person as likely as the month
        span = Span(m.start("period"), m.end("period"))
        out.append(
            Quantity(article=analysis.article.id, span=span, text=text, kind="relative_date",
                     unit=" ".join(text.lower().split()), context=analysis.sentences[at].span)
        )  # fmt: skip
    return out


_NAMED_MONTH = re.compile(rf"\b(?P<given>[A-Z][a-z]+)\s+(?P<month>{_FULL_MONTH_NAMES})\b")
"""A capitalised word right before a full month name: a person's given name and surname ("Rhona May") unless the
word is a function word or a word of time (:data:`_NOT_GIVEN_BEFORE_MONTH`: "In May", "Last May")."""
_NOT_GIVEN_BEFORE_MONTH = (
    ENGLISH_FUNCTION_WORDS | frozenset(["last", "early", "late", "mid", "next", "every"]) | set(MONTHS) | set(WEEKDAYS)
)


def _month_names_of_people(analysis: ArticleAnalysis) -> frozenset[str]:
    """The full month names (lower case) the article writes as a person's surname, after a capitalised word that is
    no function word or word of time ("Rhona May", "councillor Ann June"): "in May" alone may be the person there
    ("confidence in May"); with a year or a part ("in May 2024", "in early May") it is the month."""
    return frozenset(
        m.group("month").lower()
        for m in _NAMED_MONTH.finditer(analysis.article.body)
        if m.group("given").lower() not in _NOT_GIVEN_BEFORE_MONTH
    )


class ArticleWords:
    """What an article writes that :func:`other_agents` reads: each sentence's agents (:func:`sentence_agents`),
    and, read only where two facts' agents are compared, every word in lower case and the words written so."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self.body = analysis.article.body
        self.agents = sentence_agents(analysis)
        self.actors = sentence_actors(analysis)

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(_NAME_WORD.findall(lowered(self.body)))

    @functools.cached_property
    def common(self) -> frozenset[str]:
        return frozenset(w for w in _NAME_WORD.findall(self.body) if w.islower())


def _dated(facts: list[Fact], body: str) -> list[Fact]:
    """Each value gets the days of events its sentence gives (:attr:`Fact.days`; a guessed weekday: the reading its
    tense gives, the other one being for comparing days, where keeping it is the cautious side), and the year "in"
    which its own clause tells it happened (:func:`_clause_years`)."""
    days: dict[int, list[tuple[float, float]]] = {}
    spans: dict[int, list[Span]] = {}
    for f in facts:
        if f.cls[0] == "date" and not f.statement:
            days.setdefault(f.sentence.start, []).append((f.low, f.high))
            spans.setdefault(f.sentence.start, []).append(f.quantity.span)
    years: dict[int, list[Fact]] = {}
    for f in facts:
        if f.cls == ("year", "") and _IN_BEFORE.search(body, max(0, f.quantity.span.start - 4), f.quantity.span.start):
            years.setdefault(f.sentence.start, []).append(f)
    if not days and not years:
        return facts
    out = []
    for f in facts:
        start = f.sentence.start
        if f.cls[0] in ("date", "weekday") or (start not in days and start not in years):
            out.append(f)
            continue
        found, where = list(days.get(start, [])), list(spans.get(start, []))
        for span, year in _clause_years(f, years.get(start, []), body):
            found.append(year)
            where.append(span)
        out.append(dataclasses.replace(f, days=_days_of(f, found, where)) if found else f)
    return out


_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
"""The "in" right before a year that dates an event ("signed a four-year deal in 2021"; not "since 2009", "by 2031")."""


def _clause_years(f: Fact, years: list[Fact], body: str) -> list[tuple[Span, tuple[float, float]]]:
    """The years after "in" (of class ``("year", "")``, never a "since" year) in ``f``'s sentence and clause (no
    :data:`_CLAUSE_BREAK` between them: "The plant, opened in 1987, will cut 300 jobs" gives the cut no year), each
    as its first and last day: the year of the event the clause tells ("Reyes had signed a four-year deal with Dale
    City in 2021": not the deal of another outlet's "signed on Friday")."""
    out = []
    for y in years:
        if y.sentence != f.sentence or y is f or not dt.MINYEAR <= (y.quantity.value or 0) <= dt.MAXYEAR:
            continue
        first, last = sorted((f.quantity.span, y.quantity.span), key=lambda s: s.start)
        if _CLAUSE_BREAK.search(body, first.end, last.start) is None:
            year = int(y.quantity.value or 0)
            out.append(
                (y.quantity.span, (float(dt.date(year, 1, 1).toordinal()), float(dt.date(year, 12, 31).toordinal())))
            )
    return out


def _days_of(f: Fact, days: list[tuple[float, float]], spans: list[Span]) -> tuple[tuple[float, float], ...]:
    """The days of events ``f``'s sentence gives; for a place in a race only the nearest one, the day of its race
    ("Pike, who finished fifth last year, ran again on Sunday": last year)."""
    if f.cls[0] != "rank":
        return tuple(days)
    at = f.quantity.span
    distance = [max(s.start - at.end, at.start - s.end) for s in spans]
    return (days[distance.index(min(distance))],)


def plan_then_report(a: Fact, b: Fact) -> bool:
    """Whether one day is a plan and the other a later outlet's report: an update, not a disagreement.

    A day wholly after its article's date is a plan or an expectation ("will
    vote later this week"); a day on or before its article's date reports what
    happened ("voted on Monday"). Where the report was written after the plan,
    the plan may have moved in between; where it was written first, the plan's
    outlet says that what another outlet already reported has not happened,
    and that is compared. So is a plan another outlet wrote about once the
    plan's first day had come ("will vote on Friday" written a week before
    "will vote later this week"): whatever the later outlet says then, a new
    plan or what happened, is an update of a plan that is out of date.
    A plan and a report whose sentences each give figures, none of them the
    other's, are two occurrences the figures tell apart ("reached 38C on
    Sunday" / "is forecast to reach 41C on Tuesday": two days' heat); so are a
    plan and a report of two verbs, neither among the other's words
    (``Fact.verb``: "found lead in the pipes in March" / "will replace the
    pipes in August": two acts).
    """
    for plan, report in ((a, b), (b, a)):
        if plan.published is None or report.published is None or plan.inferred or report.inferred:
            continue
        written = report.published.toordinal()
        ahead, done = plan.low > plan.published.toordinal(), report.high <= written
        if ahead and report.published > plan.published and (done or written >= plan.low):
            return True
        if ahead and done and plan.figures and report.figures and not plan.figures & report.figures:
            return True
        if ahead and done and _other_day_verbs(plan, report):
            return True
    return False


def _other_day_verbs(a: Fact, b: Fact) -> bool:
    """Whether two days date acts of two verbs (``Fact.verb``), neither among the other's words."""
    return bool(a.verb and b.verb and a.verb != b.verb and a.verb not in b.words and b.verb not in a.words)


def forecast_then_update(a: Fact, b: Fact) -> bool:
    """Whether one count or amount is a forecast and the other an outlet's figure written on a later day: an
    update, not a disagreement (what :func:`plan_then_report` says of days). "The mayor will announce 12 new bus
    routes" (written on Monday) and "the mayor announced 15 new bus routes" (on Wednesday): the plan may have grown
    in between. A forecast written after the other figure, or on its day, is compared."""
    for plan, later in ((a, b), (b, a)):
        if plan.ahead and plan.published and later.published and later.published > plan.published:
            return True
    return False


OUTCOME_GAP = 14
"""Days before a plan's writing beyond which another outlet's dated figure is an earlier outcome, not the plan's
announcement (:func:`plan_after_outcome`): the news of a plan is a week or two old at most."""


def plan_after_outcome(a: Fact, b: Fact) -> bool:
    """Whether one count or amount is ahead of its writing (``Fact.ahead``: "will cut 1,200 jobs") and the other's
    sentence dates its event wholly more than :data:`OUTCOME_GAP` days before that writing ("cut 300 jobs two years
    ago"): a plan and an earlier outcome, two occurrences (what :func:`on_other_days` says of two dated sentences).
    A day nearer the writing may date the plan's own announcement ("announced 1,500 job cuts on Monday")."""
    for plan, done in ((a, b), (b, a)):
        before = plan.published.toordinal() - OUTCOME_GAP if plan.published else None
        if plan.ahead and before is not None and done.days and all(high < before for _, high in done.days):
            return True
    return False


def on_other_days(a: Fact, b: Fact) -> bool:
    """Whether two values' sentences date their events on days that cannot be one ("met Sunday … for the first
    time" / "Thursday's meeting … the second time"): two occurrences, so two facts, whatever their words share."""
    return bool(a.days and b.days) and not any(_meet(x, y) for x in a.days for y in b.days)


def title_facts(
    analysis: ArticleAnalysis,
    body: Sequence[Fact],
    references: Sequence[dt.date] = (),
    settings: ConflictsOptions = _DEFAULTS,
) -> list[Fact]:
    """The facts of the article's headline, marked ``in_title``, their spans into the headline.

    The headline is read as a one-sentence text dated like the article; a
    value it shares with the body's facts (``body``: same class, values that
    agree) is left to the body, whose words say more about it: only what the
    headline alone states is added.
    """
    article = analysis.article
    quantities = headline_quantities(article)
    if not quantities:
        return []
    headline = headline_article(article)
    sentences = (Sentence(0, len(headline.body)),)
    found = facts_of(
        ArticleAnalysis(article=headline, sentences=sentences, quantities=quantities), references, settings
    )
    return [
        dataclasses.replace(f, in_title=True)
        for f in found
        if not any(b.cls == f.cls and compatible(b, f) for b in body)
    ]


def _tallies(body: str) -> list[tuple[int, int, int, int]]:
    """(start, end, larger, smaller) of each tally in ``body`` ("passed 58-41", "a vote of 219 to 212").

    A tally puts the larger count first; a pair rising ("10-15") or followed
    by a unit ("10-15 years", "3-5%") is a range, not a tally.
    """
    out = []
    for m in _TALLY.finditer(body):
        first, second = int(m.group(1)), int(m.group(2))
        if first >= second and not _RANGE_AFTER.match(body, m.end()):
            out.append((m.start(), m.end(), first, second))
    in_words = _TALLY_IN_WORDS if "votes to" in lowered(body) else _TALLY_WITHOUT_VOTES_TO
    for m in in_words.finditer(body):
        at = next(k for k in (1, 3, 5) if m.group(k))
        first, second = _votes(m.group(at)), _votes(m.group(at + 1))
        if first >= second:
            out.append((m.start(at), m.end(at + 1), first, second))
    return sorted(out)


def _votes(count: str) -> int:
    """A count of votes written in digits or in number words ("7", "seven", "twenty-five")."""
    return int(count) if count.isdigit() else sum(CARDINAL_WORDS[w] for w in re.split(r"[-\s]+", count.lower()))


def _tally_values(body: str) -> list[tuple[int, int, float]]:
    """The tallies of ``body`` as values of their own class (``("tally", "")``): larger count scaled, plus smaller."""
    return [(start, end, float(first * TALLY_SCALE + second)) for start, end, first, second in _tallies(body)]


def _clock_values(body: str) -> list[tuple[int, int, float]]:
    """The times of day of ``body`` as values of their own class (``("clock", "")``).

    The value is the minute of the day; the range allows what the written
    time may round (see :func:`_clock_range`).
    """
    found = []
    for m in _CLOCK.finditer(body):
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        if not 1 <= hour <= 12 or minute > 59:
            continue
        afternoon = m.group("half").lower().startswith("p")
        found.append((m.start(), m.end(), float((hour % 12 + 12 * afternoon) * 60 + minute)))
    return found


def _ordinal_values(body: str) -> list[tuple[int, int, float]]:
    """How many times something has happened, as an ordinal ("for the third time"): values of class
    ``("ordinal", "")``.

    Only an ordinal before "time" counts occurrences; "the second-ranking
    official", "the third quarter" rank or name things, and are left out.
    """
    found = []
    for t in _TIME_WORD.finditer(body):
        m = _ORDINAL_BEFORE.search(body, max(0, t.start() - 12), t.start() + 1)
        if m is not None:
            written = ORDINAL_WORDS.get(m.group("n").lower(), m.group("n").lower())  # "third" → "3rd"
            found.append((m.start("n"), m.end("n"), float(written[:-2])))
    return found


def _rank_values(body: str) -> list[tuple[int, int, float]]:
    """Places in a race, a ranking or a poll ("Ana Vell finished third", "came in 12th", "in fifth place"): values
    of class ``("rank", "")``, the place as a number; each ordinal once, whichever pattern finds it."""
    found: dict[int, tuple[int, int, float]] = {}
    ordinals = list(_RANK_AFTER_VERB.finditer(body))
    for noun in _RANK_NOUN.finditer(body):
        m = _ORDINAL_BEFORE_NOUN.search(body, max(0, noun.start() - 16), noun.start())
        if m is not None:
            ordinals.append(m)
    for m in ordinals:
        if _NOT_A_RANK.match(body, max(0, m.start("n") - 7), m.end("n") + 7) or m.start("n") in found:
            continue
        written = m.group("n").lower()
        found[m.start("n")] = (m.start("n"), m.end("n"), float(ORDINAL_WORDS.get(written, written)[:-2]))
    return sorted(found.values())


def _place_values(body: str) -> list[tuple[int, int, float]]:
    """Where something happened: a city of the gazetteer after "in" or "at" ("opened the bridge at a ceremony in
    Leeds"), not a country ("in France") nor a month or weekday that names a town too ("in March"), as values of
    class ``("place", "")`` (the value itself is unused)."""
    return [
        (m.start("place"), m.end("place"), 0.0)
        for m in _IN_PLACE.finditer(body)
        if m.group("place").lower() not in _NOT_NAME_WORDS
        and is_place(m.group("place"))
        and country_of(m.group("place")) is None
    ]


_PATTERN_CLASSES: tuple[tuple[Callable[[str], list[tuple[int, int, float]]], tuple[str, str]], ...] = (
    (_tally_values, ("tally", "tally")),
    (_clock_values, ("clock", CLOCK_UNIT)),
    (_ordinal_values, ("ordinal", ORDINAL_UNIT)),
    (_rank_values, ("rank", RANK_UNIT)),
    (_place_values, ("place", PLACE_UNIT)),
)
"""The classes found by a pattern of their own rather than among the quantities: each finder gives (start, end,
value) in the body, :func:`_found_facts` keeps those standing in prose. A place fact also keeps its article's text
(:attr:`Fact.names`, one per article), to tell whether the article names another place anywhere."""


class PlaceNames:
    """What an article writes, read once for every place another outlet's fact asks about (:func:`names_place`).

    A place of one word or two ("Exeter", "New York") is looked up among the
    article's words (runs of word characters) and pairs of words one space
    apart, built the first time a place is asked about; a place written
    otherwise ("King's Lynn") is searched for, once per place.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._asked: dict[str, bool] = {}

    @functools.cached_property
    def _words(self) -> frozenset[str]:
        words = list(_WORD_RUN.finditer(self.text))
        pairs = (
            f"{a.group()}{between}{b.group()}"
            for a, b in itertools.pairwise(words)
            if len(between := self.text[a.end() : b.start()]) == 1 and between.isspace()
        )
        return frozenset(w.group() for w in words) | frozenset(pairs)

    def __contains__(self, place: str) -> bool:
        if _ONE_OR_TWO_WORDS.fullmatch(place):
            return place in self._words
        if place not in self._asked:
            self._asked[place] = re.search(rf"(?<!\w){re.escape(place)}(?!\w)", self.text) is not None
        return self._asked[place]


_WORD_RUN = re.compile(r"\w+")
_ONE_OR_TWO_WORDS = re.compile(r"\w+(?:\s\w+)?")


def names_place(f: Fact, place: str) -> bool:
    """Whether the article of the place fact ``f`` names ``place`` anywhere (as a word)."""
    return f.names is not None and place in f.names


def places_meet(a: str, b: str) -> bool:
    """Whether two place names may name one place: the same name, or cities of the gazetteer of which some two of
    those names lie within :data:`PLACE_APART_KM` of each other (a district in its city; a name of
    several cities: any of them). A name the gazetteer holds no city of (a region) may always be the other place."""
    x, y = a.casefold(), b.casefold()
    if x == y:
        return True
    cities = city_positions()
    if x not in cities or y not in cities:
        return True
    return any(_km(p, q) <= PLACE_APART_KM for p in cities[x] for q in cities[y])


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """The great-circle distance of two (latitude, longitude) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _other_zones(a: str, b: str) -> bool:
    """Whether two written times name two different time zones."""
    x, y = _ZONE.search(a), _ZONE.search(b)
    return x is not None and y is not None and x.group(1) != y.group(1)


def _clock_range(text: str, value: float, before: str) -> tuple[float, float]:
    """The minutes of the day a written time allows: :data:`CLOCK_SLACK` either way, twice that for a whole hour
    ("10am" may be 10.20), and as much again after "about", "around", "shortly", "just"."""
    slack = CLOCK_SLACK * (1 if re.search(r"[:.]\d\d", text) else 2)
    if _CLOCK_APPROXIMATE.search(before):
        slack += 2 * CLOCK_SLACK
    return value - slack + 0.5, value + slack - 0.5


def _found_facts(
    analysis: ArticleAnalysis,
    quoted: bytearray,
    found: list[tuple[int, int, float]],
    cls_unit: tuple[str, str],
    context: tuple[dt.date | None, dict[int, dict[int, str]], dict[int, frozenset[tuple[str, str]]]],
) -> list[Fact]:
    """Facts of one class found in the body by a pattern (start, end, value), kept where they stand in prose."""
    reference, figures, people = context
    body = analysis.article.body
    out: list[Fact] = []
    if not found:
        return out
    starts = [s.start for s in analysis.sentences]
    names = PlaceNames(body) if cls_unit[0] == "place" else None  # one per article, shared by its place facts
    for start, end, value in found:
        at = bisect.bisect_right(starts, start) - 1
        if at < 0 or quoted[start] or end > analysis.sentences[at].end:
            continue
        sentence = analysis.sentences[at]
        q = Quantity(
            article=analysis.article.id,
            span=Span(start, end),
            text=body[start:end],
            kind="number",
            value=value,
            unit=cls_unit[1],
            context=sentence.span,
        )
        is_clock = cls_unit[0] == "clock"
        left, right, lower = _window(body, q, sentence.span, is_clock)
        others = frozenset(v for pos, v in figures.get(sentence.start, {}).items() if pos not in (start, -1 - start))
        low, high = _clock_range(q.text, value, body[max(0, start - 24) : start]) if is_clock else (value, value)
        motion = (
            Occurrence(act=_act_after(body, q, sentence.span), named=_named_before(body, q, sentence.span))
            if cls_unit[0] == "tally"
            else None
        )
        out.append(
            Fact(q, (cls_unit[0], ""), low, high, left, right, sentence.span, None, reference, "", (low, high),
                 lower, others, False, people.get(sentence.start, frozenset()), names=names, occurrence=motion)
        )  # fmt: skip
    return out


def story_weights(facts: Sequence[Fact]) -> dict[str, float]:
    """Inverse document frequency of each window word over the story's facts."""
    df: dict[str, int] = {}
    for f in facts:
        for w in f.words:
            df[w] = df.get(w, 0) + 1
    n = max(1, len(facts))
    return {w: math.log(1 + n / c) for w, c in df.items()}
