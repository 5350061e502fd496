"""Conflicts end to end: invented three-outlet stories, each showing one kind of disagreement (or a look-alike).

Every story is written as three outlets would cover one event: their own
words, facts in a different order, figures the outlets agree on beside the
one they do not. Each goes through :func:`newsfuse.analyze` (reading, article
stages, grouping into one story, the story stages) and the report must carry
the disagreement once, citing the outlet that differs, or, for the
look-alikes, no conflict at all. Every town, person, outlet and sentence is
made up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsfuse import analyze
from newsfuse.model import Report


@dataclass(frozen=True)
class Outlet:
    name: str
    title: str
    body: str
    published: str = "2025-05-14T09:00:00"


def _report(tmp_path: Path, outlets: list[Outlet]) -> Report:
    path = tmp_path / "story.jsonl"
    rows = [
        {"title": o.title, "text": o.body, "outlet": o.name, "published": o.published, "url": f"https://{n}.example/a"}
        for n, o in enumerate(outlets)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = analyze([path])
    assert len(report.stories) == 1, "the three outlets must make one story"
    return report


def _values(report: Report) -> list[set[str]]:
    """Each conflict's values as written, one set per conflict."""
    return [{v.value for v in c.values} for c in report.conflicts]


def _outlets_of(report: Report) -> dict[str, str]:
    return {a.id: a.outlet or "" for a in report.articles}


# --- kinds that must be found --------------------------------------------------------------------

PAGE_COUNT = [
    Outlet(
        "Valley Ledger",
        "Inquiry finds failings at Corran water board",
        "An inquiry into the Corran water board has found years of failings in how it tested drinking water. "
        "The 312-page report, published on Tuesday, says inspectors missed lead in pipes at four schools. "
        "The board's chair, Ilsa Varga, apologised to parents and said testing would now be done every month. "
        "The inquiry heard from 86 witnesses over nine months.",
    ),
    Outlet(
        "Corran Evening Star",
        "Water board apologises after damning report",
        "The Corran water board apologised to parents after a report found lead in the pipes of four schools. "
        "Chair Ilsa Varga said monthly tests would begin at once. "
        "The 280-page report, released on Tuesday, followed nine months of hearings with 86 witnesses.",
    ),
    Outlet(
        "Northfield Post",
        "Corran water inquiry: what the report says",
        "The report on the Corran water board runs to 312 pages and was released on Tuesday. "
        "It found that inspectors missed lead in the pipes of four schools. "
        "Ilsa Varga, who chairs the board, said tests would now be carried out monthly.",
    ),
]

BILLIONS = [
    Outlet(
        "Harbour Times",
        "State approves $2.4 billion rail link to Esker airport",
        "State lawmakers on Tuesday approved $2.4 billion to build a rail link between Esker and its airport. "
        "The line will have six stations and is due to open in 2031. "
        "Transport secretary Odile Marsh said the link would take 9,000 cars off the road each day.",
    ),
    Outlet(
        "Esker Daily",
        "Airport rail link wins approval",
        "The Esker airport rail link won approval in the state legislature on Tuesday. "
        "The $3.1 billion project will build six stations along the line, which should open in 2031. "
        "Odile Marsh, the transport secretary, said it would take 9,000 cars a day off the roads.",
    ),
    Outlet(
        "Coastline News",
        "Lawmakers back Esker rail line",
        "Lawmakers approved the $2.4bn Esker airport rail link on Tuesday after a long debate. "
        "Transport secretary Odile Marsh said the six-station line would open in 2031.",
    ),
]

SINCE_YEAR = [
    Outlet(
        "Millbrook Courier",
        "Millbrook shelter director to retire",
        "Agnes Corley, who has run the Millbrook night shelter since 2009, will retire at the end of June. "
        "The shelter has 48 beds and serves hot meals to anyone who asks. "
        "Corley said she was proud that the shelter had never turned anyone away on a winter night.",
    ),
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "The director of the Millbrook night shelter, Agnes Corley, is retiring in June. "
        "Corley has led the shelter since 2013, and under her it grew to 48 beds. "
        "She said the shelter had never turned anyone away on a winter night.",
    ),
    Outlet(
        "Millbrook Post",
        "Shelter director Corley retires",
        "Agnes Corley is stepping down as director of the Millbrook night shelter, which she has run since 2009. "
        "The 48-bed shelter will name her successor next month.",
    ),
]

VOTE_WEEKDAY = [
    Outlet(
        "Tarn Valley News",
        "Tarn council votes to close Kesby library",
        "Tarn council voted 7-2 on Monday to close the Kesby library at the end of the year. "
        "Councillors said the building needed repairs the council could not afford. "
        "About 200 residents had signed a petition to keep the library open.",
    ),
    Outlet(
        "Kesby Echo",
        "Kesby library to close after council vote",
        "The Kesby library will close at the end of the year after Tarn council voted on Tuesday to shut it. "
        "The motion passed 7-2. Residents had gathered about 200 signatures on a petition against the closure.",
    ),
    Outlet(
        "Fellside Gazette",
        "Library closure approved",
        "Tarn council on Monday approved the closure of the Kesby library by seven votes to two. "
        "Councillors cited the cost of repairs to the building.",
    ),
]

SIMILAR_NAMES = [
    Outlet(
        "Brackwater Herald",
        "Brackwater deputies to wear body cameras",
        "Every deputy in Brackwater county will wear a body camera by the autumn, Sheriff Dale Rourke said. "
        "The cameras will cost the county $640,000 over three years. "
        "Rourke said footage would be kept for ninety days unless it was needed as evidence.",
    ),
    Outlet(
        "Lowmoor Times",
        "Body cameras for Brackwater deputies",
        "Sheriff Dave Rourke announced that all Brackwater county deputies will wear body cameras from the autumn. "
        "The cameras will cost $640,000 over three years, and footage will be kept for ninety days.",
    ),
    Outlet(
        "County Record",
        "County buys body cameras",
        "Brackwater county is spending $640,000 on body cameras for its deputies. "
        "Sheriff Dale Rourke said every deputy would wear one by the autumn.",
    ),
]


def _rewritten(outlets: list[Outlet], n: int, body: str) -> list[Outlet]:
    """The story with outlet ``n`` telling it in other words."""
    return [Outlet(o.name, o.title, body, o.published) if k == n else o for k, o in enumerate(outlets)]


# "Tuesday's vote": a day in the possessive dates the noun after it, as "voted on Tuesday" does.
VOTE_WEEKDAY_POSSESSIVE = _rewritten(
    VOTE_WEEKDAY,
    1,
    "The Kesby library will close at the end of the year after Tuesday's vote by Tarn council to shut it. "
    "The motion passed 7-2. Residents had gathered about 200 signatures on a petition against the closure.",
)

# The office after the name, its qualifier in lower case: "Dave Rourke, the Brackwater county sheriff,".
SIMILAR_NAMES_APPOSITION = _rewritten(
    SIMILAR_NAMES,
    1,
    "Dave Rourke, the Brackwater county sheriff, announced that all deputies will wear body cameras from the "
    "autumn. The cameras will cost $640,000 over three years, and footage will be kept for ninety days.",
)

# "She has headed the shelter since 2013": the pronoun stands for the one person the sentence before names.
_SHELTER_DIRECTOR = "The director of the Millbrook night shelter, Agnes Corley, is retiring in June. "
SINCE_YEAR_PRONOUN = _rewritten(
    SINCE_YEAR,
    1,
    _SHELTER_DIRECTOR + "She has headed the shelter since 2013, and under her it grew to 48 beds.",
)

# "passed 7-2 on Tuesday" / "voted 7-2 on Monday": other verbs, one tally of votes, so one vote.
_PETITION = "Residents had gathered about 200 signatures on a petition against the closure."
VOTE_WEEKDAY_ONE_TALLY = _rewritten(
    VOTE_WEEKDAY,
    1,
    "A motion to close the Kesby library at the end of the year passed 7-2 on Tuesday at Tarn council. " + _PETITION,
)

# "Councillors voted 7-2 on Tuesday" names the council by its members: the same body, one vote.
VOTE_WEEKDAY_BY_MEMBERS = _rewritten(
    VOTE_WEEKDAY, 1, "Councillors voted 7-2 on Tuesday to close the Kesby library at the end of the year. " + _PETITION
)

FOUND = [
    pytest.param(VOTE_WEEKDAY_BY_MEMBERS, {"Monday", "Tuesday"}, "Kesby Echo", id="vote-weekday-by-members"),
    pytest.param(PAGE_COUNT, {"312", "280"}, "Corran Evening Star", id="page-count"),
    pytest.param(VOTE_WEEKDAY_ONE_TALLY, {"Monday", "Tuesday"}, "Kesby Echo", id="vote-weekday-one-tally"),
    pytest.param(SINCE_YEAR_PRONOUN, {"2009", "2013"}, "Riverside Weekly", id="since-year-after-a-pronoun"),
    pytest.param(VOTE_WEEKDAY_POSSESSIVE, {"Monday", "Tuesday"}, "Kesby Echo", id="vote-weekday-possessive"),
    pytest.param(
        SIMILAR_NAMES_APPOSITION, {"Dale Rourke", "Dave Rourke"}, "Lowmoor Times", id="similar-names-apposition"
    ),
    pytest.param(BILLIONS, {"$2.4 billion", "$3.1 billion"}, "Esker Daily", id="billions"),
    pytest.param(SINCE_YEAR, {"2009", "2013"}, "Riverside Weekly", id="since-year"),
    pytest.param(VOTE_WEEKDAY, {"Monday", "Tuesday"}, "Kesby Echo", id="vote-weekday"),
    pytest.param(SIMILAR_NAMES, {"Dale Rourke", "Dave Rourke"}, "Lowmoor Times", id="similar-names-one-role"),
]


