"""GRB030 confused-word: a word that sounds like the right one, in a frame only the right
one fits ("there own", "its been", "more then expected", "no end in site", "to dangerous
to climb", "had lead for most of the race", "sudden breaking", "pay parody"). "Could of"
is the eggcorn pack's (GRB001)."""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, NamedTuple, Optional

from lintnews.text.tokens import spaced_words
from lintnews.analysis.garbled.lexicon_rule import unreported
from lintnews.matching import patterns as lazyre
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.text.document import Document

__all__ = ["ConfusedWord"]


class _Frame(NamedTuple):
    """One confusion: *right* replaces the trigger word when the text after it matches
    *after* (anchored just after the word) and the text before it matches *before*
    (searched in the 40 characters before it, anchored at their end) and not *unless*."""

    right: str
    after: object
    before: Optional[object] = None
    unless: Optional[object] = None


def _re(pattern: str):
    return lazyre.compile(pattern, re.IGNORECASE)


# Nouns a person or a group owns, after a possessive: "made there way", "lost there jobs".
_OWNED = (
    r"own|way|ways|homes?|famil(?:y|ies)|children|kids|parents|jobs|money|savings|members|supporters|"
    r"fans|hands|heads|minds|views|concerns|voices?|businesses|cars|houses|friends|colleagues|wages|pensions|"
    r"bills|votes|seats|names|relatives|loved\s+ones|belongings|possessions"
)
# Comparatives that take "than": "more then expected", "higher then last year".
_COMPARATIVES = (
    r"more|less|fewer|rather|other|greater|higher|lower|larger|smaller|better|worse|bigger|cheaper|dearer|"
    r"faster|slower|older|younger|longer|shorter|earlier|stronger|weaker|quicker|harder|easier|wider|deeper|"
    r"heavier|lighter|busier|wetter|warmer|colder|hotter|richer|poorer|safer|riskier|tougher|louder|"
    r"steeper|sharper|bolder|greener|happier|healthier|wealthier|likelier"
)
# What follows the comparative's "than": a figure, a determiner, a norm ("than expected").
_THAN_OBJECT = (
    r"\s+(?:a|an|the|\d|£|\$|€|half|twice|double|triple|ever|before|expected|usual|normal|planned|anticipated|"
    r"forecast|predicted|scheduled|originally|last|previous|average|any|most|many|those|that|this|its|their|his|"
    r"her|our|we|they|he|she|in\s+(?:19|20)\d\d|at\s+any|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"hundreds|thousands|millions|previously|initially|first)\b"
)
_EFFECT_BEFORE = (
    r"\b(?:a|an|the|no|any|little|some|big|major|significant|negative|positive|knock-on|adverse|lasting|"
    r"profound|huge|serious|real|direct|dramatic|devastating|chilling|detrimental|damaging|considerable|"
    r"greater|bigger|biggest|marked|noticeable|immediate|long-term|short-term|net|overall|similar|opposite|"
    r"desired|cumulative|ripple|domino|calming|deterrent)\s+$"
)

