"""The learned antecedent ranker: which earlier person a subject "he" or "she" refers to.

Why this shape: the order in which the hand rules were tried (the named
subject of the pronoun's own sentence, then the last human clause subject,
then the last person named) decided every pronoun, right or wrong, and on
pronouns with two people of the gender nearby that order is right about
three times in five (``benchmarks/chains_cv.py``, hard subset). Here each
person the article names before the pronoun, of a gender that agrees, is a
candidate described by general evidence (:data:`FEATURES`): which of the
three rules would pick them, how far back they were named, whether they
were a clause's subject or a reporting verb's subject, how often they were
named so far (salience), whether a clause of the pronoun's own sentence
bars them, whether they were the subject of the paragraph. A logistic model
scores each candidate and the best one is the antecedent.

The model is learned without human coreference labels
(``scripts/train_pronouns.py``): in copies of PolNeAR's training articles a
person's annotated source mention is replaced by "he"/"she" exactly as the
GGT-kind proxy does (``benchmarks/chains_cv.py``: :func:`derive` and
:func:`derive_hard`), so the person meant is known by construction. It ships
as JSON (its feature names, scaling, weights) and is scored in plain Python:
the package needs no machine-learning library, and loading it is one small
JSON read.

The ranker decides only where the hand rules would name a person from
outside the pronoun's own sentence. Where the rules find the named subject
of the pronoun's own sentence ("Dorn added, “…,” he said"), that subject
stands: on real pronouns of the training articles it is right 31 times in 33,
while the derived copies teach against it by construction (in 25 of 31 hard
copies the other person opens the sentence whose later name became the
pronoun: "Dorn spoke, but she said", a sentence writers avoid). Where the rules
name nobody, an unnamed "the coach" or an office left to the story stage,
their answer stands too.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "FEATURES",
    "RANKED_PRONOUNS",
    "RANKER_FILE",
    "AntecedentRanker",
    "load_ranker",
    "observing",
    "ranker_in_force",
    "ranker_in_use",
]

RANKER_FILE = "pronoun_model.json"
"""The shipped ranker, a data file of this package (``newsfuse/article/pronoun_model.json``)."""

RANKED_PRONOUNS = frozenset({"he", "she"})
"""The pronouns the ranker resolves (a written pronoun, not the owner of "his campaign")."""

WINDOW = 1500
"""Characters before the pronoun in which a person's last mention makes them a candidate (the rules' own pick
is a candidate wherever it was named)."""

MAX_SENTENCES_BACK = 8
MAX_PARAGRAPHS_BACK = 4
MAX_RANK = 4
"""Caps of the distance features (further is no different)."""

FEATURES: tuple[str, ...] = (
    "own_sentence_subject",
    "recent_subject",
    "last_person",
    "rules_pick",
    "barred",
    "gender_known",
    "sentences_back",
    "paragraphs_back",
    "same_sentence",
    "last_as_subject",
    "last_as_cue_subject",
    "previous_sentence_subject",
    "paragraph_first_subject",
    "parallel",
    "recency_rank",
    "most_recent",
    "mentions_before",
    "subjects_before",
    "mentions_in_article",
    "speaks_in_article",
    "introduced",
    "first_named",
    "last_possessive",
    "last_after_preposition",
    "cue_subjects_before",
    "last_cue_subject",
    "mentions_in_window",
    "given_name",
)
"""What describes one candidate antecedent of a pronoun (computed by ``quotes._Attributor.antecedent_rows``):

- ``own_sentence_subject``, ``recent_subject``, ``last_person``: the hand rule of that name picks them;
  ``rules_pick``: the rules' order picks them;
- ``barred``: named inside the clause the pronoun's sentence reports or does ("he said Vell would win");
- ``gender_known``: the article or the given-name table gives their gender (and it agrees);
- ``sentences_back``, ``paragraphs_back``: from their last mention to the pronoun (capped);
  ``same_sentence``: named earlier in the pronoun's sentence;
- ``last_as_subject``, ``last_as_cue_subject``: their last mention was a clause's subject, a reporting or
  stance verb's subject; ``previous_sentence_subject``: the subject of the sentence before;
  ``paragraph_first_subject``: the first subject of the pronoun's paragraph; ``parallel``: their last
  mention was a subject in the pronoun's paragraph (the pronoun is a subject too);
