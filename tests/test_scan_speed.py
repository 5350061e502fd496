"""The speed-ups of the per-article scanners find exactly what the plain forms find (invented texts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.article import attribution, speakers
from newsfuse.article.speakers import Token, tokenize


def _reference_tokens(masked: str) -> list[Token]:
    lowered = masked.lower()
    return [
        Token(m.start(), m.end(), m.group(), lowered[m.start() : m.end()]) for m in speakers._TOKEN.finditer(masked)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Vell said the plan was “sound”, and O’Brien’s aide agreed.",
        "OΔΥΣΣΕΑΣ Vell spoke; the ÉCOLE and Straße re-opened in Ålesund, AΣ. ΣA.",
        "İlkay Tal said it, and KELVIN said so.",
        "",
    ],
)
def test_tokens_are_the_lowered_texts_slices(text: str) -> None:
    assert tokenize(text) == _reference_tokens(text)


def test_multiword_cues_match_what_the_plain_alternation_matches() -> None:
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(attribution._MULTIWORD) + r")(?![\w-])", re.IGNORECASE)
    text = (
        "Tal made it clear. MAKES IT VERY CLEAR, Vell pointed out; Points  out, according to Dorn, "
        "re-according to, xmade it clear, Went on, goes on-line, Pointing\nout, making it abundantly clear."
    )
    found = [m.span() for m in attribution.MULTIWORD_CUE.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert len(found) == 8


def test_body_words_are_what_the_plain_word_pattern_finds() -> None:
    from newsfuse.article import text as layer

    plain = re.compile(r"(?:[A-Z]\.){2,}|No\.\s?\d+|[^\W\d_](?:[\w'’\-]*\w)?")
    body = (
        "The U.S. envoy met N.A.T.O. staff at No. 10 and No.12, not No. or Nob. 7; O’Brien-Smith's A.B "
        "aide_2 said it's Ålesund-bound, déjà vu, Nnamdi N.O. Vell, A. Tal, 3rd x_y ’tis."
    )
    for pos, endpos in ((0, len(body)), (4, 40), (17, 90), (61, 62)):
        found = [m.span() for m in layer._WORD.finditer(body, pos, endpos)]
        assert found == [m.span() for m in plain.finditer(body, pos, endpos)]
    assert "N.A.T.O." in [m.group() for m in layer._WORD.finditer(body)]


def test_sentence_ends_are_what_the_pattern_opening_on_its_look_behind_finds() -> None:
    from newsfuse.article import sentences

    plain = re.compile(r"(?<![.!?…])[.!?…]++['’\"”)\]]*+(?=\s+['‘\"“(\[]?[A-Z0-9])")
    body = 'He left... Then "Go!" she said.) And? Yes!! 4 more… #. ".A" x.. Y …. Z. "Tal?!" B'
    for pos in range(len(body)):
        found = [m.span() for m in sentences.SENTENCE_END.finditer(body, pos, len(body) - 1)]
        assert found == [m.span() for m in plain.finditer(body, pos, len(body) - 1)]
    assert len(list(sentences.SENTENCE_END.finditer(body))) >= 6


def test_masking_keeps_line_breaks_and_offsets() -> None:
    from newsfuse.article.quote_marks import find_quoted_passages, mask_passages

    body = "Vell said: “We stay.\n“We fight,” she said, ‘and win’.\nTal agreed."
    masked = mask_passages(body, find_quoted_passages(body))
    assert len(masked) == len(body)
    assert masked.count("\n") == 2
    assert "We" not in masked and "fight" not in masked and masked.endswith("Tal agreed.")
    assert masked.startswith("Vell said: “###")


def test_a_cue_opening_with_a_group_of_words_is_one_alternative_per_word() -> None:
    """A cue "(?:went|goes) on" is "went on" and "goes on", each opening on its own letter, in the group's order."""
    from newsfuse.article.attribution import _alternatives

    assert _alternatives(r"(?:went|goes)\s+on") == [r"went\s+on", r"goes\s+on"]
    assert _alternatives(r"according\s+to") == [r"according\s+to"]


def _blanked_by_runs(text: str, mask: bytearray, start: int = 0, end: int | None = None) -> str:
    """``align.blanked`` as it was written: every run of marked characters found by ``\\x01+``."""
    end = len(text) if end is None else end
    parts, at = [], start
    for run in re.compile(rb"\x01+").finditer(mask, start, end):
        parts += (text[at : run.start()], " " * (run.end() - run.start()))
        at = run.end()
    return "".join([*parts, text[at:end]])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([0, 1, 1, 2]), max_size=30),
    st.integers(min_value=0, max_value=32),
    st.one_of(st.none(), st.integers(min_value=0, max_value=33)),
)
def test_blanked_turns_the_marked_runs_into_spaces(marks: list[int], start: int, end: int | None) -> None:
    from newsfuse.compare.align import blanked

    text = "".join("Ana Vell said “no”, Tal Oren!"[k % 29] for k in range(len(marks)))
    assert blanked(text, bytearray(marks), start, end) == _blanked_by_runs(text, bytearray(marks), start, end)


_FACT_TEXT = (
    "In March the Brenmoor council voted 5 to 4 decision; in early May 2024, by a VOTE OF seven to two, Ana_Vell's "
    "re-elected x-ray team (9-to-3 ruling) met in June 3. Tal Oren won by seven votes to two, and by 6-to-3 votes; "
    "inMarch, din April, 4in May, İn June, éin July, 12 to 3 margins, 1,5 to 4 votes."
)


@pytest.mark.parametrize(("pos", "endpos"), [(0, None), (3, 60), (40, 41), (57, 150), (110, 230)])
def test_fact_patterns_opening_on_a_class_find_what_their_plain_forms_find(pos: int, endpos: int | None) -> None:
    from newsfuse.compare import fact_days, fact_text

    end = len(_FACT_TEXT) if endpos is None else endpos
    letter_word = re.compile(r"\b[A-Za-z][A-Za-z\-]*\b")
    in_month = re.compile(fact_days._IN_MONTH.pattern.replace(r"[Ii](?<!\w[Ii])n\s+", r"\b[Ii]n\s+", 1))
    for fast, plain in ((fact_text.LETTER_WORD, letter_word), (fact_days._IN_MONTH, in_month)):
        assert fast.pattern != plain.pattern
        assert [m.span() for m in fast.finditer(_FACT_TEXT, pos, end)] == [
            m.span() for m in plain.finditer(_FACT_TEXT, pos, end)
        ]


_TALLY_WORDS = [
    "vote", "votes", "VOTE", "of", "to", "-to-", "–to–", "voteſ", "5", "12", "seven", "two", "decision", "margin",
    "ruling", " ", "-", ",", "by a",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TALLY_WORDS), max_size=16))
def test_a_tally_in_words_is_never_missed_by_its_screen(words: list[str]) -> None:
    from newsfuse.compare import fact_patterns

    text = " ".join(words)
    if fact_patterns.TALLY_IN_WORDS.search(text) is not None:
        assert fact_patterns.may_tally_in_words(text)
