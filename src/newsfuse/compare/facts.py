"""Facts: a value an article gives, what it is a value of, and the range it allows.

A *fact* is one quantity of an article's own prose (never inside quotation
marks, never in the dateline) with

- its **class**: counts of one noun ("2,000 people", "a 300-page report"),
  ages ("45-year-old", "aged 45", and a whole number in apposition to a
  name: "Hannah Pike, 34," / "Hannah Pike (34)"; "now 36", "who turned 36",
  "At 36, …": :mod:`~newsfuse.compare.fact_ages`), amounts of one currency,
  percentages, years (a "since" year or one that starts a tenure is a class
  of its own, :mod:`~newsfuse.compare.fact_tenure`), days
  (:mod:`~newsfuse.compare.fact_days`), lengths and masses in any unit
  (:mod:`~newsfuse.compare.fact_units`), durations in two units of time
  (one class, :mod:`~newsfuse.compare.fact_durations`), and the classes
  found by a pattern of their own: tallies, times of day, ordinal counts of
  occurrences, places in a race, places of events, standings among a kind,
  orders of precedence (:mod:`~newsfuse.compare.fact_patterns`) and an office
  holder's place in its order (:mod:`~newsfuse.compare.fact_offices`). Only
  facts of one class are ever compared; a number that counts nothing named
  (class ``("number", "")``) is compared with nothing, but it can show that an
  article gives a value;
- its **words**: the content words on either side of it in its sentence,
  nearest first, stemmed (``left`` and ``right``), which say what it is a
  value of ("killed … people in the region");
- its **range**: the values it allows once rounding and approximate words
  are read (:mod:`~newsfuse.compare.fact_values`). Two facts whose ranges
  meet are consistent (:func:`compatible`).

A figure counting nothing named is of the noun before "of" ("a fine of
45,000") or of a verb's noun ("fined Tarn Water 45,000": a fine); a count of
workers or jobs after a verb of cutting jobs is a count of jobs cut ("will lay
off 1,500 workers" / "will cut 1,200 jobs"); a figure after a word of addition
("another 3,500 residents") is no value of a total and no fact.

Each fact also keeps the **figures** of its sentence: the other numbers,
amounts, percentages, years and tallies ("voted 7-2") it gives (not days, not small counts below
:data:`MIN_FIGURE`, not the years next to the article's own), as written
values. Two sentences that give the same such figure ("empty in 2041")
are about the same matter whatever their words.

What else a fact keeps lives with its concept: the days its sentence gives
for events and the readings of plans and reports
(:mod:`~newsfuse.compare.fact_days`); the people, bodies, named things and
places its sentence names (:mod:`~newsfuse.compare.fact_names`); what tells
which occurrence of an event a day dates, its tally among them
(:mod:`~newsfuse.compare.fact_occurrences`); what a day's verb acts on and the
scheduled event it dates (:mod:`~newsfuse.compare.fact_dated`); a phrasal
verb as its one-word verb (:mod:`~newsfuse.compare.fact_phrasal`); the low
end of a written range (:mod:`~newsfuse.compare.fact_ranges`); the text readers these share
(:mod:`~newsfuse.compare.fact_text`).
"""

