"""Offsets are sacred: every character of a cleaned body points at the same character of the original.

(Or, in a line of mis-encoded text, at the first character of the sequence
it was repaired from: "é" at the "Ã" of "Ã©".)

``Article.offsets`` (an :class:`~newsfuse.model.OffsetMap`) is how a finding
in the body is shown in the file it came from; these properties hold for any
text at all, including arbitrary Unicode.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.ingest.clean import CleanText, clean_text
from newsfuse.ingest.mojibake import looks_misencoded, repair_encoding
from newsfuse.ingest.normalise import CONTROLS, WHITESPACE, ZERO_WIDTH, split_lines
from newsfuse.model import Span

_LINES = [
    "Central bank raises rates again",
    "Share:",
    "By Jane Doe and John Roe, Reuters",
    "Published: 3 March 2024 09:15 GMT",
    "WASHINGTON (Reuters) - The bank\u00a0raised  rates.",
    "Madrid, Mar. 14,\u00a0(EFE\u00a0Agencia/AFP/ANA)\u00a0–\u00a0Spanish\u00a0Finance Minister spoke.",
    "Read more:",
    "Fed holds rates steady",
    "“We will do what it takes,”\tthe governor said.\u200b",
    "  Indented  paragraph with   runs of spaces.  ",
    "You may also like",
    "— Reuters",
    "",
    "\u3000\u2009",
]

_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list(WHITESPACE + ZERO_WIDTH + "“”‘’—–-.,:()ABCab")),
    ),
    max_size=400,
)
_PAGE = st.lists(st.one_of(st.sampled_from(_LINES), _TEXT), max_size=12).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\u2028"]).map(lambda sep: sep.join(lines))
)


def _misread(text: str, codec: str, lose_last_byte: bool) -> str:
    """``text``'s UTF-8 read with ``codec``, the last byte lost on the way where asked (as a copy-paste drops it)."""
    data = text.encode("utf-8")
    return (data[:-1] if lose_last_byte and len(data) > 1 else data).decode(codec, errors="replace")


_ACCENTED = st.text(alphabet=st.sampled_from(list("abcÉéèàçñüöß€“”‘’—–…• \u00a0AZ.,")), min_size=1, max_size=30)
_MOJIBAKE_PAGE = st.lists(
    st.lists(
        st.one_of(
            _ACCENTED,
            st.builds(_misread, _ACCENTED, st.sampled_from(["cp1252", "latin-1"]), st.booleans()),
            st.builds(lambda t: _misread(_misread(t, "cp1252", False), "cp1252", False), _ACCENTED),  # twice
            st.sampled_from(_LINES),
        ),
        min_size=1,
        max_size=5,
    ).map("".join),
    max_size=8,
).flatmap(lambda lines: st.sampled_from(["\n", "\r\n", "\n\n", "\u2028"]).map(lambda sep: sep.join(lines)))
"""Pages whose lines mix correct text with UTF-8 misread as Windows-1252 or Latin-1 (once, twice, or with a lost
byte): the repair's offsets at work, which arbitrary text (``_TEXT``) seldom reaches."""


def assert_maps_back(cleaned: CleanText, original: str) -> None:
    offsets = cleaned.offsets
    body = cleaned.body
    previous = -1
    paragraph = 0  # where the paragraph of body character i starts
    for i, ch in enumerate(body):
        if ch == "\n":
            paragraph = i + 1  # the blank line between paragraphs has no source
            continue
        source = offsets.to_source(i)
        assert source is not None and 0 <= source < len(original)
        if original[source] != ch and not (ch == " " and original[source].isspace()):
            end = body.find("\n", i)
            assert _repaired_line_ends_with(original, source, body[paragraph : len(body) if end < 0 else end]), (
                i,
                ch,
                original[source],
            )
        assert source > previous, "body order follows the original"
        previous = source


def _repaired_line_ends_with(original: str, source: int, paragraph: str) -> bool:
    """Whether the line of ``original`` holding offset ``source`` is one the mojibake repair changes
    (:mod:`newsfuse.ingest.mojibake`) and ``paragraph`` is exactly the end of its repaired text.

    A body character that differs from the one its offset points at must be
    the repair's: the whole paragraph is then the repaired line, whitespace
    runs written as one space and zero-width and control characters dropped,
    less what cleaning cut from its front (a dateline), so each of its
    characters is the repaired one at that place, not merely one found
    somewhere in the line. A space of the body may be a repaired whitespace
    character (a no-break space read as "Â\xa0"), which the body writes as a
    plain space.
    """
    raw = next(original[ln.start : ln.end] for ln in split_lines(original) if ln.start <= source < ln.end)
    fixed = repair_encoding(raw)
    dropped = {ord(z): None for z in ZERO_WIDTH + CONTROLS}
    return fixed != raw and " ".join(fixed.translate(dropped).split()).endswith(paragraph)


def test_the_oracle_takes_only_the_repaired_line_itself() -> None:
    # "JosÃ© met RenÃ©" repairs to "José met René": each "é" is in the repaired line, but only the line's
    # own text (or its end, after a dateline cut) is a body paragraph that maps to it
    original = "JosÃ© met RenÃ©"
    assert _repaired_line_ends_with(original, 3, "José met René")
    assert _repaired_line_ends_with(original, 3, "met René")
    assert not _repaired_line_ends_with(original, 3, "René met José")
    assert not _repaired_line_ends_with(original, 3, "José met")
    assert not _repaired_line_ends_with("José met René", 3, "José met René")  # nothing repaired there


