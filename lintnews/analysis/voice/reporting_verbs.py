"""Reporting verbs and source frames: the vocabulary of attribution in news English.

Data for :mod:`lintnews.analysis.voice.attribution`: the verbs that introduce a source ("said",
"told", "announced", "the report noted"), their noun look-alikes ("the claims"),
evidence verbs ("figures show"), and frames ("in a statement", "speaking to",
"figures from the ONS"). The cues here only find candidates; whether one really names a
source (not "I think", not "it is said", not "to show") is decided in
:func:`lintnews.analysis.voice.attribution.own_attribution`.
"""

from __future__ import annotations

import re

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import Cue, alternation

SPEECH_VERBS = """said says told tells added adds announced announces stated explained explains
insisted insists warned warns argued argues claimed claims noted notes confirmed confirms
denied denies admitted admits revealed reveals wrote writes reported reports estimated
estimates predicted predicts forecast forecasts acknowledged acknowledges conceded concedes
stressed stresses urged urges maintained maintains suggested suggests testified commented
remarked observed replied responded alleged alleges agreed agrees disclosed discloses
indicated indicates concluded concludes recalled recalls emphasised emphasized emphasises
emphasizes tweeted posted complained complains cautioned cautions predicted projected
projects calculated calculates countered counters contended contends asserted asserts
believes believed thinks fears feared expects expected reckons reckoned hopes hoped wondered
wonders blamed blames hailed hails praised praises criticised criticises criticized criticizes accused accuses
welcomed welcomes condemned condemns likened likens boasted joked quipped lamented declared mused
retorted scoffed mocked touted bemoaned decried lauded signalled signaled
suspects suspected anticipates anticipated assumes assumed doubts doubted underlined underlines
hinted hints recognises recognised recognizes recognized accepts accepted worries""".split()
#: Base forms, for plural subjects: "they counter", "party strategists claim", "ministers deny".
BASE_FORMS = """argue claim deny insist warn counter contend maintain admit concede complain predict
estimate suggest note believe fear expect wonder acknowledge allege assert explain emphasise emphasize
suspect anticipate assume doubt accept hope think worry recognise recognize""".split()
SPEECH_VERBS += BASE_FORMS
_PLURAL_NOUNS = frozenset("they police people staff public government management".split())


def plural_subject(word: str) -> bool:
    """True when *word*, just before a base form, can be its plural subject ("they",
    "strategists", "Democrats"), not a modal, an infinitive or a conjunction ("could argue",
    "to claim", "and believe me")."""
    return word in _PLURAL_NOUNS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))
#: Participles of reporting verbs: "..., saying it would", "is hoping that".
PARTICIPLES = """saying adding arguing claiming insisting warning hoping predicting noting explaining wondering
stressing suggesting telling accusing describing calling admitting conceding denying urging demanding pressing
complaining boasting likening portraying""".split()
#: What follows an unnamed group or report and names it after all: "research carried out by
#: security firm Acme", "reports from Reuters".
NAMED_AFTER = (
    r"\s*,?\s+(?:(?:carried\s+out|published|commissioned|conducted|compiled|released|produced|issued|filed|lodged|"
    r"held|kept|submitted|registered|obtained|posted)\s+)?"
    r"(?:(?:from|by|at|in|of|with|for|close\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z])"
    # a study described by what it counted: "a study of 7,200 births"
    r"|of\s+(?:(?:more\s+than|nearly|almost|about|over|some|around)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+[a-z])"
)
#: Commitments ("has promised to build 5,000 homes") source the promised figures only.
COMMITMENT_VERBS = """promised promises pledged pledges vowed vows committed commits proposes proposed advocates
advocated threatened threatens""".split()
EVIDENCE_VERBS = """show shows showed shown found finds suggest suggests suggested indicate indicates
indicated reveal reveals revealed put puts estimate estimates estimated noted notes concluded
concludes""".split()
SAY = ["say"]
#: Evidence verbs whose subject must be a document or an agent to count as a source:
#: "the survey found", "Ofsted found", "she showed" but not "the move shows".
OBSERVED = frozenset("show shows showed shown found finds indicate indicates indicated reveal reveals revealed put puts".split())
# Noun readings of verb forms: "the claims", "two shows", "earlier reports".
NOUN_BEFORE = frozenset(
    """the a an its his her their our your my these those this that such new recent latest
    earlier previous similar false unfounded further initial early some any many no all both
    two three several media press news tv television official police of and or in on for with
    by to about amid over despite other more most""".split()
)
AMBIGUOUS = frozenset(
    """claims notes reports estimates forecasts shows finds fears expected found projects
    counters posted claim note estimate fear counter doubts worries hints suspects underlines
    doubt worry""".split()
)
MENTAL = frozenset(
    "believes believed thinks fears feared expects expected reckons reckoned hopes hoped believe fear expect wondered wonders wonder "
    "suspects suspected anticipates anticipated assumes assumed doubts doubted worries suspect anticipate assume doubt "
    "hope think worry".split()
)

