"""The command line: parse, call the library, format. No logic of its own.

Exit status: 0 when at least one article was read (bad inputs are reported
on stderr, one line each); 2 when no article could be read; 1 for usage
errors (unknown option, bad value), an output that cannot be written (a
full disk, a closed pipe) and a store that cannot be used (missing, damaged,
not a newsfuse store). Every stderr line goes through
:func:`newsfuse.report.terminal.one_line`: whatever it quotes from the input,
it stays one line and sends no escape sequence to the terminal.

Start-up: each command imports what it runs when it runs (the pipeline and
the readers for ``analyze``, the store for the store's commands, one report
format's module when it renders): ``import newsfuse.cli`` took 0.28 s of CPU
with them all, 0.08 s without (issue #21).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click
import msgspec

from newsfuse.errors import (
    EXIT_NO_ARTICLES,
    EXIT_OK,
    EXIT_USAGE,
    NewsfuseError,
    NoArticlesError,
    UsageError,
)
from newsfuse.model import Problem, Report
from newsfuse.options import Options, read_options, with_settings
from newsfuse.parallel import MIN_ARTICLES, default_jobs
from newsfuse.report import FORMATS, render_pieces
from newsfuse.report.legend import COUNT_LEGEND, HIGHLIGHT_LEGEND, VERDICT_LEGEND
from newsfuse.report.progress import ProgressBar
from newsfuse.report.terminal import one_line

__all__ = ["cli", "main"]


def path_name(path: str | os.PathLike[str]) -> str:
    """A path as reports name it (:func:`newsfuse.ingest.read.source_name`; the readers imported at first use)."""
    from newsfuse.ingest.read import source_name

    return source_name(path)


def _say(message: str) -> None:
    """One ``newsfuse:`` line on stderr; whatever the message quotes from the input cannot break it or escape."""
    click.echo(one_line(f"newsfuse: {message}"), err=True)


def _report_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        _say(problem.message())


def _write(document: str | Iterable[str], output: Path | None) -> None:
    """Write a document (a string, or its pieces as they come) to ``output`` or standard output."""
    pieces = [document] if isinstance(document, str) else document
    if output is None:
        try:
            for piece in pieces:
                sys.stdout.write(piece)
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            raise OutputClosed from None
        except OSError as exc:
            _silence_stdout()
            raise UsageError(f"cannot write the report to standard output: {exc.strerror or exc}") from None
        return
    try:
        with output.open("w", encoding="utf-8") as file:
            for piece in pieces:
                file.write(piece)
    except OSError as exc:
        raise UsageError(f"cannot write {path_name(output)}: {exc.strerror or exc}") from None


class OutputClosed(Exception):
    """Whoever read standard output stopped reading (``newsfuse analyze … | head``): nothing to say."""


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush cannot fail with a traceback too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


_FORMAT_OPTION = click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="text",
    show_default=True,
    help="Report format.",
)
_OUTPUT_OPTION = click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the report to FILE instead of standard output.",
)
_JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for the per-article analysis.",
)

_ANALYZE_JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for the per-article and the story stages [default: the number of cores; "
    f"one process below {MIN_ARTICLES} articles].",
)

_OUTLETS_OPTION = click.option(
    "--outlets",
    "outlet_tables",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="A CSV of outlets (name,kind,domains,aliases) extending the shipped table; may be repeated.",
)


_SETTINGS_FILE_OPTION = click.option(
    "--options",
    "options_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="A TOML (or .json) file of settings, one table per stage: [verdicts], [conflicts], [sources], [quotes], "
    "[claims], [entities], [cluster], [summary], [fetch].",
)
_SET_OPTION = click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="SECTION.NAME=VALUE",
    help="Change one setting, e.g. --set verdicts.exact_evidence=3 (after --options); may be repeated.",
)


def _options(options_file: Path | None, settings: Sequence[str], **flags: object) -> Options:
    """The settings file, then each ``--set``, then the command's own flags (``--jobs``, ``--outlets``)."""
    options = read_options(options_file) if options_file is not None else Options()
    return msgspec.structs.replace(with_settings(options, settings), **flags)


def _emit(report: Report, fmt: str, output: Path | None) -> None:
    """Render the report and write it (colour only for text on a terminal)."""
    color = output is None and fmt == "text" and sys.stdout.isatty()
    _write(render_pieces(report, fmt, color=color), output)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfuse")
def cli() -> None:
    """See one news story through every outlet that covered it."""


#: The quotation verdicts, as ``analyze --help`` explains them (one paragraph each: click rewraps text).
VERDICTS_HELP = "Quotation verdicts:\n\n" + "\n\n".join(f"{verdict}: {meaning}." for verdict, meaning in VERDICT_LEGEND)
VERDICTS_HELP += "\n\nCounts:\n\n" + "\n\n".join(f"{name}: {meaning}." for name, meaning in COUNT_LEGEND)
VERDICTS_HELP += "\n\nDiff marks in the text report:\n\n" + "\n\n".join(
    f"{mark}: {meaning}." for mark, meaning in HIGHLIGHT_LEGEND["text"]
)


