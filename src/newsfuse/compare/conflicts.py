"""Outlets that disagree on the same fact: a count, an age, an amount, a percentage, a year or a day.

Conflicts are found by *fact alignment* (:mod:`newsfuse.compare.facts`): a
value of one article is compared only with a value of the same class in
another article (the same counted noun or a near-synonym of it, "16 bills" /
"15 measures", :mod:`newsfuse.compare.near_synonyms`; the same currency; a
day with a day) whose surrounding words say it is a value of the same thing:

- **anchored**: the nearest content words on one side agree ("killed …
  people in the region" / "killed … people in the region"), and
- **aligned**: the words around the two values share at least
  :data:`MIN_SHARED` words and :data:`WINDOW_SHARE` of their weight (rare
  words of the story weigh more than the words every article uses).

Two more ways to the same fact, where the words differ:

- **one matter**: two days whose sentences give the same figure ("empty
  in 2041") and share :data:`MIN_SHARED` words date the same matter, where
  the word before each day is one word (or each in the other's words); or
  two days date one tally of votes ("passed 7-2 on Tuesday" / "voted 7-2 on
  Monday", "on Tuesday approved it by seven votes to two": a vote happens
  once, ``fact_occurrences.tally_before``) and share :data:`MIN_SHARED` words; then
  one of them may even date a statement ("regulators warned last week
  …" / "forecasts issued last month …"), never both (a figure repeated
  on two days is two statements);
- **the one count of a noun**: two counts of one noun ("2,100 branches" /
  "2,600 branches"), or two amounts of one currency, that are each their
  article's only written one and within :data:`CLOSE_RATIO` of each other
  are one fact with no shared word needed, where the count tells (at least
  ``facts.MIN_FIGURE`` of a thing, not of a unit of time: "three days" and
  "four days" in two articles are most often two durations); two years after "since" ("has
  led the union since 1994" / "the union's leader since 1987"), each its
  article's only one, are one fact when they share :data:`MIN_SHARED` words,
  or one word in lower case where both sentences are about one person, the
  same (a sentence opening with "He" or "She" about the one person the
  sentence before names: :func:`_one_state`). A
  start year given by a verb ("took over as director in 2013", ``Fact.start``)
  is one fact with a "since" year or another start year only where both
  sentences name one person, the same, and share a noun of office or hold
  one thing (:func:`_one_tenure`: "took over the shelter in 2013" / "has run
  the shelter since 2009"): "joined the board in 2005" and "chair since
  2013" are two steps of one career. A part of a thing held ("has run the
  shelter's kitchen", "the kitchen of the shelter") is another thing held
  (:func:`_part_held`).

Two tallies of votes ("passed 58-41", "by seven votes to two") are of one
vote only when their totals are within :data:`TALLY_RATIO` of each other
(one chamber, not two) and the motions after them do not act on different
things ("7-2 to close the library" / "5-4 to close the pool",
:func:`facts.other_motions`).

Two aligned values conflict only when their ranges do not meet (rounding
and "about", "more than", "dozens" read, see :func:`facts.value_range`),
no other value of that class in the other article states the first one's
value about the same thing (a rise "from 4.1% to 4.6%" and a rise "to 4.6%"
agree), and the other way round. Days are compared as calendar days, each
resolved against its own article's date; a weekday whose tense was guessed
conflicts only if neither reading agrees. A day next to a reporting verb
dates a statement ("said Tuesday"), and two outlets quoting different
statements do not disagree, so those words never align days.

One more kind of day conflict needs no second date: an article that
reports an event as past cannot have been written before the day another
outlet gives the event (:func:`_reported_before`). The event is matched by
two of the dated sentence's nearest words, close together in a sentence of
the earlier article that has no day of its own and speaks in the past, as
the circumstance of a past action ("she said on the train to …").

Two ages that each follow the name of one person ("Hannah Pike, 34," /
"Pike, 37,") are one fact on that name alone: a person has one age. Times of
day and places of an event align as days do (on their sentences' words),
and only where the two sentences also give the same day or share a figure
(a campaign's rallies in two cities are two events); two places conflict
only where neither article names the other place anywhere (an outlet that
names both knows of both).

Facts whose sentences date their events on days that cannot meet are two
occurrences, never one fact (:func:`facts.on_other_days`). A day still to come
in its article ("will vote later this week") and a day another outlet,
writing later, reports as past ("voted on Monday") are a plan and what
happened: an update, never compared (:func:`facts.plan_then_report`); so are a
count or an amount an article gives as ahead ("will lay out 19 measures") and
another outlet's figure written on a later day (:func:`facts.forecast_then_update`).

Two sentences the story's claims already pair (``claims``, the claims stage's
alignment, never recomputed) that each date one event once, one to a day and
the other to a range of days ("closed earlier this week" / "closed on
Saturday"), or both to ranges, disagree where the days cannot meet and the
event words agree (:mod:`newsfuse.compare.event_days`). A relative range of
an article without a date is read on every day the story's dates span, and
the value is marked ``inferred``.

Facts whose sentences name two things of one kind by different names ("the
Harwick river bridge" / "the Lowfield canal bridge", ``fact_names.other_named_things``)
are never one fact.

Two durations in two units of time ("jailed for 18 months" / "for two
years") are one class, compared after conversion
(:mod:`~newsfuse.compare.fact_durations`); two durations after different
words of act ("jailed for" / "banned from driving for") are never one fact on
little evidence (:func:`~newsfuse.compare.fact_durations.other_terms`). Two days date one scheduled event
where both date its start ("the trial will begin on June 3" / "goes on trial
on June 10", :mod:`~newsfuse.compare.fact_dated`), and two acts where other
verbs of one act act on two things ("the report was published" / "a summary
of it was issued"). Two ordinals of office holders are compared only for one
holder, office and place (:mod:`~newsfuse.compare.fact_offices`).

Facts whose sentences name different people of one surname ("Ruth Calder
left the council last month" / "Calder left the board last year", where
that article's Calder is Martin) are never one fact.

Two occurrences of one kind of event are never one fact
(:func:`facts.other_occurrences`): two days right after different tallies,
a sentence saying the event happens again ("won 2-1 again on Tuesday", "a
second vote"), different stages ("at first reading" / "final approval"),
different names the event was done to ("beat Tarn Town" / "beat Dale City"),
or different acts on different things after the day ("may not sell the water
rights" / "must repay the fees"). Counts and amounts compare their acts too
("$2.4 billion to build a rail link" / "$3.1 billion to widen the ring
road"); a hyphenated count measures the noun after it ("a 312-page report" /
"a 280-page appendix": two things, unless the other names it or tells with a
verb the act it names, "a 150-branch closure plan" / "will close 120
branches"); two counts
after different past verbs count two outcomes ("killed 40 people" /
"injured 55 people"), and two days after different verbs of what they date
date two acts ("was closed to traffic last week" / "reopened to traffic on
Tuesday", ``Fact.verb``). Two days' event words (the nearest lower-case word
before each) are one where they are the same word or each is among the other's
words, as a passive and an active sentence order them ("was shut earlier this
week" / "shut the bridge last month"). :func:`alignment` names the check that says no
(:data:`REJECTIONS`), which ``benchmarks/conflict_stages.py`` reports.

Figures of different people are two facts too: each sentence tells of a
person the other article never writes (``fact_names.other_actors``: "signed Tom
Reyes on a three-year contract" / "signed Dan Ebbe on a four-year
contract"; a source of the sentence, "…, union leader Tom Reyes said", is
no such person). Two tallies that are each their article's only one are one
fact on two shared words in lower case ("beat Dale City 2-1 to go top" /
"won 3-1 against Dale City to go top"), unless the names before them differ
("beat Dale City" / "beat Tarn Town": two matches). A count ahead of its
writing ("will cut 1,200 jobs") and one whose sentence dates it more than
``fact_days.OUTCOME_GAP`` days back ("cut 300 jobs two years ago") are a plan
and an earlier outcome (``fact_days.plan_after_outcome``); a figure of what would happen
("would be evacuated if the river rose", ``Fact.conditional``) is compared
only with another such figure. A noun made of a verb counts as the verb
when two windows are weighed ("were evacuated" / "the evacuation of",
``facts.shared_words``). A plan told as said before ("said it would cut
1,200 jobs") and a figure of what was done ("cut 900 jobs") are two facts, and
so are a day of a plan that stood before ("was due to begin on June 3") and
another outlet's day now (``fact_told_plans``). Figures whose sentences mark a
noun near both as two things of one kind ("the first boat" / "a second boat",
"a fire" / "another fire", ``fact_other_things``) are never one fact.

A thing's standing among its kind ("Fenmore Bank, the country's
second-largest lender") is compared only with a standing of the same thing
in one dimension, among one kind, in one scope (:func:`_one_standing`); an
order of precedence ("the first woman to win the Kesby marathon") only with
one of the same person for the same feat (:func:`_one_precedence`). A day
whose sentence gives its event a length of days may be any of them
(``fact_days.over_their_length``: "took place on May 2 and ran for ten
days"). A measure's value is shown with its unit word ("30 miles").

A standing among a kind and one among a wider kind holding it ("the
second-largest lender" / "the third-largest bank") are compared as a
bound: the narrower kind's rank is at most the wider's
(:mod:`newsfuse.compare.fact_standings`). Two lengths measured from one
place ("12 miles off Kesby" / "45 km off the coast at Kesby",
:mod:`newsfuse.compare.fact_positions`) or along one route ("from Kesby to
Dunmore", :mod:`newsfuse.compare.fact_routes`) are anchored on it; figures
of two routes are two trips. A term after a verb of signing ("signed for
four years", :mod:`newsfuse.compare.fact_agreements`) measures the
contract; a score's other side may follow it ("a 3-1 win over Dale City"),
and two scores, each its article's only one, naming the same sides on days
of their own are one match (:mod:`newsfuse.compare.fact_matches`). Verbs
of one act in other words date and count one act ("landed" / "arrived",
``lexicon.ONE_OUTCOME_VERBS``); a count after a verb of taking away
("dropped 3 charges", ``lexicon.REMOVAL_VERBS``) is compared with no count
whose verb is unread.

Offices given to different people ("Port Authority Chair …") are compared by
:mod:`newsfuse.compare.roles`; two named people related differently ("Owen
Tegg's nephew" / "his grandson") by :mod:`newsfuse.compare.kinship`; opposite outcomes of one trial or one
vote ("found guilty" / "acquitted", "passed" / "rejected") by :mod:`newsfuse.compare.outcomes`.

Facts stated only in a headline are compared too (:func:`facts.title_facts`;
such a value is marked ``in_title``, its span into the headline).

Each conflict names the fact in words (``about``), both values with their
spans, and a one-line ``reason``. One disagreement is reported once: the
outlets (or copies of one text) that give the other value the same way are
cited together as one side (:func:`_merged`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Sequence

from msgspec.structs import replace

from newsfuse.article.dates import reference_date
from newsfuse.article.quantities import sentence_direction
from newsfuse.article.stems import stem
from newsfuse.compare.align import blanked, quoted_mask
from newsfuse.compare.event_days import event_day_pairs
from newsfuse.compare.fact_dated import (
    act_words,
    ahead_of_statement,
    crossed,
    in_its_past,
    one_act,
    one_decision,
    one_party,
    one_scheduled_event,
    one_tally,
    other_things_dated,
    same_event,
    same_matter,
    two_votes,
    verb_crossed,
)
from newsfuse.compare.fact_days import forecast_then_update, on_other_days, plan_after_outcome, plan_then_report
from newsfuse.compare.fact_durations import TIME_STEMS, in_one_unit, one_duration, other_terms
from newsfuse.compare.fact_forecasts import a_plan_and_its_part, an_update, other_running_counts, prediction_and_outcome
from newsfuse.compare.fact_matches import one_match
from newsfuse.compare.fact_moments import live_coverage, other_moments
from newsfuse.compare.fact_names import different_people, names_place, other_actors, other_agents, other_named_things
from newsfuse.compare.fact_needs import needed_by
from newsfuse.compare.fact_occurrences import noun_of_a_verb, other_acts, other_motions, other_occurrences
from newsfuse.compare.fact_offices import one_succession
from newsfuse.compare.fact_other_things import other_things
from newsfuse.compare.fact_outcome_verbs import one_outcome
from newsfuse.compare.fact_patterns import CLOCK_UNIT, PLACE_UNIT, TALLY_SCALE
from newsfuse.compare.fact_phrasal import as_act
from newsfuse.compare.fact_predicates import other_predicates
from newsfuse.compare.fact_routes import other_routes
from newsfuse.compare.fact_standings import nested_kinds
from newsfuse.compare.fact_surveys import other_surveys
from newsfuse.compare.fact_text import WORD
from newsfuse.compare.fact_told_plans import a_plan_that_stood_before, a_told_plan_and_the_act
from newsfuse.compare.facts import (
    MIN_FIGURE,
    Fact,
    a_difference,
    compatible,
    facts_of,
    shared_words,
    story_weights,
    title_facts,
)
from newsfuse.compare.kinship import find_kin_conflicts
from newsfuse.compare.near_synonyms import by_group, common_noun, near_synonyms, other_qualifiers, whole_and_part
from newsfuse.compare.outcomes import find_outcome_conflicts
from newsfuse.compare.roles import find_role_conflicts
from newsfuse.lexicon import (
    DECISION_VERBS,
    GIVEN_NAME_VARIANTS,
    IRREGULAR_PAST,
    KIN_RELATIONS,
    MEASURE_PERIODS,
    MEASURE_SCOPES,
    MEASURE_STATISTICS,
    MOTION_VERBS,
    PAST_OF_BE,
    PAST_WITH_OTHER_READINGS,
    RANK_NOUNS,
    RANK_VERBS,
    REGULAR_PAST,
    REMOVAL_VERBS,
    SETTLEMENT_NOUNS,
    SPLIT_WORDS,
    THIRD_PERSON_DETERMINERS,
    VAGUE_NUMBERS,
    alternation,
)
from newsfuse.model import ArticleAnalysis, Claim, Conflict, ConflictValue, Quantity, Span
from newsfuse.options import ConflictsOptions

__all__ = [
    "CLOSE_RATIO",
    "FAR_RATIO",
    "MIN_SHARED",
    "MIN_SHARED_DAY",
    "REJECTIONS",
    "TALLY_RATIO",
    "WINDOW_SHARE",
    "alignment",
    "find_conflicts",
    "normalised",
]

_DEFAULTS = ConflictsOptions()  # the thresholds' one home is the options section; these name its defaults
MIN_SHARED = _DEFAULTS.min_shared
"""Fewest words two values' surroundings must share to be values of the same thing."""
WINDOW_SHARE = _DEFAULTS.window_share
"""Share of the lighter surrounding's weight that the shared words must carry."""
FAR_RATIO = _DEFAULTS.far_ratio
"""Two figures further apart than this (larger / smaller) are not taken for one fact at all."""
MIN_SHARED_DAY = _DEFAULTS.min_shared_day
"""Fewest words two days' surroundings must share: a day has no noun of its own to anchor it."""
TALLY_RATIO = _DEFAULTS.tally_ratio
"""Most two tallies' vote totals may differ by (larger / smaller) to be the same body voting ("58-41" / "58-42")."""
CLOSE_RATIO = _DEFAULTS.close_ratio
"""Most two counts of a lone noun may differ by (larger / smaller) to be taken for one fact on little evidence:
figures for different things of one noun differ by far more, two reports of one figure rarely do."""
EVENT_GAP = 4
"""Most words between the two event words matched in the earlier article's sentence."""