@pytest.mark.parametrize(("outlets", "values", "differs"), FOUND)
def test_a_disagreement_of_one_outlet_is_reported_once(
    tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str
) -> None:
    _reported_once(tmp_path, outlets, values, differs)


def _reported_once(tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str) -> Report:
    """The story's report, which carries the conflict of ``values`` once, citing ``differs``, and no other."""
    report = _report(tmp_path, outlets)
    found = [c for c in report.conflicts if {v.value for v in c.values} & values == values]
    assert _values(report) == [v for v in _values(report) if v & values == values], "no other conflict"
    (conflict,) = found
    names = _outlets_of(report)
    cited = {names[v.article] for v in conflict.values}
    assert differs in cited
    assert len(cited) >= 2
    assert conflict.about and conflict.reason
    return report


# --- look-alikes that must not be reported -------------------------------------------------------

ROUNDING = [
    Outlet(
        "Fenwick Mercury",
        "Fenwick pool to reopen after $4.2 million refit",
        "Fenwick's public pool will reopen in July after a refit costing $4.2 million. "
        "The work replaced the roof and added a 25-metre learning pool. "
        "About 1,500 swimmers used the pool each week before it closed.",
    ),
    Outlet(
        "Fenwick Observer",
        "Pool refit finished at last",
        "The refit of the Fenwick pool cost $4,187,000, the town's accounts show, and the pool reopens in July. "
        "Before it closed, 1,480 swimmers a week used it.",
    ),
    Outlet(
        "Weald Standard",
        "Fenwick pool reopening in July",
        "The Fenwick pool reopens in July after a refit of about $4 million that replaced its roof. "
        "Nearly 1,500 swimmers a week used the pool before the work began.",
    ),
]

UNRELATED_NUMBERS = [
    Outlet(
        "Calder Bay Times",
        "Calder Bay raises tourist tax",
        "Calder Bay will raise its tourist tax to 6% from next spring, the council's finance chief, Rhea Lund, said. "
        "The combined rate, with the regional levy, will be 9%. "
        "The town drew 320,000 visitors last year and has 41 hotels. "
        "Lund, the council's second-ranking officer, said the money would pay for beach cleaning.",
    ),
    Outlet(
        "Bay Chronicle",
        "Visitors to pay more in Calder Bay",
        "Visitors to Calder Bay will pay a 6% tourist tax from next spring. "
        "With the regional levy, the combined rate reaches 9%. "
        "Rhea Lund, who runs the council's finances, said 41 hotels would collect the tax. "
        "The council's fourth-ranking officer, Tomas Brenn, said the beaches needed 30 more cleaners.",
    ),
    Outlet(
        "Coast Weekly",
        "Tourist tax rise agreed",
        "Calder Bay's tourist tax rises to 6% next spring. "
        "The town has had a tourist tax since 2012; last year 320,000 visitors stayed there.",
    ),
]

STATEMENT_DAYS = [
    Outlet(
        "Orrin Gazette",
        "Mayor defends Orrin stadium plan",
        "Orrin's mayor, Lionel Petrakis, said on Monday that the new stadium would bring 1,200 jobs to the town. "
        "The plan goes before the council next month.",
    ),
    Outlet(
        "Orrin Herald",
        "Petrakis doubles down on stadium",
        "Mayor Lionel Petrakis said on Tuesday the stadium would bring 1,200 jobs to Orrin, "
        "answering critics who called the figure a guess. The council will vote on the plan next month.",
    ),
    Outlet(
        "Valley Wire",
        "Orrin stadium vote next month",
        "The Orrin council will vote next month on a new stadium that Mayor Lionel Petrakis says would create "
        "1,200 jobs.",
    ),
]

# A day in the possessive that dates another event ("Saturday's protest") beside the vote's own day.
POSSESSIVE_DAY_OF_ANOTHER_EVENT = _rewritten(
    VOTE_WEEKDAY,
    1,
    "The Kesby library will close at the end of the year after Tarn council voted 7-2 on Monday to shut it, two "
    "days after Saturday's protest by about 200 residents at the library.",
)

# Since when she has lived in the town, and since when her deputy has run the kitchen: other states of things.
SINCE_YEAR_OF_ANOTHER_STATE = _rewritten(
    SINCE_YEAR, 1, _SHELTER_DIRECTOR + "She has lived in Millbrook since 1990. Under her the shelter grew to 48 beds."
)
SINCE_YEAR_OF_ANOTHER_PERSON = _rewritten(
    SINCE_YEAR,
    1,
    _SHELTER_DIRECTOR + "Her deputy, Tom Reyes, will take over. He has headed the shelter's kitchen since 2013.",
)
SINCE_YEAR_OF_AN_UNNAMED_PERSON = _rewritten(
    SINCE_YEAR,
    1,
    _SHELTER_DIRECTOR + "The shelter's cook is a favourite of the guests. She has run the kitchen since 2013.",
)

# One shared word is not one state: since when she has lived at the shelter is not since when she has run it.
SINCE_YEAR_OF_ANOTHER_VERB = _rewritten(
    SINCE_YEAR, 1, _SHELTER_DIRECTOR + "She has lived at the shelter since 2013, and under her it grew to 48 beds."
)

# One tally, two bodies: the library's board voting 7-2 on Tuesday is not the council's 7-2 vote on Monday.
VOTE_WEEKDAY_ONE_TALLY_OTHER_BODY = _rewritten(
    VOTE_WEEKDAY,
    1,
    "A motion to hand the Kesby library's books to the county archive passed 7-2 on Tuesday at the library's "
    "board of trustees, a day after the council's vote to close the library. " + _PETITION,
)

# Other verbs and no tally: "passed on Tuesday" may be another step than "voted 7-2 on Monday".
VOTE_WEEKDAY_NO_TALLY = _rewritten(
    VOTE_WEEKDAY,
    1,
    "A motion to close the Kesby library at the end of the year passed on Tuesday at Tarn council. " + _PETITION,
)


def test_a_possessive_day_in_a_sentence_about_what_is_ahead_is_read_as_the_nearer_day(tmp_path: Path) -> None:
    # "will close … after Tuesday's vote", written on Wednesday 14 May: the vote is Tuesday 13 May, not the 20th
    (conflict,) = _report(tmp_path, VOTE_WEEKDAY_POSSESSIVE).conflicts
    assert "Tuesday 13 May 2025" in conflict.reason


NOT_FOUND = [
    pytest.param(ROUNDING, id="rounding"),
    pytest.param(VOTE_WEEKDAY_NO_TALLY, id="other-verbs-without-a-tally"),
    pytest.param(SINCE_YEAR_OF_ANOTHER_STATE, id="since-year-of-another-state"),
    pytest.param(SINCE_YEAR_OF_ANOTHER_PERSON, id="since-year-of-another-person"),
    pytest.param(SINCE_YEAR_OF_AN_UNNAMED_PERSON, id="since-year-of-a-person-the-sentence-before-does-not-name"),
    pytest.param(SINCE_YEAR_OF_ANOTHER_VERB, id="since-year-of-another-verb"),
    pytest.param(VOTE_WEEKDAY_ONE_TALLY_OTHER_BODY, id="one-tally-of-another-body"),
    pytest.param(POSSESSIVE_DAY_OF_ANOTHER_EVENT, id="possessive-day-of-another-event"),
    pytest.param(UNRELATED_NUMBERS, id="unrelated-numbers"),
    pytest.param(STATEMENT_DAYS, id="days-of-two-statements"),
]


@pytest.mark.parametrize("outlets", NOT_FOUND)
def test_look_alikes_of_a_disagreement_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


def _none_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    report = _report(tmp_path, outlets)
    assert report.articles and report.claims, "the story was analysed"
    assert _values(report) == []


# --- further kinds a fact-checker expects ----------------------------------------------------------

AGE = [
    Outlet(
        "Dunmore Herald",
        "Teacher wins national award",
        "Hannah Pike, 34, a science teacher at Dunmore High School, has won the national teaching prize. "
        "Pike started a robotics club that now has 60 members. "
        "The prize comes with $25,000 for her school.",
    ),
    Outlet(
        "Westfield Courier",
        "Dunmore science teacher named teacher of the year",
        "A Dunmore science teacher, Hannah Pike, has been named the country's teacher of the year. "
        "Pike, 37, founded the school's robotics club, which has 60 members, and the award brings $25,000.",
    ),
    Outlet(
        "Lakes Gazette",
        "Award for Dunmore teacher",
        "Dunmore High School's Hannah Pike, 34, won the national teaching prize on Tuesday for her robotics club.",
    ),
]

