"""What a quoted passage looks like (its evidence of being somebody's words), and the passage model that reads it.

Every sentence here is invented.
"""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from newsfuse.article.not_quotations import PASSAGE_FEATURES, PASSAGE_WORDS, SENTENCE_FEATURES, PassageEvidence
from newsfuse.article.quote_marks import find_quoted_passages
from newsfuse.article.quotes import Scoring, extract_quotes
from newsfuse.article.speaker_model import PASSAGE_INPUTS, PassageModel, load_model
from newsfuse.model import Article


def evidence(body: str, cues: dict[str, float] | None = None) -> list[PassageEvidence]:
    """The evidence of every passage of ``body`` the quote extractor reads (a subheading is not read), with the
    shipped cue lexicon or the invented one ``cues``."""
    weight = load_model().cue_weight if cues is None else (lambda word: cues.get(word, 0.0))
    seen: list[PassageEvidence] = []
    extract_quotes(
        Article(id="a1", source="a1", body=body),
        scoring=Scoring(None, weight, None, lambda _p, _quote, found: seen.append(found)),
    )
    return seen


def value(found: PassageEvidence, name: str) -> float:
    return found.features[(PASSAGE_FEATURES + SENTENCE_FEATURES).index(name)]


def test_a_list_of_quoted_terms_is_marked_as_a_list() -> None:
    found = evidence("The panel wants to retire “grapple,” “optics” and “eschew” from office talk.")
    assert [value(f, "listed") for f in found] == [1.0, 1.0, 1.0]
    assert all(value(f, "log_siblings") > 0 for f in found)
    assert all(value(f, "single_word") == 1.0 for f in found)


def test_a_lone_quotation_is_not_a_list() -> None:
    [found] = evidence("Mara Voss said the vote was “a turning point for the valley” on Monday.")
    assert value(found, "listed") == 0.0 and value(found, "log_siblings") == 0.0
    assert value(found, "single_word") == 0.0 and value(found, "short") == 0.0


def test_the_value_of_a_markup_attribute_is_marked() -> None:
    found = evidence('<post id="88412" author="harbourwatch">Tide is high</post>')
    assert [value(f, "markup_value") for f in found] == [1.0, 1.0]
    assert value(found[0], "no_words") == 1.0


def test_first_person_words_and_function_words_are_counted() -> None:
    [found] = evidence("Ole Brandt told reporters that “we are not going to give up on this” at all.")
    assert value(found, "speaker_pronoun") == 1.0
    assert value(found, "long") == 1.0
    assert 0.4 < value(found, "function_share") < 0.9


def test_a_title_in_title_case_is_marked() -> None:
    [found] = evidence("The choir sang “Songs of the Northern Lights” at the fair.")
    assert value(found, "title_case") == 1.0
    assert value(found, "speaker_pronoun") == 0.0


def test_the_words_outside_the_marks_are_kept_in_lower_case_and_names_by_their_shape() -> None:
    [found] = evidence("Critics of the So-called “fast lane” plan met on Friday.")
    assert found.words == ("<cap>", "the <cap>", "plan")
    [show] = evidence("She spoke on Harbour Radio’s “Morning Tide” and left.")
    assert show.words == ("<cap>’s", "<cap> <cap>’s", "and")
    [edge] = evidence("“Hello there”")
    assert edge.words == ("<s>", "<s> <s>", "</s>")
    assert len(edge.words) == len(PASSAGE_WORDS)


CUES = {"said": 0.9, "called": 0.6, "told": 0.8}
"""An invented cue lexicon, so the sentence's evidence below does not move with the shipped one."""


