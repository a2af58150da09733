"""Vague sources: attribution that names nobody ("experts say", "it is said that").

These look like attribution but give the reader no way to judge the source. Strong
forms (weasel words: "some say", "experts believe", "it is claimed that", "studies
show") are warnings; the weaker newsroom conventions (a bare "critics say", "officials
said", "sources close to", "it is understood that") are information only. A group
that is identified ("analysts at Barclays said", "Nato officials said", "critics,
including Labour, say") is not vague: the patterns require the group noun to stand
alone before its verb. A group placed in a field or vouched for ("party insiders claim",
"industry figures say", "relevant experts said", "well-placed sources say") still names
nobody; the staff of a body the story is about ("crews", "paramedics", "referees") speak
for that body, a newsroom convention.
"""

from __future__ import annotations

from lintnews.matching.cues import Cue, CueSet, alternation
from lintnews.analysis.voice.reporting_verbs import ACT_OBJECT, NAMED_AFTER

_VERBS = alternation(
    """say said says believe believed believes think thought thinks argue argued argues claim
    claimed claims suggest suggested suggests note noted notes feel feels fear feared fears
    worry worried worries contend contended maintain maintained agree agreed insist insisted warn
    warned predict predicted expect expected suspect suspected consider considered view viewed
    see saw regard regarded speculate speculated question questioned wonder wondered reckon
    reckoned estimate estimated describe described call called found shown discovered assume assumed
    assumes presume presumed presumes doubt doubted doubts concede conceded admit admitted""".split()
    + ["point out", "pointed out", "raised concerns", "voiced concerns"]
    # a translation's verb of saying ("sostengono che", "soutiennent que"): only before "that"
    + ["sustain that", "sustains that", "sustained that"]
    # "Residents felt that ..." is a view; "residents felt the tremor" an experience
    + ["felt that"]
)
_ACT_RIGHT = r"(?:" + r"|".join(
    stem + r"(?:s|d|ed|ied|ies)?\b(?:" + right + r")" for stem, right in ACT_OBJECT.items()
) + r")"

#: The progressive of a verb of saying: "are warning", "have been saying", "are since years warning".
_PROGRESSIVE = alternation("""saying warning arguing claiming predicting suggesting insisting complaining speculating
    cautioning""".split())
#: A verb of saying that is not an act on a direct object ("agreed the budget"), or its
#: progressive ("are (now) warning that"; "are warning drivers to avoid" is advice, not a source).
_SPEAKING = (r"(?!" + _ACT_RIGHT + r")(?:" + _VERBS + r"|(?:(?:are|were|is|was|'re|’re|been)\s+"
             r"(?:(?:now|also|still|increasingly|already|openly|privately|repeatedly|loudly|long|"
             r"(?:for|since|over)\s+(?:(?:many|several|some|a\s+few|the\s+(?:past|last)|\d+)\s+)?(?:years|decades|months|weeks)),?\s+)*)"
             + _PROGRESSIVE + r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:to|against|about|of)\b)"
             # a translation's verb of thinking after the clause: "..., experts mean."
             r"|(?:mean|means|meant)(?=\s*[.!?;]?\s*$))")
#: Adverbs and time phrases between a group and its verb: "have long warned", "have for years
#: argued", "have repeatedly warned", "are since years warning".
_AUX = (r"(?:(?:have|has|had|now|also|even|still|widely|generally|mostly|largely|broadly|long|often|increasingly|privately|openly|"
        r"repeatedly|consistently|already|previously|publicly|loudly|"
        r"(?:for|since|over)\s+(?:(?:many|several|some|a\s+few|the\s+(?:past|last)|\d+)\s+)?(?:years|decades|months|weeks),?)\s+)*")
