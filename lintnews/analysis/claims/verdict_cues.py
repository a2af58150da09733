"""Cues of editorial verdicts (CLM006) and sweeping generalisations (CLM007).

Verdicts: "signifies an escalation", "underlines", "marks a turning point", "this shows
that", certainty adverbs, "has been a disaster", assessments of an actor ("is militarily
weakened") and of how something works ("the scheme is collapsing"). Generalisations:
"often", "always", "a familiar pattern", "everyone knows", universal claims ("nobody
mentions that", "not one Republican has", "in every city"). ``strong=False`` marks the
weaker forms, reported as information.
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import COPULA, FIRST_PERSON, GENERALISATION, NUM_WORD, VERDICT
from lintnews.matching.cues import DIGIT, Cue, alternation

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
        r"reflect(?:s|ed)?\s+(?:the|a|an)\s+(?:(?:growing|increasing|deepening|deep|wider|broader|declining|waning|rising|"
        r"fundamental|underlying|general|new|widespread|profound|mounting|real|genuine)\s+)(?:[\w-]+\s+){0,2}?[a-z]+\b",
        veto_left=r"\b(?:perhaps|possibly|probably|may|might|could|arguably|partly|in\s+part)\s+$",  # a hedged reading
        strong=False, label="an editorial verdict"),
    Cue(VERDICT, "blow boost setback coup embarrassment humiliation victory win defeat triumph".split(), r"\w+\s+(?:to|for)\b(?!\s+(?:the\s+)?(?-i:[A-Z]))",
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

# ------------------------------------------------------------------ by construction
#: Evaluative nouns: "is a betrayal of", "was a disaster for", "a triumph".
_EVAL_NOUNS = """betrayal disaster catastrophe fiasco debacle failure farce travesty shambles scandal disgrace
outrage insult mistake blunder error folly con sham stitch-up whitewash own-goal masterstroke masterpiece
triumph success coup godsend lifeline gift boon windfall waste white-elephant vanity-project
slap kick embarrassment humiliation capitulation surrender climbdown indictment rebuke masterclass
snub affront cop-out whitewash smokescreen charade pantomime circus""".split()
#: Evaluative adjectives: "was a disastrous decision", "is reckless", "the plan is absurd".
_EVAL_ADJ = """disastrous catastrophic calamitous shameful scandalous disgraceful outrageous appalling
terrible dreadful awful woeful abysmal shocking deplorable reckless foolish stupid idiotic absurd
ridiculous ludicrous laughable pointless futile senseless misguided wrongheaded short-sighted
shortsighted naive naïve cynical cruel heartless callous unfair unjust unacceptable indefensible
inexcusable unforgivable irresponsible incompetent botched flawed doomed hopeless brilliant excellent
superb outstanding magnificent wonderful fantastic remarkable extraordinary exceptional inspired
visionary wise sensible courageous heroic admirable commendable laudable historic landmark
feeble meaningless shambolic chaotic spineless toothless hollow dismal pitiful lamentable soulless charmless
characterless drab dreary grim bleak sorry ignominious inglorious fitting
welcome overdue long-overdue unnecessary needless wasteful costly damaging harmful dangerous
ill-judged ill-advised ill-conceived ill-timed misjudged misconceived wrong-headed inadequate inept clumsy
heavy-handed high-handed cack-handed half-hearted half-baked derisory paltry excessive disproportionate
unworkable unrealistic negligent complacent lacklustre lackluster insulting patronising patronizing""".split()
#: Further evaluative adjectives, found with the same copula (kept apart from the attributive
#: noun list of the cue above): "was exemplary", "was very insufficient", "is world-class".
_EVAL_ADJ_EXTRA = """exemplary impeccable flawless first-rate second-rate third-rate world-class mediocre abject
insufficient lamentable inexplicable unjustifiable indefensible unconscionable""".split()
_EVAL_N = alternation(_EVAL_NOUNS)
_EVAL_A = alternation(_EVAL_ADJ)
_DEGREE = r"(?:(?:a|an|the)\s+)?(?:(?:very|truly|utterly|totally|completely|deeply|hugely|wholly|simply|plainly|clearly|"
_DEGREE += r"frankly|downright|thoroughly|particularly|especially|quite|rather|most|so|such\s+a|long|woefully|hopelessly|"
_DEGREE += r"grossly|badly|sorely|deeply|lamentably|spectacularly|wildly|strikingly|painfully)\s+)*"

VERDICT_CUES += [
    # "was a disastrous decision", "is a betrayal of villages", "The plan is absurd."
    Cue(VERDICT, _EVAL_ADJ, _EVAL_A + r"\b(?:\s+(?:[\w-]+\s+)?(?:decision|move|choice|idea|plan|policy|mistake|step|"
        r"error|blunder|u-turn|waste|failure|outcome|result|deal|scheme|reform|law|bill|approach|strategy|response|"
        r"record|performance|display|week|year|day|season|moment|episode|affair|chapter|situation|state))?",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained|proved|proves|looks|looked|"
        r"seems|seemed)|\b(?:it|that|this|what|which|he|she|there)['’]s)\s+(?:(?:also|now|still|both|simply|clearly|frankly)\s+)*" + _DEGREE + r"$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what)\b[^,;]*$",
        veto_right=r"[\w-]+\s+(?:to|by)\b|(?:dangerous|costly|damaging|harmful|historic|welcome|landmark)\s+(?:for|to|in|at|on)\b|"
        r"(?:welcome|historic)\s*[.,;]", strong=False, label="an editorial verdict"),
    Cue(VERDICT, _EVAL_NOUNS, _EVAL_N + r"\b(?:\s+(?:of|for|to)\b)?",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|remains|proved|proves|amounts\s+to|amounted\s+to|"
        r"represents|represented|constitutes)|\b(?:it|that|this|what|which|he|she|there)['’]s)\s+(?:(?:also|now|still|simply|clearly|nothing\s+less\s+than|"
        r"nothing\s+short\s+of)\s+)*(?:a|an|the)\s+(?:(?:[\w-]+)\s+){0,2}?$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what)\b[^,;]*$|\bthe\s+(?:first|second|biggest|latest)\s+$",
        strong=False, label="an editorial verdict"),
    # a plain quality word judging how someone did their job: "The ministry's handling of the
    # floods has been completely weak", "The council's response was very poor", "Their
    # record on repairs is bad" (the same words on a thing are description: "the signal is weak")
    Cue(VERDICT, "poor weak bad good disappointing unimpressive slow sluggish feeble inadequate insufficient unsatisfactory "
        "ineffective ineffectual excellent".split(),
        r"(?:poor|weak|bad|good|disappointing|unimpressive|slow|sluggish|feeble|inadequate|insufficient|unsatisfactory|"
        r"ineffective|ineffectual|excellent)\b(?!\s+(?:enough|for|at|to|in)\b)",
        left=r"\b(?:performance|response|handling|management|stewardship|oversight|leadership|record|efforts|effort|conduct|"
        r"reaction|supervision|enforcement|preparation|preparations|planning|policing|governance|administration)"
        r"(?:\s+(?:of|by|on|in|to|over)\s+[^,;:.]{1,60}?)?\s+(?:has\s+been|have\s+been|had\s+been|is|was|were|are|remains|remained)\s+"
        r"(?:(?:also|now|still|simply|clearly|frankly)\s+)*" + _DEGREE + r"$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what|said|says|told|called|described|branded)\b[^,;]*$",
        strong=False, label="an editorial verdict"),
    # evidence said to settle a question: "The tests prove beyond doubt that", "The logs show
    # conclusively that", "The photographs leave no doubt that": the writer's certainty laid
    # on the evidence (a court's standard, "must prove beyond reasonable doubt", is not one)
    Cue(VERDICT, "prove proves proved proven show shows showed shown demonstrate demonstrates demonstrated establish "
        "establishes established confirm confirms confirmed settle settles settled".split(),
        r"(?:prove[sdn]?|proved|show[sn]?|showed|demonstrate[sd]?|establish(?:es|ed)?|confirm(?:s|ed)?)\s+"
        r"(?:beyond\s+(?:any\s+|all\s+)?(?:reasonable\s+)?(?:doubt|question|dispute)|conclusively|once\s+and\s+for\s+all|"
        r"categorically|definitively|irrefutably|incontrovertibly|indisputably|unequivocally)\b"
        r"|settle[sd]?\s+(?:the\s+(?:question|matter|debate|argument)|it)\s+once\s+and\s+for\s+all\b",
        veto_left=FIRST_PERSON + r"|\b(?:must|to|cannot|can['’]t|could\s+not|failed\s+to|unable\s+to|if|whether|not|never|said|says|"
        r"claimed|claims|insisted|argued)\b[^,;]*$|\b(?:prosecution|prosecutors|crown|jury|court|judge|state)\b[^,;]*$",
        strong=False, label="an editorial verdict"),
    Cue(VERDICT, ["leave", "leaves", "left", "puts", "put"],
        r"(?:leaves?|left)\s+(?:no|little)\s+(?:room\s+for\s+)?doubt\s+that\b|(?:puts?)\s+(?:it|the\s+matter|the\s+question)\s+beyond\s+doubt\b",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|not|said|says|claimed|claims)\b[^,;]*$",
        strong=False, label="an editorial verdict"),
    # "testifies to a deep anger", "bears witness to"
    Cue(VERDICT, ["testifies", "testify", "testified", "bears", "bear", "bore"],
        r"(?:testif(?:y|ies|ied)|bears?\s+witness|bore\s+witness)\s+(?:to|of)\b",
        veto_left=r"\b(?:to|will|would|could|may|might)\s+$", label="an editorial verdict"),
    # "has finally solved the problem", "has successfully ended", "fixed the crisis at last"
    Cue(VERDICT, "solved solves resolved resolves fixed fixes cured cures ended ends tackled tackles".split(),
        r"(?:solved|solves|resolved|resolves|fixed|fixes|cured|cures|ended|ends|tackled|tackles)\s+(?:(?:the|a|this|that|its|their|"
        r"britain['’]s|the\s+\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:problem|problems|crisis|issue|shortage|scourge|plague|"
        r"mess|headache|nightmare|backlog|epidemic|curse)\b",
        veto_left=r"\b(?:to|will|would|could|may|might|not|never|hasn['’]t|haven['’]t|if|whether|bid|attempt|effort|aims?|"
        r"plans?|hopes?)\s+(?:\w+\s+)?$", label="a verdict of success"),
    # "have been priced out of the market for good"
    Cue(VERDICT, ["priced"], r"priced\s+out\b", left=r"\b(?:have|has|had|are|is|were|was|been|being|get|got)\s+"
        r"(?:(?:now|been|being|effectively|all\s+but|simply|completely|entirely)\s+)*$",
        veto_left=r"\b(?:may|might|could|risk|risks|would|will|fear|fears)\b[^,;]*$", label="a verdict"),
    # a crowd's verdict: "The masses have highly praised", "Locals have warmly welcomed"
    # "is purely symbolic", "little more than a gesture", "mere window dressing"
    Cue(VERDICT, "symbolic cosmetic gesture window-dressing window stunt".split(),
        r"(?:symbolic|cosmetic|(?:a\s+|an?\s+empty\s+)?gesture|window[- ]dressing|(?:a\s+)?(?:pr\s+|publicity\s+)?stunt)\b",
        left=r"\b(?:purely|merely|largely|entirely|mostly|only|simply|nothing\s+(?:more\s+)?than|little\s+more\s+than|"
        r"no\s+more\s+than|mere|just)\s+(?:an?\s+(?:empty\s+)?|(?:a\s+)?(?:pr|publicity)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether)\s+(?:\w+\s+){0,2}$", label="an editorial verdict"),
    # "came far too late", "too little, too late": a judgement of timing or measure
    Cue(VERDICT, ["too"], r"too\s+(?:late|little|slow|slowly|timid|weak|feeble|soft|lenient|little\s*,\s*too\s+late)\b",
        left=r"\b(?:far|much|way|years|decades|months|weeks|simply|hopelessly|woefully)\s+$|(?:^|[,;:—–]\s*)$|"
        r"\b(?:came|comes|come|arrived|arrives|acted|acts|moved|responded|is|was|were|are)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|it\s+(?:is|was)|(?:is|was)\s+(?:never|not))\s+(?:\w+\s+){0,2}$",
        # ("too late to catch the last train" is narration; "too late to save the reservoir" judges)
        veto_right=r"too\s+late\s+to\b(?!\s+(?:save|stop|prevent|rescue|help|make\s+a\s+difference|matter|halt|reverse)\b)",
        strong=False, label="an editorial verdict"),
    # accusations in narration: "preys on the vulnerable", "have hidden the risks from residents
    # for years", "are destroying the high street"
    Cue(VERDICT, "prey preys preyed preying fleece fleeces fleeced fleecing profiteering".split(),
        r"(?:prey(?:s|ed|ing)?\s+(?:up)?on|fleec(?:e|es|ed|ing)|profiteering)\b",
        veto_left=FIRST_PERSON + r"|\b(?:birds?|animals?|species|fish|owls?|hawks?|foxes|sharks?|predators?|spiders?|wolves|"
        r"snakes?|cats?|insects?|beetles?|eagles?|lions?|seals?|larvae)\s+(?:\w+\s+)?$", label="a loaded verb"),
    Cue(VERDICT, "hidden concealed covered hushed suppressed".split(),
        r"(?:hidden|concealed|covered\s+up|hushed\s+up|suppressed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:from\s+(?:the\s+)?(?:public|residents|voters|patients|parents|customers|investors|parliament|tenants|families|"
        r"people|regulators)|for\s+(?:years|decades|months))\b",
        left=r"\b(?:has|have|had)\s+(?:(?:long|systematically|deliberately|repeatedly|consistently)\s+)?(?:been\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|allegedly|accused\s+of|claims?|claimed|deny|denies|denied)\b[^,;]*$",
        label="an accusation"),
    Cue(VERDICT, "destroying ruining wrecking strangling gutting decimating poisoning choking bleeding killing hurting "
        "harming punishing failing betraying crippling".split(),
        r"(?:destroying|ruining|wrecking|strangling|gutting|decimating|poisoning|choking|bleeding|killing|hurting|harming|"
        r"punishing|failing|betraying|crippling)\s+(?:off\s+)?"
        r"(?:the|our|their|its|britain['’]s|the\s+country['’]s|this\s+country['’]s|[\w-]+['’]s|[\w-]+s['’])\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:farmland|countryside|high\s+streets?|town|towns|city|cities|economy|industry|industries|communities|community|"
        r"business|businesses|villages?|coast|coastline|rivers?|seas?|environment|landscape|heritage|democracy|country|"
        r"farms?|jobs|future|livelihoods|trade|sport|game|culture|health\s+service|nhs|schools?|service|poor|poorest|"
        r"vulnerable|most\s+vulnerable|young|elderly|pupils|patients|tenants|families|households|workers|services|planet|"
        r"world|climate|oceans?|lives|"
        # what cannot be destroyed but in someone's judgement: "is destroying the identity of the islands"
        r"identity|character|soul|fabric|spirit|reputation|image|way\s+of\s+life|traditions?|values|trust|confidence|"
        r"morale|credibility|integrity|lungs|health|hearts|hearing|eyesight|wellbeing|development|mental\s+health|chances|"
        r"prospects)\b",
        left=r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|slowly|steadily|quietly)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|risk|risks|accused\s+of|claims?|if|whether)\b[^,;]*$",
        label="a loaded verb"),
]

# Failure as a verdict: "The reforms have failed.", "The strategy has failed miserably", "The
# council has failed to tackle the potholes", "The trust has failed its pupils" (a missed
# court date or a failed test is an event: "failed to appear", "failed a drugs test").
_REMEDY = (
    r"deliver|work|tackle|address|protect|stop|curb|halt|fix|improve|reduce|solve|prevent|meet\s+(?:its|their|his|her)|"
    r"live\s+up|keep\s+(?:its|their|his|her)\s+promises?|get\s+to\s+grips|learn|act|listen|help|support|control|"
    r"regulate|enforce|police|invest|plan|prepare|grasp|understand|make\s+(?:a|any)\s+(?:difference|impact|dent)"
)
VERDICT_CUES += [
    Cue(VERDICT, ["failed"],
        r"failed(?:\s*(?=[.;!]|\s*$)|\s+(?:miserably|spectacularly|utterly|completely|abjectly|badly|dismally|totally|"
        r"comprehensively|woefully)\b|\s+(?:(?:yet\s+)?again\s+|repeatedly\s+|consistently\s+)?to\s+(?:" + _REMEDY + r")\b|"
        r"\s+(?:its|their|his|her|the)\s+(?:[\w'’-]+\s+)?(?:pupils|students|patients|residents|tenants|members|customers|"
        r"passengers|workers|staff|citizens|voters|community|communities|children|families|victims|town|city|country|"
        r"people|public|taxpayers|fans|supporters)\b)",
        left=r"\b(?:has|have|had)\s+(?:(?:completely|utterly|clearly|simply|repeatedly|consistently|also|so\s+far|"
        r"largely|totally|badly|again)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|if|whether|said|says|claims?|claimed|accused|argue[sd]?|"
        r"insist(?:s|ed)?|believe[sd]?|who|which|attempts?|efforts?|bids?|tries|searches|hopes?)\b[^,;]*$"
        r"|\b(?:bid|bids|attempt|attempts|appeal|appeals|test|tests|talks|negotiations|engine|engines|brakes?|pump|"
        r"pumps|transplant|operation|launch|rocket|vote|motion|bill|amendment|challenge|application|takeover|offer|"
        r"he|she|they|it)\s+(?:(?:has|have|had)\s+)(?:\w+\s+)?$",
        label="a verdict of failure"),
    # "The zone has saved hundreds of lives", "Cheap imports have destroyed thousands of farms",
    # "The bypass has transformed the lives of villagers": a sweeping impact stated as fact
    Cue(VERDICT, "saved destroyed ruined wrecked devastated transformed revitalised revitalized rescued killed decimated "
        "gutted crippled bankrupted hollowed wiped".split(),
        r"(?:saved|destroyed|ruined|wrecked|devastated|transformed|revitalised|revitalized|rescued|killed\s+off|decimated|"
        r"gutted|crippled|bankrupted|hollowed\s+out|wiped\s+out)\s+(?:(?:the\s+)?(?:lives|livelihoods|futures)\s+of\b|"
        r"(?:hundreds|thousands|millions|tens\s+of\s+thousands|dozens|countless|untold)\s+(?:of\s+)?|"
        r"(?:the|our|their|its|britain['’]s|the\s+country['’]s|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:countryside|"
        r"high\s+streets?|towns|villages|communities|economy|industry|coast|coastline|rivers|heritage|farms|"
        r"livelihoods|trade|game|culture|health\s+service|care|services)\b|"
        r"(?:care|services|treatment|life|lives|the\s+way)\s+(?:for|of|on|in|that|people)\b)",
        left=r"\b(?:has|have|had)\s+(?:(?:already|single-handedly|effectively|quietly|steadily|slowly|simply|also)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|if|whether|said|says|claims?|claimed|estimated)\b[^,;]*$"
        r"|\b(?:fire|fires|blaze|blazes|storm|storms|flood|floods|flooding|earthquake|quake|hurricane|typhoon|tornado|"
        r"wildfire|wildfires|explosion|blast|virus|outbreak|disease|drought|war|bombing|bombings|shelling|"
        r"lifeboat|lifeboats|crew|crews|firefighters|surgeons|doctors|rescuers|coastguard)\b[^,;]{0,40}$",
        label="a sweeping impact"),
]

VERDICT_CUES += [
    # "The regulator has let down millions of bill payers", "The academy has been badly run for
    # years", "The trust's leadership has lost all credibility", "The ban was an overreaction"
    Cue(VERDICT, ["let"], r"let\s+(?:[\w'’-]+\s+){0,4}?down\b",
        left=r"\b(?:has|have|had)\s+(?:(?:badly|repeatedly|consistently|completely|utterly|also|again)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|if|whether|said|says|claims?|feel|felt|feels)\b[^,;]*$",
        veto_right=r"let\s+(?:[\w'’-]+\s+){0,3}?(?:tyres?|hair|guard|rope|ladder|drawbridge)\s+down\b", label="a verdict"),
    Cue(VERDICT, ["badly", "poorly", "appallingly", "shockingly", "woefully"],
        r"(?:badly|poorly|appallingly|shockingly|woefully)\s+(?:run|managed|led|governed|handled|organised|organized|"
        r"planned|designed|maintained|treated)\b",
        left=r"\b(?:is|are|was|were|been|being)\s+(?:(?:so|very|also|long)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|if|whether|said|says|claims?)\b[^,;]*$",
        veto_right=r"\w+\s+(?:damaged|injured|hurt|burned|burnt|wounded)\b", label="a verdict"),
    Cue(VERDICT, ["lost"], r"lost\s+(?:all|any|the\s+last\s+of\s+its|what\s+little)\s+(?:credibility|authority|"
        r"legitimacy|respect|moral\s+authority|touch|grip|trust)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:now|long\s+since|clearly|simply)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|if|whether|said|says|claims?|feel|felt|feels)\b[^,;]*$",
        label="a verdict"),
    Cue(VERDICT, ["recipe"], r"recipe\s+for\s+(?:disaster|chaos|confusion|trouble|failure|conflict|misery|ruin)\b",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|remains|looks)|['’]s)\s+(?:(?:a|an|the)\s+)(?:(?:real|perfect|sure|certain)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|called|calls|branded|described)\b[^,;]*$", label="a verdict"),
    Cue(VERDICT, ["makes", "made", "make"], r"(?:makes|made|make)\s+(?:no|little|perfect|good|complete)\s+"
        r"(?:(?:commercial|financial|economic|political|practical|legal|business|strategic)\s+)?sense\b|"
        r"(?:made|make|makes)\s+(?:things|matters|everything|life)\s+(?:(?:much|far|even|a\s+lot)\s+)?(?:worse|better|harder|easier)\b",
        veto_left=FIRST_PERSON + r"|\b(?:may|might|could|would|will|if|whether|said|says|claims?|to|it|this|that)\s+$"
        r"|\b(?:may|might|could|would|if|whether|said|says|claims?|feel|felt|feels)\b[^,;]*$", label="a verdict"),
    Cue(VERDICT, ["overreaction", "eyesore", "monstrosity", "white", "vanity", "folly", "carbuncle", "blunder"],
        r"(?:overreaction|eyesore|monstrosity|white\s+elephant|vanity\s+project|folly|carbuncle|blunder)\b",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|remains|proved)|['’]s)\s+(?:(?:a|an|the)\s+)"
        r"(?:(?:huge|costly|expensive|ugly|absurd|complete|total|massive|monumental|classic|grotesque|gross)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|called|calls|branded|described)\b[^,;]*$",
        label="a verdict"),
]

# Loaded words: a judgement no neutral report makes in its own voice ("a brazen plot",
# "the sinister conspiracy", "draconian laws"), wherever they stand.
_LOADED = """brazen sinister shameful shameless disgraceful outrageous ludicrous laughable pathetic idiotic moronic
vile despicable disgusting deplorable atrocious abysmal woeful reckless cynical heartless callous thuggish
sociopathic crooked rigged bogus ruinous draconian hysterical unhinged deranged delusional
dishonest spineless gutless pitiful farcical nonsensical scandalous egregious insidious nefarious odious
repugnant grotesque contemptible pernicious incompetent inept clueless hapless feckless""".split()
VERDICT_CUES += [
    Cue(VERDICT, _LOADED, alternation(_LOADED) + r"\b", veto_left=FIRST_PERSON + r"|\b(?:not|so-called|allegedly)\s+$",
        strong=False, label="a loaded word"),
]

#: Words of time after "every" ("Every Tuesday the market opens"), not a people.
_TIME_WORDS = alternation("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Christmas Easter Spring Summer Autumn Winter Sabbath Ramadan Diwali""".split())
# Any verb in the present after the population, not only the habits listed above: "Seven in
# ten readers now buy online", "half of all pupils in the county walk to school", "70% of
# five-year-olds have tooth decay". A past verb ("voted", "were", "got") is an event's own
# count, and a modal ("will", "must", "can") a plan or a rule.
_NOT_PRESENT = alternation(
    """were was had did who whom which that and or but nor of to for with from by as than the a an its their his her
    said told got went came left took made gave saw won lost fell rose ran sold paid bought spent chose voted drew
    began became grew kept met sent sat stood wrote broke fled led heard felt found thought brought caught taught
    will would could may might must should can shall cannot need needs be been being is says say have has are am do does now still regularly never already routinely simply actually usually
    often rarely typically always seldom mostly commonly longer""".split()
)
_ANY_PRESENT_VERB = (
    r"(?:(?:now|still|regularly|never|no\s+longer|already|routinely|simply|actually|usually|often|rarely|typically|"
    r"always|seldom|mostly|commonly)\s+)?(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)"
    r"(?!" + _NOT_PRESENT + r"\b)(?-i:[a-z]{3,})(?<!ed)(?<!ing)\b"
    # (not a noun with the verb still to come: "in the county now has")
    r"(?!\s+(?:now|still|already|never|has|have|is|are|was|were|had|will|would|can|could|must|may|might)\b)"
    r"(?![^,;:.]*?\b(?:were|was|had|did|have\s+been|has\s+been)\b)(?!\s+and\s+\w+ed\b)(?=\s+\w)"
)
# Generic people and their feelings: "Residents have had enough", "Doctors everywhere hate
# paperwork", "Voters are tired of".
_GENERIC = (
    r"(?:^\W*|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:(?:most|all|many|ordinary|local|british|young|older)\s+)?"
    r"(?-i:(?:[A-Za-z][a-z-]*\s+){0,2}?(?:[A-Za-z][a-z-]*(?:s|people|men|women)|[Pp]eople|[Pp]ublic|[Gg]eneration|[Yy]outh))\s+(?:(?:everywhere|nationwide|across\s+the\s+(?:country|world|board)|"
    r"up\s+and\s+down\s+the\s+country|all\s+over\s+the\s+\w+)\s+)?(?:(?:now|simply|really|just|all|clearly)\s+)*"
)
# (A vague quantifier standing in for a claim, "Many patients simply give up", is the
# hedging pack's HDG010: one span, one finding.)
#: How a whole group feels: "Residents are furious", "Expectant mothers are terrified".
_EMOTIONS = """furious angry outraged livid delighted thrilled dismayed appalled incensed unhappy disillusioned
divided terrified scared frightened horrified devastated heartbroken elated overjoyed relieved nervous bitter
resentful desperate exhausted demoralised demoralized despairing distraught jubilant ecstatic euphoric
fearful anxious worried alarmed baffled bewildered""".split()
# Things a generic group cannot do: "Small village schools simply cannot survive".
_CANNOT = (
    r"(?:cannot|can['’]t|can\s+no\s+longer|could\s+never|will\s+never)\s+(?:(?:simply|possibly|ever|really)\s+)?"
    r"(?:survive|compete|cope|afford|win|work|function|last|succeed|thrive|continue|go\s+on|keep\s+up|make\s+ends\s+meet|"
    r"be\s+trusted|be\s+saved)\b"
)
_GROUP_AUX = (
    r"(?:(?:have|has|are|is|been|grown|become|getting|now|all|simply|really|secretly|quietly|privately|increasingly|"
    r"deeply|utterly|clearly|understandably|rightly|already|still|very|so|extremely|thoroughly|bitterly)\s+)+"
)
GENERALISATION_CUES_BY_CONSTRUCTION = [
    # "All Americans are hurt by", "all parents know": a claim about everyone in a group
    Cue(GENERALISATION, ["all"], r"all\s+(?!the\b|of\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"twenty|thirty|forty|fifty|hundred|these|those|its|their|his|her|our|my|your)\b)(?:[a-z]+\s+)?(?:(?-i:[A-Z])[a-z]+(?:ans|ers|ese|ish|s)|people|parents|children|"
        r"workers|voters|teachers|doctors|nurses|patients|residents|citizens|women|men|families|taxpayers|pensioners|"
        r"students|pupils|farmers|drivers|consumers|customers|members|politicians|ministers|experts)"
        # where the group lives: "All young people in the valley have left"
        r"(?:\s+(?:in|on|across|from|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+|(?-i:[a-z][\w'’-]+))(?:\s+(?-i:[a-z][\w'’-]+))?)?"
        r"\s+(?:(?:now|simply|really|just|still|already|long\s+since)\s+)?"
        r"(?:are|have(?!\s+(?:been|to)\b)|know|knows|want|need|deserve|agree|believe|suffer|lose|pay|benefit|hate|love|fear|understand)\b",
        veto_left=r"\b(?:if|not|almost|nearly|virtually|of|for|to|at|in|on)\s+$", strong=False, label="a universal claim"),
    # any verb in the present after a whole people ("All Dutch children learn to swim", "All
    # Icelanders read the sagas") or after a habit marker ("All teenagers now carry a phone");
    # a group of a place with a plain verb is often an arrangement ("All pupils sit the exam
    # in June", "All members get a vote")
    Cue(GENERALISATION, ["all"],
        r"all\s+(?:(?-i:[A-Z])[a-z]+(?:\s+(?:children|people|adults|men|women|families|households|teenagers|"
        r"pupils|students|voters|workers|drivers|farmers|parents|citizens)|(?:ans|ers|ese|ish|s))\s+(?!(?:receive|get|gets|sit|attend|"
        r"undergo|qualify|apply|register)\b)" + _ANY_PRESENT_VERB
        + r"|(?!(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|these|those|its|their|his|her|our|my|your|the)\b)"
        r"[a-z]+\s+(?:[a-z]+\s+)?(?:now|still|already|increasingly|always|never|no\s+longer)\s+" + _ANY_PRESENT_VERB + r")",
        # (at the start of a clause: "Former All Saints singer", "against the All Blacks" are names)
        left=r"(?:^\W*|[,;:—–]\s*|\b(?:and|but|that|while|where|now|today|nowadays|because|as)\s+)$",
        veto_left=r"\b(?:if|not|almost|nearly|virtually|of|for|to|at|in|on)\s+$", strong=False, label="a universal claim"),
    Cue(GENERALISATION, ["cannot", "can't", "can’t", "can", "could", "will"], _CANNOT,
        left=_GENERIC + r"$", veto_left=r"\b(?:i|we|you|he|she|they|it)\s+(?:\w+\s+)*$", flags=0, label="a generalisation"),
    Cue(GENERALISATION, ["everywhere", "nationwide"], r"(?:everywhere|nationwide)\s+(?:(?:now|simply|really|just)\s+)*"
        r"(?:hate|hates|love|loves|want|wants|fear|fears|know|knows|agree|agrees|dislike|dislikes|distrust|distrusts|"
        r"prefer|prefers|are|is|have|has|feel|feels|believe|believes|think|thinks|dread|dreads|resent|resents)\b",
        left=r"\b[a-z][a-z-]*(?:s|people|men|women)\s+$", label="a generalisation"),
    # (each found at its rarer word: "enough", "fed", "patience", "arms", an emotion)
    Cue(GENERALISATION, ["fed", "tired", "sick", "weary"] + _EMOTIONS,
        r"(?:fed\s+up|tired|sick|weary)\s+(?:of|with)\b|" + alternation(_EMOTIONS) + r"\b",
        left=_GENERIC + _GROUP_AUX + r"$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they)\s+(?:\w+\s+)*$", flags=0, label="a generalisation"),
    Cue(GENERALISATION, ["enough"], r"enough\s+(?:of|with)\b", left=_GENERIC + _GROUP_AUX + r"had\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they)\s+(?:\w+\s+)*$", flags=0, label="a generalisation"),
    Cue(GENERALISATION, ["patience", "faith", "trust", "confidence", "interest"], r"\w+\b",
        left=_GENERIC + _GROUP_AUX + r"lost\s+(?:all\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they)\s+(?:\w+\s+)*$", flags=0, label="a generalisation"),
    Cue(GENERALISATION, ["arms"], r"arms\b", left=_GENERIC + r"(?:(?:are|is|were|was|now|all)\s+)+up\s+in\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they)\s+(?:\w+\s+)*$", flags=0, label="a generalisation"),
    # "Young people simply refuse to", "The older generation won't": what a whole group will not do
    Cue(GENERALISATION, "refuse refuses refused".split(), r"refuse[sd]?\s+to\b",
        left=_GENERIC + r"(?:(?:simply|still|now|just|flatly|increasingly|often|generally)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they|it)\s+(?:\w+\s+)*$|(?-i:\b[A-Z][a-z]+\s+)$", flags=0,
        label="a generalisation"),
    # "Private equity owners tend to load firms with debt", "Landlords tend to raise rents":
    # what a whole group habitually does
    # (plural "tend" only: "Smith tends to" is one person's habit)
    Cue(GENERALISATION, ["tend"], r"tend\s+to\s+(?!be\s+(?:held|run|played|staged|made|given|based|found)\b|(?:the|a|an|their|his|her|its|our|"
        r"my|your|patients|animals|livestock|sheep|cattle|the\s+wounded|wounded|sick|injured|crops|gardens?)\b)\w+",
        left=_GENERIC + r"(?:(?:usually|generally|often|typically|still|now|also)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they|it|this|that|which|who)\s+(?:\w+\s+)*$",
        flags=0, label="a generalisation"),
    # "Fraud is rife in the sector", "Bribery is endemic among officials": prevalence stated as fact
    Cue(GENERALISATION, "rife rampant endemic widespread commonplace".split(),
        r"(?:rife|rampant|endemic|widespread|commonplace)\s+(?:in|among|across|throughout|within|at)\b",
        left=r"\b(?:is|are|was|were|has\s+been|have\s+been|remains|remain|became|become)\s+(?:(?:still|now|also|increasingly|"
        r"simply|already)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how)\b[^,;]*$", label="a generalisation"),
    # "Burglaries have soared across the country in recent years": a trend across a population
    Cue(GENERALISATION, ["across", "nationwide", "everywhere"],
        r"(?:across\s+the\s+(?:country|uk|nation|world|continent|region|board)|nationwide|everywhere)\b",
        left=r"\b(?:have|has|had)\s+(?:(?:also|now|steadily|sharply|dramatically)\s+)*(?:soared|rocketed|risen|fallen|"
        r"increased|decreased|doubled|tripled|surged|plummeted|slumped|grown|declined|dropped|spread|multiplied|"
        r"exploded|ballooned|become\s+(?:more|less|\w+er))\s+$", label="a generalisation"),
]

