"""Dates and the story timeline: relative dates resolved where the article allows, never guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfuse.article import analyse_article
from newsfuse.article.dates import WEEKDAYS, parse_date, period_range, reference_date, resolve_weekday
from newsfuse.article.quantities import find_quantities, sentence_direction, weekday_direction
from newsfuse.article.sentences import split_sentences
from newsfuse.compare.timeline import build_timeline, story_year
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis, Dateline, TimelineEvent
from newsfuse.options import Options


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-02-26T22:30", "2025-02-26"),
        ("Feb. 27", "--02-27"),
        ("Thursday, February 27", "--02-27"),
        ("27 February 2025", "2025-02-27"),
        ("February 27, 2025", "2025-02-27"),
        ("Feb 30", None),
        ("no date here", None),
    ],
)
def test_dates_as_written_parse_to_one_iso_form(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_a_dateline_without_year_gives_a_reference_only_with_a_year() -> None:
    article = Article(id="x", source="x", body="", dateline=Dateline(place="London", date="Feb. 27"))
    assert reference_date(article) is None
    assert reference_date(article, 2025) == dt.date(2025, 2, 27)


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Dorn told the harbour board on Wednesday that he saw no reason to resign.", -1),
        ("Both ministers are expected at a farming fair in Ostend on Sunday.", 1),
        ("Vell is set for her own meeting with Dorn this Friday.", 1),
        ("In a short speech on Tuesday, Vell announced the largest rise in harbour spending.", -1),
        ("The election is Thursday.", 1),
    ],
)
def test_tense_decides_whether_a_weekday_is_past_or_coming(sentence: str, direction: int) -> None:
    assert sentence_direction(sentence) == direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The parish council voted on the bypass plan on Monday.", -1),
        ("The parish council plans to vote on the bypass on Monday.", 1),
        ("Ferries will be held in port on Monday.", 1),
    ],
)
def test_the_noun_plan_next_to_a_weekday_is_no_future_tense(sentence: str, direction: int) -> None:
    at = sentence.index("Monday")
    assert weekday_direction(sentence, at, at + len("Monday")) == direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The parish council is set to vote on the bypass on Monday.", 1),
        ("The bypass vote is set for Monday.", 1),
        ("Crews set off on Monday.", -1),
        ("Rescuers set up camp on Monday.", -1),
    ],
)
def test_set_puts_a_weekday_ahead_only_as_set_to_or_set_for(sentence: str, direction: int) -> None:
    at = sentence.index("Monday")
    assert weekday_direction(sentence, at, at + len("Monday")) == direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # the noun names an event with no tense: the closing is ahead, the vote may be behind (the nearer day)
        ("The ferry office will close in June after Monday's vote by the parish council.", 0),
        ("The parish council's office will be sold, and Monday's vote will decide to whom.", 1),
        ("Monday's vote was the closest the parish council has held.", -1),
        ("Dozens of residents protested outside the hall after Monday's vote.", -1),
        ("Ferries will be held in port on Monday.", 1),
    ],
)
def test_a_weekday_in_the_possessive_takes_the_tense_of_its_own_noun(sentence: str, direction: int) -> None:
    at = sentence.index("Monday")
    assert weekday_direction(sentence, at, at + len("Monday")) == direction


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.integers(0, 6),
    st.sampled_from([-1, 0, 1]),
)
def test_a_resolved_weekday_is_that_weekday_within_a_week(reference: dt.date, weekday: int, direction: int) -> None:
    day = resolve_weekday(weekday, reference, direction)
    assert day.weekday() == weekday
    assert abs((day - reference).days) <= 6
    if direction < 0:
        assert day <= reference
    if direction > 0:
        assert day >= reference


def test_weekday_in_an_undated_article_stays_unresolved() -> None:
    article = Article(id="x", source="x", body="Vell is set for her own meeting with Dorn this Friday.")
    (q,) = [q for q in find_quantities(article, split_sentences(article)) if q.kind == "weekday"]
    assert q.date is None and q.unit == "friday"


def _undated(body: str) -> ArticleAnalysis:
    return analyse_article(Article(id="u", source="u", body=body))


def _dated(body: str, published: str) -> ArticleAnalysis:
    return analyse_article(Article(id=f"d{published}", source=published, body=body, published=published))


def test_an_undated_weekday_takes_the_day_the_story_pins_marked_inferred() -> None:
    undated = _undated("The council will vote on the budget this Friday in a special session.")
    # published Monday 29 and Tuesday 30 December 2025: both point to Friday 2 January 2026
    story = [undated, _dated("The mayor met the council.", "2025-12-29"), _dated("Unions protested.", "2025-12-30")]
    (event,) = build_timeline("s", story)
    assert (event.date, event.inferred) == ("2026-01-02", True)


def test_an_undated_weekday_stays_unresolved_where_the_story_does_not_pin_it() -> None:
    undated = _undated("The council voted on the budget on Friday in a special session.")
    # published Thursday 1 and Monday 5 January: the Friday before each is a different day
    story = [undated, _dated("The mayor met the council.", "2026-01-01"), _dated("Unions protested.", "2026-01-05")]
    (event,) = build_timeline("s", story)
    assert (event.date, event.inferred) == (None, False)


@pytest.mark.parametrize(
    ("reference", "weekday", "direction", "day"),
    [
        (dt.date(2025, 12, 30), "friday", 1, dt.date(2026, 1, 2)),  # over the year's end, ahead
        (dt.date(2026, 1, 1), "monday", -1, dt.date(2025, 12, 29)),  # over the year's end, back
        (dt.date(2024, 3, 1), "thursday", -1, dt.date(2024, 2, 29)),  # back into a leap day
        (dt.date(2025, 2, 27), "sunday", 1, dt.date(2025, 3, 2)),  # over a month's end
        (dt.date(2014, 3, 14), "wednesday", -1, dt.date(2014, 3, 12)),  # within the week, never the next one
        (dt.date(2025, 4, 30), "wednesday", 1, dt.date(2025, 4, 30)),  # the day itself
    ],
)
def test_weekday_arithmetic_across_month_and_year_ends(
    reference: dt.date, weekday: str, direction: int, day: dt.date
) -> None:
    assert resolve_weekday(WEEKDAYS[weekday], reference, direction) == day


@pytest.mark.parametrize(
    ("text", "reference", "first", "last"),
    [
        ("last month", dt.date(2026, 1, 8), dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        ("last week", dt.date(2026, 1, 1), dt.date(2025, 12, 22), dt.date(2025, 12, 28)),
        ("next week", dt.date(2025, 12, 31), dt.date(2026, 1, 5), dt.date(2026, 1, 11)),
        ("this weekend", dt.date(2025, 12, 31), dt.date(2026, 1, 3), dt.date(2026, 1, 4)),
        ("next month", dt.date(2024, 1, 31), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("last year", dt.date(2026, 1, 1), dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ],
)
def test_relative_periods_span_the_days_they_can_mean(
    text: str, reference: dt.date, first: dt.date, last: dt.date
) -> None:
    assert period_range(text, reference) == (first, last)


def test_a_date_without_year_takes_the_year_nearest_the_article() -> None:
    found = find_quantities(
        Article(id="a", source="a", body="The deal was signed on Dec. 30 in Geneva.", published="2026-01-02"),
        split_sentences(Article(id="a", source="a", body="The deal was signed on Dec. 30 in Geneva.")),
    )
    assert [q.date for q in found if q.kind == "date"] == ["2025-12-30"]


def test_story_year_only_within_sixty_days() -> None:
    assert story_year("--02-27", [dt.date(2025, 2, 26)]) == 2025
    assert story_year("--12-30", [dt.date(2025, 1, 2)]) == 2024
    assert story_year("--08-01", [dt.date(2025, 2, 26)]) is None


@pytest.fixture(scope="module")
def seed_timeline(example_dir: Path) -> tuple[dict[str, str], tuple[TimelineEvent, ...]]:
    analyses = [analyse_article(a) for a in read_paths([example_dir], Options())]  # type: ignore[arg-type]
    names = {a.article.id: Path(a.article.source).name[:3] for a in analyses}
    return names, build_timeline("seed", analyses)


def _find(events: tuple[TimelineEvent, ...], words: str) -> TimelineEvent:
    return next(e for e in events if words in e.event)


def test_seed_timeline_has_the_four_events_dated_where_the_articles_allow(
    seed_timeline: tuple[dict[str, str], tuple[TimelineEvent, ...]],
) -> None:
    names, events = seed_timeline
    cabinet = _find(events, "first cabinet meeting on Wednesday")
    talks = _find(events, "talks at the White House on Thursday")
    visit = _find(events, "face-to-face with Trump this Friday")
    summit = _find(events, "defence summit in London on Sunday")
    # 003 is published 2025-02-26T22:30; 001's dateline "Feb. 27" takes the story's year.
    assert (cabinet.date, [names[s.article] for s in cabinet.sources]) == ("2025-02-26", ["003"])
    assert (talks.date, [names[s.article] for s in talks.sources]) == ("2025-02-27", ["001"])
    assert summit.date == "2025-03-02"
    # 004 has no date at all: its "this Friday" is the Friday every dated article of the story points to.
    assert (visit.date, visit.inferred, visit.when) == ("2025-02-28", True, "this Friday")
    assert not cabinet.inferred and not talks.inferred
    order = [events.index(e) for e in (cabinet, talks, visit, summit)]
    assert order == sorted(order)


def test_timeline_events_point_at_their_sentences(
    seed_timeline: tuple[dict[str, str], tuple[TimelineEvent, ...]], example_dir: Path
) -> None:
    bodies = {a.id: a.body for a in read_paths([example_dir], Options()) if isinstance(a, Article)}
    _, events = seed_timeline
    assert events
    for e in events:
        for s in e.sources:
            assert s.span.slice(bodies[s.article]) == s.text
            assert e.when in s.text


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # published Thursday 14 March 2013
        ("Senators said Wednesday the bill will pass before the recess.", "2013-03-13"),
        ("The Senate will vote on Wednesday on the bill, its leader said.", "2013-03-20"),
        ("The hearing will be held Wednesday in the old courthouse.", "2013-03-20"),
        ("On Wednesday the governor signed the bill that will take effect in May.", "2013-03-13"),
    ],
)
def test_the_tense_nearest_a_weekday_decides_it(body: str, day: str) -> None:
    article = Article(id="a", source="a", body=body, published="2013-03-14")
    (q,) = [q for q in find_quantities(article, split_sentences(article)) if q.kind == "weekday"]
    assert q.date == day


@pytest.mark.parametrize(
    ("direction", "first", "last"),
    [
        (-1, dt.date(2014, 3, 15), dt.date(2014, 3, 16)),  # "ran aground this weekend": the one just past
        (1, dt.date(2014, 3, 22), dt.date(2014, 3, 23)),  # "will sail this weekend": the coming one
        (0, dt.date(2014, 3, 15), dt.date(2014, 3, 23)),  # tense unknown: either
    ],
)
def test_this_weekend_said_on_a_monday_is_read_by_the_sentence_s_tense(
    direction: int, first: dt.date, last: dt.date
) -> None:
    monday = dt.date(2014, 3, 17)
    assert period_range("this weekend", monday, direction) == (first, last)
    # any other day of the week: the weekend of that week, whatever the tense
    assert period_range("this weekend", dt.date(2014, 3, 19), direction) == (dt.date(2014, 3, 22), dt.date(2014, 3, 23))