_STRONG_GROUPS = """people observers experts commentators pundits insiders sources scientists researchers
academics scholars onlookers voices""".split()
_WEAK_GROUPS = """critics analysts officials diplomats opponents supporters sceptics skeptics
campaigners activists economists historians doctors lawyers teachers parents residents locals
engineers""".split()
_EVIDENCE = "studies research evidence science surveys polls reports".split()
_QUANTIFIERS = "some many most several various numerous countless certain few".split()
_CLAUSE_START = r"(?:^|[,;:(—–-]\s*|\b(?:but|and|while|although|though|as|because|however|yet|that|where|whereas|so)\s+)$"
# Adjectives that describe a group without identifying it: "independent analysts say".
_UNIDENTIFYING = (
    r"(?:(?:independent|leading|top|senior|prominent|respected|renowned|western|foreign|local|outside|other|"
    r"military|political|financial|economic|legal|medical|health|security|industry|market|city|government|"
    r"intelligence|us|u\.s\.|european|international|private|academic|many|most|some)\s+)*"
)
# "as much as people thought", "than experts expected": a comparison, not a source.
_COMPARISON = r"\b(?:as\s+(?:\w+\s+){1,2}as|than)\s+" + _UNIDENTIFYING + "$"
# "so that people see", "make a lot of people believe": the group is an object, not a source.
_GOVERNED = (
    r"\b(?:make|makes|made|making|let|lets|letting|help|helps|helped|helping|get|gets|got|have|leave|leaves|left)\s+"
    r"(?:[\w-]+\s+){0,3}$|\bso\s+that\s+$|\b(?:surprised|disappointed|angered|pleased|worried|alarmed|reassured|"
    r"shocked|upset|delighted|stunned|puzzled|confused|frustrated|impressed|wrong-footed|caught)\s+$"
)
#: "according to reports", "according to some analysts", "according to a study": nobody named.
ACCORDING_VAGUE = (
    r"according\s+to\s+(?:(?:some|many|most|several|various|unnamed|anonymous|unconfirmed|local|media|press|news|a|an|"
    r"one|two|three|four|five|\d+|other|recent|new|some\s+of\s+the|one\s+of\s+the)\s+)*(?:reports?|sources|experts|"
    r"observers|commentators|critics|analysts|insiders|rumou?rs?|estimates|accounts|stud(?:y|ies)|research|survey|"
    r"people|some|many|others)\b(?!" + NAMED_AFTER + ")"
    # a name right after the group names it: "according to analysts Nielsen//NetRatings"
    r"(?!\s+(?-i:[A-Z]))"
)
_ANONYMOUS = (
    r"according\s+to\s+(?:[\w-]+\s+){0,2}?(?:people|sources|officials|insiders|diplomats)\s+"
    r"(?:familiar|close|with\s+(?:knowledge|direct\s+knowledge)|who\s+(?:know|knew|were|are|have|had|spoke|asked))\b"
)
# Where an unnamed group is found, in lower case (a capital names it: "analysts at Barclays"):
# "Insiders at rival firms suggest", "experts in the field say".
_GROUP_PLACE = (
    r"(?:\s+(?:at|in|on|within|inside|across|around|among|from)\s+(?:(?:the|a|an|this|that|its|their|other|rival|some|many|"
    r"several|various)\s+)?(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*)){0,2}?)"
)
_GROUP_START = r"(?:^|[,;:(—–-]\s*|\b(?:but|and|while|although|though|as|because|however|yet|that|where|whereas|so)\s+)" + _UNIDENTIFYING + "$"

#: Groups that speak for a body the story names ("officials said" after "the ambulance
#: service"), or whose reading of an event is their job: not an unnamed source.
_BODIES = """officials ministers police prosecutors investigators detectives firefighters paramedics
organisers organizers forecasters coastguards spokesmen spokeswomen spokespeople lawyers""".split()
_BARE_GROUP_VERBS = """say says said report reports reported warn warns warned fear fears feared believe believes
believed claim claims claimed complain complains complained argue argues argued insist insists insisted suspect
suspects suspected""".split()

#: The groups read with a place after them: not those who speak for a body ("officials in the
#: ministry said", "doctors at the hospital said": a newsroom convention for that body).
_PLACED_GROUPS = [g for g in _STRONG_GROUPS + _WEAK_GROUPS if g not in _BODIES and g not in (
    "doctors", "teachers", "engineers", "lawyers", "diplomats")]

#: What a group said in a vote is counted, not hearsay: "Most islanders said in a
#: referendum that ...", "Residents said in a consultation ...".
_IN_A_VOTE = (
    r"|(?i:\w+\s+in\s+(?:a|an|the|this|last\s+\w+['’]s|(?:last|this)\s+\w+['’]s)\s+(?:[\w-]+\s+)?(?:referendum|vote|ballot|"
    r"census|election|plebiscite)\b)"
)