DURATION = [
    Outlet(
        "Penhallow News",
        "Penhallow pier reopens after repairs",
        "Penhallow's pier reopened on Saturday after three years of repairs costing $8.6 million. "
        "The pier had been closed since a storm tore away its end in the winter. "
        "Hundreds of people walked its length on the first day.",
    ),
    Outlet(
        "Cornish Coast Times",
        "Pier open again",
        "The Penhallow pier is open again after four years of repairs. "
        "The work cost $8.6 million, and hundreds of people came to walk it on Saturday.",
    ),
    Outlet(
        "South Shore Post",
        "Crowds return to Penhallow pier",
        "Crowds returned to Penhallow pier on Saturday as it reopened after three years of repairs.",
    ),
]

TIME_OF_DAY = [
    Outlet(
        "Arden Evening News",
        "Gas leak forces evacuation of Arden school",
        "About 400 pupils were evacuated from Arden Grammar School at 10.30am on Tuesday after a gas leak. "
        "Firefighters sealed the leak and the pupils returned after two hours.",
    ),
    Outlet(
        "Arden Observer",
        "Pupils evacuated in gas scare",
        "Pupils at Arden Grammar School were evacuated at 1.15pm on Tuesday when staff smelled gas. "
        "About 400 children waited on the playing fields until firefighters had sealed the leak.",
    ),
    Outlet(
        "Midlands Wire",
        "School evacuated after gas leak",
        "Arden Grammar School was evacuated at 10:30 a.m. on Tuesday after a gas leak, and 400 pupils waited outside.",
    ),
]

ORDINAL = [
    Outlet(
        "Kell Valley Times",
        "River Kell floods the town centre again",
        "The River Kell burst its banks on Monday, flooding the centre of Ashby for the third time in ten years. "
        "About 60 homes and shops were flooded.",
    ),
    Outlet(
        "Ashby Mercury",
        "Ashby flooded once more",
        "Ashby's town centre flooded on Monday for the fifth time in ten years when the River Kell rose. "
        "Some 60 homes and businesses were under water.",
    ),
    Outlet(
        "Northern Dispatch",
        "Floods hit Ashby",
        "Floodwater from the River Kell reached about 60 homes and shops in Ashby on Monday, "
        "the third time the town centre has flooded in ten years.",
    ),
]

# A place is compared only where the two sentences give the event the same day (or share a figure): a campaign's
# rallies in two cities are two events.
PLACE = [
    Outlet(
        "Hollin Record",
        "Minister to open Hollin bridge",
        "The new footbridge over the Hollin canal was opened on Friday by the transport minister, Ruth Amadi, "
        "at a ceremony in Exeter. The bridge cost $2.1 million.",
    ),
    Outlet(
        "Canal Times",
        "Footbridge opened",
        "Transport minister Ruth Amadi opened the new Hollin canal footbridge at a ceremony in Bristol on Friday. "
        "It cost $2.1 million to build.",
    ),
    Outlet(
        "Waterways Weekly",
        "Hollin footbridge open",
        "Ruth Amadi, the transport minister, opened the $2.1 million Hollin canal footbridge at a ceremony in Exeter "
        "on Friday.",
    ),
]

TWO_AGES = [
    Outlet(
        "Dunmore Herald",
        "Couple rescued from flooded car",
        "Tom Pike, 36, and his wife, Ann Pike, 34, were rescued from their car on the flooded Esk road on Sunday. "
        "Firefighters reached the car at 4.10pm, twenty minutes after the call. "
        "It was the second time this year that crews had pulled drivers from the Esk road.",
    ),
    Outlet(
        "Westfield Courier",
        "Firefighters pull couple from floodwater",
        "Firefighters pulled a couple from their car on the flooded Esk road on Sunday afternoon. "
        "Ann Pike, 34, said the water rose to the windows in minutes; her husband, Tom Pike, 36, kept the door shut. "
        "The crew arrived at about 4pm and the couple were taken to hospital at 5.30pm. "
        "It was the first time Ann Pike had driven the road since moving to the area.",
    ),
    Outlet(
        "Lakes Gazette",
        "Esk road couple rescued",
        "A couple were rescued from the flooded Esk road on Sunday. Tom Pike, 36, said the car stalled in the water. "
        "They were taken to hospital at 5.30pm and released later that evening.",
    ),
]


FURTHER_FOUND = [
    pytest.param(AGE, {"34", "37"}, "Westfield Courier", id="age"),
    pytest.param(DURATION, {"three", "four"}, "Cornish Coast Times", id="duration"),
    pytest.param(TIME_OF_DAY, {"10.30am", "1.15pm"}, "Arden Observer", id="time-of-day"),
    pytest.param(ORDINAL, {"third", "fifth"}, "Ashby Mercury", id="ordinal-count"),
    pytest.param(PLACE, {"Exeter", "Bristol"}, "Canal Times", id="place-of-one-event"),
]


@pytest.mark.parametrize(("outlets", "values", "differs"), FURTHER_FOUND)
def test_further_kinds_of_disagreement_are_reported_once(
    tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str
) -> None:
    _reported_once(tmp_path, outlets, values, differs)


@pytest.mark.parametrize("outlets", [pytest.param(TWO_AGES, id="two-people-ages-times-of-two-events-two-first-times")])
def test_further_look_alikes_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


# --- the day of one event against a range of days ------------------------------------------------
# The claims stage pairs the sentences; each dates the event once, with the same event word: a day outside the
# other's range (or two ranges that cannot meet) is a disagreement on when it happened. The words right before the
# two dates differ ("the last time on Saturday" / "closed earlier this week"), so only the claims pair them. All
# three outlets publish on Wednesday 14 May 2025 unless said otherwise: "earlier this week" is Monday 12 to Tuesday
# 13 May.

DAY_AGAINST_RANGE = [
    Outlet(
        "Fenwick Gazette",
        "Fenwick's oldest bakery shuts",
        "Harlow's Bakery on Fenwick high street closed earlier this week after 71 years of trading. "
        "Its owners, Mina and Joel Harlow, said rising flour and energy bills had made the shop impossible to keep "
        "open. Regulars have left flowers and cards on the doorstep.",
    ),
    Outlet(
        "Tarn Valley News",
        "Bakery closes after 71 years",
        "Harlow's Bakery closed its doors for the last time on Saturday after 71 years on Fenwick high street. "
        "Mina and Joel Harlow, who ran it, blamed the cost of flour and energy. "
        "Customers have left flowers at the door.",
    ),
    Outlet(
        "Fenwick Echo",
        "End of an era for Harlow's",
        "Harlow's Bakery, a fixture of Fenwick high street for 71 years, has closed for good. "
        "The Harlows said the bills for flour and energy had become too high to bear.",
    ),
]

RANGE_AGAINST_RANGE = [
    Outlet(
        "Kesby Echo",
        "Kesby lido reopens after refit",
        "Kesby's open-air lido reopened last month after a two-year refurbishment costing $3.2 million. "
        "The 50-metre pool now has solar heating and a new children's splash area.",
    ),
    Outlet(
        "Moorside Post",
        "Swimmers return to Kesby lido",
        "Kesby's open-air lido, shut for a two-year refurbishment costing $3.2 million, reopened its gates to the "
        "public earlier this week. "
        "Solar panels now heat the 50-metre pool, and a splash area for children has been added.",
    ),
    Outlet(
        "Dale Weekly",
        "Lido back in business",
        "The Kesby lido, refurbished over two years for $3.2 million, is open again with solar heating.",
    ),
]

EVENT_DAYS_FOUND = [
    pytest.param(DAY_AGAINST_RANGE, {"earlier this week", "Saturday"}, "Tarn Valley News", id="day-against-range"),
    pytest.param(RANGE_AGAINST_RANGE, {"last month", "earlier this week"}, "Kesby Echo", id="two-disjoint-ranges"),
]


@pytest.mark.parametrize(("outlets", "values", "differs"), EVENT_DAYS_FOUND)
def test_a_day_outside_another_outlet_s_range_is_reported_once(
    tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str
) -> None:
    _day_outside_range_once(tmp_path, outlets, values, differs)


def _day_outside_range_once(tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str) -> None:
    (conflict,) = _reported_once(tmp_path, outlets, values, differs).conflicts
    assert conflict.kind == "date" and "same event" in conflict.reason


# A range that only partly overlaps the other ("earlier this month" written on Monday 12 May: 1 to 11 May; "this
# past week" written on Friday 16 May: 5 to 15 May) may hold the same day.
PARTLY_OVERLAPPING = [
    Outlet(
        "Ashby Mercury",
        "Ashby library reopens",
        "Ashby's library reopened earlier this month after a flood closed it for a year. "
        "The council spent $1.4 million on new floors, shelving and wiring.",
        published="2025-05-12T08:00:00",
    ),
    Outlet(
        "Kell Valley Times",
        "Library open again in Ashby",
        "Ashby's library reopened this past week after a flood closed it for a year. "
        "New floors, shelving and wiring cost the council $1.4 million.",
        published="2025-05-16T08:00:00",
    ),
    Outlet(
        "Northern Dispatch",
        "Ashby library back",
        "The Ashby library, shut for a year after a flood, is open again after $1.4 million of repairs.",
        published="2025-05-16T10:00:00",
    ),
]

