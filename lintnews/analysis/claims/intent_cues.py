"""Cues of claims about intent and motive (CLM002), found by construction.

Mind-reading stated as fact: why someone did something, what they want, what they were
out to do. The family:

- purpose: "in a bid to", "in an attempt to", "in order to", "so as to", "with a view
  to", "in the hope of", "designed/intended/meant/timed/calculated to", and a purpose
  infinitive of a motive ("did it to punish the unions", "timed the raid to extort the
  company", "committed the crimes to feed a habit");
- a focus adverb before a purpose ("backed the plan only to shore up his position", "a
  date chosen purely to win back voters"), and an act "meant/designed to" reward, please,
  buy off or bury ("a gesture meant to pay off its allies");
- motive: "was out to", "out of spite/revenge/greed", "motivated by", "the real motive",
  "because it feared", "deliberately", "on purpose", "it is no coincidence that",
  "orchestrated by";
- inner states of others: "wants to", "is determined to", "is desperate to", "doesn't
  care", "reluctance to" (information).

Not intent: stated plans and decisions ("plans to", "agreed to", "voted to", "was ordered
to"), the purpose of a law or product ("the scheme is designed to help first-time
buyers": information), first-person reasons and hedged motives.
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import ADVERBS, COPULA, FIRST_PERSON, HEDGED, INTENT
from lintnews.matching.cues import Cue, alternation

# ------------------------------------------------------------------------------- intent
# Laws, products and systems: their "intended to" is a stated purpose, not mind-reading.
_ARTEFACT = (
    r"\b(?:directive|law|bill|act|regulation|rules|device|product|car|phone|handset|console|software|service|"
    r"feature|tool|website|site|domains?|format|standard|machine|system|programme|program|course|scheme|"
    r"drug|vaccine|technology|chip|game|network|version|model|update|plan|strategy|document|paper|initiative|package|"
    r"proposals?|reforms?|budget|policy|funding|fund|money|cash|grant|investment|spending|"
    r"names?|suffix|suffixes|gig|concert|show|festival|event|campaign|project|building|centre|center)\b,?(?:\s+[\w,'’()-]+){0,10}?\s+"
    r"(?:is|are|was|were|be|been)\s+(?:(?:also|primarily|mainly|partly|largely|specifically)\s+)?$"
)
_INTENT_OBJECTS = (
    r"(?:send|signal|show(?!\s+off)|reassure|deter|warn|punish|appease|placate|distract|intimidate|pressure|force|"
    r"undermine|demonstrate|convey|underline|highlight|reinforce|humiliate|provoke|divert|mollify|court|"
    r"woo|win\s+over|shore\s+up|bolster|boost|protect|shield|avoid|prevent|silence|discredit|weaken|"
    r"strengthen|test|probe|manipulate|mislead|deflect|curry|signal)"
)
_DECISION = r"(?:decisions?|choice|move|thinking|calculations?|calculus|reasoning|strategy|policy|u-turn|change\s+of\s+heart|response)"

# Things with a stated purpose: "The leaflet aims to", "The scheme seeks to".
_THINGS = (
    r"(?:leaflet|booklet|guide|guidance|scheme|plan|law|bill|act|rules?|regulations?|programme|program|campaign|project|"
    r"report|policy|initiative|fund|strategy|directive|service|system|site|website|app|software|product|device|tool|"
    r"film|book|album|show|series|exhibition|festival|event|conference|summit|talks|review|inquiry|study|survey|"
    r"research|paper|proposals?|reforms?|budget|package|deal|agreement|treaty|charter|code|standard|network|course|"
    r"gig|concert|tour|game|launch|bid|offer|sale|merger|takeover|lawsuit|suit|case|claim|petition|appeal|action)"
)

INTENT_CUES = [
    Cue(INTENT, ["intended", "calculated", "engineered"], r"(?:intended|calculated|engineered)\s+to\b",
        left=COPULA + ADVERBS + r"(?:(?:deliberately|carefully)\s+)?$", veto_left=_ARTEFACT,
        veto_right=r"intended\s+to\s+be\s+(?:released|published|launched|shown|broadcast|held|completed|opened|built|"
        r"finished|ready|available|sold|used)\b"),
    Cue(INTENT, ["meant", "designed", "timed", "aimed"],
        r"(?:meant|designed|timed)\s+(?:partly\s+|also\s+|primarily\s+)?to\s+" + _INTENT_OBJECTS + r"\b|aimed\s+at\s+(?:sending|signalling|showing|reassuring|deterring|placating|appeasing|distracting|intimidating|pressuring|provoking)\b",
        left=COPULA + ADVERBS + r"(?:(?:deliberately|carefully)\s+)?$",
        # a document's stated purpose: "The five-year plan is designed to show how ..."
        veto_right=r"(?:meant|designed)\s+(?:partly\s+|also\s+|primarily\s+)?to\s+(?:show|demonstrate|highlight|explain|set\s+out)\s+(?:how|what|why|where|whether)\b"),
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
    # (what someone wants or hopes now; "aims to", "seeks to" and a past "wanted to" report an
    # aim or a life, not a mind read)
    Cue(INTENT, "wants hopes".split(),
        r"(?:wants|hopes)\s+to\b(?!\s+(?:know|understand|find\s+out|see|hear|learn|ask)\b)",
        veto_left=FIRST_PERSON + r"|\b(?:who|if|would|might|may|could|will|to|that|anyone|everyone|people)\s+(?:\w+\s+)?$"
        + r"|^\W*(?:the|a|an|this|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?" + _THINGS + r"\b",
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
        # (or as an aside on the subject: "The company, desperate to avoid a fine, rushed ...",
        # "changed his vote, eager to curry favour")
        r"\w+\s+to\b", left=COPULA + r"(?:(?:still|clearly|increasingly|now|also|so|very|more|less)\s+)*$|,\s*(?:(?:clearly|so|ever)\s+)?$",
        veto_left=FIRST_PERSON, strong=False),
    Cue(INTENT, ["bid", "attempt", "effort"], r"(?:bid|attempt|effort)\s+to\b",
        left=r"\bin\s+(?:an?\s+)?(?:(?:apparent|desperate|last-ditch|deliberate|clear|bold|fresh|new|renewed|further|calculated|cynical|"
        r"blatant|naked|shameless|transparent|thinly[- ]veiled|barely\s+concealed|clumsy|crude|brazen)\s+)?$",
        strong=False),
]


# ---------------------------------------------------------------- the rest of the family
# Goals that read a motive into an act: what someone did something *to* achieve.
_MOTIVE_VERBS = """punish extort blackmail feed settle silence intimidate humiliate embarrass discredit
undermine sabotage derail scupper appease placate curry hide conceal bury distract divert deflect dodge
evade escape provoke goad bait lure exploit manipulate mislead deceive cheat enrich line squeeze coerce
bully avenge retaliate topple oust unseat avoid rally spare split shed woo reward flatter snub calm soothe
crush
sweeten smooth grease ingratiate pander sidestep circumvent duck mask disguise obscure
whitewash stifle suppress muzzle gag neuter sideline outflank outmanoeuvre outmaneuver penalise penalize
shame""".split()
# Self-serving goals of more than one word: "to win over the unions", "to gain an edge", "to
# get rid of its poorest tenants", "to cash in on", "to cover up", "to buy off".
_MOTIVE_PHRASES = (
    r"win\s+(?:over|round|around|back)\b|(?:tempt|entice|draw|coax|lure)\s+back\b|get\s+rid\s+of\b|cash\s+in\b|cover\s+up\b|buy\s+off\b|"
    r"gain\s+(?:(?:an?|the|more|some|political|extra|fresh)\s+)?(?:upper\s+hand|advantage|edge|leverage|favou?r|influence|"
    r"publicity|sympathy|credibility|kudos|points|votes|popularity|power|control)\b|"
    # (protecting one's share price or bonus is self-serving; protecting one's pay need not be)
    r"(?:protect|shore\s+up|defend|support)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:share\s+price|bonus(?:es)?|ratings?|image)\b|"
    r"(?:boost|inflate|prop\s+up|pump\s+up|massage|flatter)\s+(?:its|their|his|her)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+)?(?:share\s+price|profits?|"
    r"ratings?|popularity|image|standing|bonus(?:es)?|pay|income|earnings|figures|numbers|results|margins?)\b"
)
_MOTIVE_PHRASES += (
    # profit read into an act: "left the flats empty to push up rents", "hoarded grain to drive
    # up the price"
    r"|(?:push|drive|force|jack|ramp|talk|bid)\s+up\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:prices?|rents?|values?|"
    r"fares|fees|the\s+price|the\s+value)\b"
)
_MOTIVE_PHRASE_TRIGGERS = "win get cash cover buy gain boost inflate prop pump massage flatter protect shore defend support push drive force jack ramp talk bid tempt entice draw coax".split()
_MOTIVE = r"(?:" + alternation(_MOTIVE_VERBS) + r"|" + _MOTIVE_PHRASES + r")"
# Verbs that take an infinitive complement: "agreed to pay", "was ordered to pay", "wants
# to": a plan, a decision or an inner state, not a purpose clause. (Only ever a veto, read
# for whether it matches: the words are one trie each, which ``re`` tries far faster than
# a flat list of words when case is ignored.)
_TAKES_INFINITIVE_WORDS = """want wants wanted plan plans planned planning decide decides decided agree agrees
agreed try tries tried trying hope hopes hoped need needs needed refuse refuses refused voted promise promises
promised threaten threatens threatened offer offers offered ask asks asked told tell order orders ordered allow
allows allowed forced urge urges urged expect expects expected intend intends intended choose chose chosen fail
fails failed manage managed begin began start started continue continued able unable due going has have had used
use is are was were be been seek seeks sought aim aims aimed set about likely ready willing keen eager determined
prepared appear appears appeared seem seems seemed help helps helped enough way money cash indispensable necessary
essential vital required sufficient crucial important designed meant power right time obliged invited encouraged
left sentenced jailed fined""".split() + [
    # nouns whose infinitive says what is possible or decided, not why: "the swift's ability to feed"
    *"""ability abilities capacity capability freedom chance opportunity permission means tendency habit bid attempt
    effort scheme campaign move pledge call calls pressure efforts attempts bids attempted attempting bidding looking
    hoping aiming seeking struggling striving fighting campaigning would could should will may might must can cannot
    let how what where whether""".split(),
    "so as", "in order",
]
# ... with an object: "ordered him to pay", "asked the council to review"
_TAKES_INFINITIVE_WITH_OBJECT = """order orders ordered told tell tells ask asks asked allow allows allowed force
forces forced urge urges urged invite invites invited encourage encouraged persuade persuaded require requires
required help helps helped want wants wanted expect expects expected need needs needed get got made make makes
enable enables enabled advise advised instruct instructed warn warned""".split() + [
    "call on", "called on", "appeal to", "appealed to",
]
_TAKES_INFINITIVE = (
    r"\b(?:" + alternation(_TAKES_INFINITIVE_WORDS) + r"|(?<!the\s)(?<!\ba\s)votes?|funds?|licen[cs]e)"
    r"\s+(?:(?:not|also|only|just|still|now|yet)\s+)?(?:to\s+)?$"
    r"|\b" + alternation(_TAKES_INFINITIVE_WITH_OBJECT) + r"\s+"
    r"(?:him|her|them|it|us|me|you|(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|[A-Z][\w'’-]+)\s+(?:to\s+)?$"
)

# Motives of reward, favour, survival or concealment: what an act is "meant to" or "only"
# done to achieve.
_REWARD = (
    r"(?:please|appease|placate|mollify|pay\s+off|reward|buy\s+(?:off\s+)?(?!time\b)|bribe|flatter|win\s+(?:back|over)|"
    r"woo|court|curry|silence|muzzle|humiliate|embarrass|distract|bury|hide|dodge|outflank|wrong-foot|sideline|"
    r"head\s+off|see\s+off|shore\s+up|prop\s+up|fill|plug|cover\s+up|save\s+face|recoup|compensate|offset|"
    r"make\s+up\s+for\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+)?(?:losses|debts|shortfall|costs)|"
    r"cover\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:losses|debts|shortfall)|settle\s+(?:a\s+|old\s+)?scores?|"
    r"boost\s+(?:his|her|their|its)\s+(?:own\s+)?|protect\s+(?:his|her|their|its)\s+own|keep\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:happy|quiet|onside|on\s+side|sweet))\b"
)

# A purpose given with an announced request or instruction is the instruction's own stated
# reason, not a motive the writer reads into an act: "Visitors are being asked to stay away so
# as not to spread the virus", "Drivers have been told to slow down in order to protect".
_DIRECTIVE_BEFORE = (
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:(?:now|also|again|still|strongly|being)\s+)*(?:asked|told|urged|advised|"
    r"encouraged|requested|instructed|ordered|reminded|warned|invited)\s+(?:not\s+)?to\b[^.;:]*$"
)


INTENT_CUES += [
    # "did it to punish the unions", "timed the raid to extort the company": a motive as a purpose
    # (found at the motive, which is rare, rather than at "to", the commonest word there is)
    Cue(INTENT, _MOTIVE_VERBS + _MOTIVE_PHRASE_TRIGGERS, _MOTIVE + r"\b(?!\s+(?:for|in|from)\s+(?:a|an|the)\s+(?:living|while))"
        r"(?!\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:traffic|rush|crowds|queues|delays|heat|congestion|disruption|injury|injuries|storms?|snow|ice|fog|floods?|flooding|winds?|gales?|rain|roadworks|"
        r"infection|damage|flooding|frost|the\s+weather|a\s+collision|collisions|accidents?|trouble|threats?|"
        r"risks?|dangers?|harm|problems|mistakes|confusion|contamination|dehydration|hypothermia|scams?|fraud)\b)",
        left=r"\b[a-z]+(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,6}?to\s+$",
        veto_left=_TAKES_INFINITIVE + r"|" + FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|"
        # advice, not a motive: "Drivers should check their tyres to avoid a blowout"
        r"\b(?:should|must|need\s+to|needs\s+to|ought\s+to|(?:are|is|were|was)\s+(?:advised|urged|told|asked)\s+to)\s+[^,;:]*$|"
        # ("in order to", "from time to"; not "moved to Dublin to": a place, then a purpose)
        r"(?<![\w-])(?:to\s+(?:(?-i:(?![A-Z]))[\w'’-]+\s+)?|(?:from|in|for)\s+(?:[\w'’-]+\s+)?)to\s+$|" + HEDGED,
        extend=False, label="a motive",
        precheck=lambda text, s_start, at: text[max(s_start, at - 4) : at].rstrip().lower().endswith("to")),
    # "to shift the blame", "to save face", "to buy time": purposes that are motives
    # "was brought in to plug a gap in the budget", "timed to win votes": an act's purpose read as
    # a motive of money or popularity ("needs to win votes" is a need, not a purpose)
    Cue(INTENT, "plug fill patch win woo paper cover please".split(),
        r"(?:plug|fill|patch)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:hole|gap|shortfall|deficit)\b|"
        r"(?:win|woo)\s+(?:over\s+|back\s+)?(?:(?:more|the|floating|wavering|young|older|disaffected|lost)\s+)?(?:votes|voters|favou?r|support|supporters|fans|members)\b|"
        r"(?:paper|cover)\s+over\s+the\s+cracks\b|please\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:voters|donors|"
        r"backbenchers|base|shareholders|supporters|allies|paymasters|sponsors|members)\b",
        left=r"\bto\s+$", veto_left=r"(?:" + _TAKES_INFINITIVE + r")(?<!made\sto\s)|" + FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED,
        label="a motive"),
    # "The council only backed the plan to fill a hole in its budget": a focus adverb on the
    # act makes the purpose after it a motive, whatever governs the infinitive
    Cue(INTENT, "plug fill patch win woo please".split(),
        r"(?:plug|fill|patch)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:hole|gap|shortfall|deficit)\b|"
        r"(?:win|woo)\s+(?:over\s+|back\s+)?(?:(?:more|the|floating|wavering|young|older|disaffected|lost)\s+)?(?:votes|voters|favou?r|support|supporters|fans|members)\b|"
        r"please\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:voters|donors|backbenchers|base|shareholders|"
        r"supporters|allies|paymasters|sponsors|members)\b",
        left=r"\b(?:only|purely|solely|simply|merely)\s+(?:[a-z]+(?:ed|en)|made|held|set|took|did|put|sold|bought|won|gave|"
        r"kept|paid|sent|spent|cut|told|brought|sought|chose|backed|struck|shut|ran|let)\b[^,;:.]{0,60}?\bto\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
    # "backed the plan only to shore up his position", "a date chosen purely to win back
    # voters": a focus adverb before a purpose says what the act was really for ("arrived
    # only to find the doors locked" is a result, not a purpose)
    Cue(INTENT, "purely solely simply merely only".split(),
        r"only\s+to\s+" + _REWARD + r"|(?:purely|solely|simply|merely)\s+(?:in\s+order\s+|so\s+as\s+)?to\s+(?!(?:find|discover|see|learn|lose|watch|"
        r"hear|realise|realize|be|have|get|go|come|return|end|fail|face|meet|run|make\s+it|die|suffer|say|add|"
        r"reach|take|keep|stay|sit|stand|wait)\b)[a-z]{3,}\b",
        left=r"\b(?:[a-z]{3,}(?:ed|en)|made|held|set|took|did|done|put|sold|bought|built|won|went|gave|kept|paid|sent|"
        r"spent|cut|told|brought|sought|chose|fought|backed|struck|shut|ran|let)\b(?:\s+[\w'’-]+){0,6}?\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\b(?:need|needs|needed|had|has|have|want|wants|"
        r"wanted|is|are|was|were|be|been|used|able|enough|going|due|about|likely|not|if)\s+$",
        label="a motive"),
    # "a gesture meant to pay off its allies", "a sweetener designed to buy the union's
    # silence": an act's purpose that is a motive of reward, favour or concealment
    Cue(INTENT, "meant designed timed calculated intended chosen engineered aimed".split(),
        r"(?:meant|designed|timed|calculated|intended|chosen|engineered)\s+(?:(?:partly|also|primarily|mainly|purely|"
        r"solely|simply|largely|specifically|deliberately)\s+)?to\s+" + _REWARD,
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\bnot\s+$", label="a motive"),
    Cue(INTENT, "shift pass deflect offload spread save lose buy score grab curry send make look be put keep protect head "
        "squeeze freeze price spare rally balance give".split(),
        r"(?:shift|pass|deflect|offload|spread)\s+(?:the\s+)?(?:blame|responsibility|buck)\b|(?:save|lose)\s+face\b|"
        r"buy\s+(?:more\s+)?time\b|score\s+(?:political\s+|cheap\s+)?points\b|grab\s+(?:the\s+)?headlines\b|"
        r"curry\s+favou?r\b|(?:send|make)\s+a\s+(?:political\s+)?(?:point|message|statement)\b|"
        r"look\s+(?:tough|strong|decisive|busy)\b|be\s+seen\s+(?:to\s+be\s+|as\s+)?(?:doing|acting|tough|in\s+charge)|"
        r"put\s+pressure\s+on\b|keep\s+(?:the\s+)?(?:bad\s+)?news\s+(?:from|quiet|under\s+wraps)\b|"
        r"protect\s+(?:its|his|her|their)\s+own\b|head\s+off\s+(?:(?:a|any|the|further)\s+)?(?:criticism|revolt|rebellion|"
        r"challenge|protests?|complaints?|questions|scrutiny|a\s+strike)\b|(?:squeeze|freeze|price)\s+"
        r"(?:[\w'’-]+\s+){1,3}?out\b|buy\s+(?:political\s+)?influence\b|spare\s+(?:[\w'’-]+\s+){0,2}?blushes\b|"
        r"rally\s+(?:his|her|their|its|the\s+party['’]s)\s+(?:base|supporters|troops)\b|balance\s+(?:its|their|the|his|her)\s+"
        r"books\b|save\s+(?:himself|herself|themselves|itself|his\s+(?:own\s+)?skin|her\s+(?:own\s+)?skin|their\s+(?:own\s+)?skins?)\b|"
        r"give\s+(?:[\w'’-]+\s+){1,3}?an?\s+(?:easy|free|soft)\s+ride\b",
        left=r"\bto\s+$", veto_left=r"(?:" + _TAKES_INFINITIVE + r")(?<!made\sto\s)|" + FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED,
        label="a motive"),
    # "a calculated attempt to", "a cynical ploy to", "a deliberate move to"
    Cue(INTENT, "calculated deliberate cynical transparent desperate thinly-veiled clumsy".split(),
        r"(?:calculated|deliberate|cynical|transparent|desperate|thinly-veiled|clumsy)\s+(?:attempt|ploy|move|bid|effort|"
        r"manoeuvre|maneuver|tactic|stunt|gambit|exercise|gesture)s?\b", label="a motive"),
    # "were clearly swayed by the promise of jobs": what moved someone
    Cue(INTENT, "swayed influenced seduced tempted blinded spooked rattled cowed".split(),
        r"(?:swayed|influenced|seduced|tempted|blinded|spooked|rattled|cowed)\s+by\b",
        left=COPULA + r"(?:(?:clearly|obviously|plainly|simply|evidently|surely|heavily|largely|partly)\s+)*$|"
        r"\b(?:has|have|had)\s+been\s+(?:(?:clearly|obviously|heavily|largely)\s+)*$",
        veto_left=HEDGED, label="a motive"),
    # "was out to settle scores"
    Cue(INTENT, ["out"], r"out\s+to\s+(?:get|settle|destroy|ruin|punish|prove|win|make|cause|undermine|embarrass|discredit|"
        r"grab|take|exploit|cash|profit|stop|block|humiliate|avenge|wreck|sink|bring|topple|oust|damage|harm|hurt)\b",
        left=COPULA + r"(?:(?:simply|clearly|just|only|always|never|really|deliberately)\s+)*$", label="a motive"),
    # "out of spite", "motivated by greed", "on purpose"
    Cue(INTENT, ["out"], r"out\s+of\s+(?:pure\s+|sheer\s+)?(?:spite|revenge|vengeance|greed|jealousy|envy|malice|"
        r"desperation|self-interest|ambition|pique|resentment|frustration|fear|loyalty|vanity|cowardice)\b", label="a motive"),
    Cue(INTENT, ["motivated", "driven"], r"(?:motivated|driven)\s+(?:(?:largely|mainly|partly|purely|entirely|solely|"
        r"primarily)\s+)?by\s+(?:(?:a|an|the|his|her|their|its|pure|sheer)\s+)?(?:[\w-]+\s+)?(?:greed|spite|revenge|"
        r"jealousy|ambition|self-interest|desire|wish|need|fear|hatred|malice|profit|politics|ideology|prejudice|racism|"
        r"envy|vanity|money|resentment|loyalty|frustration)\b", label="a motive"),
    Cue(INTENT, ["purpose"], r"purpose\b", left=r"\bon\s+$", label="a motive"),
    # an attempt to conceal or deflect read into what someone did: "was clearly trying to deflect
    # attention from", "were seeking to bury the report" (not "trying to reach the flat")
    Cue(INTENT, ["trying", "tried", "tries", "seeking", "sought", "attempting", "attempted"],
        r"(?:trying|tried|tries|seeking|sought|attempting|attempted)\s+to\s+(?:deflect|divert|distract|hide|conceal|bury|"
        r"mislead|deceive|mask|disguise|obscure|whitewash|cover\s+up|shift\s+(?:the\s+)?blame|save\s+face|curry\s+favou?r|"
        r"appease|placate|discredit|undermine|sabotage|derail|intimidate|silence|humiliate|manipulate|gag|muzzle|"
        r"sideline|wriggle\s+out|play\s+down|talk\s+down|muddy\s+the\s+waters)\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|\b(?:accused|accuses|accusing|alleged|denied|denies)\b[^.;]*$",
        label="a motive"),
    # "in order to", "so as to", "with a view to", "in the hope of": a purpose read into an act
    Cue(INTENT, ["order"], r"order\s+to\s+\w+", left=r"\bin\s+$", veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$"
        + _DIRECTIVE_BEFORE,
        veto_right=r"order\s+to\s+(?:meet|comply|allow|enable|make\s+way|carry\s+out|ensure|repair|accommodate|"
        r"reduce\s+the\s+risk|qualify|obtain|apply|register|access|complete|finish|reach|catch)\b",
        strong=False, label="a purpose"),
    Cue(INTENT, ["so"], r"so\s+as\s+(?:not\s+)?to\s+\w+", veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$"
        + _DIRECTIVE_BEFORE,
        strong=False, label="a purpose"),
    Cue(INTENT, ["view"], r"view\s+to\s+\w+", left=r"\bwith\s+(?:a|the)\s+$", veto_left=r"\b(?:i|we|you)\b[^,;:]*$",
        strong=False, label="a purpose"),
    Cue(INTENT, ["hope", "hopes"], r"hopes?\s+(?:of|that)\b", left=r"\bin\s+the\s+$", veto_left=r"\b(?:i|we|you)\b[^,;:]*$",
        strong=False, label="a purpose"),
]


def _gerund(verb: str) -> str:
    """"sideline" -> "sidelining", "punish" -> "punishing" (the motive verbs are regular)."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


