"""Passages between quotation marks that are not anybody's words: subheadings, and the evidence of the rest.

Why a module of its own: quotation marks also set off the subheadings
newsrooms put between paragraphs, in the headline style with single marks
(``‘Keep the doors open’``; in an article that quotes in double marks, any
single-marked line standing alone: :func:`quotes_in_double_marks`). Counting them as quotations puts words in no
one's mouth, so the quote extractor asks this first. The rule reads only the
passage and its paragraph, never who or what is named.

Other passages that are nobody's words (titles of works, terms and
nicknames in marks, scare quotes, attribute values of embedded markup) are
told apart by a learned model, not by rules: :func:`passage_evidence` reads
what a passage looks like (its length, capitals, first-person words, whether
it is one of a list of quoted terms or the value of a ``name="…"`` attribute),
its sentence's evidence of attribution (:func:`sentence_evidence`: a cue of the
learned cue lexicon in the passage's clause and how far from its marks, a
speaker mention as the subject of a cue, the passage's place in its sentence,
another quotation given in full beside it, the passages of its paragraph: a
reader tells ``Vell called the plan “a disaster”`` from ``the so-called
“reform”`` by these) and the words just outside its marks (``so-called
“…”``, ``the “…” scam``); :class:`~newsfuse.article.speaker_model.PassageModel`, trained on
every quoted string of PolNeAR's train split (``scripts/train_speakers.py``:
is it the content of an annotated attribution or not), turns that into the
probability that a partial quotation, one set in title case wherever it
stands (:func:`reads_as_a_title`) or a lone word in marks that ends no
sentence (:func:`judged_by_passage_model`), was said by someone. The words outside
the marks enter as learned log-odds (``P(quotation | word before the
mark)``, smoothed), so no word list is written by hand.

Thresholds of the evidence (named constants): :data:`SHORT_WORDS` and
:data:`LONG_WORDS`, a passage's length in words read as a term or as a
clause; :data:`CUE_NEAR_WORDS`, the reach of a cue that governs the passage;
a cue is a word of the learned lexicon weighing at least
:data:`~newsfuse.article.candidates.GOVERNING_CUE`, as for the speaker
candidates.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsfuse.article.candidates import GOVERNING_CUE, QuoteContext, cue_after, paragraph_end, paragraph_start
from newsfuse.article.quote_marks import QuotedPassage
from newsfuse.lexicon.function_words import ENGLISH_FUNCTION_WORDS
from newsfuse.lexicon.reference import SPEAKER_PRONOUNS

__all__ = [
    "PASSAGE_FEATURES",
    "PASSAGE_WORDS",
    "SENTENCE_FEATURES",
    "PassageEvidence",
    "is_subheading",
    "judged_by_passage_model",
    "passage_evidence",
    "quotes_in_double_marks",
    "reads_as_a_title",
]

PASSAGE_FEATURES: tuple[str, ...] = (
    "single_word",
    "short",
    "long",
    "speaker_pronoun",
    "function_share",
    "title_case",
    "markup_value",
    "no_words",
    "ends_in_comma",
    "log_siblings",
    "listed",
)
"""What a quoted passage looks like, as numbers (see :func:`passage_evidence`)."""

SENTENCE_FEATURES: tuple[str, ...] = (
    "cue_near_before",
    "cue_in_clause",
    "cue_closeness",
    "cue_after",
    "subject_cue_before",
    "subject_cue_after",
    "sentence_position",
    "opens_sentence",
    "full_sibling",
    "log_paragraph_passages",
)
"""The sentence's evidence that a quoted passage is somebody's words, as numbers (see :func:`sentence_evidence`):
what a reader weighs to tell ``Vell called the plan “a disaster”`` from ``the so-called “reform”``."""

PASSAGE_WORDS: tuple[str, ...] = ("word_before", "two_words_before", "word_after")
"""The words outside the marks, in the order :attr:`PassageEvidence.words` holds them; the model turns each
into its learned log-odds of a quotation."""

SHORT_WORDS = 3
"""A passage of at most this many words is ``short`` (a term, a name, a title)."""
LONG_WORDS = 8
"""A passage of at least this many words is ``long`` (a clause someone said)."""

CUE_NEAR_WORDS = 4
"""A cue at most this many words before the opening mark governs the passage (``called the plan “…”``)."""

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SUBHEADING_MAX_WORDS = 12
"""A paragraph of more words than this is prose, never a subheading (:func:`is_subheading`: a headline-style
line between paragraphs is a short phrase, ``‘Few rooms left to rent’``)."""


_CONTEXT_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*|\S")
_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s*(?:and|or|nor)\b)?\s*")
_CONTEXT_REACH = 60
"""How many characters before the opening mark and after the closing one are read for the words outside the
marks (:data:`PASSAGE_WORDS`: two words before, one after; 60 characters hold them unless a word is very long,
and the edge of the reach reads as the edge of the text)."""


class PassageEvidence(NamedTuple):
    """A quoted passage's evidence of being somebody's words."""

    features: tuple[float, ...]
    """Its own (:data:`PASSAGE_FEATURES`), then its sentence's (:data:`SENTENCE_FEATURES`)."""
    words: tuple[str, str, str]
    """The word before the opening mark, the two words before it and the word after the closing mark (lower
    case, a capitalised content word as ``<cap>``; ``<s>`` / ``</s>`` at the edges of the text)."""