# Two events of one place in sentences the claims may pair: closing and reopening are not one event.
TWO_EVENTS = [
    Outlet(
        "Brackwater Herald",
        "Brackwater museum wing to reopen",
        "The Brackwater museum's east wing closed for repairs last month after water leaked into its galleries. "
        "The museum's director, Odile Marsh, said the roof would cost $900,000 to fix.",
    ),
    Outlet(
        "Lowmoor Times",
        "Museum's east wing open again",
        "The Brackwater museum's east wing reopened earlier this week after repairs to galleries hit by a leak. "
        "Director Odile Marsh said fixing the roof cost $900,000.",
    ),
    Outlet(
        "County Record",
        "East wing repairs finished",
        "Repairs to the Brackwater museum's east wing, where water leaked into the galleries, cost $900,000.",
    ),
]

# A sentence that dates two events: which of its dates is the other outlet's event's is a guess.
TWO_DATES_IN_A_SENTENCE = [
    Outlet(
        "Orrin Gazette",
        "Orrin ferry back in service",
        "The Orrin ferry returned to service on Tuesday, days after engine trouble took it out of service last "
        "weekend. The crossing carries about 900 passengers a day.",
    ),
    Outlet(
        "Orrin Herald",
        "Ferry returns after engine repairs",
        "The Orrin ferry returned to service on Tuesday after engine repairs. "
        "About 900 passengers a day use the crossing.",
    ),
    Outlet(
        "Valley Wire",
        "Orrin crossing reopens",
        "Engine repairs kept the Orrin ferry out of service for several days; it carries about 900 passengers daily.",
    ),
]

EVENT_DAYS_NOT_FOUND = [
    pytest.param(PARTLY_OVERLAPPING, id="ranges-partly-overlapping"),
    pytest.param(TWO_EVENTS, id="two-events-different-verbs"),
    pytest.param(TWO_DATES_IN_A_SENTENCE, id="two-dates-in-one-sentence"),
]


@pytest.mark.parametrize("outlets", EVENT_DAYS_NOT_FOUND)
def test_look_alikes_of_a_day_against_a_range_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


# --- approximate amounts --------------------------------------------------------------------------
# "nearly 500" is below 500 and "some 300" within AROUND_SHARE of 300: a figure beyond either cannot also hold; one
# within them can.

APPROXIMATE = [
    Outlet(
        "Ashby Mercury",
        "Record field for Ashby half marathon",
        "Nearly 500 runners finished the Ashby half marathon on Sunday, a record for the race. "
        "The winner, Petra Lind, crossed the line in 71 minutes. Some 300 volunteers staffed the course.",
    ),
    Outlet(
        "Kell Valley Times",
        "Lind wins Ashby half marathon",
        "Petra Lind won the Ashby half marathon on Sunday in 71 minutes, leading home 540 runners who finished the "
        "race. About 300 volunteers marshalled the route.",
    ),
    Outlet(
        "Northern Dispatch",
        "Ashby race draws record field",
        "A record field of nearly 500 runners finished Sunday's Ashby half marathon, won by Petra Lind. "
        "Some 300 volunteers helped on the day.",
    ),
]

APPROXIMATE_AGREEING = [
    Outlet(
        "Ashby Mercury",
        "Record field for Ashby half marathon",
        "Nearly 500 runners finished the Ashby half marathon on Sunday, a record for the race. "
        "The winner, Petra Lind, crossed the line in 71 minutes. Some 300 volunteers staffed the course.",
    ),
    Outlet(
        "Kell Valley Times",
        "Lind wins Ashby half marathon",
        "Petra Lind won the Ashby half marathon on Sunday in 71 minutes, leading home 480 runners who finished the "
        "race. About 320 volunteers marshalled the route.",
    ),
    Outlet(
        "Northern Dispatch",
        "Ashby race draws record field",
        "A record field of just under 500 runners finished Sunday's Ashby half marathon, won by Petra Lind. "
        "Some 280 volunteers helped on the day.",
    ),
]


def test_a_figure_beyond_another_outlet_s_approximation_is_reported_once(tmp_path: Path) -> None:
    _reported_once(tmp_path, APPROXIMATE, {"540"}, "Kell Valley Times")


def test_figures_within_each_other_s_approximation_are_not_reported(tmp_path: Path) -> None:
    _none_reported(tmp_path, APPROXIMATE_AGREEING)


def test_an_undated_outlet_s_range_is_resolved_against_the_story_s_dates_and_marked_inferred(tmp_path: Path) -> None:
    """The first outlet gives no date: its "earlier this week" is read on every day the story's dated articles
    span (here one: Wednesday 14 May), and the value says it was inferred."""
    undated = [Outlet(o.name, o.title, o.body, published="" if n == 0 else o.published)
               for n, o in enumerate(DAY_AGAINST_RANGE)]  # fmt: skip
    report = _report(tmp_path, undated)
    (conflict,) = report.conflicts
    inferred = {v.value: v.inferred for v in conflict.values}
    assert inferred == {"earlier this week": True, "Saturday": False}
    assert "resolved against the story's dates" in conflict.reason


# --- a weekday of an undated outlet -------------------------------------------------------------------
# An outlet without a date writes "voted on Tuesday": read on every day the story's dated articles span (here one,
# Wednesday 14 May 2025), in the sentence's tense, it is Tuesday 13 May, and meets the dated outlets' Monday 12 May.


def _undated(outlets: list[Outlet], which: str) -> list[Outlet]:
    return [Outlet(o.name, o.title, o.body, published="" if o.name == which else o.published) for o in outlets]


def test_an_undated_outlet_s_weekday_is_resolved_against_the_story_s_dates_and_marked_inferred(
    tmp_path: Path,
) -> None:
    report = _report(tmp_path, _undated(VOTE_WEEKDAY, "Kesby Echo"))
    (conflict,) = report.conflicts
    names = _outlets_of(report)
    inferred = {(names[v.article], v.value): v.inferred for v in conflict.values}
    assert inferred[("Kesby Echo", "Tuesday")] is True
    assert {value for _, value in inferred} == {"Monday", "Tuesday"}
    assert not any(flag for (name, _), flag in inferred.items() if name != "Kesby Echo")
    assert "(inferred: resolved against the story's dates" in conflict.reason


AGREEING_WEEKDAY = [
    Outlet(o.name, o.title, o.body.replace("voted on Tuesday", "voted on Monday"), o.published) for o in VOTE_WEEKDAY
]

UNDATED_WEEKDAY_NOT_FOUND = [
    pytest.param(_undated(AGREEING_WEEKDAY, "Kesby Echo"), id="undated-weekday-agreeing"),
    pytest.param(_undated(STATEMENT_DAYS, "Orrin Herald"), id="undated-statement-day"),
]


@pytest.mark.parametrize("outlets", UNDATED_WEEKDAY_NOT_FOUND)
def test_look_alikes_of_an_undated_weekday_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


# --- the event word of an irregular verb --------------------------------------------------------------
# "met" is a past-tense verb though it has no "-ed" (lexicon.IRREGULAR_PAST): it is the event word of each
# sentence below, wherever it stands, so "met ... earlier this week" and "met ... on Saturday" date one meeting.

IRREGULAR_VERB_FOUND = [
    Outlet(
        "Harbour Times",
        "Fishing ministers settle quota row",
        "Fishing ministers Ana Vell and Orrin Tal met privately in Corran earlier this week and agreed new cod "
        "quotas for the northern grounds. Trawler crews had protested for a month.",
    ),
    Outlet(
        "Esker Daily",
        "Cod quota deal struck in Corran",
        "Ana Vell and Orrin Tal, the two fishing ministers, met in Corran on Saturday and agreed new cod quotas for "
        "the northern grounds. The deal ends a month of protests by trawler crews.",
    ),
    Outlet(
        "Coastline News",
        "New cod quotas agreed",
        "New cod quotas for the northern grounds have been agreed by fishing ministers Ana Vell and Orrin Tal, "
        "ending a month of protests by trawler crews.",
    ),
]

# Two events of one person: flying home and meeting are not one event, whatever the claims pair.
IRREGULAR_VERBS_DIFFERING = [
    Outlet(
        "Harbour Times",
        "Fishing ministers settle quota row",
        "Fishing minister Ana Vell flew home from Corran earlier this week with a deal on new cod quotas for the "
        "northern grounds. Trawler crews had protested for a month.",
    ),
    Outlet(
        "Esker Daily",
        "Cod quota deal struck in Corran",
        "Fishing minister Ana Vell met Orrin Tal in Corran on Saturday and agreed new cod quotas for the northern "
        "grounds. The deal ends a month of protests by trawler crews.",
    ),
    Outlet(
        "Coastline News",
        "New cod quotas agreed",
        "New cod quotas for the northern grounds have been agreed by fishing ministers Ana Vell and Orrin Tal, "
        "ending a month of protests by trawler crews.",
    ),
]


