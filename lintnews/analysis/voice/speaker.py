"""Whose voice a sentence is in: the writer's, or a source's? (for the hedging rules)

Hedging and phrasing rules judge the writer's own prose. What a source says, quoted or
reported ("The plan may fail, the minister said."), is the source's judgement. The
analysis of who a sentence reports is :mod:`lintnews.analysis.voice.attribution`, shared with the
claims family; this module only reads it the way the hedging rules need:

- a quotation on its own does not put the writer's words around it in the source's
  voice (the hedges inside the quotation are quiet anyway), and a commitment ("has
  promised to") is no source of anything but its promise;
- an unnamed crowd as the subject of the reporting verb ("some critics have alleged",
  "others close to him said") is a vague source, like "experts say", and so are
  "according to legend" and "according to popular belief";
- unnamed evidence that "suggests" or "indicates" ("tests on the label suggest that",
  "this suggests that", "..., suggesting that") is the writer's own reading of it: a
  hedge, not a source.

:func:`reported_by` gives the source (named or vague) whose words the sentence reports;
:func:`in_source_voice` is True only for a named one. Both cover the reported part of
the sentence (:func:`source_span`): all of it for a trailing tag ("The plan may fail,
the minister said") or "according to", else the reporting clause; the writer's words
before it stay the writer's ("Many saw it as a retreat, and it disappointed some who
had hoped ...").

A vague source that the claims family's cues recognise (:mod:`lintnews.analysis.voice.vague_sources`: "some
say", "experts believe", "studies show", "it is said that") is reported once, by the
claims rule CLM008 vague-source; :func:`in_vague_source` tells the hedging rules to
leave those words alone.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_match
from lintnews.analysis.voice.attribution import ACCEPTED, ACCORDING, CARRIED, EVIDENCE, NAMED, VAGUE, Attribution, attribution
from lintnews.analysis.claims.cue_index import sentence_cues
from lintnews.text.document import Sentence

#: Attribution kinds that put a reporting clause in a source's voice (a link governs only
#: its own clause: :func:`lintnews.analysis.voice.voice.link_clause`).
SOURCE_KINDS = frozenset({NAMED, ACCORDING, EVIDENCE, ACCEPTED, CARRIED, VAGUE})

_QUANTIFIERS = r"some|many|several|most|various|numerous|countless|certain|other|others|critics"
# The reporting verb's subject is a crowd: "[,] some critics have", "though others close to him have".
_CROWD_SUBJECT = lazyre.compile(
    r"(?:^|[,;:(—–]\s*|\b(?:that|and|but|while|whereas|although|though|as|because|which|who)\s+)"
    rf"(?:(?:{_QUANTIFIERS})\b|a\s+(?:number|lot|handful)\s+of\b)[^,;:()]{{0,60}}$",
    re.IGNORECASE,
)
# Evidence with no author, whose reading is the writer's: "tests suggest", "the data indicate".
_EVIDENCE_SUBJECT = lazyre.compile(
    r"\b(?:tests?|results?|findings?|data|evidence|signs?|records?|observations?|analys[ie]s|experiments?|"
    r"arguments?|measurements?|samples?|remains|traces?)\b[^,;:()]{0,40}$"
    r"|(?:^|[,;:]\s*|\b(?:and|but|which)\s+)(?:it|this|that|these|those|which)\s+(?:also\s+|further\s+|strongly\s+)?$",
    re.IGNORECASE,
)
_HEDGING_VERB = lazyre.compile(r"(?:,\s*)?(?:suggest|indicat|impl|appear|seem)", re.IGNORECASE)
# Nobody in particular: "according to legend", "according to popular belief".
_FOLK = lazyre.compile(
    r"\s+(?:(?:popular|common|conventional|local|ancient|oral|family|received|folk)\s+)?"
    r"(?:belief|legend|tradition|folklore|lore|myth|misconception|wisdom|rumou?r|hearsay|opinion)\b",
    re.IGNORECASE,
)
# "Some say ..., citing the report": a participle shares the sentence's crowd subject.
_CROWD_START = lazyre.compile(rf"(?:{_QUANTIFIERS}|supporters|opponents)\b", re.IGNORECASE)


def reported_by(sentence: Sentence, settings=None) -> Optional[Attribution]:
    """The source whose words *sentence* reports (``kind`` ``vague`` for an unnamed
    one), or ``None`` when the sentence is in the writer's own voice."""
    # kept in the sentence's memo under the settings' id, with the settings themselves,
    # which keeps the id from being reused while the sentence lives
    return sentence.memo(("voice.reported-by", id(settings)), lambda s: (settings, _reported_by(s, settings)))[1]