def test_a_cue_in_the_passages_clause_and_its_subject_are_read() -> None:
    [said] = evidence("Ana Vell said the new plan for the pier was “a disaster” again.", CUES)
    assert value(said, "cue_in_clause") == 0.9 and value(said, "cue_near_before") == 0.0
    assert value(said, "cue_closeness") == 1 / 8  # seven words between the cue and the mark
    assert value(said, "subject_cue_before") == 0.9 and value(said, "subject_cue_after") == 0.0
    [called] = evidence("Tal Oren called the levy “theft” at the meeting.", CUES)
    assert value(called, "cue_near_before") == 0.6 and value(called, "cue_closeness") == 1 / 3
    [term] = evidence("The so-called “reform” stalled in Brenmoor this week.", CUES)
    for name in ("cue_near_before", "cue_in_clause", "cue_closeness", "cue_after", "subject_cue_before"):
        assert value(term, name) == 0.0, name


def test_a_cue_before_the_last_comma_is_outside_the_passages_clause() -> None:
    [found] = evidence("Ana Vell said she left early, and the “harbour tax” stayed.", CUES)
    assert value(found, "cue_in_clause") == 0.0
    assert value(found, "cue_closeness") > 0.0  # still the sentence's cue, farther away


def test_a_cue_and_its_subject_after_the_passage_are_read() -> None:
    [found] = evidence("The rent rise was “a scandal,” Mira Holt told the council.", CUES)
    assert value(found, "cue_after") == 0.8 and value(found, "subject_cue_after") == 0.8
    assert value(found, "subject_cue_before") == 0.0


def test_the_passages_place_in_its_sentence_and_paragraph_are_read() -> None:
    body = "“We will not sell the pier,” Tal Oren said of the “deal” in Brenmoor.\nThe council met on Friday."
    full, partial = evidence(body, CUES)
    assert value(full, "opens_sentence") == 1.0 and value(full, "sentence_position") == 0.0
    assert value(partial, "opens_sentence") == 0.0 and 0.5 < value(partial, "sentence_position") < 1.0
    assert value(partial, "full_sibling") == 1.0 and value(full, "full_sibling") == 0.0
    assert value(partial, "log_paragraph_passages") == value(full, "log_paragraph_passages") > 0.0
    [alone] = evidence("Residents in Brenmoor voted on the “harbour tax” last spring.", CUES)
    assert value(alone, "full_sibling") == 0.0 and value(alone, "log_paragraph_passages") == 0.0


def test_the_shipped_model_has_a_passage_model_that_matches_the_code() -> None:
    model = load_model()
    assert model.passage is not None
    assert 0.0 < model.passage.drop_below < 1.0
    data = json.loads(resources.files("newsfuse.article").joinpath("speaker_model.json").read_text("utf-8"))
    assert tuple(data["passage"]["features"]) == PASSAGE_INPUTS
    data["passage"]["features"] = [*PASSAGE_INPUTS[:-1], "something_else"]
    with pytest.raises(ValueError):
        PassageModel(data["passage"])


def probabilities(body: str) -> list[float]:
    model = load_model()
    assert model.passage is not None
    passage = model.passage
    seen: list[float] = []
    extract_quotes(
        Article(id="a1", source="a1", body=body),
        scoring=Scoring(
            model, model.cue_weight, None, lambda _p, quote, found: seen.append(passage.probability(quote, found))
        ),
    )
    return seen


def test_a_cued_partial_quotation_scores_above_a_listed_term() -> None:
    [said] = probabilities("Ilse Marr said the ruling was “a blow to every family in the district” on Tuesday.")
    terms = probabilities(
        "This year the club banned the so-called “ghosting,” “upskill” and “circle back” from its meetings."
    )
    assert said > max(terms)


def test_a_word_a_speaker_calls_something_scores_above_the_same_word_as_a_term() -> None:
    [called] = probabilities("Tal Oren called the levy “theft” at the meeting in Brenmoor.")
    [term] = probabilities("The so-called “theft” levy was debated at the meeting in Brenmoor.")
    assert called > 0.5 > term


