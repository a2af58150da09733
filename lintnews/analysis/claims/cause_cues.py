"""Cues of causal claims (CLM001), found by construction.

A causal claim explains an outcome by a cause, in the writer's voice. The family:

- connectives: "because (of)", "due to", "owing to", "thanks to", "on account of", "on the
  back of", "as a
  (direct) result (of)", "as a consequence (of)", "which is why", "that is why", "hence",
  "so" (of consequence), "therefore", "consequently";
- copular frames: "is (largely) down to", "is the (direct) result/consequence/product of",
  "is to blame (for)", "is responsible for", "is behind the rise", "lies at the root of",
  "the main reason for", "a trigger for", "came about because/through";
- verbs: "led to", "resulted in", "caused", "was caused by", "triggered", "sparked",
  "fuelled", "prompted", "provoked", "drove (down)", "was driven by", "stems from",
  "arises from", "can be traced (back) to", "is attributable to", "was blamed on", "gave
  rise to", "brought about", "contributed to", "made a major contribution to", "paved the
  way for", "explains why", "put
  X out of business", "pushed X up";

Narration stays quiet: a natural or accidental event as the cause of what it did ("The
storm caused flooding", "The blast left two dead"), the routine reason of a logistic
decision ("The match was postponed because of a waterlogged pitch"), the speaker's own
reasons ("I'm running because ...") and hedged causes ("may have caused": hedging).
Connectives are the weak form (information); explanatory frames and verbs are warnings.
"""

from __future__ import annotations

from lintnews.analysis.claims.cue_kinds import ADVERBS, CAUSE, CONDITIONAL, COPULA, FIRST_PERSON, HEDGED, NOUN_LEFT
from lintnews.matching.cues import Cue, alternation

# A cause vouched for by nobody ("is widely believed to stem from", "is thought to have been
# caused by") is still a causal claim, besides the hedge (HDG008 reports the agentless
# belief): only a modal or a likelihood ("may have caused", "is likely to have led to")
# makes the cause speculation, the hedging rules' business.
HEDGED = (
    r"(?:\b(?:may|might|could|can|would|should|must)[\s,]+|\b(?:likely|unlikely|expected)\s+to\s+)"
    r"(?:(?:also|well|even|still|only|partly|possibly|potentially|in\s+turn|eventually|ultimately|maybe|perhaps|probably|"
    r"conceivably|arguably|have|has|not|been|be)[\s,]+)*$"
)

