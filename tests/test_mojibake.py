"""Mis-encoded text (UTF-8 read as Windows-1252 or Latin-1) is repaired once, at cleaning.

Every sentence here is invented. The mis-encoded forms are made the way the
web makes them: the UTF-8 bytes of correct text decoded with the wrong codec.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.article.quotes import extract_quotes
from newsfuse.ingest import mojibake, read_paths
from newsfuse.ingest.clean import clean_text
from newsfuse.ingest.mojibake import looks_misencoded, repair_encoding
from newsfuse.model import Article, Problem, Span

STORY = (
    "Harbour plan wins approval\n\n"
    "“We will rebuild the quay before winter,” said Inés Muñoz, the port’s director.\n\n"
    "The council — meeting late on Tuesday — approved the plan by nine votes to two.\n"
)


def as_windows_1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252; the byte it lacks (0x9D, the end of ”) is lost, as browsers often lose it."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


def as_latin_1(text: str) -> str:
    """UTF-8 bytes read as Latin-1: every byte kept, the continuation bytes 0x80–0x9F as C1 controls."""
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize("misread", [as_windows_1252, as_latin_1])
def test_a_misencoded_accented_name_and_curly_quotes_come_out_right(misread: Callable[[str], str]) -> None:
    bad = misread(STORY)
    assert "InÃ©s" in bad and "â" in bad  # the test's premise: this is mojibake
    cleaned = clean_text(bad)
    assert cleaned.title == "Harbour plan wins approval"
    assert cleaned.body == clean_text(STORY).body


@pytest.mark.parametrize("misread", [as_windows_1252, as_latin_1])
def test_offsets_of_a_repaired_body_still_point_into_the_text_as_read(misread: Callable[[str], str]) -> None:
    bad = misread(STORY)
    cleaned = clean_text(bad)
    name = cleaned.body.index("Muñoz")
    span = cleaned.offsets.span_to_source(Span(name, name + len("Muñoz")))
    assert span is not None and bad[span.start :].startswith("MuÃ")
    after = cleaned.body.index("the port")
    assert bad[cleaned.offsets.to_source(after) or 0 :].startswith("the port")
    sources = [cleaned.offsets.to_source(i) for i, ch in enumerate(cleaned.body) if ch != "\n"]
    assert sources == sorted(sources) and len(set(sources)) == len(sources)


@pytest.mark.parametrize("misread", [as_windows_1252, as_latin_1])
def test_a_span_ending_on_a_repaired_character_covers_its_whole_sequence(misread: Callable[[str], str]) -> None:
    story = "Quay plan approved\n\nOSTLEY, May 2 (Harbour Wire) \u2014 The board met Ren\u00e9 on Friday.\n"
    bad = misread(story)
    cleaned = clean_text(bad)
    name = cleaned.body.index("Ren\u00e9")
    span = cleaned.offsets.span_to_source(Span(name, name + len("Ren\u00e9")))
    assert span is not None and bad[span.start : span.end] == misread("Ren\u00e9")
    assert cleaned.dateline is not None and cleaned.dateline.span is not None
    dateline = cleaned.dateline.span
    assert bad[dateline.start : dateline.end] == misread("OSTLEY, May 2 (Harbour Wire) \u2014")


def test_a_quotation_in_a_misencoded_article_is_found_with_its_speaker(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(as_windows_1252(STORY), encoding="utf-8")
    (article,) = [a for a in read_paths([path]) if isinstance(a, Article)]
    (quote,) = extract_quotes(article)
    assert quote.text == "We will rebuild the quay before winter,"
    assert quote.speaker is not None and quote.speaker.name == "Inés Muñoz"
    for span in quote.spans:
        assert article.body[span.start : span.end] == quote.text


def test_windows_1252_quotation_marks_read_as_latin_1_are_repaired() -> None:
    assert repair_encoding("\x93We are ready,\x94 the coach said.") == "“We are ready,” the coach said."


_CORRECT = st.lists(
    st.sampled_from(
        [
            "Ana Gómez",
            "said",
            "“We are ready,”",
            "‘fine’",
            "—",
            "–",
            "…",
            "naïve",
            "Zoë Łukasiewicz",
            "São Paulo",
            "Ærø",
            "Ångström",
            "Ça va",
            "€40",
            "£5",
            "20°C",
            "à la carte",
            "Straße",
            "Δελφοί",
            "Москва",
            "the mayor’s office",
            "it",
            "was",
            "closed.",
        ]
    ),
    min_size=1,
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_CORRECT)
def test_correct_text_with_accents_curly_quotes_and_dashes_passes_through_unchanged(text: str) -> None:
    assert repair_encoding(text) == text
    assert not looks_misencoded(text)  # so cleaning never enters the repair
    line = f"The report, published on Monday, said {text} in its summary."
    assert clean_text(line).body == line


def test_correct_text_pays_only_the_badness_check() -> None:
    assert not looks_misencoded(STORY)
    assert looks_misencoded(as_windows_1252(STORY))


def test_a_misencoded_file_with_no_article_text_gets_one_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "widgets.txt"
    path.write_text(as_windows_1252("Share\n\n“Most read”\n\nNewsletter — sign up\n"), encoding="utf-8")
    items = list(read_paths([path]))
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert "widgets.txt" in items[0].source and "no article text" in items[0].reason


def test_misencoded_text_put_through_compatibility_normalisation_is_repaired() -> None:
    """NFKC splits the accents that stand for bytes 0xA8, 0xAF, 0xB4, 0xB8 into a space and a combining mark."""
    correct = "Mme Hélène Brière found the naïve plan on the côte of Ørsta."
    bad = unicodedata.normalize("NFKC", as_windows_1252(correct))
    assert " \u0308" in bad  # the premise: an accent split after a lead byte's character
    assert looks_misencoded(bad)
    assert repair_encoding(bad) == correct


@pytest.mark.parametrize("misread", [as_windows_1252, as_latin_1])
def test_each_of_two_adjacent_repaired_characters_starts_at_its_own_sequence(misread: Callable[[str], str]) -> None:
    story = "Quay plan approved\n\nThe board backed “the dockers’” plan and thanked Zoë Ærø on Friday.\n"
    bad = misread(story)
    cleaned = clean_text(bad)
    for word in ("dockers’”", "Ærø"):
        at = cleaned.body.index(word)
        for k, char in enumerate(word):
            source = cleaned.offsets.to_source(at + k)
            assert source is not None
            assert bad[source:].startswith(misread(char)), (word, char)


def test_each_repaired_character_keeps_its_own_sequence_when_the_same_sequence_recurs() -> None:
    """A longest-match diff paired the "â" repaired from "Ã¢" with the first raw "â" and mapped the body to 0."""
    bad = as_latin_1("€ €a€â")
    assert bad == "â\x82¬ â\x82¬aâ\x82¬Ã¢"  # the premise: the same sequence three times, then a look-alike
    cleaned = clean_text(bad)
    assert cleaned.body == "€ €a€â"
    sources = [cleaned.offsets.to_source(i) for i in range(len(cleaned.body))]
    assert sources == [0, 3, 4, 7, 8, 11]
    assert [cleaned.offsets.span_to_source(Span(i, i + 1)) for i in (0, 5)] == [Span(0, 3), Span(11, 13)]


_WORD_CHARS = st.sampled_from(list("abcdefgnorstAMPZ0123é ñüçøßÆŁœšžΔλМосква€£°½—–“”‘’…•™ä¸中文🙂'.,-"))
_WORDS = st.lists(st.text(_WORD_CHARS.filter(str.strip), min_size=1, max_size=8), min_size=1, max_size=6).map(" ".join)
_MISREADINGS = {"as Windows-1252": as_windows_1252, "as Latin-1": as_latin_1, "correct": lambda text: text}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from(sorted(_MISREADINGS))), min_size=1, max_size=5))
def test_every_character_of_a_repaired_line_maps_to_the_start_of_its_own_sequence(
    pieces: list[tuple[str, str]],
) -> None:
    """Mis-encoded stretches (UTF-8 read with the wrong codec) beside correct text: offsets keep the order of the
    text as read, and where the repair gives back the text written, each character maps to its own sequence."""
    written, bad, starts, ends = "", "", [], []
    for words, how in pieces:
        text = words if not written else " " + words
        for char in text:
            starts.append(len(bad))
            bad += _MISREADINGS[how](char)
            ends.append(len(bad))
        written += text
    cleaned = clean_text(bad)
    sources = [cleaned.offsets.to_source(i) for i in range(len(cleaned.body))]
    assert all(s is not None and 0 <= s < len(bad) for s in sources)
    assert sources == sorted(sources)  # type: ignore[type-var]
    if cleaned.body == written and not cleaned.boilerplate:
        assert sources == starts
        spans = [cleaned.offsets.span_to_source(Span(i, i + 1)) for i in range(len(written))]
        assert spans == [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def test_past_its_budget_the_alignment_steps_through_the_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mojibake, "ALIGNMENT_BUDGET", 0)
    bad = as_windows_1252("“Zoë Ærø paid €40,” she said.")
    cleaned = clean_text(bad)
    assert cleaned.body == "“Zoë Ærø paid €40,” she said."
    sources = [cleaned.offsets.to_source(i) for i in range(len(cleaned.body))]
    assert sources == [len(as_windows_1252(cleaned.body[:i])) for i in range(len(cleaned.body))]
