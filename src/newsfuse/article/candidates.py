"""Candidate speakers of one quotation, each with the evidence a scorer weighs.

Why a stage of its own: who said a quotation is decided by evidence that
news English puts in a few places (a cue verb next to a mention, the
mention's position before or after the marks, whether it opens its clause,
whether the paragraph before ends with a colon, whether the quotation before
had the same speaker). Gathering every credible mention with that evidence as
numbers, and letting a model trained on annotated articles
(:mod:`~newsfuse.article.speaker_model`) weigh it, replaces a chain of
hand-ordered rules whose priority was where their ``if`` stood.

The hand rules of :mod:`~newsfuse.article.quotes` still run; their choice is
one feature among the others (``rule_pick``), so the model learns from
training data how far to trust them and when the evidence says otherwise.

Whose a cue verb is, is read from the mentions and commas around it, without
a parser: a mention right after a cue verb that has a subject of its own is
that verb's object (``object_of_cue``: "Vell called Tal “a liar”"), and a
mention after a comma that follows an earlier mention of its clause stands
in that mention's apposition (``inside_apposition``: "Vell, the head of Tal
Ltd, said"), so the verb after it is the earlier mention's.

Clause structure, read from tokens (no parser): the quotation's *governing
cues* are the first cue after its closing mark and the last before its
opening mark in its own sentence(s); a mention is their subject
(``governs``) when it stands right before one (auxiliaries between; past a
stretch set off by commas, "Vell, who met Tal Oren, said"; the clause's
opening mention before a participle after a comma or a verb after a
coordinating conjunction, "Vell met Tal Oren, saying" / "… and called"), or
right after one ("said Vell"). ``other_cue_between`` is the strongest cue
between a mention and the marks that is not its own verb ("“…,” Vell said
after Tal Oren spoke": "said" stands between Tal Oren and the quotation),
and ``object_of_verb`` marks a mention that follows another mention of its
clause across a few lower-case words, one of them a content word ("Vell met
Tal Oren"): the object of someone else's verb. Measured on polnear-train by
``scripts/train_speakers.py``'s grouped 5-fold CV on cached candidate rows
(paired over articles against the same model without the three): candidate
accuracy 0.8870 -> 0.8905, +0.0035 [+0.0016, +0.0054]; words after a
subordinating conjunction or relative pronoun as a fourth feature added
nothing (-0.0001 [-0.0004, +0.0000]) and were left out. End to end
(``benchmarks/quotes_cv.py --articles 840``, paired against main 289213f):
speaker +0.0010 [-0.0012, +0.0031], recall +0.0001 [-0.0005, +0.0007],
precision -0.0002 [-0.0007, +0.0003] (speaker 0.923 [0.913, 0.932]).

A mention with nothing but a colon between it and the quotation's
opening mark is its label (``colon_label``: "Ana Vell: “We will appeal.”",
the layout of transcripts and of lists of reactions). Candidate-level
grouped CV on cached rows (the same folds, paired, labels of the source's
head): +0.0013 [+0.0001, +0.0029].

Windows (named constants):

- ``WINDOW_CLAUSES_BEFORE`` clauses before the quotation's first clause and
  ``WINDOW_CLAUSES_AFTER`` after its last, within the paragraph, plus the
  paragraph before (its last ``PREVIOUS_PARAGRAPH_CLAUSES`` clauses).
- A cue counts as "next to" a mention when at most ``CUE_REACH`` words
  (auxiliaries and adverbs of the cue lexicon) stand between them.
- A partial quotation is "uncued" (``partial_uncued``) when no word of its
  sentence outside the marks has a learned cue weight of ``UNCUED_BELOW``.
- Clause structure (``governs``, ``other_cue_between``, ``object_of_verb``):
  a word is a governing cue when its learned weight is at least
  ``GOVERNING_CUE`` (or it is a reporting verb of the lexicon); a mention
  opens its clause when at most ``CLAUSE_OPENING_WORDS`` words stand before
  it; a mention is another verb's object when at most ``OBJECT_GAP_WORDS``
  lower-case words separate it from the name before it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsfuse.article.attribution import AUXILIARIES, REPORTING_WORDS
from newsfuse.article.speakers import Mention, Token, _is_person_name, after_preposition, possessive
from newsfuse.lexicon import CONJUNCTIONS, ENGLISH_FUNCTION_WORDS

__all__ = [
    "FEATURES",
    "QUOTE_FEATURES",
    "Candidate",
    "QuoteContext",
    "cue_after",
    "gather_candidates",
    "paragraph_end",
    "paragraph_start",
    "quote_features",
]

WINDOW_CLAUSES_BEFORE = 2
WINDOW_CLAUSES_AFTER = 1
PREVIOUS_PARAGRAPH_CLAUSES = 2
CUE_REACH = 3
UNCUED_BELOW = 0.2
GOVERNING_CUE = 0.2
CLAUSE_OPENING_WORDS = 3
OBJECT_GAP_WORDS = 3

FEATURES: tuple[str, ...] = (
    "kind_name",
    "kind_pronoun",
    "kind_role",
    "kind_group",
    "kind_thing",
    "kind_one",
    "before_same",
    "after_same",
    "between",
    "prev_clause",
    "next_clause",
    "prev_paragraph",
    "far",
    "log_gap_words",
    "nearest_on_side",
    "log_rank_on_side",
    "cue_after_mention",
    "cue_after_reporting",
    "cue_before_mention",
    "according_before",
    "object_of_cue",
    "inside_apposition",
    "clause_cue",
    "cue_between",
    "clause_initial",
    "possessive",
    "after_preposition",
    "apposition_comma",
    "rule_pick",
    "rule_abstained",
    "partial",
    "partial_before",
    "partial_after",
    "partial_rule",
    "name_words",
    "has_title",
    "person_name",
    "opens_paragraph",
    "colon_before",
    "adjacent_close",
    "previous_speaker",
    "previous_speaker_same_paragraph",
    "carried_rule",
    "quote_cue",
    "partial_uncued",
    "governs",
    "other_cue_between",
    "object_of_verb",
    "colon_label",
)
"""The evidence of one candidate, in the order of the model's coefficients."""

