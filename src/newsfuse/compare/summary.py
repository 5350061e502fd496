"""A short extractive summary whose every sentence cites the articles that support it.

Extractive, so every word can be checked against an article: the summary is
4 to 8 sentences taken as they stand from the story's articles.

1. **Candidates.** A sentence qualifies unless it is boilerplate (a
   headline, a caption, a "read more" or "contributed to this report" line,
   a question, too short or too long to stand alone), it is a bare
   quotation (fewer than three words of its own outside the marks), it
   begins in the middle of a quotation opened in the sentence before or
   opens one it does not close (the quotation goes on in the next
   sentence or paragraph, and the summary would print it unclosed), or
   it carries a quotation that is not corroborated. A quotation is corroborated when the
   quote extractor's verdict says so; a quotation with no verdict (that
   stage absent, or the marks not read as a quote) counts as corroborated
   only when its exact words appear in an article of another independent
   source — the definition of "corroborated" itself, checked directly.
2. **Support.** Another article supports the sentence, and is cited, when
   its closest sentence by content words (:mod:`newsfuse.compare.support`,
   cosine at least :data:`SUPPORT_FLOOR`) has an embedding cosine of at
   least :data:`SUPPORT_EMBEDDING` with it (:mod:`newsfuse.compare.semantic`;
   on our labelled basil-dev pairs 0.86 of such citations support their
   sentence, against 0.64 for the content-word cosine at 0.3); without the
   embedding model, when that closest sentence has a content-word cosine of
   at least :data:`SUPPORT_SIMILARITY`;
   so is every article that prints the sentence's quotation word for word
   (where the quotation is a third of the sentence or more).
3. **Consensus first.** Candidates rank by the number of independent source
   groups supporting them, then those that do not open on a pronoun or a
   connective (whose "he" or "but" the reader cannot resolve), then those that are mostly the
   outlets' own words rather than a quotation (a summary reports, it does
   not replay the speeches), then by how strongly they are
   supported, then by how early they stand in their article (the lead
   states the news).
4. **No repeats.** A candidate too similar to a sentence already chosen
   (:data:`DUPLICATE_SIMILARITY`) is skipped. Selection stops at
   :data:`MAX_SENTENCES`, or at :data:`MIN_SENTENCES` once only
   single-source sentences are left.
5. **Pronouns.** A sentence opening on "He" or "She" prints its referent
   in brackets ("[Vell] added …", :mod:`newsfuse.compare.referents`)
   where the article makes it plain, and is not used where it does not;
   a sentence opening on another pronoun or a connective ("They", "This",
   "But") is not used.
6. **First-hand first.** A sentence of an article that passes on others'
   reporting (a source group's member after its first article, an article
   with less than :data:`REWRITE_SHARE` of its words its own, or one that
   names no author, agency or outlet where other articles do) ranks after
   equally supported first-hand ones, and is not used where a first-hand
   sentence says the same thing.
7. **Lede, then events.** The summary opens with the lede: the best
   supported of the articles' lead sentences (an article's first usable
   sentence within its first :data:`LEAD_POSITION` + 1). The other
   sentences follow in the order of events: by the day they give (each
   resolved against its own article's date), else their article's date,
   then by how early they stand in their article.

Every tie is broken by story order and position, so the same input gives
the same summary.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import msgspec
import numpy as np

from newsfuse.article.dates import reference_date
from newsfuse.compare.quoted import quoted_spans
from newsfuse.compare.referents import opening_referent
from newsfuse.compare.reuse import MIN_QUOTE_WORDS, quoted_word_mask
from newsfuse.compare.semantic import Embeddings, model_available
from newsfuse.compare.shingles import RunIndex, Words, words_of
from newsfuse.compare.support import SentenceSpace, content_words, content_words_of
from newsfuse.lexicon import (
    EDITOR_LINE_OPENINGS,
    FURNITURE_PHRASES,
    FURNITURE_WORDS,
    LEANING_OPENINGS,
    SUMMARY_SMALL_WORDS,
    alternation,
)
from newsfuse.model import ArticleAnalysis, Entity, Originality, Quote, SourceGroup, Span, SummarySentence
from newsfuse.options import SummaryOptions

__all__ = [
    "BOILERPLATE_CACHE",
    "DUPLICATE_SIMILARITY",
    "MAX_SENTENCES",
    "MIN_SENTENCES",
    "SUPPORT_SIMILARITY",
    "is_boilerplate",
    "summarise",
]

MIN_SENTENCES = SummaryOptions().min_sentences
"""Sentences a summary keeps even when the rest are single-source (the default of :class:`SummaryOptions`)."""
MAX_SENTENCES = SummaryOptions().max_sentences
"""Most sentences of a summary (the default of :class:`SummaryOptions`)."""
BOILERPLATE_CACHE = 4096
"""Sentences whose :func:`is_boilerplate` answer is remembered."""
SUPPORT_SIMILARITY = 0.3
"""Content-word cosine at which another article's sentence says the same thing (without the embedding model)."""
SUPPORT_FLOOR = 0.12
"""Content-word cosine from which another article's closest sentence is checked by the embedding model."""
SUPPORT_EMBEDDING = 0.5
"""Embedding cosine at which that sentence supports the summary sentence (measured: benchmarks/support_labels.py)."""
REWRITE_SHARE = 0.2
"""Share of an article's own words below which it is a rewrite of others' reporting."""
LEAD_POSITION = 2
"""Last sentence index (from 0) at which an article's first usable sentence is still its lead."""
DUPLICATE_SIMILARITY = 0.3
"""Cosine similarity at which two candidates say the same thing twice."""
_MIN_WORDS, _MAX_WORDS = 8, 60
"""Fewest and most words of a sentence that can stand alone in the summary."""