def test_an_irregular_verb_is_the_event_word_of_a_day_against_a_range(tmp_path: Path) -> None:
    _day_outside_range_once(tmp_path, IRREGULAR_VERB_FOUND, {"earlier this week", "Saturday"}, "Esker Daily")


def test_two_irregular_verbs_of_two_events_are_not_one_event(tmp_path: Path) -> None:
    _none_reported(tmp_path, IRREGULAR_VERBS_DIFFERING)


# --- a start year given two ways ----------------------------------------------------------------------
# "director since 2009" and "took over as director in 2013" give the start of one person's time in one role.

START_YEAR = [
    Outlet(
        "Millbrook Courier",
        "Millbrook shelter director to retire",
        "Agnes Corley, who has been director of the Millbrook night shelter since 2009, will retire in June. "
        "The shelter has 48 beds and serves hot meals to anyone who asks.",
    ),
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "Agnes Corley took over as director of the Millbrook night shelter in 2013 and is retiring in June. "
        "Under her the shelter grew to 48 beds.",
    ),
    Outlet(
        "Millbrook Post",
        "Shelter director Corley retires",
        "Agnes Corley is stepping down as director of the Millbrook night shelter. "
        "The 48-bed shelter will name her successor next month.",
    ),
]

# One career, two steps: she joined as a volunteer in 2005 and has been director since 2009.
START_YEAR_OTHER_ROLE = [
    START_YEAR[0],
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "Agnes Corley joined the Millbrook night shelter as a volunteer in 2005 and is retiring in June. "
        "Under her the shelter grew to 48 beds.",
    ),
    START_YEAR[2],
]

# Two people: her deputy became director of another shelter in 2013.
START_YEAR_OTHER_PERSON = [
    START_YEAR[0],
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "Agnes Corley is retiring in June; her former deputy, Tom Reyes, became director of the Millbrook night "
        "shelter's sister hostel in 2013. Under Corley the shelter grew to 48 beds.",
    ),
    START_YEAR[2],
]


# The start year opening its sentence: "In 2013, she took over as director".
START_YEAR_FIRST = [
    START_YEAR[0],
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "In 2013, Agnes Corley took over as director of the Millbrook night shelter; she is retiring in June. "
        "Under her the shelter grew to 48 beds.",
    ),
    START_YEAR[2],
]

# A year opening its sentence with a thing, not a person, that "became" something: no tenure.
YEAR_FIRST_OF_A_THING = [
    START_YEAR[0],
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "In 2013, the Millbrook night shelter became a charity. Its director, Agnes Corley, is retiring in June. "
        "Under her the shelter grew to 48 beds.",
    ),
    START_YEAR[2],
]


@pytest.mark.parametrize(
    "outlets",
    [pytest.param(START_YEAR, id="verb-then-year"), pytest.param(START_YEAR_FIRST, id="year-opening-the-sentence")],
)
def test_a_start_year_given_by_since_and_by_a_verb_is_reported_once(tmp_path: Path, outlets: list[Outlet]) -> None:
    _reported_once(tmp_path, outlets, {"2009", "2013"}, "Riverside Weekly")


@pytest.mark.parametrize(
    "outlets",
    [
        pytest.param(START_YEAR_OTHER_ROLE, id="another-role-of-one-person"),
        pytest.param(START_YEAR_OTHER_PERSON, id="another-person"),
        pytest.param(YEAR_FIRST_OF_A_THING, id="a-year-opening-a-sentence-about-a-thing"),
    ],
)
def test_start_years_of_two_roles_or_two_people_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


# --- how two named people are related ------------------------------------------------------------------
# One outlet calls the rescuer the farmer's grandson, the other two his nephew: a relation of one named person to
# another is one fact. The look-alikes: another relative named in another outlet (two people, two relations), and
# nouns of one relation told with more or less detail ("great-nephew" / "nephew").

KINSHIP = [
    Outlet(
        "Wenlow Gazette",
        "Farmer pulled from flooded river",
        "A farmer was pulled from the flooded River Wenn on Sunday after his tractor slid off a ford near Carrow. "
        "Owen Tegg, 71, was rescued by his nephew, Rhys Tegg, who waded in with a rope. "
        "Paramedics treated Owen Tegg for cold at the scene.",
    ),
    Outlet(
        "Carrow Courier",
        "Rope rescue at Carrow ford",
        "Rhys Tegg, Owen Tegg's grandson, waded into the River Wenn with a rope on Sunday after the farmer's tractor "
        "slid off the ford near Carrow. Paramedics treated the 71-year-old for cold.",
    ),
    Outlet(
        "Wenn Valley News",
        "Tractor slides into river",
        "A tractor slid off the Carrow ford into the River Wenn on Sunday. "
        "Owen Tegg's nephew, Rhys Tegg, waded in with a rope and pulled the 71-year-old farmer out. "
        "Paramedics treated him for cold.",
    ),
]

KINSHIP_OTHER_RELATIVE = [
    KINSHIP[0],
    Outlet(
        "Carrow Courier",
        "Rope rescue at Carrow ford",
        "Owen Tegg's grandson, Cai Tegg, called the coastguard after the farmer's tractor slid off the ford near "
        "Carrow on Sunday. Paramedics treated the 71-year-old for cold.",
    ),
    KINSHIP[2],
]

KINSHIP_MORE_DETAIL = [
    KINSHIP[0],
    Outlet(
        "Carrow Courier",
        "Rope rescue at Carrow ford",
        "Rhys Tegg, Owen Tegg's great-nephew, waded into the River Wenn with a rope on Sunday after the farmer's "
        "tractor slid off the ford near Carrow. Paramedics treated the 71-year-old for cold.",
    ),
    KINSHIP[2],
]


def test_two_people_related_differently_are_reported_once(tmp_path: Path) -> None:
    report = _reported_once(tmp_path, KINSHIP, {"nephew", "grandson"}, "Carrow Courier")
    (conflict,) = report.conflicts
    assert conflict.kind == "name" and "Rhys Tegg" in conflict.about and "Owen Tegg" in conflict.about


@pytest.mark.parametrize(
    "outlets",
    [
        pytest.param(KINSHIP_OTHER_RELATIVE, id="another-relative"),
        pytest.param(KINSHIP_MORE_DETAIL, id="one-relation-in-more-detail"),
    ],
)
def test_other_relatives_and_one_relation_in_more_detail_are_not_reported(
    tmp_path: Path, outlets: list[Outlet]
) -> None:
    _none_reported(tmp_path, outlets)


# --- a day still to come ----------------------------------------------------------------------------------
# Two outlets writing on Wednesday 14 May 2025 give the coming vote different days: "later this week" (Thursday 15
# to Sunday 18 May) against "next Tuesday" (20 May), or "next week" (19 to 25 May) against "on Friday" (16 May).
# The look-alike: the plan of Wednesday, then an outlet writing the next Tuesday that the vote took place on Monday
# 19 May: the plan moved, an update rather than a disagreement.

_GASWORKS = (
    "The plan would add 300 homes and a school on the old Kesby gasworks site, which has stood empty since 1994."
)


def _vote_story(first: str, second: str, second_published: str = "2025-05-14T09:00:00") -> list[Outlet]:
    return [
        Outlet("Kesby Echo", "Kesby council to vote on gasworks homes", f"{first} {_GASWORKS}"),
        Outlet("Moorside Post", "Gasworks homes vote", f"{second} {_GASWORKS}", second_published),
        Outlet(
            "Dale Weekly", "Gasworks plan", f"Kesby councillors are to decide on the gasworks housing plan. {_GASWORKS}"
        ),
    ]


FUTURE_FOUND = [
    pytest.param(
        _vote_story(
            "Kesby council will vote on the gasworks housing plan later this week.",
            "Kesby council will vote on the gasworks housing plan next Tuesday.",
        ),
        {"later this week", "next Tuesday"},
        id="coming-range-against-a-coming-day",
    ),
    pytest.param(
        _vote_story(
            "Kesby council will vote on the gasworks housing plan next week.",
            "Kesby council will vote on the gasworks housing plan on Friday.",
        ),
        {"next week", "Friday"},
        id="next-week-against-a-day-this-week",
    ),
]


@pytest.mark.parametrize(("outlets", "values"), FUTURE_FOUND)
def test_two_coming_days_of_one_event_are_reported_once(
    tmp_path: Path, outlets: list[Outlet], values: set[str]
) -> None:
    _reported_once(tmp_path, outlets, values, "Moorside Post")


def test_a_plan_and_a_later_report_of_what_happened_are_not_reported(tmp_path: Path) -> None:
    outlets = _vote_story(
        "Kesby council will vote on the gasworks housing plan later this week.",
        "Kesby council voted on the gasworks housing plan on Monday.",
        second_published="2025-05-20T09:00:00",
    )
    _none_reported(tmp_path, outlets)


