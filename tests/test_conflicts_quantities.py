"""Quantities as news prose writes them: the values the conflict stage compares."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.article.dates import is_ago, is_month, period_range
from newsfuse.article.quantities import find_quantities, headline_quantities, weekday_direction
from newsfuse.article.sentences import split_sentences
from newsfuse.article.stems import stem
from newsfuse.model import Article


def quantities(body: str, published: str | None = None) -> list[tuple[str, str, float | None, str | None, str | None]]:
    article = Article(id="a", source="a", body=body, published=published)
    return [(q.kind, q.text, q.value, q.unit, q.date) for q in find_quantities(article, split_sentences(article))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Port spending will rise from 4.1% to 4.6% by 2031.", ("percent", "4.1%", 4.1, "%", None)),
        ("Unemployment fell to 5 per cent in May.", ("percent", "5 per cent", 5.0, "%", None)),
        ("The Senate approved $1.2 trillion for roads.", ("money", "$1.2 trillion", 1.2e12, "USD", None)),
        ("He spent 750,000 dollars of campaign money.", ("money", "750,000 dollars", 750000.0, "USD", None)),
        ("The fund holds £40bn in assets.", ("money", "£40bn", 4e10, "GBP", None)),
        ("Lawmakers backed the $3.1-billion rail link.", ("money", "$3.1-billion", 3.1e9, "USD", None)),
        ("Twenty-five families fled the fire.", ("number", "Twenty-five", 25.0, "family", None)),
        ("Some thirty seven boats sank.", ("number", "thirty seven", 37.0, "boat", None)),
        ("The thirty-seven-year-old sailor swam ashore.", ("number", "thirty-seven", 37.0, "year-old", None)),
        ("The bank will close 150 of its branches.", ("number", "150", 150.0, "branch", None)),
        ("The bank will close 150 bank branches.", ("number", "150", 150.0, "branch", None)),
        ("The bank will close 150 local bank branches.", ("number", "150", 150.0, "branch", None)),
        ("The bank will cut 150 branch staff.", ("number", "150", 150.0, "staff", None)),
        ("Around 300 people attended the rally.", ("number", "300", 300.0, "people", None)),
        ("Some 40 police officers stood guard.", ("number", "40", 40.0, "officer", None)),
        ("Only 1 woman says she saw the crash.", ("number", "1", 1.0, "woman", None)),
        ("The 12 boxes were found.", ("number", "12", 12.0, "box", None)),
        ("A man in his 40s was hurt.", ("number", "40s", 40.0, "age-decade", None)),
        ("The driver, in her mid-30s, was unhurt.", ("number", "mid-30s", 30.0, "age-decade", None)),
        ("Tickets cost $3-4 million in all.", ("money", "$3", 3.0, "USD", None)),
        ("The earthquake killed at least 2,000 people.", ("number", "2,000", 2000.0, "people", None)),
        ("Three soldiers were wounded.", ("number", "Three", 3.0, "soldier", None)),
        ("The vote is set for June 19, 2014.", ("date", "June 19, 2014", None, None, "2014-06-19")),
        ("The vote was held on 19 June.", ("date", "19 June", None, None, "--06-19")),
        ("Filed on 2013-02-20 in federal court.", ("date", "2013-02-20", None, None, "2013-02-20")),
        ("Budget cuts will come by 2027.", ("year", "2027", 2027.0, None, None)),
        ("The panel released a 300-page report.", ("number", "300", 300.0, "page", None)),
        ("A 45-year-old teacher was hurt.", ("number", "45", 45.0, "year-old", None)),
        ("Dozens of families fled the fire.", ("number", "Dozens", 24.0, "family", None)),
        ("Seventeen lawmakers signed the letter.", ("number", "Seventeen", 17.0, "lawmaker", None)),
        ("The chain runs 4,300 U.S. stores.", ("number", "4,300", 4300.0, "store", None)),
        ("Crews reached 40 Acme and Zenith plants.", ("number", "40", 40.0, "plant", None)),
        ("Lawmakers Approve $3 Billion for Levees", ("money", "$3 Billion", 3e9, "USD", None)),
        ("The port sold 2 Million tons of coal.", ("number", "2 Million", 2e6, "ton", None)),
        ("About 5 thousand fans queued overnight.", ("number", "5 thousand", 5e3, "fan", None)),
        ("Some two trillion cells were counted.", ("number", "two trillion", 2e12, "cell", None)),
        ("Temperatures reached 38C in Corran.", ("number", "38C", 38.0, "°C", None)),
        ("Highs of -4 °C are likely.", ("number", "-4 °C", -4.0, "°C", None)),
        ("It was 41 degrees Celsius at noon.", ("number", "41 degrees Celsius", 41.0, "°C", None)),
        ("Dunmore saw 212°F steam vents.", ("number", "212°F", 100.0, "°C", None)),
    ],
)
def test_quantities_from_real_style_sentences(body: str, expected: tuple) -> None:  # type: ignore[type-arg]
    kind, text, value, unit, date = expected
    if kind == "number" and unit not in ("age-decade", "°C"):
        unit = stem(unit)  # a count's noun is held as its stem ("people": ``peopl``), as the table and words are
    assert (kind, text, value, unit, date) in quantities(body)


def test_relative_dates_resolve_against_the_publication_date() -> None:
    found = quantities("The talks began three days ago and will end tomorrow.", published="2014-06-13")
    assert ("relative_date", "three days ago", None, "three days ago", "2014-06-10") in found
    assert ("relative_date", "tomorrow", None, "tomorrow", "2014-06-14") in found


def test_a_modified_weekday_keeps_its_modifier() -> None:
    found = quantities("Dorn meets Vell this Friday; talks ended last Monday.", published="2025-02-26")
    assert ("weekday", "this Friday", None, "friday", "2025-02-28") in found
    assert ("weekday", "last Monday", None, "monday", "2025-02-24") in found


def test_words_inside_other_words_are_not_quantities() -> None:
    assert quantities("The Mayday parade saw a tenfold rise in Someone's fortunes.") == []


def test_a_headline_is_read_as_one_sentence_with_spans_into_it() -> None:
    article = Article(
        id="a",
        source="a",
        title="Storm Destroys 40 Homes on Friday",
        body="Crews worked all night.",
        published="2014-03-12",
    )
    found = [(q.kind, q.text, q.value, q.unit, q.date) for q in headline_quantities(article)]
    assert found == [("number", "40", 40.0, stem("homes"), None), ("weekday", "Friday", None, "friday", "2014-03-07")]
    assert all(q.span.slice(article.title or "") == q.text for q in headline_quantities(article))
    assert headline_quantities(Article(id="b", source="b", body="No headline here.")) == ()


def test_a_decade_is_an_age_only_after_his_or_her() -> None:
    found = quantities("The mill closed in the 1990s and reopened in the 2010s, in their own way.")
    assert all(unit != "age-decade" for _, _, _, unit, _ in found)
    assert ("number", "late 20s", 20.0, "age-decade", None) in quantities("Both were in their late 20s.")


def test_a_letter_after_a_figure_is_a_temperature_only_after_a_word_in_lower_case() -> None:
    """ "Room 41C" and "Flat 12F" are names of rooms, not heat; "reached 41C" is heat."""
    assert [q for q in quantities("Staff in Room 41C and Flat 12F lost power.") if q[3] == "°C"] == []
    assert [q[1] for q in quantities("The valley reached 41C.") if q[3] == "°C"] == ["41C"]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Temperatures that soared last week are forecast to reach 41C on Tuesday.", 1),
        ("The council, which debated the plan, is likely to vote on Tuesday.", 1),
        ("The service forecast rain on Tuesday.", -1),
    ],
)
def test_forecast_to_puts_a_day_ahead_and_forecast_alone_does_not(sentence: str, direction: int) -> None:
    at = sentence.index("Tuesday")
    assert weekday_direction(sentence, at, at + len("Tuesday")) == direction


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("two years ago", "2022-11-14", "2023-11-13"),
        ("a year ago", "2023-11-14", "2024-11-12"),
        ("3 days ago", "2025-05-10", "2025-05-12"),
        ("a day ago", "2025-05-13", "2025-05-13"),
        ("six weeks ago", "2025-03-30", "2025-04-05"),
    ],
)
def test_units_ago_are_read_back_from_the_writing_loosely(text: str, first: str, last: str) -> None:
    """N units back, give or take half a unit (prose rounds such spans); N days give or take a day, one day exactly."""
    found = period_range(text, dt.date(2025, 5, 14))
    assert found is not None and (found[0].isoformat(), found[1].isoformat()) == (first, last)
    assert is_ago(text)


@pytest.mark.parametrize(
    ("text", "direction", "first", "last"),
    [
        ("March", -1, "2025-03-01", "2025-03-31"),
        ("March", 1, "2026-03-01", "2026-03-31"),
        ("June", -1, "2024-06-01", "2024-06-30"),
        ("June", 1, "2025-06-01", "2025-06-30"),
        ("May", -1, "2025-05-01", "2025-05-31"),
        ("late March 2024", 0, "2024-03-13", "2024-03-31"),
        ("mid-March", -1, "2025-03-09", "2025-03-23"),
    ],
)
def test_a_month_is_read_in_its_sentence_s_tense(text: str, direction: int, first: str, last: str) -> None:
    """A month without its year: the latest begun in a past sentence, the next not yet over in a future one."""
    found = period_range(text, dt.date(2025, 5, 14), direction)
    assert found is not None and (found[0].isoformat(), found[1].isoformat()) == (first, last)
    assert is_month(text) and not is_month("Sept")
