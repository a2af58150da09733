"""Cues of forecasts stated as fact (CLM003), found by construction.

A forecast is a **predictive construction about an outcome**::

    FUTURE  [adverbs]  OUTCOME

- FUTURE: "will", "won't", "is going to", "is set to", "is poised to", "is bound to",
  "is sure/certain/destined/doomed to", "is expected to", "can expect to", "is on course
  to"; the noun "will" ("the will of the people") and "would" (conditional, reported)
  are not.
- OUTCOME, any of:

  - a verb of change of state or of consequence: "rise", "fall", "double", "tumble",
    "collapse", "recover", "improve", "worsen", "disappear", "become", "turn X into Y",
    "transform", "wipe out", "destroy", "save", "cost jobs", "bring more than £60m",
    "keep falling", "continue to rise", "fall ill", "never recover";
  - a state judged or compared: "will be back to normal", "will be the worst storm",
    "will be a disaster", "will be a ghost town within two years", "will be more common",
    "will be forced to retreat", "will be priced out";
  - an impact: "will have major repercussions", "will make a difference";
  - certainty about anything: "will never", "will inevitably", "will without doubt";
  - a time horizon after the future ("within a decade", "by the end of the century",
    "for good"): plans are dated, forecasts have horizons.

Not forecasts, and kept apart by the same construction: **scheduled events** and
**announced decisions** (a verb of scheduling or doing: "will reopen on Monday", "will be
published", "will be held", "will be placed outside 20 stations from Monday", "the plant
will close next year", "the fare will rise from £19.40 to £20.10"), **promises** with a
first-person or named agent ("we will cut taxes"), conditionals ("if", "unless",
"whether") and hedged forecasts ("may", "could": the hedging rules' business).
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import FIRST_PERSON, PREDICTION
from lintnews.matching.cues import Cue, alternation

# Adverbs between the future marker and its verb, as a trie (``alternation``): ``re``
# tries one branch per first letter instead of every adverb at each position. At any
# position at most one of them can be followed by a space or comma, so the order in which
# they are tried does not change a match.
_ADVERB_WORDS = """not never also only just instantly immediately easily directly automatically inevitably certainly
undoubtedly surely ultimately eventually soon further radically fundamentally dramatically significantly profoundly
forever permanently irrevocably seriously severely greatly completely totally simply actually really largely
effectively quickly rapidly still then steadily sharply gradually slowly doubtless far vastly""".split() + [
    "all but", "no longer", "almost certainly", "in turn", "in time", "in the end", "without doubt",
    "without any doubt", "without question", "beyond doubt", "beyond question", "no doubt", "for sure",
    "for certain", "most likely", "most probably", "sooner or later", "one day", "possibly never",
    "quite possibly never"]
_ADVERBS = r"(?:" + alternation(_ADVERB_WORDS) + r"[\s,]+)*"

# Verbs of change of state, consequence or outcome (base forms).
_OUTCOME_VERBS = """rise fall increase decrease grow shrink double treble triple quadruple halve soar surge
rocket plunge plummet tumble slump crash collapse drop climb jump dip slide sink spiral balloon escalate
intensify deepen worsen deteriorate improve recover rebound revive flourish thrive prosper struggle suffer
fail succeed survive disappear vanish die decline wither fade dwindle crumble transform revolutionise
revolutionize reshape redefine upend overturn destroy devastate ruin wreck cripple doom kill spell
trigger spark fuel unleash provoke cause create save boost benefit hurt harm damage undermine
weaken strengthen overtake outstrip dominate eclipse convert usher pave wipe lose win regret backfire flop
overwhelm swamp spread engulf bankrupt starve change alter sweep triumph prevail romp trounce topple oust
slash outpace outstrip erode squeeze lengthen shorten ease tighten stretch drag flock desert shun boycott
burst implode unravel fizzle evaporate stabilise stabilize plateau normalise normalize peak""".split()
_OUTCOME = alternation(_OUTCOME_VERBS)
# Verbs that are an outcome only with what follows: "lead to", "reach a record", "force them to".
_WITH = (
    r"lead\s+to\b|result\s+in\b|(?:reach|hit|top|break|exceed|surpass|pass)\s+(?:an?\s+|the\s+)?(?:new\s+|fresh\s+)?"
    r"(?:record|all-time|peak|high|low|[£$€]|\d|(?:one|two|three|four|five|ten|a|half\s+a)\s+(?:million|billion))"
    r"|force\s+(?:[\w'’-]+\s+){1,3}?to\b|dry\s+up\b|die\s+out\b"
    r"|(?:see|experience|enjoy|feel|suffer|face)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:relief|benefits?|boom|growth|rises?|falls?|"
    r"increases?|declines?|drops?|pain|hardship|losses|cuts|shortages?|surge|slump|recovery|improvements?|difference|"
    r"change|changes|turmoil|chaos|upheaval|impacts?|effects?|consequences|fallout|pinch|squeeze|strain|brunt|cost|costs|"
    r"force|backlash)\b"
    r"|(?:bear|shoulder|take)\s+the\s+(?:full\s+)?brunt\b"
)
# What a few of them need after them to mean an outcome rather than an action.
_TURN = r"turn\s+(?:[\w'’-]+\s+){1,4}?into\b|turn\s+(?:out|around|against|sour|nasty|ugly)\b"
_BRING = (
    r"bring\s+(?:about|down|an\s+end|more|less|fewer|in\s+more|higher|lower|(?:in\s+)?(?:up\s+to\s+|more\s+than\s+|over\s+)?[£$€\d])"
    r"|bring\s+(?:(?:new|fresh|real|lasting|great)\s+)?(?:prosperity|misery|chaos|ruin|hardship|relief|disaster|new\s+life|"
    r"jobs\s+and|investment\s+and|growth\s+and)\b"
)
_PUSH = r"(?:push|drive|force)\s+(?:[\w'’-]+\s+){0,3}?(?:up|down|out|away|under|into|to\s+the\s+brink|off)\b"
# A result reached by moving people or things off, out or away (however long the object):
# "will take thousands of vans off the streets", "will drive most of the traders on the parade
# out of business", "will price first-time buyers out of the market", "will knock £20 off the
# value of", "will pull visitors away from the old town"; and a quantity added to a burden
# ("will add years to the wait", "will add £300 to bills").
_DISPLACE = (
    # (a single look ahead for "off", "out of", "to the" or "away" before the word-by-word walk)
    r"(?:drive|push|force|price|pull|lure|tempt|draw|chase|scare)\s+(?=[^.;:]{0,90}?\b(?:off|out|to|away)\s)"
    r"(?:[\w'’£$€%.,-]+\s+){1,10}?(?:off\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:roads?|streets?|market|shelves|map)|"
    r"out\s+of\s+(?:business|work|existence|(?:the|their|its)\s+(?:market|homes?|jobs?|"
    r"area|town|city|country|industry|sport|game))|to\s+the\s+(?:wall|brink)|away\s+from)\b"
    # a harm or a good done: "will do serious harm to", "won't do the town any good"
    r"|do\s+(?:[\w'’-]+\s+){0,3}?(?:damage|harm|good|havoc|disservice)\b"
)
# What an agent can also do by decision: "will take 40 buses off the road", "will knock £20 off
# the value of", "will add twenty minutes to every journey": a forecast when a thing or a
# measure is the subject, a plan when a body or a name is ("The operator will take its old
# buses off the road", "Acme will add £300 to the payment").
_REMOVE = (
    r"(?:take|put|knock|wipe|shave|slash)\s+(?=[^.;:]{0,90}?\b(?:off|out)\s)(?:[\w'’£$€%.,-]+\s+){1,10}?(?:off\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:roads?|streets?|"
    r"market|shelves|map|value|price|prices|bills?|cost|costs)|out\s+of\s+(?:business|work|existence))\b"
    r"|add\s+(?:(?:up\s+to|more\s+than|at\s+least|another|an?\s+(?:extra|further))\s+)?(?:years|months|weeks|days|hours|minutes|"
    r"[£$€]?\d[\d,.]*\S*|hundreds|thousands|millions|billions|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty|thirty|forty|fifty|several|many)\s+(?:extra\s+|more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"pounds))\b[^.;:]{0,30}?\bto\s+(?:[\w'’-]+\s+){0,3}?(?:bills?|costs?|journeys?|times?|waits?|lists?|prices?|fares?|"
    r"debts?|deficits?|commutes?|queues?|rents?|premiums?|mortgages?|budgets?)\b"
)
_AGENT_BEFORE = (
    r"\b(?:council|councils|government|ministers?|operators?|company|firm|trust|board|authority|agency|department|mayor|"
    r"owners?|club|police|service|management|landlord|developer|developers)\s+(?:(?:also|now|then|soon|eventually)\s+)?$"
    r"|(?-i:\b[A-Z][\w&'’-]*)\s+(?:(?:also|now|then|soon|eventually)\s+)?$"
)
_END = r"end\s+up\b|end\s+(?:in|with)\s+(?:failure|disaster|tears|defeat|ruin)\b"
_KEEP = (
    r"(?:keep|continue|start|begin)\s+(?:to\s+)?(?:" + alternation([v + "ing" for v in "ris fall grow climb declin soar slid sink shrink"
    .split()] + ["rising", "falling", "growing", "climbing", "declining", "soaring", "sliding", "sinking", "shrinking",
    "rise", "fall", "grow", "climb", "decline", "soar", "slide", "sink", "shrink", "improve", "improving", "worsen",
    "worsening", "increase", "increasing", "drop", "dropping"]) + r")\b"
)
_COST = r"cost\s+(?:(?:the|us|them|taxpayers|consumers|households|families|businesses|lives|jobs|dearly|billions|millions)\b)"
_BECOME = (
    r"become\s+(?!(?:the\s+)?(?:new|first|next|chief|head|chair|president|director|manager|captain|coach|leader|minister|"
    r"mayor|member|members|part|eligible|available|law|effective|operational)\b)(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?[a-z]+s?\b"
)
_GETTING = (
    r"(?:(?:keep|continue|start|begin|carry\s+on|go\s+on)\s+(?:to\s+)?)?(?:get|getting|grow|growing)\s+"
    r"(?:(?:even|much|far|a\s+lot)\s+)?(?:worse|better|more|less|(?!(?:together|over|under|after|water|paper)\b)[a-z]+er)\b"
    r"|(?:carry|go)\s+on\s+(?:rising|falling|climbing|growing|increasing|declining|shrinking)\b|drag\s+on\b"
    r"|do\s+(?:little|nothing|next\s+to\s+nothing)\s+(?:to|for)\b"
    r"|leave\s+(?:[\w'’-]+\s+){1,3}?(?:stranded|worse\s+off|out\s+of\s+pocket|without|with\s+(?:fewer|less|nothing|no|"
    r"(?:an?\s+)?(?:[\w£$€.,-]+\s+){0,2}?(?:hole|bill|debts?|shortfall|deficit|black\s+hole)))\b"
    r"|make\s+(?!up\b)(?:[\w'’-]+\s+){1,4}?(?:even\s+|much\s+|far\s+)?(?:longer|shorter|worse|better|harder|easier|cheaper|"
    r"dearer|slower|faster|riskier|safer|more\s+\w+|less\s+\w+)\b"
    r"|bring\s+(?:[\w'’-]+\s+)?(?:more|fewer|thousands|hundreds|millions)\b"
)
_FALL = r"fall\s+(?:ill|sick|apart|behind|short|silent|victim|into\s+(?:decline|disrepair|ruin|recession|debt))\b"
# A measure coming to rest or turning: "will settle by the spring", "will level off", "will
# bottom out", "will calm down", "will return to normal" (not "will settle the claim" or
# "will settle in Leeds": an act or a move)
_SETTLE = (
    r"settle\b(?=\s*(?:[.,;:!]|$|\s+(?:down|back|again|soon|by|within|until|till|before|at\s+(?:around|about|a|\d)|around|"
    r"once|over\s+time|eventually|in\s+(?:time|the\s+(?:spring|summer|autumn|winter|new\s+year)))\b))"
    r"|(?:level|flatten|even|bottom)\s+out\b|(?:level|tail|taper|drop)\s+off\b|(?:calm|cool|quieten|die)\s+down\b"
    # "Inflation will slow to 2%", "Trade will pick up again" (not "will slow traffic": an effect the
    # cues of consequence read, nor "will pick up the bill")
    r"|slow\b(?=\s*(?:[.,;:!]|$|\s+(?:to|sharply|further|markedly|again|down|by|in|next|this|over|as|once|when)\b))"
    r"|pick\s+up\b(?=\s*(?:[.,;:!]|$|\s+(?:again|soon|sharply|by|in|next|this|over|as|once|when|after)\b))"
    r"|return\s+to\s+(?:normal|growth|profit|profitability|(?:pre-[\w-]+|previous|former|earlier)\s+levels)\b"
)
_IMPACT = (
    r"have\s+(?:(?:a|an|major|significant|serious|lasting|profound|far-reaching|huge|big|massive|enormous|"
    r"dramatic|devastating|important|real|negative|positive|knock-on|long-term|grave|dire|disastrous|damaging|"
    r"severe|little|no|any|considerable|substantial|wide-ranging|global|deep)\s+)+(?:impact|impacts|effect|effects|"
    r"repercussions|consequences|implications|bearing|influence|ramifications)\b"
    r"|make\s+(?:(?:a|no|little|any|the|all\s+the|much|real|big|huge|significant|major|much\s+of\s+a)\s+)+difference\b"
    r"|go\s+(?:up|down|bust|under|bankrupt|out\s+of\s+business|the\s+way\s+of)\b|never\s+be\s+the\s+same\b"
    r"|go\s+down\s+in\s+history\b|be\s+remembered\s+as\b|pay\s+(?:the|a\s+heavy)\s+price\b|run\s+(?:out|dry)\b"
    r"|put\s+(?:[\w'’-]+\s+){1,3}?on\s+the\s+map\b|breathe\s+(?:new\s+|fresh\s+)?life\s+into\b|give\s+(?:[\w'’-]+\s+){1,3}?"
    r"a\s+new\s+lease\s+of\s+life\b|sound\s+the\s+death\s+knell\b|bring\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:its|their|his|her)\s+knees\b"
    r"|bring\s+(?:[\w'’-]+\s+){1,4}?to\s+a\s+(?:standstill|halt|close|standstill|grinding\s+halt)\b"
    r"|pay\s+for\s+itself\b|hit\s+(?:[\w'’-]+\s+){1,4}?(?:hardest|hard)\b"
    r"|come\s+back\s+to\s+(?:haunt|bite)\b|be\s+the\s+(?:making|undoing|ruin|death|end)\s+of\b"
    r"|open\s+the\s+(?:floodgates|door\s+to\s+(?:more|further|similar|a\s+(?:wave|flood|rush)))\b"
    r"|inherit\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:mess|crisis|disaster|poisoned\s+chalice|black\s+hole|shambles|headache|"
    r"nightmare|basket\s+case)\b"
    r"|(?:mean|suppose|entail|represent|signify)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:change|changes|revolution|end|"
    r"loss|losses|cuts|disaster|crisis|blow|hardship|chaos|upheaval|transformation|improvement|catastrophe|ruin)\b"
    r"|(?:stay|remain)\s+(?:(?:stubbornly|painfully|far\s+too|too|very)\s+)?(?:high|low|elevated|expensive|cheap|"
    r"unaffordable|out\s+of\s+reach|scarce|tight|depressed|subdued|weak|strong|empty|derelict)\b"
    r"|(?:raise|cost|bring\s+in|earn|save|make|generate|collect|attract|fetch|create)\s+(?:far\s+|much\s+|a\s+lot\s+|"
    r"significantly\s+|considerably\s+)?(?:less|more|fewer)\s+than\b"
    r"|kill\s+off\b|finish\s+off\b|tear\s+(?:[\w'’-]+\s+){1,3}?apart\b|change\s+(?:[\w'’-]+\s+){1,3}?(?:forever|for\s+good)\b"
)

# Verbs of scheduling and of doing what was decided: with them "will" is a timetable or an
# announcement ("will open", "will be published", "will be charged").
_SCHEDULED = (
    r"(?:open|reopen|close|start|begin|resume|hold|meet|sit|publish|announce|launch|unveil|visit|travel|play|face|"
    r"host|hear|rule|decide|vote|take\s+place|go\s+on\s+sale|come\s+into\s+(?:force|effect)|run|serve|review|consider|"
    r"discuss|report|present|attend|appear|speak|testify|give|stand|retire|step|move|join|sign|pay|charge|apply|"
    r"operate|stop|call|return\s+(?:home|to\s+(?:work|school|the\s+(?:pitch|field|stage|court)))|continue\s+(?:to\s+(?:operate|run|serve)|until)"
    r"|remain\s+(?:open|closed|in\s+(?:place|force|custody|post|office))|be\s+(?:(?:[a-z]+ed|[a-z]+en|held|built|paid|run|set|"
    r"shut|sent|shown|sold|put|read|made|laid|led|kept|told|given|taken|seen|known|done|sworn|brought|cut|hit)\b(?<!\brated)(?<!\bgraded)(?<!\bjudged)(?<!\bforced)(?<!\bpriced)(?<!\bwiped)(?<!\brelegated)(?<!\beliminated)(?<!\bbankrupted)"
    r"(?<!\bdestroyed)(?<!\bruined)(?<!\bdevastated)(?<!\boverwhelmed)(?<!\bswamped)(?<!\bcrippled)(?<!\bdoomed)"
    r"(?<!\bforgotten)(?<!\bremembered)(?<!\babandoned)(?<!\blost)|available|open|closed|free|able|eligible|required|"
    r"responsible|entitled|(?:on|at|in|from|until|between|there|here)\b|\d))\b"
)
# The same verbs of scheduling, without the passives (a plain forecast may be passive:
# "will be extended to other towns").
_SCHEDULED_ACTIVE = (
    r"(?:open|reopen|close|start|begin|resume|hold|meet|sit|publish|announce|launch|unveil|visit|travel|play|face|"
    r"host|hear|rule|decide|vote|take\s+place|go\s+on\s+sale|come\s+into\s+(?:force|effect)|run|serve|review|consider|"
    r"discuss|report|present|attend|appear|speak|testify|give|stand|retire|step|move|join|sign|pay|charge|apply|"
    r"operate|stop|call|return\s+(?:home|to\s+(?:work|school|the\s+(?:pitch|field|stage|court)))|continue\s+(?:to\s+(?:operate|run|serve)|until)"
    r")"
)
# A dated tariff or target ("will rise from £19.40 to £20.10", "will rise to £3 in April"):
# an announced change, not a forecast.
_DATED_CHANGE = (
    # a change with both its ends ("will rise by 4.99%, from £1,870 to £1,963", "will rise
    # to 9.2p a share from 8p") is a decision already taken, as is one with its date
    r"(?:[^.;:]|\.(?=\d)){0,40}?\b(?:from\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d|"
    r"to\s+[£$€]?\d[\d,.]*\S*(?:\s+[a-z]+){0,3}?,?\s+from\s+[£$€]?\d|"
    r"to\s+[£$€]?\d[\d,.]*\S*\s+(?:on|from|in|at)\s+(?:\d|(?-i:[A-Z])|the\s+start|next\s+(?:week|month|season|year)))"
)
# A change or loss set out in a plan ("will lose its maternity unit under the plans", "will
# rise to £6.20 under the new tariff"): a decision reported, not the writer's forecast.
_UNDER_PLAN = (
    # (not a judged state: "families will be worse off under the reforms" is a forecast)
    r"(?!(?:be|become|end\s+up|suffer|struggle|lose\s+out|feel|look)\b)(?:[^.;:]|\.(?=\d)){0,80}?\bunder\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?:new|latest|draft|revised|proposed|agreed|"
    r"council['’]s|government['’]s|board['’]s|trust['’]s|company['’]s|firm['’]s|\w+['’]s)\s+)*(?:plans?|proposals?|"
    r"deal|scheme|agreement|changes|reforms?|contract|rules|budget|tariff|settlement|timetable|restructuring|"
    r"shake-up|shakeup|cuts|review|arrangements?|terms)\b"
)
# A time horizon: forecasts reach into the future, timetables name a date.
_HORIZON = (
    r"[^.;:]{0,60}?\b(?:within\s+(?:(?:a|an|the\s+next|two|three|four|five|six|ten|twenty|\d+|a\s+few|several)\s+)?"
    r"(?:years?|decades?|generation|months|weeks|century)|by\s+(?:the\s+end\s+of\s+the\s+(?:century|decade)|(?:20[3-9]\d|21\d\d))|"
    r"before\s+the\s+end\s+of\s+the\s+(?:century|decade)|for\s+good|for\s+years\s+to\s+come|for\s+a\s+generation|"
    r"in\s+the\s+long\s+(?:run|term)|sooner\s+or\s+later)\b"
)
_HORIZON_AT = (
    r"(?:within\s+(?:(?:a|an|the\s+next|two|three|four|five|six|ten|twenty|\d+|a\s+few|several)\s+)?"
    r"(?:years?|decades?|generation|months|weeks|century)|by\s+(?:the\s+end\s+of\s+the\s+(?:century|decade)|(?:20[3-9]\d|21\d\d))|"
    r"before\s+the\s+end\s+of\s+the\s+(?:century|decade)|before\s+long|for\s+good|for\s+years\s+to\s+come|for\s+a\s+generation|"
    r"in\s+the\s+long\s+(?:run|term)|sooner\s+or\s+later)\b"
)
# Complements of "will be" that judge or compare a future state.
_STATE = (
    r"(?:be|become|remain|stay|prove(?:\s+to\s+be)?|look|seem|feel)\s+(?:(?:even|much|far|a\s+lot|all\s+the|ever|increasingly|"
    r"(?:each|every)\s+(?:year|decade|winter|summer|season)|year\s+(?:after|on|by)\s+year|"
    r"very|too|so|more|less|far\s+more|much\s+more|only|simply|completely|totally|utterly|entirely)\s+)*"
    r"(?:(?<=\bmore\s)[a-z]{2,}(?:ful|ous|ive|ent|ant|able|ible|al|ic|ult|ere|ure|ate)\b|(?:back|over|gone|finished|doomed|unrecognisable|unrecognizable|impossible|inevitable|unaffordable|"
    r"unsustainable|unstoppable|irreversible|obsolete|extinct|bankrupt|worthless|pointless|futile|disastrous|"
    r"catastrophic|devastating|historic|common|commonplace|rare|normal|widespread|routine|vital|crucial|decisive|"
    r"safe|safer|unsafe|dangerous|worse|better|[a-z]{3,}ier|(?!(?:the|a|an|on|in|at|over|under|after|never|ever|other|"
    r"either|whether|together|number|order|paper|water|member|summer|winter|september|october|november|december|"
    r"hour|power|offer|letter|manager|chapter|quarter|officer|further|minister|register|leader|player|per|her|their|"
    r"our|your|after|later|later)\b)[a-z]{3,}er\b)\b|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:disaster|catastrophe|"
    r"triumph|success|failure|fiasco|debacle|shambles|turning\s+point|game[- ]?changer|watershed|death\s+knell|"
    r"thing\s+of\s+the\s+past|end\s+of|beginning\s+of|wasteland|desert|ghost\s+town|relic|victims?|winners?|"
    r"losers?|casualty|casualties|biggest|largest|worst|best|greatest|highest|lowest)\b"
    r"|(?:the|a|an)\s+[\w'’-]+est\b|the\s+most\s+\w+"
    r"|the\s+(?:first|last|only)\s+(?:[\w'’-]+\s+){0,3}?(?:in\s+(?:the\s+)?(?:world|country|europe|history|(?-i:[A-Z])[\w-]+)|ever)\b|(?:forced|priced\s+out|wiped\s+out|left\s+(?:behind|without|with\s+nothing)|"
    r"destroyed|ruined|devastated|overwhelmed|swamped|crippled|forgotten|remembered|abandoned|lost|doomed|"
    r"relegated(?!\s+to\s+(?:the\s+)?(?:bench|reserves|substitutes|second\s+team|sidelines|back\s+pages?))|eliminated|bankrupted|"
    r"hit\s+(?:hard|hardest)|hardest\s+hit)\b)"
)
_PREDICATE = (
    r"(?:" + _IMPACT + r"|" + _DISPLACE + r"|" + _BECOME + r"|" + _GETTING + r"|" + _TURN + r"|" + _BRING + r"|" + _PUSH + r"|" + _END + r"|" + _KEEP + r"|" + _COST + r"|"
    + _FALL + r"|" + _SETTLE + r"|" + _WITH + r"|" + _STATE + r"|(?!fall\s+(?:on|in|to)\b|lose\s+(?:their|his|her|its|our)\s+(?:jobs?|homes?|seats?)\b)"
    + _OUTCOME + r"(?:s|ed)?\b(?!\s+(?:of|by\s+the)\b))"
)
# A price a body sets, as the subject: "the daily charge will rise by a third" announces a
# tariff ("prices will rise" is a forecast: nobody sets them).
_SET_PRICE = (
    r"\b(?:charges?|fees?|fares?|tolls?|levy|levies|tariffs?|subscriptions?|premiums?|council\s+tax|parking|"
    r"admission|licence|license|rates\s+for\s+\w+)\s+(?:(?:for|at|on)\s+(?:[\w'’-]+\s+){1,3}?)?$"
)
# The noun "will", and conditions that make the future a hypothesis.
_NOT_FUTURE = (
    r"\b(?:the|his|her|their|its|our|my|your|free|political|good|ill|own|living|last|popular|general|people['’]s)\s+$"
)
_NOT_ASSERTED = (
    r"\bwhether\b[^.;:]*$|\b(?:if|unless|when|until|once|in\s+case|so\s+that|as\s+soon\s+as)\b[^,;:]*$|\b(?:i|we)\s+$|\bwe\s+(?:\w+\s+)?$"
    r"|^\W*(?:if|unless|should|were|had)\b[^;:]*$|\b(?:we|i)['’](?:re|m|ll|d)\s+$"
)
# The same conditions, read in a window that runs past "will" up to a horizon.
_NOT_ASSERTED_BEFORE_WILL = (
    r"\bwhether\b[^.;:]*\bwill\b[^.;:]*$|\b(?:if|unless|when|until|once|in\s+case|so\s+that|as\s+soon\s+as)\b[^,;:]*\bwill\b[^.;:]*$"
    r"|\b(?:i|we)\s+will\b[^.;:]*$|^\W*(?:if|unless|should|were|had)\b[^;:]*$|\b(?:we|i)['’]ll\b[^.;:]*$"
)
_CERTAIN = r"(?:never|inevitably|certainly|undoubtedly|surely|without\s+(?:any\s+)?doubt|almost\s+certainly|doubtless)"

# A plain forecast: "X will <verb>" in the writer's voice with no outcome word the cues
# above know ("The new line will cut journey times", "The scheme will be extended to other
# towns", "The closures will follow within months"). What keeps a timetable apart: a verb
# of scheduling (above), a passive of an official act ("will be held", "will be buried",
# "will be sentenced"), and a clock or calendar date anywhere after the verb ("on
# Tuesday", "at 10am", "on 14 May", "from 1 April", "this weekend", "tomorrow").
_TIMETABLE = (
    r"[^.;:]*?\b(?:(?:on|from|until|till|by|before|after|at|between|for|starting|next|this|last|from\s+next)\s+"
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)|(?:on|from|until|by|before|after)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d\d\b|\b(?:today|tonight|tomorrow|this\s+(?:weekend|"
    r"morning|afternoon|evening|week)|later\s+(?:today|this\s+(?:week|month))|next\s+(?:week|weekend)|in\s+(?:the\s+)?"
    r"(?:morning|afternoon|evening)|on\s+(?:the\s+)?(?:day|night|weekend))\b)"
)
# Who or what a forecast is about: the people and measures an outcome falls on (with the
# harms and troubles an outcome may be: "will end flooding", "will bring more delays").
# Both lists are tries (``alternation``); a noun that is a word-prefix of another ("town",
# "town centre") is tried after it, as in the flat list this replaces, so a match ends
# where it did.
_AFFECTED_MODIFIERS = """the a an their its his her our many more fewer less most some all poorer poorest richer
richest ordinary local young older rural small smaller low-paid hard-pressed working""".split()
_AFFECTED_NOUNS = """people residents families households consumers customers shoppers passengers commuters drivers
motorists travellers tenants homeowners renters buyers borrowers savers patients pupils students parents children
workers employees farmers businesses firms shops traders retailers taxpayers voters users smokers drinkers
pensioners poor poorest survivors victims jobs lives livelihoods prices bills costs fares rents wages incomes
profits sales demand demands growth economy industry trade market markets confidence trust opinion morale pressure
queues congestion traffic pollution emissions crime thousands millions hundreds dozens communities neighbourhoods
services budget budgets finances border flooding floods drought droughts deaths injuries accidents outages delays
shortages closures losses redundancies layoffs lay-offs strikes protests unrest violence disruption damage
hardship poverty hunger debt debts evictions homelessness infections illness illnesses disease diseases
bankruptcy bankruptcies harm havoc misery ruin chaos gridlock overcrowding nhs town city region country area island islands village
sector club league""".split() + [
    "journey times", "waiting times", "waiting lists", "tens of thousands", "high street", "high streets",
    "town centre", "town centres", "health service"]
_AFFECTED_THE = ["high street", "high streets", "border", "nhs", "health service", "town", "city", "region",
                 "country", "area", "island", "islands", "village", "sector", "club", "league"]
_AFFECTED = (
    r"(?:" + alternation(_AFFECTED_MODIFIERS) + r"\s+)*"
    r"(?:" + alternation(_AFFECTED_NOUNS + ["the " + noun for noun in _AFFECTED_THE]) + r"|\d[\d.,]*%\s+of)\b"
)
# Spreading to others: "will be extended to other towns", "will be rolled out across the region".
_SPREAD = (
    r"(?:be\s+)?(?:copied|adopted|imitated|replicated)\s+(?:by|across|elsewhere)\b|"
    r"(?:be\s+)?(?:extended|rolled\s+out|expanded|copied|replicated|spread|adopted|introduced|imitated|followed)\s+"
    r"(?:to|across|in|into|by|throughout|around)\s+(?:(?:the\s+)?(?:other|more|every|all|rest|neighbouring|further|"
    r"many|most|similar|whole)|elsewhere|nationwide)\b|(?:spread|catch\s+on|take\s+off)\s+(?:to|across|elsewhere|nationwide)\b"
)
# A report or belief before "will": "the company said it will", "It is unclear whether ... will".
_REPORTED_BEFORE = (
    r"\b(?:who|which|that|what|where|how|whether|when|if|so|and\s+(?:who|which))\s+(?:[\w'’-]+\s+){0,4}?$"
    r"|\b(?:you|i|we|they)\s+$"
    r"|\b(?:say|says|said|believe|believes|believed|think|thinks|thought|expect|expects|expected|hope|hopes|"
    r"hoped|fear|fears|feared|predict|predicts|predicted|warn|warns|warned|insist|insists|insisted|claim|claims|"
    r"claimed|promise|promises|promised|pledge|pledged|vow|vowed|confirm|confirmed|announce|announced|know|knows|"
    r"knew|sure|certain|unclear|clear|doubt|doubts|unknown|decide|decided|determine)\b[^.;:]*$"
)
# Verbs that, after "will", tell what someone will do in an event, say or decide (an
# account of a plan or a procedure, not a forecast), and passives of official acts.
_PROCEDURE = (
    r"(?:be\s+)?(?:[a-z]+\s+)?(?:held|buried|cremated|sentenced|tried|charged|questioned|interviewed|asked|"
    r"invited|told|given|sent|posted|emailed|mailed|shown|played|broadcast|screened|staged|performed|streamed|televised|aired|published|"
    r"released|announced|unveiled|launched|opened|closed|named|chosen|elected|appointed|sworn|judged|decided|"
    r"heard|debated|discussed|considered|examined|reviewed|assessed|inspected|tested|checked|monitored|"
    r"replaced|repaired|renovated|restored|demolished|rebuilt|built|completed|finished|delivered|paid|"
    r"refunded|compensated|consulted|informed|notified|contacted|available|joined|accompanied|led|chaired|"
    # an arrangement for those affected: "staff will be offered other jobs", "tenants will be rehoused"
    r"offered|redeployed|rehoused|relocated|transferred|reimbursed|supported|helped|assisted|provided|"
    r"hosted|attended|represented|signed|sold|auctioned|displayed|exhibited|donated|returned|kept|based|"
    r"housed|located|used|needed|required|made\s+(?:available|public|permanent)|there|here|able|unable|"
    r"eligible|free|welcome|responsible|in\s+charge|on\s+(?:show|display|sale|duty|hand|air)|at|in|on)\b"
    r"|(?:say|tell|ask|answer|explain|describe|outline|set\s+out|talk|speak|address|write|sing|perform|star|"
    r"promise|pledge|argue|claim|urge|insist|propose|demand|campaign|lobby|seek|offer|devote|spend|allocate|split|divide|"
    r"enable|allow|permit|let|entitle|require|oblige|"
    r"direct|present|compete|race|run|sail|fly|walk|miss|cycle|swim|go|come|arrive|leave|depart|head|return|"
    r"stay|live|work|train|study|teach|receive|get|take|make|give|bring|send|carry|wear|use|include|feature|"
    r"contain|show|list|cover|mark|celebrate|commemorate|honour|remember|be\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:first|second|third|last|final|next|guest|host|venue|home|subject|focus|theme|topic|chair|head|"
    r"captain|coach|manager|leader|director|judge|witness|speaker|star|lead|presenter|winner|recipient))\b"
)

# A move stated as settled: "The show will transfer to the West End", "The firm will relocate
# to Leeds", "The two trusts will merge with ...", "The hall will be turned into flats". It
# reads as a plan when a named source has announced it (CLM003 looks back through the story
# for one on the same topic: :data:`PLAN_LABEL`), and as the writer's forecast when nobody
# has; a clock or calendar date keeps it a timetable either way.
PLAN_LABEL = "a move stated as settled"
_MOVE = (
    r"(?:transfer|relocate|move|expand|switch|defect|emigrate)\s+(?:(?:its|their|his|her)\s+[\w'’-]+\s+)?(?:to|into|abroad|overseas)\b"
    r"|merge\s+(?:with|into)\b|tour\s+(?:the\s+)?(?-i:[A-Z])|float\s+on\b|list\s+(?:its\s+shares\s+)?on\b"
    r"|be\s+(?:sold|transferred|moved|relocated)\s+(?:off\s+)?to\b|be\s+(?:taken\s+over|bought|acquired)\s+by\b"
    r"|be\s+(?:turned|converted|made|adapted|developed|split)\s+into\b|be\s+adapted\s+for\b|be\s+remade\b"
)

PREDICTION_CUES = [
    # "Rovers start the season as favourites for the title", "United are favourites to win the
    # league": a forecast of who will win (the bookmakers' odds name their source)
    # (a contest's outcome: not the front-runner for a post, "favourite to take over")
    Cue(PREDICTION, ["favourites", "favorites", "favourite", "favorite"],
        r"favou?rites?\s+(?:to\s+(?:win|lift|claim|retain|finish|top|go\s+(?:up|down|through|straight)|be\s+(?:promoted|relegated|crowned)|"
        r"reach|make|qualify|regain)|for\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?(?:title|cup|league|championship|crown|trophy|"
        r"medal|gold|promotion|relegation|prize|race|award|pennant|flag|final|election|seat))\b",
        left=r"\b(?:as|are|is|were|was|remain|remains|start|starts|go|goes)\s+(?:(?:the|clear|firm|strong|hot|heavy|"
        r"overwhelming|red-hot|early|big|odds-on|outright)\s+)*$",
        veto_left=_NOT_ASSERTED + "|" + FIRST_PERSON + r"|\b(?:bookmakers|bookies|odds|betting|tipped)\b[^.;]*$",
        veto_right=r"\w+\s+(?:to|for)\s+[^.;:]*?\b(?:bookmakers|bookies|odds|betting)\b", strong=False, label="a forecast"),
    Cue(PREDICTION, ["will"], r"will\s+(?:(?:also|then|eventually|soon|now)\s+)?(?:" + _MOVE + r")",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE,
        veto_right=r"will\s+" + _TIMETABLE, strong=False, label=PLAN_LABEL),
    # "Fewer families will be able to afford a holiday", "More shops will close": a forecast of
    # how many (the quantity is the outcome)
    Cue(PREDICTION, ["fewer", "more"], r"(?:fewer|more)\s+(?:and\s+(?:fewer|more)\s+)?(?:[\w'’-]+\s+){0,2}?[a-z]+(?:s|people|men|women)\s+"
        r"will\s+(?!be\s+(?:held|invited|asked|told|given|shown|sent|named)\b)[a-z]+",
        left=r"(?:^\W*|[,;:]\s*|\b(?:and|but|so|that|as)\s+)(?:(?:far|many|even|ever|still|much)\s+)?$",
        veto_left=_NOT_ASSERTED, veto_right=r"(?:fewer|more)\s+[^.;:]*?\bwill\s+" + _TIMETABLE, strong=False, label="a forecast"),
    # "Nobody will remember the row", "No one will ever use the bridge": a universal forecast
    Cue(PREDICTION, ["nobody", "no"], r"(?:nobody|no\s+one)\s+will\s+(?:ever\s+|really\s+|seriously\s+)?(?!be\s+(?:allowed|able|"
        r"charged|admitted|named|told)\b)[a-z]+",
        veto_left=_NOT_ASSERTED + r"|\b(?:that|hope|hoping|hoped|hopes|pray|praying|wish|wishing)\s+$", label="a forecast stated as certain"),
    # certainty about the future: "will never recover", "will inevitably close", "will without any doubt be"
    Cue(PREDICTION, ["will"], r"will[\s,]+" + _CERTAIN + r"\b[\s,]+(?:[\w'’-]+\s+){0,2}?\w+",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED, label="a forecast stated as certain"),
    Cue(PREDICTION, ["won't", "won’t"], r"won['’]t\s+(?:ever\s+|" + _ADVERBS + r")" + _PREDICATE,
        veto_left=_NOT_ASSERTED, label="a forecast"),
    # "will rise", "will be back to normal", "will turn the club into contenders"
    Cue(PREDICTION, ["will"], r"will\s+(?!" + _ADVERBS + _SCHEDULED + r")" + _ADVERBS + _PREDICATE,
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + _SET_PRICE,
        veto_right=r"will\s+" + _ADVERBS + r"(?:" + _DATED_CHANGE + r"|" + _UNDER_PLAN
        + r"|(?:rise|increase|fall|go\s+up|grow)\s+in\s+line\s+with)",
        strong=False, label="a forecast"),
    # a plain forecast in the writer's voice: a consequence for an affected party or measure
    # ("The new line will cut journey times for thousands", "The ban will drive smokers
    # across the border", "The tax will hit the poorest households hardest"), or a spread
    # to others ("The scheme will be extended to other towns")
    Cue(PREDICTION, ["will", "won't", "won’t"],
        r"(?:will|won['’]t)\s+(?!" + _ADVERBS + r"(?:" + _SCHEDULED_ACTIVE + r"|" + _PROCEDURE + r"))" + _ADVERBS
        # (the verb, not a subject put after "will" in a verb-second order: "Eventually will the
        # staff be moved", translated from Danish, German or Dutch)
        + r"(?:(?:be\s+|have\s+|get\s+)?(?!(?:the|its|their|his|her|our|this|these|those|all|many|some|most|both|any)\b)"
        r"[a-z]{3,}\b(?:\s+(?!(?:and|or|but|while|which|who|if|when|as)\b)[\w'’-]+){0,4}?\s+"
        + r"(?<!\bto\s)" + _AFFECTED + r"|" + _SPREAD + r")",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + _SET_PRICE + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE,
        veto_right=r"(?:will|won['’]t)\s+(?:" + _TIMETABLE + r"|" + _UNDER_PLAN + r")", strong=False, label="a forecast"),
    # a price's effect on people: "The higher fares will drive commuters off the trains", "The
    # new tariff will push patients away", "will price small firms out": a plural or people
    # moved off (a price is a set figure only in its own change)
    Cue(PREDICTION, ["will"],
        r"will\s+" + _ADVERBS + r"(?:(?:drive|push|force|price|scare|frighten|put|turn|chase)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:[a-z][\w'’-]*(?<!ss)s|people|them)\s+"
        r"(?:away|off|out|elsewhere)\b|" + _DISPLACE + r"|" + _REMOVE + r")",
        left=_SET_PRICE, veto_left=_NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE,
        veto_right=r"will\s+" + _TIMETABLE, strong=False, label="a forecast"),
    # "Outages like this will keep happening", "Prices will go on rising": a forecast that
    # something will last, unless a timetable says when
    Cue(PREDICTION, ["will", "won't", "won’t"],
        r"(?:will|won['’]t)\s+" + _ADVERBS + r"(?:keep|go\s+on|carry\s+on)\s+(?:on\s+)?[a-z]+ing\b"
        r"(?!\s+(?:the|a|an|his|her|their|its|our|my|your|this|that)\b)",  # (not "will keep running the shop": a plan)
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE,
        # (nor a business carrying on its own work: "The other branches will keep trading",
        # "The ferries will carry on sailing while the pier is rebuilt": an arrangement)
        veto_right=r"(?:will|won['’]t)\s+(?:" + _TIMETABLE + r"|" + _ADVERBS + r"(?:keep|go\s+on|carry\s+on)\s+(?:on\s+)?"
        r"(?:trading|operating|running|working|serving|selling|sailing|flying|producing|manufacturing|broadcasting|"
        r"printing|publishing|opening|teaching|treating|admitting|accepting|taking\s+(?:bookings|orders|calls)|paying|"
        r"employing|playing|performing|training|farming|fishing|brewing|baking|delivering|collecting|stocking|"
        r"supplying|recruiting|hiring|lending|offering|providing|functioning)\b)", strong=False, label="a forecast"),
    # "will have to back down": a forecast that someone is forced to concede
    Cue(PREDICTION, ["will", "won't", "won’t"], r"(?:will|won['’]t)\s+" + _ADVERBS + r"(?:have|need)\s+to\s+(?:yield|give\s+(?:in|way|up)|"
        r"back\s+down|climb\s+down|retreat|resign|quit|step\s+down|bow\s+to|cave\s+in|concede|accept\s+defeat|abandon|rethink|"
        r"u-turn|make\s+(?:a\s+)?(?:cuts|concessions?)|raise\s+taxes|sell\s+up|close\s+down|admit\s+defeat|think\s+again)\b",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED, label="a forecast"),
    # the strong forms: an impact, or a sweeping outcome ("will transform", "will wipe out")
    Cue(PREDICTION, ["will"], r"will\s+" + _ADVERBS + r"(?:" + _IMPACT + r"|" + _TURN + r"|(?:transform|revolutioni[sz]e|reshape|"
        r"redefine|upend|wipe\s+out|destroy|devastate|ruin|wreck|cripple|doom|decimate|spell\s+the\s+end)\b)",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED,
        # (a change with both its ends or its date is a decision: "will go up from £18 to £24";
        # so is one set out in a plan: "will lose its Sunday opening under the proposals")
        veto_right=r"will\s+" + _ADVERBS + r"(?:" + _DATED_CHANGE + r"|" + _UNDER_PLAN + r")", label="a forecast"),
    # "There will be no fish left in the bay", "there will soon be nothing left": a forecast
    # of an end ("There will be no service on Sunday" is a timetable)
    Cue(PREDICTION, ["there"], r"there\s+will\s+(?:soon\s+|eventually\s+|then\s+)?be\s+(?:no|nothing|none|little)\b"
        r"[^.;:]{0,50}?\b(?:left|remaining)\b",
        veto_left=_NOT_ASSERTED, label="a forecast"),
    # "such disasters will only multiply", "the queues will only get longer": a trend said to be sure
    Cue(PREDICTION, ["will"], r"will\s+only\s+(?:get\s+(?:worse|better|harder|tougher|longer|bigger|more\s+\w+)|multiply|grow|"
        r"increase|rise|worsen|deepen|intensify|escalate|spread|accelerate|mount|lengthen|shrink|fall|decline)\b",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED, label="a forecast"),
    # "will be a ghost town within two years": any future with a horizon, unless scheduled
    # (found at the horizon, far rarer than "will", with the future before it)
    Cue(PREDICTION, ["within", "by", "before", "for", "in", "sooner"], _HORIZON_AT,
        left=r"\bwill\s+(?!" + _ADVERBS + _SCHEDULED + r")" + _ADVERBS + r"\w+[^.;:]{0,60}?$",
        veto_left=r"\b(?:the|his|her|their|its|our|my|your|free|political|good|ill|own|living|last|popular|general)\s+will\b|"
        + _NOT_ASSERTED_BEFORE_WILL, strong=False, label="a forecast",
        precheck=lambda text, s_start, at: "will " in text[max(s_start, at - 90) : at].lower()),
    Cue(PREDICTION, ["going"], r"going\s+to\s+" + _ADVERBS + _PREDICATE,
        left=r"(?:\b(?:is|are|isn't|aren't|not|was|were)\s+|['’](?:s|re)\s+)(?:(?:only|just|also|never|really|surely|certainly)\s+)?$",
        veto_left=_NOT_ASSERTED, strong=False, label="a forecast"),
    # "are set to drop a further 5%", "is poised to overtake", "is on course to double"
    Cue(PREDICTION, ["set", "poised", "course", "track"],
        r"(?:set|poised|(?:on\s+)?(?:course|track))\s+to\s+" + _ADVERBS + r"(?!(?:be\s+)?(?:[a-z]+ed|held|shown|run|built|paid)\b)" + _PREDICATE,
        left=r"\b(?:is|are|was|were|now|looks|look|seems|seem|appears|appear|'s|’s|'re|’re)\s+(?:(?:now|also|still|on)\s+)?$",
        veto_right=r"(?:set|poised)\s+to\s+(?:(?:replace|succeed|join|lead|become)\s+(?:the\s+)?(?-i:[A-Z])|"
        r"(?:win|earn|collect|make|get)\s+(?:his|her|their)\s+[\w-]+\s+(?:cap|appearance|start))", label="a forecast"),
    Cue(PREDICTION, "bound certain sure destined doomed guaranteed".split(),
        r"(?:bound|certain|sure|destined|doomed|guaranteed)\s+to\s+\w+",
        left=r"\b(?:is|are|was|were|be|been|seems?|looks?|'s|’s|'re|’re)\s+(?:(?:almost|now|also|surely)\s+)?$",
        veto_left=FIRST_PERSON + r"|\bmake\s+$|\bnot\s+$|\b(?:would|could|might)\s+be\s+$",
        veto_right=r"\w+\s+to\s+(?:say|ask|mention|point|note|be\s+(?:held|published|asked|questioned))\b", label="a forecast stated as certain"),
    # "Shoppers can expect to pay more", "Inflation is expected to fall"
    Cue(PREDICTION, ["expect", "expected"], r"expect(?:ed)?\s+(?:to\s+)?" + _ADVERBS
        + r"(?:pay|see|face|wait|get|lose|save|spend|find)\s+(?:[\w'’-]+\s+){0,3}?(?:more|less|higher|lower|longer|fewer|bigger|"
        r"[£$€\d])|expect(?:ed)?\s+to\s+" + _ADVERBS + r"(?!(?:be\s+)?(?:[a-z]+ed|held|shown|run|built|paid)\b)" + _PREDICATE,
        left=r"\b(?:can|could|should|will|may|might|are|is|was|were|be)\s+(?:(?:now|also|still|widely|generally)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could)\s+$", label="a forecast"),
]

# Forecasts worded as a threat, a risk, a stake or an impossibility: "The dispute threatens to
# bring the buses to a standstill", "The stadium risks becoming a white elephant", "Landlords
# stand to make millions", "The post office cannot survive another winter".
_STAKE = (
    r"(?:gain|lose|make|pocket|earn|reap|profit|benefit|save|win|rake\s+in|cash\s+in|miss\s+out|be\s+(?:hit|hardest\s+hit|"
    r"worst\s+affected|left\s+out\s+of\s+pocket|out\s+of\s+pocket|worse\s+off|better\s+off))\b"
)
_RISK_GERUNDS = (
    r"(?:becoming|being|turning|losing|falling|sliding|slipping|collapsing|closing|failing|going|ending|running|leaving|"
    r"driving|pushing|pricing|alienating|undermining|damaging|wrecking|repeating|deepening|worsening|fuelling|fueling|"
    r"triggering|sparking|making|creating|costing|squandering|wasting|missing|throwing|killing|destroying|doing|"
    r"reigniting|inflaming|derailing|jeopardising|jeopardizing|eroding|stoking)\b"
)
PREDICTION_CUES += [
    # a thing, a row or a plan that "threatens to": what it is about to do, as fact (a person
    # or a body that "threatens to" strike or sue is making a threat: not a forecast)
    Cue(PREDICTION, ["threatens", "threaten", "threatening"],
        r"(?:threatens|threaten|threatening)\s+to\s+" + _ADVERBS + r"(?:" + _PREDICATE + r"|overshadow|derail|engulf|"
        r"unravel|paralyse|paralyze|cripple|swamp|overwhelm|eclipse|wreck|scupper|sink|split|divide|tear)",
        left=r"(?:^\W*|\b(?:now|also|still|further)\s+|\b(?:and|which|that)\s+)?$|(?:^|\s)(?:the|a|an|this|its|their)\s+"
        r"(?:[\w'’-]+\s+){0,5}?(?:now\s+|also\s+|still\s+)?$|\b(?:is|are)\s+(?:now\s+)?$",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:union|unions|workers|staff|members|drivers|nurses|doctors|"
        r"teachers|he|she|they|it|residents|tenants|campaigners|protesters|landlord|owners|government|council|minister|"
        r"ministers|company|firm|club|board|party)\s+(?:(?:now|also|has|have|had)\s+)?$|(?-i:\b[A-Z][a-z]+)\s+$",
        veto_right=r"\w+\s+to\s+(?:strike|resign|quit|sue|walk\s+out|leave|boycott|take\s+legal\s+action)\b",
        strong=False, label="a forecast"),
    # "The stadium risks becoming a white elephant", "Patients risk losing their place"
    Cue(PREDICTION, ["risks", "risk"], r"risks?\s+" + _ADVERBS + _RISK_GERUNDS,
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:the|a|an|its|their|his|her|our|of|no|any|high|low|serious|real|"
        r"big|bigger|biggest|greater|such|these|those|and|or|to|with|without|potential|health|security|fire|flood|at|"
        r"minimal|little|would|could|might|may|will|can|not|you|we|i|who|that|which)\s+$|\b(?:who|anyone|anybody|those)\b[^.;:]*$",
        strong=False, label="a forecast"),
    # "Landlords stand to make millions", "Pensioners stand to lose out"
    Cue(PREDICTION, ["stand", "stands"], r"stands?\s+to\s+" + _ADVERBS + _STAKE,
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:would|could|might|may|to|who|that|which)\s+$",
        strong=False, label="a forecast"),
    # "The post office cannot survive another winter", "The club can no longer compete"
    Cue(PREDICTION, ["cannot", "can't", "can’t", "can"],
        r"(?:cannot|can['’]t|can\s+no\s+longer)\s+(?:(?:simply|possibly|realistically|long|hope\s+to)\s+)?"
        r"(?:survive|last|recover|compete|cope|hold\s+out|carry\s+on|go\s+on|stay\s+(?:open|afloat|solvent)|"
        r"be\s+saved|pay\s+its\s+way|break\s+even|keep\s+going)\b",
        # (after a plural group, "Village schools simply cannot survive", a generalisation: CLM007's)
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:who|that|which)\s+$"
        r"|(?-i:\b[a-z]+s)\s+(?:(?:simply|just|really|now|still)\s+)*$",
        veto_right=r"[^.;:]*?\b(?:without|unless|if)\b", strong=False, label="a forecast stated as certain"),
]

# Forecasts of certainty and doom: "It is only a matter of time before the pier collapses",
# "The days of the village pub are numbered", "The museum faces certain closure", "The
# coalition is heading for defeat", "The sector is about to collapse", "The truce will not
# last", "There will be no winners".
_DOOM = (
    r"(?:closure|ruin|extinction|collapse|bankruptcy|insolvency|oblivion|relegation|defeat|disaster|failure|the\s+axe|"
    r"the\s+chop|the\s+scrapheap|a\s+(?:bleak|grim|uncertain|difficult|dark)\s+future|an\s+uncertain\s+future|"
    r"(?:a\s+)?(?:humiliating|heavy|crushing|certain)\s+defeat|a\s+(?:fall|crash|collision|showdown|meltdown|"
    r"reckoning|rout|wipe-?out|hung\s+parliament|recession|slump|winter\s+of\s+discontent))\b"
)
PREDICTION_CUES += [
    Cue(PREDICTION, ["matter"], r"matter\s+of\s+(?:time|days|weeks|months)\s+(?:before|until)\b",
        left=r"\b(?:only|just|simply|surely|now)\s+a\s+$|\bis\s+a\s+$", veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED,
        label="a forecast stated as certain"),
    Cue(PREDICTION, ["numbered"], r"numbered\b(?!\s+(?:\d|one|two|three|from|in|among))",
        left=r"\bdays\b[^.;:]{0,60}?\b(?:are|were\s+always|look|looked|seem|seemed|must\s+be)\s+(?:(?:now|surely|clearly|already)\s+)*$",
        veto_left=_NOT_ASSERTED, label="a forecast stated as certain"),
    Cue(PREDICTION, ["faces", "face", "facing"],
        r"(?:faces|face|facing)\s+(?:(?:almost\s+)?(?:certain|inevitable|near-certain|likely)\s+)" + _DOOM
        + r"|(?:faces|face|facing)\s+(?:extinction|oblivion|ruin|a\s+(?:bleak|grim|dark)\s+future)\b",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:could|may|might|would|now|to)\s+$", label="a forecast"),
    Cue(PREDICTION, ["heading", "headed"], r"(?:heading|headed)\s+(?:straight\s+)?(?:for|towards?)\s+" + _DOOM,
        left=r"\b(?:is|are|was|were|'s|’s|'re|’re|now|seems|seem|looks|look)\s+(?:(?:now|clearly|surely|already|still)\s+)*$",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED, label="a forecast"),
    Cue(PREDICTION, ["about"], r"about\s+to\s+" + _ADVERBS + r"(?!(?:be\s+)?(?:[a-z]+ed|held|shown|run|built|paid)\b)" + _PREDICATE,
        left=r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?:(?:now|just|surely|finally)\s+)*$",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:i|we|you)\b[^.;:]*$", strong=False, label="a forecast"),
    Cue(PREDICTION, ["will", "won't", "won’t"], r"(?:will\s+(?:not|never)|won['’]t)\s+last\b(?!\s+(?:more|beyond|\d|until|till|into|the|"
        r"for\s+(?:\d|more|over)))",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE
        + r"|\b(?:likely|probably|possibly|perhaps|maybe)\s+$", label="a forecast"),
    Cue(PREDICTION, ["there"], r"there\s+will\s+be\s+(?:no|few|fewer|far\s+fewer|little)\s+(?:real\s+|clear\s+|easy\s+|quick\s+)?"
        r"(?:winners?|losers?|going\s+back|way\s+back|turning\s+back|return|recovery|escape|end|let-up|fix|answers?|"
        r"solutions?|shortage|shortcuts?|hiding\s+place|appetite|mercy|peace|relief|respite)\b",
        veto_left=_NOT_ASSERTED + "|" + _REPORTED_BEFORE, label="a forecast"),
]

PREDICTION_CUES += [
    # "The bridge is an accident waiting to happen", "The merger spells trouble for suppliers"
    Cue(PREDICTION, ["waiting"], r"waiting\s+to\s+happen\b", left=r"\b(?:accident|disaster|tragedy|catastrophe|crisis|scandal)\s+$",
        veto_left=_NOT_ASSERTED, label="a forecast"),
    Cue(PREDICTION, ["spells", "spell"], r"spells?\s+(?:(?:real|big|serious|more|further)\s+)?(?:trouble|disaster|doom|danger|"
        r"bad\s+news|misery|hardship)\b",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:could|may|might|would|to)\s+$", label="a forecast"),
]

PREDICTION_CUES += [
    # "By the end of the year, the trust will have run out of money": a future outcome reached
    Cue(PREDICTION, ["will"], r"will\s+(?:(?:already|long|probably|surely)\s+)?have\s+(?:run\s+out|gone\s+(?:bust|under)|closed\s+down|"
        r"disappeared|vanished|collapsed|doubled|halved|trebled|tripled|lost|spent\s+(?:all|every)|used\s+up|died\s+out|"
        r"dried\s+up|been\s+(?:wiped\s+out|forgotten|priced\s+out|forced\s+out|replaced))\b",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE, label="a forecast"),
]

PREDICTION_CUES += [
    # "Prices can only go up from here": a forecast stated as the only way
    Cue(PREDICTION, ["can"], r"can\s+only\s+(?:go\s+(?:up|down)|get\s+(?:better|worse)|improve|rise|fall|grow|worsen|deteriorate)\b",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:i|we|you)\b[^.;:]*$", label="a forecast stated as certain"),
]

PREDICTION_CUES += [
    # "The share price has further to fall", "The recovery has a long way to go"
    Cue(PREDICTION, ["further", "farther"], r"(?:further|farther)\s+to\s+(?:fall|go|drop|run|rise|climb|sink|slide)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:much|a\s+lot|a\s+little|some\s+way|a\s+long\s+way|still|yet|plenty)\s+)?$",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:could|may|might)\s+(?:\w+\s+)?$",
        label="a forecast"),
]

PREDICTION_CUES += [
    # "The pier has a bright future ahead of it", "There is no way the club can afford it"
    Cue(PREDICTION, ["future"], r"future\b", left=r"\b(?:has|have|had|faces|face|facing)\s+(?:a|no)\s+(?:(?:very|really)\s+)?"
        r"(?:bright|rosy|bleak|grim|uncertain|secure|great|promising|dark|glittering|golden|precarious)\s+$",
        veto_left=FIRST_PERSON + "|" + _NOT_ASSERTED + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:could|may|might|would|to)\s+$",
        strong=False, label="a forecast"),
    Cue(PREDICTION, ["way"], r"way\s+(?:that\s+)?(?:the|a|an|this|these|it|they|he|she|anyone|anybody|(?-i:[A-Z])[\w'’-]*)\b"
        r"(?:\s+[\w'’-]+){0,3}?\s+(?:can|could|will|would|is|are|was)\b", left=r"(?:^\W*|[,;:]\s*)there\s+is\s+(?:simply\s+)?no\s+$",
        label="a forecast stated as certain"),
]

PREDICTION_CUES += [
    # "The glacier is on track to vanish by the end of the century": a horizon after a course
    Cue(PREDICTION, ["track", "course", "set", "poised"], r"(?:track|course|set|poised)\s+to\s+[a-z]+\b[^.;:]{0,50}?" + _HORIZON_AT,
        left=r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?:(?:now|also|still)\s+)?(?:on\s+)?$",
        veto_left=_NOT_ASSERTED + "|" + FIRST_PERSON, strong=False, label="a forecast"),
]

PREDICTION_CUES += [
    # "The congestion charge will take thousands of vans off the streets", "The runway will
    # knock thousands off the value of nearby homes", "The diversion will add twenty minutes to
    # every journey": what a thing or a measure will remove or add (a body or a name as the
    # subject makes it a plan: "The operator will take its old buses off the road")
    Cue(PREDICTION, ["will", "won't", "won’t"], r"(?:will|won['’]t)\s+" + _ADVERBS + r"(?:" + _REMOVE + r")",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE + "|" + _AGENT_BEFORE
        + "|" + _SET_PRICE,
        veto_right=r"(?:will|won['’]t)\s+" + _TIMETABLE, strong=False, label="a forecast"),
]

# A shortfall forecast by multiplying today's: "in five years it will lack twice as many",
# "will need double the number of nurses", "will be short of three times as many": a forecast
# of a quantity (a named body's plan is its own: "the trust said it will need")
PREDICTION_CUES += [
    Cue(PREDICTION, ["will", "would"],
        r"(?:will|would)\s+" + _ADVERBS + r"(?:lack|need|require|be\s+short\s+of|be\s+missing|be\s+(?:short|down)\s+by)\s+"
        r"(?:(?:double|twice|treble|triple|three\s+times|four\s+times|ten\s+times|half)(?:\s+(?:as\s+many|as\s+much|that|the\s+number|"
        r"the\s+amount|this|more))?\b|(?:many|far)\s+more\b)",
        veto_left=_NOT_FUTURE + "|" + _NOT_ASSERTED + "|" + FIRST_PERSON + "|" + _REPORTED_BEFORE, label="a forecast"),
    # an outcome put off to an impossible day: "Cheaper fares the commuters will see only when
    # pigs fly", "will reopen when hell freezes over": a forecast that it never will
    Cue(PREDICTION, ["pigs", "hell", "month"],
        r"(?:pigs\s+(?:fly|can\s+fly|might\s+fly)|hell\s+freezes\s+over|month\s+of\s+sundays)\b",
        left=r"\bwill\b[^.;:]{0,80}?\b(?:when|until|in\s+a)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says|joked|quipped)\b[^,;]*$", label="a forecast stated as certain"),
]
