"""Cleaning plain-text articles: boilerplate out, metadata recognised, offsets kept.

Plain text copied from the web has no markup to say what is article and what
is page furniture, so this module works line by line with patterns of web
boilerplate (share bars, "Read more" teasers, widget headings such as "More
for You", repeated headlines, agency sign-offs) and of news metadata (a
headline, a byline, a publication line, a wire dateline with its credit).

Cleaning never rewrites words or quotation marks: it drops whole lines,
strips a dateline prefix, turns no-break spaces into spaces and collapses
runs of whitespace. Paragraphs (non-empty lines of the original) are joined
with a blank line. Every kept character remembers its offset in the
original, compressed into an :class:`~newsfuse.model.OffsetMap`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from newsfuse.model import Boilerplate, Dateline, OffsetMap, Span

__all__ = ["CleanText", "clean_text", "parse_published"]

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\ufeff\u00ad")

# ---------------------------------------------------------------- patterns
_SHARE = re.compile(
    r"^(?:share(?: (?:this|the) (?:article|story|page|post))?(?: on [\w ]+)?|tweet|email|e-mail|print|"
    r"copy link|whatsapp|facebook|twitter|linkedin|reddit|pinterest|"
    r"(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin)(?:\s*[|/·•,]\s*(?:share|tweet|email|"
    r"print|copy link|facebook|twitter|whatsapp|linkedin|x))+)\s*:?$",
    re.IGNORECASE,
)
_TEASER_HEAD = re.compile(
    r"^(?:read more|read also|also read|more on this(?: story)?|related(?: (?:news|articles?|stories|content|"
    r"coverage|reading|topics))?|see also|you may also like|recommended(?: reading| stories)?|"
    r"most (?:read|popular|viewed)|editor'?s picks?|don'?t miss|watch|listen)"
    r"(?: related (?:news|articles?|stories))?\s*(?::|\.{3}|…|»|>+|-)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^(?:more for you|more from [\w ]+|top followed|top stories|trending(?: now| stories)?|"
    r"popular(?: now| stories)?|latest(?: news| stories)?|recommended for you|you might also like|"
    r"advertisement|sponsored(?: content)?|ad feedback|skip advertisement|story continues below(?: advertisement)?|"
    r"sign up(?: for [\w ]+)?|subscribe(?: now| to [\w ]+)?|follow us(?: on [\w ,]+)?|click here[\w ,]*|"
    r"comments?|\d+ comments?|view comments|leave a comment|related topics|topics|tags?:.*|"
    r"image (?:source|caption)[:\w ,]*|getty images|photo:.*|listen to (?:this )?article.*|"
    r"\d+ min(?:ute)?s? read|back to top|loading\.*|continue reading)\s*:?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:author|by|written by|words by|reporter|byline)\s*[:\-–]?\s*"
    r"(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|da|di|la|le|bin|al))*"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)*)*)"
    r"(?:\s*(?:,|in|for|\||-|–)\s*(?P<rest>.*))?$",
)
_PUBLISHED = re.compile(
    r"^(?:published|posted|first published|date|published on|posted on)\s*(?:on|at)?\s*:?\s*(?P<date>.+)$",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"^(?:updated|last updated|last modified|modified)\s*(?:on|at)?\s*:?\s*.+$", re.IGNORECASE)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.\-]+(?:[ \-][A-Z][A-Za-z'’.\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<date>" + _MONTH + r"\s*\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?))?"
    r",?\s*\((?P<credit>[^()]{2,60})\)\s*[-–—]+\s*"
)
_SIGNOFF = re.compile(
    r"^(?:[-–—]\s*)?\(?(?:[A-Z][A-Za-z]*(?:[ /&][A-Z][A-Za-z]*){0,3}|[A-Z]{2,6}(?:/[A-Z]{2,6})*)\)?\.?$"
)
_REPORTING_BY = re.compile(r"^(?:\(?(?:reporting|additional reporting|writing|editing) by\b.*)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "for",
    "nor",
    "of",
    "on",
    "in",
    "to",
    "at",
    "by",
    "as",
    "is",
    "with",
    "from",
    "into",
    "over",
    "after",
    "up",
    "vs",
    "via",
    "than",
    "its",
    "his",
    "her",
    "their",
}


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
    boilerplate: list[Boilerplate] = field(default_factory=list)


@dataclass
class _Line:
    text: str  # normalised
    start: int  # offset of raw line start in original
    raw: str
    keep: bool = True
    cut: int = 0  # characters of the normalised text dropped from the front (dateline)


def _normalise(raw: str) -> str:
    return _SPACE.sub(" ", raw.translate(_ZERO_WIDTH)).strip()


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _is_headline_shaped(text: str, max_words: int = 30) -> bool:
    words = _WORD.findall(text)
    if not words or len(words) > max_words or len(text) > 250:
        return False
    if not _SENTENCE_END.search(text):
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS and len(w) > 3]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


def parse_published(value: str) -> str | None:
    """An ISO 8601 string for a publication date as written on the page, or None."""
    from dateutil import parser as date_parser

    value = value.strip().rstrip(".")
    if not re.search(r"\d", value):
        return None
    cleaned = re.sub(r"(?<=[A-Za-z]),(?=\s*\d)", "", value)  # "Feb, 26 2025" -> "Feb 26 2025"
    cleaned = re.sub(r"\b(?:GMT|UTC|BST|EST|EDT|CET|CEST|PST|PDT)\b", "", cleaned)
    try:
        default = datetime(1900, 1, 1)
        parsed = date_parser.parse(cleaned, fuzzy=True, default=default)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", value))
    if has_time:
        return str(parsed.replace(tzinfo=None).isoformat(timespec="minutes"))
    return str(parsed.date().isoformat())


def _split_lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.rstrip("\r\n")
        lines.append(_Line(text=_normalise(stripped), start=pos, raw=stripped))
        pos += len(raw)
    return lines


def _drop(line: _Line, reason: str, removed: list[Boilerplate]) -> None:
    line.keep = False
    removed.append(Boilerplate(text=line.text, reason=reason, span=Span(line.start, line.start + len(line.raw))))


def clean_text(text: str, *, known_title: str | None = None) -> CleanText:
    """Clean a plain-text article.

    ``known_title`` is a headline given by the container (JSONL field, HTML
    metadata): copies of it in the text are boilerplate, and no other line
    is taken for the headline.
    """
    lines = _split_lines(text)
    content = [ln for ln in lines if ln.text]
    removed: list[Boilerplate] = []
    result = CleanText(body="", offsets=OffsetMap())

    # Headline: the first line, when it is shaped like one and text follows.
    title = known_title.strip() if known_title else None
    if title is None and len(content) > 1 and _is_headline_shaped(content[0].text):
        title = content[0].text
        content[0].keep = False
    result.title = title
    title_key = _key(title) if title else None

    after_teaser = False
    for i, line in enumerate(content):
        if not line.keep:
            after_teaser = False
            continue
        t = line.text
        if title_key and _key(t) == title_key:
            _drop(line, "repeated headline", removed)
            continue
        if after_teaser and _is_headline_shaped(t, max_words=25):
            _drop(line, "teaser headline", removed)
            after_teaser = False
            continue
        after_teaser = False
        if _SHARE.match(t):
            _drop(line, "share bar", removed)
            continue
        teaser = _TEASER_HEAD.match(t)
        if teaser and len(t) <= 200 and (teaser.group("rest") == "" or t.lower().startswith(("read", "related"))):
            _drop(line, "read-more teaser", removed)
            after_teaser = teaser.group("rest") == ""
            continue
        if _WIDGET.match(t) and len(t) <= 80:
            _drop(line, "page widget", removed)
            continue
        if i < 12 and result.author is None:
            byline = _BYLINE.match(t)
            if byline and len(t) <= 120 and not _SENTENCE_END.search(t):
                result.author = byline.group("name").strip()
                _drop(line, "byline", removed)
                continue
        if i < 12:
            published = _PUBLISHED.match(t)
            if published and len(t) <= 80:
                iso = parse_published(published.group("date"))
                if iso is not None:
                    if result.published is None:
                        result.published = iso
                    _drop(line, "publication date", removed)
                    continue
            if _UPDATED.match(t) and len(t) <= 80 and parse_published(t.split(":", 1)[-1]) is not None:
                _drop(line, "update date", removed)
                continue
        if _REPORTING_BY.match(t) and len(t) <= 200:
            _drop(line, "agency sign-off", removed)
            continue

    kept = [ln for ln in content if ln.keep]
    # Trailing agency sign-off ("GNA", "(Reuters)", "— AP"): a short last line with no sentence in it.
    if len(kept) > 1:
        last = kept[-1]
        words = last.text.split()
        if (
            len(words) <= 3
            and len(last.text) <= 30
            and _SIGNOFF.match(last.text)
            and not _SENTENCE_END.search(last.text.rstrip("."))
        ):
            _drop(last, "agency sign-off", removed)
            kept.pop()

    # Dateline with agency credit at the start of the first paragraph.
    if kept:
        first = kept[0]
        match = _DATELINE.match(first.text)
        if match and match.end() < len(first.text):
            place = match.group("place").strip()
            date = match.group("date")
            credit = match.group("credit").strip()
            first.cut = match.end()
            source_span = _source_span(first, 0, match.end())
            result.dateline = Dateline(place=place, date=date.strip() if date else None, span=source_span)
            result.credit = credit

    # Build the body and the offset map.
    body_parts: list[str] = []
    body_starts: list[int] = []
    source_starts: list[int] = []
    lengths: list[int] = []
    pos = 0
    for n, line in enumerate(kept):
        if n:
            body_parts.append("\n\n")
            pos += 2
        for seg_text, seg_src in _segments(line):
            body_parts.append(seg_text)
            body_starts.append(pos)
            source_starts.append(seg_src)
            lengths.append(len(seg_text))
            pos += len(seg_text)
    result.body = "".join(body_parts)
    result.offsets = OffsetMap(
        body_starts=tuple(body_starts), source_starts=tuple(source_starts), lengths=tuple(lengths)
    )
    result.boilerplate = sorted(removed, key=lambda b: b.span.start if b.span else 0)
    return result


def _char_sources(line: _Line) -> list[tuple[str, int]]:
    """Each character of the normalised line with its offset in the original.

    A whitespace run becomes one space mapped to the run's first character;
    zero-width characters are dropped.
    """
    chars: list[tuple[str, int]] = []
    pending: int | None = None
    for idx, ch in enumerate(line.raw):
        if ch in "\u200b\u200c\u200d\ufeff\u00ad":
            continue
        if _SPACE.match(ch):
            if chars and pending is None:
                pending = line.start + idx
            continue
        if pending is not None:
            chars.append((" ", pending))
            pending = None
        chars.append((ch, line.start + idx))
    return chars


def _segments(line: _Line) -> list[tuple[str, int]]:
    """Runs of the normalised line (after any cut) that are contiguous in the original."""
    segments: list[tuple[str, int]] = []
    for ch, src in _char_sources(line)[line.cut :]:
        if segments and segments[-1][1] + len(segments[-1][0]) == src:
            segments[-1] = (segments[-1][0] + ch, segments[-1][1])
        else:
            segments.append((ch, src))
    return segments


def _source_span(line: _Line, start: int, end: int) -> Span:
    """Original offsets covering normalised-line characters ``[start, end)``."""
    chars = _char_sources(line)
    if not chars or end <= start:
        return Span(line.start, line.start)
    return Span(chars[start][1], chars[min(end, len(chars)) - 1][1] + 1)
