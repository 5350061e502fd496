"""Conflicts between outlets: each kind from real-style news sentences, and look-alikes that are not conflicts."""

from __future__ import annotations

from importlib import resources

import pytest

from conflict_helpers import analysis
from conftest import absent, load_script
from newsfuse.article import analyse_article
from newsfuse.article.stems import stem
from newsfuse.compare.align import align_statements
from newsfuse.compare.conflicts import find_conflicts
from newsfuse.compare.fact_occurrences import noun_of_a_verb
from newsfuse.compare.fact_text import lowered
from newsfuse.compare.near_synonyms import TABLE as NEAR_SYNONYMS_TABLE
from newsfuse.compare.near_synonyms import near_synonyms
from newsfuse.model import Article, ArticleAnalysis

CONFLICTS = [
    pytest.param(
        "The earthquake killed at least 2,000 people in the region, officials said on the radio.",
        "The earthquake killed at least 2,500 people in the region, officials said on the radio.",
        "number",
        {"2000", "2500"},
        id="number",
    ),
    pytest.param(
        "The Senate approved $1.2 trillion for roads, bridges and broadband in a bipartisan vote.",
        "The Senate approved $1 trillion for roads, bridges and broadband in a bipartisan vote.",
        "money",
        {"USD 1.2e+12", "USD 1e+12"},
        id="money",
    ),
    pytest.param(
        "Unemployment fell to 3.9% in April as employers kept hiring, the Labor Department said.",
        "Unemployment fell to 4.1% in April as employers kept hiring, the Labor Department said.",
        "percent",
        {"3.9%", "4.1%"},
        id="percent",
    ),
    pytest.param(
        "Ministers will meet for the farming summit in Ostend on March 2, officials confirmed.",
        "Ministers will meet for the farming summit in Ostend on March 3, officials confirmed.",
        "date",
        {"2025-03-02", "2025-03-03"},
        id="date",
    ),
    pytest.param(
        "Before his meeting at the town hall on Thursday, Vell said Dorn can be trusted.",
        "Before his meeting at the town hall on Wednesday, Vell said Dorn can be trusted.",
        "weekday",
        {"thursday", "wednesday"},
        id="weekday-unresolved",
    ),
]


@pytest.mark.parametrize(("a", "b", "kind", "values"), CONFLICTS)
def test_outlets_disagreeing_on_a_figure_conflict(a: str, b: str, kind: str, values: set[str]) -> None:
    published = "2025-02-20" if kind == "date" else None
    conflicts = find_conflicts("s", [analysis("a", a, published), analysis("b", b, published)])
    assert [c.kind for c in conflicts] == [kind]
    assert {v.normalised for v in conflicts[0].values} == values
    assert {v.article for v in conflicts[0].values} == {"a", "b"}


def test_conflict_values_point_at_the_figures() -> None:
    a = analysis("a", "Unemployment fell to 3.9% in April as employers kept hiring, the Labor Department said.")
    b = analysis("b", "Unemployment fell to 4.1% in April as employers kept hiring, the Labor Department said.")
    (conflict,) = find_conflicts("s", [a, b])
    bodies = {"a": a.article.body, "b": b.article.body}
    assert {v.span.slice(bodies[v.article]) for v in conflict.values} == {"3.9%", "4.1%"}


NOT_CONFLICTS = [
    pytest.param(
        "The port budget will rise to 4.6% of GDP by 2031 and could later reach 5%, funded by lower fees.",
        "The PM pledged to lift port spending from 4.1% of gross domestic product, or GDP, to 4.6% by 2031.",
        None,
        None,
        id="same-unit-different-quantities-port-spending",
    ),
    pytest.param(
        "The storm killed 12 people in the state and left 40,000 people without power on the coast.",
        "The storm left 40,000 people without power on the coast, and killed 12 people in the state.",
        None,
        None,
        id="same-unit-two-counts-in-either-order",
    ),
    pytest.param(
        "The tornado killed 12 people in the county as it tore through the town overnight.",
        "The tornado left 40,000 people without power in the county as it tore through the town.",
        None,
        None,
        id="same-unit-different-things",
    ),
    pytest.param(
        "The council sent the budget to the mayor on Monday that would raise parking fees across the city.",
        "The mayor announced her veto of the budget on Wednesday that would have raised parking fees across the city.",
        None,
        None,
        id="different-events-on-different-days",
    ),
    pytest.param(
        "On his flight to Lisbon on Thursday, February 27, Vell spoke to reporters about the tariff.",
        "On his flight to Lisbon on Feb. 27, Vell spoke to reporters about the tariff.",
        None,
        None,
        id="same-date-written-two-ways",
    ),
    pytest.param(
        "On his flight to Lisbon on Thursday, Vell spoke to reporters about the tariff.",
        "On his flight to Lisbon on 27 February, Vell spoke to reporters about the tariff.",
        "2025-02-27",
        None,
        id="weekday-resolved-against-the-dateline-equals-the-date",
    ),
    pytest.param(
        "On his flight to Lisbon on Thursday, Vell spoke to reporters about the tariff.",
        "On his flight to Lisbon on February 26, Vell spoke to reporters about the tariff.",
        None,
        None,
        id="undated-weekday-is-not-compared-with-a-date",
    ),
]


@pytest.mark.parametrize(("a", "b", "published_a", "dateline_b"), NOT_CONFLICTS)
def test_look_alikes_are_not_conflicts(a: str, b: str, published_a: str | None, dateline_b: str | None) -> None:
    analyses = [analysis("a", a, published_a), analysis("b", b, dateline=dateline_b)]
    # The two sentences are aligned as one claim: they were compared, and found consistent.
    groups, _ = align_statements(analyses)
    assert [len(g) for g in groups] == [2]
    assert find_conflicts("s", analyses) == ()


def test_weekday_resolved_against_publication_date_conflicts_with_a_different_date() -> None:
    a = analysis(
        "a",
        "On his flight to Lisbon on Thursday, Vell spoke to reporters about the tariff.",
        published="2025-02-27T08:00",
    )
    b = analysis("b", "On his flight to Lisbon on February 26, Vell spoke to reporters about the tariff.")
    (conflict,) = find_conflicts("s", [a, b])
    assert conflict.kind == "date"
    # the date written without a year takes the year of the story's dated article
    assert {v.normalised for v in conflict.values} == {"2025-02-27", "2025-02-26"}


def test_seed_defence_figures_are_not_a_conflict(example_dir) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.ingest import read_paths
    from newsfuse.options import Options

    analyses = [analyse_article(a) for a in read_paths([example_dir], Options())]  # type: ignore[arg-type]
    conflicts = find_conflicts("seed", analyses)
    assert not [c for c in conflicts if c.kind == "percent"]


FACT_CONFLICTS = [
    pytest.param(
        "The committee released a 300-page report on the agency's failures, its chairman said.",
        "The committee released a 450-page report on the agency's failures, its chairman said.",
        "number",
        id="page-count",
    ),
    pytest.param(
        "Lawmakers approved $3.2 billion in aid for farmers hit by the drought this summer.",
        "Lawmakers approved $4.5 billion in aid for farmers hit by the drought this summer.",
        "money",
        id="billions",
    ),
    pytest.param(
        "The clinic has served migrant workers in the valley since 1994, according to its records.",
        "The clinic has served migrant workers in the valley since 1987, according to its records.",
        "date",
        id="since-year",
    ),
    pytest.param(
        "The pilot, a 52-year-old veteran of the airline, landed the plane on the river.",
        "The pilot, a 57-year-old veteran of the airline, landed the plane on the river.",
        "number",
        id="age",
    ),
    pytest.param(
        "The lawsuit was filed on behalf of as many as 1.6 million former employees of the chain.",
        "The lawsuit was filed on behalf of as many as 1.2 million former employees of the chain.",
        "number",
        id="two-caps-for-one-bound",
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), FACT_CONFLICTS)
def test_the_same_fact_with_incompatible_values_conflicts(a: str, b: str, kind: str) -> None:
    (conflict,) = find_conflicts("s", [analysis("a", a), analysis("b", b)])
    assert conflict.kind == kind
    assert {v.article for v in conflict.values} == {"a", "b"}
    assert conflict.about and conflict.reason


FACT_AGREEMENTS = [
    pytest.param(
        "The flood destroyed 2,000 homes along the river, the governor's office said.",
        "The flood destroyed 2,134 homes along the river, the governor's office said.",
        id="rounded-and-exact",
    ),
    pytest.param(
        "The bill would cost $1.2 billion over a decade, budget analysts estimated.",
        "The bill would cost $1.24 billion over a decade, budget analysts estimated.",
        id="rounded-billions",
    ),
    pytest.param(
        "Police arrested more than 200 protesters outside the courthouse overnight.",
        "Police arrested 236 protesters outside the courthouse overnight.",
        id="more-than",
    ),
    pytest.param(
        "Police arrested about 200 protesters outside the courthouse overnight.",
        "Police arrested 214 protesters outside the courthouse overnight.",
        id="about",
    ),
    pytest.param(
        "Police arrested nearly 200 protesters outside the courthouse overnight.",
        "Police arrested 187 protesters outside the courthouse overnight.",
        id="nearly",
    ),
    pytest.param(
        "Police arrested dozens of protesters outside the courthouse overnight.",
        "Police arrested 48 protesters outside the courthouse overnight.",
        id="dozens",
    ),
    pytest.param(
        "The storm destroyed 120 homes in the county before it turned out to sea on Friday.",
        "The storm destroyed 35 boats in the county before it turned out to sea on Friday.",
        id="different-nouns",
    ),
    pytest.param(
        "The senator said Tuesday that the tax plan would hurt working families in the state.",
        "The senator said Thursday that the tax plan would hurt working families in the state.",
        id="days-of-two-statements",
    ),
    pytest.param(
        "The county had 12 confirmed cases of the virus, up from eight a week earlier.",
        "The county had eight confirmed cases of the virus a week ago and now has 12, officials reported.",
        id="both-values-in-both",
    ),
]


