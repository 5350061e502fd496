"""Hostile input, tried as an attacker would: each hole stays closed.

Every input here is invented and small. For each: one clear stderr line that
names the input and the reason (or none where the input is fine), the exit
status the README documents, the good input beside it kept, nothing from the
input executed or sent to the terminal, the store left as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfuse.cli import main
from newsfuse.ingest import read_paths
from newsfuse.ingest.formats import articles_from_jsonl
from newsfuse.model import Article, Problem
from newsfuse.report import render
from newsfuse.report.terminal import one_line, terminal_safe
from newsfuse.store import SCHEMA_VERSION

GOOD_TEXT = (
    "Council approves new cycle lanes\n\n"
    "The city council approved three new cycle lanes on Tuesday after a two-hour debate.\n\n"
    "“This is a good day for everyone who rides to work,” the transport chair said.\n"
)
GOOD_RECORD = {
    "text": "The ferry service resumes on Monday after the storm, the operator said. Old tickets stay valid.",
    "title": "Ferry service resumes",
    "url": "https://news.example/ferry",
}
OTHER_RECORD = {
    "text": "The library extends its opening hours from May, the city said. Readers had asked for it for years.",
    "title": "Library opens longer",
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    """Exit status, stderr lines and stdout of ``newsfuse ARGS`` (no traceback allowed)."""
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return int(stop.value.code or 0), captured.err.splitlines(), captured.out


def articles_of(items: list[Article | Problem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems_of(items: list[Article | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


# --- one hostile JSONL line costs only that line -----------------------------------------------

HOSTILE_LINES = {
    "huge-integer": '{"text": "A record with a number no parser should convert.", "views": ' + "9" * 20_000 + "}",
    "deep-nesting": '{"text": "Nested.", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "deep-nesting-unclosed": "[" * 200_000,
    "lone-surrogate-in-author": json.dumps(
        {
            "text": "The museum reopens on Saturday after a year of repairs, its director said.",
            "author": "Ann \ud800 Lee",
        }
    ),
    "lone-surrogate-in-text": '{"text": "The dam holds \\udc00 for now, engineers said on Friday after the flood."}',
}


@pytest.mark.parametrize("name", list(HOSTILE_LINES))
def test_a_hostile_jsonl_line_does_not_cost_the_good_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps(GOOD_RECORD), HOSTILE_LINES[name], json.dumps(OTHER_RECORD)]) + "\n")
    out = tmp_path / "report.json"
    code, err, _ = run_cli(capsys, "analyze", str(feed), "--format", "json", "--output", str(out))
    assert code == 0
    assert all(line.startswith("newsfuse: ") and f"{feed}:2: " in line for line in err), err
    assert len(err) <= 1
    bodies = [a["body"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]]
    assert GOOD_RECORD["text"] in bodies and OTHER_RECORD["text"] in bodies


def test_a_lone_surrogate_is_replaced_with_a_warning_and_the_record_kept() -> None:
    items = list(articles_from_jsonl(HOSTILE_LINES["lone-surrogate-in-author"], "feed.jsonl"))
    (article,) = [i for i in items if isinstance(i, Article)]
    assert article.author == "Ann \ufffd Lee"
    (warning,) = [i for i in items if isinstance(i, Problem)]
    assert warning.severity == "warning" and "'author'" in warning.reason and "surrogate" in warning.reason


def test_too_deep_nesting_is_named_as_such() -> None:
    (problem,) = list(articles_from_jsonl(HOSTILE_LINES["deep-nesting"], "feed.jsonl"))
    assert isinstance(problem, Exception) and "nested too deeply" in str(problem)


def test_one_latin1_line_does_not_decide_the_encoding_of_the_file(tmp_path: Path) -> None:
    utf8 = {"text": "The mayor said: “We stay open.” The café owner agreed, and Zoë did too."}
    latin1 = {"text": "The baker said the café would open again next week after the repairs."}
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        json.dumps(utf8, ensure_ascii=False).encode("utf-8")
        + b"\n"
        + json.dumps(latin1, ensure_ascii=False).encode("latin-1")
        + b"\n"
    )
    items = list(read_paths([feed]))
    bodies = [a.body for a in articles_of(items)]
    assert bodies == [utf8["text"], latin1["text"]]
    (warning,) = problems_of(items)
    assert (warning.line, warning.severity) == (2, "warning")
    assert "cp1252" in warning.reason


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_records_holding_raw_line_separators_are_read(tmp_path: Path, separator: str) -> None:
    record = {"text": f"The bridge reopened on Monday.{separator}Drivers welcomed the news after months of delays."}
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes((json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(GOOD_RECORD) + "\n").encode("utf-8"))
    items = list(read_paths([feed]))
    assert not problems_of(items)
    (first, second) = articles_of(items)
    assert "The bridge reopened on Monday." in first.body and "Drivers welcomed the news" in first.body
    assert second.body == GOOD_RECORD["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk=st.binary(max_size=300))
def test_arbitrary_bytes_in_a_line_never_crash_the_reader_nor_lose_the_good_lines(junk: bytes) -> None:
    junk = junk.replace(b"\n", b" ")
    data = json.dumps(GOOD_RECORD).encode() + b"\n" + junk + b"\n" + json.dumps(OTHER_RECORD).encode() + b"\n"
    items = list(articles_from_jsonl(data, "feed.jsonl"))
    bodies = [i.body for i in items if isinstance(i, Article)]
    assert bodies[0] == GOOD_RECORD["text"] and bodies[-1] == OTHER_RECORD["text"]
    assert all(getattr(i, "line", 2) == 2 for i in items if not isinstance(i, Article))


# --- names, urls and text cannot forge lines or reach the terminal ------------------------------


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "text"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(GOOD_TEXT.encode("utf-8"))
    out = tmp_path / f"report.{fmt}"
    code, err, _ = run_cli(capsys, "analyze", str(folder), "--format", fmt, "--output", str(out))
    assert (code, err) == (0, [])
    shown = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert [Path(a["source"]).name for a in json.loads(shown)["articles"]] == ["caf\\xe9.txt"]
    else:
        assert "three new cycle lanes" in shown


def test_a_newline_in_a_file_name_cannot_forge_a_second_stderr_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "x\nnewsfuse: error: forged.txt"
    bad.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    code, err, _ = run_cli(capsys, "analyze", str(good), str(bad), "--format", "json")
    assert code == 0
    assert err == [f"newsfuse: error: {tmp_path}/x\\nnewsfuse: error: forged.txt: file is empty"]


def test_a_newline_in_a_jsonl_url_cannot_forge_a_second_stderr_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    first = {**GOOD_RECORD, "outlet": "Harbour Post"}
    forged = {"text": "Menu", "url": "https://x.example/\nnewsfuse: error: forged"}
    twice = {**first, "url": "https://x.example/a\r\nnewsfuse: warning: forged"}
    feed.write_text("\n".join(json.dumps(r) for r in (first, forged, twice)) + "\n", encoding="utf-8")
    code, err, _ = run_cli(capsys, "analyze", str(feed), "--format", "json")
    assert code == 0
    assert len(err) == 2, err
    assert err[0].startswith(f"newsfuse: error: {feed}:2: ")
    assert err[1].startswith("newsfuse: warning: https://x.example/a\\r\\nnewsfuse: warning: forged: same article as")


ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\x1bP+q\x1b\\"


def test_escape_sequences_in_text_and_names_do_not_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{ESCAPES}story.txt").write_text(GOOD_TEXT.replace("Tuesday", f"Tuesday{ESCAPES}"), encoding="utf-8")
    (folder / f"{ESCAPES}empty.txt").write_bytes(b"")
    code, err, out = run_cli(capsys, "analyze", str(folder))
    assert code == 0 and len(err) == 1
    for stream in (out, "\n".join(err)):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", stream)
    assert "empty.txt: file is empty" in err[0] and "\\x1b[2J" in err[0]
    assert "␛[2J" in out  # the file name is shown, its escapes as visible stand-ins


def test_controls_are_dropped_from_the_body_and_offsets_still_map_back(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = f"The harbour\x1b[31m reopened on Monday{ESCAPES}, the operator said after the storm.\n"
    path.write_text(text, encoding="utf-8")
    (article,) = articles_of(list(read_paths([path])))
    assert not re.search("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]", article.body)
    start = article.body.index("reopened")
    assert text[article.offsets.to_source(start) :].startswith("reopened")


BIDI = "\u202e\u202a\u2066\u2067\u2068\u202c\u2069\u202b\u202d"


def test_bidi_overrides_are_dropped_from_body_and_metadata_so_no_report_can_be_spoofed(tmp_path: Path) -> None:
    """An override left open would reverse what a report prints after it ("Trojan Source"): none is kept."""
    body = f"The harbour reopened{BIDI} on Monday, the operator said after the storm had passed the coast.\n"
    record = {"text": body, "title": f"Harbour{BIDI} reopens", "author": f"Jo{BIDI} Vos", "outlet": f"Coast{BIDI} Post"}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = articles_of(list(read_paths([feed])))
    for field in (article.body, article.title, article.author, article.outlet):
        assert field is not None and not any(ch in field for ch in BIDI)
    assert body[article.offsets.to_source(article.body.index("on Monday")) :].startswith("on Monday")


def test_no_bidi_control_reaches_an_html_or_markdown_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = GOOD_TEXT.replace("Tuesday", f"Tuesday{BIDI}").replace("Council", f"Council{BIDI}")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    for fmt in ("html", "markdown", "json"):
        code, err, out = run_cli(capsys, "analyze", str(tmp_path / "a.txt"), "--format", fmt)
        assert code == 0 and err == []
        assert not any(ch in out for ch in BIDI), fmt


def test_one_line_and_terminal_safe() -> None:
    assert one_line("a\nb\r\tc\x1b[0m\u2028\u202e") == "a\\nb\\r\\tc\\x1b[0m\\u2028\\u202e"
    shown = terminal_safe("a\n\tb\x1b[0m\x07\x9b")
    assert shown == "a\n\tb␛[0m␇\ufffd" and len(shown) == len("a\n\tb\x1b[0m\x07\x9b")


# --- Markdown: outlet labels in word-diff lines are escaped -------------------------------------


def test_an_outlet_named_like_an_html_tag_renders_inert_in_markdown(tmp_path: Path) -> None:
    base = (
        "The harbour authority closed the north pier on Monday after storm damage was found in the concrete.\n"
        "“We will not reopen the pier until every beam has been checked by engineers,” said harbour master Ellen Vos.\n"
        "Repairs are expected to take three weeks, the authority said in a statement."
    )
    changed = base.replace("every beam has been checked by engineers", "every single beam was checked by our engineers")
    records = [
        {
            "text": base,
            "title": "North pier closed",
            "outlet": "<img src=x onerror=alert(1)>",
            "url": "https://a.example/1",
        },
        {"text": changed, "title": "North pier shut", "outlet": "Harbour Times", "url": "https://b.example/1"},
        {
            "text": base.replace("Repairs are", "Work is"),
            "title": "Pier shuts",
            "outlet": "Coast",
            "url": "https://c.example/1",
        },
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    from newsfuse import analyze

    markdown = render(analyze([feed]), "markdown")
    diff_lines = [line for line in markdown.splitlines() if line.startswith("  - ")]
    assert diff_lines, "the invented story should give a variant quotation with a word diff"
    assert "\\<img src=x onerror=alert(1)\\>" in markdown
    assert not re.search(r"(?<!\\)<(?!https?://)[A-Za-z/!?]", markdown)  # autolinks to the articles aside


# --- the store: damaged, foreign, read-only -----------------------------------------------------


@pytest.fixture
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_TEXT.replace("three", "four").replace("Tuesday", "Monday"), encoding="utf-8")
    db = tmp_path / "store" / "news.db"
    db.parent.mkdir()
    code, _, _ = run_cli(capsys, "ingest", str(folder), "--db", str(db))
    assert code == 0
    for extra in db.parent.iterdir():  # leave the store file alone, as a finished ingest does
        if extra != db:
            extra.unlink()
    return db


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _story_id(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, _, out = run_cli(capsys, "stories", "--db", str(db))
    assert code == 0
    return out.split("\t", 1)[0]


def test_read_only_commands_leave_the_store_and_its_folder_as_they_were(
    capsys: pytest.CaptureFixture[str], store: Path
) -> None:
    before = _listing(store.parent)
    story = _story_id(capsys, store)
    for fmt in ("json", "text"):
        code, err, out = run_cli(capsys, "report", story, "--db", str(store), "--format", fmt)
        assert (code, err) == (0, []) and out
    code, _, _ = run_cli(capsys, "stories", "--db", str(store), "--json")
    assert code == 0
    assert _listing(store.parent) == before


def _unprivileged() -> list[str] | None:
    """How to run a command as a user who cannot write the store's folder (None: no way here)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def test_read_only_commands_work_in_a_read_only_folder(tmp_path: Path, store: Path) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made")
    shared = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsfuse-ro-{os.getpid()}"
    shutil.rmtree(shared, ignore_errors=True)
    shutil.copytree(store.parent, shared)
    try:
        shared.chmod(0o555)
        (shared / store.name).chmod(0o444)
        command = [*prefix, sys.executable, "-m", "newsfuse", "stories", "--db", str(shared / store.name)]
        probe = subprocess.run([*prefix, sys.executable, "-c", "import newsfuse"], capture_output=True, check=False)
        if probe.returncode != 0:
            pytest.skip("the unprivileged user cannot import newsfuse here")
        before = _listing(shared)
        listed = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        assert listed.returncode == 0, listed.stderr
        story = listed.stdout.split("\t", 1)[0]
        report = [*command[:-3], "report", story, "--db", str(shared / store.name), "--format", "json"]
        shown = subprocess.run(report, capture_output=True, text=True, timeout=120, check=False)
        assert shown.returncode == 0 and shown.stderr == "", shown.stderr
        assert json.loads(shown.stdout)["stories"][0]["id"] == story
        assert _listing(shared) == before
    finally:
        shared.chmod(stat.S_IRWXU)
        shutil.rmtree(shared, ignore_errors=True)


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 509):  # past the header page: SQLite still opens the file
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("command", ["stories", "report", "ingest"])
def test_a_damaged_store_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Path, command: str
) -> None:
    story = _story_id(capsys, store)
    _damage(store)
    args = {
        "stories": ["stories", "--db", str(store)],
        "report": ["report", story, "--db", str(store)],
        "ingest": ["ingest", str(store.parent.parent / "articles"), "--db", str(store)],
    }[command]
    code, err, _ = run_cli(capsys, *args)
    assert code == 1
    assert len(err) == 1 and err[0].startswith("newsfuse: error: ") and str(store) in err[0]


