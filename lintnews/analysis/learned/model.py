"""The shipped sentence model: its weights, read once, and its scores.

``sentences.json`` (next to this module, written by ``training/claims/train.py``) holds
one logistic-regression *head* per question, each a bias and a weight per feature of
:mod:`lintnews.analysis.learned.features`:

- ``claim``: the sentence states a claim that needs a source (a cause, a motive, a
  forecast, a statistic, a verdict, a record, a generalisation, or a vague source);
- ``hedge``: the sentence hedges in the writer's voice;
- ``kind``: which kind of claim (one weight vector per kind; read only for sentences
  the claim head flags).

A score is the bias plus the weights of the sentence's features (features the model does
not know weigh nothing), summed in the features' order, so it is the same on every run;
:meth:`Head.probability` maps it through the logistic function. The thresholds chosen at
training time ship with the weights.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from itertools import islice, repeat
from typing import Dict, List, Optional, Sequence, Tuple

from lintnews import cache
from lintnews.analysis.learned.features import (
    FEATURES_VERSION, WORLDLY, construction_features, region_feature_parts, sentence_words,
)
from lintnews.text.document import Region, Sentence

#: The weights file inside this package.
WEIGHTS = "sentences.json"
_NONE: Dict[str, int] = {}


class Head:
    """One binary question: ``bias + sum(weights of the features)``, in whole numbers of
    ``1 / scale`` of a logit (so a sum is exact whatever its order).

    Word pairs are kept by their first word (``pairs["will"]["sweep"]``), so a sentence's
    pairs are looked up word by word, without making a string of each pair; every other
    feature is in ``weights``."""

    __slots__ = ("bias", "weights", "pairs", "threshold", "scale")

    def __init__(self, bias: int, weights: Dict[str, int], pairs: Dict[str, Dict[str, int]], threshold: float,
                 scale: int) -> None:
        self.bias = bias
        self.weights = weights
        self.pairs = pairs
        self.threshold = threshold
        self.scale = scale

    def cut(self, threshold: float) -> float:
        """The score from which a sentence's probability reaches *threshold*."""
        if threshold <= 0.0:
            return -math.inf
        if threshold >= 1.0:
            return math.inf
        return math.log(threshold / (1.0 - threshold)) * self.scale

    def score(self, features: Sequence[str]) -> int:
        """The score of *features* (a list from
        :func:`lintnews.analysis.learned.features.sentence_features`): the log-odds times
        ``scale``."""
        total = self.bias
        get, pairs = self.weights.get, self.pairs
        for f in features:
            if " " in f and not f.startswith(("^ ", "@")) and not f.endswith(" $"):
                first, second = f.split(" ")
                total += pairs.get(first, _NONE).get(second, 0)
            else:
                total += get(f, 0)
        return total

    def score_sentence(self, sentence: Sentence) -> int:
        """``score(sentence_features(sentence))``, without building the list of features."""
        words = sentence_words(sentence)
        return self._score(words, construction_features(sentence, words))

    def _score(self, words: List[str], constructions: List[str]) -> int:
        get = self.weights.get
        total = self.bias + sum(map(get, words, repeat(0))) + sum(map(get, constructions, repeat(0)))
        if words:
            total += get("^ " + words[0], 0) + get(words[-1] + " $", 0)
            # each word's successors (an empty dict for most), then the next word in them
            nexts = map(self.pairs.get, words, repeat(_NONE))
            total += sum(map(dict.get, nexts, islice(words, 1, None), repeat(0)))
        return total

    def score_region(self, region: Region, hedged: bool = True, skip=None, floor: Optional[float] = None) -> List[Optional[int]]:
        """:meth:`score_sentence` of each sentence of *region*, in one pass (*hedged* and
        *skip*: see :func:`~lintnews.analysis.learned.features.region_feature_parts`; a
        skipped sentence's score is None).

        With *floor*, a sentence whose score is below it gets None too, and a statistic
        cue is read for :data:`~lintnews.analysis.learned.features.WORLDLY` (the
        statistics analysis, the costliest feature) only in a sentence that could reach
        *floor* with it: the rest of the score first, then the most that feature adds."""
        score = self._score
        if floor is None:
            return [None if parts is None else score(*parts) for parts in region_feature_parts(region, hedged, skip)]
        worldly = self.weights.get(WORLDLY, 0)
        states_a_statistic = None
        out: List[Optional[int]] = []
        for parts in region_feature_parts(region, hedged, skip, worldly=False):
            if parts is None:
                out.append(None)
                continue
            words, constructions, statistics = parts
            total = score(words, constructions)
            if statistics:
                if total + len(statistics) * max(worldly, 0) < floor:
                    out.append(None)
                    continue
                if states_a_statistic is None:
                    from lintnews.analysis.claims.statistics import states_a_statistic
                total += worldly * sum(1 for hit in statistics if states_a_statistic(hit))
            out.append(None if total < floor else total)
        return out

    def probability(self, features: Sequence[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(features) / self.scale))


class KindHead:
    """Which kind of claim: one weight vector per kind; the highest score wins."""

    __slots__ = ("labels", "bias", "weights", "scale")

    def __init__(self, labels: List[str], bias: List[int], weights: Dict[str, List[int]], scale: int) -> None:
        self.labels = labels
        self.bias = bias
        self.weights = weights
        self.scale = scale

    def best(self, features: Sequence[str]) -> Tuple[str, float]:
        """The likeliest kind of claim and its share of the probability."""
        scores = list(self.bias)
        get = self.weights.get
        for f in features:
            w = get(f)
            if w is not None:
                scores = [a + b for a, b in zip(scores, w)]
        top = max(scores)
        exps = [math.exp((s - top) / self.scale) for s in scores]
        i = scores.index(top)
        return self.labels[i], exps[i] / sum(exps)


class SentenceModel:
    """The heads of the shipped model."""

    def __init__(self, data: dict) -> None:
        if data.get("features") != FEATURES_VERSION:
            raise ValueError(f"{WEIGHTS} was trained on features {data.get('features')!r}, not {FEATURES_VERSION!r}")
        heads = data["heads"]
        scale = data["scale"]
        self.claim = _head(heads["claim"], scale)
        self.hedge = _head(heads["hedge"], scale)
        kind = heads["kind"]
        self.kind = KindHead(kind["labels"], kind["bias"], kind["weights"], scale)
        self.info = {k: v for k, v in data.items() if k != "heads"}


def _head(data: dict, scale: int) -> Head:
    return Head(data["bias"], data["weights"], data.get("pairs", {}), data["threshold"], scale)


@lru_cache(maxsize=1)
def sentence_model() -> SentenceModel:
    """The shipped model (read from the package once per process). Its weights, decoded,
    are kept in the on-disk cache's fixed store, so a start with a warm cache parses no
    JSON."""
    return SentenceModel(cache.derived("learned.weights", WEIGHTS, _read_weights))


def _read_weights() -> dict:
    """The weights file next to this module, as plain data."""
    import json

    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), WEIGHTS), encoding="utf-8") as fh:
        return json.load(fh)