@pytest.mark.parametrize(("a", "b"), FACT_AGREEMENTS)
def test_rounding_approximation_and_look_alikes_are_not_conflicts(a: str, b: str) -> None:
    published = "2014-03-12"
    assert find_conflicts("s", [analysis("a", a, published), analysis("b", b, published)]) == ()


def test_relative_periods_that_cannot_overlap_conflict() -> None:
    # Published on a Wednesday: "last month" is February, "last week" 3 to 11 March.
    a = analysis("a", "The water board issued its forecast for the reservoir last month in Leeds.", "2014-03-12")
    b = analysis("b", "The water board issued its forecast for the reservoir last week in Leeds.", "2014-03-12")
    (conflict,) = find_conflicts("s", [a, b])
    assert conflict.kind == "date"


def test_a_weekday_whose_other_reading_agrees_is_not_a_conflict() -> None:
    # Published Wednesday 12 March: "Thursday" read as past is 6 March, as coming 13 March.
    a = analysis("a", "The school board votes on the new calendar on Thursday in a public session.", "2014-03-12")
    b = analysis("b", "The school board votes on the new calendar on March 13 in a public session.", "2014-03-12")
    c = analysis("c", "The school board votes on the new calendar on March 6 in a public session.", "2014-03-12")
    assert find_conflicts("s", [a, b]) == ()
    assert find_conflicts("s", [a, c]) == ()


def test_an_event_reported_as_past_before_the_day_another_outlet_gives_it() -> None:
    later = analysis("a", "On her visit to the flooded town on Friday, March 14, the governor promised new levees.")
    earlier = analysis("b", "The governor spoke to residents on her visit to the flooded town.", "2014-03-13")
    (conflict,) = find_conflicts("s", [later, earlier])
    assert {v.article for v in conflict.values} == {"a", "b"}
    assert "2014-03-13" in conflict.reason
    # written before the day but speaking of the visit as to come: no conflict
    ahead = analysis("c", "The governor will meet residents on her visit to the flooded town.", "2014-03-13")
    assert find_conflicts("s", [later, ahead]) == ()


def test_seed_flight_day_is_the_one_conflict_and_cites_002(example_dir) -> None:  # type: ignore[no-untyped-def]
    """002 puts the flight on Thursday 27 February; 003, published on the 26th, already reports it as past."""
    from pathlib import Path

    from newsfuse.ingest import read_paths
    from newsfuse.options import Options

    analyses = [analyse_article(a) for a in read_paths([example_dir], Options())]  # type: ignore[arg-type]
    names = {a.article.id: Path(a.article.source).name[:3] for a in analyses}
    (conflict,) = find_conflicts("seed", analyses)
    assert conflict.kind == "date"
    cited = {names[v.article]: v.value for v in conflict.values}
    assert cited["002"] == "Thursday, February 27"
    assert set(cited) == {"002", "003"}


def _role_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    conflicts = find_conflicts("s", [analysis("a", a), analysis("b", b)])
    return [tuple(sorted(v.value for v in c.values)) for c in conflicts if c.kind == "name"]


def test_two_people_named_in_one_office_conflict() -> None:
    a = "Harbour Board Chairman Michael Torrance said the levy would rise in the spring."
    b = "Harbour Board Chairman Peter Alvarez said the levy would rise in the spring."
    assert _role_conflicts(a, b) == [("Michael Torrance", "Peter Alvarez")]


def test_two_people_with_similar_names_in_one_office_conflict() -> None:
    a = "Harbour Board Chairman Steve Kingsley said the levy would rise in the spring."
    b = "Harbour Board Chairman Peter Kingsley said the levy would rise in the spring."
    assert _role_conflicts(a, b) == [("Peter Kingsley", "Steve Kingsley")]


def test_two_namesakes_given_one_bare_title_conflict() -> None:
    """ "Sheriff Dale Rourke" / "Sheriff Dave Rourke": a title with no place before it, one surname, two people."""
    a = "Every deputy will wear a body camera by the autumn, Sheriff Dale Rourke said on Monday."
    b = "Sheriff Dave Rourke said every deputy would wear a body camera by the autumn."
    assert _role_conflicts(a, b) == [("Dale Rourke", "Dave Rourke")]


def test_an_office_after_a_name_whatever_qualifies_it_is_compared_between_namesakes() -> None:
    """ "Dave Rourke, the county sheriff," (a qualifier in lower case) against "Sheriff Dale Rourke"."""
    a = "Every deputy will wear a body camera by the autumn, Sheriff Dale Rourke said on Monday."
    b = "Dave Rourke, the county sheriff, said every deputy would wear a body camera by the autumn."
    assert _role_conflicts(a, b) == [("Dale Rourke", "Dave Rourke")]
    for other in (
        "Dave Rourke, the former county sheriff, said every deputy should wear a body camera.",
        "A new wing is named after Dave Rourke, the late sheriff, who first asked for body cameras.",
        "Dave Rourke, the retired county sheriff, said every deputy should wear a body camera.",
        "Dave Rourke, the son of the sheriff, said every deputy would wear a body camera by the autumn.",
        "Dale Rourke, the county sheriff, said every deputy would wear a body camera by the autumn.",
        "Omar Lind, the county sheriff, said every deputy would wear a body camera by the autumn.",
    ):
        assert _role_conflicts(a, other) == []


_BARE_SHERIFF = (
    "Every deputy in Brackwater county will wear a body camera by the autumn, Sheriff Dale Rourke said on Monday."
)


def test_a_word_that_merely_ends_like_former_or_then_leaves_the_holder_in_office() -> None:
    """ "strengthen Sheriff …" ends in "then", as "the then Sheriff …" does: only the whole word makes the holder
    not the one in office now."""
    b = (
        "Every deputy in Brackwater county will wear a body camera by the autumn, which will strengthen Sheriff"
        " Dave Rourke, his office said."
    )
    assert _role_conflicts(_BARE_SHERIFF, b) == [("Dale Rourke", "Dave Rourke")]
    then = "Every deputy in Brackwater county wore a body camera by the autumn, the then Sheriff Dave Rourke said."
    assert _role_conflicts(_BARE_SHERIFF, then) == []


@pytest.mark.parametrize(
    "b",
    [
        pytest.param(
            "Brackwater County Sheriff Dave Rourke said every deputy would wear a camera by the autumn.",
            id="qualified-title-before-the-name",
        ),
        pytest.param(
            "County sheriff Dave Rourke said every deputy would wear a camera by the autumn.",
            id="qualified-title-in-lower-case",
        ),
        pytest.param(
            "The sheriff, Dave Rourke, said every deputy would wear a camera by the autumn.", id="title-then-name"
        ),
        pytest.param(
            "Dave Rourke, Brackwater's sheriff, said every deputy would wear a camera by the autumn.",
            id="possessive-place-then-title",
        ),
    ],
)
def test_namesakes_in_one_office_in_other_wordings_conflict(b: str) -> None:
    """Two people of one surname in one office, whatever qualifies the office on one side and wherever it stands."""
    assert _role_conflicts(_BARE_SHERIFF, b) == [("Dale Rourke", "Dave Rourke")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Harbour Board Chair Lena Holt said the levy would rise.",
            "Port Chair Ana Holt said the levy would rise.",
            id="two-qualified-offices",
        ),
        pytest.param(
            _BARE_SHERIFF,
            "Former County Sheriff Dave Rourke said every deputy should wear a camera.",
            id="a-former-qualified-holder",
        ),
        pytest.param(
            _BARE_SHERIFF,
            "The former sheriff, Dave Rourke, said every deputy should wear a camera.",
            id="a-former-holder-before-the-name",
        ),
        pytest.param(
            _BARE_SHERIFF,
            "Dave Rourke, Brackwater's former sheriff, said every deputy should wear a camera.",
            id="a-former-holder-after-a-possessive",
        ),
        pytest.param(
            _BARE_SHERIFF,
            "Sheriff Dave Rourke of neighbouring Lowmoor county said his deputies would follow next year.",
            id="the-office-of-a-place-the-other-never-names",
        ),
        pytest.param(
            "Every deputy will wear a body camera by the autumn, Sheriff Dale Rourke said on Monday.",
            "Dave Rourke, Lowmoor's sheriff, said his deputies would follow next year.",
            id="a-possessive-place-the-other-never-names",
        ),
    ],
)
def test_namesakes_in_other_offices_or_out_of_office_are_no_conflict(a: str, b: str) -> None:
    assert _role_conflicts(a, b) == []


