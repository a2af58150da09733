"""The cue indexes of the claims family, scanned once per sentence and cached.

Claim and vague-source cues are read from every sentence, so they share one
:class:`~lintnews.matching.cues.CueSet` (one walk over each sentence's words); the hits are
cached per region and filtered by kind. Reporting cues ("said", "according to") are
only needed where a claim needs its attribution checked, so they are scanned on demand,
a region at a time.

A long region (more than :data:`REGION_AT_ONCE` sentences) is scanned a sentence at a
time where one sentence is asked for before the whole region is: a rule that needs the
voice of one sentence in a 200 KB paragraph pays for that sentence, not the paragraph.
The hits are the same either way (see :meth:`lintnews.matching.cues.CueSet.scan_region`).
"""

from __future__ import annotations

from typing import List

from lintnews.analysis.claims.cues import CLAIM_CUE_LIST
from lintnews.matching.cues import CueHit, CueSet
from lintnews.text.document import Region, Sentence
from lintnews.analysis.voice.reporting_verbs import REPORT_CUES
from lintnews.analysis.voice.vague_sources import VAGUE_CUES

#: Kinds of the reporting cues (candidates for attribution).
REPORT_KINDS = frozenset(c.kind for c in REPORT_CUES)

NEWS_CUES = CueSet(VAGUE_CUES + CLAIM_CUE_LIST)
REPORTS = CueSet(REPORT_CUES)
#: Regions with at most this many sentences are scanned whole at the first question.
REGION_AT_ONCE = 24


def region_cues(region: Region) -> List[List[CueHit]]:
    """The claim and vague-source cues of each sentence of *region*, kept in the
    region's memo (they die with it)."""
    return region.memo("claims.news-cues", NEWS_CUES.scan_region)


def sentence_cues(sentence: Sentence) -> List[CueHit]:
    """The claim and vague-source cues of one sentence, cached with its region's."""
    return _one(sentence, "claims.news-cues", NEWS_CUES)


def _one(sentence: Sentence, name: str, cues: CueSet) -> List[CueHit]:
    region = sentence.region
    whole = region.memoized(name)
    if whole is None and len(region.sentences) > REGION_AT_ONCE:
        return sentence.memo(name, cues.scan)
    if whole is None:
        whole = region.memo(name, cues.scan_region)
    return whole[sentence.index]


def report_cues(sentence: Sentence) -> List[CueHit]:
    """The reporting cues of one sentence (candidates for attribution), scanned for its
    whole region at once and cached on the region: attribution is worked out for every
    sentence of a region together (:func:`lintnews.analysis.voice.attribution.region_attributions`), so
    one trigger search per region does the work of one per sentence."""
    return _one(sentence, "voice.report-cues", REPORTS)