# ------------------------------------------------------------------------------- cause
#: How much of a cause it is: "due largely to", "thanks in part to", "due exclusively to".
_DEGREE = (r"(?:(?:largely|mainly|mostly|partly|entirely|exclusively|solely|wholly|chiefly|primarily|principally|"
           r"purely|simply|directly|in\s+(?:large\s+)?part|in\s+(?:great|good|no\s+small|large)\s+(?:part|measure)|"
           r"above\s+all|in\s+the\s+main|first\s+and\s+foremost)\s+)?")
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
    suffering u-turn panic sell-off disaster disasters chaos misery havoc turmoil mayhem devastation""".split()
)
_NARRATIVE = r"(?:led|leads|lead|resulted|results|result|prompted|triggered|sparked|fuelled|fueled|caused|contributed|created|creates|brought|brings)"
# A first- or second-person subject earlier in the clause: "I care about this because ...".
_OWN_CLAUSE = r"(?:^|[,;:—–(-]\s*|\b(?:and|but|so|that|then|now)\s+)(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?\s+[^,;:—–]*$"
_DUE_VETO = (
    r"(?:due|owing)\s+to\s+(?:be|have|start|begin|meet|appear|take|face|make|hold|open|close|end|return|go|"
    r"come|arrive|visit|give|release|publish|announce|launch|vote|sign|report|play|fly|leave|stand|speak|"
    r"deliver|finish|resume|retire|expire|receive|hear|decide|rule|conclude|present|submit|debut|air|"
    r"premiere|undergo|travel|join|step|sit|run|become|reach|get|pay|publish|testify|discuss|consider|attend|"
    r"merge|lead|unveil|hold|host|issue|fly|move|enter|leave|quit|buy|sell|close|open|put|perform|compete|feature)\b"
)

# A natural or accidental event as the cause of what it did is narration, not a claim:
# "The storm caused flooding", "Heavy rain caused three deaths", "the blast led to ...".
_NATURAL_NOUNS = (
    r"(?:rain|rainfall|storms?|snow|winds?|gales?|floods?|flooding|fires?|blazes?|wildfires?|explosions?|blasts?|"
    r"earthquakes?|quakes?|landslides?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|tsunamis?|lightning|heatwaves?)\b"
)
_NATURAL = (
    r"\b(?:rain|rainfall|downpours?|storms?|snow|snowfall|ice|fog|winds?|gales?|gusts?|floods?|flooding|fires?|blazes?|"
    r"wildfires?|explosions?|blasts?|crash|crashes|collisions?|accidents?|earthquakes?|quakes?|tremors?|landslides?|"
    r"mudslides?|avalanches?|lightning|tornado(?:e?s)?|hurricanes?|typhoons?|cyclones?|tsunamis?|eruptions?|"
    r"heatwaves?|derailment|outages?|power\s+cuts?|leaks?|spills?|burst\s+mains?)\b[^,;:]{0,40}$"
)
# A public reaction, which the story reports as what happened: "caused an outcry when it sent
# out the letter", "sparked a row", "prompted a backlash".
_OUTCRY = (
    r"\w+\s+(?:an?\s+|the\s+)?(?:(?:immediate|angry|public|huge|major|fierce|furious|political|national)\s+)?"
    r"(?:outcry|stir|furore|furor|uproar|row|sensation|controversy|backlash|storm\s+of\s+protest)\b"
)
# Logistics: the routine reason for a decision ("postponed because of a waterlogged pitch").
_LOGISTICS = (
    r"\b(?:postponed|cancell?ed|delayed|suspended|adjourned|closed|shut|called\s+off|abandoned|evacuated|diverted|"
    r"grounded|halted|stopped|disrupted|rescheduled|moved|withdrawn|scrapped|pulled|axed|ruled\s+out|"
    r"unable\s+to\s+\w+|could\s+not\s+\w+|did\s+not\s+\w+)\b(?:\s+[\w'’-]+){0,4}?\s+$"
)

# The routine reasons of news narration: "out because of an infection", "due to injury".
_ROUTINE_REASON = (
    r"(?:because\s+of|due\s+to|owing\s+to|thanks\s+to)\s+(?:(?:an?|his|her|their|its|the|a\s+recurring|a\s+minor|a\s+serious)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:injury|injuries|illness|infection|suspension|ill\s+health|personal\s+reasons|family\s+reasons|"
    r"bereavement|weather|fog|snow|rain|flooding|strike\s+action|technical\s+(?:problems?|faults?|difficulties)|a\s+fault|"
    r"knee|hamstring|ankle|back|groin|shoulder|calf|illness)\b"
)

# The routine reasons of a logistic decision, as a clause: "because the pitch was frozen".
_ROUTINE_CLAUSE = (
    r"because\s+(?:[\w'’-]+\s+){0,5}?(?:pitch|weather|snow|snowed|rain|rained|fog|ice|icy|frozen|waterlogged|flooded|"
    r"flooding|strike|fault|faults|faulty|illness|ill|injured|injury|unwell|sick|power\s+cut|repairs?|maintenance|"
    r"engineering\s+works|safety|security\s+alert|bomb\s+scare|technical|broke\s+down|closed|demand\s+for\s+tickets|"
    # a court's or a meeting's routine: "adjourned because the defendant failed to attend"
    r"fail(?:ed|s)?\s+(?:to\s+)?(?:attend|appear|turn\s+up|show\s+up)|absent|no-show|quorate|quorum)\b"
)

CAUSE_CUES = [
    Cue(CAUSE, _CAUSE_NOUNS, alternation(_CAUSE_NOUNS) + r"s?\s+(?:for|of|behind)\b",
        left=COPULA + ADVERBS + r"(?:a|an|the|one\s+of\s+the|among\s+the)\s+(?:[\w-]+\s+){0,2}$",
        # (not a routine reason: "Rain was the reason for the delay", "That is the reason for the meeting")
        veto_left=r"\bthe\s+reason\s+(?:for|why)\s+$|" + CONDITIONAL
        + r"|^\W*(?:this|that|it)\s+(?:is|was|['’]s)\s+the\s+$"
        + r"|^\W*(?:the\s+)?(?:heavy\s+|bad\s+|poor\s+|thick\s+|high\s+)?(?:rain|snow|fog|ice|weather|winds?|flooding)\s+"
        r"(?:is|was|were)\s+the\s+$",
        veto_right=r"causes?\s+of\s+(?:death|deaths|illness|disease|mortality)\b"),
    # ("the real reason of", a Romance calque, is the same claim)
    Cue(CAUSE, ["reason"], r"reasons?\s+(?:for|why|behind|of)\b",
        left=r"\bthe\s+(?:(?:main|real|chief|key|primary|principal|underlying|only|sole|simple|true|actual|biggest|big)\s+)+$"),
    Cue(CAUSE, ["led", "leads", "lead"], r"(?:led|leads|lead)\s+(?:(?:directly|ultimately|eventually|inevitably|in\s+part|partly|largely)\s+)?to\b",
        veto_left=HEDGED + r"|\b(?:to|and|am|are|is|was|were|be|been)\s+$|" + NOUN_LEFT + "|" + _NATURAL, strong=False),
    Cue(CAUSE, ["result", "resulted", "results", "resulting"], r"result(?:s|ed|ing)?\s+in\b", veto_left=HEDGED + "|" + NOUN_LEFT + "|" + _NATURAL,
        strong=False),
    # A narrated consequence that is a judgement: "caused significant damage", "led to a decline in"
    Cue(CAUSE, ["led", "leads", "lead", "resulted", "results", "result", "prompted", "triggered", "sparked", "fuelled",
                "fueled", "caused", "contributed", "created", "creates", "brought", "brings"],
        _NARRATIVE + r"\s+(?:(?:directly|ultimately|eventually|inevitably|in\s+part|partly|largely|significantly|greatly)\s+)?"
        r"(?:(?:to|in|by)\s+)?(?:(?:the|a|an|this|these|its|their|much\s+of\s+the|some\s+of\s+the)\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _EFFECTS + r"\b",
        veto_right=r"(?:led|leads|lead|resulted|results|result)\s+(?!(?:(?:directly|ultimately|eventually|inevitably|in\s+part|"
        r"partly|largely|significantly|greatly)\s+)?(?:to|in)\b)",
        veto_left=HEDGED + r"|\b(?:the|a|an|its|what|to|and|am|are|is|was|were|be|been)\s+$|" + NOUN_LEFT + "|" + _NATURAL),
    Cue(CAUSE, ["result", "consequence"], r"(?:result|consequence)\b",
        left=r"\bas\s+a\s+(?:direct\s+|natural\s+|logical\s+)?$", strong=False),
    Cue(CAUSE, ["behind"], r"behind\s+(?:the|a|an|this|these|its|their|much\s+of|many\s+of|some\s+of)\s+(?:[\w-]+\s+){0,2}?"
        + _BEHIND_OBJECTS + r"\b",
        left=COPULA + r"(?:(?:also|partly|largely|probably|really|mainly)\s+)?$"),
    Cue(CAUSE, _CAUSE_VERBS, alternation(_CAUSE_VERBS) + r"\b",
        veto_left=HEDGED + r"|\b(?:the|a|an|its|what)\s+$|" + _NATURAL,
        veto_right=r"\w+\s+(?:[\w-]+\s+)?by\s+(?:[\w-]+\s+){0,3}?" + _NATURAL_NOUNS + "|" + _OUTCRY, strong=False),
    Cue(CAUSE, ["due", "owing"], r"(?:due|owing)\s+to\b", veto_right=_DUE_VETO + "|" + _ROUTINE_REASON,
        veto_left=r"\b(?:is|are|was|were|be|been|'s|’s)\s+$|" + _LOGISTICS, strong=False),
    Cue(CAUSE, ["due", "owing"], r"(?:due|owing)\s+" + _DEGREE + r"to\s+"
        r"(?:the|a|an|his|her|their|its|this|that|these|those|some|poor|high|low|bad|rising|falling|higher|lower|"
        r"lack|concerns?|fears?|[a-z]+ing)\b|(?-i:[A-Z])",
        left=r"\b(?:is|are|was|were|be|been|'s|’s)\s+(?:(?:probably|also)\s+)?" + _DEGREE + "$",
        strong=False),
    Cue(CAUSE, ["thanks"], r"thanks\s+" + _DEGREE + r"to\b",
        veto_left=r"\b(?:said|says|gave|give|giving|expressed|offered|extended|my|our|his|her|their)\s+$", strong=False),
    Cue(CAUSE, ["contributed", "contributing", "contributes", "contribute"],
        r"contribut(?:ed|ing|es|e)\s+(?:significantly\s+|greatly\s+|directly\s+)?to\s+(?:the|a|an|its|their|his|her|this)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:rise|fall|decline|increase|drop|slump|growth|collapse|crisis|problems?|deaths?|failure|"
        r"success|loss|losses|defeat|victory|shortage|delay|downfall|unrest|tension|tensions|decision)\b",
        veto_left=HEDGED),
    Cue(CAUSE, ["blame"], r"blame\s+for\b", left=COPULA + r"(?:(?:largely|partly|mainly|partly|entirely|solely|primarily|also)\s+)?to\s+$"),
    Cue(CAUSE, ["blamed", "attributed"], r"(?:blamed|attributed)\s+(?:[\w-]+\s+)?(?:on|to)\b",
        left=COPULA + r"(?:(?:\w+ly|also|now)\s+)*$", veto_left=HEDGED),
    Cue(CAUSE, ["stems", "stemmed", "stem", "stemming"], r"stem(?:s|med|ming)?\s+(?:(?:largely|mainly|partly|directly|mostly|entirely|chiefly|solely|primarily|in\s+part)\s+)?from\b"
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
    Cue(CAUSE, ["because"], r"because\s+of\b", veto_left=FIRST_PERSON + r"|\bjust\s+$|" + _OWN_CLAUSE + "|" + _LOGISTICS
        + r"|^\W*(?:if|when|as|unless)\s+(?:i|we|you)\b|^\W*(?:i|we)\b(?:['’]\w+)?\s",
        veto_right=r"because\s+of\s+(?:i|we|you)\b|" + _ROUTINE_REASON, strong=False),
    # "because" with a clause: a logistic decision explained by somebody's conduct ("closed
    # because its owners mismanaged it") is a causal claim; its routine reasons ("called
    # off because the pitch was frozen") are narration
    Cue(CAUSE, ["because"], r"because\b(?!\s+of\b)", veto_left=FIRST_PERSON + r"|\bjust\s+$|" + _OWN_CLAUSE
        + r"|^\W*(?:if|when|as|unless)\s+(?:i|we|you)\b|^\W*(?:i|we)\b(?:['’]\w+)?\s",
        veto_right=r"because\s+(?:i|we|you)\b|" + _ROUTINE_CLAUSE, strong=False),
    Cue(CAUSE, ["gave", "give", "gives", "giving", "given"], r"(?:gave|give|gives|giving|given)\s+rise\s+to\b", veto_left=HEDGED),
    # counterfactual dependence: "Without the levy, the harbour would have silted up within a
    # decade", "Such a fraud would be impossible without help from inside": what would have
    # happened, stated as fact
    Cue(CAUSE, ["without"], r"without\b[^.;:]{3,80}?,\s*[^.;:]{0,60}?\bwould\s+(?:(?:have\s+)?(?:been\s+)?|(?:not\s+|never\s+)?)[a-z]+",
        left=r"^\W*$", veto_right=r"without\s+(?:a\s+doubt|doubt|question|exception)\b", label="a counterfactual"),
    Cue(CAUSE, ["without"], r"without\b(?!\s+(?:a\s+doubt|doubt|question|exception)\b)",
        left=r"\bwould\s+(?:have\s+been|be|have)\s+(?:(?:all\s+but|almost|quite|simply|utterly)\s+)?(?:impossible|unthinkable|"
        r"unworkable|unaffordable|unviable|doomed|lost|finished|bankrupt|unable\s+to\s+\w+|(?:closed|collapsed|folded|failed|"
        r"gone\s+under|gone\s+bust|died|disappeared))\s+(?:[\w'’-]+\s+){0,3}?$",
        veto_left=FIRST_PERSON, label="a counterfactual"),
    Cue(CAUSE, ["brought"], r"brought\s+about\b"),
]


# ---------------------------------------------------------------- the rest of the family
_EFFECT_NP = r"(?:the|a|an|this|these|that|its|their|his|her|much\s+of\s+the|most\s+of\s+the)\s+"
_BY_WHAT = r"(?:(?:almost\s+|nearly\s+)?(?:largely|mainly|partly|entirely|wholly|solely|primarily|mostly|directly|squarely|in\s+(?:large\s+)?part)\s+)?"

CAUSE_CUES += [
    # "is largely down to", "was entirely down to"
    # (the degree word may follow "down": "was down entirely to", "is down largely to")
    Cue(CAUSE, ["down"], r"down\s+(?:(?:all|largely|mainly|partly|entirely|wholly|solely|primarily|mostly|squarely|simply|"
        r"purely|chiefly|in\s+(?:large\s+)?part)\s+)?to\b(?![\s(]*[£$€\d])(?!\s+(?:the\s+)?(?:last|final|\d|one|two|three|four|five|earth|business|zero|the\s+wire))",
        left=COPULA + r"(?:(?:all|largely|mainly|partly|entirely|wholly|solely|primarily|mostly|squarely|probably|simply|"
        r"in\s+(?:large\s+)?part)\s+)*$", label="a cause"),
    # "is the main reason people turn up at A&E", "the chief cause of", "the main source of
    # the pollution", "the biggest driver of": one cause named as the explanation
    Cue(CAUSE, ["reason", "cause", "source", "driver", "culprit"],
        r"(?:reason|cause|source|driver|culprit)s?\b(?=\s+(?:of|for|why|behind)\b|\s+(?:[a-z]+\s+){0,2}?(?:are|is|was|were|"
        r"turn|go|leave|fail|stay|come|have|get)\b)",
        left=r"\b(?:is|are|was|were|remains|remained|'s|’s)\s+(?:also\s+|probably\s+|now\s+|still\s+)?(?:the|a|one\s+of\s+the)\s+(?:(?:main|chief|principal|biggest|single|"
        r"key|primary|major|leading|real|underlying|root|number\s+one)\s+)+$",
        veto_left=r"\b(?:whether|if)\b[^.;:]*$|" + HEDGED, label="a cause"),
    # "the direct result of", "a consequence of", "the product of", "the legacy of"
    Cue(CAUSE, ["result", "consequence", "product", "legacy", "fruit", "outcome"],
        r"(?:result|consequence|product|legacy|fruit|outcome)s?\s+of\b",
        left=r"\b(?:the|a)\s+(?:(?:direct|indirect|inevitable|predictable|natural|logical|unintended|main|major|real|"
        r"immediate|ultimate|long-term|knock-on)\s+)*$",
        veto_left=r"\b(?:as|awaiting|await|announced|announce|announcing|publish|published|publication|declared|"
        r"declaring|count|counting|whatever|regardless\s+of|irrespective\s+of)\s+(?:of\s+)?(?:the|a)\s+(?:\w+\s+)?$|"
        r"\b(?:whether|if)\b[^.;:]*$|" + HEDGED,
        veto_right=r"(?:result|outcome)s?\s+of\s+(?:the|a|an|this|last|next|its|their)\s+(?:[\w-]+\s+)?(?:vote|votes|election|"
        r"elections|referendum|ballot|poll|polls|test|tests|trial|trials|inquiry|review|survey|match|game|race|count|"
        r"appeal|hearing|investigation|study|studies|audit|talks|negotiations|consultation)\b", label="a cause"),
    # "Touts are to blame", "is responsible for the rise"
    Cue(CAUSE, ["blame"], r"blame\b(?!\s+(?:on|game))",
        left=COPULA + r"(?:(?:largely|partly|mainly|entirely|solely|primarily|also|rather|chiefly|really|squarely|"
        r"in\s+(?:large\s+)?part|not)\s+)*to\s+$", label="a cause"),
    # "The shortage is the fault of the agencies", "it is the council's fault"
    Cue(CAUSE, ["fault"], r"fault\s+of\b|fault\b(?=\s*(?:[.,;:]|$|\s+(?:that|for)\b))",
        left=COPULA + r"(?:(?:largely|partly|mainly|entirely|solely|squarely|all|also|really|not)\s+)*(?:(?:the|his|her|their|its)\s+)?"
        r"(?:[\w-]+\s+)?(?:[\w-]+['’]s?\s+)?$",
        veto_left=FIRST_PERSON + r"|\b(?:no\s+one|nobody|anybody|anyone|not)(?:['’]s)?\s+(?:\w+\s+){0,3}$|\b(?:my|our|your)\s+$",
        label="a cause"),
    Cue(CAUSE, ["responsible"], r"responsible\s+for\s+" + _EFFECT_NP + r"(?:[\w-]+\s+){0,2}?(?:rise|fall|decline|increase|"
        r"surge|drop|slump|slowdown|growth|collapse|crisis|problems?|shortage|delays?|failure|success|losses|deaths|"
        r"chaos|frenzy|mess|damage|downturn|spike|jump|boom|improvement|turnaround|recovery|fall-off|exodus)\b",
        left=COPULA + r"(?:(?:largely|partly|mainly|entirely|solely|primarily|also|directly)\s+)*$", label="a cause"),
    # "lies behind", "at the root of", "the root cause"
    Cue(CAUSE, ["root", "roots"], r"roots?\s+(?:cause|causes|of)\b", left=r"\b(?:the|at\s+the|its|their)\s+$", label="a cause"),
    Cue(CAUSE, ["lies", "lay", "lie"], r"(?:lies|lay|lie)\s+behind\b", label="a cause"),
    # "which is why", "that is why", "this is why", "is why"
    Cue(CAUSE, ["why"], r"why\b", left=r"\b(?:which|that|this|it)\s*(?:is|was|['’]s)\s+(?:(?:partly|largely|precisely|exactly|"
        r"probably|also|one\s+reason|the\s+reason|why)\s+)?$|\b(?:what|this|that|which|it)\s+(?:explains|explained)\s+$",
        veto_left=FIRST_PERSON, veto_right=r"why\s+(?:i|we|i['’]m|we['’]re|we['’]ve|i['’]ve)\b", label="a cause"),
    # "came about because", "came about through"
    Cue(CAUSE, ["came", "come", "comes"], r"(?:came|come|comes)\s+about\s+(?:because|through|as\s+a|after|when|thanks)\b", label="a cause"),
    # "was caused by", "is driven by", "was triggered by"
    # (a fire, a crash or a quake that "was caused by" something is the effect: what caused it
    # is an investigation's finding, and needs its source like any other cause)
    Cue(CAUSE, "caused triggered sparked".split(),
        r"(?:caused|triggered|sparked)\s+" + _BY_WHAT + r"by\b",
        left=COPULA + ADVERBS + r"$|\b(?:has|have|had)\s+been\s+" + ADVERBS + r"$",
        veto_left=HEDGED,
        veto_right=r"\w+\s+(?:[\w-]+\s+)?by\s+(?:[\w-]+\s+){0,5}?" + _NATURAL_NOUNS, label="a cause"),
    Cue(CAUSE, "prompted provoked fuelled fueled driven brought produced".split(),
        r"(?:prompted|provoked|fuell?ed|driven|brought\s+on|produced)\s+" + _BY_WHAT + r"by\b",
        left=COPULA + ADVERBS + r"$|\b(?:has|have|had)\s+been\s+" + ADVERBS + r"$",
        veto_left=HEDGED + "|" + _NATURAL,
        veto_right=r"\w+\s+(?:[\w-]+\s+)?by\s+(?:[\w-]+\s+){0,3}?" + _NATURAL_NOUNS
        # a work and who made it: "will be produced by a US production company", "produced by Rick Rubin"
        + r"|produced\s+by\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:company|companies|studios?|"
        r"producers?|team|label|firm|director|band|group|channel|network|broadcaster|house|agency|outfit)\b"
        r"|produced\s+by\s+(?-i:[A-Z])"
        # made by a number of hands: "as many cars were produced by 4,500 workers"
        r"|produced\s+by\s+(?:(?:just|only|some|about|around|fewer\s+than|more\s+than)\s+)?\d", label="a cause"),
    # "The searches are what drove crime down", "pushed prices up", "forced them out of business"
    Cue(CAUSE, "drove drive drives driving pushed push pushes pushing forced force forces put puts sent send sends".split(),
        r"(?:drove|drive|drives|driving|pushed|push|pushes|pushing|forced|force|forces|sent|send|sends)\s+(?:[\w'’-]+\s+){1,4}?"
        r"(?:down|up|out\s+of\s+business|into\s+(?:administration|bankruptcy|recession|debt|poverty|the\s+red|decline)|"
        r"to\s+the\s+(?:brink|wall))\b|put\s+(?:[\w'’-]+\s+){1,4}?out\s+of\s+business\b",
        veto_left=HEDGED + r"|\b(?:to|will|would|could|may|might)\s+$|" + FIRST_PERSON + "|" + _NATURAL,
        label="a cause"),
    # "stems from", "arises from", "springs from", "is rooted in"
    Cue(CAUSE, "arises arose arise arising springs sprang spring".split(),
        r"(?:arises|arose|arise|arising|springs|sprang|spring)\s+(?:largely\s+|mainly\s+|partly\s+|directly\s+|mostly\s+)?from\b",
        veto_left=HEDGED + r"|\b(?:question|questions|issue|issues|problem|problems|case|cases|need|opportunity)\s+$", label="a cause"),
    Cue(CAUSE, ["rooted"], r"rooted\s+in\b", left=COPULA + ADVERBS + r"$", label="a cause"),
    # "can be traced (straight) back to", "is attributable to"
    Cue(CAUSE, ["traced"], r"traced\s+(?:(?:straight|directly|all\s+the\s+way|right)\s+)?(?:back\s+)?to\b", label="a cause"),
    Cue(CAUSE, ["attributable"], r"attributable\s+to\b", label="a cause"),
    Cue(CAUSE, ["owes", "owed", "owe", "owing"], r"(?:owes|owed|owe|owing)\s+(?:(?:much|a\s+lot|everything|a\s+great\s+deal|"
        r"its|their|his|her)\s+)?(?:[\w-]+\s+)?to\b", veto_right=r"owe[sd]?\s+(?:[£$€\d]|money|rent|tax|debts?)",
        # a debt, not a cause: "$23bn owed to the IMF", "the money owed to suppliers"
        veto_left=r"(?:[£$€]\s?\d[\d,.]*\s*(?:bn|m|k|tn|billion|million|trillion)?|\d[\d,.]*\s*(?:bn|m|billion|million)?\s*"
        r"(?:dollars|pounds|euros|yen|francs))\s+(?:\w+\s+)?$|\b(?:money|debts?|sums?|amounts?|arrears|rent|wages|tax|"
        r"taxes|fees|payments?|compensation|cash|loans?|bills?|interest|funds)\s+(?:\w+\s+)?$", label="a cause"),
    # "on account of", "as a result", "as a consequence", "in consequence"
    Cue(CAUSE, ["account"], r"account\s+of\b", left=r"\bon\s+$", label="a cause", strong=False),
    Cue(CAUSE, ["consequence", "consequently", "hence", "therefore", "thus"],
        r"(?:consequence|consequently|hence|therefore|thus)\b(?!\s+far\b)",
        left=r"(?:^|[,;:—–]\s*|\b(?:and|in)\s+)$", veto_left=FIRST_PERSON + r"|\b(?:i|we)\b[^.;:]*$",
        veto_right=r"\w+\s*,?\s+(?:i|we|i['’]m|we['’]re|i['’]d|we['’]d)\b", label="a consequence", strong=False),
    # "Profits rose on the back of price rises", "Sales recovered off the back of the campaign"
    Cue(CAUSE, ["back"], r"back\s+of\s+(?!(?:the\s+)?(?:queue|net|bus|van|car|lorry|truck|room|hall|stand|head|neck|hand|leg|"
        r"knee|ball|bench|court|building|house|shop|church|cupboard|book|programme|envelope|card|photo|picture|"
        r"goal|stage|field|pitch|class|pack|line|beyond|my|his|her|their|its)\b)",
        left=r"\b(?:on|off)\s+the\s+$", veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:sat|sitting|stood|standing|hid|hidden|"
        r"lying|written|printed|stuck|tattooed|kicked|hit|struck|shot|stabbed)\s+(?:[\w'’-]+\s+){0,2}?(?:on|off)\s+the\s+$",
        strong=False, label="a cause"),
    # "made a major contribution to the city's growth", "contributed greatly to its downfall"
    Cue(CAUSE, ["contribution", "contributions"], r"contributions?\s+to\s+(?:the|a|an|its|their|his|her|this)\s+",
        left=r"\b(?:made|make|makes|making|was|were|is|are)\s+(?:(?:a|an|the)\s+)?(?:(?:great|greatest|major|big|biggest|huge|"
        r"significant|important|decisive|key|vital|crucial|large|largest|substantial|considerable|positive|negative|"
        r"enormous|outstanding|immense|real)\s+)+$",
        veto_left=HEDGED, label="a cause"),
    # "Anger has been stoked by the council's secrecy", "was hastened by online shopping",
    # "has been driven up by the loss of the steelworks", "was made far worse by building on"
    Cue(CAUSE, "stoked hastened accelerated exacerbated compounded aggravated worsened deepened made driven pushed dragged "
        "held propped inflamed".split(),
        r"(?:stoked|hastened|accelerated|exacerbated|compounded|aggravated|worsened|deepened|inflamed|"
        r"made\s+(?:far\s+|much\s+|even\s+|a\s+lot\s+)?worse|driven\s+(?:up|down)|pushed\s+(?:up|down)|dragged\s+down|"
        r"held\s+back|propped\s+up)\s+(?:(?:largely|mainly|partly|in\s+part|further)\s+)?by\s+(?!(?-i:[A-Z]))",
        left=COPULA + ADVERBS + r"$|\b(?:has|have|had)\s+been\s+" + ADVERBS + r"$",
        veto_left=HEDGED + "|" + _NATURAL + "|" + FIRST_PERSON,
        veto_right=r"\w+(?:\s+\w+)?\s+by\s+(?:[\w-]+\s+){0,3}?" + _NATURAL_NOUNS, label="a cause"),
    # "Sales picked up on the strength of the new menu", "Visitor numbers jumped following the
    # series", "Obesity has climbed with the spread of fast-food outlets": a change explained
    Cue(CAUSE, ["strength"], r"strength\s+of\b",
        left=r"\b(?:rose|risen|rise|rising|fell|jumped|soared|climbed|surged|recovered|rallied|grew|grown|boomed|picked\s+up|"
        r"increased|improved|gained|thrived|prospered|bounced\s+back)\b[^,;:]{0,40}?\bon\s+the\s+$",
        veto_left=HEDGED + "|" + FIRST_PERSON, strong=False, label="a cause"),
    Cue(CAUSE, ["following", "wake", "with"],
        r"(?:following|in\s+the\s+wake\s+of|with\s+the\s+(?:spread|arrival|rise|growth|opening|closure|loss|collapse|"
        r"decline|boom|popularity|success|failure))\b",
        left=r"\b(?:rose|risen|fell|fallen|jumped|soared|slumped|plunged|climbed|dropped|surged|collapsed|doubled|halved|"
        r"trebled|tripled|increased|decreased|declined|picked\s+up|recovered|rocketed|tumbled|dived|boomed|dried\s+up)"
        r"(?:\s+(?:by\s+)?(?:[\w%.,£$€-]+)){0,3}?\s+$",
        veto_left=HEDGED + "|" + _NATURAL + "|" + FIRST_PERSON,
        veto_right=r"(?:following|in\s+the\s+wake\s+of|with\s+the\s+\w+)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?" + _NATURAL_NOUNS
        + r"|following\s+(?:the\s+)?(?:announcement|news|publication|release|results?|statement|report)\b",
        strong=False, label="a cause"),
    Cue(CAUSE, ["lies", "lay", "lie"], r"(?:lies|lay|lie)\s+at\s+the\s+(?:heart|root|core)\s+of\b", veto_left=HEDGED,
        label="a cause"),
    # "Morale collapsed after the managers took over": a change pinned on what came before it
    Cue(CAUSE, ["after", "since"], r"(?:after|since)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:took\s+over|arrived|came\s+in|was\s+(?:scrapped|introduced|abolished|closed|sold|privatised|privatized)|"
        r"were\s+(?:scrapped|introduced|abolished|closed|sold|privatised|privatized)|opened|closed|moved\s+in|"
        r"stopped\s+\w+ing|pulled\s+out|went\s+bust|closed\s+down|moved\s+(?:out|away)|left\s+town|disappeared)\b",
        left=r"\b(?:collapsed|plummeted|soared|slumped|crashed|rocketed|nosedived|tumbled|dried\s+up|fell\s+apart|"
        r"doubled|halved|trebled|tripled|vanished|evaporated|dwindled|withered|boomed|flourished|thrived)\s+(?:(?:almost|soon|shortly|immediately|sharply|"
        r"dramatically|overnight)\s+)*$",
        veto_left=HEDGED + "|" + _NATURAL + "|" + FIRST_PERSON, strong=False, label="a cause"),
    # "Boys narrowed the gap because of ...": an explanation of a trend or a result
    Cue(CAUSE, ["because"], r"because\b", left=r"\b(?:won|lost|rose|fell|grew|improved|declined|narrowed|widened|failed|"
        r"succeeded|collapsed|soared|slumped|increased|decreased|dropped|climbed|surged|recovered|struggled)\b[^,;:]{0,60}$",
        veto_left=FIRST_PERSON, strong=False, label="an explanation"),
]

# ------------------------------------------------- causes through verbs and nouns of effect
# A change or a state of things that can be an effect ("the loss of seasonal pickers", "a
# rise in rents", "the closure of the depot"): what "hit by" and "the price of" name.
_CHANGE_NP = (
    r"(?:the|a|an|this|these|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:loss|losses|rise|rises|fall|falls|cuts?|"
    r"closure|closures|decline|collapse|shortage|shortages|increase|increases|downturn|slump|slowdown|squeeze|"
    r"scrapping|removal|withdrawal|lack|absence|departure|exodus|spread|growth|boom|surge|failure|price\s+war|"
    r"crisis|uncertainty|fallout|mismanagement|neglect|underfunding|austerity|recession|inflation)\b"
)
_LEFT_HOW = r"(?:(?:\w+ly|also|now|directly|further)\s+)*"

CAUSE_CUES += [
    # "The new charges spurred an exodus", "The remarks stoked resentment", "the ruling
    # precipitated a crisis": verbs of setting something off, like "triggered" and "sparked"
    Cue(CAUSE, "spurred stoked precipitated unleashed kindled provoked".split(),
        r"(?:spurred|stoked|precipitated|unleashed|kindled|provoked)\b(?!\s+(?:on\s+)?by\b)(?!\s+on\b)",
        veto_left=HEDGED + r"|\b(?:the|a|an|its|what|to|be|been|being|was|were|is|are)\s+$|" + _NATURAL + "|" + FIRST_PERSON,
        # (a public reaction provoked is what the story reports: "provoked fury"; anger stoked
        # over time is a cause read in)
        veto_right=r"(?:provoked|unleashed|precipitated)\s+(?:an?\s+|the\s+|much\s+|some\s+|widespread\s+)?(?:(?:immediate|angry|public|huge|major|fierce|furious|"
        r"strong|bitter|widespread|considerable)\s+)?(?:outcry|row|backlash|furore|furor|uproar|debate|controversy|fury|anger|"
        r"dissent|criticism|protests?|concern|alarm|condemnation|ridicule|derision|complaints|outrage|storm|speculation|"
        r"rumours|rumors|calls)\b",
        strong=False, label="a cause"),
    # "Growers were hit by the loss of seasonal pickers", "Shops have been hit hard by the
    # parking charges": an effect pinned on a change that is not an accident of nature
    Cue(CAUSE, ["hit"], r"hit\s+(?:(?:hard|hardest|badly|particularly\s+hard|especially\s+hard)\s+)?by\s+" + _CHANGE_NP,
        left=r"\b(?:is|are|was|were|been|being)\s+" + _LEFT_HOW + r"(?:(?:hard|badly|worst|hardest)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON, strong=False, label="a cause"),
    # "Higher fares are the price of the botched expansion", "the cost of years of neglect"
    Cue(CAUSE, ["price", "cost", "toll"], r"(?:price|cost|toll)\s+(?:paid\s+)?(?:of|for)\s+(?:the|a|an|its|their|his|her|"
        r"years|decades|months|this|that)\b",
        left=COPULA + ADVERBS + r"(?:the|a)\s+(?:(?:heavy|high|real|hidden|human|inevitable|true|steep)\s+)?$",
        veto_left=HEDGED + r"|[£$€\d][\d,.]*\w*\s+(?:\w+\s+)?" + COPULA + r"(?:the|a)\s+$|\b(?:what|whether|if)\b[^.;:]*$",
        veto_right=r"\w+\s+(?:of|for)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:ticket|pint|loaf|litre|gallon|barrel|ounce|share|stamp|"
        r"room|night|meal|season\s+ticket|fare|house|home|flat|car|seat)\b", label="a cause"),
    # "The bypass has starved the town of trade", "the cuts robbed the service of its best staff"
    Cue(CAUSE, "starved starve starves starving robbed rob robs robbing drained drains sapped saps".split(),
        r"(?:starved|starve|starves|starving|robbed|rob|robs|robbing|drained|drains)\s+(?:[\w'’-]+\s+){1,4}?of\b"
        r"|(?:sapped|saps)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+)?(?:morale|confidence|energy|strength|"
        r"will|enthusiasm|goodwill|trust|support|appetite)\b",
        # ("deliberately starved the unit of money": a motive, CLM002's)
        veto_left=HEDGED + r"|\b(?:to|be|been|being|was|were|is|are|deliberately|intentionally|wilfully|knowingly|"
        r"cynically|systematically)\s+$|" + FIRST_PERSON + "|" + _NATURAL,
        # (a name: "Rob Da Bank is one of the hosts")
        veto_right=r"(?-i:Rob)\s+(?-i:[A-Z])|robbed\s+(?:[\w'’-]+\s+){1,3}?of\s+(?:[£$€\d]|(?:his|her|their|its)\s+(?:phone|wallet|bag|purse|watch|car|"
        r"money|cash|jewellery|handbag))",
        label="a cause"),
    # "The scrapping of the night bus left shift workers stranded": a consequence of an act
    Cue(CAUSE, ["left", "leaves", "leaving"],
        r"(?:left|leaves|leaving)\s+(?:[\w'’-]+\s+){1,4}?(?:worse\s+off|out\s+of\s+pocket|in\s+limbo|in\s+the\s+lurch|"
        r"high\s+and\s+dry|struggling|reeling|at\s+the\s+mercy\s+of)\b",
        left=r"(?:^\W*(?:the|a|an|this|its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:of\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?)?"
        r"|\b(?:has|have|had)\s+)$",
        veto_left=HEDGED + "|" + _NATURAL + "|" + FIRST_PERSON + r"|\b(?:storm|flood|fire|crash|accident|blast|snow|rain|"
        r"weather|landslide|outage|collision|derailment)\b",
        strong=False, label="a consequence"),
    # "The hospital's troubles can be laid at the door of its former chief executive"
    Cue(CAUSE, ["laid", "lay", "lies"], r"(?:laid|lay|lies)\s+(?:squarely\s+|firmly\s+)?at\s+the\s+(?:door|feet)\s+of\b",
        veto_left=r"\b(?:may|might|could|would)\s+(?:well\s+)?(?:be\s+)?$|" + FIRST_PERSON, label="a cause"),
    # "The fallout from the scandal cost the chairman his seat", "the fallout from the strike
    # has hit bookings": the effects of an event named as the subject of what they did
    Cue(CAUSE, ["fallout"], r"fallout\s+from\s+(?:[\w'’-]+\s+){1,6}?(?:has\s+|have\s+|had\s+)?(?:cost|hit|hurt|damaged|"
        r"forced|left|led|dented|wrecked|ruined|claimed|toppled|ended|sunk|sank|derailed|cast|weighed|dogged|overshadowed|"
        r"continues|spread|reached)\b", left=r"(?:^\W*|[,;:]\s*)(?:the\s+)?$", label="a cause"),
    # "The merger has cost the region hundreds of jobs", "The row cost the chairman his seat"
    Cue(CAUSE, ["cost", "costs"], r"cost\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){1,3}?(?:his|her|their|its|the)\s+"
        r"(?:job|jobs|seat|seats|career|livelihood|livelihoods|licence|license|majority|credibility|reputation|"
        r"post|home|homes|business)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:already|now|also|effectively|ultimately)\s+)*$|^\W*(?:the|a|an|this|its|their)\s+"
        r"(?:[\w'’-]+\s+){0,6}?$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:will|would|could|may|might|to|not)\s+$",
        veto_right=r"\w+\s+(?:[\w'’-]+\s+){0,5}?(?:his|her|their)\s+(?:life|lives)\b", strong=False, label="a cause"),
    # "In the wake of the rate rise, first-time buyers have deserted the market": a change
    # in the main clause pinned on the event that opens the sentence
    Cue(CAUSE, ["wake", "aftermath"], r"(?:wake|aftermath)\s+of\s+[^,;:.]{3,60},\s*[^,;:.]{0,60}?\b(?:deserted|abandoned|fled|"
        r"shunned|collapsed|slumped|plunged|plummeted|soared|rocketed|surged|dried\s+up|evaporated|vanished|fallen|risen|"
        r"doubled|halved|turned\s+(?:their|its|his|her)\s+backs?|lost\s+(?:faith|confidence|trust)|flocked|stampeded)\b",
        left=r"^\W*in\s+the\s+$", veto_left=HEDGED,
        veto_right=r"(?:wake|aftermath)\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?" + _NATURAL_NOUNS,
        strong=False, label="a cause"),
]

# ------------------------------------------------ causes as roles, openings, tolls and ends
_DOWNFALL = (
    r"(?:decline|rise|fall|collapse|downfall|demise|failure|success|growth|increase|crisis|defeat|victory|recovery|"
    r"revival|loss|losses|problems?|shortage|slump|exodus|turnaround|resurgence|closure|troubles|woes|plight|"
    r"break-?up|resignation|sacking|relegation|promotion)\b"
)
_ABSTRACT_FLOOD = (
    r"(?:wave|flood|raft|spate|rush|surge|series|string|host|claims|challenges|abuse|fraud|exploitation|privatisation|"
    r"privatization|competition|cuts|closures|job\s+losses|redundancies|development|speculation|lawsuits|appeals|"
    r"copycat|imitators|rivals|more\s+of\s+the\s+same)\b"
)
_RESULT_STATE = (
    r"(?:unaffordable|unviable|uneconomic|uneconomical|unworkable|unbearable|unliveable|unlivable|impossible|untenable|"
    r"obsolete|redundant|worthless|unsellable|uninhabitable|unrecognisable|unrecognizable|a\s+laughing\s+stock|"
    r"a\s+ghost\s+town|a\s+no-go\s+area|a\s+byword\s+for|a\s+target\s+for|a\s+magnet\s+for|"
    r"(?:far\s+|much\s+|even\s+|a\s+lot\s+)?(?:harder|more\s+difficult|more\s+dangerous|more\s+expensive|dearer|"
    r"less\s+safe|riskier|poorer|worse|safer|better|cleaner|fairer|greener|healthier|quieter|more\s+(?:efficient|accessible|"
    r"affordable|attractive|reliable|welcoming|vibrant)))\b"
)
CAUSE_CUES += [
    # "The loss of the market played a major role in the decline of the square"
    Cue(CAUSE, ["role", "part"], r"(?:role|part)\s+in\s+(?:(?:the|its|their|his|her|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?" + _DOWNFALL,
        left=r"\b(?:played|plays|play|playing|had|has|have)\s+(?:(?:also|certainly|clearly)\s+)?(?:a|an|the|no\s+small|some)\s+"
        r"(?:(?:major|key|big|bigger|biggest|significant|central|decisive|crucial|large|larger|leading|pivotal|vital|"
        r"important|huge|substantial|considerable|starring|part)\s+)*$",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:whether|if|what)\b[^.;:]*$", label="a cause"),
    # "Holiday lets are driving up rents", "Tourism is fuelling the housing crisis": a cause
    # at work now
    Cue(CAUSE, "driving pushing forcing dragging fuelling fueling stoking hollowing".split(),
        r"(?:(?:driving|pushing|forcing)\s+(?:up|down)|dragging\s+down|hollowing\s+out)\s+(?:the\s+|local\s+|house\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:rents?|prices?|costs?|wages|pay|fares|bills|values|demand|inflation|unemployment|numbers|"
        r"standards|morale|town|towns|centre|centres|high\s+streets?|communities|villages)\b"
        r"|(?:fuelling|fueling|stoking)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?[a-z]+",
        left=r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|also|still|steadily|increasingly|quietly|"
        r"slowly|gradually)\s+)*$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:he|she|i|we|you|they)\s+(?:\w+\s+)?$",
        veto_right=r"(?:fuelling|fueling)\s+(?:up|the\s+(?:car|plane|aircraft|engines?|tank|boat|ship|vehicle))\b",
        strong=False, label="a cause"),
    # "sowed the seeds of", "opened the door to a wave of", "laid the groundwork for", "opened
    # the floodgates": an event made the cause of what followed ("set the stage for" is too
    # often a real stage)
    Cue(CAUSE, "sowed sown sow sows opened opens open laid lays".split(),
        r"(?:sowed|sown|sows?)\s+the\s+seeds\s+(?:of|for)\b|(?:opened|opens?)\s+the\s+floodgates\b"
        r"|(?:opened|opens?)\s+the\s+door\s+to\s+(?:a\s+|an\s+|more\s+|further\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?" + _ABSTRACT_FLOOD
        + r"|(?:laid|lays)\s+the\s+(?:groundwork|foundations?)\s+for\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:to|will|would|could|may|might)\s+$", strong=False, label="a cause"),
    # "The long shifts have taken their toll on the staff" (the weather's toll is narration)
    Cue(CAUSE, "took taken take takes taking".split(),
        r"(?:took|taken|takes?|taking)\s+(?:its|their|a)\s+(?:(?:heavy|terrible|huge|severe|serious|big|real|grim|great|"
        r"dreadful)\s+)?toll\s+on\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:frost|drought|weather|heat|cold|virus|illness|disease|"
        r"age|injury|injuries|cancer)\b[^.;:]*$|\b(?:to|will|would|could|may|might)\s+$",
        strong=False, label="a cause"),
    # "The town has the new rail link to thank for its revival"
    Cue(CAUSE, ["thank"], r"thank\s+for\b", left=r"\b(?:has|have|had|owes?)\s+(?:[\w'’-]+\s+){1,6}?to\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\bonly\s+(?:themselves|himself|herself|itself)\s+to\s+$", label="a cause"),
    # "The superstore spelt the end of the village butcher", "put paid to", "sounded the
    # death knell for", "the final nail in the coffin", "the last straw"
    Cue(CAUSE, "spelt spelled spells put sounded nail straw killed".split(),
        r"(?:spelt|spelled|spells)\s+(?:the\s+)?(?:end|death|doom|ruin|disaster)\s+(?:of|for)\b|put\s+paid\s+to\b"
        r"|sounded\s+the\s+death\s+knell\b|nail\s+in\s+the\s+coffin\b|straw\s+(?:that|for)\b|killed\s+off\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:to|will|would|could|may|might)\s+$",
        strong=False, label="a cause"),
    # "The rent rises have made the flats unaffordable for nurses": an effect as a new state
    Cue(CAUSE, ["made"], r"made\s+(?:[\w'’-]+\s+){1,4}?" + _RESULT_STATE,
        left=r"\b(?:has|have|had)\s+(?:(?:now|also|effectively|simply|steadily|gradually)\s+)*$|^\W*(?:the|a|an|this|its|their)\s+"
        r"(?:[\w'’-]+\s+){0,6}?$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:drought|frost|weather|heat|snow|ice|floods?|storms?)\b"
        r"[^.;:]*$", strong=False, label="a cause"),
]

# ----------------------------------------- causes in a translation's English and by inversion
CAUSE_CUES += [
    # "The new motorway has permitted to reduce the traffic" (French "a permis de", Spanish
    # "ha permitido"), "A culture of secrecy allowed the abuse to continue for years"
    Cue(CAUSE, ["permitted", "permits", "permit"], r"(?:permitted|permits|permit)\s+to\s+(?:reduce|increase|improve|cut|lower|raise|"
        r"save|create|avoid|prevent|recover|boost|double|halve|end|solve|overcome)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:also|already|finally)\s+)?$", veto_left=HEDGED + "|" + FIRST_PERSON, label="a cause"),
    Cue(CAUSE, ["allowed", "enabled", "let"], r"(?:allowed|enabled|let)\s+(?:[\w'’-]+\s+){1,4}?(?:to\s+)?(?:continue|flourish|"
        r"spread|thrive|fester|persist|escalate|spiral|go\s+(?:on|unchecked|unpunished|unnoticed|unchallenged)|get\s+away\s+with|"
        r"run\s+riot|take\s+hold)\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:to|will|would|could|may|might|be|been|was|were|is|are)\s+$",
        strong=False, label="a cause"),
    # "The origin of the problem is the lack of investment", "The drought is at the origin of
    # the bad harvest", "has had as consequence the emigration of the young"
    Cue(CAUSE, ["origin", "origins"], r"origins?\s+of\s+(?:the|this|these|its|their|our)\s+(?:[\w'’-]+\s+){0,2}?(?:problem|problems|"
        r"crisis|trouble|troubles|conflict|decline|fall|rise|shortage|delays|losses|unrest|dispute|violence|failure|"
        r"situation|difficulties|malaise|harvest|deficit|debt|debts|scandal)\b",
        left=r"\b(?:at|is|was|are|were)\s+the\s+(?:real\s+|true\s+|main\s+|whole\s+)?$|^\W*the\s+(?:real\s+|true\s+|main\s+)?$",
        veto_left=HEDGED + r"|\b(?:whether|if)\b[^.;:]*$", label="a cause"),
    Cue(CAUSE, ["had"], r"had\s+as\s+(?:a\s+|its\s+)?(?:direct\s+)?(?:consequence|result|effect)\b",
        left=r"\b(?:has|have|had)\s+$", veto_left=HEDGED, label="a cause"),
    # "The surge in burglaries comes down to a lack of officers", "boils down to"
    Cue(CAUSE, "comes come came boils boil boiled".split(), r"(?:comes|come|came|boils|boil|boiled)\s+down\s+to\b",
        left=r"\b(?:rise|fall|surge|increase|drop|decline|problem|problems|crisis|failure|success|shortage|delays?|losses|"
        r"defeat|victory|slump|trouble|troubles|gap|difference|reason|collapse|revival|turnaround|jump|spike|growth|dip|"
        r"upturn|downturn|rises|falls|increases)\b[^.;:]{0,40}?$",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:whether|if|will|would)\b[^.;:]*$", label="a cause"),
    # "Much of the damage was self-inflicted"
    Cue(CAUSE, ["self-inflicted"], r"self-inflicted\b(?!\s+(?:wounds?|injur|gunshot|stab|cuts?))",
        left=COPULA + ADVERBS + r"(?:(?:entirely|wholly|largely|partly|mostly|all)\s+)?$",
        veto_left=HEDGED + r"|\b(?:wounds?|injur\w*|gunshot|cuts?|death)\b[^.;:]*$", label="a cause"),
    # "The club's slide began the day the new owners arrived", "the rot set in when"
    Cue(CAUSE, "began started set".split(), r"(?:began|started|set\s+in)\s+(?:the\s+(?:day|moment|minute|week|year)|when|with\s+the\s+"
        r"(?:arrival|appointment|sale|takeover|departure|decision|election))\b",
        left=r"\b(?:slide|decline|troubles|problems|rot|collapse|downturn|malaise|crisis|woes|demise|fall|slump|unrest)\s+"
        r"(?:(?:really|only|first|all)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL, strong=False, label="a cause"),
    # "The charity's troubles go back to a disastrous property deal"
    Cue(CAUSE, "go goes went".split(), r"(?:go|goes|went)\s+(?:all\s+the\s+way\s+|right\s+)?back\s+to\s+(?:the|a|an|its|their|his|her)\b",
        left=r"\b(?:troubles|problems|woes|difficulties|decline|crisis|malaise|debts|losses|failings|failures)\s+"
        r"(?:(?:all|really|largely|partly)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON,
        veto_right=r"\w+\s+(?:all\s+the\s+way\s+|right\s+)?back\s+to\s+(?:the\s+)?(?:\d|early|mid|late|last|first|start|"
        r"beginning|days|time|war|(?:nineteen|twenty)[\w-]*)", strong=False, label="a cause"),
    # "Behind the rise in fines is a private parking firm": the cause put first
    Cue(CAUSE, ["behind"], r"behind\s+(?:the|this|these|its|their)\s+(?:[\w'’-]+\s+){0,3}?" + _BEHIND_OBJECTS
        + r"\b[^.;:]{0,60}?\b(?:is|are|was|were|lies|lie|lay|stands?|stood)\b",
        left=r"^\W*(?:(?:and|but|yet)\s+)?$", label="a cause"),
]

# ------------------------------------------------- what an effect was done by, driven away
_FINISHED_BY = (
    r"(?:finished\s+off|killed\s+off|sunk|sunk\s+without\s+trace|wiped\s+out|crippled|hammered|battered|squeezed|undone|"
    r"brought\s+down|laid\s+low|hollowed\s+out|scared\s+off|frightened\s+off|driven\s+(?:off|away|out)|put\s+off|priced\s+out|"
    # pushed out of a place or a trade: "squeezed out of the market by", "forced out of business by"
    r"(?:squeezed|forced|pushed|crowded|driven|priced|frozen)\s+out)"
    r"(?:\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:market|business|trade|industry|town|city|centre|"
    r"center|area|village|high\s+street|sector|game|country))?"
)
CAUSE_CUES += [
    # "The bakery was finished off by the rise in energy prices", "parents scared off by the
    # volume of traffic": an effect pinned on a change or a condition, not on nature
    Cue(CAUSE, "finished killed sunk wiped crippled hammered battered squeezed undone brought laid hollowed scared frightened "
        "driven put priced forced pushed crowded frozen".split(),
        _FINISHED_BY + r"\s+(?:(?:largely|mainly|partly|in\s+part|finally)\s+)?by\s+(?:the\s+|a\s+|an\s+|years\s+of\s+|"
        r"decades\s+of\s+)?(?:[\w'’-]+\s+){0,3}?(?:rise|rises|cost|costs|price|prices|rent|rents|rates|volume|lack|loss|"
        r"shortage|collapse|decline|closure|arrival|spread|growth|competition|cuts|tax|taxes|charges|fees|fares|traffic|"
        r"uncertainty|neglect|mismanagement|recession|inflation|pandemic|downturn|slump|squeeze|boom|internet|supermarkets?|"
        r"retail\s+parks?|chains?|online\s+\w+|multinationals|giants|rivals|competitors|conglomerates|corporations|"
        r"developers|landlords|operators|discounters)\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL, strong=False, label="a cause"),
    # "soaring business rates drove away its customers"
    Cue(CAUSE, "drove drive drives driving driven scared frightened chased".split(),
        r"(?:drove|drive|drives|driving|driven|scared|frightened|chased)\s+(?:away|off)\s+(?:(?:its|their|the|many|most|some|"
        r"his|her)\s+)?(?:[\w-]+\s+)?(?:customers|shoppers|visitors|fans|tourists|investors|members|voters|buyers|diners|"
        r"tenants|residents|families|staff|players|readers|viewers|listeners|patients|pupils|students|donors|sponsors|"
        r"business|trade|clients|drinkers|audiences|supporters)\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:to|will|would|could|may|might)\s+$",
        strong=False, label="a cause"),
]

# ------------------------------------------------------ sweeping effects in plain verbs
CAUSE_CUES += [
    # "Online shopping has killed the high street", "ripped the heart out of the village",
    # "has torn the community apart", "turned the park into a no-go area"
    Cue(CAUSE, ["killed"], r"killed\s+(?:off\s+)?(?:the|our|their|its|many|most)\s+(?:[\w'’-]+\s+){0,2}?(?:high\s+streets?|"
        r"town\s+centres?|industry|trade|pub|pubs|market|markets|village|villages|community|communities|scene|tradition|"
        r"traditions|shops|businesses|newspapers|art|craft)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:all\s+but|effectively|slowly|steadily|quietly|already)\s+)*$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL, label="a cause"),
    Cue(CAUSE, "ripped ripping rips torn tore tearing".split(),
        r"(?:ripped|ripping|rips|torn|tore|tearing)\s+(?:the\s+heart|the\s+soul|the\s+life)\s+out\s+of\b"
        r"|(?:torn|tore|tearing)\s+(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:community|communities|village|town|"
        r"family|families|party|club)\s+apart\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:to|will|would|could|may|might)\s+$", label="a cause"),
    Cue(CAUSE, ["turned", "turning", "turns"],
        r"(?:turned|turning|turns)\s+(?:[\w'’-]+\s+){1,4}?into\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:no-go\s+area|ghost\s+town|"
        r"wasteland|building\s+site|desert|laughing\s+stock|slum|battleground|eyesore|dumping\s+ground|war\s+zone|"
        r"rat\s+run|free-for-all|playground\s+for|open\s+(?:drain|sewer)|cesspit|cesspool|quagmire|rubbish\s+tip)\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:to|will|would|could|may|might)\s+$", label="a cause"),
    # "Rising insurance costs are forcing childminders to quit": a cause at work now
    Cue(CAUSE, ["forcing"], r"forcing\s+(?:[\w'’-]+\s+){1,4}?(?:to\s+(?:quit|close|leave|sell|move|give\s+up|shut|stop|"
        r"cut|choose|turn\s+away|abandon|skip|rely)|out\s+of\s+(?:business|work|their\s+homes)|into\s+(?:debt|poverty))\b",
        left=r"\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|also|increasingly|steadily)\s+)*$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL, strong=False, label="a cause"),
    # "Cuts to bus services have cut off whole villages" (floods that cut off villages are narration)
    Cue(CAUSE, ["cut"], r"cut\s+off\s+(?:whole\s+|entire\s+|many\s+|rural\s+|outlying\s+)+(?:[\w'’-]+\s+)?(?:villages|"
        r"communities|estates|towns|areas|families|neighbourhoods)\b",
        left=r"\b(?:has|have|had)\s+(?:(?:effectively|all\s+but|now)\s+)*$",
        veto_left=HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL + r"|\b(?:snow|ice|flood\w*|storm\w*|landslides?|rockfalls?|"
        r"roadworks|road\s+closures?)\b[^.;:]*$", strong=False, label="a cause"),
]

# --------------------------------------------------- causes in the wording of beats
_OUTCOME_MEASURES = (
    r"(?:admissions|deaths|crime|infections|accidents|casualties|emissions|pollution|congestion|unemployment|poverty|"
    r"homelessness|reoffending|truancy|obesity|waiting\s+times|waiting\s+lists|burglaries|injuries|delays|complaints|"
    r"break-ins|thefts|fatalities|exclusions|evictions)\b"
)
CAUSE_CUES += [
    # "The defeat was entirely of the manager's own making"
    Cue(CAUSE, ["own"], r"own\s+making\b",
        left=COPULA + ADVERBS + r"(?:(?:entirely|wholly|largely|partly|all)\s+)?of\s+(?:(?:his|her|their|its|the\s+[\w'’-]+['’]s?|"
        r"[\w'’-]+['’]s?)\s+)$",
        veto_left=HEDGED + "|" + FIRST_PERSON, label="a cause"),
    # "The shares slumped on fears that the chief executive would quit"
    Cue(CAUSE, "fears fear worries concerns hopes speculation".split(),
        r"(?:fears|fear|worries|concerns|hopes|speculation)\s+(?:that|of|over|about)\b",
        left=r"\b(?:rose|fell|slumped|slipped|jumped|soared|surged|tumbled|plunged|dropped|climbed|rallied|sank|dipped|gained|"
        r"lost|eased|firmed|weakened|strengthened|recovered)\b(?:\s+[\w%.,£$€-]+){0,4}?\s+on\s+(?:(?:renewed|growing|mounting|"
        r"fresh|new)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON, strong=False, label="a cause"),
    # "The vaccine has slashed hospital admissions", "The cameras have halved accidents"
    Cue(CAUSE, "slashed halved cut reduced lowered boosted doubled trebled curbed".split(),
        r"(?:slashed|halved|cut|reduced|lowered|curbed|boosted|doubled|trebled)\s+(?:the\s+(?:number|rate|level)s?\s+of\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?" + _OUTCOME_MEASURES,
        left=r"\b(?:has|have|had)\s+(?:(?:already|dramatically|sharply|significantly|effectively|single-handedly)\s+)*$",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:police|officers|council|government|trust|hospital|board)\b[^.;:]{0,20}$",
        label="a cause"),
    # "The gallery's revival is the work of one determined curator"
    Cue(CAUSE, ["work", "doing"], r"(?:work|doing)\s+of\b",
        left=r"\b(?:revival|success|turnaround|recovery|collapse|decline|rise|fall|failure|mess|downfall|transformation|"
        r"comeback|troubles|problems|woes)\b[^.;:]{0,20}?" + COPULA + r"(?:(?:largely|mainly|almost\s+entirely|entirely|all|"
        r"chiefly)\s+)?the\s+$",
        veto_left=HEDGED + "|" + FIRST_PERSON, label="a cause"),
]

CAUSE_CUES += [
    # "The blame for the delays lies squarely with the contractor", "Much of the credit for the
    # recovery belongs to the new head"
    # (not "responsibility for the roads lies with the county": an office, not a cause)
    Cue(CAUSE, ["blame", "credit"],
        r"(?:blame|credit)\s+(?:for\s+[^.;:]{1,50}?\s+)?(?:lies|lay|rests|rested|belongs|belonged|goes|went|must\s+go)\s+"
        r"(?:(?:squarely|firmly|largely|mainly|partly|entirely|chiefly)\s+)?(?:with|to|on)\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:whether|if)\b[^.;:]*$", label="a cause"),
    # "What sank the bid was the club's refusal to raise its offer"
    Cue(CAUSE, ["what"], r"what\s+(?:really\s+|finally\s+|ultimately\s+|eventually\s+)?(?:sank|killed|saved|doomed|wrecked|scuppered|"
        r"ended|broke|won|lost|caused|drove|triggered|sparked|tipped|swung|decided|cost)\s+(?:[\w'’-]+\s+){1,4}?(?:was|is)\b",
        left=r"^\W*(?:(?:but|and|yet|in\s+the\s+end|ultimately),?\s+)?$", label="a cause"),
    # "None of this would have happened without the mayor's interference"
    Cue(CAUSE, ["without"], r"without\b", left=r"\b(?:would|could)(?:n['’]t)?\s+(?:never\s+|not\s+)?have\s+(?:happened|been\s+possible|"
        r"come\s+about|succeeded|survived|won|lasted|collapsed|failed)\s+$",
        veto_left=FIRST_PERSON + r"|\b(?:i|we|you)\b[^.;:]*$|\b(?:if|whether|said|says)\b[^.;:]*$", label="a counterfactual"),
]

# Troubles and changes whose origin is a matter of judgement, as the subject of "was created
# by" or "comes from": "The backlog was created by the 2019 reforms", "The rise in rents
# comes from the shortage of homes".
_TROUBLE_SUBJECT = (
    r"\b(?:shortage|shortages|crisis|problem|problems|mess|backlog|deficit|shortfall|gap|bottleneck|chaos|confusion|"
    r"imbalance|bubble|glut|slump|downturn|fall|rise|drop|decline|increase|growth|surge|jump|loss|losses|pressure|"
    r"delays?|queues|congestion|pollution|damage|tension|tensions|unrest|anger|divide|inequality|poverty|debt|debts)\b"
    r"(?:\s+(?:in|of|at|on|for|among)\s+[^,;:.]{1,40}?)?\s+"
)
CAUSE_CUES += [
    Cue(CAUSE, ["created", "generated", "manufactured", "engineered"],
        r"(?:created|generated|manufactured|engineered)\s+" + _BY_WHAT + r"by\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?" + _NATURAL_NOUNS + ")",
        left=_TROUBLE_SUBJECT + r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+" + ADVERBS + r"$",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:if|whether|said|says|claims?|claimed)\b[^,;:]*$", label="a cause"),
    Cue(CAUSE, ["comes", "came", "come", "coming"],
        r"(?:comes|came|come|coming)\s+(?:(?:mostly|mainly|largely|chiefly|partly|entirely|directly)\s+)?from\b"
        r"(?!\s+(?:the\s+)?(?:north|south|east|west|abroad|overseas|(?-i:[A-Z])))",
        left=r"^\W*(?:the|this|that|its|their)\s+" + _TROUBLE_SUBJECT[2:] + r"(?:(?:also|now|still)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON, label="a cause"),
    # "The upshot is that fewer families can afford a home", "The knock-on effect has been
    # that ...": a consequence stated as the outcome of what the story reported
    Cue(CAUSE, ["upshot", "result", "effect", "consequence"],
        r"(?:upshot|(?:net|end)\s+result|(?:knock-on|net|ripple)\s+effect|consequence)\s+(?:of\s+[^,;:.]{1,50}?\s+)?"
        r"(?:is|was|has\s+been|will\s+be)\s+that\b",
        left=r"^\W*(?:(?:and|but|so)\s+)?(?:the|one|another)\s+(?:(?:main|immediate|inevitable|practical|real|biggest|only)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON, strong=False, label="a cause"),
    # "The outbreak can be blamed on lax hygiene": "can be" asserts here, it is no hedge
    Cue(CAUSE, ["blamed", "attributed"], r"(?:blamed|attributed)\s+(?:(?:squarely|largely|partly|mainly|directly)\s+)?(?:on|to)\b",
        left=r"\bcan\s+(?:(?:only|largely|partly|squarely|surely|directly)\s+)?be\s+$", veto_left=FIRST_PERSON + "|" + _NATURAL,
        label="a cause"),
]

CAUSE_CUES += [
    # "Poor pay is the reason nurses are leaving", "Low rents were the reason (that) traders
    # stayed": the bare "the reason" before a clause (a subject and its verb) names one cause;
    # "the reason for the meeting" (no clause) is left to the cues with a degree ("the main reason")
    Cue(CAUSE, ["reason"],
        r"reason\s+(?:(?:that|why)\s+)?(?!(?:for|of|behind|i|we|you|i['’]m|we['’]re|is|was|given)\b)"
        r"(?:[\w'’-]+\s+){1,3}?(?:are|is|was|were|have|has|had|can(?:not|['’]t)?|could(?:\s+not|n['’]t)?|did(?:\s+not|n['’]t)?|"
        r"do(?:\s+not|n['’]t)|no\s+longer|(?-i:[a-z]+ed)|lost|left|went|fell|rose|grew|came|became|began|made|took|gave|kept|"
        r"quit|shut|sold|ran|won|chose|stayed|moved)\b",
        left=COPULA + r"(?:(?:also|simply|really|now|still|probably|clearly)\s+)?(?:the|one)\s+"
        r"(?:(?:only|sole|single|real|true|main|chief|biggest)\s+)?$",
        veto_left=r"\b(?:whether|if)\b[^.;:]*$|" + HEDGED + "|" + FIRST_PERSON + "|" + _NATURAL
        + r"|^\W*(?:this|that|it|which)\s+(?:is|was|['’]s)\s+(?:\w+\s+)?(?:the|one)\s+$",
        veto_right=r"[^.;:]*?\b(?:postponed|cancell?ed|delayed|called\s+off|abandoned|adjourned)\b", label="a cause"),
    # "The pollution comes largely from lorries", "The outbreak came mostly from one kitchen":
    # an origin weighed, a source of the problem named ("comes from Leeds" is plain narration)
    Cue(CAUSE, ["comes", "came", "come", "coming"],
        r"(?:comes|came|come|coming)\s+(?:(?:mostly|mainly|largely|chiefly|primarily|overwhelmingly|predominantly|"
        r"principally|almost\s+(?:entirely|exclusively|wholly)|entirely|exclusively|wholly)\s+)from\b",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:money|funding|income|revenues?|cash|support|votes?|players?|visitors?|"
        r"growth|sales|profits?|earnings|turnover|demand|orders|gains?|losses|increase|rise|"
        r"tourists?|guests?|staff|members?|pupils|students|buyers|customers|applicants|donations)\b[^.;:]{0,30}$",
        label="a cause"),
    # "Dirty air causes hundreds of early deaths a year", "The junction causes dozens of crashes
    # every winter": a habitual cause with a toll, stated as fact
    Cue(CAUSE, ["causes", "cause"],
        r"causes?\s+(?:(?:an\s+estimated|about|around|some|up\s+to|more\s+than|at\s+least|nearly|almost|over)\s+)?"
        r"(?:\d[\d,.]*|hundreds|thousands|dozens|millions|tens\s+of\s+thousands|scores)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:deaths|injuries|illnesses|cases|crashes|accidents|admissions|fires|infections|casualties)\b",
        left=r"(?-i:[a-z])[\w'’-]*\s+(?:(?:still|also|now|alone|directly|indirectly)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:to|that|which|what|who|does|did|can|could|may|might|will|would)\s+$",
        label="a cause"),
    # "The walkout is costing traders £50,000 a week", "is costing the economy millions a day": a
    # running cost put on an event, an estimate with no one's name on it
    Cue(CAUSE, ["costing"],
        r"costing\s+(?:[\w'’-]+\s+){1,4}?(?:(?:an\s+estimated|about|around|some|up\s+to|more\s+than|at\s+least|nearly|almost|over)\s+)?"
        r"(?:[£$€]\s?\d[\d,.]*\S*|\d[\d,.]*\s*(?:pounds|dollars|euros)|hundreds|thousands|millions|billions)\b"
        r"[^.;:]{0,30}?\b(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute)\b",
        left=r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?:(?:already|now|still|reportedly)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON, label="a cost put on it"),
    # "A single missed inspection was what caused the roof to fail": the cleft after its subject
    Cue(CAUSE, ["what"], r"what\s+(?:really\s+|finally\s+|ultimately\s+)?(?:caused|triggered|sparked|sank|killed|doomed|wrecked|"
        r"scuppered|brought\s+down|led\s+to|drove|pushed)\b",
        left=COPULA + r"(?:(?:really|precisely|exactly|ultimately|also)\s+)?$",
        veto_left=HEDGED + "|" + FIRST_PERSON + r"|\b(?:whether|if|know|knows|knew|unclear|clear|ask|asked|asks|investigat\w+|"
        r"establish|determine|explain|understand|find\s+out|examin\w+)\b[^.;:]*$", label="a cause"),
]

CAUSE_CUES += [
    # "Soot from the eruptions has sped up the melt", "The heatwave accelerated the decline of
    # the reef", "It is X that has hastened the closure": a process said to be quickened or
    # worsened by something, stated as fact
    Cue(CAUSE, "sped speeded accelerated accelerates accelerate hastened hastens hasten exacerbated exacerbates "
        "exacerbate aggravated aggravates aggravate worsened worsens worsen compounded compounds".split(),
        r"(?:(?:sped|speeded)\s+up|accelerated|accelerates|accelerate|hastened|hastens|hasten|exacerbated|exacerbates|"
        r"exacerbate|aggravated|aggravates|aggravate|worsened|worsens|worsen|compounded|compounds)\s+"
        r"(?:the|a|an|its|their|this|that|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:decline|melt|melting|thaw|collapse|crisis|"
        r"rise|fall|spread|erosion|decay|closure|exodus|demise|shortages?|problems?|damage|losses|slump|downturn|"
        r"shrinking|retreat|drought|flooding|deterioration|death|deaths|spiral|slide|drop|loss|outbreak|epidemic)\b",
        veto_left=HEDGED + r"|\b(?:to|will|would|could|may|might|not|never)\s+$|" + FIRST_PERSON,
        label="a cause"),
]