def test_a_bare_title_s_namesakes_are_compared_whatever_other_holders_the_article_names() -> None:
    """A bare title's office is one per surname: another sheriff named beside ("Sheriff Ann Holt" of the next
    county) is a different office, not a second holder of this one."""
    a = (
        "Sheriff Dale Rourke said every deputy would wear a body camera by the autumn; "
        "in the next county, Sheriff Ann Holt said hers would too."
    )
    b = "Sheriff Dave Rourke said every deputy would wear a body camera by the autumn."
    assert _role_conflicts(a, b) == [("Dale Rourke", "Dave Rourke")]


def test_two_holders_joined_by_and_are_each_found() -> None:
    """ "Sheriff Ann Holt and Sheriff Dale Rourke": each title holds the name after it; the first name does not run
    on into the second title, so the second outlet's namesake of either holder is compared."""
    a = "Sheriff Ann Holt and Sheriff Dale Rourke said every deputy would wear a body camera by the autumn."
    b = "Sheriff Dave Rourke said every deputy would wear a body camera by the autumn."
    assert _role_conflicts(a, b) == [("Dale Rourke", "Dave Rourke")]
    c = "Harbour Board Chairman Peter Alvarez and Port Authority Chairman Lena Holt signed the levy deal."
    d = "Port Authority Chairman Omar Lind signed the levy deal."
    assert _role_conflicts(c, d) == [("Lena Holt", "Omar Lind")]


def test_two_holders_joined_by_and_agreeing_with_the_other_outlet_are_no_conflict() -> None:
    a = "Sheriff Ann Holt and Sheriff Dale Rourke said every deputy would wear a body camera by the autumn."
    b = "Sheriff Dale Rourke said every deputy would wear a body camera by the autumn."
    assert _role_conflicts(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Mayor Ann Holt said the levy would rise in the spring.",
            "Mayor Omar Lind said the levy would rise in the spring.",
            id="bare-title-two-surnames",
        ),
        pytest.param(
            "Sheriff Tom Rourke said every deputy would wear a camera.",
            "Sheriff Thomas Rourke said every deputy would wear a camera.",
            id="bare-title-one-person-two-forms",
        ),
        pytest.param(
            "Former Sheriff Dale Rourke said every deputy should wear a camera.",
            "Sheriff Dave Rourke said every deputy would wear a camera.",
            id="bare-title-former-holder",
        ),
        pytest.param(
            "The new wing honours the late Sheriff Dale Rourke, who asked for cameras.",
            "Sheriff Dave Rourke said every deputy would wear a camera.",
            id="bare-title-late-holder",
        ),
    ],
)
def test_a_bare_title_is_compared_only_between_namesakes(a: str, b: str) -> None:
    assert _role_conflicts(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Harbour Board Chairman Tom Kingsley said the levy would rise.",
            "Harbour Board Chairman Thomas Kingsley said the levy would rise.",
            id="short-and-long-given-name",
        ),
        pytest.param(
            "Harbour Board Chairman Joseph R. Kingsley Jr. said the levy would rise.",
            "Harbour Board Chairman Joe Kingsley said the levy would rise.",
            id="initial-and-suffix",
        ),
        pytest.param(
            "Harbour Board Chairman Peter Kingsley said the levy would rise.",
            "Harbour Board Chairman Peter Kingsly said the levy would rise.",
            id="a-misspelling-is-not-a-second-person",
        ),
        pytest.param(
            "Former Harbour Board Chairman Steve Kingsley attacked the levy.",
            "Harbour Board Chairman Peter Alvarez defended the levy.",
            id="a-former-holder",
        ),
        pytest.param(
            "Senator Steve Kingsley and the harbour levy were in the news.",
            "Senator Peter Alvarez and the harbour levy were in the news.",
            id="an-office-many-hold",
        ),
        pytest.param(
            "Harbour Board Chairman Peter Alvarez, who succeeded Steve Kingsley, defended the levy.",
            "Harbour Board Chairman Steve Kingsley defended the levy.",
            id="the-other-person-is-named-too",
        ),
    ],
)
def test_one_person_or_no_single_office_is_no_role_conflict(a: str, b: str) -> None:
    assert _role_conflicts(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The clip of the scuffle, posted on Vimeo by “HarbourWatch2,” was seen thousands of times.",
            "The Vimeo clip was uploaded under an account called PierCam, and the faces in it are blurred.",
            ("HarbourWatch2", "PierCam"),
            id="posted-by-and-account-called",
        ),
        pytest.param(
            "The footage was first posted on TikTok by @dockside_dan before the council saw it.",
            "Councillors saw the footage after TikTok user QuayReporter shared it on Sunday.",
            ("@dockside_dan", "QuayReporter"),
            id="handle-and-user",
        ),
    ],
)
def test_two_accounts_named_as_posting_one_thing_conflict(a: str, b: str, values: tuple[str, str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", a), analysis("b", b)])
    assert [tuple(sorted(v.value for v in c.values)) for c in conflicts if c.kind == "name"] == [values]
    conflict = next(c for c in conflicts if c.kind == "name")
    bodies = {"a": a, "b": b}
    assert {v.span.slice(bodies[v.article]) for v in conflict.values} == set(values)
    assert "account" in conflict.about and conflict.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The clip was posted on Vimeo by HarbourWatch2 and later shared by PierCam.",
            "The clip was posted on Vimeo by PierCam.",
            id="the-other-account-is-named-too",
        ),
        pytest.param(
            "The clip was posted on Vimeo by HarbourWatch2 after the meeting.",
            "The Vimeo clip was widely shared by PierCam after the meeting.",
            id="passing-it-on-is-not-posting-it",
        ),
        pytest.param(
            "The statement was posted on Facebook by HarbourBoard2 on Monday.",
            "A statement was posted on Facebook by MayorsOffice on Monday.",
            id="posts-are-many",
        ),
        pytest.param(
            "The video was posted on Vimeo by HarbourWatch2 on Monday.",
            "The photo was posted on Vimeo by PierCam on Monday.",
            id="two-things-posted",
        ),
        pytest.param(
            "The clip was posted on Vimeo by HarbourWatch2 on Monday.",
            "The clip was posted on YouTube by PierCam on Monday.",
            id="two-platforms",
        ),
        pytest.param(
            "The clip was posted on Vimeo by HarbourWatch2 on Monday.",
            "The clip was posted on Vimeo by HarbourWatch22 on Monday.",
            id="a-misspelling-is-not-a-second-account",
        ),
        pytest.param(
            "The clip was posted on Vimeo by McKenzie after the meeting.",
            "The clip was posted on Vimeo by Alvarez after the meeting.",
            id="names-are-not-handles",
        ),
        pytest.param(
            "The clip was posted by HarbourWatch2 after the meeting.",
            "The clip was posted by PierCam after the meeting.",
            id="no-platform-named",
        ),
    ],
)
def test_one_account_or_no_platform_is_no_account_conflict(a: str, b: str) -> None:
    assert _role_conflicts(a, b) == []


def test_a_statement_day_and_an_event_day_of_one_figure_conflict() -> None:
    # Published Wednesday 12 March 2014: "last week" is 3 to 11 March, "last month" February.
    warned = analysis(
        "a", "Regulators of the Northern Grid warned last week that the reservoir will be empty in 2041.", "2014-03-12"
    )
    issued = analysis(
        "b",
        "The latest forecasts from the water board, issued last month, show the reservoir empty by 2041.",
        "2014-03-12",
    )
    (conflict,) = find_conflicts("s", [warned, issued])
    assert conflict.kind == "date"
    assert {v.value for v in conflict.values} == {"last week", "last month"}


def test_a_statement_day_and_a_day_still_to_come_of_one_figure_are_no_conflict() -> None:
    # what was said on Tuesday is not what the council will do next month, whatever figure both sentences give
    said = analysis("a", "Mayor Ines Okafor said on Tuesday the new arena would bring 900 jobs to Delft.", "2014-03-12")
    ahead = analysis(
        "b",
        "The Delft council will vote next month on the arena that Mayor Ines Okafor says would bring 900 jobs.",
        "2014-03-12",
    )
    assert find_conflicts("s", [said, ahead]) == ()


@pytest.mark.parametrize(
    ("forecast_on", "figure_on", "conflicts"),
    [
        pytest.param("2014-03-10", "2014-03-12", 0, id="forecast-then-later-figure-is-an-update"),
        pytest.param("2014-03-12", "2014-03-12", 1, id="forecast-on-the-figure-s-day-is-compared"),
        pytest.param("2014-03-14", "2014-03-12", 1, id="forecast-after-the-figure-is-compared"),
    ],
)
def test_a_forecast_figure_is_updated_by_a_later_outlet_s_figure(
    forecast_on: str, figure_on: str, conflicts: int
) -> None:
    forecast = analysis("a", "Mayor Ines Okafor will unveil 12 new bus routes for Delft, her office said.", forecast_on)
    figure = analysis("b", "Mayor Ines Okafor unveiled 15 new bus routes for Delft, her office said.", figure_on)
    assert len(find_conflicts("s", [forecast, figure])) == conflicts


