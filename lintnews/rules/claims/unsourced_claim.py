"""CLM010 unsourced-claim: a sentence that reads as a claim, found by the learned model."""

from __future__ import annotations

import re
from typing import Dict, Iterator, Set

from lintnews.analysis.claims.base import CLAIM_SCOPE, clip, is_question
from lintnews.analysis.claims.cue_index import region_cues
from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_match
from lintnews.analysis.claims.data_scope import continues_data_source, reads_into_figures
from lintnews.analysis.hedging.cues import FIRST_WORDS
from lintnews.analysis.learned.features import sentence_features
from lintnews.analysis.learned.model import sentence_model
from lintnews.analysis.voice.voice import headline_sourced, sentence_voice
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Option, Rule
from lintnews.rules.claims.editorial_verdict import EditorialVerdict
from lintnews.rules.claims.sweeping_generalisation import SweepingGeneralisation
from lintnews.rules.claims.track_record import TrackRecord
from lintnews.rules.claims.unsourced_cause import UnsourcedCause
from lintnews.rules.claims.unsourced_intent import UnsourcedIntent
from lintnews.rules.claims.unsourced_prediction import UnsourcedPrediction
from lintnews.rules.claims.unsourced_statistic import UnsourcedStatistic
from lintnews.rules.claims.unsourced_superlative import UnsourcedSuperlative
from lintnews.text.document import Document

__all__ = ["UnsourcedClaim"]

#: The construction rules: a sentence one of them reports is not reported again here.
CONSTRUCTION_RULES = (
    UnsourcedCause, UnsourcedIntent, UnsourcedPrediction, UnsourcedStatistic, UnsourcedSuperlative,
    EditorialVerdict, SweepingGeneralisation, TrackRecord,
)

#: How the message names each kind of claim the model tells apart.
KIND_NAMES = {
    "cause": "a causal claim",
    "intent": "a claim about motives",
    "forecast": "a forecast",
    "statistic": "a figure about the world",
    "verdict": "a verdict",
    "record": "a record or superlative",
    "generalisation": "a generalisation",
    "vague": "a claim",
}