_INDEX = {name: i for i, name in enumerate(FEATURES)}
# the indexes of the features set for every candidate, read as constants (not looked up in _INDEX)
_CLAUSE_INITIAL = _INDEX["clause_initial"]
_CUE_BETWEEN = _INDEX["cue_between"]
_ADJACENT_CLOSE = _INDEX["adjacent_close"]
_LOG_GAP_WORDS = _INDEX["log_gap_words"]
_NEAREST_ON_SIDE = _INDEX["nearest_on_side"]
_LOG_RANK_ON_SIDE = _INDEX["log_rank_on_side"]
_OPENS_PARAGRAPH = _INDEX["opens_paragraph"]
_COLON_BEFORE = _INDEX["colon_before"]
_RULE_PICK = _INDEX["rule_pick"]
_CARRIED_RULE = _INDEX["carried_rule"]
_RULE_ABSTAINED = _INDEX["rule_abstained"]
_QUOTE_CUE = _INDEX["quote_cue"]
_PARTIAL_UNCUED = _INDEX["partial_uncued"]
_PARTIAL = _INDEX["partial"]
_PARTIAL_BEFORE = _INDEX["partial_before"]
_PARTIAL_AFTER = _INDEX["partial_after"]
_PARTIAL_RULE = _INDEX["partial_rule"]
_PREVIOUS_SPEAKER = _INDEX["previous_speaker"]
_PREVIOUS_SPEAKER_SAME_PARAGRAPH = _INDEX["previous_speaker_same_paragraph"]
_GOVERNS = _INDEX["governs"]
_OTHER_CUE_BETWEEN = _INDEX["other_cue_between"]
_COLON_LABEL = _INDEX["colon_label"]

QUOTE_FEATURES: tuple[str, ...] = (
    "partial",
    "quote_cue",
    "partial_uncued",
    "log_inner_words",
    "capitalised_share",
    "ends_in_punctuation",
    "opens_paragraph",
    "colon_before",
    "single_marks",
    "rule_abstained",
    "log_candidates",
    "previous_near",
    "whole_paragraph",
)
"""The evidence that a quotation has a speaker at all (a scare quote, a title or a nickname has none)."""
_QINDEX = {name: i for i, name in enumerate(QUOTE_FEATURES)}
_INNER_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


class Candidate(NamedTuple):
    """A mention that may be the quotation's speaker, with its evidence as numbers (see :data:`FEATURES`)."""

    mention: Mention
    features: tuple[float, ...]