VAGUE_CUES = [
    # "Local solicitors say ...", "Mountain guides report that ...", "Shopkeepers fear ...":
    # a bare plural group opening the sentence, with no one named
    Cue(
        "vague",
        _BARE_GROUP_VERBS,
        alternation(_BARE_GROUP_VERBS) + r"\b(?=\s+(?:that\b|the\b|a\b|an\b|it\b|they\b|[a-z]+\s))",
        # a capitalised word then a plural common noun ("Local solicitors"), or one plural
        # common noun by its ending ("Shopkeepers", "Parents"; not a surname: "Jones says")
        left=r"^\W*(?!(?:The|His|Her|Their|Its|These|Those|Our|Both|All|Two|Three|Four|Five|Many|Some|Most|Several|"
        r"Other|Others|Such|Police|Figures|Records|Data|Studies|Reports)\b)(?:(?:Local|Rival|Fellow|Senior|Junior|Young|Older|Elderly|Angry|Frustrated|Worried|Concerned|Independent|"
        r"Hospital|School|Village|Mountain|Hill|Farm|Bus|Train|Taxi|Shop|Town|City|Rural|Industry|Business|Health|Care|"
        r"Community|Party|Campaign|Some|Other|Many|Most|Several|Leading|Top|Veteran|Seasoned|Old|Long-time|Longtime|Retired|Western|European|Foreign|"
        r"Government|Opposition|Tech|Airline|Rail|Energy|Water|Property|Housing|Retail|Legal|Medical|Wine|Fishing)\s+"
        r"(?-i:[a-z])[a-z-]+s|"
        r"(?-i:[A-Z])[a-z]+(?:ers|ors|ents|ants|ists|ics|ees|men|women|people))"
        # where the group is found, which names no one: "Old hands in the village say"
        r"(?:\s+(?:in|on|at|around|across|along)\s+the\s+(?:(?-i:[a-z])[\w'’-]*\s+)?(?-i:[a-z])[\w'’-]*)?\s+$",
        veto_left=r"(?i:\b(?:" + "|".join(_BODIES) + r"))\s+$",
        strong=False,
        label="an unnamed group",
    ),
    # "some say", "many believe", "others argue"
    Cue(
        "vague",
        ["some", "many", "others"],
        r"(?:some|many|others)\s+" + _AUX + r"(?:say|said|argue|argued|believe|believed|think|claim|claimed|"
        r"suggest|suggested|contend|maintain|feel|fear|worry|point\s+out|speculate|would\s+argue|would\s+say)\b",
        left=_CLAUSE_START,
        label="an unnamed 'some' or 'many'",
    ),
    # "some observers note", "many people think", "several experts believe"
    Cue(
        "vague",
        _QUANTIFIERS + ["number", "lot", "handful"],
        r"(?:" + alternation(_QUANTIFIERS) + r"|(?<=a\s)(?:number|lot|handful)\s+of)\s+(?:[\w-]+\s+)?"
        + alternation(_STRONG_GROUPS + _WEAK_GROUPS + ["studies", "reports"])
        + r"\b(?:\s+(?!(?:about|over|on|of|for|in|at|with|to|from|but|and|or|while|although|though|yet)\b)(?!(?-i:[A-Z]))"
        r"[\w'’-]+){0,4}?\s+" + _AUX + _SPEAKING + r"\b",
        veto_right=r"\w+\s+(?:[\w-]+\s+){0,2}?" + alternation(_STRONG_GROUPS + _WEAK_GROUPS + ["studies", "reports"])
        + r"\s*,?\s+(?:at|from|with|of|in|for|including|such\s+as|like|led\s+by|notably)\s+(?:the\s+)?(?-i:[A-Z])"
        # "Many residents made claims to the council": the claims they filed, an act
        + r"|\w+\s+(?:[\w-]+\s+){0,3}?(?:made|make|makes|making|filed|lodged|submitted|brought)\s+(?:[\w-]+\s+)?claims\b",
        veto_left=_GOVERNED,
        label="an unnamed group",
    ),
    # "many residents fear", "some shops say": an unnamed share of a group
    Cue(
        "vague",
        ["some", "many", "most", "several"],
        r"(?:some|many|most|several)\s+(?:[\w-]+\s+)?[a-z]+(?:s|people|men|women)\s+" + _AUX
        + r"(?:say|said|believe|believed|think|thought|fear|feared|feel|felt|worry|worried|suspect|suspected|argue|argued|"
        r"claim|claimed|insist|insisted|complain|complained)\b",
        left=_CLAUSE_START,
        strong=False,
        veto_left=_GOVERNED,
        veto_right=r"\w+\s+(?:[\w-]+\s+)?[a-z]+(?:s|people|men|women)\s+" + _AUX + r"\w+" + _IN_A_VOTE[1:],
        label="an unnamed group",
    ),
    # "to some observers, ...", "in the view of many experts"
    Cue(
        "vague",
        ["some", "many", "most"],
        r"(?:some|many|most)\s+(?:[\w-]+\s+)?" + alternation([g for g in _STRONG_GROUPS + _WEAK_GROUPS if g not in ("people", "voices")]) + r"(?:\s*,|\b(?<=\w)(?=\s+(?:it|this|the)\s+(?:is|was|seems|looks)\b))",
        left=r"(?:^|,\s*|\b(?:but|and)\s+)(?:to|for)\s+$|\bin\s+the\s+(?:eyes|view|opinion|words)\s+of\s+$",
        label="an unnamed group",
    ),
    # "Experts say", "observers note", "sources suggest" (the group stands alone)
    Cue(
        "vague",
        _STRONG_GROUPS,
        alternation(_STRONG_GROUPS) + r"\s+" + _AUX + _SPEAKING + r"\b",
        left=_GROUP_START,
        veto_left=_COMPARISON + "|" + _GOVERNED,
        label="an unnamed group",
    ),
    Cue(
        "vague",
        _WEAK_GROUPS,
        alternation(_WEAK_GROUPS) + r"\s+" + _AUX + _SPEAKING + r"\b",
        left=_GROUP_START,
        veto_left=_COMPARISON + "|" + _GOVERNED,
        strong=False,
        label="an unnamed group",
    ),
    # the same groups placed but not named: "Insiders at rival firms suggest", "critics in
    # the trade argue" (a verb of speaking the bare-group reading leaves to evidence: "suggest")
    Cue(
        "vague",
        _PLACED_GROUPS,
        alternation(_PLACED_GROUPS) + _GROUP_PLACE + r"\s+" + _AUX + _SPEAKING + r"\b",
        left=_GROUP_START,
        veto_left=_COMPARISON + "|" + _GOVERNED,
        strong=False,
        label="an unnamed group",
    ),
    # "studies show", "research suggests", "evidence indicates"
    Cue(
        "vague",
        _EVIDENCE,
        alternation(_EVIDENCE) + r"\s+(?:(?:has|have|now|also|consistently|repeatedly|clearly)\s+)*"
        r"(?:show|shows|shown|suggest|suggests|suggested|prove|proves|proven|proved|indicate|indicates|"
        r"find|finds|found)\b",
        left=_GROUP_START,
        label="unnamed research",
    ),
    Cue(
        "vague",
        ["according"],
        ACCORDING_VAGUE,
        veto_right=_ANONYMOUS,
        label="an unnamed 'according to'",
    ),
    # "according to two people familiar with the talks": anonymous sourcing, a newsroom convention
    Cue(
        "vague",
        ["according"],
        _ANONYMOUS,
        strong=False,
        label="anonymous sources",
    ),
    Cue(
        "vague",
        ["there"],
        r"there\s+(?:are|is|were|will\s+be)\s+(?:those|some|people|many|plenty)\s+who\s+"
        r"(?:say|believe|think|argue|claim|feel|suggest|fear|insist|contend|would\s+say|would\s+argue)\b",
        label="an unnamed 'there are those who'",
    ),
    Cue("vague", ["people"], r"people\s+are\s+(?:saying|talking)\b", label="unnamed people"),
    # "It is understood that the council knew", "It was learned that": a newsroom's unnamed source
    Cue("vague", ["understood", "learned", "learnt"], r"(?:understood|learned|learnt)\s+that\b",
        left=r"(?:^|[,;:]\s*|\b(?:and|but)\s+)\W*it\s+(?:is|was|has\s+been|had\s+been)\s+$", strong=False,
        label="an unnamed source ('it is understood')"),
    # "There is talk among forecasters of a long freeze": talk, nobody named
    Cue("vague", ["talk"], r"talk\s+(?:among|in|within|around)\s+(?:[\w'’-]+\s+){1,3}?(?:of|that)\b",
        left=r"\bthere\s+(?:is|was|has\s+been)\s+(?:(?:some|much|growing|increasing|renewed)\s+)?$", strong=False,
        label="unnamed talk"),
    # "Plenty of shoppers are convinced", "lots of residents believe": an unnamed share of a group
    Cue("vague", ["plenty", "lots", "majority"],
        r"(?:plenty|lots|(?:a|the)\s+majority)\s+of\s+(?:[\w-]+\s+)?[a-z]+(?:s|people)\s+(?:are|were)\s+(?:convinced|sure|certain|adamant)\b"
        r"|(?:plenty|lots)\s+of\s+(?:[\w-]+\s+)?[a-z]+(?:s|people)\s+(?:say|said|believe|believed|think|thought|fear|feared|feel|felt)\b",
        left=_CLAUSE_START, strong=False, label="an unnamed share of a group"),
    # "Reports suggest the deal is off", "media reports claim": unnamed reporting
    Cue("vague", ["reports"], r"reports\s+(?:have\s+|had\s+)?(?:suggest|suggested|claim|claimed|say|said|indicate|indicated)\b",
        left=_CLAUSE_START + r"|" + _CLAUSE_START[:-1] + r"(?:(?:media|press|news|local|unconfirmed|recent|some|several)\s+)+$",
        label="unnamed reports"),
    Cue("vague", ["word"], r"word\s+(?:(?:on|in|around|about)\s+(?:the\s+)?(?:street|village|town|estate|island|ground|grapevine|"
        r"circuit|corridors)\s+)?(?:is|has\s+it)\s+that\b", left=_CLAUSE_START, label="hearsay"),
    Cue("vague", ["rumour", "rumours", "rumor", "rumors"], r"rumou?rs?\s+(?:has\s+it|suggests?|abound|persist)\b", label="rumour"),
    Cue(
        "vague",
        ["sources", "insiders", "people", "officials", "aides", "diplomats", "figures"],
        r"(?:sources|insiders|people|officials|aides|diplomats|figures)\s+(?:close\s+to|familiar\s+with)\b(?:[^,.;:]{0,60}?\b" + _VERBS + r"\b)?",
        strong=False,
        label="anonymous sources",
    ),
]

