"""Transcription equivalence and the categories of an alteration (issue #14), from invented sentences.

Every equivalence of :func:`newsfuse.compare.wording.canonical_words` has a
case: two printings that differ only by it read as the same words. Every
category of ``altered`` has a case: two outlets print the words, a third
changes them that way, and the third is ``altered`` with that reason; the
same change with no majority is only a ``variant``.
"""

from __future__ import annotations

from functools import partial

import pytest

from newsfuse.compare.utterances import align_utterances, is_title
from newsfuse.compare.word_diff import classify_changes
from newsfuse.compare.wording import canonical_words
from newsfuse.model import Article, ArticleAnalysis, Quote, Speaker
from quote_outlets import outlet as printed_by

MAYOR = Speaker(name="Dana Whitfield")
CHIEF = Speaker(name="Omar Castellanos")


def words(text: str) -> list[str]:
    return [t.text for t in canonical_words(text)]


# -- equivalences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "We must prioritise the colour of the programme.",
            "We must prioritize the color of the program.",
            id="UK/US spelling",
        ),
        pytest.param(
            "It was a well-known health care plan sent by e-mail.",
            "It was a well known healthcare plan sent by email.",
            id="hyphens and compounds",
        ),
        pytest.param(
            "We don't know, I'm sure it won't, we can't and it's late.",
            "We do not know, I am sure it will not, we cannot and it is late.",
            id="contractions",
        ),
        pytest.param(
            "We're gonna win 'cause we're goin' door to door, yeah.",
            "We are going to win because we are going door to door, yes.",
            id="informal forms",
        ),
        pytest.param(
            "One in three voters, twenty-five per cent of them, the first 1,000.",
            "1 in 3 voters, 25% of them, the 1st 1000.",
            id="number words and digits",
        ),
        pytest.param("We have a one-in-four shot.", "We have a 1 in 4 shot.", id="hyphenated odds"),
        pytest.param("We, uh, will, um, win this.", "We will win this.", id="fillers"),
        pytest.param(
            "“It’s the café’s fault!” — she said",
            "\"it's the cafe's fault\", she said",
            id="punctuation, quotes, case, accents",
        ),
        pytest.param("The U.S. will act.", "The US will act.", id="dotted acronyms"),
    ],
)
def test_transcriptions_of_the_same_words_are_equal(a: str, b: str) -> None:
    assert words(a) == words(b)


def test_a_bracketed_insertion_and_an_ellipsis_are_gaps_not_words() -> None:
    tokens = canonical_words("[The council] will vote … and we will win.")
    assert [t.text for t in tokens] == ["will", "vote", "and", "we", "will", "win"]
    assert [t.gap for t in tokens] == [True, False, True, False, False, False]


def test_canonical_words_keep_spans_into_the_text() -> None:
    text = "Well, we’re gonna fix the colour."
    for token in canonical_words(text, offset=10):
        assert text[token.start - 10 : token.end - 10].strip()
    assert [text[t.start : t.end] for t in canonical_words(text) if t.text == "color"] == ["colour"]


def test_different_words_stay_different() -> None:
    assert words("We will raise taxes.") != words("We will not raise taxes.")
    assert words("It costs 300 dollars.") != words("It costs 500 dollars.")
    assert words("a way forward") == ["a", "way", "forward"]  # function words are never joined into "away"


# -- a small story -------------------------------------------------------------------------------------


outlet = partial(printed_by, lead="The mayor said: ")
"""An outlet's article printing its quotations after "The mayor said:" (see tests/quote_outlets.py)."""


def judged(*analyses: ArticleAnalysis) -> dict[str, Quote]:
    quotes, _ = align_utterances("s", analyses)
    return {q.id: q for q in quotes}


def majority_against(original: str, changed: str) -> Quote:
    """Two outlets print ``original``, a third ``changed``: the third's quotation."""
    got = judged(outlet("a", (original, MAYOR)), outlet("b", (original, MAYOR)), outlet("c", (changed, MAYOR)))
    assert got["a-q0"].verdict == got["b-q0"].verdict == "corroborated"
    return got["c-q0"]


