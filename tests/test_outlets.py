"""Outlets are named: from the record, the page, the address, the byline or credit, or a file beside the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.ingest import outlets, read_paths, sidecar
from newsfuse.ingest.metadata import match_byline, match_source_line
from newsfuse.ingest.outlets import default_table, domain_of, identify_outlet, load_table
from newsfuse.model import Article, Outlet, Problem
from newsfuse.options import Options

BODY = (
    "The harbour bridge in Port Elspeth will close for six weeks of repairs from Monday, the city council said.\n\n"
    "“The cables are older than anyone thought,” the council’s chief engineer, Mara Quint, told reporters."
)


def read(*paths: Path, options: Options | None = None) -> tuple[list[Article], list[Problem]]:
    items = list(read_paths(paths, options))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- the table of outlets -------------------------------------------------------------------------


def test_a_known_domain_or_any_of_its_subdomains_names_the_outlet() -> None:
    table = default_table()
    found = identify_outlet(table, url="https://amp.theguardian.com/world/2025/feb/26/some-story")
    assert found == Outlet(name="The Guardian", domain="theguardian.com", kind="newspaper")
    assert identify_outlet(table, url="https://edition.cnn.com/x").name == "CNN"  # type: ignore[union-attr]
    assert domain_of("https://www.Example.org/a?b=c") == "example.org"
    assert domain_of("not a url") is None and domain_of("javascript:alert(1)") is None


def test_a_stated_name_is_looked_up_by_any_of_its_names_and_kept_when_unknown() -> None:
    table = default_table()
    assert identify_outlet(table, stated="the guardian").name == "The Guardian"  # type: ignore[union-attr]
    assert identify_outlet(table, stated="AP").kind == "agency"  # type: ignore[union-attr]
    clarion = identify_outlet(table, stated="Port Elspeth Clarion", url="https://clarion.example/a")
    assert clarion == Outlet(name="Port Elspeth Clarion", domain="clarion.example", kind="unknown")
    assert identify_outlet(table, stated="Elspeth Press Agency").kind == "agency"  # type: ignore[union-attr]


def test_the_stated_outlet_wins_over_the_page_and_the_page_over_the_credit() -> None:
    table = default_table()
    assert identify_outlet(table, stated="Port Elspeth Clarion", site="BBC", credit="Reuters").name == (  # type: ignore[union-attr]
        "Port Elspeth Clarion"
    )
    assert identify_outlet(table, site="The Daily Clarion", credit="Reuters").name == "The Daily Clarion"  # type: ignore[union-attr]
    unknown_site = identify_outlet(table, url="https://clarion.example/a", credit="Reuters")
    assert unknown_site == Outlet(name="clarion.example", domain="clarion.example")  # the publisher, not the agency


def test_the_last_organisation_a_credit_names_published_the_copy() -> None:
    table = default_table()
    assert identify_outlet(table, credit="PA Media/dpa/GNA").name == "Ghana News Agency"  # type: ignore[union-attr]
    assert identify_outlet(table, credit="Reuters").kind == "agency"  # type: ignore[union-attr]
    assert identify_outlet(table, credit="TechWire") == Outlet(name="TechWire")
    assert identify_outlet(table, credit="KPEC") == Outlet(name="KPEC")
    assert identify_outlet(table, credit="Mara Quint") is None  # a sign-off naming the reporter
    assert identify_outlet(table) is None


def test_a_users_table_extends_the_shipped_one(tmp_path: Path) -> None:
    rows = "name,kind,domains,aliases\nPort Elspeth Clarion,newspaper,clarion.example,PEC\n"
    extra = write(tmp_path / "mine.csv", rows)
    table = load_table(extra)
    assert identify_outlet(table, stated="PEC") == Outlet(
        name="Port Elspeth Clarion", domain="clarion.example", kind="newspaper"
    )
    assert identify_outlet(table, url="https://www.reuters.com/x").name == "Reuters"  # type: ignore[union-attr]


# --- what the text says ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "organisation"),
    [
        ("By Kevin Osei, TechWire", "Kevin Osei", "TechWire"),
        ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe", "Reuters"),
        ("By Jane Doe, Political Editor, The Daily Clarion News", "Jane Doe", "The Daily Clarion News"),
        ("By Jane Doe for the Guardian", "Jane Doe", "the Guardian"),
        ("By Jane Doe, Political Editor", "Jane Doe", None),
        ("Author: Jane Doe in Washington", "Jane Doe", None),
        ("By Jane Doe, Chief Correspondent", "Jane Doe", None),
    ],
)
def test_a_byline_names_its_outlet_only_when_it_reads_as_one(line: str, author: str, organisation: str | None) -> None:
    assert match_byline(line) == (author, organisation)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Outlet: The Daily Clarion", ("outlet", "The Daily Clarion")),
        ("URL: https://clarion.example/news/bridge", ("url", "https://clarion.example/news/bridge")),
        ("Source: https://clarion.example/a", ("url", "https://clarion.example/a")),
        ("Publisher: Port Elspeth Clarion", ("outlet", "Port Elspeth Clarion")),
        ("Source: Reuters", ("outlet", "Reuters")),
        ("URL: see below", None),
        ("The outlet: a river", None),
        ("Publication: Bridge closes for repairs after cables found corroded.", None),
        ("Source: company filings", None),
    ],
)
def test_header_lines_name_the_outlet_and_the_address(line: str, found: tuple[str, str] | None) -> None:
    assert match_source_line(line) == found


def test_a_text_file_names_its_outlet_in_header_lines(tmp_path: Path) -> None:
    text = "Outlet: Port Elspeth Clarion\nURL: https://clarion.example/news/bridge\nBridge to close\n\n" + BODY
    (article,), problems = read(write(tmp_path / "bridge.txt", text))
    assert problems == []
    assert (article.outlet, article.url, article.outlet_domain) == (
        "Port Elspeth Clarion",
        "https://clarion.example/news/bridge",
        "clarion.example",
    )
    assert article.title == "Bridge to close" and article.body == BODY
    assert {b.reason for b in article.boilerplate} >= {"outlet line", "url line"}


def test_a_byline_or_dateline_credit_names_the_outlet_of_plain_text(tmp_path: Path) -> None:
    (by_line,), _ = read(write(tmp_path / "a.txt", "Bridge to close\nBy Kevin Osei, TechWire\n\n" + BODY))
    assert (by_line.author, by_line.outlet) == ("Kevin Osei", "TechWire")
    (wire,), _ = read(write(tmp_path / "b.txt", "Bridge to close\n\nPORT ELSPETH (Reuters) - " + BODY))
    assert (wire.outlet, wire.outlet_kind, wire.credit) == ("Reuters", "agency", "Reuters")


# --- files beside the inputs ----------------------------------------------------------------------


def test_a_sources_file_beside_the_texts_names_outlet_address_and_date(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "Bridge to close\n\n" + BODY)
    write(tmp_path / "two.txt", "Bridge closes for repairs\nBy Kevin Osei, TechWire\n\n" + BODY.replace("six", "seven"))
    write(tmp_path / "three.txt", "Council shuts bridge\n\n" + BODY.replace("six", "eight"))
    write(
        tmp_path / "sources.csv",
        "file,outlet,url,published\n"
        "one.txt,Port Elspeth Clarion,https://clarion.example/bridge,3 March 2025 09:15\n"
        "two.txt,The Guardian,,\n",
    )
    articles, problems = read(tmp_path)
    assert problems == []
    by_file = {Path(a.source).name: a for a in articles}
    one, two, three = by_file["one.txt"], by_file["two.txt"], by_file["three.txt"]
    assert (one.outlet, one.url, one.published) == (
        "Port Elspeth Clarion",
        "https://clarion.example/bridge",
        "2025-03-03T09:15",
    )
    assert two.outlet == "The Guardian"  # the user's row wins over the byline's credit
    assert three.outlet is None  # not in the sidecar, nothing in the copy: unknown, never the file name


def test_an_unreadable_sidecar_is_one_warning_and_the_articles_are_read(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "Bridge to close\n\n" + BODY)
    write(tmp_path / "sources.csv", "name;outlet\nfoo;bar\n")
    articles, problems = read(tmp_path)
    assert len(articles) == 1 and articles[0].outlet is None
    assert [(p.severity, Path(p.source).name) for p in problems] == [("warning", "sources.csv")]


@pytest.mark.parametrize(("name", "what"), [("outlets.csv", "outlet table"), ("sources.csv", "sources file")])
def test_a_table_beside_the_texts_must_be_small_utf8_and_is_named_in_the_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, what: str
) -> None:
    write(tmp_path / "one.txt", "Bridge to close\n\n" + BODY)
    (tmp_path / name).write_bytes("name,file,outlet\nClarion,one.txt,Caf\u00e9 Post\n".encode("cp1252"))
    _, problems = read(tmp_path)
    assert [(p.severity, p.reason) for p in problems] == [("warning", f"{what} is not UTF-8")]

    write(tmp_path / name, "name,file,outlet\nClarion,one.txt,Harbour Post\n")
    monkeypatch.setattr(outlets, "MAX_TABLE_BYTES", 20)
    monkeypatch.setattr(sidecar, "MAX_TABLE_BYTES", 20)
    _, problems = read(tmp_path)
    assert [(p.severity, p.reason) for p in problems] == [("warning", f"{what} is over 20 bytes")]


def test_an_outlets_file_beside_the_inputs_or_given_as_an_option_extends_the_table(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    write(folder / "one.txt", "URL: https://www.clarion.example/x\nBridge to close\n\n" + BODY)
    write(folder / "outlets.csv", "name,kind,domains,aliases\nPort Elspeth Clarion,newspaper,clarion.example,\n")
    (article,), _ = read(folder)
    assert (article.outlet, article.outlet_kind) == ("Port Elspeth Clarion", "newspaper")

    other = tmp_path / "other"
    other.mkdir()
    write(other / "two.txt", "URL: https://www.clarion.example/y\nBridge to close\n\n" + BODY)
    table = write(tmp_path / "mine.csv", "name,kind,domains,aliases\nClarion,newspaper,clarion.example,\n")
    (article,), problems = read(other, options=Options(outlet_tables=(str(table),)))
    assert article.outlet == "Clarion" and problems == []
    _, problems = read(other, options=Options(outlet_tables=(str(tmp_path / "missing.csv"),)))
    assert [p.severity for p in problems] == ["warning"]
    assert problems[0].reason.startswith("cannot read outlet table (")


def test_an_html_page_names_its_outlet_by_its_publisher(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    publisher = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": "Port Elspeth Clarion"},
        }
    )
    page = (
        f'<html><head><title>Bridge to close</title><script type="application/ld+json">{publisher}</script></head>'
        f"<body><article><h1>Bridge to close</h1>{paragraphs}</article></body></html>"
    )
    (article,), _ = read(write(tmp_path / "a.html", page))
    assert (article.outlet, article.outlet_kind) == ("Port Elspeth Clarion", "unknown")


def test_an_html_page_names_its_outlet_by_site_name_or_canonical_domain(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    page = (
        "<html><head><title>Bridge to close</title>{meta}"
        '<link rel="canonical" href="https://www.theguardian.com/uk/bridge"></head>'
        "<body><article><h1>Bridge to close</h1>" + paragraphs + "</article></body></html>"
    )
    write(tmp_path / "a.html", page.format(meta=""))
    (article,), _ = read(tmp_path / "a.html")
    assert (article.outlet, article.outlet_kind, article.url) == (
        "The Guardian",
        "newspaper",
        "https://www.theguardian.com/uk/bridge",
    )


def test_a_jsonl_records_outlet_is_taken_as_stated_and_looked_up(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"text": BODY, "outlet": "bbc", "url": "https://www.bbc.co.uk/news/x"}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (article,), _ = read(feed)
    assert (article.outlet, article.outlet_kind, article.outlet_domain) == ("BBC News", "broadcaster", "bbc.co.uk")


# --- the example ----------------------------------------------------------------------------------


def test_the_examples_json_names_its_outlets_and_never_a_file_stem(example_dir: Path) -> None:
    from newsfuse.pipeline import analyze
    from newsfuse.report import render

    report = json.loads(render(analyze([example_dir]), "json"))
    outlets = {Path(a["source"]).name: a["outlet"] for a in report["articles"]}
    assert outlets["003_3377007ccdf28ba1.txt"] == "The Guardian"
    assert outlets["004_2f48e36c6b291e81.txt"] == "HuffPost UK"
    agency = next(a for a in report["articles"] if a["source"].endswith("001_bad26902f5a597d6.txt"))
    assert agency["outlet"] == "Ghana News Agency" and "PA Media" in agency["credit"]
    assert outlets["000_e14dc81ff3333484.txt"] is None and outlets["002_8a25ff039512262c.txt"] is None
    stems = {Path(a["source"]).stem for a in report["articles"]}
    assert not stems & {o for o in outlets.values() if o}
    assert {o["name"] for o in report["outlets"]} == {"The Guardian", "HuffPost UK", "Ghana News Agency"}
    [story] = report["stories"]
    assert story["coverage"] == 5 and set(story["outlets"]) == {"The Guardian", "HuffPost UK", "Ghana News Agency"}


def test_a_sources_row_naming_a_jsonl_file_fills_the_records_that_name_no_outlet(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"text": BODY}, {"text": BODY.replace("six", "eight"), "outlet": "The Guardian"}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    write(tmp_path / "sources.csv", "file,outlet,url,published\nfeed.jsonl,Port Elspeth Clarion,,\n")
    articles, _ = read(feed)
    assert [a.outlet for a in articles] == ["Port Elspeth Clarion", "The Guardian"]


def test_the_command_line_takes_an_outlet_table(tmp_path: Path) -> None:
    from newsfuse.cli import main

    write(tmp_path / "one.txt", "URL: https://clarion.example/bridge\nBridge to close\n\n" + BODY)
    table = write(tmp_path / "mine.csv", "name,kind,domains,aliases\nPort Elspeth Clarion,newspaper,clarion.example,\n")
    out = tmp_path / "report.json"
    with pytest.raises(SystemExit) as done:
        main(["analyze", str(tmp_path / "one.txt"), "--outlets", str(table), "-f", "json", "-o", str(out)])
    assert done.value.code == 0
    [article] = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert (article["outlet"], article["outlet_kind"], article["url"]) == (
        "Port Elspeth Clarion",
        "newspaper",
        "https://clarion.example/bridge",
    )