# -- by construction: an unnamed group as the subject of a verb of saying or believing ----
#: Verbs whose subject must be a person (so a group before them is a source, not evidence).
_HUMAN_VERBS = """say said says believe believed believes think thought thinks feel felt feels consider
considered considers claim claimed claims argue argued argues contend contended contends insist insisted
insists maintain maintained maintains fear feared fears worry worried worry suspect suspected suspects
reckon reckoned reckons complain complained complain accept accepted agree agreed doubt doubted warn
warned warns predict predicted predicts expect expected expects praise praised praises hail hailed
hails welcome welcomed welcomes condemn condemned condemns criticise criticised criticises criticize
criticized criticizes blame blamed blames accuse accused accuses applaud applauded applauds assume
assumed assumes presume presumed presumes""".split()
#: People who speak for the body in charge of an event ("organisers said", "police said",
#: "forecasters said"): a newsroom convention for that body, not a vague source.
_FUNCTION_ROLES = """organisers organizers police officers firefighters paramedics forecasters coastguards rescuers
stewards medics prosecutors detectives investigators inspectors auditors regulators trustees spokesmen
spokeswomen spokespeople negotiators mediators curators archaeologists surgeons doctors nurses teachers
lawyers solicitors barristers managers directors executives staff employees workers engineers
officials crews pilots guards conductors wardens rangers lifeguards carers midwives pharmacists
librarians caretakers marshals referees umpires""".split()
#: Capitalised at the start of a sentence, modifiers that do not identify a group
#: ("Seasoned observers", "Concerned residents"); other capitals name one ("Labour MPs").
_INITIAL_ADJECTIVE = (
    r"(?-i:[A-Z][a-z]+ed|Seasoned|Veteran|Longtime|Long-time|Independent|Leading|Senior|Prominent|Respected|Local|"
    r"Foreign|Western|Outside|Former|Young|Older|Elderly|Ordinary|Fellow|Rival|Some|Many|Most|Other|Several|Few|"
    r"Numerous|Certain|Various|Diverse|Multiple|Assorted|Top|Leading|Influential|Anonymous|Unnamed|Frustrated|Angry|Furious|Anxious)"
)
# Clause start, then an optional quantifier, up to two modifiers and a plural group noun in
# lower case (a capital names the group: "Labour MPs", "Nato officials"), then an optional
# prepositional phrase with no name or figure in it ("of the tactic", "in the profession").
_QUANT = r"(?i:some|many|most|several|few|other|numerous|countless|certain|various|diverse|multiple|a\s+number\s+of|a\s+lot\s+of|lots\s+of|plenty\s+of|a\s+handful\s+of)"
_LOWER = r"[a-z][a-z'’-]*"
_GROUP = (
    r"(?:(?!(?:" + "|".join(_FUNCTION_ROLES) + r")\b)[a-z][a-z-]*[a-rt-z]s\b|[a-z-]*(?:people|men|women|folk|public|masses)\b"
    r"|(?i:the)\s+(?:masses|public|locals|people))"
)
_PP = r"(?:\s+(?:of|in|on|at|from|within|among|across|around|inside|outside|close\s+to|familiar\s+with)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:" + _LOWER + r"\s+){0,3}?" + _LOWER + r")?"
_VAGUE_SUBJECT = (
    r"(?:^\W*|[,;:(—–]\s*|\b(?:but|and|while|although|though|as|because|however|yet|that|whereas|so)\s+)"
    r"(?:(?:" + _QUANT + r"\s+(?:(?:" + _LOWER + r")\s+){0,2}?" + _GROUP + r"|" + _QUANT + r"(?=\s+(?:in|within|among|across|at|on)\s)"
    # a quantifier before one lower-case word makes it a group, whatever its plural ("Many
    # wananchi say", "Some kibbutzniks believe")
    r"|(?-i:Many|Some|Most|Several|many|some|most|several)\s+(?!(?:of|the|more|less|other|others|also|say|believe|had|have|has|are|were|was|is|may|might|will|would|could|can|"
    r"should|must|do|did|does|still|now|even|already|remain|seem|appear|time|times|years|months|weeks|days)\b)(?![a-z]+ly\b)(?-i:[a-z][a-z'’-]+))"
    r"|(?:(?:" + _LOWER + r")\s+){0,2}?" + _GROUP + r"|(?:" + _INITIAL_ADJECTIVE + r")\s+(?:(?:" + _LOWER + r")\s+){0,1}?" + _GROUP
    + r"|(?!(?i:" + "|".join(_FUNCTION_ROLES) + r")\b)(?-i:[A-Z])[a-z-]*[a-rt-z]s\b|(?-i:[A-Z])[a-z-]*(?:people|men|women)\b)" + _PP
    + r"\s+(?:(?:have|has|had|now|also|still|privately|openly|widely|long|increasingly|generally|often|highly|"
    r"strongly|loudly|roundly|bitterly|warmly|widely|repeatedly|already|do|did|would|all|both)\s+)*$"
)
# Not a group: pronouns, determiners' nouns, non-human plurals and adjectives of time.
# The word lists are tries (``alternation``): this is a veto, searched at every position of
# the window before a verb of saying, and only whether it matches counts, so the order of
# the words does not matter.
_CONJUNCTIONS = alternation("but and while although though as because however yet that whereas so".split())
_DETERMINERS = "this these those the its their his her our my your whose which what".split()
_NOT_GROUP_WORDS = """figures data results statistics numbers reports studies surveys polls records documents papers
minutes accounts filings estimates projections forecasts models tests findings signs things events years months weeks
days times rules laws plans details terms conditions yes news always perhaps was is has does less unless thus this
his its us as towards afterwards sometimes besides guidelines regulations circumstances sources reasons analysis
basis crisis status process business success access address progress congress press mass class loss glass gas bus
campus bonus virus focus census consensus thesis series species apparatus chaos ethos""".split()
_NOT_GROUP = (
    r"(?i:(?:^\W*|[,;:(—–]\s*|\b" + _CONJUNCTIONS + r"\s+)" + alternation(_DETERMINERS) + r"\s+(?!(?:masses|public)\b)(?:" + _LOWER
    + r"\s+){0,2}?" + _LOWER + r"\s+(?:(?:have|has|had|now|also|still)\s+)*$"
    r"|\b" + alternation(_NOT_GROUP_WORDS) + r"\s+(?:(?:have|has|had|now|also|still)\s+)*$"
    r"|\b(?:i|we|you|they|he|she|it)\s+(?:\w+\s+)?$"
    # a political party by its members' name: "Tories say", "Democrats argue" (a named body)
    r"|(?-i:\b(?:Tories|Conservatives|Democrats|Republicans|Liberals|Nationalists|Unionists|Greens|Socialists|"
    r"Lib\s+Dems|Nationals|Social\s+Democrats|Christian\s+Democrats|Free\s+Democrats))\s+(?:(?:have|has|had|now|also|still)\s+)*$)"
)

