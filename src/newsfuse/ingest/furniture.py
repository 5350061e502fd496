"""Page furniture: the lines of a copied web page that are not the article.

Share bars, "Read more" teasers and the headlines listed under them, widget
headings ("More for You", "Most Read", "Top stories"), advertisement slots,
newsletter prompts, breadcrumbs, copyright lines. These are patterns of web
pages in general, not of any one site: each rule names the *shape* of a
furniture line (a heading with nothing after it, a list of share targets, a
label followed by a separator and a headline), so that it also recognises
the same furniture written a little differently. :data:`SHAPES` is the
table of these rules, each with an invented line it finds and an invented
article line it keeps.

A line is only furniture when the whole line has that shape: a sentence of
the article that happens to begin with "Read more" or "Share" is kept.

Reads one normalised line; writes its kind (:func:`furniture_kind`) or
whether it is a production credit or an agency's sign-off. Furniture is
short, so each shape has a length bound past which the line is article text:

* :data:`CAPTION_MAX_CHARS` (500): a photo caption with its credit in
  brackets is a sentence or two; a longer line ending in "(Name/Agency)" is
  a paragraph citing its source;
* :data:`FURNITURE_MAX_CHARS` (200): no other furniture line is longer (a
  read-more teaser with its headline fits);
* :data:`SHORT_LINE_CHARS` (120): share bars, headings and separators are
  short lines, and a page widget (an advertisement slot, a comment count)
  at most :data:`WIDGET_MAX_CHARS` (100);
* :data:`CREDIT_MAX_CHARS` (250): "Reporting by ...; Editing by ..." with
  several names fits;
* :data:`SIGNOFF_MAX_CHARS` (40) and :data:`SIGNOFF_MAX_WORDS` (4): a
  sign-off is a name ("— Reuters", "(AP)", "AFP/dpa/GNA"), and agency
  letters alone are :data:`AGENCY_MIN_LETTERS` to :data:`AGENCY_MAX_LETTERS`
  (2 to 6) capitals ("AP", "GNA").
"""

from __future__ import annotations

import re
from typing import Literal

from newsfuse.ingest.shapes import Shape
from newsfuse.lexicon import NEWS_AGENCIES, SHARE_PLATFORMS, alternation

__all__ = ["SHAPES", "FurnitureKind", "furniture_kind", "is_agency_signoff", "is_credit_line"]

CAPTION_MAX_CHARS = 500
"""The longest line read as a photo caption ending in a credit."""
FURNITURE_MAX_CHARS = 200
"""The longest line read as any other furniture."""
SHORT_LINE_CHARS = 120
"""The longest line read as a share bar, a heading or a separator."""
WIDGET_MAX_CHARS = 100
"""The longest line read as a page widget."""
CREDIT_MAX_CHARS = 250
"""The longest line read as a production credit."""
SIGNOFF_MAX_CHARS = 40
"""The longest last line read as an agency's sign-off ..."""
SIGNOFF_MAX_WORDS = 4
"""... and the most words it may have."""
AGENCY_MIN_LETTERS, AGENCY_MAX_LETTERS = 2, 6
"""The fewest and the most capitals of an agency's letters standing alone ("AP", "GNA")."""

FurnitureKind = Literal["share bar", "list heading", "read-more teaser", "page widget", "photo caption", "separator"]

_SHARE_TARGET = (
    r"(?:share|tweet|e-?mail|print|copy(?: the)? link|link copied|"
    + alternation(SHARE_PLATFORMS)  # the lexicon's services a share bar sends to
    + r"|comments?|save|gift(?: this)? article)"
)
_SHARE = (
    r"share(?: (?:this|the))?(?: (?:article|story|page|post|video|link))?(?: (?:on|via|with) [\w ]{1,30})?"
    rf"|{_SHARE_TARGET}(?:(?:\s*[|/·•,;]\s*|\s+){_SHARE_TARGET})*"  # separators unambiguous: no backtracking blow-up
)

