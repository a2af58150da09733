"""The features of one sentence, as the learned models read it.

A feature is a string, counted as often as it occurs:

- **words and word pairs** of the sentence's folded text (lower case, straight
  apostrophes), split at anything but a letter, a digit, an apostrophe, "%" or "$", with
  every digit made ``0`` (a number reads by its shape: "00%", "0", "0000" for a year;
  "best-supported" gives "best" and "supported"); pairs include the sentence's start
  (``^ many``) and end (``seriously $``);
- **constructions** (prefix ``@``): the claim and vague-source cues found in the
  sentence (:mod:`lintnews.analysis.claims.cue_index`) by kind and strength, whether a
  statistic cue states something about the world
  (:func:`lintnews.analysis.claims.statistics.states_a_statistic`), the hedge cues
  (:mod:`lintnews.analysis.hedging.cues`) by type, quotation marks, a first- or
  second-person word, and the sentence's length in words (a bucket).

:func:`sentence_features` lists them (training, and the kind of a reported claim);
:meth:`lintnews.analysis.learned.model.Head.score_sentence` sums their weights without
building the list, which is what runs on every sentence of a draft.

The voice of the sentence is not a feature: the models are only asked about sentences in
the writer's voice (:mod:`lintnews.analysis.voice` decides that first), and they are
trained on the sentences the voice analysis leaves to the writer.
"""

from __future__ import annotations

from itertools import islice
from typing import List, Optional

from lintnews.text.document import Region, Sentence
from lintnews.matching import patterns as lazyre

#: Changes when the features change: a model trained on other features is refused.
FEATURES_VERSION = "3"

# Words are what is left between spaces once every character but a letter, a digit, an
# apostrophe or a percent or currency sign is made a space (the same length: offsets
# hold), with every digit made 0. Splitting that text costs a fraction of a regex scan.
_TOKENS = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "'%$")}
_TOKENS.update({ord(d): "0" for d in "123456789"})
_TOKENS.update({ord(c): " " for c in "\u201c\u201d\u2018\u2019\u2014\u2013\u2026\u00ab\u00bb\u00b7\u2022\u00a0"})
_TOKENS = str.maketrans(_TOKENS)
#: The same table for ASCII text, as bytes: ``bytes.translate`` costs a fraction of
#: ``str.translate`` with a dictionary.
_ASCII_TOKENS = bytes(ord(_TOKENS.get(c, c)) if isinstance(_TOKENS.get(c, c), str) else _TOKENS.get(c, c)
                      for c in range(128)) + bytes(range(128, 256))
#: Words of reported speech: a sentence holding one is nearly always attributed, and the
#: claim rule leaves it to the voice analysis without scoring it.
REPORTING_WORDS = frozenset("said says say told telling according added adds adding".split())
_PERSON = frozenset("i we you i'm we're you're i've we've you've my our your us me".split())
_QUOTES = lazyre.compile("[\"“”]")
_LENGTHS = ["@len:short"] * 8 + ["@len:medium"] * 12 + ["@len:long"] * 15
_cue_analyses = None


class _Names(dict):
    """Feature names of a cue kind, made once: ``[kind, strong]`` for a claim cue, ``[kind]``
    for a hedge cue."""

    def __init__(self, hedge: bool) -> None:
        super().__init__()
        self.hedge = hedge

    def __missing__(self, key):
        if self.hedge:
            names = ("@hedge", "@hedge:" + key)
        else:
            kind, strong = key
            names = ("@" + kind, "@" + kind + ":strong") if strong else ("@" + kind,)
        self[key] = names
        return names


_CUE_FEATURES = _Names(hedge=False)
_HEDGE_FEATURES = _Names(hedge=True)


def sentence_words(sentence: Sentence) -> List[str]:
    """The word tokens of *sentence* as the models read them (folded, digits as ``0``)."""
    return sentence.region.memo("learned.text", _tokens_text)[sentence.start : sentence.end].split()


def _tokens_text(region: Region) -> str:
    folded = region.folded
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_TOKENS).decode("ascii")
    return folded.translate(_TOKENS)


