"""HTML pages: only the article comes out, with its title, author, date and site.

``tests/data/news-page.html`` is a realistic local-news page written for
this test: cookie banner, navigation, search, advertisements (one inside the
story), share tools, tags, a related-stories and most-read sidebar, reader
comments, a newsletter box and a footer around a five-paragraph article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.ingest import read_paths
from newsfuse.ingest.formats import article_from_html
from newsfuse.model import Article

PAGE = Path(__file__).parent / "data" / "news-page.html"

ARTICLE_PARAGRAPHS = [
    "The Harbour Bridge will close to all traffic for six weeks from next Monday while engineers replace its worn"
    " expansion joints, the county council said on Tuesday.",
    "About 40,000 vehicles cross the bridge every day, and the council expects queues of up to an hour on the ring"
    " road at peak times while diversions are in place.",
    "“We know this will be disruptive, but the joints are at the end of their life and cannot wait another winter,”"
    " said the council’s head of highways, Daniel Okafor.",
    "Buses will run a shuttle service across the river, and the ferry will add evening sailings until the bridge"
    " reopens in mid-April.",
    "Local businesses on the south bank said they feared a drop in trade. “March is already a quiet month for us,”"
    " said café owner Lena Fischer.",
]


@pytest.fixture(scope="module")
def page_article() -> Article:
    return article_from_html(PAGE.read_text(encoding="utf-8"), str(PAGE))


def test_only_the_article_text_comes_out(page_article: Article) -> None:
    assert page_article.body.split("\n\n") == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize(
    "furniture",
    [
        "cookies",  # cookie banner
        "Weather",  # navigation
        "Search the Courier",
        "Advertisement",
        "energy supplier",  # advertisement inside the story
        "Share on Facebook",
        "Ring road roadworks",  # related stories
        "cup quarter-final",  # most read
        "mark my words",  # reader comment
        "morning briefing",  # newsletter box
        "All rights reserved",  # footer
        "Tags",
    ],
)
def test_page_furniture_is_left_out(page_article: Article, furniture: str) -> None:
    assert furniture not in page_article.body


def test_metadata_comes_from_the_page(page_article: Article) -> None:
    assert page_article.title == "Harbour bridge to close for six weeks of repairs"
    assert page_article.author == "Maria Santos"
    assert page_article.published == "2024-03-05T08:30+00:00"
    assert page_article.outlet == "The Riverside Courier"
    assert page_article.url == "https://courier.example.org/local/harbour-bridge-repairs"
    assert page_article.format == "html"


def test_html_offsets_are_marked_unknown(page_article: Article) -> None:
    """trafilatura's text is not a slice of the file: no offset map, no spans that would mislead."""
    assert not page_article.offsets.known
    assert all(b.span is None for b in page_article.boilerplate)


def test_page_without_a_time_gets_a_date_only() -> None:
    html = PAGE.read_text(encoding="utf-8").replace("T08:30:00+00:00", "").replace(", 08:30", "")
    assert article_from_html(html, "page.html").published == "2024-03-05"


def test_htm_files_in_a_folder_are_read_as_html(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_bytes(PAGE.read_bytes())
    (articles,) = [a for a in read_paths([tmp_path]) if isinstance(a, Article)]
    assert articles.format == "html" and articles.body.split("\n\n") == ARTICLE_PARAGRAPHS