@pytest.mark.parametrize(
    ("original", "changed", "category", "reference", "printed"),
    [
        pytest.param(
            "The new depot will protect hundreds of local jobs in the valley.",
            "The new depot will destroy hundreds of local jobs in the valley.",
            "substitution",
            "protect",
            "destroy",
            id="substituted content word",
        ),
        pytest.param(
            "The council will hire 300 new teachers across the district next spring.",
            "The council will hire 500 new teachers across the district next spring.",
            "number",
            "300",
            "500",
            id="changed number",
        ),
        pytest.param(
            "I spoke with Governor Alvarez about the flood barrier on Monday morning.",
            "I spoke with Governor Brennan about the flood barrier on Monday morning.",
            "name",
            "alvarez",
            "brennan",
            id="changed name",
        ),
        pytest.param(
            "We will not raise the harbour fees for fishing families this year.",
            "We will raise the harbour fees for fishing families this year.",
            "negation",
            "not",
            "",
            id="negation dropped",
        ),
        pytest.param(
            "We will raise the harbour fees for fishing families this year.",
            "We will not raise the harbour fees for fishing families this year.",
            "negation",
            "",
            "not",
            id="negation added",
        ),
        pytest.param(
            "The new filters may reduce the river pollution by the end of the decade.",
            "The new filters will reduce the river pollution by the end of the decade.",
            "hedge",
            "may",
            "will",
            id="hedge replaced",
        ),
        pytest.param(
            "The bypass was, in many cases, a lifeline for the northern villages.",
            "The bypass was a lifeline for the northern villages.",
            "hedge",
            "in many cases",
            "",
            id="hedge phrase dropped",
        ),
        pytest.param(
            "We will cut the bus fares and close the old depot for every family in the county.",
            "We will cut the bus fares for every family in the county.",
            "clause",
            "and close the old depot",
            "",
            id="clause removed without an ellipsis",
        ),
    ],
)
def test_each_kind_of_alteration_against_a_majority(
    original: str, changed: str, category: str, reference: str, printed: str
) -> None:
    quote = majority_against(original, changed)
    assert quote.verdict == "altered"
    decided = [r for r in quote.reasons if r.decided]
    assert [(r.category, r.reference, r.printed, r.decided) for r in decided] == [
        (category, reference, printed, "majority")
    ]
    assert set(decided[0].against) == {"a", "b"}


def test_a_clause_left_out_at_an_ellipsis_is_no_alteration() -> None:
    quote = majority_against(
        "We will cut the bus fares and close the old depot for every family in the county.",
        "We will cut the bus fares … for every family in the county.",
    )
    assert quote.verdict == "corroborated"


@pytest.mark.parametrize(
    ("original", "changed"),
    [
        pytest.param(
            "We are going to rebuild the bridge before the winter storms arrive.",
            "We're gonna rebuild the bridge before the winter storms arrive.",
            id="transcription",
        ),
        pytest.param(
            "We are going to rebuild the bridge before the winter storms arrive.",
            "We are going to rebuild that bridge before the winter storms arrive.",
            id="function word",
        ),
        pytest.param(
            "We are rebuilding the bridge before the winter storms arrive.",
            "We rebuilt the bridge before the winter storms arrive.",
            id="inflection",
        ),
        pytest.param(
            "It will reopen the old ferry route to the island by June.",
            "[The plan] will reopen the old ferry route to the island by June.",
            id="editorial bracket",
        ),
        pytest.param(
            "It will reopen the old ferry route to the island by June.",
            "The plan will reopen the old ferry route to the island by June.",
            id="pronoun made a noun",
        ),
        pytest.param(
            "The ferry route will, I think, reopen to the island by June.",
            "The ferry route will reopen to the island by June.",
            id="comment clause",
        ),
    ],
)
def test_changes_that_keep_the_content_are_never_altered(original: str, changed: str) -> None:
    assert majority_against(original, changed).verdict in ("variant", "corroborated")