_SCREEN_CHARS = 5
"""Characters of a furniture phrase's opening words that screen sentences for it (see :func:`_screen`)."""


def _screen(phrase: str) -> str:
    """The phrase's first words, as many as make :data:`_SCREEN_CHARS` characters ("read more", "follow"): every
    sentence holding the phrase holds them, and few others do, so one substring test clears most sentences of a
    whole group of phrases ("follow us on", "follow him on", "follow her on")."""
    opening = ""
    for word in phrase.split(" "):
        opening = f"{opening} {word}" if opening else word
        if len(opening) >= _SCREEN_CHARS:
            break
    return opening


def _whole_phrase(phrase: str) -> str:
    """A pattern of a phrase as whole words: no letter or digit right before a phrase opening on one, nor right after
    one ending on one ("sign up", not "design upgrades" or "resign up"; "©" and "https://" as written)."""
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return left + re.escape(phrase) + right


def _by_screen(phrases: Sequence[str]) -> dict[str, re.Pattern[str]]:
    grouped: dict[str, list[str]] = {}
    for phrase in phrases:
        grouped.setdefault(_screen(phrase), []).append(phrase)
    return {screen: re.compile("|".join(map(_whole_phrase, members))) for screen, members in grouped.items()}


_FURNITURE_BY_SCREEN = _by_screen(FURNITURE_PHRASES)
"""The lexicon's ``FURNITURE_PHRASES`` by their :func:`_screen`, each group one pattern of whole phrases."""
_FURNITURE_WORD = re.compile("|".join(map(_whole_phrase, FURNITURE_WORDS)))
"""The lexicon's ``FURNITURE_WORDS`` as whole words (searched only in a sentence holding one of them as a string: the
pattern opens on a look-behind and is tried at every character)."""
FURNITURE_LINE_WORDS = 12
"""Most words of a line that a furniture word alone (``lexicon.FURNITURE_WORDS``: "Advertisement", "Subscribe
now") makes furniture; a longer sentence needs a furniture line's shape too (:data:`_FURNITURE_SHAPE`)."""
TITLE_CASE_SHARE = 0.75
"""A sentence with more than this share of its content words capitalised is a headline in title case, not prose
(:func:`_title_case`)."""
_FURNITURE_SHAPE = re.compile(r"\b(?:our|us)\b|\d{4}")
"""A line speaking to its reader ("to our newsletter", "subscribe to us") or giving a year ("Copyright 2025")."""
_EDITOR_LINE = re.compile(alternation(EDITOR_LINE_OPENINGS) + r"\b")
"""An editor's line ("Update: …", "Correction: …"): the lexicon's ``EDITOR_LINE_OPENINGS`` as a whole word."""
_HANDLE = re.compile(r"@\w")
"""A social-media handle ("@newsdesk"): a follow prompt or a credit, not news."""
_SMALL = SUMMARY_SMALL_WORDS
_DANGLING_START = re.compile(r"^\W*" + alternation(LEANING_OPENINGS) + r"\b", re.IGNORECASE)
"""Openings that lean on the sentence before (the lexicon's ``LEANING_OPENINGS``): a pronoun, or a connective."""
_DATELINE = re.compile(r"^[A-Z][A-Z.,'’ -]{1,40}(?:\([^()\n]{1,40}\))?\s*(?:--|—|–|-)\s*(?=[A-Z“\"])")
"""A wire dateline opening a lead sentence: ``WASHINGTON --``, ``Denver (AP) –`` is handled by the cleaner."""


