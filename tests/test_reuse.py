"""Text reuse: shared word runs, pool quotations apart from copied prose, origins and original shares."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.compare.quoted import paired_marks, quoted_spans
from newsfuse.compare.reuse import MIN_PROSE_WORDS, find_reuse, quoted_word_mask
from newsfuse.compare.shingles import WORD, common_runs, shingle_index, words_of
from newsfuse.model import Quote, Span
from reuse_helpers import analysed, make, read_story

AGENCY = (
    "Regional Governor Tobias Lindqvist will press a reluctant county board chair, Ilse Brandt, to pay for a "
    "steel barrier to stop the River Arle flooding the lower town of Eastbrook again once the old bridge "
    "is repaired.\n\n"
    "Lindqvist is ready to send state engineers to a rebuilding team but insists that county money "
    "is needed for the safety of the whole valley.\n\n"
    "He told reporters on the bus to Eastbrook: “They are the owners. They have ignored and neglected a "
    "public bridge in the county, and the whole blame for the closure is theirs.”"
)
REPRINT = (
    "The governor set off on Wednesday evening.\n\n"
    "Regional Governor Tobias Lindqvist will press a reluctant county board chair, Ilse Brandt, to pay for a "
    "steel barrier to stop the River Arle flooding the lower town of Eastbrook again once the old bridge "
    "is repaired.\n\n"
    "Lindqvist is ready to send state engineers to a rebuilding team but insists that county money "
    "is needed for the safety of the whole valley."
)
OWN_REPORT = (
    "Tobias Lindqvist reached Eastbrook on Wednesday night for talks that officials expect to be difficult.\n\n"
    "Speaking on the bus, the governor said: “They are the owners. They have ignored and neglected a "
    "public bridge in the county, and the whole blame for the closure is theirs.”\n\n"
    "Aides played down hopes of a quick deal."
)


def norm(text: str) -> list[str]:
    return list(words_of(text).norm)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the county as the long-term owner", "the county as the long term owner"),
        ("“I’m not going to promise flood money”", '"I\'m not going to promise flood money"'),
        ("We're going to have the county do that.", "we’re going to have the county do that"),
        ("since… we’re treating", "since we’re treating"),
    ],
)
def test_words_ignore_punctuation_quotation_marks_and_case(a: str, b: str) -> None:
    assert norm(a) == norm(b)


def test_word_spans_point_at_the_text() -> None:
    text = "He said: “Don’t go.”"
    words = words_of(text)
    assert [text[s:e] for s, e in zip(words.starts, words.ends, strict=True)] == ["He", "said", "Don’t", "go"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab’'_ -.9É\n"), max_size=40))
def test_words_are_the_word_pattern_matches_lower_cased(text: str) -> None:
    words = words_of(text)
    matches = list(WORD.finditer(text))
    assert list(zip(words.starts, words.ends, strict=True)) == [m.span() for m in matches]
    assert list(words.norm) == [m.group().lower().replace("’", "'") for m in matches]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ostrava said: “We all want safety.” She left.", ["We all want safety."]),
        ('Lindqvist said "past this winter" on Wednesday.', ["past this winter"]),
        ("no funds for county ‘barrier’. Mara Ostrava’s aides don’t agree", ["barrier"]),
        ("Some people want us to give up on it. But the mayor shouldn’t be one of them.”", None),
        ("Ostrava added, “Yes, we get on well enough.\n“We’ve spoken twice.”", None),
    ],
)
def test_quoted_spans_read_the_marks(text: str, quoted: list[str] | None) -> None:
    spans = [text[s.start : s.end] for s in paired_marks(text).inner]
    if quoted is not None:
        assert spans == quoted
    elif text.startswith("Some"):
        # a paragraph that closes a quotation opened in the paragraph before
        assert spans == [text[: text.index("”")]]
    else:
        # a quotation running over two paragraphs: each paragraph's part is quoted
        assert spans == ["Yes, we get on well enough.", "We’ve spoken twice."]


def test_common_runs_are_maximal() -> None:
    a = norm("one two three four five six seven eight nine ten")
    b = norm("zero one two three four five six seven eight eleven")
    runs = common_runs(a, b, shingle_index(words_of(" ".join(b)), 5), 5)
    assert [(r.a, r.b, r.length) for r in runs] == [(0, 1, 8)]


VOCABULARY = ["the", "a", "to", "of", "river", "mayor", "county", "bridge", "flood", "deal", "said", "repair"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(VOCABULARY), max_size=40),
    st.lists(st.sampled_from(VOCABULARY), max_size=40),
    st.integers(min_value=3, max_value=6),
)
def test_every_common_run_is_shared_word_for_word(a: list[str], b: list[str], k: int) -> None:
    index = shingle_index(words_of(" ".join(b)), k)
    for run in common_runs(a, b, index, k):
        assert run.length >= k
        assert a[run.a : run.a + run.length] == b[run.b : run.b + run.length]
        # maximal to the right
        end_a, end_b = run.a + run.length, run.b + run.length
        assert end_a == len(a) or end_b == len(b) or a[end_a] != b[end_b]


def test_copied_prose_is_found_with_its_spans_and_agency_origin() -> None:
    agency = make("agency", AGENCY, credit="EFE/AFP/ANA")
    reprint = make("reprint", REPRINT, published="2025-02-27T09:00")
    reuse, originality = find_reuse("s", analysed(agency, reprint))
    [pair] = reuse
    prose = [p for p in pair.passages if not p.quotation]
    assert prose and all(p.words >= MIN_PROSE_WORDS for p in prose)
    for passage in prose:
        (id_a, span_a), (id_b, span_b) = passage.spans
        assert (id_a, id_b) == ("agency", "reprint")
        assert norm(span_a.slice(AGENCY)) == norm(span_b.slice(REPRINT))
        assert passage.origin == "EFE/AFP/ANA" and passage.origin_article == "agency"
    assert pair.prose_overlap > 0.8  # nearly all of the reprint is the agency's
    by_id = {o.article: o for o in originality}
    assert by_id["reprint"].shared > 0.8 and by_id["reprint"].original < 0.2
    assert by_id["agency"].shared_quotations == 0  # its quotation is printed by no one else


def test_pool_quotation_is_a_shared_quotation_not_copied_prose() -> None:
    agency = make("agency", AGENCY, credit="EFE/AFP/ANA")
    own = make("own", OWN_REPORT)
    reuse, originality = find_reuse("s", analysed(agency, own))
    [pair] = reuse
    assert [p.quotation for p in pair.passages] == [True]
    assert pair.passages[0].text.startswith("They are the owners")
    assert pair.prose_overlap == 0 and pair.quotation_overlap > 0
    by_id = {o.article: o for o in originality}
    assert by_id["own"].shared == 0 and by_id["own"].shared_quotations > 0.3


def test_origin_without_agency_is_the_earliest_article_when_dates_are_known() -> None:
    later = make("later", REPRINT, published="2025-02-27T09:00")
    first = make("first", AGENCY, published="2025-02-26 22:30")
    [pair], _ = find_reuse("s", analysed(later, first))
    assert {p.origin for p in pair.passages} == {"first"}
    undated = make("undated", AGENCY)
    [pair], _ = find_reuse("s", analysed(later, undated))
    assert {p.origin for p in pair.passages} == {None}  # no order can be known


def test_a_story_is_freed_without_the_cyclic_collector() -> None:
    """The story's words, shingle indexes and owners go when the stage drops it (no reference cycle: a
    ``functools.cache`` of its bound method kept ~300,000 lists and tuples of the dev set alive until a collection)."""
    import gc
    import weakref

    from newsfuse.compare.reuse import _Story

    analyses = analysed(make("agency", AGENCY, credit="EFE/AFP/ANA"), make("reprint", REPRINT))
    enabled = gc.isenabled()
    gc.disable()
    try:
        story = _Story(analyses)
        assert story.origin((0, 1)) == ("EFE/AFP/ANA", "agency")
        alive = weakref.ref(story)
        del story
        assert alive() is None
    finally:
        if enabled:
            gc.enable()


def test_unrelated_articles_share_nothing() -> None:
    a = make("a", "The council approved the new budget on Monday after a long debate about road repairs.")
    b = make("b", "The football club announced a new manager on Tuesday following a poor run of results.")
    reuse, originality = find_reuse("s", analysed(a, b))
    assert reuse == ()
    assert [o.original for o in originality] == [1.0, 1.0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="abc “”\"'‘’. \n", max_size=120), min_size=1, max_size=4))
def test_shares_are_fractions_that_add_up(bodies: list[str]) -> None:
    articles = [make(f"a{n}", body) for n, body in enumerate(bodies)]
    _, originality = find_reuse("s", analysed(*articles))
    assert len(originality) == len(articles)
    for row in originality:
        assert 0 <= row.shared <= 1 and 0 <= row.shared_quotations <= 1 and 0 <= row.original <= 1
        assert abs(row.shared + row.shared_quotations + row.original - 1) < 1e-3


@pytest.mark.eval
def test_seed_passages_shared_with_the_agency_copy(example_dir: Path, seed_gold: dict) -> None:
    analyses = read_story(example_dir)
    names = {a.article.id: Path(a.article.source).name for a in analyses}
    bodies = {a.article.id: a.article.body for a in analyses}
    agency_file = next(f for f, meta in seed_gold["articles"].items() if meta["credit"])
    agency = next(i for i, n in names.items() if n == agency_file)
    reuse, originality = find_reuse("s", analyses)
    with_agency = [r for r in reuse if agency in r.articles]
    partners = {names[i] for r in with_agency for i in r.articles} - {agency_file}
    assert {"000_e14dc81ff3333484.txt", "003_3377007ccdf28ba1.txt", "004_2f48e36c6b291e81.txt"} <= partners
    for row in with_agency:
        for passage in row.passages:
            texts = [norm(span.slice(bodies[article_id])) for article_id, span in passage.spans]
            assert texts[0] == texts[1] and len(texts[0]) == passage.words
            assert passage.origin == seed_gold["articles"][agency_file]["credit"]
    # what the outlets share with the agency copy is the pool's quotations, not its prose
    assert all(p.quotation for r in with_agency for p in r.passages)
    # the 41-word pool quotation on the peace Trump wants, in the agency copy and the Guardian's
    long_one = max((p for r in with_agency for p in r.passages), key=lambda p: p.words)
    assert re.match(r"Of course, the president has been very clear", long_one.text) and long_one.words >= 40
    assert {names[o.article] for o in originality} == set(names.values())
    assert all(o.original >= 0.6 for o in originality)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Vell", "said", "the", "“We", "will", "go.”", '"Not', 'now,"', "‘yes’", "—", "\n\n"]),
        max_size=30,
    ),
    st.lists(st.tuples(st.integers(0, 120), st.integers(0, 30)), max_size=3),
)
def test_a_word_is_quoted_when_a_quotation_span_holds_it_whole(pieces: list[str], extra: list[tuple[int, int]]) -> None:
    body = " ".join(pieces)
    spans = [Span(min(a, len(body)), min(a + n, len(body))) for a, n in extra]
    quote = Quote(id="q", article="a", text="", spans=tuple(spans))
    analysis = msgspec.structs.replace(analysed(make("a", body))[0], quotes=(quote,))
    words = words_of(body)
    inside = [*quoted_spans(analysis), *spans]
    expected = [
        int(any(s.start <= start and end <= s.end for s in _merged(inside)))
        for start, end in zip(words.starts, words.ends, strict=True)
    ]
    assert list(quoted_word_mask(analysis, words)) == expected


def _merged(spans: list[Span]) -> list[Span]:
    """Spans that overlap or touch joined into one (a word can sit across two touching spans)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if out and span.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return out
