"""Cues of editorial verdicts (CLM006) and sweeping generalisations (CLM007).

Verdicts: "signifies an escalation", "underlines", "marks a turning point", "this shows
that", certainty adverbs, "has been a disaster", assessments of an actor ("is militarily
weakened") and of how something works ("the scheme is collapsing"). Generalisations:
"often", "always", "a familiar pattern", "everyone knows", universal claims ("nobody
mentions that", "not one Republican has", "in every city"). ``strong=False`` marks the
weaker forms, reported as information.
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import COPULA, FIRST_PERSON, GENERALISATION, VERDICT
from lintnews.matching.cues import Cue

# ------------------------------------------------------------------------------ verdict
_MARKS = (
    r"(?:a|an|the)\s+(?:(?:major|significant|dramatic|new|further|sharp|clear|important|decisive|historic|fundamental|"
    r"serious|dangerous|worrying|welcome|definitive)\s+)*(?:escalation|turning\s+point|watershed|shift|departure|"
    r"sea\s+change|u-turn|new\s+(?:chapter|era|phase)|step\s+change|low\s+point|high\s+point|end\s+of\s+an\s+era)\b"
)
_STATES = (
    r"(?:weakened|isolated|emboldened|vulnerable|overstretched|desperate|divided|weak|fragile|exhausted|depleted|"
    r"cornered|humiliated|discredited|disarray|decline|crisis|back\s+foot|defensive|ropes|retreat)\b"
)

VERDICT_CUES = [
    Cue(VERDICT, "signifies signify signified underlines underline underlined underscores underscore underscored epitomises epitomizes epitomised epitomized symbolises symbolizes exemplifies".split(),
        r"\w+\b",
        veto_left=r"\b(?:to|should|must|would|could|may|might)\s+$|\b(?:he|she|they|(?-i:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+))\s+(?:also\s+)?$",
        veto_right=r"\w+\s+(?:his|her|their|its|our|my)\s", label="an editorial verdict"),
    Cue(VERDICT, "demonstrates demonstrated illustrates illustrated proves proved shows showed reveals revealed".split(),
        r"(?:demonstrates|demonstrated|illustrates|illustrated|proves|proved|shows|showed|reveals|revealed)\s+"
        r"(?:(?:that|how|the|once\s+again|beyond|just|clearly)\b|(?=[\w'’-]+\s+(?:is|are|was|were|has|have)\b))",
        left=r"(?:\b(?:this|that|which|it|these|those)\s+|\b(?:this|that|the)\s+(?:[\w'’-]+\s+)?(?:decision|move|step|episode|incident|"
        r"affair|vote|result|deal|announcement|development|approach|shift|u-turn|row|reversal|defeat|victory|outcome|"
        r"resignation|response|reaction|attack|strike|protest|appointment|sacking)\s+)(?:(?:clearly|only|also|simply|once\s+again)\s+)?$",
        label="an editorial verdict"),
    Cue(VERDICT, ["marks", "marked"], r"mark(?:s|ed)\s+" + _MARKS, label="an editorial verdict"),
    Cue(VERDICT, "sign signal reminder testament indication symbol illustration".split(),
        r"\w+\s+(?:of|that)\b",
        left=COPULA + r"(?:(?:also|yet|further|just)\s+)?(?:a|an|another|the\s+latest|further|more|yet\s+another)\s+"
        r"(?:(?:clear|stark|powerful|strong|sure|telling|worrying|troubling|ominous|sobering|grim|vivid|striking|"
        r"potent|unmistakable|damning)\s+)+$",
        label="an editorial verdict"),
    Cue(VERDICT, ["speaks"], r"speaks\s+volumes\b", label="an editorial verdict"),
    Cue(VERDICT, ["reflects", "reflected", "reflect"],
        r"reflect(?:s|ed)?\s+(?:the|a|an)\s+(?:(?:growing|increasing|deepening|wider|broader|declining|waning|rising|"
        r"fundamental|underlying|general|new)\s+)(?:[\w-]+\s+){0,2}?(?:influence|power|weakness|strength|mood|shift|"
        r"trend|anxiety|unease|frustration|confidence|desperation|divide|divisions?|dominance|importance|role|sense|crisis)\b",
        strong=False, label="an editorial verdict"),
    Cue(VERDICT, "blow boost setback coup embarrassment humiliation".split(), r"\w+\s+(?:to|for)\b",
        left=r"\b(?:is|was|will\s+be|would\s+be|represents|represented|marks|dealt)\s+(?:a|an)\s+(?:(?:major|serious|huge|big|"
        r"severe|fresh|further|significant|heavy|massive|welcome|crushing|damaging|bitter)\s+)?$",
        strong=False, label="an editorial verdict"),
    Cue(VERDICT, "disaster catastrophe fiasco debacle failure success triumph mess shambles farce travesty".split(),
        r"\w+\b",
        left=r"(?:\b(?:is|was|has\s+been|have\s+been|proved|proved\s+to\s+be|remains)|\b(?:it|that|this)['’]s)\s+(?:(?:a|an)\s+)"
        r"(?:(?:huge|big|great|total|complete|absolute|unmitigated|real|major|resounding|spectacular|qualified|partial|"
        r"costly|humiliating|very|terrible|horrible|disastrous|tremendous)[\s,]+)*$",
        veto_left=FIRST_PERSON, strong=False, label="an editorial verdict"),
    # "Obamacare is collapsing", "the system is broken", "it's been very effective": a verdict on how
    # something works, stated as fact
    Cue(VERDICT, "failing collapsing broken obsolete unfit rigged unsustainable ineffective effective bankrupt".split(),
        r"(?:failing|collapsing|broken|obsolete|unfit|rigged|unsustainable|ineffective|effective|bankrupt)\b"
        r"(?!\s+(?:in|at|against|for|from|on|to|when|if|as|down|up|into|off)\b)",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been)|\b(?:it|that|this|what|which|he|she|there)['’]s(?:\s+been)?|"
        r"\b(?:they|you|we)['’]re)\s+(?:(?:now|already|clearly|totally|completely|"
        r"absolutely|very|highly|extremely|so|really|totally|fundamentally|hopelessly|simply|just)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why)\b[^,;]*$", strong=False, label="a verdict on how it works"),
    Cue(VERDICT, ["amounts", "amounted", "amount"], r"amount(?:s|ed)?\s+to\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:escalation|betrayal|"
        r"admission|u-turn|capitulation|surrender|climbdown|declaration|abdication|humiliation)\b", label="an editorial verdict"),
    Cue(VERDICT, ["doubt"], r"doubt\s+that\b", left=r"\bthere\s+(?:is|can\s+be)\s+(?:little\s+|no\s+)$", label="a certainty claim"),
    Cue(VERDICT, "undoubtedly undeniably unquestionably indisputably obviously evidently".split(), r"\w+\b",
        strong=False, label="an assertion of certainty"),
    Cue(VERDICT, ["successfully"], r"successfully\s+\w+",
        left=r"\b(?:has|have|had)\s+(?:(?:already|now|also)\s+)?$", strong=False, label="a verdict of success"),
    Cue(VERDICT, "weakened isolated emboldened vulnerable overstretched desperate divided weak fragile exhausted depleted cornered humiliated discredited disarray decline crisis back defensive ropes retreat".split(),
        _STATES,
        left=r"\b(?:is|are|was|were|remains?|remained)\s+(?:(?:now|currently|clearly|increasingly|severely|badly|seriously|deeply|militarily|"
        r"economically|politically|diplomatically|dangerously|hopelessly|bitterly|already|fatally|critically|gravely|"
        r"visibly|significantly|considerably)\s+)+(?:in\s+|on\s+the\s+)?$",
        veto_right=r"divided\s+(?:into|between|by|among|up)\b",
        strong=False, label="an assessment"),
]

# ------------------------------------------------------------------------ generalisation
# What follows "nobody", "no one", "not one": a verb of knowing, saying or having, in the indicative.
_UNIVERSAL = (
    r"(?:(?!(?:of|who|that|in|at|on|but|else)\b)[\w-]+\s+){0,2}?(?:(?:has|had|have|even|ever|really|actually|yet|else|"
    r"seriously)\s+)*(?:knows|knew|mentions|mentioned|had|has|did|does|talks|talked|wanted|got|gets|paid|pays|voted|"
    r"received|saw|sees|cares|cared|checked|asked|objected|complained|noticed|reported|predicted|expected|was|is|were|"
    r"are)\b"
)
_UNIVERSAL_VETO = (
    r"[\w\s]+?\b(?:is|was|were|are)\s+(?:going|allowed|able|available|sure|safe|perfect|above|immune|exempt|"
    r"in\s+favou?r|forced|suggesting|saying|asking|claiming|talking)\b"
)
_UNIVERSAL_VETO_LEFT = FIRST_PERSON + r"|\b(?:if|whether|so\s+that|make\s+sure|ensure|that)\s+(?:not\s+(?:a\s+)?)?$"
GENERALISATION_CUES = [
    Cue(GENERALISATION, "often always invariably routinely habitually inevitably usually typically".split(), r"\w+\b",
        veto_left=r"\b(?:how|as|not|almost|nearly|will|would)\s+$|" + FIRST_PERSON,
        veto_right=r"(?:often|always)\s+(?:as|been\s+(?:a|an|the))\b|always\s+(?:said|says|been\s+clear)\b",
        label="a generalisation"),
    Cue(GENERALISATION, "familiar well-worn recurring predictable now-familiar all-too-familiar time-honoured".split(),
        r"[\w-]+\s+(?:pattern|story|tale|refrain|script|playbook|cycle|theme|routine|trajectory|sequence)\b", label="a generalisation"),
    Cue(GENERALISATION, ["pattern"], r"pattern\s+of\b", left=r"\bfollows?\s+(?:a|the)\s+(?:[\w-]+\s+)?$", label="a generalisation"),
    Cue(GENERALISATION, ["everyone", "everybody"], r"(?:everyone|everybody)\s+knows\b", label="a generalisation"),
    Cue(GENERALISATION, "known accepted acknowledged agreed recognised recognized".split(), r"\w+\b",
        left=r"\bit\s+is\s+(?:well|widely|common|commonly|generally|universally)\s+$", label="appeal to common knowledge"),
    Cue(GENERALISATION, ["secret"], r"secret\s+that\b", left=r"\bno\s+$", label="appeal to common knowledge"),
    Cue(GENERALISATION, ["every"], r"every\s+(?:single\s+)?(?:city|state|town|country|community|county|school|neighbou?rhood)\b",
        left=r"\b(?:in|across)\s+$", label="a generalisation"),
    # "nobody mentions that", "not one Republican has", "no one knew": a claim about everyone
    # ("not" is frequent, so "not one" and "not a single" are found at "one" and "single")
    Cue(GENERALISATION, ["nobody", "no"], r"(?:nobody|no\s+one)\s+" + _UNIVERSAL,
        veto_right=_UNIVERSAL_VETO, veto_left=_UNIVERSAL_VETO_LEFT, label="a universal claim"),
    Cue(GENERALISATION, ["one", "single"], r"(?:one|single)\s+" + _UNIVERSAL, left=r"\bnot\s+(?:a\s+)?$",
        veto_right=_UNIVERSAL_VETO, veto_left=_UNIVERSAL_VETO_LEFT, label="a universal claim"),
    Cue(GENERALISATION, ["again"], r"again\b", left=r"\btime\s+and\s+(?:time\s+)?$", label="a generalisation"),
    Cue(GENERALISATION, ["often"], r"often\s+than\s+not\b", left=r"\bmore\s+$", label="a generalisation"),
    Cue(GENERALISATION, ["often"], r"often\b", left=r"\ball\s+too\s+$", label="a generalisation"),
    Cue(GENERALISATION, ["often"], r"often\s+(?:the\s+case|happens)\b", left=r"\bas\s+(?:(?:is|so)\s+)*$", label="a generalisation"),
    Cue(GENERALISATION, ["always", "usual"], r"(?:always|usual)\b", left=r"\bas\s+$", label="a generalisation"),
]