_SKIPPABLE = frozenset(
    "have has had now also still privately openly widely long increasingly generally often highly strongly loudly "
    "roundly bitterly warmly repeatedly already do did would all both".split()
)
_QUANT_WORDS = ("some ", "many ", "most ", "several ", "few ", "other", "numerous ", "countless ", "certain ",
                "various ", "diverse ", "multiple ", "number of ", "lot of ", "lots of ", "plenty of ", "handful of ", "those ")


_PREPOSITIONS = frozenset("of in on at from within among across around inside outside to with".split())
_QUANTIFIER_WORDS = frozenset("some many most several few other others numerous countless certain various diverse multiple those".split())


def _plural_like(word: str) -> bool:
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))) or word.endswith(
        ("people", "men", "public", "masses", "folk")
    )


def _group_before(text: str, s_start: int, at: int) -> bool:
    """A cheap test before the left context is searched: the verb's subject may be a
    group: a plural-looking word just before it (past auxiliaries and adverbs:
    "detractors say", "the masses have praised"), or a plural or a quantifier before a
    short prepositional phrase ("opponents of the scheme claim", "many in the industry
    believe")."""
    # the words are stripped of punctuation as they are read, from the last one back:
    # at most the eight before the verb (and the skipped ones) are ever looked at
    words = text[max(s_start, at - 90) : at].lower().split()
    n = len(words)
    while n and words[n - 1].strip(_PUNCTUATION) in _SKIPPABLE:
        n -= 1
    if not n:
        return False
    last = words[n - 1].strip(_PUNCTUATION)
    if _plural_like(last) or last in _QUANTIFIER_WORDS or (n > 1 and words[n - 2].strip(_PUNCTUATION) in _QUANTIFIER_WORDS):
        return True
    for i in range(n - 2, max(-1, n - 7), -1):
        if i > 0 and words[i].strip(_PUNCTUATION) in _PREPOSITIONS:
            head = words[i - 1].strip(_PUNCTUATION)
            return _plural_like(head) or head in _QUANTIFIER_WORDS
    return False


