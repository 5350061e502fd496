"""Walking paths and reading each input, reporting bad ones without stopping.

Reads the paths and URLs a user names (:func:`read_paths`): a file is read
by its suffix (:data:`ARTICLE_SUFFIXES`, or a reader of
:mod:`newsfuse.ingest.readers`), a folder is walked for such files (its
``sources.csv`` and ``outlets.csv`` applied to the files beside them,
documentation files such as README passed over). Writes articles, and a
:class:`~newsfuse.model.Problem` for each input that could not be read (one
clear line each; the rest is read all the same), each file over
``Options.max_bytes`` refused before it is read.

* :data:`UNSUPPORTED_NAMED` (5): a folder's files that no reader reads (a
  PDF, images) are reported in one warning line naming the first five and
  counting the rest: enough to recognise what was passed over, and a folder
  of a thousand images still gives one readable line.
* :data:`NUL_WINDOW` (8192 bytes): a JSON Lines file with a NUL byte in its
  first 8 KiB is refused as binary (a binary file betrays itself in its
  header; git looks at the first 8,000 bytes to decide the same); a NUL further on spoils only
  its own line, which the line reader reports, so one bad record does not
  cost the good ones.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsfuse.errors import (
    EmptyInputError,
    InputError,
    MissingInputError,
    SkippedFilesWarning,
    TooLargeInputError,
)
from newsfuse.ingest.decode import decode_bytes, refuse_binary, unicode_bom
from newsfuse.ingest.fetch import is_url
from newsfuse.ingest.formats import article_from_html, article_from_text, articles_from_jsonl
from newsfuse.ingest.outlets import OutletTable, default_table, load_table
from newsfuse.ingest.readers import READER_SUFFIXES, Readers, special_kind
from newsfuse.ingest.sidecar import Sidecars
from newsfuse.model import Article, Problem, Severity
from newsfuse.options import Options

__all__ = ["ARTICLE_SUFFIXES", "read_paths", "source_name"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "notice", "copying")
"""Stems of documentation files that a folder walk skips (a file given by name is still read)."""
_SIDECAR_SUFFIX = ".csv"
"""Tables a folder holds beside its articles (sources.csv, outlets.csv, notes): never called unsupported."""
UNSUPPORTED_NAMED = 5
"""Unsupported files named in a folder's one warning line; the rest are counted."""
NUL_WINDOW = 8192
"""A JSON Lines file with a NUL byte this early is binary; a NUL further on spoils only its own line."""


