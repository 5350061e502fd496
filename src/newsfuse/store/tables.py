"""Findings as SQL tables: what the store writes per article and per story, and reads back.

Since schema version 2 a story's findings live in one table per kind of
finding (``quotes``, ``utterances``, ``claims`` with ``claim_sources``,
``conflicts`` with ``conflict_values``, ``entities`` with ``mentions``,
``reuse``, ``originality``, ``timeline``, ``sources``, ``summary``), so that
SQL, a spreadsheet or Datasette can answer "every quotation of this person"
without newsfuse. Each row has the columns those questions need (speaker,
verdict, article, character offsets...) and ``data``, the finding as the
JSON report prints it; reports are assembled from these rows and nothing
else (:func:`read_findings`), so the tables are the one source of truth.
``seq`` keeps each story's findings in the order the story stage gave them.

Per article, :func:`write_article` fills the columns listings need, the
``outlets`` table and the full-text index ``article_text``; quotations are
indexed in ``quote_text``. An index row's rowid is the stable integer key
of the row it indexes (``articles.seq``, ``quotes.key``), so a search joins
on integers and never reads the indexed text back. Full-text queries go through :func:`fts_query`,
which turns what a person typed into quoted FTS5 terms (never FTS syntax).

All functions take an open connection and run inside the caller's
transaction. A lookup of many keys binds them :data:`IN_BATCH` (500) at a
time (:func:`in_batches`): SQLite before 3.32 allowed 999 parameters a
statement, and a query may bind a few more besides its ``IN (...)`` list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import msgspec

from newsfuse.model import (
    STORY_FINDINGS,
    Article,
    ArticleAnalysis,
    Claim,
    Conflict,
    Entity,
    InferredDate,
    Originality,
    Quote,
    Report,
    Reuse,
    SourceGroup,
    Story,
    SummarySentence,
    TimelineEvent,
    Utterance,
)
from newsfuse.options import Options

__all__ = [
    "EXPORTABLE",
    "FINDING_TABLES",
    "IN_BATCH",
    "LAST_CHARACTER",
    "article_columns",
    "clear_findings",
    "fts_query",
    "in_batches",
    "outlet_name",
    "outlets_around",
    "read_analyses",
    "read_articles",
    "read_findings",
    "read_options",
    "read_story",
    "stored_report",
    "stories_named",
    "story_from_row",
    "story_state",
    "write_article",
    "write_findings",
    "write_options",
]

_json = msgspec.json.Encoder()

FINDING_TABLES: dict[str, tuple[str, type[Any]]] = {
    "quotes": ("quotes", Quote),
    "utterances": ("utterances", Utterance),
    "entities": ("entities", Entity),
    "claims": ("claims", Claim),
    "conflicts": ("conflicts", Conflict),
    "timeline": ("timeline", TimelineEvent),
    "reuse": ("reuse", Reuse),
    "originality": ("originality", Originality),
    "sources": ("sources", SourceGroup),
    "summary": ("summary", SummarySentence),
}
"""Report field → (table, row type): every story-level finding has its table."""

_CHILD_TABLES: tuple[tuple[str, str, str], ...] = (
    ("claim_sources", "claim", "claims"),
    ("conflict_values", "conflict", "conflicts"),
    ("mentions", "entity", "entities"),
)
"""(child table, its column naming the parent, parent table): rows deleted with their parent's story."""

EXPORTABLE: tuple[str, ...] = (
    "articles",
    "outlets",
    "stories",
    *FINDING_TABLES,
    *(child for child, _, _ in _CHILD_TABLES),
    "reviews",
    "problems",
)
"""Tables ``newsfuse export`` writes (every table but the full-text indexes)."""

LAST_CHARACTER = chr(0x10FFFF)
"""Sorts after anything that follows a date in a ``published`` value."""

_decoders = {name: msgspec.json.Decoder(kind) for name, (_, kind) in FINDING_TABLES.items()}
_analysis_decoder = msgspec.msgpack.Decoder(ArticleAnalysis)
_inferred_decoder = msgspec.msgpack.Decoder(tuple[InferredDate, ...])


def inferred_dates(blob: bytes | None) -> tuple[InferredDate, ...]:
    """The ``stories.inferred`` column as model structs."""
    return _inferred_decoder.decode(blob) if blob else ()


