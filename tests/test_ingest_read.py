"""Walking paths: which files of a folder are articles, and each file read once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsfuse.ingest import read_paths
from newsfuse.model import Article, Problem
from newsfuse.options import Options

TEXT = "The ferry service resumes on Monday after the storm, the operator said.\n"


def names(items: list[Article | Problem]) -> list[str]:
    return [Path(i.source).name for i in items if isinstance(i, Article)]


def make_tree(root: Path) -> None:
    for relative in [
        "a.txt",
        "b.md",
        "deep/nested/c.txt",
        "README.md",
        "notes.csv",
        ".hidden.txt",
        ".git/d.txt",
        "e.TXT",
    ]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT.replace("Monday", relative), encoding="utf-8")


def test_folder_walk_reads_article_files_recursively_in_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    assert names(list(read_paths([tmp_path]))) == ["a.txt", "b.md", "c.txt", "e.TXT"]


def test_folder_walk_can_stay_at_the_top(tmp_path: Path) -> None:
    make_tree(tmp_path)
    assert names(list(read_paths([tmp_path], Options(recursive=False)))) == ["a.txt", "b.md", "e.TXT"]


def test_a_file_named_directly_is_read_whatever_its_name(tmp_path: Path) -> None:
    make_tree(tmp_path)
    assert names(list(read_paths([tmp_path / "README.md", tmp_path / "notes.csv"]))) == ["README.md", "notes.csv"]


def test_a_file_reached_twice_is_read_once_without_a_warning(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = list(read_paths([tmp_path / "a.txt", tmp_path, tmp_path / "a.txt"]))
    assert names(items) == ["a.txt", "b.md", "c.txt", "e.TXT"]
    assert not [i for i in items if isinstance(i, Problem)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    (problem,) = list(read_paths([pipe]))
    assert isinstance(problem, Problem) and problem.reason == "not a regular file"


def test_too_large_limit_comes_from_options(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (problem,) = list(read_paths([tmp_path / "a.txt"], Options(max_bytes=10)))
    assert isinstance(problem, Problem)
    assert problem.reason == f"file is {len(TEXT):,} bytes, over the 10-byte limit"