class QuoteContext(NamedTuple):
    """What the candidate stage needs to know about one quotation and its article."""

    masked: str
    """The article body with every quotation blanked."""
    tokens: Sequence[Token]
    token_starts: Sequence[int]
    mentions: Sequence[Mention]
    mention_starts: Sequence[int]
    clauses: Sequence[tuple[int, int, int]]
    """``(start, end, paragraph)`` of every clause (sentence of the masked body)."""
    open_at: int
    close_at: int
    first: int
    """Index of the clause the quotation opens in."""
    last: int
    """Index of the clause the quotation closes in."""
    partial: bool
    cue_weight: Callable[[str], float]
    """The learned probability that a (lower-case) word is a cue of attribution."""
    inner: str = ""
    """The words inside the marks."""
    single: bool = False
    """Whether the quotation is in single marks."""
    previous_near: bool = False
    """Whether an attributed quotation ends in this paragraph or the one before, before this one."""
    token_weights: Sequence[float] = ()
    """``cue_weight`` of every token, computed once per article."""
    clause_starts: Sequence[int] = ()
    mention_memo: dict[Mention, tuple[list[float], int]] | None = None
    """The article's :func:`_mention_base` by mention, shared by all its quotations (None: not kept)."""
    clause_cue_memo: dict[int, float] | None = None
    """The strongest cue weight of each clause read so far, by clause index (None: not kept)."""


def _words_between(masked: str, a: int, b: int) -> list[str]:
    return masked[a:b].split() if a < b else []


def _skip_auxiliaries(tokens: Sequence[Token], i: int, end: int) -> int:
    """The index of the first token from ``i`` that is not an auxiliary (at most ``CUE_REACH`` skipped)."""
    skipped = 0
    while i < len(tokens) and tokens[i].start < end and tokens[i].low in AUXILIARIES and skipped < CUE_REACH:
        i += 1
        skipped += 1
    return i


def cue_after(ctx: QuoteContext, m: Mention, clause_end: int) -> tuple[float, bool]:
    """The cue weight of the verb right after the mention (``Smith said``, ``she has also told``), auxiliaries
    skipped, within the clause ending at ``clause_end``, and whether that verb is a reporting word; (0.0, False)
    when a clause break stands between them."""
    i = bisect.bisect_left(ctx.token_starts, m.end)
    if i < len(ctx.tokens) and ctx.masked[m.end : ctx.tokens[i].start].strip(" ,") not in {""}:
        gap = ctx.masked[m.end : ctx.tokens[i].start]
        if any(ch in gap for ch in ".;:\n") or gap.count(",") > 1:
            return 0.0, False
    i = _skip_auxiliaries(ctx.tokens, i, clause_end)
    if i >= len(ctx.tokens) or ctx.tokens[i].start >= clause_end:
        return 0.0, False
    tok = ctx.tokens[i]
    return ctx.cue_weight(tok.low), tok.low in REPORTING_WORDS


def _cue_before(ctx: QuoteContext, m: Mention, clause_start: int) -> tuple[float, bool, bool]:
    """The cue weight of the verb right before the mention (``said Smith``), whether it is "according to", and
    whether that verb has a subject of its own (``Vell called Tal “a liar”``: the mention is its object)."""
    i = bisect.bisect_left(ctx.token_starts, m.start) - 1
    if i < 0 or ctx.tokens[i].start < clause_start:
        return 0.0, False, False
    tok = ctx.tokens[i]
    if tok.low == "to" and i > 0 and ctx.tokens[i - 1].low == "according":
        return 1.0, True, False
    gap = ctx.masked[tok.end : m.start]
    if gap.strip(" ,"):
        return 0.0, False, False
    weight = ctx.cue_weight(tok.low)
    return weight, False, weight > 0.0 and _has_subject(ctx, i, clause_start)


def _inside_apposition(ctx: QuoteContext, m: Mention, c: int) -> bool:
    """Whether the mention stands after a comma that follows an earlier mention of its clause (``Vell, the head
    of Tal Ltd, said``: "Tal Ltd" is in Vell's apposition, the verb after it is Vell's)."""
    c_start = ctx.clauses[c][0]
    if not ctx.masked[c_start : m.start].rstrip().endswith(","):
        return False
    j = bisect.bisect_left(ctx.mention_starts, m.start) - 1
    while j >= 0 and ctx.mentions[j].start >= c_start:
        earlier = ctx.mentions[j]
        if earlier.end <= m.start and ctx.masked[earlier.end : earlier.end + 1] == ",":
            return True
        j -= 1
    return False


def _last_mention_by(ctx: QuoteContext, at: int) -> int:
    """The index of the last mention that ends at or before offset ``at`` (-1 where none does)."""
    j = bisect.bisect_left(ctx.mention_starts, at) - 1
    while j >= 0 and ctx.mentions[j].end > at:
        j -= 1
    return j


