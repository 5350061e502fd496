"""Aligning each quotation across a story's outlets and giving it a verdict.

A fact-checker opens newsfuse to learn whether the words in quotation marks
are the words that were said. No outlet is the authority, so the story's
outlets are checked against one another, a sentence at a time
(:func:`~newsfuse.compare.wording.word_units`), because outlets cut, split and
merge quotations: one prints two sentences as one quotation, another as two;
one carries a fragment ("not taken lightly") of another's full sentence.

Each quotation gets one verdict:

``corroborated``
    Another outlet carries the same words (ignoring case, punctuation, quote
    style, hyphenation and ellipses), starting and ending where this one does
    at sentence edges; a partial quotation only needs its words inside
    another outlet's quotation, or inside its reported speech. A sentence
    that other outlets quote only in fragments of three words or more, word
    for word, is corroborated too: the fragments disagree with nothing.
``variant``
    The same utterance, but with words added, dropped or transcribed
    differently, or changed where there is no majority wording to hold it to.
``altered``
    Content words replaced where two or more other outlets carry the
    original words word for word inside quotation marks and none carries
    this wording: "beyond a certain point" where four print "beyond very
    much", or a paraphrase inside quotation marks. (Reported speech
    corroborates, but does not make a majority: common phrases such as
    "the system is rigged" stand in many bodies without being the remark.)
``single-source``
    Nothing in the story to check it against.

Two sentences are the same utterance when they share most of their words in
order, when one holds the other, or, for a paraphrase, when they share five
or more content words. The speakers must agree (by surname); identical
words of eight or more under two different speakers are kept together as a
possible misattribution (:attr:`Quote.misattributed`) rather than split.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

import msgspec
from rapidfuzz.distance import LCSseq

from newsfuse.compare.word_diff import word_diff
from newsfuse.compare.wording import Word, is_content_word, normal_words, word_texts, word_units
from newsfuse.model import ArticleAnalysis, Quote, Span, Speaker, Utterance, UtteranceVariant

__all__ = ["VERDICT_ORDER", "align_utterances", "by_verdict"]

Verdict = Literal["corroborated", "variant", "altered", "single-source"]

#: Most telling first: how a report orders quotations for a reader.
VERDICT_ORDER: dict[str | None, int] = {"altered": 0, "variant": 1, "corroborated": 2, "single-source": 3, None: 4}

# Thresholds of "the same utterance" (see the module docstring).
SAME_ORDER = 0.45  # word-sequence Dice: shared words in order over both lengths
HELD_IN = 0.75  # share of the shorter sentence found in order in the longer
HELD_MIN_WORDS = 4
PARAPHRASE_CONTENT = 5  # shared content words that make a paraphrase
PARAPHRASE_DICE = 0.3
MISATTRIBUTION_WORDS = 8  # identical words under two speakers worth flagging
BODY_SUPPORT_WORDS = 3  # reported speech supports runs of at least this many words
MAX_RUN = 8  # longest run of sentences compared as one


@dataclass(slots=True)
class _Unit:
    """One sentence of one quotation."""

    index: int
    quote: int
    article: str
    words: tuple[Word, ...]
    texts: tuple[str, ...]
    content: frozenset[str]
    speaker: str | None
    partial: bool
    neighbours: set[int] = field(default_factory=set)
    verdict: Verdict = "single-source"
    misattributed: bool = False


def by_verdict(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotations with altered ones first, then variants, corroborated, single-source."""
    return sorted(quotes, key=lambda q: VERDICT_ORDER.get(q.verdict, 4))


UNNAMED = "~unnamed"


def _speaker_key(speaker: Speaker | None) -> str | None:
    """Surname of a named speaker, one key for every unnamed source, None when unknown.

    Outlets describe one unnamed source differently ("a senior No.10 source",
    "a Downing Street source"), so unnamed sources are told apart by their
    words, not their descriptions; a named person is not an unnamed source.
    """
    if speaker is None or not speaker.name:
        return None
    if not speaker.named:
        return UNNAMED
    words = [w.text for w in normal_words(speaker.name)]
    return words[-1] if words else None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _stem(word: str) -> str:
    """A crude stem, so that "making" and "make" count as one content word."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


def _content_changed(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two runs of words differ in content words (not only function words or inflection)."""
    ca = Counter(_stem(w) for w in a if is_content_word(w))
    cb = Counter(_stem(w) for w in b if is_content_word(w))
    return ca != cb


