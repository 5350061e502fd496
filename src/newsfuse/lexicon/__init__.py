"""Every word list of newsfuse, one module per concept.

========================  =====================================================
module                    concept
========================  =====================================================
``function_words``        the English function words and each stage's selection
``ages``                  words that tell an age as now or as reached ("At 36, … is", "turned 36 last month")
``months_weekdays``       month and weekday names, abbreviations and numbers; time zone abbreviations
``honorifics``            titles before a person's name
``office_titles``         nouns of office ("the president"), of several words, and their aliases ("PM")
``organisation_words``    words that mark an organisation, place or outlet
``names``                 words that are never (the start of) a name, particles inside names, surname prefixes
``news_words``            words every news article uses (story clustering)
``furniture``             words of a news page's furniture (links, sign-ups, credits, editor's lines)
``abbreviations``         abbreviations whose full stop does not end a sentence
``reporting_verbs``       verbs that report speech (dating statements)
``cue_verbs``             verbs that attribute a quotation (speaker attribution)
``approximation``         words that bound or blur a number ("up to", "about")
``contractions``          contractions and informal spellings, written out
``disfluencies``          hesitation sounds and comment clauses ("I think")
``number_words``          number words and their digits
``hedges``                hedges and negations (changes of a quote's content)
``spelling_variants``     British and American spellings of one word
``reference``             pronouns, demonstratives and articles
``given_names``           short and long forms of given names ("Joe", "Joseph")
``source_nouns``          nouns of unnamed sources, groups of speakers, every person noun a speaker goes by
``countries``             countries, their other names, capitals and demonyms
``news_agencies``         wire agencies by the names they sign with
``event_words``           words before a storm's name, compass words of regions, verbs and nouns of one thing
``ranking``               contests one person wins; verbs and nouns that make an ordinal a place in a race
``page_labels``           labels before a page's byline, dates, outlet and address ("By", "Published:")
``online``                online services: platforms, share-bar targets; account nouns, verbs of posting, posted media
``measure_qualifiers``    scope, statistic and period of a figure ("federal", "median")
``relative_dates``        days and ranges of days relative to the article's date ("earlier this week")
``past_tense``            irregular simple-past forms of verbs ("met", "flew")
``tenure_verbs``          verbs that start or hold a person's time in a role ("took over", "has run")
``voting_bodies``         nouns of bodies that vote and of their members ("councillor": the council)
``recurrence``            words that tell two occurrences of one event apart ("again", "final", modals)
``kinship``               nouns of kinship and the relation each names ("great-nephew": a sibling's child)
``outlet_names``          the last words of news organisations' names ("Herald", "Wire", "TV"), outlets' short names
``name_suffixes``         generational suffixes of a person's name ("Jr.", "III")
``plurals``               plural nouns without a final "s" ("people", "police")
``derivation``            endings that make a noun of a verb ("closure", "approval")
``outcomes``              words of a verdict or a vote's outcome, by which way it went
``learned_role_nouns``    person nouns a speaker goes by, learned from training data (``scripts/learn_role_nouns.py``)
``future_words``          words that put an event ahead only before "to" ("forecast to", "likely to"); of a prediction
``revisions``             words of a figure's change ("rose to", "now stands at"): an update, not a contradiction
``set_clauses``           words of the clause after a count's noun that says which of them it counts ("that were")
``needs``                 verbs of a need before a figure ("needs 312"), determiners of anyone's need ("a candidate")
``moments``               words before a count that make it the count by a moment ("after 12 hearings")
``wholes``                words before a figure that make it the whole of a set ("all 3,500 residents")
``plans``                 words of a plan before "to" ("planned to cut", "announced plans to")
``other_things``          words that mark another thing of a kind ("a second boat", "another fire")
``units``                 units of length, mass and time and their sizes ("miles", "tonnes", "weeks")
``phrasal_verbs``         verbs of several words read as the one-word verb of one act ("came away with": won)
``schedules``             nouns of scheduled events and verbs of their start ("the trial will begin")
``surveys``               survey nouns, opinion verbs after a share, margin-of-error phrases
========================  =====================================================

No list is defined twice: a list that extends or selects from another is
built from it (``tests/test_lexicon.py`` checks that no two lists overlap
without saying so, and that modules outside this package define no long
word lists of their own). A word of a capitalised run has one reading: a
particle ("del"), a title or role noun, a given name ("Bill"), the mark of an
organisation or place, or no name at all; ``tests/test_lexicon_readings.py``
fails on a word in two of them unless it is declared there with its reason.
:func:`alternation` writes a list as a regular expression.
"""