_DAYS = ("date", "weekday", "clock", "place")
"""Classes of when and where something happened: aligned on their sentences' words alone (no noun of their own)."""
_CIRCUMSTANCE = re.compile(
    rf"\b(?:{REGULAR_PAST}|{alternation(IRREGULAR_PAST | set(PAST_WITH_OTHER_READINGS) | set(PAST_OF_BE))})"
    r"\s+(?:[\w’']+\s+){0,3}?(?:on|during|at|after|aboard|in|from)\s+"
    rf"{alternation(THIRD_PERSON_DETERMINERS)}\s+(?:[\w’']+\s+)?$"
)
"""A past verb (a regular "-ed" form, an irregular one of :data:`newsfuse.lexicon.IRREGULAR_PAST` or, the
preposition after it saying it is a verb, :data:`newsfuse.lexicon.PAST_WITH_OTHER_READINGS`; or a past form of
"be", :data:`newsfuse.lexicon.PAST_OF_BE`: "was aboard the …"), then a preposition and an article: the words after
it are the circumstance of a past action."""
_KIND = {
    "number": "number",
    "age": "number",
    "tally": "number",
    "money": "money",
    "percent": "percent",
    "year": "date",
    "clock": "date",
    "ordinal": "number",
    "rank": "number",
    "standing": "number",
    "precedence": "number",
    "succession": "number",
    "place": "name",
    "measure": "number",
}


def normalised(q: Quantity) -> str | None:
    """One written form per value: ``4.6%``, ``USD 5000000``, ``2024-03-14``, ``thursday``."""
    if q.kind == "percent":
        return f"{q.value:g}{'%' if q.unit == '%' else ' ' + (q.unit or '')}"
    if q.kind == "number" and q.unit == "tally" and q.value is not None:
        return f"{int(q.value) // TALLY_SCALE}-{int(q.value) % TALLY_SCALE}"
    if q.kind == "number" and q.unit == PLACE_UNIT:
        return q.text.casefold()
    if q.kind == "number" and q.unit == CLOCK_UNIT and q.value is not None:
        return f"{int(q.value) // 60:02d}:{int(q.value) % 60:02d}"
    if q.kind == "money":
        return f"{q.unit} {q.value:g}" if q.value is not None else None
    if q.kind == "number" and q.unit in ("m", "kg") and q.value is not None:
        return f"{q.value:g} {q.unit}"  # a length or a mass in its base unit (``fact_units._in_base_unit``)
    if q.kind in ("number", "year"):
        return f"{q.value:g}" if q.value is not None else None
    if q.kind in ("date", "weekday", "relative_date"):
        return q.date or q.unit
    return None


def _anchored(a: Fact, b: Fact) -> bool:
    """The nearest content word before, or the nearest after, is the same word; or two lengths are measured from one
    place (``Fact.origin``: "12 miles off Kesby" / "45 km off the coast at Kesby") or along one route (``Fact.route``:
    "walked 320 miles from Kesby to Dunmore" / "her 280-mile walk from Kesby to Dunmore") and share a word in lower
    case, what is placed or travelled ("boat", "walk"; not "walked" / "the road from Kesby to Dunmore is 250 miles
    long")."""
    one_place = (a.origin and a.origin == b.origin) or (a.cls[0] == "measure" and a.route[0] and a.route == b.route)
    if one_place and a.common & b.common:
        return True
    return bool(a.left and b.left and a.left[0] == b.left[0]) or bool(a.right and b.right and a.right[0] == b.right[0])


