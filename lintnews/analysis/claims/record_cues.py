"""Cues of claims about someone's track record (CLM009): how they voted, what they backed.

"You supported NAFTA", "he voted against the bill", "I was against the war in Iraq",
"she opposed it": a statement of what a person did on the record is a checkable claim,
and one of the commonest that fact-checkers check in political speech. The subject must
be a person: a personal pronoun (the speaker, the person addressed, or someone named
before) or, for votes, a name. Present positions count for others ("she is against the
Second Amendment", "he supports the ban") but not for the speaker ("I support the ban"
is a position, not a record).

Out of scope: what someone *said* ("Clinton said X" is attribution in news copy and
cannot be told apart from it by wording), plans and promises ("we will vote for"),
conditionals ("if you voted for it") and modal or hedged forms ("may have backed").
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import HEDGED, RECORD
from lintnews.matching.cues import Cue, alternation

# Adverbs and auxiliaries between the subject and the verb: "you have also repeatedly".
_ADV = (
    r"(?:(?:also|even|actually|just|once|always|never|did|have|has|had|then|later|originally|initially|"
    r"repeatedly|strongly|consistently|personally|publicly|in\s+fact|ultimately|twice|both|all|already|"
    r"previously|enthusiastically|openly|loudly|totally|very\s+much|still|now|really)\s+)*"
)
_PERSON = r"\b(?:i|we|you|he|she|they)(?:['’](?:ve|d))?\s+"
# An adverb that makes an act a record ("has consistently opposed", "always voted for"), with
# other adverbs and auxiliaries around it.
_RECORD_MARK = (
    r"(?:(?:also|even|actually|just|have|has|had|then|later|strongly|personally|publicly|in\s+fact|still|now|really)\s+)*"
    r"(?:always|never|repeatedly|consistently|previously|once|twice|regularly|routinely|long|historically)\s+" + "(?:" + r"(?:also|even|have|has|had|then|publicly|strongly)\s+" + ")*"
)
_OTHER = r"\b(?:you|he|she|they)\s+"
# A person as subject: a personal pronoun, a name ("Senator Sanders", "Clinton") or a role
# ("the senator", "my opponent").
_NAME = (
    r"(?-i:\b(?!(?:It|This|That|There|The|These|Those|What|Which|If|But|And|So|When|Council|Committee|Board|Assembly|"
    r"Parliament|Senate|Congress|House|Authority|Union|Party|Commission|Court|Cabinet|Government|Association|Club|"
    r"Trust|Members|Councillors|Shareholders|Workers|Staff|Residents|Assembly)\b)[A-Z][\w'’-]+)\s+"
)
_ROLE = (
    r"\b(?:the|my|your|our|his|her|their)\s+(?:former\s+)?(?:governor|senator|president|minister|secretary|mayor|"
    r"congressman|congresswoman|candidate|chancellor|leader|opponent|predecessor|rival)\s+"
)
_SUBJECT = r"(?:" + _PERSON + r"|" + _NAME + r"|" + _ROLE + r")"
# A conditional, a comparison or a cause: "if you voted for it", "since you supported it".
_NOT_ASSERTED = r"\b(?:if|whether|unless|since|once|because|as|than|when|who|that|and\s+if)\s+[^,;:]*$|" + HEDGED
# What someone can be for or against on the record: a determiner or a name after the verb.
_OBJECT = r"(?:it|that|this|these|those|them|him|her|the|a|an|his|their|its|our|every|any|both|(?-i:[A-Z])|[\w-]+ing\b)"
_STRESS = "just already even actually did never basically publicly repeatedly specifically explicitly falsely".split()
_BACKED = """supported opposed backed endorsed sponsored co-sponsored cosponsored championed advocated
approved vetoed""".split()
_NAMED_BACKED = "supported opposed endorsed vetoed sponsored co-sponsored cosponsored advocated championed".split()
#: Verbs of support kept up over time: a record without an adverb that says so.
_CHAMPIONED = "championed sponsored co-sponsored cosponsored advocated".split()
_BACKS = "supports opposes backs endorses favors favours advocates".split()

RECORD_CUES = [
    # "you supported NAFTA", "I opposed it", "he even supported shutting the government down"
    Cue(RECORD, _BACKED, r"(?:" + "|".join(_BACKED) + r")\s+(?:for\s+)?" + _OBJECT,
        left=_PERSON + _ADV + r"$", veto_left=_NOT_ASSERTED, label="a record of support"),
    # "Secretary Clinton has consistently supported the war", "Bush always opposed extending it":
    # a named politician's record ("The Greens opposed the bill" narrates one vote)
    Cue(RECORD, _NAMED_BACKED, r"(?:" + "|".join(_NAMED_BACKED) + r")\s+" + _OBJECT,
        left=_NAME + _RECORD_MARK + r"$", veto_left=_NOT_ASSERTED, label="a record of support"),
    # "Secretary Ortiz championed the bypass": a verb that is a record by itself
    Cue(RECORD, _CHAMPIONED, r"(?:" + "|".join(_CHAMPIONED) + r")\s+" + _OBJECT,
        left=_NAME + _ADV + r"$", veto_left=_NOT_ASSERTED, label="a record of support"),
    # "he gave $100,000 to the Clinton Foundation", "she funded his campaign"
    Cue(RECORD, "funded financed bankrolled donated contributed gave".split(),
        r"(?:funded|financed|bankrolled)\s+" + _OBJECT + r"|(?:donated|contributed|gave)\s+(?:money|millions|thousands|"
        r"hundreds|\$|£|€)",
        left=_SUBJECT + _ADV + r"$", veto_left=_NOT_ASSERTED, label="a record of funding"),
    # "I voted to repeal it", "you voted for that": a record put to someone, as in debate
    Cue(RECORD, ["voted"], r"voted\s+(?:(?:twice|again|repeatedly|consistently|overwhelmingly)\s+)?"
        r"(?:for|against|to|in\s+favou?r\s+of|yes|no)\b",
        left=r"\b(?:i|we|you)(?:['’](?:ve|d))?\s+" + _ADV + r"$",
        veto_left=_NOT_ASSERTED, label="a voting record"),
    # "Senator Sanders has repeatedly voted for that", "she voted against the war twice", "the
    # mayor has voted against every budget since 2019": a record, not the one vote a report
    # narrates ("The Greens voted against the bill", "she voted against the plan on Monday")
    Cue(RECORD, ["voted"], r"voted\s+(?:(?:twice|again|repeatedly|consistently)\s+(?:for|against|to|in\s+favou?r\s+of)\b"
        r"|(?:for|against|to|in\s+favou?r\s+of)\s+(?:(?:[\w'’-]+\s+){0,6}?(?:every|each|all|both)\b|[^.;:]{0,60}?"
        r"\b(?:twice|repeatedly|every\s+time|each\s+time|on\s+every\s+occasion|since\s+(?:19|20)\d\d)\b))",
        left=r"(?:" + _OTHER + r"|" + _NAME + r"|" + _ROLE + r")" + _ADV + r"$",
        veto_left=_NOT_ASSERTED, label="a voting record"),
    Cue(RECORD, ["voted"], r"voted\s+(?:for|against|to|in\s+favou?r\s+of|yes|no)\b",
        left=r"(?:" + _OTHER + r"|" + _NAME + r"|" + _ROLE + r")" + _RECORD_MARK + r"$",
        veto_left=_NOT_ASSERTED, label="a voting record"),
    # "Senator Ruiz voted for that": a record pointed at in speech, as in debate
    Cue(RECORD, ["voted"], r"voted\s+(?:for|against|in\s+favou?r\s+of)\s+(?:that|this|it|those|these|them)\b",
        left=r"(?:" + _OTHER + r"|" + _NAME + r"|" + _ROLE + r")" + _ADV + r"$",
        veto_left=_NOT_ASSERTED, label="a voting record"),
    # "pushed for", "lobbied against", "campaigned for", "fought against"
    Cue(RECORD, ["pushed", "lobbied", "campaigned", "fought"],
        r"(?:pushed|lobbied|campaigned|fought)\s+(?:hard\s+)?(?:for|against)\s+" + _OBJECT,
        left=_PERSON + _ADV + r"$", veto_left=_NOT_ASSERTED, label="a record of support"),
    # "I was against the war in Iraq", "you were totally against it", "she's very much against"
    Cue(RECORD, ["against"], r"against\s+(?:it|that|this|the|a|an|(?-i:[A-Z]))",
        left=_PERSON + r"(?:was|were|(?:have|has|had)\s+been)\s+" + _ADV + r"$",
        veto_left=_NOT_ASSERTED, label="a record of opposition"),
    Cue(RECORD, ["against"], r"against\s+(?:it|that|this|the|a|an|(?-i:[A-Z]))",
        left=_OTHER + r"(?:is|are)\s+" + _ADV + r"$|\b(?:he|she)['’]s\s+" + _ADV + r"$",
        veto_left=_NOT_ASSERTED, label="a position"),
    Cue(RECORD, ["favor", "favour"], r"favou?r\s+of\s+" + _OBJECT,
        left=r"(?:" + _PERSON + r"(?:was|were|(?:have|has|had)\s+been)|" + _OTHER + r"(?:is|are)|\b(?:he|she)['’]s)\s+"
        + _ADV + r"in\s+$",
        veto_left=_NOT_ASSERTED, label="a position"),
    # what someone said, stressed as a fact: "she did call it the gold standard", "Senator Sanders
    # did call me unqualified", "we never said that", "he just said Obamacare is failing"
    Cue(RECORD, _STRESS, alternation(_STRESS) + r"\s+(?:" + alternation(_STRESS) + r"\s+)*"
        r"(?:said|say|called|call|described|referred|claimed|admitted|denied)\b",
        left=_SUBJECT + r"(?:(?:also|really|totally)\s+)*$", veto_left=_NOT_ASSERTED,
        label="a claim about what someone said"),
    # "she lied", "you lied to the students", "he underpaid undocumented workers"
    Cue(RECORD, ["lied"], r"lied\b", left=_SUBJECT + _ADV + r"$", veto_left=_NOT_ASSERTED, label="an accusation"),
    Cue(RECORD, "hired employed underpaid exploited".split(),
        r"(?:hired|employed|underpaid|exploited)\s+(?:[\w-]+\s+){0,2}?(?:workers|labou?r|immigrants|illegals|people|staff)\b",
        left=_PERSON + _ADV + r"$", veto_left=_NOT_ASSERTED, label="a record of employment"),
    # present positions of others: "he supports the ban", "she opposes it"
    Cue(RECORD, _BACKS, r"(?:" + "|".join(_BACKS) + r")\s+" + _OBJECT,
        left=r"\b(?:he|she)\s+" + _ADV + r"$", veto_left=_NOT_ASSERTED, label="a position"),
]
