"""CLM008 vague-source: attribution that names nobody."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.voice.attribution import attribution
from lintnews.analysis.claims.base import CLAIM_SCOPE, clip, is_question
from lintnews.analysis.claims.cue_index import region_cues
from lintnews.text.document import Document
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule

__all__ = ["VagueSource"]


class VagueSource(Rule):
    """What it flags: attribution that names nobody: "some say", "many people think",
    "experts believe", "observers note", "sources suggest", "some observers", "studies
    show", "it is said that", "is rumoured to", "according to reports", "there are those
    who argue". These sentences look attributed, so the other claims rules stay quiet on
    them; this rule reports them instead. The newsroom conventions "critics say",
    "analysts said", "officials said" (with no group named), "sources close to" and "it is
    understood that" are reported as information. A group that is identified ("analysts
    at Barclays", "Nato officials", "critics, including Labour, say") is not vague.

    Why: readers cannot weigh a source they cannot identify, and a writer's own view
    hides easily behind "some say".

    Instead: name the source: a person with their role ("Jane Roe, an economist at the
    Institute for Fiscal Studies, said"), an organisation, or the study (author,
    publisher, year), or link to it. If the source must stay anonymous, say why and how
    they know.

    Fix safety: no fix: only the writer knows who the source is.
    """

    code = "CLM008"
    name = "vague-source"
    category = "claims"
    severity = Severity.WARNING
    scope = CLAIM_SCOPE
    summary = "A source too vague to count: \"experts say\", \"some believe\", \"it is said that\"."
    context = True
    examples = {
        "fail": [
            "Some observers see the move as a provocation.",
            "Experts believe the dam is unsafe.",
            "It is said that the minister will resign.",
        ],
        "pass": [
            "Hydrologists at the University of Leeds believe the dam is unsafe.",
            "Analysts at Barclays said the dam was unsafe.",
            "\"Some say it is unsafe,\" the engineer said.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            # the sentences of self.sentences(doc), with their cues; most have none, so
            # those are passed over before asking whether one is quoted or a question
            for sentence, cues in zip(region.sentences, region_cues(region)):
                hits = [h for h in cues if h.cue.kind == "vague"] if cues else None
                if not hits or sentence.quoted or is_question(sentence):
                    continue
                yield from self._report(doc, region, sentence, hits, context.settings)

    def _report(self, doc: Document, region, sentence, hits, settings) -> Iterator[Finding]:
        """The finding for the first unquoted vague source of *sentence*, if it names no
        source elsewhere."""
        found = attribution(sentence, settings)
        if found is not None and found.names_source:
            return  # the sentence also names its source
        for hit in hits:
            if sentence.quote_spans and region.in_quote(hit.start, hit.end):
                continue
            severity = self.severity if hit.strong else Severity.INFO
            if region.kind == "heading":
                severity = Severity.INFO
            yield self.report(
                doc, region, hit.start, hit.end,
                f"Vague source '{clip(hit.text)}' ({hit.cue.label}): readers cannot check it; "
                "name the person and their role, the organisation, or the study",
                severity=severity,
            )
            return
