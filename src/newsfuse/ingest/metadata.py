"""News metadata written into plain text: headline, byline, publication line, dateline.

A copied article carries its metadata as lines of text in conventional
shapes: a headline first ("Vell to press allies on grain tariffs"),
a byline ("By Jane Doe and John Roe, Reuters", "Author: Lena Holt in
Lisbon"), a publication line ("Published: Mar, 14 2024 08:45", "Posted:
3 March 2024 09:15 GMT") or a bare date line, and a wire dateline opening
the first paragraph ("Lisbon, Mar. 4, (AFP/dpa/GNA) –", "OTTAWA
(Reuters) -", "PARIS, March 3 (AFP) -"). Each recogniser here looks at one
normalised line and says whether it has that shape and what it holds;
:data:`SHAPES` is the table of these rules, each with an invented line it
finds and an invented article line it keeps.

Reads one line; writes what it holds (names, an organisation, an ISO date,
a place and credit) or nothing. The length bounds keep each shape from
matching a sentence of the article that happens to begin like it:

* a headline (:func:`is_headline_shaped`) is at most
  :data:`HEADLINE_MAX_CHARS` (250) characters and :data:`HEADLINE_MAX_WORDS`
  (30) words, well above the ten to twenty words headlines run to, below a
  paragraph; punctuated like a sentence, it must be in Title Case: at least
  :data:`TITLE_CASE_SHARE` (three in four) of its words of
  :data:`TITLE_CASE_MIN_LETTERS` (4) letters or more, small words aside,
  capitalised (shorter words are the articles, prepositions and conjunctions
  that style guides leave lower case in a title), which leaves room for a lower-case
  word the small-word list lacks while a sentence capitalises only names;
* a byline (:func:`match_byline`) is at most :data:`BYLINE_MAX_CHARS` (120)
  characters: two authors, a desk and an outlet fit;
* an outlet's name after a label (:func:`match_source_line`) is at most
  :data:`OUTLET_NAME_WORDS` (6) words ("The Port Elspeth Evening Herald");
  a longer value is a phrase ("Source: figures from the county council");
  a labelled line whose value (a name or an address) is longer than
  :data:`SOURCE_VALUE_MAX_CHARS` (201) characters is no such line;
* a publication or update line is at most :data:`DATE_LINE_MAX_CHARS` (80)
  characters: a label, a weekday, a date, a time and a zone fit;
* a dateline in capitals with neither a comma nor a date needs a place of
  :data:`DATELINE_PLACE_LETTERS` (5) letters or more: "NATO —" or "EU —"
  opens a sentence more often than a dateline, so a four-letter place is
  taken only with its country or date ("ROME, Italy —").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsfuse.ingest.dates import ORDINAL_ENDING, WEEKDAY_BEFORE_DATE, parse_published
from newsfuse.ingest.outlets import NEWS_ORG_NAME, domain_of, is_news_org_name
from newsfuse.ingest.shapes import Shape
from newsfuse.lexicon import (
    ADDRESS_LABELS,
    BYLINE_BRANDS,
    BYLINE_LABELS,
    HEADLINE_SMALL_WORDS,
    MONTHS,
    OUTLET_LABELS,
    PERSON_NAME_PARTICLES,
    PUBLISHED_LABELS,
    UPDATED_LABELS,
    alternation,
)

__all__ = [
    "BYLINE_MAX_CHARS",
    "DATELINE_PLACE_LETTERS",
    "DATE_LINE_MAX_CHARS",
    "HEADLINE_MAX_CHARS",
    "HEADLINE_MAX_WORDS",
    "OUTLET_NAME_WORDS",
    "SHAPES",
    "SOURCE_VALUE_MAX_CHARS",
    "TITLE_CASE_SHARE",
    "DatelineMatch",
    "is_headline_shaped",
    "is_update_line",
    "match_byline",
    "match_dateline",
    "match_published",
    "match_source_line",
]

HEADLINE_MAX_CHARS = 250
"""The longest line read as a headline, in characters."""
HEADLINE_MAX_WORDS = 30
"""The most words of a line read as a headline (a caller may ask for fewer)."""
TITLE_CASE_SHARE = 0.75
"""The share of a punctuated headline's content words that must be capitalised."""
TITLE_CASE_MIN_LETTERS = 4
"""The fewest letters of a headline word counted by the Title Case test (module docstring)."""
BYLINE_MAX_CHARS = 120
"""The longest line read as a byline."""
OUTLET_NAME_WORDS = 6
"""The most words of an outlet's name after an ``Outlet:`` or ``Source:`` label."""
SOURCE_VALUE_MAX_CHARS = 201
"""The longest value of an ``Outlet:``, ``Source:`` or ``URL:`` line: a long web address fits."""
DATE_LINE_MAX_CHARS = 80
"""The longest line read as a publication or update line."""
DATELINE_PLACE_LETTERS = 5
"""Letters a dateline's place in capitals needs when neither a comma nor a date follows it."""

