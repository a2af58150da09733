"""Vague sources: attribution that names nobody ("experts say", "it is said that").

These look like attribution but give the reader no way to judge the source. Strong
forms (weasel words: "some say", "experts believe", "it is claimed that", "studies
show") are warnings; the weaker newsroom conventions (a bare "critics say", "officials
said", "sources close to", "it is understood that") are information only. A group
that is identified ("analysts at Barclays said", "Nato officials said", "critics,
including Labour, say") is not vague: the patterns require the group noun to stand
alone before its verb.
"""

from __future__ import annotations

from lintnews.matching.cues import Cue, CueSet, alternation
from lintnews.analysis.voice.reporting_verbs import NAMED_AFTER

_VERBS = alternation(
    """say said says believe believed believes think thought thinks argue argued argues claim
    claimed claims suggest suggested suggests note noted notes feel felt feels fear feared fears
    worry worried worries contend contended maintain maintained agree agreed insist insisted warn
    warned predict predicted expect expected suspect suspected consider considered view viewed
    see saw regard regarded speculate speculated question questioned wonder wondered reckon
    reckoned estimate estimated describe described call called found shown discovered""".split()
    + ["point out", "pointed out", "raised concerns", "voiced concerns"]
)
_AUX = r"(?:(?:have|has|had|now|also|even|still|widely|generally|mostly|largely|broadly|long|often|increasingly|privately|openly)\s+)*"
_STRONG_GROUPS = """people observers experts commentators pundits insiders sources scientists researchers
academics scholars onlookers voices""".split()
_WEAK_GROUPS = """critics analysts officials diplomats opponents supporters sceptics skeptics
campaigners activists economists historians doctors lawyers teachers parents residents locals
engineers""".split()
_EVIDENCE = "studies research evidence science surveys polls".split()
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
)
_ANONYMOUS = (
    r"according\s+to\s+(?:[\w-]+\s+){0,2}?(?:people|sources|officials|insiders|diplomats)\s+"
    r"(?:familiar|close|with\s+(?:knowledge|direct\s+knowledge)|who\s+(?:know|knew|were|are|have|had|spoke|asked))\b"
)
_GROUP_START = r"(?:^|[,;:(—–-]\s*|\b(?:but|and|while|although|though|as|because|however|yet|that|where|whereas|so)\s+)" + _UNIDENTIFYING + "$"

VAGUE_CUES = [
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
        + r"\b(?:\s+(?!(?:about|over|on|of|for|in|at|with|to|from)\b)[\w'’-]+){0,4}?\s+" + _AUX + _VERBS + r"\b",
        veto_right=r"\w+\s+(?:[\w-]+\s+){0,2}?" + alternation(_STRONG_GROUPS + _WEAK_GROUPS + ["studies", "reports"])
        + r"\s*,?\s+(?:at|from|with|of|in|for|including|such\s+as|like|led\s+by|notably)\s+(?:the\s+)?(?-i:[A-Z])",
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
        alternation(_STRONG_GROUPS) + r"\s+" + _AUX + _VERBS + r"\b",
        left=_GROUP_START,
        veto_left=_COMPARISON + "|" + _GOVERNED,
        label="an unnamed group",
    ),
    Cue(
        "vague",
        _WEAK_GROUPS,
        alternation(_WEAK_GROUPS) + r"\s+" + _AUX + _VERBS + r"\b",
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
    # "it is said that", "it has been claimed that", "it is widely believed that"
    Cue(
        "vague",
        """said claimed rumoured rumored alleged believed thought argued suggested felt held assumed
        speculated feared known""".split(),
        r"\w+\s+that\b",
        left=r"\bit\s+(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:(?:widely|often|generally|commonly|sometimes|also|now|increasingly|frequently|long)\s+)?$",
        label="an agentless 'it is said'",
    ),
    Cue(
        "vague",
        ["understood", "reported"],
        r"\w+\s+that\b",
        left=r"\bit\s+(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:(?:widely|also|now)\s+)?$",
        strong=False,
        label="an agentless 'it is understood'",
    ),
    # "is said to be", "are rumoured to have"
    Cue(
        "vague",
        ["said", "rumoured", "rumored", "claimed"],
        r"\w+\s+to\s+(?:be|have)\b",
        left=r"\b(?:is|are|was|were)\s+(?:(?:widely|often|also|now)\s+)?$",
        veto_right=r"\w+\s+to\s+have\s+(?:said|told|added)\b",
        label="an agentless 'is said to'",
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
    Cue("vague", ["word"], r"word\s+(?:is|has\s+it)\s+that\b", left=_CLAUSE_START, label="hearsay"),
    Cue("vague", ["rumour", "rumours", "rumor", "rumors"], r"rumou?rs?\s+(?:has\s+it|suggests?|abound|persist)\b", label="rumour"),
    Cue(
        "vague",
        ["sources", "insiders", "people"],
        r"(?:sources|insiders|people)\s+(?:close\s+to|familiar\s+with)\b(?:[^,.;:]{0,60}?\b" + _VERBS + r"\b)?",
        strong=False,
        label="anonymous sources",
    ),
]

VAGUE_SOURCES = CueSet(VAGUE_CUES)
