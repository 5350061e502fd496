"""Findings as SQL tables: queryable without newsfuse, one source of truth for reports, migrated from version 1."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from newsfuse.compare import compare_story
from newsfuse.errors import StoreError, UsageError
from newsfuse.ingest import read_paths
from newsfuse.model import STORY_FINDINGS, Article, Quote, Report
from newsfuse.options import Options
from newsfuse.pipeline import analyse_articles, analyze
from newsfuse.store import MIGRATIONS, SCHEMA_VERSION, Store, ingest, migrate, story_report
from newsfuse.store.readonly import export_table, open_readonly
from newsfuse.store.tables import IN_BATCH, fts_query, in_batches
from newsfuse.stories import extract_features


@pytest.fixture(scope="module")
def seed_store(example_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "news.db"
    with Store(db) as store:
        ingest([example_dir], store)
    return db


@pytest.fixture(scope="module")
def seed_analysis(example_dir: Path) -> Report:
    return analyze([example_dir])


def rows(db: Path, sql: str, *parameters: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def test_every_quotation_is_a_row_with_speaker_verdict_and_span(seed_store: Path, seed_analysis: Report) -> None:
    found = rows(seed_store, 'SELECT id, article, text, speaker, verdict, start, "end", spans FROM quotes')
    assert len(found) == len(seed_analysis.quotes) > 0
    by_id = {q.id: q for q in seed_analysis.quotes}
    bodies = {a.id: a.body for a in seed_analysis.articles}
    for quote_id, article, text, speaker, verdict, start, end, spans in found:
        quote = by_id[str(quote_id)]
        assert (article, text, verdict) == (quote.article, quote.text, quote.verdict)
        assert speaker == (quote.speaker.name if quote.speaker else None)
        assert json.loads(str(spans)) == [[s.start, s.end] for s in quote.spans]
        assert bodies[str(article)][int(start) : int(end)].startswith(quote.spans[0].slice(bodies[quote.article]))


def test_one_speakers_quotations_by_plain_sql(seed_store: Path, seed_analysis: Report) -> None:
    speaker = next(q.speaker.name for q in seed_analysis.quotes if q.speaker and q.speaker.name)
    expected = sorted(q.text for q in seed_analysis.quotes if q.speaker and q.speaker.name == speaker)
    found = rows(seed_store, "SELECT text FROM quotes WHERE speaker = ? COLLATE NOCASE", speaker.upper())
    assert sorted(str(r[0]) for r in found) == expected
    plan = " ".join(
        str(r[-1])
        for r in rows(
            seed_store, "EXPLAIN QUERY PLAN SELECT text FROM quotes WHERE speaker = ? COLLATE NOCASE", speaker
        )
    )
    assert "quotes_by_speaker" in plan


def test_every_kind_of_finding_has_its_rows(seed_store: Path, seed_analysis: Report) -> None:
    for field in STORY_FINDINGS:
        (count,) = rows(seed_store, f"SELECT count(*) FROM {field}")[0]
        assert count == len(getattr(seed_analysis, field)), field
    sources = sum(len(c.sources) for c in seed_analysis.claims)
    assert rows(seed_store, "SELECT count(*) FROM claim_sources")[0][0] == sources
    mentions = sum(len(e.mentions) for e in seed_analysis.entities)
    assert rows(seed_store, "SELECT count(*) FROM mentions")[0][0] == mentions
    assert rows(seed_store, "PRAGMA foreign_key_check") == []


def test_outlets_and_article_columns(seed_store: Path, seed_analysis: Report) -> None:
    outlets = {a.outlet for a in seed_analysis.articles if isinstance(a.outlet, str) and a.outlet}
    assert {str(r[0]) for r in rows(seed_store, "SELECT name FROM outlets")} == outlets
    words = dict(rows(seed_store, "SELECT id, words FROM articles"))
    assert words == {a.id: len(a.body.split()) for a in seed_analysis.articles}


def test_full_text_search_over_articles_and_quotations(seed_store: Path, seed_analysis: Report) -> None:
    article = seed_analysis.articles[0]
    word = max(article.body.split(), key=len).strip(".,;:“”\"'()")
    hits = rows(seed_store, "SELECT id FROM article_text WHERE article_text MATCH ?", fts_query(word))
    assert (article.id,) in hits
    quote = max(seed_analysis.quotes, key=lambda q: len(q.text))
    phrase = " ".join(quote.text.split()[:3])
    hits = rows(seed_store, "SELECT id FROM quote_text WHERE quote_text MATCH ?", fts_query(phrase))
    assert (quote.id,) in hits


def test_search_text_is_never_fts_syntax() -> None:
    assert fts_query('NEAR(a b) OR "x') == '"NEAR(a" "b)" "OR" """x"'
    assert fts_query("  ") == ""


