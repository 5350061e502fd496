"""The Spark job (issue #20) against ``newsfuse analyze`` on the same input, with ``--master local[2]``.

One job runs over a JSONL file holding the bundled example, basil-dev (where
../shared/eval is present) and one broken line. Then:

- the stories agree with ``analyze`` on the same file (BCubed F1 >= 0.95
  between the two groupings);
- the quotation count is within 5% of ``analyze``'s;
- the broken line is one row of ``DIR/problems`` and cost nothing else;
- ``newsfuse ingest DIR --db F`` imports the output, and a stored story's
  report has the same findings as ``analyze``'s report of that story.

Needs the ``spark`` extra and a Java runtime; skipped where either is
missing, except under ``CI=true`` (``.ci/run`` installs both).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from conftest import EVAL, absent, spark_session_or_skip
from newsfuse import analyze
from newsfuse.model import Report

pytestmark = [pytest.mark.slow, pytest.mark.spark]


def bcubed_f1(left: dict[str, str], right: dict[str, str]) -> float:
    """BCubed F1 of clustering ``right`` against ``left`` (item -> cluster), over the items both place."""
    items = sorted(set(left) & set(right))
    groups_l: dict[str, set[str]] = {}
    groups_r: dict[str, set[str]] = {}
    for item in items:
        groups_l.setdefault(left[item], set()).add(item)
        groups_r.setdefault(right[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        same_l, same_r = groups_l[left[item]], groups_r[right[item]]
        both = len(same_l & same_r)
        precision += both / len(same_r)
        recall += both / len(same_l)
    precision, recall = precision / len(items), recall / len(items)
    return 2 * precision * recall / (precision + recall)


FERRY = (
    "Ferry crews in Port Halloran walked out on Tuesday over rota changes, stranding hundreds of island commuters. "
    "The Halloran Ferry Company said talks with the crews' union would resume on Thursday. "
    '"We have no quarrel with passengers," said union organiser Maren Tolliver.'
)
ORCHARD = (
    "A late frost across the Brenmoor valley has destroyed much of this year's cider apple blossom. "
    "Growers in Brenmoor said the frost came after a week of unusually warm weather. "
    '"It is the worst morning I have seen in thirty years," said orchard owner Ilse Varga.'
)
ARREST = (
    "Police in Castlereach arrested harbour treasurer Odile Pembrake on Monday on suspicion of diverting port levies. "
    "Detectives searched the Castlereach harbour offices and seized ledgers. "
    '"We will cooperate fully," said a spokesman for the Castlereach Harbour Board.'
)
TRIAL = (
    "The fraud trial of former Castlereach harbour treasurer Odile Pembrake opened at Dunmarrow Crown Court, "
    "where jurors heard that port levies were moved into private accounts. "
    '"The ledgers tell a simple story," prosecutor Ansel Quarry told the jury.'
)
VERDICT = (
    "A jury at Dunmarrow Crown Court found Odile Pembrake, the former Castlereach harbour treasurer, guilty of fraud. "
    "Judge Wilhelmina Cray said sentencing would follow next month. "
    '"Justice has been done for the harbour," said Castlereach councillor Perrin Hale.'
)
STORYLINE_RECORDS = [  # invented: an arrest, a trial three weeks later and a verdict: three events of one storyline
    {"text": ARREST, "title": "Harbour treasurer arrested", "published": "2031-05-05", "url": "https://tide.example/2"},
    {"text": TRIAL, "title": "Harbour fraud trial opens", "published": "2031-05-26", "url": "https://coast.example/2"},
    {
        "text": VERDICT,
        "title": "Harbour treasurer guilty",
        "published": "2031-06-12",
        "url": "https://valley.example/2",
    },
]
OUTLET_RECORDS = [  # invented: one text printed by two outlets, and a third outlet on the same day with another story
    {
        "text": FERRY,
        "title": "Ferry crews strike",
        "outlet": "Tide Daily",
        "published": "2031-04-08",
        "url": "https://tide.example/1",
    },
    {
        "text": FERRY,
        "title": "Strike halts ferries",
        "outlet": "Coast Post",
        "published": "2031-04-09",
        "url": "https://coast.example/1",
    },
    {
        "text": ORCHARD,
        "title": "Frost hits orchards",
        "outlet": "Valley Herald",
        "published": "2031-04-08",
        "url": "https://valley.example/1",
    },
]


def write_jsonl(path: Path, folders: list[Path]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in OUTLET_RECORDS + STORYLINE_RECORDS:
            out.write(json.dumps(record) + "\n")
        for folder in folders:
            for file in sorted(folder.glob("*.txt")):
                out.write(
                    json.dumps({"text": file.read_text(encoding="utf-8"), "url": f"https://example.org/{file.stem}"})
                )
                out.write("\n")
        out.write('{"text": "an unfinished record\n')


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> Iterator[tuple[Path, Path]]:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        absent("PySpark is not installed (pip install -e '.[spark]')")
    spark = spark_session_or_skip("local[2]")
    from newsfuse.spark.job import run_job

    tmp = tmp_path_factory.mktemp("spark")
    folders = [example_dir]
    if (EVAL / "basil-dev" / "articles").is_dir():
        folders.append(EVAL / "basil-dev" / "articles")
    source = tmp / "input.jsonl"
    write_jsonl(source, folders)
    try:
        run_job([str(source)], str(tmp / "out"), spark=spark)
    finally:
        spark.stop()
    yield source, tmp / "out"


@pytest.fixture(scope="module")
def single_machine(job: tuple[Path, Path]) -> Report:
    return analyze([job[0]])


def read_table(folder: Path) -> list[dict[str, Any]]:
    """The rows of a Parquet dataset (untyped: Parquet columns carry their own types)."""
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = pq.read_table(folder).to_pylist()
    return rows


def test_stories_agree_with_analyze(job: tuple[Path, Path], single_machine: Report) -> None:
    spark_stories = {a: row["id"] for row in read_table(job[1] / "stories") for a in row["articles"]}
    analyze_stories = {a: s.id for s in single_machine.stories for a in s.articles}
    assert set(spark_stories) == set(analyze_stories)
    assert bcubed_f1(analyze_stories, spark_stories) >= 0.95


def test_the_invented_stories_and_storylines_are_those_of_analyze(
    job: tuple[Path, Path], single_machine: Report
) -> None:
    invented = {record["url"] for record in OUTLET_RECORDS + STORYLINE_RECORDS}
    ids = {a.id for a in single_machine.articles if a.source in invented}
    assert len(ids) == len(invented)
    fields = ("id", "articles", "start", "end", "storyline", "inferred_dates")
    expected = [
        {field: json.loads(msgspec.json.encode(getattr(story, field))) for field in fields}
        for story in single_machine.stories
        if ids & set(story.articles)
    ]
    found = [
        {field: row[field] for field in fields} for row in read_table(job[1] / "stories") if ids & set(row["articles"])
    ]
    assert sorted(found, key=str) == sorted(expected, key=str)
    events = [story["storyline"] for story in expected]
    assert max(events.count(line) for line in events) == 3  # the arrest, the trial and the verdict: one storyline


def test_quotation_count_within_five_percent(job: tuple[Path, Path], single_machine: Report) -> None:
    found = len(read_table(job[1] / "quotes"))
    assert abs(found - len(single_machine.quotes)) <= 0.05 * len(single_machine.quotes)
    assert found > 0


def test_a_broken_record_is_one_problem_row(job: tuple[Path, Path], single_machine: Report) -> None:
    problems = read_table(job[1] / "problems")
    assert [(p["stage"], "invalid JSON" in str(p["reason"])) for p in problems] == [("read", True)]
    assert len(read_table(job[1] / "articles")) == len(single_machine.articles)


def test_reprints_are_linked_as_analyze_links_them(job: tuple[Path, Path], single_machine: Report) -> None:
    spark_links = {row["id"]: row["reprint_of"] for row in read_table(job[1] / "articles")}
    analyze_links = {a.id: a.reprint_of for a in single_machine.articles}
    assert spark_links == analyze_links
    coast = next(a for a in single_machine.articles if a.outlet == "Coast Post")
    tide = next(a for a in single_machine.articles if a.outlet == "Tide Daily")
    assert spark_links[coast.id] == tide.id  # the later copy reprints the earlier one


def test_absent_outlets_are_those_of_analyze(job: tuple[Path, Path], single_machine: Report) -> None:
    spark_absent = {row["id"]: tuple(row["absent_outlets"] or ()) for row in read_table(job[1] / "stories")}
    analyze_absent = {s.id: s.absent_outlets for s in single_machine.stories}
    shared = set(spark_absent) & set(analyze_absent)
    assert {i: spark_absent[i] for i in shared} == {i: analyze_absent[i] for i in shared}
    ferry = next(s for s in single_machine.stories if len(s.articles) == 2 and "Coast Post" in s.outlets)
    assert spark_absent[ferry.id] == ("Valley Herald",)


def test_every_finding_table_is_written(job: tuple[Path, Path]) -> None:
    for table in ("articles", "stories", "quotes", "utterances", "claims", "conflicts", "entities", "reuse"):
        assert (job[1] / table).is_dir(), table


def test_imported_output_reports_like_analyze(job: tuple[Path, Path], single_machine: Report, tmp_path: Path) -> None:
    from newsfuse.cli import main
    from newsfuse.store import Store, story_report
    from newsfuse.store.pages import outdated_pages

    db = tmp_path / "news.db"
    with pytest.raises(SystemExit) as done:
        main(["ingest", str(job[1]), "--db", str(db)])
    assert done.value.code == 0
    biggest = max(single_machine.stories, key=lambda s: (len(s.articles), s.id))
    with Store(db) as store:
        stored = story_report(store, biggest.id)
    assert sorted(stored.stories[0].articles) == sorted(biggest.articles)
    mine = [q for q in single_machine.quotes if q.story == biggest.id]
    assert sorted((q.article, q.text, q.verdict) for q in stored.quotes) == sorted(
        (q.article, q.text, q.verdict) for q in mine
    )
    assert sorted(c.text for c in stored.claims) == sorted(
        c.text for c in single_machine.claims if c.story == biggest.id
    )
    with Store(db) as store, store.transaction() as con:
        assert outdated_pages(con) == []  # every kept page holds once the import is done


@pytest.fixture(scope="module")
def small_spark() -> Iterator[object]:
    spark = spark_session_or_skip("local[1]")
    yield spark
    spark.stop()


def test_blocks_are_the_connected_components_of_the_pairs(small_spark: Any) -> None:
    from newsfuse.spark.grouping import connected_blocks

    chain = [(f"v{i:02d}", f"v{i + 1:02d}") for i in range(20)]  # one long path: one block however long
    edges = small_spark.createDataFrame([*chain, ("w1", "w2")], "a string, b string")
    ids = sorted({v for pair in chain for v in pair} | {"w1", "w2", "x", "y"})
    vertices = small_spark.createDataFrame([(v,) for v in ids], "id string")
    found = {row["id"]: row["block"] for row in connected_blocks(small_spark, vertices, edges).collect()}
    assert set(found) == set(ids)
    assert len({found[v] for v in ids if v.startswith("v")}) == 1
    assert found["w1"] == found["w2"]
    assert len({found["v00"], found["w1"], found["x"], found["y"]}) == 4


def test_candidates_share_strong_terms_and_lie_within_the_window(small_spark: Any) -> None:
    from newsfuse.options import ClusterOptions
    from newsfuse.spark.grouping import candidate_pairs

    event = ["harbour", "ferry", "strike", "=port authority", "dockers", "#48"]
    other = ["orchard", "frost", "apples", "=valley growers", "harvest", "#12"]
    day = 739_000  # an ordinal day in the weekly slot 739_000 // 7; six days later is in the next slot
    signed = small_spark.createDataFrame(
        [
            ("a", day, event),
            ("b", day + 6, event[:5]),  # six days later: within the window
            ("g", day + 13, event[1:]),  # within the window of b, not of a
            ("c", day + 60, event),  # two months later: outside the window (storylines are linked later)
            ("d", None, event[1:]),  # undated: placed after the dated blocks, never paired
            ("e", day, other),  # the same days, other words
            ("f", day + 1, []),  # nothing to compare
        ],
        "id string, day long, terms array<string>",
    )
    pairs = {(row["a"], row["b"]) for row in candidate_pairs(signed, ClusterOptions()).collect()}
    assert pairs == {("a", "b"), ("b", "g")}