def test_one_outlet_against_one_is_a_variant_with_an_undecided_reason() -> None:
    got = judged(
        outlet("a", ("The new depot will protect hundreds of local jobs in the valley.", MAYOR)),
        outlet("b", ("The new depot will destroy hundreds of local jobs in the valley.", MAYOR)),
    )
    assert {q.verdict for q in got.values()} == {"variant"}
    assert [(r.category, r.decided) for r in got["b-q0"].reasons] == [("substitution", "")]


def test_a_dropped_hedge_decides_a_tie() -> None:
    got = judged(
        outlet("a", ("The new filters may reduce the river pollution by the end of the decade.", MAYOR)),
        outlet("b", ("The new filters reduce the river pollution by the end of the decade.", MAYOR)),
    )
    assert got["b-q0"].verdict == "altered" and got["a-q0"].verdict == "variant"
    assert [(r.category, r.decided) for r in got["b-q0"].reasons] == [("hedge", "hedge")]


def test_a_dropped_negation_decides_a_tie() -> None:
    # One outlet against one: the printing without the "not" is the one shown as changed, never the other.
    got = judged(
        outlet("a", ("We will not raise the harbour fees for fishing families this year.", MAYOR)),
        outlet("b", ("We will raise the harbour fees for fishing families this year.", MAYOR)),
    )
    assert got["b-q0"].verdict == "altered" and got["a-q0"].verdict == "variant"
    assert [(r.category, r.reference, r.printed, r.decided) for r in got["b-q0"].reasons] == [
        ("negation", "not", "", "negation")
    ]
    assert [(r.category, r.decided) for r in got["a-q0"].reasons] == [("negation", "")]


def test_a_negation_in_a_fragment_decides_no_tie() -> None:
    # The fragment stands in the reporter's own sentence, whose grammar may carry the "not": no side is decided.
    got = judged(
        outlet("a", ("spent funds that should not have gone to the ferry", MAYOR, "partial")),
        outlet("b", ("I spent funds that should have gone to the ferry company last winter.", MAYOR)),
    )
    assert "altered" not in {q.verdict for q in got.values()}


def test_a_dropped_negation_under_two_names_decides_no_tie() -> None:
    got = judged(
        outlet("a", ("We will not raise the harbour fees for fishing families this year.", MAYOR)),
        outlet("b", ("We will raise the harbour fees for fishing families this year.", CHIEF)),
    )
    assert "altered" not in {q.verdict for q in got.values()}


def test_an_exact_excerpt_is_corroborated_both_ways() -> None:
    got = judged(
        outlet("a", ("The harbour wall has stood for two centuries and it will stand for two more.", MAYOR)),
        outlet("b", ("stood for two centuries", MAYOR, "partial")),
    )
    assert {q.verdict for q in got.values()} == {"corroborated"}


# -- alignment --------------------------------------------------------------------------------------