def outlet_name(article: Article) -> str | None:
    """The outlet's name, whether the model keeps it as a string or as a struct with a ``name``."""
    outlet: Any = article.outlet
    if outlet is None or isinstance(outlet, str):
        return outlet
    name = getattr(outlet, "name", None)
    return name if isinstance(name, str) else None


def _text(value: Any) -> str | None:
    """A column value for an optional field: strings as they are, structures as JSON, nothing as NULL."""
    if value is None or value == () or value == []:
        return None
    if isinstance(value, str):
        return value
    return _json.encode(value).decode("utf-8")


def _dump(value: Any) -> str:
    """A finding as JSON text (TEXT, so that SQLite's JSON functions read it)."""
    return _json.encode(value).decode("utf-8")


def _spans(spans: Iterable[Any]) -> str:
    return _json.encode(list(spans)).decode("utf-8")


IN_BATCH = 500
"""Keys bound in one ``IN (?, ...)`` list (module docstring)."""


def in_batches(keys: Sequence[str]) -> Iterator[tuple[Sequence[str], str]]:
    """``keys`` in batches of :data:`IN_BATCH`, each with its placeholders (``?,?,?``) for an ``IN (...)`` list."""
    for start in range(0, len(keys), IN_BATCH):
        batch = keys[start : start + IN_BATCH]
        yield batch, ",".join("?" * len(batch))


def fts_query(text: str) -> str:
    """What a person typed as an FTS5 query: every word a quoted term, all of them required."""
    terms = [word.replace('"', '""') for word in text.split()]
    return " ".join(f'"{term}"' for term in terms if term.strip('"'))


# --- articles ----------------------------------------------------------------------------------


def article_columns(article: Article) -> tuple[str | None, str | None, int]:
    """The listing columns the store adds to an article row: author, url, words."""
    return article.author, article.url, len(article.body.split())


def write_article(db: sqlite3.Connection, article: Article) -> None:
    """Fill an article row's listing columns, its outlet and its full-text index entry."""
    author, url, words = article_columns(article)
    outlet = outlet_name(article)
    db.execute(
        "UPDATE articles SET author = ?, url = ?, words = ?, outlet = ? WHERE id = ?",
        (author, url, words, outlet, article.id),
    )
    if outlet:
        publisher = getattr(article, "publisher", None)
        db.execute(
            "INSERT OR IGNORE INTO outlets (name, domain, kind, data) VALUES (?, ?, ?, ?)",
            (
                outlet,
                getattr(publisher, "domain", None),
                getattr(publisher, "kind", None),
                _dump(publisher) if publisher is not None else None,
            ),
        )
    db.execute("DELETE FROM article_text WHERE rowid = (SELECT seq FROM articles WHERE id = ?)", (article.id,))
    db.execute(
        "INSERT INTO article_text (rowid, id, title, body) SELECT seq, id, ?, ? FROM articles WHERE id = ?",
        (article.title or "", article.body, article.id),
    )


# --- story findings ----------------------------------------------------------------------------


def clear_findings(db: sqlite3.Connection, story_id: str) -> None:
    """Delete a story's findings from every table (children first)."""
    for child, key, parent in _CHILD_TABLES:
        db.execute(f"DELETE FROM {child} WHERE {key} IN (SELECT id FROM {parent} WHERE story = ?)", (story_id,))
    db.execute("DELETE FROM quote_text WHERE rowid IN (SELECT key FROM quotes WHERE story = ?)", (story_id,))
    for table, _ in FINDING_TABLES.values():
        db.execute(f"DELETE FROM {table} WHERE story = ?", (story_id,))