# Exclusion as a purpose: "designed to drive rough sleepers out of the centre", "meant to
# keep objectors away", "to price local families out".
_EXCLUDE = (
    r"(?:drive|force|push|price|squeeze|freeze|keep|shut|lock|hound|run)\s+(?:[\w'’-]+\s+){0,3}?(?:people|sleepers|"
    r"homeless|beggars|families|tenants|residents|locals|objectors|protesters|protestors|campaigners|critics|rivals|"
    r"competitors|newcomers|travellers|migrants|refugees|asylum\s+seekers|buyers|renters|traders|parents|pupils|members|"
    r"voters|customers|shoppers|smaller\s+firms|independents|journalists|reporters|the\s+public|them|him|her)\s+(?:out|away)\b"
)
_MOTIVE_GERUNDS = sorted({_gerund(v) for v in _MOTIVE_VERBS} | {"sidelining", "silencing", "punishing", "embarrassing",
                                                                  "wooing", "placating", "appeasing", "courting",
                                                                  "buying", "winning", "shoring", "propping",
                                                                  "deflecting", "burying", "rewarding", "protecting",
                                                                  "shielding", "neutralising", "neutralizing",
                                                                  "weakening", "isolating", "marginalising",
                                                                  "marginalizing", "heading", "seeing"})

