"""Superlatives that are not the writer's records (CLM005): measurements and rankings.

"The highest mountain in England" is geography (a physical dimension of a place or a
structure, checked by a map); "named the best small hotel in the country by the tourism
board" is the ranking's own finding. :func:`measured_or_ranked` tells them from a record
the writer claims ("the finest sourdough in the county").
"""

from __future__ import annotations

import re

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import CueHit, gated_search, may_match

__all__ = ["measured_or_ranked"]


# A physical dimension of a place or a structure: "the highest mountain in Britain", "the
# longest river in Europe", "the largest lake in the county" (geography, checked by a map).
_MEASURED = lazyre.compile(
    r"\b(?:highest|tallest|longest|deepest|largest|biggest|widest|smallest|shortest|lowest|northernmost|southernmost|"
    r"easternmost|westernmost|coldest|wettest|driest)\s+(?:(?!(?:the|a|an|its|their|this|that)\s)[\w'’-]+\s+){0,2}?(?:mountains?|peaks?|summits?|hills?|"
    r"rivers?|lakes?|lochs?|loughs?|islands?|glaciers?|waterfalls?|volcanoes|volcano|caves?|deserts?|forests?|"
    r"bridges?|tunnels?|towers?|buildings?|skyscrapers?|canals?|estuar(?:y|ies)|bays?|reservoirs?|dams?|"
    r"county|counties|city|cities|town|towns|village|villages|country|countries|state|states|nation|"
    r"ocean|oceans|sea|seas|coastline|beach|beaches|valley|valleys|gorge|railway\s+station|platform|"
    r"inhabited\s+place|point|spot|cathedral|church|castle|pier)\b",
    re.IGNORECASE,
)
# A rank someone else gave: "ranked the largest employer by the chamber of commerce", "named
# the best pub in the Good Pub Guide", "tops the Sunday Times rich list".
_RANKED = lazyre.compile(
    r"\b(?:ranked|rated|named|voted|listed|judged|placed|crowned|awarded|shortlisted|chosen|declared)\b[^.;:]{0,80}?"
    r"\b(?:by|in)\s+(?:the\s+|an?\s+|its\s+)?(?:annual\s+|latest\s+|(?-i:[A-Z])[\w'’&-]*\s+)?|"
    r"\bin\s+(?:the\s+|this\s+year['’]s\s+|its\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){1,5}(?:rankings?|league\s+tables?|index|"
    r"lists?|guide|awards?|survey|poll|census|table)\b",
    re.IGNORECASE,
)


# A phase of a daily or yearly cycle named as a time ("fell during the hottest hour of the
# day", "in the busiest weeks of the year", "at the darkest time of the night"): when
# something happened, not a record.
_CYCLE_PHASE = lazyre.compile(
    r"[\w-]+\s+(?:(?:two|three|few)\s+)?(?:hours?|times?|parts?|weeks?|months?|season|seasons|spell|stretch|"
    r"period|minutes?|days)\s+of\s+the\s+(?:day|night|week|month|year|season|summer|winter|afternoon|morning)\b",
    re.IGNORECASE,
)
_TIME_PREPOSITION_BEFORE = lazyre.compile(
    r"\b(?:during|in|at|through|throughout|for|until|till|before|after|around|into|over|within)\s+the\s+(?:very\s+)?$",
    re.IGNORECASE,
)


def cycle_phase(hit: CueHit) -> bool:
    """True when a superlative names a phase of a cycle as the time of something ("during the
    hottest hour of the day"), not a record ("Sunday was the hottest day of the year")."""
    sentence = hit.sentence
    text = sentence.region.text
    return bool(
        _CYCLE_PHASE.match(text, hit.start, sentence.end)
        and _TIME_PREPOSITION_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start)
    )


def measured_or_ranked(hit: CueHit) -> bool:
    """True when a superlative states a physical measurement of a place or a structure
    ("the highest mountain in Britain") or a rank that someone named gave ("ranked the
    largest employer in the county by the chamber of commerce"): geography or a ranking's
    own finding, not the writer's record."""
    sentence = hit.sentence
    text = sentence.region.text
    end = min(sentence.end, hit.end + 40)
    if may_match(_MEASURED, sentence.region, hit.start, end) and _MEASURED.search(text[hit.start : end]):
        return True
    if cycle_phase(hit):
        return True
    return gated_search(_RANKED, sentence.region, sentence.start, sentence.end) is not None