# --- a title before the name names the office ------------------------------------------------------------------
# "Mayor Ann Holt, in office since 2009," / "Ann Holt, who became mayor in 2011,": one person's start in one office.
# The look-alike: she joined the town council in 2001 (another step), the sentence naming "mayor" elsewhere.

_BUDGET = " The town's budget this year is $41 million."


def _mayor_story(second: str) -> list[Outlet]:
    return [
        Outlet(
            "Holmbury Times",
            "Mayor seeks fourth term",
            "Mayor Ann Holt, in office since 2009, said on Monday she would seek a fourth term." + _BUDGET,
        ),
        Outlet("Holmbury Echo", "Holt to run again", second + _BUDGET),
        Outlet("Vale Post", "Fourth term bid", "Mayor Ann Holt will run for a fourth term." + _BUDGET),
    ]


def test_a_title_before_the_name_names_the_office_a_start_year_is_compared_in(tmp_path: Path) -> None:
    outlets = _mayor_story("Ann Holt, who became mayor in 2011, will seek a fourth term, she said on Monday.")
    _reported_once(tmp_path, outlets, {"2009", "2011"}, "Holmbury Echo")


def test_an_office_named_outside_the_words_that_start_a_tenure_is_not_compared(tmp_path: Path) -> None:
    outlets = _mayor_story(
        "Ann Holt, who joined the town council in 2001, will seek a fourth term as mayor, she said on Monday."
    )
    _none_reported(tmp_path, outlets)


# --- look-alikes of the kinds added last: each must stay silent -------------------------------------------------
# Another office of one person: she became deputy mayor in 2005 and has been mayor since 2009.
DEPUTY_MAYOR = _mayor_story("Ann Holt, who became deputy mayor in 2005, will seek a fourth term, she said on Monday.")

# One title, two organisations: director of the shelter since 2009, and of its sister hostel since 2013.
TWO_DIRECTORSHIPS = [
    START_YEAR[0],
    Outlet(
        "Riverside Weekly",
        "Night shelter's long-serving director steps down",
        "Agnes Corley took over as director of the shelter's sister hostel in Dunmore in 2013 and is retiring in "
        "June. Under her the shelter grew to 48 beds.",
    ),
    START_YEAR[2],
]

# A preview written a week earlier ("will vote on Friday", 9 May) and an outlet writing on 14 May that the vote is
# "later this week": the earlier plan's day had come before the later outlet wrote; the plan moved.
PREVIEW_OVERTAKEN = _vote_story(
    "Kesby council will vote on the gasworks housing plan later this week.",
    "Kesby council will vote on the gasworks housing plan on Friday.",
    second_published="2025-05-07T09:00:00",
)

# The namesake in apposition holds another post: the sheriff's spokesman, Dave Rourke, is not the sheriff.
SPOKESMAN_NAMESAKE = _rewritten(
    SIMILAR_NAMES,
    1,
    "Dave Rourke, the sheriff's spokesman, said all Brackwater county deputies will wear body cameras from the "
    "autumn. The cameras will cost $640,000 over three years, and footage will be kept for ninety days.",
)

# One relation told from the other side: Owen is Rhys's uncle where Rhys is Owen's nephew.
KINSHIP_FROM_THE_OTHER_SIDE = [
    KINSHIP[0],
    Outlet(
        "Carrow Courier",
        "Rope rescue at Carrow ford",
        "Owen Tegg, Rhys Tegg's uncle, was pulled from the River Wenn with a rope on Sunday after the farmer's "
        "tractor slid off the ford near Carrow. Paramedics treated the 71-year-old for cold.",
    ),
    KINSHIP[2],
]


# Two pairs of relatives in one outlet: Rhys is Owen's nephew, and Cai is Rhys's grandson (not Owen's).
KINSHIP_TWO_GENERATIONS = [
    KINSHIP[0],
    Outlet(
        "Carrow Courier",
        "Rope rescue at Carrow ford",
        "Owen Tegg, 71, was pulled from the River Wenn on Sunday by his nephew, Rhys Tegg. Rhys Tegg's grandson, Cai "
        "Tegg, 9, watched from the bank as his grandfather waded in with a rope.",
    ),
    KINSHIP[2],
]

# Two states of one site since two years: empty since 1994, fenced off since 2001 (no tenure on either side).
_FENCED = _GASWORKS.replace("has stood empty since 1994", "has been fenced off since 2001")
SINCE_YEARS_OF_TWO_STATES = [
    Outlet(o.name, o.title, o.body.replace(_GASWORKS, _FENCED), o.published) if n == 1 else o
    for n, o in enumerate(
        _vote_story(
            "Kesby council will vote on the gasworks housing plan later this week.",
            "Kesby council will vote on the gasworks housing plan later this week.",
        )
    )
]


@pytest.mark.parametrize(
    "outlets",
    [
        pytest.param(SINCE_YEARS_OF_TWO_STATES, id="since-years-of-two-states-of-one-thing"),
        pytest.param(DEPUTY_MAYOR, id="another-rank-of-one-office"),
        pytest.param(TWO_DIRECTORSHIPS, id="one-title-of-two-organisations"),
        pytest.param(PREVIEW_OVERTAKEN, id="a-preview-whose-day-had-come"),
        pytest.param(SPOKESMAN_NAMESAKE, id="a-namesake-in-another-post"),
        pytest.param(KINSHIP_FROM_THE_OTHER_SIDE, id="one-relation-from-the-other-side"),
        pytest.param(KINSHIP_TWO_GENERATIONS, id="two-pairs-of-relatives"),
    ],
)
def test_look_alikes_of_the_latest_kinds_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


# --- known look-alikes still reported (review of the session's conflict kinds) ---------------------------------
# One body voting twice by one tally ("voted 5-4 on Monday to approve" / "gave final approval 5-4 on Thursday"):
# the one-tally rule reads a vote as happening once. And one court ruling by one margin in two cases ("ruled 6-3 on
# Monday" / "ruled 6-3 on Thursday"): one event word, one body, two days. Both are two events; the rules say one.

_BYLAW = " The bylaw doubles fines for overnight parking in the harbour district."
TWO_READINGS_ONE_TALLY = [
    Outlet(
        "Brenford Courier",
        "Council backs harbour parking bylaw",
        "The Brenford council voted 5-4 on Monday to approve the new harbour parking bylaw at first reading." + _BYLAW,
        "2025-05-13T09:00:00",
    ),
    Outlet(
        "Harbour Times",
        "Parking bylaw passes",
        "The Brenford council gave the new harbour parking bylaw final approval 5-4 on Thursday." + _BYLAW,
        "2025-05-16T09:00:00",
    ),
    Outlet(
        "Brenford Weekly",
        "Harbour parking",
        "Brenford has a new harbour parking bylaw." + _BYLAW,
        "2025-05-16T10:00:00",
    ),
]
_RIGHTS = " The authority had planned to raise $40 million from the Marle water rights."
TWO_RULINGS_ONE_MARGIN = [
    Outlet(
        "Veldt Courier",
        "Court blocks water rights sale",
        "The Veldt supreme court ruled 6-3 on Monday that the river authority may not sell the water rights." + _RIGHTS,
        "2025-05-13T09:00:00",
    ),
    Outlet(
        "Marle Times",
        "Authority must repay water fees",
        "The Veldt supreme court ruled 6-3 on Thursday that the river authority must repay the water rights fees."
        + _RIGHTS,
        "2025-05-16T09:00:00",
    ),
    Outlet(
        "Veldt Weekly",
        "Water rights",
        "The river authority's water rights plan is over." + _RIGHTS,
        "2025-05-16T10:00:00",
    ),
]


@pytest.mark.parametrize(
    "outlets",
    [
        pytest.param(TWO_READINGS_ONE_TALLY, id="two-readings-by-one-tally"),
        pytest.param(TWO_RULINGS_ONE_MARGIN, id="two-rulings-by-one-margin"),
    ],
)
def test_two_votes_of_one_body_on_two_days_are_not_reported(tmp_path: Path, outlets: list[Outlet]) -> None:
    _none_reported(tmp_path, outlets)


# Two 'since' years sharing enough words ("has run the Millbrook night shelter since 2009" / "has run the shelter's
# kitchen since 2013"): the shared-words route reads one state, though a part of the shelter is another thing.
SINCE_YEAR_OF_A_PART = _rewritten(
    SINCE_YEAR,
    1,
    _SHELTER_DIRECTOR
    + "The shelter's cook is a favourite of the guests. She has run the shelter's kitchen since 2013.",
)


def test_a_since_year_of_a_part_of_the_thing_is_not_reported(tmp_path: Path) -> None:
    _none_reported(tmp_path, SINCE_YEAR_OF_A_PART)


# One score, two matches: a team that won 2-1 on Saturday may win 2-1 again on Tuesday. A tally of a match is no
# vote, so other verbs ("beat" / "saw off") do not make the two days one event.
def _league_story(second: str) -> list[Outlet]:
    club = " Striker Ola Brand scored again. The club has 4,000 season ticket holders."
    return [
        Outlet(
            "Kesby Echo",
            "Rovers go top",
            "Kesby Rovers beat Tarn Town 2-1 on Saturday to go top of the Northern League." + club,
            "2025-05-11T09:00:00",
        ),
        Outlet("Dale Sport", "Rovers stay top", second + club, "2025-05-14T09:00:00"),
        Outlet(
            "Northern Weekly", "League leaders", "Kesby Rovers lead the Northern League." + club, "2025-05-14T10:00:00"
        ),
    ]


