"""The learned speaker scorer: a logistic model over candidate evidence, shipped as JSON, scored in plain Python.

Why this shape: the model is trained at development time on PolNeAR's train
split (``scripts/train_speakers.py``; scikit-learn only there, in the
``train`` extra) and exported as its coefficients, the scaling of each
feature and the cue lexicon it learned (the probability that a word is an
annotated cue of attribution). At run time loading it is one JSON read and
scoring a candidate is one dot product in plain Python (a few dozen numbers:
cheaper than building arrays), so the package needs no machine-learning
library and loads the model in milliseconds.

A partial quotation the passage model (:class:`PassageModel`) finds
unlikely to be anybody's words (below its ``drop_below``) is not a quotation
at all: a title, a term or a nickname in marks; one it doubts (below its
``doubt_below``) is a quotation only when the scorer names a speaker for it.
Both thresholds are chosen together with the passage model's training label
by cross-validated F1 over every quotation (``scripts/train_speakers.py``).

A quotation whose best candidate scores below the model's ``abstain_below``
(``abstain_below_partial`` for a partial quotation; both chosen by
cross-validation at training time and stored with the model) is left
``unattributed``.
"""

from __future__ import annotations

import copy
import json
import math
import operator
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from newsfuse.article.candidates import FEATURES, QUOTE_FEATURES, Candidate
from newsfuse.article.not_quotations import PASSAGE_FEATURES, PASSAGE_WORDS, SENTENCE_FEATURES, PassageEvidence

__all__ = ["MODEL_FILE", "PASSAGE_INPUTS", "Choice", "PassageModel", "SpeakerModel", "load_model"]

MODEL_FILE = "speaker_model.json"
"""The shipped model, a data file of this package (``newsfuse/article/speaker_model.json``)."""


EVIDENCE_SHOWN = 3
"""How many of the strongest features a speaker's ``evidence`` names."""


_PARTIAL = FEATURES.index("partial")


class Choice(NamedTuple):
    """The scorer's decision for one quotation."""

    pick: int | None
    """The chosen candidate, or None when the scorer abstains."""
    confidence: float
    """The chosen candidate's probability (or the best one's, when abstaining)."""


PASSAGE_INPUTS: tuple[str, ...] = QUOTE_FEATURES + PASSAGE_FEATURES + SENTENCE_FEATURES + PASSAGE_WORDS
"""The passage model's inputs: the quotation's evidence, the passage's own, its sentence's and the learned
log-odds of the words outside its marks."""


class PassageModel:
    """Whether a partial quotation is somebody's words: a logistic model over :data:`PASSAGE_INPUTS`."""

    def __init__(self, data: dict[str, Any]) -> None:
        if tuple(data["features"]) != PASSAGE_INPUTS:
            raise ValueError("speaker model passage features differ from the code's")
        weights = [float(c) / float(s) for c, s in zip(data["coef"], data["scale"], strict=True)]
        self._weights = weights
        self._bias = float(data["intercept"]) - sum(float(m) * w for m, w in zip(data["mean"], weights, strict=True))
        self.words: tuple[dict[str, float], ...] = tuple(
            {str(k): float(v) for k, v in data["words"][name].items()} for name in PASSAGE_WORDS
        )
        self.drop_below = float(data["drop_below"])
        self.doubt_below = float(data.get("doubt_below", self.drop_below))

    def inputs(self, quote_features: Sequence[float], evidence: PassageEvidence) -> list[float]:
        """The model's input vector (a word never seen in training counts 0: no evidence either way)."""
        learned = [table.get(word, 0.0) for table, word in zip(self.words, evidence.words, strict=True)]
        return [*quote_features, *evidence.features, *learned]

    def probability(self, quote_features: Sequence[float], evidence: PassageEvidence) -> float:
        """The probability that the passage is the content of an attribution (somebody's words)."""
        x = self.inputs(quote_features, evidence)
        return _sigmoid(self._bias + sum(w * v for w, v in zip(self._weights, x, strict=True)))


