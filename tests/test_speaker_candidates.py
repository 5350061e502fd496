"""Candidate speakers with their evidence, and the shipped learned scorer that ranks them (invented sentences)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsfuse.article.candidates import FEATURES, QUOTE_FEATURES, Candidate, QuoteContext
from newsfuse.article.quote_marks import QuotedPassage
from newsfuse.article.quotes import Scoring, extract_quotes
from newsfuse.article.speaker_model import SpeakerModel, load_model
from newsfuse.model import Article


def observed(body: str) -> list[tuple[QuotedPassage, list[Candidate], tuple[float, ...]]]:
    seen: list[tuple[QuotedPassage, list[Candidate], tuple[float, ...]]] = []
    model = load_model()
    extract_quotes(
        Article(id="a1", source="a1", body=body),
        scoring=Scoring(model, model.cue_weight, lambda p, c, q: seen.append((p, c, q))),
    )
    return seen


def feature(candidate: Candidate, name: str) -> float:
    return candidate.features[FEATURES.index(name)]


def by_text(candidates: list[Candidate], text: str) -> Candidate:
    return next(c for c in candidates if c.mention.text == text)


def test_a_subject_before_its_cue_carries_the_cue_as_evidence() -> None:
    [(_, candidates, _)] = observed("Mara Quinlan told the council: “We will rebuild the bridge.”")
    quinlan = by_text(candidates, "Mara Quinlan")
    assert feature(quinlan, "before_same") == 1.0
    assert feature(quinlan, "cue_after_mention") > 0.5
    assert feature(quinlan, "clause_initial") == 1.0


def test_an_inverted_cue_is_evidence_for_the_name_after_it() -> None:
    [(_, candidates, _)] = observed("“The bridge stays shut,” said Tomas Ferreira, the engineer.")
    ferreira = by_text(candidates, "Tomas Ferreira")
    assert feature(ferreira, "after_same") == 1.0
    assert feature(ferreira, "cue_before_mention") > 0.5
    assert feature(ferreira, "nearest_on_side") == 1.0


def test_candidates_come_from_the_paragraph_before_too() -> None:
    body = "Ines Halvorsen runs the ferry company.\n\n“Nobody told us about the closure.”"
    [(_, candidates, _)] = observed(body)
    assert feature(by_text(candidates, "Ines Halvorsen"), "prev_paragraph") == 1.0


def test_a_candidate_after_a_preposition_is_marked() -> None:
    [(_, candidates, _)] = observed("Speaking with Rolf Amsel, the minister said: “Talks will resume.”")
    assert feature(by_text(candidates, "Rolf Amsel"), "after_preposition") == 1.0


def test_the_scorer_prefers_the_cued_subject_to_a_bystander() -> None:
    body = "Pia Lindqvist met Oskar Brandt on Monday. Lindqvist said: “The plan is dead.”"
    quote = extract_quotes(Article(id="a1", source="a1", body=body))[-1]
    assert quote.speaker is not None and quote.speaker.name == "Pia Lindqvist"
    assert quote.speaker.confidence is not None and 0.5 < quote.speaker.confidence <= 1.0
    assert quote.speaker.evidence and set(quote.speaker.evidence) <= set(FEATURES)
    assert quote.cue == "said"


def test_a_speaker_carries_its_chain_of_mentions() -> None:
    body = "Pia Lindqvist met the press. “The plan is dead,” Lindqvist said."
    quote = extract_quotes(Article(id="a1", source="a1", body=body))[-1]
    assert quote.speaker is not None
    chain = [body[s.start : s.end] for s in quote.speaker.chain]
    assert chain == ["Pia Lindqvist", "Lindqvist"]


def test_quotation_evidence_is_one_vector_per_quotation() -> None:
    [(_, _, quote)] = observed("Dana Whitfield said the deal was “a good start” for the town.")
    assert len(quote) == len(QUOTE_FEATURES)
    assert quote[QUOTE_FEATURES.index("partial")] == 1.0


def test_the_shipped_model_matches_the_code() -> None:
    data = json.loads(resources.files("newsfuse.article").joinpath("speaker_model.json").read_text("utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert len(data["coef"]) == len(FEATURES) == len(data["mean"]) == len(data["scale"])
    assert data["cues"]["said"] > 0.5 and all(0.0 < v <= 1.0 for v in data["cues"].values())


def test_a_model_with_other_features_is_refused() -> None:
    data = json.loads(resources.files("newsfuse.article").joinpath("speaker_model.json").read_text("utf-8"))
    data["features"] = [*data["features"][:-1], "something_else"]
    with pytest.raises(ValueError):
        SpeakerModel(data)


def test_a_model_with_trees_is_refused_not_read_as_its_linear_part() -> None:
    data = json.loads(resources.files("newsfuse.article").joinpath("speaker_model.json").read_text("utf-8"))
    SpeakerModel(data)
    data["trees"] = [{"feature": [-1], "threshold": [0.0], "left": [-1], "right": [-1], "value": [0.5]}]
    with pytest.raises(ValueError, match="trees"):
        SpeakerModel(data)


def test_no_candidates_means_no_choice() -> None:
    choice = load_model().choose([])
    assert choice.pick is None


def test_context_shape_is_stable() -> None:
    assert {"masked", "tokens", "clauses", "open_at", "close_at", "partial"} <= set(QuoteContext._fields)


def test_a_description_in_apposition_resolves_to_the_named_person() -> None:
    body = "“The ward is full every night,” said a nurse at the clinic, Ana Ruiz."
    quote = extract_quotes(Article(id="a1", source="a1", body=body))[-1]
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    "body",
    ["She starred in “The Long Road Home” last year.", "The band played “Blue Harbour Nights” at the fair."],
)
def test_titles_of_works_are_not_quotations(body: str) -> None:
    assert extract_quotes(Article(id="a1", source="a1", body=body)) == ()


def test_a_cued_partial_quotation_is_kept() -> None:
    [quote] = extract_quotes(Article(id="a1", source="a1", body="Ada Kell said the plan was “a disaster” for farmers."))
    assert quote.speaker is not None and quote.speaker.name == "Ada Kell"


def test_the_object_of_a_cue_verb_with_its_own_subject_is_marked() -> None:
    [(_, candidates, _)] = observed("Ilse Marten called Bo Raskin “a coward” on Tuesday.")
    assert feature(by_text(candidates, "Bo Raskin"), "object_of_cue") == 1.0
    assert feature(by_text(candidates, "Ilse Marten"), "object_of_cue") == 0.0


def test_the_name_after_an_inverted_cue_is_not_its_object() -> None:
    [(_, candidates, _)] = observed("“The ferry stays,” said Bo Raskin.")
    raskin = by_text(candidates, "Bo Raskin")
    assert feature(raskin, "cue_before_mention") > 0.5 and feature(raskin, "object_of_cue") == 0.0


def test_a_mention_inside_an_earlier_mention_s_apposition_is_marked() -> None:
    body = "Ilse Marten, whose firm, Raskin Freight, lost the contract, said the ruling was “unfair.”"
    [(_, candidates, _)] = observed(body)
    assert feature(by_text(candidates, "Raskin Freight"), "inside_apposition") == 1.0
    assert feature(by_text(candidates, "Ilse Marten"), "inside_apposition") == 0.0


def test_the_subject_wins_over_a_name_in_its_apposition() -> None:
    body = "Ilse Marten, the chair of Raskin Freight, said: “We will appeal.”"
    quote = extract_quotes(Article(id="a1", source="a1", body=body))[-1]
    assert quote.speaker is not None and quote.speaker.name == "Ilse Marten"


def test_the_subject_of_the_governing_cue_is_marked_and_a_name_in_a_later_clause_is_not() -> None:
    [(_, candidates, _)] = observed("“We will not close the library,” Ana Vell said after Tal Oren spoke.")
    vell, oren = by_text(candidates, "Ana Vell"), by_text(candidates, "Tal Oren")
    assert feature(vell, "governs") == 1.0 and feature(oren, "governs") == 0.0
    assert feature(oren, "other_cue_between") > 0.5  # "said" stands between Oren and the quotation
    assert feature(vell, "other_cue_between") == 0.0  # "said" is Vell's own verb


def test_the_governing_cue_s_subject_is_found_past_a_stretch_set_off_by_commas() -> None:
    [(_, candidates, _)] = observed("Ana Vell, who met Tal Oren on Monday, said: “We will not close the library.”")
    assert feature(by_text(candidates, "Ana Vell"), "governs") == 1.0
    assert feature(by_text(candidates, "Tal Oren"), "governs") == 0.0


def test_a_participle_after_a_comma_is_governed_by_the_clause_s_opening_mention() -> None:
    [(_, candidates, _)] = observed("Ana Vell criticised Tal Oren on Monday, calling the plan “a disaster.”")
    vell, oren = by_text(candidates, "Ana Vell"), by_text(candidates, "Tal Oren")
    assert feature(vell, "governs") == 1.0 and feature(oren, "governs") == 0.0
    assert feature(oren, "object_of_verb") == 1.0 and feature(vell, "object_of_verb") == 0.0


def test_an_inverted_cue_governs_the_name_after_it() -> None:
    [(_, candidates, _)] = observed("“The bridge stays shut,” said Tomas Ferreira.")
    assert feature(by_text(candidates, "Tomas Ferreira"), "governs") == 1.0


def test_names_joined_by_a_conjunction_are_no_verb_and_its_object() -> None:
    [(_, candidates, _)] = observed("Ana Vell and Tal Oren said the plan was “a disaster.”")
    assert feature(by_text(candidates, "Tal Oren"), "object_of_verb") == 0.0
    assert feature(by_text(candidates, "Tal Oren"), "governs") == 1.0


def test_the_scorer_prefers_the_subject_of_the_governing_cue_to_the_nearer_name() -> None:
    """Tal Oren is nearer the quotation, the object of another verb; Vell is the subject of the cue."""
    body = "“We will not close the library,” Ana Vell said after Tal Oren spoke."
    [quote] = extract_quotes(Article(id="a1", source="a1", body=body))
    assert quote.speaker is not None and quote.speaker.name == "Ana Vell"
    body = "Ana Vell met Tal Oren on Monday and called the plan “a disaster.”"  # the model before: Tal Oren
    [quote] = extract_quotes(Article(id="a1", source="a1", body=body))
    assert quote.speaker is not None and quote.speaker.name == "Ana Vell"


def test_a_finite_cue_after_one_comma_is_inverted_and_governs_the_name_after_it() -> None:
    [(_, candidates, _)] = observed("“The bridge stays shut” unless Ana Vell signs, said Tomas Ferreira.")
    assert feature(by_text(candidates, "Tomas Ferreira"), "governs") == 1.0
    assert feature(by_text(candidates, "Ana Vell"), "governs") == 0.0


def test_words_before_a_cue_that_end_on_a_function_word_are_no_unnamed_source() -> None:
    [(_, candidates, _)] = observed("Parents in Brenmoor wave their hands and cry “late again!” when the bus is late.")
    assert not any(c.mention.text.endswith(" and") for c in candidates)  # "their hands and" before the fix


def test_an_unnamed_source_the_rules_find_is_a_thing_not_a_name() -> None:
    [(_, candidates, _)] = observed("The weekly newsletter of the club wrote “no dogs allowed” in bold.")
    [source] = [c for c in candidates if c.mention.text == "The weekly newsletter of the club"]
    assert source.mention.kind == "thing" and feature(source, "kind_name") == 0.0


def test_a_name_that_labels_the_quotation_with_a_colon_is_marked() -> None:
    [(_, candidates, _)] = observed("Brenmoor council, Monday. Ana Vell: “We will appeal the ruling.”")
    assert feature(by_text(candidates, "Ana Vell"), "colon_label") == 1.0
    assert all(feature(c, "colon_label") == 0.0 for c in candidates if c.mention.text != "Ana Vell")