def write_findings(db: sqlite3.Connection, story_id: str, findings: Report) -> None:
    """Replace a story's findings in the tables by ``findings`` (one story's fragment)."""
    clear_findings(db, story_id)
    _write_quotes(db, story_id, findings.quotes)
    _write_rows(db, "utterances", ("id", "speaker", "wording", "majority"), story_id, findings.utterances,
                lambda u: (u.id, u.speaker, u.wording, int(u.majority)))  # fmt: skip
    _write_claims(db, story_id, findings.claims)
    _write_conflicts(db, story_id, findings.conflicts)
    _write_entities(db, story_id, findings.entities)
    _write_rows(db, "timeline", ("date", '"when"', "event"), story_id, findings.timeline,
                lambda t: (t.date, t.when, t.event))  # fmt: skip
    _write_rows(db, "reuse", ("article_a", "article_b", "overlap", "prose_overlap", "quotation_overlap"),
                story_id, findings.reuse,
                lambda r: (r.articles[0], r.articles[1], r.overlap, r.prose_overlap, r.quotation_overlap))  # fmt: skip
    _write_rows(db, "originality", ("article", "shared", "shared_quotations", "original"), story_id,
                findings.originality, lambda o: (o.article, o.shared, o.shared_quotations, o.original))  # fmt: skip
    _write_rows(db, "sources", ("origin", "articles"), story_id, findings.sources,
                lambda g: (g.origin, _text(g.articles)))  # fmt: skip
    _write_rows(db, "summary", ("text", "article", "start", '"end"'), story_id, findings.summary,
                lambda s: (s.text, s.article, s.span.start, s.span.end))  # fmt: skip
    db.execute(
        "UPDATE stories SET revision = revision + 1,"
        " outlet_count = (SELECT count(DISTINCT outlet) FROM articles WHERE story = stories.id),"
        " quote_count = (SELECT count(*) FROM quotes WHERE story = stories.id),"
        " flagged_count = (SELECT count(*) FROM quotes WHERE story = stories.id"
        " AND (verdict = 'altered' OR misattributed))"
        " WHERE id = ?",
        (story_id,),
    )


def _write_rows(
    db: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    story_id: str,
    rows: Sequence[Any],
    values: Any,
) -> None:
    """Insert finding rows with their ``story``, ``seq``, own columns and ``data``."""
    if not rows:
        return
    names = ", ".join(("story", "seq", *columns, "data"))
    marks = ", ".join("?" * (len(columns) + 3))
    db.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})",
        [(story_id, seq, *values(row), _dump(row)) for seq, row in enumerate(rows)],
    )


def _write_quotes(db: sqlite3.Connection, story_id: str, quotes: Sequence[Quote]) -> None:
    rows = []
    for seq, quote in enumerate(quotes):
        speaker = quote.speaker
        rows.append(
            (
                quote.id,
                story_id,
                quote.article,
                seq,
                quote.text,
                quote.kind,
                speaker.name if speaker else None,
                None if speaker is None else int(speaker.named),
                speaker.mention if speaker else None,
                speaker.entity if speaker else None,
                _text(getattr(speaker, "chain", None)),
                getattr(speaker, "confidence", None),
                quote.verdict,
                _reason(quote),
                int(quote.misattributed),
                quote.utterance,
                quote.span.start if quote.spans else None,
                quote.span.end if quote.spans else None,
                _spans(quote.spans),
                _dump(quote),
            )
        )
    db.executemany(
        "INSERT INTO quotes (id, story, article, seq, text, kind, speaker, speaker_named, speaker_mention,"
        " speaker_entity, speaker_chain, speaker_confidence, verdict, reason, misattributed, utterance,"
        ' start, "end", spans, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        rows,
    )
    db.execute(
        "INSERT INTO quote_text (rowid, id, story, text, speaker)"
        " SELECT key, id, story, text, coalesce(speaker, '') FROM quotes WHERE story = ?",
        (story_id,),
    )


def _reason(quote: Quote) -> str | None:
    """Why the verdict, as a reader of the table wants it: ``category: reference → printed``, one per difference."""
    reasons = getattr(quote, "reasons", ()) or ()
    parts = []
    for reason in reasons:
        words = f": {reason.reference} → {reason.printed}" if reason.reference or reason.printed else ""
        parts.append(f"{reason.category}{words}")
    return "; ".join(parts) or None


def _write_claims(db: sqlite3.Connection, story_id: str, claims: Sequence[Claim]) -> None:
    _write_rows(db, "claims", ("id", "text", "independent_sources", "single_outlet"), story_id, claims,
                lambda c: (c.id, c.text, c.independent_sources, int(c.single_outlet)))  # fmt: skip
    db.executemany(
        'INSERT INTO claim_sources (claim, article, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(c.id, s.article, s.span.start, s.span.end, s.text) for c in claims for s in c.sources],
    )