FRAMES: Dict[str, List[_Frame]] = {
    # there / their / they're
    "there": [
        _Frame("their", _re(r"\s+(?:" + _OWNED + r")\b"),
               unless=_re(r"\b(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|['’]s|over|out|in|up|"
                          r"down|back|here|from|get|got|gets|getting|go|goes|going|went|gone|arrive[sd]?|arriving|"
                          r"live[sd]?|living|stay(?:ed|s)?|work(?:ed|s)?|move[sd]?|travel(?:led|s)?|sent|send|take|took|"
                          r"taken|put|left|remain(?:ed|s)?|and|nor|so|then|will|would|could|might|may|must|should)\s+$")),
        # after a preposition, before a plural noun: "pay for there groceries", "one of there sons"
        _Frame("their", _re(r"\s+(?!(?:onwards|towards|afterwards|upwards|downwards|backwards|forwards|overseas|"
                            r"indoors|outdoors|always|perhaps|nowadays|sometimes|besides|unless|is|was|has|does|"
                            r"seems|remains|appears|exists|lies|stands|goes|comes|follows|says|looks|sounds|"
                            r"happens|means|needs)\b)[a-z]{2,}[^s\W]s\b"),
               before=_re(r"\b(?:for|of|with|from|about|into|onto|without|despite|against|among|between|"
                          r"towards|toward)\s+$")),
    ],
    "their": [
        _Frame("there", _re(r"\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been|seems?|would\s+be|"
                            r"could\s+be|may\s+be|might\s+be|must\s+be|should\s+be|appears?\s+to\s+be)\b(?!-)")),
    ],
    # not "way": "They're way beyond that" is an adverb
    "they're": [_Frame("their", _re(r"\s+(?:own|homes?|famil(?:y|ies)|children|kids|parents|lives|jobs|money|"
                                    r"savings|members|supporters|fans|friends|colleagues|wages|pensions|bills|votes|"
                                    r"seats|names|relatives|belongings)\b"))],
    # its / it's
    "it's": [_Frame("its", _re(r"\s+own\b(?!-)"))],
    "its": [
        _Frame("it's", _re(r"\s+(?:(?-i:a|an|the)|been|going\s+to|no\s+longer|high\s+time|about\s+time|too\s+(?:early|late|soon)"
                           r"|(?:not|clear|likely|unlikely|important|possible|impossible|hard|difficult|true|vital|"
                           r"essential|easy|fair|thought|believed|understood|estimated|feared|hoped|said|"
                           r"expected|known|feared|unclear|vital)\s+(?:that|to|whether|if)|not\s+(?:a|an|the|clear|known|yet|"
                           r"just|only|about|over|enough|possible|surprising|fair|true|because|so|as|easy|hard|"
                           r"the\s+first|the\s+only))\b(?!-)")),
    ],
    # your / you're
    "your": [
        _Frame("you're", _re(r"\s+(?:(?-i:a|an|the)|not|going\s+to|entitled\s+to|able\s+to|unable\s+to|likely\s+to|"
                             r"sure\s+to|about\s+to|welcome\s+to|allowed\s+to|supposed\s+to)\b(?!-)")),
    ],
    # then / than
    "then": [
        _Frame("than", _re(r"(?=" + _THAN_OBJECT + r")"), before=_re(r"\b(?:" + _COMPARATIVES + r")\s+$")),
        _Frame("than", _re(r"\s+\w"), before=_re(r"\b(?:rather|other)\s+$")),
    ],
    "than": [
        _Frame("then", _re(r"(?=\s*[,.;:!?)]|\s+(?:the|we|he|she|it|they|I|a|an|on|onwards?|there)\b)"),
               before=_re(r"\b(?:since|until|till|back)\s+$")),
    ],
    # lose / loose
    "loose": [
        _Frame("lose", _re(r"\s+(?:their|his|her|its|our|my|your|the|a|an|out|sight|touch|track|weight|money|heart|"
                           r"faith|interest|control|everything|thousands|millions|jobs|power|ground|patience|"
                           r"momentum|votes|seats|customers|staff|millions|billions|hundreds|count|face)\b"),
               before=_re(r"\b(?:could|would|should|must|might|(?-i:may)|will|can|cannot|can['’]t|won['’]t|"
                          r"couldn['’]t|wouldn['’]t|to|not|never|stand\s+to|risk|risks|didn['’]t|doesn['’]t|"
                          r"don['’]t)\s+$")),
    ],
    "loosing": [
        _Frame("losing", _re(r"\s+(?:their|his|her|its|our|my|your|the|a|an|out|sight|touch|track|weight|money|"
                             r"heart|faith|interest|control|everything|thousands|millions|jobs|power|ground|patience|"
                             r"momentum|votes|seats|customers|staff)\b")),
    ],
    # effect / affect
    "affect": [
        _Frame("effect", _re(r"\s+(?:on|upon|of)\b"), before=_re(_EFFECT_BEFORE)),
        _Frame("effect", _re(r"(?=\s*[,.;:!?)]|\s+(?:from|on|in|at|as|after|immediately|today|tomorrow|next|this|"
                             r"until|when|once)\b)"),
               before=_re(r"\b(?:take|takes|took|taken|taking|come\s+into|came\s+into|comes\s+into|coming\s+into|"
                          r"put\s+into|brought\s+into|with\s+immediate)\s+$")),
    ],
    "effected": [
        # "whom the outage effected most", "the areas effected worst": the degree after it
        _Frame("affected", _re(r"\s+(?:most|worst|hardest|badly|the\s+most|more\s+than)\b")),
        _Frame("affected", _re(r"\b"), before=_re(r"\b(?:adversely|badly|seriously|negatively|directly|significantly|"
                                                  r"severely|greatly|disproportionately|worst|most|deeply|hardest)\s+$")),
    ],
    # feat / feet
    "feet": [
        # "a feet" with nothing between: only a measure has a number or "few" between ("a few feet")
        _Frame("feat", _re(r"(?!\s*-)"), before=_re(r"(?<![\w-])(?:a|an)\s+$")),
        _Frame("feat", _re(r"(?!\s*-)(?!\s+(?:tall|high|long|wide|deep|away|of\s+(?:water|snow|rain|earth|soil|mud|"
                           r"sand|rubble|ice|space)|in|under|above|below|from|off|apart|across|thick|square|"
                           r"per|\d))"),
               before=_re(r"\b(?:a|an|no|quite\s+a|such\s+a|what\s+a)\s+(?:(?:mean|small|remarkable|considerable|"
                          r"impressive|great|major|incredible|astonishing|rare|amazing|extraordinary|notable|historic|"
                          r"unprecedented|unique|huge|real|staggering|significant|engineering|technical|logistical|"
                          r"heroic|superhuman|record-breaking|unrivalled|unmatched|stunning|remarkable|unusual|"
                          r"unparalleled|rare|proud|fine|singular|herculean|Herculean)\s+)+$")),
        _Frame("feat", _re(r"\s+of\s+(?:engineering|endurance|strength|skill|organisation|organization|daring|bravery|"
                           r"courage|stamina|memory|logistics|athleticism|imagination|diplomacy)\b"),
               before=_re(r"\b(?:a|an|this|what\s+a|such\s+a|quite\s+a)\s+$")),
    ],
    # led / lead
    "lead": [
        _Frame("led", _re(r"\s+(?:to|by)\b(?!\s+example)"),
               before=_re(r"\b(?:has|have|had|was|were|been|being|is|are|having)\s+$")),
        # "had lead for most of the race", "has lead the party since 2019": a perfect needs "led"
        _Frame("led", _re(r"\s+(?:for\s+(?:most|much|all|the|a|an|\d|two|three|four|five|six|several|many)|the\s+(?:way|race|field|"
                          r"charge|team|party|country|club|company|campaign|investigation|inquiry|attack|protests?|opposition|"
                          r"league|standings|talks|rescue|project|council|board|group|side|squad|band)|from\s+the\s+front|"
                          r"(?:his|her|their|its)\s+(?:team|party|country|club|company|side|squad|troops|band))\b"),
               before=_re(r"\b(?:has|have|had|having)\s+(?:(?:already|also|once|previously|briefly|comfortably|narrowly)\s+)?$")),
    ],
    # were / where
    "where": [
        _Frame("were", _re(r"\s+(?:not|told|asked|going|being|given|forced|able|unable|expected|due|sent|found|"
                           r"killed|injured|hurt|arrested|taken|made|also|still|all|both|never|later|first|left|"
                           r"allowed|advised|urged|warned|evacuated|rescued|treated|seen|caught|charged|jailed|"
                           r"released|born|married|paid|hit|shot|stabbed|among|unaware|aware|right|wrong)\b"),
               before=_re(r"\b(?:we|they|you)\s+$")),
    ],
    # lone / loan
    "loan": [
        _Frame("lone", _re(r"\s+(?:gunman|gunmen|wolf|wolves|attacker|assailant|survivor|voice|dissenter|holdout|"
                           r"parent|rider|sailor|yachtsman|yachtswoman|hiker|climber|protester|"
                           r"ranger|bomber|shooter|knifeman|terrorist)\b"),
               before=_re(r"\b(?:a|an|the|one)\s+$")),
    ],
    # stationary / stationery
    "stationery": [
        _Frame("stationary", _re(r"\s+(?:car|cars|vehicle|vehicles|traffic|train|trains|lorry|lorries|van|vans|bus|"
                                 r"buses|object|objects|target|queue|queues|position|front|bike|cycle|tractor)\b")),
        _Frame("stationary", _re(r"\b(?!\s+(?:shop|shops|supplies|cupboard|firm|company|chain|retailer|business|"
                                 r"store|stores|sector|products|items|budget|costs|bill))"),
               before=_re(r"\b(?:remained|remain|remains|stood|sat|came\s+to\s+a|stay|stayed|stays|staying|"
                          r"held)\s+$")),
        _Frame("stationary", _re(r"\s+(?:when|while|at\s+(?:the\s+time|a|the)|in\s+(?:traffic|a\s+queue)|behind|"
                                 r"outside|for\s+(?:\d|several|hours|minutes|two|three))\b"),
               before=_re(r"\b(?:was|were|is|are|been|being)\s+$")),
    ],
    # breathe / breath
    "breath": [
        _Frame("breathe", _re(r"(?!\s+(?:of|test|tests|testing|analyser|sample|samples|alcohol|away))(?=\s|[,.;:!?])"),
               before=_re(r"\b(?:to|can|could|cannot|can['’]t|couldn['’]t|unable\s+to|fight(?:ing)?\s+to|"
                          r"struggl(?:e|ed|ing|es)\s+to|will|would|not|helps?\s+(?:them|him|her|you|us|people)|"
                          r"let\s+(?:them|him|her|us|me))\s+$")),
    ],
    "breathe": [
        _Frame("breath", _re(r"\b(?!-)"),
               before=_re(r"\b(?:a|deep|his|her|their|my|your|our|last|short\s+of|out\s+of|bated|"
                          r"baited|fresh|every|single|shallow)\s+$")),
    ],
    # accept / except
    "except": [
        _Frame("accept", _re(r"\s+(?:the|an|a|this|that|their|his|her|its|our|any)\s+(?:\w+\s+)?(?:offer|invitation|"
                             r"proposal|deal|award|apology|nomination|terms|resignation|result|verdict|ruling|decision|"
                             r"bid|settlement|plea|responsibility|blame|findings|recommendations|conditions|"
                             r"compromise|challenge|job|post|role|position)s?\b"),
               before=_re(r"\b(?:to|will|would|could|refused\s+to|agreed\s+to|did\s+not|didn['’]t|won['’]t|not|"
                          r"cannot|can['’]t|must|should|might|may|declined\s+to|voted\s+to|decided\s+to)\s+$")),
    ],
    # prospective / perspective
    "perspective": [
        _Frame("prospective", _re(r"\s+(?:buyers?|clients?|candidates?|students?|tenants?|customers?|parents?|"
                                  r"employers?|purchasers?|members?|bidders?|owners?|investors?|partners?|MPs?|"
                                  r"councillors?|applicants?|voters?|jurors?|employees?|signings?|recruits?|"
                                  r"homebuyers?|adopters?|landlords?|suitors?)\b")),
    ],
    # principal / principle
    "principle": [
        _Frame("principal", _re(r"\s+(?:reasons?|causes?|sources?|aims?|objectives?|suspects?|authors?|"
                                r"investigators?|shareholders?|owners?|dancers?|characters?|challenges?|concerns?|"
                                r"problems?|factors?|ingredients?|beneficiar(?:y|ies)|sponsors?|architects?|"
                                r"figures?|goals?|purposes?|targets?|witness(?:es)?|defendants?|lenders?|creditors?|"
                                r"contractors?|partners?|conductors?|violinists?|players?|city|cities|towns?|"
                                r"roads?|routes?|residence|language|opponents?|rivals?|funders?)\b")),
    ],
    "principal": [
        _Frame("principle", _re(r"(?=\s*[,.;:!?)]|\s+(?:the|it|this|that|they|we|he|she|but|and|at\s+least)\b)"),
               before=_re(r"\b(?:in|a\s+matter\s+of)\s+$")),
    ],
    # quite / quiet
    "quiet": [
        _Frame("quite", _re(r"\s+(?:a\s+(?:few(?!\s+(?:days|weeks|months|years|hours|minutes|moments|seconds|nights)\b)|"
                            r"lot|bit|number|while(?!\s+(?:ago|later|before|earlier|back)\b)|shock|surprise|feat|challenge|change|blow|"
                            r"achievement|coup|sight|task|turnaround|contrast|long\s+time|distance|journey|step)|an\s+"
                            r"(?:achievement|impact|undertaking|effect|ordeal|honour|experience)|often|possibly|"
                            r"rightly|simply|literally|clearly|frankly|sure|certain|different|difficult|unusual|"
                            r"extraordinary|unexpected|likely|unlikely|the\s+(?:opposite|reverse|contrary)|"
                            r"so\s+(?:simple|easy|straightforward))\b")),
    ],
    # through / threw
    "threw": [
        _Frame("through", _re(r"\s+(?:the|a|an|it|them|this|that|their|his|her|its|our|to|with)\b"),
               before=_re(r"\b(?:went|go|goes|going|gone|came|come|comes|coming|get|gets|got|getting|pass|passed|"
                          r"passing|break|broke|broken|breaking|walk|walked|walking|drove|drive|driving|driven|fall|"
                          r"fell|fallen|falling|pull|pulled|pulling|carry|carried|follow|followed|push|pushed|"
                          r"pushing|halfway|half-way|sail|sailed|cut|cutting|ploughed|rip|ripped|tore|torn|tear|"
                          r"swept|sweep|rushed|rush|stay|stayed|sat|lived|living|live|flicked|leafed|looked|"
                          r"scrolled|wade|waded|wading|squeezed|slipped|crashed|smashed|burst|bursting)\s+$")),
    ],
    # peace / piece
    "piece": [
        _Frame("peace", _re(r"\s+(?:talks|deal|process|treaty|treaties|accord|negotiations|envoy|summit|prize|"
                            r"keeping|keepers?|activists?|campaigners?|movement|conference|initiative|settlement|"
                            r"and\s+quiet|of\s+mind)\b"),
               unless=_re(r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|set|chess|museum|[\w-]+-)\s*$")),
    ],
    "peace": [
        _Frame("piece", _re(r"\s+of\s+(?:paper|evidence|information|legislation|work|advice|land|equipment|news|art|"
                            r"music|writing|history|cake|furniture|metal|wood|string|glass|software|kit|jewellery|"
                            r"the\s+(?:puzzle|action|pie|jigsaw))\b"),
               before=_re(r"\b(?:a|the|one|another|every|each|this|that|key|vital|crucial|final|missing|last)\s+$")),
    ],
    # past / passed
    "passed": [
        _Frame("past", _re(r"\s+(?:week|weeks|month|months|year|years|decade|decades|century|few|two|three|four|five|"
                           r"six|seven|eight|nine|ten|several|24|48|12|fortnight)\b"),
               before=_re(r"\b(?:the|in\s+the|over\s+the|during\s+the|for\s+the)\s+$")),
    ],
    # whether / weather
    "weather": [_Frame("whether", _re(r"\s+or\s+not\b"))],
    "wether": [_Frame("whether", _re(r"\s+or\s+not\b"))],
    "whether": [
        _Frame("weather", _re(r"\b(?!\s+(?:or|to|it|the|they|he|she|we|you|this|that|there|a|an|any)\b)"),
               before=_re(r"\b(?:bad|good|cold|hot|wet|warm|severe|extreme|stormy|poor|fine|freezing|wintry|inclement|"
                          r"dry|calm|mild|the|summer|winter|autumn|spring|icy|windy|unsettled|settled)\s+$")),
    ],
    # whose / who's
    "who's": [
        _Frame("whose", _re(r"\s+(?:own|family|families|mother|father|son|daughter|wife|husband|children|"
                            r"parents|job|car|house|name|body|death|brother|sister|partner|company|career|views)\b")),
    ],
    # advice / advise
    "advise": [
        _Frame("advice", _re(r"\b(?!\s+(?:that|them|him|her|us|you|people|patients|against|on|the|anyone|"
                             r"everyone|parents|customers|travellers|residents|caution)\b)(?!d|s)"),
               before=_re(r"\b(?:legal|medical|expert|financial|professional|independent|official|scientific|"
                          r"clinical|his|her|their|my|your|our|its|sound|good|bad|practical|careers?|"
                          r"debt|tax|safety|any|the\s+best|no)\s+$")),
    ],
    "advice": [
        _Frame("advise", _re(r"\s+(?:him|her|them|us|you|people|patients|residents|the|against|on|that|anyone|"
                             r"everyone|parents|customers|travellers|ministers|members|staff)\b"),
               before=_re(r"\b(?:will|would|could|can|should|must|may|might|cannot|can['’]t|to\s+(?:help|strongly))\s+$")),
    ],
    # site / sight
    "site": [
        _Frame("sight", _re(r"(?=\s*[,.;:!?)]|\s+(?:of|for|to|and|but|as|yet|now|after|before|until|since)\b|\s*$)"),
               before=_re(r"\b(?:no\s+end|end|nowhere|nothing)\s+in\s+$|\bin\s+plain\s+$|\b(?:came|come|comes|coming)\s+into\s+$"
                          r"|\b(?:lose|lost|losing|catch|caught|catching)\s+$")),
    ],
    # effecting / affecting
    "effecting": [
        _Frame("affecting", _re(r"\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|our\s+|your\s+)?(?:[\w-]+\s+)?(?:attendance|health|"
                                r"lives|ability|performance|results|sleep|economy|business|trade|services|traffic|people|"
                                r"children|pupils|patients|residents|staff|families|prices|sales|profits|quality|safety|"
                                r"outcomes|morale|mood|confidence|growth|learning|concentration|wellbeing|well-being)\b"),
               before=_re(r"\b(?:is|are|was|were|been|be|being|now|badly|seriously|already|also|still)\s+$")),
    ],
    # to / too
    "to": [
        _Frame("too", _re(r"\s+(?:dangerous|late|early|expensive|big|small|hot|cold|busy|difficult|hard|young|old|tired|ill|"
                          r"weak|slow|fast|far|high|low|long|short|close|costly|risky|steep|narrow|wide|heavy|full|scared|"
                          r"afraid|frightened|sick|poor|damaged|unstable|unsafe|shallow|deep|crowded|icy|wet|dry|slippery)\s+"
                          r"(?:to\s+[a-z]+|for\s+(?:the|a|an|them|him|her|us|it|most|many)\b)"),
               before=_re(r"\b(?:is|are|was|were|be|been|being|now|simply|just|far|much|became|become|becomes|got|get|gets|"
                          r"getting|seemed|seems|looked|looks|felt|feels|remain|remains|remained|it['’]s|they['’]re)\s+$")),
    ],
    # breaking / braking
    "breaking": [
        _Frame("braking", _re(r"(?!\s+(?:news|point|story|stories|ground|records?|the|a|an|up|down|into|out|in|through|away|off|"
                              r"bread|ranks|cover|waves?|even|free|loose|with|of)\b)"),
               before=_re(r"\b(?:harsh|heavy|sudden|emergency|hard|late|fierce|sharp|abrupt|careful|gentle|regenerative)\s+$")),
    ],
    # parody / parity
    "parody": [
        _Frame("parity", _re(r"\s+with\s+(?:the\s+)?(?:boys|girls|men|women|staff|workers|rivals|others?|their|its|his|her|"
                             r"colleagues|counterparts|peers|teachers|nurses|doctors|england|wales|scotland|london)\b")),
        _Frame("parity", _re(r"\b"), before=_re(r"\b(?:pay|wage|price|pension|salary|gender|full|achieve|achieved|reach|"
                                                 r"reached|demand|demanded|seek|sought)\s+$")),
    ],
}

# The trigger words, found as whole word tokens of the region's spaced folded form
# (lower case, straight apostrophes, every character that cannot be part of a word token
# a space, the same offsets): a set intersection with its words, then a substring search
# for each trigger word it holds.
_TRIGGERS = frozenset(FRAMES)
#: A character that cannot be part of a word token (letters, digits and "_" joined by
#: apostrophes or hyphens): the spaced form of a text that is not ASCII.
_NON_TOKEN = lazyre.compile(r"[^\w'\-]")


def _same_case(word: str, right: str) -> str:
    if word.isupper() and len(word) > 1:
        return right.upper()
    if word[:1].isupper():
        return right[:1].upper() + right[1:]
    return right


def confusions(text: str, folded: Optional[str] = None, spaced: Optional[str] = None, words: Optional[List[str]] = None):
    """``(start, end, written, right)`` for each confused word in *text* (*folded*: its
    folded form, :attr:`lintnews.text.document.Region.folded`; *spaced*, *words*: that
    form spaced and its words, :func:`lintnews.text.tokens.spaced_words`;
    each made here when not given)."""
    if folded is None:
        from lintnews.matching.folding import fold

        folded = fold(text)
    if spaced is None:
        spaced = _NON_TOKEN.sub(" ", folded)
    present = _TRIGGERS.intersection(spaced.split() if words is None else words)
    if not present:
        return
    # a trigger word between spaces (or the ends): a whole token, not part of a longer
    # one ("one-piece", "o'there")
    padded = " " + spaced + " "  # padded[i + 1] is spaced[i]
    places = []
    for word in present:
        needle = " " + word + " "
        at = padded.find(needle)
        while at >= 0:
            places.append((at, at + len(word), word))
            at = padded.find(needle, at + len(word))
    places.sort()
    end = len(text)
    for a, b, word in places:
        frames = FRAMES[word]
        written = text[a:b]
        left = text[max(0, a - 40) : a]
        for frame in frames:
            if not frame.after.match(text, b, end):
                continue
            if frame.before is not None and not frame.before.search(left):
                continue
            if frame.unless is not None and frame.unless.search(left):
                continue
            yield a, b, written, _same_case(written, frame.right)
            break


class ConfusedWord(Rule):
    """What it flags: a word that sounds like (or is spelt like) the right one, in a frame
    only the right one fits: a possessive where English needs "there" or "it is", and the
    reverse ("made there way home", "Their are fears", "its been a hard year", "it's own
    rules", "your not allowed"); "then" after a comparative ("more then expected", "higher
    then last year", "rather then wait") and "than" for "then" ("since than");
    "lose"/"loose", "effect"/"affect" ("a major affect on", "take affect",
    "adversely effected"), "led"/"lead" ("has lead to"), "were"/"where" ("they where
    told"), "feat"/"feet" ("a remarkable feet"), "lone"/"loan" ("a loan gunman"),
    "stationary"/"stationery", "breathe"/"breath", "accept"/"except", "prospective"/
    "perspective", "principal"/"principle", "quite"/"quiet", "through"/"threw",
    "peace"/"piece", "past"/"passed", "whether"/"weather", "whose"/"who's",
    "advice"/"advise", "sight"/"site" ("no end in site"), "affecting"/"effecting" ("was
    effecting attendance"), "too"/"to" before an adjective and its infinitive ("now to
    dangerous to climb"), "led"/"lead" after a perfect ("had lead for most of the race"),
    "braking"/"breaking" ("sudden breaking"), "parity"/"parody" ("pay parody with").

    Each confusion is read from the words around it (a possessive before a noun it owns,
    a comparative before "than", a modal before "have"), not from the word alone, so the
    right uses of each word stay quiet.

    Not flagged: the right word in its own frame ("There are fears", "its own rules",
    "went there first", "a few feet away", "lead pipes", "the lead by example", "a
    stationery shop", "the areas where they live", "a breath test", "in a similar vein"),
    quotations. A slip a lexicon rule already reports (GRB018 eggcorn-in-context and the
    other lexicon rules) is left to it: one finding per slip.

    Why: a reader takes the slip for carelessness, and some change the meaning ("loose"
    for "lose", "effect" for "affect"). A spelling checker passes them: each is a word.

    Instead: the word the frame needs (suggested).

    Fix safety: the fix swaps the word; it is unsafe (applied only with --unsafe-fixes),
    since a rare construction may fit the frame.
    """

    code = "GRB030"
    name = "confused-word"
    category = "garbled"
    severity = Severity.WARNING
    context = True
    summary = "A word confused with one that sounds alike, in a frame only the other fits ('there own', 'its been', 'more then')."
    examples = {
        "fail": [
            "Fans made there way to the stadium early.",
            "Its been a difficult year for the club.",
            "We where told the flight was full.",
            "Police are hunting a loan gunman.",
            "The result was quiet a surprise to the pollsters.",
        ],
        "pass": [
            "There are fears for the mill, and the workers went there first.",
            "The council will review its own procedures; it's a decision for members.",
            "Costs were higher, then fell again in spring.",
            "The rope came loose and the boat drifted a few feet away.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        quotes = "quote" in self.scope
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            found = confusions(region.text, region.folded, *spaced_words(region))
            for start, end, written, right in unreported(region, found, context.settings, quotes):
                yield self.report(
                    doc, region, start, end,
                    f"'{written}' where the sentence needs '{right}'",
                    suggestion=right, safe=False,
                )
