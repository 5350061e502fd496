"""Verdicts on shapes of unseen coverage the dev sets hold few of (issue #14, ninth session).

Three-outlet stories, invented (a harbour town, its mayor and its port
chief): attributions the speaker stage doubts, very short quotations, and
quotations an outlet prints over two paragraphs. The basil-dev figures moved
between sessions only through one-word quotations whose alignment hung on
an attribution (a confidence crossing the trusted line, a name turning into
a description); these cases pin what the verdicts must do whatever the
speaker stage reads.
"""

from __future__ import annotations

from newsfuse.compare.utterances import align_utterances
from newsfuse.model import Article, ArticleAnalysis, Quote, Span, Speaker
from quote_outlets import outlet

MAYOR = Speaker(name="Ilse Marrow")
CHIEF = Speaker(name="Bram Ketteridge")
DOUBTED_MAYOR = Speaker(name="Ilse Marrow", confidence=0.35)
DOUBTED_CHIEF = Speaker(name="Bram Ketteridge", confidence=0.3)
CRITICS = Speaker(name="some harbour traders", named=False, mention_kind="group")


def judged(*analyses: ArticleAnalysis) -> dict[str, Quote]:
    quotes, _ = align_utterances("s", analyses)
    return {q.id: q for q in quotes}


def together(got: dict[str, Quote], *ids: str) -> bool:
    return len({got[i].utterance for i in ids}) == 1 and got[ids[0]].utterance is not None


# -- attributions the speaker stage doubts -------------------------------------------------------------


def test_one_remark_under_two_doubted_names_is_one_remark_and_no_finding() -> None:
    sentence = "The breakwater repairs will be finished before the autumn storms arrive."
    got = judged(
        outlet("a", (sentence, MAYOR)),
        outlet("b", (sentence, DOUBTED_CHIEF)),
        outlet("c", (sentence, Speaker(name="Orla Venn", confidence=0.25))),
    )
    assert together(got, "a-q0", "b-q0", "c-q0")
    assert {q.verdict for q in got.values()} == {"corroborated"}
    assert not any(q.misattributed for q in got.values())


def test_a_misquote_under_a_doubted_other_name_is_still_altered() -> None:
    original = "We will keep the fish market open every morning through the whole winter."
    changed = "We will keep the fish market closed every morning through the whole winter."
    got = judged(outlet("a", (original, MAYOR)), outlet("b", (original, MAYOR)), outlet("c", (changed, DOUBTED_CHIEF)))
    assert got["c-q0"].verdict == "altered"
    assert not got["c-q0"].misattributed  # a doubted attribution is no finding of its own
    assert [(r.reference, r.printed) for r in got["c-q0"].reasons if r.decided] == [("open", "closed")]


def test_printings_under_doubted_other_names_still_vote_for_the_original_words() -> None:
    # Two outlets print the original words, each under a name the speaker stage doubts (not the mayor's); the
    # third changes a word under the mayor's name. The two doubted printings still outvote the changed one.
    original = "We will keep the fish market open every morning through the whole winter."
    changed = "We will keep the fish market closed every morning through the whole winter."
    got = judged(
        outlet("a", (original, DOUBTED_CHIEF)),
        outlet("b", (original, Speaker(name="Orla Venn", confidence=0.3))),
        outlet("c", (changed, MAYOR)),
    )
    assert got["c-q0"].verdict == "altered"
    assert got["a-q0"].verdict == got["b-q0"].verdict == "corroborated"


def test_the_outlet_that_prints_the_majority_words_is_not_a_variant() -> None:
    # One of the two printings of the original words is under a doubted other name: it still counts as a printing,
    # so the mayor's outlet that agrees with it is corroborated, and the changed printing is the altered one.
    original = "We will keep the fish market open every morning through the whole winter."
    changed = "We will keep the fish market closed every morning through the whole winter."
    got = judged(outlet("a", (original, MAYOR)), outlet("b", (original, DOUBTED_CHIEF)), outlet("c", (changed, MAYOR)))
    assert [got[i].verdict for i in ("a-q0", "b-q0", "c-q0")] == ["corroborated", "corroborated", "altered"]