def _share(
    a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions = _DEFAULTS, acts: bool = False
) -> float:
    """The weight of the shared words over the lighter window's weight (the larger of the two shares); ``acts``: the
    words of each day's act count as shared on its own side, for one act told in other words ("held", "talks" /
    "met", ``fact_dated.act_words``)."""
    shared = shared_words(a, b)
    if len(shared) < settings.min_shared:
        return 0.0
    return max(
        (
            sum(weights.get(w, 1.0) for w in (shared | act_words(f) if acts else shared)) / total
            for f in (a, b)
            if (total := sum(weights.get(w, 1.0) for w in f.words))
        ),
        default=0.0,
    )


REJECTIONS = (
    "classes differ",
    "tenure",
    "other states",
    "other electorates",
    "far apart",
    "other measures",
    "statements",
    "other bodies",
    "other occurrences",
    "other verbs",
    "plan then report",
    "other places",
    "event words",
    "words",
    "other people",
    "other days",
)
"""The checks :func:`alignment` names when it says no, in the order it asks them (days and places ask theirs in
place of the far-apart and measure checks)."""


def alignment(
    a: Fact,
    b: Fact,
    weights: dict[str, float],
    single: bool = False,
    only: bool = False,
    settings: ConflictsOptions = _DEFAULTS,
) -> tuple[float, str]:
    """How surely two facts are values of the same thing, and where it is 0 the first check that says no (one of
    :data:`REJECTIONS`; empty where they align).

    Days align on their surroundings alone (a day stands anywhere in its
    sentence), needing :data:`MIN_SHARED_DAY` shared words, one of them
    written in lower case in both (a verb or a noun of what happened, not a
    name: two events of one committee are two events); other values also
    need an anchor. Two counts of one noun (or amounts of one currency) that
    are each the only one within :data:`CLOSE_RATIO` of the other in their
    articles (``single``) align on a word in lower case both write before the
    value, or, where each is its article's only count of that noun
    (``only``), on one shared word or none (:func:`_lone_count`); two years
    after "since", each its article's only one, on :data:`MIN_SHARED` words.
    """
    if not _one_class(a.cls, b.cls) or a.cls == ("number", ""):
        return 0.0, "classes differ"
    if (a.start or b.start) and not _one_tenure(a, b):
        return 0.0, "tenure"
    if _other_states(a, b):
        return 0.0, "other states"
    if a.cls[0] in ("number", "money") and (other_acts(a, b) or _other_measured(a, b) or _other_whole(a, b)):
        return 0.0, "other occurrences"
    if a.cls[0] == "number" and (_other_verbs(a, b) or other_predicates(a, b) or other_terms(a, b)):
        return 0.0, "other verbs"  # "410 permits were marked void" / "700 permits were approved": two facts
    if a.cls[0] == "tally" and (other_motions(a, b) or _other_sides(a, b) or _other_questions(a, b)):
        return 0.0, "other occurrences"
    if a.cls[0] in ("number", "money", "measure") and _two_times(a, b):
        return 0.0, "plan then report"  # "would evacuate 3,500 if the fire spread" / "2,000 were evacuated"
    score, reason = _evidence(a, b, weights, single, only, settings)
    if score and different_people(a, b):
        return 0.0, "other people"
    # "Fenmore Bank will close 120 branches" / "Calder Bank will close 150 branches": names the other outlet never
    # writes, of bodies and events too, as for places; "the Harwick river bridge" / "the Lowfield canal bridge"
    if score and (other_agents(a, b) or other_named_things(a, b) or other_routes(a, b)):
        return 0.0, "other places"
    if score and other_actors(a, b) and not (a.cls[0] in _DAYS and a.actors & b.actors):
        return 0.0, "other people"  # "signed Tom Reyes on a three-year deal" / "signed Dan Ebbe"; a day: no one shared
    if score and on_other_days(a, b):
        return 0.0, "other days"
    return score, reason


def _two_times(a: Fact, b: Fact) -> bool:
    """Whether two counts or amounts are a plan or a prediction and a figure of another time, or a figure and its
    update (:mod:`newsfuse.compare.fact_days`, :mod:`newsfuse.compare.fact_forecasts`): "will unveil 12 routes" and
    a later outlet's 15; "would evacuate 3,500 if the fire spread" / "2,000 were evacuated"; "is expected to draw
    40,000" / "drew 35,000"; "the evacuation of all 3,500 will take two days" / "evacuated 2,000"; "the death toll
    rose to 12" / "killed 9 people"; "approved the plan after 12 hearings" / a later article's 14 (a running count
    by then; units of time are lengths, not counts); "said it would cut 1,200 jobs" / "cut 900 jobs" (a plan told as
    said before, and what was done)."""
    return (
        forecast_then_update(a, b)
        or plan_after_outcome(a, b)
        or _one_conditional(a, b)
        or prediction_and_outcome(a, b)
        or a_plan_and_its_part(a, b)
        or an_update(a, b)
        or a_told_plan_and_the_act(a, b)
        or (a.cls[0] == "number" and a.cls[1] not in TIME_STEMS and other_running_counts(a, b))
    )


def _may_align(
    a: Fact, facts: Sequence[Fact], settings: ConflictsOptions = _DEFAULTS, words_of: frozenset[str] | None = None
) -> Sequence[Fact]:
    """Those of ``facts`` (each of ``a``'s class) that :func:`alignment` may align with ``a``: a cheap test asked
    first (speed alone) that leaves out only facts it must say 0 for. Two days, times or places align
    (:func:`_when_words`) only on shared words (:data:`MIN_SHARED` for one matter or one tally,
    :data:`MIN_SHARED_DAY` on their words alone) or as one decision (:func:`fact_dated.one_decision`), and never
    where both date statements; most pairs of a story's days share no two words (97% on the 50-article story of
    ``benchmarks/story_stages.py``). Other classes are not tested. ``tests/test_story_speed.py`` checks the test
    on every pair of facts of the conflict probes. ``words_of``: the words of all ``facts`` together, where the
    caller has them: an ``a`` sharing too few of them shares too few with each (most of an article's days do)."""
    if a.cls[0] not in _DAYS:
        return facts
    need, words = min(settings.min_shared, settings.min_shared_day), a.words
    decided = a.occurrence is not None and bool(a.occurrence.decision[1])  # else no decision is one with a's
    if words_of is not None and not decided and len(words & words_of) < need:
        return []
    return [
        b
        for b in facts
        if not (a.statement and b.statement) and (len(words & b.words) >= need or (decided and one_decision(a, b)))
    ]