_TEASER_LABEL = (
    r"(?:read more|read also|also read|read next|more on this(?: story| topic)?|related|see also|"
    r"you may also like|you might also like|recommended(?: reading| stories| for you)?|"
    r"most (?:read|popular|viewed|shared)|"
    r"editor'?s picks?|don'?t miss|must read|watch|listen|explainer|latest|trending(?: now)?|top stories|"
    r"more stories|more news|further reading|in (?:other|related) news)"
    r"(?: related)?(?: (?:news|articles?|stories|content|coverage|reading|links|topics|videos?))?"
)
_LIST_HEADING = rf"{_TEASER_LABEL}\s*(?:\.{{3}}|…|»|>+|\|)?"
_INLINE_TEASER = re.compile(rf"^{_TEASER_LABEL}\s*(?::|\.{{3}}|…|»|>+|\||[-–—](?=\s))\s*(?P<rest>\S.*)$", re.IGNORECASE)
_WIDGET_HEADING = (
    r"more from [\w' ]{1,40}|top picks|popular(?: now| stories)?|"
    r"latest (?:news|stories|headlines|videos?)|recommended for you|related topics|topics|"
    r"(?:follow|explore) (?:more )?topics?|around the web|from (?:our|the) partners|promoted(?: stories| links)?|"
    r"sponsored (?:stories|links)"
)
_WIDGET = (
    r"advertisement|advertising|ad|sponsored(?: content)?|ad feedback|skip (?:advertisement|ad)|"
    r"story continues (?:below|after) (?:this )?(?:advertisement|ad)|article continues below(?: advertisement)?|"
    r"continue reading(?: (?:below|the main story|the article))?|sign up(?: (?:for|to) [\w' ]+)?|"
    r"subscribe(?: now| today| (?:for|to) [\w' ]+)?|get (?:our|the) [\w' ]{1,40}newsletter|"
    r"follow us(?: on [\w ,&]+)?|click here[\w ,']*|comments?|\d+ comments?|(?:view|show|load|read) (?:all )?comments|"
    r"(?:leave|add|post) a comment|join the (?:conversation|discussion)|tags?\s*:.*|"
    r"image (?:source|caption|credit)\b.*|"
    r"(?:getty images|reuters|ap|afp|pa|epa)(?: (?:photo|images?|via getty images))?|"
    r"photo(?:graph)?s?\s*:.*|(?:listen to|play) (?:this )?(?:article|story)\b.*|\d+ min(?:ute)?s? (?:read|listen)|"
    r"back to top|loading(?:\.{3}|…)?|(?:copyright|©|\(c\))\s.*|all rights reserved\.?|"
    r"(?:home|news)(?:\s*(?:›|»|>|/)\s*[\w' &-]{1,30}){1,6}"
)
_WHOLE_LINE = re.compile(
    rf"^(?:(?P<share>{_SHARE})|(?P<heading>{_LIST_HEADING}|{_WIDGET_HEADING})|(?P<widget>{_WIDGET}))\s*:?$",
    re.IGNORECASE,
)
"""Furniture that is the whole line: share bars, list and widget headings, page widgets (one scan for all)."""
_CAPTION_PREFIX = re.compile(
    r"^(?:open this photo in gallery|view image in fullscreen|enlarge this image|expand (?:this )?image|"
    r"image caption|photo caption|caption)\b:?",
    re.IGNORECASE,
)
_PHOTO_CREDIT_END = re.compile(r"\(\s*[A-Z][^()/]{0,60}/\s*[A-Z][^()]{0,60}\)\.?$")
"""A caption ends with the photographer and agency in brackets: "(Steve Lawrence/CBC).", "( AP Photo / Evan Vucci )"."""
_SEPARATOR = re.compile(r"^[^\w\s]{1,10}(?: [^\w\s]{1,10}){0,5}$")
"""A line of only punctuation or symbols: ".", "***", "• • •"."""
_QUOTE_MARKS = "\"“”‘’'«»„"
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]?[A-Z]")
_CREDIT_LINE = re.compile(
    r"^\(?(?:(?:additional )?reporting|writing|editing|compiled|edited|contributed|produced) (?:by|from)\b.*$",
    re.IGNORECASE,
)
_AGENCY_LETTERS = rf"[A-Z]{{{AGENCY_MIN_LETTERS},{AGENCY_MAX_LETTERS}}}"
_AGENCY_SIGNOFF = re.compile(
    r"^(?:"
    r"(?:[-–—]+|\()\s*(?:[A-Z][\w&'’.]*)(?:[ /&-]+[A-Z][\w&'’.]*){0,3}\s*\)?\.?"  # "— Reuters", "(AP)", "-- AFP"
    rf"|{_AGENCY_LETTERS}(?:\s*/\s*{_AGENCY_LETTERS}){{0,3}}"  # "GNA", "AFP/GNA"
    r"|(?P<bare>(?:The )?[A-Z][a-z]+(?:[ /&]+[A-Z][A-Za-z]*){0,3})"  # "Reuters", "The Associated Press"
    r")$"
)
"""A sign-off's shape: a name after a dash or in brackets (the credit shape), agency letters, or a bare name.

A bare name of capitalised words ("Weekend Reads", "Local News") is a
sign-off only when it names known agencies (:data:`newsfuse.lexicon.NEWS_AGENCIES`):
that shape alone is also a section heading's.
"""
_KNOWN_AGENCIES = frozenset(NEWS_AGENCIES)
_BARE_NAME_PARTS = re.compile(r"\s*[/&]\s*")