from __future__ import annotations

from newsfuse.lexicon._build import alternation
from newsfuse.lexicon.abbreviations import SENTENCE_ABBREVIATIONS
from newsfuse.lexicon.ages import AGE_NOW_FUNCTION_WORDS, AGE_NOW_WORDS, AGE_REACHED_WHEN_WORDS
from newsfuse.lexicon.approximation import (
    AROUND,
    AT_LEAST,
    AT_MOST,
    INCREMENT,
    JUST_ABOVE,
    JUST_BELOW,
    NEARLY,
    REMAINDER_AFTER,
)
from newsfuse.lexicon.contractions import CONTRACTION_STEMS, CONTRACTION_SUFFIXES, INFORMAL_FORMS, IS_HOSTS
from newsfuse.lexicon.countries import COUNTRIES
from newsfuse.lexicon.cue_verbs import (
    FREQUENT_SPEECH_FORMS,
    IRREGULAR_VERB_FORMS,
    OUTER_SPEECH_FORMS,
    SAY_FORMS,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from newsfuse.lexicon.derivation import NOUN_ENDINGS
from newsfuse.lexicon.disfluencies import COMMENT_CLAUSES, FILLERS
from newsfuse.lexicon.event_words import (
    ACT_COUNT_NOUNS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    CHARGE_NOUNS,
    COMPASS_WORDS,
    JOB_CUT_VERBS,
    JOB_LOSS_LEADS,
    JOB_LOSS_NOUNS,
    JOB_LOSS_OBJECT,
    JOB_LOSS_PARTICIPLES,
    JOB_LOSS_PREDICATES,
    JOB_LOSS_VERB,
    JOB_LOSS_VERB_FORMS,
    JOB_NOUNS,
    JOBS_KEPT_VERBS,
    NAMED_EVENT_HEADS,
    OCCASION_NOUNS,
    ONE_OUTCOME_VERBS,
    PEOPLE_AT_LARGE,
    PEOPLE_OF_A_PLACE,
    REMOVAL_VERBS,
    SETTLEMENT_NOUNS,
)
from newsfuse.lexicon.function_words import (
    BE_FORMS,
    CLAUSE_BREAK_AFTER_WORDS,
    CLUSTER_FUNCTION_WORDS,
    CONJUNCTIONS,
    CUE_GAP_WORDS,
    ENGLISH_FUNCTION_WORDS,
    HEADLINE_SMALL_WORDS,
    INVERSION_BREAK_WORDS,
    LEANING_OPENINGS,
    NOT_UNIT_WORDS,
    NOUN_PHRASE_END_WORDS,
    PLACE_AGENT_PREPOSITIONS,
    PREPOSITIONS,
    ROLE_TAIL_PREPOSITIONS,
    SIMILARITY_STOPWORDS,
    SUBORDINATORS,
    SUMMARY_SMALL_WORDS,
    TRANSCRIPTION_NEUTRAL_WORDS,
)
from newsfuse.lexicon.furniture import EDITOR_LINE_OPENINGS, FURNITURE_PHRASES, FURNITURE_WORDS, PAGE_FURNITURE_WORDS
from newsfuse.lexicon.future_words import (
    AHEAD_BEFORE_TO,
    FORECAST_BEFORE_TO,
    FORECAST_PARTICIPLES,
    FORECAST_VERB_PREPOSITIONS,
    FORECAST_WORDS,
    POSSIBILITY_MODALS,
)
from newsfuse.lexicon.given_names import GIVEN_NAME_VARIANTS
from newsfuse.lexicon.hedges import HEDGE_PHRASES, HEDGES, NEGATIONS
from newsfuse.lexicon.honorifics import (
    COURTESY_TITLE_GENDERS,
    COURTESY_TITLES,
    FIRST_NAME_TITLES,
    NAME_TITLES,
    PARTICLE_TITLE_ABBREVIATIONS,
    PEERAGE_TITLES,
    TITLE_ABBREVIATIONS,
    TITLE_GENDERS,
)
from newsfuse.lexicon.kinship import KIN_GENDERS, KIN_RELATIONS, KIN_SENIORITY
from newsfuse.lexicon.measure_qualifiers import (
    CODE_NOUNS,
    FIGURE_OF_VERBS,
    INCLUDING_WORDS,
    MEASURE_PERIODS,
    MEASURE_SCOPES,
    MEASURE_STATISTICS,
    NOT_COUNTED_BY_OF,
    SCALE_NAMES,
    TEMPERATURE_CHANGE_AFTER,
    TEMPERATURE_CHANGE_BEFORE,
    TOTAL_AFTER,
)
from newsfuse.lexicon.moments import MOMENT_BEFORE
from newsfuse.lexicon.months_weekdays import (
    DATE_WEEKDAY_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    SURNAME_WEEKDAY_ABBREVIATIONS,
    TIME_UNITS,
    TIME_ZONE_ABBREVIATIONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from newsfuse.lexicon.name_suffixes import GENERATIONAL_SUFFIXES
from newsfuse.lexicon.names import (
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    NEVER_NAME_WORDS,
    NOT_NAME_WORDS,
    PERSON_NAME_PARTICLES,
    SURNAME_PREFIXES,
)
from newsfuse.lexicon.needs import GENERIC_DETERMINERS, NEED_VERBS
from newsfuse.lexicon.news_agencies import NEWS_AGENCIES
from newsfuse.lexicon.news_words import CLUSTER_STOPWORDS, NEWS_WORDS
from newsfuse.lexicon.number_words import (
    AGE_DECADE_NOUNS,
    CARDINAL_WORDS,
    DECADE_WORDS,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    PART_DETERMINERS,
    SCALE_WORDS,
    VAGUE_NUMBERS,
)
from newsfuse.lexicon.office_titles import (
    HEAD_OFFICES,
    NOT_CURRENT_HOLDER,
    OFFICE_ABBREVIATIONS,
    OFFICE_ALIASES,
    OFFICE_HEADS,
    OFFICE_OPENERS,
    OFFICE_PHRASES,
    OFFICE_RANKS,
    OFFICE_TITLES,
    SINGLE_OFFICES,
    SINGLE_RANKS,
    STORY_OFFICES,
)
from newsfuse.lexicon.online import (
    ACCOUNT_NOUNS,
    ONLINE_SERVICES,
    PLATFORMS,
    POSTED_MEDIA,
    POSTING_VERBS,
    SHARE_PLATFORMS,
)
from newsfuse.lexicon.organisation_words import (
    ORGANISATION_HEADS,
    ORGANISATION_NAME_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_REFERENCE_NOUNS,
    PARTISAN_NOUNS,
    PARTY_WORDS,
)
from newsfuse.lexicon.other_things import (
    ANOTHER_WORDS,
    NOT_THINGS_AFTER_ORDINALS,
    OTHER_WORDS,
    POSITION_NOUNS,
    VERSION_WORDS,
)
from newsfuse.lexicon.outcomes import OUTCOME_WORDS
from newsfuse.lexicon.outlet_names import BYLINE_BRANDS, NEWS_NAME_ENDINGS
from newsfuse.lexicon.page_labels import (
    ADDRESS_LABELS,
    BYLINE_LABELS,
    OUTLET_LABELS,
    PUBLISHED_LABELS,
    UPDATED_LABELS,
)
from newsfuse.lexicon.past_tense import (
    IRREGULAR_PAST,
    PASSIVE_AUXILIARIES,
    PAST_AUXILIARIES,
    PAST_OF_BE,
    PAST_WITH_OTHER_READINGS,
    REGULAR_PAST,
    is_past_form,
)
from newsfuse.lexicon.phrasal_verbs import PHRASAL_VERBS
from newsfuse.lexicon.plans import (
    ANNOUNCING_VERBS,
    DAY_NOW_WORDS,
    HOPE_WORDS,
    PAST_PLAN_WORDS,
    PLAN_MOVED_PHRASES,
    PLAN_MOVED_WORDS,
    PLAN_WORDS,
)
from newsfuse.lexicon.plurals import UNMARKED_PLURALS
from newsfuse.lexicon.ranking import (
    CONTESTS,
    IRREGULAR_SUPERLATIVES,
    MATCH_RESULT_NOUNS,
    NARROWER_KINDS,
    NATIONAL_SCOPES,
    OCCURRENCE_NOUNS,
    RANK_NOUNS,
    RANK_VERBS,
    SCORE_SIDE_PREPOSITIONS,
    SIZE_SUPERLATIVES,
)
from newsfuse.lexicon.recurrence import (
    CONDITIONAL_WORDS,
    INFINITIVE_VERBS,
    MODAL_ADVERBS,
    MODAL_VERBS,
    MULTIPLIER_AFTER,
    OTHER_TIME_OPENERS,
    RECURRENCE_WORDS,
    REPEAT_COUNT_WORDS,
    STAGE_WORDS,
)
from newsfuse.lexicon.reference import (
    ARTICLES,
    DEFINITE_DETERMINERS,
    DEMONSTRATIVES,
    DETERMINERS,
    NOT_AUDIENCE_WORDS,
    NOUN_PHRASE_DETERMINERS,
    PERSONAL_PRONOUN_GENDERS,
    POSSESSIVE_OWNERS,
    PRONOUN_GENDERS,
    REFERRING_WORDS,
    ROLE_DETERMINERS,
    SINGLE_QUANTIFIERS,
    SPEAKER_PRONOUNS,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_DETERMINERS,
)
from newsfuse.lexicon.relative_dates import (
    DAY_PART_WORDS,
    EVENT_BOUNDARY_VERBS,
    INTERVAL_BOUNDS,
    LENGTH_LEADS,
    OFFSET_WORDS,
    RELATIVE_PERIODS,
)
from newsfuse.lexicon.reporting_verbs import REPORTING_VERBS
from newsfuse.lexicon.revisions import (
    CHANGE_BY_WORDS,
    CORRECTION_PHRASES,
    REVISION_DOWN,
    REVISION_DOWN_WORDS,
    REVISION_PHRASES,
    REVISION_UP,
    REVISION_UP_WORDS,
    REVISION_VERBS,
)
from newsfuse.lexicon.schedules import ON_EVENT_VERBS, SCHEDULE_WORDS, SCHEDULED_EVENT_NOUNS, START_VERBS
from newsfuse.lexicon.set_clauses import SET_CLAUSE_ADVERBS, SET_CLAUSE_AUXILIARIES, SET_CLAUSE_RELATIVES
from newsfuse.lexicon.source_nouns import (
    ANONYMOUS_SOURCE_NOUNS,
    GROUP_QUANTIFIERS,
    SOURCE_GROUP_MODIFIERS,
    SOURCE_GROUP_NOUNS,
    SPEAKER_ROLE_NOUNS,
)
from newsfuse.lexicon.spelling_variants import NOT_SPELLINGS, american_spelling
from newsfuse.lexicon.surveys import OPINION_VERBS, SAMPLING_ERROR_PHRASES, SURVEY_NOUNS
from newsfuse.lexicon.tenure_verbs import (
    TENURE_HOLD_VERBS,
    TENURE_OFFICE_VERBS,
    TENURE_START_ADVERBS,
    TENURE_START_VERBS,
    TENURE_TAKE_OVER_VERBS,
)
from newsfuse.lexicon.units import (
    CALENDAR_UNITS,
    CLOCK_UNITS,
    LENGTH_UNITS,
    MASS_UNITS,
    POSITION_PREPOSITIONS,
    RATE_PERIODS,
)
from newsfuse.lexicon.voting_bodies import (
    DECISION_VERBS,
    MOTION_NOUNS,
    MOTION_VERBS,
    SPLIT_WORDS,
    TALLY_LEADS,
    VOTING_BODIES,
)
from newsfuse.lexicon.wholes import WHOLE_BEFORE

__all__ = [
    "ACCOUNT_NOUNS",
    "ACT_COUNT_NOUNS",
    "ADDRESS_LABELS",
    "AGE_DECADE_NOUNS",
    "AGE_NOW_FUNCTION_WORDS",
    "AGE_NOW_WORDS",
    "AGE_REACHED_WHEN_WORDS",
    "AGREEMENT_NOUNS",
    "AGREEMENT_VERBS",
    "AHEAD_BEFORE_TO",
    "ANNOUNCING_VERBS",
    "ANONYMOUS_SOURCE_NOUNS",
    "ANOTHER_WORDS",
    "AROUND",
    "ARTICLES",
    "AT_LEAST",
    "AT_MOST",
    "BE_FORMS",
    "BYLINE_BRANDS",
    "BYLINE_LABELS",
    "CALENDAR_UNITS",
    "CARDINAL_WORDS",
    "CHANGE_BY_WORDS",
    "CHARGE_NOUNS",
    "CLAUSE_BREAK_AFTER_WORDS",
    "CLOCK_UNITS",
    "CLUSTER_FUNCTION_WORDS",
    "CLUSTER_STOPWORDS",
    "CODE_NOUNS",
    "COMMENT_CLAUSES",
    "COMPASS_WORDS",
    "CONDITIONAL_WORDS",
    "CONJUNCTIONS",
    "CONTESTS",
    "CONTRACTION_STEMS",
    "CONTRACTION_SUFFIXES",
    "CORRECTION_PHRASES",
    "COUNTRIES",
    "COURTESY_TITLES",
    "COURTESY_TITLE_GENDERS",
    "CUE_GAP_WORDS",
    "DATE_WEEKDAY_ABBREVIATIONS",
    "DAY_NOW_WORDS",
    "DAY_PART_WORDS",
    "DECADE_WORDS",
    "DECISION_VERBS",
    "DEFINITE_DETERMINERS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "EDITOR_LINE_OPENINGS",
    "ENGLISH_FUNCTION_WORDS",
    "EVENT_BOUNDARY_VERBS",
    "FIGURE_OF_VERBS",
    "FILLERS",
    "FIRST_NAME_TITLES",
    "FORECAST_BEFORE_TO",
    "FORECAST_PARTICIPLES",
    "FORECAST_VERB_PREPOSITIONS",
    "FORECAST_WORDS",
    "FREQUENT_SPEECH_FORMS",
    "FURNITURE_PHRASES",
    "FURNITURE_WORDS",
    "GENERATIONAL_SUFFIXES",
    "GENERIC_DETERMINERS",
    "GIVEN_NAME_VARIANTS",
    "GROUP_QUANTIFIERS",
    "HEADLINE_SMALL_WORDS",
    "HEAD_OFFICES",
    "HEDGES",
    "HEDGE_PHRASES",
    "HOPE_WORDS",
    "INCLUDING_WORDS",
    "INCREMENT",
    "INFINITIVE_VERBS",
    "INFORMAL_FORMS",
    "INTERVAL_BOUNDS",
    "INVENTORY_SELECTIONS",
    "INVERSION_BREAK_WORDS",
    "IRREGULAR_PAST",
    "IRREGULAR_SUPERLATIVES",
    "IRREGULAR_VERB_FORMS",
    "IS_HOSTS",
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
    "JUST_ABOVE",
    "JUST_BELOW",
    "KIN_GENDERS",
    "KIN_RELATIONS",
    "KIN_SENIORITY",
    "LEANING_OPENINGS",
    "LENGTH_LEADS",
    "LENGTH_UNITS",
    "MASS_UNITS",
    "MATCH_RESULT_NOUNS",
    "MEASURE_PERIODS",
    "MEASURE_SCOPES",
    "MEASURE_STATISTICS",
    "MODAL_ADVERBS",
    "MODAL_VERBS",
    "MOMENT_BEFORE",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MOTION_NOUNS",
    "MOTION_VERBS",
    "MULTIPLIER_AFTER",
    "NAMED_EVENT_HEADS",
    "NAME_PARTICLES",
    "NAME_STOP_WORDS",
    "NAME_TITLES",
    "NARROWER_KINDS",
    "NATIONAL_SCOPES",
    "NEARLY",
    "NEED_VERBS",
    "NEGATIONS",
    "NEVER_NAME_WORDS",
    "NEWS_AGENCIES",
    "NEWS_NAME_ENDINGS",
    "NEWS_WORDS",
    "NOT_AUDIENCE_WORDS",
    "NOT_COUNTED_BY_OF",
    "NOT_CURRENT_HOLDER",
    "NOT_NAME_WORDS",
    "NOT_SPELLINGS",
    "NOT_THINGS_AFTER_ORDINALS",
    "NOT_UNIT_WORDS",
    "NOUN_ENDINGS",
    "NOUN_PHRASE_DETERMINERS",
    "NOUN_PHRASE_END_WORDS",
    "OCCASION_NOUNS",
    "OCCURRENCE_NOUNS",
    "OFFICE_ABBREVIATIONS",
    "OFFICE_ALIASES",
    "OFFICE_HEADS",
    "OFFICE_OPENERS",
    "OFFICE_PHRASES",
    "OFFICE_RANKS",
    "OFFICE_TITLES",
    "OFFSET_WORDS",
    "ONE_OUTCOME_VERBS",
    "ONLINE_SERVICES",
    "ON_EVENT_VERBS",
    "OPINION_VERBS",
    "ORDINAL_SUFFIXES",
    "ORDINAL_WORDS",
    "ORGANISATION_HEADS",
    "ORGANISATION_NAME_WORDS",
    "ORGANISATION_NOUNS",
    "ORGANISATION_REFERENCE_NOUNS",
    "OTHER_TIME_OPENERS",
    "OTHER_WORDS",
    "OUTCOME_WORDS",
    "OUTER_SPEECH_FORMS",
    "OUTLET_LABELS",
    "PAGE_FURNITURE_WORDS",
    "PARTICLE_TITLE_ABBREVIATIONS",
    "PARTISAN_NOUNS",
    "PARTY_WORDS",
    "PART_DETERMINERS",
    "PASSIVE_AUXILIARIES",
    "PAST_AUXILIARIES",
    "PAST_OF_BE",
    "PAST_PLAN_WORDS",
    "PAST_WITH_OTHER_READINGS",
    "PEERAGE_TITLES",
    "PEOPLE_AT_LARGE",
    "PEOPLE_OF_A_PLACE",
    "PERSONAL_PRONOUN_GENDERS",
    "PERSON_NAME_PARTICLES",
    "PHRASAL_VERBS",
    "PLACE_AGENT_PREPOSITIONS",
    "PLAN_MOVED_PHRASES",
    "PLAN_MOVED_WORDS",
    "PLAN_WORDS",
    "PLATFORMS",
    "POSITION_NOUNS",
    "POSITION_PREPOSITIONS",
    "POSSESSIVE_OWNERS",
    "POSSIBILITY_MODALS",
    "POSTED_MEDIA",
    "POSTING_VERBS",
    "PREPOSITIONS",
    "PRONOUN_GENDERS",
    "PROPER_NAME_LISTS",
    "PUBLISHED_LABELS",
    "RANK_NOUNS",
    "RANK_VERBS",
    "RATE_PERIODS",
    "RECURRENCE_WORDS",
    "REFERRING_WORDS",
    "REGULAR_PAST",
    "RELATIVE_PERIODS",
    "REMAINDER_AFTER",
    "REMOVAL_VERBS",
    "REPEAT_COUNT_WORDS",
    "REPORTING_VERBS",
    "REVISION_DOWN",
    "REVISION_DOWN_WORDS",
    "REVISION_PHRASES",
    "REVISION_UP",
    "REVISION_UP_WORDS",
    "REVISION_VERBS",
    "ROLE_DETERMINERS",
    "ROLE_TAIL_PREPOSITIONS",
    "SAMPLING_ERROR_PHRASES",
    "SAY_FORMS",
    "SCALE_NAMES",
    "SCALE_WORDS",
    "SCHEDULED_EVENT_NOUNS",
    "SCHEDULE_WORDS",
    "SCORE_SIDE_PREPOSITIONS",
    "SENTENCE_ABBREVIATIONS",
    "SETTLEMENT_NOUNS",
    "SET_CLAUSE_ADVERBS",
    "SET_CLAUSE_AUXILIARIES",
    "SET_CLAUSE_RELATIVES",
    "SHARE_PLATFORMS",
    "SIMILARITY_STOPWORDS",
    "SINGLE_OFFICES",
    "SINGLE_QUANTIFIERS",
    "SINGLE_RANKS",
    "SIZE_SUPERLATIVES",
    "SOURCE_GROUP_MODIFIERS",
    "SOURCE_GROUP_NOUNS",
    "SPEAKER_PRONOUNS",
    "SPEAKER_ROLE_NOUNS",
    "SPEECH_VERBS",
    "SPLIT_WORDS",
    "STAGE_WORDS",
    "STANCE_VERBS",
    "START_VERBS",
    "STORY_OFFICES",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "SUMMARY_SMALL_WORDS",
    "SURNAME_PREFIXES",
    "SURNAME_WEEKDAY_ABBREVIATIONS",
    "SURVEY_NOUNS",
    "TALLY_LEADS",
    "TEMPERATURE_CHANGE_AFTER",
    "TEMPERATURE_CHANGE_BEFORE",
    "TENURE_HOLD_VERBS",
    "TENURE_OFFICE_VERBS",
    "TENURE_START_ADVERBS",
    "TENURE_START_VERBS",
    "TENURE_TAKE_OVER_VERBS",
    "THIRD_PERSON_DETERMINERS",
    "TIME_UNITS",
    "TIME_ZONE_ABBREVIATIONS",
    "TITLE_ABBREVIATIONS",
    "TITLE_GENDERS",
    "TOTAL_AFTER",
    "TRANSCRIPTION_NEUTRAL_WORDS",
    "UNMARKED_PLURALS",
    "UPDATED_LABELS",
    "VAGUE_NUMBERS",
    "VERSION_WORDS",
    "VOTING_BODIES",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WHOLE_BEFORE",
    "alternation",
    "american_spelling",
    "is_past_form",
]

INVENTORY_SELECTIONS: dict[str, tuple[str, ...]] = {
    "ONLINE_SERVICES": ("PLATFORMS", "SHARE_PLATFORMS"),
    "ENGLISH_FUNCTION_WORDS": (
        "ARTICLES",
        "BE_FORMS",
        "CLAUSE_BREAK_AFTER_WORDS",
        "DEMONSTRATIVES",
        "DETERMINERS",
        "INVERSION_BREAK_WORDS",
        "NOT_AUDIENCE_WORDS",
        "POSSESSIVE_OWNERS",
        "PRONOUN_GENDERS",
        "CLUSTER_FUNCTION_WORDS",
        "CONJUNCTIONS",
        "CUE_GAP_WORDS",
        "GROUP_QUANTIFIERS",
        "HEADLINE_SMALL_WORDS",
        "LEANING_OPENINGS",
        "NAME_STOP_WORDS",
        "NOT_NAME_WORDS",
        "NOT_UNIT_WORDS",
        "NOUN_PHRASE_END_WORDS",
        "DEFINITE_DETERMINERS",
        "NOUN_PHRASE_DETERMINERS",
        "NEGATIONS",
        "OTHER_TIME_OPENERS",
        "OTHER_WORDS",
        "MULTIPLIER_AFTER",
        "FORECAST_VERB_PREPOSITIONS",
        "SCORE_SIDE_PREPOSITIONS",
        "ANOTHER_WORDS",
        "AGE_NOW_FUNCTION_WORDS",
        "AGE_REACHED_WHEN_WORDS",
        "OFFSET_WORDS",
        "LENGTH_LEADS",
        "CONDITIONAL_WORDS",
        "INTERVAL_BOUNDS",
        "PERSONAL_PRONOUN_GENDERS",
        "PLACE_AGENT_PREPOSITIONS",
        "POSSIBILITY_MODALS",
        "PREPOSITIONS",
        "REFERRING_WORDS",
        "ROLE_DETERMINERS",
        "ROLE_TAIL_PREPOSITIONS",
        "MODAL_VERBS",
        "MOMENT_BEFORE",
        "GENERIC_DETERMINERS",
        "SET_CLAUSE_ADVERBS",
        "SET_CLAUSE_AUXILIARIES",
        "SET_CLAUSE_RELATIVES",
        "SIMILARITY_STOPWORDS",
        "SINGLE_QUANTIFIERS",
        "SPEAKER_PRONOUNS",
        "SUBJECT_PRONOUNS",
        "SUBORDINATORS",
        "SUMMARY_SMALL_WORDS",
        "THIRD_PERSON_DETERMINERS",
        "TRANSCRIPTION_NEUTRAL_WORDS",
    ),
    "OFFICE_TITLES": ("HEAD_OFFICES", "SINGLE_OFFICES", "STORY_OFFICES"),
    "KIN_RELATIONS": ("KIN_GENDERS",),
}
"""Lists declared as selections of an inventory (built with ``select``): they may overlap one another.

Each serves one stage's purpose; their members come from the inventory, so a
word is added to the inventory once and chosen by the stages that want it.
"""

PROPER_NAME_LISTS: frozenset[str] = frozenset({"BYLINE_BRANDS", "COUNTRIES", "NEWS_AGENCIES", "NEWS_NAME_ENDINGS"})
"""Lists of proper names, whose case is part of the name ("AP", "dpa", "United States"); every other list
holds lower-case words."""