def passage_evidence(ctx: QuoteContext, body: str, passages: Sequence[QuotedPassage], n: int) -> PassageEvidence:
    """The evidence of ``passages[n]`` of ``body``, read in the quotation's context ``ctx``: its own
    (:data:`PASSAGE_FEATURES`, :func:`own_evidence`), then its sentence's (:data:`SENTENCE_FEATURES`,
    :func:`sentence_evidence`), and the words outside its marks (:data:`PASSAGE_WORDS`)."""
    passage = passages[n]
    masked = ctx.masked
    sentence = (ctx.clauses[ctx.first][0], ctx.clauses[ctx.last][1])
    own = own_evidence(masked, passages, n, ctx.inner, sentence)
    open_at, close_at = passage.outer[0].start, passage.outer[-1].end
    before = _CONTEXT_TOKEN.findall(masked[max(0, open_at - _CONTEXT_REACH) : open_at])
    after = _CONTEXT_TOKEN.findall(masked[close_at : close_at + _CONTEXT_REACH])
    word_before = _context_word(before[-1]) if before else "<s>"
    two_before = _context_word(before[-2]) + " " + word_before if len(before) >= 2 else "<s> " + word_before
    return PassageEvidence(
        (*own, *sentence_evidence(ctx, body, passages, n)),
        (word_before, two_before, _context_word(after[0]) if after else "</s>"),
    )


def own_evidence(
    masked: str, passages: Sequence[QuotedPassage], n: int, inner: str, sentence: tuple[int, int]
) -> tuple[float, ...]:
    """What ``passages[n]``, whose words are ``inner``, looks like in the sentence ``sentence``
    (:data:`PASSAGE_FEATURES`).

    ``masked`` is the article with every quotation blanked, so the words
    around the marks are the reporter's. ``single_word`` / ``short`` /
    ``long``: its length in words; ``speaker_pronoun``: it holds I, we, you…;
    ``function_share``: the share of its words that are function words (a
    clause has many, a term few); ``title_case``: every content word
    capitalised; ``markup_value``: it is the value of an attribute
    (``id="…"``); ``no_words``: digits or symbols only; ``ends_in_comma``;
    ``log_siblings``: how many other quoted passages open in the same
    sentence; ``listed``: the passage before or after it is separated from it
    by a comma or a coordinating word only (a list of quoted terms).
    """
    passage = passages[n]
    words = _WORD.findall(inner)
    low = [w.lower() for w in words]
    count = len(words)
    open_at = passage.outer[0].start
    return (
        1.0 if count == 1 else 0.0,
        1.0 if count <= SHORT_WORDS else 0.0,
        1.0 if count >= LONG_WORDS else 0.0,
        1.0 if any(w in SPEAKER_PRONOUNS for w in low) else 0.0,
        sum(w in ENGLISH_FUNCTION_WORDS for w in low) / count if count else 0.0,
        1.0 if _title_case(words) else 0.0,
        1.0 if masked[max(0, open_at - 3) : open_at].rstrip().endswith("=") else 0.0,
        1.0 if not count else 0.0,
        1.0 if inner.rstrip().endswith(",") else 0.0,
        math.log1p(_siblings(passages, n, sentence)),
        1.0 if _listed(masked, passages, n) else 0.0,
    )


