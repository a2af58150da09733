"""HDG005 hedge-density: a sentence or paragraph dense with hedges."""

from __future__ import annotations

from typing import Iterator, List

from lintnews.text.document import Document
from lintnews.analysis.hedging.cues import FIRST_WORDS, Cue, dense_region
from lintnews.model import Finding, Severity
from lintnews.rule import Rule

__all__ = ["HedgeDensity"]

class HedgeDensity(Rule):
    code = "HDG005"
    name = "hedge-density"
    category = "hedging"
    severity = Severity.WARNING
    summary = "A sentence with three or more hedges, or a paragraph with four or more close together."
    doc = """\
What it flags: three or more hedge cues in one sentence, or four or more in one
paragraph with no more than 30 words per hedge, in the writer's own voice ("may",
"perhaps", "seems", "likely to", ...; see HDG006 for what counts; approximators such
as "partly" do not count). Quotes and sentences that report a named source do not
count.

Why: a passage that qualifies everything commits to nothing; the reader cannot tell
what is known from what is guessed.

Instead: split what is known from what is uncertain, and attribute the uncertainty."""
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

    def check(self, doc: Document) -> Iterator[Finding]:
        for region in FIRST_WORDS.regions_with(doc):  # elsewhere nothing is dense
            if not self.applies_to(region):
                continue
            unit, groups = dense_region(region, doc.settings)
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
