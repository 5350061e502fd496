"""One reader of a clock time (``ingest.dates.CLOCK_TIME``, ``hour_of_day``), three contexts that choose what stands
around it: a line that is a time alone (live coverage), a publication stamp's time and zone, a date as a page writes
it. Every example is invented."""

from __future__ import annotations

import re

import pytest

from newsfuse.article.dates import utc_day_shift
from newsfuse.compare.fact_moments import live_coverage
from newsfuse.ingest.dates import CLOCK_TIME, hour_of_day, parse_published
from newsfuse.model import Article

_CLOCK = re.compile(CLOCK_TIME, re.IGNORECASE)


@pytest.mark.parametrize(
    ("written", "hour", "minute", "half"),
    [
        ("9:42 p.m.", "9", "42", "p"),
        ("9:42pm", "9", "42", "p"),
        ("9:42 p. m.", "9", "42", "p"),
        ("11:05 AM", "11", "05", "A"),
        ("14:05", "14", "05", None),
        ("02:00:00", "02", "00", None),
        ("23:30:15.250", "23", "30", None),
        ("8.15am", "8", "15", "a"),
        ("8.15 P.M.", "8", "15", "P"),
    ],
)
def test_a_clock_time_is_read(written: str, hour: str, minute: str, half: str | None) -> None:
    m = _CLOCK.fullmatch(written)
    assert m is not None and (m.group("hour"), m.group("minute"), m.group("half")) == (hour, minute, half)


@pytest.mark.parametrize("written", ["12.50", "8.15", "9:42 pmx", "942", "9:4"])
def test_no_clock_time(written: str) -> None:
    assert _CLOCK.fullmatch(written) is None  # "12.50" alone is an amount; a half of the day ends its word


@pytest.mark.parametrize(
    ("hour", "half", "hours"),
    [("4", "p", 16), ("4", "P", 16), ("4", "a", 4), ("12", "a", 0), ("12", "p", 12), ("16", None, 16), ("0", "", 0)],
)
def test_hour_of_day(hour: str, half: str | None, hours: int) -> None:
    assert hour_of_day(hour, half) == hours


def test_a_line_alone_is_a_live_stamp() -> None:
    entries = "\n\n".join(f"{t}\nThe Brenmoor ferry crossed at last." for t in ("9:42 p.m. EDT", "8.15am", "14:05:30"))
    assert live_coverage(entries)
    assert not live_coverage("\n\n".join(f"{t}\nThe fare rose." for t in ("12.50", "8.15", "9.42")))


@pytest.mark.parametrize(
    ("published", "shift"),
    [
        ("2025-05-14 11:30 PM", 1),  # a p.m. hour read on the 24-hour clock: 23:30 UTC
        ("2025-05-14 11.30 p.m.", 1),  # the same time with a point: one reader for both
        ("2025-05-14 1:15 a.m.", -1),
        ("2025-05-14 12:10 AM", -1),  # "12" a.m. is the hour after midnight
        ("2025-05-14 12:10 PM", 0),
        ("2025-05-14 11:30 PM EDT", 0),  # a named zone is the writer's clock
    ],
)
def test_a_stamp_time(published: str, shift: int) -> None:
    assert utc_day_shift(Article(id="a", source="a.txt", body="", published=published)) == shift


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("3 March 2024 8:15 pm", "2024-03-03T20:15"),
        ("3 March 2024 8.15 pm", "2024-03-03T20:15"),
        ("March 3, 2024 at 12:05 a.m.", "2024-03-03T00:05"),
        ("3 March 2024 08:45:30", "2024-03-03T08:45"),
        ("2024-03-03 11.30 p.m. GMT", "2024-03-03T23:30+00:00"),  # dateutil would take the point for a decimal
        ("3 March 2024", "2024-03-03"),
    ],
)
def test_a_page_date_and_time(written: str, iso: str) -> None:
    assert parse_published(written) == iso