def test_the_speaker_is_evidence_not_a_gate_and_a_disagreement_is_a_finding() -> None:
    sentence = "The reservoir will be full by the end of March if the rain keeps falling like this."
    quotes, utterances = align_utterances(
        "s", [outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", (sentence, CHIEF))]
    )
    assert {q.verdict for q in quotes} == {"corroborated"} and len(utterances) == 1
    assert {q.id: q.misattributed for q in quotes} == {"a-q0": False, "b-q0": False, "c-q0": True}
    assert {(a.article, a.speaker) for a in utterances[0].misattributed} == {
        ("a", "Dana Whitfield"),
        ("b", "Dana Whitfield"),
        ("c", "Omar Castellanos"),
    }


def test_a_short_common_phrase_under_two_names_is_two_remarks() -> None:
    got = judged(outlet("a", ("We need more time.", MAYOR)), outlet("b", ("We need more time.", CHIEF)))
    assert {q.verdict for q in got.values()} == {"single-source"}


def test_a_split_quotation_aligns_with_the_whole_sentence() -> None:
    whole = outlet("a", ("If the levee holds tonight, the lower town will not need to evacuate.", MAYOR))
    split = outlet(
        "b", ("If the levee holds tonight,", MAYOR, "partial"), ("the lower town will not need to evacuate.", MAYOR)
    )
    quotes, _utterances = align_utterances("s", [whole, split])
    assert {q.verdict for q in quotes} == {"corroborated"}
    assert all(q.utterance for q in quotes)


def test_two_pieces_of_one_sentence_are_not_one_remark() -> None:
    whole = outlet("a", ("If the levee holds tonight, the lower town will not need to evacuate.", MAYOR))
    split = [
        outlet("b", ("If the levee holds tonight,", MAYOR, "partial")),
        outlet("c", ("the lower town will not need to evacuate.", MAYOR, "partial")),
    ]
    _, utterances = align_utterances("s", [whole, *split])
    together = [u for u in utterances if {"b", "c"} <= set(u.articles)]
    assert together == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("In Data We Trust", True),
        ("Meet the Voters", True),
        ("THE ANGRY SEASON", True),
        ("a war of choice", False),
        ("We will win.", False),
        ("Resign", False),
    ],
)
def test_titles_in_title_case_are_names_not_remarks(text: str, title: bool) -> None:
    assert is_title(text) is title


def test_a_quoted_title_aligns_with_nothing() -> None:
    got = judged(outlet("a", ("Meet the Voters", MAYOR, "partial")), outlet("b", ("Meet the Voters", MAYOR, "partial")))
    assert {q.verdict for q in got.values()} == {"single-source"}


def test_change_kinds_read_from_the_word_diff() -> None:
    kinds = [c.kind for c in classify_changes(["we", "will", "not", "go"], ["we", "will", "go"])]
    assert kinds == ["negation"]
    edge = [c.kind for c in classify_changes(["well", "we", "will", "go"], ["we", "will", "go"])]
    assert edge == ["extent"]
    gap = classify_changes(["we", "will", "go", "home", "now"], ["we", "will", "now"], gaps_b=[False, False, True])
    assert [c.kind for c in gap] == ["ellipsis"]


def test_words_in_quotation_marks_that_no_quotation_was_found_in_still_corroborate() -> None:
    sentence = "The harbour wall has stood for two centuries and it will stand for two more."
    quoted = outlet("a", (sentence, MAYOR))
    marked_only = ArticleAnalysis(
        article=Article(id="b", source="b.txt", body=f"Asked about the storm, “{sentence}” came the reply."),
    )
    assert judged(quoted, marked_only)["a-q0"].verdict == "corroborated"
    short = outlet("c", ("two more", MAYOR, "partial"))
    assert judged(short, marked_only)["c-q0"].verdict == "single-source"  # a few words in marks prove little


def test_a_fragment_an_outlet_repeats_joins_the_remark_it_comes_from() -> None:
    sentence = "The harbour wall has stood for two centuries and it will stand for two more."
    fragment = ("stood for two centuries", MAYOR, "partial")
    a = outlet("a", (sentence, MAYOR), fragment)
    b = outlet("b", fragment, (sentence, MAYOR))
    c = outlet("c", fragment)
    quotes, utterances = align_utterances("s", [a, b, c])
    got = {q.id: q for q in quotes}
    together = [u for u in utterances if {"a-q1", "b-q0", "c-q0"} <= set(u.quotes)]
    assert together and {q.verdict for q in got.values()} == {"corroborated"}


