"""The cues of claims that need a source, by kind.

Each kind is one claims rule: ``cause`` ("was a trigger for", "led to"), ``intent``
("is intended to", "was carefully considered"), ``prediction`` ("will have major
repercussions", "is set to transform"), ``statistic`` (percentages, sums of money, large
counts, shares), ``superlative`` ("the largest ... in history", "unprecedented"),
``verdict`` (editorialising: "signifies an escalation", "underlines"),
``generalisation`` ("often", "a familiar pattern") and ``record`` ("you voted for", "he
supported"). The statistic and superlative cues live in :mod:`lintnews.analysis.claims.statistic_cues`, the
verdict and generalisation cues in :mod:`lintnews.analysis.claims.verdict_cues`, the record cues in
:mod:`lintnews.analysis.claims.record_cues`; :data:`CLAIM_CUE_LIST` gathers them all. ``strong=False``
marks the weaker forms of a kind, which rules report as information rather than a warning.

The patterns are hand-written for news English; each is anchored at a trigger word (see
:mod:`lintnews.matching.cues`). Modal hedges ("may lead to", "could trigger") are left to the
hedging rules: a hedged claim is not stated as fact.
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import (  # noqa: F401 - KINDS and the kind names are re-exported
    ADVERBS,
    CAUSE,
    CONDITIONAL,
    COPULA,
    FIRST_PERSON,
    GENERALISATION,
    HEDGED,
    INTENT,
    KINDS,
    NOUN_LEFT,
    PREDICTION,
    RECORD,
    STATISTIC,
    SUPERLATIVE,
    VERDICT,
)
from lintnews.matching.cues import Cue, CueSet, alternation
from lintnews.analysis.claims.statistic_cues import STATISTIC_CUES, SUPERLATIVE_CUES
from lintnews.analysis.claims.cause_cues import CAUSE_CUES
from lintnews.analysis.claims.intent_cues import INTENT_CUES
from lintnews.analysis.claims.prediction_cues import PREDICTION_CUES
from lintnews.analysis.claims.record_cues import RECORD_CUES
from lintnews.analysis.claims.verdict_cues import GENERALISATION_CUES, VERDICT_CUES

CLAIM_CUE_LIST = (
    CAUSE_CUES + INTENT_CUES + PREDICTION_CUES + STATISTIC_CUES + SUPERLATIVE_CUES + VERDICT_CUES + GENERALISATION_CUES
    + RECORD_CUES
)


def __getattr__(name: str):
    # ``CLAIM_CUES`` (the cue set of CLAIM_CUE_LIST alone) is built when first asked for: the
    # analyses scan these cues through a combined set, and building one costs every
    # start-up some milliseconds.
    if name == "CLAIM_CUES":
        value = globals()["CLAIM_CUES"] = CueSet(CLAIM_CUE_LIST)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