def source_name(path: str | os.PathLike[str]) -> str:
    """A path as the text that names it in reports: bytes of a non-UTF-8 name written as ``\\xNN``.

    Python hands such bytes over as lone surrogates, which no report can encode.
    """
    name = os.fspath(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _files(path: Path, options: Options) -> Iterator[tuple[Path, os.stat_result] | InputError]:
    """The article files at ``path`` with their ``stat`` (taken once: size limit and identity both use it)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        yield MissingInputError(source_name(path), "no such file or folder")
        return
    except OSError as exc:
        yield InputError(source_name(path), f"cannot access ({exc.strerror or exc})")
        return
    if not stat.S_ISDIR(info.st_mode):
        if stat.S_ISREG(info.st_mode):
            yield path, info
        else:
            yield InputError(source_name(path), "not a regular file")
        return
    found: list[tuple[Path, os.stat_result]] = []
    skipped: list[SkippedFilesWarning] = []
    for item in _walk(path, options.recursive):
        if isinstance(item, SkippedFilesWarning):
            skipped.append(item)
        elif isinstance(item, InputError):
            yield item
        else:
            found.append(item)
    if not found:
        also = "".join(f"; {w.reason}" for w in skipped)
        yield EmptyInputError(source_name(path), f"folder holds no articles ({', '.join(ARTICLE_SUFFIXES)}){also}")
    else:
        yield from skipped
    found.sort(key=lambda item: item[0])
    yield from found


def _is_article_name(name: str) -> bool:
    stem, dot, suffix = name.rpartition(".")
    if not dot or name.startswith("."):
        return False
    if f".{suffix.lower()}" not in ARTICLE_SUFFIXES and not name.lower().endswith(READER_SUFFIXES):
        return False
    return stem.lower() not in _NOT_ARTICLES


def _walk(root: Path, recursive: bool) -> Iterator[tuple[Path, os.stat_result] | InputError]:
    """Article files under ``root``, and a message for each entry that cannot be walked or read.

    Symbolic links are followed, but a folder is walked once: a link back to
    a folder already walked (a loop) is reported, not followed. Nothing is
    opened but folders, so a named pipe cannot block the walk.
    """
    walked: set[tuple[int, int]] = set()
    unsupported: list[str] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            info = folder.stat()
            identity = (info.st_dev, info.st_ino)
            if identity in walked:
                yield InputError(source_name(folder), "folder reached again through a symbolic link; walked once")
                continue
            walked.add(identity)
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            yield InputError(source_name(folder), f"cannot read folder ({exc.strerror or exc})")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            item = _entry(entry)
            if item is None:
                continue
            if isinstance(item, Path):
                if recursive:
                    subfolders.append(item)
            elif isinstance(item, InputError) or _is_article_name(entry.name):
                yield item
            elif _is_unsupported(entry.name):
                unsupported.append(entry.name)
        folders.extend(reversed(subfolders))
    if unsupported:
        yield _unsupported_warning(root, unsupported)


def _is_unsupported(name: str) -> bool:
    """A file a folder walk passes over that a reader may have meant as an article (a PDF, an image)."""
    stem = name.rpartition(".")[0] or name
    return not name.lower().endswith(_SIDECAR_SUFFIX) and stem.lower() not in _NOT_ARTICLES


def _unsupported_warning(root: Path, names: list[str]) -> SkippedFilesWarning:
    """One line naming the files under ``root`` that no reader reads, and what is read."""
    shown = ", ".join(source_name(n) for n in names[:UNSUPPORTED_NAMED])
    more = f" and {len(names) - UNSUPPORTED_NAMED} more" if len(names) > UNSUPPORTED_NAMED else ""
    return SkippedFilesWarning(
        source_name(root),
        f"skipped {len(names)} unsupported file{'s' if len(names) != 1 else ''} ({shown}{more}); "
        f"read are {', '.join(ARTICLE_SUFFIXES)} and feeds, lists and archives",
    )


def _entry(entry: os.DirEntry[str]) -> Path | tuple[Path, os.stat_result] | InputError | None:
    """A folder entry: a folder to walk, a regular file with its ``stat``, or why it cannot be read."""
    path = Path(entry.path)
    try:
        info = entry.stat()
    except OSError as exc:
        if entry.is_symlink() and (exc.errno == errno.ELOOP or _is_article_name(entry.name)):
            return InputError(source_name(path), f"cannot follow symbolic link ({exc.strerror or exc})")
        if not _is_article_name(entry.name):
            return None
        return InputError(source_name(path), f"cannot access ({exc.strerror or exc})")
    if stat.S_ISDIR(info.st_mode):
        return path
    if stat.S_ISREG(info.st_mode):
        return path, info
    if _is_article_name(entry.name):
        return InputError(source_name(path), "not a regular file (a named pipe, device or socket); skipped")
    return None


def _read_file(
    path: Path, info: os.stat_result, options: Options, sidecars: Sidecars, readers: Readers
) -> Iterator[Article | InputError | Problem]:
    source = source_name(path)
    kind = special_kind(path)
    if kind is not None:
        yield from readers.read_file(kind, path)
        return
    if info.st_size > options.max_bytes:
        yield TooLargeInputError(source, f"file is {info.st_size:,} bytes, over the {options.max_bytes:,}-byte limit")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror or exc})")
        return
    suffix = path.suffix.lower()
    table = sidecars.table(path)
    hints = sidecars.hints(path)
    given = {"outlet": hints.outlet, "url": hints.url, "published": hints.published} if hints else {}
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(data, source, table, given)
            return
        text, warning = decode_bytes(data, source)
        if warning:
            yield Problem(source=source, reason=warning, stage="read", severity="warning")
        if suffix in (".html", ".htm") or (suffix not in ARTICLE_SUFFIXES and text.lstrip()[:1] == "<"):
            yield article_from_html(text, source, outlets=table, **{k: v for k, v in given.items() if v})
        else:
            yield article_from_text(text, source, outlets=table, **given)
    except InputError as exc:
        yield exc


def _read_jsonl(
    data: bytes, source: str, table: OutletTable, given: dict[str, str | None]
) -> Iterator[Article | InputError | Problem]:
    """JSON Lines, decoded line by line unless a UTF-16/32 byte-order mark says how the whole file is."""
    refuse_binary(data, source, nul_window=NUL_WINDOW)
    lines: str | bytes = decode_bytes(data, source)[0] if unicode_bom(data) is not None else data
    yield from articles_from_jsonl(lines, source, outlets=table, defaults=given)


def _outlet_table(options: Options) -> tuple[OutletTable, list[InputError]]:
    """The shipped table of outlets extended by the user's (``Options.outlet_tables``)."""
    table = default_table()
    problems: list[InputError] = []
    for path in options.outlet_tables:
        try:
            table = load_table(path, table)
        except InputError as exc:
            problems.append(exc)
    return table, problems


def read_paths(
    paths: Iterable[str | Path], options: Options | None = None, *, skip_url: Callable[[str], bool] | None = None
) -> Iterator[Article | Problem]:
    """Read every article under ``paths``.

    Yields articles, and :class:`Problem` rows for inputs that could not be
    read (one per bad file or JSONL line) or were read with a warning. An
    article whose id was already read (the same text twice) is yielded once,
    with a warning naming the first copy; a file reached twice (named twice,
    or named and inside a named folder) is read once, silently.

    Articles carry their outlet (:mod:`newsfuse.ingest.outlets`), and the id
    includes it: one outlet's text read twice is read once, while one text
    printed by two outlets is two articles
    (:func:`newsfuse.ingest.reprints.link_reprints` links them). A
    ``sources.csv`` or ``outlets.csv`` that cannot be read is a warning.

    URLs, feeds, OPML and URL lists, web archives and gzipped JSON Lines go
    through :mod:`newsfuse.ingest.readers`; ``skip_url`` says which URLs
    need no fetching (the store has them already).
    """
    options = options or Options()
    seen: dict[str, str] = {}
    table, table_problems = _outlet_table(options)
    for exc in table_problems:
        yield Problem(source=exc.source, reason=exc.reason, stage="read", severity="warning")
    sidecars = Sidecars(table)
    readers = Readers(options.fetch, options.max_bytes, skip_url, outlets=table)
    try:
        yield from _read_all(paths, options, sidecars, readers, seen)
    finally:
        readers.close()


def _read_all(
    paths: Iterable[str | Path], options: Options, sidecars: Sidecars, readers: Readers, seen: dict[str, str]
) -> Iterator[Article | Problem]:
    files_read: set[tuple[int, int]] = set()
    for raw_path in paths:
        if isinstance(raw_path, str) and is_url(raw_path):
            yield from _deduplicated(readers.read_url(raw_path), seen)
            continue
        for item in _files(Path(raw_path), options):
            if isinstance(item, InputError):
                yield _problem(item)
                continue
            path, info = item
            identity = (info.st_dev, info.st_ino)
            if identity in files_read:
                continue
            files_read.add(identity)
            for result in _deduplicated(_read_file(path, info, options, sidecars, readers), seen):
                for exc in sidecars.drain():
                    yield Problem(source=exc.source, reason=exc.reason, stage="read", severity="warning")
                yield result


def _deduplicated(
    results: Iterable[Article | InputError | Problem], seen: dict[str, str]
) -> Iterator[Article | Problem]:
    """Problems for input errors, and each article id once (a warning names the first copy)."""
    for result in results:
        if isinstance(result, InputError):
            yield _problem(result)
        elif isinstance(result, Problem):
            yield result
        elif result.id in seen:
            if seen[result.id] == result.source:
                continue  # one URL reached twice (a list and a feed): read once, silently, like a file named twice
            yield Problem(
                source=result.source, reason=f"same article as {seen[result.id]}; read once", severity="warning"
            )
        else:
            seen[result.id] = result.source
            yield result


def _problem(exc: InputError) -> Problem:
    severity: Severity = "warning" if isinstance(exc, SkippedFilesWarning) else "error"
    return Problem(source=exc.source, reason=exc.reason, line=exc.line, stage="read", severity=severity)