- ``recency_rank``: 0 for the candidate named last, 1 for the one before, …; ``most_recent``: rank 0;
- ``mentions_before``, ``subjects_before``: log of 1 + how often named, made a subject so far (salience);
  ``mentions_in_article``: log of 1 + how often named in the whole article;
- ``speaks_in_article``: the subject of a reporting verb somewhere; ``introduced``: named with a title or
  an apposition; ``first_named``: the first person the article names;
- ``last_possessive``, ``last_after_preposition``: their last mention was "Vell's", "with Vell";
- ``cue_subjects_before``: log of 1 + how often the subject of a reporting or stance verb so far;
  ``last_cue_subject``: the subject of the last such verb before the pronoun (the speaker just before);
- ``mentions_in_window``: log of 1 + how often named or a subject within :data:`WINDOW`;
- ``given_name``: the given-name table knows their first name (a person's name, not "Brenmoor Council")."""

Row = tuple[str, list[float]]
"""One candidate: the full name and its :data:`FEATURES`."""


class AntecedentRanker:
    """A logistic model over :data:`FEATURES` (standardisation folded into the weights)."""

    def __init__(self, data: dict[str, Any]) -> None:
        if tuple(data["features"]) != FEATURES:
            missing = sorted(set(FEATURES) ^ set(data["features"]))
            raise ValueError(f"pronoun model features differ from the code's: {missing}")
        coef = [float(c) for c in data["coef"]]
        scale = [float(s) for s in data["scale"]]
        self._weights = [c / s for c, s in zip(coef, scale, strict=True)]
        self._bias = float(data["intercept"]) - sum(
            float(m) * w for m, w in zip(data["mean"], self._weights, strict=True)
        )
        self.about: dict[str, Any] = dict(data.get("about", {}))

    def score(self, features: Sequence[float]) -> float:
        """The candidate's log-odds of being the antecedent."""
        if len(features) != len(self._weights):
            raise ValueError("a candidate's features differ in number from the model's")
        return self._bias + math.fsum(w * x for w, x in zip(self._weights, features, strict=True))

    def best(self, rows: Sequence[Row]) -> int | None:
        """The index of the best-scored candidate (the earliest listed on a tie), None for no candidate."""
        if not rows:
            return None
        scores = [self.score(features) for _, features in rows]
        return max(range(len(rows)), key=lambda i: (scores[i], -i))


@lru_cache(maxsize=1)
def load_ranker() -> AntecedentRanker | None:
    """The shipped ranker (read once per process); None where the package has none."""
    try:
        text = resources.files("newsfuse.article").joinpath(RANKER_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return AntecedentRanker(json.loads(text))


_IN_USE: list[AntecedentRanker | None] = []
_OBSERVERS: list[Callable[[int, str, list[Row]], None]] = []


def ranker_in_force() -> AntecedentRanker | None:
    """The ranker analyses use now: that of the innermost :func:`ranker_in_use` block, else the shipped one."""
    return _IN_USE[-1] if _IN_USE else load_ranker()


@contextmanager
def ranker_in_use(ranker: AntecedentRanker | None) -> Iterator[AntecedentRanker | None]:
    """Within the block, every analysis in this process resolves pronouns with ``ranker`` (None: the hand
    rules' order alone): how the pipeline is cross-validated with rankers trained on part of the training
    data (``benchmarks/chains_cv.py``, ``benchmarks/quotes_cv.py``). Worker processes are not affected."""
    _IN_USE.append(ranker)
    try:
        yield ranker
    finally:
        _IN_USE.pop()


def observer() -> Callable[[int, str, list[Row]], None] | None:
    """The innermost :func:`observing` callback (None outside one)."""
    return _OBSERVERS[-1] if _OBSERVERS else None


@contextmanager
def observing(callback: Callable[[int, str, list[Row]], None]) -> Iterator[None]:
    """Within the block, every ranked pronoun is reported as ``callback(offset, rules' pick, rows)`` before it
    is resolved (the rules' pick: its name, "" for none): how the trainer collects its examples."""
    _OBSERVERS.append(callback)
    try:
        yield
    finally:
        _OBSERVERS.pop()
