"""Terminal sections for who wrote what and the story in brief.

Kept apart from :mod:`newsfuse.report.text` so the reuse stage's sections
can change without touching the rest of the terminal report.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsfuse.model import Article, Report, Story

__all__ = ["render_reuse_sections"]

_PASSAGES_SHOWN = 5


def _name(article_id: str, by_id: dict[str, Article]) -> str:
    article = by_id.get(article_id)
    return article.source.rsplit("/", 1)[-1] if article else article_id


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_reuse_sections(console: Console, report: Report, story: Story, by_id: dict[str, Article]) -> None:
    """Print originality, shared passages, independent sources and the cited summary of ``story``."""
    originality = [o for o in report.originality if o.story == story.id]
    if originality:
        console.print("[bold]Who wrote what[/bold] (share of each article's words)")
        table = Table(show_header=True, header_style="bold", expand=False)
        table.add_column("article")
        table.add_column("own", justify="right")
        table.add_column("shared prose", justify="right")
        table.add_column("shared quotations", justify="right")
        for row in originality:
            table.add_row(
                _name(row.article, by_id),
                f"{row.original:.0%}",
                f"{row.shared:.0%}",
                f"{row.shared_quotations:.0%}",
            )
        console.print(table)
    passages = [(r, p) for r in report.reuse if r.story == story.id for p in r.passages]
    if passages:
        passages.sort(key=lambda item: (-item[1].words, item[0].articles))
        console.print(f"[bold]Shared passages[/bold] ({len(passages)}; longest first)")
        for _, passage in passages[:_PASSAGES_SHOWN]:
            kind = "quotation" if passage.quotation else "prose"
            where = " = ".join(f"{_name(a, by_id)}[{s.start}:{s.end}]" for a, s in passage.spans)
            origin = f", origin {_name(passage.origin, by_id)}" if passage.origin else ""
            console.print(escape(f"  {passage.words} words, {kind}{origin}: {where}"))
            console.print(escape(f"    “{_clip(passage.text)}”"))
    groups = [g for g in report.sources if g.story == story.id]
    if groups:
        console.print(f"[bold]Independent sources[/bold]: {len(groups)}")
        for group in groups:
            if len(group.articles) > 1:
                names = ", ".join(_name(a, by_id) for a in group.articles)
                origin = f" (origin {_name(group.origin, by_id)})" if group.origin else ""
                console.print(escape(f"  one source: {names}{origin}"))
    summary = [s for s in report.summary if s.story == story.id]
    if summary:
        console.print("[bold]In brief[/bold]")
        for sentence in summary:
            cites = ", ".join(_name(a, by_id) for a in sentence.supporting)
            console.print(escape(f"  • {sentence.text} [{cites}]"))