# ------------------------------------------------------------------------ generalisation
# What follows "nobody", "no one", "not one": a verb of knowing, saying or having, in the indicative.
_UNIVERSAL = (
    r"(?:(?:in|at|on|among|across|within|outside|inside)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?"
    r"(?:(?!(?:of|who|that|in|at|on|but|else)\b)[\w-]+\s+){0,2}?(?:(?:has|had|have|even|ever|really|actually|yet|else|"
    r"seriously)\s+)*(?:knows|knew|mentions|mentioned|had|has|did|does|talks|talked|wanted|got|gets|paid|pays|voted|"
    r"received|saw|sees|cares|cared|checked|asked|objected|complained|noticed|reported|predicted|expected|was|is|were|"
    r"are|believes|believed|thinks|thought|expects|trusts|trusted|wants|likes|liked|doubts|doubted|imagines|imagined|"
    r"takes|listens|understands|bothers|dares|admits|accepts|reads|uses|needs|remembers|notices)\b"
)
_UNIVERSAL_VETO = (
    r"[\w\s]+?\b(?:is|was|were|are)\s+(?:(?:seriously|badly|thought\s+to\s+(?:be|have\s+been)|believed\s+to\s+(?:be|have\s+been)|"
    r"reported)\s+)?(?:going|allowed|able|available|sure|safe|perfect|above|immune|exempt|"
    r"in\s+favou?r|forced|suggesting|saying|asking|claiming|talking|injured|hurt|killed|harmed|hospitali[sz]ed|arrested|"
    r"charged|home|inside|aboard|on\s+board|in\s+the|at\s+home|present|there|available\s+for|trapped|missing|"
    r"left|found|seen|caught|hit|in\s+custody|detained|held|to\s+blame)\b"
)
# A count of zero for one event, in the perfect: "Nobody has applied for the post", "no one has
# come forward", "not one driver has been charged": a checkable fact about that event, not a
# claim about everyone ("nobody has ever asked", "no one has bothered", "nobody has noticed").
_UNIVERSAL_VETO += (
    r"|(?:nobody|no\s+one|one|single)\s+(?:[\w'’-]+\s+){0,2}?(?:has|have|had)\s+(?:(?:yet|so\s+far|since|now|still|"
    r"already)\s+)*(?:been\s+)?(?!(?:known|noticed|cared|bothered|wanted|expected|predicted|thought|believed|mentioned|"
    r"imagined|understood|doubted|trusted|liked|dared|admitted|accepted|remembered|asked|questioned|listened|talked|"
    r"worried|considered|reali[sz]ed|explained|objected|complained|checked|needed|used|tried|managed|seen|heard|"
    r"told|said|learned|learnt|read)\b)(?:[a-z]{3,}ed|come\s+forward|stepped\s+forward|turned\s+up|shown\s+up|"
    r"won|bid|sought|paid|signed\s+up|taken\s+up)\b"
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

GENERALISATION_CUES += GENERALISATION_CUES_BY_CONSTRUCTION

# Influence and legacy claimed everywhere: "Her influence can be heard in every young folk
# singer", "His legacy is felt in every classroom", "The style can be seen in almost every new
# building in the city".
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["heard", "seen", "felt", "traced", "found", "detected", "spotted"],
        r"(?:heard|seen|felt|traced|found|detected|spotted)\s+in\s+(?:(?:almost|nearly|virtually|practically|just\s+about)\s+)?"
        r"(?:every|all|countless|each)\b",
        left=r"\b(?:can|could|is|are|was|were)\s+(?:still\s+|now\s+|also\s+|clearly\s+)?(?:be\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says)\b[^,;]*$", label="a sweeping claim of influence"),
    Cue(GENERALISATION, ["influence", "legacy", "impact", "imprint", "mark"],
        r"(?:influence|legacy|impact|imprint|mark)\s+(?:is|was|remains|can\s+be)\s+(?:still\s+)?(?:felt|seen|visible|heard)\s+"
        r"(?:everywhere|across|throughout|far\s+beyond|to\s+this\s+day|all\s+over|today)\b",
        veto_left=FIRST_PERSON, label="a sweeping claim of influence"),
]