def _has_subject(ctx: QuoteContext, i: int, clause_start: int) -> bool:
    """Whether a mention stands right before token ``i`` in its clause (auxiliaries and adverbs of the cue
    lexicon between): the verb's subject (``Vell has called``, ``she called``)."""
    skipped = 0
    while i > 0 and ctx.tokens[i - 1].low in AUXILIARIES and skipped < CUE_REACH:
        i -= 1
        skipped += 1
    at = ctx.tokens[i].start
    j = _last_mention_by(ctx, at)
    return j >= 0 and ctx.mentions[j].start >= clause_start and not ctx.masked[ctx.mentions[j].end : at].strip()


def _clause_cue(ctx: QuoteContext, start: int, end: int) -> float:
    """The strongest cue weight of the words in ``[start, end)``."""
    i = bisect.bisect_left(ctx.token_starts, start)
    j = bisect.bisect_left(ctx.token_starts, end, lo=i)
    return max(ctx.token_weights[i:j], default=0.0)


def _whole_clause_cue(ctx: QuoteContext, c: int) -> float:
    """The strongest cue weight of clause ``c`` (read once per clause when ``ctx`` keeps a memo)."""
    memo = ctx.clause_cue_memo
    found = memo.get(c) if memo is not None else None
    if found is None:
        start, end, _ = ctx.clauses[c]
        found = _clause_cue(ctx, start, end)
        if memo is not None:
            memo[c] = found
    return found


def _window(ctx: QuoteContext) -> tuple[int, int]:
    """The offsets candidates are taken from."""
    clauses = ctx.clauses
    paragraph = clauses[ctx.first][2]
    lo = ctx.first
    while lo > 0 and ctx.first - lo < WINDOW_CLAUSES_BEFORE and clauses[lo - 1][2] == paragraph:
        lo -= 1
    if lo > 0 and clauses[lo - 1][2] != paragraph:
        previous = clauses[lo - 1][2]
        k = lo - 1
        while k > 0 and clauses[k - 1][2] == previous and lo - k < PREVIOUS_PARAGRAPH_CLAUSES:
            k -= 1
        lo = k
    hi = ctx.last
    end_paragraph = clauses[ctx.last][2]
    while hi + 1 < len(clauses) and hi - ctx.last < WINDOW_CLAUSES_AFTER and clauses[hi + 1][2] == end_paragraph:
        hi += 1
    return clauses[lo][0], clauses[hi][1]


def _clause_of(ctx: QuoteContext, offset: int) -> int:
    return max(0, bisect.bisect_right(ctx.clause_starts, offset) - 1)


def _position(ctx: QuoteContext, m: Mention, c: int) -> str:
    clauses, first, last = ctx.clauses, ctx.first, ctx.last
    paragraph = clauses[first][2]
    if ctx.open_at < m.start and m.end < ctx.close_at:
        return "between"
    if c == first and m.end <= ctx.open_at:
        return "before_same"
    if c == last and m.start >= ctx.close_at:
        return "after_same"
    if c < first and clauses[c][2] == paragraph:
        return "prev_clause"
    if c > last and clauses[c][2] == clauses[last][2]:
        return "next_clause"
    if clauses[c][2] == paragraph - 1:
        return "prev_paragraph"
    return "far"


class _AroundQuote(NamedTuple):
    """What is the same for every candidate of one quotation (read once per quotation)."""

    quote_cue: float
    opens_paragraph: float
    colon_before: float
    governing: dict[tuple[int, int], tuple[int, ...]]
    """The subjects of the cues that govern the quotation, with those cues (:func:`_governing_subjects`)."""


def _around(ctx: QuoteContext) -> _AroundQuote:
    first_start = ctx.clauses[ctx.first][0]
    return _AroundQuote(
        _quote_cue(ctx),
        1.0 if not ctx.masked[paragraph_start(ctx) : ctx.open_at].strip() else 0.0,
        1.0 if ctx.masked[first_start : ctx.open_at].rstrip().endswith(":") else 0.0,
        _governing_subjects(ctx),
    )


def _governing_cues(ctx: QuoteContext) -> list[int]:
    """The token indexes of the cues that govern the quotation: the first cue after its closing mark and the
    last before its opening mark, each within the quotation's own sentence(s) (a learned cue weight of at
    least ``GOVERNING_CUE``, or a form of a reporting verb of the lexicon: "heard protesters shout")."""
    starts = ctx.token_starts
    i = bisect.bisect_left(starts, ctx.close_at)
    end = bisect.bisect_left(starts, ctx.clauses[ctx.last][1], lo=i)
    after = next((k for k in range(i, end) if _is_cue(ctx, k)), None)
    lo = bisect.bisect_left(starts, ctx.clauses[ctx.first][0])
    j = bisect.bisect_left(starts, ctx.open_at, lo=lo)
    before = next((k for k in range(j - 1, lo - 1, -1) if _is_cue(ctx, k)), None)
    return [k for k in (after, before) if k is not None]