def test_a_grown_story_leaves_no_stale_rows(example_dir: Path, tmp_path: Path) -> None:
    files = sorted(example_dir.glob("*.txt"))
    with Store(tmp_path / "grown.db") as store:
        ingest(files[:2], store)
        ingest(files[2:], store)
    with Store(tmp_path / "whole.db") as store:
        ingest(files, store)
    for table in ("quotes", "claims", "claim_sources", "entities", "mentions", "reuse", "quote_text", "article_text"):
        grown = rows(tmp_path / "grown.db", f"SELECT count(*) FROM {table}")
        assert grown == rows(tmp_path / "whole.db", f"SELECT count(*) FROM {table}"), table
    assert rows(tmp_path / "grown.db", "SELECT revision FROM stories") == [(2,)]


def test_the_report_is_read_from_the_tables(seed_store: Path, seed_analysis: Report, tmp_path: Path) -> None:
    """Change a verdict in the table with plain SQL: the report from the store shows it (one source of truth)."""
    db = tmp_path / "edited.db"
    source = sqlite3.connect(seed_store)
    target = sqlite3.connect(db)
    source.backup(target)
    source.close()
    quote = seed_analysis.quotes[0]
    edited = msgspec.structs.replace(quote, verdict="altered")
    target.execute("UPDATE quotes SET data = ? WHERE id = ?", (msgspec.json.encode(edited).decode(), quote.id))
    target.commit()
    target.close()
    with Store(db) as store:
        report = story_report(store, seed_analysis.stories[0].id)
    assert next(q for q in report.quotes if q.id == quote.id).verdict == "altered"


def write_version_1(db: Path, example_dir: Path) -> Report:
    """A store as newsfuse wrote it before findings were tables: findings as one msgpack blob per story."""
    options = Options()
    articles = [a for a in read_paths([example_dir], options) if isinstance(a, Article)]
    analyses, _ = analyse_articles(articles, options)
    (story,) = analyze([example_dir]).stories
    by_id = {a.article.id: a for a in analyses}
    members = [by_id[i] for i in story.articles]
    findings = compare_story(story, members)
    connection = sqlite3.connect(db, isolation_level=None)
    migrate(connection, MIGRATIONS[:1])
    encode = msgspec.msgpack.encode
    connection.execute(
        'INSERT INTO stories (id, seq, label, start, "end", size, stale, independent_sources, findings)'
        " VALUES (?, 1, ?, ?, ?, ?, 0, ?, ?)",
        (story.id, story.label, story.start, story.end, len(members), len(findings.sources), encode(findings)),
    )
    for seq, analysis in enumerate(members, 1):
        article = analysis.article
        features = extract_features(article, options.cluster.lead_chars)
        connection.execute(
            "INSERT INTO articles (id, seq, story, source, title, outlet, published, analysis, features)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, seq, story.id, article.source, article.title, article.outlet, article.published,
             encode(analysis), encode(features)),
        )  # fmt: skip
    connection.close()
    return findings