_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*$")
_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?…-–—*"


def _literal(labels: Iterable[str]) -> str:
    """The lexicon's labels as alternatives of a pattern, each matched literally (a label is data: a "." or "+" in
    one is that character), in the lexicon's order, which the pattern tries them in."""
    return "|".join(re.escape(label) for label in labels)


# ------------------------------------------------------------------ byline
_PARTICLE = alternation(PERSON_NAME_PARTICLES)
_NAME = rf"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|{_PARTICLE}\b)){{0,4}}"
_BYLINE = re.compile(
    r"^(?i:" + _literal(BYLINE_LABELS) + r")\b\s*[:\-–—]?\s*"
    rf"(?P<name>{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})?)"
    r"(?P<rest>(?:\s*(?:,|\||[-–—]|\bin\b|\bfor\b|\bat\b)\s*.*)?)$"
)

_NEWS_BRANDS = "(?:" + _literal(BYLINE_BRANDS) + ")"
"""The lexicon's ``BYLINE_BRANDS``, which only a byline's organisation reads."""
_NEWS_ORG = rf"(?:{NEWS_ORG_NAME}|(?:The )?(?:[A-Z][\w.&'’-]*\s+){{0,4}}{_NEWS_BRANDS})"
_ORG_LEAD = re.compile(r"^(?:for|at|from|of)\s+", re.IGNORECASE)
_ORG_SEPARATOR = re.compile(r"\s*(?:,|\||[-–—])\s*")
_BYLINE_WITH_ORG = re.compile(
    rf"^(?P<name>{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})?)\s*(?:,|\||[-–—])\s*(?P<org>{_NEWS_ORG})$"
)
"""A byline without "By": "Omar Lind, The Associated Press", "Jane Doe | Reuters"."""

# -------------------------------------------------------- publication line
_AFTER_LABEL = r"(?: on| at)?(?:\s*:|(?=\s+(?-i:[\dA-Z])))\s*(?P<date>.+)$"
"""After a date label: a colon, or a date starting with a digit or a capital ("Posted on March 3, 2024"), never a
clause ("Posted to the embassy in 2011, she ..." opens an article, it dates nothing)."""
_PUBLISHED = re.compile(r"^(?:first )?(?:" + _literal(PUBLISHED_LABELS) + ")" + _AFTER_LABEL, re.IGNORECASE)
_UPDATED = re.compile(r"^(?:last )?(?:" + _literal(UPDATED_LABELS) + ")" + _AFTER_LABEL, re.IGNORECASE)
_MONTH = alternation(m.capitalize() for m in MONTHS) + r"\.?"
"""A month, written out or abbreviated ("Feb.", "Sept", "March"), capitalised (the lexicon's :data:`MONTHS`)."""
_TIME = r"(?:[,\s]+(?:at\s+|-\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?)?"
_BARE_DATE = re.compile(
    rf"^(?:{WEEKDAY_BEFORE_DATE})?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}{ORDINAL_ENDING}?,?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?){_TIME}$",
    re.IGNORECASE,
)
_DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")