# Verdicts in a set phrase: "a missed opportunity", "a wake-up call", "a slap in the face",
# "a step in the right direction", "a textbook example of", "an own goal".
_VERDICT_PHRASES = (
    r"missed\s+opportunit(?:y|ies)|wake-up\s+call|slap\s+in\s+the\s+face|kick\s+in\s+the\s+teeth|"
    r"step\s+in\s+the\s+right\s+direction|step\s+(?:forward|backwards?)|textbook\s+(?:example|case)|own\s+goal|"
    r"breath\s+of\s+fresh\s+air|damp\s+squib|false\s+dawn|storm\s+in\s+a\s+teacup|tour\s+de\s+force|"
    r"bitter\s+pill|hollow\s+victory|pyrrhic\s+victory|dog['’]s\s+(?:breakfast|dinner)|car\s+crash|"
    r"sorry\s+(?:episode|tale|saga|affair|state\s+of\s+affairs|spectacle)|victory\s+for\s+common\s+sense|"
    r"black\s+day|dark\s+day|red\s+letter\s+day|sea\s+change|game[- ]changer|shot\s+in\s+the\s+arm|"
    r"drop\s+in\s+the\s+ocean|band-aid|sticking[- ]plaster|fig\s+leaf|poisoned\s+chalice|object\s+lesson|"
    r"law\s+unto\s+(?:itself|themselves|himself|herself)|triumph\s+of\s+\w+\s+over\s+\w+"
)
VERDICT_CUES += [
    Cue(VERDICT, "missed wake-up slap kick step textbook own breath damp false storm tour bitter hollow pyrrhic dog's dog’s "
        "car sorry victory black dark red sea game game-changer shot drop band-aid sticking sticking-plaster fig poisoned "
        "object law triumph".split(),
        r"(?:" + _VERDICT_PHRASES + r")\b",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|proved|proves|amounts\s+to|amounted\s+to|"
        r"represents|represented|marks|marked|looks\s+like|looked\s+like)|\b(?:it|that|this|what|which|there)['’]s)\s+"
        r"(?:(?:also|now|still|simply|clearly|frankly|nothing\s+less\s+than|nothing\s+short\s+of|little\s+more\s+than|"
        r"no\s+more\s+than|at\s+best)\s+)*(?:a|an|the)\s+(?:(?:[\w-]+)\s+){0,2}?$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what|called|calls|branded|described|hailed|said|says)\b[^,;]*$",
        strong=False, label="an editorial verdict"),
]

