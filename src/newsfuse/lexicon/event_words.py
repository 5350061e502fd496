"""Words that make a capitalised name a named event or a region, not a person.

:data:`NAMED_EVENT_HEADS` are the words a weather service puts before the
name it gives a storm ("Storm Darragh", "Hurricane Milton", "Tropical Storm
Debby", "Typhoon Yagi"): the name after them is the event's, never a
person's. :data:`COMPASS_WORDS` turn a place into a region of it ("South
Wales", "Middle Tennessee", "Greater London").
"""

from __future__ import annotations

from newsfuse.lexicon._build import words
from newsfuse.lexicon.past_tense import PASSIVE_AUXILIARIES

__all__ = [
    "ACT_COUNT_NOUNS",
    "AGREEMENT_NOUNS",
    "AGREEMENT_VERBS",
    "CHARGE_NOUNS",
    "COMPASS_WORDS",
    "JOBS_KEPT_VERBS",
    "JOB_CUT_VERBS",
    "JOB_LOSS_LEADS",
    "JOB_LOSS_NOUNS",
    "JOB_LOSS_OBJECT",
    "JOB_LOSS_PARTICIPLES",
    "JOB_LOSS_PREDICATES",
    "JOB_LOSS_VERB",
    "JOB_LOSS_VERB_FORMS",
    "JOB_NOUNS",
    "NAMED_EVENT_HEADS",
    "OCCASION_NOUNS",
    "ONE_OUTCOME_VERBS",
    "PEOPLE_AT_LARGE",
    "PEOPLE_OF_A_PLACE",
    "REMOVAL_VERBS",
    "SETTLEMENT_NOUNS",
]

NAMED_EVENT_HEADS: frozenset[str] = words(
    """
    storm hurricane typhoon cyclone superstorm
    """
)
"""Words before a name that make it a named storm (lower case; "Tropical Storm" ends in one)."""

COMPASS_WORDS: frozenset[str] = words(
    """
    north south east west northern southern eastern western central middle mid upper lower greater
    """
)
"""Words before a place that name a region of it (lower case)."""

JOB_CUT_VERBS: frozenset[str] = words(
    "cut cuts axe axed shed sheds slash slashed eliminate eliminated lay laid lose lost"
)
"""Verbs of cutting jobs, base and past forms ("will cut 1,200 jobs", "laid off 1,500 workers"): one outcome."""
JOB_NOUNS: frozenset[str] = words(
    "job jobs worker workers employee employees staff staffer staffers position positions"
)
"""Nouns a count of jobs cut is written in: a job cut is a worker laid off ("will cut 1,200 jobs" / "will lay off
1,500 workers" count one thing, after a verb of :data:`JOB_CUT_VERBS`; "employs 1,500 workers" counts another)."""
JOB_LOSS_NOUNS: frozenset[str] = words("cuts losses")
"""Nouns after "job" that make a count one of jobs cut ("1,500 job cuts", "1,500 job losses")."""
JOB_LOSS_VERB = "lose"
"""The verb of losing a job in its base form, the form after a modal ("would lose their jobs")."""
JOB_LOSS_VERB_FORMS: tuple[str, ...] = (JOB_LOSS_VERB, "loses", "lost", "losing")
"""The forms of the verb of losing a job, base form first (:data:`JOB_LOSS_VERB`): with :data:`JOB_LOSS_OBJECT`
after them a predicate of :data:`JOB_LOSS_PREDICATES` ("would lose their jobs", "lost their jobs")."""
JOB_LOSS_OBJECT = "their jobs"
"""The object of :data:`JOB_LOSS_VERB_FORMS` in a predicate of losing a job."""
JOB_LOSS_PARTICIPLES: tuple[str, ...] = ("laid off", "made redundant")
"""Participles of a passive of losing a job: after a form of "be" (``lexicon.PASSIVE_AUXILIARIES``) a predicate of
:data:`JOB_LOSS_PREDICATES` ("were laid off", "will be made redundant", "have been laid off")."""
JOB_LOSS_PREDICATES: tuple[str, ...] = (
    *(f"{form} {JOB_LOSS_OBJECT}" for form in JOB_LOSS_VERB_FORMS),
    *(f"{be} {participle}" for participle in JOB_LOSS_PARTICIPLES for be in PASSIVE_AUXILIARIES),
)
"""Predicates that make the people counted before them the jobs cut ("1,500 employees would lose their jobs", "300
staff will be made redundant"): whoever loses a job is a job cut, whatever noun counts them (lower case). Built, not
written: each form of the verb with its object, each participle after each form of "be"."""
JOB_LOSS_LEADS: tuple[str, ...] = ("set", "expected", "stand", "stands", "look set", "looks set")
"""Words between the people counted (and an auxiliary) and "to" and a predicate of :data:`JOB_LOSS_PREDICATES` ("300
staff are set to lose their jobs", "700 workers stand to lose their jobs")."""

