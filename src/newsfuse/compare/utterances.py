"""Aligning each quotation across a story's outlets and giving it a verdict.

A fact-checker opens newsfuse to learn whether the words in quotation marks
are the words that were said. No outlet is the authority, so the story's
outlets are checked against one another, a sentence at a time, in their
canonical transcription (:func:`~newsfuse.compare.wording.canonical_units`:
spelling, contractions, numbers, compounds, fillers, brackets and
punctuation made equal), because outlets cut, split and merge quotations.

**Alignment is on the words.** Two sentences of different articles print
one remark when they are the same words, when one is an excerpt of the other
(its pieces, split at ellipses and editorial brackets, stand in order in the
other), or when they share most of their words in order (``HELD_IN`` of the
shorter one, or a word-sequence Dice of ``SAME_ORDER``, and ``CONTENT_HELD``
of the shorter one's content words). The speaker is evidence, not a gate:
the words that match must carry enough information to rule out chance
(``EVIDENCE_NEEDED``: each word counts how far its wordfreq Zipf frequency
lies below ``ZIPF_CEILING``, at least ``WORD_FLOOR``, less log10 of the
number of the story's quotations that use it, so the story's topic words
count little; a close wording loses ``UNMATCHED_WEIGHT`` of the information
of the shorter one's content words that the other lacks, a word the other
prints in another form of it being no lack). The same words,
attributed on both sides, that neither article quotes anywhere else need
only ``EXACT_EVIDENCE``: a partial quotation ("judges") plucked from a
remark another outlet prints whole is that remark (an article that prints
the fragment again inside the sentence it comes from still prints one
remark), while a word a speaker keeps using in several remarks, or a term
the story quotes again and again, is not pinned to one remark. Agreeing
speakers add ``SPEAKER_AGREES``, two different names
take ``SPEAKER_DISAGREES`` away times the confidences of both attributions
(a wrong attribution can be any name, so an agreement is evidence even where
the speaker stage doubts it, while one doubtful attribution is all a
disagreement takes; attribution errs, so this is no veto either:
a long sentence printed under two names stays one remark and is reported
``misattributed``, unless either attribution is one the speaker stage
doubts, below ``ATTRIBUTION_TRUSTED``), an unnamed source is neither, and
different words under two speakers must be nearly the same
(``DISAGREEING_DICE``). A speaker is keyed by the word of the name that most
of the story's attributions end with, so a name read with a stray word
("Dana Whitfield Tuesday") is still the same speaker. Quoted titles
in Title Case ("Stand By The River") are names, not remarks, and align with
nothing, unless another outlet prints the same words in running lower case
(then the capitals were one outlet's styling of a remark). Two partial
quotations of at most ``TERM_WORDS`` words need more than their words: a
full quotation in the story that prints them, or the same speaker named by
both outlets with both attributions trusted; otherwise the word in marks is
as often a term of the story (a label, a nickname) as a word somebody said.
One given to a group ("what critics call a 'giveaway'", a crowd's chant)
is that group's word and joins no remark: a group is not the person whose
sentence holds the word. A sentence no
other outlet prints is linked to a remark it paraphrases (``PARAPHRASE_CONTENT`` shared content words, the same named
speaker) only where two or more other articles print that remark.

Candidate pairs come from an index of the sentences' content words, probed
with a prefix of each sentence's rarest words (prefix filtering): a pair
sharing half of the shorter sentence's content words, or
``PARAPHRASE_CONTENT`` of them, is always found, and a quote-heavy article
and its reprint cost a few postings per sentence, not a product. Sentences
are grouped around anchors (the best-linked sentence) into groups whose
sentences all print one another's words, so two different sentences joined
only through a fragment or a third sentence are not made one remark, and a
sentence printed whole by one outlet and in two pieces by others makes one
group per piece.

**Each quotation gets one verdict:**

``corroborated``
    Another outlet prints the same words in quotation marks, or an exact
    excerpt of them, or this quotation is an exact excerpt of another's
    (a sentence of ``MARKED_MIN_WORDS`` or more also counts where another
    outlet has the words inside marks that no quotation was found in).
``variant``
    The same remark in other words that do not change what is said
    (function words, inflection, a pronoun for its noun, a comment clause
    such as "I think", a full quotation that ends as a sentence where the
    speaker went on), or a change in content where nothing decides which
    outlet has the original wording. Words cut at the edges of a quotation,
    or at an ellipsis, are no change at all.
``altered``
    The attributed words change in content (a substituted content word, a
    changed number or name, a negation added or dropped, a hedge dropped,
    a clause added or removed without an ellipsis, or the whole remark
    paraphrased) and this outlet is the one that changed them: more
    quotations in the story print the other wording (``decided="majority"``;
    a printing under another name votes where either attribution is doubted),
    or, one printing against one, this wording drops a hedge the other keeps
    (``decided="hedge"``: reporters trim hedges, they rarely add them) or a
    negation the other prints (``decided="negation"``: a dropped "not" is the
    classic slip of copying and transcribing, an added one is not a slip but a
    rewrite). Such a tie is decided only against a full quotation and only
    where the outlets do not name different speakers: a fragment is woven into
    the reporter's own sentence, whose grammar may have added or absorbed the
    negation, so it cannot show what the speaker's sentence said. A change decides only when
    it is local (at most ``MAX_SUBSTITUTION_WORDS`` replaced), the wordings
    are otherwise the same words (``ALTERED_COVERAGE`` of the shorter in
    order), the unchanged words alone carry ``ALTERED_EVIDENCE``, and the
    sentence differs in content from none of its printings in more than
    ``MAX_CONTENT_CHANGES`` place: a misquote changes a word, a sentence that
    differs in several places is another wording (or another remark), and an
    ``altered`` must be publishable.
``single-source``
    No other outlet quotes it. Reported speech in another outlet that
    repeats the words supports it (a ``reported-speech`` reason) but does
    not corroborate it: common phrases stand in many bodies.

Every ``altered`` and ``variant`` carries its reasons
(:class:`~newsfuse.model.VerdictReason`: the category and the words on
each side).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

import msgspec
from rapidfuzz.distance import LCSseq

from newsfuse.compare.quoted import quoted_spans
from newsfuse.compare.shingles import RunIndex
from newsfuse.compare.word_diff import CONTENT_CHANGES, Change, classify_changes, one_lemma, word_diff
from newsfuse.compare.wording import (
    FUNCTION_WORDS,
    Token,
    canonical_units,
    canonical_words,
    english_zipf,
    normal_words,
    word_texts,
)
from newsfuse.lexicon import HEADLINE_SMALL_WORDS, NEGATIONS
from newsfuse.model import (
    VERDICT_SEVERITY,
    ArticleAnalysis,
    Attribution,
    Quote,
    Span,
    Speaker,
    Utterance,
    UtteranceVariant,
    Verdict,
    VerdictDecision,
    VerdictReason,
)
from newsfuse.options import VerdictsOptions

__all__ = ["align_utterances", "by_verdict"]

Relation = Literal["identical", "excerpt", "variant", "paraphrase"]


# Thresholds of "the same remark" (see the module docstring). EVIDENCE_NEEDED, EXACT_EVIDENCE, UNMATCHED_WEIGHT,
# MAX_CONTENT_CHANGES and ATTRIBUTION_TRUSTED are the defaults of options.VerdictsOptions, which a user may change.
SAME_ORDER = 0.5  # word-sequence Dice: shared words in order over both lengths
HELD_IN = 0.75  # share of the shorter sentence found in order in the longer
HELD_MIN_WORDS = 3  # ... and at least this many words of it
DISAGREEING_DICE = 0.8  # word-sequence Dice two different wordings need when the outlets name different speakers
CONTENT_HELD = 0.5  # ... and, either way, at least this share of the shorter sentence's content words in order
ZIPF_CEILING = 7.0  # a word's information is how far its Zipf frequency lies below this ("the" ≈ 7.3: none)
_DEFAULTS = VerdictsOptions()  # the thresholds' one home is the options section; these name its defaults
# information the matched words must carry (one rare word, or two or three common ones)
EVIDENCE_NEEDED = _DEFAULTS.evidence_needed
EXACT_EVIDENCE = _DEFAULTS.exact_evidence  # ... for the same words, both attributed, quoted in no second remark
# share of the information of the shorter's unmatched content words a close wording loses
UNMATCHED_WEIGHT = _DEFAULTS.unmatched_weight
SPEAKER_AGREES = 1.0  # evidence added when both outlets name the same speaker
SPEAKER_DISAGREES = 2.0  # evidence taken away when they name different speakers (attribution errs too: no veto)
WORD_FLOOR = 0.5  # the least a matched word counts: a long run of common words in order is no accident either
# A word's information is lowered by log10 of the number of the story's quotations that use it: the story's topic
# words ("tariff" in a story about a tariff) turn up in many remarks.
PARAPHRASE_CONTENT = 5  # content words (in any order) that make a paraphrase of the same speaker's remark ...
PARAPHRASE_DICE = 0.3  # ... with at least this content-word Dice
PREFIX_SHARE = 0.5  # candidates share at least this share of the shorter sentence's content words
ALTERED_EVIDENCE = (
    EVIDENCE_NEEDED  # the unchanged words alone must establish the link before a change can be an alteration
)
ALTERED_COVERAGE = 0.8  # ... and four in five of the shorter wording's words must stand in order in the other
# a wording that differs in content in more places than this is never called altered
MAX_CONTENT_CHANGES = _DEFAULTS.max_content_changes
MAX_SUBSTITUTION_WORDS = 4  # a longer run replaced by another is another sentence, not a changed word: no verdict
REPORTED_MIN_WORDS = 3  # reported speech supports runs of at least this many words
MARKED_MIN_WORDS = 5  # words a sentence needs before unattributed quotation marks elsewhere corroborate it
# an attribution below this confidence is never reported as misattributed
ATTRIBUTION_TRUSTED = _DEFAULTS.attribution_trusted
TERM_WORDS = 1  # two fragments this short are one remark only where a sentence or a trusted common speaker says so
UNNAMED = "~unnamed"


@dataclass(slots=True)
class _Unit:
    """One sentence of one quotation, in canonical words."""

    index: int
    quote: int
    article: str
    tokens: tuple[Token, ...]
    texts: tuple[str, ...]
    speaker: str | None
    fragment: bool
    title: bool = False
    group: bool = False
    ends_sentence: bool = False
    links: dict[int, Relation] = field(default_factory=dict)
    grouped: dict[int, Relation] = field(default_factory=dict)
    verdict: Verdict = "single-source"
    reasons: list[VerdictReason] = field(default_factory=list)
    misattributed: bool = False
    trusted: bool = True
    confidence: float = 1.0


def by_verdict(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotations with altered ones first, then variants, corroborated, single-source."""
    return sorted(quotes, key=lambda q: VERDICT_SEVERITY.get(q.verdict, 4))


