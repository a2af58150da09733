"""Shared pieces of the claim cues: the kinds of claim and regex fragments used by several.

Fragments are regular-expression source text, combined into cues in
:mod:`lintnews.analysis.claims.cues`, :mod:`lintnews.analysis.claims.statistic_cues` and :mod:`lintnews.analysis.claims.record_cues`. Left-context fragments end
in ``$`` (they must end where the trigger word starts).
"""

from __future__ import annotations

from lintnews.matching.cues import alternation

CAUSE, INTENT, PREDICTION, STATISTIC, SUPERLATIVE, VERDICT, GENERALISATION, RECORD = (
    "cause", "intent", "prediction", "statistic", "superlative", "verdict", "generalisation", "record",
)
KINDS = (CAUSE, INTENT, PREDICTION, STATISTIC, SUPERLATIVE, VERDICT, GENERALISATION, RECORD)

# "I", "we", "you" (with contractions) as the subject just before: the speaker's own view.
FIRST_PERSON = r"\b(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?\s+(?:\w+\s+)?$"
# A conditional or hypothetical clause: "Nor would the rush ... be a reason for".
CONDITIONAL = r"\b(?:would|could|might|may)\b[^.;:]{0,80}\bbe\s+(?:\w+\s+){0,4}$"
COPULA = r"\b(?:is|are|was|were|be|been|being|became|become|becomes|remains?|remained|proved|proves|'s|’s)\s+"
ADVERBS = r"(?:(?:also|probably|clearly|undoubtedly|partly|largely|mainly|primarily|presumably|surely|obviously|squarely|specifically|in\s+part|in\s+turn|ultimately|directly|indirectly|certainly|arguably)\s+)*"
HEDGED = (
    r"(?:\b(?:may|might|could|can|would|should|must)[\s,]+|\b(?:likely|unlikely|thought|believed|said|expected|understood|"
    r"seen|considered|reported|alleged|claimed)\s+to\s+)(?:(?:also|well|even|still|only|partly|possibly|potentially|in\s+turn|"
    r"eventually|ultimately|maybe|perhaps|probably|conceivably|arguably|have|has|not|been|be)[\s,]+)*$"
)
# A noun reading: "the results in", "his side's lead to".
NOUN_LEFT = r"(?:['’]s|\b(?:the|a|an|his|her|their|its|our|my|your|this|that|narrow|early|slender|commanding|overall|first-half|half-time|these|those|test|election|poll|exam|early|final))\s+$"
NUM_WORDS = """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred""".split()
NUM_WORD = alternation(NUM_WORDS)
