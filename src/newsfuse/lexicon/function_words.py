"""English function words, and the selections of them each stage ignores.

:data:`ENGLISH_FUNCTION_WORDS` is the one inventory: articles, pronouns and
their contractions, prepositions, conjunctions, auxiliaries and modals, and
the adverbs and light verbs that carry no news. Every other list here is a
*selection* of it for one purpose (built with :func:`select`, which refuses a
word the inventory lacks), sometimes extended by words of another concept
(attribution verbs, weekday names) named where the list is built. The
selections differ because their stages were tuned with them; merging two of
them changes that stage's figures and is its owner's call.
"""

from __future__ import annotations

from newsfuse.lexicon._build import select, words
from newsfuse.lexicon.cue_verbs import SAY_FORMS
from newsfuse.lexicon.months_weekdays import WEEKDAYS

__all__ = [
    "BE_FORMS",
    "CLAUSE_BREAK_AFTER_WORDS",
    "CLUSTER_FUNCTION_WORDS",
    "CONJUNCTIONS",
    "CUE_GAP_WORDS",
    "ENGLISH_FUNCTION_WORDS",
    "HEADLINE_SMALL_WORDS",
    "INVERSION_BREAK_WORDS",
    "LEANING_OPENINGS",
    "NOT_UNIT_WORDS",
    "NOUN_PHRASE_END_WORDS",
    "PLACE_AGENT_PREPOSITIONS",
    "PREPOSITIONS",
    "ROLE_TAIL_PREPOSITIONS",
    "SIMILARITY_STOPWORDS",
    "SUBORDINATORS",
    "SUMMARY_SMALL_WORDS",
    "TRANSCRIPTION_NEUTRAL_WORDS",
]

ENGLISH_FUNCTION_WORDS: frozenset[str] = words(
    """
    'd 'll 'm 're 's 've a about above across after again against ahead all almost along already also although always am
    amid among an and another any anyone anything are aren aren't around as at away back be became because become
    becomes been before behind being below between beyond both but by can can't cannot could couldn d despite did didn
    didn't do does doesn doesn't doing don don't done down during each earlier either else enough even ever every few
    first following for from further get gets getting go goes going gone got had hadn has hasn have haven having he he's
    her here hers herself him himself his how however i i'd i'll i'm i've if in instead into is isn isn't it it's its
    itself just last later least less let like ll m made make makes many may me meanwhile might mine more moreover most
    much must my myself n't near nearly neither never next no nor not now of off often oh ok okay on once one only onto
    or other others otherwise our ours ourselves out over own per perhaps pretty put quite rather re really s same
    second see seen several shall she she's should shouldn since so some someone something still such t than that that's
    the their theirs them themselves then there there's these they they're they've third this those though through
    throughout thus to today tomorrow tonight too toward towards two under unless unlike until up upon us ve very via vs
    was wasn wasn't we we'd we'll we're we've well were weren what whatever when where whether which while who whom
    whose why will with within without won won't would wouldn yeah yes yesterday yet you you're you've your yours
    yourself yourselves
    nobody none nothing nowhere
    """
)
"""Every English function word a stage of newsfuse ignores or treats as closed-class."""

