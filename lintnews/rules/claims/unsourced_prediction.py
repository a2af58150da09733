"""CLM003 unsourced-prediction: a prediction stated as fact, with no source."""

from __future__ import annotations

import re
from typing import FrozenSet, List, Tuple

from lintnews.analysis.claims.base import ClaimRule, claim_kinds_in
from lintnews.analysis.claims.cues import PREDICTION
from lintnews.analysis.claims.data_scope import topic_words
from lintnews.analysis.claims.prediction_cues import PLAN_LABEL
from lintnews.analysis.voice.voice import sentence_voice
from lintnews.matching import patterns as lazyre
from lintnews.model import Severity
from lintnews.text.document import Document, Sentence

__all__ = ["UnsourcedPrediction"]


class UnsourcedPrediction(ClaimRule):
    """What it flags: forecasts stated as fact, found by construction: a future marker
    ("will", "won't", "is going to", "is set to", "is poised to", "is bound to", "is
    expected to", "can expect to") before an outcome: a change of state or a
    consequence ("will rise", "will keep falling", "will turn the league into a closed
    shop", "will wipe out", "will bring in more than £40m", "will have to back down"), a
    judged or compared state ("will be back to normal", "will be the worst in a
    century", "will be forced to close", "will become food deserts"), an impact ("will
    have major repercussions"), certainty ("will never", "will inevitably") or a horizon
    ("within five years", "by the end of the century"); a plain "will" with a consequence
    for an affected party or measure ("will slash commuting times for thousands", "will
    drive smokers across the border") or a spread to others ("will be rolled out to
    neighbouring districts"); any verb phrase that reaches a result: a displacement however
    long its object ("will take hundreds of old taxis off the roads", "will drive nearly every
    one of the butchers in the district out of business", "will price local families out of
    the market", "will knock thousands off the value of"), a quantity added to a burden ("will
    add twenty minutes to every journey"), a harm done ("will do serious harm to", "will wreak
    havoc on"), an impact felt or borne ("will feel the knock-on effects", "will bear the
    brunt"), a comparative state with a time adverbial ("will be every summer more severe");
    a forecast worded as a threat, a risk, a stake or doom ("the
    row threatens to bring the buses to a halt", "risks becoming a white elephant",
    "landlords stand to make millions", "cannot survive another winter", "it is only a
    matter of time before", "its days are numbered", "faces certain closure", "is heading
    for defeat", "is about to collapse", "will not last", "there will be no winners", "an
    accident waiting to happen", "spells trouble for", "will have run out of money", "has
    further to fall", "will inherit a mess", "There is no way the club can afford").
    Sweeping outcomes and impacts are warnings; other forecasts are information. A named
    party's threat ("the union threatened to strike") is not a forecast.

    A move stated as settled ("The show will transfer to the West End next year", "The
    firm will relocate to Leeds") is a plan when a named source earlier in the story has
    announced it (a sourced sentence on the same topic), and the writer's forecast
    (information) when nobody has.

    Not flagged: scheduled events and announced decisions ("The bridge will reopen on
    Monday", "The report will be published in June", "The plant will close next year",
    "A single fare will rise from £2.40 to £2.60 in April", "Season tickets will go up from
    £300 to £340", "Residents will be allowed to return from Thursday", "The ferry will take
    forty minutes to cross"), compositions ("will make up more than a third of"), promises ("We will cut taxes"), conditionals ("If the plan
    fails, prices will rise", "whether the vote will pass") and hedged forecasts ("could
    change": the hedging rules').

    Why: nobody knows the future; a forecast is only as good as whoever made it, and the
    reader needs to know who that is.

    Instead: attribute the forecast ("will reshape the market, analysts at Fitch
    predict"), or say what is planned and what is known now.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM003"
    name = "unsourced-prediction"
    kind = PREDICTION
    severity = Severity.WARNING
    message = "Prediction stated as fact ('{match}') with no source: whose forecast is it?"
    summary = "A forecast of consequences stated as certain, with no source."
    examples = {
        "fail": [
            "The ruling will have major repercussions for the industry.",
            "The merger is set to transform the regional airline market.",
            "The new missiles will not radically change the situation at the front.",
        ],
        "pass": [
            "The ruling will have major repercussions for the industry, lawyers for the union said.",
            "The merger is set to be completed in June.",
            "The vote will take place on Monday.",
        ],
    }

    def continues_source(self, doc: Document, sentence: Sentence, settings) -> bool:
        """A move stated as settled continues the announcement of a named source earlier in
        the story that shares a content word with it ("The theatre said ..." before "The
        show will transfer ...")."""
        hits = claim_kinds_in(sentence).get(PREDICTION, [])
        if not hits or any(h.cue.label != PLAN_LABEL for h in hits):
            return False
        if _DECIDED.search(sentence.text):
            return True  # the plan's own sentence says it is one: "..., it is the intention that"
        mine = topic_words(sentence.text)
        if not mine:
            return False
        here = (sentence.region.index, sentence.index)
        return any(pos < here and mine & words for pos, words in _announcements(doc, settings))


# A decision or a plan stated by whoever made it: "the board has decided to", "councillors
# voted to", "the owners plan to", "it is the intention that".
_DECIDED = lazyre.compile(
    r"\b(?:decided|agreed|voted|approved|announced|confirmed|unveiled|chose|chosen|resolved)\s+(?:(?:on|in\s+favour\s+of)\s+)?"
    r"(?:to|that|plans?|the\s+(?:plans?|move|sale|merger|transfer|relocation|closure))\b"
    r"|\b(?:plans?|plann(?:ed|ing)|intends?|intended|proposes?|proposed)\s+to\b|\b(?:it\s+is|is\s+the|the)\s+intention\b",
    re.IGNORECASE,
)


def _announcements(doc: Document, settings) -> List[Tuple[Tuple[int, int], FrozenSet[str]]]:
    """The sentences of *doc* with a named source (not a vague one), with their topic words."""
    def build(doc: Document):
        out = []
        for region in doc.regions:
            for s in region.sentences:
                voice = sentence_voice(s, settings, doc)
                found = voice.attribution
                if (found is not None and found.names_source) or _DECIDED.search(s.text):
                    out.append(((region.index, s.index), frozenset(topic_words(s.text))))
        return out

    return doc.memo(("claims.announcements", id(settings)), build)