def _is_cue(ctx: QuoteContext, k: int) -> bool:
    """Whether token ``k`` (an index past the last token: none) is a cue of attribution."""
    return k < len(ctx.tokens) and (ctx.token_weights[k] >= GOVERNING_CUE or ctx.tokens[k].low in REPORTING_WORDS)


def _governing_subjects(ctx: QuoteContext) -> dict[tuple[int, int], tuple[int, ...]]:
    """The mentions that are the subjects of the quotation's governing cues (:func:`_governing_cues`), by
    ``(start, end)``, with the cues they govern: the mention right before the cue (auxiliaries between), past a
    stretch set off by commas ("Vell, a friend of Tal Oren, said"; "Vell, who met Tal Oren, said"), the
    clause's opening mention before a participle after a comma ("Vell met Tal Oren, saying") or a verb after a
    coordinating conjunction ("Vell met Tal Oren and called"), else the mention right after the cue ("said
    Vell"; a finite verb after a single comma is inverted: "“…” that Vell will lose, said Tal Oren")."""
    found: dict[tuple[int, int], tuple[int, ...]] = {}
    for k in _governing_cues(ctx):
        subject = _subject_before(ctx, k) or _subject_after(ctx, k)
        if subject is not None:
            key = (subject.start, subject.end)
            found[key] = (*found.get(key, ()), k)
    return found


def _mention_ending(ctx: QuoteContext, at: int) -> Mention | None:
    """The mention that ends right before offset ``at`` (only spaces between), or None."""
    j = _last_mention_by(ctx, at)
    if j >= 0 and not ctx.masked[ctx.mentions[j].end : at].strip():
        return ctx.mentions[j]
    return None


def _subject_before(ctx: QuoteContext, k: int) -> Mention | None:
    """The mention that is the subject of the verb at token ``k`` standing before it, or None."""
    tokens, masked = ctx.tokens, ctx.masked
    skipped = 0
    while (
        k > 0
        and tokens[k - 1].low in AUXILIARIES
        and skipped < CUE_REACH
        and not masked[tokens[k - 1].end : tokens[k].start].strip()
    ):
        k -= 1
        skipped += 1
    at = tokens[k].start
    c_start = ctx.clauses[_clause_of(ctx, at)][0]
    if k > 0 and tokens[k - 1].low in CONJUNCTIONS and tokens[k - 1].start >= c_start:
        return _clause_opening_mention(ctx, c_start, tokens[k - 1].start)
    comma = at - 1
    while comma > 0 and masked[comma].isspace():
        comma -= 1
    if masked[comma : comma + 1] != ",":
        return _mention_ending(ctx, at)
    opening = masked.rfind(",", c_start, comma)
    if opening >= 0:
        return _mention_ending(ctx, opening)
    if not tokens[k].low.endswith("ing"):
        return None  # a finite verb after one comma is inverted: "“…” that Vell will lose, said Tal Oren"
    return _clause_opening_mention(ctx, c_start, comma)


def _clause_opening_mention(ctx: QuoteContext, c_start: int, before: int) -> Mention | None:
    """The clause's first mention when it opens the clause (at most ``CLAUSE_OPENING_WORDS`` words before it)
    and ends before offset ``before``, or None."""
    j = bisect.bisect_left(ctx.mention_starts, c_start)
    if j < len(ctx.mentions) and ctx.mentions[j].end <= before:
        first = ctx.mentions[j]
        if len(_words_between(ctx.masked, c_start, first.start)) <= CLAUSE_OPENING_WORDS:
            return first
    return None


def _subject_after(ctx: QuoteContext, k: int) -> Mention | None:
    """The mention right after the verb at token ``k`` ("said Vell"), or None."""
    end = ctx.tokens[k].end
    j = bisect.bisect_left(ctx.mention_starts, end)
    if j < len(ctx.mentions) and not ctx.masked[end : ctx.mentions[j].start].strip():
        return ctx.mentions[j]
    return None


