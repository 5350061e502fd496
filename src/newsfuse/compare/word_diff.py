"""Word-level difference between two wordings of one utterance.

A fact-checker wants to see exactly which words one outlet has that another
has not, not a character soup, so the diff runs over normalised words
(:mod:`newsfuse.compare.wording`): a changed quote mark or hyphen is no
difference at all. The steps read from ``a`` (the reference wording, usually
the majority) to ``b`` (the wording being checked).

Reads two sequences of canonical words; writes :class:`~newsfuse.model.DiffOp`
steps (:func:`word_diff`) and classified :class:`Change` rows
(:func:`classify_changes`), which the verdicts read. Each difference is, in
order of precedence:

- ``extent``: words one side has before or after all the other has (or a
  replacement at the cut edge of a fragment); ``ellipsis``: words left out
  where the other side marks a gap;
- ``negation``, ``number``, ``hedge``: the negations, the figures, or the
  hedges (lexicon words and phrases; ``about``/``nearly`` only right before a
  number) differ;
- ``clause``: an insertion or omission of at least ``CLAUSE_MIN_CONTENT`` (2)
  content words (comment clauses such as "I think" and transcription-neutral
  words do not count), else ``wording``;
- ``wording`` for a pronoun standing for a noun phrase, ``inflection`` for
  the same content words in other forms (:func:`one_lemma`: one crude stem,
  or a shared start of ``SAME_LEMMA_PREFIX`` (4) letters followed by
  inflectional endings), ``substitution`` for other content words.

:data:`~newsfuse.model.CONTENT_CHANGES` are the kinds that change what the speaker is made
to say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from newsfuse.article.stems import stem
from newsfuse.compare.wording import FUNCTION_WORDS as TRANSCRIPTION_NEUTRAL
from newsfuse.lexicon import AROUND, COMMENT_CLAUSES, HEDGE_PHRASES, HEDGES, NEARLY, NEGATIONS, REFERRING_WORDS
from newsfuse.model import CONTENT_CHANGES, DiffKind, DiffOp, WordingChange

__all__ = ["CONTENT_CHANGES", "Change", "ChangeKind", "changed_words", "classify_changes", "one_lemma", "word_diff"]


def word_diff(a: Sequence[str], b: Sequence[str]) -> tuple[DiffOp, ...]:
    """The steps that turn the words ``a`` into the words ``b``.

    ``delete`` drops words of ``a``; ``insert`` adds words of ``b``;
    ``replace`` swaps one run for another; ``equal`` runs are kept so the diff
    reads as the whole sentence.
    """
    matcher = SequenceMatcher(None, list(a), list(b), autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        op: DiffKind = tag  # type: ignore[assignment]
        ops.append(DiffOp(op, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return tuple(ops)


def changed_words(diff: Sequence[DiffOp]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of ``a`` and of ``b`` that a diff does not keep (replaced, dropped or added)."""
    dropped: list[str] = []
    added: list[str] = []
    for op in diff:
        if op.op == "equal":
            continue
        dropped.extend(op.a.split())
        added.extend(op.b.split())
    return tuple(dropped), tuple(added)


# -- what a difference changes ----------------------------------------------------------------------

ChangeKind = Literal[WordingChange, "extent", "ellipsis"]
"""What a difference changes (:data:`~newsfuse.model.WordingChange`), or that one wording has more of the
remark (extent) or marks an omission (ellipsis)."""

#: Single words that blur a number ("about 40", "nearly 2 million"): hedges only right before a number.
NUMBER_APPROXIMATORS = frozenset(p for p in (*AROUND, *NEARLY) if " " not in p)
CLAUSE_MIN_CONTENT = 2  # content words an unmarked insertion or omission needs to count as a clause


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between a reference wording ``a`` and a wording ``b``.

    ``a``/``b`` are the words on each side (one may be empty); ``at_a``/``at_b``
    are where the change starts in each word sequence, so a caller can read
    the words around it.
    """

    kind: ChangeKind
    a: tuple[str, ...]
    b: tuple[str, ...]
    at_a: int
    at_b: int
    end_a: int
    end_b: int


SAME_LEMMA_PREFIX = 4  # two forms of one word share their start: at least this many letters, then inflections
INFLECTION_TAILS = frozenset(["", "s", "es", "ed", "d", "t", "n", "en", "e", "y", "ies", "ied", "ying", "ing"])


def _tail(word: str, shared: int) -> str:
    """What follows the shared start, less a doubled consonant ("running" → "ing")."""
    tail = word[shared:]
    return tail[1:] if len(tail) > 3 and tail[0] == word[shared - 1] else tail


def one_lemma(a: str, b: str) -> bool:
    """Whether two words are forms of one word: the same crude stem, or a shared start and inflectional endings
    ("rebuilt"/"rebuilding", "studied"/"studying"; not "protest"/"protect")."""
    if stem(a) == stem(b):
        return True
    if a.isdigit() or b.isdigit():
        return False
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    tails = {_tail(a, shared), _tail(b, shared)}
    return shared >= SAME_LEMMA_PREFIX and tails <= INFLECTION_TAILS | {"ding", "ting"}


def _same_lemmas(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two runs of content words are the same words in other forms, one for one."""
    if len(a) != len(b):
        return False
    rest = list(b)
    for word in a:
        match = next((i for i, other in enumerate(rest) if one_lemma(word, other)), None)
        if match is None:
            return False
        rest.pop(match)
    return True