INTENT_CUES += [
    # "The bylaw is designed to drive rough sleepers out of the centre": an exclusion read
    # into a measure (a stated benefit, "designed to help first-time buyers", stays quiet)
    Cue(INTENT, "designed meant intended calculated timed aimed".split(),
        r"(?:designed|meant|intended|calculated|timed)\s+(?:(?:partly|also|primarily|mainly|purely|solely|simply|largely|"
        r"specifically|deliberately)\s+)?to\s+" + _EXCLUDE,
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\bnot\s+$", label="a motive"),
    # "The reshuffle was aimed at sidelining the chancellor's allies", "a move aimed at
    # wooing wavering voters": a motive as the aim of an act
    Cue(INTENT, ["aimed", "geared", "directed"], r"(?:aimed|geared|directed)\s+(?:(?:squarely|chiefly|mainly|partly|largely|"
        r"primarily|purely|solely|as\s+much)\s+)?at\s+(?:" + alternation(_MOTIVE_GERUNDS) + r")\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\bnot\s+$", label="a motive"),
    # "opened the library with an eye on next year's election", "with one eye on the leadership"
    Cue(INTENT, ["eye"], r"eye\s+(?:firmly\s+|squarely\s+|fixed\s+)?on\s+(?!(?:the\s+)?(?:ball|clock|weather|sky|road|"
        r"time|door|prize\s+money)\b)(?:the\s+|next\s+|this\s+|his\s+|her\s+|their\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:election|elections|vote|votes|voters|poll|polls|leadership|succession|presidency|nomination|job|top\s+job|crown|"
        r"seat|contest|race|campaign|ballot|donors|investors|sale|takeover|float|flotation|listing|bonus|bonuses|"
        r"legacy|headlines|market|ratings|re-election|reselection|comeback|bid)\b",
        left=r"\bwith\s+(?:an|one|half\s+an|both)\s+(?:(?:eye|eyes)\s+)?$|\bwith\s+(?:an|one|half\s+an)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$", label="a motive"),
    # "scheduled the meeting for August so that parents could not attend", "was timed so
    # that the report would appear after the vote": a purpose of shutting people out or
    # keeping something quiet, read into an arrangement
    Cue(INTENT, ["so"], r"so\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:could\s+not|couldn['’]t|would\s+not|wouldn['’]t|"
        r"could\s+never|would\s+never|had\s+no\s+(?:chance|time|way))\s+(?:attend|object|vote|take\s+part|speak|see|"
        r"question|scrutinise|scrutinize|challenge|respond|comment|be\s+(?:heard|questioned|scrutinised|scrutinized|"
        r"challenged|reported))\b"
        r"|so\s+that\s+(?:[\w'’-]+\s+){1,5}?(?:would|could)\s+(?:appear|come\s+out|be\s+(?:published|released|announced|"
        r"buried|overshadowed|missed|ignored))\s+(?:only\s+)?(?:after|once|when)\b",
        left=r"\b(?:timed|scheduled|arranged|held|called|moved|brought\s+forward|put\s+back|delayed|set|fixed|published|"
        r"released|rushed|pushed\s+through|announced)\b[^.;:]{0,60}?$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\b(?:if|unless|whether)\b[^,;:]*$",
        label="a motive"),
    # "released the update overnight so that few customers would notice", "raised the fees
    # in August so that parents would not realise": a purpose of keeping people unaware,
    # read into any act
    Cue(INTENT, ["so"], r"so\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:would|could|might|did)\s+(?:not\s+|never\s+|n['’]t\s+)?"
        r"(?:notice|realise|realize|spot|find\s+out|catch\s+on|twig|cotton\s+on|see\s+(?:it|them|the)|hear\s+(?:of|about)|"
        r"learn\s+(?:of|about)|know\s+(?:about|until))\b",
        left=r"\b(?:[a-z]{3,}ed|did|made|put|kept|sold|sent|set|cut|held|ran|took|chose|hid|let|slipped|rushed|quietly|"
        r"overnight|late)\b[^.;:]{0,60}?$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\b(?:if|unless|whether|said|says|told|explained)\b[^,;:]*$",
        label="a motive"),
    # "eased off to save her legs for the final", "rested his stars to keep them fresh for
    # the cup", "held back to conserve energy for the climb": a tactic read into what a
    # player or a side did
    Cue(INTENT, "save conserve preserve spare keep rest".split(),
        r"(?:save|conserve|preserve|spare|rest|protect|nurse)\s+(?:(?:his|her|their|its|some|a\s+little|something)\s+)?(?:own\s+)?"
        r"(?:(?:injured|sore|tired|weary|ailing|troublesome|damaged)\s+)?"
        r"(?:legs|energy|strength|fitness|best|powder|stars?|key\s+players|first-choice\s+players|players|squad|bowlers|"
        r"horses?|engine|tyres|ammunition|resources|knee|knees|ankle|back|hamstring|shoulder|calf|groin|elbow|wrist|arm|"
        r"foot|feet|hip|body|injury)\b(?:\s+(?:for|ahead\s+of|before)\b)?"
        r"|keep\s+(?:himself|herself|themselves|itself|them|him|her|his\s+\w+|her\s+\w+|their\s+\w+)\s+fresh\s+for\b",
        left=r"\bto\s+$", veto_left=r"(?:" + _TAKES_INFINITIVE + r")(?<!made\sto\s)|" + FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|"
        + HEDGED + r"|\b(?:said|says|told|explained|admitted)\b[^,;:]*$",
        strong=False, label="a motive"),
    # "closed the library with the aim of selling the building": a purpose read into an act
    Cue(INTENT, ["aim", "intention", "object", "objective", "goal", "purpose"],
        r"(?:aim|intention|object|objective|goal|purpose)\s+of\s+[a-z]+ing\b",
        left=r"\b(?:[a-z]{3,}ed|made|held|set|took|did|put|sold|bought|built|kept|paid|sent|spent|cut|shut|ran|let|chose)\b[^,;:.]{0,60}?"
        r"\bwith\s+(?:the|a|an)\s+(?:(?:express|sole|clear|main|real|declared)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\b(?:said|says|told|announced|explained|stated|founded|"
        r"set\s+up|established|formed|created|launched|opened)\b[^,;:]*$",
        strong=False, label="a motive"),
    Cue(INTENT, ["timed"], r"timed\s+(?:(?:deliberately|carefully|precisely|neatly|conveniently)\s+)?so\s+(?:that|as)\b",
        left=COPULA + r"(?:(?:\w+ly|also)\s+)*$|\b(?:has|have|had)\s+been\s+(?:(?:\w+ly)\s+)*$", veto_left=HEDGED,
        label="a motive"),
    # "a ploy to", "a stunt to", "a smokescreen for": an act named as a tactic
    Cue(INTENT, "ploy ruse stunt smokescreen gimmick sop manoeuvre maneuver wheeze".split(),
        r"(?:ploy|ruse|stunt|smokescreen|gimmick|sop|manoeuvre|maneuver|wheeze)s?\s+(?:to|for|aimed|designed|intended|meant)\b",
        left=r"\b(?:a|an|the|another|just\s+a|merely\s+a|nothing\s+more\s+than\s+a|little\s+more\s+than\s+a)\s+"
        r"(?:(?:cynical|political|publicity|blatant|transparent|clever|desperate|naked|shameless|thinly[- ]veiled|pre-election|"
        r"electoral|crude|clumsy|last-minute|obvious)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:called|calls|branded|brands|described|describes|dismissed|dismisses|denied|denies|"
        r"rejected|rejects|accused|accuses|not)\b[^.;:]*$", label="a motive"),
]

# ---------------------------------------------------------- pretexts and opportunism
INTENT_CUES += [
    # "seized on the report to attack her rivals", "used the appeal as cover for its debts",
    # "under the guise of a nature reserve", "on the pretext of safety"
    Cue(INTENT, ["seized", "seizing", "seizes", "pounced", "pounces"],
        r"(?:seized|seizing|seizes|pounced|pounces)\s+(?:up)?on\s+(?:[\w'’-]+\s+){1,6}?(?:to|as)\s+(?:an?\s+)?[a-z]+",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
    Cue(INTENT, ["guise", "pretext", "pretence", "pretense", "cover", "excuse", "smokescreen", "fig"],
        r"(?:guise|pretext|pretence|pretense)\s+(?:of|for|that)\b|(?:an?\s+excuse|smokescreen|fig\s+leaf)\s+(?:for|to)\b"
        r"|cover\s+for\b(?<=\bas\scover\sfor)|excuse\s+(?:for|to)\b",
        left=r"\b(?:under|on)\s+the\s+$|\b(?:as|is|was|were|are|be|been)\s+(?:(?:a|an|the|nothing\s+more\s+than\s+a|little\s+more\s+"
        r"than\s+a|merely\s+a|simply\s+a|just\s+a|convenient|useful|handy|political)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|\b(?:no|any|not)\s+$|\b(?:insurance|policy|policies|warranty|"
        r"air|police|sick|holiday|maternity|paternity|emergency)\b[^.;:]*$", label="a motive"),
    # "The mayor is more interested in headlines than in fixing potholes"
    Cue(INTENT, ["interested", "concerned"], r"(?:interested|concerned)\s+(?:with\s+|in\s+)[^.;:]{2,60}?\s+than\b",
        left=r"\b(?:is|are|was|were|seems|seemed|appears|appeared|'s|’s)\s+(?:(?:far|much|clearly|plainly|evidently|always)\s+)*"
        r"more\s+$", veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|\b(?:who|which|that)\b[^.;:,]*$", label="a motive"),
    # "blocked the plan to get back at the planning chief", "to teach the unions a lesson"
    Cue(INTENT, "get teach cover keep".split(),
        r"get\s+(?:back\s+at|even\s+with|one\s+over\s+on)\b|teach\s+(?:[\w'’-]+\s+){1,3}?a\s+lesson\b"
        r"|cover\s+(?:his|her|their|its)\s+(?:own\s+)?tracks\b|keep\s+a\s+lid\s+on\b",
        left=r"\bto\s+$", veto_left=r"(?:" + _TAKES_INFINITIVE + r")(?<!made\sto\s)|" + FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED,
        label="a motive"),
]

# ------------------------------------- purposes in a translation's English, hopes read in
INTENT_CUES += [
    # "has done this only for to increase its profits", "solely to boost their own pay"
    Cue(INTENT, "only solely purely simply".split(), r"(?:only|solely|purely|simply)\s+(?:for\s+)?to\s+(?:increase|boost|raise|"
        r"maximise|maximize|protect|enrich|line|fill|pad|inflate|fatten)\s+(?:its|their|his|her)\s+(?:own\s+)?",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
    # "The mayor pretends to present himself as the defender of the merchants" (Spanish
    # "pretende": intends; in English a feint): either way a mind read
    Cue(INTENT, ["pretends", "pretended", "pretend", "pretending"], r"pretend(?:s|ed|ing)?\s+to\s+(?:be\s+|present|defend|care|"
        r"represent|speak|help|protect|serve|fight|champion|act)\w*",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|\b(?:not|never|to|game|children|kids)\s+$", label="a motive"),
    # "The objective of the reform is in reality to privatise the water"
    Cue(INTENT, "objective objectives aim aims goal goals purpose intention intentions".split(),
        r"(?:objectives?|aims?|goals?|purpose|intentions?)\s+(?:of\s+[^.;:]{1,40}?\s+)?(?:is|was|are|were)\s+(?:in\s+reality|really|"
        r"actually|in\s+fact|clearly|plainly|obviously|above\s+all|not\s+to\s+\w+\s+but)\s+to\b",
        veto_left=FIRST_PERSON + r"|\b(?:my|our|your)\s+$",
        veto_right=r"\w+\s+of\s+(?:the\s+)?(?:game|exercise|competition|contest|quiz|puzzle|event|course|session)\b",
        label="a motive"),
    # "The firm is clearly hoping the row will blow over", "is quietly banking on"
    Cue(INTENT, "hoping banking counting betting praying".split(),
        r"(?:hoping|banking\s+on|counting\s+on|betting\s+on|praying)\b",
        left=r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?:(?:clearly|evidently|obviously|plainly|quietly|privately|secretly|"
        r"surely|desperately)\s+)+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$", strong=False, label="an inner state"),
    # "The council has its eye on the land", "has set its sights on the site"
    Cue(INTENT, ["eye", "eyes", "sights"], r"(?:eye|eyes|sights)\s+(?:firmly\s+)?(?:set\s+)?on\b",
        # (a body's designs; a person who "has set his sights on" a title states an ambition)
        left=r"\b(?:has|have|had)\s+(?:(?:long|already|clearly|now|also)\s+)*(?:(?:got|set)\s+)?(?:its|their)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$", strong=False, label="a motive"),
    # "The party chose the seat precisely because it is safe"
    Cue(INTENT, ["precisely"], r"precisely\s+because\b", veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$",
        strong=False, label="a motive"),
]

INTENT_CUES += [
    # "published the figures late on a Friday, hoping nobody would notice": a hope read into
    # an act, as an aside
    Cue(INTENT, ["hoping", "praying", "gambling", "betting", "calculating", "reckoning"],
        r"(?:hoping|praying|gambling|betting|calculating|reckoning)\s+(?:that\s+)?(?:nobody|no\s+one|few|none|people|voters|"
        r"the\s+\w+|it|they|its|their|his|her)\b[^.;:]{0,40}?\b(?:would|could|will|might)\b",
        left=r",\s*(?:(?:presumably|no\s+doubt|perhaps)\s+)?$", veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$",
        label="a motive"),
]

INTENT_CUES += [
    # "The board wanted the scandal buried before the AGM", "The developers are simply
    # after a quick profit", "in it for the money"
    Cue(INTENT, ["wanted", "wants", "want"], r"want(?:ed|s)?\s+(?:[\w'’-]+\s+){1,4}?(?:buried|hushed\s+up|kept\s+(?:quiet|secret|"
        r"under\s+wraps)|swept\s+under\s+the\s+(?:carpet|rug)|out\s+of\s+the\s+way|silenced|gagged)\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
    Cue(INTENT, ["after", "in"], r"(?:after|in\s+it\s+for)\s+(?:a\s+|the\s+)?(?:quick\s+|fast\s+|easy\s+)?(?:profit|profits|money|"
        r"buck|cash|headlines|votes|publicity|power|glory|the\s+money)\b",
        left=r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?:(?:only|simply|just|merely|really|clearly|plainly|obviously|all)\s+)+$"
        r"|\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?=in\s+it\b)",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$", label="a motive"),
]

# Conduct read as deliberate, in idiom: "is dragging its feet", "turned a blind eye to",
# "kicked the report into the long grass", "is trying to wriggle out of its promises",
# "changed his story to suit the evidence".
INTENT_CUES += [
    Cue(INTENT, "dragging dragged drag drags turned turning turns kicked kicking paid paying pays buried burying washed "
        "washing wriggle wriggling weasel weaselling worm lining lined line lines feathering feathered feather filling "
        "filled fill".split(),
        r"(?:dragging|dragged|drag|drags)\s+(?:its|their|his|her)\s+(?:heels|feet)\b|(?:turned|turning|turns)\s+a\s+blind\s+eye\b"
        r"|(?:kicked|kicking)\s+(?:[\w'’-]+\s+){1,4}?into\s+the\s+long\s+grass\b|(?:paid|paying|pays)\s+(?:only\s+)?lip\s+service\b"
        r"|(?:buried|burying)\s+(?:its|their|his|her)\s+heads?\s+in\s+the\s+sand\b|(?:washed|washing)\s+(?:its|their|his|her)\s+hands\s+of\b"
        r"|(?:wriggle|wriggling|weasel|weaselling|worm)\s+(?:its|their|his|her)?\s*(?:way\s+)?out\s+of\b"
        # self-enrichment read into conduct: "lining their own pockets", "feathering their nests",
        # "filling their boots" (a possessive misspelt "there" reads the same)
        r"|(?:lining|lined|line|lines)\s+(?:its|their|his|her|there)\s+(?:own\s+)?pockets\b"
        r"|(?:feathering|feathered|feather)\s+(?:its|their|his|her|there)\s+(?:own\s+)?nests?\b"
        r"|(?:filling|filled|fill)\s+(?:its|their|his|her|there)\s+boots\b",
        # (inside a reported fear or complaint: "held back through fear that the government was
        # dragging its feet" is the fear's content)
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:accused|accuses|accusing|denied|denies|said|says|claimed|"
        r"claims|if|whether|not)\b[^,;]*$|\b(?:fear|fears|feared|concern|concerns|worry|worries|belief|view|complaint|"
        r"complaints|accusation|accusations|suspicion|suspicions)\s+that\b[^.;:]*$|" + HEDGED, label="a motive"),
    Cue(INTENT, ["suit"], r"suit\s+(?:the|his|her|their|its)\s+(?:own\s+)?(?:evidence|agenda|purposes?|narrative|needs|interests|"
        r"story|case|argument)\b", left=r"\bto\s+$",
        veto_left=r"(?:" + _TAKES_INFINITIVE + r")|" + FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
]

INTENT_CUES += [
    # "The merger was never about saving jobs", "The row is really about money"
    Cue(INTENT, ["about"], r"about\s+(?:[a-z]+ing\b|(?:the\s+)?(?:money|power|control|profit|profits|votes|politics|land|revenge|"
        r"ego|image|headlines|cost-cutting|cutting\s+costs)\b)",
        left=r"\b(?:was|is|were|are|has\s+been|have\s+been|'s|’s)\s+(?:never|not\s+really|really|only|simply|purely|more|less)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:film|book|play|song|novel|story|series|show|exhibition|"
        r"programme|documentary|album|talk|lecture|article|question|course)\b[^.;:]*$",
        label="a motive"),
    # "Behind the new rules lies a desire to cut costs"
    Cue(INTENT, ["behind"], r"behind\s+[^.;:]{3,60}?\s+(?:lies|lay|is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:desire|wish|determination|"
        r"attempt|plan|bid|need|urge|drive|ambition|calculation|fear|motive|agenda|hope)\b",
        left=r"^\W*(?:(?:and|but|yet)\s+)?$", label="a motive"),
    # "The consultation was designed to produce the answer the council wanted"
    Cue(INTENT, "designed meant intended calculated".split(),
        r"(?:designed|meant|intended|calculated)\s+to\s+(?:produce|deliver|reach|get|give|yield|rubber-stamp|justify)\s+"
        r"(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+)?(?:answer|result|outcome|verdict|conclusion|decision)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:wanted|desired|needed|preferred|had\s+already|was\s+after|had\s+in\s+mind)\b"
        r"|(?:designed|meant|intended)\s+to\s+(?:rubber-stamp|justify|legitimise|legitimize)\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
]

INTENT_CUES += [
    # "has been quietly dumping sewage to save money": a covert act and the money it saves
    Cue(INTENT, "save make cut avoid".split(), r"(?:save|make)\s+money\b|cut\s+costs\b|avoid\s+(?:paying|fines|scrutiny|detection|tax|"
        r"the\s+cost)\b",
        left=r"\b(?:quietly|secretly|covertly|illegally|deliberately|knowingly|routinely)\s+[a-z]+(?:ed|ing)\b[^.;:]{0,60}?\bto\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED, label="a motive"),
]

# Verbs that take "X to ..." as their own complement (not a purpose): "only needed a point to
# stay up", "only allowed the children to play", "it only took two minutes to score".
_CONTROL_VERBS = alternation(
    """needed wanted allowed asked told invited encouraged persuaded forced required urged expected ordered
    helped enabled got managed learned learnt agreed decided tried attempted used had took returned
    moved went came added listened spoke talked turned referred objected appealed travelled traveled
    flew drove walked switched changed promoted relegated sentenced jailed lost won given sent admitted
    welcomed introduced happened seemed appeared began started ceased failed refused declined chose
    preferred offered promised threatened hoped planned intended meant pledged vowed waited deserved
    dared liked loved hated""".split()
)
INTENT_CUES += [
    # "The council only closed the library to free up the site", "The club only signed him to sell
    # shirts": a focus adverb on an act makes the purpose after its object the act's real motive,
    # whatever the purpose is ("only needed a point to stay up", "only opened its doors to the
    # public", "only agreed to stay" are not purposes)
    Cue(INTENT, ["only", "purely", "solely", "merely"],
        r"(?:only|purely|solely|merely)\s+(?!" + _CONTROL_VERBS + r"\b)(?-i:[a-z]{3,}(?:ed|en)|made|held|set|did|put|bought|sold|gave|"
        r"kept|paid|spent|cut|brought|sought|struck|shut|ran|let|built|fought|dug|hid|rushed)\s+"
        r"(?:(?!(?:to|and|but|because|when|after|before|is|are|was|were|be|been|has|have|had|will|would|can|could|must|"
        r"should|may|might|obliged|able|forced|allowed|required|expected|due|likely|set|about)\b)[\w'’£$€%.-]+\s+){1,6}?to\s+"
        r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|them|him|me|us|it|be\s+(?:held|told|asked|used))\b)"
        r"(?!\d)(?!(?-i:[A-Z]))(?![a-z]+[^s]s\b)[a-z]{2,}\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\b(?:not|if|the|an?|its|their|his|her|our|"
        r"was|were|is|are|been|be|have|has|had|it)\s+$",
        label="a motive"),
    # "to hit its target at any cost", "determined to win at all costs": an aim pursued regardless
    Cue(INTENT, ["cost", "costs"], r"costs?\b",
        left=r"\bat\s+(?:any|all)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^,;:]*$|" + HEDGED + r"|\b(?:avoid|avoided|avoiding|must|should|need\s+to|"
        r"needs\s+to|has\s+to|have\s+to|not|resisted|resist|prevent|prevented|stop)\b[^.;:]*$|\b(?:the|a|this|that|no)\s+"
        r"(?:[\w-]+\s+)?(?:cost|price)\b[^.;:]*$",
        label="a motive",
        precheck=lambda text, s_start, at: text[max(s_start, at - 4) : at].lower() in ("any ", "all ")),
]
