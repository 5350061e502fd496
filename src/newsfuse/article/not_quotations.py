"""Passages between quotation marks that are not anybody's words: subheadings.

Why a module of its own: quotation marks also set off the subheadings
newsrooms put between paragraphs, in the headline style with single marks
(``‘Keep the doors open’``). Counting them as quotations puts words in no
one's mouth, so the quote extractor asks this first. The rule reads only the
passage and its paragraph, never who or what is named.

Titles of works in title case (``a scene from “The Girl Who Sailed
North.”``) are kept as quotations on purpose: dropping them raised precision
on ggt-dev (0.839 to 0.846) but cost recall on polnear-dev (0.991 to 0.967),
whose annotators count titles, nicknames and slogans in marks as quotations.
"""

from __future__ import annotations

import re

from newsfuse.article.quote_marks import QuotedPassage

__all__ = ["is_subheading"]

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SUBHEADING_MAX_WORDS = 12


def is_subheading(body: str, passage: QuotedPassage, paragraph: tuple[int, int]) -> bool:
    """A short paragraph that opens with a single-marked phrase and is not a sentence: a subheading.

    ``‘Few rooms left to rent’`` and ``‘A circle of neighbours’
    grows in town.`` head sections; a quotation standing as its own
    paragraph ends its words with a full stop, comma, question or
    exclamation mark inside the marks (``‘We will rebuild.’``), and double
    marks are left alone, since prose quotations use them in this style.
    """
    if not passage.single or len(passage.segments) != 1 or not passage.closed:
        return False
    start, end = paragraph
    text = body[start:end]
    opening = passage.outer[0].start
    if body[start:opening].strip() or len(_WORD.findall(text)) > _SUBHEADING_MAX_WORDS:
        return False
    inner = body[passage.segments[0].start : passage.segments[0].end].rstrip()
    if not inner or inner[-1] in ".,;:!?…":
        return False
    rest = body[passage.outer[0].end : end].strip()
    return not rest.endswith((":", ","))
