"""Cues of figures and records: statistics (CLM004) and superlatives (CLM005).

Percentages, sums of money, large counts, estimates, counts of people, shares and rates,
trends and comparisons with no figure; superlatives with a scope that makes them a record
("the largest ... in history", "the highest rate in Europe"), record highs, firsts.
Small counts, dates and years are not statistics here.
"""

from __future__ import annotations

import re

from lintnews.matching import patterns as lazyre

from lintnews.analysis.claims.cue_kinds import HEDGED, NUM_WORD, NUM_WORDS, STATISTIC, SUPERLATIVE
from lintnews.matching.cues import DIGIT, Cue, alternation

# ---------------------------------------------------------------------------- statistic
_MULT = r"(?:bn|m|tn|k|trillion|billion|million|thousand|crore|lakh)"
_CURRENCY_WORDS = r"(?:dollars|pounds|euros|yen|yuan|rupees|roubles|rubles|cents|pence|francs|dinars|pesos)"
_PEOPLE = (
    r"(?:people|americans|britons|adults|children|voters|workers|households|families|women|men|students|"
    r"patients|respondents|companies|firms|businesses|homes|jobs|deaths|cases|young|teenagers|pensioners|"
    r"users|customers|employees|residents|citizens|immigrants|refugees)"
)

# Measurable quantities: a change in one, or a superlative of one, is a statistical claim.
_QUANTITY_WORDS = """price prices cost costs premium premiums tax taxes wage wages unemployment crime sales
profit profits jobs rate rates number numbers debt deficit spending inflation growth exports
imports output income incomes earnings revenue revenues population emissions murders homicides
poverty turnout membership demand investment productivity salaries benefits budget funding
deaths production surplus gdp borrowing lending savings shares turnover enrolment enrollment
fees rents arrests convictions attacks casualties infections admissions rating ratings cases
approval""".split()
_QUANTITIES = alternation(_QUANTITY_WORDS)
_COUNTED_WORDS = (
    """people persons americans britons adults children kids babies women men families households
    workers employees staff jobs troops soldiers civilians refugees migrants immigrants asylum-seekers
    prisoners inmates patients cases deaths dead killed injured wounded casualties victims voters
    members lobbyists terrorists militants fighters officers police policemen requests complaints
    plants factories mines companies firms businesses schools hospitals homes houses countries
    nations states cities towns villages arrests murders crimes agencies organisations
    organizations votes delegates seats polls""".split()
)
_COUNTED = alternation(_COUNTED_WORDS)
_RISE = (
    r"(?:(?:has|have|had)\s+(?:(?:also|now|already|more\s+than|nearly|almost|steadily|sharply|dramatically)\s+)*"
    r"(?:risen|fallen|increased|decreased|dropped|declined|grown|doubled|tripled|soared|plummeted|surged|slumped|"
    r"gone\s+(?:up|down)|come\s+down|shrunk|collapsed|skyrocketed|exploded|continued\s+to\s+(?:rise|fall|drop|grow|"
    r"climb|decline|increase))|(?:is|are|was|were)\s+(?:(?:still|now|steadily|sharply|rapidly)\s+)*(?:rising|falling|"
    r"increasing|decreasing|dropping|declining|growing|soaring|plummeting|going\s+(?:up|down)|coming\s+down|"
    r"shrinking|at\s+(?:a|an|its|their)\s+(?:record|all-time|\d+-year)\s+(?:high|low)|(?:sharply\s+|way\s+)?(?:up|down)"
    r"(?=\s*(?:[.,;!]|$|\s+(?:\d|by|from|on|since|again|sharply|this|last)\b)))|got\s+worse|gotten\s+worse|"
    r"(?:is|are)\s+getting\s+worse|(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)(?:(?:still|now|just|all)\s+)*"
    r"(?:pouring\s+(?:in|out|into)|flooding\s+(?:in|out|into)|fleeing|leaving|disappearing|vanishing|skyrocketing|"
    r"going\s+through\s+the\s+roof|being\s+(?:sucked|shipped|sent|taken|moved)\s+(?:out|away|overseas|abroad|to))|"
    r"(?:have|has|had)\s+(?:(?:all|now|already|just)\s+)*(?:fled|left|disappeared|vanished|gone\s+(?:overseas|abroad)))\b"
)
# Verbs that change a quantity, with a quantity as object: "raising your taxes", "cut
# wages", "lost jobs", "drives down wages". A promise or a plan ("we will cut taxes", "a
# plan to create jobs") is not a claim of fact.
_CHANGE_VERBS = """raise raises raised raising cut cuts cutting lower lowers lowered lowering increase increases
increased increasing reduce reduces reduced reducing slash slashes slashed slashing double doubles doubled
doubling triple triples tripled tripling lose loses lost losing kill kills killed killing wipe wiped wiping
drive drives drove driving push pushes pushed pushing strip strips
stripped stripping""".split()
_CHANGED = (
    r"(?:taxes|tax|wages|wage|jobs|premiums|prices|costs|debt|deficit|spending|unemployment|incomes|income|"
    r"salaries|benefits|pensions|pay|emissions|production|exports|imports|output|budget|funding|savings)"
)
# "tax records", "pay talks": the quantity word is not the head of its noun phrase.
_NOT_HEAD = (
    r"(?!\s+(?:records?|returns?|code|forms?|office|officials?|inspectors?|havens?|credits?|breaks?|system|regime|"
    r"authorities|collectors?|evasion|avoidance|year|bill|plans?|proposals?|fraud|talks|deal|dispute|claims?|"
    r"centres?|centers?|fairs?|seekers?|security|cuts?|increases?|rises?|hikes?)\b)"
)
# A noun reading ("a cut in", "the raise"), but "she's raising" is a verb.
_NOUN_BEFORE_VERB = (
    r"(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bwhat)(?<!\bthere)(?<!\bwho)(?<!\bwhich)['’]s\s+$|"
    r"\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|tax|job|pay|price|spending)\s+$"
)
_PROMISE = (
    r"\b(?:i|we)\s*(?:['’]ll|will|shall|['’]d|would|['’]re\s+going\s+to|are\s+going\s+to|['’]m\s+going\s+to|am\s+going\s+to|"
    r"want\s+to|plan\s+to|intend\s+to|have\s+to|need\s+to|can|must|should)\s+(?:(?:also|then|immediately|"
    r"dramatically|massively|substantially|further|not|never)\s+)*$|\blet['’]s\s+$|(?<!going\s)\bto\s+(?:\w+ly\s+)?$|"
    r"\bsuch\s+as\s+$"
)

