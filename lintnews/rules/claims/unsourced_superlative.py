"""CLM005 unsourced-superlative: a record or superlative claim with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import SUPERLATIVE
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["UnsourcedSuperlative"]


class UnsourcedSuperlative(ClaimRule):
    """What it flags: superlatives with a scope that makes them a record ("the largest
    deployment in history", "the worst trade deal ever", "the highest taxes in the world",
    "the lowest since 1992"), "record high", "a record 13%", "unprecedented", "all-time
    high", "for the first time ever". A bare "the biggest" without a scope stays quiet.

    Why: records are easy to get wrong and are the claims readers repeat. Somebody keeps
    the record; say who.

    Instead: source the record ("the largest since records began in 1910, the Met Office
    said") or drop the superlative.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM005"
    name = "unsourced-superlative"
    kind = SUPERLATIVE
    severity = Severity.INFO
    message = "Record or superlative claim ('{match}') with no source: according to whose records?"
    summary = "A record, a first or a superlative with a sweeping scope, with no source."
    examples = {
        "fail": [
            "It is the largest deployment of troops in history.",
            "Inflation reached a record high in March.",
            "The cuts are unprecedented.",
        ],
        "pass": [
            "It is the largest deployment of troops in history, the defence ministry said.",
            "Inflation reached a record high in March, official figures show.",
            "It is the biggest project the firm has taken on.",
        ],
    }