def _write_conflicts(db: sqlite3.Connection, story_id: str, conflicts: Sequence[Conflict]) -> None:
    _write_rows(db, "conflicts", ("id", "kind", "about", "reason"), story_id, conflicts,
                lambda c: (c.id, c.kind, c.about, getattr(c, "reason", None) or None))  # fmt: skip
    body: list[tuple[str, str, str, str | None, int, int]] = []
    titles: list[tuple[str, str, str, str | None, int, int]] = []
    for c in conflicts:
        for v in c.values:
            (titles if v.in_title else body).append((c.id, v.article, v.value, v.normalised, v.span.start, v.span.end))
    db.executemany(
        'INSERT INTO conflict_values (conflict, article, value, normalised, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
        body,
    )
    # a headline's value (span into the title) names the column; the body's leave it at its default, so the
    # version-2 migration, which writes decoded version-1 findings before the column exists, still runs
    if titles:
        db.executemany(
            'INSERT INTO conflict_values (conflict, article, value, normalised, start, "end", in_title)'
            " VALUES (?, ?, ?, ?, ?, ?, 1)",
            titles,
        )


def _write_entities(db: sqlite3.Connection, story_id: str, entities: Sequence[Entity]) -> None:
    _write_rows(db, "entities", ("id", "name", "type"), story_id, entities, lambda e: (e.id, e.name, e.type))
    db.executemany(
        'INSERT INTO mentions (entity, article, start, "end", text, type) VALUES (?, ?, ?, ?, ?, ?)',
        [(e.id, m.article, m.span.start, m.span.end, m.text, m.type) for e in entities for m in e.mentions],
    )


def read_findings(db: sqlite3.Connection, story_id: str) -> Report:
    """A story's findings, from the tables, as the report fragment the story stage made."""
    fields: dict[str, tuple[Any, ...]] = {}
    for name in STORY_FINDINGS:
        table, _ = FINDING_TABLES[name]
        decoder = _decoders[name]
        rows = db.execute(f"SELECT data FROM {table} WHERE story = ? ORDER BY seq", (story_id,))
        fields[name] = tuple(decoder.decode(r[0]) for r in rows)
    return Report(**fields)  # type: ignore[arg-type]


# --- stories and reports -----------------------------------------------------------------------


STORY_COLUMNS = 'label, start, "end", independent_sources, stale, storyline, inferred'
"""The columns of ``stories`` a story is read from (:func:`story_from_row`)."""


def story_from_row(
    story_id: str,
    row: Sequence[Any],
    articles: tuple[str, ...],
    *,
    coverage: int | None = None,
    outlets: tuple[str, ...] = (),
) -> tuple[Story, bool]:
    """A story from its row of :data:`STORY_COLUMNS` and its members, and whether its findings are stale."""
    label, start, end, sources, stale, storyline, inferred = row
    story = Story(
        id=story_id,
        label=label,
        articles=articles,
        start=start,
        end=end,
        independent_sources=sources,
        coverage=coverage,
        outlets=outlets,
        storyline=storyline,
        inferred_dates=inferred_dates(inferred),
    )
    return story, bool(stale)


def read_story(db: sqlite3.Connection, story_id: str) -> tuple[Story, bool] | None:
    """A stored story with its members in order of arrival, and whether its findings are stale."""
    row = db.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    members = tuple(r[0] for r in db.execute("SELECT id FROM articles WHERE story = ? ORDER BY seq", (story_id,)))
    return story_from_row(story_id, row, members)


def read_analyses(db: sqlite3.Connection, story_id: str) -> list[ArticleAnalysis]:
    """The analyses of a story's articles, in order of arrival."""
    rows = db.execute("SELECT analysis FROM articles WHERE story = ? ORDER BY seq", (story_id,))
    return [_analysis_decoder.decode(r[0]) for r in rows]


def outlets_around(db: sqlite3.Connection, story: Story) -> list[tuple[str, str | None, str | None]]:
    """``(id, outlet, published)`` of the story's articles and of every article with an outlet in its days.

    What :func:`newsfuse.compare.sources.absent_outlets` needs to name the
    outlets that did not carry the story.
    """
    if not story.start or not story.end:
        return []
    first, last = story.start[:10], story.end[:10]
    # The range on ``published`` itself lets the index find the days; the substr test keeps the meaning exact.
    rows = db.execute(
        "SELECT seq, id, outlet, published FROM articles WHERE story = ?"
        " UNION SELECT seq, id, outlet, published FROM articles WHERE outlet IS NOT NULL"
        " AND published >= ? AND published < ? AND substr(published, 1, 10) BETWEEN ? AND ?"
        " ORDER BY 1",
        (story.id, first, last + LAST_CHARACTER, first, last),
    )
    return [(str(i), outlet, published) for _, i, outlet, published in rows]