SHAPES: tuple[Shape, ...] = (
    Shape("share_bar", "share bar", _SHARE, "Share | Facebook | WhatsApp | Copy link", "Share prices fell on Monday."),
    Shape(
        "list_heading", "list heading", _LIST_HEADING, "You might also like »", "Read more slowly, the coach told them."
    ),
    Shape(
        "widget_heading",
        "list heading",
        _WIDGET_HEADING,
        "More from Mill Valley",
        "More from the levy went to roads than to schools.",
    ),
    Shape(
        "page_widget",
        "page widget",
        _WIDGET,
        "Sign up for the Mill Valley newsletter",
        "Comments from residents filled two hours of the meeting.",
    ),
    Shape(
        "inline_teaser",
        "read-more teaser",
        _INLINE_TEASER,
        "Read more: Ferry fares to rise in spring",
        "Read more: the speech ran long. Then the vote began.",
    ),
    Shape(
        "caption_prefix",
        "photo caption",
        _CAPTION_PREFIX,
        "Image caption: Volunteers stack sandbags on the quay",
        "Captions on the museum's old photographs were rewritten.",
    ),
    Shape(
        "photo_credit_end",
        "photo caption",
        _PHOTO_CREDIT_END,
        "Volunteers stack sandbags on the quay. (Ada Brenn/Harbour Press)",
        "Turnout rose to a third (up from a quarter/fifth).",
    ),
    Shape("separator", "separator", _SEPARATOR, "* * *", "“…”"),
    Shape(
        "credit_line",
        "credit line",
        _CREDIT_LINE,
        "Reporting by Ines Arlo; Editing by Tomas Vark",
        "Editing of the report took a month.",
    ),
    Shape("agency_signoff", "agency sign-off", _AGENCY_SIGNOFF, "-- GNA", "He declined."),
)
"""Every shape this module recognises (:func:`furniture_kind` tries captions, separators, the whole-line scan and
then teasers; a credit line and a sign-off are the caller's questions: :func:`is_credit_line`,
:func:`is_agency_signoff`)."""


def furniture_kind(text: str) -> FurnitureKind | None:
    """What kind of furniture the normalised line ``text`` is, or None for article text.

    A *list heading* ("Read more related stories:", "Most Read", "More for You")
    announces a list of links: the headline-shaped lines right after it go
    too (the caller decides that, since it needs the next lines).
    """
    if _CAPTION_PREFIX.match(text) or (
        text.endswith((")", ").")) and len(text) <= CAPTION_MAX_CHARS and _PHOTO_CREDIT_END.search(text)
    ):
        return "photo caption"
    if len(text) > FURNITURE_MAX_CHARS:
        return None
    if len(text) <= SHORT_LINE_CHARS:  # share bars, headings, widgets and separators are short
        if _SEPARATOR.match(text) and not any(mark in text for mark in _QUOTE_MARKS):
            return "separator"
        whole = _WHOLE_LINE.match(text)
        if whole is not None:
            if whole.lastgroup == "share":
                return "share bar"
            if whole.lastgroup == "heading":
                return "list heading"
            if len(text) <= WIDGET_MAX_CHARS:
                return "page widget"
    teaser = _INLINE_TEASER.match(text)
    if teaser and not _SENTENCE_INSIDE.search(teaser.group("rest")):
        return "read-more teaser"
    return None


def is_credit_line(text: str) -> bool:
    """A production credit: "Reporting by Jane Doe; Editing by John Roe", "(Additional reporting by ...)"."""
    return len(text) <= CREDIT_MAX_CHARS and _CREDIT_LINE.match(text) is not None


def is_agency_signoff(text: str) -> bool:
    """A short last line naming the agency: "GNA", "— Reuters", "(AP)", "-- AFP".

    A last line that is a sentence ("Yes.", "He declined.") or a quotation
    is never a sign-off: the bare forms allow no full stop and at most four
    capitalised words, and capitalised words without a dash or brackets
    ("Weekend Reads") must name known agencies.
    """
    if len(text) > SIGNOFF_MAX_CHARS or len(text.split()) > SIGNOFF_MAX_WORDS:
        return False
    found = _AGENCY_SIGNOFF.match(text)
    if found is None:
        return False
    bare = found.group("bare")
    return bare is None or all(_is_known_agency(part) for part in _BARE_NAME_PARTS.split(bare))


def _is_known_agency(name: str) -> bool:
    """A wire agency of the lexicon, with or without "The" ("The Associated Press"), or agency letters."""
    name = name.removeprefix("The ").strip()
    letters = AGENCY_MIN_LETTERS <= len(name) <= AGENCY_MAX_LETTERS and name.isupper() and name.isalpha()
    return name in _KNOWN_AGENCIES or letters
