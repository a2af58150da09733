"""HDG006 hedge-cue: a single hedge in the writer's own voice (information)."""

from __future__ import annotations

from typing import Iterator

from lintnews.text.document import Document
from lintnews.analysis.hedging.cues import cued_sentences, dense_region, stacks, writer_cues
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.rules.hedging.hedge_density import density_limits

__all__ = ["HedgeCue"]

_ADVICE = {
    "modal": "say what is known, or who expects it",
    "adverb": "say what is known, or whose judgement it is",
    "adjective": "say whose forecast this is",
    "verb": "say what the evidence shows, and whose reading it is",
}


class HedgeCue(Rule):
    """What it flags: one hedge cue in the writer's own prose, of the kinds the CoNLL-2010
    hedge guidelines list: modal ("may", "might", "could" when epistemic: "may have
    caused", "could cost", "may explain"), adverbial ("perhaps", "probably",
    "apparently", "arguably"), adjectival ("likely to", "unlikely") and verbal ("seems",
    "appears to", "suggests that"). Information only: a single hedge is often right.

    Left to other rules: stacked hedges (HDG001) and dense ones (HDG005, whose options
    say what is dense) are warnings; "it is likely that" and "it seems that" are HDG004.
    Approximators ("partly", "to some extent") are a measured qualification on their own
    and count only in a stack.

    Not flagged: the month of May, "could" of past ability ("she could not attend"),
    "likely" before a noun ("the likely winner"), "might" as a noun ("the economic might
    of"), a disguise described ("emails that appear to come from the bank"), attribution
    verbs ("said", "alleged", "believes", "estimated"), quotes, and sentences that report
    a named source.

    Why: a hedge in the writer's voice is a judgement with nobody behind it.

    Instead: state what is known, or attribute the uncertainty ("The drought may explain
    the rise, the bank's economists said").

    Fix safety: no fix: what is known, or whose judgement the hedge is, is the writer's to say.
    """

    code = "HDG006"
    name = "hedge-cue"
    category = "hedging"
    severity = Severity.INFO
    summary = "A hedge in the writer's own voice (may, perhaps, seems, likely to)."
    context = True
    examples = {
        "fail": [
            "The drought may explain the rise in prices.",
            "The talks are likely to resume next week.",
            "The minister apparently changed her mind.",
        ],
        "pass": [
            "The drought explains part of the rise in prices.",
            "The talks are likely to resume next week, a spokesman said.",
            "The vote was held on 5 May and Theresa May could not attend.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        limits = density_limits(context.options_of("HDG005"))  # as HDG005 is configured
        for sentence in cued_sentences(self, doc):
            cues = writer_cues(sentence, context.settings)
            if not cues:
                continue
            unit, groups = dense_region(sentence.region, context.settings, limits)
            if unit == "paragraph" or any(c in groups_cues for groups_cues in groups for c in cues):
                continue  # HDG005 reports the whole sentence or paragraph
            stacked = {id(c) for group in stacks(sentence, cues) for c in group}
            for cue in cues:
                if id(cue) in stacked or cue.kind == "approximator" or cue.impersonal:
                    continue  # stacked (HDG001), approximator, or "it is likely that" (HDG004)
                advice = _ADVICE.get(cue.kind, "say what is known")
                yield self.report(
                    doc, sentence.region, cue.start, cue.end, f"Hedge '{cue.text}': {advice}"
                )
