"""Cleaning plain-text articles: boilerplate out, metadata recognised, offsets kept.

Plain text copied from the web has no markup to say what is article and what
is page furniture, so cleaning works line by line: each non-empty line of the
original is a paragraph, and each is either article text, page furniture
(:mod:`newsfuse.ingest.furniture`) or metadata (:mod:`newsfuse.ingest.metadata`).

Cleaning never rewrites words or quotation marks: it drops whole lines,
moves a dateline prefix out of the first paragraph, turns no-break spaces
into spaces and collapses runs of whitespace
(:mod:`newsfuse.ingest.normalise`). The one exception is mis-encoded text
("JosÃ©" for "José", "â€œ" for "“"), decoded as the UTF-8 it was before any
rule reads the lines (:mod:`newsfuse.ingest.mojibake`). Kept paragraphs are joined with a blank
line, and every kept character remembers its offset in the original through
an :class:`~newsfuse.model.OffsetMap`.

Reads one decoded text (:func:`clean_text`); writes a :class:`CleanText`:
the body, its offset map, the metadata found (title, byline, date, dateline,
outlet and address lines) and every dropped line with its reason
(:class:`~newsfuse.model.Boilerplate`). Where a rule looks is bounded, each
bound named:

* :data:`HEADER_LINES` (12): bylines and publication lines are looked for
  among the first lines only. A page's header (headline, standfirst, byline,
  date, share bar) fits in a dozen lines; further down, "By Monday, ..." or
  a date at a line's start is article text.
* :data:`LIST_LENGTH` (8): after a list heading ("Most read", "Related"),
  at most this many headline-shaped lines of at most :data:`TEASER_MAX_WORDS`
  (25) words are dropped as its links (a teaser is a headline, a little
  shorter than the longest a page's own headline may be). Such
  widgets commonly list five to eight; past them, a short title-case line is more
  likely the article's own subheading.
* :data:`TAIL_WORDS` (4) and :data:`TAIL_LINES` (4): after the page's last
  share bar, a run of at most four unpunctuated lines of at most four words
  each is widget headings whose links were not copied, and is dropped; a
  longer run, or a longer or punctuated line, may be the article going on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsfuse.ingest.dates import parse_published
from newsfuse.ingest.furniture import furniture_kind, is_agency_signoff, is_credit_line
from newsfuse.ingest.metadata import (
    HEADLINE_MAX_CHARS,
    is_headline_shaped,
    is_update_line,
    match_byline,
    match_dateline,
    match_published,
    match_source_line,
)
from newsfuse.ingest.mojibake import looks_misencoded, repair_encoding, repair_lines
from newsfuse.ingest.normalise import NormalLine, split_lines
from newsfuse.model import Boilerplate, Dateline, OffsetMap, Span

__all__ = ["CleanText", "clean_text", "parse_published"]

HEADER_LINES = 12
"""Bylines and publication lines are only looked for among the first lines of a page."""
LIST_LENGTH = 8
"""At most this many headline-shaped lines after a list heading are taken for its links."""
TEASER_MAX_WORDS = 25
"""The most words of a line taken for a list's link (a teaser headline)."""
TAIL_WORDS = 4
"""Unpunctuated lines of at most this many words between the page's last share bar and its end are widget
headings whose links were not copied (invented: ``Share:`` then ``Around the Region`` then ``Editors’ Choice``):
the article has ended."""
TAIL_LINES = 4
"""At most this many such lines make a page's tail; a longer run after a share bar is left as text."""
_TITLE_COPY_SLACK = 20
"""A line this many characters longer or shorter than the title is no copy of it (tested before the key)."""
_NON_WORD = re.compile(r"\W+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\s+#+$")
"""The marks of a Markdown heading ("# Title"), which are not part of the headline."""
_TAIL_STOP = re.compile(r'[.!?:;,"“”]')
"""Punctuation a widget heading does without: a line with it may be a sentence or a sign-off's credit."""
_SIGNOFF_MARKS = re.compile(r"^[-–—(\s]+|[)\s.]+$")


