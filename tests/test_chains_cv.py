"""The GGT-kind proxy's derivation (``benchmarks/chains_cv.py``): persons, the antecedent rule, the synthetic
pronoun copy with its spans shifted exactly, and its skipping rules. Invented articles only."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

import pytest

from conftest import load_script

TABLE = {"ana": "f", "mara": "f", "tal": "m", "rhun": "m"}
"""A given-name table for the invented names."""


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    return load_script("benchmarks/chains_cv.py", "chains_cv_benchmark")


def attribution(text: str, source: str, content: str, nth: int = 0) -> dict[str, Any]:
    """An annotation whose source is the ``nth`` occurrence of ``source`` and whose content is ``content``."""
    start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(source)}(?!\w)", text)][nth]
    c = text.index(content)
    return {
        "source": {"text": source, "spans": [[start, start + len(source)]]},
        "cue": None,
        "content": {"text": content, "spans": [[c, c + len(content)]]},
    }


ARTICLE = (
    "Ana Vell opened the Brenmoor plant on Monday.\n\n"
    "“We built it in two years,” Vell said.\n\n"
    "“It will run all winter,” Vell said."
)


def test_a_later_source_mention_becomes_a_pronoun_with_every_span_shifted_exactly(cv: ModuleType) -> None:
    first = attribution(ARTICLE, "Vell", "“We built it in two years,”", nth=1)
    second = attribution(ARTICLE, "Vell", "“It will run all winter,”", nth=2)
    d = cv.derive(ARTICLE, [first, second], TABLE)
    assert d.text == (
        "Ana Vell opened the Brenmoor plant on Monday.\n\n"
        "“We built it in two years,” she said.\n\n"
        "“It will run all winter,” she said."
    )
    for old, new in zip([first, second], d.attributions, strict=True):
        (s, e), (ns, ne) = old["content"]["spans"][0], new["content"]["spans"][0]
        assert d.text[ns:ne] == ARTICLE[s:e]
        (ss, se) = new["source"]["spans"][0]
        assert d.text[ss:se] == "she"
        assert new["_chain"] == "Ana Vell"
    assert [d.text[s:e] for s, e, _ in d.replaced] == ["she", "she"]
    lines, chain = cv.ggt_gold("a.txt", d.text, d.attributions, TABLE, True)
    assert [g["speaker"] for g in lines] == ["Ana Vell", "Ana Vell"] and chain == [True, True]


def test_the_first_mention_stays_a_name(cv: ModuleType) -> None:
    text = "“We built it in two years,” Ana Vell said."
    d = cv.derive(text, [attribution(text, "Ana Vell", "“We built it in two years,”")], TABLE)
    assert d.text == text and d.replaced == []


@pytest.mark.parametrize(
    ("between", "replaced"),
    [
        ("Tal Oren, her deputy, agreed.", True),  # a man named between: "she" is still Vell
        ("Mara Pask, her deputy, agreed.", False),  # another woman named between: unsure
        ("Her deputy, Sel Pask, agreed.", True),  # an unknown given name that never speaks: no person
    ],
)
def test_a_mention_is_replaced_only_where_no_other_person_of_that_gender_was_named_since(
    cv: ModuleType, between: str, replaced: bool
) -> None:
    text = f"Ana Vell opened the plant. {between}\n\n“It will run all winter,” Vell said."
    d = cv.derive(text, [attribution(text, "Vell", "“It will run all winter,”", nth=1)], TABLE)
    assert bool(d.replaced) is replaced


def test_a_source_of_unknown_gender_or_a_description_stops_the_walk(cv: ModuleType) -> None:
    text = "Ana Vell opened the plant. Sel Pask spoke.\n\n“It will run,” Pask said. “It will,” Vell said."
    attrs = [attribution(text, "Sel Pask", "spoke"), attribution(text, "Vell", "“It will,”", nth=1)]
    attrs.append(attribution(text, "Pask", "“It will run,”", nth=1))
    assert cv.derive(text, attrs, TABLE).replaced == []
    text = "Ana Vell opened the plant. A spokeswoman spoke.\n\n“It will,” Vell said."
    attrs = [attribution(text, "A spokeswoman", "spoke"), attribution(text, "Vell", "“It will,”", nth=1)]
    assert cv.derive(text, attrs, TABLE).replaced == []


def test_a_surname_of_two_people_is_never_replaced(cv: ModuleType) -> None:
    text = "Ana Vell and her brother Tal Vell opened the plant.\n\n“It will run,” Vell said."
    assert cv.derive(text, [attribution(text, "Vell", "“It will run,”", nth=2)], TABLE).replaced == []


@pytest.mark.parametrize(
    ("text", "source", "content", "nth"),
    [
        ("Ana Vell spoke. “It will run,” Vell’s aide said.", "Vell’s aide", "“It will run,”", 0),  # not a name alone
        ("Ana Vell spoke. “It will run,” Vell, a mayor, said.", "Vell, a mayor,", "“It will run,”", 0),  # apposition
        ("Ana Vell spoke. Bo said: “Ask Vell.”", "Vell", "Ask Vell.", 1),  # inside quotation marks
        ("Rina Vell spoke. “It will run,” Vell said.", "Vell", "“It will run,”", 1),  # gender unknown
        ("Ana Vell spoke. “It will run,” Vell's team said.", "Vell", "“It will run,”", 1),  # a possessive follows
    ],
)
def test_skipping_rules(cv: ModuleType, text: str, source: str, content: str, nth: int) -> None:
    d = cv.derive(text, [attribution(text, source, content, nth=nth)], TABLE)
    assert d.replaced == [] and d.text == text


def test_the_same_mention_without_the_skipping_cause_is_replaced(cv: ModuleType) -> None:
    text = "Ana Vell spoke. “It will run,” Vell said."
    assert cv.derive(text, [attribution(text, "Vell", "“It will run,”", nth=1)], TABLE).replaced


def test_the_pronoun_takes_its_place_in_the_sentence(cv: ModuleType) -> None:
    text = "Tal Oren spoke first.\n\nOren said the plant was ready. It was late, according to Oren."
    attrs = [
        attribution(text, "Oren", "the plant was ready", nth=1),
        attribution(text, "Oren", "It was late", nth=2),
    ]
    d = cv.derive(text, attrs, TABLE)
    assert d.text == "Tal Oren spoke first.\n\nHe said the plant was ready. It was late, according to him."


def test_a_real_pronoun_gets_the_one_person_of_its_gender_named_before_it(cv: ModuleType) -> None:
    text = "Tal Oren and Ana Vell met.\n\n“It will run,” he said."
    lines, chain = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert [g["speaker"] for g in lines] == ["Tal Oren"] and chain == [True]
    text = "Tal Oren and Rhun Pask met.\n\n“It will run,” he said."
    lines, chain = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert [g["speaker"] for g in lines] == [None] and chain == [False]


def test_a_real_pronoun_looks_no_further_than_the_paragraph_before(cv: ModuleType) -> None:
    text = "Tal Oren spoke.\n\nThe plant opened.\n\nIt was late.\n\n“It will run,” he said."
    lines, _ = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert lines[0]["speaker"] is None


@pytest.mark.parametrize(
    ("text", "nth"),
    [
        ("Ana Vell spoke. “It will run,” Vell, who runs it, said.", 1),  # an apposition after the name
        ("Ana Vell spoke. “It will run,” Vell (Brenmoor) said.", 1),  # a parenthesis after the name
    ],
)
def test_a_name_with_something_after_it_stays(cv: ModuleType, text: str, nth: int) -> None:
    assert cv.derive(text, [attribution(text, "Vell", "“It will run,”", nth=nth)], TABLE).replaced == []


def test_a_name_after_its_cue_stays(cv: ModuleType) -> None:
    text = "Ana Vell spoke. “It will run,” said Vell."
    a = attribution(text, "Vell", "“It will run,”", nth=1)
    cue = text.index("said")
    a["cue"] = {"text": "said", "spans": [[cue, cue + 4]]}
    assert cv.derive(text, [a], TABLE).replaced == []
    a["cue"] = None
    assert cv.derive(text, [a], TABLE).text == "Ana Vell spoke. “It will run,” said she."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Vell spoke.\n\n“Will it run?” Vell asked.", "“Will it run?” she asked."),
        ("Ana Vell spoke.\n\n“It will run.” Vell left.", "“It will run.” She left."),
        ("Ana Vell spoke.\n\nVell left.", "She left."),
    ],
)
def test_the_pronoun_is_capitalised_only_at_a_sentence_start(cv: ModuleType, text: str, expected: str) -> None:
    content = text.split("\n\n")[1].split(" Vell")[0] if "“" in text else "left"
    d = cv.derive(text, [attribution(text, "Vell", content, nth=1)], TABLE)
    assert d.text.split("\n\n")[1] == expected


def test_a_name_inside_a_quotation_is_no_antecedent(cv: ModuleType) -> None:
    text = "Tal Oren spoke.\n\nAna Vell agreed. “Ask Rhun Pask,” she said. “Pask knows,” he said."
    a = attribution(text, "he", "“Pask knows,”")
    lines, _ = cv.ggt_gold("a.txt", text, [a], TABLE, False)
    assert lines[0]["speaker"] == "Tal Oren"


def test_a_pronoun_inside_a_quotation_is_not_resolved(cv: ModuleType) -> None:
    text = "Tal Oren spoke.\n\n“It will run all winter, he told us"  # a quotation the paragraph leaves open
    a = attribution(text, "he", "It will run all winter, he told us")
    lines, chain = cv.ggt_gold("a.txt", text, [a], TABLE, False)
    assert [g["speaker"] for g in lines] == [None] and chain == [False]
    text = text.replace("“", "")
    lines, chain = cv.ggt_gold("a.txt", text, [attribution(text, "he", "It will run")], TABLE, False)
    assert lines == []  # no passage in marks: nothing to score


def test_a_pronoun_of_that_gender_before_the_person_makes_the_antecedent_unsure(cv: ModuleType) -> None:
    text = "He thanked Tal Oren for the plant.\n\n“It will run,” he said."
    lines, _ = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert lines[0]["speaker"] is None
    text = "Tal Oren opened the plant. He thanked Oren’s crew.\n\n“It will run,” he said."
    lines, _ = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert lines[0]["speaker"] == "Tal Oren"


@pytest.mark.parametrize(
    "person",
    ["Rep. Kim Vell", "Kim Vell (D-Ore.)"],
)
def test_a_titled_or_tagged_name_is_a_person_who_stops_the_walk(cv: ModuleType, person: str) -> None:
    text = f"Tal Oren and {person} met.\n\n“It will run,” he said."
    lines, _ = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert lines[0]["speaker"] is None
    text = "Tal Oren and Kim Vell met.\n\n“It will run,” he said."  # an unknown given name alone: no person
    lines, _ = cv.ggt_gold("a.txt", text, [attribution(text, "he", "“It will run,”")], TABLE, False)
    assert lines[0]["speaker"] == "Tal Oren"


def _between(d: Any) -> list[str]:
    return [a["_between"] for a in d.attributions if a.get("_between")]


@pytest.mark.parametrize(
    ("between", "hard", "recency_wrong"),
    [
        ("Mara Pask, her deputy, agreed.", True, True),  # another woman named after Vell: the hard case
        ("Tal Oren, her deputy, agreed.", False, False),  # a man: the easy copy's case, not a hard one
        ("Her deputy, Sel Pask, agreed.", False, False),  # an unknown given name: nobody of that gender
    ],
)
def test_the_hard_copy_replaces_a_mention_where_another_person_of_that_gender_is_named_near(
    cv: ModuleType, between: str, hard: bool, recency_wrong: bool
) -> None:
    text = f"Ana Vell opened the plant. {between}\n\n“It will run all winter,” Vell said."
    a = attribution(text, "Vell", "“It will run all winter,”", nth=1)
    h = cv.derive_hard(text, [a], TABLE)
    assert bool(h.replaced) is hard
    assert _between(h) == (["Ana Vell"] if recency_wrong else [])
    if hard:
        assert h.text.endswith("“It will run all winter,” she said.")
        assert cv.derive(text, [a], TABLE).replaced == []  # the easy copy gives up exactly there
        (s, e) = h.attributions[0]["content"]["spans"][0]
        assert h.text[s:e] == "“It will run all winter,”"
        lines, chain = cv.ggt_gold("a.txt", h.text, h.attributions, TABLE, True)
        assert [g["speaker"] for g in lines] == ["Ana Vell"] and chain == [True]
        lines, chain = cv.ggt_gold("a.txt", h.text, h.attributions, TABLE, True, mark="_between")
        assert [g["speaker"] for g in lines] == ["Ana Vell"] and chain == [True]


def test_a_hard_case_where_the_other_person_is_named_only_before_is_near_not_between(cv: ModuleType) -> None:
    text = "Mara Pask left. Ana Vell opened the plant.\n\n“It will run all winter,” Vell said."
    h = cv.derive_hard(text, [attribution(text, "Vell", "“It will run all winter,”", nth=1)], TABLE)
    assert [full for _, _, full in h.replaced] == ["Ana Vell"] and _between(h) == []
    _, chain = cv.ggt_gold("a.txt", h.text, h.attributions, TABLE, True, mark="_between")
    assert chain == [False]


@pytest.mark.parametrize(
    "text",
    [
        # the person is named only in the paragraph before the window: not near
        "Ana Vell opened the plant.\n\nIt rained.\n\nMara Pask agreed. “It will run,” Vell said.",
        # the other woman is named only inside a quotation: the quoted speaker's word
        "Ana Vell opened the plant. “Ask Mara Pask,” a guard said.\n\n“It will run,” Vell said.",
        # the gender was never given before the mention (the run with the given name comes later)
        "Vell and Mara Pask opened the plant.\n\n“It will run,” Vell said. Ana Vell left.",
    ],
)
def test_the_hard_copy_skips_a_mention_whose_person_or_rival_is_not_named_near(cv: ModuleType, text: str) -> None:
    a = attribution(text, "Vell", "“It will run,”", nth=1)
    assert cv.derive_hard(text, [a], TABLE).replaced == []


@pytest.mark.parametrize(
    ("sentence", "replaced"),
    [
        ("But Vell said it would run.", True),  # after a clause opener
        ("Asked about it, Vell said it would run.", True),  # after a comma
        ("The board pressed Vell to say it would run.", False),  # an object: no place for "she"
    ],
)
def test_the_hard_copy_replaces_only_a_clause_subject(cv: ModuleType, sentence: str, replaced: bool) -> None:
    text = f"Ana Vell and Mara Pask opened the plant.\n\n{sentence}"
    a = attribution(text, "Vell", "it would run", nth=1)
    assert bool(cv.derive_hard(text, [a], TABLE).replaced) is replaced


def test_reading_an_article_once_gives_the_same_copies_and_gold(cv: ModuleType) -> None:
    text = "Ana Vell and Mara Pask opened the plant.\n\n“It will run,” Vell said. “It will,” Pask said."
    attrs = [attribution(text, "Vell", "“It will run,”", nth=1), attribution(text, "Pask", "“It will,”", nth=1)]
    art = cv.read(text, attrs, TABLE)
    assert cv.derive(text, attrs, TABLE, art) == cv.derive(text, attrs, TABLE)
    assert cv.derive_hard(text, attrs, TABLE, art) == cv.derive_hard(text, attrs, TABLE)
    assert cv.ggt_gold("a.txt", text, attrs, TABLE, False, art) == cv.ggt_gold("a.txt", text, attrs, TABLE, False)


def test_the_readings_give_every_label_a_gold_line_per_passage(cv: ModuleType) -> None:
    text = "Ana Vell and Mara Pask opened the plant.\n\n“It will run,” Vell said."
    copies, gold = cv.readings(
        ["a.txt"], {"a.txt": text}, {"a.txt": [attribution(text, "Vell", "“It will run,”", nth=1)]}, TABLE
    )
    assert copies["synthetic"]["a.txt"] == text  # the easy copy gives up: two women
    assert copies["hard"]["a.txt"].endswith("“It will run,” she said.")
    assert {label: [g["speaker"] for g in lines] for label, lines in gold.items()} == {
        "polnear": ["Vell"],
        "real": ["Vell"],
        "real-chain": [None],
        "synthetic": ["Vell"],
        "synthetic-chain": [None],
        "hard-chain": ["Ana Vell"],
        "hard-between": ["Ana Vell"],
    }


def test_the_table_is_the_one_the_system_reads(cv: ModuleType) -> None:
    from newsfuse.article.speakers import _given_name_genders

    assert cv.given_genders() is _given_name_genders()


def test_a_quotes_cv_counts_file_is_compared_as_the_polnear_label(cv: ModuleType) -> None:
    counts = {
        f"a{i}.txt": {"found": 1, "gold": 1, "matched": 1, "predicted": 1, "speaker_right": i % 2, "speaker_scored": 1}
        for i in range(6)
    }
    better = {name: {**c, "speaker_right": 1} for name, c in counts.items()}
    lines = cv.paired_all(counts, {"polnear": better, "real": better})
    assert len(lines) == 1 and lines[0].startswith("  polnear: speaker +0.5000")
