"""Undated articles: what their own text says about when they were written, and how clustering uses it."""

from __future__ import annotations

from datetime import date

import pytest

from newsfuse.model import Article, ArticleAnalysis, Dateline
from newsfuse.options import ClusterOptions
from newsfuse.stories import cluster_articles
from newsfuse.stories.when import Clue, date_clues, place_clue

QUAKE = (
    "Strong earthquake shakes the Lorvan coast",
    "A magnitude 6.4 earthquake struck the Lorvan coast on Tuesday, collapsing houses in the port of Essim and "
    "killing at least 38 people, the regional governor Tamsin Arlo said. Rescue teams searched the rubble of the "
    "old market through the night.",
)
QUAKE_UNDATED = (
    "The earthquake that struck the Lorvan coast on Tuesday, March 12, killed at least 41 people in Essim, "
    "governor Tamsin Arlo said, as rescue teams searched the rubble of the old market for survivors of the 6.4 "
    "magnitude quake."
)


def article(body: str, title: str | None = None, published: str | None = None, id: str = "a") -> Article:
    return Article(id=id, source=f"{id}.txt", body=body, title=title, published=published)


def test_a_wire_dateline_is_a_clue() -> None:
    dated = Article(id="a", source="a", body="Text.", dateline=Dateline(place="LONDON", date="Feb. 27"))
    assert date_clues(dated) == (Clue(month=2, day=27, source="dateline"),)


@pytest.mark.parametrize(
    ("lead", "clue"),
    [
        ("Voters queued on Sunday, Dec. 14, 2008 across the county.", Clue(12, 14, 2008, 6)),
        ("The vote on Tuesday, March 12 was close.", Clue(3, 12, None, 1)),
        ("Crowds gathered on Friday the 3rd of May in the square.", Clue(5, 3, None, 4)),
        ("The ferry sailed on Thursday, Feb. 29 despite the gale.", Clue(2, 29, None, 3)),  # a day of leap years
    ],
)
def test_a_weekday_with_a_date_in_the_opening_is_a_clue(lead: str, clue: Clue) -> None:
    assert date_clues(article(lead)) == (clue,)


@pytest.mark.parametrize(
    "body",
    [
        "The law, passed on March 12, 2009, was challenged again.",  # a date without its weekday: background
        "Officials met on Tuesday to discuss the plan.",  # a weekday alone names no date
        "The ferry sailed on Thursday, Feb. 30 despite the gale.",  # a day of no year
        "Background. " * 80 + "It was signed on Monday, June 3, 2002.",  # deep in the body
    ],
)
def test_background_dates_and_bare_weekdays_are_no_clue(body: str) -> None:
    assert date_clues(article(body)) == ()


def test_a_clue_without_a_year_takes_the_year_where_its_weekday_fits() -> None:
    tuesday_march_12 = Clue(month=3, day=12, weekday=1)  # a Tuesday in 2019 and 2024, in no year between
    assert place_clue(tuesday_march_12, date(2024, 3, 20).toordinal()) == date(2024, 3, 12).toordinal()
    assert place_clue(tuesday_march_12, date(2025, 3, 14).toordinal()) == date(2024, 3, 12).toordinal()
    assert place_clue(tuesday_march_12, date(2022, 3, 14).toordinal()) is None
    assert place_clue(Clue(month=3, day=12), date(2022, 3, 14).toordinal()) == date(2022, 3, 12).toordinal()


def test_an_undated_article_joins_the_dated_story_its_date_clue_fits_and_the_date_is_marked_inferred() -> None:
    stories = cluster_articles(
        [
            ArticleAnalysis(article=article(QUAKE[1], QUAKE[0], "2024-03-12", "dated")),
            ArticleAnalysis(article=article(QUAKE_UNDATED, id="undated")),
        ]
    )
    (story,) = stories
    assert set(story.articles) == {"dated", "undated"}
    assert [(d.article, d.date, d.source) for d in story.inferred_dates] == [("undated", "2024-03-12", "lead")]
    assert (story.start, story.end) == ("2024-03-12", "2024-03-12")


def test_an_undated_article_whose_date_clue_contradicts_a_story_does_not_join_it() -> None:
    """The same words a year later (2025: March 12 is a Wednesday, so 'Tuesday, March 12' is another year)."""
    stories = cluster_articles(
        [
            ArticleAnalysis(article=article(QUAKE[1], QUAKE[0], "2025-03-12", "dated")),
            ArticleAnalysis(article=article(QUAKE_UNDATED, id="undated")),
        ]
    )
    assert len(stories) == 2


def test_without_any_date_an_undated_article_needs_more_likeness_to_join() -> None:
    dated = ArticleAnalysis(article=article(QUAKE[1], QUAKE[0], "2024-03-12", "dated"))
    undated = ArticleAnalysis(article=article(QUAKE_UNDATED.replace("Tuesday, March 12", "Tuesday"), id="undated"))
    assert len(cluster_articles([dated, undated], ClusterOptions(undated_threshold=0.0))) == 1
    assert len(cluster_articles([dated, undated], ClusterOptions(undated_threshold=0.99))) == 2