@functools.lru_cache(maxsize=4096)
def _one_class(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two facts' classes are one: the same, or counts of two nouns that name one thing ("16 bills" / "15
    measures", :func:`newsfuse.compare.near_synonyms.near_synonyms`); never a count of a kind and one of its whole
    ("32,000 voters" / "40,000 citizens": two sets).

    Per process: at most 4,096 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    if a == b or one_duration(a, b):  # "18 months" / "two years": one term in two units (fact_durations)
        return True
    return a[0] == b[0] == "number" and bool(a[1] and b[1]) and near_synonyms(a[1], b[1], kinds=False)


def _one_tenure(a: Fact, b: Fact) -> bool:
    """Whether two start years (or a start year and a "since" year) are of one person's time in one role: each
    sentence names one person, the same, and the two share a noun of office or hold one thing
    (:func:`_one_thing_held`: "took over the night shelter in 2013" / "has run the night shelter since 2009"), or are
    two start years of one verb on one thing (``Fact.begun``: "joined the shelter in 2009" / "joined the shelter in
    2013")."""
    one_start = bool(a.begun[1]) and a.begun == b.begun  # "joined the shelter in 2009" / "... in 2013"
    return len(a.people) == 1 and a.people == b.people and bool(a.roles & b.roles or _one_thing_held(a, b) or one_start)


def _one_thing_held(a: Fact, b: Fact) -> bool:
    """Whether two tenures hold one thing (``Fact.held``): the same head, or one's head is what the other's office
    is an office of ("has run the shelter" / "became director of the shelter")."""
    held_a, held_b = a.held[0], b.held[0]
    return bool((held_a and (held_a == held_b or held_a in b.offices_of)) or (held_b and held_b in a.offices_of))


def _evidence(
    a: Fact, b: Fact, weights: dict[str, float], single: bool, only: bool, settings: ConflictsOptions
) -> tuple[float, str]:
    """:func:`alignment`'s score for two facts of one class, before the people in their sentences are compared, and
    the check that says no."""
    window_share = settings.window_share
    if a.cls[0] in _DAYS:  # days align on what they are of
        return _when_or_where(a, b, weights, settings)
    if a.cls[0] in _OWN_EVIDENCE:  # places in a race, standings, precedences: on whose they are
        return _OWN_EVIDENCE[a.cls[0]](a, b, weights, settings)
    if a.cls[0] == "tally":
        if not _one_electorate(a, b, settings.tally_ratio):
            return 0.0, "other electorates"
    elif not _close(a, b, settings.far_ratio):
        return 0.0, "far apart"
    elif _other_measures(a, b):
        return 0.0, "other measures"
    share = _share(a, b, weights, settings) if _anchored(a, b) else 0.0
    if a.cls[0] == "age":
        owners = _age_owner(a), _age_owner(b)
        if owners[0] == owners[1] is not None:
            return max(share, window_share), ""
        if None not in owners:
            return 0.0, "other people"  # "Hannah Pike, 34" / "her brother, Tom Pike, 37": two people's ages
    if share >= window_share:
        return share, ""
    if _lone_fact(a, b, single, only, settings.min_shared):
        return window_share / 2, ""
    return 0.0, "words"


def _lone_fact(a: Fact, b: Fact, single: bool, only: bool, min_shared: int) -> bool:
    """Whether two facts too few of whose words align are one all the same, each being the only one of its kind near
    the other's value (``single``) or in its article (``only``; see :func:`alignment`)."""
    if single and a.cls[0] in ("number", "money") and _lone_count(a, b, only):
        return True
    if single and a.cls == ("year", "since") and _one_state(a, b, min_shared):
        return True
    # each article's one tally: "beat Dale City 2-1 to go top" / "won 3-1 against Dale City to go top"; or one
    # match's score by its sides and its day: "beat Dale City 2-1 on Saturday" / "a 3-1 win over Dale City on Saturday"
    if not (only and a.cls[0] == "tally"):
        return False
    return (len(a.common & b.common) >= min_shared and _one_contest(a, b)) or one_match(a, b)


def _lone_count(a: Fact, b: Fact, only: bool) -> bool:
    """Whether two counts or amounts, each the only one of its kind near the other's value, are one fact on what
    their words share: where each is its article's only one (``only``), on one shared word, or on none for a count
    that tells (:func:`_telling`). Where either article gives other counts of that noun, only on one act: a word in
    lower case both write before the value, each value's word before it (``Fact.word_before``) among the other's
    words, one of them there at least ("will close 120 branches" / "150 branches will be closed"), or, with none, one
    verb (``Fact.verb``, read after a count too: "40 people died" / "55 people were killed"). An article that counts
    a noun several times tells of several facts of it, and a value close to the other's, sharing a name or a word
    after it, says nothing of which is the other's ("the council needs 12 votes to pass the budget and 30 votes to
    change its rules" / "14 votes were cast for the budget, the council said"). A count of the noun whose own act the
    other sentence does not tell is no candidate (:func:`_only`)."""
    if only:
        return bool(a.words & b.words) or (_telling(a) and _telling(b))
    if set(a.left) & set(b.left) & a.common & b.common:
        return True  # "Fenmore Bank will close 120 branches" / "it will close 150 branches"
    if a.word_before is not None or b.word_before is not None:
        return crossed(a, b)
    return one_act(a, b)


def _one_contest(a: Fact, b: Fact) -> bool:
    """Whether two tallies whose sentences share few words are of one contest: the sides one names (between its verb
    and its tally, :attr:`facts.Occurrence.named`) are written in the other's sentence ("beat Dale City 2-1" / "won
    3-1 against Dale City"; not "beat Dale City 2-1 to go top" / "went top after Tarn Town lost 3-0"), or, where
    neither names a side, the word before each tally is one ("voted 7-2" / "voted 6-3"; not "voted 7-2" / "had
    backed the plan 5-4 in a first vote": two votes)."""
    named = [f.occurrence.named if f.occurrence is not None else frozenset() for f in (a, b)]
    if named[0] or named[1]:
        return any(stem(w) in b.words for w in named[0]) or any(stem(w) in a.words for w in named[1])
    return (bool(a.left[:1]) and a.left[:1] == b.left[:1]) or _one_vote(a, b)


_DECIDING = frozenset(stem(w) for w in (*DECISION_VERBS, *(v for v in MOTION_VERBS if " " not in v)))
"""Verbs of a body deciding by vote or of a motion's fate, stemmed (``lexicon.DECISION_VERBS``, ``MOTION_VERBS``)."""


ONE_VOTE_SHARED = 3
"""Fewest words in lower case two tallies told by two verbs of deciding share to be one vote (:func:`_one_vote`): the
body, the act decided and what it acts on ("council", "close" / "closure", "library")."""


def _one_vote(a: Fact, b: Fact) -> bool:
    """Whether two tallies that name no side are of one vote told by two verbs of deciding ("voted 7 to 4 on Monday to
    close the library" / "approved the closure of the library 6-5 on Monday"): each window holds such a verb, both
    sentences date their event on one day, the same (``Fact.days``), and they share :data:`ONE_VOTE_SHARED` words in
    lower case, a noun made of a verb counting as the verb (``facts.shared_words``): a body decides one thing once a
    day. A tally of no day or another ("had backed the plan 5-4 in a first vote") may be another vote; so may one on
    another thing ("approved the library's budget 6-5 on Monday")."""
    if not (a.days and a.days == b.days and all(_DECIDING & set(f.left) for f in (a, b))):
        return False
    lower = a.common | b.common | a.roots | b.roots
    return len(shared_words(a, b) & lower) >= ONE_VOTE_SHARED


def _one_state(a: Fact, b: Fact, min_shared: int) -> bool:
    """Whether two "since" years, each its article's only one, start one state of things: their sentences share
    :data:`MIN_SHARED` words, or both are about one person, the same, and the sentences name one office or, naming
    none, one kind of holding a post (``Fact.holds``: "Corley has run the shelter since 2009" / "She has headed the
    shelter since 2013"; not "She has lived at the shelter since 2013", nor "has served as mayor" / "has served on
    the council"), and share one word in lower case (what the state is, not who or where) or, for one kind of
    holding, no two things held (``Fact.held``) differ ("She has been in charge since 2013" holds what the article
    is about; "has led the choir" and "has run the shelter" hold two things). Two tenures of one kind that hold two
    things named are two states whatever words they share ("has run the Millbrook night shelter" / "chairs the
    Millbrook food bank, and has been in charge there": ``fact_tenure._held`` reads "there" back)."""
    held_a, held_b = a.held[0], b.held[0]
    if a.holds & b.holds and held_a and held_b and held_a != held_b:
        return False
    shared = a.words & b.words
    if len(shared) >= min_shared:
        return True
    one_person = len(a.people) == 1 and a.people == b.people
    one_post = a.roles & b.roles if a.roles or b.roles else a.holds & b.holds
    if not (one_person and one_post):
        return False
    if shared & a.common & b.common:
        return True
    return bool(a.holds & b.holds) and (not held_a or not held_b or held_a == held_b)


def _other_states(a: Fact, b: Fact) -> bool:
    """Whether two "since" years date different states of things: one is a tenure (a noun of office or a verb of
    holding a post in its sentence: "has run the shelter since 2009") and the other is not ("has lived at the
    shelter since 2013"), or both are tenures of other kinds with no office in common ("has served on the board" /
    "has run the shelter"), or neither is a tenure and the word right before each year is not among the other's
    words ("has stood empty since 1994" / "has been fenced off since 2001": :func:`fact_dated.crossed`); or, start years
    too, their offices are offices of different things (``Fact.offices_of``); or the things two verbs of holding hold
    hold a part of a thing and the other does not name that part (:func:`_part_held`)."""
    if a.cls != ("year", "since"):
        return False
    if a.offices_of and b.offices_of and not a.offices_of & b.offices_of:
        return True  # "director of the night shelter" / "director of its sister hostel": two organisations
    if _part_held(a, b) or _part_held(b, a):
        return True  # "has run the shelter" / "has run the shelter's kitchen": a part of it is another thing held
    if a.start or b.start:
        return False
    tenure_a, tenure_b = bool(a.roles or a.holds), bool(b.roles or b.holds)
    if tenure_a != tenure_b:
        return True
    if not tenure_a:
        return not crossed(a, b)  # what the state is, right before "since": "stood empty" / "been fenced off"
    return bool(a.holds and b.holds and not a.holds & b.holds and not a.roles & b.roles)


def _part_held(a: Fact, b: Fact) -> bool:
    """Whether ``a``'s verb of holding a post holds a part of a thing (``Fact.held``: "has run the shelter's
    kitchen", "the kitchen of the shelter") that ``b`` neither holds nor names near its year ("has run the
    Millbrook night shelter", "which she has run"): the part is another thing held."""
    head, part = a.held
    return part and head != b.held[0] and head not in b.words


def _when_or_where(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    """:func:`_evidence` for two days, times of day or places (see :func:`alignment`)."""
    score, reason = _when(a, b, weights, settings)
    if not score or a.cls[0] not in ("place", "clock"):
        return score, reason
    if not (a.figures & b.figures or (a.days and b.days)):  # days that cannot meet: alignment says no
        return 0.0, "words"  # a rally in one city, a rally in another: one occurrence only where a day or figure says
    if a.cls[0] == "place" and (names_place(b, a.quantity.text) or names_place(a, b.quantity.text)):
        return 0.0, "other places"  # an outlet that names both places knows of both: not a disagreement on one
    return score, ""


def _when(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    score, reason = _when_words(a, b, weights, settings)
    if score and a.cls[0] == "date" and plan_then_report(a, b):
        return 0.0, "plan then report"
    if score and a_plan_that_stood_before(a, b):
        return 0.0, "plan then report"  # "was due to begin on June 3" / "will now begin on June 10"
    return score, reason


def _when_words(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    """:func:`_when` before a plan and a later report are told apart (read only for the pairs the words align)."""
    window_share = settings.window_share
    if a.statement and b.statement:
        return 0.0, "statements"
    if two_votes(a, b):
        return 0.0, "other bodies"
    if other_occurrences(a, b):
        return 0.0, "other occurrences"
    one_event = (
        (same_matter(a, b, settings.min_shared) and (same_event(a, b) or crossed(a, b)))
        or (a.tally and one_tally(a, b) and len(a.words & b.words) >= settings.min_shared)  # the tally is the figure
        or one_decision(a, b)
    )
    if one_event and not ahead_of_statement(a, b):
        return max(_share(a, b, weights, settings), window_share), ""
    if a.statement or b.statement:
        return 0.0, "statements"
    scheduled = one_scheduled_event(a, b)  # "the trial will begin on June 3" / "goes on trial on June 10"
    if a.cls[0] in ("date", "weekday") and not scheduled and (_other_verbs(a, b) or other_things_dated(a, b)):
        return 0.0, "other verbs"  # "was closed last week" / "reopened on Tuesday": two acts, each on its day
    # the shared words must say what happened, not only who or where: one of them in lower case in both, or one act
    # of one set of people in other words, told as done ("met Lars Berg" / "held talks with Berg"), the act then one
    # shared word
    one_act_told = not a.common & b.common and one_act(a, b) and one_party(a, b) and _both_done(a, b)
    enough = len(a.words & b.words) + one_act_told >= settings.min_shared_day and (a.common & b.common or one_act_told)
    share = _share(a, b, weights, settings, acts=one_act_told) if enough else 0.0
    if share < window_share:
        return 0.0, "words"
    return (share, "") if scheduled or same_event(a, b) or verb_crossed(a, b) else (0.0, "event words")


def _both_done(a: Fact, b: Fact) -> bool:
    """Whether two days are each of its article's past (on or before the day it was written) and neither sentence
    says the act happens again: acts told as done once, as one act told in other words is compared (a meeting still
    to come may be another one; "held talks with Oren on Friday and will meet him again next month" tells of several
    meetings, ``Occurrence.again``)."""
    return all(in_its_past(f) and not (f.occurrence is not None and f.occurrence.again) for f in (a, b))


_KIN_STEMS = frozenset(stem(w) for w in KIN_RELATIONS)
_SETTLEMENTS = frozenset(stem(w) for w in SETTLEMENT_NOUNS)


def _other_whole(a: Fact, b: Fact) -> bool:
    """Whether two counts or amounts count a part and its whole (:func:`_a_part`), or two agreements named in other
    words (:func:`_other_parties`)."""
    return _a_part(a, b) or _other_parties(a, b)


def _other_parties(a: Fact, b: Fact) -> bool:
    """Whether two counts measure one agreement only in other words (:func:`newsfuse.compare.near_synonyms.by_group`:
    "a three-year contract" / "a four-year deal") and one sentence names a party (``Fact.actors``) the other article
    never writes ("signed Dan Ebbe on a three-year contract" / "gave their coach a four-year deal"): two deals. Other
    nouns are one thing only where both name one party or neither names one (:func:`other_actors` needs a person on
    each side, as two counts of one noun are one thing unless both say otherwise)."""
    if not by_group(a.measures, b.measures) or a.written is None or b.written is None:
        return False
    return any(w not in b.written.vocabulary for w in a.actors - b.actors) or any(
        w not in a.written.vocabulary for w in b.actors - a.actors
    )


_MEASURES = tuple(frozenset(stem(w) for w in words) for words in (MEASURE_SCOPES, MEASURE_STATISTICS, MEASURE_PERIODS))


_REMOVALS = frozenset(stem(w) for w in REMOVAL_VERBS)


def _other_verbs(a: Fact, b: Fact) -> bool:
    """Whether two counts are the objects of different past verbs, neither among the other's words ("killed 40
    people" / "injured 55 people"; "damaged 300 homes" / "destroyed 120 homes"): counts of two outcomes. Not read
    for amounts, which one act gives in many verbs ("approved $2.4 billion" / "backed a $3.1 billion plan"). A count
    after a verb of taking away (``lexicon.REMOVAL_VERBS``: "dropped 3 charges") is a change, and one whose verb is
    unread ("faces 14 charges") is what stands: two facts. A day's verb is its passive's where it reads none ("was
    sworn in on Monday" / "stepped down on Tuesday": two acts)."""
    if (a.verb in _REMOVALS) != (b.verb in _REMOVALS) and not (a.verb and b.verb):
        return True
    x, y = a.verb or a.passive, b.verb or b.passive  # a day's passive: "was sworn in on Monday"
    if not (x and y and x != y and not _among(x, b) and not _among(y, a)):
        return False
    return not one_outcome(x, y)  # "arrested" / "detained": one


def _among(verb: str, f: Fact) -> bool:
    """Whether a verb is among a fact's words as its own, not as a word of the phrasal verb ``f`` reads as another
    ("stepped up" is not among "stepped down"'s words: ``fact_phrasal.as_act``)."""
    return verb in f.words and as_act(verb, f.verb) == verb


def _one_conditional(a: Fact, b: Fact) -> bool:
    """Whether one figure is what would happen under a condition and the other a plain figure ("would evacuate
    3,500 if the fire spread" / "2,000 were evacuated"): two figures whose clauses both have a modal verb compare
    whatever condition one sentence adds ("if approved, the repairs would cost $40 million" / "would cost $60
    million"): one estimate written twice."""
    return (a.conditional or b.conditional) and not (a.modal and b.modal)


def _other_sides(a: Fact, b: Fact) -> bool:
    """Whether two tallies are of contests against different sides: the names between the verb and each tally
    (:attr:`facts.Occurrence.named`) share no word ("beat Dale City 2-1" / "beat Tarn Town 3-1": two matches)."""
    x, y = a.occurrence, b.occurrence
    return x is not None and y is not None and bool(x.named and y.named and not x.named & y.named)


_SPLITS = frozenset(stem(w) for w in SPLIT_WORDS)


def _other_questions(a: Fact, b: Fact) -> bool:
    """Whether two splits' tallies (``lexicon.SPLIT_WORDS`` right before: "voters split 48-52 on the new library") are
    of two questions: both name what they are split on and the heads differ (``Fact.question``: "on the new library" /
    "on the new pool"); one that names none, or one head in other words around it ("on the library plan" / "on the
    plan for a library"), is one question."""
    if not (a.left[:1] and b.left[:1] and a.left[0] in _SPLITS and b.left[0] in _SPLITS):
        return False
    return bool(a.question and b.question) and a.question != b.question


def _a_part(a: Fact, b: Fact) -> bool:
    """Whether one figure counts or pays for a part of what the other does: its act is on a thing the other's
    sentence names as a part (``Fact.parts``: "$2.4 billion to build a rail link" / "the whole $3.1 billion
    transport plan, which includes the rail link"), or it counts a part of the people of a place whose whole the
    other counts (:func:`newsfuse.compare.near_synonyms.whole_and_part`: "residents" / "people") where the whole's
    sentence names more: parts ("3,500 people …, including campers and tourists"), a place the part's sentence does
    not ("from their homes in Kesby and two nearby villages", ``lexicon.SETTLEMENT_NOUNS``), or the two are objects
    of different verbs. Only one act in one place, neither naming more, counts one set ("2,000 residents were
    evacuated" / "evacuated 3,500 people")."""
    for part, whole in ((a, b), (b, a)):
        if part.occurrence is not None and part.occurrence.act[1] and part.occurrence.act[1] in whole.parts:
            return True
        if whole_and_part(whole.cls[1], part.cls[1]):
            other_verbs = bool(whole.verb and part.verb and whole.verb != part.verb)
            if whole.parts or whole.words & _SETTLEMENTS - part.words or other_verbs:
                return True
    return False


def _other_measured(a: Fact, b: Fact) -> bool:
    """Whether a hyphenated count measures a thing the other fact neither measures nor names, by its noun or a
    near-synonym ("a 312-page report" / "a 280-page appendix"; not "the report runs to 280 pages", nor "the 280-page
    document" or "a document of 280 pages": a report is one,
    :mod:`newsfuse.compare.near_synonyms`): counts of two things."""
    return any(
        x.measures
        and not near_synonyms(x.measures, y.measures)
        and not any(near_synonyms(x.measures, w) for w in y.words)
        and not noun_of_a_verb(x.measures, y.words)
        for x, y in ((a, b), (b, a))
    )


_AGE_NAME_REACH = 3
"""Window words after "N-year-old" within which the surname of the person it describes stands ("37-year-old Hannah
Pike"; "a 37-year-old sailor, Hannah Pike")."""


_AT_NAME_REACH = 2
"""Window words after an age with nothing before it in its sentence within which the surname of the person it
describes stands ("At 36, Hannah Pike is …": the name right after)."""
_TURNED = stem("turned")


def _age_owner(f: Fact) -> tuple[str, str] | None:
    """The person whose age ``f`` gives: the one its sentence names by the surname right before the age (in
    apposition, or before "who is": ``facts._age_in_clause``; before "who turned"), right after it where nothing
    stands before it in its sentence ("At 36, Hannah Pike is …", :data:`_AT_NAME_REACH`) or, for "37-year-old
    Hannah Pike" and "a 37-year-old sailor, Hannah Pike", in the :data:`_AGE_NAME_REACH` words after; None unless
    exactly one person fits ("Tom Pike, 36, and his wife, Ann Pike, 34," leaves it to the words), or where the age
    is of another person's relative ("the 37-year-old's mother, Ann Pike": a kin noun or a possessive after the
    age)."""
    left = f.left[1:] if f.left[:1] == (_TURNED,) else f.left  # "Hannah Pike, who turned 36" (fact_ages)
    before = {p for p in f.people if left and stem(p[1]) == left[0]}
    if len(before) > 1 and len(left) > 1:  # "her brother, Tom Pike, 37": the given name right before tells
        given = GIVEN_NAME_VARIANTS.get(left[1], left[1])
        before = {p for p in before if stem(p[0]) == stem(given)} or before
    reach = _AGE_NAME_REACH if f.quantity.unit == "year-old" else _AT_NAME_REACH if not f.left else 0
    after = {p for p in f.people if stem(p[1]) in f.right[:reach]}  # "At 36, Hannah Pike is …" (fact_ages)
    if after and f.right and (f.right[0] in _KIN_STEMS or f.right[0] in ("s", "'s")):
        after = set()  # "the 37-year-old's mother, Ann Pike": the age is not hers
    fits = before or after
    return next(iter(fits)) if len(fits) == 1 else None


RANK_NAME_REACH = 3
"""Window words before a place in a race within which the surname of the one placed stands ("Hannah Pike finished
third": the verb, then the surname)."""


def _rank_owner(f: Fact) -> tuple[str, str] | None:
    """The person whose place ``f`` gives: the one its sentence names whose surname is among the
    :data:`RANK_NAME_REACH` words before it; None unless exactly one fits. A place is compared only between the
    places of one person, the same (a team or a party placed is left alone: two of them in one sentence shape are
    as likely two places of one table)."""
    fits = {p for p in f.people if stem(p[1]) in f.left[:RANK_NAME_REACH]}
    return next(iter(fits)) if len(fits) == 1 else None


_RANK_STEMS = frozenset(stem(w) for w in RANK_VERBS | RANK_NOUNS)


def _race(f: Fact) -> str | None:
    """The first word after a place in a race that is no word of placing: what the race is ("third in the Kesby
    marathon", "in fifth place in the Kesby marathon": ``kesby``); None where nothing follows."""
    return next((w for w in f.right if w not in _RANK_STEMS), None)


def _other_contests(x: tuple[str, ...], a: Fact, y: tuple[str, ...], b: Fact) -> bool:
    """Whether the words after two places or precedences (``x`` of ``a``, ``y`` of ``b``), words of placing left
    out, name one contest's noun with different qualifiers
    (:func:`newsfuse.compare.near_synonyms.other_qualifiers`: "the Kesby half marathon" / "the Kesby marathon")."""
    return other_qualifiers(
        [w for w in x if w not in _RANK_STEMS], a.common, [w for w in y if w not in _RANK_STEMS], b.common
    )


def _one_place(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    """:func:`_evidence` for two places in a race: one person's (:func:`_rank_owner`), the same, in one race (the
    words after them, :func:`_race`, agree, and no qualifier makes one race another, :func:`_other_contests`; where
    one names none, the words around them align as other values' do)."""
    if not _rank_owner(a) == _rank_owner(b) is not None:
        return 0.0, "other people"  # "Pike finished third" / "Reyes finished fifth": two runners' places
    races = _race(a), _race(b)
    if _other_contests(a.right, a, b.right, b):
        return 0.0, "other occurrences"  # "the Kesby half marathon" / "the Kesby marathon": two races
    if None not in races:
        return (settings.window_share, "") if races[0] == races[1] else (0.0, "other occurrences")
    share = _share(a, b, weights, settings) if _anchored(a, b) else 0.0
    return (share, "") if share >= settings.window_share else (0.0, "words")


def _one_owner(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two names a standing is apposed to name one thing: the same words, or one the other's first words
    ("Fenmore Bank" / "Fenmore"), sharing a word that is no common noun; "Fenmore Group" / "Fenmore Mortgages" (a
    group and its part) are two."""
    short, long = sorted((x, y), key=len)
    return long[: len(short)] == short and any(not common_noun(stem(w)) for w in short)


def _one_standing(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    """:func:`_evidence` for two standings among a kind (``Fact.standing``): of one thing (:func:`_one_owner`:
    "Fenmore Bank" / "Fenmore"; not "Fenmore Bank" / "Calder Bank"), in one dimension ("second-largest" / "third
    biggest"; not "third-oldest", nor "second-largest by assets"), among one kind (one noun or near-synonyms,
    :func:`newsfuse.compare.near_synonyms.near_synonyms`; "employer" and "lender" are two rankings) or one kind
    holding the other (:mod:`newsfuse.compare.fact_standings`: a bank is a lender, so its rank among banks is at most
    its rank among lenders), in one scope ("in Europe" is another ranking than the country's)."""
    x, y = a.standing, b.standing
    if x is None or y is None or not _one_owner(x.owner, y.owner):
        return 0.0, "other places"
    if x.dimension != y.dimension or x.scope != y.scope:
        return 0.0, "other measures"
    if not (near_synonyms(x.noun, y.noun) or nested_kinds(x.noun, y.noun)):
        return 0.0, "other measures"
    return settings.window_share, ""


PRECEDENCE_WORDS = 2
"""Window words right after an order of precedence that say what was done first ("the first woman to win": the
noun and the verb, ``woman``, ``win``): two orders are of one precedence only where these are the same."""


def _one_precedence(a: Fact, b: Fact, weights: dict[str, float], settings: ConflictsOptions) -> tuple[float, str]:
    """:func:`_evidence` for two orders of precedence ("the first woman to win the Kesby marathon" / "the second
    woman to win"): of one person (:func:`_rank_owner`, the same), the same noun and verb after them
    (:data:`PRECEDENCE_WORDS`; "the first woman to lead" is another precedence, "the first Black woman to win"
    another ranking), no two names of what was done ("the Kesby marathon" / "the Orrin marathon"), and common words
    after them (:data:`RANK_NAME_REACH`) of which one side's hold the other's: "the Kesby marathon" / "the Kesby
    rowing race" are two contests (a count or a span after it, "three times", "in a decade", is another feat:
    ``fact_patterns._OTHER_FEAT``)."""
    if not _rank_owner(a) == _rank_owner(b) is not None:
        return 0.0, "other people"
    if a.right[:PRECEDENCE_WORDS] != b.right[:PRECEDENCE_WORDS] or len(a.right) < PRECEDENCE_WORDS:
        return 0.0, "other occurrences"
    after_a, after_b = (f.right[PRECEDENCE_WORDS : PRECEDENCE_WORDS + RANK_NAME_REACH] for f in (a, b))
    names_a, names_b = ({w for w in after if w not in f.common} for f, after in ((a, after_a), (b, after_b)))
    if names_a and names_b and not names_a & names_b:
        return 0.0, "other occurrences"
    nouns_a, nouns_b = {w for w in after_a if w in a.common}, {w for w in after_b if w in b.common}
    if not (nouns_a <= nouns_b or nouns_b <= nouns_a) or _other_contests(after_a, a, after_b, b):
        return 0.0, "other occurrences"  # another contest ("the Kesby marathon" / "the Kesby rowing race")
    return settings.window_share, ""


_OWN_EVIDENCE = {
    "rank": _one_place,
    "standing": _one_standing,
    "precedence": _one_precedence,
    "succession": one_succession,  # "the 12th mayor" / "the 14th mayor": of one holder (fact_offices)
}
""":func:`_evidence` of the classes that align on whose value it is, not on their words alone (the weights are for
those that read words too)."""


def _other_measures(a: Fact, b: Fact) -> bool:
    """Whether two figures' words (their windows) name different measures of one dimension: different facts.

    "The federal tax rate is 21%" / "the combined federal and state tax rate
    is 26%": both name a scope, not the same one. A dimension only one side
    names says nothing ("killed a total of 40" / "killed 55").
    """
    for words in _MEASURES:
        mine, theirs = a.words & words, b.words & words
        if mine and theirs and mine != theirs:
            return True
    return False


def _one_electorate(a: Fact, b: Fact, ratio: float) -> bool:
    """Whether two tallies count about as many votes (within ``ratio``, :data:`TALLY_RATIO`): one body voting, not two.

    "58-41" and "58-42" may be one Senate vote; "58-41" and "230-195" are
    two chambers' votes, whatever words they share.
    """
    x, y = sorted(_total(f.quantity.value or 0.0) for f in (a, b))
    return x > 0 and y / x <= ratio


def _total(value: float) -> float:
    return value // TALLY_SCALE + value % TALLY_SCALE


def _telling(f: Fact) -> bool:
    """Whether a lone count can be its noun's one figure with no word shared (see the module docstring).

    An amount of a currency can; a count of a thing must be at least
    :data:`newsfuse.compare.facts.MIN_FIGURE` (small counts recur by chance:
    "three days", "two dozen") and not count units of time (a duration names
    no thing: every story has several).
    """
    if f.cls[0] == "money":
        return bool(f.cls[1])
    return bool(f.cls[1]) and f.cls[1] not in TIME_STEMS and abs(f.quantity.value or 0.0) >= MIN_FIGURE


def _close(a: Fact, b: Fact, ratio: float = CLOSE_RATIO) -> bool:
    """Whether two figures are within ``ratio`` of each other; two durations in two units in one unit
    (:func:`newsfuse.compare.fact_durations.in_one_unit`: "18 months" / "two years" are 18 and 24 months)."""
    ranges = in_one_unit(a, b)
    values = (a.quantity.value or 0.0, b.quantity.value or 0.0) if ranges is None else (sum(ranges[0]), sum(ranges[1]))
    x, y = sorted(abs(v) for v in values)
    return x > 0 and y / x <= ratio


def _gives(f: Fact, value: Fact) -> bool:
    """Whether ``f`` gives the figure ``value`` gives (up to rounding; a day: a day it allows)."""
    if value.cls[0] in _DAYS:
        return compatible(f, value)
    return f.figure[0] <= value.figure[1] + 1e-9 and value.figure[0] <= f.figure[1] + 1e-9


def _states(facts: Sequence[Fact], value: Fact, settings: ConflictsOptions = _DEFAULTS) -> bool:
    """Whether one of ``facts`` gives ``value``'s figure about the same thing.

    A bare number ("… and now has 12, officials said") gives it when its
    surroundings share :data:`MIN_SHARED` words with the value's.
    """
    for f in facts:
        if _one_class(f.cls, value.cls) and _gives(f, value) and _anchored(f, value):
            return True
        bare = f.cls == ("number", "") and value.cls[0] == "number"
        if bare and _gives(f, value) and len(f.words & value.words) >= settings.min_shared:
            return True
    return False


def _day_beside(facts: Sequence[Fact], day: Fact, other: Fact) -> bool:
    """Whether the sentence of ``day`` (one of ``facts``) also gives a day that ``other`` allows: its outlet dates
    two events in one sentence and knows of both days ("Pike, who finished fifth last year, ran it again on Sunday"
    / "finished third on Sunday"), as an outlet naming two places knows of both; days only."""
    return day.cls[0] in ("date", "weekday") and any(
        f is not day and f.sentence == day.sentence and f.cls[0] in ("date", "weekday") and compatible(f, other)
        for f in facts
    )


def _lone(facts: Sequence[Fact], value: Fact, ratio: float = CLOSE_RATIO) -> list[Fact]:
    """The facts of ``value``'s class within :data:`CLOSE_RATIO` of it."""
    return [f for f in facts if _one_class(f.cls, value.cls) and _close(f, value, ratio)]


def _only(facts: Sequence[Fact], value: Fact, other: Fact | None = None) -> bool:
    """Whether ``value`` is its article's one written count of its noun (vague counts like "dozens" aside), leaving
    out, for a count or an amount compared with ``other``, those of another act (:func:`_of_another_act`: "killed 12
    people; 40 people were rescued" / "left 16 people dead": the 40 rescued are no candidate for the dead)."""
    return [
        f
        for f in facts
        if _one_class(f.cls, value.cls)
        and f.quantity.text.lower() not in VAGUE_NUMBERS
        and not (f is not value and other is not None and _of_another_act(f, other))
    ] == [value]


def _of_another_act(f: Fact, other: Fact) -> bool:
    """Whether a count or an amount tells an act ``other``'s sentence does not: its verb (``Fact.verb``, a past form
    or an outcome read after it: "40 people were rescued": ``rescu``) is not among ``other``'s words (see
    :func:`_only`). A count with no verb read is a candidate whatever words stand before it."""
    return f.cls[0] in ("number", "money") and bool(f.verb) and f.verb not in other.words


def _by_class(facts: list[Fact]) -> dict[tuple[str, str], list[Fact]]:
    out: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        out.setdefault(f.cls, []).append(f)
    return out


def _of_class(facts: list[Fact], classes: dict[tuple[str, str], list[Fact]], cls: tuple[str, str]) -> list[Fact]:
    """An article's facts (``classes``: :func:`_by_class` of them) of class ``cls`` or one :func:`_one_class` with
    it, in the article's order."""
    kin = [k for k in classes if _one_class(k, cls)]
    if len(kin) < 2:
        return classes[kin[0]] if kin else []
    return [f for f in facts if f.cls in kin]


_NO_FIGURE = ("date", "weekday", "place")
"""Classes whose facts hold no figure (a day's value is a range of days, a place's is none)."""


def _lone_and_only(fa: Fact, same_a: list[Fact], same_b: list[Fact], ratio: float) -> tuple[Fact | None, bool]:
    """The one fact of ``same_b`` near ``fa`` that has ``fa`` as its one near fact of ``same_a`` (the ``single`` of
    :func:`alignment`), and whether both are their articles' only counts of their noun (its ``only``), counts of
    another act left out where the two share a word (:func:`_only`)."""
    # a day or a place has no figure (value 0 or none): never near another's (:func:`_close`)
    near = _lone(same_b, fa, ratio) if fa.cls[0] not in _NO_FIGURE else []
    lone = near[0] if len(near) == 1 and _lone(same_a, near[0], ratio) == [fa] else None
    only = lone is not None and (
        (_only(same_a, fa) and _only(same_b, lone))
        or (bool(fa.words & lone.words) and _only(same_a, fa, lone) and _only(same_b, lone, fa))
    )  # with a word shared, counts of another act are no candidates; with none, each must be its article's only one
    if fa.cls[0] == "tally" and len(same_a) == len(same_b) == 1:
        return same_b[0], True  # each article's one tally: a tally's value has no ratio to read
    return lone, only


def _pairs(
    by_article: list[list[Fact]], weights: dict[str, float], settings: ConflictsOptions = _DEFAULTS
) -> list[tuple[Fact, Fact]]:
    """Aligned facts of two articles whose values disagree (only facts of one class are ever aligned).

    Each article's facts of one class are gathered once, not once per pair of articles (:func:`_of_class`); a
    value without a figure (a day, a place) is never within :data:`CLOSE_RATIO` of anything, so no fact is looked
    for near it (:func:`_lone`)."""
    out: list[tuple[Fact, Fact]] = []
    ratio = settings.close_ratio
    classes = [_by_class(facts) for facts in by_article]
    kin: list[dict[tuple[str, str], list[Fact]]] = [{} for _ in by_article]  # _of_class, asked once per class
    kin_words: list[dict[tuple[str, str], frozenset[str]]] = [{} for _ in by_article]

    def of_class(n: int, cls: tuple[str, str]) -> list[Fact]:
        if cls not in kin[n]:
            kin[n][cls] = _of_class(by_article[n], classes[n], cls)
        return kin[n][cls]

    def words_of(n: int, cls: tuple[str, str]) -> frozenset[str]:
        """The words of all of article ``n``'s facts of class ``cls`` together (:func:`_may_align`)."""
        if cls not in kin_words[n]:
            kin_words[n][cls] = frozenset().union(*(f.words for f in of_class(n, cls)))
        return kin_words[n][cls]

    for i, facts_a in enumerate(by_article):
        with_class = [(fa, of_class(i, fa.cls)) for fa in facts_a]
        for j in range(i + 1, len(by_article)):
            facts_b = by_article[j]
            for fa, same_a in with_class:
                same_b = of_class(j, fa.cls)
                if not same_b:
                    continue
                lone, only = _lone_and_only(fa, same_a, same_b, ratio)
                scored = [
                    (s, fb)
                    for fb in _may_align(fa, same_b, settings, words_of(j, fa.cls) if fa.cls[0] in _DAYS else None)
                    if (s := alignment(fa, fb, weights, fb is lone, only, settings)[0]) > 0
                ]
                if not scored or any(compatible(fa, fb) for _, fb in scored):
                    continue
                best = max(scored, key=lambda t: (t[0], -t[1].quantity.span.start))[1]
                if _states(facts_b, fa, settings) or _states(facts_a, best, settings):
                    continue
                if _day_beside(same_b, best, fa) or _day_beside(same_a, fa, best):
                    continue
                out.append((fa, best))
    return out


def _day(ordinal: float) -> str:
    return dt.date.fromordinal(int(ordinal)).strftime("%A %d %B %Y").replace(" 0", " ")


def _shown(f: Fact, texts: _Texts) -> str:
    if f.cls[0] == "date":
        return _day(f.low) if f.low == f.high else f"{f.quantity.text} ({_day(f.low)} to {_day(f.high)})"
    if f.cls[0] == "weekday":
        return f.quantity.unit or f.quantity.text
    span = _value_span(f, texts.of(f))
    return texts.of(f)[span.start : span.end]


_UNIT_AFTER = re.compile(r"[\s-]?(?P<unit>[^\W\d_]+)")
"""The word right after a figure, where a length's or a mass's unit stands ("30 miles", "a 30-mile", "50km")."""


def _value_span(f: Fact, text: str) -> Span:
    """Where a fact's value is written: its figure, and for a length or a mass (``Fact.measured_in``) the unit word
    right after it too ("30 miles", not "30"), so the shown value says which unit it is in; the span only widens
    over the article's own words."""
    q = f.quantity
    m = _UNIT_AFTER.match(text, q.span.end) if f.measured_in else None
    if m is None or stem(m.group("unit").lower()) != f.measured_in:
        return q.span
    return Span(q.span.start, m.end("unit"))


class _Texts:
    """Each article's body and headline, by id: where a fact's spans point (see ``Fact.in_title``)."""

    def __init__(self, analyses: Sequence[ArticleAnalysis]) -> None:
        self.bodies = {a.article.id: a.article.body for a in analyses}
        self.titles = {a.article.id: a.article.title or "" for a in analyses}

    def of(self, f: Fact) -> str:
        return (self.titles if f.in_title else self.bodies)[f.article]


def _about(f: Fact, text: str) -> str:
    """The fact in words: the value's own surroundings, the value left out."""
    before = WORD.findall(text[f.sentence.start : f.quantity.span.start])[-5:]
    after = WORD.findall(text[f.quantity.span.end : f.sentence.end])[:5]
    return " ".join([*before, "…", *after])


def _conflict(story: str, pair: tuple[Fact, Fact], texts: _Texts, reason: str | None = None) -> Conflict:
    a, b = pair
    values = sorted(pair, key=lambda f: (f.article, f.in_title, f.quantity.span.start))
    digest = hashlib.blake2b(
        "|".join(f"{f.article}:{'t' if f.in_title else ''}{f.quantity.span.start}" for f in values).encode(),
        digest_size=6,
    ).hexdigest()
    return Conflict(
        id=f"{story}:X{digest}",
        story=story,
        kind=_KIND.get(a.cls[0], a.cls[0]),  # type: ignore[arg-type]
        about=_about(a, texts.of(a)),
        values=tuple(_value(f, texts) for f in values),
        reason=reason
        or f"{_shown(a, texts)} in one outlet, {_shown(b, texts)} in the other, about the same thing{_inferred(a, b)}",
    )


def _value(f: Fact, texts: _Texts) -> ConflictValue:
    """One outlet's value in a conflict, where it is written (:func:`_value_span`)."""
    text = texts.of(f)
    span = _value_span(f, text)
    return ConflictValue(
        value=text[span.start : span.end],
        normalised=normalised(f.quantity),
        article=f.article,
        span=span,
        in_title=f.in_title,
        inferred=f.inferred,
    )


def _inferred(a: Fact, b: Fact) -> str:
    """The words that mark a reason whose date was inferred: read against the story's dates, its article having
    none (a relative range or a weekday, :attr:`Fact.inferred`)."""
    return " (inferred: resolved against the story's dates, its article has none)" if a.inferred or b.inferred else ""


def find_conflicts(
    story: str,
    analyses: Sequence[ArticleAnalysis],
    options: ConflictsOptions | None = None,
    claims: Sequence[Claim] = (),
) -> tuple[Conflict, ...]:
    """Disagreements between outlets on the same fact (see the module docstring; ``options``: its thresholds;
    ``claims``: the story's claims, whose paired sentences :mod:`newsfuse.compare.event_days` reads)."""
    settings = options or _DEFAULTS
    references = [r for a in analyses if (r := reference_date(a.article)) is not None]
    in_bodies = [facts_of(a, references, settings) for a in analyses]
    by_article = [
        [*facts, *title_facts(a, facts, references, settings)] for a, facts in zip(analyses, in_bodies, strict=True)
    ]
    weights = story_weights([f for facts in by_article for f in facts])
    texts = _Texts(analyses)
    live = frozenset(a.article.id for a in analyses if live_coverage(a.article.body))
    days: dict[str, dt.date | None] = {a.article.id: reference_date(a.article) for a in analyses} if live else {}
    pairs = [
        (a, b)
        for a, b in _pairs(by_article, weights, settings)
        if not (live and other_moments(a, b, live, days))
        and not other_surveys(a, b, texts.of(a), texts.of(b))
        and not other_things(a, b, texts.of(a), texts.of(b))
        and a_difference(a, texts.of(a)) == a_difference(b, texts.of(b))
        and {needed_by(a, texts.of(a)), needed_by(b, texts.of(b))} != {"one", "any"}
    ]
    conflicts = [_conflict(story, pair, texts) for pair in pairs]
    conflicts += [_conflict(story, (a, b), texts, _event_reason(a, b, word, texts)) for a, b, word in
                  event_day_pairs(claims, analyses, in_bodies)]  # fmt: skip
    conflicts += _reported_before(story, analyses, in_bodies)
    conflicts += find_role_conflicts(story, analyses)
    conflicts += find_kin_conflicts(story, analyses)
    conflicts += find_outcome_conflicts(story, analyses, in_bodies)
    seen: set[str] = set()
    out = []
    for c in sorted(conflicts, key=lambda c: c.id):
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return _merged(out)


def _event_reason(a: Fact, b: Fact, word: str, texts: _Texts) -> str:
    """The one line of a day-against-range conflict: both dates, the event word as written, inferred dates marked."""
    written = next(
        (w for w in WORD.findall(texts.of(a), a.sentence.start, a.sentence.end) if stem(w.lower()) == word), word
    )
    return (
        f"{_shown(a, texts)} in one outlet, {_shown(b, texts)} in the other, for the same claim and the same event "
        f"({written!r}): days that cannot meet{_inferred(a, b)}"
    )


def _said(v: ConflictValue) -> str:
    """What a value says, as compared: its normalised form, else its words."""
    return v.normalised or " ".join(v.value.lower().split())


def _merged(conflicts: list[Conflict]) -> tuple[Conflict, ...]:
    """One conflict per value contradicted: the outlets that give the other value the same way are one side.

    Two copies of one text (or two outlets that agree) each disagree with a
    third outlet: that is one disagreement, reported once, the agreeing values
    cited together ("40 in one outlet; 55 in two others"), not once per copy.
    """
    out: list[Conflict] = []
    groups: dict[tuple[str, str, bool, int, int, str], int] = {}
    for c in conflicts:
        if len(c.values) != 2:
            out.append(c)
            continue
        keys = [
            (c.kind, v.article, v.in_title, v.span.start, v.span.end, _said(o)) for v, o in (c.values, c.values[::-1])
        ]
        at = next((groups[k] for k in keys if k in groups), None)
        if at is None:
            groups.update(dict.fromkeys(keys, len(out)))
            out.append(c)
            continue
        groups.update({k: at for k in keys if k not in groups})
        kept = out[at]
        shared = {(v.article, v.in_title, v.span) for v in kept.values}
        more = tuple(v for v in c.values if (v.article, v.in_title, v.span) not in shared)
        ordered = sorted((*kept.values, *more), key=lambda v: (v.article, v.in_title, v.span.start))
        out[at] = replace(kept, values=tuple(ordered))
    return tuple(_counted(c) if len(c.values) > 2 else c for c in out)


def _counted(conflict: Conflict) -> Conflict:
    """A merged disagreement's reason counts the articles giving each value (the pair's wording named two)."""
    counts: dict[str, int] = {}
    for v in conflict.values:
        counts[_said(v)] = counts.get(_said(v), 0) + 1
    tally = "; ".join(f"{n} article{'s give' if n > 1 else ' gives'} {said}" for said, n in counts.items())
    return replace(conflict, reason=f"{conflict.reason} ({tally})")


class _Undated:
    """An article's sentences without a day of their own, their words (stemmed, quotations left out) indexed once."""

    def __init__(self, analysis: ArticleAnalysis, facts: list[Fact]) -> None:
        self.analysis = analysis
        body = analysis.article.body
        self.masked = quoted_mask(analysis)
        dated = {f.sentence.start for f in facts if f.cls[0] in ("date", "weekday")}
        dated |= {
            q.context.start for q in analysis.quantities if q.context and q.kind in ("date", "weekday", "relative_date")
        }
        prose = blanked(body, self.masked)
        self.spans: list[Span] = []
        self.index: dict[str, set[int]] = {}
        self._words: dict[int, list[tuple[str, int, int]]] = {}
        index = self.index
        for sentence in analysis.sentences:
            if sentence.start in dated:
                continue
            n = len(self.spans)
            for word in set(map(stem, set(WORD.findall(prose, sentence.start, sentence.end)))):
                held = index.get(word)
                if held is None:
                    index[word] = {n}
                else:
                    held.add(n)
            self.spans.append(sentence.span)

    def words(self, n: int) -> list[tuple[str, int, int]]:
        """The ``n``-th sentence's words outside quotations, stemmed, with their spans (read when first asked)."""
        if n not in self._words:
            body, span = self.analysis.article.body, self.spans[n]
            self._words[n] = [
                (stem(m.group()), m.start(), m.end())
                for m in WORD.finditer(body, span.start, span.end)
                if not self.masked[m.start()]
            ]
        return self._words[n]

    def past_mention(self, event: set[str], published: dt.date, lower: frozenset[str] = frozenset()) -> Quantity | None:
        """A past-tense sentence in which two of ``event``'s words stand close together in one phrase, as a past
        action's setting, one of them a word of ``lower`` (those the dated sentence writes in lower case) written in
        lower case here too (:func:`_one_phrase`)."""
        body = self.analysis.article.body
        seen: dict[int, int] = {}
        for word in event:
            for n in self.index.get(word, ()):
                seen[n] = seen.get(n, 0) + 1
        for n in sorted(k for k, count in seen.items() if count >= 2):
            span = self.spans[n]
            hits = [(k, w) for k, w in enumerate(self.words(n)) if w[0] in event]
            for x, (k, first) in enumerate(hits):
                close = [
                    (j, w)
                    for j, w in hits[x + 1 :]
                    if w[0] != first[0] and j - k <= EVENT_GAP and _one_phrase(body, first, w, lower)
                ]
                if not close or not _CIRCUMSTANCE.search(body, max(span.start, first[1] - 60), first[1]):
                    continue
                own = "".join(" " if self.masked[i] else body[i] for i in range(span.start, span.end))
                if sentence_direction(own) >= 0:
                    break
                start, end = first[1], close[0][1][2]
                return Quantity(
                    article=self.analysis.article.id,
                    span=Span(start, end),
                    text=body[start:end],
                    kind="relative_date",
                    unit=f"by {published.isoformat()}",
                    context=span,
                )
        return None


_PHRASE_BREAK = re.compile(r"[,;:()–—]")
"""A mark between two words that puts them in two phrases ("thanked volunteers at the town hall, saying the contests
…")."""


def _one_phrase(body: str, first: tuple[str, int, int], second: tuple[str, int, int], lower: frozenset[str]) -> bool:
    """Whether two words of an event (stem, start, end) stand in one phrase of ``body`` (no mark of
    :data:`_PHRASE_BREAK` between them) and one of them tells what happened: a word of ``lower`` written in lower case
    here too ("on the ferry to Kesby": ``ferry``), not only a name ("killed at a North Tarn mill" matches no event of
    "North Tarn, which votes on June 10"; a wire dateline "BRENMOOR, May 3 (Wire)" no event at all)."""
    told = any(w[0] in lower and body[w[1]].islower() for w in (first, second))
    return told and _PHRASE_BREAK.search(body, first[2], second[1]) is None


def _reported_before(story: str, analyses: Sequence[ArticleAnalysis], by_article: list[list[Fact]]) -> list[Conflict]:
    """An event another outlet had already reported as past before the day this one gives it."""
    out: list[Conflict] = []
    published = [reference_date(a.article) for a in analyses]
    undated: dict[int, _Undated] = {}
    texts = _Texts(analyses)
    for n, facts in enumerate(by_article):
        for fact in facts:
            if fact.cls[0] != "date" or fact.quantity.kind != "date" or len(fact.left) < 2 or fact.statement:
                continue
            event = set(fact.left[:3])
            for m, other in enumerate(analyses):
                day = published[m]
                if m == n or day is None or day.toordinal() >= fact.low:
                    continue
                if m not in undated:
                    undated[m] = _Undated(other, by_article[m])
                quantity = undated[m].past_mention(event, day, frozenset(event) & fact.common)
                if quantity is None:
                    continue
                earlier = Fact(quantity, ("date", ""), day.toordinal(), day.toordinal(), (), (), quantity.span)
                reason = (
                    f"one outlet dates it {_day(fact.low)}; the other, published {day.isoformat()}, "
                    f"already reports it as past"
                )
                out.append(_conflict(story, (fact, earlier), texts, reason))
    return out