_TIME_UNITS = (
    r"(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|times|yards|metres|meters|miles|feet|kilometres|km|"
    r"points|goals|games|matches|rounds|laps|holes|runs|wickets|seasons|tonnes|tons|kilos|kilograms|kg|grams|pounds\s+in\s+weight|"
    r"litres|liters|gallons|hectares|acres|inches|centimetres|millimetres|degrees|storeys|stories|floors|mph|kph)"
)

STATISTIC_CUES = [
    Cue(STATISTIC, [DIGIT], r"\d+(?:[.,]\d+)*\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|pc\b)",
        veto_right=r"100\s?(?:%|per\s?cent|percent)\s*(?:[.!]|$|(?:sure|confident|certain|right|wrong|behind|committed|"
        r"correct|true|honest|serious|fit|focused|behind)\b)",
        label="a percentage"),
    # "go up over 100 percent.": a measured 100%, not emphasis
    Cue(STATISTIC, [DIGIT], r"100\s?(?:%|per\s?cent\b|percent\b)",
        left=r"\b(?:over|by|up|down|than|nearly|almost|to|about|some)\s+$", extend=False, label="a percentage"),
    Cue(STATISTIC, ["per", "percent"], r"(?:per\s?cent|percent)\b",
        left=r"\b(?:[a-z]+-)?" + NUM_WORD + r"(?:[- ][a-z]+)?\s+$", label="a percentage"),
    Cue(STATISTIC, [DIGIT], r"\d+(?:[.,]\d+)*(?:\s?" + _MULT + r"\b)?", left=r"[£$€¥]\s?$", label="a sum of money"),
    Cue(STATISTIC, [DIGIT], r"\d+(?:[.,]\d+)*\s?(?:bn|tn|trillion|billion|million)\b", label="a large number"),
    Cue(STATISTIC, [DIGIT], r"\d+(?:[.,]\d+)*\s+" + _CURRENCY_WORDS + r"\b", label="a sum of money"),
    Cue(STATISTIC, [DIGIT], r"\d{1,3}(?:,\d{3})+\b", veto_left=r"[£$€¥]\s?$", label="a large number"),
    Cue(STATISTIC, [DIGIT], r"\d{5,}\b", veto_left=r"(?:No\.?|number|tel|phone|#)\s*$", label="a large number"),
    Cue(STATISTIC, ["million", "billion", "trillion"], r"(?:million|billion|trillion)\b",
        left=r"\b(?:a|one|half\s+a|several|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+$", label="a large number"),
    Cue(STATISTIC, ["millions", "billions", "trillions", "thousands", "hundreds", "tens", "dozens"],
        r"(?:millions|billions|trillions|thousands|hundreds|dozens|tens\s+of\s+(?:thousands|millions|billions))\s+of\b",
        veto_right=r"hundreds\s+of\s+(?:yards|metres|meters|miles)\b", label="an approximate count"),
    Cue(STATISTIC, ["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth"],
        r"(?:half|thirds?|quarters?|fifths?|tenth)\s+of\s+(?:all\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _PEOPLE + r"|[a-z][a-z-]*[a-rt-z]s)\b",
        label="a share"),
    Cue(STATISTIC, ["majority"], r"majority\s+of\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b",
        left=r"\b(?:the|a)\s+(?:(?:vast|large|overwhelming|clear|slim|narrow|small)\s+)?$", label="a share"),
    Cue(STATISTIC, [DIGIT] + NUM_WORDS, r"(?:(?!(?:19|20)\d\d\b)\d+|" + NUM_WORD + r")\b",
        left=r"\bone\s+in\s+(?:every\s+)?$", veto_left=r"\b(?:number|no\.?)\s+one\s+in\s+$", label="a rate"),
    Cue(STATISTIC, "doubled tripled trebled quadrupled halved".split(), r"\w+\b",
        veto_left=HEDGED, label="a change"),
    Cue(STATISTIC, ["half", "third", "quarter", "two-thirds"], r"(?:half|third|quarter|two-thirds)\b",
        left=r"\b(?:cut|cuts|cutting|reduced|reduces|reducing|slashed|slashes|fell|dropped|rose|grew|increased)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:by|in)\s+(?:(?:nearly|almost|more\s+than|about)\s+)?(?:a\s+)?$",
        veto_left=HEDGED + "|" + _PROMISE, label="a change"),
    Cue(STATISTIC, [DIGIT], r"\d+\s+(?:[\w-]+\s+){0,2}?(?-i:" + _COUNTED + r")\b",
        veto_left=r"\b(?:aged|age|under|over|about|around)\s+$|\b(?:no\.?|number|page|article|chapter|section|"
        r"room|flight|route|junction|platform|level|round|week|day|year|season|game|match|minute|hour)\s+$",
        label="a count"),
    Cue(STATISTIC, [DIGIT] + NUM_WORDS,
        r"(?:\d+(?:[.,]\d+)*|" + NUM_WORD + r")\s+(?:[\w-]+\s+)?(?!" + _TIME_UNITS + r"\b)[a-z]+s\b",
        left=r"\b(?:more\s+than|over|nearly|almost|at\s+least|up\s+to|about|around|roughly|an\s+estimated|as\s+many\s+as)\s+$",
        label="an estimate"),
    Cue(STATISTIC, NUM_WORDS[1:] + ["dozens", "scores"],
        r"(?:" + NUM_WORD + r"(?:[- ]" + NUM_WORD + r")?|dozens|scores)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?-i:" + _COUNTED + r")\b",
        veto_left=r"\b(?:the|these|those|all|both|every|each|first|last|aged|age|has|have|had|with)\s+$|"
        r"(?<!\bminimum\s)(?<!\bmaximum\s)(?<!\btotal\s)(?<!\bleast\s)\bof\s+$",
        label="a count"),
    # "vast quantities of drugs", "massive amounts of steel", "Millions lifted from welfare"
    Cue(STATISTIC, "vast massive huge enormous large tremendous".split(),
        r"(?:vast|massive|huge|enormous|large|tremendous)\s+(?:quantities|amounts|numbers|sums)\s+of\b"
        r"(?!\s+(?:data|information|time|effort|attention|work|interest|pressure|fun|noise|space|content|memory)\b)",
        label="an approximate quantity", strong=False),
    Cue(STATISTIC, ["millions", "billions", "thousands"], r"(?:millions|billions|thousands)\b(?!\s+(?:of|and|more|upon)\b)",
        left=r"^\W*$", label="an approximate count", strong=False),
    # "a massive tax increase", "huge cuts": a change with a size but no figure
    Cue(STATISTIC, "massive huge enormous dramatic drastic record".split(),
        r"(?:massive|huge|enormous|dramatic|drastic|record)\s+(?:,\s*(?:massive|huge)\s+)?(?:tax\s+|pay\s+|price\s+|job\s+)?"
        r"(?:increases?|hikes?|cuts?|rises?|falls?|drops?|losses)\b",
        label="a change with no figure", strong=False),
    Cue(STATISTIC, [DIGIT] + NUM_WORDS, r"(?:\d+|" + NUM_WORD + r")\s+times\s+(?:more|less|fewer|higher|lower|bigger|larger|greater|longer|shorter|faster|slower|"
        r"cheaper|smaller|worse|better|as)\b",
        label="a comparison"),
    # "twice the national average", "nine times the average salary": a rate against a norm
    Cue(STATISTIC, ["average"], r"average\b",
        left=r"\b(?:twice|double|treble|triple|half|(?:\d+(?:\.\d+)?|" + NUM_WORD + r")\s+times)\s+(?:the|a)\s+"
        r"(?:(?:national|regional|european|global|world|uk|english|eu|oecd|city|county|state|overall)\s+)?$",
        label="a comparison"),
    Cue(STATISTIC, _QUANTITY_WORDS,
        _QUANTITIES + r"\s+(?:(?:in|for|of|among|across|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+|"
        r"(?:nationwide|today|now|here|alone|overall|again|already|everywhere)\s+)?" + _RISE,
        label="a trend with no figure", strong=False),
    Cue(STATISTIC, _CHANGE_VERBS,
        r"(?:(?:drive|drives|drove|driving|push|pushes|pushed|pushing)\s+(?:down|up)\s+|"
        r"(?:strip|strips|stripped|stripping)\s+(?:us|them|you|americans|workers|people|it|the\s+\w+)\s+of\s+|"
        r"(?!drive|drove|push|strip)[a-z]+\s+)"
        r"(?:(?:the|their|your|our|his|her|its|my|everybody['’]s|everyone['’]s|people['’]s|[\w-]+['’]s|taxes\s+on)\s+)?"
        r"(?:(?!(?:in|of|on|for|by|to|from|with|at|as)\b)[\w-]+\s+){0,2}?" + _CHANGED + r"\b" + _NOT_HEAD,
        veto_left=HEDGED + "|" + _PROMISE + "|" + _NOUN_BEFORE_VERB, label="a change in a quantity", strong=False),
    Cue(STATISTIC, ["pouring", "flooding", "streaming", "flowing", "surging"],
        r"(?:pouring|flooding|streaming|flowing|surging)\s+(?:in|into|across|out|over|through)\b",
        left=r"\b(?:are|is|were|was|been|keep|keeps|kept|start|started|come|came|coming)\s+(?:(?:still|now|just|all|literally)\s+)*$",
        label="a flow with no figure", strong=False),
    # "lower wages", "longer hours", "more business tax": a comparison with no figure
    Cue(STATISTIC, "higher lower more fewer less longer bigger smaller".split(),
        r"(?:higher|lower|more|fewer|less|longer|bigger|smaller)\s+(?:[\w-]+\s+)?(?:hours|" + _CHANGED + r")\b(?!\s+than\b)"
        + _NOT_HEAD,
        veto_left=HEDGED + "|" + _PROMISE + r"|\b(?:create|creating|add|adding|bring|bringing|provide|providing|get|give|"
        r"giving|much|far|even|no|any|and|or|the)\s+$", label="a comparison", strong=False),
    Cue(STATISTIC, _QUANTITY_WORDS + _COUNTED_WORDS, r"(?:" + _QUANTITIES + "|" + _COUNTED + r")\s+than\b",
        left=r"\b(?:more|less|fewer|higher|lower|bigger|larger|smaller|greater)\s+(?:[\w-]+\s+)?$",
        label="a comparison", strong=False),
    Cue(STATISTIC, _QUANTITY_WORDS,
        _QUANTITIES + r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)(?:(?:much|far|significantly|substantially|"
        r"considerably|now|still)\s+)?(?:higher|lower|bigger|larger|smaller|greater|worse|better)\s+than\b",
        label="a comparison", strong=False),
    Cue(STATISTIC, ["got", "gotten", "getting"], r"(?:got|gotten|getting)\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:worse|better)\b",
        left=r"(?:^|\b(?:it|things|this|that|they|has|have|is|are)\s+)$", label="a trend with no figure", strong=False),
    Cue(STATISTIC, "limited dwindling finite scarce shrinking".split(),
        r"\w+\s+(?:supply|supplies|stock|stocks|stockpile|stockpiles|reserves?|quantities|quantity)\s+of\b",
        label="a quantity", strong=False),
    Cue(STATISTIC, ["shortage", "shortages"], r"shortages?\s+of\b", left=r"\b(?:a|an|the)\s+(?:(?:severe|acute|serious|chronic|growing|critical|global)\s+)*$",
        label="a quantity", strong=False),
]

