"""Story clustering: same event together, different events apart, time matters, incremental."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.model import Article, ArticleAnalysis
from newsfuse.options import ClusterOptions
from newsfuse.stories import StoryIndex, cluster_articles, extract_features
from newsfuse.stories.index import story_id_for

BUDGET = (
    "Senate passes budget after overnight vote",
    "The Senate passed the federal budget early on Friday after an overnight session, with Senator Maria Lopez "
    "leading the majority. The budget cuts defence spending and raises the tobacco tax. Opposition leader "
    "Daniel Okafor called the vote a betrayal of rural hospitals.",
)
BUDGET_REWRITE = (
    "Lopez wins overnight budget fight in the Senate",
    "After an all-night session, senators approved the budget on Friday. Maria Lopez, who steered the bill, "
    "defended the tobacco tax increase; Daniel Okafor said rural hospitals would pay for the defence cuts.",
)
FLOOD = (
    "Floods force thousands from homes along the Danube",
    "Rising water on the Danube forced thousands of residents of Passau and Regensburg to leave their homes, "
    "as rescue crews sandbagged the old town. The Bavarian interior ministry opened emergency shelters.",
)
FLOOD_REWRITE = (
    "Danube floods: Passau evacuated",
    "Emergency shelters opened across Bavaria as the Danube burst its banks in Passau. Rescue crews in "
    "Regensburg worked through the night with sandbags, the interior ministry said.",
)


def analysis(pair: tuple[str, str], id: str, published: str | None = None) -> ArticleAnalysis:
    title, body = pair
    return ArticleAnalysis(article=Article(id=id, source=f"{id}.txt", title=title, body=body, published=published))


def grouping(stories: tuple) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


def test_same_event_together_different_events_apart() -> None:
    stories = cluster_articles(
        [
            analysis(BUDGET, "b1", "2024-03-01"),
            analysis(FLOOD, "f1", "2024-03-01"),
            analysis(BUDGET_REWRITE, "b2", "2024-03-02"),
            analysis(FLOOD_REWRITE, "f2", "2024-03-02"),
        ]
    )
    assert grouping(stories) == {frozenset({"b1", "b2"}), frozenset({"f1", "f2"})}


def test_two_budget_votes_a_year_apart_are_two_stories() -> None:
    stories = cluster_articles(
        [analysis(BUDGET, "b2024", "2024-03-01"), analysis(BUDGET_REWRITE, "b2025", "2025-03-01")]
    )
    assert grouping(stories) == {frozenset({"b2024"}), frozenset({"b2025"})}


def test_a_missing_date_does_not_split_a_story() -> None:
    stories = cluster_articles([analysis(BUDGET, "dated", "2024-03-01"), analysis(BUDGET_REWRITE, "undated")])
    assert grouping(stories) == {frozenset({"dated", "undated"})}


def test_story_carries_label_and_time_span() -> None:
    (story,) = cluster_articles([analysis(BUDGET, "b1", "2024-03-01"), analysis(BUDGET_REWRITE, "b2", "2024-03-03")])
    assert story.id == story_id_for("b1")
    assert story.label == BUDGET[0]
    assert (story.start, story.end) == ("2024-03-01", "2024-03-03")


def test_disabled_puts_everything_in_one_story() -> None:
    stories = cluster_articles(
        [analysis(BUDGET, "b1", "2024-03-01"), analysis(FLOOD, "f1", "2024-09-01")], ClusterOptions(enabled=False)
    )
    assert grouping(stories) == {frozenset({"b1", "f1"})}


def test_no_articles_no_stories() -> None:
    assert cluster_articles([]) == ()


def test_new_articles_join_existing_stories_without_moving_old_ones() -> None:
    index = StoryIndex()
    budget = index.add(extract_features(analysis(BUDGET, "b1", "2024-03-01").article))
    flood = index.add(extract_features(analysis(FLOOD, "f1", "2024-03-01").article))
    before = index.stories()
    assert index.add(extract_features(analysis(FLOOD_REWRITE, "f2", "2024-03-02").article)) == flood
    assert index.add(extract_features(analysis(BUDGET_REWRITE, "b2", "2024-03-02").article)) == budget
    assert index.add(extract_features(analysis(BUDGET, "b1", "2024-03-01").article)) == budget  # already placed
    after = {s.id: s.articles for s in index.stories()}
    for story in before:
        assert after[story.id][: len(story.articles)] == story.articles


def test_restored_index_places_new_articles_as_the_original_would() -> None:
    features = [
        extract_features(analysis(BUDGET, "b1", "2024-03-01").article),
        extract_features(analysis(FLOOD, "f1", "2024-03-01").article),
    ]
    original = StoryIndex()
    for item in features:
        original.add(item)
    restored = StoryIndex()
    restored.observe_all(features)
    for story in original.stories():
        restored.restore(story.id, story.label, [f for f in features if f.id in story.articles])
    newcomer = extract_features(analysis(FLOOD_REWRITE, "f2", "2024-03-02").article)
    assert restored.add(newcomer) == original.add(newcomer) == story_id_for("f1")


WORDS = [f"w{n}" for n in range(60)]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.integers(0, 60)), max_size=25))
def test_every_article_lands_in_exactly_one_story_whatever_the_input_order(docs: list) -> None:
    analyses = [
        ArticleAnalysis(
            article=Article(id=f"a{n}", source=f"a{n}", body=" ".join(words), published=f"2024-01-{1 + day % 28:02d}")
        )
        for n, (words, day) in enumerate(docs)
    ]
    stories = cluster_articles(analyses)
    placed = [a for s in stories for a in s.articles]
    assert sorted(placed) == sorted(a.article.id for a in analyses)
    shuffled = analyses[:]
    random.Random(len(docs)).shuffle(shuffled)
    assert grouping(cluster_articles(shuffled)) == grouping(stories)


ARREST = (
    "Former minister Odile Varga arrested over harbour contracts",
    "Police in Essim arrested former transport minister Odile Varga on Monday over harbour dredging contracts "
    "worth 40 million, prosecutor Ilan Moreau said. Varga denies taking bribes from the Castel dredging group.",
)
TRIAL = (
    "Varga trial opens with testimony from dredging executive",
    "The corruption trial of former transport minister Odile Varga opened in Essim, where a Castel dredging "
    "executive told judges he paid for the harbour contracts. Prosecutor Ilan Moreau asked for eight years.",
)


def test_events_of_one_storyline_are_two_stories_with_one_storyline_id() -> None:
    stories = cluster_articles([analysis(ARREST, "arrest", "2024-05-06"), analysis(TRIAL, "trial", "2024-06-03")])
    assert grouping(stories) == {frozenset({"arrest"}), frozenset({"trial"})}
    assert {s.storyline for s in stories} == {story_id_for("arrest")}


def test_unrelated_events_and_events_far_apart_are_separate_storylines() -> None:
    stories = cluster_articles(
        [
            analysis(ARREST, "arrest", "2024-05-06"),
            analysis(FLOOD, "flood", "2024-05-20"),
            analysis(TRIAL, "trial", "2025-09-01"),
        ]
    )
    assert len({s.storyline for s in stories}) == 3
    assert all(s.storyline == s.id for s in stories)


@given(st.dictionaries(st.integers(0, 400), st.integers(1, 16), max_size=120), st.integers(1, 20))
def test_candidate_order_is_most_shared_terms_then_oldest_story(shared: dict[int, int], n: int) -> None:
    from newsfuse.stories.index import _most_shared

    assert _most_shared(shared, n) == sorted(shared, key=lambda s: (-shared[s], s))[:n]
