"""The claims family: claims in the writer's own voice that need a source.

:class:`ClaimRule` is the base of the claim rules (one rule per kind of claim; see
:mod:`lintnews.analysis.claims.cues`). A claim is reported when its sentence

- is in the writer's voice: not inside a direct quotation or blockquote, and the cue
  itself is not inside quotation marks;
- states something: questions are not claims;
- has no attribution (:mod:`lintnews.analysis.voice.attribution`): no named source, quotation, link,
  accepted phrase or carried attribution. A vague source ("experts say") counts here
  because the vague-source rule reports it instead.

Cues are found once per document for all claim kinds and cached, so selecting several
claim rules costs one pass. Headlines are judged lightly: findings there are ``info``.
"""

from __future__ import annotations

import re

from typing import ClassVar, Dict, Iterator, List, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.analysis.voice.voice import document_voices, headline_sourced, sentence_voice, sentence_voices
from lintnews.analysis.claims.cue_index import region_cues, sentence_cues
from lintnews.analysis.claims.cue_kinds import KINDS
from lintnews.matching.cues import CueHit, gated_search, may_hold, may_match
from lintnews.text.document import Document, Sentence
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule

#: Claims are judged in headlines, body paragraphs and list items, not in table cells.
CLAIM_SCOPE = frozenset({"heading", "paragraph", "list-item"})

CLAIM_KINDS = frozenset(KINDS)

def claim_hits(doc: Document) -> List[Tuple[Sentence, List[CueHit]]]:
    """Sentences of *doc* (unquoted, not questions) with their claim cues (found once
    per document: :meth:`~lintnews.text.document.Document.memo`)."""
    return doc.memo("claims.hits", _claim_hits)


def _claim_hits(doc: Document) -> List[Tuple[Sentence, List[CueHit]]]:
    found = []
    for region in doc.regions:
        if region.blockquote:
            continue
        # most sentences have no cue: look at the cues before asking whether the
        # sentence is quoted or a question (the same sentences pass either way)
        for sentence, cues in zip(region.sentences, region_cues(region)):
            if not cues:
                continue
            hits = [h for h in cues if h.cue.kind in CLAIM_KINDS]
            if not hits or sentence.quoted or is_question(sentence):
                continue
            if sentence.quote_spans:
                hits = [h for h in hits if not region.in_quote(h.start, h.end)]
            if hits:
                found.append((sentence, hits))
    return found


def claim_hits_of(doc: Document, kind: str) -> List[Tuple[Sentence, List[CueHit]]]:
    """:func:`claim_hits` of one kind: the sentences with a cue of *kind*, and those cues
    (grouped once per document, so each claim rule reads only its own)."""
    return doc.memo("claims.hits-by-kind", _claim_hits_by_kind).get(kind, [])


def _claim_hits_by_kind(doc: Document) -> Dict[str, List[Tuple[Sentence, List[CueHit]]]]:
    by_kind: Dict[str, List[Tuple[Sentence, List[CueHit]]]] = {}
    for sentence, hits in claim_hits(doc):
        mine: Dict[str, List[CueHit]] = {}
        for h in hits:
            mine.setdefault(h.kind, []).append(h)
        for k, group in mine.items():
            by_kind.setdefault(k, []).append((sentence, group))
    return by_kind


def _named_before(doc: Document, sentence: Sentence, settings) -> bool:
    """True when a sentence before *sentence* in its paragraph names a source. Voices
    are worked out from the paragraph's start up to the furthest sentence asked about,
    once (so a long paragraph costs one pass, not one per statistic)."""
    region = sentence.region
    seen = region.memo(("claims.named-prefix", id(settings)), lambda r: (settings, [0, None]))[1]
    # seen = [how many sentences have been looked at, index of the first named or None]
    while seen[1] is None and seen[0] < sentence.index:
        s = region.sentences[seen[0]]
        if sentence_voice(s, settings, doc).named:
            seen[1] = s.index
        seen[0] += 1
    return seen[1] is not None and seen[1] < sentence.index