def _name_words(speaker: Speaker | None) -> tuple[str, ...]:
    """The words of a named speaker's name (none for an unnamed source or an unknown speaker)."""
    if speaker is None or not speaker.name or not speaker.named:
        return ()
    return _words_of_name(speaker.name)


@functools.lru_cache(maxsize=4096)
def _words_of_name(name: str) -> tuple[str, ...]:
    """The normalised words of a name (a story names its few speakers again and again).

    Per process: at most 4,096 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    return tuple(w.text for w in normal_words(name))


def _speaker_key(speaker: Speaker | None, surnames: Counter[str] | None = None) -> str | None:
    """One key per speaker: a named speaker's surname, one key for every unnamed source, None when unknown.

    With ``surnames`` (how many of the story's attributions end with each
    word), the key is the word of the name that most attributions end with,
    so that "Ruth Calder Sunday" (a day read into a name) keys as "calder".
    """
    if speaker is None or not speaker.name:
        return None
    if not speaker.named:
        return UNNAMED
    words = _name_words(speaker)
    if not words:
        return None
    return max(reversed(words), key=lambda w: surnames[w]) if surnames else words[-1]


def _is_group(speaker: Speaker | None) -> bool:
    """Whether a quotation is given to a group ("critics", "the party's members"), not to one person."""
    return speaker is not None and not speaker.named and speaker.mention_kind == "group"


def _trusted(speaker: Speaker | None, trusted_from: float = ATTRIBUTION_TRUSTED) -> bool:
    """Whether the speaker stage is sure enough of an attribution to report it as differing from another outlet's."""
    return speaker is not None and (speaker.confidence is None or speaker.confidence >= trusted_from)


def _confidence(speaker: Speaker | None) -> float:
    """How sure the speaker stage is of an attribution (1 where it gives no figure)."""
    return 1.0 if speaker is None or speaker.confidence is None else speaker.confidence


