"""The cues of claims that need a source, by kind.

Each kind is one claims rule: ``cause`` ("was a trigger for", "led to"), ``intent``
("is intended to", "was carefully considered"), ``prediction`` ("will have major
repercussions", "is set to transform"), ``statistic`` (percentages, sums of money, large
counts, shares), ``superlative`` ("the largest ... in history", "unprecedented"),
``verdict`` (editorialising: "signifies an escalation", "underlines"),
``generalisation`` ("often", "a familiar pattern") and ``record`` ("you voted for", "he
supported"). The statistic and superlative cues live in :mod:`lintnews.analysis.claims.statistic_cues`, the
verdict and generalisation cues in :mod:`lintnews.analysis.claims.verdict_cues`, the record cues in
:mod:`lintnews.analysis.claims.record_cues`; :data:`CLAIM_CUE_LIST` gathers them all. ``strong=False``
marks the weaker forms of a kind, which rules report as information rather than a warning.

The patterns are hand-written for news English; each is anchored at a trigger word (see
:mod:`lintnews.matching.cues`). Modal hedges ("may lead to", "could trigger") are left to the
hedging rules: a hedged claim is not stated as fact.
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import (  # noqa: F401 - KINDS and the kind names are re-exported
    ADVERBS,
    CAUSE,
    CONDITIONAL,
    COPULA,
    FIRST_PERSON,
    GENERALISATION,
    HEDGED,
    INTENT,
    KINDS,
    NOUN_LEFT,
    PREDICTION,
    RECORD,
    STATISTIC,
    SUPERLATIVE,
    VERDICT,
)
from lintnews.matching.cues import Cue, CueSet, alternation
from lintnews.analysis.claims.statistic_cues import STATISTIC_CUES, SUPERLATIVE_CUES
from lintnews.analysis.claims.record_cues import RECORD_CUES
from lintnews.analysis.claims.verdict_cues import GENERALISATION_CUES, VERDICT_CUES

# ------------------------------------------------------------------------------- cause
_CAUSE_NOUNS = "trigger catalyst cause driver reason spur impetus".split()
_BEHIND_OBJECTS = alternation(
    """rise fall decline increase surge drop slump slowdown growth boom collapse attack attacks
    bombing bombings killing killings unrest protest protests violence crisis move push decision
    delay failure success shift change problem problems shortage wave spate campaign plot leak
    outage hack revival turnaround resurgence recovery downturn losses rally""".split()
)
_CAUSE_VERBS = "prompted triggered sparked fuelled fueled caused".split()
# Effects whose cause is a matter of judgement: a narrated consequence ("led to victory")
# is information; a consequence of this kind ("caused significant damage") is a warning.
_EFFECTS = alternation(
    """damage destruction escalation crisis crises collapse decline declines fall falls rise
    surge increase increases slump slowdown downturn recession shortage shortages decision
    change shift exodus unrest violence tension tensions instability inflation losses deaths
    casualties delays failure problems war conflict split rift breakdown reversal rethink drop
    jump spike boom bubble closure closures layoffs redundancies hardship poverty unemployment
    suffering u-turn panic sell-off""".split()
)
_NARRATIVE = r"(?:led|leads|lead|resulted|results|result|prompted|triggered|sparked|fuelled|fueled|caused|contributed)"
# A first- or second-person subject earlier in the clause: "I care about this because ...".
_OWN_CLAUSE = r"(?:^|[,;:—–(-]\s*|\b(?:and|but|so|that|then|now)\s+)(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?\s+[^,;:—–]*$"
_DUE_VETO = (
    r"(?:due|owing)\s+to\s+(?:be|have|start|begin|meet|appear|take|face|make|hold|open|close|end|return|go|"
    r"come|arrive|visit|give|release|publish|announce|launch|vote|sign|report|play|fly|leave|stand|speak|"
    r"deliver|finish|resume|retire|expire|receive|hear|decide|rule|conclude|present|submit|debut|air|"
    r"premiere|undergo|travel|join|step|sit|run|become|reach|get|pay|publish|testify|discuss|consider|attend|"
    r"merge|lead|unveil|hold|host|issue|fly|move|enter|leave|quit|buy|sell|close|open|put|perform|compete|feature)\b"
)

CAUSE_CUES = [
    Cue(CAUSE, _CAUSE_NOUNS, alternation(_CAUSE_NOUNS) + r"s?\s+(?:for|of|behind)\b",
        left=COPULA + ADVERBS + r"(?:a|an|the|one\s+of\s+the|among\s+the)\s+(?:[\w-]+\s+){0,2}$",
        veto_left=r"\bthe\s+reason\s+(?:for|why)\s+$|" + CONDITIONAL,
        veto_right=r"causes?\s+of\s+(?:death|deaths|illness|disease|mortality)\b"),
    Cue(CAUSE, ["reason"], r"reasons?\s+(?:for|why|behind)\b",
        left=r"\bthe\s+(?:(?:main|real|chief|key|primary|principal|underlying|only|simple|true|biggest|big)\s+)+$"),
    Cue(CAUSE, ["led", "leads", "lead"], r"(?:led|leads|lead)\s+(?:(?:directly|ultimately|eventually|inevitably|in\s+part|partly|largely)\s+)?to\b",
        veto_left=HEDGED + r"|\b(?:to|and|am|are|is|was|were|be|been)\s+$|" + NOUN_LEFT, strong=False),
    Cue(CAUSE, ["result", "resulted", "results", "resulting"], r"result(?:s|ed|ing)?\s+in\b", veto_left=HEDGED + "|" + NOUN_LEFT,
        strong=False),
    # A narrated consequence that is a judgement: "caused significant damage", "led to a decline in"
    Cue(CAUSE, ["led", "leads", "lead", "resulted", "results", "result", "prompted", "triggered", "sparked", "fuelled",
                "fueled", "caused", "contributed"],
        _NARRATIVE + r"\s+(?:(?:directly|ultimately|eventually|inevitably|in\s+part|partly|largely|significantly|greatly)\s+)?"
        r"(?:(?:to|in|by)\s+)?(?:(?:the|a|an|this|these|its|their|much\s+of\s+the|some\s+of\s+the)\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _EFFECTS + r"\b",
        veto_left=HEDGED + r"|\b(?:the|a|an|its|what|to|and|am|are|is|was|were|be|been)\s+$|" + NOUN_LEFT),
    Cue(CAUSE, ["result", "consequence"], r"(?:result|consequence)\b",
        left=r"\bas\s+a\s+(?:direct\s+|natural\s+|logical\s+)?$", strong=False),
    Cue(CAUSE, ["behind"], r"behind\s+(?:the|a|an|this|these|its|their|much\s+of|many\s+of|some\s+of)\s+(?:[\w-]+\s+){0,2}?"
        + _BEHIND_OBJECTS + r"\b",
        left=COPULA + r"(?:(?:also|partly|largely|probably|really|mainly)\s+)?$"),
    Cue(CAUSE, _CAUSE_VERBS, alternation(_CAUSE_VERBS) + r"\b",
        veto_left=HEDGED + r"|\b(?:the|a|an|its|what)\s+$", strong=False),
    Cue(CAUSE, ["due", "owing"], r"(?:due|owing)\s+to\b", veto_right=_DUE_VETO,
        veto_left=r"\b(?:is|are|was|were|be|been|'s|’s)\s+$", strong=False),
    Cue(CAUSE, ["due", "owing"], r"(?:due|owing)\s+(?:largely\s+|mainly\s+|partly\s+|entirely\s+|in\s+part\s+)?to\s+"
        r"(?:the|a|an|his|her|their|its|this|that|these|those|some|poor|high|low|bad|rising|falling|higher|lower|"
        r"lack|concerns?|fears?|[a-z]+ing)\b|(?-i:[A-Z])",
        left=r"\b(?:is|are|was|were|be|been|'s|’s)\s+(?:(?:largely|mainly|partly|entirely|probably|also|in\s+part)\s+)?$",
        strong=False),
    Cue(CAUSE, ["thanks"], r"thanks\s+(?:largely\s+|mainly\s+|partly\s+|in\s+part\s+)?to\b",
        veto_left=r"\b(?:said|says|gave|give|giving|expressed|offered|extended|my|our|his|her|their)\s+$", strong=False),
    Cue(CAUSE, ["contributed", "contributing", "contributes", "contribute"],
        r"contribut(?:ed|ing|es|e)\s+(?:significantly\s+|greatly\s+|directly\s+)?to\s+(?:the|a|an|its|their|his|her|this)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:rise|fall|decline|increase|drop|slump|growth|collapse|crisis|problems?|deaths?|failure|"
        r"success|loss|losses|defeat|victory|shortage|delay|downfall|unrest|tension|tensions|decision)\b",
        veto_left=HEDGED),
    Cue(CAUSE, ["blame"], r"blame\s+for\b", left=COPULA + r"(?:(?:largely|partly|mainly|partly|entirely|solely|primarily|also)\s+)?to\s+$"),
    Cue(CAUSE, ["blamed", "attributed"], r"(?:blamed|attributed)\s+(?:[\w-]+\s+)?(?:on|to)\b",
        left=COPULA + r"(?:(?:\w+ly|also|now)\s+)*$", veto_left=HEDGED),
    Cue(CAUSE, ["stems", "stemmed", "stem", "stemming"], r"stem(?:s|med|ming)?\s+(?:largely\s+|mainly\s+|partly\s+|directly\s+)?from\b"
        r"(?!\s+(?:\d|(?:early|late|mid-?)?\s*(?-i:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)|(?:last|this)\s+(?:year|month|week)))",
        veto_left=HEDGED + r"|\b(?:charges?|claims?|lawsuits?|cases?|costs?)\s+$"),
    Cue(CAUSE, ["driven", "fuelled", "fueled"], r"(?:driven|fuel(?:l)?ed)\s+(?:(?:largely|mainly|partly|primarily|in\s+part)\s+)?by\s+(?!(?-i:[A-Z]))",
        left=COPULA + ADVERBS + r"$"),
    Cue(CAUSE, ["explains", "explain"], r"explains?\s+why\b",
        left=r"\b(?:this|that|which|it|what|these|those)\s+(?:(?:also|partly|largely)\s+)?$"),
    Cue(CAUSE, ["paved"], r"paved\s+the\s+way\s+for\b"),
    # "because" explaining the speaker's own action or view ("I'm running because I believe") is a
    # reason, not a causal claim
    Cue(CAUSE, ["because"], r"because(?:\s+of)?\b", veto_left=FIRST_PERSON + r"|\bjust\s+$|" + _OWN_CLAUSE,
        veto_right=r"because\s+(?:of\s+)?(?:i|we|you)\b", strong=False),
    Cue(CAUSE, ["gave", "give", "gives", "giving", "given"], r"(?:gave|give|gives|giving|given)\s+rise\s+to\b", veto_left=HEDGED),
    Cue(CAUSE, ["brought"], r"brought\s+about\b"),
]

# ------------------------------------------------------------------------------- intent
# Laws, products and systems: their "intended to" is a stated purpose, not mind-reading.
_ARTEFACT = (
    r"\b(?:directive|law|bill|act|regulation|rules|device|product|car|phone|handset|console|software|service|"
    r"feature|tool|website|site|domains?|format|standard|machine|system|programme|program|course|scheme|"
    r"drug|vaccine|technology|chip|game|network|version|model|update|plan|strategy|document|paper|initiative|package|"
    r"proposals?|reforms?|budget|policy)\b,?(?:\s+[\w,'’()-]+){0,10}?\s+"
    r"(?:is|are|was|were|be|been)\s+(?:(?:also|primarily|mainly|partly|largely|specifically)\s+)?$"
)
_INTENT_OBJECTS = (
    r"(?:send|signal|show(?!\s+off)|reassure|deter|warn|punish|appease|placate|distract|intimidate|pressure|force|"
    r"undermine|demonstrate|convey|underline|highlight|reinforce|humiliate|provoke|divert|mollify|court|"
    r"woo|win\s+over|shore\s+up|bolster|boost|protect|shield|avoid|prevent|silence|discredit|weaken|"
    r"strengthen|test|probe|manipulate|mislead|deflect|curry|signal)"
)
_DECISION = r"(?:decisions?|choice|move|thinking|calculations?|calculus|reasoning|strategy|policy|u-turn|change\s+of\s+heart|response)"

INTENT_CUES = [
    Cue(INTENT, ["intended", "calculated", "engineered"], r"(?:intended|calculated|engineered)\s+to\b",
        left=COPULA + ADVERBS + r"(?:(?:deliberately|carefully)\s+)?$", veto_left=_ARTEFACT,
        veto_right=r"intended\s+to\s+be\s+(?:released|published|launched|shown|broadcast|held|completed|opened|built|"
        r"finished|ready|available|sold|used)\b"),
    # the stated purpose of a law or a product is weaker than a claim about an actor's intent
    Cue(INTENT, ["intended", "meant", "designed"], r"(?:intended|meant|designed)\s+to\b",
        left=_ARTEFACT, strong=False),
    Cue(INTENT, ["meant", "designed", "timed", "aimed"],
        r"(?:meant|designed|timed)\s+(?:partly\s+|also\s+|primarily\s+)?to\s+" + _INTENT_OBJECTS + r"\b|aimed\s+at\s+(?:sending|signalling|showing|reassuring|deterring|placating|appeasing|distracting|intimidating|pressuring|provoking)\b",
        left=COPULA + ADVERBS + r"(?:(?:deliberately|carefully)\s+)?$"),
    Cue(INTENT, "considered weighed planned timed orchestrated choreographed calibrated calculated thought".split(),
        r"(?:considered|weighed|planned|timed|orchestrated|choreographed|calibrated|calculated|thought\s+(?:out|through))\b",
        left=r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are|been)\s+(?:very\s+|most\s+|highly\s+)?"
        r"(?:carefully|deliberately|meticulously|painstakingly|cleverly|cynically|precisely|strategically|well|long)\s+$"),
    Cue(INTENT, "factor factors consideration considerations motivation motivations motive motives concern driver".split(),
        r"\w+\s+(?:in|behind|for)\s+(?:the|this|that|its|his|her|their|a|washington's|moscow's)\s+(?:[\w'’-]+\s+){0,2}?" + _DECISION + r"\b",
        left=r"\b(?:a|the|one\s+of\s+the)\s+(?:(?:key|major|main|decisive|crucial|significant|deciding|determining|"
        r"important|primary|central|driving|big|biggest|critical|chief|principal|leading|overriding|real|underlying)\s+)+$"),
    Cue(INTENT, "deliberately intentionally purposely purposefully cynically knowingly wilfully willfully".split(),
        r"\w+\b", veto_left=r"\b(?:not|to|with|of|for)\s+$|\b(?:was|were)\s+$|" + HEDGED,
        veto_right=r"\w+\s+(?:ambiguous|vague|provocative|low-key|simple)\b"),
    Cue(INTENT, "real true underlying hidden ulterior secret".split(),
        r"\w+\s+(?:motives?|aims?|goals?|purposes?|intentions?|agenda|motivations?|objectives?)\b",
        left=r"\b(?:the|its|his|her|their|whose|an)\s+$"),
    Cue(INTENT, ["send"], r"send\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:message|signal)\b", left=r"\b(?:to|in\s+order\s+to)\s+$"),
    Cue(INTENT, ["reluctance", "eagerness", "desperation", "determination"],
        r"\w+\s+to\b", left=r"(?:['’]s|\b(?:its|their|his|her))\s+$", strong=False, extend=False),
    # "agreed because it feared escalation": a motive stated as fact
    Cue(INTENT, ["because"], r"because\s+(?:it|he|she|they|(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
        r"(?:(?:had|was|were|is|are)\s+)?(?:feared|wanted|believed|hoped|worried|afraid|desperate|determined|"
        r"keen|eager|anxious|sought|needed|calculated|reckoned)\b", veto_left=FIRST_PERSON),
    Cue(INTENT, "wants wanted hopes hoped seeks sought aims intends".split(),
        r"(?:wants|wanted|hopes|hoped|seeks|sought|aims|intends)\s+to\b",
        veto_left=FIRST_PERSON + r"|\b(?:who|if|would|might|may|could|will|to|that|anyone|everyone|people)\s+(?:\w+\s+)?$",
        strong=False),
    # "she doesn't want guns", "they didn't know the location": what someone else knows or wants
    Cue(INTENT, "doesn't didn't don't does did do".split(),
        r"(?:doesn['’]t|didn['’]t|don['’]t|does\s+not|did\s+not|do\s+not)\s+(?:even\s+|really\s+)?"
        r"(?:want|believe|know|care|understand)\b(?!\s+to\s+(?:comment|speak|talk|say|discuss|be\s+(?:named|identified)))",
        left=r"(?:(?:^|[,;:—–-]\s*|\b(?:and|but|so|yet|then|now|still|also|even)\s+)(?:he|she|they)|(?-i:\b(?!(?:It|This|That|There|The|These|Those|What|Which|Many|Most|Some|Few|People|"
        r"Others|Who|I|We|You|If|But|And|So)\b)[A-Z][\w'’-]+))\s+(?:(?:really|just|also|still|clearly|simply|obviously|"
        r"even)\s+)?$",
        veto_left=r"\b(?:if|whether|unless|because|since|when|who|that|said|says|insists?|insisted)\s+[^,;]*$",
        strong=False, label="an inner state"),
    Cue(INTENT, ["coincidence", "accident"], r"(?:coincidence|accident)\b",
        left=r"\b(?:is|was|it's|it’s|be)\s+(?:(?:surely|clearly|hardly|certainly)\s+)?no\s+$"),
    Cue(INTENT, "orchestrated masterminded stage-managed choreographed engineered".split(),
        r"(?:orchestrated|masterminded|stage-managed|choreographed|engineered)\s+by\b",
        left=COPULA + r"(?:(?:\w+ly|also)\s+)*$", veto_left=HEDGED,
        veto_right=r"\S+\s+by\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z])"),
    Cue(INTENT, "reluctant desperate eager determined anxious keen".split(),
        r"\w+\s+to\b", left=COPULA + r"(?:(?:still|clearly|increasingly|now|also|so|very|more|less)\s+)*$",
        veto_left=FIRST_PERSON, strong=False),
    Cue(INTENT, ["bid", "attempt", "effort"], r"(?:bid|attempt|effort)\s+to\b",
        left=r"\bin\s+(?:an?\s+)?(?:(?:apparent|desperate|last-ditch|deliberate|clear|bold|fresh|new|renewed|further|calculated|cynical)\s+)?$",
        strong=False),
]

# --------------------------------------------------------------------------- prediction
_IMPACT = (
    r"have\s+(?:(?:a|an|major|significant|serious|lasting|profound|far-reaching|huge|big|massive|enormous|"
    r"dramatic|devastating|important|real|negative|positive|knock-on|long-term|grave|dire|disastrous|damaging|"
    r"severe|little|no|any|considerable|substantial|wide-ranging|global|deep)\s+)+(?:impact|impacts|effect|effects|"
    r"repercussions|consequences|implications|bearing|influence|ramifications)"
)
_OUTCOMES = (
    _IMPACT + r"|(?:change|alter)\s+(?:the\s+)?(?:way|face|nature|course|landscape|game|balance|situation|future|"
    r"dynamics?|character|shape|outcome|equation|picture|calculus)\b|(?:radically|fundamentally|dramatically|profoundly|"
    r"forever|completely|totally)\s+(?:change|alter)\b|(?:transform|reshape|revolutioni[sz]e|redefine|upend|overturn|"
    r"shake\s+up|usher\s+in|spell|escalate|worsen|deepen|intensify|exacerbate|undermine|destroy|doom|"
    r"cripple|devastate|wreck|ruin|backfire|collapse|dominate|trigger|spark|fuel|embolden|destabili[sz]e|"
    r"isolate|galvani[sz]e|polari[sz]e|lead\s+to|result\s+in)\b"
    r"|prove\s+(?:to\s+be\s+)?(?:(?:a|an|the|very|highly|extremely|deeply)\s+)?(?:decisive|crucial|costly|fatal|disastrous|pivotal|critical|"
    r"vital|futile|short-lived|unpopular|popular|successful|catastrophic|counterproductive|turning\s+point|game[- ]?changer)\b"
    r"|make\s+(?:(?:a|no|little|any|the|all\s+the|much|real|big|huge|significant|major|much\s+of\s+a)\s+)+difference\b"
    r"|go\s+down\s+in\s+history|never\s+be\s+the\s+same|be\s+remembered\s+as"
    r"|be\s+(?:(?:a|an|the|seen\s+as\s+a)\s+)(?:[\w-]+\s+)?(?:turning\s+point|game[- ]?changer|disaster|catastrophe|"
    r"watershed|death\s+knell|nail\s+in\s+the\s+coffin|triumph|fiasco|debacle)\b"
    r"|mark\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:turning\s+point|watershed|new\s+era|new\s+chapter|end\s+of|beginning\s+of|escalation)"
)
_WILL_ADVERBS = (
    r"(?:(?:not|never|also|only|inevitably|certainly|undoubtedly|surely|ultimately|eventually|soon|further|"
    r"radically|fundamentally|dramatically|significantly|profoundly|forever|permanently|irrevocably|seriously|"
    r"severely|greatly|completely|totally|simply|actually|really|largely|effectively|quickly|still|then|"
    r"no\s+longer|almost\s+certainly|doubtless|in\s+turn|in\s+time|in\s+the\s+end)\s+)*"
)
_SET_OUTCOMES = (
    r"(?:transform|change|revolutioni[sz]e|reshape|dominate|overtake|double|triple|soar|surge|rocket|plummet|"
    r"plunge|slump|boom|explode|eclipse|replace|make\s+history|cost|spark|trigger|fuel|destroy|rise|fall|grow|"
    r"shrink|increase|decrease|decline|hit|boost|benefit|hurt|damage|worsen|deepen|intensify|escalate|create|"
    r"reach|top|exceed|break|lose|win)\b"
)

PREDICTION_CUES = [
    # "the world will be safer", "we will have a massive tax increase", "it will create 10,000
    # jobs": an outcome that can be measured, forecast as fact
    Cue(PREDICTION, ["will"], r"will\s+(?:(?:also|actually|soon|now|never|not|all|then)\s+)*(?:be\s+(?:(?:much|far|a\s+lot)\s+)?"
        r"(?:safer|better|worse|cheaper|stronger|richer|poorer|higher|lower|bigger|smaller|more\s+expensive)\b|"
        r"be\s+paid\s+for\b(?!\s+\w+ing\b)|have\s+(?:(?:a\s+)?(?:massive|huge|record)|more|fewer|less|the\s+(?:highest|lowest|biggest|largest|"
        r"best|worst))|(?:create|cost|lose|save|add|double|triple|destroy|kill)\s+(?:(?:us|you|the\s+\w+|our|your|american)\s+)?"
        r"(?:\d|millions|billions|thousands|hundreds|more|jobs|money|taxpayers))",
        veto_left=r"\bwhether\b|\b(?:if|unless)\s+[^,]*$|\b(?:i|we|you)\s+$|" + HEDGED,
        veto_right=r"will\s+(?:\w+\s+)*have\s+\d+\s+(?:seconds|minutes)\b", strong=False, label="a forecast of a measurable outcome"),
    Cue(PREDICTION, ["will"], r"will\s+" + _WILL_ADVERBS + r"(?:" + _OUTCOMES + r")",
        veto_left=r"\bwhether\b|\b(?:if|unless)\s+[^,]*$"),
    Cue(PREDICTION, ["won't", "won’t"], r"won['’]t\s+" + _WILL_ADVERBS + r"(?:" + _OUTCOMES + r")",
        veto_left=r"\bwhether\b"),
    Cue(PREDICTION, ["going"], r"going\s+to\s+" + _WILL_ADVERBS + r"(?:" + _OUTCOMES + r")",
        left=r"(?:\b(?:is|are|isn't|aren't|not)\s+|['’](?:s|re)\s+)$", veto_left=r"\bwhether\b"),
    Cue(PREDICTION, ["set", "poised"], r"(?:set|poised)\s+to\s+(?:\w+\s+)?" + _SET_OUTCOMES,
        veto_right=r"(?:set|poised)\s+to\s+(?:(?:replace|succeed|join|lead|become)\s+(?:the\s+)?(?-i:[A-Z])|"
        r"(?:win|earn|collect|make|get)\s+(?:his|her|their)\s+[\w-]+\s+(?:cap|appearance|start))",
        left=r"\b(?:is|are|was|were|now|looks|look|seems|seem|appears|appear|'s|’s|'re|’re)\s+(?:(?:now|also|still)\s+)?$"),
    Cue(PREDICTION, "bound certain sure destined doomed guaranteed".split(),
        r"(?:bound|certain|sure|destined|doomed|guaranteed)\s+to\s+\w+",
        left=COPULA + r"(?:(?:almost|now|also|surely)\s+)?$",
        veto_left=FIRST_PERSON + r"|\bmake\s+$|\bnot\s+$|\b(?:would|could|might)\s+be\s+$",
        veto_right=r"\w+\s+to\s+(?:say|ask|mention|point|note)\b"),
]

CLAIM_CUE_LIST = (
    CAUSE_CUES + INTENT_CUES + PREDICTION_CUES + STATISTIC_CUES + SUPERLATIVE_CUES + VERDICT_CUES + GENERALISATION_CUES
    + RECORD_CUES
)
CLAIM_CUES = CueSet(CLAIM_CUE_LIST)
