"""Walking paths and reading each input, reporting bad ones without stopping."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsfuse.errors import (
    EmptyInputError,
    InputError,
    MissingInputError,
    TooLargeInputError,
)
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.formats import article_from_html, article_from_text, articles_from_jsonl
from newsfuse.model import Article, Problem
from newsfuse.options import Options

__all__ = ["ARTICLE_SUFFIXES", "read_paths"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "notice", "copying")
"""Stems of documentation files that a folder walk skips (a file given by name is still read)."""


def _files(path: Path, options: Options) -> Iterator[Path | InputError]:
    if not path.exists():
        yield MissingInputError(str(path), "no such file or folder")
        return
    if path.is_file():
        yield path
        return
    pattern = "**/*" if options.recursive else "*"
    found = sorted(
        p
        for p in path.glob(pattern)
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and p.stem.lower() not in _NOT_ARTICLES
    )
    if not found:
        yield EmptyInputError(str(path), f"folder holds no articles ({', '.join(ARTICLE_SUFFIXES)})")
    yield from found


def _read_file(path: Path, options: Options) -> Iterator[Article | InputError | Problem]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise TooLargeInputError(source, f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit")
        data = path.read_bytes()
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror or exc})")
        return
    try:
        text, warning = decode_bytes(data, source)
    except InputError as exc:
        yield exc
        return
    if warning:
        yield Problem(source=source, reason=warning, stage="read", severity="warning")
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from articles_from_jsonl(text, source)
        elif suffix in (".html", ".htm") or (suffix not in ARTICLE_SUFFIXES and text.lstrip()[:1] == "<"):
            yield article_from_html(text, source)
        else:
            yield article_from_text(text, source)
    except InputError as exc:
        yield exc


def read_paths(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Article | Problem]:
    """Read every article under ``paths``.

    Yields articles, and :class:`Problem` rows for inputs that could not be
    read (one per bad file or JSONL line) or were read with a warning. An
    article whose id was already read (the same text twice) is yielded once,
    with a warning naming the first copy; a file reached twice (named twice,
    or named and inside a named folder) is read once, silently.
    """
    options = options or Options()
    seen: dict[str, str] = {}
    files_read: set[Path] = set()
    for raw_path in paths:
        for item in _files(Path(raw_path), options):
            if isinstance(item, InputError):
                yield _problem(item)
                continue
            resolved = item.resolve()
            if resolved in files_read:
                continue
            files_read.add(resolved)
            for result in _read_file(item, options):
                if isinstance(result, InputError):
                    yield _problem(result)
                elif isinstance(result, Problem):
                    yield result
                elif result.id in seen:
                    yield Problem(
                        source=result.source,
                        reason=f"same article as {seen[result.id]}; read once",
                        severity="warning",
                    )
                else:
                    seen[result.id] = result.source
                    yield result


def _problem(exc: InputError) -> Problem:
    return Problem(source=exc.source, reason=exc.reason, line=exc.line, stage="read")