# A result read as a judgement on someone: "a humiliating verdict on the mayor's record", "a
# crushing verdict on the government" (not a court's or a jury's verdict, which has no
# adjective of judgement); and those a policy or a price hit first, read as its victims:
# "Small bakeries have become the first victims of soaring energy bills" (a predicate, not
# an attack's victims named: "the first victims of the blast were named").
_VERDICT_ADJECTIVES = (
    r"humiliating|crushing|damning|devastating|withering|brutal|scathing|resounding|stinging|savage|harsh|"
    r"emphatic|clear|stark|sobering|sweeping|overwhelming|bruising|painful|embarrassing|decisive"
)
VERDICT_CUES += [
    Cue(VERDICT, _VERDICT_ADJECTIVES.split("|"), r"(?:" + _VERDICT_ADJECTIVES + r")\s+(?:(?:public|popular|electoral|"
        r"final)\s+)?verdict\s+on\b",
        left=r"\b(?:a|an)\s+(?:(?:truly|very|most|particularly|pretty)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|called|calls|branded|described|said|says)\b[^,;]*$",
        label="an editorial verdict"),
    Cue(VERDICT, ["victims", "victim", "casualties", "casualty"],
        r"(?:victims?|casualt(?:y|ies))\s+of\s+(?!(?:the\s+|a\s+|an\s+|this\s+|that\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+)?"
        r"(?:attacks?|gunman|gunmen|killer|killers|shootings?|bombings?|bomb|blast|explosion|fire|blaze|crash|collision|"
        r"virus|disease|outbreak|storm|floods?|flooding|earthquake|tsunami|epidemic|pandemic|war|conflict|fighting|"
        r"massacre|stabbing|assault|murders?|abuse|fraud|scam|hurricane|typhoon|cyclone|avalanche|landslide)\b)",
        left=r"\b(?:is|are|was|were|be|been|become|became|becoming|becomes|among)\s+(?:(?:now|also|already|likely)\s+)?"
        r"(?:the|its)\s+(?:very\s+)?first\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|said|says)\b[^,;]*$",
        strong=False, label="an editorial verdict"),
]