def _other_cue_between(ctx: QuoteContext, m: Mention, governed: tuple[int, ...]) -> float:
    """The strongest cue (a weight of at least ``GOVERNING_CUE``, else 0) between the mention and the
    quotation's marks other than the mention's own verbs (the one right after a mention before the quotation,
    right before a mention after it, and the ``governed`` cues it is the subject of): "“…,” Vell said after
    Tal Oren spoke" gives Tal Oren the weight of "said", Vell none."""
    starts, weights = ctx.token_starts, ctx.token_weights
    if m.end <= ctx.open_at:
        i = bisect.bisect_left(starts, m.end)
        j = bisect.bisect_left(starts, ctx.open_at, lo=i)
        own = _skip_auxiliaries(ctx.tokens, i, ctx.open_at)
    elif m.start >= ctx.close_at:
        i = bisect.bisect_left(starts, ctx.close_at)
        j = bisect.bisect_left(starts, m.start, lo=i)
        own = j - 1
    else:
        return 0.0
    strongest = max((weights[k] for k in range(i, j) if k != own and k not in governed), default=0.0)
    return strongest if strongest >= GOVERNING_CUE else 0.0


def _object_of_verb(ctx: QuoteContext, m: Mention, c: int) -> bool:
    """Whether another mention of the clause stands before this one with only lower-case words between, one of
    them a content word (at most ``OBJECT_GAP_WORDS``; no punctuation): the earlier mention is the subject of
    a verb whose object this one is ("Vell met Tal Oren", "Vell went after Tal Oren"). A gap of function
    words alone is no verb ("Vell and Tal Oren"), and a mention right before a cue of its own is that cue's
    subject ("Vell heard Tal Oren shout")."""
    j = _last_mention_by(ctx, m.start)
    c_start, c_end, _ = ctx.clauses[c]
    if j < 0 or ctx.mentions[j].start < c_start:
        return False
    words = ctx.masked[ctx.mentions[j].end : m.start].split()
    return (
        0 < len(words) <= OBJECT_GAP_WORDS
        and all(w.isalpha() and w.islower() for w in words)
        and any(w not in ENGLISH_FUNCTION_WORDS for w in words)
        and not _is_cue(ctx, _next_verb(ctx, m.end, c_end))
    )


def _next_verb(ctx: QuoteContext, at: int, end: int) -> int:
    """The index of the first token after offset ``at`` that is no auxiliary (at most ``CUE_REACH`` skipped),
    with only spaces before it (an index past the last token where punctuation or ``end`` comes first)."""
    tokens, masked = ctx.tokens, ctx.masked
    i = bisect.bisect_left(ctx.token_starts, at)
    skipped = 0
    while i < len(tokens) and tokens[i].start < end and not masked[at : tokens[i].start].strip():
        if tokens[i].low not in AUXILIARIES or skipped == CUE_REACH:
            return i
        at = tokens[i].end
        i += 1
        skipped += 1
    return len(tokens)


def _place_features(v: list[float], ctx: QuoteContext, m: Mention, c: int, side_rank: int, around: _AroundQuote) -> str:
    """Where the mention stands: clause and paragraph relative to the quotation, distance, rank on its side, and
    the strongest cue between it and the quotation's marks."""
    where = _position(ctx, m, c)
    v[_INDEX[where]] = 1.0
    masked, open_at, close_at = ctx.masked, ctx.open_at, ctx.close_at
    if m.end <= open_at:
        gap = len(masked[m.end : open_at].split())
        v[_CUE_BETWEEN] = _clause_cue(ctx, m.end, open_at)
        v[_COLON_LABEL] = 1.0 if masked[m.end : open_at].strip() == ":" else 0.0
    elif m.start >= close_at:
        after = masked[close_at : m.start]
        gap = len(after.split())
        v[_CUE_BETWEEN] = _clause_cue(ctx, close_at, m.start)
        v[_ADJACENT_CLOSE] = 0.0 if after.strip(" ,") else 1.0
    else:
        gap = 0
    v[_LOG_GAP_WORDS] = math.log1p(gap)
    governed = around.governing.get((m.start, m.end), ())
    v[_GOVERNS] = 1.0 if governed else 0.0
    v[_OTHER_CUE_BETWEEN] = _other_cue_between(ctx, m, governed)
    v[_NEAREST_ON_SIDE] = 1.0 if side_rank == 0 else 0.0
    v[_LOG_RANK_ON_SIDE] = math.log1p(side_rank)
    v[_OPENS_PARAGRAPH] = around.opens_paragraph
    v[_COLON_BEFORE] = around.colon_before
    return where