def _without_dateline(body: str, span: Span) -> Span:
    """The sentence without a leading dateline (``WASHINGTON --``), which is place, not news."""
    match = _DATELINE.match(body, span.start, span.end)
    return Span(match.end(), span.end) if match and match.end() < span.end else span


_OPENS_WITH_MARK = re.compile(r"^\W*[“„«\"‘']")
_MIN_OWN_WORDS = 3
"""Fewest words outside quotation marks: a bare quotation, cut from its speaker, says nothing checkable."""
_CLOSERS = "”’\"')"
"""Closing quotation marks and brackets, read past to find how a sentence ends."""
_FULL_STOPS = (".", "!")
"""The marks a sentence fit for a summary ends with (no question, no unfinished line)."""


@functools.lru_cache(maxsize=BOILERPLATE_CACHE)
def is_boilerplate(text: str) -> bool:
    """Whether a sentence is page furniture or cannot stand alone in a summary (remembered: reprints repeat
    sentences, 430 distinct of the 691 the 50-article story of ``benchmarks/story_stages.py`` asks about).

    Per process: at most 4,096 entries (``BOILERPLATE_CACHE``), the least recently used let go first, kept from story to
    story (serve, a Spark executor, ``analyze``); a pool's worker empties it after each piece of work."""
    stripped = text.strip()
    words = stripped.split()
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS):
        return True
    if stripped.rstrip(_CLOSERS)[-1:] not in _FULL_STOPS:
        return True  # a question, or no full stop at the end (checked first: no regex needed)
    lowered = stripped.lower()
    if _is_furniture(lowered):
        return True
    return _title_case(words, lowered)


def _is_furniture(lowered: str) -> bool:
    """Whether a lower-cased sentence holds a phrase of the page's furniture (the lexicon's ``FURNITURE_PHRASES``, as
    whole words), a furniture word in a furniture line's shape (``FURNITURE_WORDS``, :data:`FURNITURE_LINE_WORDS`),
    names a handle, or is an editor's line."""
    for screen, phrases in _FURNITURE_BY_SCREEN.items():
        if screen in lowered and phrases.search(lowered):
            return True
    if (
        any(w in lowered for w in FURNITURE_WORDS)
        and _FURNITURE_WORD.search(lowered)
        and (len(lowered.split()) <= FURNITURE_LINE_WORDS or _FURNITURE_SHAPE.search(lowered))
    ):
        return True
    if "@" in lowered and _HANDLE.search(lowered):
        return True
    return lowered.startswith(EDITOR_LINE_OPENINGS) and _EDITOR_LINE.match(lowered) is not None


def _title_case(words: list[str], lowered: str) -> bool:
    """Whether over :data:`TITLE_CASE_SHARE` of a sentence's content words (not small words; starting with a
    letter) are capitalised: a headline in title case.

    The words are read until the rest (a quarter) of all of them are content words not capitalised: then no
    more than the share of the content words can be (prose is settled within its first words, not at its end).
    """
    content = capitalised = 0
    # lower-casing never makes or removes a space, so the lowered words are the words lowered
    for w, low in zip(words, lowered.split(), strict=True):
        if low in _SMALL or not w[:1].isalpha():
            continue
        content += 1
        if w[:1].isupper():
            capitalised += 1
        elif content - capitalised >= (1 - TITLE_CASE_SHARE) * len(words):
            return False
    return bool(content) and capitalised / content > TITLE_CASE_SHARE