# What a whole group no longer does or is turning away from: "Young people no longer read
# newspapers", "Shoppers are abandoning the high street", "Every commuter has a story about".
# A rule that changed ("Passengers no longer need to print their tickets") is news, not a
# generalisation.
_TURNING = (
    r"(?:abandoning|deserting|shunning|spurning|snubbing|ditching|giving\s+up\s+on|"
    r"turning\s+(?:their|its)\s+backs?\s+on|falling\s+out\s+of\s+love\s+with|losing\s+interest\s+in|voting\s+with\s+their\s+feet|"
    r"switching\s+to|tuning\s+out|switching\s+off|"
    # a movement of a whole group: "Migrants are flooding into the region", "Buyers are flocking to"
    r"(?:flooding|pouring|flocking|streaming|swarming|stampeding|deserting|leaving)\s+(?:in|into|to|out|out\s+of|away\s+from)\b)\b"
)
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["longer"], r"longer\s+(?!(?:need|needs|have\s+to|has\s+to|require|requires|qualify|qualifies|pay|pays|"
        r"get|gets|receive|receives|be\s+able|can|must|apply|applies|count|counts|exists?|works?|operates?|runs?|stops?|"
        r"calls?|serves?|opens?|sells?|stocks?|offers?|accepts?|takes?)\b)[a-z]+\b",
        left=_GENERIC + r"no\s+$", veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they|it)\s+(?:\w+\s+)*$"
        # (a verb or a pronoun read as a plural noun: "It is no longer", "this no longer")
        r"|\b(?:is|was|has|does|its|this|thus|plus|unless|less|us|as|yes|his|whereas|always|perhaps)\s+no\s+$",
        flags=0, strong=False, label="a generalisation"),
    Cue(GENERALISATION, "abandoning deserting shunning spurning snubbing ditching giving turning "
        "falling losing voting switching tuning flooding pouring flocking streaming swarming stampeding leaving".split(), _TURNING,
        left=_GENERIC + r"(?:are|have\s+been)\s+(?:(?:now|increasingly|steadily|simply|quietly|already|all)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they|it)\s+(?:\w+\s+)*$",
        flags=0, strong=False, label="a generalisation"),
    # "Every Icelander still reads the sagas", "Every teenager now owns a phone": a whole people,
    # or anyone at all with a habit marker, doing something in the present (not an
    # arrangement: "Every pupil gets a free meal", "Every visitor receives a map")
    Cue(GENERALISATION, ["every"],
        r"every\s+(?:single\s+)?(?:(?!" + _TIME_WORDS + r"\b)(?:(?-i:[A-Z])[a-z]+)\s+(?:(?:still|now|already|always|"
        r"simply|secretly|privately|inevitably|instinctively|automatically|also)\s+)?"
        r"|(?:[a-z-]+\s+)?(?:person|citizen|adult|child|teenager|parent|voter|driver|motorist|commuter|shopper|reader|viewer|"
        r"worker|farmer|family|household|resident|local|islander|villager|student|pupil|fan|man|woman|mother|father|owner|"
        r"patient|nurse|doctor|teacher|user|buyer|tenant|homeowner|taxpayer|pensioner)"
        r"(?:\s+(?:in|on|across|from|of)\s+(?:the\s+)?[\w'’-]+)?\s+(?:still|now|already|always|simply|secretly|privately|"
        r"inevitably|instinctively|automatically)\s+)"
        r"(?!(?:gets|receives|pays|must|was|is\s+(?:entitled|eligible|required|invited|given|asked|expected))\b)"
        r"(?-i:[a-z]{2,}(?<!s)s)\b(?!\s+(?:been|to)\b)",
        # (an average is a statistic, not a universal: "On average every Dane eats ...")
        veto_left=r"\b(?:if|not|almost|nearly|virtually|whether|said|says|of|for|to|at|in|on|by|with)\s+$|\b(?:on\s+average|"
        r"typically|per\s+head)\b[^.;:]*$|" + FIRST_PERSON,
        strong=False, label="a universal claim"),
    # "No teenager reads a newspaper any more", "No farmer in the glen trusts the board": a
    # universal negative about a kind of person, in the present
    Cue(GENERALISATION, ["no"],
        r"no\s+(?:single\s+)?(?:[a-z-]+\s+)?(?:person|citizen|adult|child|teenager|parent|voter|driver|motorist|commuter|shopper|"
        r"reader|viewer|worker|farmer|family|household|resident|local|islander|villager|student|pupil|fan|owner|patient|"
        r"user|buyer|tenant|homeowner|taxpayer|pensioner|politician|minister|economist|investor|manager|coach|player)"
        r"(?:\s+(?:in|on|across|from|of)\s+(?:the\s+)?[\w'’-]+)?\s+(?:(?:now|still|ever|really|seriously|actually)\s+)?"
        r"(?!(?:was|is|has\s+been|gets|receives|pays|must|needs|will|can)\b)(?-i:[a-z]{2,}(?<!s)s)\b(?!\s+(?:been|to)\b)",
        veto_left=r"\b(?:if|whether|that|said|says|of|for|to|at|in|on|by|with|there\s+(?:is|was))\s+$|" + FIRST_PERSON,
        strong=False, label="a universal claim"),
    # "Every commuter on the line has a story about", "every parent dreads the call"
    Cue(GENERALISATION, ["every", "each", "every"], r"(?:every|each)\s+(?:single\s+)?(?:[a-z-]+\s+)?(?:commuter|parent|teacher|"
        r"resident|driver|motorist|passenger|farmer|voter|shopkeeper|trader|nurse|doctor|patient|pupil|student|fan|"
        r"supporter|player|worker|family|household|tenant|landlord|homeowner|islander|villager|local|person|one\s+of\s+them)"
        r"(?:\s+(?:on|in|at|across|from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:now\s+|already\s+|simply\s+)?"
        r"(?:has\s+a\s+(?:story|tale|horror\s+story)|knows|remembers|dreads|fears|hates|loves|wants|understands|agrees|"
        r"believes|complains|has\s+an\s+opinion|has\s+had\s+enough)\b",
        veto_left=r"\b(?:if|not|almost|nearly|virtually|that|whether)\s+$|" + FIRST_PERSON, strong=False, label="a universal claim"),
    # "The councillor has never attended a single planning meeting": a universal negative
    # about a record
    Cue(GENERALISATION, ["single"], r"single\s+[\w'’-]+",
        left=r"\b(?:has|have|had)\s+(?:never|not)\s+(?:once\s+)?(?:[a-z]+ed|been\s+to|gone\s+to|spoken\s+(?:at|in)|written|"
        r"given|paid|made|won|held|kept|met|sat\s+(?:in|on)|taken|put|built)\s+(?:(?:to|at|in|on|for)\s+)?a\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:if|whether)\b[^,;:]*$", strong=False, label="a universal claim"),
]