def test_a_version_1_store_is_migrated_and_reads_the_same(example_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    findings = write_version_1(db, example_dir)
    assert rows(db, "PRAGMA user_version") == [(1,)]
    with Store(db) as store:
        report = story_report(store, findings.quotes[0].story or "")
    assert rows(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    for field in STORY_FINDINGS:
        assert getattr(report, field) == getattr(findings, field), field
    assert rows(db, "SELECT count(*) FROM quotes")[0][0] == len(findings.quotes)
    assert rows(db, "SELECT count(*) FROM stories WHERE findings IS NOT NULL") == [(0,)]
    assert rows(db, "SELECT count(*) FROM article_text")[0][0] == 5


def test_readonly_opening_refuses_missing_foreign_and_newer_stores(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_readonly(tmp_path / "absent.db")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(StoreError, match="not a newsfuse store"):
        open_readonly(empty)
    newer = tmp_path / "newer.db"
    connection = sqlite3.connect(newer)
    connection.execute("CREATE TABLE t (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        open_readonly(newer)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all\x00" * 100)
    with pytest.raises(StoreError, match="cannot read store"):
        open_readonly(garbage)


def test_readonly_connection_cannot_write(seed_store: Path) -> None:
    connection = open_readonly(seed_store)
    with pytest.raises(sqlite3.OperationalError):
        connection.execute("DELETE FROM quotes")
    connection.close()


def test_export_quotes_as_csv_and_jsonl(seed_store: Path, seed_analysis: Report) -> None:
    out = io.StringIO()
    assert export_table(seed_store, "quotes", "csv", out) == len(seed_analysis.quotes)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {"text", "speaker", "verdict", "article", "start", "end"} <= set(table[0])
    assert "analysis" not in table[0]
    out = io.StringIO()
    export_table(seed_store, "quotes", "jsonl", out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["data"]["id"] == first["id"]
    with pytest.raises(UsageError, match="unknown table"):
        export_table(seed_store, "sqlite_master", "csv", io.StringIO())


def test_cli_export(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    run = [sys.executable, "-m", "newsfuse", "export", "--db", str(seed_store), "--table", "quotes"]
    done = subprocess.run([*run, "--format", "csv", "-o", str(out)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"id", "story", "article", "text", "speaker", "verdict"} <= set(header)
    missing = subprocess.run([*run[:5], str(tmp_path / "none.db")], capture_output=True, text=True, check=False)
    assert missing.returncode == 1 and "no store" in missing.stderr and "Traceback" not in missing.stderr


def test_listing_counts_are_kept_with_the_findings(seed_store: Path, seed_analysis: Report) -> None:
    (counts,) = rows(seed_store, "SELECT outlet_count, quote_count, flagged_count FROM stories")
    flagged = sum(1 for q in seed_analysis.quotes if q.verdict == "altered" or q.misattributed)
    outlets = len({a.outlet for a in seed_analysis.articles if a.outlet})
    assert counts == (outlets, len(seed_analysis.quotes), flagged)


def test_speaker_chain_and_verdict_reasons_are_columns(tmp_path: Path) -> None:
    from newsfuse.model import Span, Speaker, Story, VerdictReason
    from serve_fixture import add_report

    body = "The mayor spoke at noon.\n\n“We will not close the library,” said Rhea Vantongeren, the mayor."
    article = Article(id="inv1", source="invented.txt", body=body, outlet="Invented Post")
    start = body.index("We will")
    words = Span(start, start + len("We will not close the library,"))
    name = Span(body.index("Rhea"), len(body) - len(", the mayor."))
    speaker = Speaker(name="Rhea Vantongeren", mention="Rhea Vantongeren", span=name, confidence=0.9,
                      chain=(Span(4, 9), name))  # fmt: skip
    reason = VerdictReason(category="negation", reference="will close", printed="will not close")
    quote = Quote(id="inv1:q0", article="inv1", text=words.slice(body), spans=(words,), speaker=speaker,
                  verdict="altered", story="sinv", reasons=(reason,))  # fmt: skip
    story = Story(id="sinv", label="Library", articles=("inv1",))
    with Store(tmp_path / "news.db") as store:
        add_report(store, Report(articles=(article,), stories=(story,), quotes=(quote,)))
    ((chain, confidence, verdict, why),) = rows(
        tmp_path / "news.db", "SELECT speaker_chain, speaker_confidence, verdict, reason FROM quotes"
    )
    assert name.slice(body) == "Rhea Vantongeren"
    assert json.loads(str(chain)) == [[4, 9], [name.start, name.end]]
    assert (confidence, verdict, why) == (0.9, "altered", "negation: will close → will not close")


def test_a_story_is_named_by_its_id_or_an_unambiguous_prefix_through_the_index() -> None:
    from newsfuse.store.tables import stories_named

    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db)
    for seq, story_id in enumerate(("ab12", "ab12cd", "ab34", "c9"), 1):
        db.execute("INSERT INTO stories (id, seq, label) VALUES (?, ?, ?)", (story_id, seq, f"story {seq}"))
    assert stories_named(db, "ab12") == ["ab12"]  # a whole id wins over the longer id it begins
    assert stories_named(db, "ab3") == ["ab34"]
    assert stories_named(db, "c") == ["c9"]
    assert len(stories_named(db, "ab")) == 2  # ambiguous
    assert stories_named(db, "zz") == [] and stories_named(db, "ab%") == [] and stories_named(db, "ab_2") == []
    plan = " ".join(
        r[-1] for r in db.execute("EXPLAIN QUERY PLAN SELECT id FROM stories WHERE id >= ? AND id < ?", ("a", "b"))
    )
    assert "USING COVERING INDEX" in plan or "USING INDEX" in plan


def test_a_headline_value_of_a_conflict_is_marked_and_placed_in_the_title(tmp_path: Path) -> None:
    """conflict_values.in_title = 1 where the value stands in the headline; start/end are then into the title."""
    folder = tmp_path / "in"
    folder.mkdir()
    body = "Crews fought the flames through the night near the reservoir, fire officials said on Sunday."
    (folder / "own.txt").write_text(
        f"Wildfire Destroys 40 Homes in Marlow Valley\n\nPublished: 2025-05-06\n\n{body}\n", encoding="utf-8"
    )
    (folder / "wire.txt").write_text(
        "Marlow valley fire\n\nPublished: 2025-05-06\n\n"
        f"The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday. {body}\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    with Store(db) as store:
        ingest([folder], store)
    found = rows(
        db,
        'SELECT v.value, v.in_title, substr(CASE v.in_title WHEN 1 THEN a.title END, v.start + 1, v."end" - v.start)'
        " FROM conflict_values v JOIN articles a ON a.id = v.article ORDER BY v.value",
    )
    assert found == [("40", 1, "40"), ("55", 0, None)]


def test_a_lookup_of_many_keys_binds_them_in_batches_each_key_once_in_order() -> None:
    keys = [f"story-{n}" for n in range(2 * IN_BATCH + 7)]
    batches = list(in_batches(keys))
    assert [len(batch) for batch, _ in batches] == [IN_BATCH, IN_BATCH, 7]
    assert [key for batch, _ in batches for key in batch] == keys
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE stories (id TEXT)")
    db.executemany("INSERT INTO stories VALUES (?)", [(k,) for k in keys[::3]])
    query = "SELECT id FROM stories WHERE id IN ({})"
    found = {r[0] for batch, marks in batches for r in db.execute(query.format(marks), batch)}
    assert found == set(keys[::3])