# -------------------------------------------------------------------------- superlative
_SUPERLATIVES = """biggest largest highest lowest greatest smallest fastest slowest worst best deadliest
costliest strongest weakest longest shortest richest poorest oldest youngest busiest hottest
coldest warmest wettest driest heaviest toughest safest riskiest cheapest steepest sharpest
deepest widest earliest fewest hardest easiest finest fiercest bloodiest wealthiest bravest boldest
brightest cleverest loudest proudest tallest hardiest fittest healthiest happiest unhappiest friendliest
loveliest prettiest ugliest noisiest quietest dirtiest cleanest greenest wildest rarest purest tiniest angriest
luckiest sunniest windiest snowiest rainiest stormiest calmest coolest nicest smartest wisest kindest cruellest
laziest priciest tastiest freshest tightest loosest thickest thinnest smoothest roughest
darkest lightest oddest strangest simplest""".split()
_MONTHS = alternation(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter""".split()
)
_SCOPE = (
    r"(?:ever|in\s+(?:[\w'’-]+\s+){0,4}?(?:history|memory)|on\s+record|of\s+all\s+time|"
    r"of\s+(?:his|her|their|its|a|this|that|the|our|my)\s+(?:[\w-]+\s+)?(?:generation|era|time|times|day|age|century|decade|kind|type)|"
    r"in\s+the\s+whole\s+of|in\s+(?:all\s+of\s+)?(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*|yet\b|in\s+the\s+(?:world|country|nation|"
    r"universe|galaxy|history\s+of)|in\s+(?:this|our)\s+(?:country|nation|world)|on\s+(?:earth|the\s+planet)|anywhere|(?:of|for)\s+any\s+\w+|"
    r"(?:this|the\s+(?:past|last))\s+(?:decade|century|generation)|in\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|"
    r"midlands|county|region|league|division|province|town|city|village|valley|area|district|borough|island|parish)\b|"
    r"since\s+(?:records\s+began|\d{4}|world\s+war|the\s+[\w-]+|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))|"
    # "since measurements began", "since when the readings started": a record's start, in other words
    r"since\s+(?:when\s+)?(?:the\s+)?(?:[a-z]+\s+)?[a-z]+s\s+(?:began|started|were\s+first\s+(?:kept|taken|made))|"
    # "in northern England", "in rural Wales": a named place with a part of it
    r"in\s+(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural|coastal|upland|inner-city|"
    r"mainland|greater)\s+(?-i:[A-Z])[\w-]+|"
    r"in\s+(?:(?:nearly|almost|over|more\s+than|many|several)\s+)?"
    r"(?:decades|a\s+generation|a\s+century|half\s+a\s+century|a\s+decade|\d+\s+years|[a-z]+\s+years|"
    r"living\s+memory|the\s+history\s+of)|for\s+(?:(?:nearly|almost|over|more\s+than)\s+)?(?:a\s+decade|a\s+generation|"
    r"decades|\d+\s+years|[a-z]+\s+years)|"
    # "the longest anyone could remember", "the wettest the county has ever known"
    r"(?:that\s+)?(?:anyone|anybody|most\s+people|locals|residents)\s+(?:can|could|would)\s+(?:remember|recall)|"
    r"(?:the\s+)?[\w'’-]+\s+(?:has|had|have)\s+(?:ever\s+)?(?:seen|known|witnessed))\b"
)

SUPERLATIVE_CUES = [
    Cue(SUPERLATIVE, _SUPERLATIVES, alternation(_SUPERLATIVES) + r"(?:-\w+)?(?:\s+[\w'’-]+){0,6}?\s+" + _SCOPE,
        label="a superlative"),
    # "the only candidate who ...", "the only one in either party": a claim of uniqueness
    Cue(SUPERLATIVE, ["only"], r"only\s+(?:(?:[\w-]+\s+)?(?:one|person|candidate|country|nation|state|city|president|"
        r"senator|governor|leader|party|company|people|man|woman)|one\s+of\s+(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?[a-z]+s)\s+"
        r"(?:(?:on|in|up|here|running|left)\b[^,;]{0,30}?\s+)?(?:who|that|to|in\s+(?:the|either|any|both|this))\b",
        left=r"\b(?:the|is|was|am|are|were|['’]s|['’]m|['’]re)\s+$", label="a claim of uniqueness"),
    # "the toughest gun laws in the United States": a superlative scoped to a named place
    Cue(SUPERLATIVE, _SUPERLATIVES, alternation(_SUPERLATIVES) + r"(?:\s+[\w'’-]+){1,3}?\s+in\s+(?:the\s+)?"
        r"(?!" + _MONTHS + r"\b)(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))*",
        left=r"\b(?:the|its|their|our|his|her)\s+(?:(?:single|second|third)\s+)?$", label="a superlative"),
    Cue(SUPERLATIVE, ["most", "least"], r"(?:most|least)\s+[\w-]+(?:\s+[\w'’-]+){0,5}?\s+" + _SCOPE,
        left=r"\b(?:the|its|their|his|her|(?-i:[A-Z])[\w]*['’]s|one\s+of\s+the)\s+(?:(?:single|second|third)\s+)?$",
        label="a superlative"),
    Cue(SUPERLATIVE, ["highest", "lowest", "biggest", "largest", "smallest", "fastest", "slowest", "worst", "best"],
        r"(?:highest|lowest|biggest|largest|smallest|fastest|slowest|worst|best)\s+(?:[\w-]+\s+)?" + _QUANTITIES + r"\b",
        left=r"\b(?:the|its|their|our|his|her)\s+$", label="a ranking"),
    Cue(SUPERLATIVE, ["record"],
        r"record(?:-breaking|-setting|-high|-low)?\s+(?:high|highs|low|lows|levels?|numbers?|profits?|losses|sales|turnout|"
        r"amounts?|sums?|figures?|temperatures?|growth|demand|prices?|rates?|pace|deficit|surplus|year|month|quarter)\b"
        r"|record-(?:breaking|setting|high|low)\b",
        veto_left=r"\b(?:a|the|his|her|their|its)\s+(?:new\s+)?(?:world\s+|british\s+|european\s+|olympic\s+)$"
        r"|\b(?:their|his|her|its|the\s+band['’]s|the\s+group['’]s)\s+$", label="a record"),
    Cue(SUPERLATIVE, ["record"], r"record\s+(?:\d|" + NUM_WORD + r"\b)", left=r"\ba\s+$", label="a record"),
    # "the single biggest complaint from patients", "its single largest source of income": a
    # ranking the writer vouches for (not an owner's stake: "its single largest shareholder")
    Cue(SUPERLATIVE, ["single"], r"single\s+(?:biggest|largest|greatest|worst|best|highest|commonest|most\s+[\w-]+)\b"
        r"(?!\s+(?:[\w-]+\s+)?(?:shareholders?|stakes?|stakeholders?|owners?|investors?|donors?|lenders?|creditors?|"
        r"landlords?|customers?|clients?|buyers?)\b)",
        left=r"\b(?:the|its|their|our|his|her|[\w-]+['’]s)\s+$", label="a superlative"),
    # "the biggest single complaint": the same ranking, the words the other way round
    Cue(SUPERLATIVE, ["biggest", "largest", "greatest", "worst"], r"(?:biggest|largest|greatest|worst)\s+single\b"
        r"(?!\s+(?:[\w-]+\s+)?(?:shareholders?|stakes?|stakeholders?|owners?|investors?|donors?|lenders?|creditors?|"
        r"landlords?|customers?|clients?|buyers?)\b)",
        left=r"\b(?:the|its|their|our|his|her|[\w-]+['’]s)\s+$", label="a superlative"),
    # "the first Yorkshireman ever to win a stage", "the first council ever elected", "the
    # first woman to captain the crew in its 150-year history": a record
    Cue(SUPERLATIVE, ["first"], r"first\s+(?:[\w'’-]+\s+){1,3}?ever\s+(?:to\b|[a-z]+ed\b)"
        r"|first\s+(?:[\w'’-]+\s+){1,8}?(?:in\s+(?:its|their|the|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?history|"
        r"in\s+living\s+memory|since\s+records\s+began|on\s+record)\b",
        # predicated of someone, or a time ("became the first", "making her the first", "for
        # the first time"): not a subject narrated ("The first train ever to cross it arrived")
        left=r"\b(?:is|are|was|were|be|been|become|became|becomes|becoming|remains|remained|as|for|"
        r"(?:making|made|makes|make)\s+(?:him|her|them|it|us|(?-i:[A-Z])[\w'’-]+))\s+(?:(?:now|also|only|still)\s+)?"
        r"(?:the|its|their|our|his|her)\s+$", label="a first"),
    Cue(SUPERLATIVE, ["unprecedented"], r"unprecedented\b", label="'unprecedented'"),
    # a ranking of harm as the writer's judgement: "small bakers have suffered the most", "the
    # biggest losers are commuters" ("the worst affected" is left alone: in a data story it
    # is the cited data's ranking)
    Cue(SUPERLATIVE, ["suffered", "suffer", "suffers", "lost"], r"(?:suffered|suffer|suffers|lost)\s+(?:the\s+)?most\b"
        r"(?!\s+(?:of|in|from)\b)", label="a ranking"),
    Cue(SUPERLATIVE, ["losers"], r"losers\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:final|match|game|tie|race|contest|vote|election))",
        left=r"\b(?:the|its|their)\s+(?:biggest|main|real|greatest|chief)\s+$", label="a ranking"),
    Cue(SUPERLATIVE, ["cause", "causes"], r"causes?\s+of\s+(?:death|deaths|illness|disease|mortality)\b",
        left=r"\b(?:the|a)\s+(?:(?:single|second|third)\s+)?(?:leading|biggest|main|commonest|most\s+common)\s+$",
        label="a ranking"),
    Cue(SUPERLATIVE, ["other"], r"other\b", left=r"\bthan\s+(?:any|every)\s+$", label="a superlative"),
    Cue(SUPERLATIVE, [DIGIT], r"\d+-(?:year|month|decade|week)\s+(?:high|low|record|peak)s?\b", label="a record"),
    Cue(SUPERLATIVE, ["historic", "record"], r"(?:historic|record)\s+(?:high|low)s?\b", label="a record"),
    Cue(SUPERLATIVE, ["all-time"], r"all-time\s+(?:high|low|record|best|worst)\b", label="a record"),
    Cue(SUPERLATIVE, ["history"], r"history\b",
        left=r"\bnever\b[^.;:]{0,70}\bin\s+(?:its|our|their|his|her|the\s+[\w-]+['’]s|(?-i:[A-Z])[\w-]+['’]s)\s+"
        r"(?:[\w-]+\s+(?:and\s+)?){0,3}$", label="a first"),
    Cue(SUPERLATIVE, ["never"], r"never\s+before\s+(?:been\s+)?(?:seen|witnessed|happened|achieved|recorded)\b", label="a first"),
    Cue(SUPERLATIVE, ["first"], r"first\b(?=\s*(?:[.!;]|$|\s+(?:in|for|since)\s))", left=r"\b(?:was|is|be|been|were|are)\s+a\s+$",
        label="a first"),
    # "the first prosecution of its kind", "the first scheme of its type in Europe"
    Cue(SUPERLATIVE, ["first"], r"first\s+(?:[\w'’-]+\s+){0,3}?of\s+its\s+(?:kind|type|sort)\b",
        left=r"\b(?:the|its|their|britain['’]s|the\s+country['’]s|[\w-]+['’]s)\s+(?:ever\s+)?$", label="a first"),
    Cue(SUPERLATIVE, ["first"], r"first\s+time\s+(?:ever|in\s+(?:history|living\s+memory|decades|a\s+generation|a\s+century|"
        r"(?:(?:over|more\s+than|nearly|almost|about)\s+)?(?:\d+|[a-z]+|many|several)\s+(?:years|decades)))\b",
        label="a first"),
]

_SUBJECTIVE = r"""greatest finest best worst most\s+important most\s+talented most\s+gifted most\s+successful
most\s+influential most\s+significant most\s+beautiful most\s+dangerous most\s+exciting most\s+popular
most\s+respected most\s+admired most\s+hated most\s+brilliant most\s+remarkable most\s+ambitious
most\s+controversial most\s+serious most\s+devastating most\s+destructive most\s+notorious most\s+iconic
most\s+celebrated most\s+prestigious most\s+powerful most\s+reliable most\s+innovative cheapest
deadliest""".split()
STATISTIC_CUES += [
    # "three-quarters of England's rivers", "two-thirds of adults"
    Cue(STATISTIC, """three-quarters two-thirds one-third one-quarter one-fifth two-fifths three-fifths four-fifths
        one-tenth one-half""".split(), r"[\w-]+\s+of\b", label="a share"),
    # "nine out of ten young people", "three in four adults"
    Cue(STATISTIC, [DIGIT] + NUM_WORDS, r"(?:\d+|" + NUM_WORD + r")\s+(?:out\s+of|in)\s+(?:every\s+)?(?:[2-9]|10|20|100|1,?000|ten|"
        r"five|four|three|twenty|(?:a\s+)?hundred|(?:a\s+)?thousand)\b(?!\s+(?:years|months|weeks|days|hours|minutes|games|matches|attempts))",
        veto_left=r"\b(?:aged|age|number|no\.?)\s+$", strong=False, label="a rate"),
]

STATISTIC_CUES += [
    # "most of the guns", "the bulk of the money": a share of a population
    Cue(STATISTIC, ["most", "bulk", "majority", "minority"], r"(?:most|bulk|majority|minority)\s+of\s+(?:all\s+|the\s+|its\s+|their\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?[a-z][a-z-]*[a-rt-z]s\b", veto_left=r"\b(?:at|for|in|the)\s+$", strong=False, label="a share"),
    # "premiums coming down", "prices going up": a trend with no figure
    Cue(STATISTIC, _QUANTITY_WORDS, _QUANTITIES + r"\s+(?:(?:now|still|finally|already)\s+)?(?:coming\s+down|going\s+(?:up|down)|"
        r"rising|falling|soaring|plummeting|climbing|shrinking|growing)\b",
        veto_left=r"\b(?:the|a|an|of|for|on)\s+$", strong=False, label="a trend with no figure"),
]

SUPERLATIVE_CUES += [
    # "No town in Wales has a busier high street than Tenby", "No other club spends as much as
    # City": a superlative said by denying any rival
    Cue(SUPERLATIVE, ["no"], r"no\s+(?:other\s+)?(?:[a-z]+\s+){0,2}?[a-z]+(?:\s+(?:in|on|of|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
        r"(?:has|had|is|was|can|could|does|did|[a-z]{3,}s|[a-z]{3,}ed)\s+"
        r"(?:(?:ever|yet)\s+)?(?:(?:a|an)\s+)?(?:(?:more|less|fewer)\s+[\w-]+|[a-z]{3,}er|as\s+(?:much|many|[a-z]+))\b"
        r"[^.;:]{0,60}?\b(?:than|as)\b",
        left=r"(?:^|[,;:]\s*)\W*$", label="a superlative"),
    # "one of the highest-taxed nations in the world": found at its scope, since a hyphenated
    # superlative is one word
    Cue(SUPERLATIVE, ["world", "history", "country", "planet", "europe", "britain", "america", "north", "south", "east", "west",
                      "north-east", "north-west", "south-east", "south-west", "midlands", "county", "region", "league"],
        r"(?:world|history|country|planet|europe|britain|america|(?:north|south)(?:-?(?:east|west))?|east|west|midlands|county|"
        r"region|league)\b",
        left=r"\b(?:the|its|their|one\s+of\s+the)\s+(?:most\s+[\w-]+|[a-z]+est(?:-[a-z]+)?)(?:\s+[\w'’-]+){0,4}?\s+in\s+"
        r"(?:the\s+|our\s+|(?-i:[A-Z])[\w-]+['’]s\s+)?(?:[\w-]+\s+)?$",
        veto_left=r"\bbest[\s-]+(?:known|remembered)\b[^,;]*$", label="a superlative"),
    # "has never been wider", "have never been higher": a record stated as fact
    # "the most contagious disease known to man", "the deadliest virus known to science": a
    # superlative's scope in other words; "the biggest of the history of the city" (a
    # carried-over "of the history")
    Cue(SUPERLATIVE, ["known", "history"],
        r"(?:known\s+to\s+(?:man|mankind|humanity|science|medicine|history)\b|history(?=\s+of\b|\s*[.,;:!?)]|\s*$))",
        left=r"\b(?:the|its|their|one\s+of\s+the)\s+(?:most\s+[\w-]+|least\s+[\w-]+|[a-z]+est(?:-[a-z]+)?|worst|best)"
        r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:of|in)\s+(?:the\s+|all\s+)?)?$",
        veto_left=r"\bbest[\s-]+(?:known|remembered)\b[^,;]*$", label="a superlative"),
    Cue(SUPERLATIVE, ["never"], r"never\s+(?:before\s+)?been\s+(?:so\s+\w+|more\s+\w+|(?!(?:over|under|after|ever|never|together|"
        r"either|other|water|paper|member)\b)[a-z]+er)\b",
        left=r"\b(?:has|have|had)\s+$", label="a record"),
    Cue(SUPERLATIVE, ["without"], r"without\s+(?:a\s+)?precedent\b", label="'without precedent'"),
    # "He was the finest comic actor", "is the most talented forward": a subjective superlative as fact
    Cue(SUPERLATIVE, sorted({w.split("\\")[0] for w in _SUBJECTIVE}),
        r"(?:" + "|".join(_SUBJECTIVE) + r")\b(?![\s-]+[a-z]+ed\b)(?!\s+(?:known|of\s+(?:the|them|these|those|all|three|four|five)|"
        r"part|way|thing|thing|to\s+do|option|bet|practice|interests?|friend|wishes|regards|seller|selling|man|"
        r"picture|actor|actress|director|film|song|album|supporting)\b)",
        left=r"(?:\b(?:is|are|was|were|has\s+been|had\s+been|remains|remained|became|become)|['’]s)\s+(?:(?:arguably|"
        r"probably|perhaps|surely|undoubtedly|simply|easily|clearly|now|still|also)\s+)*(?:the|britain['’]s|the\s+world['’]s|"
        r"(?-i:[A-Z])[\w-]+['’]s)\s+(?:(?:single|very|second|third)\s+)?$",
        veto_left=r"\b(?:i|we|you)\b[^,;]*$|\b(?:not|if|whether)\b[^,;]*$", label="a superlative"),
]

# "best known as", "best remembered for": fame, not a ranking
for _cue in SUPERLATIVE_CUES:
    if "best" in _cue.triggers and _cue.veto_right is None:
        _cue.veto_right = lazyre.compile(r"best[\s-]+(?:known|remembered|placed|suited)\b", re.IGNORECASE)

# A rank within a named ranking ("the highest new entry in the Sunday Times' rich list", "top
# of the FTSE 100 index") is the ranking's, not the writer's.
_RANKING = lazyre.compile(
    r"[^.;:]{0,60}?\b(?:in|on|of|into|topped)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&'’.-]*\s+){1,4}(?:[\w-]+\s+){0,3}?"
    r"(?:list|poll|chart|charts|table|index|rankings?|survey|league|awards?|top\s+\d+)\b"
)
for _cue in SUPERLATIVE_CUES:
    _old = _cue.veto_right
    _cue.veto_right = lazyre.compile(
        (r"(?:" + _old.pattern + r")|" if _old is not None else "") + r"(?i:[\w-]+)" + _RANKING.pattern,
        re.IGNORECASE if _old is None else _old.flags,
    )
