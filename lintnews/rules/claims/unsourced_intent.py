"""CLM002 unsourced-intent: a claim about intent or inner deliberation with no source."""

from __future__ import annotations

import re

from lintnews.analysis.claims.cues import INTENT
from lintnews.analysis.claims.base import ClaimRule
from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import CueHit
from lintnews.model import Severity

# A mechanism as the subject of its clause ("These attacks bombard websites with data in an
# attempt to overwhelm the target", "viruses ... hide in attachments to exploit loopholes"):
# what a program or an attack does is its function, not a motive read into a mind.
_MECHANISM_SUBJECT = lazyre.compile(
    r"\W*(?:(?:now|but|and|so|often|typically|usually)\s*,?\s+|(?:in|during|with|under|after)\s+[^,;:]{1,40},\s+)?(?:the|these|those|such|some|many|most|its|their|this|that)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|viruses?|worms?|programs?|programmes?|software|malware|spyware|trojans?|bots?|botnets?|"
    r"scripts?|algorithms?|filters?|apps?|applications?|e-?mails?|messages?|machines?|devices?|computers?|sensors?|"
    r"systems?|chips?|files?)\b(?!['’]|\s+(?:firms?|compan(?:y|ies)|makers?|giants?|groups?|experts?|engineers?|staff|"
    r"workers|owners|users|industry|sector|chiefs?|bosses|executives?|designers?|developers?|programmers?|scientists?|"
    r"writers?|authors?|criminals?|gangs?|retailers?|sellers?|dealers?)\b)(?![^,;:]*\b(?:said|says|claimed|argued)\b)",
    re.IGNORECASE,
)

__all__ = ["UnsourcedIntent"]


class UnsourcedIntent(ClaimRule):
    """What it flags: claims that read minds: purposes and motives stated as fact ("did it
    to punish the unions", "timed the raid to extort the company", "to shift the blame",
    "was out to settle scores", "out of spite", "motivated by greed", "a calculated
    attempt to", "were swayed by", "is intended to", "was carefully considered",
    "deliberately", "the real motive", "because it feared", "backed the plan only to
    shore up his position", "a date chosen purely to win back voters", "a gesture meant to
    pay off its allies"); after any act, a purpose that serves the actor or hurts someone
    ("moved the clinic to shed its poorest patients", "delayed the vote to dodge awkward
    questions", "raised the rents to get rid of older tenants", "to gain an edge", "to
    win over the unions"), while a neutral purpose ("to reach more shoppers", "to meet
    the tide") is no motive; an exclusion read into a measure ("designed to drive rough
    sleepers out"), "aimed at sidelining", "with an eye on the election", "so that parents
    could not attend", "a ploy to", "seized on the report to", "under the guise of", "as
    cover for", "more interested in headlines than", "solely to line their own pockets",
    "the objective is in reality to", "is quietly banking on", "pretends to present himself
    as", an aside of purpose (", desperate to avoid a fine,", ", hoping nobody would
    notice"), "was never about saving jobs", conduct read as deliberate ("dragging its feet",
    "turned a blind eye", "to suit the evidence", "using the strike as an excuse to",
    "lining their own pockets", "feathering their nests"), a focus adverb on any act before
    the purpose after its object ("only shut the pool to sell the land"; not a verb that takes
    its own infinitive: "only needed a draw to stay up", "only agreed to stay"), an aim pursued
    "at any cost" (not advice: "avoid at all costs"). Weaker statements of purpose
    or inner state ("in a bid to", "in order to", "wants to", "is determined to",
    "reluctance to") and the stated purpose of a law, plan or product ("the scheme is
    designed to help first-time buyers") are information.

    Not flagged: plans and decisions with their own verbs ("agreed to pay", "voted to
    fund", "was ordered to pay", "plans to"), what money is for ("raised money to fund a
    ward"), first-person reasons, and attributed sentences.

    Why: only the people involved know why they acted; a writer who states their intent
    as fact claims inside knowledge. Editors ask "how do we know?".

    Instead: attribute the intent to someone who knows or said it ("officials said the
    move was meant to ...", "the minister said the decision had been carefully weighed"),
    or describe what was done and what was said about it.

    Fix safety: no fix: only the writer knows the source to name.
    """

    def keep(self, hit: CueHit) -> bool:
        sentence = hit.sentence
        text = sentence.region.text
        return _MECHANISM_SUBJECT.match(text, sentence.start, hit.start) is None

    code = "CLM002"
    name = "unsourced-intent"
    kind = INTENT
    severity = Severity.WARNING
    message = "Claim about intent or private deliberation ('{match}') with no source: who says so?"
    summary = "A claim about what someone intends, weighed or wanted, with no source."
    examples = {
        "fail": [
            "The sanctions are intended to punish the regime's backers.",
            "The timing of the announcement was carefully considered.",
            "Cost was a key factor in the council's decision.",
        ],
        "pass": [
            "The sanctions are intended to punish the regime's backers, the Treasury said.",
            "The council said cost was a key factor in its decision.",
            "The sanctions apply to 40 named companies.",
        ],
    }