@pytest.mark.parametrize("version", [0, 1, SCHEMA_VERSION])
@pytest.mark.parametrize("command", ["stories", "report", "ingest"])
def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, version: int
) -> None:
    foreign = tmp_path / "contacts.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE people (name TEXT, phone TEXT)")
        db.execute("INSERT INTO people VALUES ('Ann', '555-0100')")
        db.execute(f"PRAGMA user_version = {version}")
    db.close()
    before = foreign.read_bytes()
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    args = {"stories": ["stories"], "report": ["report", "s1"], "ingest": ["ingest", str(good)]}[command]
    code, err, _ = run_cli(capsys, *args, "--db", str(foreign))
    assert code == 1
    assert len(err) == 1 and str(foreign) in err[0] and "not a newsfuse store" in err[0]
    assert foreign.read_bytes() == before


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("args", [["analyze", "{good}"], ["schema"]])
def test_a_full_output_device_is_one_line(tmp_path: Path, args: list[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    command = [sys.executable, "-m", "newsfuse", *(a.format(good=good) for a in args)]
    with open("/dev/full", "w") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, timeout=300, check=False)
    assert done.returncode == 1
    assert done.stderr == "newsfuse: error: cannot write the report to standard output: No space left on device\n"


# --- folders: what cannot be read is named, nothing blocks --------------------------------------


def test_a_symlink_loop_a_named_pipe_and_a_link_back_up_each_get_a_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "ring").symlink_to("ring")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
    items = list(read_paths([tmp_path]))  # a pipe opened for reading would block here
    assert [Path(a.source).name for a in articles_of(items)] == ["good.txt"]
    reasons = {Path(p.source).name: p.reason for p in problems_of(items)}
    assert "symbolic link" in reasons["loop.txt"] and "symbolic link" in reasons["ring"]
    assert "walked once" in reasons["up"]
    if hasattr(os, "mkfifo"):
        assert reasons["pipe.txt"].startswith("not a regular file")