def sentence_evidence(
    ctx: QuoteContext, body: str, passages: Sequence[QuotedPassage], n: int
) -> tuple[float, float, float, float, float, float, float, float, float, float]:
    """The sentence's evidence that ``passages[n]`` is somebody's words (:data:`SENTENCE_FEATURES`), read
    from the learned cue lexicon (``ctx.token_weights``) and the speaker mentions, never from a word list.

    ``cue_near_before``: the strongest cue among the :data:`CUE_NEAR_WORDS`
    words before the opening mark (``Vell called the plan “…”``);
    ``cue_in_clause``: the strongest cue between the last comma, semicolon,
    colon, dash or parenthesis before the mark and the mark; ``cue_closeness``:
    1 / (1 + the words between the nearest cue of at least
    :data:`~newsfuse.article.candidates.GOVERNING_CUE` before the mark and the
    mark), 0 without one; ``cue_after``: the strongest cue after the closing
    mark in the sentence; ``subject_cue_before`` / ``subject_cue_after``: the
    strongest cue right after a speaker mention (``Vell said``, ``the ministry
    has said``) before the opening mark / after the closing one;
    ``sentence_position``: the share of the sentence's words before the mark;
    ``opens_sentence``: no word before it; ``full_sibling``: another passage
    of the sentence reads as a quotation in full (at least
    :data:`LONG_WORDS` words, or closed by a comma or a stop inside its
    marks); ``log_paragraph_passages``: how many other passages open in the
    paragraph.
    """
    start, end = ctx.clauses[ctx.first][0], ctx.clauses[ctx.last][1]
    starts, weights = ctx.token_starts, ctx.token_weights
    lo = bisect.bisect_left(starts, start)
    at = bisect.bisect_left(starts, ctx.open_at, lo=lo)
    past = bisect.bisect_left(starts, ctx.close_at, lo=at)
    hi = bisect.bisect_left(starts, end, lo=past)
    before = weights[lo:at]
    clause_from = max(ctx.masked.rfind(ch, start, ctx.open_at) for ch in _CLAUSE_BREAKS)
    in_clause = bisect.bisect_left(starts, clause_from + 1, lo=lo, hi=at) if clause_from >= 0 else lo
    nearest = next((k for k in range(len(before) - 1, -1, -1) if before[k] >= GOVERNING_CUE), None)
    words = hi - lo
    return (
        max(before[-CUE_NEAR_WORDS:], default=0.0),
        max(weights[in_clause:at], default=0.0),
        0.0 if nearest is None else 1.0 / (len(before) - nearest),
        max(weights[past:hi], default=0.0),
        _subject_cue(ctx, start, ctx.open_at),
        _subject_cue(ctx, ctx.close_at, end),
        (at - lo) / words if words else 0.0,
        1.0 if at == lo else 0.0,
        1.0 if _full_sibling(body, passages, n, (start, end)) else 0.0,
        math.log1p(_siblings(passages, n, (paragraph_start(ctx), paragraph_end(ctx)))),
    )


_CLAUSE_BREAKS = (",", ";", ":", "(", "—", "–")
"""What ends the clause before a passage (``cue_in_clause``)."""