# "the numbers", "these figures", "the same data": figures a source gave earlier in the story.
_ANAPHORIC_DATA = lazyre.compile(
    r"\b(?:the|these|those|same|its|their|this|latest)\s+(?:same\s+|latest\s+|new\s+|official\s+)?"
    r"(?:numbers|figures|data|statistics|results|count|counts|survey|poll|study|report)\b",
    re.IGNORECASE,
)


def _data_named_earlier(doc: Document, sentence: Sentence, settings) -> bool:
    """True when *sentence* refers back to data ("the numbers", "the same figures") and a
    sentence before it in the document names a source."""
    if not _ANAPHORIC_DATA.search(sentence.text):
        return False
    first = doc.memo(
        ("claims.first-named-in-document", id(settings)),
        lambda d: (settings, next(((s.region.index, s.index) for s, v in sentence_voices(d, settings) if v.named), (len(d.regions), 0))),
    )[1]
    return first < (sentence.region.index, sentence.index)


_CONDITIONAL_START = lazyre.compile(r"^\W*(?:if|unless|were|had|should|suppose|supposing|imagine|even\s+if)\b", re.IGNORECASE)
_CONDITION_BEFORE = lazyre.compile(r"\b(?:if|unless|only\s+when|only\s+if|provided\s+that)\b[^,;:]*$", re.IGNORECASE)
#: One of which every match of _CONDITION_BEFORE holds (too short for lintnews.matching.literals).
_CONDITION_WORDS = ("if", "only", "provided", "unless")
# "If you look at the figures, ...", "If we go back to 2010, ...": the speaker pointing the
# listener at something, after which the main clause is asserted, not supposed.
_DISCOURSE_IF = lazyre.compile(
    r"\W*if\s+(?:you|we|one)\s+(?:just\s+|really\s+|actually\s+)?(?:look|looked|take|took|think|consider|compare|"
    r"go\s+back|check|examine|study|listen|read)\b[^,;:.]{0,80},",
    re.IGNORECASE,
)
_WOULD = lazyre.compile(r"\b(?:would|could|might)\b(?![^,;:]*[,;:])", re.IGNORECASE)


def _hypothetical(sentence: Sentence, hit: CueHit) -> bool:
    """True when *hit* stands in a hypothesis, not a claim of fact: the sentence opens
    with a condition ("If the rate rises to £6 then ...", "if you're the best in the
    world"), or a "would" governs the hit's clause ("people would say her career was
    over", "It would be unacceptable to hide behind ...")."""
    text = sentence.region.text
    if _CONDITIONAL_START.match(text, sentence.start, sentence.end) and not _DISCOURSE_IF.match(text, sentence.start, sentence.end):
        return True
    lo = max(sentence.start, hit.start - 80)
    if may_hold(sentence.region, _CONDITION_WORDS, lo, hit.start) and _CONDITION_BEFORE.search(text, lo, hit.start):
        return True  # "After all, if you're the best in the world ...", "Only when 25% of people ..."
    return gated_search(_WOULD, sentence.region, max(sentence.start, hit.start - 60), hit.start) is not None


# Hedge markers: a sentence with two or more is the writer hedging a claim (the hedging
# rules report the stacked hedge), so its weaker claim cues are left to them.
_HEDGE_MARKER = lazyre.compile(
    r"\b(?:perhaps|possibly|arguably|maybe|probably|presumably|conceivably|apparently|somewhat|"
    r"to\s+(?:a|some|a\s+certain|an)\s+(?:degree|extent)|in\s+(?:some|a)\s+(?:sense|ways?)|may|might|could|"
    r"seems?|seemingly|supposedly)\b",
    re.IGNORECASE,
)


def stacked_hedge(sentence: Sentence) -> bool:
    """True when *sentence* holds two or more hedge markers ("is, to a degree, often,
    perhaps, lower"): a hedged claim, the hedging rules' business."""
    return sentence.memo(
        "claims.stacked-hedge",
        lambda s: may_match(_HEDGE_MARKER, s.region, s.start, s.end) and len(_HEDGE_MARKER.findall(s.text)) >= 2,
    )


def is_question(sentence: Sentence) -> bool:
    """True when the sentence asks rather than states."""
    return sentence.text.rstrip("\"'”’)] ").endswith("?")


