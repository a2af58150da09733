"""The features of one sentence, as the learned models read it.

A feature is a string; a sentence's features are listed once each, in a fixed order
(so a model's sum is the same on every run):

- **words and word pairs** of the sentence's folded text (lower case, straight
  apostrophes), with every digit made ``0`` (a number reads by its shape: "0%", "0,000",
  "0000" for a year) and hyphenated words split ("best-supported" gives "best"); pairs
  include the sentence's start (``^ many``) and end;
- **constructions** (prefix ``@``): the claim and vague-source cues found in the
  sentence (:mod:`lintnews.analysis.claims.cue_index`) by kind and strength, whether a
  statistic cue states something about the world
  (:func:`lintnews.analysis.claims.statistics.states_a_statistic`), the hedge cues
  (:mod:`lintnews.analysis.hedging.cues`) by type, quotation marks, a first- or
  second-person word, and the sentence's length in words (a bucket).

The voice of the sentence is not a feature: the models are only asked about sentences in
the writer's voice (:mod:`lintnews.analysis.voice` decides that first), and they are
trained on the sentences the voice analysis leaves to the writer.
"""

from __future__ import annotations

import re
from typing import List

from lintnews.text.document import Sentence

#: Changes when the features change: a model trained on other features is refused.
FEATURES_VERSION = "1"

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[%£$€]")
_DIGITS = str.maketrans("123456789", "000000000")
_HAS_DIGIT = re.compile(r"[1-9]")
_PERSON = frozenset("i we you i'm we're you're i've we've you've my our your us me".split())
_QUOTES = re.compile("[\"“”]")


def sentence_features(sentence: Sentence) -> List[str]:
    """The features of *sentence* (see the module doc), each once, in a fixed order."""
    text = sentence.region.folded[sentence.start : sentence.end]
    if _HAS_DIGIT.search(text):
        text = text.translate(_DIGITS)
    words = _WORD.findall(text)
    feats = list(words)
    if words:
        feats.append("^ " + words[0])
        feats.append(words[-1] + " $")
        feats.extend(map(" ".join, zip(words, words[1:])))
    feats.extend(construction_features(sentence, words))
    return list(dict.fromkeys(feats))


def construction_features(sentence: Sentence, words: List[str]) -> List[str]:
    """The ``@`` features of *sentence* (its cues, quotation marks, person, length)."""
    from lintnews.analysis.claims.cue_index import sentence_cues
    from lintnews.analysis.claims.statistics import states_a_statistic
    from lintnews.analysis.hedging.cues import hedge_cues

    out = []
    for hit in sentence_cues(sentence):
        kind = hit.kind
        out.append("@" + kind)
        if hit.strong:
            out.append("@" + kind + ":strong")
        if kind == "statistic" and states_a_statistic(hit):
            out.append("@statistic:world")
    for cue in hedge_cues(sentence):
        out.append("@hedge")
        out.append("@hedge:" + cue.kind)
    if _QUOTES.search(sentence.region.text, sentence.start, sentence.end):
        out.append("@quote-marks")
    if not _PERSON.isdisjoint(words):
        out.append("@person")
    n = len(words)
    out.append("@len:" + ("short" if n < 8 else "medium" if n < 20 else "long" if n < 35 else "very-long"))
    return out