def _subject_cue(ctx: QuoteContext, start: int, end: int) -> float:
    """The strongest cue weight right after a speaker mention (a name, a pronoun, a role, a group) that stands
    in ``[start, end)``, the cue inside it too."""
    i = bisect.bisect_left(ctx.mention_starts, start)
    best = 0.0
    while i < len(ctx.mentions) and ctx.mentions[i].start < end:
        m = ctx.mentions[i]
        if m.kind in _SPEAKER_KINDS and m.end <= end:
            best = max(best, cue_after(ctx, m, end)[0])
        i += 1
    return best


_SPEAKER_KINDS = frozenset({"name", "pronoun", "role", "group"})
"""The mentions that may be a speaker, read as a clause's subject (``thing`` and ``one`` are not)."""


def _full_sibling(body: str, passages: Sequence[QuotedPassage], n: int, sentence: tuple[int, int]) -> bool:
    """Whether another passage opening in ``sentence`` reads as a quotation in full."""
    for k in _opening_in(passages, sentence):
        if k == n:
            continue
        inner = passages[k].words(body).rstrip()
        # closed by a stop, or paused on a comma as a full quotation before its cue is (“We will rebuild,” she said)
        if inner.endswith((*_SENTENCE_END, ",")) or len(_WORD.findall(inner)) >= LONG_WORDS:
            return True
    return False


def _context_word(token: str) -> str:
    """A word outside the marks as the passage model knows it: lower case, except that a capitalised word
    that is not a function word stands for its shape (``<cap>``, or ``<cap>’s`` for a possessive), so that
    what is learned is how news text sets off titles and terms, not which names the training articles
    mention."""
    low = token.lower()
    if not token[0].isupper() or low in ENGLISH_FUNCTION_WORDS:
        return low
    return "<cap>’s" if low.endswith(("’s", "'s")) else "<cap>"


def _title_case(words: Sequence[str]) -> bool:
    """Two words or more, the first capitalised and every other one too unless it is a function word."""
    return (
        len(words) >= 2
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in ENGLISH_FUNCTION_WORDS for w in words)
    )


def _siblings(passages: Sequence[QuotedPassage], n: int, sentence: tuple[int, int]) -> int:
    """How many other passages open inside ``sentence``."""
    inside = _opening_in(passages, sentence)
    return len(inside) - (1 if n in inside else 0)


def _opening_in(passages: Sequence[QuotedPassage], span: tuple[int, int]) -> range:
    """The indices of the passages that open inside ``span``."""
    lo = bisect.bisect_left(passages, span[0], key=_opening)
    return range(lo, bisect.bisect_left(passages, span[1], lo=lo, key=_opening))


def _opening(passage: QuotedPassage) -> int:
    return passage.outer[0].start


def _listed(masked: str, passages: Sequence[QuotedPassage], n: int) -> bool:
    """Whether a neighbouring passage is separated from ``passages[n]`` by a comma or a coordinator only."""
    pairs = [(passages[n - 1], passages[n])] if n > 0 else []
    if n + 1 < len(passages):
        pairs.append((passages[n], passages[n + 1]))
    return any(
        a.outer[-1].end <= b.outer[0].start
        and _LIST_GAP.fullmatch(masked, a.outer[-1].end, b.outer[0].start) is not None
        for a, b in pairs
    )


def reads_as_a_title(inner: str) -> bool:
    """Whether quoted words are set as a title or a name, not as a sentence: two content words or more,
    each capitalised, the first word too (``Quiet Harbours``, ``Bound to Drift``, ``EVENING LINE``).

    A quotation that opens its sentence is read as somebody's whole
    utterance, and only partial quotations go before the passage model; but
    the name of a book, show or campaign after a comma (``his memoir, “Quiet
    Harbours,” sold well``) opens with a capital just as a quotation does.
    Speech set down as a sentence has lower-case content words (``“Let me
    finish,” she said``), so words in title case go before the passage model
    whichever way they stand.
    """
    words = _WORD.findall(inner)
    content = [w for w in words if w.lower() not in ENGLISH_FUNCTION_WORDS]
    return len(content) >= 2 and words[0][0].isupper() and all(w[0].isupper() for w in content)