def test_a_name_read_with_an_extra_word_is_still_the_same_speaker() -> None:
    sentence = "The reservoir will be full by the end of March if the rain keeps falling like this."
    garbled = Speaker(name="Dana Whitfield Tuesday")  # a day read into the name by the speaker stage
    quotes, utterances = align_utterances(
        "s", [outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", (sentence, garbled))]
    )
    assert len(utterances) == 1 and not utterances[0].misattributed
    assert not any(q.misattributed for q in quotes)


def test_a_doubtful_attribution_is_not_reported_as_misattributed() -> None:
    sentence = "The reservoir will be full by the end of March if the rain keeps falling like this."
    doubtful = Speaker(name="Omar Castellanos", confidence=0.3)
    quotes, utterances = align_utterances(
        "s", [outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", (sentence, doubtful))]
    )
    assert len(utterances) == 1 and not utterances[0].misattributed
    assert {q.verdict for q in quotes} == {"corroborated"} and not any(q.misattributed for q in quotes)


def test_a_sentence_that_differs_in_more_than_one_place_is_never_altered() -> None:
    # Two outlets agree; the third differs in two places of content: another wording, not a misquote to publish.
    got = judged(
        outlet("a", ("The new depot will protect hundreds of local jobs in the valley.", MAYOR)),
        outlet("b", ("The new depot will protect hundreds of local jobs in the valley.", MAYOR)),
        outlet("c", ("The new depot will destroy hundreds of local farms in the valley.", MAYOR)),
    )
    assert got["c-q0"].verdict == "variant"
    assert {r.category for r in got["c-q0"].reasons} == {"substitution"}
    assert not any(r.decided for r in got["c-q0"].reasons)


def test_a_partial_quotation_of_a_remark_printed_whole_joins_it() -> None:
    whole = outlet("a", ("The ferry timetable is for the islanders to decide, never for judges or for clerks.", MAYOR))
    partial = outlet("b", ("judges", MAYOR, "partial"))
    got = judged(whole, partial)
    assert got["a-q0"].utterance and got["a-q0"].utterance == got["b-q0"].utterance
    assert {q.verdict for q in got.values()} == {"corroborated"}


def test_a_word_a_speaker_keeps_using_is_not_pinned_to_one_remark() -> None:
    remarks = outlet(
        "a",
        ("Their plan rests on a different creed of public money.", MAYOR),
        ("It is only a creed, yet a creed all the same.", MAYOR),
    )
    got = judged(remarks, outlet("b", ("creed", MAYOR, "partial")))
    assert got["b-q0"].verdict == "single-source" and got["b-q0"].utterance is None


def test_words_an_outlet_styles_in_title_case_are_still_a_remark() -> None:
    styled = outlet("a", ("War on Potholes", MAYOR, "partial"))
    running = outlet("b", ("As mayor I will end this council's war on potholes before the winter.", MAYOR))
    got = judged(styled, running)
    assert got["a-q0"].utterance and got["a-q0"].utterance == got["b-q0"].utterance


def test_two_short_remarks_sharing_a_phrase_but_a_word_each_are_two_remarks() -> None:
    # Common words in common; each has a content word of its own: as often two remarks as one transcribed twice.
    got = judged(
        outlet("a", ("That is a real worry for us.", MAYOR)),
        outlet("b", ("That is a small worry for us, and we will deal with it soon.", None)),
    )
    assert got["a-q0"].utterance is None or got["a-q0"].utterance != got["b-q0"].utterance


def test_only_printings_of_the_same_remark_vote_on_an_alteration() -> None:
    # c's fragment matches b's wording where a differs; but a differs from b in two places: another sentence,
    # so b cannot outvote a, and one fragment against one sentence decides nothing.
    got = judged(
        outlet("a", ("I spent money that should have gone to my own campaign fund.", MAYOR)),
        outlet("b", ("I spent money that should not have gone to my own family trips.", MAYOR)),
        outlet("c", ("spent money that should not have gone", MAYOR, "partial")),
    )
    assert got["a-q0"].verdict != "altered"


# -- the held-out failures the issue lists (#14), each as an invented case ------------------------------


def test_identical_texts_are_corroborated_with_an_empty_diff_and_no_reason() -> None:
    sentence = "The harbour wall has stood for two centuries and it will stand for two more."
    curly = sentence.replace("it will", "it’ll")
    quotes, utterances = align_utterances(
        "s", [outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", (curly, MAYOR))]
    )
    assert {q.verdict for q in quotes} == {"corroborated"} and not any(q.reasons for q in quotes)
    assert len(utterances) == 1
    assert all(v.verdict == "corroborated" and not v.reasons for v in utterances[0].variants)
    assert all(not any(op.op != "equal" for op in v.diff) for v in utterances[0].variants)


def test_a_misquote_is_found_where_that_outlet_names_another_speaker() -> None:
    original = "The new depot will protect hundreds of local jobs in the valley for a generation."
    changed = "The new depot will destroy hundreds of local jobs in the valley for a generation."
    got = judged(outlet("a", (original, MAYOR)), outlet("b", (original, MAYOR)), outlet("c", (changed, CHIEF)))
    assert got["c-q0"].verdict == "altered" and got["c-q0"].misattributed
    decided = [(r.category, r.reference, r.printed) for r in got["c-q0"].reasons if r.decided]
    assert decided == [("substitution", "protect", "destroy")]


def test_a_fragment_an_article_prints_again_inside_its_sentence_still_joins_the_remark() -> None:
    styled = outlet("a", ("war on potholes", MAYOR, "partial"))
    twice = outlet(
        "b",
        ("As mayor I will end this council's war on potholes before the winter.", MAYOR),
        ("this council's war on potholes", MAYOR, "partial"),
    )
    got = judged(styled, twice)
    assert got["a-q0"].utterance and got["a-q0"].utterance == got["b-q0"].utterance


# -- evidence beyond the quoted words (#14, fourth session) ----------------------------------------------


def test_a_word_printed_in_another_form_is_no_word_of_its_own() -> None:
    # "surveyor" / "surveyors": the same word, not a content word one remark has and the other lacks.
    got = judged(
        outlet("a", ("I was thinking of the surveyor.", MAYOR)),
        outlet("b", ("I was thinking of the surveyors.", MAYOR)),
    )
    assert got["a-q0"].utterance and got["a-q0"].utterance == got["b-q0"].utterance
    assert {q.verdict for q in got.values()} == {"variant"}


def test_a_disagreement_counts_as_much_as_the_attributions_are_trusted() -> None:
    sentence = "We need a little more time."
    doubtful = Speaker(name="Omar Castellanos", confidence=0.3)
    apart = judged(outlet("a", (sentence, MAYOR)), outlet("b", (sentence, CHIEF)))
    assert apart["a-q0"].utterance is None  # two trusted names: a short common sentence is two remarks
    together = judged(outlet("a", (sentence, MAYOR)), outlet("b", (sentence, doubtful)))
    assert together["a-q0"].utterance and together["a-q0"].utterance == together["b-q0"].utterance
    assert not any(q.misattributed for q in together.values())  # a doubtful attribution is no finding


def test_two_one_word_fragments_need_more_than_their_word() -> None:
    doubtful = Speaker(name="Dana Whitfield", confidence=0.4)
    term = ("gridlock", doubtful, "partial")
    alone = judged(outlet("a", term), outlet("b", term))
    assert {q.utterance for q in alone.values()} == {None}  # a term both outlets put in marks
    sentence = outlet("c", ("This council has given us nothing but gridlock for a decade.", MAYOR))
    backed = judged(outlet("a", term), outlet("b", term), sentence)
    assert len({q.utterance for q in backed.values()}) == 1 and backed["a-q0"].utterance
    trusted = judged(outlet("a", ("gridlock", MAYOR, "partial")), outlet("b", ("gridlock", MAYOR, "partial")))
    assert trusted["a-q0"].utterance and trusted["a-q0"].utterance == trusted["b-q0"].utterance