@dataclass
class CleanText:
    """The result of cleaning: body, metadata and the offset map."""

    body: str
    offsets: OffsetMap
    title: str | None = None
    author: str | None = None
    published: str | None = None
    dateline: Dateline | None = None
    credit: str | None = None
    outlet: str | None = None
    url: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


class _Cleaner:
    """One pass over the paragraphs of one text; holds what was found so far."""

    def __init__(self, paragraphs: list[NormalLine], known_title: str | None) -> None:
        self.paragraphs = paragraphs
        self.keep = [True] * len(paragraphs)
        self.removed: list[Boilerplate] = []
        self.result = CleanText(body="", offsets=OffsetMap())
        self.title = known_title.strip() if known_title and known_title.strip() else None
        self.title_key = _key(self.title) if self.title else None
        self.cuts: dict[int, int] = {}  # paragraph index -> characters cut from its front (a dateline)

    def drop(self, index: int, reason: str) -> None:
        line = self.paragraphs[index]
        self.keep[index] = False
        self.removed.append(Boilerplate(text=line.text, reason=reason, span=Span(line.start, line.end)))

    def is_title_copy(self, text: str) -> bool:
        if self.title_key is None or abs(len(text) - len(self.title_key)) > _TITLE_COPY_SLACK:
            return False
        return _key(text) == self.title_key

    def run(self) -> CleanText:
        result = self.result
        list_left = 0  # headline-shaped lines still to drop after a list heading
        for i, line in enumerate(self.paragraphs):
            text = line.text
            is_last = i == len(self.paragraphs) - 1
            kind = furniture_kind(text)
            if kind == "page widget" and is_last and is_agency_signoff(text):
                kind = None  # "Reuters" alone: a photo credit mid-page, the agency's sign-off at the end
            if kind is not None:
                self.drop(i, kind)
                list_left = LIST_LENGTH if kind == "list heading" else 0
                continue
            teaser = list_left and is_headline_shaped(text, max_words=TEASER_MAX_WORDS)
            if teaser and not (is_last and is_agency_signoff(text)):
                self.drop(i, "teaser headline")
                list_left -= 1
                continue
            list_left = 0
            if len(text) > HEADLINE_MAX_CHARS:
                continue  # a paragraph of text: no metadata line is longer than a headline
            if self.is_title_copy(text):
                self.drop(i, "repeated headline")
                continue
            if i < HEADER_LINES and self.header_line(i, text):
                continue
            if is_credit_line(text):
                self.drop(i, "credit line")
        self.share_bar_tail()
        self.trailing_signoff()
        self.opening_dateline()
        self.build()
        result.title = self.title
        result.boilerplate = sorted(self.removed, key=lambda b: b.span.start if b.span else 0)
        return result

    def header_line(self, i: int, text: str) -> bool:
        """Headline, byline, publication and update lines near the top; True when the line was dropped."""
        result = self.result
        if self.source_line(i, text):
            return True
        if result.author is None:
            byline = match_byline(text)
            if byline is not None:
                result.author, organisation = byline
                if organisation is not None and result.credit is None:
                    result.credit = organisation
                self.drop(i, "byline")
                return True
        published = match_published(text)
        if published is not None:
            if result.published is None:
                result.published = published
            self.drop(i, "publication date")
            return True
        if is_update_line(text):
            self.drop(i, "update date")
            return True
        # the first line that is not furniture is the headline, if it looks like one and text follows
        if self.title is None and not any(self.keep[:i]) and i + 1 < len(self.paragraphs) and is_headline_shaped(text):
            self.title = _MARKDOWN_HEADING.sub("", text) or text
            self.title_key = _key(text)
            self.keep[i] = False
            return True
        return False

    def source_line(self, i: int, text: str) -> bool:
        """An ``Outlet:`` or ``URL:`` line at the top of a file: kept as metadata; True when dropped."""
        found = match_source_line(text)
        if found is None:
            return False
        label, value = found
        if label == "outlet" and self.result.outlet is None:
            self.result.outlet = value
        elif label == "url" and self.result.url is None:
            self.result.url = value
        self.drop(i, f"{label} line")
        return True

    def kept(self) -> list[int]:
        return [i for i, keep in enumerate(self.keep) if keep]

    def share_bar_tail(self) -> None:
        """Short unpunctuated lines that follow the page's last share bar to its end go as widget headings.

        A share bar closes an article on the page it was copied from; what
        stands after it and is no sentence (a few words, no full stop) is the
        page's furniture, whatever its words.
        """
        kept = self.kept()
        bars = [b.span.end for b in self.removed if b.reason == "share bar" and b.span is not None]
        if not kept or not bars:
            return
        after = [i for i in kept if self.paragraphs[i].start >= max(bars)]
        if after and is_agency_signoff(self.paragraphs[after[-1]].text):
            after.pop()  # "Share" then "GNA": the agency's sign-off, for trailing_signoff
        if not after or len(after) > TAIL_LINES:
            return
        texts = [self.paragraphs[i].text for i in after]
        if all(
            len(t.split()) <= TAIL_WORDS and not _TAIL_STOP.search(t) and any(c.isalpha() for c in t) for t in texts
        ):
            for i in after:
                self.drop(i, "page widget")

    def trailing_signoff(self) -> None:
        """A short last line naming the agency ("GNA", "— Reuters") goes, and names the credit if none is known."""
        kept = self.kept()
        if len(kept) > 1 and is_agency_signoff(self.paragraphs[kept[-1]].text):
            self.drop(kept[-1], "agency sign-off")
            if self.result.credit is None:
                self.result.credit = _SIGNOFF_MARKS.sub("", self.paragraphs[kept[-1]].text) or None

    def opening_dateline(self) -> None:
        """A wire dateline opening the first paragraph moves out of the body into ``dateline``/``credit``."""
        kept = self.kept()
        if not kept:
            return
        first = self.paragraphs[kept[0]]
        found = match_dateline(first.text)
        if found is None:
            return
        start, end = first.source_span(0, found.stop)
        self.cuts = {kept[0]: found.end}
        self.result.dateline = Dateline(place=found.place, date=found.date, span=Span(start, end))
        if found.credit is not None:
            self.result.credit = found.credit

    def build(self) -> None:
        """The body (kept paragraphs joined by a blank line) and its offset map."""
        parts: list[str] = []
        body_starts: list[int] = []
        source_starts: list[int] = []
        lengths: list[int] = []
        tails: list[int] = []
        pos = 0
        for i in self.kept():
            line = self.paragraphs[i]
            if parts:
                parts.append("\n\n")
                pos += 2
            cut = self.cuts.get(i, 0)
            text = line.text[cut:] if cut else line.text
            parts.append(text)
            if len(line.pieces) == 1 and not cut:  # the usual paragraph: one run of the original
                body_starts.append(pos)
                source_starts.append(line.pieces[0].source)
                lengths.append(len(text))
                tails.append(line.pieces[0].tail)
            else:
                for piece in line.pieces_from(cut):
                    body_starts.append(pos + piece.start - cut)
                    source_starts.append(piece.source)
                    lengths.append(piece.length)
                    tails.append(piece.tail)
            pos += len(text)
        self.result.body = "".join(parts)
        self.result.offsets = OffsetMap(
            body_starts=tuple(body_starts),
            source_starts=tuple(source_starts),
            lengths=tuple(lengths),
            tails=tuple(tails) if any(tails) else (),
        )


def clean_text(text: str, *, known_title: str | None = None) -> CleanText:
    """Clean a plain-text article.

    ``known_title`` is a headline given by the container (JSONL field, HTML
    metadata): copies of it in the text are boilerplate, and no other line
    is taken for the headline.
    """
    paragraphs = split_lines(text, skip_blank=True)
    if looks_misencoded(text):  # mojibake ("JosÃ©", "â€œ"): repaired before anything reads the lines
        paragraphs = repair_lines(text, paragraphs)
        known_title = repair_encoding(known_title) if known_title else known_title
    return _Cleaner(paragraphs, known_title).run()
