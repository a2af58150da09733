"""CLM008 vague-source: attribution that names nobody."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.voice.voice import sentence_voice
from lintnews.analysis.claims.base import CLAIM_SCOPE, _hypothetical, clip, is_question
from lintnews.analysis.claims.cue_index import region_cues
from lintnews.text.document import Document
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule

__all__ = ["VagueSource"]


class VagueSource(Rule):
    """What it flags: attribution that names nobody, found by construction: an unnamed
    group as the subject of a verb of saying or believing ("some say", "experts believe",
    "Detractors say", "Seasoned observers of the region's politics say", "Opponents of the
    scheme claim", "Many in the industry believe", "Some growers consider", "There are
    those in the party who believe"), with a progressive or a time phrase between the group
    and its verb ("Economists are for years warning", "Engineers have for decades argued",
    "Critics have repeatedly warned", "Experts are now saying"; "Police are warning drivers to
    avoid the road" is advice), a bare group found somewhere ("Old hands in the harbour say"),
    a group placed in a field or vouched for without
    a name ("Party insiders claim", "industry figures say", "Relevant experts said",
    "Well-placed sources say"), "according to" a bare group ("according to
    specialists", "according to reports"), unnamed research ("studies show"), rumour and
    anonymous sources. Weasel forms ("some say", "experts believe") are warnings; the
    newsroom conventions ("critics say", "officials said", "sources close to") and
    generic groups are information. These sentences look attributed, so the other claims
    rules stay quiet on them; this rule reports them instead.

    Not vague: a bare group the story has named ("Campaigners said" after "the Save
    Hollin Wood campaign", "Parents said" after "Ashgrove Primary School"), a group that is identified ("analysts at Barclays", "Labour councillors",
    "critics, including Labour, say"), the people who run an event ("organisers said",
    "police said", "forecasters said"), a group of an organisation named just before
    ("..., the fire service said. Officials said ...") and a name that looks like a plural
    ("Pellings blamed rising costs"). Agentless perception ("it is said that", "is reckoned
    to be") names nobody as a source either: it is the hedging rule HDG008's.

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
            "Detractors say the new stand has ruined the ground.",
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
        if not sentence_voice(sentence, settings, doc).vague:
            return  # the sentence also names its source, or its group belongs to one named before
        for hit in hits:
            if sentence.quote_spans and region.in_quote(hit.start, hit.end):
                continue
            if _hypothetical(sentence, hit):
                continue  # "if she lost, people would say ...": nobody said it
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