def test_two_statements_of_one_figure_on_different_days_are_no_conflict() -> None:
    # a spokesman may repeat a figure on two days: two statements, no disagreement
    tuesday = analysis("a", "The mayor said Tuesday that the new bridge will open in 2031 after delays.", "2014-03-12")
    monday = analysis("b", "The mayor said Monday that the new bridge will open in 2031 after delays.", "2014-03-12")
    assert find_conflicts("s", [tuesday, monday]) == ()


def test_the_one_count_of_a_noun_in_each_outlet_is_one_fact_even_in_other_words() -> None:
    a = analysis("a", "Staff at 2,100 branches across the country will strike, the union announced.")
    b = analysis("b", "The bank says its employees, who work in 2,600 branches, are paid fairly.")
    (conflict,) = find_conflicts("s", [a, b])
    assert {v.value for v in conflict.values} == {"2,100", "2,600"}


def test_a_noun_counted_twice_in_one_outlet_is_not_paired_without_shared_words() -> None:
    a = analysis(
        "a",
        "Staff at 2,100 branches across the country will strike, the union announced. "
        "The bank closed 300 branches last year.",
    )
    b = analysis("b", "The bank says its employees, who work in 2,600 branches, are paid fairly.")
    assert find_conflicts("s", [a, b]) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The closures of the harbour road lasted four days, angering the traders.",
            "Before the three-day conference began, the delegates sounded hopeful.",
            id="durations-name-no-thing",
        ),
        pytest.param(
            "Close to three dozen councillors have signed the letter to the minister.",
            "Outside the court, two dozen neighbours waited in the rain.",
            id="small-counts-recur-by-chance",
        ),
        pytest.param(
            "The plan would raise the pension age over 16 years, the office said.",
            "The old pier has been closed for nearly 14 years, residents complain.",
            id="years-of-two-things",
        ),
    ],
)
def test_lone_counts_that_tell_nothing_are_not_one_fact_without_shared_words(a: str, b: str) -> None:
    assert find_conflicts("s", [analysis("a", a), analysis("b", b)]) == ()


def test_facts_about_two_people_of_one_surname_are_not_one_fact() -> None:
    # Published Wednesday 12 March 2014: "last year" is 2013, "last month" February.
    a = analysis(
        "a",
        "Martin Calder, the former mayor, faces trial in May. "
        "Calder resigned from the board last year during a federal inquiry into the accounts.",
        "2014-03-12",
    )
    b = analysis(
        "b",
        "Ruth Calder resigned from the board last month amid the federal inquiry into the accounts.",
        "2014-03-12",
    )
    assert find_conflicts("s", [a, b]) == ()
    same = analysis(
        "c",
        "Martin Calder resigned from the board last month amid the federal inquiry into the accounts.",
        "2014-03-12",
    )
    (conflict,) = find_conflicts("s", [a, same])
    assert conflict.kind == "date"


def test_a_surname_that_is_also_a_place_still_names_the_person() -> None:
    """ "Tacoma" alone after "Rep. Ada Tacoma" is her, though a city bears the name: not Tom Tacoma's fact."""
    a = analysis(
        "a",
        "Former Rep. Ada Tacoma was charged on Friday in the capital. "
        "Tacoma resigned from the board last year during a federal inquiry into the accounts.",
        "2014-03-12",
    )
    b = analysis(
        "b",
        "Tom Tacoma resigned from the board last month amid the federal inquiry into the accounts.",
        "2014-03-12",
    )
    assert find_conflicts("s", [a, b]) == ()
    same = analysis(
        "c",
        "Ada Tacoma resigned from the board last month amid the federal inquiry into the accounts.",
        "2014-03-12",
    )
    assert len(find_conflicts("s", [a, same])) == 1


REWORDED_CONFLICTS = [
    pytest.param(
        "The inspector general's 300-page report faulted the agency for lax oversight of its contractors.",
        "The report, which runs to 450 pages, says the agency failed to watch its contractors.",
        {"300", "450"},
        id="page-count-reworded",
    ),
    pytest.param(
        "Congress approved a $3.2 billion relief package for farmers on Thursday.",
        "The $4.5 billion package, passed by Congress, goes mostly to growers hit by drought.",
        {"$3.2 billion", "$4.5 billion"},
        id="billions-reworded",
    ),
    pytest.param(
        "Hartley, who has led the union since 1994, will retire next spring.",
        "The union's leader since 1987, Hartley said he would step down in the spring.",
        {"1994", "1987"},
        id="since-year-reworded",
    ),
    pytest.param(
        "The city council voted 7-2 on Tuesday to ban the sale of fireworks.",
        "The fireworks ban passed the city council on Monday by a 7-2 vote.",
        {"Tuesday", "Monday"},
        id="weekday-of-a-vote-reworded",
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), REWORDED_CONFLICTS)
def test_one_fact_in_other_words_with_incompatible_values_conflicts(a: str, b: str, values: set[str]) -> None:
    (conflict,) = find_conflicts("s", [analysis("a", a, "2014-03-12"), analysis("b", b, "2014-03-12")])
    assert {v.value for v in conflict.values} == values


REWORDED_LOOK_ALIKES = [
    pytest.param(
        "Congress approved a $3.2 billion relief package for farmers on Thursday. "
        "A separate $4.1 billion bill for highways stalled.",
        "The $4.5 billion package, passed by Congress, goes mostly to growers hit by drought.",
        id="two-amounts-in-one-outlet",
    ),
    pytest.param(
        "Hartley, who has led the union since 1994, will retire next spring.",
        "Membership has fallen since 1987, the union's records show.",
        id="since-years-of-different-things",
    ),
    pytest.param(
        "The city council voted 7-2 on Tuesday to ban the sale of fireworks.",
        "After the 7-2 vote to ban fireworks, the city council will meet on Friday about parking.",
        id="another-event-of-the-vote-sentence",
    ),
]


@pytest.mark.parametrize(("a", "b"), REWORDED_LOOK_ALIKES)
def test_look_alikes_in_other_words_are_not_conflicts(a: str, b: str) -> None:
    assert find_conflicts("s", [analysis("a", a, "2014-03-12"), analysis("b", b, "2014-03-12")]) == ()


def test_a_conflict_with_copies_of_one_text_is_reported_once_citing_the_copies_together() -> None:
    wire = "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday."
    own = analysis("own", "The wildfire destroyed 40 homes in the Marlow valley, fire officials said on Sunday.")
    copies = [analysis(f"copy{n}", wire) for n in range(3)]
    (conflict,) = find_conflicts("s", [own, *copies])
    assert sorted((v.article, v.value) for v in conflict.values) == [
        ("copy0", "55"),
        ("copy1", "55"),
        ("copy2", "55"),
        ("own", "40"),
    ]
    assert conflict.reason.endswith("(3 articles give 55; 1 article gives 40)")  # values in article order


def test_copies_on_both_sides_are_still_one_conflict() -> None:
    ours = "The wildfire destroyed 40 homes in the Marlow valley, fire officials said on Sunday."
    theirs = "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday."
    analyses = [analysis(f"a{n}", ours) for n in range(2)] + [analysis(f"b{n}", theirs) for n in range(2)]
    (conflict,) = find_conflicts("s", analyses)
    assert sorted(v.article for v in conflict.values) == ["a0", "a1", "b0", "b1"]


def test_two_different_disagreements_stay_two_conflicts() -> None:
    a = analysis("a", "The wildfire destroyed 40 homes in the Marlow valley, fire officials said on Sunday.")
    b = analysis("b", "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday.")
    c = analysis("c", "The wildfire destroyed 70 homes in the Marlow valley, fire officials said on Sunday.")
    conflicts = find_conflicts("s", [a, b, c])
    assert sorted(tuple(sorted(v.value for v in x.values)) for x in conflicts) == [
        ("40", "55"),
        ("40", "70"),
        ("55", "70"),
    ]


def test_a_story_of_many_copies_reports_each_conflict_once() -> None:
    """Copies set aside by the copies stage get the conflict's side of the copy they repeat: still one conflict."""
    from newsfuse.pipeline import analyze_articles

    wire = (
        "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday. "
        "Crews from four counties fought the flames through the night near the reservoir."
    )
    own = wire.replace("55 homes", "40 homes")
    articles = [
        Article(id=f"copy-{n}", source=f"c{n}.txt", body=wire, outlet=f"Outlet {n}", published="2025-05-06")
        for n in range(5)
    ]
    articles.append(Article(id="own", source="own.txt", body=own, outlet="Own Outlet", published="2025-05-06"))
    report = analyze_articles(articles)
    assert len(report.stories) == 1
    (conflict,) = report.conflicts
    assert sorted(v.article for v in conflict.values) == sorted(a.id for a in articles)


def titled(id: str, title: str, body: str, published: str | None = "2014-03-12") -> ArticleAnalysis:
    return analysis(id, body, published, title=title)