def _padded(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


class _Story:
    """The units of one story's quotations and the texts they are checked against."""

    def __init__(self, analyses: Sequence[ArticleAnalysis]) -> None:
        self.quotes: list[Quote] = [q for a in analyses for q in a.quotes]
        self.units: list[_Unit] = []
        self.quote_units: list[list[int]] = []
        bodies = {a.article.id: a.article.body for a in analyses}
        for qi, quote in enumerate(self.quotes):
            body = bodies.get(quote.article, "")
            speaker = _speaker_key(quote.speaker)
            mine: list[int] = []
            for span in quote.spans:
                for words in word_units(body[span.start : span.end], span.start):
                    texts = tuple(w.text for w in words)
                    unit = _Unit(
                        index=len(self.units),
                        quote=qi,
                        article=quote.article,
                        words=words,
                        texts=texts,
                        content=frozenset(_stem(t) for t in texts if is_content_word(t)),
                        speaker=speaker,
                        partial=quote.kind == "partial",
                    )
                    mine.append(unit.index)
                    self.units.append(unit)
            self.quote_units.append(mine)
        # Runs of consecutive sentences of every quotation: what "starts and ends where this one does" means.
        self.runs: dict[str, list[int]] = defaultdict(list)
        for qi, unit_ids in enumerate(self.quote_units):
            for i in range(len(unit_ids)):
                key: list[str] = []
                for j in range(i, min(len(unit_ids), i + MAX_RUN)):
                    key.extend(self.units[unit_ids[j]].texts)
                    self.runs[" ".join(key)].append(qi)
        # Each quotation's words, padded for word-boundary search, and all of an article's quotations at once.
        self.quote_text = [_padded([t for u in ids for t in self.units[u].texts]) for ids in self.quote_units]
        self.article_quotes: dict[str, list[int]] = defaultdict(list)
        for qi, quote in enumerate(self.quotes):
            self.article_quotes[quote.article].append(qi)
        self.article_text = {a: "|".join(self.quote_text[qi] for qi in qis) for a, qis in self.article_quotes.items()}
        self.bodies = bodies
        self._body_text: dict[str, str] = {}

    # -- support ---------------------------------------------------------------------------------

    def speaker_of(self, qi: int) -> str | None:
        ids = self.quote_units[qi]
        return self.units[ids[0]].speaker if ids else None

    def body_text(self, article: str) -> str:
        """The article's whole body as padded normalised words (read only when reported speech is searched)."""
        if article not in self._body_text:
            self._body_text[article] = _padded(word_texts(self.bodies[article]))
        return self._body_text[article]

    def quoted_by(self, words: Sequence[str], article: str, speaker: str | None) -> set[str]:
        """Other articles that carry ``words`` inside a quotation by a compatible speaker."""
        needle = _padded(words)
        return {
            other
            for other, text in self.article_text.items()
            if other != article
            and needle in text
            and any(
                needle in self.quote_text[qi] and _compatible(speaker, self.speaker_of(qi))
                for qi in self.article_quotes[other]
            )
        }

    def supported_by(self, words: Sequence[str], article: str, speaker: str | None) -> set[str]:
        """Other articles that carry ``words`` in a quotation or, for runs long enough, in reported speech."""
        found = self.quoted_by(words, article, speaker)
        if len(words) >= BODY_SUPPORT_WORDS:
            needle = _padded(words)
            found |= {a for a in self.bodies if a != article and a not in found and needle in self.body_text(a)}
        return found


def _mark_corroborated(story: _Story) -> None:
    """Sentences another outlet prints with the same words between the same sentence edges.

    A partial quotation has no sentence edges of its own, so its words (or a
    run of its sentences) only need to stand inside another outlet's
    quotation or reported speech.
    """
    for qi, unit_ids in enumerate(story.quote_units):
        if not unit_ids:
            continue
        quote = story.quotes[qi]
        partial = quote.kind == "partial"
        i = 0
        while i < len(unit_ids):
            for j in range(min(len(unit_ids), i + MAX_RUN) - 1, i - 1, -1):
                run = [story.units[u] for u in unit_ids[i : j + 1]]
                words = [t for u in run for t in u.texts]
                if partial:
                    found = bool(story.supported_by(words, quote.article, run[0].speaker))
                    same = found
                else:
                    others = [
                        o for o in story.runs.get(" ".join(words), ()) if story.quotes[o].article != quote.article
                    ]
                    same = any(_compatible(run[0].speaker, story.speaker_of(o)) for o in others)
                    # The same few words from another person are a different remark; many are a misattribution.
                    found = same or (bool(others) and len(words) >= MISATTRIBUTION_WORDS)
                if not found:
                    continue
                for unit in run:
                    unit.verdict = "corroborated"
                    unit.misattributed = not same
                i = j + 1
                break
            else:
                i += 1


def _same_utterance(a: _Unit, b: _Unit) -> bool:
    """Whether two sentences of different articles print one remark (see module docstring)."""
    if a.texts == b.texts:
        return True
    matched = LCSseq.similarity(a.texts, b.texts)
    if 2 * matched / (len(a.texts) + len(b.texts)) >= SAME_ORDER:
        return True
    if matched >= HELD_MIN_WORDS and matched / min(len(a.texts), len(b.texts)) >= HELD_IN:
        content_a = [t for t in a.texts if is_content_word(t)]
        content_b = [t for t in b.texts if is_content_word(t)]
        if LCSseq.similarity(content_a, content_b) >= 2:
            return True
    shared_content = len(a.content & b.content)
    return shared_content >= PARAPHRASE_CONTENT and 2 * shared_content / (len(a.content) + len(b.content)) >= (
        PARAPHRASE_DICE
    )


def _link(story: _Story) -> None:
    """Connect every sentence to the sentences of other articles that print the same remark."""
    postings: dict[str, list[int]] = defaultdict(list)
    judged: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
    for unit in story.units:
        for word in unit.content:
            postings[word].append(unit.index)
    for unit in story.units:
        counts: Counter[int] = Counter()
        for word in unit.content:
            for candidate in postings[word]:
                if candidate > unit.index:
                    counts[candidate] += 1
        for other_id, shared in counts.items():
            other = story.units[other_id]
            if shared < 2 or other.article == unit.article:
                continue
            if not _compatible(unit.speaker, other.speaker) and (
                unit.texts != other.texts or len(unit.texts) < MISATTRIBUTION_WORDS
            ):
                continue  # two people: only identical long sentences stay together, as a misattribution
            pair = (unit.texts, other.texts)
            same = judged.get(pair)
            if same is None:
                same = judged[pair] = _same_utterance(unit, other)
            if same:
                unit.neighbours.add(other_id)
                other.neighbours.add(unit.index)


def _is_altered(story: _Story, unit: _Unit) -> bool:
    """Whether ``unit`` replaces content words that two or more other outlets print word for word.

    The outlets that count are those whose sentences were aligned with this
    one, so a common phrase elsewhere in the story makes no majority; and the
    cut edges of a partial quotation are not replacements.
    """
    aligned = [story.units[n] for n in unit.neighbours]
    for ref_unit in aligned:
        ref = ref_unit.texts
        matcher = SequenceMatcher(None, ref, unit.texts, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace" or not _content_changed(ref[i1:i2], unit.texts[j1:j2]):
                continue
            if ref_unit.partial and (i1 == 0 or i2 == len(ref)):
                continue
            original = _padded(ref[max(0, i1 - 1) : i2 + 1])
            printed = unit.texts[max(0, j1 - 1) : j2 + 1]
            if story.quoted_by(printed, unit.article, unit.speaker):
                continue  # another outlet prints these words too: outlets disagree, no majority
            carriers = {u.article for u in aligned if original in _padded(u.texts)}
            if len(carriers) >= 2:
                return True
    return False


def _only_fragments_inside(story: _Story, unit: _Unit) -> bool:
    """Whether the other outlets print only fragments of this sentence, word for word.

    Such fragments disagree with nothing: the sentence is corroborated as far
    as it can be checked, not a variant. One or two words ("commander-in-chief")
    are too few to vouch for a sentence.
    """
    inside = _padded(unit.texts)
    fragments = [story.units[n] for n in unit.neighbours]
    return all(f.partial and _padded(f.texts) in inside for f in fragments) and any(
        len(f.texts) >= BODY_SUPPORT_WORDS for f in fragments
    )


def _judge(story: _Story) -> None:
    for unit in story.units:
        if unit.verdict == "corroborated" or not unit.neighbours:
            continue
        if _only_fragments_inside(story, unit):
            unit.verdict = "corroborated"
        else:
            unit.verdict = "altered" if _is_altered(story, unit) else "variant"


def _groups(story: _Story) -> list[list[int]]:
    """Connected sentences (linked across articles, or run together in one quotation's sentence)."""
    parent = list(range(len(story.units)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for unit in story.units:
        for other in unit.neighbours:
            ra, rb = find(unit.index), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for unit in story.units:
        members[find(unit.index)].append(unit.index)
    return [ids for ids in members.values() if len({story.units[i].article for i in ids}) > 1]


def _quote_verdict(units: Sequence[_Unit]) -> Verdict:
    verdicts = {u.verdict for u in units}
    for verdict in ("altered", "variant", "corroborated"):
        if verdict in verdicts:
            return verdict  # type: ignore[return-value]
    return "single-source"


def _span(unit: _Unit) -> Span:
    return Span(unit.words[0].start, unit.words[-1].end)


def _wording(bodies: dict[str, str], unit: _Unit) -> str:
    """The sentence as its outlet printed it, with its closing punctuation but no quotation mark."""
    body = bodies[unit.article]
    end = unit.words[-1].end
    while end < len(body) and body[end] in ".?!…":
        end += 1
    return body[unit.words[0].start : end]


def _reference(story: _Story, members: Sequence[_Unit], by_wording: dict[str, list[_Unit]]) -> _Unit | None:
    """The wording a variant is best shown against: a full sentence it was aligned with, printed by most articles.

    An utterance can chain several sentences (one outlet runs two together),
    so the diff is taken against a sentence the variant was aligned with,
    not blindly against the utterance's majority wording.
    """
    own = " ".join(members[0].texts)
    candidates = {" ".join(story.units[n].texts): story.units[n] for unit in members for n in unit.neighbours}
    candidates.pop(own, None)
    if not candidates:
        return None

    def rank(key: str) -> tuple[bool, int, float]:
        support = len({u.article for u in by_wording.get(key, ())})
        closeness = SequenceMatcher(None, candidates[key].texts, members[0].texts, autojunk=False).ratio()
        return not candidates[key].partial, support, closeness  # a diff against a fragment is mostly noise

    return candidates[max(candidates, key=rank)]


def _utterances(story_id: str, story: _Story, bodies: dict[str, str]) -> tuple[list[Utterance], dict[int, str]]:
    """One Utterance per group of linked sentences, and which utterance each unit belongs to."""
    utterances: list[Utterance] = []
    unit_utterance: dict[int, str] = {}
    groups = sorted(_groups(story), key=lambda ids: min(ids))
    for n, ids in enumerate(groups, 1):
        uid = f"{story_id}-u{n}"
        units = [story.units[i] for i in ids]
        by_wording: dict[str, list[_Unit]] = defaultdict(list)
        for unit in units:
            by_wording[" ".join(unit.texts)].append(unit)
        # Majority wording: printed by the most articles, full sentences before fragments, then the longest.
        majority_key = max(
            by_wording,
            key=lambda k: (
                len({u.article for u in by_wording[k]}),
                not all(u.partial for u in by_wording[k]),
                len(k.split()),
            ),
        )
        majority = by_wording[majority_key][0]
        speakers = Counter(u.speaker for u in units if u.speaker is not None and not u.misattributed)
        speaker_name = None
        if speakers:
            usual = speakers.most_common(1)[0][0]
            named = (story.quotes[u.quote].speaker for u in units if u.speaker == usual)
            speaker_name = next((sp.name for sp in named if sp is not None), None)
        variants: list[UtteranceVariant] = []
        for key, members in by_wording.items():
            verdicts = [u.verdict for u in members]
            reference = None if key == majority_key else _reference(story, members, by_wording)
            variants.append(
                UtteranceVariant(
                    wording=_wording(bodies, members[0]),
                    quotes=tuple(dict.fromkeys(story.quotes[u.quote].id for u in members)),
                    articles=tuple(dict.fromkeys(u.article for u in members)),
                    verdict=min(verdicts, key=lambda v: VERDICT_ORDER[v]),
                    diff=() if reference is None else word_diff(reference.texts, members[0].texts),
                    against=()
                    if reference is None
                    else tuple(dict.fromkeys(u.article for u in by_wording[" ".join(reference.texts)])),
                )
            )
        variants.sort(key=lambda v: (VERDICT_ORDER[v.verdict], -len(v.articles)))
        for unit in units:
            unit_utterance[unit.index] = uid
        utterances.append(
            Utterance(
                id=uid,
                story=story_id,
                speaker=speaker_name,
                wording=_wording(bodies, majority),
                articles=tuple(dict.fromkeys(u.article for u in units)),
                quotes=tuple(dict.fromkeys(story.quotes[u.quote].id for u in units)),
                spans=tuple((u.article, _span(u)) for u in units),
                variants=tuple(variants),
                majority=len({u.article for u in by_wording[majority_key]}) >= 2,
            )
        )
    return utterances, unit_utterance


def align_utterances(
    story: str, analyses: Sequence[ArticleAnalysis]
) -> tuple[tuple[Quote, ...], tuple[Utterance, ...]]:
    """The story's quotations (with ``verdict``, ``utterance`` and ``story`` set) and its utterances."""
    state = _Story(analyses)
    _mark_corroborated(state)
    _link(state)
    _judge(state)
    bodies = {a.article.id: a.article.body for a in analyses}
    utterances, unit_utterance = _utterances(story, state, bodies)
    quotes: list[Quote] = []
    for qi, quote in enumerate(state.quotes):
        units = [state.units[u] for u in state.quote_units[qi]]
        # The quotation belongs to the utterance of its longest aligned sentence.
        aligned = [u for u in units if u.index in unit_utterance]
        utterance = unit_utterance[max(aligned, key=lambda u: len(u.texts)).index] if aligned else None
        quotes.append(
            msgspec.structs.replace(
                quote,
                story=story,
                verdict=_quote_verdict(units) if units else "single-source",
                utterance=utterance,
                misattributed=any(u.misattributed for u in units),
            )
        )
    return tuple(quotes), tuple(utterances)