# Verdicts of right and wrong: "The council was right to scrap the scheme", "The trust
# rightly rejected the offer", "The council should have acted sooner", "The volunteers
# deserve credit", and set judgements ("a shadow of its former self", "not fit for purpose",
# "has lost its way", "falls short of what the families needed").
_VERDICT_ADVERBS = """rightly belatedly shamefully needlessly foolishly wisely sensibly unwisely recklessly
disgracefully commendably admirably bravely courageously naively arrogantly shamelessly callously heartlessly
pointlessly senselessly woefully""".split()
VERDICT_CUES += [
    Cue(VERDICT, ["right", "wrong"], r"(?:right|wrong)\s+to\s+(?!(?:say|ask|know|be\s+(?:asked|told|consulted|heard|informed)|"
        r"appeal|remain\s+silent|a\s+fair)\b)[a-z]+",
        left=r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|'s|’s)\s+(?:(?:quite|absolutely|entirely|surely|clearly|"
        r"only|also)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what|who|which|that|felt|feel|feels|thought|think|believe|"
        r"believed|said|says|argued|argues|insisted|insists)\b[^,;]*$"
        r"|\b(?:maybe|perhaps|possibly|arguably|probably|presumably)\b[^.;:]*$", strong=False, label="a verdict"),
    Cue(VERDICT, ["right", "wrong", "correct", "sensible", "only"],
        r"(?:right|wrong|correct|sensible|only\s+sensible)\s+(?:thing\s+to\s+do|decision|call|choice|move|course\s+of\s+action)\b",
        left=r"(?:\b(?:is|are|was|were|has\s+been|proved|proves|remains)|\b(?:it|that|this|what|which)['’]s)\s+(?:(?:also|surely|clearly|"
        r"simply|undoubtedly|absolutely)\s+)*the\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what|felt|feel|feels|thought|think|believe|believed|said|says|"
        r"argued|argues|insisted|insists)\b[^,;]*$", strong=False, label="a verdict"),
    Cue(VERDICT, _VERDICT_ADVERBS, alternation(_VERDICT_ADVERBS) + r"\s+(?:[a-z]+ed|chose|took|made|put|left|kept|set|gave|threw|"
        r"sold|sought|spent|let|stood|held|turned|went|ran|cut|shut|struck|paid)\b|(?:rightly|wrongly)\s+so\b",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|feel|felt|feels|said|says|believe|believes|argue|argues|argued)\b[^,;]*$"
        r"|\b(?:was|were|been|be|being|is|are)\s+$",
        strong=False, label="a verdict"),
    Cue(VERDICT, ["should", "ought"], r"(?:should|ought\s+to)\s+(?:never\s+|surely\s+|clearly\s+)?have\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|"
        r"done|known|seen|taken|made|given|thought|spent|kept|sold|told|paid|set|put|built|stopped|listened|acted|intervened)\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:if|whether|said|says|claimed|claims|argued|argues|believe|"
        r"believes|felt|feels|thinks|thought|who|which|that|what)\b[^.;:]*$"
        r"|\b(?:maybe|perhaps|possibly|arguably|probably|presumably)\b[^.;:]*$",
        veto_right=r"(?:should|ought\s+to)\s+have\s+(?:been\s+)?(?:arrived|left|departed|started|begun|finished|opened|closed|"
        r"landed|ended|taken\s+place|played|held|heard|sentenced|released|run|kicked\s+off|"
        # (a match report's chances: "should have scored", "should have taken the lead")
        r"scored|taken\s+the\s+lead|won|had\s+a\s+penalty|been\s+(?:awarded|given)\s+a\s+penalty|been\s+sent\s+off|"
        r"equalised|equalized|done\s+better|made\s+it)\b",
        strong=False, label="a verdict"),
    Cue(VERDICT, ["deserve", "deserves", "deserved"],
        r"deserve[sd]?\s+(?:(?:all\s+the|much|more|great|real|full|enormous|huge|some|every)\s+)?(?:credit|praise|better|thanks|"
        r"gratitude|a\s+medal|an\s+apology|recognition|applause|admiration|respect|to\s+(?:be\s+)?(?:praised|commended|"
        r"applauded|congratulated|lose|fail|win|succeed|go|be\s+sacked))\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:if|whether|said|says|believe|believes|feel|feels|think|"
        r"thinks|who|not)\b[^,;]*$"
        r"|\b(?:maybe|perhaps|possibly|arguably|probably|presumably)\b[^.;:]*$", strong=False, label="a verdict"),
    Cue(VERDICT, "shadow fit unfit lost falls fell past out asleep".split(),
        r"shadow\s+of\s+(?:its|his|her|their)\s+former\s+sel(?:f|ves)\b|unfit\s+for\s+purpose\b"
        r"|fit\s+for\s+purpose\b(?<=not\sfit\sfor\spurpose)"
        r"|lost\s+(?:its|his|her|their)\s+way\b|lost\s+the\s+plot\b|(?:falls|fell)\s+(?:far\s+|well\s+|woefully\s+)?short\s+of\s+what\b"
        r"|past\s+(?:its|his|her|their)\s+(?:best|sell-by\s+date)\b|out\s+of\s+(?:touch|(?:its|his|her|their)\s+depth)\b"
        r"|asleep\s+at\s+the\s+wheel\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:if|whether|said|says|claimed|claims|believe|believes|feel|feels|"
        r"think|thinks|accused|accuses|called|calls)\b[^,;]*$|\b(?:have|has|had)\s+(?:not\s+|never\s+)$",
        veto_right=r"fit\s+for\s+purpose\b(?=[^.;:]*\b(?:inspect|review|assess|check|test|audit))",
        strong=False, label="a verdict"),
]

# Generalisations by appeal or repute: "As any commuter will tell you", "The town is a
# byword for bad planning", "Local builders are notorious for missing deadlines", "Politicians
# never learn".
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["any"], r"any\s+(?:[\w'’-]+\s+){1,3}?(?:will|would|can|could)\s+tell\s+you\b",
        left=r"(?:^\W*|[,;:—–]\s*)as\s+$", label="appeal to common knowledge"),
    Cue(GENERALISATION, ["ask"], r"ask\s+any\s+(?:[\w'’-]+\s+)?(?:[a-z]+(?:er|or|ist|ian|ent|ant)|local|parent|nurse|doctor|fan|"
        r"mum|dad|farmer|voter|resident|commuter|driver|teacher|shopkeeper|trader|islander|villager)s?\b(?!\s+(?:of|about)\b)", left=r"(?:^\W*|[,;:—–]\s*)(?:just\s+)?$", label="appeal to common knowledge"),
    Cue(GENERALISATION, ["byword", "notorious", "infamous", "synonymous"],
        r"byword\s+for\b|(?:notorious|infamous)\s+(?:for|as)\b|synonymous\s+with\s+(?:[\w'’-]+\s+){0,3}?(?:failure|waste|"
        r"delay|delays|decline|crime|neglect|chaos|incompetence|corruption|mismanagement|poverty|squalor)\b",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|said|says|called|calls|branded)\b[^,;]*$", strong=False, label="a generalisation"),
    Cue(GENERALISATION, ["never", "always"], r"(?:never|always)\s+(?:learn|listen|change|admit|care|understand|apologise|apologize|"
        r"win|lose|pay|get|keep|tell|read|vote|complain|blame|stop|deliver|bother|trust|forget|forgive|agree)\b",
        left=_GENERIC + r"$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they|it)\s+(?:\w+\s+)*$"
        r"|\b(?:is|was|has|does|its|this|thus|plus|unless|less|us|as|yes|his|whereas|perhaps)\s+$",
        flags=0, strong=False, label="a generalisation"),
]

# Certainty asserted and verdicts in set phrases: "It is evident that the government has
# failed", "Without doubt the line will bring prosperity", "raised more questions than it
# answered", "treated the fans with contempt", "Nothing has been learned", "Hardly anyone uses
# the new cycle lane", "All the world knows" (Spanish "todo el mundo").
VERDICT_CUES += [
    Cue(VERDICT, ["evident", "clear", "obvious", "undeniable", "indisputable", "plain", "beyond"],
        r"(?:evident|clear|obvious|undeniable|indisputable|plain|beyond\s+(?:all\s+|any\s+)?doubt)\s+that\b",
        left=r"(?:^\W*|[,;:]\s*|\b(?:and|but|so|yet)\s+)(?:it|this)\s+(?:is|was|has\s+become|had\s+become|became)\s+"
        r"(?:(?:now|already|increasingly|abundantly|perfectly|quite|very|all\s+too|only\s+too)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|not)\b[^,;]*$", strong=False, label="an assertion of certainty"),
    Cue(VERDICT, ["without", "no"], r"(?:without\s+(?:a\s+|any\s+)?doubt|no\s+doubt)\b(?![\s,]+(?:that\s+)?(?:i|we|you)\b)",
        left=r"(?:^\W*|[,;:]\s*)$", veto_right=r"no\s+doubt\s+about\b", strong=False, label="an assertion of certainty"),
    Cue(VERDICT, "raised raises questions treated treats treating contempt".split(),
        r"(?:raised|raises)\s+more\s+questions\s+than\s+(?:it|they)\s+answer(?:ed|s)\b"
        r"|(?:treated|treats|treating)\s+(?:[\w'’-]+\s+){1,4}?with\s+(?:(?:utter|complete|total|barely\s+concealed|open)\s+)?"
        r"(?:contempt|disdain|disrespect|scorn)\b",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:said|says|claimed|claims|accused|accuses|felt|feel|feels|"
        r"believe|believes|if|whether)\b[^,;]*$", strong=False, label="a verdict"),
    Cue(VERDICT, ["nothing", "lessons"], r"nothing\s+(?:has|had|was|will\s+have)\s+been\s+(?:learned|learnt|done)\b"
        r"|lessons\s+(?:have|had|were)\s+(?:not|never)\s+been\s+(?:learned|learnt)\b",
        veto_left=FIRST_PERSON + r"|\b(?:said|says|if|whether|that)\b[^,;]*$", strong=False, label="a verdict"),
    Cue(VERDICT, _EVAL_ADJ_EXTRA, alternation(_EVAL_ADJ_EXTRA) + r"\b",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained|proved|proves|looks|looked|"
        r"seems|seemed)|\b(?:it|that|this|what|which)['’]s)\s+(?:(?:also|now|still|both|simply|clearly|frankly)\s+)*" + _DEGREE + r"$",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|how|why|what|rated|judged|found|deemed|ruled)\b[^,;]*$|"
        r"\b(?:evidence|proof|grounds)\b[^.;:]*$",
        strong=False, label="an editorial verdict"),
]
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["hardly", "barely", "scarcely"], r"(?:hardly|barely|scarcely)\s+(?:anyone|anybody|a\s+soul)\s+(?:now\s+|still\s+|ever\s+)?"
        r"(?:uses|use|goes|wants|reads|visits|believes|knows|cares|trusts|takes|buys|remembers|listens)\b",
        veto_left=FIRST_PERSON + r"|\b(?:said|says|if|whether)\b[^,;]*$", strong=False, label="a universal claim"),
    Cue(GENERALISATION, ["world"], r"world\s+(?:knows|agrees|says|understands)\b", left=r"(?:^\W*|[,;:]\s*|\bthat\s+)all\s+the\s+$",
        label="appeal to common knowledge"),
]

