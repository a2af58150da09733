"""HDG005 hedge-density: a sentence or paragraph dense with hedges."""

from __future__ import annotations

from typing import Iterator, List, Mapping, Tuple

from lintnews.text.document import Document
from lintnews.analysis.hedging.cues import DENSITY_LIMITS, FIRST_WORDS, Cue, dense_region
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Option, Rule

__all__ = ["HedgeDensity"]


def density_limits(options: Mapping[str, int]) -> Tuple[int, int, int]:
    """HDG005's options as the limits :func:`dense_region` takes (HDG006 reads them too,
    to leave dense passages to this rule)."""
    return (options["sentence-hedges"], options["paragraph-hedges"], options["words-per-hedge"])


class HedgeDensity(Rule):
    """What it flags: three or more hedge cues in one sentence, or four or more in one
    paragraph with no more than 30 words per hedge, in the writer's own voice ("may",
    "perhaps", "seems", "likely to", ...; see HDG006 for what counts; approximators such
    as "partly" do not count). Quotes and sentences that report a named source do not
    count. The three numbers are options.

    Why: a passage that qualifies everything commits to nothing; the reader cannot tell
    what is known from what is guessed.

    Instead: split what is known from what is uncertain, and attribute the uncertainty.

    Fix safety: no fix: what is known and who is uncertain are the writer's to say.
    """

    code = "HDG005"
    name = "hedge-density"
    category = "hedging"
    severity = Severity.WARNING
    summary = "A sentence with three or more hedges, or a paragraph with four or more close together."
    context = True
    options = {
        "sentence-hedges": Option(DENSITY_LIMITS[0], "Hedges in one sentence that make it dense.", minimum=2),
        "paragraph-hedges": Option(
            DENSITY_LIMITS[1], "Hedges in one paragraph that make it dense when they are close together.", minimum=2
        ),
        "words-per-hedge": Option(
            DENSITY_LIMITS[2], "Most words of the paragraph per hedge for its hedges to be close together.", minimum=1
        ),
    }
    examples = {
        "fail": [
            "The plan may fail, and it could cost jobs, though savings seem likely to be small.",
            "The fund may recover. Prices seem to be stable, and a rebound is likely to follow. "
            "Perhaps the worst is over.",
        ],
        "pass": [
            "The plan may cut costs.",
            "The plan may fail, and it could cost jobs, though savings seem small, the auditors said.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        limits = density_limits(context.options)
        for region in FIRST_WORDS.regions_with(doc):  # elsewhere nothing is dense
            if not self.applies_to(region):
                continue
            unit, groups = dense_region(region, context.settings, limits)
            for cues in groups:
                yield self._finding(doc, region, cues, unit)

    def _finding(self, doc: Document, region, cues: List[Cue], unit: str) -> Finding:
        words = ", ".join(f"'{c.text}'" for c in cues)
        first = cues[0]
        return self.report(
            doc,
            region,
            first.start,
            first.end,
            f"{len(cues)} hedges in one {unit} ({words}): say what is known, and attribute the rest",
        )