def judged_by_passage_model(inner: str, partial: bool) -> bool:
    """Whether the passage model decides if the quoted words ``inner`` are anybody's at all: a partial
    quotation; words set as a title wherever they stand (:func:`reads_as_a_title`); and a lone word (or no
    word) not closed by a full stop, question or exclamation mark inside the marks.

    A one-word utterance set down as a whole quotation ends its sentence
    there (``“Never!” she said``) or at most pauses on a comma (``“Fine,” he
    said``: still judged, and the model keeps what reads as speech), while a
    single word standing bare in marks is a name, a label or a term
    (``the ferry “Osprey” sails``, ``“Update:”`` before a line of news):
    the model weighs its evidence as it weighs a partial quotation's, and
    the training script trains on such passages too.
    """
    if partial or reads_as_a_title(inner):
        return True
    return len(_WORD.findall(inner)) <= 1 and not inner.rstrip().endswith(_SENTENCE_END)


_SENTENCE_END = (".", "?", "!", "…")
"""What closes a one-word utterance inside its marks (a comma only pauses it)."""


def quotes_in_double_marks(passages: Sequence[QuotedPassage]) -> bool:
    """Whether the article sets its quotations in double marks: more of its passages are double-marked than
    single-marked (the US newsroom style, where single marks are the headline style)."""
    singles = sum(p.single for p in passages)
    return len(passages) - singles > singles


def is_subheading(body: str, passage: QuotedPassage, paragraph: tuple[int, int], double_marks: bool) -> bool:
    """A short paragraph that opens with a single-marked phrase and is not a sentence: a subheading.

    ``‘Few rooms left to rent’`` and ``‘A circle of neighbours’
    grows in town.`` head sections; so do ``– ‘Few rooms left’ –`` between
    dashes. A quotation standing as its own paragraph ends its words with a
    full stop, comma, question or exclamation mark inside the marks
    (``‘We will rebuild.’``), and double marks are left alone, since prose
    quotations use them in this style.

    Where the article sets its quotations in double marks (``double_marks``:
    :func:`quotes_in_double_marks` of the article's passages, decided once per
    article by the caller), single marks are the headline
    style, so a single-marked phrase that is the whole of a short paragraph
    (``‘We will rebuild.’``, ``– ‘Who knew?’ –``), or follows only a short
    label and a colon (``Brandt: ‘We will rebuild.’``), is a subheading or a
    headline even when it is a sentence: its words, if anyone's, are quoted
    again in the prose.
    """
    if not passage.single or len(passage.segments) != 1 or not passage.closed:
        return False
    start, end = paragraph
    text = body[start:end]
    opening = passage.outer[0].start
    lead = body[start:opening]
    if len(_WORD.findall(text)) > _SUBHEADING_MAX_WORDS:
        return False
    rest = body[passage.outer[0].end : end].strip()
    if double_marks and _HEADLINE_LEAD.fullmatch(lead) and _HEADLINE_TAIL.fullmatch(rest):
        return True
    if not _DASHES_ONLY.fullmatch(lead):
        return False
    inner = body[passage.segments[0].start : passage.segments[0].end].rstrip()
    if not inner or inner[-1] in ".,;:!?…":
        return False
    return not rest.endswith((":", ","))


_DASH_MARKS = "–—\\-•·*"
"""The dashes and bullets that set a headline off from the paragraphs around it (a character class body: the
hyphen escaped), written once for the three patterns below."""
_DASHES_ONLY = re.compile(rf"[\s{_DASH_MARKS}]*")
"""Before a subheading: nothing but white space, dashes or bullets."""
_HEADLINE_LEAD = re.compile(rf"[\s{_DASH_MARKS}]*(?:(?:[A-Z][\w’'.\-]*\s+){{0,2}}[A-Z][\w’'.\-]*\s*:\s*)?")
"""Before a headline-style quotation: nothing but dashes or bullets, or a short label of capitalised words
and a colon (``Brandt:``)."""
_HEADLINE_TAIL = re.compile(rf"[\s{_DASH_MARKS}.]*")
"""After it: nothing but dashes, bullets or a full stop."""
