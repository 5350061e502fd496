"""Reprints are kept and linked: coverage counts every outlet that carried a story, independent sources count once."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.ingest import link_reprints, read_paths
from newsfuse.model import Article, Problem, Story
from newsfuse.pipeline import analyze

AGENCY_TEXT = (
    "The harbour bridge in Port Elspeth will close for six weeks of repairs from Monday after inspectors "
    "found corroded cables, the city council said on Friday.\n\n"
    "“The cables are older than anyone thought, and we will not take chances with people’s lives,” the "
    "council’s chief engineer, Mara Quint, told reporters at the bridge.\n\n"
    "Ferries will run every twenty minutes during the closure, and the council said fares would be waived "
    "for commuters until the bridge reopens in the spring.\n\n"
    "Traders on the north bank said the closure could cost them customers. “Six weeks is a long time for a "
    "small shop,” said Tomas Brel, who runs a bakery near the bridge."
)
OWN_REPORT = (
    "Commuters in Port Elspeth face six weeks of ferry crossings after the council ordered the harbour bridge "
    "shut for repairs to corroded cables, starting on Monday.\n\n"
    "Speaking at the bridge on Friday, chief engineer Mara Quint said: “The cables are older than anyone "
    "thought, and we will not take chances with people’s lives.”\n\n"
    "Our reporter crossed the bridge on Friday evening, when queues of cars stretched back to the ring road "
    "as drivers made a last crossing before the closure.\n\n"
    "The opposition group on the council called the repairs overdue and asked why the cables had not been "
    "inspected since the bridge last closed, a decade ago."
)


def record(outlet: str, published: str, text: str, title: str = "Harbour bridge to close for six weeks") -> str:
    return json.dumps({"text": text, "title": title, "outlet": outlet, "published": published})


def test_one_agency_text_from_three_outlets_and_an_own_report_is_four_articles_two_sources(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        record("Port Elspeth Clarion", "2025-03-07T14:00", AGENCY_TEXT, "Bridge shuts for six weeks"),
        record("Reuters", "2025-03-07T11:30", AGENCY_TEXT),
        record("Northern Daily Post", "2025-03-07T16:45", AGENCY_TEXT),
        record("Harbour Evening News", "2025-03-07T19:00", OWN_REPORT, "Six weeks of ferries for commuters"),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = analyze([feed])
    assert len(report.articles) == 4
    [story] = report.stories
    assert story.coverage == 4
    assert story.independent_sources == 2
    by_outlet = {a.outlet: a for a in report.articles}
    agency = by_outlet["Reuters"]
    assert agency.reprint_of is None and by_outlet["Harbour Evening News"].reprint_of is None
    assert by_outlet["Port Elspeth Clarion"].reprint_of == agency.id
    assert by_outlet["Northern Daily Post"].reprint_of == agency.id
    [wire] = [g for g in report.sources if len(g.articles) > 1]
    assert set(wire.articles) == {by_outlet[o].id for o in ("Reuters", "Port Elspeth Clarion", "Northern Daily Post")}
    assert set(story.outlets) == {"Reuters", "Port Elspeth Clarion", "Northern Daily Post", "Harbour Evening News"}

    document = json.loads(__import__("newsfuse.report", fromlist=["render"]).render(report, "json"))
    assert document["stories"][0]["coverage"] == 4 and document["stories"][0]["independent_sources"] == 2
    assert sum(1 for a in document["articles"] if a["reprint_of"] == agency.id) == 2


def article(article_id: str, outlet: str | None, **fields: object) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", body=AGENCY_TEXT, outlet=outlet, **fields)  # type: ignore[arg-type]


def test_the_original_is_the_credited_agencys_copy_then_an_agency_then_the_earliest() -> None:
    credited = link_reprints(
        [
            article("paper", "Port Elspeth Clarion", credit="Reuters", published="2025-03-07T09:00"),
            article("agency", "Reuters", outlet_kind="agency", published="2025-03-07T10:00"),
        ]
    )
    assert [a.reprint_of for a in credited] == ["agency", None]

    by_kind = link_reprints([article("paper", "Clarion"), article("wire", "Ghana News Agency", outlet_kind="agency")])
    assert [a.reprint_of for a in by_kind] == ["wire", None]

    by_date = link_reprints(
        [
            article("late", "Clarion", published="2025-03-07T18:00"),
            article("undated", "Post"),
            article("early", "Herald", published="2025-03-07 09:00 GMT"),
        ]
    )
    assert [a.reprint_of for a in by_date] == ["early", "early", None]

    first_read = link_reprints([article("a", "Clarion"), article("b", "Post")])
    assert [a.reprint_of for a in first_read] == [None, "a"]


def test_different_texts_are_not_reprints() -> None:
    other = Article(id="own", source="own.txt", body=OWN_REPORT, outlet="Herald")
    assert [a.reprint_of for a in link_reprints([article("a", "Clarion"), other])] == [None, None]


def read(*paths: Path) -> tuple[list[Article], list[Problem]]:
    items = list(read_paths(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_only_one_outlets_same_text_or_the_same_file_twice_is_read_once(tmp_path: Path) -> None:
    text = "Harbour bridge to close\n\n" + AGENCY_TEXT
    for name in ("clarion-1.txt", "clarion-2.txt", "post.txt", "nobody-1.txt", "nobody-2.txt"):
        (tmp_path / name).write_text(("Outlet: Northern Daily Post\n" if name == "post.txt" else "") + text)
    (tmp_path / "sources.csv").write_text(
        "file,outlet,url,published\nclarion-1.txt,Clarion,,\nclarion-2.txt,Clarion,,\n", encoding="utf-8"
    )
    articles, problems = read(tmp_path, tmp_path / "post.txt")
    assert sorted(Path(a.source).name for a in articles) == ["clarion-1.txt", "nobody-1.txt", "post.txt"]
    assert sorted(Path(p.source).name for p in problems) == ["clarion-2.txt", "nobody-2.txt"]
    assert all("read once" in p.reason and p.severity == "warning" for p in problems)
    assert len({a.id for a in articles}) == 3


def test_absent_outlets_are_those_seen_in_the_same_days_that_did_not_carry_the_story() -> None:
    from newsfuse.compare.sources import absent_outlets

    story = Story(id="s", label="bridge", articles=("a", "b"), start="2025-03-07", end="2025-03-08")
    everyone = [
        Article(id="a", source="a", body="x", outlet="Clarion", published="2025-03-07T10:00"),
        Article(id="b", source="b", body="x", outlet="Post", published="2025-03-08"),
        Article(id="c", source="c", body="y", outlet="Herald", published="2025-03-08T23:00"),
        Article(id="d", source="d", body="y", outlet="Gazette", published="2025-03-12"),
        Article(id="e", source="e", body="y", outlet="Clarion", published="2025-03-07"),
        Article(id="f", source="f", body="y", outlet=None, published="2025-03-07"),
    ]
    assert absent_outlets(story, everyone) == ("Herald",)
    assert absent_outlets(Story(id="t", label="undated", articles=("a",)), everyone) == ()


FOOTBALL = (
    "Port Elspeth United won the regional cup final on Saturday, beating Northfield Rovers three goals to one "
    "in front of a sell-out crowd at the Marsh Road stadium.\n\n"
    "Striker Ines Varga scored twice before half-time, and the club’s manager said the win was the best day of "
    "his career. “These players never stopped running,” he said after the trophy was lifted."
)


def test_the_store_keeps_reprints_and_names_the_outlets_that_did_not_carry_a_story(tmp_path: Path) -> None:
    from newsfuse.store import Store, ingest, story_report

    feed = tmp_path / "feed.jsonl"
    lines = [
        record("Reuters", "2025-03-07T11:30", AGENCY_TEXT),
        record("Port Elspeth Clarion", "2025-03-07T14:00", AGENCY_TEXT),
        record("Harbour Evening News", "2025-03-07T19:00", OWN_REPORT, "Six weeks of ferries for commuters"),
        record("Marsh Road Sports", "2025-03-07T20:00", FOOTBALL, "United lift the regional cup"),
        record("Gazette of Last Month", "2025-02-01T08:00", FOOTBALL.replace("Saturday", "Sunday"), "Cup final"),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "news.db") as store:
        ingest([feed], store)
        bridge = next(s.story for s in store.stories() if len(s.story.articles) == 3)
        report = story_report(store, bridge.id)
    assert bridge.coverage == 3 and set(bridge.outlets) == {"Reuters", "Port Elspeth Clarion", "Harbour Evening News"}
    [story] = report.stories
    assert (story.coverage, story.independent_sources) == (3, 2)
    assert story.absent_outlets == ("Marsh Road Sports",)
    by_outlet = {a.outlet: a for a in report.articles}
    assert by_outlet["Port Elspeth Clarion"].reprint_of == by_outlet["Reuters"].id