@pytest.mark.parametrize(
    "body",
    [
        "Ilse Marr said the ruling was “a blow to every family in the district” on Tuesday.",
        "“We will rebuild the pier,” the mayor said.",
    ],
)
def test_said_words_are_kept_as_quotations(body: str) -> None:
    quotes = extract_quotes(Article(id="a1", source="a1", body=body))
    assert len(quotes) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Residents fought the so-called “fast lane” plan for a year.",
        "She watched an episode of Harbour Radio’s “Morning Tide” on Sunday.",
        '<post id="88412" author="harbourwatch">Tide is high</post>',
    ],
)
def test_terms_titles_and_markup_values_are_not_quotations(body: str) -> None:
    assert extract_quotes(Article(id="a1", source="a1", body=body)) == ()


def with_passage_thresholds(drop_below: float, doubt_below: float) -> Scoring:
    model = copy.copy(load_model())
    passage = copy.copy(model.passage)
    passage.drop_below, passage.doubt_below = drop_below, doubt_below
    model.passage = passage
    return Scoring(model, model.cue_weight)


def test_the_shipped_model_doubts_no_more_than_it_keeps() -> None:
    passage = load_model().passage
    assert 0.0 <= passage.drop_below <= passage.doubt_below < 1.0


def test_a_doubted_partial_quotation_is_kept_only_with_a_speaker() -> None:
    nobody = "The “fast lane” plan opened to traffic on Monday."
    somebody = "Mayor Ana Ruiz said the plan was “a bold step for the town” on Monday."
    trusting = with_passage_thresholds(0.0, 0.0)
    doubting = with_passage_thresholds(0.0, 1.0)
    [kept] = extract_quotes(Article(id="a1", source="a1", body=nobody), scoring=trusting)
    assert kept.speaker is None
    assert extract_quotes(Article(id="a1", source="a1", body=nobody), scoring=doubting) == ()
    [named] = extract_quotes(Article(id="a1", source="a1", body=somebody), scoring=doubting)
    assert named.speaker is not None and named.speaker.name == "Ana Ruiz"


def test_a_full_quotation_is_never_dropped_by_the_passage_model() -> None:
    body = "“We will rebuild the pier.” The crowd cheered."
    [kept] = extract_quotes(Article(id="a1", source="a1", body=body), scoring=with_passage_thresholds(1.0, 1.0))
    assert kept.kind == "full"


def _subheading(body: str, in_context: bool) -> list[bool]:
    from newsfuse.article.not_quotations import is_subheading, quotes_in_double_marks
    from newsfuse.article.quote_marks import paragraph_bounds

    bounds = paragraph_bounds(body)
    passages = find_quoted_passages(body)
    double_marks = in_context and quotes_in_double_marks(passages)
    return [
        is_subheading(body, p, next(b for b in bounds if b[0] <= p.outer[0].start < b[1]), double_marks)
        for p in passages
    ]


def test_in_an_article_quoting_in_double_marks_a_single_marked_line_is_a_heading() -> None:
    from newsfuse.article.not_quotations import quotes_in_double_marks

    body = (
        "“The ferry is late again,” said Ines Moro, who runs the kiosk.\n\n"
        "‘A long winter ahead.’\n\n"
        "“We will manage,” Moro said. “We always do.”\n\n"
        "– ‘Who pays?’ –\n\n"
        "Moro: ‘We will manage.’\n\n"
        "“Nobody asked us,” she added."
    )
    passages = find_quoted_passages(body)
    assert quotes_in_double_marks(passages)
    assert _subheading(body, True) == [False, True, False, False, True, True, False]
    assert [q.text for q in extract_quotes(Article(id="a", source="a", body=body))] == [
        "The ferry is late again,",
        "We will manage,",
        "We always do.",
        "Nobody asked us,",
    ]


def test_where_quotations_are_set_in_single_marks_a_quoted_sentence_alone_is_kept() -> None:
    from newsfuse.article.not_quotations import quotes_in_double_marks

    body = "‘The ferry is late again,’ said Ines Moro.\n\n‘We always manage.’\n\n‘It is hard,’ Moro said."
    assert not quotes_in_double_marks(find_quoted_passages(body))
    assert _subheading(body, False) == [False, False, False]
    assert [q.text for q in extract_quotes(Article(id="a", source="a", body=body))] == [
        "The ferry is late again,",
        "We always manage.",
        "It is hard,",
    ]


