"""Bad input never costs the good input.

For each kind of bad input the command prints one line on stderr naming the
file (and line) and the reason, prints no traceback, still reads the good
file given beside it, and exits 0; with nothing readable it exits 2, and a
usage error exits 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfuse.cli import main

GOOD_TEXT = (
    "Council approves new cycle lanes\n\n"
    "The city council approved three new cycle lanes on Tuesday after a two-hour debate.\n\n"
    "“This is a good day for everyone who rides to work,” the transport chair said.\n"
)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    """Exit status and stderr lines of ``newsfuse ARGS``."""
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return int(stop.value.code or 0), [line for line in err.splitlines() if line.strip()]


def analyse_with_good_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, *bad: Path
) -> tuple[int, list[str], list[dict[str, object]]]:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    out = tmp_path / "report.json"
    code, err = run_cli(capsys, "analyze", str(good), *map(str, bad), "--format", "json", "--output", str(out))
    articles = json.loads(out.read_text(encoding="utf-8"))["articles"] if out.exists() else []
    return code, err, articles


def sources(articles: list[dict[str, object]]) -> set[str]:
    return {Path(str(a["source"])).name for a in articles}


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _folder_without_articles(folder: Path) -> Path:
    empty = folder / "pictures"
    empty.mkdir()
    (empty / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (empty / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return empty


def _too_large(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(20_000_001)  # sparse: over the default 20 MB limit without writing 20 MB
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda folder: folder / "missing.txt", "no such file or folder"),
        (_folder_without_articles, "folder holds no articles"),
        (_write("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "binary file (a PDF document), not an article"),
        (_write("blob.txt", b"text\x00\x00\x01\x02 more"), "binary file (contains NUL bytes), not an article"),
        (
            _write("random.txt", bytes(range(1, 9)) * 40 + b"\xe9\xff" * 30),
            "binary file (control characters), not an article",
        ),
        (_write("empty.txt", b""), "file is empty"),
        (_write("blank.md", b"  \n\t\n\n"), "file is empty"),
        (_write("mixed.txt", b"The mayor said \x81\x8d\x90 nothing."), "cannot decode as UTF-8 or cp1252"),
        (
            _write("nothing.html", b"<html><head><title>x</title></head><body><nav></nav></body></html>"),
            "no article text found in the HTML",
        ),
        (
            _write("furniture.txt", b"Share:\n\nMore Headlines\n\nOur Picks\n"),
            "no article text left after removing boilerplate",
        ),
        (_too_large, "over the 20,000,000-byte limit"),
    ],
    ids=[
        "missing-path",
        "folder-without-articles",
        "binary-signature",
        "binary-nul-bytes",
        "binary-control-characters",
        "empty-file",
        "whitespace-only-file",
        "undecodable",
        "html-without-article",
        "only-boilerplate",
        "too-large",
    ],
)
def test_bad_input_is_one_clear_line_and_good_input_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    bad = make(tmp_path)
    code, err, articles = analyse_with_good_file(capsys, tmp_path, bad)
    assert code == 0
    assert len(err) == 1, err
    assert err[0].startswith("newsfuse: error: ")
    assert str(bad) in err[0] and reason in err[0]
    assert sources(articles) == {"good.txt"}


def test_cp1252_file_is_read_with_a_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    windows = tmp_path / "windows.txt"
    windows.write_bytes("The caf\u00e9 owner said: \u201cWe stay open.\u201d It was 5\u20ac a cup.\n".encode("cp1252"))
    code, err, articles = analyse_with_good_file(capsys, tmp_path, windows)
    assert code == 0
    assert err == [f"newsfuse: warning: {windows}: not valid UTF-8; decoded as cp1252"]
    read = {Path(str(a["source"])).name: a for a in articles}
    assert set(read) == {"good.txt", "windows.txt"}
    assert read["windows.txt"]["body"] == "The café owner said: “We stay open.” It was 5€ a cup."


def test_malformed_html_with_an_article_is_still_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text(
        "<html><head><title>Bridge reopens</title><body><div><p>The old bridge reopened to traffic on Monday"
        " after eighteen months of repairs, the highways agency said.<p>Engineers replaced every cable and"
        " the whole deck of the bridge, which carries forty thousand cars a day.</div></span><p>Drivers welcomed"
        " the news, although tolls will rise next year, the agency added.",
        encoding="utf-8",
    )
    code, err, articles = analyse_with_good_file(capsys, tmp_path, broken)
    assert code == 0 and err == []
    read = {Path(str(a["source"])).name: a for a in articles}
    assert "eighteen months of repairs" in str(read["broken.html"]["body"])


def test_broken_jsonl_line_names_the_line_and_the_other_lines_are_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {
                "text": "Firefighters put out a blaze at the harbour on Sunday. No one was hurt.",
                "url": "https://example.org/fire",
            }
        )
        + '\n{"text": "unterminated\n'
        + json.dumps({"title": "No body"})
        + "\n"
        + json.dumps({"text": "The library extends its opening hours from May. Readers had asked for it."})
        + "\n",
        encoding="utf-8",
    )
    code, err, articles = analyse_with_good_file(capsys, tmp_path, feed)
    assert code == 0
    assert len(err) == 2, err
    assert err[0].startswith(f"newsfuse: error: {feed}:2: invalid JSON")
    assert err[1] == f"newsfuse: error: {feed}:3: no 'text' or 'html' field with content"
    assert {str(a["source"]) for a in articles} >= {"https://example.org/fire", f"{feed}:4"}
    assert len(articles) == 3


def test_several_bad_inputs_each_get_their_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, err, articles = analyse_with_good_file(capsys, tmp_path, tmp_path / "missing.txt", empty)
    assert code == 0 and len(err) == 2
    assert sources(articles) == {"good.txt"}


def test_nothing_readable_exits_2_with_a_line_per_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, err = run_cli(capsys, "analyze", str(tmp_path / "missing.txt"), str(empty))
    assert code == 2
    assert any(str(empty) in line and "file is empty" in line for line in err)
    assert any("missing.txt" in line and "no such file" in line for line in err)
    assert err[-1].startswith("newsfuse: no articles could be read")


@pytest.mark.parametrize(
    "args",
    [["analyze"], ["analyze", "--format", "yaml", "x.txt"], ["analyze", "--jobs", "0", "x.txt"], ["frobnicate"]],
)
def test_usage_errors_exit_1(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, err = run_cli(capsys, *args)
    assert code == 1
    assert any(line.startswith("newsfuse: error:") for line in err)