class _Text(msgspec.Struct, frozen=True):
    """An article's words, which of them are quoted, and the quotation spans."""

    words: Words
    quoted: bytearray
    marks: tuple[Span, ...]
    joined: str

    def word_range(self, span: Span) -> range:
        """Indexes of the words inside ``span``."""
        return range(bisect.bisect_left(self.words.starts, span.start), bisect.bisect_right(self.words.ends, span.end))


def _read(analysis: ArticleAnalysis, quotes: Sequence[Quote]) -> _Text:
    words = words_of(analysis.article.body)
    marks = tuple(quoted_spans(analysis)) + tuple(s for q in quotes for s in q.spans)
    quoted = quoted_word_mask(msgspec.structs.replace(analysis, quotes=tuple(quotes)), words)
    return _Text(words, quoted, marks, f" {' '.join(words.norm)} ")


class _Printed:
    """Which articles print a run of words verbatim (remembered: wire copies repeat the same quotations)."""

    def __init__(self, texts: Sequence[_Text]) -> None:
        self.texts = texts
        self.seen: dict[str, frozenset[int]] = {}
        self.index = RunIndex([t.joined for t in texts])

    def carriers(self, article: int, segment: Span) -> tuple[int, frozenset[int]]:
        """How many words ``segment`` of ``article`` has, and the other articles that print them verbatim."""
        text = self.texts[article]
        words = [text.words.norm[k] for k in text.word_range(segment)]
        if not words:
            return 0, frozenset()
        needle = f" {' '.join(words)} "
        found = self.seen.get(needle)
        if found is None:
            # The segment's own article prints its words by definition; of the others, only those holding every
            # word of it are searched (#12, :class:`~newsfuse.compare.shingles.RunIndex`).
            found = self.seen[needle] = frozenset((article, *self.index.holders(needle, skip=article)))
        return len(words), found - {article}


def _content_words(text: _Text, span: Span, sentence: str) -> list[str]:
    """The content words of a sentence, from its article's words read once; the sentence is read again only where
    a word crosses its edge (the two readings then differ)."""
    words = text.words
    first, last = bisect.bisect_left(words.starts, span.start), bisect.bisect_right(words.ends, span.end)
    if (first and words.ends[first - 1] > span.start) or (last < len(words) and words.starts[last] < span.end):
        return content_words(sentence)
    return content_words_of(words.norm[first:last])


def _space(read: Sequence[_Text], sentences: _Sentences) -> SentenceSpace:
    """The story's sentence space, each sentence's content words read from its article's words."""
    rows = zip(sentences.owner, sentences.spans, sentences.texts, strict=True)
    return SentenceSpace(sentences.texts, [_content_words(read[n], span, text) for n, span, text in rows])


