"""Robustness probes for conflicts: each held-out kind of issue #15 told in other wordings (invented text).

    python benchmarks/conflict_probes.py          # one line per wording: fires / missed / fires with others
    python benchmarks/conflict_probes.py --kind billions
    python benchmarks/conflict_probes.py --look-alikes   # other things in like words: each must report nothing

The held-out coverage names five kinds of disagreement (page counts, amounts
in billions, "since YEAR", the weekday of a vote, two people of similar names
in one role). The tests tell each kind in one or two wordings; a kind that
fires only on those is fitted to them. Here every kind is a three-outlet
story whose two disagreeing sentences are written in several other ways
(``a`` the outlet giving the first value, ``b`` the one giving the other);
each probe must report the disagreement once, citing both values, and
nothing else. Every town, person, outlet and sentence is made up; none is
read from an evaluation set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse import analyze  # noqa: E402


@dataclass(frozen=True)
class Probe:
    kind: str
    label: str
    a: str
    b: str
    values: frozenset[str]
    published: tuple[str, str] = ("2025-05-14", "2025-05-14")
    """The days the first and the second outlet published (the third outlet: the first's day)."""


@dataclass(frozen=True)
class _Setting:
    """One invented three-outlet story around a probe's two sentences: the first two outlets print them (each
    after its own lead, often none), the third outlet only its own text; every body ends with the same ``tail``."""

    tail: str
    first: tuple[str, str, str]
    second: tuple[str, str, str]
    third: tuple[str, str, str]

    def articles(self, a: str, b: str) -> list[tuple[str, str, str]]:
        """The three (outlet, title, body) articles, ``a`` in the first and ``b`` in the second."""
        (outlet_a, title_a, lead_a), (outlet_b, title_b, lead_b), (outlet_c, title_c, text_c) = (
            self.first,
            self.second,
            self.third,
        )
        return [
            (outlet_a, title_a, lead_a + a + self.tail),
            (outlet_b, title_b, lead_b + b + self.tail),
            (outlet_c, title_c, text_c + self.tail),
        ]


def _probes(rows: list[tuple[Any, ...]]) -> list[Probe]:
    """Probes from a table: (kind, label, first outlet's sentence, second outlet's, the two values[, the two
    publication days])."""
    return [Probe(kind, label, a, b, frozenset(values), *days) for kind, label, a, b, values, *days in rows]


def _look_alikes(rows: list[tuple[Any, ...]]) -> list[Probe]:
    """Look-alikes from a table: (kind, label, first outlet's sentence, second outlet's[, the two publication
    days]); each must report nothing."""
    return [Probe(kind, label, a, b, frozenset(), *days) for kind, label, a, b, *days in rows]


STORIES: dict[str, Callable[[str, str], list[tuple[str, str, str]]]] = {
    "storm": _Setting(
        " Power was cut to thousands of homes across the valley.",
        ("Valley Ledger", "Storm hits Corran valley", ""),
        ("Corran Evening Star", "Storm damage", ""),
        ("Northfield Post", "Valley storm", "A storm swept through the Corran valley at the weekend."),
    ).articles,
    "visit": _Setting(
        " The talks are expected to cover trade and fishing rights.",
        ("Kesby Echo", "Minister flies to Oslo", ""),
        ("Dale Post", "Oslo visit", ""),
        ("Northern Weekly", "Trade talks", "The trade minister is visiting Oslo this week."),
    ).articles,
    "ages": _Setting(
        " The Kesby lifeboat crew reached the boat within twenty minutes.",
        ("Kesby Echo", "Sailor rescued off Kesby", ""),
        ("Dale Post", "Lifeboat saves sailor", ""),
        ("Northern Weekly", "Sea rescue", "A sailor was rescued off Kesby on Sunday."),
    ).articles,
    "counts": _Setting(
        " The bank said no staff would lose their jobs before the spring.",
        ("Harbour Times", "Bank to shut branches", ""),
        ("Esker Daily", "Branch closures", ""),
        ("Coastline News", "Bank closures", "Fenmore Bank is closing branches across the county."),
    ).articles,
    "pages": _Setting(
        " The inquiry heard from 86 witnesses over nine months.",
        (
            "Valley Ledger",
            "Inquiry finds failings at Corran water board",
            "An inquiry has found that the Corran water board missed lead in the pipes of four schools. ",
        ),
        (
            "Corran Evening Star",
            "Water board apologises",
            "The Corran water board apologised to parents after an inquiry found lead in the pipes of four schools. ",
        ),
        (
            "Northfield Post",
            "What the water inquiry found",
            "Inspectors missed lead in the pipes of four schools, the Corran water inquiry found.",
        ),
    ).articles,
    "billions": _Setting(
        " The line will have six stations and is due to open in 2031.",
        ("Harbour Times", "State approves Esker rail link", ""),
        ("Esker Daily", "Airport rail link wins approval", ""),
        (
            "Coastline News",
            "Lawmakers back Esker rail line",
            "Lawmakers backed the Esker airport rail link on Tuesday after a long debate.",
        ),
    ).articles,
    "since": _Setting(
        " The shelter has 48 beds and serves hot meals to anyone who asks.",
        ("Millbrook Courier", "Shelter director to retire", ""),
        ("Riverside Weekly", "Night shelter's director steps down", ""),
        (
            "Millbrook Post",
            "Shelter director retires",
            "Agnes Corley is stepping down as director of the Millbrook night shelter.",
        ),
    ).articles,
    "vote-weekday": _Setting(
        " About 200 residents had signed a petition to keep the Kesby library open.",
        ("Tarn Valley News", "Tarn council votes to close Kesby library", ""),
        ("Kesby Echo", "Kesby library to close", ""),
        (
            "Fellside Gazette",
            "Library closure approved",
            "Tarn council has approved the closure of the Kesby library at the end of the year.",
        ),
    ).articles,
    "synonyms": _Setting(
        " A new sports hall is due to open at the school in the spring.",
        ("Brenmoor Gazette", "Academy grows again", ""),
        ("Tarn Valley News", "Brenmoor Academy expands", ""),
        ("Fellside Post", "School numbers rise", "Brenmoor Academy is taking in more children than ever."),
    ).articles,
    "similar-names": _Setting(
        " The cameras will cost the county $640,000 over three years.",
        ("Brackwater Herald", "Deputies to wear body cameras", ""),
        ("Lowmoor Times", "Body cameras for Brackwater deputies", ""),
        ("County Record", "County buys body cameras", "Brackwater county is buying body cameras for every deputy."),
    ).articles,
    "fine": _Setting(
        " The spill killed fish along six miles of the Tarn river last spring.",
        ("Fellside Gazette", "Water firm fined over river spill", ""),
        ("Tarn Valley News", "Tarn Water fined", ""),
        ("Kesby Echo", "River spill fine", "A court has fined Tarn Water over last spring's river spill."),
    ).articles,
    "coach": _Setting(
        " The club finished ninth in the league last season.",
        ("Harbour Times", "Esker Rovers name new coach", ""),
        ("Esker Daily", "New coach for Rovers", ""),
        ("Coastline News", "Rovers appoint coach", "Esker Rovers have appointed a new head coach for next season."),
    ).articles,
    "school": _Setting(
        " Parents were told of the changes in a letter on Friday.",
        ("Brenmoor Gazette", "Academy changes its timetable", ""),
        ("Tarn Valley News", "Longer school day at Brenmoor", ""),
        ("Fellside Post", "School day to grow", "Brenmoor Academy will lengthen its school day from September."),
    ).articles,
    "race": _Setting(
        " More than 9,000 runners took part in the race through the town centre.",
        ("Kesby Echo", "Local runner shines in Kesby marathon", ""),
        ("Dale Post", "Kesby marathon results", ""),
        ("Northern Weekly", "Marathon day in Kesby", "The Kesby marathon was run in warm weather on Sunday."),
    ).articles,
    "election": _Setting(
        " Turnout was higher than at the last election four years ago.",
        ("Brackwater Herald", "Brackwater elects a new mayor", ""),
        ("Lowmoor Times", "Mayoral count in Brackwater", ""),
        ("County Record", "Brackwater votes", "Brackwater voters chose a new mayor at the weekend."),
    ).articles,
    "court": _Setting(
        " The judge said the attacks had left the town afraid.",
        ("Harbour Times", "Arsonist jailed", ""),
        ("Esker Daily", "Esker arsonist sentenced", ""),
        ("Coastline News", "Jail for arsonist", "A man who set fire to three Esker churches has been jailed."),
    ).articles,
    "quake": _Setting(
        " Rescue teams were searching collapsed buildings in the hill towns.",
        ("Valley Ledger", "Earthquake shakes Corran", ""),
        ("Corran Evening Star", "Quake hits valley", ""),
        ("Northfield Post", "Strong quake in the valley", "A strong earthquake struck the Corran valley on Sunday."),
    ).articles,
    "layoffs": _Setting(
        " The plant opened in 1987 and makes frozen meals for supermarkets.",
        ("Brenmoor Gazette", "Carrow Foods to cut jobs", ""),
        ("Tarn Valley News", "Job losses at Carrow plant", ""),
        ("Fellside Post", "Carrow cuts", "Carrow Foods is cutting jobs at its Brenmoor plant."),
    ).articles,
    "wildfire": _Setting(
        " Strong winds pushed the flames towards the edge of the town overnight.",
        ("Harbour Times", "Wildfire reaches Dunmore", ""),
        ("Esker Daily", "Dunmore fire spreads", ""),
        ("Coastline News", "Fire near Dunmore", "A wildfire has been burning in the hills above Dunmore since Friday."),
    ).articles,
    "contract": _Setting(
        " The club has not said how much it paid for the striker.",
        ("Kesby Echo", "Rovers sign Reyes", ""),
        ("Dale Post", "Reyes joins Esker Rovers", ""),
        ("Northern Weekly", "New striker for Rovers", "Esker Rovers have signed the striker Tom Reyes from Dale City."),
    ).articles,
    "lender": _Setting(
        " The merger still needs the approval of the banking regulator.",
        ("Harbour Times", "Fenmore Bank to buy Calder", ""),
        ("Esker Daily", "Fenmore agrees Calder deal", ""),
        ("Coastline News", "Bank merger", "Fenmore Bank has agreed to buy the smaller Calder Savings."),
    ).articles,
    "trial": _Setting(
        " The fires caused damage the diocese put at several million dollars.",
        ("Brackwater Herald", "Verdict in Esker church fires trial", ""),
        ("Lowmoor Times", "Jury decides church arson case", ""),
        (
            "County Record",
            "Church fires trial ends",
            "The trial over the fires at three Esker churches ended on Friday.",
        ),
    ).articles,
    "match": _Setting(
        " A crowd of 12,000 watched the game at the Esker Road ground.",
        ("Kesby Echo", "Rovers top the league", ""),
        ("Dale Post", "Esker Rovers win derby", ""),
        ("Northern Weekly", "Derby day", "Esker Rovers played Dale City in the derby on Saturday."),
    ).articles,
    "survey": _Setting(
        " The county will decide on the park's future in the autumn.",
        ("Brackwater Herald", "Voters back new park", ""),
        ("Lowmoor Times", "Park plan popular", ""),
        ("County Record", "Park survey", "The county asked Brackwater voters about a new riverside park."),
    ).articles,
    "bridge": _Setting(
        " Drivers face a twelve-mile detour through Harwick until the repairs are done.",
        ("Harwick Courier", "Harwick bridge shut", ""),
        ("Lowfield Echo", "Bridge closure in Harwick", ""),
        ("Fenland Post", "Harwick bridge", "Engineers are inspecting the Harwick river bridge for cracks."),
    ).articles,
    "protest": _Setting(
        " Shops along the high street were boarded up by the evening.",
        ("Brackwater Herald", "Arrests after Esker protest", ""),
        ("Lowmoor Times", "Esker protest turns violent", ""),
        ("County Record", "Protest in Esker", "Hundreds marched through Esker against the new bypass on Saturday."),
    ).articles,
    "trip": _Setting(
        " She raised money for the Kesby lifeboat crew along the way.",
        ("Kesby Echo", "Pike completes charity walk", ""),
        ("Dale Post", "Charity walker reaches Dunmore", ""),
        ("Northern Weekly", "Walk for the lifeboat", "Hannah Pike has finished her charity walk from Kesby."),
    ).articles,
    "schedule": _Setting(
        " The landlord denies any wrongdoing.",
        ("Harbour Times", "Date set for Fenmore fraud trial", ""),
        ("Esker Daily", "Fenmore landlord to stand trial", ""),
        ("Coastline News", "Fraud trial", "A landlord accused of defrauding his Fenmore tenants will stand trial."),
    ).articles,
    "crash": _Setting(
        " The road was closed for most of the day while investigators worked.",
        ("Valley Ledger", "Coach crash on the valley road", ""),
        ("Corran Evening Star", "Coach overturns", ""),
        ("Northfield Post", "Coach crash", "A coach carrying a school choir overturned in the Corran valley."),
    ).articles,
    "tower-fire": _Setting(
        " Firefighters worked through the night to put out the last of the flames.",
        ("Brenmoor Gazette", "Deadly fire in Brenmoor tower", ""),
        ("Tarn Valley News", "Tower block fire", ""),
        ("Fellside Post", "Brenmoor fire", "A fire swept through a tower block in Brenmoor on Tuesday."),
    ).articles,
    "boats": _Setting(
        " Coastguard crews searched the water off Kesby through the night.",
        ("Kesby Echo", "Boats capsize off Kesby", ""),
        ("Dale Post", "Sea disaster off Kesby", ""),
        ("Northern Weekly", "Kesby rescue", "Two boats capsized off Kesby on Sunday."),
    ).articles,
    "tower": _Setting(
        " Building work is due to start next spring.",
        ("Harwick Courier", "Harwick tower approved", ""),
        ("Lowfield Echo", "Tower plan passes", ""),
        ("Fenland Post", "New tower for Harwick", "Planners have approved a new office tower by Harwick station."),
    ).articles,
}

_REPORT_A = "The 312-page report was published on Tuesday."
_RAIL_A = "State lawmakers on Tuesday approved $2.4 billion to build a rail link between Esker and its airport."
_JOINED_A = "Agnes Corley, who joined the Millbrook night shelter in 2009, will retire at the end of June."
_RAIL_EUR_A = "State lawmakers on Tuesday approved €2.4 billion to build a rail link between Esker and its airport."
_SHELTER_A = "Agnes Corley, who has run the Millbrook night shelter since 2009, will retire at the end of June."
_VOTE_A = "Tarn council voted 7-2 on Monday to close the Kesby library at the end of the year."
_SHERIFF_A = "Every deputy in Brackwater county will wear a body camera by the autumn, Sheriff Dale Rourke said."

_POLICE_CHIEF_A = "Every officer in Brackwater will wear a body camera by the autumn, Police Chief Dale Rourke said."
_MINISTER_A = "Finance Minister Pavel Dorn said the county would pay for the body cameras."
_ACADEMY_A = "Brenmoor Academy now teaches 640 pupils, its head teacher said."
_SAILOR_A = "Hannah Pike, 34, was rescued on Sunday after her boat capsized off Kesby."
_BANK_A = "Fenmore Bank will close 120 branches this year."
_LIVE_A = (
    "The Latest on Fenmore Bank (all times local):\n\n4:10 p.m.\n\nFenmore Bank has closed 120 branches so far this "
    "year, the bank said.\n\n2:35 p.m.\n\nStaff in Esker were told of the closures on Monday.\n\n"
)

_SENTENCED_A = "Tom Reyes, who set fire to three Esker churches, was sentenced to 12 years in prison on Friday."
_QUAKE_A = "The earthquake, of magnitude 6.1, struck the Corran valley early on Sunday."
_HEAT_A = "Temperatures in the Corran valley reached 38C on Sunday, the weather service said."
_VOTED_A = "Tarn council voted on Monday to close the Kesby library at the end of the year."
_MAYOR_A = "Mayor Ann Holt, in office since 2009, will seek a fourth term."
_FINE_A = "Tarn Water was given a 40,000 fine for the spill on Monday."
_COACH_A = "Head coach Dale Rourke will take charge of Esker Rovers in July, the club said."
_PRINCIPAL_A = "Principal Ruth Holt said the longer day at Brenmoor Academy would start in September."
_TOLL_A = "The storm killed 40 people in the Corran valley on Saturday."
_LANDED_A = "Trade minister Ruth Amadi landed in Oslo at 9am on Monday for two days of talks."
_OFFSHORE_A = "Hannah Pike's boat capsized 12 miles off Kesby on Sunday."
_TURNOUT_A = "Turnout in the Brackwater mayoral election was 42%, the county said."
_RUNNER_A = "Hannah Pike finished third in the Kesby marathon on Sunday."
_WINNER_A = "Ann Holt won the Brackwater mayoral election on Sunday, the county said."

_JOBS_A = "Carrow Foods will cut 1,200 jobs at its Brenmoor plant, the company said on Monday."
_EVACUATED_A = "About 2,000 residents of Dunmore were evacuated on Sunday as the fire spread."
_INJURED_A = "Twelve firefighters were injured fighting the blaze near Dunmore on Sunday."
_CONTRACT_A = "Esker Rovers signed the striker Tom Reyes on a three-year contract on Friday."
_LENDER_A = "Fenmore Bank, the country's second-largest lender, will pay $900 million for Calder Savings."
_VERDICT_A = "A jury found Tom Reyes guilty of setting fire to three Esker churches on Friday."
_SCORE_A = "Esker Rovers beat Dale City 2-1 on Saturday to go top of the league."
_PARK_A = "Two-thirds of Brackwater voters back a new riverside park, a county survey found."
_BRIDGE_A = "The Harwick river bridge was closed to traffic last week after engineers found cracks."
_FORECAST_A = "Temperatures in the Corran valley reached 38C on Sunday, the weather service said."

PROBES = _probes([
    ("ages", "Name, N, / Name, M,", _SAILOR_A, "Hannah Pike, 37, was rescued on Sunday after her boat capsized off "
     "Kesby.", {"34", "37"}),
    ("ages", "M-year-old Name", _SAILOR_A, "A 37-year-old sailor, Hannah Pike, was rescued on Sunday after her "
     "boat capsized.", {"34", "37"}),
    ("ages", "Name, aged M", _SAILOR_A, "Hannah Pike, aged 37, was rescued on Sunday after her boat capsized off "
     "Kesby.", {"34", "37"}),
    ("ages", "Name (M)", _SAILOR_A, "Hannah Pike (37) was rescued on Sunday after her boat capsized off Kesby.",
     {"34", "37"}),
    ("ages", "Name, who is M,", _SAILOR_A, "Hannah Pike, who is 37, was rescued on Sunday after her boat capsized "
     "off Kesby.", {"34", "37"}),
    ("ages", "M years old", _SAILOR_A, "Hannah Pike, 37 years old, was rescued on Sunday after her boat capsized "
     "off Kesby.", {"34", "37"}),
    ("ages", "M-year-old in words", _SAILOR_A, "The thirty-seven-year-old sailor Hannah Pike was rescued on Sunday "
     "after her boat capsized.", {"34", "thirty-seven"}),
    ("ages", "Name, M, of Place", _SAILOR_A, "Hannah Pike, 37, of Dale was rescued on Sunday after her boat "
     "capsized off Kesby.", {"34", "37"}),
    ("ages", "in her late 40s", _SAILOR_A, "Hannah Pike, a sailor in her late 40s, was rescued on Sunday after her "
     "boat capsized off Kesby.", {"34", "late 40s"}),
    ("counts", "N branches", _BANK_A, "Fenmore Bank will close 150 branches this year.", {"120", "150"}),
    ("counts", "N of its branches", _BANK_A, "Fenmore Bank will close 150 of its branches this year.",
     {"120", "150"}),
    ("counts", "N bank branches", _BANK_A, "Fenmore will close 150 bank branches this year.", {"120", "150"}),
    ("counts", "N local branches", _BANK_A, "Fenmore Bank will close 150 local branches this year.", {"120", "150"}),
    ("counts", "N branches; the next clause's act", "Fenmore Bank will close 120 branches to cut costs.",
     "Fenmore Bank will close 150 branches this year; most will house new shops.", {"120", "150"}),
    ("counts", "branches, N in all", _BANK_A, "Fenmore Bank will close branches this year, 150 in all.",
     {"120", "150"}),
    ("counts", "N-branch closure plan", _BANK_A, "Fenmore Bank set out a 150-branch closure plan for this year.",
     {"120", "150"}),
    ("counts", "N of its M branches", "Fenmore Bank will close 120 of its 900 branches this year.",
     "Fenmore Bank will close 150 of its 900 branches this year.", {"120", "150"}),
    ("counts", "the lender, Name, in apposition", _BANK_A, "The lender, Fenmore, will close 150 branches this year.",
     {"120", "150"}),
    ("storm", "a town / the town and another", "The storm killed 40 people in Corran on Saturday.",
     "The storm killed 55 people across Corran and Dunmore on Saturday.", {"40", "55"}),
    ("pages", "N-page / N-page", _REPORT_A, "The 280-page report was published on Tuesday.", {"312", "280"}),
    ("pages", "a N-page", "A 312-page report was published on Tuesday.", "A 280-page report was published on "
     "Tuesday.", {"312", "280"}),
    ("pages", "N pages long", _REPORT_A, "The report, 280 pages long, was published on Tuesday.", {"312", "280"}),
    ("pages", "runs to N pages", _REPORT_A, "The report runs to 280 pages and was published on Tuesday.",
     {"312", "280"}),
    ("pages", "a report of N pages", _REPORT_A, "Its report of 280 pages was published on Tuesday.", {"312", "280"}),
    ("pages", "a document of N pages", _REPORT_A, "A document of 280 pages was published on Tuesday.",
     {"312", "280"}),
    ("pages", "N-page document", _REPORT_A, "The 280-page document was published on Tuesday.", {"312", "280"}),
    ("pages", "N pages in all", _REPORT_A, "Published on Tuesday, the report is 280 pages in all.", {"312", "280"}),
    ("pages", "N-page study", _REPORT_A, "The 280-page study was published on Tuesday.", {"312", "280"}),
    ("pages", "N-page inquiry report", _REPORT_A, "The inquiry's 280-page report came out on Tuesday.",
     {"312", "280"}),
    ("synonyms", "N pupils / M students", _ACADEMY_A, "Brenmoor Academy now teaches 720 students, its head teacher "
     "said.", {"640", "720"}),
    ("synonyms", "the school's M students", _ACADEMY_A, "The head teacher of Brenmoor Academy said its 720 "
     "students would share the new hall.", {"640", "720"}),
    ("billions", "$N billion", _RAIL_A, "Lawmakers on Tuesday approved $3.1 billion for the Esker airport rail "
     "link.", {"$2.4 billion", "$3.1 billion"}),
    ("billions", "$Nbn", _RAIL_A, "Lawmakers on Tuesday approved $3.1bn for the Esker airport rail link.",
     {"$2.4 billion", "$3.1bn"}),
    ("billions", "N billion dollars", _RAIL_A, "Lawmakers on Tuesday approved 3.1 billion dollars for the Esker "
     "airport rail link.", {"$2.4 billion", "3.1 billion dollars"}),
    ("billions", "$N,NNN million", _RAIL_A, "Lawmakers on Tuesday approved $3,100 million for the Esker airport "
     "rail link.", {"$2.4 billion", "$3,100 million"}),
    ("billions", "the $N billion project", _RAIL_A, "The $3.1 billion Esker airport rail link won approval from "
     "lawmakers on Tuesday.", {"$2.4 billion", "$3.1 billion"}),
    ("billions", "$N-billion link", _RAIL_A, "Lawmakers on Tuesday approved the $3.1-billion rail link to the "
     "Esker airport.", {"$2.4 billion", "$3.1-billion"}),
    ("billions", "N billion dollars / $Nbn", "State lawmakers on Tuesday approved 2.4 billion dollars for the rail "
     "link.", "Lawmakers on Tuesday approved $3.1bn for the Esker airport rail link.",
     {"2.4 billion dollars", "$3.1bn"}),
    ("billions", "€N billion / Nbn euros", _RAIL_EUR_A, "Lawmakers on Tuesday approved 3.1bn euros for the Esker "
     "airport rail link.", {"€2.4 billion", "3.1bn euros"}),
    ("billions", "a N billion dollar link", _RAIL_A, "Lawmakers on Tuesday approved a 3.1 billion dollar rail link "
     "to the Esker airport.", {"$2.4 billion", "3.1 billion dollar"}),
    ("billions", "a $N billion plan", _RAIL_A, "Lawmakers on Tuesday backed a $3.1 billion plan for an Esker "
     "airport rail link.", {"$2.4 billion", "$3.1 billion"}),
    ("since", "has led since", _SHELTER_A, "The director of the Millbrook night shelter, Agnes Corley, is "
     "retiring. Corley has led the shelter since 2013.", {"2009", "2013"}),
    ("since", "in charge since", _SHELTER_A, "Agnes Corley, in charge of the Millbrook night shelter since 2013, "
     "is retiring in June.", {"2009", "2013"}),
    ("since", "director since", _SHELTER_A, "Agnes Corley, the Millbrook night shelter's director since 2013, is "
     "retiring in June.", {"2009", "2013"}),
    ("since", "has been director since", _SHELTER_A, "Agnes Corley, who is retiring in June, has been director of "
     "the Millbrook night shelter since 2013.", {"2009", "2013"}),
    ("since", "took over in", _SHELTER_A, "Agnes Corley, who took over the Millbrook night shelter in 2013, is "
     "retiring in June.", {"2009", "2013"}),
    ("since", "became director in", _SHELTER_A, "Agnes Corley became director of the Millbrook night shelter in "
     "2013 and is retiring in June.", {"2009", "2013"}),
    ("since", "She has been in charge since", _SHELTER_A, "Agnes Corley is retiring from the Millbrook night "
     "shelter in June. She has been in charge since 2013.", {"2009", "2013"}),
    ("since", "since MONTH YEAR", _SHELTER_A, "Agnes Corley, who has run the Millbrook night shelter since March "
     "2013, will retire at the end of June.", {"2009", "2013"}),
    ("since", "joined in / joined in", _JOINED_A, "Agnes Corley, who joined the Millbrook night shelter in 2013, "
     "will retire at the end of June.", {"2009", "2013"}),
    ("since", "took the reins in", _SHELTER_A, "Agnes Corley, who took the reins at the Millbrook night shelter in "
     "2013, retires in June.", {"2009", "2013"}),
    ("since", "mayor since / elected mayor in", "Mayor Ann Holt, in office since 2009, will seek a fourth term.",
     "Ann Holt, who was elected mayor in 2013, will seek a fourth term.", {"2009", "2013"}),
    ("since", "has served as mayor since", "Mayor Ann Holt, in office since 2009, will seek a fourth term.",
     "Ann Holt has served as mayor since 2013 and will seek a fourth term.", {"2009", "2013"}),
    ("vote-weekday", "voted N-M on DAY", _VOTE_A, "Tarn council voted 7-2 on Tuesday to close the Kesby library at "
     "the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "DAY's N-M vote", _VOTE_A, "The Kesby library will close at the end of the year after Tarn "
     "council's 7-2 vote on Tuesday.", {"Monday", "Tuesday"}),
    ("vote-weekday", "On DAY, ... voted", _VOTE_A, "On Tuesday, Tarn council voted 7-2 to close the Kesby library "
     "at the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "voted DAY (no 'on')", _VOTE_A, "Tarn council voted 7-2 Tuesday to close the Kesby library at "
     "the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "in a vote on DAY", _VOTE_A, "In a 7-2 vote on Tuesday, Tarn council agreed to close the "
     "Kesby library at the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "at DAY night's meeting", _VOTE_A, "At Tuesday night's meeting, Tarn councillors voted 7-2 to "
     "close the Kesby library at the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "DAY's decision", _VOTE_A, "Tuesday's decision by Tarn council to close the Kesby library at "
     "the end of the year passed 7-2.", {"Monday", "Tuesday"}),
    ("vote-weekday", "DAY night", _VOTE_A, "Tarn council voted 7-2 on Tuesday night to close the Kesby library at "
     "the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "approved ... by N votes to M", _VOTE_A, "Tarn council on Tuesday approved the closure of the "
     "Kesby library by seven votes to two.", {"Monday", "Tuesday"}),
    ("vote-weekday", "another tally in words", _VOTE_A, "Tarn council voted by six votes to three on Monday to "
     "close the Kesby library at the end of the year.", {"7-2", "six votes to three"}),
    ("vote-weekday", "another tally written N-to-M", _VOTE_A, "Tarn council voted on Monday by a 6-to-3 vote to "
     "close the Kesby library at the end of the year.", {"7-2", "6-to-3"}),
    ("vote-weekday", "approved the closure ... by N votes to M", _VOTE_A, "Tarn council on Tuesday approved the "
     "closure of the Kesby library by seven votes to two.", {"Monday", "Tuesday"}),
    ("vote-weekday", "the same act, then a clause of another time", _VOTE_A, "Tarn council voted 7-2 on Tuesday to "
     "shut the Kesby library once the new one opens.", {"Monday", "Tuesday"}),
    ("vote-weekday", "the motion passed on DAY", _VOTE_A, "A motion to close the Kesby library at the end of the "
     "year passed 7-2 at Tarn council on Tuesday.", {"Monday", "Tuesday"}),
    ("vote-weekday", "on a N-M vote DAY", _VOTE_A, "Tarn council agreed on a 7-2 vote Tuesday to close the Kesby "
     "library at the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "by a N-M vote on DAY", _VOTE_A, "Tarn council approved closing the Kesby library by a 7-2 "
     "vote on Tuesday.", {"Monday", "Tuesday"}),
    ("vote-weekday", "by a vote of N to M on DAY", _VOTE_A, "Tarn council decided by a vote of 7 to 2 on Tuesday "
     "to close the Kesby library at the end of the year.", {"Monday", "Tuesday"}),
    ("vote-weekday", "DAY night, N-M (after a comma)", "The Senate passed the Esker rail bill 51-49 on Thursday.",
     "Senators approved the Esker rail bill late Friday night, 51-49.", {"Thursday", "Friday"}),
    ("vote-weekday", "the Senate voted DAY", "The Senate voted 51-49 on Thursday to confirm Ruth Amadi as the new "
     "judge.", "The Senate confirmed Ruth Amadi as the new judge 51-49 on Friday.", {"Thursday", "Friday"}),
    ("similar-names", "Sheriff A / Sheriff B", _SHERIFF_A, "Sheriff Dave Rourke announced that all Brackwater "
     "county deputies will wear body cameras from the autumn.", {"Dale Rourke", "Dave Rourke"}),
    ("similar-names", "B, the county sheriff,", _SHERIFF_A, "Dave Rourke, the county sheriff, announced that all "
     "deputies will wear body cameras from the autumn.", {"Dale Rourke", "Dave Rourke"}),
    ("similar-names", "County Sheriff B", _SHERIFF_A, "Brackwater County Sheriff Dave Rourke announced that all "
     "deputies will wear body cameras from the autumn.", {"Dale Rourke", "Dave Rourke"}),
    ("similar-names", "the sheriff, B,", _SHERIFF_A, "The sheriff, Dave Rourke, announced that all deputies will "
     "wear body cameras from the autumn.", {"Dale Rourke", "Dave Rourke"}),
    ("similar-names", "B, Brackwater's sheriff,", _SHERIFF_A, "Dave Rourke, Brackwater's sheriff, announced that "
     "all deputies will wear body cameras from the autumn.", {"Dale Rourke", "Dave Rourke"}),
    ("similar-names", "Police Chief A / Police Chief B", _POLICE_CHIEF_A, "Police Chief Dave Rourke announced that "
     "every Brackwater officer will wear a body camera.", {"Dale Rourke", "Dave Rourke"}),
    ("similar-names", "Finance Minister A / B", _MINISTER_A, "Finance Minister Karel Dorn said the county would "
     "pay for the body cameras.", {"Pavel Dorn", "Karel Dorn"}),
    ("similar-names", "county sheriff B (lower case)", _SHERIFF_A, "County sheriff Dave Rourke announced that all "
     "deputies will wear body cameras from the autumn.", {"Dale Rourke", "Dave Rourke"}),
    ("vote-weekday", "the vote, held on DAY, passed N-M", _VOTE_A, "Tarn council's vote on closing the Kesby "
     "library, held on Tuesday, passed 7-2.", {"Monday", "Tuesday"}),
    ("vote-weekday", "voted on DAY / approved on DAY (no tally)", _VOTED_A, "Tarn council approved the closure of "
     "the Kesby library on Tuesday.", {"Monday", "Tuesday"}),
    ("since", "in office since / first elected in", _MAYOR_A, "Ann Holt, who was first elected in 2013, will seek "
     "a fourth term as mayor.", {"2009", "2013"}),
    ("fine", "a N fine (no currency)", _FINE_A, "Tarn Water was given a 45,000 fine for the spill on Monday.",
     {"40,000", "45,000"}),
    ("fine", "fined N (no currency)", _FINE_A, "A court fined Tarn Water 45,000 for the spill on Monday.",
     {"40,000", "45,000"}),
    ("ages", "Name, M in words,", _SAILOR_A, "Hannah Pike, thirty-seven, was rescued on Sunday after her boat "
     "capsized off Kesby.", {"34", "thirty-seven"}),
    ("ages", "Name, aged M in words", _SAILOR_A, "Hannah Pike, aged thirty-seven, was rescued on Sunday after her "
     "boat capsized off Kesby.", {"34", "thirty-seven"}),
    ("coach", "Head coach A / Head coach B", _COACH_A, "Head coach Dave Rourke will take charge of Esker Rovers in "
     "July, the club said.", {"Dale Rourke", "Dave Rourke"}),
    ("school", "Principal A / Principal B", _PRINCIPAL_A, "Principal Rose Holt said the longer day at Brenmoor "
     "Academy would start in September.", {"Ruth Holt", "Rose Holt"}),
    ("storm", "Storm Name (no lower-case noun) / the storm", "Storm Corra killed 40 people in the Corran valley on "
     "Saturday.", "The storm killed 55 people in the Corran valley on Saturday.", {"40", "55"}),
    ("storm", "injured N / injured M", "The storm injured 40 people in the Corran valley on Saturday.",
     "The storm injured 55 people in the Corran valley on Saturday.", {"40", "55"}),
    ("storm", "killed N / the death toll stands at M", _TOLL_A, "The death toll from the storm in the Corran "
     "valley stands at 55.", {"40", "55"}),
    ("visit", "landed at a time / at another time", _LANDED_A, "Trade minister Ruth Amadi landed in Oslo at 2pm on "
     "Monday for two days of talks.", {"9am", "2pm"}),
    ("ages", "N miles off / M miles off", _OFFSHORE_A, "Hannah Pike's boat capsized 20 miles off Kesby on Sunday.",
     {"12 miles", "20 miles"}),
    ("ages", "younger sister / elder sister", "Hannah Pike, the younger sister of Tom Pike, was rescued on Sunday "
     "after her boat capsized.", "Hannah Pike, Tom Pike's elder sister, was rescued on Sunday after her boat "
     "capsized.", {"younger sister", "elder sister"}),
    ("ages", "N miles off / M kilometres off", _OFFSHORE_A, "Hannah Pike's boat capsized 40 kilometres off Kesby "
     "on Sunday.", {"12 miles", "40 kilometres"}),
    ("ages", "N miles off / Mkm off, written apart", _OFFSHORE_A, "Hannah Pike's boat overturned 45 km off the coast "
     "at Kesby on Sunday.", {"12 miles", "45 km"}),
    ("election", "turnout N% / M%", _TURNOUT_A, "Turnout in the Brackwater mayoral election was 48%, the county "
     "said.", {"42%", "48%"}),
    ("race", "the first woman to win / the second", "Hannah Pike became the first woman to win the Kesby "
     "marathon on Sunday.", "Hannah Pike on Sunday became the second woman to win the Kesby marathon.",
     {"first", "second"}),
    ("race", "the Nth woman to win, in apposition", "Hannah Pike became the first woman to win the Kesby marathon "
     "on Sunday.", "Hannah Pike, the second woman to win the Kesby marathon, crossed the line on Sunday.",
     {"first", "second"}),
    ("race", "finished third / fifth", _RUNNER_A, "Hannah Pike finished fifth in the Kesby marathon on Sunday.",
     {"third", "fifth"}),
    ("election", "the winner's name", _WINNER_A, "Ruth Calder won the Brackwater mayoral election on Sunday, the "
     "county said.", {"Ann Holt", "Ruth Calder"}),
    ("race", "came in fifth", _RUNNER_A, "Hannah Pike came in fifth in the Kesby marathon on Sunday.",
     {"third", "fifth"}),
    ("race", "in Nth place", _RUNNER_A, "Hannah Pike crossed the line in fifth place in the Kesby marathon on "
     "Sunday.", {"third", "fifth"}),
    ("race", "a Nth-place finish", _RUNNER_A, "Hannah Pike had a 5th-place finish in the Kesby marathon on Sunday.",
     {"third", "5th"}),
    ("ages", "Name, who is M in words,", _SAILOR_A, "Hannah Pike, who is thirty-seven, was rescued on Sunday after "
     "her boat capsized off Kesby.", {"34", "thirty-seven"}),
    ("storm", "a death toll of M", _TOLL_A, "The storm in the Corran valley on Saturday left a death toll of at "
     "least 55.", {"40", "55"}),
    # a toll that rose to M was never N (> M) before: a plain figure is the one before only where it can be
    # (review16 C1; the look-alike below: "rose to 55" after 40)
    ("storm", "the toll rose to M (below N)", _TOLL_A, "The toll from Saturday's storm in the Corran valley rose to "
     "32, officials said.", {"40", "32"}),
    # a figure given as changed ("rose to") is compared with another so given
    ("storm", "the toll rose to N / rose to M", "The death toll from the storm in the Corran valley rose to 40 on "
     "Sunday.", "The death toll from the storm in the Corran valley rose to 55 on Sunday.", {"40", "55"}),
    ("storm", "forecasters expect N / expect M", "Forecasters expect 40 millimetres of rain in the Corran valley on "
     "Monday.", "Forecasters expect 65 millimetres of rain in the Corran valley on Monday.", {"40", "65"}),
    ("race", "third / fifth in the Kesby half marathon", "Hannah Pike finished third in the Kesby half marathon on "
     "Sunday.", "Hannah Pike finished fifth in the Kesby half marathon on Sunday.", {"third", "fifth"}),
    ("election", "Name needs N / needs M votes", "Ann Holt needs 312 votes to win the Brackwater recount.",
     "Ann Holt needs 290 votes to win the Brackwater recount.", {"312", "290"}),
    ("election", "Name needs N / the Name campaign needs M", "Ann Holt needs 312 votes to win the Brackwater "
     "recount.", "The Holt campaign needs 290 votes to win the Brackwater recount.", {"312", "290"}),
    ("pages", "N permits that were approved / M permits that were", "The inquiry read the water board's papers, "
     "including about 1,000 permits that were approved on Tuesday.", "The inquiry read the water board's papers, "
     "including about 1,400 permits that were approved on Tuesday.", {"1,000", "1,400"}),
    # review16 C6: "after N" on the day of another outlet's plain count is one total, not a running count
    ("court", "arrested after N attacks / for M, one day", "Tom Reyes was arrested after two attacks on Esker "
     "churches.", "Tom Reyes was arrested for three attacks on Esker churches.", {"two", "three"}),
    ("since", "in office since / took office in", _MAYOR_A, "Ann Holt took office in 2013 and will seek a fourth "
     "term as mayor.", {"2009", "2013"}),
    ("election", "the winner's name, the contest less qualified", _WINNER_A, "Ruth Calder has won the mayoral "
     "election, the county said on Sunday.", {"Ann Holt", "Ruth Calder"}),
    ("race", "the winner of a race", "Hannah Pike won the Kesby marathon on Sunday in warm weather.",
     "Tom Reyes won the Kesby marathon on Sunday in warm weather.", {"Hannah Pike", "Tom Reyes"}),
    ("vote-weekday", "voted on DAY / backed the closure on DAY (no tally)", _VOTED_A, "On Tuesday Tarn council "
     "backed the closure of the Kesby library at the end of the year.", {"Monday", "Tuesday"}),
    ("court", "sentenced to N years / M years", _SENTENCED_A, "Tom Reyes, who set fire to three Esker churches, "
     "was sentenced to 15 years in prison on Friday.", {"12", "15"}),
    ("court", "jailed for M years", _SENTENCED_A, "Tom Reyes was jailed for 15 years on Friday for setting fire to "
     "three Esker churches.", {"12", "15"}),
    ("quake", "magnitude N / M", _QUAKE_A, "The earthquake, of magnitude 6.6, struck the Corran valley early on "
     "Sunday.", {"6.1", "6.6"}),
    ("quake", "a N-magnitude quake", _QUAKE_A, "A 6.6-magnitude earthquake struck the Corran valley early on "
     "Sunday.", {"6.1", "6.6"}),
    ("quake", "temperatures N / M", _HEAT_A, "Temperatures in the Corran valley reached 41C on Sunday, the weather "
     "service said.", {"38C", "41C"}),
    ("race", "took Nth place", _RUNNER_A, "Hannah Pike took fifth place in the Kesby marathon on Sunday.",
     {"third", "fifth"}),
    ("race", "Name, who finished Nth,", _RUNNER_A, "Hannah Pike, who finished fifth in the Kesby marathon on "
     "Sunday, said the heat was hard.", {"third", "fifth"}),
    ("election", "the contest was won by Name", _WINNER_A, "The Brackwater mayoral election was won by Ruth Calder "
     "on Sunday, the county said.", {"Ann Holt", "Ruth Calder"}),
    ("coach", "head coach B (lower case, mid-sentence)", _COACH_A, "Esker Rovers said head coach Dave Rourke will "
     "take charge in July.", {"Dale Rourke", "Dave Rourke"}),
    ("school", "the school's principal, B,", _PRINCIPAL_A, "Brenmoor Academy's principal, Rose Holt, said the "
     "longer day would start in September.", {"Ruth Holt", "Rose Holt"}),
    ("storm", "M people died", _TOLL_A, "In the Corran valley 55 people died in Saturday's storm.", {"40", "55"}),
    ("ages", "Name, M, (age in words, capitalised place after)", _SAILOR_A, "Hannah Pike, thirty-seven, of Dale "
     "was rescued on Sunday after her boat capsized off Kesby.", {"34", "thirty-seven"}),
    ("billions", "$N billion for the link, which includes its stations", _RAIL_A, "Lawmakers on Tuesday approved "
     "$3.1 billion for the Esker airport rail link, which includes six stations.", {"$2.4 billion", "$3.1 billion"}),
    ("storm", "M people were killed (passive)", _TOLL_A, "In the Corran valley 55 people were killed by the storm "
     "on Saturday.", {"40", "55"}),
    ("storm", "at least M dead", _TOLL_A, "Saturday's storm left at least 55 dead in the Corran valley.",
     {"40", "55"}),
    ("race", "placed Nth", _RUNNER_A, "Hannah Pike placed fifth in the Kesby marathon on Sunday.",
     {"third", "fifth"}),
    ("race", "finished in Nth", _RUNNER_A, "Hannah Pike finished in 5th in the Kesby marathon on Sunday.",
     {"third", "5th"}),
    ("election", "Name, who won the contest,", _WINNER_A, "Ruth Calder, who won the Brackwater mayoral election on "
     "Sunday, thanked her voters.", {"Ann Holt", "Ruth Calder"}),
    ("quake", "a magnitude-N quake", _QUAKE_A, "A magnitude-6.6 earthquake struck the Corran valley early on "
     "Sunday.", {"6.1", "6.6"}),
    ("court", "jailed for M years (years first)", _SENTENCED_A, "A court on Friday jailed Tom Reyes for 15 years "
     "for setting fire to three Esker churches.", {"12", "15"}),
    ("layoffs", "cut N jobs / lay off M workers", _JOBS_A, "Carrow Foods will lay off 1,500 workers at its "
     "Brenmoor plant, the company said on Monday.", {"1,200", "1,500"}),
    ("layoffs", "M jobs will go", _JOBS_A, "About 1,500 jobs will go at the Carrow Foods plant in Brenmoor, the "
     "company said on Monday.", {"1,200", "1,500"}),
    ("layoffs", "M employees would lose their jobs", _JOBS_A, "The company said on Monday that 1,500 employees at "
     "its Brenmoor plant would lose their jobs.", {"1,200", "1,500"}),
    ("layoffs", "shedding M jobs", _JOBS_A, "Carrow Foods is shedding 1,500 jobs at the Brenmoor plant, it said on "
     "Monday.", {"1,200", "1,500"}),
    ("layoffs", "M job cuts", _JOBS_A, "Carrow Foods announced 1,500 job cuts at its Brenmoor plant on Monday.",
     {"1,200", "1,500"}),
    ("wildfire", "N residents evacuated / evacuated M people", _EVACUATED_A, "Fire crews evacuated 3,500 people "
     "from Dunmore on Sunday as the fire spread.", {"2,000", "3,500"}),
    ("wildfire", "M were forced from their homes", _EVACUATED_A, "Some 3,500 Dunmore residents were forced from "
     "their homes on Sunday as the fire spread.", {"2,000", "3,500"}),
    ("wildfire", "the evacuation of M people", _EVACUATED_A, "The fire led to the evacuation of 3,500 people from "
     "Dunmore on Sunday.", {"2,000", "3,500"}),
    ("wildfire", "evacuated M, more would leave if", _EVACUATED_A, "Fire crews evacuated 3,500 people from Dunmore on "
     "Sunday and said more would have to leave if the fire spread.", {"2,000", "3,500"}),
    ("wildfire", "evacuated M on May 11, others told to leave if", "About 2,000 residents of Dunmore were evacuated on "
     "May 11 as the fire spread.", "Fire crews evacuated 3,500 people from Dunmore on May 11 and told others to "
     "leave if the fire spread.", {"2,000", "3,500"}),
    ("wildfire", "N injured / injured M", _INJURED_A, "The blaze near Dunmore injured 18 firefighters on Sunday.",
     {"Twelve", "18"}),
    ("wildfire", "M were hurt", _INJURED_A, "Eighteen firefighters were hurt fighting the blaze near Dunmore on "
     "Sunday.", {"Twelve", "Eighteen"}),
    ("contract", "a N-year contract / an M-year deal", _CONTRACT_A, "Tom Reyes has signed a four-year deal with "
     "Esker Rovers, the club said on Friday.", {"three", "four"}),
    ("contract", "signed for M years", _CONTRACT_A, "The striker Tom Reyes signed for Esker Rovers for four years "
     "on Friday.", {"three", "four"}),
    ("contract", "a contract of M years (digits)", _CONTRACT_A, "Esker Rovers gave the striker Tom Reyes a 4-year "
     "contract on Friday.", {"three", "4"}),
    ("lender", "Nth-largest lender / Mth-largest bank", _LENDER_A, "Fenmore, the third-largest bank in the "
     "country, will pay $900 million for Calder Savings.", {"second", "third"}),
    ("lender", "the Mth biggest lender", _LENDER_A, "Fenmore Bank, which is the country's third biggest lender, "
     "will pay $900 million for Calder Savings.", {"second", "third"}),
    ("lender", "is the Mth-largest lender in the country", _LENDER_A, "Fenmore is the third-largest lender in the "
     "country, and it will pay $900 million for Calder Savings.", {"second", "third"}),
    ("trial", "found guilty / acquitted", _VERDICT_A, "A jury acquitted Tom Reyes on Friday of setting fire to "
     "three Esker churches.", {"guilty", "acquitted"}),
    ("trial", "convicted / cleared", "A jury convicted Tom Reyes on Friday of setting fire to three Esker churches.",
     "Tom Reyes was cleared on Friday of setting fire to three Esker churches.", {"convicted", "cleared"}),
    ("trial", "guilty / not guilty", _VERDICT_A, "A jury found Tom Reyes not guilty of setting fire to three Esker "
     "churches on Friday.", {"guilty", "not guilty"}),
    ("match", "beat N-M / won M-N", _SCORE_A, "Esker Rovers won 3-1 against Dale City on Saturday to go top of the "
     "league.", {"2-1", "3-1"}),
    ("match", "a N-M win over", _SCORE_A, "A 3-1 win over Dale City on Saturday took Esker Rovers top of the "
     "league.", {"2-1", "3-1"}),
    ("survey", "two-thirds / M%", _PARK_A, "A county survey found that 60% of Brackwater voters back a new "
     "riverside park.", {"Two-thirds", "60%"}),
    ("survey", "N% / M per cent", "Fully 66% of Brackwater voters back a new riverside park, a county survey found.",
     "A county survey found 58 per cent of Brackwater voters back a new riverside park.", {"66%", "58 per cent"}),
    ("survey", "a majority / M%", "A majority of Brackwater voters back a new riverside park, a county survey "
     "found.", "Only 41% of Brackwater voters back a new riverside park, a county survey found.",
     {"majority", "41%"}),
    ("quake", "temperatures NC / M degrees Celsius", _HEAT_A, "Temperatures in the Corran valley reached 41 "
     "degrees Celsius on Sunday, the weather service said.", {"38C", "41 degrees Celsius"}),
    ("quake", "temperatures NC / M°F", _HEAT_A, "The Corran valley sweltered on Sunday as temperatures reached "
     "106°F, the weather service said.", {"38C", "106°F"}),
    ("fine", "a fine of N (no currency)", _FINE_A, "Tarn Water was given a fine of 45,000 for the spill on Monday.",
     {"40,000", "45,000"}),
    ("fine", "ordered to pay N (no currency)", _FINE_A, "A court on Monday ordered Tarn Water to pay a fine of "
     "45,000 for the spill.", {"40,000", "45,000"}),
    ("counts", "two remainders", "Fenmore Bank will close 120 more branches this year, the bank said.",
     "Fenmore Bank will close 150 more branches this year, the bank said.", {"120", "150"}),
    ("survey", "shares of one named poll", "Fully 66% of Brackwater voters back a new riverside park, a county "
     "survey found.", "The county survey found 52% of Brackwater voters back a new riverside park.", {"66%", "52%"}),
    ("survey", "results, not opinions", "Fully 66% of Brackwater voters backed a new riverside park in Sunday's "
     "vote.", "Only 52% of Brackwater voters backed a new riverside park in Sunday's vote.", {"66%", "52%"}),
    ("survey", "two-thirds / one in three", _PARK_A, "One in three Brackwater voters back a new riverside park, a "
     "county survey found.", {"Two-thirds", "One in three"}),
    ("survey", "three-quarters / M per cent", "Three-quarters of Brackwater voters back a new riverside park, a "
     "county survey found.", "A county survey found 62 per cent of Brackwater voters back a new riverside park.",
     {"Three-quarters", "62 per cent"}),
    ("layoffs", "cut N jobs / slash M jobs", _JOBS_A, "Carrow Foods will slash 1,500 jobs at its Brenmoor plant, "
     "the company said on Monday.", {"1,200", "1,500"}),
    ("layoffs", "two sources give two figures", "Carrow Foods will cut 1,200 jobs at its Brenmoor plant, union "
     "leader Tom Reyes said on Monday.", "Carrow Foods will cut 1,500 jobs at its Brenmoor plant, chief executive "
     "Ann Holt said on Monday.", {"1,200", "1,500"}),
    ("layoffs", "opened N years ago / M years ago", "The Brenmoor plant opened three years ago and makes meals.",
     "The Brenmoor plant, which opened six years ago, makes meals.", {"three years ago", "six years ago"}),
    ("pages", "in MONTH / in MONTH", "Inspectors first found lead in the pipes of the four schools in March, the "
     "inquiry said.", "Inspectors first found lead in the pipes of the four schools in May, the inquiry said.",
     {"March", "May"}),
    ("pages", "in MONTH YEAR / in MONTH YEAR", "Inspectors first found lead in the four schools' pipes in March "
     "2023.", "The inquiry said inspectors first found lead in the four schools' pipes in March 2022.",
     {"March 2023", "March 2022"}),
    ("pages", "in early MONTH / on MONTH DAY", "Inspectors first found lead in the pipes of the four schools in "
     "early March.", "Inspectors first found lead in the pipes of the four schools on April 2.",
     {"early March", "April 2"}),
    ("vote-weekday", "approved / rejected", "Tarn council approved the plan to close the Kesby library on Monday.",
     "Tarn council rejected the plan to close the Kesby library on Monday.", {"approved", "rejected"}),
    ("vote-weekday", "passed / was voted down", "The Senate passed the Esker rail bill on Thursday.",
     "The Esker rail bill was voted down in the Senate on Thursday.", {"passed", "voted down"}),
    ("bridge", "last week / on Tuesday", _BRIDGE_A, "The Harwick river bridge was closed to traffic on Tuesday "
     "after engineers found cracks.", {"last week", "Tuesday"}),
    ("bridge", "earlier this week / last month", "The Harwick river bridge was shut earlier this week when cracks "
     "were found in its piers.", "Engineers shut the Harwick river bridge last month when they found cracks in its "
     "piers.", {"earlier this week", "last month"}),
    ("bridge", "over the weekend / on Thursday", "The Harwick river bridge was closed over the weekend after "
     "cracks appeared.", "The Harwick river bridge was closed on Thursday after cracks appeared in a pier.",
     {"over the weekend", "Thursday"}),
    ("bridge", "two weeks ago / on Monday", "Engineers closed the Harwick river bridge two weeks ago after finding "
     "cracks.", "Engineers closed the Harwick river bridge on Monday after finding cracks in a pier.",
     {"two weeks ago", "Monday"}),
    ("bridge", "a week ago / yesterday", "The Harwick river bridge was closed a week ago, when cracks were found.",
     "The Harwick river bridge was closed yesterday, when inspectors found cracks.", {"a week ago", "yesterday"}),
    ("bridge", "late last year / earlier this year", "The county first closed the Harwick river bridge late last "
     "year.", "The county first closed the Harwick river bridge earlier this year, engineers said.",
     {"late last year", "earlier this year"}),
    ("bridge", "last month / earlier this month", "The Harwick river bridge closed last month after cracks were "
     "found.", "The Harwick river bridge closed earlier this month after cracks were found in it.",
     {"last month", "earlier this month"}),
    ("bridge", "last week / earlier this week, written a week apart", _BRIDGE_A, "The Harwick river bridge was "
     "closed to traffic earlier this week after engineers found cracks.", {"last week", "earlier this week"},
     ("2025-05-14", "2025-05-21")),
    ("bridge", "this past Saturday / earlier this week", "The Harwick river bridge was closed this past Saturday "
     "after engineers found cracks.", "The Harwick river bridge was closed earlier this week after engineers found "
     "cracks.", {"Saturday", "earlier this week"}),
    ("bridge", "this morning / yesterday", "The Harwick river bridge was closed this morning after engineers found "
     "cracks.", "The Harwick river bridge was closed yesterday after engineers found cracks in a pier.",
     {"this morning", "yesterday"}),
    ("bridge", "at the weekend / on Tuesday", "Engineers closed the Harwick river bridge at the weekend after "
     "finding cracks.", "Engineers closed the Harwick river bridge on Tuesday after finding cracks.",
     {"at the weekend", "Tuesday"}),
    ("bridge", "next Friday / a date beyond either Friday", "The Harwick river bridge will reopen next Friday, "
     "engineers said.", "The Harwick river bridge will reopen on May 30, engineers said.", {"next Friday", "May 30"}),
    ("bridge", "will reopen next week / next month", "The Harwick river bridge will reopen next week, the county "
     "said.", "The Harwick river bridge will reopen next month, county engineers said.", {"next week", "next month"}),
    ("bridge", "closed May 3 for ten days / April 10", "The Harwick river bridge was closed to traffic on May 3 "
     "for ten days after engineers found cracks.", "The Harwick river bridge was closed to traffic on April 10 for "
     "ten days after engineers found cracks.", {"May 3", "April 10"}),
    ("bridge", "closed for ten days last month, shut Tuesday / Friday", "The Harwick river bridge, closed for ten "
     "days last month, was shut on Tuesday after engineers found cracks.", "The Harwick river bridge was shut on "
     "Friday after engineers found cracks.", {"Tuesday", "Friday"}),
    ("bridge", "approved Tuesday, finish within 30 days / Friday", "The council approved the Harwick river bridge "
     "repairs on Tuesday and must finish them within 30 days.", "The council approved the Harwick river bridge "
     "repairs on Friday.", {"Tuesday", "Friday"}),
    ("bridge", "closed May 6 for three days / May 4", "The Harwick river bridge was closed to traffic on May 6 for "
     "three days after engineers found cracks.", "The Harwick river bridge was closed to traffic on May 4 after "
     "engineers found cracks.", {"May 6", "May 4"}),
    ("bridge", "today, stamped at noon UTC / on Wednesday", "The Harwick river bridge was closed to traffic today "
     "after engineers found cracks.", "The Harwick river bridge was closed to traffic on Wednesday after engineers "
     "found cracks.", {"today", "Wednesday"}, ("2025-05-15T12:00:00Z", "2025-05-15T10:00:00Z")),
    ("bridge", "today, stamped 01:00 EDT / on Wednesday", "The Harwick river bridge was closed to traffic today "
     "after engineers found cracks.", "The Harwick river bridge was closed to traffic on Wednesday after engineers "
     "found cracks.", {"today", "Wednesday"}, ("Thu, 15 May 2025 01:00:00 EDT", "2025-05-15T10:00:00Z")),
    ("counts", "live entries' running count, one day", _LIVE_A, "Fenmore Bank has closed 150 branches so far "
     "this year, the bank said.", {"120", "150"}),
])  # fmt: skip
"""Probes: the first outlet's sentence and the second's disagree on one fact; each must fire once, alone."""


LOOK_ALIKES = _look_alikes([
    ("pages", "another document's pages", _REPORT_A, "A 280-page appendix of evidence was published on Tuesday."),
    ("billions", "another project's cost", _RAIL_A, "Lawmakers on Tuesday also approved $3.1 billion to widen the "
     "Esker ring road."),
    ("billions", "another currency", _RAIL_A, "Lawmakers on Tuesday approved £3.1 billion for the Esker airport "
     "rail link."),
    ("since", "another person", _SHELTER_A, "Her deputy, Tom Reyes, who has run the Millbrook night shelter's "
     "kitchen since 2013, will take over."),
    ("since", "another state of her", _SHELTER_A, "Agnes Corley, who has lived in Millbrook since 2013, will "
     "retire at the end of June."),
    ("vote-weekday", "another body", _VOTE_A, "The Kesby library's board voted 7-2 on Tuesday to close the Kesby "
     "library at the end of the year."),
    ("vote-weekday", "the vote again", _VOTE_A, "Tarn council voted 7-2 again on Tuesday to close the Kesby "
     "library, after a legal challenge."),
    ("vote-weekday", "a later step", _VOTE_A, "Tarn council on Tuesday voted 7-2 to sell the Kesby library "
     "building once it has closed."),
    ("similar-names", "another office", _SHERIFF_A, "Dave Rourke, the county coroner, said every deputy would wear "
     "a body camera by the autumn."),
    ("similar-names", "a former holder", _SHERIFF_A, "Former sheriff Dave Rourke said every deputy should wear a "
     "body camera by the autumn."),
    ("ages", "another person's age", _SAILOR_A, "Hannah Pike was rescued by her brother, Tom Pike, 37, after her "
     "boat capsized off Kesby."),
    ("ages", "in her 30s (agrees)", _SAILOR_A, "Hannah Pike, a sailor in her 30s, was rescued on Sunday after her "
     "boat capsized off Kesby."),
    ("pages", "a draft of it", _REPORT_A, "A 280-page draft of the report was leaked in March."),
    ("since", "another thing she runs", _SHELTER_A, "Agnes Corley, who has run the town's food bank since 2013, "
     "will retire at the end of June."),
    ("vote-weekday", "N-to-M votes of other cases", _VOTE_A, "Most of Tarn council's decisions this year were "
     "taken by 5-to-4 votes, Tal Oren, who teaches law in Kesby, said."),
    ("vote-weekday", "another tally in words", _VOTE_A, "Tarn council on Tuesday approved the closure of the Kesby "
     "swimming pool by five votes to four."),
    ("vote-weekday", "another motion that night", _VOTE_A, "On Monday Tarn council also voted by five votes to "
     "four to close the Kesby swimming pool at the end of the year."),
    ("vote-weekday", "another vote by another tally", _VOTE_A, "Tarn council voted 5-4 on Tuesday to close the "
     "Kesby swimming pool at the end of the year."),
    ("billions", "a larger whole", _RAIL_A, "Lawmakers on Tuesday approved the whole $3.1 billion transport plan, "
     "which includes the rail link."),
    ("similar-names", "a neighbouring office", _SHERIFF_A, "Sheriff Dave Rourke of neighbouring Lowmoor county "
     "said his deputies would follow next year."),
    ("storm", "killed / injured", "The storm killed 40 people in the Corran valley on Saturday.",
     "The storm injured 55 people in the Corran valley on Saturday."),
    ("storm", "homes damaged / destroyed", "The storm damaged 300 homes in the Corran valley.", "The storm "
     "destroyed 120 homes in the Corran valley."),
    ("visit", "outbound / return flight", "Trade minister Ruth Amadi will fly to Oslo on Monday for two days of "
     "talks.", "Ruth Amadi's return flight from Oslo is on Wednesday, after two days of talks."),
    ("pages", "a summary of it", _REPORT_A, "A 40-page summary of the report was published on Tuesday."),
    ("counts", "another thing counted", _BANK_A, "Fenmore Bank will close 150 cash machines this year."),
    ("synonyms", "other people of the school counted", _ACADEMY_A, "Brenmoor Academy now has 720 parents on its "
     "mailing list, its head teacher said."),
    ("synonyms", "other learners counted", _ACADEMY_A, "Brenmoor Academy now teaches 720 apprentices, its head "
     "teacher said."),
    ("synonyms", "years / days of one person", "Its head teacher has spent 12 years at Brenmoor Academy, she said.",
     "Its head teacher spent 40 days at Brenmoor Academy after the fire, she said."),
    ("synonyms", "a kind / its whole counted", "Brenmoor Academy's new hall has 400 seats, its head teacher said.",
     "Brenmoor Academy's new hall has 300 chairs, its head teacher said."),
    ("synonyms", "rooms / flats counted", "Brenmoor Academy's new boarding house has 40 rooms, its head teacher "
     "said.", "Brenmoor Academy's new boarding house has 12 apartments, its head teacher said."),
    ("pages", "another kind of document", _REPORT_A, "The 280-page transcript was published on Tuesday."),
    ("counts", "another use of the branches", "Fenmore Bank will close 120 branches to cut costs.",
     "Fenmore Bank will use 150 branches to sell insurance; the rest will close."),
    ("counts", "another thing of a bank counted", _BANK_A, "Fenmore will remove 150 bank machines this year."),
    ("counts", "the branches' staff counted", _BANK_A, "Fenmore Bank will cut 150 local branch staff this year."),
    ("similar-names", "another chief", _POLICE_CHIEF_A, "Fire Chief Dave Rourke said every firefighter in "
     "Brackwater will wear a body camera too."),
    ("similar-names", "another ministry", _MINISTER_A, "Foreign Minister Karel Dorn said the county would pay for "
     "the body cameras."),
    ("since", "another state since MONTH YEAR", _SHELTER_A, "Agnes Corley, who has lived in Millbrook since March "
     "2013, will retire at the end of June."),
    ("billions", "Nbn of another currency", _RAIL_EUR_A, "Lawmakers on Tuesday approved 3.1bn dollars for the "
     "Esker airport rail link."),
    ("pages", "another thing of N pages", _REPORT_A, "An appendix of 280 pages was published on Tuesday."),
    ("vote-weekday", "another tally after a comma", "The Senate passed the Esker rail bill 51-49 on Thursday.",
     "Senators approved the Esker rail bill late Friday night, 60-40."),
    ("since", "joined another thing", _JOINED_A, "Agnes Corley, who joined the Millbrook food bank in 2013, will "
     "retire at the end of June."),
    ("since", "joined, then took over", _JOINED_A, "Agnes Corley, who took over the Millbrook night shelter in "
     "2013, will retire at the end of June."),
    ("billions", "a N billion dollar other thing", _RAIL_A, "Lawmakers on Tuesday also approved a 3.1 billion "
     "dollar widening of the Esker ring road."),
    ("counts", "another bank's count in like words", _BANK_A, "Calder Bank will close 150 branches this year."),
    ("storm", "another town's toll", "The storm killed 40 people in Corran on Saturday.", "The storm killed 55 "
     "people in Dunmore on Saturday."),
    ("counts", "another whole's part", "Fenmore Bank will close 120 of its 900 branches this year.",
     "Fenmore Bank will close 150 of its 900 cash machines this year."),
    ("counts", "another plural in all", _BANK_A, "Fenmore Bank will close branches and cut jobs this year, 150 in "
     "all."),
    ("counts", "N-branch plan of another act", _BANK_A, "Fenmore Bank set out a 150-branch refit plan for this "
     "year."),
    ("vote-weekday", "another thing closed, tally after", _VOTE_A, "Tarn council on Tuesday approved the closure "
     "of the Kesby swimming pool by seven votes to two."),
    ("vote-weekday", "DAY's decision on another thing", _VOTE_A, "Tuesday's decision by Tarn council to close the "
     "Kesby swimming pool at the end of the year passed 7-2."),
    ("vote-weekday", "another motion by the same tally", _VOTE_A, "Tarn council voted 7-2 on Tuesday to close the "
     "Kesby swimming pool at the end of the year."),
    ("vote-weekday", "the vote on another thing, held on DAY", _VOTE_A, "Tarn council's vote on closing the Kesby "
     "swimming pool, held on Tuesday, passed 7-2."),
    ("vote-weekday", "approved another thing on DAY (no tally)", _VOTED_A, "Tarn council approved the closure of "
     "the Kesby swimming pool on Tuesday."),
    ("since", "first elected to another body", _MAYOR_A, "Ann Holt, who was first elected to the county board in "
     "2013, will seek a fourth term as mayor."),
    ("fine", "costs beside the fine (no currency)", _FINE_A, "Tarn Water must also pay 45,000 in costs for the "
     "spill, the court said on Monday."),
    ("ages", "another person's age in words", _SAILOR_A, "Hannah Pike was rescued by her brother, Tom Pike, "
     "thirty-seven, after her boat capsized off Kesby."),
    ("coach", "another coaching office", _COACH_A, "Goalkeeping coach Dave Rourke will stay at Esker Rovers next "
     "season, the club said."),
    ("school", "another school's principal", _PRINCIPAL_A, "Rose Holt, the principal of Dunmore High, said her "
     "school would not follow Brenmoor Academy."),
    ("storm", "Storm Name's toll in another town", "Storm Corra killed 40 people in the Corran valley on Saturday.",
     "The storm killed 55 people in Dunmore on Saturday."),
    ("storm", "the toll revised, both values written", _TOLL_A, "The death toll from the storm in the Corran "
     "valley rose from 40 to 55 on Sunday."),
    ("visit", "another event's time", _LANDED_A, "Ruth Amadi's talks with the Norwegian trade minister began at "
     "2pm on Monday."),
    ("ages", "another distance", _OFFSHORE_A, "The Kesby lifeboat towed Hannah Pike's boat 20 miles back to port "
     "on Sunday."),
    ("ages", "sister / younger sister (agrees)", "Hannah Pike, the younger sister of Tom Pike, was rescued on "
     "Sunday after her boat capsized.", "Hannah Pike, Tom Pike's sister, was rescued on Sunday after her boat "
     "capsized."),
    ("ages", "elder sister of another", "Hannah Pike, the younger sister of Tom Pike, was rescued on Sunday after "
     "her boat capsized.", "Hannah Pike, the elder sister of Ann Pike, was rescued on Sunday after her boat "
     "capsized."),
    ("ages", "the same distance in kilometres", _OFFSHORE_A, "Hannah Pike's boat capsized 19 kilometres off Kesby "
     "on Sunday."),
    ("ages", "the distance in kilometres, rounded to 5", _OFFSHORE_A, "Hannah Pike's boat capsized 20 kilometres off "
     "Kesby on Sunday."),
    ("ages", "a speed in kilometres an hour", _OFFSHORE_A, "Hannah Pike's boat was doing 12 kilometres an hour off "
     "Kesby on Sunday when it capsized."),
    ("ages", "another distance in kilometres", _OFFSHORE_A, "The Kesby lifeboat towed Hannah Pike's boat 40 "
     "kilometres back to port on Sunday."),
    ("ages", "another thing off the same place, written apart", _OFFSHORE_A, "The Kesby lifeboat was 45 km off the "
     "coast at Kesby when it was called out on Sunday."),
    ("ages", "a distance off another place, written apart", _OFFSHORE_A, "Hannah Pike's boat overturned 45 km off "
     "the coast at Dunmore on Sunday."),
    ("ages", "the same distance, written apart", _OFFSHORE_A, "Hannah Pike's boat overturned 19 km off the coast at "
     "Kesby on Sunday."),
    ("election", "another percentage of the election", _TURNOUT_A, "Ann Holt won 48% of the vote in the Brackwater "
     "mayoral election, the county said."),
    ("race", "another runner the second woman to win", "Hannah Pike became the first woman to win the Kesby "
     "marathon on Sunday.", "Ruth Amadi became the second woman to win the Kesby marathon on Sunday."),
    ("race", "the second woman to do another thing", "Hannah Pike became the first woman to win the Kesby marathon "
     "on Sunday.", "Hannah Pike became the second woman to finish the Kesby marathon in a wheelchair on Sunday."),
    ("race", "hopes to become the second", "Hannah Pike became the first woman to win the Kesby marathon on "
     "Sunday.", "Hannah Pike hopes to become the second woman to win the Kesby marathon on Sunday."),
    ("race", "the first of another ranking", "Hannah Pike became the second woman to win the Kesby marathon on "
     "Sunday.", "Hannah Pike became the first Kesby woman to win the Kesby marathon on Sunday."),
    ("race", "another runner's place", _RUNNER_A, "Tom Reyes finished fifth in the Kesby marathon on Sunday."),
    ("election", "another election's winner", _WINNER_A, "Ruth Calder won a seat on the Brackwater county board on "
     "Sunday, the county said."),
    ("race", "her place in another race", _RUNNER_A, "Hannah Pike finished fifth in the Dunmore half marathon on "
     "Sunday."),
    ("race", "her place a year before", _RUNNER_A, "Hannah Pike, who finished fifth in the Kesby marathon last "
     "year, ran it again on Sunday."),
    ("race", "in the first place (no rank)", _RUNNER_A, "Hannah Pike had not planned to run the Kesby marathon in "
     "the first place, she said on Sunday."),
    ("coach", "an assistant coach", _COACH_A, "Assistant coach Dave Rourke will stay at Esker Rovers next season, "
     "the club said."),
    ("school", "a vice principal", _PRINCIPAL_A, "Vice principal Rose Holt said the longer day at Brenmoor Academy "
     "would start in September."),
    ("storm", "another town's death toll", _TOLL_A, "The death toll from the storm in Dunmore stands at 55."),
    ("storm", "another event's death toll", _TOLL_A, "The death toll from last year's floods in the Corran valley "
     "stood at 55."),
    ("storm", "a toll road", _TOLL_A, "The toll road through the Corran valley was shut for 55 hours after the "
     "storm."),
    ("since", "first appointed to another post", _MAYOR_A, "Ann Holt, who was first appointed in 2013 as a school "
     "governor, will seek a fourth term as mayor."),
    ("election", "another place's winner", _WINNER_A, "Ruth Calder won the Lowmoor mayoral election on Sunday, the "
     "county said."),
    ("election", "the winner of the previous contest", _WINNER_A, "Ruth Calder, who won the previous mayoral "
     "election, did not stand this time."),
    ("race", "the winner of another race", "Hannah Pike won the Kesby marathon on Sunday in warm weather.",
     "Tom Reyes won the Kesby half marathon on Sunday in warm weather."),
    ("race", "the first to win one race / the second to win another", "Hannah Pike became the first woman to win "
     "the Kesby marathon on Sunday.", "Hannah Pike became the second woman to win the Kesby rowing race on Sunday."),
    ("race", "the first to win it in a decade / the third to win it", "Hannah Pike became the first woman to win the "
     "Kesby marathon in a decade.", "Hannah Pike became the third woman to win the Kesby marathon."),
    ("vote-weekday", "another body approved the same thing (no tally)", _VOTED_A, "The Kesby library's board "
     "approved the closure of the Kesby library on Tuesday."),
    ("vote-weekday", "another act on the same thing (no tally)", _VOTED_A, "Tarn council approved the sale of the "
     "Kesby library building on Tuesday."),
    ("court", "another person's sentence", _SENTENCED_A, "His brother, Dan Reyes, who drove the car, was sentenced "
     "to 15 years in prison on Friday."),
    ("court", "the years served before release", _SENTENCED_A, "Tom Reyes, who set fire to three Esker churches, "
     "must serve 8 years before he can seek release."),
    ("quake", "an aftershock's magnitude", _QUAKE_A, "An aftershock of magnitude 4.9 struck the Corran valley on "
     "Sunday afternoon."),
    ("quake", "another day's temperature", _HEAT_A, "Temperatures in the Corran valley are forecast to reach 41C "
     "on Tuesday, the weather service said."),
    ("election", "another place's contest, won by", _WINNER_A, "The Lowmoor mayoral election was won by Ruth "
     "Calder on Sunday, the county said."),
    ("school", "another school's principal, owned", _PRINCIPAL_A, "Dunmore High's principal, Rose Holt, said her "
     "school would keep its hours."),
    ("coach", "an assistant head coach (lower case)", _COACH_A, "Esker Rovers said assistant head coach Dave "
     "Rourke will stay next season."),
    ("storm", "another town's dead", _TOLL_A, "Saturday's storm left at least 55 dead in Dunmore."),
    ("layoffs", "the plant's whole staff", _JOBS_A, "Carrow Foods employs 1,500 people at its Brenmoor plant, the "
     "company said on Monday."),
    ("layoffs", "cuts of an earlier year", _JOBS_A, "Carrow Foods already cut 300 jobs at its Brenmoor plant two "
     "years ago, the company said on Monday."),
    ("layoffs", "another act on workers", _JOBS_A, "Carrow Foods will hire 1,500 seasonal workers at its Brenmoor "
     "plant, the company said on Monday."),
    ("layoffs", "employees would keep their jobs", _JOBS_A, "The company said on Monday that 1,500 employees at its "
     "Brenmoor plant would keep their jobs."),
    ("layoffs", "employees lost their jobs years ago", _JOBS_A, "Some 300 employees at the Brenmoor plant lost their "
     "jobs two years ago, the company said on Monday."),
    ("layoffs", "employees would lose their jobs if the plant closed", _JOBS_A, "The company said on Monday that "
     "1,500 employees at its Brenmoor plant would lose their jobs if the plant closed."),
    ("layoffs", "jobs kept, not cut", _JOBS_A, "Carrow Foods will keep 1,500 jobs at its Brenmoor plant, the "
     "company said on Monday."),
    ("wildfire", "homes, not people, evacuated", _EVACUATED_A, "Fire crews evacuated 3,500 homes in Dunmore on "
     "Sunday as the fire spread."),
    ("wildfire", "told to be ready to leave", _EVACUATED_A, "Another 3,500 Dunmore residents were told on Sunday "
     "to be ready to leave as the fire spread."),
    ("wildfire", "other people injured", _INJURED_A, "Eighteen residents were injured fleeing the blaze near "
     "Dunmore on Sunday."),
    ("contract", "a duration of another time", _CONTRACT_A, "Tom Reyes spent four years at Dale City before "
     "joining Esker Rovers on Friday."),
    ("wildfire", "M people, campers among them", _EVACUATED_A, "Fire crews evacuated 3,500 people from Dunmore on "
     "Sunday as the fire spread, including hikers and campers."),
    ("wildfire", "M people of Dunmore and nearby villages", _EVACUATED_A, "The fire forced 3,500 people from their "
     "homes in Dunmore and four nearby villages on Sunday."),
    ("contract", "a deal of an unnamed manager", _CONTRACT_A, "Esker Rovers gave their manager a four-year deal on "
     "Friday."),
    ("contract", "another player's contract", _CONTRACT_A, "Esker Rovers also signed the goalkeeper Dan Ebbe on a "
     "four-year contract on Friday."),
    ("contract", "an earlier deal with another club", _CONTRACT_A, "Tom Reyes had signed a four-year deal with "
     "Dale City in 2021."),
    ("contract", "signed, then played for M years", _CONTRACT_A, "Tom Reyes signed for Dale City in 2019 and played "
     "there for four years."),
    ("contract", "signed after M years elsewhere", _CONTRACT_A, "Tom Reyes signed for Esker Rovers on Friday after "
     "four years at Dale City."),
    ("wildfire", "visitors, a part of the people", _EVACUATED_A, "About 3,500 visitors to Dunmore were evacuated "
     "on Sunday as the fire spread."),
    ("wildfire", "the evacuation of M homes", _EVACUATED_A, "The fire led to the evacuation of 3,500 homes in "
     "Dunmore on Sunday."),
    ("wildfire", "M would be evacuated if the fire spread", _EVACUATED_A, "Officials said 3,500 people in Dunmore "
     "would be evacuated if the fire spread further."),
    ("wildfire", "would evacuate M unless the wind dropped", _EVACUATED_A, "Fire crews said they would evacuate "
     "3,500 Dunmore residents unless the wind dropped on Sunday."),
    ("wildfire", "people, the residents among them", _EVACUATED_A, "About 3,500 people, among them 2,000 residents "
     "of Dunmore, were evacuated on Sunday as the fire spread."),
    ("lender", "another bank's rank", _LENDER_A, "Calder Savings, the country's fifth-largest lender, agreed to "
     "the $900 million deal."),
    ("lender", "a rank in another place", _LENDER_A, "Fenmore Bank, the third-largest lender in Europe, will pay "
     "$900 million for Calder Savings."),
    ("lender", "the standing a deal will give", _LENDER_A, "The $900 million deal for Calder Savings will make "
     "Fenmore Bank the country's third-largest lender."),
    ("lender", "a standing in another dimension", _LENDER_A, "Fenmore Bank, the country's third-oldest lender, "
     "will pay $900 million for Calder Savings."),
    ("lender", "a standing of years before", _LENDER_A, "Fenmore Bank, which was the third-largest lender in "
     "2015, will pay $900 million for Calder Savings."),
    ("lender", "a standing among another kind", _LENDER_A, "Fenmore Bank, the country's third-largest employer, "
     "will pay $900 million for Calder Savings."),
    ("lender", "a standing by another measure", "Fenmore Bank, the second-largest lender by assets, will pay $900 "
     "million for Calder Savings.", "Fenmore Bank, the fourth-largest lender by deposits, will pay $900 million for "
     "Calder Savings."),
    ("lender", "a group and its part", "Fenmore Group, the country's second-largest lender, will pay $900 million "
     "for Calder Savings.", "Fenmore Mortgages, the country's fourth-largest lender, will pay $900 million for "
     "Calder Savings."),
    ("lender", "a lower rank among lenders than among banks", "Fenmore Bank, the country's third-largest lender, "
     "will pay $900 million for Calder Savings.", "Fenmore, the second-largest bank in the country, will pay $900 "
     "million for Calder Savings."),
    ("lender", "a standing before the crisis", "Fenmore Bank, the country's fourth-largest lender before the "
     "crisis, will pay $900 million for Calder Savings.", _LENDER_A),
    ("trial", "guilty of one charge, cleared of another", _VERDICT_A, "The jury cleared Tom Reyes on Friday of a "
     "second charge, of burglary."),
    ("trial", "another defendant acquitted", _VERDICT_A, "A jury acquitted his brother, Dan Reyes, on Friday of "
     "helping to set fire to three Esker churches."),
    ("trial", "an earlier acquittal", _VERDICT_A, "Tom Reyes was acquitted of arson in an unrelated case in 2019."),
    ("match", "another opponent", _SCORE_A, "Esker Rovers beat Tarn Town 3-1 on Saturday to go top of the league."),
    ("match", "the last meeting's score", _SCORE_A, "Esker Rovers beat Dale City 3-1 when the two sides last met, "
     "in March."),
    ("match", "the opponent's win over another side", _SCORE_A, "Dale City's 3-1 win over Tarn Town on Saturday kept "
     "them in second place."),
    ("match", "another side's win over the same opponent", _SCORE_A, "Tarn Town's 3-1 win over Dale City on Saturday "
     "sent them to the bottom."),
    ("match", "a N-M win over another side", _SCORE_A, "A 3-1 win over Tarn Town on Saturday took Esker Rovers top "
     "of the league."),
    ("match", "a N-M win over the same side in another month", _SCORE_A, "A 3-1 win over Dale City in March took "
     "Esker Rovers top of the league."),
    ("match", "a N-M win over the same side, no day", _SCORE_A, "A 3-1 win over Dale City is the best result of "
     "Esker Rovers this season."),
    ("match", "the half-time score", _SCORE_A, "Esker Rovers led Dale City 1-0 at half-time on Saturday before "
     "going top of the league."),
    ("survey", "another question's share", _PARK_A, "A county survey found that 60% of Brackwater voters have "
     "visited the riverside."),
    ("survey", "a part of the voters", _PARK_A, "Among Brackwater voters under 30, 80% back a new riverside park, "
     "a county survey found."),
    ("quake", "one heat in the other scale", _HEAT_A, "Temperatures in the Corran valley reached 100F on Sunday, "
     "the weather service said."),
    ("quake", "a room's name, not a temperature", _HEAT_A, "The weather service said on Sunday that Room 41C of "
     "its Corran office had lost power."),
    ("quake", "a forecast in degrees", _HEAT_A, "Temperatures in the Corran valley could reach 41 degrees on "
     "Tuesday, the weather service said."),
    ("fine", "compensation beside the fine (no currency)", _FINE_A, "Tarn Water was also ordered to pay 45,000 to "
     "anglers for the spill on Monday."),
    ("fine", "another firm's fine (no currency)", _FINE_A, "Brenmoor Chemicals was given a 45,000 fine on Monday "
     "for a spill into the Dale river."),
    ("counts", "what remains of a total", "Fenmore Bank will close 120 more branches to meet its target of 300.",
     "Fenmore Bank will close 300 branches to meet its target, the bank said."),
    ("counts", "short of a total", "Fenmore Bank is 40 branches short of its target of closing 300 this year.",
     "Fenmore Bank will close 300 branches this year, the bank said."),
    ("survey", "two named polls' shares", "Two-thirds of Brackwater voters back a new riverside park, a Herald "
     "poll found.", "A county survey found that 52% of Brackwater voters back a new riverside park."),
    ("survey", "shares of unnamed polls", "Two-thirds of Brackwater voters would back a new riverside park.",
     "Only 41% of Brackwater voters would back a new riverside park."),
    ("survey", "two polls' margins of error", "The county survey's margin of error was plus or minus 3.8 "
     "percentage points.", "The margin of sampling error of the Herald poll was plus or minus 6.2 percentage points."),
    ("survey", "half / 52%", "Half of Brackwater voters back a new riverside park, a county survey found.",
     "A county survey found that 52% of Brackwater voters back a new riverside park."),
    ("survey", "two-thirds / 65%", _PARK_A, "A county survey found that 65% of Brackwater voters back a new "
     "riverside park."),
    ("survey", "one in N minutes (no share)", _PARK_A, "The county survey, which took one in five minutes to fill "
     "in, found Brackwater voters back the park."),
    ("wildfire", "another N evacuated", _EVACUATED_A, "Another 3,500 Dunmore residents were evacuated on Sunday as "
     "the fire spread."),
    ("layoffs", "opened N years ago / another plant", "The Brenmoor plant opened three years ago and makes meals.",
     "Carrow Foods opened its Dunmore plant six years ago."),
    ("pages", "in MONTH / on a day of it", "Inspectors first found lead in the pipes of the four schools in March, "
     "the inquiry said.", "Inspectors first found lead in the pipes of the four schools on March 20."),
    ("pages", "in MONTH / another act in another month", "Inspectors first found lead in the pipes of the four "
     "schools in March.", "The Corran water board told parents about the lead in the pipes in May."),
    ("pages", "in MONTH / a plan for another month", "Inspectors first found lead in the pipes of the four schools "
     "in March.", "The board will replace the pipes of the four schools in August."),
    ("vote-weekday", "another body rejected it", "Tarn council approved the plan to close the Kesby library on "
     "Monday.", "The Kesby library's board rejected the plan to close the Kesby library on Monday."),
    ("vote-weekday", "another plan rejected", "Tarn council approved the plan to close the Kesby library on Monday.",
     "Tarn council rejected a plan to sell the Kesby library building on Monday."),
    ("vote-weekday", "an amendment rejected, the bill passed", "The Senate passed the Esker rail bill on Thursday.",
     "The Senate rejected an amendment to the Esker rail bill on Thursday."),
    ("vote-weekday", "expected to pass, then rejected", "Tarn council is expected to approve the plan to close the "
     "Kesby library.", "Tarn council rejected the plan to close the Kesby library on Monday."),
    ("trial", "pleaded not guilty, convicted", "Tom Reyes pleaded not guilty to setting fire to three Esker "
     "churches.", "A jury convicted Tom Reyes on Friday of setting fire to three Esker churches."),
    ("bridge", "earlier this week / on Tuesday (same week)", "The Harwick river bridge was closed earlier this "
     "week after engineers found cracks.", "The Harwick river bridge was closed on Tuesday after engineers found "
     "cracks."),
    ("bridge", "on Saturday / last week, Monday articles", "The Harwick river bridge was closed on Saturday after "
     "engineers found cracks.", "The Harwick river bridge was closed last week after engineers found cracks.",
     ("2025-05-12", "2025-05-12")),
    ("bridge", "closed last week / reopened on Tuesday", _BRIDGE_A, "The Harwick river bridge reopened to traffic "
     "on Tuesday after engineers found cracks."),
    ("bridge", "this week / last week, written a week apart", "The Harwick river bridge was closed to traffic this "
     "week after engineers found cracks.", _BRIDGE_A, ("2025-05-14", "2025-05-21")),
    ("bridge", "last week / recently", _BRIDGE_A, "The Harwick river bridge was closed to traffic recently after "
     "engineers found cracks."),
    ("bridge", "will reopen later this week / reopened on Tuesday, a week later", "The Harwick river bridge will "
     "reopen later this week, the county said.", "The Harwick river bridge reopened on Tuesday, the county said.",
     ("2025-05-14", "2025-05-21")),
    ("bridge", "another bridge on Tuesday", _BRIDGE_A, "The Lowfield canal bridge was closed to traffic on Tuesday "
     "after engineers found cracks."),
    ("bridge", "a week ago / last week (overlap)", "The Harwick river bridge was closed a week ago after engineers "
     "found cracks.", _BRIDGE_A),
    ("bridge", "next Friday / the Friday after it", "The Harwick river bridge will reopen next Friday, engineers "
     "said.", "The Harwick river bridge will reopen on May 23, engineers said."),
    ("bridge", "last Tuesday / the Tuesday before yesterday", "The Harwick river bridge was closed last Tuesday "
     "after engineers found cracks.", "The Harwick river bridge was closed on May 6 after engineers found cracks."),
    ("bridge", "repairs to finish by next week / shut for repairs last week", "Engineers expect to finish repairs "
     "on the Harwick river bridge by next week.", "The Harwick river bridge was shut for repairs last week."),
    ("bridge", "closed last week / closed again on Tuesday", _BRIDGE_A, "The Harwick river bridge was closed to "
     "traffic again on Tuesday after engineers found more cracks."),
    ("bridge", "closed since last week / still closed on Tuesday", "The Harwick river bridge has been closed to "
     "traffic since last week.", "The Harwick river bridge was still closed to traffic on Tuesday, engineers said."),
    ("bridge", "closed 10 days ago / closed on May 3", "The Harwick river bridge was closed to traffic 10 days ago "
     "after engineers found cracks.", "The Harwick river bridge was closed to traffic late on May 3 after engineers "
     "found cracks."),
    ("bridge", "said on Tuesday / closed last week", _BRIDGE_A, "Engineers said on Tuesday that the Harwick river "
     "bridge had been closed after they found cracks."),
    ("bridge", "last week / the first of ten days closed", _BRIDGE_A, "The Harwick river bridge was closed to "
     "traffic on May 3 for ten days after engineers found cracks."),
    ("bridge", "last week / the start of a two-week closure", _BRIDGE_A, "The Harwick river bridge was closed to "
     "traffic on May 2, the start of a two-week closure, after engineers found cracks."),
    ("bridge", "last week, undated / on Tuesday, one dated outlet", _BRIDGE_A, "The Harwick river bridge was closed "
     "to traffic on Tuesday after engineers found cracks.", ("", "2025-05-14")),
    ("bridge", "today, stamped 02:00 UTC / on Wednesday", "The Harwick river bridge was closed to traffic today "
     "after engineers found cracks.", "The Harwick river bridge was closed to traffic on Wednesday after engineers "
     "found cracks.", ("2025-05-15T02:00:00Z", "2025-05-15T10:00:00Z")),
    ("bridge", "yesterday, stamped 22:00 UTC / on Wednesday", "The Harwick river bridge was closed to traffic "
     "yesterday after engineers found cracks.", "The Harwick river bridge was closed to traffic on Wednesday after "
     "engineers found cracks.", ("2025-05-14T22:00:00Z", "2025-05-15T10:00:00Z")),
    ("counts", "live entries' running count, other day", _LIVE_A, "Fenmore Bank has closed 150 branches so far "
     "this year, the bank said.", ("2025-05-14", "2025-05-21")),
    ("counts", "live entries' running count, undated", _LIVE_A, "Fenmore Bank has closed 150 branches so far "
     "this year, the bank said.", ("", "")),
    # cprec16: a prediction and the outcome; a figure given as changed; a qualified contest; a planned whole and the
    # part done; a named one's need and anyone's; counts of other sets of one noun (compare.fact_forecasts,
    # compare.fact_predicates, near_synonyms.other_qualifiers, fact_needs.needed_by)
    ("storm", "killed N / the toll rose to M", _TOLL_A, "The toll from Saturday's storm in the Corran valley rose "
     "to 55, officials said."),
    ("storm", "killed N / the toll has climbed to M", _TOLL_A, "The death toll from the storm in the Corran valley "
     "has climbed to 55."),
    ("storm", "killed N / the toll now stands at M", _TOLL_A, "The death toll from the storm in the Corran valley "
     "now stands at 55."),
    ("storm", "rain forecast / rain that fell", "Forecasters expect 40 millimetres of rain in the Corran valley on "
     "Monday.", "The Corran valley had 65 millimetres of rain on Monday, the weather service said."),
    ("race", "expected to draw N runners / drew M", "The Kesby marathon is expected to draw 12,000 runners on "
     "Sunday.", "The Kesby marathon drew 9,400 runners on Sunday, the organisers said."),
    ("race", "could draw N runners / drew M", "The Kesby marathon could draw 12,000 runners on Sunday.",
     "The Kesby marathon drew 9,400 runners on Sunday, the organisers said."),
    ("race", "third in the marathon / fifth in the half marathon", _RUNNER_A, "Hannah Pike finished fifth in the "
     "Kesby half marathon on Sunday."),
    ("race", "first woman to win the half / second to win the marathon", "Hannah Pike became the first woman to "
     "win the Kesby half marathon.", "Hannah Pike became the second woman to win the Kesby marathon."),
    ("wildfire", "N were evacuated / evacuating all M will take days", _EVACUATED_A, "The evacuation of all 3,500 "
     "Dunmore residents will take two days, police said."),
    ("election", "Name needs N / a candidate needs M", "Ann Holt needs 312 votes to win the Brackwater recount.",
     "A candidate needs 1,450 votes to win the Brackwater recount."),
    ("pages", "N permits marked void / M permits that were approved", "The inquiry has marked about 410 of the "
     "water board's permits void.", "The inquiry read the water board's papers, including about 1,000 permits that "
     "were approved on Tuesday."),
    ("pages", "N permits that were not on / M permits now marked", "The boxes held 31 permits that were not on "
     "the list the water board sent.", "The newest list includes 57 permits now marked void by the inquiry."),
    ("court", "arrested after N attacks / a later article's M", "Tom Reyes was arrested after two attacks on "
     "Esker churches.", "Tom Reyes was arrested for three attacks on Esker churches.", ("2025-05-14", "2025-05-21")),
    ("pages", "N permits checked / M permits filed by", "The inquiry has checked 2,100 of the water board's "
     "permits for errors.", "No count was made by the inquiry of the 2,600 permits filed by the water board."),
])  # fmt: skip
"""Look-alikes: the other outlet's sentence tells of another thing in like words; each must report nothing."""


_ARRESTS_A = "Police arrested 23 people after the protest in Esker on Saturday."
_CHARGES_A = "Tom Reyes faces 14 charges of fraud over the Fenmore flats, prosecutors said."
_TRIAL_DAY_A = "The trial of Tom Reyes will begin on June 3 at Esker Crown Court."
_CRASH_A = "The coach carrying the Corran choir overturned on a hill road in Kendal on Sunday, police said."
_WALK_A = "Hannah Pike walked 320 miles from Kesby to Dunmore in 24 days."
_TOWER_A = "Planners approved a 42-storey tower next to Harwick station on Tuesday."
_SEATS_A = "Ann Holt's party won 34 seats on the Brackwater county board on Sunday."

CHECKER_PROBES = _probes([
    ("protest", "arrested N / M people", _ARRESTS_A, "Police arrested 31 people after the protest in Esker on "
     "Saturday.", {"23", "31"}),
    ("protest", "M people were arrested (in words)", _ARRESTS_A, "Thirty-one people were arrested after Saturday's "
     "protest in Esker.", {"23", "Thirty-one"}),
    ("protest", "made M arrests", _ARRESTS_A, "Police made 31 arrests after the protest in Esker on Saturday.",
     {"23", "31"}),
    ("protest", "faces N / M charges", _CHARGES_A, "Tom Reyes faces 17 charges of fraud over the Fenmore flats, "
     "prosecutors said.", {"14", "17"}),
    ("protest", "charged with M counts", _CHARGES_A, "Tom Reyes has been charged with 17 counts of fraud over the "
     "Fenmore flats.", {"14", "17"}),
    ("schedule", "will begin on DAY / DAY", _TRIAL_DAY_A, "The trial of Tom Reyes will begin on June 10 at Esker "
     "Crown Court.", {"June 3", "June 10"}),
    ("schedule", "is due to go on trial on DAY", _TRIAL_DAY_A, "Tom Reyes is due to go on trial at Esker Crown "
     "Court on June 10.", {"June 3", "June 10"}),
    ("crash", "in PLACE / in PLACE", _CRASH_A, "The coach carrying the Corran choir overturned on a hill road in "
     "Keswick on Sunday, police said.", {"Kendal", "Keswick"}),
    ("trip", "walked N miles / M miles", _WALK_A, "Hannah Pike walked 280 miles from Kesby to Dunmore in 24 days.",
     {"320 miles", "280 miles"}),
    ("trip", "a M-mile walk", _WALK_A, "Hannah Pike finished her 280-mile walk from Kesby to Dunmore in 24 days.",
     {"320 miles", "280-mile"}),
    ("trip", "in N days / M days", _WALK_A, "Hannah Pike walked 320 miles from Kesby to Dunmore in 31 days.",
     {"24", "31"}),
    ("visit", "landed on DAY / arrived on DAY", "Trade minister Ruth Amadi landed in Oslo on Monday ahead of talks on "
     "fishing rights.", "Trade minister Ruth Amadi arrived in Oslo on Tuesday ahead of talks on fishing rights.",
     {"Monday", "Tuesday"}),
    ("ages", "in her N0s / in her forties", _SAILOR_A, "Hannah Pike, a sailor in her forties, was rescued on Sunday "
     "after her boat capsized off Kesby.", {"34", "forties"}),
    ("ages", "Name, a teenager,", _SAILOR_A, "Hannah Pike, a teenager, was rescued on Sunday after her boat capsized "
     "off Kesby.", {"34", "teenager"}),
    ("ages", "in her late teens", _SAILOR_A, "Hannah Pike, a sailor in her late teens, was rescued on Sunday after her "
     "boat capsized off Kesby.", {"34", "late teens"}),
    ("ages", "Name, an octogenarian,", _SAILOR_A, "Hannah Pike, an octogenarian, was rescued on Sunday after her boat "
     "capsized off Kesby.", {"34", "octogenarian"}),
    ("bridge", "repairs began on DAY / started on DAY", "Repairs to the Harwick river bridge began on Monday, the "
     "county said.", "Repairs to the Harwick river bridge started on Tuesday, the county said.", {"Monday", "Tuesday"}),
    ("bridge", "found cracks on DAY / discovered cracks on DAY", "Engineers found cracks in the Harwick river bridge "
     "on Monday.", "Engineers discovered cracks in the Harwick river bridge on Tuesday.", {"Monday", "Tuesday"}),
    ("storm", "killed N / caused M deaths", _TOLL_A, "The storm caused 55 deaths in the Corran valley on Saturday.",
     {"40", "55"}),
    ("quake", "struck on DAY / hit on DAY", _QUAKE_A, "The earthquake, of magnitude 6.1, hit the Corran valley "
     "early on Monday.", {"Sunday", "Monday"}),
    ("pages", "published on DAY / issued on DAY", "The Corran water inquiry's 312-page report was published on "
     "Tuesday.", "The Corran water inquiry's 312-page report was issued on Wednesday.", {"Tuesday", "Wednesday"}),
    ("election", "sworn in on DAY / inaugurated on DAY", "Ann Holt was sworn in as mayor of Brackwater on Monday.",
     "Ann Holt was inaugurated as mayor of Brackwater on Tuesday.", {"Monday", "Tuesday"}),
    ("crash", "happened on DAY / occurred on DAY", "The coach crash on the hill road in Kendal happened on Sunday, "
     "police said.", "The coach crash on the hill road in Kendal occurred on Saturday, police said.",
     {"Sunday", "Saturday"}),
    ("court", "jailed for N months / M years", "Tom Reyes was jailed for 18 months on Friday for setting fire to "
     "three Esker churches.", "Tom Reyes was jailed for two years on Friday for setting fire to three Esker churches.",
     {"18", "two"}),
    ("ages", "N km / M kilometres, one unit written two ways", "Hannah Pike's boat capsized 20 km off Kesby on "
     "Sunday.", "Hannah Pike's boat capsized 22 kilometres off Kesby on Sunday.", {"20 km", "22 kilometres"}),
    ("tower", "a N-storey / M-storey tower", _TOWER_A, "Planners approved a 38-storey tower next to Harwick station "
     "on Tuesday.", {"42", "38"}),
    ("tower", "will rise M storeys", _TOWER_A, "The tower next to Harwick station, approved on Tuesday, will rise "
     "38 storeys.", {"42", "38"}),
    ("election", "won N / secured M seats", _SEATS_A, "Ann Holt's party secured 37 seats on the Brackwater county "
     "board on Sunday.", {"34", "37"}),
    ("election", "won N / M seats", _SEATS_A, "Ann Holt's party won 37 seats on the Brackwater county board on "
     "Sunday.", {"34", "37"}),
])  # fmt: skip
"""Kinds a fact-checker expects in news coverage that the held-out kinds did not name (arrests, charges, a
scheduled day, where a crash happened, a trip's length and duration, a building's height, seats won): each must fire
once, alone."""


CHECKER_LOOK_ALIKES = _look_alikes([
    ("protest", "another act counted", _ARRESTS_A, "Police charged 12 people after the protest in Esker on "
     "Saturday."),
    ("protest", "an earlier protest's arrests", _ARRESTS_A, "Police arrested 31 people at another protest in Esker "
     "last month."),
    ("protest", "people injured", _ARRESTS_A, "Thirty-one people were injured in the protest in Esker on Saturday."),
    ("protest", "another defendant's charges", _CHARGES_A, "His brother, Dan Reyes, faces 17 charges of fraud over "
     "the Fenmore flats, prosecutors said."),
    ("protest", "charges dropped", _CHARGES_A, "Prosecutors dropped 3 charges of fraud against Tom Reyes on "
     "Monday."),
    ("schedule", "a hearing before the trial", _TRIAL_DAY_A, "A hearing on the evidence against Tom Reyes will be "
     "held on June 10 at Esker Crown Court."),
    ("schedule", "the day moved", _TRIAL_DAY_A, "The trial of Tom Reyes, first set for June 3, will now begin on "
     "June 10."),
    ("schedule", "the day it ends", _TRIAL_DAY_A, "The trial of Tom Reyes at Esker Crown Court is expected to end "
     "on June 24."),
    ("crash", "where the injured were taken", _CRASH_A, "The injured were taken to hospital in Keswick on Sunday, "
     "police said."),
    ("crash", "where the coach was going", _CRASH_A, "The coach was taking the Corran choir to a concert in Keswick "
     "when it overturned on Sunday."),
    ("trip", "a day's distance", _WALK_A, "Hannah Pike walked about 13 miles a day on her way from Kesby to "
     "Dunmore."),
    ("trip", "a leg of the walk", _WALK_A, "Hannah Pike walked the last 40 miles from Brenmoor to Dunmore in three "
     "days."),
    ("trip", "an earlier walk", _WALK_A, "Hannah Pike walked 280 miles from Kesby to Esker in 2019."),
    ("trip", "the road's length on the route", _WALK_A, "The road from Kesby to Dunmore is 250 miles long, but "
     "Hannah Pike took the coast path."),
    ("trip", "the same length in kilometres", _WALK_A, "Hannah Pike walked 515 kilometres from Kesby to Dunmore in "
     "24 days."),
    ("visit", "landed on DAY / left on another DAY", "Trade minister Ruth Amadi landed in Oslo on Monday for two days "
     "of talks.", "Trade minister Ruth Amadi left Oslo on Wednesday after two days of talks."),
    ("visit", "landed in one city / in another city", "Trade minister Ruth Amadi landed in Oslo on Monday for two "
     "days of talks.", "Trade minister Ruth Amadi landed in Bergen on Tuesday for two days of talks."),
    ("visit", "landed in one city / arrived in another city", "Trade minister Ruth Amadi landed in Oslo on Monday "
     "for two days of talks.", "Trade minister Ruth Amadi arrived in Bergen on Tuesday for two days of talks."),
    ("ages", "in her forties / her brother in his thirties", _SAILOR_A, "Hannah Pike was rescued by her brother, Tom "
     "Pike, a sailor in his thirties, after her boat capsized off Kesby."),
    ("ages", "in her thirties / 34", _SAILOR_A, "Hannah Pike, a sailor in her thirties, was rescued on Sunday after "
     "her boat capsized off Kesby."),
    ("ages", "rescued with a teenager", _SAILOR_A, "Hannah Pike was rescued with a teenager, Tom Pike, after her boat "
     "capsized off Kesby on Sunday."),
    ("ages", "sailing since her teens", _SAILOR_A, "Hannah Pike, who has sailed since her teens, was rescued on "
     "Sunday after her boat capsized off Kesby."),
    ("ages", "a teenager / 17", "Hannah Pike, a teenager, was rescued on Sunday after her boat capsized off Kesby.",
     "Hannah Pike, 17, was rescued on Sunday after her boat capsized off Kesby."),
    ("bridge", "repairs began on DAY / ended on DAY", "Repairs to the Harwick river bridge began on Monday, the county "
     "said.", "Repairs to the Harwick river bridge ended on Tuesday, the county said."),
    ("bridge", "found cracks on DAY / repaired them on DAY", "Engineers found cracks in the Harwick river bridge on "
     "Monday.", "Engineers repaired cracks in the Harwick river bridge on Tuesday."),
    ("bridge", "began on DAY / began another thing on DAY", "Repairs to the Harwick river bridge began on Monday, the "
     "county said.", "Repairs to the Lowfield canal bridge began on Tuesday, the county said."),
    ("schedule", "jury selection starts on another day", _TRIAL_DAY_A, "Jury selection in the trial of Tom Reyes "
     "will start on June 10 at Esker Crown Court."),
    ("protest", "arrests at another protest", _ARRESTS_A, "Police made 31 arrests at another protest in Esker last "
     "month."),
    ("storm", "deaths of another year", _TOLL_A, "Floods caused 55 deaths in the Corran valley in 2019."),
    ("quake", "struck on DAY / an aftershock hit on DAY", _QUAKE_A, "An aftershock hit the Corran valley early on "
     "Monday."),
    ("pages", "published on DAY / a summary issued on DAY", "The Corran water inquiry's 312-page report was "
     "published on Tuesday.", "A summary of the Corran water inquiry's report was issued on Wednesday."),
    ("election", "sworn in on DAY / her deputy inaugurated on DAY", "Ann Holt was sworn in as mayor of Brackwater on "
     "Monday.", "Ruth Calder was inaugurated as deputy mayor of Brackwater on Tuesday."),
    ("crash", "happened on DAY / a second crash occurred on DAY", "The coach crash on the hill road in Kendal "
     "happened on Sunday, police said.", "A second crash on the hill road in Kendal occurred on Saturday, police "
     "said."),
    ("court", "jailed for N months / the same in years", "Tom Reyes was jailed for 18 months on Friday for setting "
     "fire to three Esker churches.", "Tom Reyes was jailed for a year and a half on Friday for setting fire to three "
     "Esker churches."),
    ("court", "jailed for N months / M years on licence", "Tom Reyes was jailed for 18 months on Friday for setting "
     "fire to three Esker churches.", "Tom Reyes will spend two years on licence after his release, the court said on "
     "Friday."),
    ("ages", "N km / N kilometres, one unit written two ways", "Hannah Pike's boat capsized 20 km off Kesby on "
     "Sunday.", "Hannah Pike's boat capsized 20 kilometres off Kesby on Sunday."),
    ("tower", "another building's storeys", _TOWER_A, "Planners also approved a 38-storey hotel next to Harwick "
     "station on Tuesday."),
    ("tower", "a part of the tower's storeys", _TOWER_A, "Twelve storeys of the new tower next to Harwick station "
     "will be flats."),
    ("election", "seats held before", _SEATS_A, "Ann Holt's party held 37 seats on the Brackwater county board "
     "before Sunday's vote."),
    ("election", "seats needed for a majority", _SEATS_A, "Ann Holt's party needed 37 seats for a majority on the "
     "Brackwater county board."),
])  # fmt: skip
"""Look-alikes of the checker's kinds: another act, event, person, part or a revision in like words; each must report
nothing."""


_JAILED_A = "Tom Reyes was jailed for 18 months on Friday for setting fire to three Esker churches."
_REPORT_A = "The Corran water inquiry's 312-page report was published on Tuesday."
_MAYOR_A = "Ann Holt became the 12th mayor of Brackwater on Monday."
_MET_A = "Trade minister Ruth Amadi met Norway's fisheries minister in Oslo on Monday."
_RANGE_A = "Officials said 30 to 40 homes were destroyed by the storm in the Corran valley."

RECALL_PROBES = _probes([
    # crecall17: a scheduled event's day told by its noun or by a verb of its start (compare.fact_subjects)
    ("schedule", "will go on trial on DAY", _TRIAL_DAY_A, "Tom Reyes will go on trial at Esker Crown Court on "
     "June 10.", {"June 3", "June 10"}),
    ("schedule", "will stand trial on DAY", _TRIAL_DAY_A, "Tom Reyes will stand trial at Esker Crown Court on June "
     "10.", {"June 3", "June 10"}),
    ("schedule", "the trial is due to start on DAY", _TRIAL_DAY_A, "The trial of Tom Reyes is due to start on June "
     "10 at Esker Crown Court.", {"June 3", "June 10"}),
    # a document's day in other verbs of making it public; the same thing published (compare.fact_subjects)
    ("pages", "published on DAY / released on DAY", _REPORT_A, "The Corran water inquiry's 312-page report was "
     "released on Wednesday.", {"Tuesday", "Wednesday"}),
    ("pages", "published on DAY / the inquiry issued it on DAY", _REPORT_A, "The Corran water inquiry issued its "
     "312-page report on Wednesday.", {"Tuesday", "Wednesday"}),
    # durations in two units (compare.fact_durations)
    ("court", "sentenced to N months / jailed for M years", "Tom Reyes was sentenced to 18 months on Friday for "
     "setting fire to three Esker churches.", "Tom Reyes was jailed for two years on Friday for setting fire to three "
     "Esker churches.", {"18", "two"}),
    ("court", "jailed for N years / M months", "Tom Reyes was jailed for three years on Friday for setting fire to "
     "three Esker churches.", "Tom Reyes was jailed for 30 months on Friday for setting fire to three Esker "
     "churches.", {"three", "30"}),
    ("bridge", "shut for N days / M weeks", "The Harwick river bridge will be shut for 10 days for repairs, the "
     "county said.", "The Harwick river bridge will be shut for two weeks for repairs, the county said.",
     {"10", "two"}),
    ("court", "banned for N months / M weeks", "Tom Reyes was also banned from driving for six months.",
     "Tom Reyes was also banned from driving for 20 weeks.", {"six", "20"}),
    # the ordinal of one office holder (compare.fact_offices)
    ("election", "became the Nth mayor / was sworn in as the Mth", _MAYOR_A, "Ann Holt was sworn in as the 14th mayor "
     "of Brackwater on Monday.", {"12th", "14th"}),
    ("election", "the Nth mayor / PLACE's Mth mayor", _MAYOR_A, "Ann Holt on Monday became Brackwater's 14th mayor.",
     {"12th", "14th"}),
    ("election", "Name, the Nth mayor, / in words", "Ann Holt, the 12th mayor of Brackwater, was sworn in on "
     "Monday.", "Ann Holt, the tenth mayor of Brackwater, was sworn in on Monday.", {"12th", "tenth"}),
    # phrasal verbs of one outcome, as data (lexicon.PHRASAL_VERBS)
    ("election", "won N / ended up with M seats", _SEATS_A, "Ann Holt's party ended up with 37 seats on the "
     "Brackwater county board on Sunday.", {"34", "37"}),
    ("election", "won N / came away with M seats", _SEATS_A, "Ann Holt's party came away with 37 seats on the "
     "Brackwater county board on Sunday.", {"34", "37"}),
    # a person's age in the forms outlets write (compare.fact_ages)
    ("ages", "Name, N, / at M, Name", _SAILOR_A, "At 36, Hannah Pike is the oldest sailor in the Kesby race; she was "
     "rescued on Sunday after her boat capsized.", {"34", "36"}),
    ("ages", "Name, N, / who turned M last month", _SAILOR_A, "Hannah Pike, who turned 36 last month, was rescued on "
     "Sunday after her boat capsized off Kesby.", {"34", "36"}),
    ("ages", "Name, N, / Name (M)", _SAILOR_A, "Hannah Pike (36) was rescued on Sunday after her boat capsized off "
     "Kesby.", {"34", "36"}),
    ("ages", "Name, N, / Name, now M,", _SAILOR_A, "Hannah Pike, now 36, was rescued on Sunday after her boat "
     "capsized off Kesby.", {"34", "36"}),
    # one event's day told by other verbs of one act (lexicon.PHRASAL_VERBS)
    ("visit", "met on DAY / held talks on DAY", _MET_A, "Trade minister Ruth Amadi held talks with Norway's fisheries "
     "minister in Oslo on Tuesday.", {"Monday", "Tuesday"}),
    ("visit", "met on DAY / sat down with on DAY", _MET_A, "Trade minister Ruth Amadi sat down with Norway's "
     "fisheries minister in Oslo on Tuesday.", {"Monday", "Tuesday"}),
    ("election", "took office on DAY / assumed office on DAY", "Ann Holt took office as mayor of Brackwater on Monday.",
     "Ann Holt assumed office as mayor of Brackwater on Tuesday.", {"Monday", "Tuesday"}),
    ("coach", "resigned on DAY / stepped down on DAY", "Dale Rourke resigned on Monday as coach of the Kesby school "
     "team.", "Dale Rourke stepped down on Tuesday as coach of the Kesby school team.", {"Monday", "Tuesday"}),
    ("court", "convicted on DAY / found guilty on DAY", "Tom Reyes was convicted of setting fire to three Esker "
     "churches on Thursday.", "Tom Reyes was found guilty of setting fire to three Esker churches on Friday.",
     {"Thursday", "Friday"}),
    ("storm", "a count / an age range beside another count (found)", "Police arrested 12 men aged 18 to 24 after the "
     "storm in the Corran valley.", "Police arrested 20 men after the storm in the Corran valley.", {"12", "20"}),
    # a range and a figure whose ranges do not meet (compare.fact_values)
    ("storm", "N to M homes / about K homes", _RANGE_A, "Officials said about 60 homes were destroyed by the storm in "
     "the Corran valley.", {"40", "60"}),
    ("storm", "between N and M homes / K homes", "Officials said between 30 and 40 homes were destroyed by the storm "
     "in the Corran valley.", "Officials said 25 homes were destroyed by the storm in the Corran valley.",
     {"40", "25"}),
])  # fmt: skip
"""crecall17: kinds a fact-checker meets in coverage (a scheduled day, a document's day, durations in two units, an
office holder's ordinal, phrasal verbs, ages, a day's act in other verbs, ranges): each must fire once, alone."""


RECALL_LOOK_ALIKES = _look_alikes([
    ("schedule", "another defendant goes on trial on DAY", _TRIAL_DAY_A, "His brother, Dan Reyes, is due to go on "
     "trial at Esker Crown Court on June 10."),
    ("schedule", "jurors begin deliberating on DAY", _TRIAL_DAY_A, "Jurors in the trial of Tom Reyes will begin "
     "deliberating on June 10."),
    ("schedule", "went on trial for another case", _TRIAL_DAY_A, "Tom Reyes went on trial for a separate assault in "
     "Esker on March 4."),
    ("pages", "published on DAY / the board's reply issued on DAY", _REPORT_A, "The water board issued its reply to "
     "the Corran water inquiry's report on Wednesday."),
    ("pages", "published on DAY / leaked on DAY", _REPORT_A, "The Corran water inquiry's 312-page report was leaked "
     "on Monday."),
    ("court", "jailed for N months / M months suspended", _JAILED_A, "Tom Reyes was jailed for 18 months on Friday, "
     "and a further two years of his sentence were suspended."),
    ("court", "jailed for N months / banned for M years", _JAILED_A, "Tom Reyes was also banned from driving for two "
     "years."),
    ("court", "jailed for N months / banned for M months (one unit)", _JAILED_A, "Tom Reyes was also banned from "
     "driving for 24 months."),
    ("court", "jailed for 12 months / one year", "Tom Reyes was jailed for 12 months on Friday for setting fire to "
     "three Esker churches.", "Tom Reyes was jailed for one year on Friday for setting fire to three Esker "
     "churches."),
    ("court", "banned for N months / the same in weeks", "Tom Reyes was also banned from driving for six months.",
     "Tom Reyes was also banned from driving for 26 weeks."),
    ("bridge", "shut for N days / M weeks of another work", "The Harwick river bridge will be shut for 10 days for "
     "repairs, the county said.", "Painting the Harwick river bridge will take two weeks once it reopens, the county "
     "said."),
    ("election", "the Nth mayor / her predecessor the Mth", _MAYOR_A, "Her predecessor, Tom Reyes, was the 11th "
     "mayor of Brackwater."),
    ("election", "the Nth mayor / the Mth chair of another body", _MAYOR_A, "Ann Holt was the 14th chair of the "
     "Brackwater county board."),
    ("election", "the Nth mayor / the Mth mayor of another town", _MAYOR_A, "Ann Holt's father was the 14th mayor of "
     "Lowmoor."),
    ("election", "the Nth mayor / her father the Mth", _MAYOR_A, "Ann Holt's father was the 14th mayor of "
     "Brackwater."),
    ("election", "the Nth mayor / hopes to be the Mth", "Ann Holt hopes to become the 12th mayor of Brackwater.",
     "Ann Holt could become the 14th mayor of Brackwater on Monday."),
    ("election", "won N / picked up M seats (a gain)", _SEATS_A, "Ann Holt's party picked up 12 seats on the "
     "Brackwater county board on Sunday."),
    ("election", "won N / gained M seats (a gain)", _SEATS_A, "Ann Holt's party gained 12 seats on the Brackwater "
     "county board on Sunday."),
    ("election", "won N / picked up M more seats", _SEATS_A, "Ann Holt's party picked up five more seats on the "
     "Brackwater county board on Sunday."),
    ("election", "won N / gave up M seats", _SEATS_A, "Ann Holt's rivals gave up 37 seats on the Brackwater county "
     "board on Sunday."),
    ("ages", "Name, N, / at M she sailed (an age then)", _SAILOR_A, "At 19, Hannah Pike sailed alone across the North "
     "Sea."),
    ("ages", "Name, N, / first sailed at M", _SAILOR_A, "Hannah Pike, who first sailed at 12, was rescued on Sunday "
     "after her boat capsized off Kesby."),
    ("ages", "Name, N, / her son turned M", _SAILOR_A, "Her son, who turned 12 last month, was with Hannah Pike when "
     "her boat capsized off Kesby."),
    ("ages", "Name, N, / a boat built M years ago", _SAILOR_A, "Hannah Pike's boat, now 36, capsized off Kesby on "
     "Sunday."),
    ("visit", "met on DAY / held talks on another DAY with another", _MET_A, "Trade minister Ruth Amadi held talks "
     "with Sweden's fisheries minister in Stockholm on Tuesday."),
    ("visit", "met on DAY / held a news conference on DAY", _MET_A, "Trade minister Ruth Amadi held a news conference "
     "in Oslo on Tuesday."),
    ("election", "sworn in on DAY / stepped down on DAY", "Ann Holt was sworn in as mayor of Brackwater on Monday.",
     "Ann Holt stepped down as mayor of Brackwater on Tuesday."),
    ("court", "found guilty on DAY / found not guilty of another charge", "Tom Reyes was found guilty of setting fire "
     "to three Esker churches on Friday.", "Tom Reyes was found not guilty of burglary on Thursday."),
    ("coach", "stepped down on DAY / his deputy stepped up", "Dale Rourke stepped down as coach of the Kesby school "
     "team on Monday.", "His deputy, Tal Oren, stepped up as coach of the Kesby school team on Tuesday."),
    # review17's pairs for these readings, in this file's settings
    ("court", "an N-month sentence / suspended for M years", "Tom Reyes was given an 18-month sentence on Friday for "
     "setting fire to three Esker churches.", "Tom Reyes's sentence was suspended for two years, the court said on "
     "Friday."),
    ("court", "jailed for N months / banned for M years, many words shared", "Tom Reyes was jailed for 18 months at "
     "Esker Crown Court on Friday.", "Tom Reyes was also banned from driving for two years at Esker Crown Court on "
     "Friday."),
    ("ages", "Name, N, / at M she sailed, told on a weekday", _SAILOR_A, "At 19, Hannah Pike sailed alone across the "
     "North Sea, she said on Sunday."),
    ("schedule", "the trial will begin / the judge adjourned it", _TRIAL_DAY_A, "The judge adjourned the trial of Tom "
     "Reyes at Esker Crown Court on June 10."),
    ("pages", "the report published / a summary published (one verb)", _REPORT_A, "A summary of the Corran water "
     "inquiry's report was published on Wednesday."),
    ("storm", "a count / an age range beside another count", "Police arrested 12 men aged 18 to 24 after the storm in "
     "the Corran valley.", "Police arrested 12 men after the storm in the Corran valley."),
    ("storm", "N to M homes / about M homes", _RANGE_A, "Officials said about 40 homes were destroyed by the storm in "
     "the Corran valley."),
    ("storm", "N to M homes / K homes between them", _RANGE_A, "Officials said 35 homes were destroyed by the storm in "
     "the Corran valley."),
    ("storm", "between N and M homes / K homes between them", "Officials said between 30 and 40 homes were destroyed "
     "by the storm in the Corran valley.", "Officials said 32 homes were destroyed by the storm in the Corran "
     "valley."),
])  # fmt: skip
"""Look-alikes of crecall17's kinds: another person, thing, term, office, place, act or time; a change, not a total;
an age then, not now; a figure inside a range: each must report nothing."""
_TOLD_PLAN_A = "Carrow Foods said it would cut 1,200 jobs at its Brenmoor plant."
_FIRST_BOAT_A = "The first boat carried 40 people when it capsized off Kesby on Sunday."
_A_BOAT_A = "A boat carrying 40 people capsized off Kesby on Sunday."
_FINAL_REPORT_A = "The Corran water inquiry's final report was published on Tuesday."
_OPENED_A = "The trial of Tom Reyes opened on June 3 at Esker Crown Court and was adjourned."
_MAYOR_SINCE_A = "Ann Holt became Brackwater's 12th mayor since the war on Monday."

PRECISION_PROBES = _probes([
    ("layoffs", "said it would cut N / said it would cut M", _TOLD_PLAN_A, "Carrow Foods said it would cut 1,500 jobs "
     "at its Brenmoor plant.", {"1,200", "1,500"}),
    ("layoffs", "said it would cut N / announced M job cuts", _TOLD_PLAN_A, "Carrow Foods announced 1,500 job cuts "
     "at its Brenmoor plant on Monday.", {"1,200", "1,500"}),
    ("layoffs", "said it had cut N / cut M", "Carrow Foods said it had cut 1,200 jobs at its Brenmoor plant.",
     "Carrow Foods cut 900 jobs at its Brenmoor plant on Monday.", {"1,200", "900"}),
    ("wildfire", "said N would be evacuated / said M would be", "Police said 3,500 Dunmore residents would be "
     "evacuated.", "Police said 2,000 Dunmore residents would be evacuated.", {"3,500", "2,000"}),
    ("boats", "the first boat carried N / the first boat M", _FIRST_BOAT_A, "The first boat carried 52 people when "
     "it capsized off Kesby on Sunday.", {"40", "52"}),
    ("boats", "a boat carrying N / a boat carrying M", _A_BOAT_A, "A boat carrying 52 people capsized off Kesby on "
     "Sunday.", {"40", "52"}),
    ("boats", "a second boat N / another boat M (one boat)", "A second boat carrying 52 people capsized off Kesby on "
     "Sunday.", "Another boat carrying 48 people capsized off Kesby on Sunday.", {"52", "48"}),
    ("schedule", "was due to begin on DAY / was due on DAY", "The trial of Tom Reyes was due to begin on June 3 at "
     "Esker Crown Court.", "The trial of Tom Reyes was due to begin on June 5 at Esker Crown Court.",
     {"June 3", "June 5"}),
    ("pages", "the final report published on DAY / on DAY", _FINAL_REPORT_A, "The Corran water inquiry's final report "
     "was published on Monday.", {"Tuesday", "Monday"}),
    ("pages", "the report found N / the final report found M", "The Corran water inquiry's report found 40 failings.",
     "The Corran water inquiry's final report found 52 failings.", {"40", "52"}),
    ("contract", "earns $N an hour / $M per hour", "Tom Reyes earns $15 an hour at the Esker Rovers ground, the club "
     "said.", "Tom Reyes earns $12 per hour at the Esker Rovers ground, the club said.", {"$15", "$12"}),
    # beside the look-alikes of crecall17's readings (a document's day, a scheduled start, an office holder's ordinal)
    ("pages", "the final report published / issued", _FINAL_REPORT_A, "The Corran water inquiry's final report was "
     "issued on Wednesday.", {"Tuesday", "Wednesday"}),
    ("pages", "the report published / the report released", _FINAL_REPORT_A, "The report of the Corran water inquiry "
     "was released on Wednesday.", {"Tuesday", "Wednesday"}),
    ("schedule", "the trial opened on DAY / is due to open on DAY", _OPENED_A, "The trial of Tom Reyes is due to open "
     "on June 10 at Esker Crown Court.", {"June 3", "June 10"}),
    ("election", "the Nth mayor since the war / Mth since the war", _MAYOR_SINCE_A, "Ann Holt was sworn in on Monday "
     "as Brackwater's 14th mayor since the war.", {"12th", "14th"}),
    ("election", "the Nth mayor of PLACE / the Mth mayor of PLACE", "Ann Holt became the 12th mayor of Brackwater on "
     "Monday.", "Ann Holt was sworn in on Monday as the 14th mayor of Brackwater.", {"12th", "14th"}),
])  # fmt: skip
"""Found probes beside :data:`PRECISION_LOOK_ALIKES`, each differing from one in the one feature that look-alike
reads: one plan told with two figures, what was done told twice, one boat with two figures."""


PRECISION_LOOK_ALIKES = _look_alikes([
    ("layoffs", "said it would cut N / cut M (a plan, the act)", _TOLD_PLAN_A, "Carrow Foods cut 900 jobs at its "
     "Brenmoor plant on Monday."),
    ("layoffs", "planned to cut N / cut M", "Carrow Foods planned to cut 1,200 jobs at its Brenmoor plant.",
     "Carrow Foods cut 900 jobs at its Brenmoor plant on Monday."),
    ("wildfire", "said N would be evacuated / evacuated M", "Police said 3,500 Dunmore residents would be "
     "evacuated.", "Police evacuated 2,000 Dunmore residents on Sunday."),
    ("boats", "the first boat N / a second boat M", _FIRST_BOAT_A, "A second boat carried 52 people when it capsized "
     "off Kesby on Sunday."),
    ("boats", "a boat N / another boat M", _A_BOAT_A, "Another boat carrying 52 people capsized off Kesby on "
     "Sunday."),
    ("boats", "the second boat N / the third boat M", "The second boat carried 40 people when it capsized off Kesby "
     "on Sunday.", "The third boat carried 52 people when it capsized off Kesby on Sunday."),
    ("schedule", "was due to begin on DAY / will now begin on DAY", "The trial of Tom Reyes was due to begin on June 3 "
     "but was delayed.", "The trial of Tom Reyes will now begin on June 10 at Esker Crown Court."),
    ("pages", "the final report published / the draft report published", _FINAL_REPORT_A, "The Corran water "
     "inquiry's draft report was published on Monday."),
    ("pages", "the interim report found N / the final report found M", "The Corran water inquiry's interim report "
     "found 40 failings.", "The Corran water inquiry's final report found 52 failings."),
    ("contract", "earns $N an hour / $M a week", "Tom Reyes earns $15 an hour at the Esker Rovers ground, the club "
     "said.", "Tom Reyes earns $12 a week at the Esker Rovers ground, the club said."),
    ("contract", "took home $N a week / won $M", "Tom Reyes took home $300 a week at the Esker Rovers ground, the club "
     "said.", "Tom Reyes won $400 in the Esker Rovers raffle, the club said."),
    # look-alikes of crecall17's readings (each with a found probe beside it above)
    ("pages", "the final report published / the draft report issued", _FINAL_REPORT_A, "The Corran water inquiry's "
     "draft report was issued on Monday."),
    ("pages", "the report published / figures released", _FINAL_REPORT_A, "Figures from the Corran water inquiry were "
     "released on Wednesday."),
    ("schedule", "the trial opened on DAY / is due to resume on DAY", _OPENED_A, "The trial of Tom Reyes is due to "
     "resume on June 10 at Esker Crown Court."),
    ("election", "the Nth mayor since the war / Mth since the charter", _MAYOR_SINCE_A, "Ann Holt was sworn in on "
     "Monday as Brackwater's 14th mayor since its charter of 1890."),
    ("election", "the Nth mayor elected from a party / the Mth mayor", "Ann Holt became the 12th mayor of Brackwater "
     "elected from the Green party on Monday.", "Ann Holt was sworn in on Monday as the 14th mayor of Brackwater."),
])  # fmt: skip
"""Look-alikes of precision: a plan told as said before and what was done, a day of a plan that stood before and the
day now (``compare.fact_told_plans``), two things an ordinal or "another" marks (``compare.fact_other_things``), and
look-alikes of the readings of engineer crecall's branch (a draft and the final report, another thing at a
sentence's opening, a trial's resumption and its start, two orders of one office, a qualified order); each must
report nothing."""


REVIEW17_PROBES = _probes([
    # finding 9: a day after a word that puts one on trial dates the trial's start
    ("schedule", "will begin on DAY / goes on trial on DAY", _TRIAL_DAY_A, "Tom Reyes goes on trial at Esker Crown "
     "Court on June 10.", {"June 3", "June 10"}),
    ("schedule", "will begin on DAY / will stand trial on DAY", _TRIAL_DAY_A, "Tom Reyes will stand trial at Esker "
     "Crown Court on June 10.", {"June 3", "June 10"}),
    # finding 1: a range reads only for a counted figure, never after a word of a change
    ("protest", "arrested N aged A to B / arrested M", "Police in Esker arrested 12 men aged 18 to 24 on Saturday.",
     "Police in Esker arrested 20 men on Saturday.", {"12", "20"}),
    ("storm", "the toll was up N to M / killed K", "The death toll in the Corran valley was up 12 to 40 on Saturday.",
     "The storm killed 30 people in the Corran valley on Saturday.", {"40", "30"}),
    # finding 6: an ordinal before a superlative is a rank, before a storey a position: neither marks another thing
    ("layoffs", "the Nth largest grocer cut N / cut M", "Carrow Foods, the third largest grocer in Tarn, cut 900 jobs "
     "at its Brenmoor plant on Monday.", "Carrow Foods cut 1,200 jobs at its Brenmoor plant on Monday.",
     {"900", "1,200"}),
    ("tower-fire", "a fire on the second floor killed N / on a floor M", "A fire on the second floor of the Brenmoor "
     "tower killed 12 people on Tuesday.", "A fire on a floor of the Brenmoor tower killed 14 people on Tuesday.",
     {"12", "14"}),
    # finding 4b: a relative's "now N" is the relative's age, the named person's ages still conflict
    ("ages", "Name, N, and her daughter Name, now M, / Name, K,", "Hannah Pike, 34, and her daughter Ana, now 12, were "
     "rescued on Sunday after their boat capsized off Kesby.", "Hannah Pike, 36, was rescued on Sunday after her boat "
     "capsized off Kesby.", {"34", "36"}),
    # finding 5: "in PLACE's history" and "since PLACE was founded" name an office's whole order
    ("election", "the Nth mayor in PLACE's history / the Mth", "Ann Holt became the 12th mayor in Brackwater's history "
     "on Monday.", "Ann Holt was sworn in on Monday as the 14th mayor in Brackwater's history.", {"12th", "14th"}),
    ("election", "the Nth mayor since PLACE was founded / the Mth", "Ann Holt became the 12th mayor since Brackwater "
     "was founded.", "Ann Holt was sworn in on Monday as the 14th mayor since Brackwater was founded.",
     {"12th", "14th"}),
    # finding 13: a schedule told in the reporting past is the schedule as it stands, unless its sentence says it moved
    ("schedule", "was scheduled to begin on DAY, records showed / will begin", "The trial of Tom Reyes was scheduled "
     "to begin on June 3, court records showed on Monday.", "The trial of Tom Reyes will begin on June 10 at Esker "
     "Crown Court, the court said on Monday.", {"June 3", "June 10"}),
])  # fmt: skip
"""Found probes of the seventeenth review's findings (``/work/coord/review17.md``): real conflicts that a reading of
this session silenced, each missed on the main it was fixed on."""


REVIEW17_LOOK_ALIKES = _look_alikes([
    # finding 9: a verb that acts on the trial dates its own act, not the trial's start
    ("schedule", "will begin on DAY / adjourned the trial on DAY", _TRIAL_DAY_A, "The judge adjourned the trial of "
     "Tom Reyes at Esker Crown Court on June 10."),
    ("schedule", "will begin on DAY / halted the trial on DAY", _TRIAL_DAY_A, "A judge at Esker Crown Court halted "
     "Tom Reyes's trial on June 10."),
    ("schedule", "will begin on DAY / told the trial on DAY", _TRIAL_DAY_A, "A witness told Tom Reyes's trial at "
     "Esker Crown Court on June 10 that he had seen the fires."),
    # finding 2: "picked up" and "gained" N seats tell a gain, never the total won
    ("election", "won N / picked up M seats (a gain)", _SEATS_A, "Ann Holt's party picked up 12 seats on the "
     "Brackwater county board on Sunday."),
    ("election", "won N / gained M seats (a gain)", _SEATS_A, "Ann Holt's party gained 12 seats on the Brackwater "
     "county board on Sunday."),
    # findings 4 and 4b: an opening "At N," with a weekday of the telling is an age then; a relative's "now N" is theirs
    ("ages", "Name, N, / At M, she sailed …, she said on DAY", _SAILOR_A, "At 19, Hannah Pike sailed alone across the "
     "North Sea, she said on Sunday."),
    # finding 14: one verb in two passives acting on two things dates two acts
    ("pages", "the report published on DAY / a summary published on DAY", "The Corran water inquiry's report was "
     "published on Tuesday.", "A summary of the Corran water inquiry's report was published on Thursday."),
    # findings 3 and 3b: a suspension's and a ban's term are other terms than the jail term, on every path
    ("court", "an N-month sentence / suspended for M years", "Tom Reyes was given an 18-month sentence on Friday for "
     "setting fire to three Esker churches.", "Tom Reyes's sentence for setting fire to three Esker churches was "
     "suspended for two years on Friday."),
    ("court", "jailed for N months / also banned for M years", "Tom Reyes was jailed for 18 months on Friday for "
     "setting fire to three Esker churches.", "Tom Reyes was also banned from entering Esker for two years on Friday "
     "for setting fire to three Esker churches."),
    ("schedule", "was due to begin on DAY, was postponed / will now begin", "The trial of Tom Reyes, which was due to "
     "begin on June 3, was postponed.", "The trial of Tom Reyes will now begin on June 10 at Esker Crown Court."),
])  # fmt: skip
"""Look-alikes of the seventeenth review's findings: false reports of this session's readings, each reported on the
main it was fixed on."""


_TRIAL_VELL_A = "Ana Vell goes on trial at Esker Crown Court on June 3."
_SWORN_A = "Ann Holt was sworn in as mayor of Brackwater on Dec 30."
_CONTESTS_A = "Villages across the Corran valley will hold harvest fairs on June 10."
_CLOSE_SELL_A = "Fenmore Bank will close 120 branches this year and sell 300 branches next year."
_ACCEPT_B = "Ann Holt will officially receive the Green endorsement on Thursday at a rally in Kesby."

PRECISION18_PROBES = _probes([
    ("schedule", "Name's trial on DAY / Name's trial on DAY", _TRIAL_VELL_A, "Ana Vell goes on trial at Esker Crown "
     "Court on June 10.", {"June 3", "June 10"}),
    ("schedule", "Name's trial / Name and another's trial", _TRIAL_VELL_A, "Ana Vell and Tal Oren go on trial at Esker "
     "Crown Court on June 10.", {"June 3", "June 10"}),
    ("schedule", "Name's trial / a judge opens the trial, Name named after", _TRIAL_VELL_A, "Judge Tal Oren will open "
     "the trial at Esker Crown Court on June 10. Ana Vell denies the charges.", {"June 3", "June 10"}),
    ("schedule", "Name's trial with a witness / Name's trial with a lawyer", "Ana Vell goes on trial at Esker Crown "
     "Court on June 3, with Tal Oren as the main witness.", "Ana Vell, defended by Rui Sato, goes on trial at Esker "
     "Crown Court on June 10.", {"June 3", "June 10"}),
    ("storm", "killed N; M rescued / left K dead", "The storm killed 40 people in the Corran valley on Saturday; 12 "
     "people were rescued.", "The storm left 48 people dead in the Corran valley on Saturday.", {"40", "48"}),
    ("schedule", "Name's trial, a prosecutor said / Name's trial", "Ana Vell goes on trial at Esker Crown Court on "
     "June 3, prosecutor Tal Oren said.", "Ana Vell goes on trial at Esker Crown Court on June 10.",
     {"June 3", "June 10"}),
    ("visit", "met Name on DAY / met Name on DAY", "Trade minister Ruth Amadi met Pavel Dorn in Oslo on Monday.",
     "Trade minister Ruth Amadi met Pavel Dorn in Oslo on Tuesday.", {"Monday", "Tuesday"}),
    ("election", "sworn in on DAY / sworn in on DAY", _SWORN_A, "Ann Holt was sworn in as mayor of Brackwater on "
     "Jan 1.", {"Dec 30", "Jan 1"}, ("2025-01-05", "2025-01-05")),
    ("election", "took office on DAY / took office on DAY", "Ann Holt took office as mayor of Brackwater on Dec 30.",
     "Ann Holt took office as mayor of Brackwater on Jan 1.", {"Dec 30", "Jan 1"}, ("2025-01-05", "2025-01-05")),
    ("election", "officially received DAY / will officially receive DAY (undated)", "Ann Holt officially received the "
     "Green endorsement on Tuesday.", _ACCEPT_B, {"Tuesday", "Thursday"}, ("", "")),
    ("counts", "close N and sell M branches / will close K", _CLOSE_SELL_A, "Fenmore Bank will close 150 branches "
     "this year, staff said.", {"120", "150"}),
    ("counts", "close N and sell M branches / K branches will be closed", _CLOSE_SELL_A, "In all 150 branches of "
     "Fenmore Bank will be closed this year, staff said.", {"120", "150"}),
    ("court", "jailed for N months on DAY for X / jailed for M years on DAY for X", "Tom Reyes was jailed for 18 "
     "months on Friday for setting fire to three Esker churches.", "Tom Reyes was jailed for two years on Friday for "
     "setting fire to three Esker churches.", {"18", "two"}),
    ("visit", "met on DAY / held talks on DAY and will fly home", _MET_A, "Trade minister Ruth Amadi held talks with "
     "Norway's fisheries minister in Oslo on Tuesday and will fly home on Wednesday.", {"Monday", "Tuesday"}),
    ("election", "villages hold fairs on DAY / earlier: at the harvest fairs", _CONTESTS_A, "Ann Holt thanked "
     "volunteers at the harvest fairs and said they had gone well.", {"June 10"}, ("2025-06-05", "2025-06-03")),
])  # fmt: skip
"""cprec18: the found pair beside each look-alike below, differing in the one feature its reading looks at (the
same person; one act of entering office; one verb after a modal's adverb; one act of a count its article gives among
others of its noun; one act of a duration; an event's words in one phrase; a later clause of another act)."""


PRECISION18_LOOK_ALIKES = _look_alikes([
    ("schedule", "two people's trials on two days", _TRIAL_VELL_A, "Tal Oren goes on trial at Esker Crown Court on "
     "June 10."),
    ("schedule", "Name's trial / the trial of another begins", _TRIAL_VELL_A, "The trial of Tal Oren will begin on "
     "June 10 at Esker Crown Court."),
    ("election", "sworn in on DAY / took office on DAY (two acts)", _SWORN_A, "Ann Holt took office as mayor of "
     "Brackwater on Jan 1.", ("2025-01-05", "2025-01-05")),
    ("election", "officially secured DAY / will officially receive DAY (undated)", "Ann Holt officially secured the "
     "Green endorsement on Tuesday.", _ACCEPT_B, ("", "")),
    ("counts", "close N and sell M branches / K branches were opened", _CLOSE_SELL_A, "In all 150 branches of Fenmore "
     "Bank were opened in the 1990s, staff said."),
    ("visit", "met on DAY / held talks on DAY and will meet again", _MET_A, "Trade minister Ruth Amadi held talks "
     "with Norway's fisheries minister in Oslo on Tuesday and will meet him again in June."),
    ("visit", "met on DAY / met on DAY, and the two will meet again", _MET_A, "Trade minister Ruth Amadi met Norway's "
     "fisheries minister in Oslo on Tuesday, and the two will meet again in June."),
    ("election", "votes on DAY / earlier: killed at a PLACE mill (a name)", "Ann Holt is well placed in North Tarn, "
     "which votes on June 10.", "Holt spoke for the families of workers killed at a North Tarn mill.",
     ("2025-06-05", "2025-06-03")),
    ("election", "villages hold fairs on DAY / earlier: at the harvest supper, saying the fairs", _CONTESTS_A, "Ann "
     "Holt thanked volunteers at the harvest supper, saying the fairs had gone well.", ("2025-06-05", "2025-06-03")),
])  # fmt: skip
"""cprec18: two people's days (a day's actors, as a count's: ``fact_names.other_actors``), the oath and the start of
a term, two verbs on one thing where an adverb stands after the modal (``fact_verbs.after_modal``), and a count among
several of its noun against one of another act (``conflicts._lone_count``), and an event told as past before its day
matched only by a name's words or by words of two phrases (``conflicts._one_phrase``), and a meeting whose sentence
says in a later clause that it recurs (``fact_occurrences._recurs``); each must report nothing."""


_SINCE_WAR_A = "Ann Holt became Brackwater's 12th mayor since the war on Monday."
_ISSUED_A = "The Corran water inquiry's 312-page report was published on Tuesday."
_VOTED_TO_A = "Tarn council voted 7 to 4 on Monday to close the Kesby library at the end of the year."
_MET_NAME_A = "Trade minister Ruth Amadi met Lars Berg in Oslo on Monday."
_SPLIT_A = "A county survey found Brackwater voters split 48-52 on a new riverside park."
_ROSE_A = "The death toll from the storm in the Corran valley rose to 12 on Sunday."
_HIT_A = "The storm hit the Corran valley at 3pm on Saturday."
_DOZEN_A = "Police arrested a dozen people after the protest in Esker on Saturday."
_LATER = ("2025-05-12", "2025-05-14")

CRECALL18_PROBES = _probes([
    # an order restricted by "since": one anchor, one set of holders (compare.fact_offices.since_anchor)
    ("election", "the Nth mayor since YEAR / Mth since YEAR", "Ann Holt became the 12th mayor of Brackwater since "
     "1945 on Monday.", "Ann Holt was sworn in on Monday as the 14th mayor of Brackwater since 1945.",
     {"12th", "14th"}),
    ("election", "the Nth mayor since the Second World War / in words", "Ann Holt, the tenth mayor of Brackwater "
     "since the Second World War, was sworn in on Monday.", "Ann Holt was sworn in on Monday as Brackwater's 14th "
     "mayor since the Second World War.", {"tenth", "14th"}),
    # a document's day where the noun "report" is what a verb acts on (compare.fact_days.a_document_acted_on)
    ("pages", "published on DAY / the inquiry released its report on DAY", _ISSUED_A, "The Corran water inquiry "
     "released its report on Wednesday.", {"Tuesday", "Wednesday"}),
    ("pages", "will publish its final report on DAY / will be published", "The Corran water inquiry will publish its "
     "final report on Thursday.", "The Corran water inquiry's final report will be published on Friday.",
     {"Thursday", "Friday"}),
    # the day of the report's act where words of the report stand nearest the day (compare.fact_dated.one_act)
    ("pages", "published on DAY / issued its N-page report on DAY (a modifier nearest)", _ISSUED_A, "The Corran water "
     "inquiry issued its 312-page report on Wednesday.", {"Tuesday", "Wednesday"}),
    # one act of one set of people told in other words, no lower-case word shared (compare.fact_dated.one_party)
    ("visit", "met Name on DAY / Name held talks with Name on DAY", _MET_NAME_A, "Amadi held talks with Berg on "
     "Tuesday.", {"Monday", "Tuesday"}),
    ("visit", "met Name in PLACE on DAY / Name held talks with Name in PLACE on DAY (no people read)", "Ana Vell met "
     "Tal Oren in Oslo on Monday.", "Vell held talks with Oren in Oslo on Tuesday.", {"Monday", "Tuesday"}),
    ("visit", "met Name on DAY / Name sat down with Name in PLACE on DAY", _MET_NAME_A, "Amadi sat down with Berg in "
     "Oslo on Tuesday.", {"Monday", "Tuesday"}),
    # a tally after a word of a vote, a contest or a split, in either order (lexicon.TALLY_LEADS)
    ("vote-weekday", "voted N to M / voted K to L", _VOTED_TO_A, "Tarn council voted 6 to 5 on Monday to close the "
     "Kesby library at the end of the year.", {"7 to 4", "6 to 5"}),
    ("vote-weekday", "voted N to M / voted L to K against", _VOTED_TO_A, "Tarn council voted 3 to 8 against keeping "
     "the Kesby library open on Monday.", {"7 to 4", "3 to 8"}),
    ("vote-weekday", "voted N to M on DAY / approved the closure K-L on DAY (one vote)", _VOTED_TO_A, "Tarn council "
     "approved the closure of the Kesby library 6-5 on Monday.", {"7 to 4", "6-5"}),
    ("vote-weekday", "voted N-M on DAY / the motion passed K-L on DAY", "Tarn council voted 7-4 on Monday to close the "
     "Kesby library at the end of the year.", "A motion to close the Kesby library passed 6-5 at Tarn council on "
     "Monday.", {"7-4", "6-5"}),
    ("survey", "split N-M / K-L (two shares as a pair)", _SPLIT_A, "A county survey found Brackwater voters split "
     "47-53 on a new riverside park.", {"48-52", "47-53"}),
    ("match", "lost N-M / lost N-K (the loser's score first)", "Dale City lost 1-2 to Esker Rovers on Saturday.",
     "Dale City lost 1-3 to Esker Rovers on Saturday.", {"1-2", "1-3"}),
    # a toll that changed, and a later outlet's figure the other way (compare.fact_forecasts.an_update)
    ("storm", "the toll rose to N / days later M dead (below N)", _ROSE_A, "The storm left 11 dead in the Corran "
     "valley.", {"12", "11"}, _LATER),
    ("storm", "the toll was revised down to N / days later M (above N)", "The death toll from the storm in the Corran "
     "valley was revised down to 12 on Sunday.", "The storm killed 14 people in the Corran valley.", {"12", "14"},
     _LATER),
    # a time of day of one act on one day
    ("storm", "hit at a time / at another time", _HIT_A, "The storm hit the Corran valley at 5pm on Saturday.",
     {"3pm", "5pm"}),
    ("storm", "struck at a time / at about another time", "The storm struck the Corran valley at 3pm on Saturday.",
     "The storm struck the Corran valley at about 5 p.m. on Saturday.", {"3pm", "5 p.m."}),
    # a count given as a word against a figure (article.quantities)
    ("protest", "a dozen / N", _DOZEN_A, "Police arrested 23 people after the protest in Esker on Saturday.",
     {"dozen", "23"}),
    ("protest", "half a dozen / N", "Police arrested half a dozen people after the protest in Esker on Saturday.",
     "Police arrested 12 people after the protest in Esker on Saturday.", {"half a dozen", "12"}),
    ("protest", "two dozen / N", "Police arrested two dozen people after the protest in Esker on Saturday.",
     "Police arrested 40 people after the protest in Esker on Saturday.", {"two dozen", "40"}),
    ("protest", "scores of / N", "Police arrested scores of people after the protest in Esker on Saturday.",
     "Police arrested 12 people after the protest in Esker on Saturday.", {"scores", "12"}),
    ("protest", "a handful of / N", "Police arrested a handful of people after the protest in Esker on Saturday.",
     "Police arrested 15 people after the protest in Esker on Saturday.", {"handful", "15"}),
    # a phrasal verb of cancelling (lexicon.PHRASAL_VERBS)
    ("trial", "called off on DAY / cancelled on DAY", "The Esker church fires trial was called off on Monday.", "The "
     "Esker church fires trial was cancelled on Tuesday.", {"Monday", "Tuesday"}),
    # review18 §13: one question told in other words, or named by one side only, is one split
    ("survey", "split N-M on the new park / K-L on the park", "A county survey found Brackwater voters split 52-48 on "
     "a new riverside park.", "A county survey found Brackwater voters split 55-45 on the riverside park.",
     {"52-48", "55-45"}),
    ("survey", "split N-M on the park plan / K-L on the plan for a park", "A county survey found Brackwater voters "
     "split 52-48 on the park plan.", "A county survey found Brackwater voters split 55-45 on the plan for a park.",
     {"52-48", "55-45"}),
    ("vote-weekday", "split N-M on the plan on DAY / K-L on DAY on the plan", "Tarn council split 7-4 on the Kesby "
     "library plan on Monday.", "Tarn council split 6-5 on Monday on the Kesby library plan.", {"7-4", "6-5"}),
    # a duration of one unit after "for a" (article.quantities: a day to a year)
    ("court", "jailed for a year / N months", "Tom Reyes was jailed for a year on Friday for setting fire to three "
     "Esker churches.", "Tom Reyes was jailed for 18 months on Friday for setting fire to three Esker churches.",
     {"a year", "18"}),
    ("court", "jailed for a year and a half / N years", "Tom Reyes was jailed for a year and a half on Friday for "
     "setting fire to three Esker churches.", "Tom Reyes was jailed for two years on Friday for setting fire to three "
     "Esker churches.", {"a year and a half", "two"}),
    ("bridge", "shut for a week / N days", "The Harwick river bridge will be shut for a week for repairs, the county "
     "said.", "The Harwick river bridge will be shut for 10 days for repairs, the county said.", {"a week", "10"}),
    ("bridge", "shut for a month / N weeks", "The Harwick river bridge will be shut for a month for repairs, the "
     "county said.", "The Harwick river bridge will be shut for six weeks for repairs, the county said.",
     {"a month", "six"}),
])  # fmt: skip
"""crecall18: kinds a fact-checker meets (an order counted from one anchor, a document's day by the verb that acts on
it, one meeting of one set of people told in other words, tallies written either way and of one vote by two verbs,
a toll that moved against a later figure, a time of one act, a count in words, a duration of one unit): each must fire
once, alone."""


CRECALL18_LOOK_ALIKES = _look_alikes([
    ("trial", "called off on DAY / postponed on DAY (another act)", "The Esker church fires trial was called off on "
     "Monday.", "The Esker church fires trial was postponed on Tuesday."),
    ("trial", "called off on DAY / called its witnesses on DAY", "The Esker church fires trial was called off on "
     "Monday.", "The Esker church fires trial called its first witnesses on Tuesday."),
    # review18 and cprec18's adversary: each a false report of an earlier version of these readings
    ("court", "shut for a year or two / N months (a range)", "The Harwick river bridge will be shut for a year or two, "
     "the county said.", "The Harwick river bridge will be shut for 18 months, the county said."),
    ("bridge", "shut for a week or so / N days (an approximation)", "The Harwick river bridge will be shut for a week "
     "or so for repairs, the county said.", "The Harwick river bridge will be shut for 10 days for repairs, the "
     "county said."),
    ("pages", "issued a report on DAY / a report on DAY (one of several)", "The Corran water inquiry issued a report "
     "on Tuesday.", "The Corran water inquiry issued a report on Thursday."),
    ("survey", "split N-M on one question / K-L on another", "A county survey found Brackwater voters split 48-52 on a "
     "new riverside park.", "A county survey found Brackwater voters split 45-55 on a new swimming pool."),
    ("survey", "split roughly N-N / K-L (a rounded split)", "A county survey found Brackwater voters split roughly "
     "50-50 on a new riverside park.", "A county survey found Brackwater voters split 49-51 on a new riverside park."),
    ("election", "the Nth mayor since PLACE became a city / since it was granted a charter", "Ann Holt is the 12th "
     "mayor since Brackwater became a city.", "Ann Holt is the 14th mayor since Brackwater was granted a charter."),
    ("storm", "the toll rose to N / days later M of the dead identified (a part)", _ROSE_A, "Police have identified "
     "11 of the people the storm in the Corran valley killed.", _LATER),
    ("storm", "the toll rose to N / days later M, fewer than first reported (a correction)", _ROSE_A, "The storm in "
     "the Corran valley killed 11 people, fewer than first reported, police said.", _LATER),
    ("bridge", "a ticket for a day trip / for a N-day trip (another trip)", "Visitors to Harwick can buy a ticket for "
     "a day trip to the islands.", "Visitors to Harwick can buy a ticket for a three-day trip to the islands."),
    ("lender", "shares rose to $N / days later $M (a price)", "Fenmore Bank's shares rose to $12 on Monday after the "
     "deal.", "Fenmore Bank's shares stood at $11 after the deal.", _LATER),
    ("visit", "met Name on DAY / held talks with Name on DAY and will meet again", _MET_NAME_A, "Amadi held talks "
     "with Berg on Tuesday and will meet him again next month."),
    ("election", "the Nth mayor since the war / the Mth mayor of PLACE (two orders)", _SINCE_WAR_A, "Ann Holt was "
     "sworn in on Monday as the 14th mayor of Brackwater."),
    ("election", "the Nth mayor since YEAR / since another YEAR", "Ann Holt became the 12th mayor of Brackwater since "
     "1945 on Monday.", "Ann Holt was sworn in on Monday as the 14th mayor of Brackwater since 1920."),
    ("election", "the Nth mayor since the war / since the Second World War", _SINCE_WAR_A, "Ann Holt was sworn in on "
     "Monday as Brackwater's 14th mayor since the Second World War."),
    ("election", "the first mayor since YEAR to lose / the Mth since YEAR", "Ann Holt became the first mayor of "
     "Brackwater since 1990 to lose a recall vote.", "Ann Holt was sworn in on Monday as the third mayor of "
     "Brackwater since 1990."),
    ("election", "the Nth mayor since the war / her father the Mth since the war", _SINCE_WAR_A, "Ann Holt's father "
     "was Brackwater's 14th mayor since the war."),
    ("pages", "the final report published / the inquiry issued its draft report", "The Corran water inquiry's final "
     "report was published on Tuesday.", "The Corran water inquiry issued its draft report on Monday."),
    ("pages", "published on DAY / the inquiry discussed its report on DAY", _ISSUED_A, "The Corran water inquiry "
     "discussed its report with parents on Wednesday."),
    ("pages", "published on DAY / said in its report on DAY", _ISSUED_A, "Inspectors missed lead in the pipes, the "
     "Corran water inquiry said in its report on Wednesday."),
    ("layoffs", "will cut N, said on DAY / cut M years ago, said on DAY", "Carrow Foods will cut 1,200 jobs at its "
     "Brenmoor plant, the company said on Monday.", "Carrow Foods already cut 300 jobs at its Brenmoor plant two "
     "years ago, the company said on Monday."),
    ("visit", "met Name / Name held talks with another Name", _MET_NAME_A, "Amadi held talks with Eva Lind on "
     "Tuesday."),
    ("visit", "met Name in PLACE / Name held talks with another in PLACE (no people read)", "Ana Vell met Tal Oren in "
     "Oslo on Monday.", "Vell held talks with Eva Lind in Oslo on Tuesday."),
    ("visit", "met Name / the same minister held talks with another", _MET_NAME_A, "Trade minister Ruth Amadi held "
     "talks with Eva Lind in Oslo on Tuesday."),
    ("visit", "met Name / Name and Name met again", _MET_NAME_A, "Ruth Amadi and Lars Berg met again in Oslo on "
     "Tuesday."),
    ("visit", "met Name / Name will hold talks with Name again", _MET_NAME_A, "Amadi will hold talks with Berg again "
     "on Tuesday."),
    ("visit", "met Name / Name and Name signed a deal", _MET_NAME_A, "Ruth Amadi and Lars Berg signed a fishing deal "
     "in Oslo on Tuesday."),
    ("vote-weekday", "voted N to M on DAY / had backed K-L in a first vote", _VOTED_TO_A, "Tarn council had backed "
     "the closure of the Kesby library 6-5 in a first vote."),
    ("vote-weekday", "voted N to M on DAY / approved K-L on another DAY", _VOTED_TO_A, "Tarn council approved the "
     "closure of the Kesby library 6-5 on Thursday."),
    ("vote-weekday", "voted N to M on DAY / approved the library's budget K-L on DAY", _VOTED_TO_A, "Tarn council "
     "approved the Kesby library budget 6-5 on Monday."),
    ("vote-weekday", "voted N to M / approved another thing K-L", _VOTED_TO_A, "Tarn council approved the sale of the "
     "Kesby swimming pool 6-5 on Monday."),
    ("vote-weekday", "voted N to M / voted M to N against", _VOTED_TO_A, "Tarn council voted 4 to 7 against keeping "
     "the Kesby library open on Monday."),
    ("vote-weekday", "voted N to M / approved N-M", _VOTED_TO_A, "Tarn council approved the closure of the Kesby "
     "library 7-4 on Monday."),
    ("vote-weekday", "voted N-M / the motion failed M-N", _VOTE_A, "A motion to keep the Kesby library open failed "
     "2-7 at Tarn council on Monday."),
    ("vote-weekday", "voted N to M / another motion K to L", _VOTED_TO_A, "Tarn council voted 6 to 5 on Monday to "
     "close the Kesby swimming pool at the end of the year."),
    ("survey", "split N-M / M-N", _SPLIT_A, "A county survey found Brackwater voters split 52-48 on a new riverside "
     "park."),
    ("match", "lost N-M / beat M-N", "Dale City lost 1-2 to Esker Rovers on Saturday.", "Esker Rovers beat Dale City "
     "2-1 on Saturday."),
    ("storm", "M dead / days later the toll rose to N", "The storm left 11 dead in the Corran valley.", _ROSE_A,
     _LATER),
    ("storm", "the toll rose to N / days later M dead (above N)", _ROSE_A, "The storm left 14 dead in the Corran "
     "valley.", _LATER),
    ("storm", "the toll rose to N / M dead the same day (below N)", _ROSE_A, "The storm left 11 dead in the Corran "
     "valley."),
    ("storm", "hit at a time / hit another town at another time", _HIT_A, "The storm hit Dunmore at 5pm on "
     "Saturday."),
    ("storm", "hit at a time / the same time on the 24-hour clock", _HIT_A, "The storm hit the Corran valley at 15:00 "
     "on Saturday."),
    ("storm", "hit at a time / hit again at another time on another day", _HIT_A, "The storm hit the Corran valley "
     "again at 5pm on Sunday."),
    ("protest", "a dozen / 12", _DOZEN_A, "Police arrested 12 people after the protest in Esker on Saturday."),
    ("protest", "half a dozen / six", "Police arrested half a dozen people after the protest in Esker on Saturday.",
     "Police arrested six people after the protest in Esker on Saturday."),
    ("protest", "two dozen / 23", "Police arrested two dozen people after the protest in Esker on Saturday.",
     "Police arrested 23 people after the protest in Esker on Saturday."),
    ("protest", "scores of / 60", "Police arrested scores of people after the protest in Esker on Saturday.",
     "Police arrested 60 people after the protest in Esker on Saturday."),
    ("protest", "dozens of / 40", "Police arrested dozens of people after the protest in Esker on Saturday.",
     "Police arrested 40 people after the protest in Esker on Saturday."),
    ("protest", "a handful of / four", "Police arrested a handful of people after the protest in Esker on Saturday.",
     "Police arrested four people after the protest in Esker on Saturday."),
    ("court", "jailed for a year / N months, one term", "Tom Reyes was jailed for a year on Friday for setting fire "
     "to three Esker churches.", "Tom Reyes was jailed for 12 months on Friday for setting fire to three Esker "
     "churches."),
    ("court", "jailed for a year and a half / N months, one term", "Tom Reyes was jailed for a year and a half on "
     "Friday for setting fire to three Esker churches.", "Tom Reyes was jailed for 18 months on Friday for setting "
     "fire to three Esker churches."),
    ("court", "jailed for a year / banned for N years (another act)", "Tom Reyes was jailed for a year on Friday for "
     "setting fire to three Esker churches.", "Tom Reyes was also banned from driving for two years."),
    ("bridge", "shut for a week / N days, one term", "The Harwick river bridge will be shut for a week for repairs, "
     "the county said.", "The Harwick river bridge will be shut for seven days for repairs, the county said."),
    ("bridge", "shut for a week / another work takes N weeks", "The Harwick river bridge will be shut for a week for "
     "repairs, the county said.", "Painting the Harwick river bridge will take two weeks once it reopens, the county "
     "said."),
    ("protest", "a handful of them / N (a part)", "Police arrested 15 people after the protest in Esker on Saturday, "
     "and a handful of them were charged on Sunday.", "Police arrested 15 people after the protest in Esker on "
     "Saturday."),
])  # fmt: skip
"""Look-alikes of crecall18's kinds, each differing from a found probe in the one feature it reads: another anchor or
the whole order, a draft or a statement's day, one tally written the other way, a toll that moved the way it said, a
time of another place or day, a count in words that the figure meets; each must report nothing."""


REVIEW18_PROBES = _probes([
    # a score's side after "against" alone: one side, two scores still conflict (and "beat SIDE" aligns with it)
    ("match", "won N against SIDE / won M against SIDE", "Esker Rovers won 2-1 against Dale City on Saturday.",
     "Esker Rovers won 3-0 against Dale City on Saturday.", {"2-1", "3-0"}),
    ("match", "won N against SIDE / beat SIDE M", "Esker Rovers won 2-1 against Dale City on Saturday.",
     "Esker Rovers beat Dale City 3-0 on Saturday.", {"2-1", "3-0"}),
    # "twice as many" is a multiplier, no count of occurrences: one vote on two days still conflicts
    ("vote-weekday", "with twice as many members, voted on DAY / DAY", "Tarn council, with twice as many members as "
     "before, voted on Monday to close the Kesby library.", "Tarn council voted on Tuesday to close the Kesby "
     "library.", {"Monday", "Tuesday"}),
    # a price "for a year" is a rate: two prices of one period still conflict
    ("school", "costs $N for a year / $M for one year", "A place in the Brenmoor Academy breakfast club costs $300 for "
     "a year.", "A place in the Brenmoor Academy breakfast club costs $250 for one year.", {"$300", "$250"}),
    # "touched down" is "landed" (lexicon.PHRASAL_VERBS): one landing on two days conflicts
    ("visit", "landed on DAY / touched down on DAY", "The trade minister's plane landed in Oslo on Monday.",
     "The trade minister's plane touched down in Oslo on Tuesday.", {"Monday", "Tuesday"}),
    # a measure told as past twice still conflicts beside the look-alike of a foretold one
    ("storm", "the river peaked at N metres / at M metres", "The Corran river peaked at 5.2 metres on Saturday.",
     "The Corran river peaked at 4.8 metres on Saturday.", {"5.2 metres", "4.8 metres"}),
])  # fmt: skip
"""Found probes of the eighteenth review (``/work/coord/review18.md``): the conflicts each fix must keep, and real
ones main missed ("touched down")."""


REVIEW18_LOOK_ALIKES = _look_alikes([
    # two scores against two sides named after "against": two matches
    ("match", "won N against SIDE / won M against OTHER", "Esker Rovers won 2-1 against Dale City on Saturday.",
     "Esker Rovers won 3-0 against Tarn Town on Saturday."),
    # a day of an event told as counted ("twice", "N times") dates several occurrences
    ("vote-weekday", "voted N to M times last year / voted on DAY", "Tarn council voted 3 to 4 times on closing the "
     "Kesby library last year.", "Tarn council voted 7-2 on Tuesday to close the Kesby library."),
    ("vote-weekday", "voted twice last year / voted on DAY", "Tarn council voted twice on closing the Kesby library "
     "last year.", "Tarn council voted 7-2 on Tuesday to close the Kesby library."),
    # a price for a year and a price for a month: two rates
    ("school", "costs $N for a year / $M for a month", "A place in the Brenmoor Academy breakfast club costs $300 for "
     "a year.", "A place in the Brenmoor Academy breakfast club costs $30 for a month."),
    # a take-off and a landing: two acts
    ("visit", "took off on DAY / touched down on DAY", "The trade minister's plane took off from Kesby on Monday.",
     "The trade minister's plane touched down in Oslo on Tuesday."),
    # a measure foretold ("expect the river to peak at") and the one that came: two facts
    ("storm", "expect the river to peak at N metres / peaked at M", "Forecasters expect the Corran river to peak at "
     "5.2 metres.", "The Corran river peaked at 4.8 metres."),
])  # fmt: skip
"""Look-alikes of the eighteenth review's findings (``/work/coord/review18.md``), each reported on the main it was
fixed on; each must report nothing."""


def _stamp(day: str) -> str | None:
    """A probe's publication day as its stamp: 09:00 of a day, a stamp of its own where a time is written, none for
    an undated outlet (an empty day)."""
    return None if not day else day if "T" in day else f"{day}T09:00:00"


def outcome(probe: Probe, folder: Path) -> tuple[str, list[set[str]]]:
    """``fires`` (the conflict once, nothing else), ``fires+others``, ``missed`` or ``missed+others``."""
    outlets = STORIES[probe.kind](probe.a, probe.b)
    path = folder / f"{probe.kind}-{abs(hash(probe.label))}.jsonl"
    days = (*probe.published, probe.published[0])
    rows = [
        {"title": t, "text": body, "outlet": name, "published": _stamp(day), "url": f"https://{n}.example/a"}
        for n, ((name, t, body), day) in enumerate(zip(outlets, days, strict=True))
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = analyze([path])
    found = [{v.value for v in c.values} for c in report.conflicts]
    if not probe.values:  # a look-alike: silent, or the conflicts it reports
        return ("silent" if not found else "reports") if len(report.stories) == 1 else "not-one-story", found
    hit = [f for f in found if probe.values <= f]
    others = [f for f in found if not probe.values <= f]
    if len(report.stories) != 1:
        return "not-one-story", found
    return ("fires" if hit else "missed") + ("+others" if others else ""), others


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=sorted(STORIES), help="probe one kind only")
    parser.add_argument("--look-alikes", action="store_true", help="run the look-alikes (each must report nothing)")
    args = parser.parse_args()
    counts: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        probes = [
            *PROBES,
            *CHECKER_PROBES,
            *PRECISION_PROBES,
            *RECALL_PROBES,
            *REVIEW17_PROBES,
            *CRECALL18_PROBES,
            *REVIEW18_PROBES,
            *PRECISION18_PROBES,
        ]
        alikes = [
            *LOOK_ALIKES,
            *CHECKER_LOOK_ALIKES,
            *PRECISION_LOOK_ALIKES,
            *RECALL_LOOK_ALIKES,
            *REVIEW17_LOOK_ALIKES,
            *CRECALL18_LOOK_ALIKES,
            *REVIEW18_LOOK_ALIKES,
            *PRECISION18_LOOK_ALIKES,
        ]
        for probe in alikes if args.look_alikes else probes:
            if args.kind and probe.kind != args.kind:
                continue
            result, others = outcome(probe, Path(tmp))
            tally = counts.setdefault(probe.kind, [0, 0])
            tally[0] += result in ("fires", "silent")
            tally[1] += 1
            extra = f"  others: {others}" if others else ""
            print(f"{probe.kind:14} {probe.label:32} {result}{extra}")
    print(
        ("silent: " if args.look_alikes else "fired once and alone: ")
        + ", ".join(f"{k} {n}/{m}" for k, (n, m) in counts.items())
    )


if __name__ == "__main__":
    main()