def _without_comment_clauses(words: Sequence[str]) -> list[str]:
    padded = " " + " ".join(words) + " "
    for clause in COMMENT_CLAUSES:
        padded = padded.replace(f" {clause} ", " ")
    return padded.split()


def _content(words: Sequence[str]) -> list[str]:
    return [w for w in _without_comment_clauses(words) if w not in TRANSCRIPTION_NEUTRAL]


def _hedges(words: Sequence[str], after: str) -> set[str]:
    """The hedges among ``words`` (``after`` is the word that follows): words, phrases, and approximators
    right before a number."""
    following = [*words[1:], after][: len(words)]
    found = {
        w
        for w, nxt in zip(words, following, strict=True)
        if w in HEDGES or (w in NUMBER_APPROXIMATORS and nxt[:1].isdigit())
    }
    padded = " " + " ".join(words) + " "
    found.update(p for p in HEDGE_PHRASES if f" {p} " in padded)
    return found


def _referring(words: Sequence[str]) -> bool:
    """Whether ``words`` are only a pronoun or demonstrative (with articles): a reference, not content."""
    return bool(words) and all(w in REFERRING_WORDS for w in words)


def _kind_of(a: Sequence[str], b: Sequence[str], *, inserted: bool, after_a: str = "", after_b: str = "") -> ChangeKind:
    """What replacing ``a`` by ``b`` changes (see :data:`CONTENT_CHANGES`)."""
    if {w for w in a if w in NEGATIONS} != {w for w in b if w in NEGATIONS}:
        return "negation"
    if sorted(w for w in a if w[:1].isdigit()) != sorted(w for w in b if w[:1].isdigit()):
        return "number"
    if _hedges(a, after_a) - _hedges(b, after_b):
        return "hedge"
    content_a, content_b = _content(a), _content(b)
    if inserted:
        return "clause" if max(len(content_a), len(content_b)) >= CLAUSE_MIN_CONTENT else "wording"
    if (_referring(a) and content_b) or (_referring(b) and content_a):
        return "wording"  # a pronoun for the noun it stands for ("that" / "the plan"): the same referent
    if not _same_lemmas(content_a, content_b):
        return "substitution"
    if content_a != content_b:
        return "inflection"
    return "wording"


def classify_changes(
    a: Sequence[str],
    b: Sequence[str],
    *,
    gaps_a: Sequence[bool] = (),
    gaps_b: Sequence[bool] = (),
    fragment_a: bool = False,
    fragment_b: bool = False,
) -> list[Change]:
    """The differences between the canonical words ``a`` (reference) and ``b``, each with its kind.

    Words one side has before or after everything the other side has are the
    ``extent`` of the quotation (where the outlet started or stopped quoting),
    and so is a replacement at the cut edge of a fragment. Words left out
    where the other side marks a gap (an ellipsis or an editorial bracket) are
    an ``ellipsis``. ``gaps_a``/``gaps_b`` say, per word, whether a gap stood
    just before it.
    """
    matcher = SequenceMatcher(None, list(a), list(b), autojunk=False)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        wa, wb = tuple(a[i1:i2]), tuple(b[j1:j2])
        at_start, at_end = i1 == 0 and j1 == 0, i2 == len(a) and j2 == len(b)
        cut = (fragment_a and (i1 == 0 or i2 == len(a))) or (fragment_b and (j1 == 0 or j2 == len(b)))
        if tag != "replace" and (at_start or at_end):
            kind: ChangeKind = "extent"
        elif tag == "replace" and cut and (at_start or at_end):
            kind = "extent"
        elif (tag == "delete" and _gap_at(gaps_b, j1)) or (tag == "insert" and _gap_at(gaps_a, i1)):
            kind = "ellipsis"
        else:
            after_a = a[i2] if i2 < len(a) else ""
            after_b = b[j2] if j2 < len(b) else ""
            kind = _kind_of(wa, wb, inserted=tag != "replace", after_a=after_a, after_b=after_b)
        changes.append(Change(kind, wa, wb, i1, j1, i2, j2))
    return changes


def _gap_at(gaps: Sequence[bool], index: int) -> bool:
    return index < len(gaps) and gaps[index]