_PUNCTUATION = ",;:()\"'“”‘’"


VAGUE_CUES += [
    Cue("vague", _HUMAN_VERBS, r"\w+\b(?!\s+to\s+(?:be|have)\b)(?!\s+(?:of|by|with)\b)", left=_VAGUE_SUBJECT,
        # an act, not speech: "Ministers agreed the budget", "Staff welcomed 300 visitors"
        # or an experience: "Villagers felt the tremor"
        veto_right=_ACT_RIGHT + r"|(?i:felt\s+(?:the|a|an|no|some|its|their|his|her|this|every|little|much)\b)" + _IN_A_VOTE,
        veto_left=_NOT_GROUP + r"|(?i:\b(?:as\s+(?:\w+\s+){1,2}as|than)\s+(?:[\w-]+\s+){1,3}$)"
        # a capital after the sentence's start names the group: "... but Evans said"
        r"|(?:[,;:(—–]\s*|\b(?i:" + _CONJUNCTIONS + r")\s+)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+$"
        r"|(?i:\b(?:make|makes|made|making|let|lets|letting|help|helps|helped|helping)\s+(?:[\w-]+\s+){0,3}$)",
        strong=False, flags=0, label="an unnamed group", precheck=_group_before),
    # "Some experts sustain that", "Economists sustained that": a translation's verb of saying
    # (never "sustained injuries": only before "that")
    Cue("vague", ["sustain", "sustains", "sustained"], r"sustain(?:s|ed)?\s+that\b", left=_VAGUE_SUBJECT,
        veto_left=_NOT_GROUP, strong=False, flags=0, label="an unnamed group", precheck=_group_before),
    # "According to specialists", "according to residents": nobody named
    Cue("vague", ["according"], r"(?i:according)\s+to\s+(?:(?:some|many|most|several|various|local|other)\s+)?"
        r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|one|two|three)\b)(?:" + _LOWER
        + r"\s+){0,2}?" + _LOWER + r"(?<!is|ss|us)(?:s|people|men|women)\b(?!" + NAMED_AFTER + r")(?!\s+(?:who|which|that)\b)"
        r"(?!\s+(?:[a-z]+\s+)?[A-Z])",
        veto_right=r"(?i:according)\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:figures|data|results|statistics|numbers|records|documents|"
        r"papers|minutes|accounts|filings|projections|forecasts|models|tests|findings|rules|laws|guidelines|"
        r"regulations|terms|plans|details|reports|sources|polls|surveys|studies|estimates|insiders|counts|tallies|"
        r"logs|returns|registers|bulletins|archives|timetables|schedules|ledgers|inventories)\b|" + _ANONYMOUS
        # a name beside the group names a source: "according to the players and even Federer himself"
        + r"|(?i:according)\s+to\s+[^,;:.]{0,40}?\b(?:and|or)\s+(?:(?:even|also|not\s+least)\s+)?(?:Mr\s+|Ms\s+|Dr\s+)?[A-Z]",
        strong=False, flags=0, label="an unnamed 'according to'"),
    # "Some are worried that", "many are convinced that"
    Cue("vague", ["some", "many", "others", "most"], r"(?:some|many|others|most)\s+(?:are|were|remain|remained|seem|seemed)\s+"
        r"(?:(?:increasingly|deeply|also|now|still)\s+)?(?:worried|concerned|afraid|convinced|adamant|sure|certain|sceptical|"
        r"skeptical|fearful|confident|doubtful|suspicious)\s+(?:that|about|of|the)\b",
        left=_CLAUSE_START, label="an unnamed 'some' or 'many'"),
    # "There are those in the City who believe"
    Cue("vague", ["there"], r"there\s+(?:are|is|were|will\s+be)\s+(?:those|some|people|many|plenty|others)\s+"
        r"(?:[\w'’-]+\s+){1,5}?who\s+(?:\w+\s+)?(?:say|believe|think|argue|claim|feel|suggest|fear|insist|contend|"
        r"consider|suspect|reckon|doubt|worry)\b", label="an unnamed 'there are those who'"),
]