def test_a_single_marked_line_inside_prose_or_with_a_long_lead_is_no_heading() -> None:
    body = (
        "“The ferry is late,” said Ines Moro.\n\n"
        "The kiosk owner told us: ‘We will manage.’\n\n"
        "She called it ‘a long winter’ and left.\n\n"
        "“We always do,” she said."
    )
    assert _subheading(body, True) == [False, False, False, False]


def test_words_in_title_case_read_as_a_title_and_a_spoken_sentence_does_not() -> None:
    from newsfuse.article.not_quotations import reads_as_a_title

    assert reads_as_a_title("Quiet Harbours,")
    assert reads_as_a_title("Songs of the Northern Lights")
    assert reads_as_a_title("EVENING LINE")
    assert not reads_as_a_title("Let me finish.")
    assert not reads_as_a_title("This is all of it.")  # function words only: a sentence, not a title
    assert not reads_as_a_title("Bravo,")  # one word: a name or an exclamation, left as it was
    assert not reads_as_a_title("we Need Help")


def test_a_title_after_a_comma_goes_before_the_passage_model_and_speech_does_not() -> None:
    body = (
        "Ines Moro, who wrote the memoir, “Harbour Lights Fading,” spoke on Monday.\n\n"
        "Moro added, “Let me explain the ferry.”\n\n"
        "“We will manage,” Moro said."
    )
    judged_all_dropped = with_passage_thresholds(0.9999, 0.9999)  # below 1.0, which a passage not judged gets
    quotes = extract_quotes(Article(id="a", source="a", body=body), scoring=judged_all_dropped)
    assert [q.text for q in quotes] == ["Let me explain the ferry.", "We will manage,"]


def test_dashes_and_bullets_around_a_heading_count_whatever_the_white_space_between() -> None:
    # the same set of dashes and bullets before and after a heading, with any white space (a no-break space)
    body = (
        "“The ferry is late,” said Ines Moro.\n\n"
        "–\u00a0‘Few rooms left’\u00a0–\n\n"
        "•\t‘Rooms to let’\n\n"
        "“We cope,” she said."
    )
    assert _subheading(body, False) == [False, True, True, False]
    assert _subheading(body, True) == [False, True, True, False]


def test_a_lone_word_in_marks_that_ends_no_sentence_goes_before_the_passage_model() -> None:
    from newsfuse.article.not_quotations import judged_by_passage_model

    assert judged_by_passage_model("Osprey", partial=False)  # a name or a term standing bare
    assert judged_by_passage_model("Update:", partial=False)  # a label
    assert judged_by_passage_model("Fine,", partial=False)  # a pause: the model keeps what reads as speech
    assert judged_by_passage_model("1984", partial=False)  # no word at all
    assert judged_by_passage_model("Harbour Lights Fading,", partial=False)  # a title
    assert judged_by_passage_model("we will manage", partial=True)  # every partial quotation
    assert not judged_by_passage_model("Never!", partial=False)  # a one-word utterance ends its sentence
    assert not judged_by_passage_model("No.", partial=False)
    assert not judged_by_passage_model("We will manage,", partial=False)


def test_a_lone_word_in_marks_can_be_dropped_and_a_one_word_utterance_cannot() -> None:
    body = "“Osprey” sails from the pier at noon.\n\n“Never!” Ines Moro said.\n\n“We will manage,” Moro said."
    judged_all_dropped = with_passage_thresholds(0.9999, 0.9999)
    quotes = extract_quotes(Article(id="a", source="a", body=body), scoring=judged_all_dropped)
    assert [q.text for q in quotes] == ["Never!", "We will manage,"]
    trusting = extract_quotes(Article(id="a", source="a", body=body), scoring=with_passage_thresholds(0.0, 0.0))
    assert [q.text for q in trusting] == ["Osprey", "Never!", "We will manage,"]