# Judgements by degree or by measure: "is remarkably thin", "was, by any measure, a dismal
# spectacle", "told us nothing we did not already know"; generalisations by likeness or by
# spread: "Like most seaside towns, ...", "Councils up and down the country are cutting".
_JUDGING_DEGREE = """remarkably surprisingly strikingly embarrassingly disappointingly depressingly impressively
alarmingly shockingly worryingly dismally pitifully pathetically laughably absurdly ridiculously scandalously
unacceptably unforgivably inexcusably""".split()
VERDICT_CUES += [
    Cue(VERDICT, _JUDGING_DEGREE, alternation(_JUDGING_DEGREE) + r"\s+(?!(?:well|few|little|many|much|often|few)\b)[a-z]{3,}\b",
        left=r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained|looks|looked|seems|seemed|proved)|"
        r"\b(?:it|that|this|which)['’]s)\s+(?:(?:also|now|still|both)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:not|if|whether|said|says|feel|felt|feels|found|believe)\b[^,;]*$",
        strong=False, label="an editorial verdict"),
    Cue(VERDICT, ["by"], r"by\s+any\s+(?:measure|standard|yardstick|reckoning|stretch)\b(?!\s+of\s+the\s+imagination)",
        veto_left=FIRST_PERSON + r"|\b(?:not|if|whether|said|says)\b[^,;]*$", strong=False, label="an editorial verdict"),
    Cue(VERDICT, ["told"], r"told\s+(?:us|the\s+public|the\s+families|anyone|readers|voters)\s+(?:nothing|little|next\s+to\s+nothing)\b",
        veto_left=r"\b(?:they|he|she|i|we|you|police|officers?|doctors?)\s+(?:\w+\s+)?$", strong=False, label="an editorial verdict"),
]
GENERALISATION_CUES += [
    # (a trend in the perfect or the progressive after it; "Like most of the guests, she
    # arrived by boat" is narration)
    Cue(GENERALISATION, ["like"], r"like\s+(?:most|many|so\s+many|all|almost\s+all|nearly\s+all|every)\s+(?:other\s+)?"
        r"(?!(?:of|others)\b)(?:[\w'’-]+\s+){0,2}?[a-z]+s\s*,[^.;:]*?\b(?:(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|ing)|lost|seen|had|become|"
        r"fallen|grown|gone|shrunk|felt)|(?:is|are)\s+(?:\w+ly\s+)?[a-z]+ing)\b",
        left=r"(?:^\W*|[,;:]\s*)(?:(?:and|but|yet|just)\s+)?$",
        veto_right=r"like\s+\w+\s+(?:of\s+)?(?:us|them|you)\b", strong=False, label="a generalisation"),
    # the same with a habit in the present: "Like all teenagers, pupils at the school spend
    # hours on their phones"
    Cue(GENERALISATION, ["like"], r"like\s+(?:most|many|so\s+many|all|almost\s+all|nearly\s+all|every)\s+(?:other\s+)?"
        r"(?!(?:of|others)\b)(?:[\w'’-]+\s+){0,2}?[a-z]+s\s*,\s*(?:[\w'’-]+\s+){0,3}?(?-i:[a-z]+s|people|children)"
        r"(?:\s+(?:at|in|on|of|from|across)\s+(?:the\s+)?[\w'’-]+)?\s+"
        r"(?:(?:now|still|also|often|usually|all)\s+)?" + _ANY_PRESENT_VERB,
        left=r"(?:^\W*|[,;:]\s*)(?:(?:and|but|yet|just)\s+)?$",
        veto_right=r"like\s+\w+\s+(?:of\s+)?(?:us|them|you)\b", strong=False, label="a generalisation"),
    # "Farmers are forever complaining", "Tourists are always getting lost": a habit of a whole group
    Cue(GENERALISATION, ["forever", "always", "constantly", "perpetually", "endlessly", "continually"],
        r"(?:forever|always|constantly|perpetually|endlessly|continually)\s+[a-z]+ing\b",
        left=_GENERIC + r"(?:are|were)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you|he|she|they|it)\s+(?:\w+\s+)*$", flags=0, strong=False, label="a generalisation"),
    Cue(GENERALISATION, ["up", "across", "throughout", "all"],
        r"(?:up\s+and\s+down|across|throughout|all\s+over)\s+the\s+(?:country|land|nation|region|county|uk|world)\s+"
        r"(?:are|have\s+been|were\s+already)\s+(?:now\s+|all\s+|quietly\s+|steadily\s+)?(?:cutting|closing|losing|struggling|"
        r"raising|abandoning|shedding|scrapping|reducing|facing|battling|feeling|suffering|shutting|axing|failing|disappearing|"
        r"vanishing|dying|turning\s+away|giving\s+up)\b",
        left=r"(?-i:\b[A-Za-z][a-z]+s)\s+$", veto_left=FIRST_PERSON, strong=False, label="a generalisation"),
]

# Sweeping impacts and comparisons stated as fact: "The charity has done more for the
# homeless than any council", "The trust has turned the hospital around", "The orchestra has
# never sounded better", "It is common knowledge that".
VERDICT_CUES += [
    Cue(VERDICT, ["done", "achieved", "contributed", "given"],
        r"(?:done|achieved|contributed|given)\s+more\s+(?:for|to)\s+[^.;:]{1,40}?\s+than\s+(?:any|anyone|anybody|all)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:arguably|surely|probably)\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:said|says|if|whether)\b[^,;]*$", label="an editorial verdict"),
    Cue(VERDICT, ["turned", "turn"], r"turned\s+(?!(?:the\s+)?(?:car|bus|lorry|van|ship|boat|plane|vehicle|tractor|train|"
        r"horse|corner|key|page|tide|wheel|clock)\b)(?:[\w'’-]+\s+){1,3}?(?:a)?round\b(?!\s+(?:and|to)\b)",
        left=r"\b(?:has|have|had)\s+(?:(?:finally|completely|quickly|already|successfully)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:said|says|if|whether)\b[^,;]*$", strong=False,
        label="a verdict of success"),
    Cue(VERDICT, ["never"], r"never\s+(?:sounded|looked|played|tasted|felt|performed|seemed|run)\s+(?:better|worse|stronger|"
        r"healthier|fitter|sharper|happier|more\s+\w+)\b",
        left=r"\b(?:has|have|had)\s+$", veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$", strong=False,
        label="a verdict"),
]
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["common", "open"], r"(?:common\s+knowledge|open\s+secret)\b",
        left=r"\b(?:is|was|it['’]s|has\s+long\s+been|has\s+become|remains)\s+(?:now\s+|long\s+)?(?:an\s+)?$",
        veto_left=FIRST_PERSON, label="appeal to common knowledge"),
]

# A share of a whole population stated in the present, a generalisation with a figure:
# "Three-quarters of the country's rivers now fail basic tests", "Nine out of ten young
# drivers ignore the limit", "Half of all new cafes close within a year". The story's own set
# ("two-thirds of the members voted", "half of the 40 passengers were treated"), a past or a
# plan ("will go to the hospice") and a singular whole ("two-thirds of the course is on
# tarmac") are not one. (CLM004, opt-in, reports every statistic; this is the sweeping kind.)
#: The label of the share-of-a-population cues: CLM007 lets a data source named earlier in
#: the story cover them, as CLM004 does for every statistic.
SWEEPING_STATISTIC = "a sweeping statistic"
#: An auxiliary or a modal, never a word of the place phrase after a population.
_AUX_WORD = r"(?:will|would|could|may|might|must|should|can|shall|were|was|had|have|has|are|is|do|does|did)"
#: A population's head noun: a plural in -s or an irregular plural ("children", "people").
_PLURAL = r"(?:[a-z][a-z-]*[a-rt-z]s|children|people|men|women|youth|staff|folk)"
_SHARE_WORDS = """half third thirds quarter quarters three-quarters two-thirds one-third one-quarter one-fifth two-fifths
three-fifths four-fifths majority""".split()
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|\d)"
_WHOLE = (
    r"(?:all\s+|(?:the\s+)?(?:country|nation|world|uk|county|region|city|town|island)['’]s\s+|(?-i:[A-Z])[\w-]+['’]s\s+|"
    r"(?:today['’]s|british|english|scottish|welsh|irish|european|american|young|older|new|local|rural|urban)\s+)"
)
_POPULATION_VERB = (
    r"(?:(?:now|still|regularly|never|no\s+longer|already|routinely|simply|actually)\s+)?(?:are|have(?!\s+(?:already\s+|now\s+)?"
    r"(?:been|sold|booked|gone|signed|voted|received|returned|replied|applied|registered)\b)|do|don['’]t|cannot|can['’]t|"
    r"fail|own|use|live|rely|depend|struggle|need|want|believe|think|feel|skip|eat|drink|smoke|carry|drive|earn|"
    r"spend|miss|lack|face|suffer|ignore|close|shut|go|leave|break|admit|support|oppose|read|watch|know|expect|worry|fear|"
    r"prefer|choose|refuse|avoid|go\s+without|experience|report|breach|exceed|flout)\b"
)
_POPULATION_VERB = r"(?:" + _POPULATION_VERB + r"|" + _ANY_PRESENT_VERB + r")"
# "70% of adults", "Seventy per cent of five-year-olds": a percentage of a population
_PERCENT_OF = r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)|(?<![\w-])(?:per\s?cent|percent)\b)"
GENERALISATION_CUES += [
    Cue(GENERALISATION, [DIGIT, "per", "percent"],
        _PERCENT_OF + r"\s+of\s+(?:" + _WHOLE + r"|(?!(?:the|its|their|his|her|our|my|your|these|those|them|which|whom|this|that|us|you)\b))"
        r"(?:[\w'’-]+\s+){0,2}?" + _PLURAL + r"\s+"
        r"(?:(?:in|across|on|at)\s+(?:the\s+|this\s+)?(?:(?!" + _AUX_WORD + r"\b)[\w'’-]+\s+){1,3}?)?(?:who\s+[^,;:.]{3,40}?\s+)?" + _POPULATION_VERB,
        left=r"(?:^\W*|[,;:]\s*|\b(?:and|but|that|while|where|with)\s+)(?:(?:about|around|nearly|almost|roughly|more\s+than|over|"
        r"some|fully|just\s+over|just\s+under|less\s+than|fewer\s+than|only|barely|under)\s+)*"
        # the number in words before "per cent": "Sixty per cent of", "Forty-five percent of"
        r"(?:(?:[a-z]+-)?" + NUM_WORD + r"(?:[- ][a-z]+)?\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says|found|finds|show|shows|showed|according)\b[^,;]*$",
        strong=False, label=SWEEPING_STATISTIC),
]
GENERALISATION_CUES += [
    Cue(GENERALISATION, _SHARE_WORDS,
        r"(?:" + alternation(_SHARE_WORDS) + r")\s+of\s+(?:" + _WHOLE + r"|(?!(?:the|its|their|his|her|our|my|your|these|those|them|"
        r"which|whom|this|that|us|you)\b))"
        r"(?:[\w'’-]+\s+){0,2}?" + _PLURAL + r"\s+"
        r"(?:(?:in|across|on|at)\s+(?:the\s+|this\s+)?(?:(?!" + _AUX_WORD + r"\b)[\w'’-]+\s+){1,3}?)?(?:who\s+[^,;:.]{3,40}?\s+)?" + _POPULATION_VERB,
        left=r"(?:^\W*|[,;:]\s*|\b(?:and|but|that|while|where|with)\s+)(?:(?:about|around|nearly|almost|roughly|more\s+than|over|"
        r"some|fully|just\s+over|just\s+under|a|one|the|a\s+full)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says|found|finds|show|shows|showed|according)\b[^,;]*$",
        strong=False, label=SWEEPING_STATISTIC),
    Cue(GENERALISATION, ["out", "in"],
        r"(?:out\s+of|in)\s+(?:ten|10|five|5|four|4|three|3|a\s+hundred|100)\s+(?:[\w'’-]+\s+){0,2}?" + _PLURAL + r"\s+"
        r"(?:(?:in|across|on|at)\s+(?:the\s+|this\s+)?(?:(?!" + _AUX_WORD + r"\b)[\w'’-]+\s+){1,3}?)?(?:who\s+[^,;:.]{3,40}?\s+)?" + _POPULATION_VERB,
        left=r"(?:^\W*|[,;:]\s*|\b(?:and|but|that|while|where|with)\s+)(?:(?:about|around|nearly|almost|roughly|more\s+than|over|"
        r"some|fully)\s+)*" + _NUMBER_WORD + r"\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says|found|finds|show|shows|showed|according)\b[^,;]*$",
        precheck=lambda text, s_start, at: text[max(s_start, at - 8) : at].rstrip().split(" ")[-1].lower()
        in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine") or text[max(s_start, at - 3) : at].strip().isdigit(),
        strong=False, label=SWEEPING_STATISTIC),
]

