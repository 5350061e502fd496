"""The learned speaker scorer: a logistic model over candidate evidence, shipped as JSON, scored with numpy.

Why this shape: the model is trained at development time on PolNeAR's train
split (``scripts/train_speakers.py``; scikit-learn only there, in the
``train`` extra) and exported as its coefficients, the scaling of each
feature and the cue lexicon it learned (the probability that a word is an
annotated cue of attribution). At run time loading it is one JSON read and
scoring a quotation is one matrix product, so the package needs no
machine-learning library and loads the model in milliseconds.

A quotation whose best candidate scores below the model's ``abstain_below``
(``abstain_below_partial`` for a partial quotation; both chosen by
cross-validation at training time and stored with the model) is left
``unattributed``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from newsfuse.article.candidates import FEATURES, QUOTE_FEATURES, Candidate

__all__ = ["MODEL_FILE", "Choice", "SpeakerModel", "load_model"]

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


class SpeakerModel:
    """Coefficients over :data:`~newsfuse.article.candidates.FEATURES` and the learned cue lexicon."""

    def __init__(self, data: dict[str, Any]) -> None:
        names = tuple(data["features"])
        if names != FEATURES:
            missing = sorted(set(FEATURES) ^ set(names))
            raise ValueError(f"speaker model features differ from the code's: {missing}")
        self.mean = np.asarray(data["mean"], dtype=np.float64)
        self.scale = np.asarray(data["scale"], dtype=np.float64)
        self.coef = np.asarray(data["coef"], dtype=np.float64)
        self.intercept = float(data["intercept"])
        self.abstain_below = float(data["abstain_below"])
        self.abstain_below_partial = float(data.get("abstain_below_partial", self.abstain_below))
        quote = data["quote"]
        if tuple(quote["features"]) != QUOTE_FEATURES:
            raise ValueError("speaker model quotation features differ from the code's")
        self.quote_mean = np.asarray(quote["mean"], dtype=np.float64)
        self.quote_scale = np.asarray(quote["scale"], dtype=np.float64)
        self.quote_coef = np.asarray(quote["coef"], dtype=np.float64)
        self.quote_intercept = float(quote["intercept"])
        self.abstain_quote_below = float(quote["abstain_below"])
        self.cues: dict[str, float] = {str(k): float(v) for k, v in data["cues"].items()}
        self.about: dict[str, Any] = dict(data.get("about", {}))

    def cue_weight(self, word: str) -> float:
        """The learned probability that ``word`` (lower case) is a cue of attribution (0 when unknown)."""
        return self.cues.get(word, 0.0)

    def probabilities(self, candidates: Sequence[Candidate]) -> np.ndarray:
        """The probability that each candidate is the speaker."""
        if not candidates:
            return np.zeros(0)
        x = (np.asarray([c.features for c in candidates], dtype=np.float64) - self.mean) / self.scale
        z = x @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    def explain(self, candidate: Candidate, top: int = EVIDENCE_SHOWN) -> tuple[str, ...]:
        """The names of the features that raised the candidate's score most, strongest first."""
        x = (np.asarray(candidate.features, dtype=np.float64) - self.mean) / self.scale
        contribution = np.where(np.asarray(candidate.features) != 0, x * self.coef, 0.0)
        order = np.argsort(-contribution, kind="stable")
        return tuple(FEATURES[i] for i in order[:top] if contribution[i] > 0)

    def attributable(self, quote_features: Sequence[float]) -> float:
        """The probability that a quotation has a speaker at all (low for scare quotes, titles, nicknames)."""
        x = (np.asarray(quote_features, dtype=np.float64) - self.quote_mean) / self.quote_scale
        z = float(x @ self.quote_coef) + self.quote_intercept
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, candidates: Sequence[Candidate], quote_features: Sequence[float] | None = None) -> Choice:
        """The best candidate, or an abstention: when the quotation looks like nobody's words, or when no
        candidate reaches the threshold."""
        if not candidates:
            return Choice(None, 0.0)
        p = self.probabilities(candidates)
        best = int(np.argmax(p))
        confidence = float(p[best])
        if quote_features is not None and self.attributable(quote_features) < self.abstain_quote_below:
            return Choice(None, confidence)
        partial = candidates[best].features[_PARTIAL] > 0
        if math.isnan(confidence) or confidence < (self.abstain_below_partial if partial else self.abstain_below):
            return Choice(None, confidence)
        return Choice(best, confidence)


@lru_cache(maxsize=1)
def load_model() -> SpeakerModel:
    """The shipped model (read once per process)."""
    text = resources.files("newsfuse.article").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return SpeakerModel(json.loads(text))