def stories_named(db: sqlite3.Connection, reference: str) -> list[str]:
    """The story whose id is ``reference``, else up to two whose id starts with it (through the id's index)."""
    exact = db.execute("SELECT id FROM stories WHERE id = ?", (reference,)).fetchone()
    if exact is not None:
        return [str(exact[0])]
    rows = db.execute(
        "SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (reference, reference + LAST_CHARACTER)
    )
    return [str(r[0]) for r in rows]


def story_state(db: sqlite3.Connection, story_id: str) -> tuple[int, int, int, int] | None:
    """What a story's report is a function of, as numbers that change whenever it may (None: no such story).

    ``(revision, size, stale, around)``: the findings' revision (bumped by
    every rewrite), the number of articles, whether the findings lag behind
    them, and the highest ``articles.seq`` among the articles
    :func:`outlets_around` reads besides the story's own (articles are only
    ever added, so a new one in the story's days raises it: the absent
    outlets may have changed).
    """
    row = db.execute('SELECT revision, size, stale, start, "end" FROM stories WHERE id = ?', (story_id,)).fetchone()
    if row is None:
        return None
    revision, size, stale, start, end = row
    around = 0
    if start and end:
        first, last = start[:10], end[:10]
        found = db.execute(
            "SELECT max(seq) FROM articles WHERE outlet IS NOT NULL"
            " AND published >= ? AND published < ? AND substr(published, 1, 10) BETWEEN ? AND ?",
            (first, last + LAST_CHARACTER, first, last),
        ).fetchone()
        around = int(found[0] or 0)
    return int(revision), int(size), int(stale), around


class _ArticleOnly(msgspec.Struct):
    """The article of a stored analysis: decoding it skips the rest (sentences, quotes, mentions...)."""

    article: Article


_article_decoder = msgspec.msgpack.Decoder(_ArticleOnly)


def read_articles(db: sqlite3.Connection, story_id: str) -> list[Article]:
    """A story's articles, in order of arrival (without the rest of their analyses)."""
    rows = db.execute("SELECT analysis FROM articles WHERE story = ? ORDER BY seq", (story_id,))
    return [_article_decoder.decode(r[0]).article for r in rows]


def write_options(db: sqlite3.Connection, options: Options) -> None:
    """Record the options an ingest runs with: the findings it computes are computed with them, and so is a
    stale story's on reading (:func:`stored_report`). The ingest records them only where it computes something
    (:mod:`newsfuse.store.ingest`), so a story it did not touch may hold findings of an earlier ingest's options.
    How many processes ran it (``jobs``) is none of the findings' settings, and is not kept: a store is the same
    however many computed it."""
    kept = msgspec.structs.replace(options, jobs=Options().jobs)
    db.execute("INSERT OR REPLACE INTO settings (name, value) VALUES ('options', ?)", (msgspec.msgpack.encode(kept),))


def read_options(db: sqlite3.Connection) -> Options:
    """The options of the store's last ingest that computed anything (:func:`write_options`); the defaults where
    none is recorded (a store no ingest has written since schema version 7)."""
    row = db.execute("SELECT value FROM settings WHERE name = 'options'").fetchone()
    return msgspec.msgpack.decode(row[0], type=Options) if row else Options()


def stored_report(db: sqlite3.Connection, story_id: str) -> Report | None:
    """One story's report from the tables alone, as ``analyze --format json`` gives it (None: no such story).

    A stale story (an interrupted ingest) has its findings computed on the
    fly, with the options the store was built with (:func:`read_options`),
    and not written: reading never changes the store.
    """
    from newsfuse.compare.sources import sized_story
    from newsfuse.ingest.outlets import outlets_of
    from newsfuse.pipeline import merge_reports
    from newsfuse.runner import run_story, story_findings

    found = read_story(db, story_id)
    if found is None:
        return None
    story, stale = found
    if stale:
        analyses = read_analyses(db, story_id)
        articles = [a.article for a in analyses]
        part = run_story(story, analyses, read_options(db), around=outlets_around(db, story))
        story, findings = part.stories[0], story_findings(part)
    else:
        articles = read_articles(db, story_id)
        findings = read_findings(db, story_id)
        story = sized_story(story, articles, findings.sources, outlets_around(db, story))
    base = Report(articles=tuple(articles), outlets=outlets_of(articles), stories=(story,))
    return merge_reports(base, [findings])