# ----------------------------------------------------------------- dateline
_PLACE_WORD = r"[A-Z][\w'’.]*(?:-[A-Za-z][\w'’.]*){0,3}"
"""A word of a place name; hyphens only inside it ("Winston-Salem"), so that a name splits into words one way only."""
_PLACE = rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}"
_REGION = r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
_DL_DATE = rf"(?:{_MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_DATELINE_CREDIT = re.compile(
    rf"^(?P<place>{_PLACE}{_REGION}?)(?:,\s*(?P<date>{_DL_DATE}))?,?\s*\((?P<credit>[A-Z][^()]{{1,59}})\)\s*(?:[-–—]+|:)\s*"
)
_CAPS_WORD = r"[A-Z][A-Z'’.]+(?:-[A-Z][A-Z'’.]*){0,3}"
_CAPS_PLACE = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
_DATELINE_CAPS = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}{_REGION}?)(?:,\s*(?P<date>{_DL_DATE}))?\s*(?:—|–|--)\s*(?=[\"“‘'A-Z])"
)


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline at the start of a paragraph.

    ``stop`` is where the dateline's own characters end, ``end`` where the
    article text begins (after the spaces that follow the dash).
    """

    place: str
    date: str | None
    credit: str | None
    stop: int
    end: int


def is_headline_shaped(text: str, max_words: int = HEADLINE_MAX_WORDS) -> bool:
    """A line that reads like a headline: short, and either unpunctuated or in Title Case."""
    if len(text) > HEADLINE_MAX_CHARS:
        return False
    tokens = text.split()
    if not tokens or len(tokens) > max_words or not any(ch.isalpha() for ch in text):
        return False
    if not _SENTENCE_END.search(text):
        return True
    words = (t.strip(_PUNCTUATION) for t in tokens)
    content = [w for w in words if len(w) >= TITLE_CASE_MIN_LETTERS and w.lower() not in HEADLINE_SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= TITLE_CASE_SHARE


def _organisation(rest: str) -> str | None:
    """The news organisation a byline names after its authors ("…, TechWire", "… for the Guardian").

    The rest of a byline may be a desk ("Political Editor"), a place ("in
    Lisbon") or an outlet: only a part that reads as a news
    organisation's name (one the table of outlets knows, or one shaped like
    "Daily Clarion News" or "TechWire") is taken.
    """
    for part in reversed(_ORG_SEPARATOR.split(rest.strip(" ,|-–—"))):
        name = _ORG_LEAD.sub("", part.strip())
        if not name or not re.sub(r"^the\s+", "", name)[:1].isupper() or domain_of(name):
            continue
        if is_news_org_name(name) or re.fullmatch(_NEWS_ORG, name):
            return name
    return None


def match_byline(text: str) -> tuple[str, str | None] | None:
    """Author names and, where the line names one, the news organisation of a byline line.

    "By Jane Doe and John Roe, Reuters" gives ("Jane Doe and John Roe",
    "Reuters"); "By Jane Doe, Political Editor" gives no organisation (see
    :func:`_organisation`). "Omar Lind, The Associated Press" (a byline
    with no "By") is only recognised with a news organisation's name.
    """
    if len(text) > BYLINE_MAX_CHARS or _SENTENCE_END.search(text):
        return None
    match = _BYLINE.match(text)
    if match is not None:
        return match.group("name").strip(), _organisation(match.group("rest") or "")
    match = _BYLINE_WITH_ORG.match(text)
    if match is not None:
        return match.group("name").strip(), match.group("org").strip()
    return None


_SOURCE_LINE = re.compile(
    r"^(?P<label>"
    + _literal(OUTLET_LABELS + ADDRESS_LABELS)
    + rf")\s*:\s*(?P<value>\S.{{0,{SOURCE_VALUE_MAX_CHARS - 1}}})$",
    re.IGNORECASE,
)
_URL_LABELS = frozenset(ADDRESS_LABELS)
_NAME_VALUE = re.compile(r"^(?:the\s+)?[A-Z0-9][^.!?]{0,60}$")
"""An outlet's name after a label: capitalised, short, not a sentence."""


def match_source_line(text: str) -> tuple[str, str] | None:
    """An ``Outlet: The Guardian`` or ``URL: https://…`` line: ("outlet" or "url", the value).

    A "Source:" line holding an address is the article's URL; otherwise it
    names the outlet. An address label whose value is no web address is not
    such a line.
    """
    match = _SOURCE_LINE.match(text.strip())
    if match is None:
        return None
    label = match.group("label").lower()
    value = match.group("value").strip()
    is_address = value.lower().startswith(("http://", "https://")) and domain_of(value) is not None
    if label in _URL_LABELS or (label == "source" and is_address):
        return ("url", value) if is_address else None
    if is_address or not _NAME_VALUE.match(value) or len(value.split()) > OUTLET_NAME_WORDS:
        return None
    if label == "source" and not is_news_org_name(value):
        return None  # "Source: company filings" under a chart, not the outlet
    return "outlet", value


def match_published(text: str) -> str | None:
    """The ISO date of a publication line ("Published: Mar, 14 2024 08:45", or a bare date line)."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return None
    labelled = _PUBLISHED.match(text)
    if labelled is not None:
        return parse_published(_DOTTED_TIME.sub(r"\1:\2", labelled.group("date")))
    if _BARE_DATE.match(text):
        return parse_published(_DOTTED_TIME.sub(r"\1:\2", text))
    return None


def is_update_line(text: str) -> bool:
    """An "Updated: ..." line with a date in it."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return False
    match = _UPDATED.match(text)
    return match is not None and parse_published(_DOTTED_TIME.sub(r"\1:\2", match.group("date"))) is not None


def match_dateline(text: str) -> DatelineMatch | None:
    """A wire dateline opening ``text``, with text after it.

    Either with an agency credit in brackets ("Lisbon, Mar. 4,
    (AFP/dpa/GNA) –", "OTTAWA (Reuters) -") or, without credit, a place
    in capitals before a dash ("NAIROBI, Kenya —", "BRUSSELS —").
    """
    match = _DATELINE_CREDIT.match(text)
    credit: str | None = None
    if match is not None:
        credit = match.group("credit").strip()
    else:
        match = _DATELINE_CAPS.match(text)
        if match is None:
            return None
        place_letters = sum(ch.isalpha() for ch in match.group("place"))
        if place_letters < DATELINE_PLACE_LETTERS and "," not in match.group("place") and not match.group("date"):
            return None  # "NATO —" opens a sentence more often than a dateline
    if match.end() >= len(text):
        return None
    date = match.group("date")
    return DatelineMatch(
        place=match.group("place").strip(),
        date=date.strip() if date else None,
        credit=credit,
        stop=len(match.group().rstrip()),
        end=match.end(),
    )


SHAPES: tuple[Shape, ...] = (
    Shape(
        "byline",
        "match_byline",
        _BYLINE,
        "By Ines Arlo and Tomas Vark, Harbour Press",
        "By the time the ferry docked, the storm had passed.",
    ),
    Shape(
        "byline_with_organisation",
        "match_byline",
        _BYLINE_WITH_ORG,
        "Petra Lund | Harbour Press",
        "Petra Lund, the ferry captain",
    ),
    Shape(
        "publication_line",
        "match_published",
        _PUBLISHED,
        "Published: 3 March 2024 09:15 GMT",
        "Published with the council's help, the guide is free.",
    ),
    Shape("bare_date_line", "match_published", _BARE_DATE, "Monday 3 March 2024", "March 3 2024 was a Monday."),
    Shape(
        "update_line", "is_update_line", _UPDATED, "Updated: 4 March 2024 10:30", "Updated rules take effect in May."
    ),
    Shape(
        "source_line",
        "match_source_line",
        _SOURCE_LINE,
        "Outlet: The Port Elspeth Evening Herald",
        "Source: company filings",
    ),
    Shape(
        "dateline_with_credit",
        "match_dateline",
        _DATELINE_CREDIT,
        "Port Elspeth, March 3 (Harbour Press) - The ferry service resumed.",
        "Ana Vell (left) - the mayor's aide - spoke first.",
    ),
    Shape(
        "dateline_in_capitals",
        "match_dateline",
        _DATELINE_CAPS,
        "PORT ELSPETH — The ferry service resumed on Monday.",
        "NATO — the alliance met in spring.",
    ),
)
"""Every line shape this module recognises; ``finds`` names the function that reads it (a headline is a test of
length and case, :func:`is_headline_shaped`, not a pattern)."""