#: Reporting verbs that are also acts: with a direct object that is not speech ("agreed the
#: timetable", "observed a minute's silence", "recalled the ambassador", "admitted 40 patients",
#: "responded to the blaze") they report nothing, and the sentence stays in the writer's voice.
#: With speech or content ("agreed that", "agreed the plan was flawed", "recalled how") they
#: source the clause they introduce.
_ACT_FORMS = {
    "agree": "agree agreed agrees", "observe": "observe observed observes", "recall": "recall recalled recalls",
    "admit": "admit admitted admits", "welcome": "welcome welcomed welcomes",
    "respond": "respond responded responds", "reply": "reply replied replies",
    "write": "write wrote writes",
    "accept": "accept accepted accepts", "recognise": "recognise recognised recognises recognize recognized recognizes",
}
_ACT_STEM = {form: stem for stem, forms in _ACT_FORMS.items() for form in forms.split()}
ACT_VERBS = frozenset(_ACT_STEM)
#: An auxiliary or finite verb a little after the object makes it the subject of reported
#: content: "agreed the plan was flawed".
_CLAUSE_AHEAD = (r"(?![^.;:,]{0,40}?\b(?:is|was|were|are|had|has|have|would|will|could|should|must|might|may|can|did|does|do|"
                 r"needed|needs|went|came)\b"
                 # "agree the second half dragged": a past tense after the noun opens a clause
                 r"|(?:[\w'’-]+\s+){1,3}?[a-z]{3,}ed\b(?!\s+(?:by|to|for|in|on|at|with|from)\b))")
#: What follows an act reading, by verb.
ACT_OBJECT = {
    "agree": r"\s+(?:the|a|an|its|their|his|her|this|these|new|fresh|revised|final|\d[\d,.]*|[£$€]\S+)\s+" + _CLAUSE_AHEAD,
    "observe": r"\s+(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}?(?:silence|minute|rules?|ramadan|sabbath|"
    r"curfew|ceasefire|truce|tradition|custom|fast|holiday|speed\s+limits?|limits?|protocols?|guidelines)\b",
    "recall": r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:ambassador|envoy|diplomats?|troops|"
    r"products?|cars|vehicles|models|batches|units|items|goods|players?|squad|parliament)\b",
    "admit": r"\s+(?:\d[\d,.]*|more|fewer|dozens|hundreds|thousands|new|girls|boys|pupils|patients|members|women|men)\b"
    r"|\s+(?:\w+\s+)?to\s+(?:hospital|the\s+(?:school|club|university|college|ward|unit|hospital|union|party|bar))\b",
    "welcome": r"\s+(?:\d[\d,.]*|more\s+than|over|nearly|almost|around|about|hundreds|thousands|dozens|visitors|guests|"
    r"back|home|fans|the\s+(?:visitors|guests|crowds?|fans|public))\b",
    "respond": r"\s+(?:to\s+(?:an?|the|\d+|reports?\s+of)\s+(?:[\w'’-]+\s+){0,2}?(?:call|calls|blaze|fire|incident|"
    r"emergency|alarm|crash|collision|attack|accident|flood|floods|disturbance|report|reports|outbreak)\b)",
}
ACT_OBJECT["reply"] = ACT_OBJECT["respond"]
#: "accepted the offer", "recognised the union", "accepts responsibility": an act; "accepts the
#: scheme will cost more" (a clause ahead) reports a view.
# (a clause after "because", "after", "when" ... belongs to the writer's sentence, not to a view)
_VIEW_AHEAD = (r"(?!(?:(?!\b(?:because|after|when|as|since|although|though|while|before|until|if|so|and|but|which|who|"
               r"following|despite|amid)\b)[^.;:,]){0,40}?\b(?:is|was|were|are|had|has|have|would|will|could|should|"
               r"must|might|may|can|did|does|do)\b)")