VAGUE_CUES += [
    # the verb before its group, after what was said: "Life has got dearer, say the people on
    # the street", "..., claim residents", "..., say many in the trade" (a capital names the
    # group: "..., say Labour MPs"; those who speak for a body are a convention: "..., police said")
    Cue("vague", ["say", "says", "said", "claim", "claims", "claimed", "complain", "complained", "insist", "insisted",
                  "argue", "argued", "believe", "believed", "fear", "feared", "warn", "warned"],
        r"(?:say|says|said|claim|claims|claimed|complain|complained|insist|insisted|argue|argued|believe|believed|fear|feared|"
        r"warn|warned)\s+(?:(?:the|many|some|most|several|other|local|ordinary)\s+){0,2}"
        r"(?-i:[a-z][\w'’-]*\s+)?(?-i:(?:[a-z][a-z-]*(?:ers|ors|ists|ians|ents|ants|ics|ees|men|women))|people|folk|public|locals|"
        r"experts|insiders|sources|observers|critics|citizens|voters|parents|reports)(?:" + _GROUP_PLACE + r")?(?=\s*(?:[.;!]|,\s|$))",
        left=r"[,;—–]\s*$",
        veto_right=r"\w+\s+(?:[\w'’-]+\s+){0,3}?(?:who|which|that)\b"
        # those who speak for a body: "..., said industry officials", "..., police said"
        r"|\w+\s+(?:(?:the|many|some|most|several|other|local|ordinary)\s+){0,2}(?:[\w'’-]+\s+)?(?:" + "|".join(_FUNCTION_ROLES + _BODIES) + r")\b",
        strong=False, label="an unnamed group"),
]