class UnsourcedClaim(Rule):
    """What it flags: a sentence in the writer's own voice that reads as a claim needing
    a source (a cause, a motive, a forecast, a figure about the world, a verdict, a
    record, a generalisation) where none of the construction rules (CLM001-CLM007,
    CLM009) found one: "Cheap supermarket milk has driven hundreds of dairy farms out of
    business" (a cause in words no cue lists), "Young people across the region have lost
    faith in politics altogether" (a generalisation).
    The reading is a small linear model over the sentence's words and constructions,
    trained on the project's own labelled news sentences (``training/claims/``) and
    shipped with lintnews; it runs on the standard library and gives the same answer on
    every run. Information only.

    Not flagged: sentences a construction rule reports (one finding each), advice to
    readers ("Passengers are advised to check before they travel"), quotations,
    sentences with a source (named, linked or quoted: the voice analysis decides, not the
    model), vague sources (CLM008's), questions, and headlines the body restates.

    Why: claims come in more words than any list of constructions holds; a reader still
    needs to know who says so.

    Instead: say who makes the claim, or give the evidence; or ignore the rule (``ignore:
    [CLM010]``) for constructions only.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM010"
    name = "unsourced-claim"
    category = "claims"
    severity = Severity.INFO
    scope = CLAIM_SCOPE
    summary = "A sentence the learned model reads as an unsourced claim that no construction rule reported."
    context = True
    options = {
        "threshold": Option(
            0.95, "Probability from which a sentence is reported (0: the threshold chosen at training, 0.92). "
            "0.95 keeps published copy quieter: on every fifth BBC article, 73 findings against 133 at 0.92, most "
            "of those dropped plain narration, for one claim fewer in each set of fresh held-out sentences.",
            minimum=0.0, maximum=1.0,
        ),
    }
    examples = {
        "fail": [
            "Cheap supermarket milk has driven hundreds of dairy farms out of business.",
            "Young people across the region have lost faith in politics altogether.",
        ],
        "pass": [
            "Cheap supermarket milk has driven hundreds of dairy farms out of business, the farmers' union said.",
            "The museum reopened on Saturday after a two-year refit.",
            "\"Cheap supermarket milk has driven hundreds of dairy farms out of business,\" one farmer said.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        settings = context.settings
        head = sentence_model().claim
        threshold = context.options.get("threshold") or head.threshold
        cut = head.cut(threshold)
        hedged = {id(r) for r in FIRST_WORDS.regions_with(doc)}  # the others hold no hedge cue
        # The sentences the construction rules report are not reported here (one finding
        # each). Which a rule reports is worked out only for a sentence that scores and
        # holds a cue of the rule's kind: most drafts have none, and the opt-in rules'
        # reports (CLM004's reading of every figure) cost more than the scores.
        reported: Dict[str, Set[int]] = {}

        def skip(sentence) -> bool:  # never reported here, so not scored
            return sentence.quoted or is_question(sentence)

        for region in doc.regions:
            if region.blockquote or not self.applies_to(region):
                continue
            for sentence, score in zip(region.sentences, head.score_region(region, id(region) in hedged, skip, cut)):
                if score is None or score < cut:
                    continue
                if _reported(doc, sentence, settings, reported):
                    continue
                # advice and a plan's terms are never reported either; their expressions
                # cost more than a score, so only the sentences that score are searched
                if _holds(_ADVICE, sentence) or _holds(_PLAN_TERMS, sentence):
                    continue
                voice = sentence_voice(sentence, settings, doc)
                if not voice.writer or voice.commitment:
                    # a source (or a vague one, CLM008's) stands behind it, or it reports a
                    # named party's promise ("has vowed to repeal the law")
                    continue
                if region.kind == "heading" and headline_sourced(doc, sentence, restated=True, settings=settings):
                    continue
                kind, _ = sentence_model().kind.best(sentence_features(sentence))
                if (kind == "statistic" and not reads_into_figures(sentence.text)
                        and continues_data_source(doc, sentence, settings)):
                    continue  # the figures of a data source named before, on its topic
                yield self.report(
                    doc, region, sentence.start, sentence.end,
                    f"Reads as {KIND_NAMES.get(kind, 'a claim')} with no source: '{clip(sentence.text, 50)}'; "
                    "who says so? Attribute it or give the evidence",
                )


# Advice and instructions to readers ("Passengers are advised to check before they
# travel", "Residents are urged to keep windows shut"): service information, not a claim.
_ADVICE = lazyre.compile(
    r"\b(?:is|are)\s+(?:being\s+|again\s+|also\s+|strongly\s+)*(?:advised|urged|asked|encouraged|reminded|requested|"
    r"recommended|told)\s+(?:not\s+)?to\b",
    re.IGNORECASE,
)

# What a plan, deal or bill provides ("It also includes plans for a points system", "Their
# powers would be returned to elected councils", "The club is funding its move through
# loans", "Under the deal, staff would get"): the terms of a proposal, which its makers stand
# behind, not the writer's forecast. The construction rules still read a forecast of its
# effects ("the scheme will drive smokers across the border").
_PLAN_NOUNS = (
    r"(?:plans?|proposals?|deal|agreement|bill|scheme|contract|package|reforms?|blueprint|strategy|white\s+paper|"
    r"manifesto|legislation|law|rules|regulations|measures|changes|merger|takeover|offer|bid|settlement|budget|"
    r"treaty|arrangement|shake-up|overhaul|move|project|programme)"
)
_PLAN_TERMS = lazyre.compile(
    r"\b(?:under|in)\s+(?:the|its|their|his|her|these|those|new|a)\s+(?:[\w'’-]+\s+){0,2}?" + _PLAN_NOUNS + r"\b"
    r"|\b(?:includes?|including|included|contains?|sets?\s+out|outlines?|proposes?|proposed)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:plans?|proposals?|measures|powers|rules|provisions?|changes|a\s+(?:new\s+)?(?:system|scheme|levy|cap|ban|duty))\b"
    r"|\b(?:is|are|was|were)\s+(?:funding|financing|paying\s+for)\b[^.;:]{0,60}?\bthrough\b"
    r"|^\W*(?:the|its|their|his|her|this|that|these|those|a)\s+(?:[\w'’-]+\s+){0,3}?" + _PLAN_NOUNS
    + r"\s+(?:would|will)\s+(?:also\s+)?(?:see|give|allow|let|mean|require|include|provide|create|cover|offer|"
    r"extend|introduce|bring\s+in|set\s+up|replace|scrap|abolish|cut|raise|cap|ban|hand|transfer|return)\b"
    r"|\b(?:powers|responsibilit(?:y|ies)|control|funding|budgets?)\s+would\s+(?:be\s+)?(?:returned|transferred|handed|"
    r"devolved|passed|given|moved|shifted|restored)\b",
    re.IGNORECASE,
)

_RULES = []


def _rules():
    if not _RULES:
        _RULES.extend(cls() for cls in CONSTRUCTION_RULES)
    return _RULES


def _reported(doc: Document, sentence, settings, known: Dict[str, Set[int]]) -> bool:
    """Whether a construction rule reports *sentence*. A rule reports only sentences with a
    cue of its kind, so only the rules of the kinds of the sentence's cues are asked; the
    sentences each reports are kept in *known* (by rule code) for the rest of the draft."""
    kinds = {hit.kind for hit in region_cues(sentence.region)[sentence.index]}
    if not kinds:
        return False
    for rule in _rules():
        if rule.kind in kinds:
            ids = known.get(rule.code)
            if ids is None:
                ids = known[rule.code] = {id(s) for s, _, _ in rule.reports(doc, settings)}
            if id(sentence) in ids:
                return True
    return False


def _holds(rx, sentence) -> bool:
    """Whether *rx* finds a match in *sentence*, searched only where the sentence may hold
    one (:func:`lintnews.matching.cues.may_match`)."""
    return may_match(rx, sentence.region, sentence.start, sentence.end) and rx.search(sentence.text) is not None