def test_a_value_stated_only_in_a_headline_is_compared_and_cited_in_the_headline() -> None:
    a = titled(
        "a",
        "Wildfire Destroys 40 Homes in Marlow Valley",
        "Crews fought the flames through the night, fire officials said on Sunday.",
    )
    b = analysis("b", "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday.")
    (conflict,) = find_conflicts("s", [a, b])
    by_article = {v.article: v for v in conflict.values}
    assert by_article["a"].in_title and not by_article["b"].in_title
    title = a.article.title or ""
    assert by_article["a"].span.slice(title) == by_article["a"].value == "40"
    assert by_article["b"].span.slice(b.article.body) == "55"
    assert conflict.about and conflict.reason


def test_a_headline_that_repeats_its_body_adds_nothing_and_the_body_is_cited() -> None:
    a = titled(
        "a",
        "Wildfire Destroys 40 Homes",
        "The wildfire destroyed 40 homes in the Marlow valley, fire officials said on Sunday.",
    )
    b = analysis("b", "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday.")
    (conflict,) = find_conflicts("s", [a, b])
    assert not any(v.in_title for v in conflict.values)
    agreeing = titled("c", "Wildfire Destroys 55 Homes", "Crews fought the flames through the night, officials said.")
    assert find_conflicts("s", [agreeing, b]) == ()


def test_two_headlines_in_billions_disagree() -> None:
    a = titled("a", "Senate Approves $3.2 Billion in Drought Aid for Farmers", "Farmers welcomed the vote.")
    b = titled("b", "Senate Approves $4.5 Billion in Drought Aid for Farmers", "Growers in the valley were relieved.")
    (conflict,) = find_conflicts("s", [a, b])
    assert conflict.kind == "money"
    assert {v.normalised for v in conflict.values} == {"USD 3.2e+09", "USD 4.5e+09"}
    assert all(v.in_title for v in conflict.values)


RELATIVE_DAYS = [
    pytest.param(
        # published Friday 14 March 2014: "earlier this week" is 10 to 13 March, "on Friday" the 14th
        "The harbour board approved the new ferry fares earlier this week, the port authority confirmed.",
        "The harbour board approved the new ferry fares on Friday, the port authority confirmed.",
        True,
        id="earlier-this-week-against-a-weekday",
    ),
    pytest.param(
        "The harbour board approved the new ferry fares earlier this week, the port authority confirmed.",
        "The harbour board approved the new ferry fares on Tuesday, the port authority confirmed.",
        False,
        id="a-weekday-inside-earlier-this-week",
    ),
    pytest.param(
        # "this weekend" is 15 and 16 March, "last week" 3 to 13 March
        "The cargo ship ran aground off the harbour wall this weekend, the coastguard confirmed.",
        "The cargo ship ran aground off the harbour wall last week, the coastguard confirmed.",
        True,
        id="this-weekend-against-last-week",
    ),
    pytest.param(
        # two different events of one story on different days: no words of what happened in common
        "The harbour board approved the new ferry fares earlier this week, the port authority confirmed.",
        "Ferry workers began a strike over pay on Friday at the port.",
        False,
        id="two-events-of-one-story",
    ),
]


@pytest.mark.parametrize(("a", "b", "conflicts"), RELATIVE_DAYS)
def test_relative_days_are_ranges_and_disjoint_ranges_of_one_event_conflict(a: str, b: str, conflicts: bool) -> None:
    published = "2014-03-14"  # a Friday
    found = find_conflicts("s", [analysis("a", a, published), analysis("b", b, published)])
    assert [c.kind for c in found] == (["date"] if conflicts else [])


def test_reports_show_a_headline_value_as_the_headline_s() -> None:
    import json

    from newsfuse.pipeline import analyze_articles
    from newsfuse.report.render import render

    own = "Crews fought the flames through the night near the reservoir, fire officials said on Sunday."
    wire = "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday. " + own
    articles = [
        Article(id="t", source="t.txt", title="Wildfire Destroys 40 Homes in Marlow Valley", body=own, outlet="Own"),
        Article(id="w", source="w.txt", title="Marlow valley fire", body=wire, outlet="Wire"),
    ]
    report = analyze_articles(articles)
    (conflict,) = report.conflicts
    assert [v.article for v in conflict.values if v.in_title] == ["t"]
    data = json.loads(render(report, "json"))
    assert [v.get("in_title", False) for v in data["conflicts"][0]["values"]] == [v.in_title for v in conflict.values]
    for fmt in ("text", "markdown", "html"):
        assert "40 (headline)" in render(report, fmt, width=200), fmt


def test_this_weekend_said_on_a_monday_takes_its_sentence_s_tense() -> None:
    # published Monday 17 March 2014: "this weekend" in the past tense is 15-16 March, in the future 22-23 March
    past = analysis(
        "a", "The cargo ship ran aground off the harbour wall this weekend, the coastguard said.", "2014-03-17"
    )
    sunday = analysis(
        "b", "The cargo ship ran aground off the harbour wall on Sunday, the coastguard said.", "2014-03-17"
    )
    assert find_conflicts("s", [past, sunday]) == ()
    ahead = analysis(
        "c", "The cargo ship will sail from the harbour wall this weekend, the coastguard said.", "2014-03-17"
    )
    friday = analysis(
        "d", "The cargo ship will sail from the harbour wall on Friday, the coastguard said.", "2014-03-17"
    )
    assert [c.kind for c in find_conflicts("s", [ahead, friday])] == ["date"]


OTHER_MEASURES = [
    pytest.param(
        "The federal tax rate on corporate income is 21%, the lowest in decades, analysts said.",
        "The combined federal and state tax rate on corporate income is 26%, analysts said.",
        id="federal-and-combined-rate",
    ),
    pytest.param(
        "Average pay for nurses at the county hospital rose to $61,000 last year.",
        "Median pay for nurses at the county hospital rose to $54,000 last year.",
        id="average-and-median",
    ),
    pytest.param(
        "The annual cost of the new ferry service is $2.4 million, the council said.",
        "The monthly cost of the new ferry service is $200,000, the council said.",
        id="annual-and-monthly",
    ),
]


OTHER_MEASURES += [
    pytest.param(
        "Kessler, the agency's second-ranking official, oversaw 12 regional offices.",
        "Morrow, the agency's third-ranking official, oversaw 12 regional offices.",
        id="two-officials-ranks",
    ),
    pytest.param(
        "The bill was passed in 2012 with 52% of the vote in the Senate.",
        "The bill was passed with 2012 votes, 48% of the chamber, in the Senate.",
        id="a-year-and-a-count-of-one-figure",
    ),
]


@pytest.mark.parametrize(("a", "b"), OTHER_MEASURES)
def test_figures_of_different_measures_of_one_thing_are_not_a_conflict(a: str, b: str) -> None:
    assert find_conflicts("s", [analysis("a", a, "2014-03-12"), analysis("b", b, "2014-03-12")]) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The state tax rate on corporate income is 7%, analysts said.",
            "The state tax rate on corporate income is 9%, analysts said.",
            id="one-scope-both-sides",
        ),
        pytest.param(
            "The wildfire destroyed a total of 40 homes in the Marlow valley, officials said.",
            "The wildfire destroyed 55 homes in the Marlow valley, officials said.",
            id="a-statistic-one-side-only",
        ),
    ],
)
def test_one_measure_named_alike_or_on_one_side_only_still_conflicts(a: str, b: str) -> None:
    assert len(find_conflicts("s", [analysis("a", a, "2014-03-12"), analysis("b", b, "2014-03-12")])) == 1


def test_a_headline_value_is_not_given_to_copies_printed_under_other_headlines() -> None:
    from newsfuse.pipeline import analyze_articles

    wire = "Crews fought the flames through the night near the reservoir, fire officials said on Sunday."
    own = "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday. " + wire
    articles = [
        Article(
            id=f"copy-{n}",
            source=f"c{n}.txt",
            title="Wildfire Destroys 40 Homes in Marlow Valley" if n == 0 else f"Marlow fire ({n})",
            body=wire,
            outlet=f"Outlet {n}",
            published="2025-05-06",
        )
        for n in range(4)
    ]
    articles.append(Article(id="own", source="own.txt", body=own, outlet="Own Outlet", published="2025-05-06"))
    report = analyze_articles(articles)
    (conflict,) = report.conflicts
    assert sorted((v.article, v.in_title) for v in conflict.values) == [("copy-0", True), ("own", False)]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Senate passed the farm bill 58-41 on Tuesday after a long debate.",
            "The Senate passed the farm bill 58-42 on Tuesday after a long debate.",
            {"58-41", "58-42"},
            id="hyphenated",
        ),
        pytest.param(
            "The House approved the measure by a vote of 219 to 212 late on Sunday.",
            "The House approved the measure 220-207 late on Sunday, party leaders said.",
            {"219-212", "220-207"},
            id="in-words-and-hyphenated",
        ),
    ],
)
def test_two_tallies_of_one_vote_conflict(a: str, b: str, values: set[str]) -> None:
    (conflict,) = find_conflicts("s", [analysis("a", a, "2014-03-12"), analysis("b", b, "2014-03-12")])
    assert conflict.kind == "number"
    assert {v.normalised for v in conflict.values} == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Senate passed the farm bill 58-41 on Tuesday after a long debate.",
            "The Senate passed the farm bill by a vote of 58 to 41 on Tuesday after a long debate.",
            id="one-tally-written-two-ways",
        ),
        pytest.param(
            "The Senate passed the farm bill 58-41 on Tuesday.",
            "The House passed its version of the farm bill 230-195 in June.",
            id="two-chambers-votes",
        ),
        pytest.param(
            "The new reservoir will take 10-15 years to fill, engineers said.",
            "The new reservoir will take 15-12 years to fill, engineers said.",
            id="a-range-is-no-tally",
        ),
    ],
)
def test_tallies_of_one_vote_alike_or_of_two_votes_are_no_conflict(a: str, b: str) -> None:
    assert find_conflicts("s", [analysis("a", a, "2014-03-12"), analysis("b", b, "2014-03-12")]) == ()


