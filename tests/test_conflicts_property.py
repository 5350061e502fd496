"""A property of the conflict stage: it never raises, and every value it reports lies inside its own article.

Articles are random sentences built of the things the stage reads (numbers of any size, digits and words, dates,
months and years out of the calendar, weekdays, relative periods, "N units ago", money, percentages, temperatures,
tallies, ordinals, names, punctuation and quotation marks) and random text, with publication dates anywhere in the
calendar or none, in titles and bodies. Every pair of their sentences is given as one claim, so the route of
``compare.event_days`` is asked too. A crash drops every conflict of its story (two such crashes were found by a
review: "3000 years ago", "December 9999"); this property looks for the next one.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_helpers import analysis, sentence_pair_claims
from newsfuse.compare.conflicts import find_conflicts

_PIECES = [
    "0", "7", "12", "2,000", "3.5", "99999999999999999999", "1e9", "-4", "0.0001", "1,2,3", "12,000,000,000",
    "three", "twenty-five", "a dozen", "dozens of", "hundreds", "two-thirds of", "one in five", "half of",
    "$", "$3.1 billion", "£40,000", "€2.4bn", "US$5m", "45,000 pounds", "5%", "12 per cent", "3 percentage points",
    "38C", "104F", "-40°F", "6C above normal", "7-2", "58-41", "by seven votes to two", "2-1 win over",
    "March", "in March", "in early March 2024", "in late December 9999", "March 0000", "on March 40", "Feb. 29",
    "29 February 2023", "2024-02-30", "0001-01-01", "9999-12-31", "in 2021", "since 1994", "in 0", "in 99999",
    "Monday", "on Tuesday", "this Friday", "last Sunday", "next Saturday", "Tuesday's vote", "this past Sunday",
    "yesterday", "tomorrow", "last week", "earlier this week", "later this month", "over the weekend",
    "at the weekend", "late last year", "early next year", "this morning", "the past week",
    "3000 years ago", "9999999 days ago", "a week ago", "two weeks ago", "0 days ago", "a year ago",
    "for 999 days", "for ten days", "a twelve-day", "within 30 days", "from",
    "third", "for the second time", "second-largest", "finished fifth", "10.30am", "1:15 p.m.", "25:99",
    "Ana Vell", "Vell", "Tom Reyes, 34,", "Pike (37)", "37-year-old", "in her late 40s", "Mayor Ann Holt",
    "Brenmoor", "Tarn council", "the Kesby library", "Fenmore Bank", "her nephew", "his grandson",
    "found guilty", "acquitted", "passed", "rejected", "will", "was", "said", "voted", "closed", "reopened",
    "killed", "injured", "evacuated", "residents", "people", "jobs", "a 312-page report", "contract", "deal",
    "another", "about", "more than", "nearly", "up to", "some", "only", "again",
    ",", ".", ";", ":", "(", ")", "\u201c", "\u201d", '"', "'", "-", "\u2014", "!", "?", "\n",
]  # fmt: skip
"""What a sentence is built of: the stage's readings, at and past their edges."""

_WORD = st.one_of(
    st.sampled_from(_PIECES),
    st.integers(min_value=-(10**12), max_value=10**25).map(str),
    st.text(alphabet="abcXYZ019 ,.-'%$", min_size=1, max_size=6),
)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=14).map(lambda words: " ".join(words) + ".")
_BODY = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)
_PUBLISHED = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["2025-05-14", "2025-05-14T09:00:00", "Mar. 4", "not a date", ""]),
)
_ARTICLE = st.tuples(_BODY, _PUBLISHED, st.one_of(st.none(), _SENTENCE))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ARTICLE, min_size=2, max_size=3))
def test_find_conflicts_never_raises_and_every_value_lies_in_its_article(articles: list) -> None:
    analyses = [
        analysis(f"a{n}", body, published or None, title=title) for n, (body, published, title) in enumerate(articles)
    ]
    texts = {x.article.id: x.article for x in analyses}
    for conflict in find_conflicts("s", analyses, claims=sentence_pair_claims(analyses)):
        assert len({v.article for v in conflict.values}) >= 2
        for v in conflict.values:
            article = texts[v.article]
            text = (article.title or "") if v.in_title else article.body
            assert 0 <= v.span.start < v.span.end <= len(text), (v, text)
            assert v.value == text[v.span.start : v.span.end], (v, text)


def test_a_length_widens_no_date_past_the_calendar() -> None:
    """A length that reaches before the calendar's first day is clamped there (review 15, A11: it raised)."""
    a = analysis("a", "The Harwick bridge was shut yesterday, for 999 days.", "0002-01-07T23:59:59")
    b = analysis("b", "The Harwick bridge was also shut on Tuesday.", "2025-05-14T09:00:00")
    assert isinstance(find_conflicts("s", [a, b]), tuple)
