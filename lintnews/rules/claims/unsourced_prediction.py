"""CLM003 unsourced-prediction: a prediction stated as fact, with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import PREDICTION
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["UnsourcedPrediction"]


class UnsourcedPrediction(ClaimRule):
    """What it flags: "will have major repercussions", "will not radically change", "is set
    to transform", "is bound to", "is going to be a disaster", "will prove decisive":
    forecasts of outcomes written as certainties. Scheduled events ("the vote will take
    place on Monday", "is set to be published") are not predictions and stay quiet, and a
    hedged forecast ("could change") is left to the hedging rules.

    Why: nobody knows the future; a forecast is only as good as whoever made it, and the
    reader needs to know who that is.

    Instead: attribute the forecast ("will reshape the market, analysts at Fitch
    predict"), or say what is planned and what is known now.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM003"
    name = "unsourced-prediction"
    kind = PREDICTION
    severity = Severity.WARNING
    message = "Prediction stated as fact ('{match}') with no source: whose forecast is it?"
    summary = "A forecast of consequences stated as certain, with no source."
    examples = {
        "fail": [
            "The ruling will have major repercussions for the industry.",
            "The merger is set to transform the regional airline market.",
            "The new missiles will not radically change the situation at the front.",
        ],
        "pass": [
            "The ruling will have major repercussions for the industry, lawyers for the union said.",
            "The merger is set to be completed in June.",
            "The vote will take place on Monday.",
        ],
    }