@pytest.mark.parametrize(
    "b",
    [
        pytest.param("Peter Kingsley, the Harbour Board chairman, said the levy would rise.", id="the-office-after"),
        pytest.param("Peter Kingsley, chairman of the Harbour Board, said the levy would rise.", id="office-of"),
        pytest.param("Peter Kingsley, the Harbour Board's chairman, said the levy would rise.", id="possessive"),
    ],
)
def test_an_office_named_after_its_holder_is_compared_too(b: str) -> None:
    a = "Harbour Board Chairman Steve Kingsley said the levy would rise in the spring."
    assert _role_conflicts(a, b) == [("Peter Kingsley", "Steve Kingsley")]


@pytest.mark.parametrize(
    "b",
    [
        pytest.param("Steve Kingsley, chairman of the Harbour Board, said the levy would rise.", id="one-person"),
        pytest.param("Peter Kingsley, a former chairman of the Harbour Board, said the levy would rise.", id="former"),
        pytest.param(
            "At Lisbon Harbour, the Harbour Board chairman, who took office in May, said the levy would rise.",
            id="a-place-is-no-holder",
        ),
    ],
)
def test_an_office_after_a_name_that_is_no_other_current_holder_is_no_conflict(b: str) -> None:
    a = "Harbour Board Chairman Steve Kingsley said the levy would rise in the spring."
    assert _role_conflicts(a, b) == []


FURTHER_KINDS = [
    pytest.param(
        "Hannah Pike, 34, a science teacher in Dunmore, won the national teaching prize on Tuesday.",
        "The national teaching prize went to Hannah Pike. Pike, 37, runs the robotics club in Dunmore.",
        {"34", "37"},
        id="age-in-apposition",
    ),
    pytest.param(
        "The prize went to Hannah Pike (34), who teaches science in Dunmore.",
        "The prize went to Hannah Pike (37), who teaches science in Dunmore.",
        {"34", "37"},
        id="age-in-brackets",
    ),
    pytest.param(
        "Hannah Pike, 34, won the national teaching prize in Dunmore.",
        "The national teaching prize in Dunmore went to 37-year-old Hannah Pike.",
        {"34", "37"},
        id="age-before-the-name",
    ),
    pytest.param(
        "Pupils at Arden Grammar were evacuated at 10.30am on Tuesday after a gas leak.",
        "Pupils at Arden Grammar were evacuated at 1:15 p.m. on Tuesday after a gas leak.",
        {"10:30", "13:15"},
        id="time-of-day",
    ),
    pytest.param(
        "The River Kell flooded the centre of Ashby for the third time in ten years.",
        "The River Kell flooded the centre of Ashby for the 5th time in ten years.",
        {"3", "5"},
        id="ordinal-count",
    ),
    pytest.param(
        "The minister opened the new canal footbridge at a ceremony in Exeter on Friday.",
        "The minister opened the new canal footbridge at a ceremony in Bristol on Friday.",
        {"exeter", "bristol"},
        id="place-of-one-event",
    ),
    pytest.param(
        "Transport minister Ruth Amadi said the footbridge cost $2.1 million to build.",
        "Ruth Amadi, who opened it, said the footbridge cost $2.9 million to build.",
        {"USD 2.1e+06", "USD 2.9e+06"},
        id="a-person-named-with-and-without-a-title-is-one-person",
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), FURTHER_KINDS)
def test_ages_times_of_day_and_ordinal_counts_conflict(a: str, b: str, values: set[str]) -> None:
    (conflict,) = find_conflicts("s", [analysis("a", a, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert {v.normalised for v in conflict.values} == values
    assert {v.article for v in conflict.values} == {"a", "b"}


FURTHER_LOOK_ALIKES = [
    pytest.param(
        "Tom Pike, 36, and his wife, Ann Pike, 34, were rescued from their car on the Esk road.",
        "Ann Pike, 34, said the water rose fast; her husband, Tom Pike, 36, kept the door shut.",
        id="two-namesakes-ages",
    ),
    pytest.param(
        "Tom Pike, 36, and his wife, Ann Pike, 34, were rescued from their car on the Esk road.",
        "The couple, 36-year-old Tom Pike and his wife, 34-year-old Ann Pike, were rescued on the Esk road.",
        id="two-namesakes-ages-before-their-names",
    ),
    pytest.param(
        "Pupils at Arden Grammar were evacuated at 10.30am on Tuesday after a gas leak.",
        "Pupils at Arden Grammar were evacuated at about 10.45am on Tuesday after a gas leak.",
        id="time-about",
    ),
    pytest.param(
        "Pupils at Arden Grammar were evacuated at 10am on Tuesday after a gas leak.",
        "Pupils at Arden Grammar were evacuated at 10.20am on Tuesday after a gas leak.",
        id="time-to-the-hour",
    ),
    pytest.param(
        "The senator will speak on the floor at 9 p.m. ET on Tuesday about the farm bill.",
        "The senator will speak on the floor at 6 p.m. PT on Tuesday about the farm bill.",
        id="times-of-two-zones",
    ),
    pytest.param(
        "Pupils at Arden Grammar were evacuated at 10.30am on Tuesday after a gas leak.",
        "Pupils at Arden Grammar returned to lessons at 1.15pm on Tuesday after the gas leak was sealed.",
        id="times-of-two-events",
    ),
    pytest.param(
        "Rhea Lund, the council's second-ranking officer, backed the tourist tax in Calder Bay.",
        "Tomas Brenn, the council's fourth-ranking officer, backed the tourist tax in Calder Bay.",
        id="ranks-are-no-counts",
    ),
    pytest.param(
        "The ferry firm made a loss in the third quarter as fuel costs rose at Calder Bay.",
        "The ferry firm made a loss in the second quarter as fuel costs rose at Calder Bay.",
        id="an-ordinal-naming-a-period",
    ),
    pytest.param(
        "The two ministers met in Vell on Sunday for the first time in months to discuss the border.",
        "Thursday's talks in Vell were the second time this week the two ministers had met to discuss the border.",
        id="counts-of-two-occurrences-on-two-days",
    ),
]


FURTHER_LOOK_ALIKES += [
    pytest.param(
        "The minister opened the new canal footbridge at a ceremony in Salford on Friday.",
        "The minister opened the new canal footbridge at a ceremony in Manchester on Friday.",
        id="a-town-and-the-city-beside-it",
    ),
    pytest.param(
        "The minister opened the new canal footbridge at a ceremony in Devon on Friday.",
        "The minister opened the new canal footbridge at a ceremony in Exeter on Friday.",
        id="a-region-and-a-city",
    ),
    pytest.param(
        "The minister opened the new canal footbridge at a ceremony in France on Friday.",
        "The minister opened the new canal footbridge at a ceremony in Lyon on Friday.",
        id="a-country-and-a-city",
    ),
    pytest.param(
        "The minister opened the new canal footbridge at a ceremony in Exeter on Friday, then flew to Leeds.",
        "The minister opened the new canal footbridge at a ceremony in Leeds on Friday.",
        id="an-outlet-naming-both-places",
    ),
    pytest.param(
        "The senator held a rally in Denver on Monday, telling supporters the race was close.",
        "The senator held a rally in Chicago, telling supporters the race was close.",
        id="a-place-without-the-day-or-a-figure-in-common",
    ),
]


@pytest.mark.parametrize(("a", "b"), FURTHER_LOOK_ALIKES)
def test_look_alikes_of_ages_times_and_ordinals_are_no_conflict(a: str, b: str) -> None:
    assert find_conflicts("s", [analysis("a", a, "2025-05-14"), analysis("b", b, "2025-05-14")]) == ()


@pytest.mark.parametrize(
    ("second_date", "found"),
    [
        pytest.param("2025-05-16", True, id="dates-two-days-apart"),
        pytest.param("2025-05-30", False, id="dates-further-apart-than-the-inferred-spread"),
    ],
)
def test_an_undated_weekday_is_read_on_the_story_s_dates_only_where_they_lie_close(
    second_date: str, found: bool
) -> None:
    """Written on any day from Wednesday 14 to Friday 16 May 2025, "voted on Tuesday" is Tuesday 13 May: not the
    12 May of the dated outlets. Over sixteen days it could be any of three Tuesdays: left unresolved."""
    a = analysis("a", "The Kesby town council voted on Monday to close the old library.", "2025-05-14")
    b = analysis("b", "The Kesby town council voted on Tuesday to close the old library.")
    c = analysis("c", "The Kesby town council voted on May 12 to shut the library.", second_date)
    conflicts = find_conflicts("s", [a, b, c])
    cited = [{(v.article, v.value, v.inferred) for v in x.values} for x in conflicts]
    assert bool(cited) == found
    if found:
        assert all(("b", "Tuesday", True) in values for values in cited)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        pytest.param("report", "document", True, id="a-report-is-a-document"),
        pytest.param("bills", "measures", True, id="one-synset"),
        pytest.param("pupils", "students", True, id="one-synset-plural"),
        pytest.param("report", "draft", False, id="two-kinds-of-document"),
        pytest.param("report", "appendix", False, id="another-part"),
        pytest.param("pupils", "parents", False, id="other-people"),
        pytest.param("branch", "machine", False, id="unrelated"),
        pytest.param("years", "days", False, id="a-plural-lemma-lends-no-sense-to-its-singular"),
        pytest.param("rooms", "apartments", False, id="a-plural-lemma-lends-no-sense-to-its-singular-2"),
        pytest.param("brenmoorite", "report", False, id="not-in-the-table"),
    ],
)
def test_near_synonyms_from_the_derived_table(a: str, b: str, one: bool) -> None:
    assert near_synonyms(stem(a), stem(b)) is one
    assert near_synonyms(stem(b), stem(a)) is one


@pytest.mark.parametrize(("a", "b", "one"), [("bills", "measures", True), ("citizens", "voters", False)])
def test_without_kinds_only_nouns_of_one_synset_are_near_synonyms(a: str, b: str, one: bool) -> None:
    assert near_synonyms(stem(a), stem(b)) is True  # "a voter" is a kind of "citizen"
    assert near_synonyms(stem(a), stem(b), kinds=False) is one
    assert near_synonyms(stem(b), stem(a), kinds=False) is one


def test_the_near_synonym_table_is_what_its_script_derives_from_wordnet() -> None:
    # the shipped table is reproducible from WordNet 3.0 (Debian's wordnet-base) and the bundled tokenizer alone
    build = load_script("scripts/build_near_synonyms.py", "build_near_synonyms")
    if not (build.WORDNET / "data.noun").is_file():
        absent("WordNet 3.0's data files are not installed (wordnet-base)", ".ci/run installs wordnet-base")
    shipped = resources.files("newsfuse").joinpath(NEAR_SYNONYMS_TABLE).read_text(encoding="utf-8")
    assert build.render(build.table(build.WORDNET)) == shipped


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The 312-page report on the Tarn flood defences was published on Tuesday.",
            "The 280-page document on the Tarn flood defences was published on Tuesday.",
            {"312", "280"},
            id="page-counts-of-one-document",
        ),
        pytest.param(
            "Brenmoor Academy now teaches 640 pupils, its head teacher said.",
            "Brenmoor Academy now teaches 720 students, its head teacher said.",
            {"640", "720"},
            id="counts-of-one-noun-in-other-words",
        ),
        pytest.param(
            "The 312-page report on the Tarn flood defences was published on Tuesday.",
            "A 280-page draft of the report on the Tarn flood defences was leaked on Tuesday.",
            set(),
            id="a-draft-is-another-document",
        ),
        pytest.param(
            "Brenmoor Academy now teaches 640 pupils, its head teacher said.",
            "Brenmoor Academy now teaches 720 apprentices, its head teacher said.",
            set(),
            id="other-learners",
        ),
        pytest.param(
            "Brenmoor now has 40,000 citizens, the council said.",
            "Brenmoor now has 32,000 voters, the council said.",
            set(),
            id="a-count-of-a-kind-and-a-count-of-its-whole",
        ),
        pytest.param(
            "The new Brenmoor hall has 400 seats, the council said.",
            "The new Brenmoor hall has 300 chairs, the council said.",
            set(),
            id="a-count-of-a-kind-and-a-count-of-its-whole-2",
        ),
    ],
)
def test_counts_of_near_synonymous_nouns_are_one_fact(a: str, b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", a, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


_LIBRARY_VOTE = "Tarn council voted 7-2 on Monday to close the Kesby library at the end of the year."


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Tarn council voted by six votes to three on Monday to close the Kesby library at the end of the year.",
            {"7-2", "six votes to three"},
            id="a-tally-in-words-differs",
        ),
        pytest.param(
            "Tarn council voted by seven votes to two on Monday to close the Kesby library at the end of the year.",
            set(),
            id="the-tally-in-words-agrees",
        ),
        pytest.param(
            "On Monday Tarn council also voted 5-4 to close the Kesby swimming pool at the end of the year.",
            set(),
            id="another-motion-in-digits",
        ),
        pytest.param(
            "On Monday Tarn council also voted by five votes to four to close the Kesby swimming pool.",
            set(),
            id="another-motion-in-words",
        ),
    ],
)
def test_tallies_in_words_and_the_motions_they_count(b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", _LIBRARY_VOTE, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("b", "conflicts"),
    [
        pytest.param("Fenmore Bank will close 150 branches this year; most will house new shops.", 1, id="next-clause"),
        pytest.param("Fenmore Bank will use 150 branches to sell insurance; the rest will close.", 0, id="own-clause"),
    ],
)
def test_a_count_s_act_is_read_in_its_own_clause(b: str, conflicts: int) -> None:
    a = analysis("a", "Fenmore Bank will close 120 branches to cut costs.", "2025-05-14")
    assert len(find_conflicts("s", [a, analysis("b", b, "2025-05-14")])) == conflicts


