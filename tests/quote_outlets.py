"""Small stories for the verdict tests: one article per outlet, each printing its quotations in marks.

A case of :mod:`tests.test_verdicts` or :mod:`tests.test_verdicts_equivalence`
builds each outlet's analysed article with :func:`outlet` (the body holds any
reported speech first, then each quotation in curly marks after a lead such as
"He said: ") and hands them to :func:`~newsfuse.compare.utterances.align_utterances`.
Quote ids are ``{outlet}-q{n}`` in the order given.
"""

from __future__ import annotations

from newsfuse.model import Article, ArticleAnalysis, Quote, Span, Speaker

__all__ = ["Printed", "outlet"]

Printed = tuple[str, Speaker | None] | tuple[str, Speaker | None, str]
"""A quotation as an outlet printed it: its words, its speaker and, when not a full one, its kind."""


def outlet(name: str, *quotes: Printed, lead: str = "He said: ", reported: str = "") -> ArticleAnalysis:
    """An article whose body holds ``reported`` speech, then each quotation in marks after ``lead``."""
    body = reported
    found: list[Quote] = []
    for n, printed in enumerate(quotes):
        text, speaker = printed[0], printed[1]
        kind = printed[2] if len(printed) == 3 else "full"
        body += ("\n" if body else "") + lead + "“"
        start = len(body)
        body += text + "”"
        found.append(
            Quote(
                id=f"{name}-q{n}",
                article=name,
                text=text,
                spans=(Span(start, start + len(text)),),
                kind=kind,  # type: ignore[arg-type]
                speaker=speaker,
            )
        )
    return ArticleAnalysis(article=Article(id=name, source=f"{name}.txt", body=body), quotes=tuple(found))