def _speaker_evidence(a: str | None, b: str | None) -> float:
    """What the two speakers say about two quotations being one remark.

    An unnamed source ("a senior official", "the lawmaker") says nothing
    either way: outlets describe one source differently, and a description
    may be a named person's. Such pairs are told apart by their words.
    """
    if a is None or b is None or UNNAMED in (a, b):
        return 0.0
    return SPEAKER_AGREES if a == b else -SPEAKER_DISAGREES


def _attributions_say(a: _Unit, b: _Unit) -> float:
    """What two quotations' attributions say about their being one remark.

    An agreement counts whole: a wrong attribution can be any name, so two
    outlets rarely make the same mistake. A disagreement counts as much as
    the speaker stage is sure of both attributions (the product of their
    confidences): one doubtful attribution is all a disagreement takes.
    """
    said = _speaker_evidence(a.speaker, b.speaker)
    return said * a.confidence * b.confidence if said < 0 else said


def _named(unit: _Unit) -> str | None:
    """The key of the unit's speaker where it is a named person the speaker stage is sure of, else None."""
    return None if unit.speaker in (None, UNNAMED) or not unit.trusted else unit.speaker


def _may_differ(a: str | None, b: str | None) -> bool:
    """Whether two speakers may be different people: two names, or a name and an unnamed source."""
    return a is not None and b is not None and a != b