def test_a_rewording_under_another_name_stays_apart_however_doubted_the_name() -> None:
    # Under two names only nearly the same words are one remark (DISAGREEING_DICE), whatever the speaker stage's
    # confidence: two speakers of one story share its topic's words, so a rewording under another name is as
    # often another speaker's remark as a misattributed transcription. (Letting a doubted name through cost
    # basil-dev alignment precision 0.962 -> 0.948 for recall +0.005: measured, ninth session.)
    told = "Nobody on this council wants the ferry sold to a private operator from the mainland."
    retold = "No one on the council wants that ferry sold off to some private operator on the mainland."
    for other in (CHIEF, DOUBTED_CHIEF):
        got = judged(outlet("a", (told, MAYOR)), outlet("b", (told, MAYOR)), outlet("c", (retold, other)))
        assert together(got, "a-q0", "b-q0")
        assert got["c-q0"].utterance is None, other
    same = judged(outlet("a", (told, MAYOR)), outlet("b", (told, MAYOR)), outlet("c", (retold, MAYOR)))
    assert together(same, "a-q0", "b-q0", "c-q0") and same["c-q0"].verdict == "variant"


def test_the_same_doubted_name_in_two_outlets_still_joins_a_fragment_to_the_full_sentence() -> None:
    sentence = "Those moorings were leased to the yacht club for a pittance, and everyone here knows it."
    got = judged(
        outlet("a", (sentence, MAYOR)),
        outlet("b", ("for a pittance", DOUBTED_MAYOR, "partial")),
        outlet("c", ("leased to the yacht club for a pittance", DOUBTED_MAYOR, "partial")),
    )
    assert together(got, "a-q0", "b-q0", "c-q0")
    assert {q.verdict for q in got.values()} == {"corroborated"}


# -- very short quotations -------------------------------------------------------------------------------


def test_a_two_word_fragment_in_three_outlets_of_one_speaker_is_one_remark() -> None:
    term = ("reckless gamble", MAYOR, "partial")
    got = judged(outlet("a", term), outlet("b", term), outlet("c", term))
    assert together(got, "a-q0", "b-q0", "c-q0")
    assert {q.verdict for q in got.values()} == {"corroborated"}


def test_a_one_word_fragment_joins_the_sentence_two_outlets_print_whole() -> None:
    sentence = "The council treated the lifeboat crews with contempt, and I will not forget it."
    got = judged(
        outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", ("contempt", MAYOR, "partial"))
    )
    assert together(got, "a-q0", "b-q0", "c-q0")
    assert {q.verdict for q in got.values()} == {"corroborated"}


def test_a_one_word_term_of_a_described_source_is_not_a_named_speaker_s_remark() -> None:
    # Two outlets print the mayor's sentence; the third puts one of its words in marks as what "some harbour
    # traders" call the plan. One word and a description of nobody in particular: a term, not her remark.
    sentence = "This is not a giveaway, it is an investment in the people who keep this harbour alive."
    got = judged(
        outlet("a", (sentence, MAYOR)),
        outlet("b", (sentence, MAYOR)),
        outlet("c", ("giveaway", CRITICS, "partial")),
    )
    assert together(got, "a-q0", "b-q0")
    assert got["c-q0"].utterance is None or got["c-q0"].utterance != got["a-q0"].utterance


def test_a_group_s_one_word_joins_no_one_word_printing_of_a_named_speaker_in_either_order() -> None:
    # Both printings one word, a full sentence backing the mayor's: the group's word stays apart whichever outlet
    # comes first (the term test reads either side, not only the one compared first).
    sentence = "This is not a giveaway, it is an investment in the people who keep this harbour alive."
    for first, second in ((CRITICS, MAYOR), (MAYOR, CRITICS)):
        got = judged(
            outlet("a", ("giveaway", first, "partial")),
            outlet("b", ("giveaway", second, "partial")),
            outlet("c", (sentence, MAYOR)),
        )
        grouped = "a-q0" if first is CRITICS else "b-q0"
        assert got[grouped].utterance is None