def _mention_base(ctx: QuoteContext, m: Mention) -> tuple[list[float], int]:
    """The mention's clause and a feature vector holding what the mention is, the cues around it in that
    clause and whether it opens the clause: the same for every quotation the mention is a candidate of, so
    read once per mention when ``ctx`` keeps a memo (each candidate copies the vector)."""
    memo = ctx.mention_memo
    found = memo.get(m) if memo is not None else None
    if found is None:
        c = _clause_of(ctx, m.start)
        base = [0.0] * len(FEATURES)
        for i, value in _mention_values(ctx.masked, m) + _cue_values(ctx, m, c):
            base[i] = value
        c_start = ctx.clauses[c][0]
        base[_CLAUSE_INITIAL] = (
            1.0 if len(_words_between(ctx.masked, c_start, m.start)) <= CLAUSE_OPENING_WORDS else 0.0
        )
        found = (base, c)
        if memo is not None:
            memo[m] = found
    return found


def _mention_values(masked: str, m: Mention) -> tuple[tuple[int, float], ...]:
    """Its kind, a possessive or a prepositional object, a name's length and title."""
    found = [
        (_INDEX["possessive"], 1.0 if possessive(masked, m) else 0.0),
        (_INDEX["after_preposition"], 1.0 if after_preposition(masked, m) else 0.0),
        (_INDEX["apposition_comma"], 1.0 if masked[m.end : m.end + 2].startswith(",") else 0.0),
    ]
    kind = "kind_" + m.kind
    if kind in _INDEX:
        found.append((_INDEX[kind], 1.0))
    if m.kind == "name":
        found.append((_INDEX["name_words"], float(min(4, len(m.name_tokens)))))
        found.append((_INDEX["has_title"], 1.0 if m.title else 0.0))
        found.append((_INDEX["person_name"], 1.0 if _is_person_name(m.name_tokens) else 0.0))
    return tuple(found)


def _cue_values(ctx: QuoteContext, m: Mention, c: int) -> tuple[tuple[int, float], ...]:
    """The cues around the mention in its clause: a verb right after or before it, the clause's strongest."""
    c_start, c_end, _ = ctx.clauses[c]
    after, reporting = cue_after(ctx, m, c_end)
    before, according, subject = _cue_before(ctx, m, c_start)
    return (
        (_INDEX["cue_after_mention"], after),
        (_INDEX["cue_after_reporting"], 1.0 if reporting else 0.0),
        (_INDEX["cue_before_mention"], before),
        (_INDEX["according_before"], 1.0 if according else 0.0),
        (_INDEX["object_of_cue"], 1.0 if subject else 0.0),
        (_INDEX["inside_apposition"], 1.0 if _inside_apposition(ctx, m, c) else 0.0),
        (_INDEX["clause_cue"], _whole_clause_cue(ctx, c)),
        (_INDEX["object_of_verb"], 1.0 if _object_of_verb(ctx, m, c) else 0.0),
    )


def _features(
    ctx: QuoteContext,
    m: Mention,
    side_rank: int,
    rule: Mention | None,
    previous: Mention | None,
    carried: bool,
    around: _AroundQuote,
) -> tuple[float, ...]:
    base, c = _mention_base(ctx, m)
    v = base.copy()
    where = _place_features(v, ctx, m, c, side_rank, around)
    is_rule = rule is not None and rule.start == m.start and rule.end == m.end
    if is_rule:
        v[_RULE_PICK] = 1.0
        v[_CARRIED_RULE] = 1.0 if carried else 0.0
    if rule is None:
        v[_RULE_ABSTAINED] = 1.0
    quote_cue = v[_QUOTE_CUE] = around.quote_cue
    if ctx.partial:
        v[_PARTIAL_UNCUED] = 1.0 if quote_cue < UNCUED_BELOW else 0.0
        v[_PARTIAL] = 1.0
        v[_PARTIAL_BEFORE] = 1.0 if where == "before_same" else 0.0
        v[_PARTIAL_AFTER] = 1.0 if where == "after_same" else 0.0
        v[_PARTIAL_RULE] = 1.0 if is_rule else 0.0
    if previous is not None and previous.start == m.start and previous.end == m.end:
        v[_PREVIOUS_SPEAKER] = 1.0
        same = ctx.clauses[_clause_of(ctx, previous.start)][2] == ctx.clauses[ctx.first][2]
        v[_PREVIOUS_SPEAKER_SAME_PARAGRAPH] = 1.0 if same else 0.0
    return tuple(v)