def test_two_matches_won_by_one_score_with_other_verbs_are_not_reported(tmp_path: Path) -> None:
    _none_reported(
        tmp_path, _league_story("Kesby Rovers saw off Dale City 2-1 on Tuesday to stay top of the Northern League.")
    )


def test_two_matches_won_by_one_score_with_one_verb_are_not_reported(tmp_path: Path) -> None:
    _none_reported(
        tmp_path, _league_story("Kesby Rovers beat Dale City 2-1 on Tuesday to stay top of the Northern League.")
    )


# What tells two occurrences of one kind of event apart, each alone (the sentences otherwise alike): the event
# happens again, another stage of a process, another opponent, another act on another thing.
_FINAL_READING = _rewritten(
    TWO_READINGS_ONE_TALLY,
    1,
    "The Brenford council voted 5-4 on Thursday to approve the new harbour parking bylaw at its final reading."
    + _BYLAW,
)


@pytest.mark.parametrize(
    "outlets",
    [
        pytest.param(
            _league_story("Kesby Rovers beat Tarn Town 2-1 again on Tuesday, this time in the county cup."), id="again"
        ),
        pytest.param(
            _league_story("Kesby Rovers beat Tarn Town 2-1 on Tuesday for a second win in four days."),
            id="a-second-win",
        ),
        pytest.param(
            _league_story("Kesby Rovers beat Dale City 2-1 on Tuesday to go top of the Northern League."),
            id="another-opponent",
        ),
        pytest.param(_FINAL_READING, id="another-stage"),
    ],
)
def test_one_event_word_on_two_days_told_apart_as_two_occurrences_is_not_reported(
    tmp_path: Path, outlets: list[Outlet]
) -> None:
    _none_reported(tmp_path, outlets)


# The same signs where they do not tell two occurrences apart: a stage on one side only, one opponent named in
# fewer words, an ordinal that divides a match ("the second half"), one act in two words on one thing.
@pytest.mark.parametrize(
    ("outlets", "values", "differs"),
    [
        pytest.param(
            _rewritten(
                VOTE_WEEKDAY,
                1,
                "Councillors voted 7-2 on Tuesday in a final vote to close the Kesby library at the end of the year. "
                + _PETITION,
            ),
            {"Monday", "Tuesday"},
            "Kesby Echo",
            id="a-stage-on-one-side",
        ),
        pytest.param(
            _rewritten(
                VOTE_WEEKDAY,
                1,
                "Councillors voted 7-2 on Tuesday to shut the Kesby library at the end of the year. " + _PETITION,
            ),
            {"Monday", "Tuesday"},
            "Kesby Echo",
            id="one-act-in-two-words",
        ),
        pytest.param(
            _league_story("Kesby Rovers beat Tarn 2-1 on Sunday to go top of the Northern League."),
            {"Saturday", "Sunday"},
            "Dale Sport",
            id="one-opponent-in-fewer-words",
        ),
        pytest.param(
            _league_story("Kesby Rovers beat Tarn Town 2-1 on Sunday, Ola Brand scoring in the second half."),
            {"Saturday", "Sunday"},
            "Dale Sport",
            id="an-ordinal-dividing-the-match",
        ),
    ],
)
def test_one_event_on_two_days_with_signs_that_tell_nothing_apart_is_reported(
    tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str
) -> None:
    _reported_once(tmp_path, outlets, values, differs)


# A part held ("the kitchen of the shelter") is another thing; a possessive of a place before the whole
# ("Millbrook's night shelter") is not a part of it.
def test_a_since_year_of_a_part_written_with_of_is_not_reported(tmp_path: Path) -> None:
    _none_reported(
        tmp_path,
        _rewritten(
            SINCE_YEAR,
            1,
            _SHELTER_DIRECTOR + "The shelter's cook is a favourite of the guests. "
            "She has run the kitchen of the shelter since 2013.",
        ),
    )


def test_a_since_year_of_the_whole_after_a_possessive_is_reported(tmp_path: Path) -> None:
    outlets = _rewritten(
        SINCE_YEAR,
        1,
        _SHELTER_DIRECTOR + "She has run Millbrook's night shelter since 2013, and under her it grew to 48 beds.",
    )
    _reported_once(tmp_path, outlets, {"2009", "2013"}, "Riverside Weekly")


# One verb of holding a post, two posts: "has served as mayor since 2009" / "has served on the town council since
# 2005" (one person, the pronoun route): an office on one side and none on the other are not one tenure.
_TOWN_BUDGET = "Kesby's town budget will rise to $41 million next year"
TWO_POSTS_ONE_VERB = [
    Outlet(
        "Kesby Echo",
        "Budget to rise",
        f"{_TOWN_BUDGET}. Ann Holt, the mayor, said the rise was needed. She has served as mayor since 2009.",
    ),
    Outlet(
        "Dale Post",
        "Town budget up",
        f"{_TOWN_BUDGET}, Ann Holt said. She has served on the town council since 2005.",
    ),
    Outlet("Northern Weekly", "Kesby budget", f"{_TOWN_BUDGET}."),
]


def test_one_verb_of_holding_two_posts_is_not_one_tenure(tmp_path: Path) -> None:
    _none_reported(tmp_path, TWO_POSTS_ONE_VERB)


# "since YEAR" in other words: "in charge of" and "at the helm of" hold a post as "has run" does; "took over the
# shelter in 2013" starts what "has run the shelter since 2009" holds; "She has been in charge since 2013" after a
# sentence naming her holds what the article is about. Each must be found; another thing held must not.
_RETIRING = "The director of the Millbrook night shelter, Agnes Corley, is retiring in June. "


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Agnes Corley, in charge of the Millbrook night shelter since 2013, is retiring in June.", id="in-charge-of"
        ),
        pytest.param(
            "Agnes Corley, who took over the Millbrook night shelter in 2013, is retiring in June.", id="took-over-it"
        ),
        pytest.param(
            "Agnes Corley took charge of the Millbrook night shelter in 2013 and is retiring in June.",
            id="took-charge-of-it",
        ),
        pytest.param(
            "Agnes Corley is retiring from the Millbrook night shelter in June. She has been in charge since 2013.",
            id="she-has-been-in-charge",
        ),
    ],
)
def test_a_since_year_in_other_words_is_reported_once(tmp_path: Path, body: str) -> None:
    _reported_once(tmp_path, _rewritten(SINCE_YEAR, 1, body), {"2009", "2013"}, "Riverside Weekly")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(_RETIRING + "She has been in charge of the town choir since 2013.", id="in-charge-of-another"),
        pytest.param(_RETIRING + "She has led the town choir since 2013.", id="leads-another-thing"),
        pytest.param(_RETIRING + "She took over the shelter's kitchen in 2013.", id="took-over-a-part"),
        pytest.param(_RETIRING + "She joined the Millbrook night shelter in 2013.", id="joined-it"),
    ],
)
def test_a_year_of_another_thing_held_is_not_reported(tmp_path: Path, body: str) -> None:
    _none_reported(tmp_path, _rewritten(SINCE_YEAR, 1, body))


# The tally a day dates stands in its own clause, not always right before it ("passed 7-2 at Tarn council on
# Tuesday"); a tally in another clause ("who voted 7-2 …, met residents on Tuesday") dates nothing.
def _library_vote(second: str) -> list[Outlet]:
    tail = " About 200 residents had signed a petition to keep the Kesby library open."
    return [
        Outlet(
            "Tarn Valley News",
            "Tarn council votes to close Kesby library",
            "Tarn council voted 7-2 on Monday to close the Kesby library at the end of the year." + tail,
        ),
        Outlet("Kesby Echo", "Kesby library to close", second + tail),
        Outlet(
            "Fellside Gazette",
            "Library closure approved",
            "Tarn council has approved the closure of the Kesby library at the end of the year." + tail,
        ),
    ]


def test_a_tally_in_the_day_s_clause_dates_the_vote(tmp_path: Path) -> None:
    second = "A motion to close the Kesby library at the end of the year passed 7-2 at Tarn council on Tuesday."
    _reported_once(tmp_path, _library_vote(second), {"Monday", "Tuesday"}, "Kesby Echo")


def test_a_tally_in_another_clause_dates_no_vote(tmp_path: Path) -> None:
    second = (
        "Tarn councillors, who voted 7-2 to close the Kesby library at the end of the year, met residents on Tuesday."
    )
    _none_reported(tmp_path, _library_vote(second))


# A noun of a voting body in another sense ("with the mayor on board") names no second body: the vote's two days
# still disagree. A body named as one ("the library board") is another body, and its vote another vote.
def test_a_body_noun_in_another_sense_names_no_body(tmp_path: Path) -> None:
    second = (
        "Tarn councillors voted 7-2 on Tuesday to close the Kesby library at the end of the year, "
        "with the mayor on board."
    )
    _reported_once(tmp_path, _library_vote(second), {"Monday", "Tuesday"}, "Kesby Echo")