# Accusations of conduct in idiom: "The referee was clearly biased against the visitors"; and
# reputations stated as fact: "Judges are notoriously soft on fraudsters".
VERDICT_CUES += [
    Cue(VERDICT, ["biased", "prejudiced"], r"(?:biased|prejudiced)\s+(?:against|towards|toward|in\s+favou?r\s+of)\b",
        left=r"\b(?:is|are|was|were|has\s+been|have\s+been|seems|seemed|appears|appeared)\s+(?:(?:clearly|plainly|obviously|"
        r"openly|blatantly|hopelessly|deeply|heavily|always|also)\s+)*$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:not|if|whether|said|says|claimed|claims|accused|alleged|"
        r"denied|denies|felt|feels|believe|believes)\b[^,;]*$", label="an accusation"),
]
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["notoriously"], r"notoriously\s+[a-z]+", veto_left=FIRST_PERSON + r"|\b(?:not|said|says)\b[^,;]*$",
        strong=False, label="a generalisation"),
]

_IDIOM_VETO = FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:if|whether|said|says|claimed|claims|accused|denied|not)\b[^,;]*$"
# Verdicts in idiom: "makes a mockery of", "has a lot to answer for", "is in safe hands", "got
# off lightly", "exposed years of underinvestment"; and "Everyone in the street has been
# affected", a claim about everyone in a place.
VERDICT_CUES += [
    Cue(VERDICT, "makes make made making off exposed exposes".split(),
        r"(?:makes?|made|making)\s+a\s+(?:complete\s+|total\s+)?mockery\s+of\b|off\s+(?:lightly|scot-free)\b"
        r"|(?:exposed|exposes)\s+(?:years|decades|the\s+(?:extent|scale|depth)|a\s+(?:lack|culture))\s+of\b",
        veto_left=_IDIOM_VETO, strong=False, label="a verdict"),
    Cue(VERDICT, ["answer"], r"answer\s+for\b", left=r"\b(?:a\s+lot|much|plenty|a\s+great\s+deal)\s+to\s+$",
        veto_left=_IDIOM_VETO, strong=False, label="a verdict"),
    Cue(VERDICT, ["hands"], r"hands\b", left=r"\bin\s+(?:safe|good|capable|the\s+right|the\s+wrong)\s+$",
        veto_left=_IDIOM_VETO, strong=False, label="a verdict"),
]
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["everyone", "everybody"],
        r"(?:everyone|everybody)\s+(?:in|on|at|across|around)\s+(?:the\s+|this\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
        r"(?:has\s+been\s+(?!(?:evacuated|rescued|accounted|moved|told|invited|asked|contacted|tested|vaccinated|warned|"
        r"interviewed|offered|given|sent|checked|released)\b)[a-z]+|is|knows|wants|agrees|feels|believes|has\s+(?:a|an|their|his|her)|"
        r"hates|loves|fears|remembers|uses)\b",
        veto_left=r"\b(?:if|not|almost|nearly|virtually|that|whether|said|says)\s+$|" + FIRST_PERSON, strong=False,
        label="a universal claim"),
]

# A share of what a whole place produces or uses, or of a typical person's income, stated in
# the present: "The valley grows around 30 per cent of the country's apples", "The island
# supplies a quarter of the salt of Portugal", "Heating eats up nearly half of a pensioner's
# income", "takes half of the pension of a widow living alone": a statistic about the world
# (its noun is an output or an income, not a plural population).
_SHARE_AMOUNT = (
    r"(?:(?:about|around|nearly|almost|roughly|more\s+than|over|some|up\s+to|just\s+under|just\s+over|fully|well\s+over)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)|(?:a|one|two|three)[\s-]+(?:third|quarter|fifth|tenth)s?|half|"
    r"three-quarters|two-thirds|(?:the\s+)?(?:majority|bulk|lion['’]s\s+share))"
)
_SHARE_WHOLE = (
    r"(?:(?:the\s+)?(?:country|nation|world|uk|county|region|continent|state|island)['’]s\s+|(?-i:[A-Z])[\w-]+['’]s\s+)"
    # (not a firm's own results: "of Wembley's operating profit")
    r"(?!(?:[\w-]+\s+){0,2}(?:profits?|revenues?|turnover|earnings|income|losses|costs|shares?|stake)\b)"
    r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*\b"
    r"|(?:all\s+)?the\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+(?:of|in|from)\s+(?:the\s+(?:country|nation|world|uk|region|continent)\b|"
    r"(?-i:[A-Z])[\w-]+)"
    r"|(?:the|a|an)\s+(?:average\s+|typical\s+|monthly\s+|weekly\s+|yearly\s+|annual\s+)*(?:pension|income|wage|salary|pay|budget|"
    r"earnings)\s+of\s+(?:a|an|the\s+average|the\s+typical)\b"
    r"|(?:a|an|the\s+average|the\s+typical)\s+(?:[\w-]+\s+)?[a-z]+['’]s\s+(?:monthly\s+|weekly\s+|yearly\s+|annual\s+)?"
    r"(?:pension|income|wage|salary|pay|budget|earnings)\b"
)
_OUTPUT_VERBS = """produces produce grows grow supplies supply provides provide generates generate exports export
catches catch consumes consume uses use takes take eats swallows swallow accounts account makes make""".split()
GENERALISATION_CUES += [
    Cue(GENERALISATION, _OUTPUT_VERBS,
        r"(?:produces?|grows?|supplies|supply|provides?|generates?|exports?|catch(?:es)?|consumes?|uses?|takes?|eats\s+up|eats|"
        r"swallows?(?:\s+up)?|accounts?\s+for|makes?)\s+(?:(?:every|each)\s+year\s+|annually\s+|in\s+winter\s+|alone\s+)?"
        + _SHARE_AMOUNT + r"\s+of\s+(?:" + _SHARE_WHOLE + r")",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says|found|finds|show|shows|showed|according|will|would|could|may|might|"
        r"to)\s+(?:[\w'’-]+\s+){0,2}$",
        strong=False, label=SWEEPING_STATISTIC),
]

# A shortfall counted for a whole place, estimated: "The county lacks about 300 teachers",
# "Wales is short of some 200 GPs", "the region is missing nearly 1,000 carers": a statistic
# about the world (the estimate word marks it: "The team lacks two strikers" is the story's own)
GENERALISATION_CUES += [
    Cue(GENERALISATION, ["lacks", "lack", "short", "missing"],
        r"(?:lacks?|short\s+of|missing)\s+(?:about|around|roughly|nearly|almost|some|an\s+estimated|"
        r"more\s+than|over|at\s+least|up\s+to)\s+(?:\d[\d,.]*|" + NUM_WORD + r")(?:\s+(?:thousand|million))?\s+(?:[\w-]+\s+)?"
        r"(?:[a-z-]+(?:ers|ors|ists|ians|ants|ents)|nurses|midwives|staff|people|doctors|surgeons|police|officers|beds|homes|"
        r"houses|places|(?-i:GPs))\b",
        # ("lacks" stands alone; "short of" and "missing" after "is" or "are")
        veto_right=r"(?:short|missing)\b(?<!\bis\sshort)(?<!\bare\sshort)(?<!\bis\smissing)(?<!\bare\smissing)",
        veto_left=FIRST_PERSON + r"|\b(?:if|whether|said|says|found|finds|show|shows|showed|according|will|would|could|may|"
        r"might)\b[^,;]*$",
        strong=False, label=SWEEPING_STATISTIC),
]
