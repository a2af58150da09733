"""CLM004 unsourced-statistic: a figure with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import STATISTIC
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["UnsourcedStatistic"]


class UnsourcedStatistic(ClaimRule):
    """What it flags: percentages ("58%", "fifty-eight percent"), sums of money ("$4bn",
    "£20m"), large counts ("12,000", "3 million", "thousands of"), shares and rates ("a
    third of voters", "one in five"), changes ("doubled") and supply claims ("a limited
    supply of") in a sentence with no source. Small counts, dates and years are not
    statistics here. A source named earlier in the same paragraph covers the figures
    that follow it ("Sales rose 5%, the company said. Profits doubled."). Information
    only: news copy often states a well-known figure and sources it elsewhere in the story.

    Why: a figure is a checkable claim. Readers, and fact-checkers, need to know where it
    came from and how it was measured.

    Instead: name the source in the sentence ("..., official figures show", "according to
    the Office for National Statistics") or link to it.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM004"
    name = "unsourced-statistic"
    kind = STATISTIC
    severity = Severity.INFO
    carries = True
    message = "Statistic ('{match}') with no source: who produced the figure?"
    summary = "A percentage, sum of money, large count or share with no source."
    examples = {
        "fail": [
            "Fifty-eight percent of young people are out of work.",
            "The scheme has cost taxpayers $4bn since 2019.",
            "There is a limited supply of the vaccine.",
        ],
        "pass": [
            "Fifty-eight percent of young people are out of work, the census shows.",
            "The scheme has cost taxpayers $4bn since 2019, according to the audit office.",
            "The committee met three times in 2019.",
        ],
    }
