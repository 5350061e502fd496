"""The Markdown report: the HTML report's content for a newsroom doc or a ticket.

Same sections, same order, same labels as the HTML page (both come from
:mod:`newsfuse.report.view`); links become "outlet, ¶N" references because
Markdown has no reliable way to point into a paragraph. Article text is
untrusted and Markdown passes raw HTML through, so every piece of input text
is escaped (:func:`escape`): markup characters are backslash-escaped, ``<`` and
``>`` can open no tag, and a line cannot start a heading, list or quote.

Everything is printed whole except the shared passages: the longest
``PASSAGES_SHOWN.markdown`` of them (the rest counted, with the formats that
hold them all), each clipped at a word boundary to :data:`PASSAGE_CLIP` (200)
characters. A passage can run to paragraphs, and the list is an index beside
its length in words and its places: two or three lines of a document or a
ticket let a reader recognise it, more than the terminal's
:data:`~newsfuse.report.text.PASSAGE_LENGTH` because a document is not read a
screen at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsfuse.model import Report
from newsfuse.report.highlight import Segment
from newsfuse.report.legend import HIGHLIGHT_LEGEND, count_lines, legend_lines
from newsfuse.report.view import PASSAGES_SHOWN, ArticleView, Link, ReportView, StoryView, storyline_fact, stream_view
from newsfuse.report.worddiff import Piece

__all__ = ["escape", "iter_markdown", "render_markdown"]

PASSAGE_CLIP = 200
"""The most characters of a shared passage the list prints (module docstring)."""

_SPECIAL = re.compile(r"([\\`*\[\]<>#|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z]))")
_LINE_START = re.compile(r"^([ \t]*)([-+=]|\d+[.)])", re.MULTILINE)


def _protect_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():
        return f"{indent}{marker[:-1]}\\{marker[-1]}"
    return f"{indent}\\{marker}"


def escape(text: str) -> str:
    """Input text made literal in Markdown (and in any HTML a Markdown tool lets through)."""
    return _LINE_START.sub(_protect_line_start, _SPECIAL.sub(r"\\\1", text))


def _clip(text: str, limit: int = PASSAGE_CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _cell(text: str) -> str:
    """Escaped text for a table cell (one line)."""
    return escape(" ".join(text.split()))


def _ref(link: Link) -> str:
    where = f", ¶{link.paragraph}" if link.paragraph else ""
    return f"{_cell(link.label)}{where}"


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _pieces(pieces: Iterable[Piece]) -> str:
    out: list[str] = []
    for kind, words in pieces:
        text = escape(words)
        out.append(f"~~{text}~~" if kind == "del" else f"**{text}**" if kind == "ins" else text)
    return " ".join(out)


def _segment(segment: Segment) -> str:
    text = escape(segment.text)
    if "quote" not in segment.kinds and "misspelling" not in segment.kinds:
        return text
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()) :]
    marked = f"**{core}**" if "quote" in segment.kinds else core
    if "misspelling" in segment.kinds:
        marked = f"{marked} \\[sic\\]"
    return f"{lead}{marked}{tail}"


def _glance(story: StoryView) -> list[str]:
    facts = [_plural(len(story.articles), "article")]
    if story.coverage is not None:
        facts.append("coverage " + _plural(story.coverage, "outlet"))
    if story.independent_sources is not None:
        facts.append(_plural(story.independent_sources, "independent source"))
    if story.start:
        facts.append(story.start + (f" – {story.end}" if story.end and story.end != story.start else ""))
    facts.append(storyline_fact(story))
    verdicts = ", ".join(f"{n} {v}" for v, n in story.verdicts)
    facts.append(_plural(story.quote_count, "quotation") + (f" ({verdicts})" if verdicts else ""))
    lines = ["### At a glance", "", escape("; ".join(facts)) + "."]
    if story.outlets:
        lines += ["", "Carried by: " + ", ".join(escape(o) for o in story.outlets) + "."]
    if story.absent_outlets:
        absent = ", ".join(escape(o) for o in story.absent_outlets)
        lines += ["", f"Not carried by (seen the same days): {absent}."]
    if story.wire_groups:
        groups = "; ".join(
            " + ".join(escape(label) for label in g.outlets) + (f" (origin: {escape(g.origin)})" if g.origin else "")
            for g in story.wire_groups
        )
        lines += ["", f"Counted as one source (copies of one text): {groups}."]
    lines += ["", "| Outlet | Published | Headline | Words |", "|---|---|---|---:|"]
    for a in story.articles:
        headline = f"[{_cell(a.headline)}]({a.url})" if a.url else _cell(a.headline)
        if a.reprint_of:
            headline += f" (reprint of {_cell(a.reprint_of)})"
        lines.append(f"| {_cell(a.outlet)} | {_cell(a.date or '—')} | {headline} | {a.words} |")
    return lines


def _summary(story: StoryView) -> list[str]:
    lines = ["### Summary", ""]
    if not story.summary:
        return [*lines, "_No summary sentences found._"]
    for n, s in enumerate(story.summary, 1):
        cites = ", ".join(escape(c.label) for c in s.cites)
        lines.append(f"{n}. {escape(s.text)} \\[{cites}\\]")
    return lines


def _quotes(story: StoryView) -> list[str]:
    lines = ["### Quotes by speaker"]
    if not story.speakers:
        return [*lines, "", "_No quotations found._"]
    for sp in story.speakers:
        unnamed = " (unnamed source)" if sp.unnamed else ""
        lines += ["", f"#### {escape(sp.speaker)}{unnamed} — {_plural(len(sp.entries), 'quotation')}", ""]
        for e in sp.entries:
            partial = " (partial)" if e.quote.kind == "partial" else ""
            if e.quote.misattributed:
                partial += " **MISATTRIBUTED** (other outlets give these words to another speaker)"
            where = _ref(e.link)
            if e.quote.speaker and e.quote.speaker.mention:
                where += f" · “{escape(e.quote.speaker.mention)}”"
            if e.also_in:
                where += " · the same remark in " + ", ".join(escape(x) for x in e.also_in)
            lines.append(f"- **{e.verdict.upper()}**{partial} “{escape(e.quote.text)}” — {where}")
            lines += [f"  - why: {escape(reason)}" for reason in e.reasons]
            if e.has_diff:
                lines.append(f"  - {escape(e.reference_label)}: {_pieces(e.left)}")
                lines.append(f"  - {escape(e.link.label)}: {_pieces(e.right)}")
            elif e.diff_note:
                lines.append(f"  - no diff: {escape(e.diff_note)}")
    return lines


def _claims(story: StoryView) -> list[str]:
    lines = ["### Claims by independent outlets", ""]
    if not story.claims:
        return [*lines, "_No claims found._"]
    lines += ["| Outlets | Independent | Claim | Reported by |", "|---:|---:|---|---|"]
    for c in story.claims:
        one = " (one outlet)" if c.claim.single_outlet else ""
        refs = "; ".join(_ref(link) for link in c.sources)
        lines.append(f"| {len(c.outlets)} | {c.claim.independent_sources} | {_cell(c.claim.text)}{one} | {refs} |")
    return lines


def _conflicts(story: StoryView) -> list[str]:
    lines = ["### Conflicts", ""]
    if not story.conflicts:
        return [*lines, "_No conflicts found._"]
    for c in story.conflicts:
        values = "; ".join(f"“{escape(value)}” in {_ref(link)}" for value, link in c.values)
        lines.append(f"- **{escape(c.conflict.about)}** ({c.conflict.kind}): {values}")
    return lines


def _entities(story: StoryView) -> list[str]:
    lines = ["### People, organisations and places", ""]
    if not story.entities:
        return [*lines, "_No entities found._"]
    lines += ["| Name | Type | Also called | Roles | Outlets | Misspelt |", "|---|---|---|---|---:|---|"]
    for e in story.entities:
        wrong = "; ".join(f"“{escape(m.misspelling.written)}” in {_ref(m.link)}" for m in e.misspellings)
        lines.append(
            f"| {_cell(e.entity.name)} | {e.entity.type} | {_cell(', '.join(e.entity.aliases))} "
            f"| {_cell(', '.join(e.entity.roles))} | {e.outlets} | {wrong} |"
        )
    return lines


def _bar(original: float, width: int = 20) -> str:
    filled = round(original * width)
    return "█" * filled + "░" * (width - filled)


def _originality(story: StoryView) -> list[str]:
    lines = ["### Originality", ""]
    if not story.originality:
        lines.append("_No originality figures found._")
    else:
        lines += [
            "| Outlet | Own words | Original | Shared quotations | Other shared text |",
            "|---|---|---:|---:|---:|",
        ]
        for o in story.originality:
            lines.append(
                f"| {_cell(o.label)} | `{_bar(o.original)}` | {o.original:.0%} "
                f"| {o.shared_quotations:.0%} | {o.shared:.0%} |"
            )
    if story.passages:
        lines += ["", f"Shared passages ({len(story.passages)}, longest first):", ""]
        for p in story.passages[: PASSAGES_SHOWN.markdown]:
            kind = "quotation" if p.quotation else "prose"
            origin = f", origin {escape(p.origin)}" if p.origin else ""
            places = "; ".join(_ref(link) for link in p.places)
            lines.append(f"- {p.words} words, {kind}{origin}: “{escape(_clip(p.text))}” — {places}")
        if (hidden := len(story.passages) - PASSAGES_SHOWN.markdown) > 0:
            lines.append(
                f"- … and {hidden} shorter passages: `--format json` lists them all, `--format html` marks them"
            )
    if story.reuse:
        lines += ["", "Shared text between pairs of outlets:", ""]
        for r in story.reuse:
            lines.append(
                f"- {escape(r.left)} ↔ {escape(r.right)}: {r.overlap:.0%} overlap, "
                f"{_plural(r.passages, 'passage')} ({r.words} words)"
            )
    return lines


def _timeline(story: StoryView) -> list[str]:
    lines = ["### Timeline", ""]
    if not story.timeline:
        return [*lines, "_No dated events found._"]
    for t in story.timeline:
        refs = ", ".join(_ref(link) for link in t.sources)
        lines.append(f"- **{escape(t.when)}** {escape(t.event)} \\[{refs}\\]")
    return lines


def _article(article: ArticleView) -> list[str]:
    meta = [article.label]
    if article.article.author:
        meta.append(article.article.author)
    if article.date:
        meta.append(article.date)
    meta.append(_plural(article.words, "word"))
    if article.reprint_of:
        meta.append(f"reprint of {article.reprint_of}")
    lines = [f"#### {escape(article.headline)}", "", "_" + escape(" · ".join(meta)) + "_"]
    if article.url:
        lines += ["", f"<{article.url}>"]
    for n, paragraph in enumerate(article.paragraphs, 1):
        lines += ["", f"¶{n} " + "".join(_segment(s) for s in paragraph).strip()]
    return lines


def _story(story: StoryView, several: bool) -> list[str]:
    number = f"{story.number}. " if several else ""
    lines = [f"## {number}{escape(story.story.label)}", ""]
    for section in (_glance, _summary, _quotes, _claims, _conflicts, _entities, _originality, _timeline):
        lines += [*section(story), ""]
    lines += ["### Articles", "", "_Quotations in bold; \\[sic\\] after a misspelt name._"]
    for article in story.articles:
        lines += ["", *_article(article)]
    return lines


def _blocks(view: ReportView) -> Iterator[list[str]]:
    """The document's lines, a block at a time: the heading and the list of stories, each story, the legends."""
    several = len(view.index) > 1
    lines = [
        "# newsfuse report",
        "",
        f"{_plural(view.article_count, 'article')} in {_plural(len(view.index), 'story', 'stories')}.",
    ]
    if view.problems:
        lines += ["", "Input problems:", "", *(f"- {escape(p)}" for p in view.problems)]
    if several:
        lines += ["", "## Stories", ""]
        for s in view.index:
            extra = f", {s.independent_sources} independent" if s.independent_sources else ""
            lines.append(
                f"{s.number}. {escape(s.story.label)} — {_plural(len(s.articles), 'article')}{extra}, "
                f"{_plural(s.quote_count, 'quotation')}"
            )
    yield lines
    for story in view.stories:
        yield ["", *_story(story, several)]
    if view.any_quotations:
        yield ["", "## What the verdicts mean", "", *(f"- {escape(line)}" for line in legend_lines())]
    if view.index:
        marks = [f"{mark}: {meaning}" for mark, meaning in HIGHLIGHT_LEGEND["markdown"]]
        yield [
            *["", "## What the counts mean", "", *(f"- {escape(line)}" for line in count_lines())],
            *["", "## How words are marked", "", *(f"- {escape(line)}" for line in marks)],
        ]


def iter_markdown(report: Report) -> Iterator[str]:
    """The Markdown document in pieces, one per story (each story's view is built, written and let go in turn).

    The pieces joined are the blocks' lines joined by line breaks, the end stripped of blank space, plus one.
    """
    held: str | None = None
    for block in _blocks(stream_view(report)):
        if held is not None:
            yield held
        held = ("\n" if held is not None else "") + "\n".join(block)
    yield (held or "").rstrip() + "\n"


def render_markdown(report: Report) -> str:
    """The report as a Markdown document."""
    return "".join(iter_markdown(report))