def test_a_tally_in_compound_number_words_is_read_whole() -> None:
    # "twenty-five votes to four" is 25-4, not the "five votes to four" inside it
    a = analysis(
        "a",
        "Tarn council voted 25-3 on Monday to close the Kesby library at the end of the year.",
        "2025-05-14",
    )
    b = analysis(
        "b",
        "Tarn council voted by twenty-five votes to four on Monday to close the Kesby library at the end of the year.",
        "2025-05-14",
    )
    conflicts = find_conflicts("s", [a, b])
    assert [{v.value for v in c.values} for c in conflicts] == [{"25-3", "twenty-five votes to four"}]


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Tarn council on Tuesday approved the closure of the Kesby library by seven votes to two.",
            {"Monday", "Tuesday"},
            id="the-tally-after-the-day",
        ),
        pytest.param(
            "Tuesday's decision by Tarn council to close the Kesby library at the end of the year passed 7-2.",
            {"Monday", "Tuesday"},
            id="the-day-s-decision-then-its-tally",
        ),
        pytest.param(
            "Tarn council on Tuesday approved the closure of the Kesby swimming pool by seven votes to two.",
            set(),
            id="another-thing-closed-the-tally-after-the-day",
        ),
        pytest.param(
            "Tuesday's decision by Tarn council to close the Kesby swimming pool at the end of the year passed 7-2.",
            set(),
            id="another-thing-closed-the-day-s-decision",
        ),
        pytest.param(
            "Tarn council voted 7-2 on Tuesday to close the Kesby swimming pool at the end of the year.",
            set(),
            id="another-motion-by-the-same-tally",
        ),
    ],
)
def test_the_day_of_a_vote_read_by_its_tally_before_or_after_it(b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", _LIBRARY_VOTE, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Fenmore Bank will close 120 of its 900 branches this year.",
            "Fenmore Bank will close 150 of its 900 branches this year.",
            {"120", "150"},
            id="a-part-counts-what-its-whole-counts",
        ),
        pytest.param(
            "Fenmore Bank will close 120 of its 900 branches this year.",
            "Fenmore Bank will close 150 of its 900 cash machines this year.",
            set(),
            id="a-part-of-another-whole",
        ),
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "Fenmore Bank will close branches this year, 150 in all.",
            {"120", "150"},
            id="a-total-counts-the-plural-before-it",
        ),
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "Fenmore Bank will close branches and cut jobs this year, 150 in all.",
            set(),
            id="a-total-of-another-plural",
        ),
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "Fenmore Bank set out a 150-branch closure plan for this year.",
            {"120", "150"},
            id="a-count-measuring-the-act-as-a-noun",
        ),
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "Fenmore Bank set out a 150-branch refit plan for this year.",
            set(),
            id="a-count-measuring-another-act",
        ),
    ],
)
def test_counts_whose_noun_stands_elsewhere(a: str, b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", a, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("noun", "words", "made"),
    [
        pytest.param("closur", {"clos", "bank"}, True, id="closure-of-close"),
        pytest.param("approval", {"approv"}, True, id="approval-of-approve"),
        pytest.param("refit", {"clos"}, False, id="no-ending"),
        pytest.param("closur", {"sell"}, False, id="another-verb"),
        pytest.param("payment", {"pay"}, True, id="payment-of-pay"),
        pytest.param("deal", {"de"}, False, id="too-short-a-stem"),
    ],
)
def test_a_noun_made_of_a_verb(noun: str, words: set[str], made: bool) -> None:
    assert noun_of_a_verb(noun, frozenset(words)) is made


