"""CLM005 unsourced-superlative: a record or superlative claim with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import SUPERLATIVE
from lintnews.analysis.claims.base import ClaimRule
from lintnews.analysis.claims.superlatives import measured_or_ranked
from lintnews.matching.cues import CueHit
from lintnews.model import Severity

__all__ = ["UnsourcedSuperlative"]


class UnsourcedSuperlative(ClaimRule):
    """What it flags: records and superlatives stated as fact: a superlative with a scope
    ("the largest deployment in history", "the greatest comeback in the club's 120-year
    history", "the most dangerous in the whole of Central Asia", "the worst deal ever",
    "one of the highest-taxed nations in the world", "the lowest since 1992", "the finest
    ruin in northern Wales", "the wettest June since measurements began"), a
    subjective superlative predicated of someone or something ("He was the finest comic
    actor of his generation", "is the most talented forward"), "has never been wider",
    "without precedent", "unprecedented", "record high", "a record 13%", "all-time high",
    "for the first time in 30 years". A bare "the biggest" or a factual degree ("the
    worst affected", "the largest shareholder", "best known as") stays quiet, and so do
    geography ("the highest mountain in Britain", "the longest river in the county": a
    measurement) and a rank that a named ranking gave ("ranked the largest employer in the
    county by the chamber of commerce", "in the Good Food Guide").

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

    def keep(self, hit: CueHit) -> bool:
        return not measured_or_ranked(hit)
