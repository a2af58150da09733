"""One index of every attribution and claim cue, scanned once per sentence.

The claims rules, the vague-source rule and the attribution analysis all read cues from
the same sentences. Scanning them with one :class:`~lintnews.cues.CueSet` walks each
sentence's words once; the hits are cached per region and filtered by kind.
"""

from __future__ import annotations

import weakref
from typing import List

from .claim_cues import CLAIM_CUE_LIST
from .cues import CueHit, CueSet
from .document import Region, Sentence
from .reporting import REPORT_CUES
from .vague import VAGUE_CUES

#: Kinds of the reporting cues (candidates for attribution).
REPORT_KINDS = frozenset(c.kind for c in REPORT_CUES)

NEWS_CUES = CueSet(REPORT_CUES + VAGUE_CUES + CLAIM_CUE_LIST)

_CACHE: "weakref.WeakKeyDictionary[Region, List[List[CueHit]]]" = weakref.WeakKeyDictionary()


def region_cues(region: Region) -> List[List[CueHit]]:
    """The cues of each sentence of *region* (all kinds), cached."""
    hits = _CACHE.get(region)
    if hits is None:
        hits = [NEWS_CUES.scan(s) for s in region.sentences]
        _CACHE[region] = hits
    return hits


def sentence_cues(sentence: Sentence) -> List[CueHit]:
    """The cues of one sentence (all kinds), cached with its region's."""
    return region_cues(sentence.region)[sentence.index]