def _reported_by(sentence: Sentence, settings) -> Optional[Attribution]:
    found = attribution(sentence, settings)
    if found is not None and found.kind not in SOURCE_KINDS:
        found = None
    elif found is not None and found.kind == ACCORDING and _FOLK.match(sentence.region.text, found.end):
        found = Attribution(VAGUE, found.start, found.end, found.text)  # "according to legend"
    elif found is not None and found.kind in (NAMED, CARRIED):
        before = sentence.region.text[sentence.start : found.start]
        participle = (found.text.startswith(",") or before.rstrip().endswith(",")) and found.text.lower().endswith("ing")
        if _HEDGING_VERB.match(found.text) and (participle or _EVIDENCE_SUBJECT.search(before)):
            found = None  # "tests suggest that", "..., suggesting that": the writer's inference
        elif (may_match(_CROWD_SUBJECT, sentence.region, sentence.start, found.start) and _CROWD_SUBJECT.search(before)) or (
            participle and _CROWD_START.match(before)
        ):
            found = Attribution(VAGUE, found.start, found.end, found.text)
    return found


# Where a reporting clause starts: the writer's words before it stay the writer's ("Many
# saw it as a retreat, and it disappointed some who had hoped ...": "who had hoped" reports).
_CLAUSE_START = lazyre.compile(
    r"[,;:(—–]|\b(?:and|but|while|whereas|although|though|because|which|who|whom|after|before|when|since)\b",
    re.IGNORECASE,
)
# What the reported content has and a trailing tag (", the minister said on Monday.") has not.
_CONTENT = lazyre.compile(
    r"\b(?:that|may|might|could|would|will|can|should|must|is|are|was|were|has|have|had|be|been|do|does|did)\b"
    r"|\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)


# A subject of the verb's own clause: any word other than an auxiliary or an adverb.
_OWN_SUBJECT = lazyre.compile(
    r"\b(?!(?:has|have|had|also|later|then|again|further|repeatedly|previously|once|now|often|"
    r"publicly|privately|recently|subsequently|he|she|it|they)\b)[A-Za-z][\w'’-]*"
)


def source_span(sentence: Sentence, settings=None) -> Optional[Tuple[int, int]]:
    """The region span of *sentence* in the voice of its source (named or vague): the
    whole sentence for "according to", a link or a trailing tag ("..., the minister
    said"), else the reporting clause from its start to the end of the sentence."""
    return sentence.memo(("voice.source-span", id(settings)), lambda s: (settings, _source_span(s, settings)))[1]


def _source_span(sentence: Sentence, settings) -> Optional[Tuple[int, int]]:
    found = reported_by(sentence, settings)
    if found is None:
        return None
    if found.kind not in (NAMED, CARRIED, VAGUE) or found.start <= sentence.start:
        return sentence.start, sentence.end
    text = sentence.region.text
    before = text[sentence.start : found.start]
    after = text[found.end : sentence.end]
    comma = before.rfind(",")
    tag = before[comma + 1 :].split() if comma >= 0 else None
    head = after.split(",", 1)[0]  # up to a comma: ", he said, prices ...", "..., she told MPs, adding"
    if tag is not None and len(tag) <= 6 and len(head.split()) <= 6 and not _CONTENT.search(head):
        return sentence.start, sentence.end  # "The plan may fail, the minister said (on Monday)."
    marks = list(_CLAUSE_START.finditer(before))
    starts = [m.end() for m in marks]
    relative = bool(marks) and marks[-1].group().lower() in ("who", "which", "whom")
    if marks and marks[-1].group() in (";", ":", "—", "–", "("):
        # a new clause, whatever its subject: "The season was arguably his best; he posted ..."
        return sentence.start + starts[-1], sentence.end
    if not starts or not (relative or _OWN_SUBJECT.search(before, starts[-1])):
        # "..., citing rising prices", "... and added that": the verb shares the
        # sentence's subject, which is the source
        return sentence.start, sentence.end
    return sentence.start + (marks[-1].start() if relative else starts[-1]), sentence.end


def in_source_voice(sentence: Sentence, settings=None, start: Optional[int] = None) -> bool:
    """True when *sentence* reports what a named source said, wrote, found or believes
    (and, given a region offset *start*, when that offset is in the clause the source
    governs: see :func:`lintnews.analysis.voice.voice.voice_of`)."""
    from lintnews.analysis.voice.voice import voice_of

    if start is None:
        found = reported_by(sentence, settings)
        return (found is not None and not found.vague) or bool(sentence.links)
    voice = voice_of(sentence, start, start + 1, settings)
    return voice.named


def reported_at(sentence: Sentence, settings, start: int) -> bool:
    """True when region offset *start* is in a clause of *sentence* that reports a
    source, named or vague, or that a link governs: a hedge there is the source's."""
    from lintnews.analysis.voice.voice import voice_of

    voice = voice_of(sentence, start, start + 1, settings)
    return voice.named or voice.vague


def vague_source_spans(sentence: Sentence, settings=None) -> List[Tuple[int, int]]:
    """Region spans of the vague sources in *sentence* that CLM008 reports (from the
    shared cues): none when the claims' attribution finds a named source as well."""
    spans = [(h.start, h.end) for h in sentence_cues(sentence) if h.kind == VAGUE]
    if spans:
        found = attribution(sentence, settings)
        if found is not None and found.names_source:
            return []  # CLM008 stays quiet here, so the words are the hedging rules' again
    return spans


def in_vague_source(sentence: Sentence, start: int, end: int, settings=None) -> bool:
    """True when the region span ``start:end`` overlaps a vague source that CLM008 reports."""
    return any(s < end and start < e for s, e in vague_source_spans(sentence, settings))