def edges(words: List[str]) -> List[str]:
    """The start and end features of a sentence's words."""
    return ["^ " + words[0], words[-1] + " $"] if words else []


def sentence_features(sentence: Sentence) -> List[str]:
    """The features of *sentence* (see the module doc), in a fixed order."""
    words = sentence_words(sentence)
    return (
        words + edges(words) + list(map(" ".join, zip(words, islice(words, 1, None))))
        + construction_features(sentence, words)
    )


def _analyses():
    global _cue_analyses
    if _cue_analyses is None:
        from lintnews.analysis.claims.cue_index import region_cues
        from lintnews.analysis.claims.statistics import states_a_statistic
        from lintnews.analysis.hedging.cues import region_hedge_cues

        _cue_analyses = region_cues, states_a_statistic, region_hedge_cues
    return _cue_analyses


def construction_features(sentence: Sentence, words: List[str]) -> List[str]:
    """The ``@`` features of *sentence* (its cues, quotation marks, person, length)."""
    region_cues, _, region_hedge_cues = _analyses()
    hedges = region_hedge_cues(sentence.region)
    return _constructions(sentence, words, region_cues(sentence.region)[sentence.index], hedges[sentence.index] if hedges else ())


#: The feature of a statistic cue that states something about the world.
WORLDLY = "@statistic:world"


def _constructions(sentence: Sentence, words: List[str], cues, hedges, statistics: Optional[list] = None) -> List[str]:
    """The ``@`` features of *sentence*; with *statistics* (a list), the statistic cues are
    put in it instead of being read for :data:`WORLDLY` (its features are then left out)."""
    states_a_statistic = _analyses()[1]
    out = []
    for hit in cues:
        kind = hit.kind
        out.extend(_CUE_FEATURES[kind, hit.strong])
        if kind == "statistic":
            if statistics is not None:
                statistics.append(hit)
            elif states_a_statistic(hit):
                out.append(WORLDLY)
    for cue in hedges or ():
        out.extend(_HEDGE_FEATURES[cue.kind])
    said = sentence.text  # (three substring tests in C: cheaper than a search of the class)
    if '"' in said or "“" in said or "”" in said:
        out.append("@quote-marks")
    if not _PERSON.isdisjoint(words):
        out.append("@person")
    n = len(words)
    out.append(_LENGTHS[n] if n < 35 else "@len:very-long")
    return out


def region_feature_parts(region: Region, hedged: bool = True, skip=None, worldly: bool = True):
    """For each sentence of *region*: its words and its ``@`` features (what
    :meth:`lintnews.analysis.learned.model.Head.score_region` sums), worked out with one
    look-up of the region's cues. ``hedged=False`` says the region holds none of the
    hedge cues' first words (:meth:`lintnews.analysis.hedging.first_words.FirstWords.regions_with`),
    so it has no hedge cue and is not scanned for one. A sentence for which ``skip(sentence)``
    is true gets ``None`` (it is not worked out), and so, when *skip* is given, does a
    sentence with a word of :data:`REPORTING_WORDS`. With ``worldly=False`` a sentence's
    parts are ``(words, features, statistic cues)``: its features leave out
    :data:`WORLDLY`, and its statistic cues are not read for it (see
    :meth:`lintnews.analysis.learned.model.Head.score_region`)."""
    region_cues, _, region_hedge_cues = _analyses()
    text = region.memo("learned.text", _tokens_text)
    cues = region_cues(region)
    hedges = (region_hedge_cues(region) if hedged else None) or [()] * len(region.sentences)
    reporting = REPORTING_WORDS.isdisjoint
    out = []
    for sentence, c, h in zip(region.sentences, cues, hedges):
        if skip is not None and skip(sentence):
            out.append(None)
            continue
        words = text[sentence.start : sentence.end].split()
        if skip is not None and not reporting(words):
            out.append(None)  # reported speech: the voice analysis's
            continue
        if worldly:
            out.append((words, _constructions(sentence, words, c, h)))
        else:
            statistics: list = []
            out.append((words, _constructions(sentence, words, c, h, statistics), statistics))
    return out
