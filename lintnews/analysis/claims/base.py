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

from typing import ClassVar, Dict, Iterator, List, Tuple

from lintnews.analysis.voice.attribution import COMMITMENT, lexicon_for, region_attributions
from lintnews.analysis.claims.cue_index import region_cues, sentence_cues
from lintnews.analysis.claims.cue_kinds import KINDS
from lintnews.matching.cues import CueHit
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
        lexicon = lexicon_for(context.settings)
        for sentence, mine in claim_hits_of(doc, self.kind):
            region = sentence.region
            if not self.applies_to(region):
                continue
            attributions = region_attributions(region, lexicon)
            found = attributions[sentence.index]
            if found is not None and (found.kind != COMMITMENT or self.carries):
                if not self.speech_is_claim:
                    continue
                # "she did call it the gold standard" is not sourced by its own verb
                mine = [h for h in mine if h.start <= found.start and found.end <= h.end]
                if not mine:
                    continue
            elif self.carries and any(a is not None and a.names_source for a in attributions[: sentence.index]):
                continue
            hit = next((h for h in mine if h.strong), mine[0])
            yield self.report(
                doc, region, hit.start, hit.end, self.message.format(match=clip(hit.text)),
                severity=self.severity_of(hit),
            )

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