@cli.command("analyze", epilog=VERDICTS_HELP)
@click.argument("paths", nargs=-1, required=True, type=str)
@_FORMAT_OPTION
@_OUTPUT_OPTION
@_ANALYZE_JOBS_OPTION
@_OUTLETS_OPTION
@_SETTINGS_FILE_OPTION
@_SET_OPTION
def analyze_command(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    jobs: int | None,
    outlet_tables: tuple[Path, ...],
    options_file: Path | None,
    settings: tuple[str, ...],
) -> None:
    """Read articles from PATHS, group them into stories and compare the outlets.

    PATHS are files, folders, http(s) URLs, RSS/Atom feeds, OPML lists, .urls lists,
    WARC/ARC archives and (gzipped) JSON Lines.
    """
    from newsfuse.pipeline import analyze

    options = _options(
        options_file, settings, jobs=jobs or default_jobs(), outlet_tables=tuple(str(p) for p in outlet_tables)
    )
    try:
        with ProgressBar() as progress:
            report = analyze(paths, options, progress=progress)
    except NoArticlesError as exc:
        _report_problems(exc.problems)
        _say(str(exc))
        sys.exit(EXIT_NO_ARTICLES)
    _report_problems(report.problems)
    _emit(report, fmt, output)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON schema of the report."""
    from newsfuse.report.json import report_schema

    _write(report_schema(), None)


# --- the store: ingest, stories, report (issue #8) ---------------------------------------------

_DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("news.db"),
    show_default=True,
    help="The SQLite store.",
)


def _existing_store(db_path: Path) -> Path:
    if not db_path.exists():
        raise UsageError(f"no store at {path_name(db_path)}")
    return db_path


@contextmanager
def _store_errors(db_path: Path) -> Iterator[None]:
    """A store that is damaged where it is read says so in one line, like one that cannot be opened."""
    from newsfuse.store.database import damaged_store_errors

    with damaged_store_errors(Path(path_name(db_path))):
        yield


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=str)
@_DB_OPTION
@_JOBS_OPTION
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=256,
    show_default=True,
    help="Articles written per transaction.",
)
@_OUTLETS_OPTION
@_SETTINGS_FILE_OPTION
@_SET_OPTION
def ingest_command(
    paths: tuple[str, ...],
    db_path: Path,
    jobs: int,
    batch_size: int,
    outlet_tables: tuple[Path, ...],
    options_file: Path | None,
    settings: tuple[str, ...],
) -> None:
    """Add the articles under PATHS to the store, group them into stories and keep every finding."""
    from newsfuse.store import Store, ingest

    job_outputs = [Path(p) for p in paths if (Path(p) / "_store" / "articles").is_dir()]
    if job_outputs:
        _import_job_outputs(job_outputs, db_path)
        paths = tuple(p for p in paths if Path(p) not in job_outputs)
        if not paths:
            return
    options = _options(options_file, settings, jobs=jobs, outlet_tables=tuple(str(p) for p in outlet_tables))
    with _store_errors(db_path), Store(db_path) as store, ProgressBar() as progress:
        result = ingest(paths, store, options, batch_size=batch_size, progress=progress)
    _report_problems(result.problems)
    _say(
        f"{result.added} article(s) added, {result.already_stored} already stored, "
        f"{result.stories_updated} story(ies) updated, {result.stories} in {path_name(db_path)}"
    )
    if not result.read:
        sys.exit(EXIT_NO_ARTICLES)


@cli.command("watch")
@click.argument("sources", nargs=-1, required=True, type=str)
@_DB_OPTION
@click.option("--every", default="15m", show_default=True, help="Time between rounds: 90s, 15m, 1h.")
@_JOBS_OPTION
@_SETTINGS_FILE_OPTION
@_SET_OPTION
def watch_command(
    sources: tuple[str, ...], db_path: Path, every: str, jobs: int, options_file: Path | None, settings: tuple[str, ...]
) -> None:
    """Ingest SOURCES (feeds, OPML, URL lists, folders) into the store again and again, until stopped.

    Each round fetches only items the store does not hold. SIGTERM or Ctrl-C
    lets the current batch finish, then exits with status 0.
    """
    from newsfuse.store import Store
    from newsfuse.store.ingest import IngestResult
    from newsfuse.store.watch import StopFlag, parse_interval, watch

    seconds = parse_interval(every)
    options = _options(options_file, settings, jobs=jobs)

    def report(result: IngestResult) -> None:
        _report_problems(result.problems)
        click.echo(f"newsfuse: {result.added} article(s) added, {result.stories} story(ies) in {db_path}", err=True)

    with Store(db_path) as store, StopFlag() as stop:
        rounds = watch(sources, store, options, seconds, stop, report=report)
    click.echo(f"newsfuse: stopped after {rounds} round(s)", err=True)


def _import_job_outputs(folders: Sequence[Path], db_path: Path) -> None:
    """Import folders written by ``newsfuse spark`` (see :mod:`newsfuse.spark.store_import`)."""
    from newsfuse.spark.store_import import import_job_output
    from newsfuse.store import Store

    with Store(db_path) as store:
        for folder in folders:
            done = import_job_output(folder, store)
            click.echo(
                f"newsfuse: {folder}: {done.added} article(s) imported, {done.already_stored} already stored, "
                f"{done.stories} story(ies) in {db_path}",
                err=True,
            )


@cli.command("stories")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the stories as JSON.")
def stories_command(db_path: Path, as_json: bool) -> None:
    """List the stories in the store: id, articles, dates, storyline, label."""
    from newsfuse.store import Store

    with _store_errors(db_path), Store(_existing_store(db_path), readonly=True) as store:
        stories = [item.story for item in store.stories()]
    if as_json:
        import msgspec

        _write(msgspec.json.format(msgspec.json.encode(stories), indent=1).decode("utf-8") + "\n", None)
        return
    lines = []
    for story in stories:
        span = story.start if story.start == story.end else f"{story.start or '?'}..{story.end or '?'}"
        line = story.storyline or story.id
        fields = (story.id, str(len(story.articles)), (span or "-") if story.start else "-", line, story.label or "")
        lines.append("\t".join(one_line(field) for field in fields) + "\n")
    _write("".join(lines), None)


@cli.command("report")
@click.argument("story_id")
@_DB_OPTION
@_FORMAT_OPTION
@_OUTPUT_OPTION
def report_command(story_id: str, db_path: Path, fmt: str, output: Path | None) -> None:
    """Render the report of one stored story (STORY_ID or a prefix of it), from the store alone."""
    from newsfuse.store import Store, story_report

    with _store_errors(db_path), Store(_existing_store(db_path), readonly=True) as store:
        report = story_report(store, story_id)
    _emit(report, fmt, output)


# --- Spark (issue #20) -----------------------------------------------------------------------


@cli.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", "output", required=True, help="Folder (or URI) for the Parquet datasets.")
@click.option("--master", default=None, help="Spark master URL (default: spark-submit's, else local[*]).")
@click.option("--partitions", type=click.IntRange(min=1), default=None, help="Repartition the input records.")
@click.option(
    "--driver-memory",
    default=None,
    help="Driver heap where this command starts Spark itself, e.g. 8g (default 2g; under spark-submit use its own).",
)
def spark_command(
    inputs: tuple[str, ...], output: str, master: str | None, partitions: int | None, driver_memory: str | None
) -> None:
    """Analyse JSONL, WARC or Parquet INPUTS on Spark; write Parquet datasets to OUTPUT.

    `newsfuse ingest OUTPUT --db F` imports the result into a store. Needs the
    `spark` extra: pip install 'newsfuse[spark]'.
    """
    try:
        from newsfuse.spark.job import clean_output, run_job
    except ImportError as exc:
        raise UsageError(f"the Spark job needs PySpark: pip install 'newsfuse[spark]' ({exc})") from None
    clean_output(output)
    result = run_job(list(inputs), output, master=master, partitions=partitions, driver_memory=driver_memory)
    click.echo(
        f"newsfuse: {result.articles} article(s), {result.stories} story(ies), {result.problems} problem(s) "
        f"written to {result.output}",
        err=True,
    )


# --- findings as tables, and the web app over the store (issue #18) ---------------------------


@cli.command("export")
@_DB_OPTION
@click.option("--table", default="quotes", show_default=True, help="The table to export (quotes, claims, ...).")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True, help="Export format."
)
@_OUTPUT_OPTION
def export_command(db_path: Path, table: str, fmt: str, output: Path | None) -> None:
    """Write one table of the store (quotes, claims, conflicts, entities, ...) as CSV or JSON Lines."""
    import io

    from newsfuse.store.readonly import export_table

    buffer = io.StringIO()
    export_table(db_path, table, fmt, buffer)
    _write(buffer.getvalue(), output)


@cli.command("serve")
@_DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve_command(db_path: Path, host: str, port: int) -> None:
    """Browse the store in a web browser: stories, speakers, outlets, review marks."""
    from newsfuse.app import serve

    serve(db_path, host=host, port=port)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI and exit with the documented status."""
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="newsfuse", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.UsageError as exc:
        if exc.ctx is not None:
            click.echo(exc.ctx.get_usage(), err=True)
        _say(f"error: {exc.format_message()}")
        code = EXIT_USAGE
    except click.ClickException as exc:
        _say(f"error: {exc.format_message()}")
        code = EXIT_USAGE
    except click.Abort:
        _say("aborted")
        code = EXIT_USAGE
    except NewsfuseError as exc:
        _say(f"error: {exc}")
        code = EXIT_USAGE
    except OutputClosed:
        code = EXIT_USAGE
    sys.exit(code if isinstance(code, int) else EXIT_OK)
