"""CLM003 unsourced-prediction: a prediction stated as fact, with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import PREDICTION
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["UnsourcedPrediction"]


class UnsourcedPrediction(ClaimRule):
    """What it flags: forecasts stated as fact, found by construction: a future marker
    ("will", "won't", "is going to", "is set to", "is poised to", "is bound to", "is
    expected to", "can expect to") before an outcome: a change of state or a
    consequence ("will rise", "will keep falling", "will turn the league into a closed
    shop", "will wipe out", "will bring in more than £40m", "will have to back down"), a
    judged or compared state ("will be back to normal", "will be the worst in a
    century", "will be forced to close", "will become food deserts"), an impact ("will
    have major repercussions"), certainty ("will never", "will inevitably") or a horizon
    ("within five years", "by the end of the century"); a plain "will" with a consequence
    for an affected party or measure ("will slash commuting times for thousands", "will
    drive smokers across the border") or a spread to others ("will be rolled out to
    neighbouring districts"). Sweeping outcomes and impacts are warnings; other forecasts
    are information.

    Not flagged: scheduled events and announced decisions ("The bridge will reopen on
    Monday", "The report will be published in June", "The plant will close next year",
    "A single fare will rise from £2.40 to £2.60 in April", "Residents will be allowed to
    return from Thursday"), promises ("We will cut taxes"), conditionals ("If the plan
    fails, prices will rise", "whether the vote will pass") and hedged forecasts ("could
    change": the hedging rules').

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
