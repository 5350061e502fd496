"""Cutting an article body into highlighted segments from finding spans.

The HTML and Markdown reports show each article with its findings marked
where they stand. Nothing is re-searched: every mark comes from a finding's
:class:`~newsfuse.model.Span`. Overlapping findings (a misspelling inside a
quotation, a claim that contains a quotation) are handled by cutting the
body at every span boundary, so each piece of text knows every finding that
covers it; the renderers then escape each piece on its own, which is what
keeps untrusted article text inert.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from newsfuse.model import Span

__all__ = ["Mark", "Segment", "paragraphs", "segment_body"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A finding to highlight: where, what kind, and the anchor that links to it.

    ``kinds`` are CSS-safe class names from a fixed vocabulary (``quote``,
    ``v-altered``...); ``token`` is a generated anchor id (never article data).
    A finding over several spans (a quotation across paragraphs) has one mark
    per span with the same token; only the first is the ``anchor``.
    """

    span: Span
    kinds: tuple[str, ...]
    token: str
    title: str = ""
    anchor: bool = True


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of body text covered by the same findings.

    ``anchors`` are the tokens of the findings that *start* here (the link
    targets); ``tokens`` are all findings covering it (so a click can light up
    a whole quotation); ``title`` is a tooltip.
    """

    text: str
    kinds: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    title: str = ""

    @property
    def marked(self) -> bool:
        return bool(self.tokens)


def segment_body(body: str, marks: Iterable[Mark]) -> tuple[Segment, ...]:
    """``body`` cut at every mark boundary; marks outside the body are dropped, reversed ones ignored."""
    size = len(body)
    usable = [m for m in marks if 0 <= m.span.start < m.span.end <= size]
    if not usable:
        return (Segment(body),) if body else ()
    cuts = sorted({0, size, *(m.span.start for m in usable), *(m.span.end for m in usable)})
    starts: dict[int, list[Mark]] = {}
    for mark in usable:
        starts.setdefault(mark.span.start, []).append(mark)
    active: list[Mark] = []
    segments: list[Segment] = []
    for left, right in pairwise(cuts):
        active = [m for m in active if m.span.end > left]
        opening = starts.get(left, [])
        active.extend(opening)
        if not active:
            segments.append(Segment(body[left:right]))
            continue
        kinds: list[str] = []
        for mark in active:
            kinds.extend(k for k in mark.kinds if k not in kinds)
        segments.append(
            Segment(
                body[left:right],
                kinds=tuple(kinds),
                tokens=tuple(m.token for m in active),
                anchors=tuple(m.token for m in opening if m.anchor),
                title=" · ".join(m.title for m in active if m.title),
            )
        )
    return tuple(segments)


def paragraphs(segments: Iterable[Segment]) -> tuple[tuple[Segment, ...], ...]:
    """Segments regrouped into paragraphs at newlines (a mark across a break is split in two)."""
    result: list[tuple[Segment, ...]] = []
    current: list[Segment] = []
    for segment in segments:
        pieces = segment.text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                if current:
                    result.append(tuple(current))
                current = []
            if piece:
                anchors = segment.anchors if i == 0 or not any(p for p in pieces[:i]) else ()
                current.append(Segment(piece, segment.kinds, segment.tokens, anchors, segment.title))
    if current:
        result.append(tuple(current))
    return tuple(p for p in result if any(s.text.strip() for s in p))