def _padded(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def _segments(tokens: Sequence[Token]) -> list[list[str]]:
    """The runs of words between gaps (ellipses, editorial brackets)."""
    runs: list[list[str]] = []
    for token in tokens:
        if token.gap or not runs:
            runs.append([])
        runs[-1].append(token.text)
    return runs


def _excerpt_of(short: _Unit, long: _Unit) -> bool:
    """Whether every piece of ``short`` stands, in order, word for word in ``long``."""
    text = _padded(long.texts)
    at = 0
    for run in _segments(short.tokens):
        found = text.find(_padded(run), at)
        if found < 0:
            return False
        at = found + len(_padded(run)) - 1
    return True


class _Story:
    """The sentence units of one story's quotations, their information and their index."""

    def __init__(self, analyses: Sequence[ArticleAnalysis], options: VerdictsOptions | None = None) -> None:
        self.options = options or _DEFAULTS
        self.quotes: list[Quote] = [q for a in analyses for q in a.quotes]
        self.bodies = {a.article.id: a.article.body for a in analyses}
        self.analyses = {a.article.id: a for a in analyses}
        self.units: list[_Unit] = []
        self.quote_units: list[list[int]] = []
        surnames = Counter(words[-1] for q in self.quotes if (words := _name_words(q.speaker)))
        self.quote_speaker = [_speaker_key(q.speaker, surnames) for q in self.quotes]
        self.quote_trusted = [_trusted(q.speaker, self.options.attribution_trusted) for q in self.quotes]
        for qi, quote in enumerate(self.quotes):
            body = self.bodies.get(quote.article, "")
            speaker = self.quote_speaker[qi]
            title = is_title(quote.text)
            mine: list[int] = []
            for span in quote.spans:
                for tokens in canonical_units(body[span.start : span.end], span.start):
                    unit = _Unit(
                        index=len(self.units),
                        quote=qi,
                        article=quote.article,
                        tokens=tokens,
                        texts=tuple(t.text for t in tokens),
                        speaker=speaker,
                        trusted=_trusted(quote.speaker, self.options.attribution_trusted),
                        confidence=_confidence(quote.speaker),
                        fragment=quote.kind == "partial",
                        title=title,
                        group=_is_group(quote.speaker),
                    )
                    mine.append(unit.index)
                    self.units.append(unit)
            if mine and quote.kind == "full":
                last = self.units[mine[-1]]
                last.ends_sentence = _ends_sentence(body, last.tokens[-1].end)
            self.quote_units.append(mine)
        # A word many of the story's quotations use (its topic) says little about which remark two share.
        spread = Counter(
            w for qi in range(len(self.quotes)) for w in {t for u in self.quote_units[qi] for t in self.units[u].texts}
        )
        self.info = {w: max(WORD_FLOOR, _information(w) - math.log10(n)) for w, n in spread.items()}
        self.quote_text = [_padded([t for u in ids for t in self.units[u].texts]) for ids in self.quote_units]
        # Every quotation's words in one string (searched once per phrase, not once per quotation).
        self._all_quotes = "\n".join(self.quote_text)
        self._quote_starts = list(itertools.accumulate((len(t) + 1 for t in self.quote_text[:-1]), initial=0))
        self._found: dict[str, list[tuple[int, bool]]] = {}
        self._reported: RunIndex | None = None
        self._marked_text: dict[str, str] = {}

    def quotes_with(self, needle: str) -> list[tuple[int, bool]]:
        """The quotations whose words hold ``needle`` (padded), and whether they end with it."""
        found = self._found.get(needle)
        if found is None:
            found = []
            at = self._all_quotes.find(needle)
            while at >= 0:
                qi = bisect.bisect_right(self._quote_starts, at) - 1
                end = at + len(needle) - self._quote_starts[qi]
                if not found or found[-1][0] != qi:
                    found.append((qi, end == len(self.quote_text[qi])))
                elif end == len(self.quote_text[qi]):
                    found[-1] = (qi, True)
                at = self._all_quotes.find(needle, at + 1)
            self._found[needle] = found
        return found

    def _may_be_speaker(self, keys: Sequence[tuple[str | None, bool]], qi: int) -> bool:
        """Whether quotation ``qi`` may be the words of one of the speakers ``keys`` (each with its trust).

        Yes where it agrees with one of them; no only where it differs from
        one that is trusted and is trusted itself.
        """
        other = self.quote_speaker[qi]
        if any(_speaker_evidence(key, other) >= 0 for key, _ in keys):
            return True
        return not (self.quote_trusted[qi] and any(trusted for _, trusted in keys))

    def evidence(self, words: Iterable[str]) -> float:
        return sum(self.info.get(w, 0.0) for w in words)

    def speaker_of(self, qi: int) -> str | None:
        return self.quote_speaker[qi]

    def reported_in(self, needle: str, article: str) -> list[str]:
        """The articles other than ``article`` whose whole body, as padded normalised words, holds ``needle``, in
        the story's order (the bodies are read only when reported speech is first searched)."""
        ids = list(self.bodies)
        if len(ids) < 2:
            return []
        if self._reported is None:
            self._reported = RunIndex([_padded(word_texts(self.bodies[a])) for a in ids])
        return [ids[n] for n in self._reported.holders(needle, skip=ids.index(article))]

    def marked_text(self, article: str) -> str:
        """The canonical words an article prints inside quotation marks, whether or not a quotation was found there."""
        if article not in self._marked_text:
            body = self.bodies[article]
            runs = [
                " ".join(t.text for t in canonical_words(body[sp.start : sp.end]))
                for sp in quoted_spans(self.analyses[article])
            ]
            self._marked_text[article] = " | " + " | ".join(runs) + " | "
        return self._marked_text[article]

    def printings(
        self,
        words: Sequence[str],
        unit: _Unit,
        *,
        besides: int = -1,
        ending: bool = False,
        speakers: Sequence[_Unit] = (),
        within: frozenset[int] | None = None,
    ) -> int:
        """How many quotations of the story print ``words`` (``ending``: as their last words).

        ``unit``'s own quotation, the quotation ``besides``, quotations of
        a speaker that none of ``speakers`` (default: ``unit``) has, and
        quotations not ``within`` (where given) are not counted. A speaker
        differs only where both attributions are trusted: a doubted one says
        too little to keep a printing from voting (as a disagreement counts
        only as much as both attributions are trusted).
        """
        keys = [(u.speaker, u.trusted) for u in speakers or (unit,)]
        return sum(
            1
            for qi, at_end in self.quotes_with(_padded(words))
            if qi not in (unit.quote, besides)
            and (within is None or qi in within)
            and (at_end or not ending)
            and self._may_be_speaker(keys, qi)
        )


_TITLE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
TITLE_MAX_WORDS = 8
"""Most words of a quoted name or title in Title Case (:func:`is_title`); a longer one is a remark."""


def is_title(text: str) -> bool:
    """Whether quoted words are a name or title in Title Case ("Stand By The River", "Meet the Makers"), not a remark.

    Titles of shows, books, covers and slogans, and mottos, are quoted by
    every outlet that mentions them; that two outlets print one is no sign
    that they quote one remark. Two to eight words, each capitalised except
    the small words of titles.
    """
    words = _TITLE_WORD.findall(text)
    if not 2 <= len(words) <= TITLE_MAX_WORDS:
        return False
    return all(w[0].isupper() for w in words if w.lower() not in HEADLINE_SMALL_WORDS) and any(
        w.lower() not in HEADLINE_SMALL_WORDS for w in words
    )


def _ends_sentence(body: str, end: int) -> bool:
    """Whether a quotation's last word is followed by a full stop, question or exclamation mark inside the marks."""
    tail = body[end : end + 3]
    return bool(tail) and tail[0] in ".?!"


@functools.lru_cache(maxsize=16384)
def _information(word: str) -> float:
    """How unlikely ``word`` is to turn up by chance: Zipf frequency below :data:`ZIPF_CEILING`.

    Per process: at most 16,384 entries, the least recently used let go first, kept from story to story (serve, a Spark
    executor, ``analyze``); a pool's worker empties it after each piece of work."""
    if word in FUNCTION_WORDS:
        return WORD_FLOOR
    return max(WORD_FLOOR, ZIPF_CEILING - english_zipf(word))


# -- alignment ---------------------------------------------------------------------------------------


def _content(unit: _Unit) -> list[str]:
    return [w for w in unit.texts if w not in FUNCTION_WORDS]


def _close(a: _Unit, b: _Unit, short: _Unit) -> bool:
    """Most words in order, of the shorter sentence or of both, and most of the shorter one's content words."""
    long = b if short is a else a
    common = LCSseq.similarity(a.texts, b.texts)
    held = common >= HELD_MIN_WORDS and common / len(short.texts) >= HELD_IN
    if not held and 2 * common / (len(a.texts) + len(b.texts)) < SAME_ORDER:
        return False
    content_short = _content(short)
    return LCSseq.similarity(content_short, _content(long)) >= CONTENT_HELD * len(content_short)


def _dice(a: _Unit, b: _Unit) -> float:
    return 2 * LCSseq.similarity(a.texts, b.texts) / (len(a.texts) + len(b.texts))


def _paraphrase(a: _Unit, b: _Unit) -> bool:
    """The same named speaker's remark in other words: several content words shared (a paraphrase in marks)."""
    if _speaker_evidence(a.speaker, b.speaker) <= 0:
        return False
    content_a, content_b = set(_content(a)), set(_content(b))
    common = len(content_a & content_b)
    return common >= PARAPHRASE_CONTENT and 2 * common / (len(content_a) + len(content_b)) >= PARAPHRASE_DICE


def _relate(story: _Story, a: _Unit, b: _Unit) -> Relation | None:
    """How two sentences of different articles relate, or None when they are not one remark."""
    short, long = (a, b) if len(a.texts) <= len(b.texts) else (b, a)
    if (a.title or b.title) and not _title_in_lower_case(story, a if a.title else b, b if a.title else a):
        return None
    if _a_term(story, a, b, short):
        return None
    relation: Relation
    if a.texts == b.texts:
        relation, matched = "identical", story.evidence(a.texts)
    elif _excerpt_of(short, long):
        relation, matched = "excerpt", story.evidence(short.texts)
    else:
        if not _close(a, b, short):
            return None
        if _may_differ(a.speaker, b.speaker) and _dice(a, b) < DISAGREEING_DICE:
            return None  # under two names, only nearly the same words are one remark (misattributed)
        relation = "variant"
        shared = Counter(a.texts) & Counter(b.texts)
        matched = story.evidence(shared.elements())
        # Content words of the shorter that the longer lacks speak against one remark (a short remark with a word
        # of its own is as often another remark sharing a phrase as a transcription of the same one).
        unmatched = Counter(_content(short)) - Counter(long.texts)
        # ... but a word the other prints in another form ("studied" / "studying") is the same word.
        inflected = _inflected(unmatched, Counter(long.texts) - Counter(short.texts))
        matched += story.evidence(inflected.elements())
        unmatched -= inflected
        matched -= story.options.unmatched_weight * story.evidence(unmatched.elements())
    if matched + _attributions_say(a, b) < _needed(story, a, b, relation):
        return None
    return relation


def _inflected(words: Counter[str], others: Counter[str]) -> Counter[str]:
    """The ``words`` that ``others`` hold in another form of the same word, one for one."""
    rest = list(others.elements())
    found: Counter[str] = Counter()
    for word in words.elements():
        match = next((i for i, other in enumerate(rest) if one_lemma(word, other)), None)
        if match is not None:
            found[word] += 1
            rest.pop(match)
    return found


def _a_term(story: _Story, a: _Unit, b: _Unit, short: _Unit) -> bool:
    """Whether a quotation of at most ``TERM_WORDS`` words is a term here, not a word of the other's remark.

    Two such fragments need more than their word (:func:`_backed`). One
    given to a group ("what critics call a 'giveaway'", a crowd's chant) is
    the group's word, never the word of one person's remark that another
    outlet prints: a group is not the person who spoke the sentence, and one
    word is all that would tie them.
    """
    if len(short.texts) > TERM_WORDS:
        return False
    given_to_a_group = any(u.group and len(u.texts) <= TERM_WORDS for u in (a, b))  # either side, whatever the order
    return given_to_a_group or (a.fragment and b.fragment and not _backed(story, a, b, short))


def _backed(story: _Story, a: _Unit, b: _Unit, short: _Unit) -> bool:
    """Whether two short fragments are pinned to one remark by more than their own words.

    Either a full quotation of the story prints the words (the sentence they
    come from), or both outlets name the same speaker and the speaker stage
    trusts both attributions. Otherwise a word two outlets put in marks is as
    often a term of the story (a label, a nickname, a scare quote) as a word
    somebody said, and a word corroborating a word tells a reader little.
    """
    if _named(a) is not None and _named(a) == _named(b):
        return True
    return any(story.quotes[qi].kind == "full" for qi, _ in story.quotes_with(_padded(short.texts)))


def _needed(story: _Story, a: _Unit, b: _Unit, relation: Relation) -> float:
    """The evidence two sentences need: less for the same words, both attributed, found nowhere else.

    An exact excerpt whose both printings someone is said to have spoken,
    and whose words no other remark of either article holds, is one remark
    unless the words are common enough to recur by chance
    (``EXACT_EVIDENCE``); a close wording, or words an article quotes in
    more than one remark (a term of the story, a word a speaker keeps
    using), must carry ``EVIDENCE_NEEDED``. An article that quotes a
    fragment again inside the longer quotation it comes from quotes one remark.
    """
    settings = story.options
    if relation not in ("identical", "excerpt") or a.speaker is None or b.speaker is None:
        return settings.evidence_needed
    short = a if len(a.texts) <= len(b.texts) else b
    holders: dict[str, list[str]] = defaultdict(list)
    for qi, _ in story.quotes_with(_padded(short.texts)):
        holders[story.quotes[qi].article].append(story.quote_text[qi])
    exact = all(_one_remark(texts) for texts in holders.values())
    return settings.exact_evidence if exact else settings.evidence_needed


def _one_remark(texts: Sequence[str]) -> bool:
    """Whether an article's quotations (padded words) are one remark: each held in the longest."""
    longest = max(texts, key=len)
    return all(text in longest for text in texts)


def _title_in_lower_case(story: _Story, title: _Unit, other: _Unit) -> bool:
    """Whether another outlet prints a Title Case quotation's words in running lower case: a remark, not a name.

    A show, a book or a slogan keeps its capitals wherever it is printed; an
    outlet that capitalises a few words of a remark ("the War on Coal") is
    styling them, and the other outlet's lower case says so.
    """
    if other.title:
        return False
    run = len(title.texts)
    body = story.bodies[other.article]
    for at in range(len(other.texts) - run + 1):
        if other.texts[at : at + run] == title.texts:
            tokens = other.tokens[at : at + run]
            return any(body[t.start : t.start + 1].islower() for t in tokens if t.text not in HEADLINE_SMALL_WORDS)
    return False


def _candidates(story: _Story) -> set[tuple[int, int]]:
    """Pairs of units of different articles sharing an informative word of the shorter one's prefix."""
    keys: list[list[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for unit in story.units:
        words = sorted(set(_content(unit))) or sorted(set(unit.texts))
        keys.append(words)
        for word in words:
            postings[word].append(unit.index)
            by_article[word][unit.article].append(unit.index)
    pairs: set[tuple[int, int]] = set()
    for unit in story.units:
        words = sorted(keys[unit.index], key=lambda w: (len(postings[w]), w))
        prefix = words[: max(len(words) - math.ceil(PREFIX_SHARE * len(words)), len(words) - PARAPHRASE_CONTENT) + 1]
        for word in prefix:
            # Units of the unit's own article are never paired: skipped as a block, not one by one (#12).
            for article, others in by_article[word].items():
                if article != unit.article:
                    pairs.update((min(unit.index, other), max(unit.index, other)) for other in others)
    return pairs


def _link(story: _Story) -> None:
    """Connect every sentence to the sentences of other articles that print the same remark."""
    judged: dict[tuple[tuple[str, ...], tuple[str, ...], str | None, str | None, bool, bool], Relation | None] = {}
    candidates = sorted(_candidates(story))
    for i, j in candidates:
        a, b = story.units[i], story.units[j]
        key = (a.texts, b.texts, a.speaker, b.speaker, a.group, b.group)  # a group's word is judged apart
        if key not in judged:
            judged[key] = _relate(story, a, b)
        relation = judged[key]
        if relation is not None:
            a.links[j] = b.links[i] = relation
    _link_paraphrases(story, candidates)


def _printed_elsewhere(story: _Story, unit: _Unit) -> bool:
    """Whether another article prints this sentence's wording (not only fragments of it, or a paraphrase)."""
    return any(
        rel not in ("excerpt", "paraphrase") or len(story.units[n].texts) >= len(unit.texts)
        for n, rel in unit.links.items()
        if rel != "paraphrase"
    )


def _printed_in(story: _Story, unit: _Unit, article: str) -> bool:
    """Whether ``article`` prints at least half of ``unit``'s words as a sentence linked to it."""
    return any(
        story.units[n].article == article and 2 * len(story.units[n].texts) >= len(unit.texts) for n in unit.links
    )


def _link_paraphrases(story: _Story, candidates: Iterable[tuple[int, int]]) -> None:
    """Link a sentence that matches nothing word for word to a remark it paraphrases inside quotation marks.

    Only where two or more other articles print that remark (as sentences
    linked to one another) and the same named speaker is given: sentences of
    one statement share their topic's words, so a paraphrase is the fallback
    of a sentence that no outlet prints, never a rival to a printed match.
    """
    matches: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for i, j in candidates:
        for lone, other in ((i, j), (j, i)):
            unit, match = story.units[lone], story.units[other]
            if other in unit.links or _printed_elsewhere(story, unit) or not match.links:
                continue
            if _printed_in(story, match, unit.article) or not _paraphrase(unit, match):
                continue  # the paraphrasing article prints the remark word for word elsewhere: no rival wording
            shared = len(set(_content(unit)) & set(_content(match)))
            best = matches[lone].get(match.article)
            if best is None or shared > best[0]:
                matches[lone][match.article] = (shared, other)
    for lone, by_article in matches.items():
        found = [other for _, other in by_article.values()]
        if len(found) < 2 or not all(_fits(story, m, [n for n in found if n != m]) for m in found):
            continue
        for other in found:
            story.units[lone].links[other] = story.units[other].links[lone] = "paraphrase"


def _fits(story: _Story, unit: int, group: Sequence[int]) -> bool:
    """Whether ``unit`` is linked to every member of ``group`` from another article."""
    links = story.units[unit].links
    article = story.units[unit].article
    return all(m in links or story.units[m].article == article for m in group)


def _groups(story: _Story) -> list[list[int]]:
    """Sentences grouped around anchors into sets that all print one another's words.

    The best-linked sentence is an anchor; its linked sentences are split
    into groups in which every two sentences of different articles are
    linked, and the anchor belongs to each. So a sentence printed whole by
    one outlet and in two pieces by two others makes two groups (one per
    piece), and two sentences joined only through a third stay apart.
    """
    order = sorted(story.units, key=lambda u: (-len(u.links), u.fragment, -len(u.texts), u.index))
    member_of: dict[int, set[int]] = defaultdict(set)
    groups: list[list[int]] = []
    for anchor in order:
        if anchor.index in member_of:
            continue
        rest = sorted(
            (n for n in anchor.links if n not in member_of),
            key=lambda n: (-len(story.units[n].links), -len(story.units[n].texts), n),
        )
        while rest:
            group = [anchor.index, rest[0]]
            for n in rest[1:]:
                if _fits(story, n, group):
                    group.append(n)
            # The anchor's own article may print the remark again (a fragment of it elsewhere in the article).
            siblings = {n for m in group for n in story.units[m].links if story.units[n].article == anchor.article}
            group += [n for n in sorted(siblings - set(group)) if n not in member_of and _fits(story, n, group)]
            rest = [n for n in rest if n not in group]
            for m in group:
                member_of[m].add(len(groups))
            groups.append(group)
    # The links within a sentence's groups: whom it is shown against (its verdict is taken over all its links).
    for unit in story.units:
        mine = member_of.get(unit.index, set())
        unit.grouped = {n: r for n, r in unit.links.items() if mine & member_of.get(n, set())}
    for group in groups:
        keys = Counter(key for m in group if (key := _named(story.units[m])))
        if len(keys) < 2:
            continue
        usual = keys.most_common(1)[0][1]
        for m in group:
            unit = story.units[m]
            key = _named(unit)
            unit.misattributed = unit.misattributed or (
                key is not None and (keys[key] < usual or (keys[key] == usual and list(keys.values()).count(usual) > 1))
            )
    return groups


# -- verdicts ----------------------------------------------------------------------------------------


def _context(texts: Sequence[str], start: int, end: int) -> tuple[str, ...]:
    """The words of a change with one word either side (what another printing must share)."""
    return tuple(texts[max(0, start - 1) : end + 1])


def _decision(story: _Story, unit: _Unit, ref: _Unit, change: Change, votes: tuple[int, int]) -> VerdictDecision:
    """Whether ``change`` shows that ``unit``'s outlet altered the words (see the module docstring).

    ``votes`` are the quotations printing the reference words and this
    quotation's words there. Only a change in content, of a few words, in
    a sentence whose unchanged words pin the remark down
    (``ALTERED_EVIDENCE``) and that is otherwise the same words
    (``ALTERED_COVERAGE``), decides; a dropped hedge or negation decides a
    tie only against a full quotation and where the outlets do not name
    different speakers.
    """
    reference, printed = votes
    if change.kind not in CONTENT_CHANGES:
        return ""
    if change.a and change.b and max(len(change.a), len(change.b)) > MAX_SUBSTITUTION_WORDS:
        return ""
    kept = Counter(ref.texts) & Counter(unit.texts)
    if story.evidence(kept.elements()) < ALTERED_EVIDENCE:
        return ""
    if LCSseq.similarity(ref.texts, unit.texts) < ALTERED_COVERAGE * min(len(ref.texts), len(unit.texts)):
        return ""  # not the same words with a local change: a different wording, not a misquote
    if reference > printed:
        return "majority"
    if reference < printed or ref.fragment or _speaker_evidence(unit.speaker, ref.speaker) < 0:
        return ""
    if change.kind == "hedge":
        return "hedge"
    if change.kind == "negation" and _negations(change.a) and not _negations(change.b):
        return "negation"
    return ""


def _negations(words: Sequence[str]) -> set[str]:
    """The negations among ``words``."""
    return {w for w in words if w in NEGATIONS}


def _reason(story: _Story, unit: _Unit, ref: _Unit, change: Change) -> VerdictReason | None:
    """The reason for one change of ``unit`` against ``ref``, with whether it decides that ``unit`` altered it.

    None where more quotations of the story print ``unit``'s words there than
    ``ref``'s (then the difference counts against ``ref``, not ``unit``), or
    where another quotation prints them the same way and the change is no
    change of content (a cut or a transcription two outlets agree on).
    """
    wording = _context(ref.texts, change.at_a, change.end_a)
    reference = story.printings(wording, unit, speakers=(ref, unit))
    own = _context(unit.texts, change.at_b, change.end_b)
    printed = 1 + story.printings(own, unit, besides=ref.quote, ending=change.kind == "cut", speakers=(ref, unit))
    if printed > reference or (printed > 1 and change.kind not in CONTENT_CHANGES):
        return None  # the other's difference, or a transcription another outlet prints the same way
    decided = _decision(story, unit, ref, change, (reference, printed))
    if decided:
        # Only printings of this remark vote on which outlet changed it: sentences linked to either wording from
        # which this one differs in no more places of content than from the reference (fewer votes can only undo
        # a decision, so they are counted only where the story's printings decided).
        remark = frozenset(
            story.units[n].quote
            for n in {*unit.links, *ref.links} - {unit.index}
            if _content_changes(unit, story.units[n]) <= story.options.max_content_changes
        )
        votes = (story.printings(wording, unit, speakers=(ref, unit), within=remark), printed)
        decided = _decision(story, unit, ref, change, votes)
    category = "name" if change.kind == "substitution" and _is_name(story, ref, change) else change.kind
    return VerdictReason(
        category=category,  # type: ignore[arg-type]
        reference=" ".join(change.a),
        printed=" ".join(change.b),
        against=(ref.article,),
        decided=decided,
    )


def _is_name(story: _Story, ref: _Unit, change: Change) -> bool:
    """Whether the reference words replaced are a name (capitalised in mid-sentence)."""
    body = story.bodies[ref.article]
    for token in ref.tokens[change.at_a : change.end_a]:
        if token.start > ref.tokens[0].start and body[token.start : token.start + 1].isupper():
            return True
    return False


def _changes(unit: _Unit, ref: _Unit) -> list[Change]:
    """What ``unit`` changes against ``ref``, without the cuts of a quotation's extent and ellipses."""
    changes = classify_changes(
        ref.texts,
        unit.texts,
        gaps_a=[t.gap for t in ref.tokens],
        gaps_b=[t.gap for t in unit.tokens],
        fragment_a=ref.fragment,
        fragment_b=unit.fragment,
    )
    kept: list[Change] = []
    for change in changes:
        if change.kind == "extent" and unit.ends_sentence and change.at_b == len(unit.texts) and change.a:
            kept.append(dataclasses.replace(change, kind="cut"))  # ends as a sentence where the speaker went on
        elif change.kind not in ("extent", "ellipsis"):
            kept.append(change)
    return kept


def _content_changes(unit: _Unit, ref: _Unit) -> int:
    """In how many places ``unit`` changes the content of ``ref``."""
    return sum(c.kind in CONTENT_CHANGES for c in _changes(unit, ref))


def _add(reasons: dict[tuple[str, str, str], VerdictReason], reason: VerdictReason) -> None:
    """Add ``reason``, merging it with the same change against another article."""
    key = (reason.category, reason.reference, reason.printed)
    old = reasons.get(key)
    if old is not None:
        reason = msgspec.structs.replace(
            reason, against=tuple(dict.fromkeys(old.against + reason.against)), decided=old.decided or reason.decided
        )
    reasons[key] = reason


def _paraphrase_reason(story: _Story, unit: _Unit, refs: Sequence[_Unit]) -> VerdictReason:
    """A sentence no outlet prints, saying in other words what two or more others print word for word."""
    ref = max(refs, key=lambda r: (not r.fragment, len(r.texts)))
    return VerdictReason(
        category="paraphrase",
        reference=_wording(story.bodies, ref),
        printed=_wording(story.bodies, unit),
        against=tuple(dict.fromkeys(r.article for r in refs)),
        decided="majority",
    )


def _judge_unit(story: _Story, unit: _Unit) -> None:
    if not unit.links:
        return
    reasons: dict[tuple[str, str, str], VerdictReason] = {}
    paraphrased = [story.units[n] for n, rel in unit.links.items() if rel == "paraphrase"]
    if len(paraphrased) >= 2 and not _printed_elsewhere(story, unit):
        _add(reasons, _paraphrase_reason(story, unit, paraphrased))
    compared = [
        (story.units[other_id], _changes(unit, story.units[other_id]))
        for other_id, relation in sorted(unit.links.items())
        if relation not in ("identical", "paraphrase") and (relation != "excerpt" or unit.ends_sentence)
    ]
    # One change of content in otherwise the same words is a misquote; a sentence that differs from any of its
    # printings in more places is another wording (or another remark): nothing decides which outlet changed it.
    most = story.options.max_content_changes
    single = all(sum(c.kind in CONTENT_CHANGES for c in changes) <= most for _, changes in compared)
    for ref, changes in compared:
        for change in changes:
            reason = _reason(story, unit, ref, change)
            if reason is not None:  # None: more quotations print this side's words, the difference is the other's
                _add(reasons, reason if single else msgspec.structs.replace(reason, decided=""))
    unit.reasons = list(reasons.values())
    exact = any(rel in ("identical", "excerpt") for rel in unit.links.values())
    if any(r.decided for r in unit.reasons):
        unit.verdict = "altered"
    elif unit.reasons or not exact:
        unit.verdict = "variant"
    else:
        unit.verdict = "corroborated"


def _supported_by_reported_speech(story: _Story, unit: _Unit) -> tuple[str, ...]:
    """Other articles whose own text (outside quotation marks too) repeats the unit's words.

    Read in plain normalised words (not the canonical transcription): a
    support, not a verdict, and whole bodies are long.
    """
    body = story.bodies[unit.article]
    found: list[str] = []
    for run in _segments(unit.tokens):
        if len(run) < REPORTED_MIN_WORDS:
            continue
        found += story.reported_in(_padded(word_texts(body[unit.tokens[0].start : unit.tokens[-1].end])), unit.article)
        break
    return tuple(dict.fromkeys(found))


def _marked_elsewhere(story: _Story, unit: _Unit) -> bool:
    """Whether another article prints this sentence's words (each piece, in order) inside quotation marks.

    The quotation finder may have passed over them there (a quotation it
    could not attribute): the marks are the outlet's word that these are the
    speaker's words, so they corroborate. Sentences of ``MARKED_MIN_WORDS``
    or more only: a few words in marks are as often a term as a remark.
    """
    if len(unit.texts) < MARKED_MIN_WORDS:
        return False
    needles = [_padded(run) for run in _segments(unit.tokens)]
    for article in story.bodies:
        if article == unit.article:
            continue
        marked, at = story.marked_text(article), 0
        for needle in needles:
            at = marked.find(needle, at)
            if at < 0:
                break
        else:
            return True
    return False


def _judge(story: _Story) -> None:
    for unit in story.units:
        _judge_unit(story, unit)
        if unit.verdict != "single-source":
            continue
        if _marked_elsewhere(story, unit):
            unit.verdict = "corroborated"
            continue
        support = _supported_by_reported_speech(story, unit)
        if support:
            unit.reasons = [VerdictReason(category="reported-speech", against=support)]


# -- output ------------------------------------------------------------------------------------------


def _quote_verdict(units: Sequence[_Unit]) -> Verdict:
    verdicts = {u.verdict for u in units}
    for verdict in ("altered", "variant", "corroborated"):
        if verdict in verdicts:
            return verdict  # type: ignore[return-value]
    return "single-source"


def _span(unit: _Unit) -> Span:
    return Span(unit.tokens[0].start, unit.tokens[-1].end)


def _wording(bodies: dict[str, str], unit: _Unit) -> str:
    """The sentence as its outlet printed it, with its closing punctuation but no quotation mark."""
    body = bodies[unit.article]
    end = unit.tokens[-1].end
    while end < len(body) and body[end] in ".?!…":
        end += 1
    return body[unit.tokens[0].start : end]


def _reference(story: _Story, members: Sequence[_Unit], by_wording: dict[str, list[_Unit]]) -> _Unit | None:
    """The wording a variant is best shown against: a full sentence it is linked to, printed by most articles."""
    own = " ".join(members[0].texts)
    candidates = {" ".join(story.units[n].texts): story.units[n] for unit in members for n in unit.grouped}
    candidates.pop(own, None)
    if not candidates:
        return None

    def rank(key: str) -> tuple[bool, int, float]:
        support = len({u.article for u in by_wording.get(key, ())})
        closeness = SequenceMatcher(None, candidates[key].texts, members[0].texts, autojunk=False).ratio()
        return not candidates[key].fragment, support, closeness

    return candidates[max(candidates, key=rank)]


def _attributions(story: _Story, units: Sequence[_Unit]) -> tuple[Attribution, ...]:
    """Who each article says spoke the utterance, where named speakers disagree."""
    named = {
        (u.article, sp.name)
        for u in units
        if (sp := story.quotes[u.quote].speaker) is not None and sp.name and sp.named
    }
    keys = {_named(u) for u in units} - {None}
    if len(keys) < 2:
        return ()
    return tuple(Attribution(article=a, speaker=s) for a, s in sorted(named))


def _variant(
    story: _Story, key: str, members: list[_Unit], reference: _Unit | None, by_wording: dict[str, list[_Unit]]
) -> UtteranceVariant:
    reasons = tuple(dict.fromkeys(r for u in members for r in u.reasons))
    return UtteranceVariant(
        wording=_wording(story.bodies, members[0]),
        quotes=tuple(dict.fromkeys(story.quotes[u.quote].id for u in members)),
        articles=tuple(dict.fromkeys(u.article for u in members)),
        verdict=min((u.verdict for u in members), key=lambda v: VERDICT_SEVERITY[v]),
        diff=() if reference is None else word_diff(reference.texts, members[0].texts),
        against=()
        if reference is None
        else tuple(dict.fromkeys(u.article for u in by_wording.get(" ".join(reference.texts), ()))),
        reasons=reasons,
    )


def _utterance(story_id: str, n: int, story: _Story, ids: Sequence[int]) -> Utterance:
    units = [story.units[i] for i in ids]
    by_wording: dict[str, list[_Unit]] = defaultdict(list)
    for unit in units:
        by_wording[" ".join(unit.texts)].append(unit)
    # Majority wording: printed by the most articles, full sentences before fragments, then the longest.
    majority_key = max(
        by_wording,
        key=lambda k: (
            len({u.article for u in by_wording[k]}),
            not all(u.fragment for u in by_wording[k]),
            len(k.split()),
        ),
    )
    majority = by_wording[majority_key][0]
    speakers = Counter(u.speaker for u in units if u.speaker is not None)
    speaker_name = None
    if speakers:
        usual = speakers.most_common(1)[0][0]
        named = (story.quotes[u.quote].speaker for u in units if u.speaker == usual)
        speaker_name = next((sp.name for sp in named if sp is not None), None)
    variants = [
        _variant(
            story, key, members, None if key == majority_key else _reference(story, members, by_wording), by_wording
        )
        for key, members in by_wording.items()
    ]
    variants.sort(key=lambda v: (VERDICT_SEVERITY[v.verdict], -len(v.articles)))
    return Utterance(
        id=f"{story_id}-u{n}",
        story=story_id,
        speaker=speaker_name,
        wording=_wording(story.bodies, majority),
        articles=tuple(dict.fromkeys(u.article for u in units)),
        quotes=tuple(dict.fromkeys(story.quotes[u.quote].id for u in units)),
        spans=tuple((u.article, _span(u)) for u in units),
        variants=tuple(variants),
        majority=len({u.article for u in by_wording[majority_key]}) >= 2,
        misattributed=_attributions(story, units),
    )


def _single_source(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[Quote, ...]:
    """The quotations of a story of one article, as the alignment leaves them: single-source, no utterance."""
    return tuple(
        msgspec.structs.replace(
            q, story=story, verdict="single-source", utterance=None, misattributed=False, reasons=()
        )
        for a in analyses
        for q in a.quotes
    )


def align_utterances(
    story: str, analyses: Sequence[ArticleAnalysis], options: VerdictsOptions | None = None
) -> tuple[tuple[Quote, ...], tuple[Utterance, ...]]:
    """The story's quotations (with ``verdict``, ``utterance``, ``reasons`` and ``story`` set) and its utterances.

    ``options`` holds the thresholds a user may set (the module's constants by default). A story of one article
    has nothing to align a quotation with (sentences pair across articles only): every quotation is
    single-source, and the story has no utterance.
    """
    if len({a.article.id for a in analyses}) < 2:
        return _single_source(story, analyses), ()
    state = _Story(analyses, options)
    _link(state)
    groups = sorted(_groups(state), key=min)
    _judge(state)
    utterances: list[Utterance] = []
    unit_utterance: dict[int, str] = {}
    for n, ids in enumerate(groups, 1):
        utterance = _utterance(story, n, state, ids)
        utterances.append(utterance)
        for i in ids:
            unit_utterance.setdefault(i, utterance.id)
    quotes: list[Quote] = []
    for qi, quote in enumerate(state.quotes):
        units = [state.units[u] for u in state.quote_units[qi]]
        aligned = [u for u in units if u.index in unit_utterance]
        utterance_id = unit_utterance[max(aligned, key=lambda u: len(u.texts)).index] if aligned else None
        quotes.append(
            msgspec.structs.replace(
                quote,
                story=story,
                verdict=_quote_verdict(units) if units else "single-source",
                utterance=utterance_id,
                misattributed=any(u.misattributed for u in aligned),
                reasons=tuple(dict.fromkeys(r for u in units for r in u.reasons)),
            )
        )
    return tuple(quotes), tuple(utterances)
