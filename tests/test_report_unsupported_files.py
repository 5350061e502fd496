"""A folder with files no reader reads (PDFs, images) says so in one warning line naming them (#22)."""

from __future__ import annotations

from pathlib import Path

from newsfuse.ingest import read_paths
from newsfuse.model import Article, Problem
from newsfuse.options import Options


def _read(folder: Path) -> tuple[list[Article], list[Problem]]:
    items = list(read_paths([folder], Options()))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_unsupported_files_are_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "harbour.txt").write_text("Harbour fees rise\n\nThe harbour board raised its fees on Monday.\n")
    (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.7 invented")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff invented")
    (tmp_path / "sources.csv").write_text("file,outlet,url,published\n")
    (tmp_path / "README.md").write_text("About these files.\n")
    articles, problems = _read(tmp_path)
    assert len(articles) == 1
    warnings = [p for p in problems if "unsupported" in p.reason]
    assert len(warnings) == 1
    assert warnings[0].severity == "warning"
    line = warnings[0].message()
    assert "\n" not in line and "2 unsupported files" in line
    assert "minutes.pdf" in line and "photo.jpg" in line
    assert "sources.csv" not in line and "README" not in line


def test_a_folder_of_articles_only_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text("Ferry late\n\nThe ferry arrived two hours late.\n")
    assert _read(tmp_path)[1] == []


def test_many_unsupported_files_are_counted_not_all_named(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text("Ferry late\n\nThe ferry arrived two hours late.\n")
    for n in range(9):
        (tmp_path / f"scan{n}.png").write_bytes(b"invented")
    [warning] = [p for p in _read(tmp_path)[1] if "unsupported" in p.reason]
    assert "9 unsupported files" in warning.message() and "and 4 more" in warning.message()