def clip(text: str, limit: int = 60) -> str:
    """*text* on one line, shortened to about *limit* characters for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ClaimRule(Rule):
    """Base class of the claim rules: one kind of claim, reported when unsourced."""

    category: ClassVar[str] = "claims"
    scope = CLAIM_SCOPE
    #: The claim kind this rule reports (a key of :data:`lintnews.analysis.claims.cues.KINDS`).
    kind: ClassVar[str] = ""
    #: Message template; ``{match}`` is the cue text.
    message: ClassVar[str] = ""
    #: Severity of the weaker forms of the kind.
    weak_severity: ClassVar[Severity] = Severity.INFO
    #: True when a source named earlier in the paragraph covers this kind of claim too
    #: (figures reported after "the company said"), and a commitment ("has promised to
    #: build 5,000 homes") sources it; inferences (cause, intent, prediction, verdicts)
    #: need their own source.
    carries: ClassVar[bool] = False
    #: True when a cue of this kind may contain a reporting verb that is itself the claim
    #: ("he did say", "she never said"): that verb does not source the claim.
    speech_is_claim: ClassVar[bool] = False

    context = True

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for sentence, hit, severity in self.reports(doc, context.settings):
            yield self.report(
                doc, sentence.region, hit.start, hit.end, self.message.format(match=clip(hit.text)), severity=severity,
            )

    def reports(self, doc: Document, settings) -> List[Tuple[Sentence, CueHit, Severity]]:
        """The sentences this rule reports in *doc*, each with its cue and severity
        (worked out once per document and rule, so the learned claim rule can ask which
        sentences the construction rules report without doing their work twice)."""
        return doc.memo(("claims.reports", self.code, id(settings)), lambda d: (settings, self._reports(d, settings)))[1]

    def _reports(self, doc: Document, settings) -> List[Tuple[Sentence, CueHit, Severity]]:
        out = []
        for sentence, mine in claim_hits_of(doc, self.kind):
            region = sentence.region
            if not self.applies_to(region):
                continue
            mine = [h for h in mine if self.keep(h) and not _hypothetical(sentence, h)]
            if mine and all(self.severity_of(h) <= Severity.INFO for h in mine) and stacked_hedge(sentence):
                continue  # a weak claim inside a stacked hedge: reported by the hedging rules
            if not mine:
                continue
            voice = sentence_voice(sentence, settings, doc)
            found = voice.attribution
            if not voice.writer or (voice.commitment and self.carries):
                if not self.speech_is_claim or found is None:
                    continue
                # "she did call it the gold standard" is not sourced by its own verb
                mine = [h for h in mine if h.start <= found.start and found.end <= h.end]
                if not mine:
                    continue
            elif self.carries and (_named_before(doc, sentence, settings) or _data_named_earlier(doc, sentence, settings)):
                continue
            elif self.continues_source(doc, sentence, settings):
                continue
            hit = next((h for h in mine if h.strong), mine[0])
            if region.kind == "heading" and headline_sourced(doc, sentence, hit.start, hit.end, restated=True, settings=settings):
                continue  # the body states the claim too: judged there, once
            out.append((sentence, hit, self.severity_of(hit)))
        return out

    def continues_source(self, doc: Document, sentence: Sentence, settings) -> bool:
        """Whether *sentence*, with no source of its own, continues one named earlier in
        the story (the statistics rule: figures from a data source named before)."""
        return False

    def keep(self, hit: CueHit) -> bool:
        """Whether the cue *hit* makes a claim of this kind (the statistics rule keeps
        only figures that state something about the world)."""
        return True

    def severity_of(self, hit: CueHit) -> Severity:
        """Strong cues get the rule's severity, weak ones less; headlines at most info."""
        severity = self.severity if hit.strong else min(self.severity, self.weak_severity)
        if hit.sentence.region.kind == "heading":
            severity = Severity.INFO
        return severity


def claim_kinds_in(sentence: Sentence) -> Dict[str, List[CueHit]]:
    """The claim cues of one sentence by kind (no attribution check); for tools and tests."""
    out: Dict[str, List[CueHit]] = {}
    for hit in sentence_cues(sentence):
        if hit.kind in CLAIM_KINDS:
            out.setdefault(hit.kind, []).append(hit)
    return out
