"""What clustering reads from an article: words, multi-word names, and the publication day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfuse.model import Article
from newsfuse.stories.features import NAME_PREFIX, NUMBER_PREFIX, article_day, extract_features


def article(body: str, title: str | None = None, published: str | None = None, id: str = "a1") -> Article:
    return Article(id=id, source=f"{id}.txt", body=body, title=title, published=published)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Speaking on a radio show, Sen. Ana Vell said the figures were badly out of date.", "ana vell"),
        ("The White House said on Friday that the president would sign the bill.", "white house"),
        ("Prime Minister Pavel Dorn flew to Lisbon for talks.", "pavel dorn"),
        ("Harbour board members turned on their Chairman Ruth Calder Sunday.", "ruth calder"),
    ],
)
def test_multi_word_names_become_terms(sentence: str, name: str) -> None:
    terms = extract_features(article(sentence)).terms
    assert any(t.startswith(NAME_PREFIX) and t.endswith(name) for t in terms), sorted(terms)


@pytest.mark.parametrize("word", ["the", "said", "tuesday", "february", "would", "mr"])
def test_words_that_name_no_event_are_dropped(word: str) -> None:
    body = "Mr Smith said on Tuesday in February that the senators would vote on the budget."
    assert word not in extract_features(article(body)).terms


@pytest.mark.parametrize(("written", "term"), [("senators", "senator"), ("votes", "vote"), ("Obama's", "obama")])
def test_plurals_and_possessives_share_a_term(written: str, term: str) -> None:
    assert term in extract_features(article(f"The {written} matter here.")).terms


def test_title_words_weigh_more_than_body_words() -> None:
    terms = extract_features(article("The budget passed after a long debate.", title="Budget vote")).terms
    assert terms["budget"] > terms["debate"]


def test_the_rest_of_the_body_adds_only_the_words_it_repeats_at_a_lower_weight() -> None:
    body = "Budget debate opens. " * 120 + "Zanzibar ferry. " + "Harbour levy. " * 6
    terms = extract_features(article(body), lead_chars=2000).terms
    assert "zanzibar" not in terms  # once after the lead: background
    assert "levy" in terms
    assert terms["levy"] < terms["budget"]


@pytest.mark.parametrize(
    ("one", "other", "term"),
    [
        ("Agents of the F.B.I. searched the house.", "Agents of the FBI searched the house.", "fbi"),
        ("The N.A.A.C.P. convention opened.", "The NAACP convention opened.", "naacp"),
    ],
)
def test_abbreviations_with_and_without_dots_are_one_term(one: str, other: str, term: str) -> None:
    dotted = extract_features(article(one)).terms
    assert term in dotted
    assert dotted == extract_features(article(other)).terms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Senator Joseph I. Lieberman spoke.", "Senator Joe Lieberman spoke."),
        ("Then Bill Ortega arrived.", "Then William Ortega arrived."),
        ("Then George W. Bellamy arrived.", "Then George Bellamy arrived."),
    ],
)
def test_name_variants_and_middle_initials_give_one_name_term(one: str, other: str) -> None:
    def names(text: str) -> set[str]:
        return {t for t in extract_features(article(text)).terms if t.startswith(NAME_PREFIX)}

    assert names(one) == names(other)
    assert names(one)


def test_numbers_that_tell_events_apart_are_terms_single_digits_are_not() -> None:
    body = "A magnitude 6.1 quake killed 212 people, the 81st this century, on 3 islands in 2009."
    terms = extract_features(article(body)).terms
    assert {NUMBER_PREFIX + n for n in ("6.1", "212", "81st", "2009")} <= set(terms)
    assert NUMBER_PREFIX + "3" not in terms


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2010-07-04", date(2010, 7, 4).toordinal()),
        ("2025-02-26T22:30", date(2025, 2, 26).toordinal()),
        ("Published 2014-06-10 at noon", date(2014, 6, 10).toordinal()),
        ("Feb. 27", None),
        ("2014-02-30", None),
        (None, None),
    ],
)
def test_publication_day(published: str | None, day: int | None) -> None:
    assert article_day(article("Text.", published=published)) == day


@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=200)))
def test_any_text_gives_positive_finite_weights(body: str, title: str | None) -> None:
    features = extract_features(article(body, title=title))
    assert all(0 < w < 100 for w in features.terms.values())
    assert all(t for t in features.terms)


def test_untitled_article_is_labelled_by_its_opening_words_on_one_line() -> None:
    features = extract_features(article("Floods hit the valley.\n\nThousands left their homes overnight."))
    assert features.title == "Floods hit the valley. Thousands left their homes overnight."


@given(st.text(alphabet="0123456789.,$ab st-", max_size=40))
def test_number_terms_read_only_numbers_standing_on_their_own(text: str) -> None:
    """Digits glued to a word, a decimal point or a currency sign start no number term."""
    import re

    from newsfuse.stories.features import _numbers

    reference = re.compile(r"(?<![\w.,$])(\d+(?:[.,]\d+)*)(st|nd|rd|th)?(?![\w])")
    expected = [NUMBER_PREFIX + v + (o or "") for d, o in reference.findall(text) if len(v := d.replace(",", "")) >= 2]
    assert _numbers(text) == expected
