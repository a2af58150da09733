"""CLM007 sweeping-generalisation: a generalisation with no source."""

from __future__ import annotations

import re

from lintnews.analysis.claims.cues import GENERALISATION
from lintnews.analysis.voice.voice import sentence_voice
from lintnews.analysis.claims.base import ClaimRule, _named_before, claim_kinds_in
from lintnews.analysis.claims.data_scope import continues_data_source
from lintnews.analysis.claims.statistics import spoken
from lintnews.analysis.claims.verdict_cues import SWEEPING_STATISTIC
from lintnews.model import Severity

__all__ = ["SweepingGeneralisation"]


class SweepingGeneralisation(ClaimRule):
    """What it flags: generalisations in the writer's voice: frequency ("often", "always",
    "invariably", "routinely", "time and again", "as usual"), patterns ("follows a
    familiar pattern"), common knowledge ("it is well known that", "it is no secret
    that"), universal claims ("Nobody in the village believes", "not one member has",
    "all Americans are"), a whole group's feelings or habits ("Residents are furious",
    "Shoppers have lost patience", "Teachers everywhere dread inspections", "Small village
    schools simply cannot survive", "Young people no longer read newspapers", "Shoppers
    are abandoning the high street", "Every commuter has a story", "Politicians never
    learn", "Hardly anyone uses the lane"), appeals and repute ("As any commuter will tell
    you", "a byword for neglect", "notorious for"), a universal negative on a record ("has
    never attended a single meeting") and trends across a population ("has soared across
    the country", "Councils up and down the country are cutting", "Like most seaside towns,
    X has struggled"), and a share of a whole population stated in the present ("Three
    quarters of the country's rivers now fail", "Nine out of ten young drivers ignore the
    limit"; the story's own set, "two-thirds of the members voted", is not one, and a data
    source named before it in the story covers it, as it covers CLM004's statistics). Information only: many are harmless, but each is a claim about many
    cases that the story rarely supports.

    Why: a pattern needs evidence (how many times, when, measured by whom); "everyone
    knows" is nobody in particular.

    Instead: give the cases ("in 2022 and again in 2023 ...") or attribute the pattern to
    someone who has studied it.

    Fix safety: no fix: the cases, or who studied the pattern, are the writer's to find.
    """

    code = "CLM007"
    name = "sweeping-generalisation"
    kind = GENERALISATION
    severity = Severity.INFO
    message = "Sweeping generalisation ('{match}') with no source: how often, and according to whom?"
    summary = "A claim of a pattern (\"often\", \"always\", \"a familiar pattern\") with no source."
    examples = {
        "fail": [
            "The announcement follows a familiar pattern of delay and reversal.",
            "Such approvals often come at the last moment.",
            "It is well known that the scheme is unpopular.",
        ],
        "pass": [
            "Such approvals often come at the last moment, said Ana Ruiz, who has studied arms transfers.",
            "The approval came two days before the deadline.",
        ],
    }

    def continues_source(self, doc, sentence, settings) -> bool:
        # a share of a population right after a named survey continues it ("According to a
        # survey by X, a third of users have clicked ... One in ten users have bought ..."),
        # as any statistic does for CLM004; the other generalisations need their own source
        hits = claim_kinds_in(sentence).get(self.kind, [])
        if not hits or any(h.cue.label != SWEEPING_STATISTIC for h in hits) or spoken(sentence):
            return False
        return (_named_before(doc, sentence, settings) or continues_data_source(doc, sentence, settings)
                or _after_unnamed_study(doc, sentence, settings))


#: Unnamed research as a source: "according to a study", "a survey found" (CLM008 reports it).
_STUDY = re.compile(r"\b(?:study|studies|survey|surveys|report|reports|research|poll|polls|census|figures|data|analysis)\b",
                    re.IGNORECASE)


def _after_unnamed_study(doc, sentence, settings) -> bool:
    """True when the sentence just before *sentence* (in its paragraph, or the last of the
    paragraph before) cites unnamed research ("..., according to a study released on
    Wednesday."): the share that follows is that study's figure, and the vague source is
    reported once, on the study. (A share after a named source is read by
    :func:`continues_data_source`, which asks for the same topic: "according to the same
    data" on stop rates does not cover a share of why people carry knives.)"""
    region = sentence.region
    if sentence.index > 0:
        before = region.sentences[sentence.index - 1]
    else:
        regions = doc.regions
        i = region.index - 1
        while i >= 0 and not regions[i].sentences:
            i -= 1
        if i < 0 or regions[i].kind == "heading":
            return False
        before = regions[i].sentences[-1]
    voice = sentence_voice(before, settings, doc)
    found = voice.attribution
    return bool(voice.vague and found is not None and _STUDY.search(found.text))