def test_a_repaired_character_before_its_own_look_alike_maps_back() -> None:
    # hypothesis's find: "Â\x80" is repaired to "€" and the "Â" after it is kept; matched from the start, the
    # kept "Â" took the first raw "Â" and both body characters mapped to offset 0
    cleaned = clean_text("Â\x80Â")
    assert cleaned.body == "€Â"
    assert_maps_back(cleaned, "Â\x80Â")
    assert [cleaned.offsets.to_source(i) for i in range(2)] == [0, 2]


def test_a_repaired_no_break_space_maps_to_its_sequence() -> None:
    # hypothesis's find: "Â\xa0" is a no-break space read as Windows-1252; the body's plain space stands for both
    cleaned = clean_text("0Â\xa00")
    assert cleaned.body == "0 0"
    assert_maps_back(cleaned, "0Â\xa00")
    assert [cleaned.offsets.to_source(i) for i in range(3)] == [0, 1, 3]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_arbitrary_text_cleans_and_maps_back(text: str) -> None:
    assert_maps_back(clean_text(text), text)


@settings(max_examples=300, deadline=None)
@given(_PAGE)
def test_pages_with_boilerplate_map_back(text: str) -> None:
    cleaned = clean_text(text)
    assert_maps_back(cleaned, text)
    for removed in cleaned.boilerplate:
        assert removed.span is not None
        dropped = {ord(z): None for z in ZERO_WIDTH + CONTROLS}
        written = removed.span.slice(text)
        as_read, repaired = (" ".join(t.translate(dropped).split()) for t in (written, repair_encoding(written)))
        assert removed.text in (as_read, repaired)  # a mis-encoded line is dropped as repaired
    if cleaned.dateline is not None and cleaned.dateline.span is not None:
        written = cleaned.dateline.span.slice(text)
        assert written and not written[-1].isspace()
        assert " ".join(written.split()).startswith(cleaned.dateline.place)


@settings(max_examples=150, deadline=None)
@given(_MOJIBAKE_PAGE)
def test_mis_encoded_pages_map_back(text: str) -> None:
    assert_maps_back(clean_text(text), text)


@settings(max_examples=200, deadline=None)
@given(_PAGE)
def test_body_has_no_whitespace_runs_and_no_odd_spaces(text: str) -> None:
    body = clean_text(text).body
    for paragraph in body.split("\n\n") if body else []:
        assert paragraph and paragraph == paragraph.strip(" ")
        assert "  " not in paragraph
        assert not any(ch in paragraph for ch in WHITESPACE.replace(" ", "") + ZERO_WIDTH + CONTROLS)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_split_lines_agrees_with_a_character_by_character_reference(text: str) -> None:
    """The fast run-based mapping equals the obvious slow one."""
    for line in split_lines(text, skip_blank=True):
        reference: list[tuple[str, int]] = []
        pending: int | None = None
        for offset in range(line.start, line.end):
            ch = text[offset]
            if ch in ZERO_WIDTH + CONTROLS:
                continue
            if ch.isspace():
                if reference and pending is None:
                    pending = offset
                continue
            if pending is not None:
                reference.append((" ", pending))
                pending = None
            reference.append((ch, offset))
        assert line.text == "".join(ch for ch, _ in reference)
        assert [line.source_of(i) for i in range(len(line.text))] == [src for _, src in reference]


@settings(max_examples=200, deadline=None)
@given(_PAGE, st.data())
def test_a_span_within_a_paragraph_maps_to_the_same_text(text: str, data: st.DataObject) -> None:
    cleaned = clean_text(text)
    if not cleaned.body or looks_misencoded(text):
        return  # a repaired line's characters differ from what was read (assert_maps_back covers it)
    start = data.draw(st.integers(0, len(cleaned.body) - 1))
    paragraph_end = cleaned.body.find("\n\n", start)
    end = data.draw(st.integers(start, len(cleaned.body) if paragraph_end < 0 else paragraph_end))
    if "\n" in cleaned.body[start:end]:
        return  # starts on a paragraph break
    span = cleaned.offsets.span_to_source(Span(start, end))
    assert span is not None
    original = span.slice(text)
    written = original.translate({ord(z): None for z in ZERO_WIDTH + CONTROLS})
    assert " ".join(written.split()) == " ".join(cleaned.body[start:end].split())
    if end > start:  # the source span ends on the span's own last character, nothing dropped after it
        last = cleaned.body[end - 1]
        assert original[-1] == last or (last == " " and original[-1].isspace())


@pytest.mark.parametrize(
    ("original", "words"),
    [("Bank\u200bers said no.", "Bank"), ("He said  no.", "He said"), ("He said\u00a0\u00a0no.", "said")],
)
def test_span_ending_before_dropped_characters_stops_at_its_last_character(original: str, words: str) -> None:
    cleaned = clean_text(original)
    start = cleaned.body.index(words)
    span = cleaned.offsets.span_to_source(Span(start, start + len(words)))
    assert span is not None and span.slice(original) == words


def test_agency_dateline_page_spans_show_the_source() -> None:
    text = (
        "Headline here\n\n"
        "Madrid, Mar. 14,\u00a0(EFE\u00a0Agencia/AFP/ANA)\u00a0–\u00a0Spanish  officials\u00a0said “no”.\n\n"
        "ANA"
    )
    cleaned = clean_text(text)
    assert cleaned.body == "Spanish officials said “no”."
    start = cleaned.body.index("“no”")
    span = cleaned.offsets.span_to_source(Span(start, start + 4))
    assert span is not None and span.slice(text) == "“no”"