def _leaves_quotation_open(text: str) -> bool:
    """Whether a sentence opens a double quotation it does not close (it goes on after the sentence)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


class _Overlaps:
    """Which of some spans overlap a given one, found by bisection rather than a scan of them all (#12)."""

    def __init__(self, spans: Sequence[tuple[Span, int]]) -> None:
        self.spans = sorted(spans, key=lambda item: item[0].start)
        self.starts = [span.start for span, _ in self.spans]
        self.longest = max((len(span) for span, _ in self.spans), default=0)

    def of(self, segment: Span) -> list[tuple[Span, int]]:
        """The ``(span, tag)`` pairs whose span overlaps ``segment``, by start."""
        lo = bisect.bisect_left(self.starts, segment.start - self.longest)
        hi = bisect.bisect_left(self.starts, segment.end)
        return [(span, tag) for span, tag in self.spans[lo:hi] if span.overlaps(segment)]


class _Verdicts:
    """The verdicts of an article's quotations, found by span."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = quotes
        self.index = _Overlaps([(s, i) for i, q in enumerate(quotes) if q.verdict is not None for s in q.spans])

    def overlapping(self, segment: Span) -> list[str | None]:
        """The verdicts of the quotations with a span overlapping ``segment``, in the order of the quotations."""
        return [self.quotes[i].verdict for i in sorted({i for _, i in self.index.of(segment)})]


def _quote_allowed(
    segment: Span, carriers: frozenset[int], own_group: int, quotes: _Verdicts, groups: Sequence[int]
) -> bool:
    """Whether a quotation is corroborated: by its verdict, or failing one, verbatim in another source."""
    verdicts = quotes.overlapping(segment)
    if verdicts:
        return all(v == "corroborated" for v in verdicts)
    return any(groups[n] != own_group for n in carriers)


class _Candidate(msgspec.Struct):
    """A sentence that may enter the summary, with what the ranking needs to know of it."""

    row: int
    mostly_quoted: bool
    printed_by: frozenset[int]


def _candidates(
    analyses: Sequence[ArticleAnalysis],
    read: Sequence[_Text],
    owner: Sequence[int],
    spans: Sequence[Span],
    texts: Sequence[str],
    groups: Sequence[int],
    quotes_by_article: dict[str, list[Quote]],
) -> list[_Candidate]:
    """The sentences fit for a summary: no boilerplate, no bare or cut quotation, no uncorroborated quotation."""
    verdicts = [_Verdicts(quotes_by_article.get(a.article.id, [])) for a in analyses]
    marks = [_Overlaps([(mark, 0) for mark in text.marks]) for text in read]
    printed = _Printed(read)
    candidates: list[_Candidate] = []
    for r, span in enumerate(spans):
        n = owner[r]
        in_sentence = read[n].word_range(span)
        quoted_words = read[n].quoted.count(1, in_sentence.start, in_sentence.stop)
        if len(in_sentence) - quoted_words < _MIN_OWN_WORDS:
            continue
        if in_sentence and read[n].quoted[in_sentence[0]] and not _OPENS_WITH_MARK.match(texts[r]):
            continue  # begins in the middle of a quotation whose opening words are in the sentence before
        if _leaves_quotation_open(texts[r]):
            continue  # ends inside a quotation that goes on in the next sentence or paragraph
        if is_boilerplate(texts[r]):
            continue  # (the slowest test, asked of the sentences the quick ones above let through)
        own_quotes = verdicts[n]
        allowed, verbatim = True, frozenset[int]()
        for mark, _ in marks[n].of(span):
            segment = Span(max(mark.start, span.start), min(mark.end, span.end))
            length, carriers = printed.carriers(n, segment)
            if length == 0:
                continue
            if not _quote_allowed(segment, carriers, groups[n], own_quotes, groups):
                allowed = False
                break
            if length >= MIN_QUOTE_WORDS and 3 * length >= len(in_sentence):
                verbatim |= carriers  # the quotation is the heart of the sentence: who prints it supports it
        if allowed:
            candidates.append(_Candidate(r, 2 * quoted_words > len(in_sentence), verbatim))
    return candidates


class _Similar(NamedTuple):
    """Nonzero similarities of candidates (``row``: the candidate's place in the list) to sentences (``col``)."""

    row: np.ndarray
    col: np.ndarray
    data: np.ndarray


_NONE_SIMILAR = _Similar(np.empty(0, dtype=np.int32), np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float64))


def _similar_elsewhere(space: SentenceSpace, candidates: Sequence[int], owner: Sequence[int]) -> _Similar:
    """Similarities of each candidate (a row per candidate) to the sentences of the *other* articles only.

    Only those are ever read (support comes from other articles), and leaving
    out each article's own sentences keeps one long article from costing the
    square of its sentences (#12): a story of one article computes nothing.
    Where the candidates' own articles are no larger a product than the
    others (no article dominates the story), one product of the candidates
    with every sentence is taken and their own articles' entries dropped:
    the same entries, each summed in the same order, without a product per
    article. In row then column order.
    """
    if not candidates or min(owner) == max(owner):  # the sentences of one article only
        return _NONE_SIMILAR
    owners = np.asarray(owner, dtype=np.int64)
    chosen = np.asarray(candidates, dtype=np.int64)
    sizes = np.bincount(owners)
    own_work = int(sizes[owners[chosen]].sum())
    if own_work <= len(chosen) * len(owners) - own_work:
        block = (space.matrix[chosen] @ space.matrix.T).tocoo()
        keep = owners[block.col] != owners[chosen[block.row]]
        row, col, data = block.row[keep], block.col[keep], block.data[keep]
    else:
        row, col, data = _per_article(space, chosen, owners)
    order = np.lexsort((col, row))  # each (row, column) once: sorting them is all a sparse matrix would do
    return _Similar(row[order], col[order], data[order])


def _per_article(space: SentenceSpace, chosen: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, ...]:
    """The candidates' similarities to the other articles' sentences, one product per candidates' article."""
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    data: list[np.ndarray] = []
    for article in np.unique(owners[chosen]):
        at = np.flatnonzero(owners[chosen] == article)
        elsewhere = np.flatnonzero(owners != article)
        block = (space.matrix[chosen[at]] @ space.matrix[elsewhere].T).tocoo()
        rows.append(at[block.row])
        cols.append(elsewhere[block.col])
        data.append(block.data)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(data)


def _support(
    texts: Sequence[str],
    candidates: Sequence[int],
    rows: np.ndarray,
    others: np.ndarray,
    owners: np.ndarray,
    similar: _Similar,
) -> dict[int, dict[int, float]]:
    """For each candidate, the other articles that support it and how strongly (see step 2)."""
    semantic = model_available()
    floor = SUPPORT_FLOOR if semantic else SUPPORT_SIMILARITY
    keep = (similar.data >= floor) & (others != owners[rows])
    closest: dict[tuple[int, int], tuple[float, int]] = {}
    columns = similar.col[keep].tolist()
    for r, other, value, col in zip(
        rows[keep].tolist(), others[keep].tolist(), similar.data[keep].tolist(), columns, strict=True
    ):
        if value > closest.get((r, other), (0.0, -1))[0]:
            closest[r, other] = (value, col)
    best: dict[int, dict[int, float]] = {r: {} for r in candidates}
    needed = sorted({r for r, _ in closest} | {col for _, col in closest.values()}) if semantic else []
    vectors = Embeddings([texts[row] for row in needed])  # the model is loaded here, only where it is needed
    if not vectors.available:
        for (r, other), (value, _) in closest.items():
            if value >= SUPPORT_SIMILARITY:
                best[r][other] = value
        return best
    at = {row: n for n, row in enumerate(needed)}
    for (r, other), (_, col) in sorted(closest.items()):
        cosine = vectors.cosine(at[r], at[col])
        if cosine >= SUPPORT_EMBEDDING:
            best[r][other] = cosine
    return best


def _rewrites(
    analyses: Sequence[ArticleAnalysis], sources: Sequence[SourceGroup], originality: Sequence[Originality]
) -> set[int]:
    """Articles that pass on others' reporting rather than their own (see the module docstring, step 6)."""
    own = {o.article: o.original for o in originality}
    attributed = [bool(a.article.author or a.article.credit or a.article.outlet) for a in analyses]
    out = set()
    for n, a in enumerate(analyses):
        group = next((g for g in sources if a.article.id in g.articles), None)
        if group is not None and len(group.articles) > 1 and group.articles[0] != a.article.id:
            out.add(n)  # a reprint or rewrite of its group's first article
        if own.get(a.article.id, 1.0) < REWRITE_SHARE:
            out.add(n)
        if any(attributed) and not attributed[n]:
            out.add(n)  # says neither who wrote it nor whose copy it is, where others do
    return out


def _event_day(analysis: ArticleAnalysis, span: Span) -> int | None:
    """The day a sentence gives (a full date resolved in its article), else its article's date, sortable by day."""
    for q in analysis.quantities:
        dated = q.date and not q.date.startswith("--") and q.kind in ("date", "weekday", "relative_date")
        if dated and span.start <= q.span.start < span.end and q.date:
            return int(q.date[:4]) * 400 + int(q.date[5:7]) * 32 + int(q.date[8:10])
    ref = reference_date(analysis.article)
    return ref.year * 400 + ref.month * 32 + ref.day if ref else None


def _shown(body: str, span: Span, referent: tuple[Span, str] | None) -> str:
    if referent is None:
        return body[span.start : span.end]
    pronoun, name = referent
    return f"{body[span.start : pronoun.start]}[{name}]{body[pronoun.end : span.end]}"


class _Sentences:
    """Every sentence of a story's articles, one row each: its article, span (without a dateline), place, text."""

    def __init__(self, analyses: Sequence[ArticleAnalysis]) -> None:
        self.owner: list[int] = []
        self.spans: list[Span] = []
        self.position: list[int] = []
        for n, analysis in enumerate(analyses):
            for k, sentence in enumerate(analysis.sentences):
                self.owner.append(n)
                self.spans.append(_without_dateline(analysis.article.body, sentence.span))
                self.position.append(k)
        self.texts = [analyses[n].article.text(span) for n, span in zip(self.owner, self.spans, strict=True)]


def _usable(
    found: Sequence[_Candidate],
    analyses: Sequence[ArticleAnalysis],
    sentences: _Sentences,
    quotes_by_article: dict[str, list[Quote]],
    entities: Sequence[Entity],
) -> tuple[list[_Candidate], dict[int, tuple[Span, str]]]:
    """The candidates a reader can follow, and the referent of each that opens on "He" or "She" (step 5)."""
    referents: dict[int, tuple[Span, str]] = {}
    usable = []
    for c in found:
        if _DANGLING_START.match(sentences.texts[c.row]):
            n = sentences.owner[c.row]
            referent = opening_referent(
                analyses[n],
                sentences.position[c.row],
                sentences.spans[c.row],
                quotes_by_article.get(analyses[n].article.id, []),
                entities,
            )
            if referent is None:
                continue  # leans on a sentence the reader will not see
            referents[c.row] = referent
        usable.append(c)
    return usable, referents


def _second_hand(
    similar: _Similar, rows: np.ndarray, candidates: Sequence[int], owner: Sequence[int], rewrites: set[int]
) -> set[int]:
    """A rewrite's sentences that a first-hand candidate says too (from the similarities already computed)."""
    first_hand = {r for r in candidates if owner[r] not in rewrites}
    close = similar.data >= DUPLICATE_SIMILARITY
    return {
        r
        for r, col in zip(rows[close].tolist(), similar.col[close].tolist(), strict=True)
        if owner[r] in rewrites and col in first_hand
    }


def _chosen(
    ranked: list[int], independent: dict[int, int], space: SentenceSpace, min_sentences: int, max_sentences: int
) -> list[int]:
    """The best-ranked sentences, none a duplicate of one taken; past ``min_sentences`` only those 2+ sources report."""
    chosen: list[int] = []
    for r in ranked:
        if len(chosen) >= max_sentences or (len(chosen) >= min_sentences and independent[r] < 2):
            break
        if any(space.similarity(r, c) >= DUPLICATE_SIMILARITY for c in chosen):
            continue
        chosen.append(r)
    return chosen


def summarise(
    story: str,
    analyses: Sequence[ArticleAnalysis],
    sources: Sequence[SourceGroup],
    quotes: Sequence[Quote],
    originality: Sequence[Originality] = (),
    entities: Sequence[Entity] = (),
    *,
    min_sentences: int = MIN_SENTENCES,
    max_sentences: int = MAX_SENTENCES,
) -> tuple[SummarySentence, ...]:
    """4 to 8 sentences (``min_sentences`` to ``max_sentences``) from the articles: the lede, then the events in
    order, each citing its supporting articles."""
    group_of = {article_id: n for n, group in enumerate(sources) for article_id in group.articles}
    groups = [group_of.get(a.article.id, len(sources) + n) for n, a in enumerate(analyses)]
    quotes_by_article: dict[str, list[Quote]] = {}
    for quote in quotes:
        quotes_by_article.setdefault(quote.article, []).append(quote)
    sentences = _Sentences(analyses)
    owner, spans, position, texts = sentences.owner, sentences.spans, sentences.position, sentences.texts
    read = [_read(a, quotes_by_article.get(a.article.id, [])) for a in analyses]
    found = _candidates(analyses, read, owner, spans, texts, groups, quotes_by_article)
    usable, referents = _usable(found, analyses, sentences, quotes_by_article, entities)
    if not usable:
        return ()
    candidates = [c.row for c in usable]
    mostly_quoted = {c.row: c.mostly_quoted for c in usable}

    space = _space(read, sentences)
    # the best match of each candidate in each other article, from the nonzero similarities only
    similar = _similar_elsewhere(space, candidates, owner)
    owners = np.asarray(owner, dtype=np.int64)
    rows = np.asarray(candidates, dtype=np.int64)[similar.row]
    best = _support(texts, candidates, rows, owners[similar.col], owners, similar)
    supporting = {c.row: tuple(sorted({owner[c.row], *best[c.row], *c.printed_by})) for c in usable}
    independent = {r: len({groups[n] for n in supporting[r]}) for r in candidates}
    strength = {r: round(sum(best[r].values()), 6) for r in candidates}
    rewrites = _rewrites(analyses, sources, originality)

    def rank(r: int) -> tuple[int, bool, bool, bool, float, int, int]:
        second = owner[r] in rewrites
        return (-independent[r], r in referents, second, mostly_quoted[r], -strength[r], position[r], owner[r])

    second_hand = _second_hand(similar, rows, candidates, owner, rewrites)
    ranked = [r for r in sorted(candidates, key=rank) if r not in second_hand]
    chosen = _chosen(ranked, independent, space, min_sentences, max_sentences)
    leads = sorted(ranked, key=lambda r: (independent[r] < 2, owner[r] in rewrites))
    chosen = _lede_first(chosen, leads, owner, position, referents, space, max_sentences)
    return tuple(
        SummarySentence(
            story=story,
            text=_shown(analyses[owner[r]].article.body, spans[r], referents.get(r)),
            article=analyses[owner[r]].article.id,
            span=spans[r],
            supporting=tuple(analyses[n].article.id for n in supporting[r]),
            referent=referents[r][1] if r in referents else None,
        )
        for r in _in_event_order(chosen, analyses, owner, spans, position)
    )


def _lede_first(
    chosen: list[int],
    ranked: list[int],
    owner: Sequence[int],
    position: Sequence[int],
    referents: dict[int, tuple[Span, str]],
    space: SentenceSpace,
    max_sentences: int,
) -> list[int]:
    """The chosen sentences with the lede first (see the module docstring, step 7), ``max_sentences`` at most."""
    first: dict[int, int] = {}
    for r in sorted(ranked, key=lambda r: position[r]):
        first.setdefault(owner[r], r)
    leads = [r for r in ranked if first[owner[r]] == r and position[r] <= LEAD_POSITION and r not in referents]
    if not leads:
        return chosen
    lede = leads[0]
    rest = [r for r in chosen if r != lede and space.similarity(r, lede) < DUPLICATE_SIMILARITY]
    return [lede, *rest[: max_sentences - 1]]


def _in_event_order(
    chosen: list[int],
    analyses: Sequence[ArticleAnalysis],
    owner: Sequence[int],
    spans: Sequence[Span],
    position: Sequence[int],
) -> list[int]:
    """The lede, then the other sentences by the day they give, then by their place in their article."""
    if not chosen:
        return chosen
    days = {r: _event_day(analyses[owner[r]], spans[r]) for r in chosen}
    known = [d for d in days.values() if d is not None]
    start = min(known) if known else 0
    lengths = {n: max(1, len(analyses[n].sentences)) for n in set(owner[r] for r in chosen)}

    def key(r: int) -> tuple[int, float, int]:
        day = days[r]
        return (day if day is not None else start, position[r] / lengths[owner[r]], owner[r])

    return [chosen[0], *sorted(chosen[1:], key=key)]