ONE_OUTCOME_VERBS: tuple[frozenset[str], ...] = (
    words("arrested detained"),
    words("killed died"),
    words("injured hurt wounded"),
    words("arrived landed"),
    words("announced unveiled"),
    words("resigned quit"),
    words("began started"),
    words("found discovered"),
    words("freed released"),
    words("fled escaped"),
    words("happened occurred"),
    words("published issued released"),
    words("won secured took captured claimed"),
    words("sworn inaugurated"),
    words("jailed sentenced imprisoned"),
    words("fired dismissed sacked"),
    words("hire hired recruit recruited"),
    words("rescued saved"),
    JOB_CUT_VERBS,
    words("close closed shut shuts"),
)
"""Past verbs that tell one outcome in other words ("arrested 30 protesters" / "detained 45 protesters"; "jailed for
15 years" / "sentenced to 12 years"; "will cut 1,200 jobs" / "will lay off 1,500 workers"; base forms too, read after
a modal verb): counts after two of one group count one thing, as counts after "killed" and "injured" count two
("killed 40 people" / "55 people died"; "injured 12" / "18 were hurt"), and days after two of one group date one act
("landed in Oslo on Monday" / "arrived in Oslo on Tuesday"). Not "gained" beside "won": "gained 12 seats" is a
gain, not the total won. A word may stand in two groups of two senses ("released": freed, or made public); two verbs
are one act only where one group holds both."""

AGREEMENT_NOUNS: frozenset[str] = words("contract deal agreement pact accord")
"""Nouns of an agreement between parties: one thing in other words ("a three-year contract" / "a four-year deal"),
which the first WordNet senses of :mod:`newsfuse.compare.near_synonyms` keep apart (a deal is first a sale)."""

AGREEMENT_VERBS: frozenset[str] = words("signed signs sign re-signed extended renewed")
"""Verbs of entering an agreement: a count of years "for" after one in its clause is the agreement's term ("signed
for Esker Rovers for four years" / "on a three-year contract"), one fact with a term written as a contract's."""

PEOPLE_OF_A_PLACE: frozenset[str] = words("people persons residents inhabitants locals villagers townspeople islanders")
"""Nouns a count of the people of a place is written in ("2,000 residents were evacuated" / "evacuated 3,500
people"): counts of one set, as WordNet does not say (a resident is a kind of person, not of people). Not the nouns
of a part of them ("civilians", "children", "tourists", "voters"): a count of those and one of people count a part
and a whole."""
PEOPLE_AT_LARGE: frozenset[str] = words("people persons")
"""The nouns of :data:`PEOPLE_OF_A_PLACE` that count everyone there, visitors too: "3,500 people" holds the "2,000
residents" a flood moved and the campers beside them. A count of residents and one of people count one set only
where the two tell of one act in one place and the people's count names no other part or place
(``compare.conflicts._a_part``, ``compare.near_synonyms.whole_and_part``)."""

SETTLEMENT_NOUNS: frozenset[str] = words(
    "village villages town towns city cities suburb suburbs district districts hamlet hamlets settlement settlements"
    " neighbourhood neighbourhoods neighborhood neighborhoods community communities county counties region regions"
)
"""Nouns of a place people live in: a count of people whose sentence writes one the other count's does not ("from
their homes in Kesby and two nearby villages") counts the people of more places than the other."""

OCCASION_NOUNS: frozenset[str] = words("raid match game attempt start appearance race outing visit operation round")
"""Occasions a count is made in, singular: after "in" they count no share ("arrested 5 in 12 raids", "scored 2 in 3
matches"), as units of time do not ("one in five minutes")."""

JOBS_KEPT_VERBS: frozenset[str] = words("keep kept save hire recruit create add retain protect")
"""Verbs of keeping or making jobs, base forms and "kept": a count of jobs after one is no count of jobs cut ("will
cut costs and save 300 jobs"); after a modal verb, with :data:`JOB_CUT_VERBS`, the planned acts whose counts are
two things ("will keep 1,500 jobs" / "will cut 1,200 jobs"); any other verb after a modal leaves counts comparable
("will build 300 homes" / "plans to construct 450 homes")."""

REMOVAL_VERBS: frozenset[str] = words("dropped withdrew withdrawn scrapped cancelled canceled abandoned")
"""Verbs of taking away what stood ("prosecutors dropped 3 charges"): a count after one is a change, no value of the
whole that stands ("faces 14 charges"), compared only with a count after another verb."""

CHARGE_NOUNS: frozenset[str] = words("charge charges count counts")
"""Nouns a count of criminal charges is written in: "faces 14 charges of fraud" / "was charged with 17 counts of
fraud" count one thing, as WordNet's first senses do not say."""

ACT_COUNT_NOUNS: dict[str, str] = {
    "arrests": "arrested",
    "injuries": "injured",
    "deaths": "died",
    "rescues": "rescued",
}
"""Nouns that count an act done to people, and the act's verb: a count of them counts the people it befell ("made 31
arrests" / "arrested 23 people"; "12 deaths" / "killed 9 people"), with that verb as its own
(``compare.facts``)."""