PREPOSITIONS: frozenset[str] = select(
    """
    about across against amid among around as at behind between beyond by despite during for from in into near of on
    onto over per than through to toward towards under upon via with without
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Prepositions: after one, a name is not the subject of what follows."""

CONJUNCTIONS: frozenset[str] = select("and or but nor", ENGLISH_FUNCTION_WORDS)
"""Coordinating conjunctions: like a preposition, one ends the noun phrase before it ("the mayor and her
aide": "her" is no determiner of "mayor"); a verb right after one shares the subject of the verb before it
("Vell met Tal Oren and called the plan …": Vell called it; speaker candidates,
:mod:`newsfuse.article.candidates`)."""

CLAUSE_BREAK_AFTER_WORDS: frozenset[str] = select("that since because if", ENGLISH_FUNCTION_WORDS) | words("whereas")
"""Words that open another clause after a day, beside the clause breaks every clause has: a tally of votes behind
one is of that clause ("will meet on Tuesday on a plan that passed 5-4 in committee"; conflicts,
:mod:`newsfuse.compare.facts`)."""

SUBORDINATORS: frozenset[str] = select(
    "after although as because before if once since though unless until when where whether while",
    ENGLISH_FUNCTION_WORDS,
)
"""Words that open a subordinate clause: a pronoun in a clause opening its sentence with one may refer to a
person named later in the sentence ("When she arrived, Ana Vell said …"; speaker chains,
:meth:`newsfuse.article.quotes._Attributor.not_antecedents`)."""

ROLE_TAIL_PREPOSITIONS: frozenset[str] = select("of for at to from with in", PREPOSITIONS)
"""Prepositions that carry a role noun phrase on to what qualifies it ("a spokesperson for the ministry", "the
minister of Health")."""

NOUN_PHRASE_END_WORDS: frozenset[str] = select(
    "of to by on in at after and as with for that which", ENGLISH_FUNCTION_WORDS
)
"""Words that end the noun phrase a vote is on ("rejected the amendment to the bill": the amendment; "approved
the plan of Tal Oren": the plan), :mod:`newsfuse.compare.outcomes`."""

PLACE_AGENT_PREPOSITIONS: frozenset[str] = select("to by", PREPOSITIONS)
"""Prepositions after which a place may still stand for its government ("according to Brenmoor", "by
Kesby"): a place after any other preposition stands beside a person rather than speaks."""

SIMILARITY_STOPWORDS: frozenset[str] = (
    select(
        """
    a about above across after again against all along also although am among an and any are around as at be because
    been before behind being below between beyond both but by can can't could did didn't do does doesn't doing don't
    done down during each even few for from further had has have having he he's her here hers herself him himself his
    how however i i'm i've if in into is isn't it it's its itself just may me might mine more most must my myself near
    no nor not now of off on once one only onto or other our ours ourselves out over own per s same shall she she's
    should since so some still such t than that that's the their theirs them themselves then there there's these they
    they're this those though through to too toward towards two under until up upon us very via was wasn't we we're
    we've were what when where whether which while who whom whose why will with within without won't would yet you your
    yours yourself yourselves
    """,
        ENGLISH_FUNCTION_WORDS,
    )
    | words("according adding say tell")
    | SAY_FORMS
    | words("mr mrs ms")
)
"""Words ignored when two sentences are compared for what they say (sentence alignment, summary support);
attribution verbs and honorifics would make any two news sentences look alike."""

TRANSCRIPTION_NEUTRAL_WORDS: frozenset[str] = select(
    """
    'd 'll 'm 're 's 've a about again all already also although am among an and any are aren't as at be because been
    being between both but by can can't could did didn't do does doesn't don't done down each even ever for from had has
    have having he he's her here hers him his how i i'd i'll i'm i've if in into is isn't it it's its itself just least
    less may me might mine more most much must my myself n't no nor not now of off oh ok okay on only onto or other our
    ours ourselves out over own pretty quite rather really same shall she she's should since so some still such than
    that the their theirs them then there these they they're they've this those though through to too under unless until
    up us very was wasn't we we'd we'll we're we've well were what when where whether which while who whom whose why
    will with won't would yeah yes yet you you're you've your yours
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Words whose change does not change what a quotation says about the world: articles, pronouns,
auxiliaries, conjunctions, prepositions, degree words. A substitution among these is a transcription variant."""

CLUSTER_FUNCTION_WORDS: frozenset[str] = select(
    """
    a about above after again against all almost also although always am among an and another any anyone anything are
    aren around as at away back be became because become becomes been before being below between both but by can cannot
    could couldn d did didn do does doesn doing don done down during each either else enough even ever every few for
    from further get gets getting go goes going gone got had hadn has hasn have haven having he her here hers herself
    him himself his how however i if in into is isn it its itself just least less let like ll m made make makes many may
    me might more most much must my myself neither never no nor not now of off often on once one only onto or other
    others otherwise our ours ourselves out over own per perhaps put quite rather re really s same see seen shall she
    should shouldn since so some someone something still such t than that the their theirs them themselves then there
    these they this those though through thus to too toward towards under until up upon us ve very via was wasn we were
    weren what whatever when where whether which while who whom whose why will with within without won would wouldn yet
    you your yours yourself yourselves
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Function words that say nothing about which event an article covers (story clustering)."""

SUMMARY_SMALL_WORDS: frozenset[str] = select(
    """
    a an and as at but by for from in into of on or the to via vs with
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Small words left in lower case in a title-cased line (summary boilerplate test)."""

LEANING_OPENINGS: frozenset[str] = select(
    "he she it they this these that those his her their its but and yet however still so also", ENGLISH_FUNCTION_WORDS
)
"""Words that open a sentence leaning on the one before it: a pronoun, a demonstrative or a connective ("But it
was late."): such a sentence cannot stand alone in a summary."""

HEADLINE_SMALL_WORDS: frozenset[str] = select(
    """
    a after an and are as at be but by for from her his how in into is its nor of on or over than that the their this to
    up via vs was what who why with
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Small words a headline-shaped line may leave in lower case (metadata)."""

BE_FORMS: frozenset[str] = select("is are was were", ENGLISH_FUNCTION_WORDS)
"""The finite forms of "be" after a noun phrase: a cue word right before one is a noun ("Her promises are
cheap")."""

INVERSION_BREAK_WORDS: frozenset[str] = BE_FORMS | select(
    "it that to for of in on he she they we", ENGLISH_FUNCTION_WORDS
)
"""Words that open a clause or a phrase of its own after an inverted cue: a mention after one is no subject of
the cue ("said Ana Vell" names the speaker, "said that Ana Vell", "said it was Ana Vell" do not)."""

NOT_UNIT_WORDS: frozenset[str] = select(
    """
    a and are as at by for from her his in is its of on or per than the their to was were with
    """,
    ENGLISH_FUNCTION_WORDS,
)
"""Words after a number that are never its unit (quantities)."""

CUE_GAP_WORDS: frozenset[str] = (
    select(
        """
    again already also are be been can could did do does earlier even further had has have is just later may might must
    never not on once only should still then today tonight was were will would yesterday
    """,
        ENGLISH_FUNCTION_WORDS,
    )
    | words("allegedly angrily bluntly firmly flatly previously privately publicly quickly recently")
    | words("repeatedly reportedly simply")
    | frozenset(WEEKDAYS)
)
"""Words that may stand between a speaker and the cue ("Vell also told", "he has said")."""
