"""The office-holder scan of the role conflicts tries its pattern only where a match can start, and finds exactly
what the plain scan of every position finds (invented texts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.compare.roles import _HOLDER, _holder_matches

_PIECES = [
    "Harbour", "Board", "Chair", "chair", "Chairman", "CEO", "ceo", "Secretary-General", "secretary-general", "Finance",
    "Minister", "President", "president", "Mayor", "mayor", "Sheriff", "Speaker", "Assembly", "Lena", "Holt", "Omar",
    "Lind", "Pavel", "Dorn", "O'Neill", "Mc.Kay", "St.", "J.", "&", "X-Ray", "the", "former", "acting", "and", "(",
    ")", ",", ".", "’s", "ſheriff", "İ", "\u212a", "ı",
]  # fmt: skip
_GAPS = [" ", " ", " ", "", "  ", "\n", "\t", "-", ", ", "\u00a0"]


def _found(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in _holder_matches(text)]


def _plain(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in _HOLDER.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Board Chair Lena Holt and Sheriff Omar Lind met Finance Minister Pavel Dorn.",
        "(Big Harbour Board Chair Lena Holt) said O'Neill Port Secretary-General Omar Lind",
        "The former Mayor Ann Holt; the acting sheriff Dale Rourke; CEO Ruth Calder Jr.",
        "Port Chair\u00a0Lena Holt, the ſheriff Dale Rourke and Port CHAIR LENA Holt",
        "",
        "Chair",
        "A B C D E Chair Lena Holt",
    ],
)
def test_written_examples(text: str) -> None:
    assert _found(text) == _plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=30))
def test_any_run_of_words(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    assert _found(text) == _plain(text)


_APPOSITION_PIECES = [
    *_PIECES, "Ruth", "Calder", "Dave", "Rourke", "Brackwater's", "Brenmoor", "Academy’s", "principal", "sheriff",
    "speaker", "of", "its", "their", "county", "R.", "Ann-Marie", ",", ", ", ";", ".", "the sheriff,", "Speaker,",
]  # fmt: skip


def _appositions_plain(text: str) -> tuple[list[tuple[int, int]], ...]:
    from newsfuse.compare import roles

    patterns = (*roles._APPOSITIVES, roles._APPOSITIVE_TITLE, roles._TITLE_APPOSITIVE, roles._OWNED_TITLE_APPOSITIVE)
    return tuple([m.span() for m in pattern.finditer(text)] for pattern in patterns)


def _appositions_found(text: str) -> tuple[list[tuple[int, int]], ...]:
    from newsfuse.compare import roles

    named, after_office = roles._appositions(text)
    first = [m for m in named if m.re is roles._APPOSITIVES[0]]
    second = [m for m in named if m.re is roles._APPOSITIVES[1]]
    return tuple([m.span() for m in found] for found in (first, second, *after_office))


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Calder, the Assembly Speaker, and Dave Rourke, speaker of the Assembly, met Ann Holt, the sheriff.",
        "Ruth Ann Calder, Brackwater's sheriff; The sheriff, Dave Rourke, said Brenmoor Academy’s principal, Rose Holt",
        "Lena Holt, Omar Lind, the harbour chair, and Ruth R. Calder, the ſheriff, CEO, Dale Rourke.",
        "",
    ],
)
def test_appositions_found_where_they_can_start_are_those_of_the_plain_scans(text: str) -> None:
    assert _appositions_found(text) == _appositions_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_APPOSITION_PIECES), st.sampled_from(_GAPS)), max_size=30))
def test_appositions_in_any_run_of_words(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    assert _appositions_found(text) == _appositions_plain(text)