# -- modified groups: "Party insiders claim", "Relevant experts said", "industry figures say" ----
#: Modifiers that place a group in a field without naming anyone in it ("party insiders",
#: "industry figures", "City sources", "Whitehall sources" are conventions, but still nobody).
_FIELD = (
    r"party|industry|government|city|market|council|club|company|campaign|court|police|palace|hospital|school|"
    r"union|team|military|security|intelligence|diplomatic|defence|defense|health|banking|property|energy|tech|"
    r"technology|trade|farming|transport|education|legal|medical|political|financial|business|sporting|football|"
    r"cricket|rugby|racing|music|film|fashion|retail|oil|airline|aviation|shipping|media|newsroom|boardroom|"
    r"cabinet|whitehall|westminster|parliamentary|opposition|backbench|grassroots|local|regional|senior|"
    r"high-ranking|top|leading|prominent|key|influential|well-connected|rival|environmental|green|conservation|"
    r"wildlife|consumer|patient|motoring|animal|welfare|charity|voluntary|anti-poverty|anti-war|civil|human\s+rights|"
    r"pressure|lobby|community|residents['’]?|tenants['’]?|parents['’]?"
)
#: Adjectives that vouch for a group without naming it: "relevant experts", "well-placed sources".
_VOUCHING = (
    r"relevant|informed|well-placed|well-informed|knowledgeable|reliable|trusted|authoritative|qualified|credible|"
    r"respected|seasoned|experienced|independent|concerned|unnamed|anonymous|certain|various|numerous|outside"
)
_MODIFIED_GROUPS = (
    r"insiders|sources|experts|figures|observers|analysts|voices|commentators|specialists|watchers|"
    r"veterans|professionals|authorities|scientists|researchers|academics|economists|officials|people|"
    r"engineers|doctors|lawyers|teachers|surgeons|nurses|historians|planners|accountants|architects|"
    r"groups|bosses|chiefs|leaders|campaigners|activists"
)

_MODIFIED_START = (
    r"(?:^\W*|[,;:(—–]\s*|\b(?:but|and|while|although|though|as|because|however|yet|that|whereas|so)\s+)"
    r"(?:(?:some|many|most|several|other|a\s+number\s+of|a\s+few)\s+)?"
)
_MODIFIED_RIGHT = r"(?:" + _MODIFIED_GROUPS + r")\s+" + _AUX + r"(?:" + _VERBS + r"|told|tell)\b"
_MODIFIED_NAMED = (
    r"(?:" + _MODIFIED_GROUPS + r")\s*,?\s+(?:at|from|with|of|in|for|including|such\s+as|like|led\s+by)\s+(?:the\s+)?(?-i:[A-Z])"
)

VAGUE_CUES += [
    # vouched for but unnamed: "Relevant experts said", "Well-placed sources say" (a weasel form)
    Cue("vague", _MODIFIED_GROUPS.split("|"), _MODIFIED_RIGHT,
        left=_MODIFIED_START + r"(?:" + _VOUCHING + r")\s+(?:(?:" + _FIELD + r")\s+){0,2}$",
        veto_left=_COMPARISON + "|" + _GOVERNED, veto_right=_MODIFIED_NAMED, label="an unnamed group"),
    # placed in a field: "Party insiders claim", "industry figures say", "Senior party figures believe"
    Cue("vague", _MODIFIED_GROUPS.split("|"), _MODIFIED_RIGHT,
        left=_MODIFIED_START + r"(?:(?:" + _FIELD + r")\s+){1,3}$",
        veto_left=_COMPARISON + "|" + _GOVERNED, veto_right=_MODIFIED_NAMED, strong=False, label="an unnamed group"),
]

VAGUE_CUES += [
    # "Those close to the manager say", "Friends of the singer claim": people around someone, unnamed
    Cue("vague", ["those", "friends", "allies", "associates"],
        r"(?:those|friends|allies|associates)\s+(?:close\s+to|around|of|familiar\s+with)\s+(?:[\w'’-]+\s+){1,4}?"
        + _AUX + r"(?:" + _VERBS + r"|told|tell)\b",
        left=_MODIFIED_START, veto_left=_COMPARISON + "|" + _GOVERNED, strong=False, label="anonymous sources"),
    # "One source said", "A senior figure in the party said": a single anonymous source
    Cue("vague", ["source", "insider", "figure"],
        r"(?:source|insider|figure)\b(?:\s+(?:in|at|close\s+to|within|from|inside|on)\s+(?:the\s+)?(?-i:[a-z])[\w'’-]*"
        r"(?:\s+(?-i:[a-z])[\w'’-]*){0,2})?\s+(?:(?:has|had|also)\s+)?(?:said|says|told|claimed|claims|added|suggested|insisted|"
        r"admitted|warned|revealed)\b",
        left=r"(?:^\W*|[,;:(—–]\s*|\b(?:but|and|while|that|as|however)\s+)(?:one|a|an|another)\s+(?:(?:senior|well-placed|"
        r"government|party|club|industry|official|company|council|police|security|diplomatic|military|union|"
        r"palace|cabinet|whitehall|city|insider|reliable|trusted|anonymous|unnamed|leading|prominent|key)\s+){0,2}$",
        strong=False, label="an anonymous source"),
]



def __getattr__(name: str):
    # ``VAGUE_SOURCES`` (the cue set of VAGUE_CUES alone) is built when first asked for: the
    # analyses scan these cues through a combined set, and building one costs every
    # start-up some milliseconds.
    if name == "VAGUE_SOURCES":
        value = globals()["VAGUE_SOURCES"] = CueSet(VAGUE_CUES)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