class SpeakerModel:
    """Coefficients over :data:`~newsfuse.article.candidates.FEATURES` and the learned cue lexicon."""

    def __init__(self, data: dict[str, Any]) -> None:
        if "trees" in data:
            raise ValueError(
                "speaker model holds trees: this scorer reads a linear model only (trees were tried and dropped: "
                "scripts/train_speakers.py)"
            )
        names = tuple(data["features"])
        if names != FEATURES:
            missing = sorted(set(FEATURES) ^ set(names))
            raise ValueError(f"speaker model features differ from the code's: {missing}")
        self.mean = [float(v) for v in data["mean"]]
        self.scale = [float(v) for v in data["scale"]]
        self.coef = [float(v) for v in data["coef"]]
        self.intercept = float(data["intercept"])
        # standardisation folded into the weights: z = bias + sum(weight * raw feature)
        self._weights = [c / s for c, s in zip(self.coef, self.scale, strict=True)]
        self._bias = self.intercept - sum(m * w for m, w in zip(self.mean, self._weights, strict=True))
        self.abstain_below = float(data["abstain_below"])
        self.abstain_below_partial = float(data.get("abstain_below_partial", self.abstain_below))
        quote = data["quote"]
        if tuple(quote["features"]) != QUOTE_FEATURES:
            raise ValueError("speaker model quotation features differ from the code's")
        self.quote_mean = [float(v) for v in quote["mean"]]
        self.quote_scale = [float(v) for v in quote["scale"]]
        self.quote_coef = [float(v) for v in quote["coef"]]
        self.quote_intercept = float(quote["intercept"])
        self.abstain_quote_below = float(quote["abstain_below"])
        self.passage = PassageModel(data["passage"])
        self.cues: dict[str, float] = {str(k): float(v) for k, v in data["cues"].items()}
        self.about: dict[str, Any] = dict(data.get("about", {}))

    def with_thresholds(self, abstain_below: float | None, abstain_below_partial: float | None) -> SpeakerModel:
        """This model abstaining below other confidences (None keeps the model's own)."""
        model = copy.copy(self)
        if abstain_below is not None:
            model.abstain_below = abstain_below
        if abstain_below_partial is not None:
            model.abstain_below_partial = abstain_below_partial
        return model

    def cue_weight(self, word: str) -> float:
        """The learned probability that ``word`` (lower case) is a cue of attribution (0 when unknown)."""
        return self.cues.get(word, 0.0)

    def _z(self, features: Sequence[float]) -> float:
        if len(features) != len(self._weights):
            raise ValueError("a candidate's features differ in number from the model's")
        total: float = sum(map(operator.mul, self._weights, features))
        return self._bias + total

    def probabilities(self, candidates: Sequence[Candidate]) -> list[float]:
        """The probability that each candidate is the speaker."""
        return [_sigmoid(self._z(c.features)) for c in candidates]

    def explain(self, candidate: Candidate, top: int = EVIDENCE_SHOWN) -> tuple[str, ...]:
        """The names of the features that raised the candidate's score most, strongest first."""
        parts = [
            ((x - m) / s * w, i)
            for i, (x, m, s, w) in enumerate(zip(candidate.features, self.mean, self.scale, self.coef, strict=True))
            if x != 0
        ]
        parts.sort(key=lambda p: (-p[0], p[1]))
        return tuple(FEATURES[i] for value, i in parts[:top] if value > 0)

    def attributable(self, quote_features: Sequence[float]) -> float:
        """The probability that a quotation has a speaker at all (low for scare quotes, titles, nicknames)."""
        z = self.quote_intercept + sum(
            (x - m) / s * c
            for x, m, s, c in zip(quote_features, self.quote_mean, self.quote_scale, self.quote_coef, strict=True)
        )
        return _sigmoid(z)

    def said(self, quote_features: Sequence[float], evidence: PassageEvidence) -> float:
        """The passage model's probability that a partial quotation is somebody's words."""
        return self.passage.probability(quote_features, evidence)

    def choose(self, candidates: Sequence[Candidate], quote_features: Sequence[float] | None = None) -> Choice:
        """The best candidate with its confidence, or an abstention.

        The confidence is the probability that the quotation has a speaker at
        all (the quotation model) times the best candidate's share of the
        candidates' scores (which of them it is). The quotation is left
        unattributed when the first is below ``abstain_quote_below`` or the
        confidence below the threshold for its kind (full or partial).
        """
        if not candidates:
            return Choice(None, 0.0)
        p = self.probabilities(candidates)
        best = max(range(len(p)), key=p.__getitem__)
        share = p[best] / sum(p) if sum(p) > 0 else 0.0
        has_speaker = self.attributable(quote_features) if quote_features is not None else 1.0
        confidence = has_speaker * share
        if has_speaker < self.abstain_quote_below:
            return Choice(None, confidence)
        partial = candidates[best].features[_PARTIAL] > 0
        if math.isnan(confidence) or confidence < (self.abstain_below_partial if partial else self.abstain_below):
            return Choice(None, confidence)
        return Choice(best, confidence)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> SpeakerModel:
    """The shipped model (read once per process)."""
    text = resources.files("newsfuse.article").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return SpeakerModel(json.loads(text))
