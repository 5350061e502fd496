"""Kin facts (:mod:`newsfuse.compare.kinship`): a noun of kinship that ties two people its sentence names."""

from __future__ import annotations

import pytest

from conflict_helpers import analysis
from newsfuse.compare.kinship import find_kin_conflicts, kin_facts
from newsfuse.model import ArticleAnalysis


def _analysis(id: str, body: str) -> ArticleAnalysis:
    return analysis(id, body)


def _ties(body: str) -> set[tuple[str, str, str]]:
    """(anchor's surname and given names, subject's, relation) of each kin fact of ``body``."""
    return {
        (
            f"{' '.join(sorted(k.anchor[0]))} {k.anchor[1]}",
            f"{' '.join(sorted(k.subject[0]))} {k.subject[1]}",
            k.relation,
        )
        for k in kin_facts(_analysis("a", body))
    }


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        pytest.param("Owen Tegg's nephew, Rhys Tegg, waded in with a rope.", "sibling's child", id="possessive-first"),
        pytest.param("Rhys Tegg, Owen Tegg's younger brother, waded in.", "sibling", id="apposition-after-name"),
        pytest.param("Rhys Tegg, the grandson of Owen Tegg, waded in.", "grandchild", id="of-after-name"),
        pytest.param("The cousin of Owen Tegg, Rhys Tegg, waded in.", "cousin", id="of-before-name"),
        pytest.param("Owen Tegg was pulled out by his son-in-law, Rhys Tegg, on Sunday.", "child-in-law", id="pronoun"),
        pytest.param("Owen Tegg was pulled out by Rhys Tegg, his half-brother.", "sibling", id="name-then-pronoun"),
        pytest.param("Owen Tegg was pulled out by Rhys Tegg, his halfbrother.", "sibling", id="joined-spelling"),
        pytest.param("Owen Tegg's greatnephew, Rhys Tegg, waded in.", "sibling's child", id="joined-great"),
    ],
)
def test_a_noun_of_kinship_ties_the_two_people_around_it(body: str, relation: str) -> None:
    assert _ties(body) == {("owen tegg", "rhys tegg", relation)}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Helpers included Ann Lee, Tom Pike, his brother and two firefighters.", id="a-list"),
        pytest.param("His nephew, Rhys Tegg, waded in with a rope.", id="pronoun-with-no-one-named-before"),
        pytest.param(
            "Ann Pell said Owen Tegg was pulled out by her grandson, Rhys Tegg.", id="pronoun-with-two-people-before"
        ),
        pytest.param("Owen Tegg's nephew waded in with a rope.", id="relative-not-named"),
        pytest.param("Owen Tegg's family friend, Rhys Tegg, waded in.", id="not-kinship"),
    ],
)
def test_a_noun_of_kinship_without_two_named_people_in_apposition_ties_no_one(body: str) -> None:
    assert _ties(body) == set()


def test_a_lone_given_name_stands_for_the_person_named_in_full() -> None:
    body = "Rhys Tegg, 19, lives nearby. Owen Tegg's nephew Rhys waded in with a rope."
    assert _ties(body) == {("owen tegg", "rhys tegg", "sibling's child")}


def test_an_outlet_giving_both_relations_is_not_compared() -> None:
    a = _analysis("a", "Owen Tegg's nephew, Rhys Tegg, waded in.")
    b = _analysis("b", "Rhys Tegg, Owen Tegg's grandson, waded in. The grandson of Owen Tegg, Rhys Tegg, is 19.")
    c = _analysis("c", "Rhys Tegg, Owen Tegg's grandson, waded in. Owen Tegg's nephew, Rhys Tegg, is 19.")
    assert [v.value for x in find_kin_conflicts("s", [a, b]) for v in x.values] == ["nephew", "grandson"]
    assert find_kin_conflicts("s", [a, c]) == []


def test_a_father_and_a_son_of_one_name_are_two_anchors() -> None:
    """ "Owen Tegg Jr" and "Owen Tegg Sr" are two people: a son of one may be the grandson of the other."""
    a = _analysis("a", "Rhys Tegg, the son of Owen Tegg Jr, waded in with a rope.")
    b = _analysis("b", "Rhys Tegg, the grandson of Owen Tegg Sr, waded in with a rope.")
    c = _analysis("c", "Rhys Tegg, the grandson of Owen Tegg Jr, waded in with a rope.")
    assert find_kin_conflicts("s", [a, b]) == []
    assert [v.value for x in find_kin_conflicts("s", [a, c]) for v in x.values] == ["son", "grandson"]


def test_a_fiancee_and_a_wife_are_one_tie_before_and_after_a_wedding() -> None:
    a = _analysis("a", "Rhys Tegg and his fiancee, Ann Pell, will marry at the Kesby chapel on Saturday.")
    b = _analysis("b", "Rhys Tegg and his wife, Ann Pell, married at the Kesby chapel on Saturday.")
    c = _analysis("c", "Rhys Tegg and his sister, Ann Pell, sang at the Kesby chapel on Saturday.")
    assert find_kin_conflicts("s", [a, b]) == []
    assert [v.value for x in find_kin_conflicts("s", [a, c]) for v in x.values] == ["fiancee", "sister"]


@pytest.mark.parametrize(
    ("b", "conflicts"),
    [
        pytest.param("Owen Tegg's grandson, Rhys Tegg, waded in with a rope.", 1, id="another-relation"),
        pytest.param("Owen Tegg's great-nephew, Rhys Tegg, waded in with a rope.", 0, id="the-relation-hyphenated"),
    ],
)
def test_a_relation_written_as_one_word_is_compared(b: str, conflicts: int) -> None:
    a = _analysis("a", "Owen Tegg's greatnephew, Rhys Tegg, waded in with a rope.")
    assert len(find_kin_conflicts("s", [a, _analysis("b", b)])) == conflicts


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Rhys Tegg, Owen Tegg's younger brother, waded in with a rope.",
            "Rhys Tegg, the elder brother of Owen Tegg, waded in with a rope.",
            [{"younger brother", "elder brother"}],
            id="one-relation-two-seniorities",
        ),
        pytest.param(
            "Rhys Tegg, Owen Tegg's younger brother, waded in with a rope.",
            "Rhys Tegg, Owen Tegg's brother, waded in with a rope.",
            [],
            id="no-seniority-agrees",
        ),
        pytest.param(
            "Rhys Tegg, Owen Little's brother, waded in with a rope.",
            "Rhys Tegg, Owen Little's older brother, waded in with a rope.",
            [],
            id="a-surname-is-no-seniority",
        ),
    ],
)
def test_seniority_of_one_relation(a: str, b: str, values: list[set[str]]) -> None:
    found = find_kin_conflicts("s", [_analysis("a", a), _analysis("b", b)])
    assert [{v.value for v in c.values} for c in found] == values