import bisect
import dataclasses
import datetime as dt
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsfuse.article.dates import (
    WEEKDAYS,
    is_ago,
    is_month,
    reference_date,
    utc_day_shift,
)
from newsfuse.article.quantities import (
    AGE_DECADE_UNIT,
    POSSESSIVE_MARK,
    headline_article,
    headline_quantities,
    weekday_direction,
)
from newsfuse.article.stems import stem
from newsfuse.compare.align import quoted_mask
from newsfuse.compare.fact_ages import age_now
from newsfuse.compare.fact_agreements import term_of_agreement
from newsfuse.compare.fact_dated import dated
from newsfuse.compare.fact_days import (
    bounds_an_interval,
    completed_date,
    dated_facts,
    dates_a_statement,
    day_range,
    month_periods,
    over_their_length,
    statistic_periods,
    with_neighbouring_days,
)
from newsfuse.compare.fact_durations import durations_meet
from newsfuse.compare.fact_forecasts import at_a_moment, foretold, revised, whole
from newsfuse.compare.fact_job_losses import JOBS_CUT_UNIT, job_act, job_cuts_after, jobs_cut
from newsfuse.compare.fact_matches import sentence_sides, side_after
from newsfuse.compare.fact_names import ArticleWords, NamedThings, PlaceNames, places_meet, sentence_people
from newsfuse.compare.fact_occurrences import (
    MIN_VERB_STEM,
    Occurrence,
    act_after,
    later_words,
    named_before,
    occurrence_of,
    tally_before,
    voting_bodies,
)
from newsfuse.compare.fact_offices import succession_unit
from newsfuse.compare.fact_outcome_verbs import outcome_after
from newsfuse.compare.fact_patterns import (
    PATTERN_CLASSES,
    TALLY,
    Standing,
    clock_range,
    other_zones,
    split_question,
    standing_of,
)
from newsfuse.compare.fact_phrasal import phrase_starting_at
from newsfuse.compare.fact_positions import origin
from newsfuse.compare.fact_predicates import restriction_of
from newsfuse.compare.fact_ranges import with_range
from newsfuse.compare.fact_rates import per_period
from newsfuse.compare.fact_routes import route_of
from newsfuse.compare.fact_standings import standings_meet
from newsfuse.compare.fact_tenure import after_since, tenure_clause, with_tenure
from newsfuse.compare.fact_text import CALENDAR_WORDS, CLAUSE_BREAK, CONDITION, LETTER_WORD, WORD
from newsfuse.compare.fact_told_plans import day_telling, telling
from newsfuse.compare.fact_units import MEASURE_UNITS, as_measure, one_conversion
from newsfuse.compare.fact_values import MODIFIERS, decade_range, ranges_meet, value_range
from newsfuse.compare.fact_verbs import after_modal, verb_before
from newsfuse.lexicon import (
    ACT_COUNT_NOUNS,
    CONDITIONAL_WORDS,
    CORRECTION_PHRASES,
    DAY_PART_WORDS,
    DETERMINERS,
    ENGLISH_FUNCTION_WORDS,
    FIGURE_OF_VERBS,
    INCLUDING_WORDS,
    INCREMENT,
    MODAL_VERBS,
    NOT_COUNTED_BY_OF,
    NOUN_ENDINGS,
    PASSIVE_AUXILIARIES,
    PAST_WITH_OTHER_READINGS,
    RELATIVE_PERIODS,
    REMAINDER_AFTER,
    REPORTING_VERBS,
    SCALE_NAMES,
    SIMILARITY_STOPWORDS,
    TIME_UNITS,
    VAGUE_NUMBERS,
    alternation,
    is_past_form,
)
from newsfuse.model import ArticleAnalysis, Quantity, Sentence, Span
from newsfuse.options import ConflictsOptions

__all__ = [
    "DAY_VERB_REACH",
    "FIGURE_VERB_REACH",
    "INCREMENT_REACH",
    "MAX_AGE",
    "MIN_FIGURE",
    "NAME_REACH",
    "NOUN_OF_REACH",
    "TOLL_REACH",
    "WINDOW",
    "Fact",
    "a_difference",
    "compatible",
    "facts_of",
    "sentence_figures",
    "shared_words",
    "story_weights",
    "title_facts",
]


_DEFAULTS = ConflictsOptions()  # the settings a caller passes none of


WINDOW = 6
"""Content words read on each side of a value, inside its sentence."""


MIN_FIGURE = 10
"""Smallest count that identifies a sentence's matter as a shared figure (small counts recur by chance)."""


_SKIP = SIMILARITY_STOPWORDS | {"percent", "cent", "per", "year", "years", "day", "days"}


_INCREMENT_BEFORE = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in INCREMENT) + r")\s+(?:\$|£|€)?\Z",
    re.IGNORECASE,
)
"""A word of addition right before a figure ("another 3,500 residents", "a further $2 billion"): the figure adds to
another, and is no value of a total (:data:`newsfuse.lexicon.INCREMENT`)."""


_REMAINDER_AFTER = re.compile(
    r"(?:\s+(?!(?:or|and|than)\b)[^\W\d_][\w’'\-]*){0,2}?\s+(?:"
    + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in REMAINDER_AFTER)
    + r")\b",
    re.IGNORECASE,
)
"""A word of difference after a figure or after up to two words of its noun ("needs 40 more votes", "12 seats
short of"): the figure is what remains or what differs, no value of a total (:data:`newsfuse.lexicon.REMAINDER_AFTER`;
"12 or more" is a bound, not a difference)."""


_DURATION_STEMS = frozenset(stem(w) for w in TIME_UNITS)
"""Units of time as a count's noun is written, stemmed: a count of them is a duration, which a route may tell
apart ("walked for 12 days from Kesby to Dunmore", :mod:`newsfuse.compare.fact_routes`)."""