def quote_features(ctx: QuoteContext, rule: Mention | None, n_candidates: int) -> tuple[float, ...]:
    """The quotation's own evidence of having a speaker (see :data:`QUOTE_FEATURES`)."""
    v = [0.0] * len(QUOTE_FEATURES)

    def put(name: str, value: float = 1.0) -> None:
        v[_QINDEX[name]] = value

    cue = _quote_cue(ctx)
    words = _INNER_WORD.findall(ctx.inner)
    put("partial", 1.0 if ctx.partial else 0.0)
    put("quote_cue", cue)
    put("partial_uncued", 1.0 if ctx.partial and cue < UNCUED_BELOW else 0.0)
    put("log_inner_words", math.log1p(len(words)))
    put("capitalised_share", sum(w[0].isupper() for w in words) / len(words) if words else 0.0)
    put("ends_in_punctuation", 1.0 if ctx.inner.rstrip()[-1:] in {".", ",", "?", "!", "…"} else 0.0)
    para_start = paragraph_start(ctx)
    put("opens_paragraph", 1.0 if not ctx.masked[para_start : ctx.open_at].strip() else 0.0)
    first_start = ctx.clauses[ctx.first][0]
    put("colon_before", 1.0 if ctx.masked[first_start : ctx.open_at].rstrip().endswith(":") else 0.0)
    put("single_marks", 1.0 if ctx.single else 0.0)
    put("rule_abstained", 1.0 if rule is None else 0.0)
    put("log_candidates", math.log1p(n_candidates))
    put("previous_near", 1.0 if ctx.previous_near else 0.0)
    before, after = ctx.masked[para_start : ctx.open_at], ctx.masked[ctx.close_at : paragraph_end(ctx)]
    alone = not before.strip() and not after.strip()
    put("whole_paragraph", 1.0 if alone else 0.0)
    return tuple(v)


def _quote_cue(ctx: QuoteContext) -> float:
    """The strongest cue in the sentence(s) the quotation stands in, outside its marks (one value per quotation:
    a quotation with no cue around it, such as a scare quote, lowers every candidate's score)."""
    start = ctx.clauses[ctx.first][0]
    end = ctx.clauses[ctx.last][1]
    return max(_clause_cue(ctx, start, ctx.open_at), _clause_cue(ctx, ctx.close_at, end))


def paragraph_end(ctx: QuoteContext) -> int:
    """Where the paragraph of the quotation's last clause ends (the end of its last clause)."""
    k = ctx.last
    paragraph = ctx.clauses[k][2]
    while k + 1 < len(ctx.clauses) and ctx.clauses[k + 1][2] == paragraph:
        k += 1
    return ctx.clauses[k][1]


def paragraph_start(ctx: QuoteContext) -> int:
    """Where the paragraph of the quotation's first clause starts (the start of its first clause)."""
    k = ctx.first
    paragraph = ctx.clauses[k][2]
    while k > 0 and ctx.clauses[k - 1][2] == paragraph:
        k -= 1
    return ctx.clauses[k][0]


def gather_candidates(
    ctx: QuoteContext, rule: Mention | None, previous: Mention | None, carried: bool
) -> list[Candidate]:
    """Every credible speaker mention of the quotation in ``ctx``, with its evidence.

    ``rule`` is the mention the hand rules chose (or None), ``previous`` the
    deciding mention of the quotation before (for continuations), and
    ``carried`` whether the rules took the speaker from an earlier quotation.
    Both are added as candidates even when they lie outside the window.
    """
    lo, hi = _window(ctx)
    i = bisect.bisect_left(ctx.mention_starts, lo)
    pool: list[Mention] = []
    while i < len(ctx.mentions) and ctx.mentions[i].start < hi:
        m = ctx.mentions[i]
        if m.end <= hi and not (ctx.open_at <= m.start < ctx.close_at and _inside_marks(ctx, m)):
            pool.append(m)
        i += 1
    for extra in (rule, previous):
        if extra is not None and not any(p.start == extra.start and p.end == extra.end for p in pool):
            pool.append(extra)
    before = sorted((m for m in pool if m.end <= ctx.open_at), key=lambda m: -m.end)
    after = sorted((m for m in pool if m.start >= ctx.close_at), key=lambda m: m.start)
    rank = {(m.start, m.end): r for side in (before, after) for r, m in enumerate(side)}
    around = _around(ctx)
    return [
        Candidate(m, _features(ctx, m, rank.get((m.start, m.end), 0), rule, previous, carried, around)) for m in pool
    ]


def _inside_marks(ctx: QuoteContext, m: Mention) -> bool:
    """Whether the mention lies inside the quotation's own marks (the masked body has none there)."""
    return "#" in ctx.masked[max(ctx.open_at, m.start - 1) : m.start + 1]