def test_a_word_a_crowd_chants_is_not_a_named_speaker_s_remark() -> None:
    # A whole quotation of one word ("Shame!") given to a group: the crowd's word, not the mayor's sentence.
    sentence = "I told the minister that closing the lifeboat station would be a disgrace to this coast."
    crowd = Speaker(name="the protesters outside", named=False, mention_kind="group")
    got = judged(outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", ("Disgrace!", crowd)))
    assert together(got, "a-q0", "b-q0")
    assert got["c-q0"].utterance is None


def test_a_one_word_term_under_another_name_is_not_the_remark() -> None:
    sentence = "This is not a giveaway, it is an investment in the people who keep this harbour alive."
    got = judged(
        outlet("a", (sentence, MAYOR)), outlet("b", (sentence, MAYOR)), outlet("c", ("giveaway", CHIEF, "partial"))
    )
    assert got["c-q0"].utterance is None or got["c-q0"].utterance != got["a-q0"].utterance


def test_a_one_word_quotation_under_a_doubted_name_does_not_flip_the_remark() -> None:
    # The speaker stage's confidence moves a little from one model to the next: a fragment of a sentence two
    # outlets print whole must not leave the remark because its attribution is doubted a little more.
    sentence = "The council treated the lifeboat crews with contempt, and I will not forget it."
    for confidence in (0.65, 0.7, 0.75):
        doubted = Speaker(name="Ilse Marrow", confidence=confidence)
        got = judged(
            outlet("a", (sentence, MAYOR)),
            outlet("b", (sentence, MAYOR)),
            outlet("c", ("contempt", doubted, "partial")),
        )
        assert together(got, "a-q0", "b-q0", "c-q0"), confidence


# -- quotations over two paragraphs ----------------------------------------------------------------------


def _over_paragraphs(name: str, speaker: Speaker, *paragraphs: str, kind: str = "full") -> ArticleAnalysis:
    """One quotation an outlet prints over several paragraphs (one quote, one span per paragraph)."""
    body, spans = "She said: ", []
    for n, text in enumerate(paragraphs):
        body += ("\n\n" if n else "") + "“"
        spans.append(Span(len(body), len(body) + len(text)))
        body += text + ("”" if n == len(paragraphs) - 1 else "")
    quote = Quote(
        id=f"{name}-q0",
        article=name,
        text="\n\n".join(paragraphs),
        spans=tuple(spans),
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker,
    )
    return ArticleAnalysis(article=Article(id=name, source=f"{name}.txt", body=body), quotes=(quote,))


def test_a_quotation_over_two_paragraphs_aligns_sentence_by_sentence() -> None:
    first = "We asked the ministry for a new pier three years ago."
    second = "Three years later the trawlers still tie up two abreast at the old one."
    got = judged(
        _over_paragraphs("a", MAYOR, first, second),
        outlet("b", (f"{first} {second}", MAYOR)),
        outlet("c", (second, MAYOR)),
    )
    assert got["a-q0"].verdict == got["b-q0"].verdict == got["c-q0"].verdict == "corroborated"
    assert together(got, "a-q0", "b-q0") and got["c-q0"].utterance is not None


def test_a_sentence_broken_by_a_paragraph_is_one_remark_with_the_whole_sentence() -> None:
    head = "If the dredging starts in March,"
    tail = "the ferries can keep their winter timetable and nobody loses a sailing."
    got = judged(
        _over_paragraphs("a", MAYOR, head, tail),
        outlet("b", (f"{head} {tail}", MAYOR)),
        outlet("c", (f"{head} {tail}", MAYOR)),
    )
    assert {q.verdict for q in got.values()} == {"corroborated"}
    assert all(q.utterance for q in got.values())


def test_a_misquote_in_the_second_paragraph_is_found_there() -> None:
    first = "We asked the ministry for a new pier three years ago."
    second = "Three years later the trawlers still tie up two abreast at the old one."
    changed = "Three years later the trawlers still tie up four abreast at the old one."
    got = judged(
        _over_paragraphs("a", MAYOR, first, changed),
        outlet("b", (f"{first} {second}", MAYOR)),
        outlet("c", (f"{first} {second}", MAYOR)),
    )
    assert got["a-q0"].verdict == "altered"
    assert [(r.reference, r.printed) for r in got["a-q0"].reasons if r.decided] == [("2", "4")]