def test_a_body_is_lowered_once_for_the_story_stages() -> None:
    body = "Tarn Council voted by Seven Votes To Two."
    assert lowered(body) == body.lower()
    assert lowered(body) is lowered(body)


_POLICE_CHIEF = "Every officer in Brackwater will wear a body camera by the autumn, Police Chief Dale Rourke said."
_FINANCE_MINISTER = "Finance Minister Pavel Dorn said the county would pay for the cameras."


@pytest.mark.parametrize(
    ("a", "b", "names"),
    [
        pytest.param(
            _POLICE_CHIEF,
            "Police Chief Dave Rourke announced that every Brackwater officer will wear a body camera.",
            [("Dale Rourke", "Dave Rourke")],
            id="two-police-chiefs",
        ),
        pytest.param(
            _POLICE_CHIEF,
            "Dave Rourke, the police chief, said every Brackwater officer will wear a body camera.",
            [("Dale Rourke", "Dave Rourke")],
            id="the-police-chief-in-apposition",
        ),
        pytest.param(
            _FINANCE_MINISTER,
            "Finance Minister Karel Dorn said the county would pay for the cameras.",
            [("Karel Dorn", "Pavel Dorn")],
            id="two-finance-ministers",
        ),
        pytest.param(
            _POLICE_CHIEF,
            "Fire Chief Dave Rourke said every firefighter in Brackwater will wear a body camera too.",
            [],
            id="another-chief",
        ),
        pytest.param(
            _POLICE_CHIEF,
            "Deputy Police Chief Dave Rourke said every Brackwater officer will wear a body camera.",
            [],
            id="the-chief-s-deputy",
        ),
        pytest.param(
            _FINANCE_MINISTER,
            "Foreign Minister Karel Dorn said the county would pay for the cameras.",
            [],
            id="another-ministry",
        ),
    ],
)
def test_chiefs_and_ministers_are_offices_of_one_holder(a: str, b: str, names: list[tuple[str, ...]]) -> None:
    assert _role_conflicts(a, b) == names


_SHELTER = "Agnes Corley, who has run the Millbrook night shelter since 2009, will retire at the end of June."


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Agnes Corley, who has run the Millbrook night shelter since March 2013, will retire at the end of June.",
            {"2009", "2013"},
            id="since-a-month-of-a-year",
        ),
        pytest.param(
            "Agnes Corley, who has run the Millbrook night shelter since early 2013, will retire at the end of June.",
            {"2009", "2013"},
            id="since-a-part-of-a-year",
        ),
        pytest.param(
            "Agnes Corley, who has lived in Millbrook since March 2013, will retire at the end of June.",
            set(),
            id="another-state-since-a-month",
        ),
    ],
)
def test_a_year_after_since_and_its_month(b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", _SHELTER, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


_RAIL_LINK = "Lawmakers on Tuesday approved €2.4 billion to build a rail link between Esker and its airport."


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Lawmakers on Tuesday approved 3.1bn euros for the Esker airport rail link.",
            {"€2.4 billion", "3.1bn euros"},
            id="a-joined-scale-before-the-currency-s-word",
        ),
        pytest.param(
            "Lawmakers on Tuesday approved 3.1bn dollars for the Esker airport rail link.",
            set(),
            id="another-currency",
        ),
    ],
)
def test_an_amount_with_its_scale_joined_before_the_currency_word(b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", _RAIL_LINK, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "A document of 280 pages was published on Tuesday by the inquiry.",
            {"312", "280"},
            id="the-measured-thing-named-by-a-near-synonym",
        ),
        pytest.param(
            "An appendix of 280 pages was published on Tuesday by the inquiry.",
            set(),
            id="another-thing-of-pages",
        ),
    ],
)
def test_a_page_count_of_a_thing_named_in_other_words(b: str, values: set[str]) -> None:
    a = analysis("a", "The 312-page report was published on Tuesday.", "2025-05-14")
    conflicts = find_conflicts("s", [a, analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


_SENATE_VOTE = "The Senate passed the Esker rail bill 51-49 on Thursday."


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Senators approved the Esker rail bill late Friday night, 51-49.",
            {"Thursday", "Friday"},
            id="the-tally-set-off-by-a-comma",
        ),
        pytest.param("Senators approved the Esker rail bill late Friday night, 60-40.", set(), id="another-tally"),
        pytest.param("The House passed the Esker rail bill late Friday night, 51-49.", set(), id="another-chamber"),
    ],
)
def test_a_vote_s_tally_closing_its_clause_after_a_comma(b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", _SENATE_VOTE, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


_JOINED = "Agnes Corley, who joined the Millbrook night shelter in 2009, will retire at the end of June."


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            _JOINED,
            "Agnes Corley, who joined the Millbrook night shelter in 2013, will retire at the end of June.",
            {"2009", "2013"},
            id="joined-one-thing-in-two-years",
        ),
        pytest.param(
            _JOINED,
            "Agnes Corley, who joined the Millbrook food bank in 2013, will retire at the end of June.",
            set(),
            id="joined-another-thing",
        ),
        pytest.param(
            _JOINED,
            "Agnes Corley, who took over the Millbrook night shelter in 2013, will retire at the end of June.",
            set(),
            id="joined-then-took-over",
        ),
        pytest.param(
            "Agnes Corley, who took the helm at the Millbrook night shelter in 2009, retires in June.",
            "Agnes Corley, who took the reins at the Millbrook night shelter in 2013, retires in June.",
            {"2009", "2013"},
            id="took-the-reins",
        ),
    ],
)
def test_two_starts_of_one_tenure(a: str, b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", a, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        pytest.param(
            "Lawmakers approved a 3.1 billion dollar rail link.", [("3.1 billion dollar", "USD")], id="dollar"
        ),
        pytest.param("Lawmakers approved a 3.1 billion-euro rail link.", [("3.1 billion-euro", "EUR")], id="euro"),
        pytest.param("She paid with 2 euro coins.", [], id="a-singular-word-without-a-scale"),
        pytest.param("It weighs 2 pound at most.", [], id="never-pound"),
    ],
)
def test_a_singular_currency_word_after_a_scale(body: str, amounts: list[tuple[str, str]]) -> None:
    found = analysis("a", body, "2025-05-14").quantities
    assert [(q.text, q.unit) for q in found if q.kind == "money"] == amounts


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Lawmakers on Tuesday also approved a $3.1 billion widening of the Esker ring road.",
            set(),
            id="the-cost-of-another-act-named-by-its-ing-noun",
        ),
        pytest.param(
            "Lawmakers on Tuesday approved a $3.1 billion building of the Esker airport rail link.",
            {"$2.4 billion", "$3.1 billion"},
            id="the-cost-of-the-same-act-named-by-its-ing-noun",
        ),
    ],
)
def test_an_amount_s_act_named_by_a_noun_of_its_verb(b: str, values: set[str]) -> None:
    a = analysis(
        "a", "Lawmakers on Tuesday approved $2.4 billion to build a rail link to the Esker airport.", "2025-05-14"
    )
    conflicts = find_conflicts("s", [a, analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "Calder Bank will close 150 branches this year.",
            set(),
            id="another-bank-in-like-words",
        ),
        pytest.param(
            "The storm killed 40 people in Corran on Saturday.",
            "The storm killed 55 people in Dunmore on Saturday.",
            set(),
            id="another-town-s-toll",
        ),
        pytest.param(
            "Fenmore Bank will close 120 branches this year.",
            "The lender, Fenmore, will close 150 branches this year.",
            {"120", "150"},
            id="one-name-word-in-both",
        ),
        pytest.param(
            "The storm killed 40 people in Corran on Saturday.",
            "The storm killed 55 people across Corran and Dunmore on Saturday.",
            {"40", "55"},
            id="the-other-outlet-names-the-place-too",
        ),
        pytest.param(
            "The Brenmoor Health Trust will close 120 beds this year.",
            "Brenmoor Hospital will close 150 beds this year.",
            {"120", "150"},
            id="a-name-word-shared",
        ),
        pytest.param(
            "The Justice Department will hire 120 lawyers this year.",
            "The DOJ will hire 150 lawyers this year.",
            {"120", "150"},
            id="an-acronym-names-no-other-agent",
        ),
    ],
)
def test_figures_of_bodies_and_places_the_other_outlet_never_names(a: str, b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", a, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])


@pytest.mark.parametrize(
    ("b", "values"),
    [
        pytest.param(
            "Tarn council on Tuesday voted 7-2 to sell the Kesby library building once it has closed.",
            set(),
            id="a-later-step-the-first-act-in-a-clause-of-another-time",
        ),
        pytest.param(
            "Tarn council voted 7-2 on Tuesday to shut the Kesby library once the new one opens.",
            {"Monday", "Tuesday"},
            id="the-same-act-then-a-clause-of-another-time",
        ),
    ],
)
def test_a_clause_of_another_time_says_nothing_of_the_act(b: str, values: set[str]) -> None:
    conflicts = find_conflicts("s", [analysis("a", _LIBRARY_VOTE, "2025-05-14"), analysis("b", b, "2025-05-14")])
    assert [{v.value for v in c.values} for c in conflicts] == ([values] if values else [])
