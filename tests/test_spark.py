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
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EVAL, absent
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


def write_jsonl(path: Path, folders: list[Path]) -> None:
    with path.open("w", encoding="utf-8") as out:
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
        import pyspark  # noqa: F401
    except ImportError:
        absent("PySpark is not installed (pip install -e '.[spark]')")
    if shutil.which("java") is None:
        absent("no Java runtime for Spark")
    from newsfuse.spark.job import run_job, spark_session

    tmp = tmp_path_factory.mktemp("spark")
    folders = [example_dir]
    if (EVAL / "basil-dev" / "articles").is_dir():
        folders.append(EVAL / "basil-dev" / "articles")
    source = tmp / "input.jsonl"
    write_jsonl(source, folders)
    spark = spark_session("local[2]")
    try:
        run_job([str(source)], str(tmp / "out"), spark=spark)
    finally:
        spark.stop()
    yield source, tmp / "out"


@pytest.fixture(scope="module")
def single_machine(job: tuple[Path, Path]) -> Report:
    return analyze([job[0]])


def read_table(folder: Path) -> list[dict[str, object]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, object]] = pq.read_table(folder).to_pylist()
    return rows


def test_stories_agree_with_analyze(job: tuple[Path, Path], single_machine: Report) -> None:
    spark_stories = {a: row["id"] for row in read_table(job[1] / "stories") for a in row["articles"]}  # type: ignore[union-attr]
    analyze_stories = {a: s.id for s in single_machine.stories for a in s.articles}
    assert set(spark_stories) == set(analyze_stories)
    assert bcubed_f1(analyze_stories, spark_stories) >= 0.95  # type: ignore[arg-type]


def test_quotation_count_within_five_percent(job: tuple[Path, Path], single_machine: Report) -> None:
    found = len(read_table(job[1] / "quotes"))
    assert abs(found - len(single_machine.quotes)) <= 0.05 * len(single_machine.quotes)
    assert found > 0


def test_a_broken_record_is_one_problem_row(job: tuple[Path, Path], single_machine: Report) -> None:
    problems = read_table(job[1] / "problems")
    assert [(p["stage"], "invalid JSON" in str(p["reason"])) for p in problems] == [("read", True)]
    assert len(read_table(job[1] / "articles")) == len(single_machine.articles)


def test_every_finding_table_is_written(job: tuple[Path, Path]) -> None:
    for table in ("articles", "stories", "quotes", "utterances", "claims", "conflicts", "entities", "reuse"):
        assert (job[1] / table).is_dir(), table


def test_imported_output_reports_like_analyze(job: tuple[Path, Path], single_machine: Report, tmp_path: Path) -> None:
    from newsfuse.cli import main
    from newsfuse.store import Store, story_report

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


def test_connected_components_label_each_component_by_its_smallest_id() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        absent("PySpark is not installed (pip install -e '.[spark]')")
    from newsfuse.spark.grouping import connected_components
    from newsfuse.spark.job import spark_session

    spark = spark_session("local[1]")
    try:
        chain = [(f"v{i:02d}", f"v{i + 1:02d}") for i in range(20)]  # one long path: many rounds without jumping
        edges = spark.createDataFrame([*chain, ("w1", "w2")], "a string, b string")
        ids = sorted({v for pair in chain for v in pair} | {"w1", "w2", "x"})
        labels = connected_components(spark.createDataFrame([(v,) for v in ids], "id string"), edges)
        found = {row["id"]: row["block"] for row in labels.collect()}
    finally:
        spark.stop()
    assert found == {**{v: "v00" for v in ids if v.startswith("v")}, "w1": "w1", "w2": "w1", "x": "x"}
