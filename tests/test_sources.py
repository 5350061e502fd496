"""Independent sources: reprints and agency copies collapse into one group, pool quotations do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.compare.provenance import agency_of
from newsfuse.compare.reuse import find_reuse
from newsfuse.compare.sources import independent_sources
from newsfuse.model import SourceGroup
from reuse_helpers import analysed, make, read_story
from test_reuse import AGENCY, OWN_REPORT, REPRINT

OTHER = (
    "Ruritania’s president said a deal to share the country’s timber rights with its northern neighbour had "
    "been agreed in principle.\n\nHe said he still wanted written border guarantees before any treaty."
)


def groups_of(*articles: object) -> tuple[SourceGroup, ...]:
    analyses = analysed(*articles)  # type: ignore[arg-type]
    reuse, _ = find_reuse("s", analyses)
    return independent_sources("s", analyses, reuse)


def test_a_reprint_collapses_into_its_agency_copy() -> None:
    groups = groups_of(make("agency", AGENCY, credit="EFE/AFP/ANA"), make("reprint", REPRINT), make("other", OTHER))
    assert [g.articles for g in groups] == [("agency", "reprint"), ("other",)]
    assert groups[0].origin == "EFE/AFP/ANA"


def test_outlets_sharing_only_pool_quotations_stay_independent() -> None:
    groups = groups_of(make("agency", AGENCY, credit="EFE/AFP/ANA"), make("own", OWN_REPORT))
    assert [g.articles for g in groups] == [("agency",), ("own",)]


def test_a_chain_of_reprints_is_one_source_whose_origin_is_the_earliest() -> None:
    first = make("first", AGENCY, published="2025-02-26T20:00")
    second = make("second", REPRINT, published="2025-02-26T21:00")
    third = make("third", REPRINT + "\n\nMore to follow from Washington on Thursday.", published="2025-02-27")
    [group] = groups_of(third, second, first)
    assert set(group.articles) == {"first", "second", "third"}
    assert group.origin == "first"


A_OWN = (
    "Downing Street said the visit would focus on trade as well as defence, with officials hoping to avoid new "
    "tariffs on British steel.\n\nThe prime minister will also meet senators from both parties on Thursday "
    "afternoon before flying home overnight.\n\nBusiness groups travelling with the delegation said they "
    "wanted clarity on export rules for medicines and cars, which together employ hundreds of thousands of "
    "people across the Midlands and the north of England."
)
B_OWN = (
    "Critics at home warned that the government had little leverage over an administration that has already "
    "questioned the value of the alliance.\n\nOpposition leaders demanded a statement to parliament when the "
    "prime minister returns, saying the country deserved to know what had been promised.\n\nA poll "
    "published on Tuesday found most voters supported sending peacekeepers only if other European countries "
    "did the same, with support falling sharply among older respondents."
)


def test_two_rewrites_of_one_agency_story_are_one_source() -> None:
    # each keeps one paragraph of the agency copy and writes the rest itself: too little to be a reprint,
    # but the common agency credit says where that paragraph came from
    lead = AGENCY.split("\n\n")[0]
    a_body, b_body = A_OWN + "\n\n" + lead, lead + "\n\n" + B_OWN
    apart = groups_of(make("a", a_body), make("b", b_body))
    assert [g.articles for g in apart] == [("a",), ("b",)]
    together = groups_of(make("a", a_body, credit="AP"), make("b", b_body, credit="Associated Press/AP"))
    assert [g.articles for g in together] == [("a", "b")] and together[0].origin == "AP"


def test_every_article_is_in_exactly_one_group_in_story_order() -> None:
    articles = [make("x", OTHER), make("agency", AGENCY, credit="AP"), make("reprint", REPRINT)]
    articles.append(make("own", OWN_REPORT))
    groups = groups_of(*articles)
    members = [a for g in groups for a in g.articles]
    assert sorted(members) == sorted(a.id for a in articles)
    assert [g.articles[0] for g in groups] == ["x", "agency", "own"]


def test_seed_outlets_are_five_independent_sources(example_dir: Path) -> None:
    analyses = read_story(example_dir)
    reuse, _ = find_reuse("s", analyses)
    assert len(independent_sources("s", analyses, reuse)) == 5


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        ("The harbour reopened on Friday.\n\nThe Associated Press contributed to this report.", "Associated Press"),
        ("The harbour reopened.\n\nReuters and staff writers contributed to this story.", "Reuters"),
        ("The harbour reopened.\n\nOur reporter contributed to this report.", None),
        ("Reuters said the harbour reopened; a pilot contributed to this.", None),
        ("The harbour reopened on Friday.", None),
    ],
)
def test_an_agency_credited_in_the_text_is_the_article_s_agency(body: str, agency: str | None) -> None:
    assert agency_of(make("a", body)) == agency