def test_an_unreadable_sub_folder_gets_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(GOOD_TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([tmp_path]))
    assert [Path(a.source).name for a in articles_of(items)] == ["good.txt"]
    (problem,) = problems_of(items)
    assert problem.source == str(locked) and problem.reason == "cannot read folder (Permission denied)"


# --- files that are not articles ----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16"])
def test_wide_encodings_with_a_byte_order_mark_are_read_as_what_they_are(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    data = GOOD_TEXT.encode(encoding)
    if encoding.endswith(("-le", "-be")):
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article)
    assert "\x00" not in article.body and "three new cycle lanes" in article.body


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("late-nul.txt", GOOD_TEXT.encode() * 120 + b"\x00\x00tail", "binary file (contains NUL bytes)"),
        (
            "nav.html",
            b'<html><body><nav><a href="/news">Read all the latest news from our newsroom</a></nav></body></html>',
            "no paragraph reads as a sentence",
        ),
        ("menu.txt", b"Home\nNews\nSport\nWeather\n", "no paragraph reads as a sentence"),
        ("consent.txt", b"Skip to content\n\nAccept cookies\n\nPrivacy policy\n\nPage not found\n", "no paragraph"),
    ],
    ids=["nul-after-8kb", "html-nav-link-only", "menu-only", "furniture-only"],
)
def test_files_that_are_not_articles_are_refused_with_a_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    out = tmp_path / "report.json"
    code, err, _ = run_cli(capsys, "analyze", str(good), str(bad), "--format", "json", "--output", str(out))
    assert code == 0
    assert len(err) == 1 and err[0].startswith(f"newsfuse: error: {bad}: ") and reason in err[0], err
    assert [Path(a["source"]).name for a in json.loads(out.read_text(encoding="utf-8"))["articles"]] == ["good.txt"]