_AGE_AFTER = re.compile(r"\s*(?:-year-old|years? old\b|,? aged?\b)", re.IGNORECASE)


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
    rf"(?:(?:{'|'.join(re.escape(m) for m in MODIFIERS)})\s+)?$"
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
    """For a count, an amount, a percentage or a day: the surnames of the people its sentence tells of, not its
    sources (:func:`sentence_actors`: "signed Dan Ebbe on a four-year contract": ``ebbe``; "Ana Vell goes on trial on
    June 3": ``vell``)."""
    written: ArticleWords | None = dataclasses.field(default=None, repr=False, compare=False)
    """For a count, an amount, a percentage or a day: the words its article writes (one per article), to tell whether
    it names another outlet's agents or actors anywhere (:func:`other_agents`, :func:`other_actors`)."""
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
    """For a count or an amount: the past verb whose object it is, stemmed ("killed 40 people": ``kill``), none where
    the figure is given as changed (``revised``: "the toll dropped to 12" tells the toll moved, no act done to 12 of
    anything; "prosecutors dropped 3 charges" is one); for a day, the verb of what it dates (:func:`_day_verb`)."""
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
    conditional: bool = False
    """For a count or an amount: its sentence writes a condition and a modal verb ("would evacuate 3,500 people if
    the fire spread", ``lexicon.CONDITIONAL_WORDS``): what would happen, compared only with another such figure."""
    modal: bool = False
    """For a count or an amount: its clause's verb is a modal ("would cost $60 million"); two such figures compare
    whatever condition one sentence adds (:func:`newsfuse.compare.conflicts` "plan then report")."""
    standing: Standing | None = None
    """For a standing among a kind ("Fenmore Bank, the country's second-largest lender"): what it is of and among
    (:class:`~newsfuse.compare.fact_patterns.Standing`)."""
    origin: str = ""
    """For a length: the place it is measured from, lower case ("capsized 12 miles off Kesby": ``kesby``;
    :func:`fact_positions.origin`), a position, not the length of a trip."""
    route: tuple[str, str] = ("", "")
    """For a count, an amount or a length: the route its sentence gives ("from Kesby to Dunmore": ``kesby``,
    ``dunmore``; :func:`fact_routes.route_of`), which tells two trips apart."""
    sides: frozenset[str] = frozenset()
    """For a tally: the capitalised words of its sentence, lower case (:func:`fact_matches.sentence_sides`): the
    sides a match's score is of ("Esker Rovers beat Dale City 2-1": ``esker``, ``rovers``, ``dale``, ``city``)."""
    predicted: bool = False
    """For a count or an amount: a prediction ("is expected to draw 40,000", "could reach $40 million"),
    :mod:`~newsfuse.compare.fact_forecasts`."""
    past: bool = False
    """For a count or an amount: the tense nearest it is past ("the fair drew 35,000")."""
    revised: str = ""
    """For a count or an amount: given as changed ("the toll rose to 12"), which way it moved (``up``, ``down``,
    ``either``; empty where not so given), :func:`~newsfuse.compare.fact_forecasts.revised`."""
    dated: tuple[str, str] = ("", "")
    """For a day: the head of what its clause's verb acts on and the scheduled event it dates, stemmed ("a summary of
    the report was issued": ``summary``; "goes on trial on June 10": ``trial``;
    :func:`~newsfuse.compare.fact_dated.dated`)."""
    planned_whole: bool = False
    """For a count or an amount: the whole a plan covers ("the evacuation of all 3,500 residents will take two
    days"), :func:`~newsfuse.compare.fact_forecasts.a_plan_and_its_part`."""
    at_moment: bool = False
    """For a count: it counts what had happened by a moment ("approved the plan after 12 hearings"),
    :func:`~newsfuse.compare.fact_forecasts.at_a_moment`."""
    restricted: str = ""
    """For a count: the act of the clause after its noun that says which of them it counts, stemmed ("2,600 permits
    that were approved": ``approv``), :mod:`~newsfuse.compare.fact_predicates`."""
    corrects: bool = False
    """For a count: its sentence tells it corrects an earlier report ("killed 11 people, fewer than first reported",
    ``lexicon.CORRECTION_PHRASES``), a figure after a change (:func:`~newsfuse.compare.fact_forecasts.an_update`)."""
    question: str = ""
    """For a tally after a word of a split ("voters split 48-52 on the new library"): the head of what it is split on,
    stemmed (``librari``; :func:`~newsfuse.compare.fact_patterns.split_question`)."""
    part_of: bool = False
    """For a count: written "N of the …" ("11 of the people the storm killed", :data:`_PART_OF_AFTER`), a part of a set
    its sentence names, which no later total contradicts (:func:`~newsfuse.compare.fact_forecasts.an_update`)."""
    told: str = ""
    """For a count or an amount: a plan told as someone's, said before ("said it would cut 1,200 jobs"), or a plan's
    announcement ("announced 1,500 job cuts"), :func:`~newsfuse.compare.fact_told_plans.telling`; for a day, a plan
    that stood before, one told in the past with no sign it moved, or a day told as now or as done
    (:func:`~newsfuse.compare.fact_told_plans.day_telling`); empty otherwise."""

    @property
    def article(self) -> str:
        return self.quantity.article

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The window words on both sides (computed once: pairing reads them for every candidate)."""
        return frozenset(self.left) | frozenset(self.right)

    @functools.cached_property
    def word_before(self) -> str | None:
        """The nearest window word before the value written in lower case (one of ``common``), stemmed: what the value
        is of or dates ("jailed for 18 months": ``jail``; "voted 7-2 on Tuesday": ``vote``); None where none stands
        there ("On Tuesday, the House voted …")."""
        return next((w for w in self.left if w in self.common), None)

    @functools.cached_property
    def roots(self) -> frozenset[str]:
        """The verbs the window's nouns made of a verb are made of, stemmed as the window's verbs are
        (``lexicon.NOUN_ENDINGS``: "evacuation": ``evacuat``, "closure": ``clos``): a verb and its noun name one act
        (:func:`shared_words`)."""
        return frozenset(
            w[: -len(e)]
            for w in self.words
            if w.endswith(NOUN_ENDINGS)  # one call for most words, which end in none
            for e in NOUN_ENDINGS
            if w.endswith(e) and len(w) - len(e) >= MIN_VERB_STEM
        )


def shared_words(a: Fact, b: Fact) -> frozenset[str]:
    """The window words two facts share, a noun made of a verb counting as the verb ("were evacuated" / "the
    evacuation of": ``evacuat``, :attr:`Fact.roots`)."""
    return (a.words & b.words) | (a.roots & b.words) | (b.roots & a.words)


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
    if a.cls[0] == "standing" and a.standing and b.standing:
        nested = standings_meet(a.standing.noun, a.low, b.standing.noun, b.low)
        if nested is not None:
            return nested  # "the second-largest lender" / "the second-largest bank": a bank is a lender
    if a.cls[0] == "clock" and other_zones(a.quantity.text, b.quantity.text):
        return True  # "9 p.m. ET" and "6 p.m. PT" may be one moment: times of two zones are not compared
    if a.bound and a.bound == b.bound:
        return ranges_meet(a.figure, b.figure)
    if (meet := durations_meet(a, b)) is not None:
        return meet  # "18 months" / "two years": in one unit (fact_durations)
    if ranges_meet((a.low, a.high), (b.low, b.high)) or one_conversion(a, b):
        return True
    return (a.alternative is not None and ranges_meet(a.alternative, (b.low, b.high))) or (
        b.alternative is not None and ranges_meet(b.alternative, (a.low, a.high))
    )


def _class(
    q: Quantity, body: str, tenure: tuple[int, int] | None = None, since: bool = False
) -> tuple[str, str] | None:
    """The class of a quantity's fact (see the module docstring; ``tenure``: a year's :func:`tenure_clause`;
    ``since``: the year follows "since", :func:`after_since`)."""
    if q.kind == "number":
        return _number_class(q, body)
    if q.kind == "money" and (period := per_period(body, q)):
        return (q.kind, f"{q.unit or ''}/{period}")  # "$400 a week": a rate, compared with rates of its period only
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


def _added(q: Quantity, body: str) -> bool:
    """Whether a figure adds to another (:data:`_INCREMENT_BEFORE`: "another 3,500 residents")."""
    return _INCREMENT_BEFORE.search(body, max(0, q.span.start - INCREMENT_REACH), q.span.start) is not None


def a_difference(f: Fact, body: str) -> bool:
    """Whether a fact's figure is a difference (:data:`_REMAINDER_AFTER`: "40 more votes", "12 seats short of a
    majority"): what remains of a total or what one figure differs by, one fact with another difference only, never
    with a total ("needs 40 more votes" / "needs 52 votes" are two facts)."""
    return f.cls[0] in ("number", "money") and _REMAINDER_AFTER.match(body, f.quantity.span.end) is not None


def _number_class(q: Quantity, body: str) -> tuple[str, str]:
    """:func:`_class` of a number: an age, a count of the dead, a value on a named scale, a count of jobs cut, a count
    of people an act befell (:data:`_ACT_COUNTS`: "made 31 arrests"), or a count of the noun it counts (empty where
    none)."""
    after = body[q.span.end : q.span.end + 16]
    if (
        q.unit in (AGE_DECADE_UNIT, "year-old")
        or _AGE_AFTER.match(after)
        or _AGE_BEFORE.search(body[max(0, q.span.start - 10) : q.span.start])
        or _age_in_apposition(q, body)
        or _age_in_clause(q, body)
        or age_now(q, body)  # "Pike, now 36,", "who turned 36", "At 36, Pike is …" (fact_ages)
    ):
        return ("age", "")
    if q.unit == _DEAD or (
        q.unit is None and _TOLL_BEFORE.search(body, max(0, q.span.start - TOLL_REACH), q.span.start)
    ):
        return ("number", _TOLL_UNIT)  # "a death toll of 55", "55 dead": people killed
    scale = _SCALE_BEFORE.search(body, max(0, q.span.start - 16), q.span.start)
    if scale is not None:
        return ("number", stem(scale.group(1).lower()))
    if jobs_cut(q, body):
        return ("number", JOBS_CUT_UNIT)  # "will lay off 1,500 workers", "1,500 job cuts": counts of jobs cut
    if act := job_act(q, body):
        return ("number", act)  # "save 300 jobs", "will move 300 jobs": no counts of jobs cut
    if q.unit in _ACT_COUNTS:
        return ("number", _TOLL_UNIT)  # "made 31 arrests": people arrested
    return ("number", q.unit or _noun_before(q, body))


def _noun_before(q: Quantity, body: str) -> str:
    """The noun, stemmed, a figure that counts nothing named after it is of, read before it (:data:`_NOUN_OF_BEFORE`,
    :data:`_VERB_OF_FIGURE`); empty where none is written there."""
    of = _NOUN_OF_BEFORE.search(body, max(0, q.span.start - NOUN_OF_REACH), q.span.start)
    if of is not None and of.group("noun") not in NOT_COUNTED_BY_OF and of.group("noun") not in ENGLISH_FUNCTION_WORDS:
        return stem(of.group("noun"))
    verb = _VERB_OF_FIGURE.search(body, max(0, q.span.start - FIGURE_VERB_REACH), q.span.start)
    return stem(FIGURE_OF_VERBS[verb.group("verb")]) if verb is not None else ""


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
    if before is None or body[before.start() : before.end()].rstrip(", (").lower() in CALENDAR_WORDS:
        return False
    closing = body[q.span.end : q.span.end + 1]
    return closing == ")" if body[q.span.start - 1] == "(" else closing in (",", ";", ".")


def _window(
    body: str, q: Quantity, sentence: Span, is_day: bool
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Content words nearest the value on each side within its sentence, nearest first, and those in lower case."""
    before = body[sentence.start : q.span.start]
    after = body[q.span.end : sentence.end]
    skip = _SKIP | (REPORTING_VERBS | DAY_PART_WORDS if is_day else frozenset())  # "early on Sunday": when, not what
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

    left, right = keep(list(reversed(WORD.findall(before)))), keep(WORD.findall(after))
    if is_day and right and POSSESSIVE_MARK.match(after):
        left, right = (right[0], *left[: WINDOW - 1]), right[1:]  # "Tuesday's vote" dates the vote: "vote on Tuesday"
    return left, right, frozenset(common)


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
        for m in TALLY.finditer(body, sentence.start, sentence.end):
            out.setdefault(sentence.start, {})[-1 - m.start()] = f"tally:{int(m.group(1))}-{int(m.group(2))}"
    return out


class _DayWords(NamedTuple):
    """A day's words (the :class:`Fact` fields of the same names), read before its fact is made: one Fact, not a
    replaced copy. A fact of another class keeps the defaults."""

    verb: str = ""
    passive: str = ""
    tally: str = ""
    bodies: frozenset[str] = frozenset()
    occurrence: Occurrence | None = None
    things: NamedThings | None = None
    dated: tuple[str, str] = ("", "")
    told: str = ""
    actors: frozenset[str] = frozenset()
    written: ArticleWords | None = None


def _day_words(
    body: str, q: Quantity, sentence: Span, things: NamedThings | None, names: ArticleWords | None = None
) -> _DayWords:
    """The words of a date's or a weekday's sentence that tell its event apart (see the fields of :class:`Fact`); its
    actors as a count's ("Ana Vell goes on trial on June 3": ``vell``, :func:`other_actors`)."""
    verb = _day_verb(body, q, sentence)
    return _DayWords(
        verb=verb,
        passive=_passive_verb(body, q, sentence),
        tally=tally_before(body, q, sentence),
        bodies=voting_bodies(body, sentence),
        occurrence=occurrence_of(body, q, sentence, verb),
        things=things,
        dated=dated(body, q, sentence, verb),
        told=day_telling(body, q, sentence),
        actors=names.actors.get(sentence.start, frozenset()) if names else frozenset(),
        written=names,
    )


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
    since = q.kind == "year" and after_since(q, body)  # read once: class and tenure both need them
    tenure = tenure_clause(q, body) if q.kind == "year" and not since else None
    cls = _class(q, body, tenure, since)
    if cls is None or (cls[0] in ("number", "money") and _added(q, body)) or bounds_an_interval(q, body):
        return None
    statement = cls[0] in ("date", "weekday") and dates_a_statement(body, q, sentence)
    others = frozenset(v for at, v in figures.get(sentence.start, {}).items() if at != q.span.start)
    left, right, common = _window(body, q, sentence, cls[0] in ("date", "weekday"))
    alternative: tuple[float, float] | None = None
    bound, inferred, (measured_in, converted) = "", False, ("", None)
    if cls[0] in ("date", "weekday"):
        day = day_range(q, sentence.slice(body), reference, story)
        if day is None:
            return None
        low, high, alternative, inferred = day
        figure = (low, high)
        if inferred:
            cls = ("date", "")  # an undated weekday resolved on the story's dates meets the dated outlets' dates
    elif q.value is None:
        return None
    elif q.unit == AGE_DECADE_UNIT:
        low, high = decade_range(q)
        figure = (low, high)
    else:
        before = body[max(0, q.span.start - 24) : q.span.start]
        low, high, bound, figure = value_range(q, before, settings)
        if not bound and cls[0] in ("number", "money", "percent") and cls[1]:  # counts something: not "aged 18 to 24"
            low, figure = with_range(q, before, low, figure)  # "30 to 40 homes": anything from 30 up (fact_ranges)
        if cls[0] == "number" and cls[1] in MEASURE_UNITS:
            q, cls, (low, high), figure, (measured_in, converted) = as_measure(q, body, cls, (low, high), figure)
    words = _day_words(body, q, sentence, things, names) if cls[0] in ("date", "weekday") else _DayWords()
    measured = cls[0] == "measure"  # a length's place, route and tense (_a_measure)
    fact = Fact(q, cls, low, high, left, right, sentence, alternative, reference, bound, figure, common, others,
                statement, people.get(sentence.start, frozenset()), inferred=inferred, measured_in=measured_in,
                converted=converted, verb=words.verb, passive=words.passive, tally=words.tally, bodies=words.bodies,
                occurrence=words.occurrence, things=words.things, dated=words.dated, told=words.told,
                actors=words.actors, written=words.written)  # fmt: skip
    fact = _a_measure(fact, body) if measured else fact
    if cls[0] == "number":
        fact = _as_told(fact, body)
    if cls[0] in ("number", "money", "percent"):
        fact = _counted(fact, body, right, names, things)
    if cls == ("year", "since"):
        fact = with_tenure(fact, body, people, tenure)
    return fact


def _a_measure(fact: Fact, body: str) -> Fact:
    """A measure's fact with its place and route (``fact_positions``, ``fact_routes``) and, as a count's, whether it
    is foretold ("forecasters expect the river to peak at 5.2 metres") or told as past ("peaked at 4.8 metres"):
    what was foretold and what happened are two facts (``fact_forecasts.prediction_and_outcome``)."""
    q, sentence = fact.quantity, fact.sentence
    at = q.span.start - sentence.start
    return dataclasses.replace(
        fact,
        origin=origin(body, q, sentence),
        route=route_of(body, sentence),
        predicted=foretold(body, q, sentence),
        past=weekday_direction(sentence.slice(body), at, at + len(q.span)) < 0,
    )


def _as_told(fact: Fact, body: str) -> Fact:
    """A count with how its sentence tells it: a part of a set (``Fact.part_of``), a correction of an earlier report
    (``Fact.corrects``)."""
    part_of = _PART_OF_AFTER.match(body, fact.quantity.span.end) is not None
    corrects = _CORRECTS.search(body, fact.sentence.start, fact.sentence.end) is not None
    return dataclasses.replace(fact, part_of=part_of, corrects=corrects) if part_of or corrects else fact


_CORRECTS = re.compile(rf"\b(?:{alternation(CORRECTION_PHRASES, any_space=True)})\b", re.IGNORECASE)
"""A phrase of correcting an earlier report in a sentence (``lexicon.CORRECTION_PHRASES``)."""
_PART_OF_AFTER = re.compile(rf"\s+of\s+(?:{alternation(DETERMINERS)})\b", re.IGNORECASE)
""""Of" and a determiner right after a count: a part of a set ("11 of the people", "120 of its branches")."""


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
    direction, modal = weekday_direction(sentence.slice(body), at, at + len(q.span)), _modal(body, q, sentence)
    change = revised(body, q, sentence)
    return dataclasses.replace(
        fact,
        occurrence=Occurrence(act=act_after(body, q, sentence, gerund=True), later=later_words(body, q, sentence)),
        measures=_measured(body, q, right, fact.left) or term_of_agreement(body, q, sentence),
        verb="" if change else _count_verb(body, q, sentence),
        parts=_parts(body, q, sentence),
        route=route_of(body, sentence) if fact.cls[1] in _DURATION_STEMS else ("", ""),  # a trip's days, fact_routes
        ahead=direction > 0,
        conditional=_conditional(body, q, sentence),
        modal=modal,
        predicted=foretold(body, q, sentence),
        past=direction < 0,
        revised=change,
        planned_whole=(direction > 0 or modal) and whole(body, q),
        restricted=restriction_of(body, q, sentence) if fact.cls[0] == "number" else "",
        at_moment=fact.cls[0] == "number" and at_a_moment(body, q, sentence),
        told=telling(body, q, sentence),
        agents=agents,
        actors=actors,
        written=names,
        things=things,
    )


def _count_verb(body: str, q: Quantity, sentence: Span) -> str:
    """The verb of what a count or an amount counts (``Fact.verb``): the act its noun counts ("made 31 arrests":
    ``arrest``, :data:`_ACT_COUNTS`), else the verb before it (:func:`~newsfuse.compare.fact_verbs.verb_before`) or
    an outcome told after it (:func:`~newsfuse.compare.fact_outcome_verbs.outcome_after`); none for "job cuts" after
    it ("announced 900 job cuts")."""
    if q.unit in _ACT_COUNTS:
        return _ACT_COUNTS[q.unit]
    if job_cuts_after(q, body):
        return ""
    return verb_before(body, q, sentence) or outcome_after(body, q, sentence)


_INCLUDING = re.compile(rf"\b(?:{'|'.join(INCLUDING_WORDS)})\b(?P<rest>[^.;:!?]*)")


_MONTH_MAY = "May"
"""The month, written capitalised, that the modal "may" is not (:func:`_modal`: "on May 13")."""


def _modal(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether the clause of a figure (between the clause breaks around it, :data:`CLAUSE_BREAK`) has a modal verb
    for its verb ("would cost $40 million", "3,500 people would be evacuated"), the month "May" not read as one."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(body, sentence.start, q.span.start)]
    start = breaks[-1] if breaks else sentence.start
    after = CLAUSE_BREAK.search(body, q.span.end, sentence.end)
    end = after.start() if after else sentence.end
    return any(m.group() != _MONTH_MAY for m in _MODAL_CASED.finditer(body, start, end))


_MODAL_CASED = re.compile(rf"\b(?:{alternation(MODAL_VERBS)})\b", re.IGNORECASE)
"""A modal verb in any case, matched over the text as written (so the month "May" is told apart)."""


def _conditional(body: str, q: Quantity, sentence: Span) -> bool:
    """Whether a figure is what would happen (:attr:`Fact.conditional`): its sentence writes a condition
    (``lexicon.CONDITIONAL_WORDS``) and its own clause a modal verb (:func:`_modal`); "evacuated 2,000 people and
    said more would have to leave if the river rose" is a past count."""
    text = body[sentence.start : sentence.end].lower()
    if not any(word in text for word in CONDITIONAL_WORDS):
        return False  # no "if" or "unless" even inside a word: most sentences, one cheap test
    return CONDITION.search(text) is not None and _modal(body, q, sentence)


def _parts(body: str, q: Quantity, sentence: Span) -> frozenset[str]:
    """The content words, stemmed, after a word of including behind a count or an amount in its sentence
    (:attr:`Fact.parts`); empty where none stands there."""
    m = _INCLUDING.search(body, q.span.end, sentence.end)
    if m is None:
        return frozenset()
    return frozenset(stem(w.lower()) for w in WORD.findall(m.group("rest")) if w.lower() not in _SKIP)


_ACT_COUNTS = {stem(noun): stem(verb) for noun, verb in ACT_COUNT_NOUNS.items()}
"""Nouns counting an act done to people, stemmed, and the act's verb (``lexicon.ACT_COUNT_NOUNS``): "31 arrests"
counts people arrested."""


DAY_VERB_REACH = 80
"""Characters before a day searched for the verb of what it dates (:func:`_day_verb`)."""


def _day_verb(body: str, q: Quantity, sentence: Span) -> str:
    """The verb of what a day dates, stemmed: the nearest word before it in its sentence that is a simple-past form
    (one of :data:`newsfuse.lexicon.PAST_WITH_OTHER_READINGS` too) or stands right after a modal verb or "to" ("first
    found lead … in March": ``found``; "will replace the pipes
    in August": ``replac``); empty where none stands within :data:`DAY_VERB_REACH` characters."""
    words = LETTER_WORD.findall(body, max(sentence.start, q.span.start - DAY_VERB_REACH), q.span.start)
    for k in range(len(words) - 1, -1, -1):
        lower = words[k].lower()
        if words[k] != lower or lower in ENGLISH_FUNCTION_WORDS:
            continue
        if is_past_form(lower) or lower in PAST_WITH_OTHER_READINGS or after_modal(words, k):
            return phrase_starting_at(words, k) or stem(lower)  # "held talks with … on Tuesday": met (fact_phrasal)
    return ""


def _passive_verb(body: str, q: Quantity, sentence: Span) -> str:
    """The verb of the nearest passive before a day in its sentence, stemmed: a lower-case word right after a form of
    "be" (``lexicon.PASSIVE_AUXILIARIES``: "has been shut since last week": ``shut``), within :data:`DAY_VERB_REACH`
    characters; empty where none stands there."""
    words = LETTER_WORD.findall(body, max(sentence.start, q.span.start - DAY_VERB_REACH), q.span.start)
    for k in range(len(words) - 1, 0, -1):
        lower = words[k].lower()
        if words[k] == lower and lower not in ENGLISH_FUNCTION_WORDS and words[k - 1].lower() in PASSIVE_AUXILIARIES:
            return stem(lower)
    return ""


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
    named = any(q.kind != "year" for q in analysis.quantities)  # counts, amounts, percentages and days read names
    names = ArticleWords(analysis) if named else None
    things = NamedThings(body)
    out: list[Fact] = []
    for values, cls_unit in PATTERN_CLASSES:
        out += _found_facts(analysis, quoted, values(body), cls_unit, (reference, figures, people))
    months = month_periods(analysis)
    in_tallies = [f.quantity.span for f in out] + [q.span for q in months]
    for q in (*months, *(completed_date(q, [reference] if reference else references) for q in analysis.quantities)):
        if q.context is None or quoted[q.span.start] or (dateline and dateline.overlaps(q.span)):
            continue
        if q.kind != "relative_date" and any(t.overlaps(q.span) for t in in_tallies):
            continue  # the counts of a tally ("58-41") or a time ("10.30am") are its own, not counts of their own
        fact = _fact(q, q.context, body, reference, figures, people, settings, references, names, things)
        if fact is not None:
            out.append(fact)
    periods = statistic_periods(analysis, months)
    read = over_their_length(with_neighbouring_days(out, utc_day_shift(article)), body)
    return [f for f in dated_facts(read, body) if f.quantity.span not in periods]


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
            unit=succession_unit(body, start) if cls_unit[0] == "succession" else cls_unit[1],
            context=sentence.span,
        )
        is_clock = cls_unit[0] == "clock"
        left, right, lower = _window(body, q, sentence.span, is_clock)
        others = frozenset(v for pos, v in figures.get(sentence.start, {}).items() if pos not in (start, -1 - start))
        low, high = clock_range(q.text, value, body[max(0, start - 24) : start]) if is_clock else (value, value)
        motion = (
            Occurrence(
                act=act_after(body, q, sentence.span),
                named=named_before(body, q, sentence.span) or side_after(body, q, sentence.span),
            )
            if cls_unit[0] == "tally"
            else None
        )
        sides = sentence_sides(body, sentence.span) if cls_unit[0] == "tally" else frozenset()
        question = split_question(body, end) if cls_unit[0] == "tally" else ""
        standing = standing_of(body, start, sentence.span) if cls_unit[0] == "standing" else None
        if cls_unit[0] == "standing" and standing is None:
            continue
        out.append(
            Fact(q, (cls_unit[0], ""), low, high, left, right, sentence.span, None, reference, "", (low, high),
                 lower, others, False, people.get(sentence.start, frozenset()), names=names, occurrence=motion,
                 standing=standing, sides=sides, question=question)
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