def test_a_body_named_as_one_is_another_body(tmp_path: Path) -> None:
    second = "The Kesby library board voted 7-2 on Tuesday to close the Kesby library at the end of the year."
    _none_reported(tmp_path, _library_vote(second))


# Ages in other wordings: "a 37-year-old sailor, Hannah Pike" (a noun between the age and the name), "Hannah Pike,
# who is 37," (a relative clause). An age of another person's relative is not hers.
def _rescue(second: str) -> list[Outlet]:
    tail = " The Kesby lifeboat crew reached the boat within twenty minutes."
    return [
        Outlet(
            "Kesby Echo",
            "Sailor rescued off Kesby",
            "Hannah Pike, 34, was rescued on Sunday after her boat capsized off Kesby." + tail,
        ),
        Outlet("Dale Post", "Lifeboat saves sailor", second + tail),
        Outlet("Northern Weekly", "Sea rescue", "A sailor was rescued off Kesby on Sunday." + tail),
    ]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "A 37-year-old sailor, Hannah Pike, was rescued on Sunday after her boat capsized.", id="noun-then-name"
        ),
        pytest.param("Hannah Pike, who is 37, was rescued on Sunday after her boat capsized off Kesby.", id="who-is"),
        pytest.param(
            "The thirty-seven-year-old sailor Hannah Pike was rescued on Sunday after her boat capsized.",
            id="in-words",
        ),
        pytest.param(
            "Hannah Pike, a sailor in her late 40s, was rescued on Sunday after her boat capsized off Kesby.",
            id="by-decade",
        ),
    ],
)
def test_an_age_in_other_words_is_reported_once(tmp_path: Path, second: str) -> None:
    report = _report(tmp_path, _rescue(second))
    assert len(report.conflicts) == 1
    (conflict,) = report.conflicts
    assert conflict.kind == "number" and len(conflict.values) == 2


def test_the_age_of_a_relative_is_not_reported(tmp_path: Path) -> None:
    second = "The 37-year-old's mother, Hannah Pike, watched from the harbour on Sunday as the boat capsized."
    _none_reported(tmp_path, _rescue(second))


def test_the_age_of_another_person_of_the_surname_is_not_reported(tmp_path: Path) -> None:
    second = "Hannah Pike was rescued by her brother, Tom Pike, 37, after her boat capsized off Kesby."
    _none_reported(tmp_path, _rescue(second))


# Counts and amounts of other things in like words: the count of another document's pages ("a 280-page appendix");
# an amount for another act on another thing ("$3.1 billion to widen the ring road"). The same report's pages in
# other words ("the report runs to 280 pages") are still one fact.
_INQUIRY = " The inquiry heard from 86 witnesses over nine months."


def _water_report(second: str) -> list[Outlet]:
    return [
        Outlet(
            "Valley Ledger",
            "Inquiry finds failings at Corran water board",
            "An inquiry has found that the Corran water board missed lead in the pipes of four schools. "
            "The 312-page report was published on Tuesday." + _INQUIRY,
        ),
        Outlet("Corran Evening Star", "Water board apologises", second + _INQUIRY),
        Outlet(
            "Northfield Post",
            "What the water inquiry found",
            "Inspectors missed lead in the pipes of four schools, the Corran water inquiry found." + _INQUIRY,
        ),
    ]


def test_a_hyphenated_count_of_another_thing_is_not_reported(tmp_path: Path) -> None:
    _none_reported(tmp_path, _water_report("A 280-page appendix of evidence was published on Tuesday."))


def test_a_hyphenated_count_against_the_thing_named_in_other_words_is_reported(tmp_path: Path) -> None:
    outlets = _water_report("The report runs to 280 pages and was published on Tuesday.")
    _reported_once(tmp_path, outlets, {"312", "280"}, "Corran Evening Star")


def test_an_amount_for_another_act_on_another_thing_is_not_reported(tmp_path: Path) -> None:
    tail = " The line will have six stations and is due to open in 2031."
    outlets = [
        Outlet(
            "Harbour Times",
            "State approves Esker rail link",
            "State lawmakers on Tuesday approved $2.4 billion to build a rail link between Esker and its airport."
            + tail,
        ),
        Outlet(
            "Esker Daily",
            "Road and rail money approved",
            "Lawmakers on Tuesday also approved $3.1 billion to widen the Esker ring road." + tail,
        ),
        Outlet(
            "Coastline News",
            "Lawmakers back Esker rail line",
            "Lawmakers backed the Esker airport rail link on Tuesday after a long debate." + tail,
        ),
    ]
    _none_reported(tmp_path, outlets)


# A vote has one tally: "voted 7-2 on Monday to close the library" / "voted 5-4 on Tuesday to close the pool" are two
# votes, whatever verb and body they share.
def test_two_days_after_two_tallies_are_two_votes(tmp_path: Path) -> None:
    second = "Tarn council voted 5-4 on Tuesday to close the Kesby swimming pool at the end of the year."
    _none_reported(tmp_path, _library_vote(second))


# Counts of two outcomes of one event in like words: "killed 40 people" / "injured 55 people".
def test_counts_after_two_different_verbs_are_not_reported(tmp_path: Path) -> None:
    tail = " Power was cut to thousands of homes across the valley."
    outlets = [
        Outlet("Valley Ledger", "Storm hits Corran valley",
               "The storm killed 40 people in the Corran valley on Saturday." + tail),
        Outlet("Corran Evening Star", "Storm damage",
               "The storm injured 55 people in the Corran valley on Saturday." + tail),
        Outlet("Northfield Post", "Valley storm", "A storm swept through the Corran valley at the weekend." + tail),
    ]  # fmt: skip
    _none_reported(tmp_path, outlets)


def test_an_age_by_its_decade_that_holds_the_other_is_not_reported(tmp_path: Path) -> None:
    second = "Hannah Pike, a sailor in her 30s, was rescued on Sunday after her boat capsized off Kesby."
    _none_reported(tmp_path, _rescue(second))


# Real disagreements that the checks telling two occurrences or two outcomes apart once silenced (review): a
# recurrence word in an apposition, names of places, synonym past verbs; each is found now.
_MISSED_DAY_AFTER_ANOTHER = _rewritten(
    VOTE_WEEKDAY,
    1,
    "Councillors voted 7-2 on Tuesday to close the Kesby library, another blow to the village. " + _PETITION,
)
"""A recurrence word anywhere in the sentence ("another blow") reads as the vote happening again."""
_MISSED_DAY_AT_TWO_NAMED_PLACES = _rewritten(
    _rewritten(
        VOTE_WEEKDAY,
        0,
        "Tarn council voted 7-2 at Kesby Town Hall on Monday to close the Kesby library at the end of the year. "
        "Councillors said the building needed repairs the council could not afford.",
    ),
    1,
    "Councillors voted 7-2 in Tarn on Tuesday to close the Kesby library at the end of the year. " + _PETITION,
)
"""Names between the event word and the day are read as what the event was done to, a place where it was too."""
_ARREST_TAIL = " The march through Kesby had been peaceful until the evening. Shops on the high street closed early."
_MISSED_COUNT_AFTER_A_SYNONYM = [
    Outlet("Valley Ledger", "Arrests at march", "Police arrested 30 protesters in Kesby on Saturday." + _ARREST_TAIL),
    Outlet("Corran Star", "March arrests", "Police detained 45 protesters in Kesby on Saturday." + _ARREST_TAIL),
    Outlet("Dale Weekly", "Kesby march", "Thousands marched through Kesby on Saturday." + _ARREST_TAIL),
]
"""Two past verbs of one act ("arrested" / "detained"): one outcome (``lexicon.ONE_OUTCOME_VERBS``), found since
the twelfth session."""


@pytest.mark.parametrize(
    ("outlets", "values", "differs"),
    [
        pytest.param(_MISSED_DAY_AFTER_ANOTHER, {"Monday", "Tuesday"}, "Kesby Echo", id="another-elsewhere"),
        pytest.param(_MISSED_DAY_AT_TWO_NAMED_PLACES, {"Monday", "Tuesday"}, "Kesby Echo", id="two-named-places"),
        pytest.param(_MISSED_COUNT_AFTER_A_SYNONYM, {"30", "45"}, "Corran Star", id="synonym-verbs"),
    ],
)
def test_once_missed_disagreements_of_the_occurrence_and_outcome_checks_are_found(
    tmp_path: Path, outlets: list[Outlet], values: set[str], differs: str
) -> None:
    _reported_once(tmp_path, outlets, values, differs)


def test_known_false_report_of_a_since_year_in_charge_of_another_thing(tmp_path: Path) -> None:
    # "in charge there" holds the food bank the sentence names, not the shelter: two things held, two since-years.
    outlets = _rewritten(
        SINCE_YEAR,
        1,
        _SHELTER_DIRECTOR + "Corley also chairs the Millbrook food bank, and she has been in charge there since 2013.",
    )
    _none_reported(tmp_path, outlets)
