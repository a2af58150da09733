"""CLM001 unsourced-cause: a causal claim with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import CAUSE
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["UnsourcedCause"]


class UnsourcedCause(ClaimRule):
    """What it flags: a causal claim the draft makes on its own authority, found by
    construction: connectives ("because (of)", "due to", "owing to", "thanks to", "as a
    result", "which is why", "hence"), copular frames ("was down to", "is the direct
    result of", "a consequence of", "are to blame for", "is responsible for the rise",
    "lies behind", "came about because") and verbs ("led to", "resulted in", "caused",
    "was driven by", "drove prices down", "put them out of business", "stems from", "can
    be traced back to", "is attributable to", "owes its recovery to"), and the wider family
    of causal verbs and nouns: "spurred", "stoked", "provoked", "played a major role in the
    decline", "are driving up rents", "sowed the seeds of", "opened the floodgates",
    "took its toll on", "has the rail link to thank for", "spelt the end of", "the final
    nail in the coffin", "made the flats unaffordable", "were hit by the loss of", "was
    finished off by the rise in", "the price of", "starved the town of", "laid at the door
    of", "the fallout from ... cost", "comes down to", "the origin of the problem is", "has
    permitted to reduce", "allowed the fraud to go unchecked", "Behind the rise in fines is
    ...", "In the wake of the rise, buyers have deserted ...", "the blame for the delays lies
    with", "What sank the bid was ...", "None of this would have happened without ...", "can be
    blamed on", "of the manager's own making", "has halved accidents"; with words between
    ("was caused almost entirely by"), "the reason" before a clause ("Poor pay is the reason
    nurses are leaving"), an origin weighed ("comes largely from the sewage works"), a habitual
    toll ("causes dozens of crashes every winter"), a running cost ("is costing restaurants
    thousands of pounds a week"), the cleft after its subject ("was what brought down the
    crane"); a fire, a crash or a quake that "was caused by" something is the effect, and its
    cause (a finding) needs a source. Connectives and the weaker
    verbs are information; frames and strong verbs are warnings.

    Not flagged: a natural or accidental event as the cause of what it did ("Heavy rain
    caused flooding", "the blast led to ...", "The frost took its toll on the potatoes",
    "The power cut was caused by a storm"), routine reasons ("Snow was the reason for the
    delay", "That is the reason for the meeting"), a results breakdown ("Sales growth came
    mainly from overseas"),
    a public reaction provoked ("provoked fury": what the story reports), an event's
    impact narrated ("services were hit by strikes"), the routine reason for a logistic decision
    ("postponed because of a waterlogged pitch"), a speaker's own reasons ("I'm standing
    because ..."), hedged causes ("may have caused": hedging), and sentences that name a
    source, quote one or link to one.

    Why: cause is the claim readers most often take away and the one writers most often
    infer. Unless somebody with knowledge says so, it is the writer's opinion.

    Instead: say who makes the causal link ("..., the central bank said in its report"),
    or report the sequence of events and let readers draw the conclusion.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM001"
    name = "unsourced-cause"
    kind = CAUSE
    severity = Severity.WARNING
    message = "Causal claim with no source: who says '{match}'? Attribute it or give the evidence"
    summary = "A claim that one thing caused another, in the writer's voice, with no source."
    examples = {
        "fail": [
            "The deployment of foreign troops was a trigger for the decision.",
            "The new tariff led to a sharp fall in imports.",
            "The closure of the plant is behind the rise in unemployment.",
        ],
        "pass": [
            "The deployment of foreign troops was a trigger for the decision, two officials said.",
            "The new tariff led to a sharp fall in imports, according to customs data.",
            "\"The closure is behind the rise in unemployment,\" the mayor said.",
            "The plant closed in March and unemployment rose in April.",
        ],
    }