ACT_OBJECT["accept"] = (
    r"\s+(?:(?:the|a|an|its|their|his|her|this|these|new|fresh|revised|final|full|\d[\d,.]*|[£$€]\S+)\s+" + _VIEW_AHEAD
    + r"|(?:responsibility|liability|blame|defeat|bribes|payments?|cash|money|donations|applications|bookings|cards|"
    r"refugees|patients|pupils|students|offers?|invitations?|nominations?)\b)"
)
ACT_OBJECT["recognise"] = ACT_OBJECT["accept"]
#: "She wrote 140 papers", "wrote more books than": works written, not words reported.
ACT_OBJECT["write"] = (r"\s+(?:(?:more|fewer|over|some|about|nearly|almost|the|a|an|his|her|their|its|several|many|"
                       r"dozens\s+of|hundreds\s+of|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                       r"thirty|forty|fifty)\s+){1,3}(?:[\w'’-]+\s+){0,2}?(?:books?|papers?|articles?|novels?|songs?|"
                       r"plays?|poems?|scripts?|columns?|chapters?|episodes?|operas?|symphon(?:y|ies)|hymns?|biograph(?:y|ies)|"
                       r"memoirs?|textbooks?|stories|story|musicals?|screenplays?|albums?)\b")
_ACT_RES = {}


def act_reading(word: str, text: str, end: int, limit: int) -> bool:
    """True when the reporting verb *word* (ending at *end*) is an act with a direct object
    that is not speech: "agreed the timetable", "observed a minute's silence"."""
    stem = _ACT_STEM.get(word.lower())
    if stem is None:
        return False
    rx = _ACT_RES.get(stem)
    if rx is None:
        rx = _ACT_RES[stem] = re.compile(ACT_OBJECT[stem], re.IGNORECASE)
    return rx.match(text, end, limit) is not None


PASSIVE_LEFT = lazyre.compile(
    # (an adverb in -ly, not a noun in -ly: "the victim's family said" names its source)
    r"(?:\b(?:is|are|was|were|be|been|being)"
    # a phrase set off by commas, and the hedges of degree, between the copula and the
    # participle: "was, in a sense, perhaps somewhat expected" (an adjective, no one's speech;
    # not after "'s", which may be a name's: "St Fintian's, Richard Fogarty, said")
    r"(?:\s*,\s*(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s*,)?|\b(?:'s|’s|'re|’re))\s+(?:(?:(?!(?:family|assembly|ally|rally|italy|sally|bully)\b)\w+ly|"
    r"also|not|now|still|widely|often|perhaps|maybe|somewhat|rather|quite|fairly|arguably|more|less|so|too|very|much)(?:\s*,)?\s+)*$",
    re.IGNORECASE,
)
BY_AGENT = lazyre.compile(r"\s+by\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
PERSON_LEFT = lazyre.compile(
    r"(?-i:\b(?:I|[Ww]e|[Yy]ou|^[Oo]ne|[,;:]\s+one))(?:['’](?:ve|d|ll))?\s+(?:(?:have|had|also|just|already|always|never|once|"
    r"did|do|would|will|can|could|must|should|might|may|really|certainly|actually|clearly|simply|"
    r"repeatedly|publicly|previously|recently|then|all|both|still|personally|strongly|truly|"
    r"honestly|sincerely|firmly|genuinely|don't|didn't|do\s+not|did\s+not)\s+)*$"
)
SAY_BAD_LEFT = lazyre.compile(
    r"(?:\b(?:to|would|could|can|might|may|must|should|will|not|cannot|never|let's|let’s|"
    r"i|we|you|needless|so\s+to)|['’]d|n['’]t)\s+(?:(?:perhaps|possibly|probably|also|even|well|only|just|fairly|safely|"
    r"reasonably|arguably|certainly|honestly|truly|surely)\s+)?$",
    re.IGNORECASE,
)
DEMONSTRATIVE_LEFT = lazyre.compile(r"\b(?:this|that|which|what|these|those)\s+(?:\w+\s+)?$", re.IGNORECASE)
PRONOUN_LEFT = lazyre.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:he|she|they|it)\s+(?:\w+\s+)?$", re.IGNORECASE)
PRONOUN_RIGHT = lazyre.compile(r"\s+(?:he|she|they|it)\s*(?:[,.;:!?)]|$)", re.IGNORECASE)
#: What may follow the verb reading of an ambiguous form ("claims that", "estimates the").
VERB_NEXT = lazyre.compile(
    r"\s*(?:(?:that|the|a|an|it|he|she|they|its|their|his|her|this|these|those|some|no|there)\b|\d|(?-i:[A-Z])|[,:\"“.;!?)]|$)",
    re.IGNORECASE,
)
EVIDENCE_NOUNS = (
    "figures data statistics numbers estimates poll polls survey surveys study report reports "
    "analysis census records documents accounts filings results review audit inquiry minutes transcripts "
    "investigation research paper projections forecasts modelling findings"
).split()
#: A named or personal subject just before the verb: "Ofsted found", "Acme's accounts", "she".
AGENT_SUBJECT = lazyre.compile(
    r"(?:(?-i:\b[A-Z][\w&'’.-]*)|\b(?:he|she|they|it|police|officials|investigators|researchers|scientists|auditors|"
    r"inspectors|analysts|economists|the\s+(?:court|judge|jury|inquiry|coroner|regulator|watchdog|company|firm|bank|"
    r"government|ministry|department|council|agency|authority|commission|committee|panel|team|study|survey|poll)))"
    r",?\s+(?:(?:also|has|have|had|previously|recently|later|now)\s+)*$",
    re.IGNORECASE,
)
#: A document or data set anywhere before the verb: "The report, published on Monday, found".
EVIDENCE_ANYWHERE = None  # set below
EVIDENCE_SUBJECT = lazyre.compile(
    r"\b" + alternation(EVIDENCE_NOUNS) + r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)

#: A person's role or title before their name, in a stance put first ("To analyst Jo Reid, ...").
#: (Titles such as "Mr" and "president" are left out: too frequent a trigger for a rare construction.)
STANCE_ROLES = """analyst analysts consultant consultants economist economists strategist strategists professor
historian critic critics expert experts commentator columnist pollster adviser advisor lawyer scholar researcher
scientist campaigner activist""".split()

REPORT_CUES = [
    Cue("report", SPEECH_VERBS, r"\w+"),
    Cue("commitment", COMMITMENT_VERBS, r"\w+"),
    Cue("report", PARTICIPLES, r"\w+", left=r"(?:,\s*|\b(?:is|are|was|were|been|and|by)\s+)$"),
    # "Noting that the policy had failed, Trump said ...": a reporting participle opening the sentence
    Cue("report", PARTICIPLES, r"\w+\s+that\b", left=r"^\W*$"),
    # "He is convinced Yahoo remains ...": a view held by the subject
    Cue("frame", ["convinced", "adamant"], r"\w+\b", left=r"\b(?:is|are|was|were|remains|remained)\s+(?:(?:still|now|also)\s+)?$"),
    # "The board is confident the sale will go ahead", "she was certain that": a view held by
    # the subject ("is certain to", "is sure to" are forecasts, not views)
    Cue("frame", ["confident", "certain", "sure", "worried", "concerned", "hopeful", "optimistic", "doubtful",
                  "sceptical", "skeptical", "fearful", "satisfied", "persuaded"],
        r"\w+\s+(?:that|the|a|an|it|he|she|they|this|these|its|their|his|her|there|no)\b",
        left=r"\b(?!(?:it|this|that|there|what|which|who|one|nobody|no\s+one|i|we|you)\s)(?:[\w'’-]+\s+){1,4}?"
             r"(?:is|are|was|were|remains|remained)\s+(?:(?:still|now|also|increasingly|deeply|very|fairly|entirely)\s+)?$"),
    # "Ms Reyes feels that ...": a view ("felt the tremor" is no report)
    Cue("report", ["feels", "felt", "feel"], r"(?:feels|felt|feel)\s+that\b"),
    # "He posted online that ...", "wrote on social media that ..."
    Cue("frame", ["posted", "wrote"], r"(?:posted|wrote)\s+(?:online|on\s+(?:social\s+media|x|twitter|facebook|"
        r"instagram|linkedin|bluesky|threads|its\s+website|his\s+blog|her\s+blog|their\s+website))\b"),
    # "It was, in the words of one councillor, the worst decision": the words are the speaker's
    Cue("frame", ["words"], r"words\s+of\b", left=r"\bin\s+(?:the\s+)?$"),
    Cue("report", EVIDENCE_VERBS, r"\w+"),
    Cue("say", SAY, r"say\b"),
    Cue("according", ["according"], r"according\s+to\b"),
    Cue(
        "frame",
        ["statement", "interview", "letter", "report", "filing", "submission", "testimony",
         "speech", "memo", "email", "tweet", "post", "blog", "article", "column", "affidavit",
         "release", "briefing", "note", "paper", "study", "survey", "broadcast", "podcast"],
        r"\w+",
        left=r"\b(?:in|on)\s+(?:a|an|its|his|her|their|the|this|that)\s+(?:[\w'’-]+\s+){0,3}$",
    ),
    Cue("frame", ["speaking", "writing"], r"(?:speaking|writing)\s+(?:to|at|on|in|after|before|from|during)\b",
        veto_left=r"\b(?:from|of|for|about|without|after|before|when|while|started|stopped|banned|barred|prevented|"
        r"public|the|his|her|their|its|creative|fiction|songs?)\s+$"),
    Cue("frame", ["conference", "briefing"], r"(?:conference|briefing)\b", left=r"\b(?:press|news)\s+$"),
    # "To Florida consultant Ann Wilson, the plan is silly", "For Jupiter analyst Olivier
    # Beauvillain, the decision was an error": a named person's view, put first
    Cue("frame", STANCE_ROLES,
        r"\w+\.?\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?(?-i:[A-Z])[\w'’-]*\s*,",
        left=r"^\W*(?:to|for)\s+(?:(?:the\s+)?(?:[\w'’&.-]+\s+){0,3})?$"),
    Cue("frame", ["told"], r"told\s+(?:the\s+)?(?-i:[A-Z]|reporters|journalists|parliament|mps|the\s+court)"),
    Cue("report", ["pointed", "points", "point", "pointing"], r"(?:pointed|points|point|pointing)\s+out\b"),
    # a directive is its speaker's words, and so is the reason given with it: "The headman
    # reminded families to store water, because the pressure is low" (not "were asked to",
    # "reminded him of")
    # ("encouraged" is left out: a thing encourages too, "low rates encouraged borrowing")
    Cue("report", ["reminded", "reminds", "advised", "advises", "asked", "asks", "instructed", "instructs",
                   "begged", "implored", "exhorted", "appealed"],
        r"(?:reminded|reminds|advised|advises|asked|asks|instructed|instructs|begged|implored|"
        r"exhorted|appealed\s+to)\s+(?:(?:the|all|local|its|his|her|their|every)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
        r"(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|hospital|court|work|school)\b)[a-z]+\b",
        # the speaker opens the sentence ("The parish nurse advised ..."): not a directive
        # narrated in a relative clause, after "and" or inside a clause someone else reports
        # ("It is understood that the board asked him to reconsider", "which has asked")
        left=r"^\W*(?:(?:the|a|an|our|its|their|local|[\w'’-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+\s+)$",
        veto_left=r"\b(?:is|are|was|were|be|been|being|i|we|you|get|got|gets|and|or|but|which|who|that|having|also)\s+(?:\w+ly\s+)?$"
        r"|^\W*(?:it|this|that|there|what|which|who)\b"),
    # a translation's verb of thinking put after the clause ("mene", "meinen", "menen": think):
    # "Prices will keep rising, economists mean."
    Cue("report", ["mean", "means", "meant"], r"(?:mean|means|meant)(?=\s*[.!?;]?\s*$)",
        left=r",\s*(?:[\w'’-]+\s+){1,4}$"),
    # a translation's verb of saying: "the professor sustains that" (never "sustained injuries")
    Cue("report", ["sustain", "sustains", "sustained"], r"sustain(?:s|ed)?\s+that\b"),
    # "Mr Howard's protestations that ...", "Putin's promises of ...": a claim reported as a noun
    Cue("frame", """claim claims promise promises pledge pledges warning warnings protestations prediction predictions
        forecast assertion assertions insistence boast boasts argument contention accusation accusations allegation
        allegations suggestion complaint complaints criticism charge charges assurance assurances denial denials""".split(),
        r"\w+\s+(?:that|of)\b",
        left=r"(?:['’]s|\b(?:his|her|their|its)|(?-i:\b[A-Z][\w-]+))\s+(?:(?:repeated|earlier|latest|frequent|much-repeated|bold|own)\s+)?$"),
    # "The minister portrayed the strike as a plot", "she described the offer as an insult": a
    # portrayal is the portrayer's claim ("was described as" names nobody)
    Cue("frame", ["described", "describes", "portrayed", "portrays", "characterised", "characterized", "branded", "painted"],
        r"\w+\s+(?:[\w'’-]+\s+){1,6}?as\b",
        veto_left=r"\b(?:is|are|was|were|be|been|being|i|we|you)\s+(?:\w+ly\s+)?$"),
    # "The group asked whether candidates supported ...": a question put by a source
    Cue("frame", ["asked", "asks", "asking", "questioned", "questioning"],
        r"(?:asked|asks|asking|questioned|questioning)\s+(?:(?:the\s+)?[\w'’-]+\s+)?(?:whether|if|why|how)\b",
        veto_left=r"\b(?:is|are|was|were|be|been|being|i|we|you)\s+$"),
    # "the TUC has called for a £6 minimum wage": a demand, in its maker's voice
    Cue("frame", ["called", "calls", "calling"], r"(?:called|calls|calling)\s+for\b",
        veto_left=r"\b(?:is|are|was|were|be|been|being|it|this|that|which|what|who)\s+$"),
    Cue("frame", ["heard", "told"], r"(?:heard|told)\b",
        left=r"\b(?:court|jury|jurors|tribunal|inquest|hearing|inquiry|committee|magistrates|judge|panel|mps|councillors|"
        r"trial|coroner|sheriff)\s+(?:(?:has|had|was|were|have)\s+)?(?:(?:also|previously|earlier|already)\s+)?$"),
    Cue("frame", ["quoted", "quoting", "citing", "cited"], r"(?:quoted|quoting|citing|cited)\b(?!\s+(?:is|was|are|were)\b)",
        veto_left=r"\b(?:most|least|more|less|widely|often|much|frequently|oft|best|well)[\s-]+$"),
    Cue("frame", ["learned", "learnt"], r"(?:learned|learnt)\b", left=r"\b(?:has|have|had)\s+$"),
    # "under plans published by the council", "in proposals drawn up by the board": the plan's
    # maker stands behind what the sentence says the plan does
    Cue("frame", ["plans", "proposals", "plan", "proposal"],
        r"(?:plans?|proposals?)\s+(?:(?:published|announced|unveiled|drawn\s+up|approved|set\s+out|put\s+forward|agreed|"
        r"released|backed|submitted|outlined)\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])?[\w'’-]+",
        left=r"\b(?:under|in)\s+(?:(?:the|new|fresh|draft|latest|revised)\s+)*$"),
    Cue("frame", ["raised", "expressed", "voiced"], r"(?:raised|expressed|voiced)\s+(?:\w+\s+)?(?:concerns?|outrage|anger|"
        r"frustration|dismay|alarm|doubts?|fears?|confidence|regret|surprise|disappointment|scepticism|skepticism|"
        r"reservations|opposition)\b"),
    Cue(
        "evidence",
        EVIDENCE_NOUNS,
        r"\w+\s+(?:(?:published|released|compiled|commissioned|produced|issued|conducted|carried\s+out|"
        r"collected)\s+)?(?:by|from)\s+(?:the\s+)?(?-i:[A-Z])",
    ),
]

EVIDENCE_ANYWHERE = lazyre.compile(r"\b" + alternation(EVIDENCE_NOUNS) + r"\b", re.IGNORECASE)
