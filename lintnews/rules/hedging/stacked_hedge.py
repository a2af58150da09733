"""HDG001 stacked-hedge: two or more hedges qualifying one clause."""

from __future__ import annotations

from typing import Iterator

from lintnews.text.document import Document
from lintnews.analysis.hedging.cues import cued_sentences, stacks, writer_cues
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule

__all__ = ["StackedHedge"]


class StackedHedge(Rule):
    """What it flags: hedge cues stacked in one clause of the writer's own prose: a modal
    with a hedging adverb or verb ("may partly explain", "could possibly delay", "might
    appear to", "perhaps probably").

    Why: one qualifier already signals uncertainty; two make the sentence say almost
    nothing, and readers take it as the writer protecting themselves.

    Instead: keep the qualifier that is true ("may explain" or "partly explains"), or
    attribute the uncertainty to a source. Quotes and sentences that report a named
    source ("..., the clerk said") are the source's words and stay quiet. A stack inside
    an unnamed group's clause ("Experts estimate that the line could perhaps cut traffic
    by possibly 15%") is reported too, besides the vague source (CLM008): nobody the
    reader can identify stands behind it, and the writer chose to relay it.

    Fix safety: no fix: which qualifier is true is the writer's judgement.
    """

    code = "HDG001"
    name = "stacked-hedge"
    category = "hedging"
    severity = Severity.WARNING
    summary = "Two or more hedges qualifying one clause."
    context = True
    examples = {
        "fail": [
            "The drought may partly explain the rise in prices.",
            "The new rules could possibly delay the vote.",
            "The figures might appear to contradict the minister.",
            "Analysts believe the levy could possibly raise prices.",
        ],
        "pass": [
            "The drought partly explains the rise in prices.",
            "The new rules may possibly delay the vote, the clerk said.",
            "\"It may partly explain the rise,\" the economist said.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for sentence in cued_sentences(self, doc):
            cues = writer_cues(sentence, context.settings, relayed=True)
            if len(cues) < 2:
                continue
            for group in stacks(sentence, cues):
                region = sentence.region
                start, end = group[0].start, group[-1].end
                phrase = region.text[start:end]
                yield self.report(
                    doc,
                    region,
                    start,
                    end,
                    f"Stacked hedge '{phrase}': keep one qualifier, or none if the fact is established",
                )
