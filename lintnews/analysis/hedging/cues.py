"""Hedge cues in context, shared by the hedging rules.

The cue types follow the CoNLL-2010 hedge annotation guidelines: modal auxiliaries
("may", "might", "could"), adverbs and adjectives of likelihood ("perhaps", "probably",
"likely to"), epistemic verbs ("seems", "appears to", "suggests that") and approximators
("partly", "to some extent"). A bare word list would flag the month of May, ability
("she could not attend"), "likely" in "the likely winner", and attribution ("analysts
said", "Smith believes", "alleged"): :func:`hedge_cues` looks at the words around each
cue and keeps only hedges. Attribution verbs are never cues.

Whose voice a sentence is in comes from :mod:`lintnews.analysis.voice.speaker` (built on the one
attribution analysis, :mod:`lintnews.analysis.voice.attribution`): the hedges of a sentence that
reports a source are the source's, and the hedging rules stay quiet on them.
"""

from __future__ import annotations

import re
from typing import Iterator, List, Sequence, Tuple

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Sentence
from lintnews.analysis.hedging.first_words import FirstWords, sentences_with

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__


class Cue(FrozenRecord):
    """A hedge cue: region offsets, the cue's text and its type."""

    start: int
    end: int
    text: str
    kind: str  # modal | adverb | adjective | verb | approximator
    #: Part of "it is likely that" / "it seems that" (reported by HDG004 instead).
    impersonal: bool

    __slots__ = ("start", "end", "text", "kind", "impersonal")

    def __init__(self, start: int, end: int, text: str, kind: str, impersonal: bool = False) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)
        _set(self, "kind", kind)
        _set(self, "impersonal", impersonal)

    @property
    def span(self) -> Tuple[int, int]:
        return self.start, self.end


def _alt(words: str) -> str:
    """A regex alternation of the white-space separated *words* (``\\s+`` in phrases)."""
    return "|".join(w.replace("_", r"\s+") for w in words.split())


_ADVERBS = _alt(
    """probably possibly perhaps presumably apparently seemingly supposedly purportedly
    arguably conceivably maybe ostensibly"""
)
_APPROXIMATORS = _alt("somewhat partly partially")

# "may" and "could" are hedges when epistemic: a guess about what happened, what explains
# something, or what will happen ("may have caused", "could explain", "may rise"). Root
# uses are not: permission ("residents may apply"), ability ("she could swim") and the
# generic possibility of reference prose ("symptoms may include", "may vary").
_EPISTEMIC_VERBS = _alt(
    """have explain explains reflect indicate suggest signal mean point account stem
    contribute rise fall increase decrease grow drop climb soar surge slump decline slow
    reach exceed top hit lose cost fail collapse delay derail trigger spark prompt force
    face struggle escalate worsen ease improve recover return resume end change affect
    hurt harm damage threaten undermine jeopardise jeopardize boost help lead result prove
    turn become emerge happen follow come soon well plateau level stabilise stabilize peak
    bottom recede subside widen narrow shift dwindle vanish disappear spread deepen"""
)
_BE_EPISTEMIC = "|".join(
    [
        _alt("due because linked related connected responsible behind involved true false wrong right"),
        _alt("correct partly in_part more less worse better over higher lower closer delayed forced"),
        _alt("needed at_risk in_danger some_time years months weeks"),
        r"[a-z]{3,}ing",  # a guess about what is going on: "may be cooling", "could be facing"
        r"the\s+(?:%s)" % _alt("reason cause result start beginning end first last case"),
        r"the\s+(?:%s)" % _alt("only largest biggest best worst oldest most"),
        r"an?\s+(?:%s)" % _alt("sign factor result reason cause turning blow boost"),
        r"an?\s+(?:%s)" % _alt("forgery fake mistake hoax copy descendant relative"),
        r"[a-z]+er\s+than",
    ]
)
# Hedges that make any modal before them epistemic: "could possibly", "may partly".
_STACKING_ADVERBS = _alt(
    """possibly perhaps probably conceivably partly partially in_part arguably apparently
    seemingly somewhat to_some_extent to_some_degree potentially"""
)
_MODAL_FILLERS = _alt(
    """not well yet even also still already eventually ultimately soon partly partially
    possibly perhaps in_part"""
)
_DEGREE = _alt("some a_certain a_large a_great a_lesser a_limited")

_CUE_RE = lazyre.compile(
    rf"""
    (?P<modal>\b(?:might|mightn't)\b
      | \b(?:may|could|can|would|should)\b(?=\s+(?:{_STACKING_ADVERBS})\b)
      | \b(?:may|could)\b(?=(?:\s+(?:{_MODAL_FILLERS}))?\s+(?:{_EPISTEMIC_VERBS}|be\s+(?:{_BE_EPISTEMIC}))\b))
  | (?P<adverb>\b(?:{_ADVERBS})\b
      | (?:(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bwould\s)|(?<=\bshould\s))potentially\b
      | \bif\s+anything(?=\s*,))
  | (?P<likely>\b(?:most\s+|very\s+|quite\s+|highly\s+)?(?:un)?likely\b)
  | (?P<possible>\b(?:possible|probable|plausible|likeliest)(?=\s+(?:[a-z]+\s+)?(?:reasons?|causes?|explanations?|motives?|sources?|origins?|links?|factors?|culprits?)\b))
  | (?P<verb>\b(?:seems?|seemed|seeming|appears?|appeared)\s+(?:to|that|as\s+if|as\s+though|likely)\b
      | \bseems?\b
      | \b(?:suggests?|suggested|suggesting|indicates?|indicated|implies|implied)\s+that\b
      | \b(?:suggests?|suggesting|implies)\b)
  | (?P<approximator>\b(?:{_APPROXIMATORS})\b
      | \b(?:in|to)\s+(?:{_DEGREE})\s+(?:extent|degree|ways?|respects?|sense)\b
      | \bin\s+a\s+(?:sense|way)\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "may have" + a noun phrase is possession ("may have more sensors"); a guess about the
# past needs a participle ("may have caused", "may have been", "may have had").
_MODAL_HAVE_POSSESSION = lazyre.compile(
    r"(?:\s+(?:also|well|even|still|not))?\s+have\s+(?:(?:already|also|never|not|even|just|long|once)\s+)?"
    r"(?!(?:been|had|[a-z]+ed|[a-z]+en|known|seen|made|gone|done|begun|come|become|left|lost|found|won|held|kept|"
    r"led|met|paid|put|run|said|sent|set|spent|told|thought|brought|bought|caught|fought|built|felt|got|heard|"
    r"meant|struck|drunk|sunk|swum|hung|shot|slept|spread|hit|hurt|cut|let|quit|read|split|stood|taught|understood|"
    r"won|woken|worn|sold|laid|lain|fled|fed|dealt|dug|drawn|grown|flown|thrown|known|shown|blown|risen|driven|"
    r"written|given|taken|eaten|fallen|forgotten|hidden|ridden|spoken|stolen|chosen|broken|frozen)\b)[a-z]",
    re.IGNORECASE,
)
# "could" as past ability or a polite request is not a hedge.
_COULD_NOT_HEDGE = lazyre.compile(
    r"\s+(?:not|never|only|hardly|barely|scarcely|no\s+longer|still\s+not|n't)\b|n't\b", re.IGNORECASE
)
# Words before "could" that make it past ability ("the best he could", "as fast as they could").
_LITERAL_APPEAR_BEFORE = lazyre.compile(r"\b(?:failed|fail|fails|failing|refused|did\s+not|didn['’]t|to)\s+$", re.IGNORECASE)
# A disguise described, not a doubt: "emails that appear to come from the bank", "texts
# which seem to be sent by the council", "calls that appear genuine".
_DISGUISE_BEFORE = lazyre.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
_DISGUISE_AFTER = lazyre.compile(
    r"\s+(?:to\s+)?(?:(?:come|be|have\s+been\s+sent)\s+from|be\s+sent\s+by|(?:to\s+be\s+)?(?:genuine|legitimate|official|authentic))\b",
    re.IGNORECASE,
)
# "might" as a noun (power): after a determiner or an adjective of power, or before "of".
_MIGHT_NOUN_BEFORE = lazyre.compile(
    r"\b(?:the|its|their|his|her|our|all|full|sheer|economic|military|financial|industrial|naval|nuclear|"
    r"commercial|corporate|political|physical|brute|combined|collective|marketing|spending|[\w'’-]+['’]s)\s+$",
    re.IGNORECASE,
)
_MIGHT_NOUN_AFTER = lazyre.compile(
    r"\s+(?:of\s+(?:the|its|their|his|her|our|a|an|(?-i:[A-Z]))|and\s+(?:main|muscle|wealth|power))\b", re.IGNORECASE,
)
_DISCOURSE_MODAL = lazyre.compile(r"\s+(?:also\s+)?(?:add|say|note|mention|suggest|point\s+out|remind)\b", re.IGNORECASE)
_FIRST_PERSON_BEFORE = lazyre.compile(r"\b(?:i|we)\s+$", re.IGNORECASE)
_COMPARED_LIKELY = lazyre.compile(r"\b(?:more|less|twice\s+as|three\s+times\s+as|(?:\w+\s+)?times\s+more)\s+$", re.IGNORECASE)
_LEGAL_CONSEQUENCE = lazyre.compile(
    r"\s+(?:also\s+)?face\s+(?:an?\s+|the\s+|up\s+to\s+)?(?:[\w£$€,.-]+\s+){0,3}?(?:fines?|sentences?|jail|prison|charges?|"
    r"prosecution|bans?|penalt(?:y|ies)|disciplinary|action|trial|deportation|extradition)\b",
    re.IGNORECASE,
)
_COUNTERFACTUAL = lazyre.compile(r"\b(?:would|could)\s+have\s+(?:been\s+)?[a-z]+ed\b|\bwould\s+have\s+\w+", re.IGNORECASE)
_RANKED_LIKELY = lazyre.compile(r"\bthe\s+(?:\w+\s+)?(?:most|least)\s+likely$", re.IGNORECASE)
_COULD_ABILITY_BEFORE = lazyre.compile(
    r"\b(?:as\s+\w+\s+as\s+\w+|the\s+\w+est\s+\w+|all\s+\w+)\s*$", re.IGNORECASE
)
# "likely" as an adjective before a noun ("the likely winner") is a judgement, not a
# hedge on a claim; "likely to", "is likely", "will likely", "most likely" are.
_LIKELY_HEDGE_AFTER = lazyre.compile(
    r"\s+(?:to|that)\b|\s*[,.;:]|\s+(?:be|have|been|come|rise|fall|remain|continue)\b"
    # an adverb before a finite verb: "prosauropods likely had air sacs", "he likely died"
    r"|\s+(?:had|has|was|were|is|are|did|does|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_BEFORE_LIKELY = """is are was were be been being will would seems? appears? looks? most more
    less quite very highly"""
_LIKELY_HEDGE_BEFORE = lazyre.compile(
    r"\b(?:%s|it's|'s|’s)\s+$"
    % _alt(_BEFORE_LIKELY),
    re.IGNORECASE,
)
# "Smith suggested that ...": a named source proposing something, not a hedge.
_SUGGEST_NAMED_BEFORE = lazyre.compile(
    r"(?:\b(?!(?:It|This|That|These|Those|Which)\b)[A-Z][\w’'-]+|\b(?:he|she|they|I|we))\s+(?:has\s+|have\s+|had\s+|also\s+)?$"
)
# "it is likely that", "it seems that": reported by HDG004, not by HDG006.
_IMPERSONAL_BEFORE = lazyre.compile(
    r"\bit\s+(?:(?:is|was|seems|appears|remains|looks|would)\s+)?(?:(?:%s)\s+)?$"
    % _alt("very quite highly entirely also still now increasingly therefore"),
    re.IGNORECASE,
)
_IMPERSONAL_AFTER = lazyre.compile(r"\s+(?:that|as\s+if|as\s+though)\b", re.IGNORECASE)
_IMPERSONAL_END = lazyre.compile(r"(?:that|as\s+if|as\s+though)$", re.IGNORECASE)
_REQUEST_AFTER = lazyre.compile(r"\s+(?:I|we)\b")


# Every match of _CUE_RE begins with one of these words, so the expression is tried
# only where one stands, not at every character of every sentence.
_FIRST_WORDS = set(
    """might mightn't may could can would should most very quite highly likely unlikely seem
    seems seemed seeming appear appears appeared suggest suggests suggested suggesting indicate
    indicates indicated implies implied in to possible probable plausible likeliest
    potentially if""".split()
    + _ADVERBS.split("|")
    + _APPROXIMATORS.split("|")
)
# The common ones count only where what _CUE_RE needs after them follows ("in"/"to" only
# before "some" or "a", "would" only before a stacking adverb, "very" only before
# "likely"): the expression is not tried at 40,000 'in's and 'to's that cannot start a cue.
FIRST_WORDS = FirstWords(
    sorted(_FIRST_WORDS),
    narrow={
        ("in", "to"): r"\s+(?:some|a\s+(?:certain|large|great|lesser|limited|sense|way))\b",
        ("can", "would", "should"): rf"\s+(?:{_STACKING_ADVERBS})\b",
        ("most", "very", "quite", "highly"): r"\s+(?:un)?likely\b",
        # "were, if anything, kinder": the aside that softens a comparison
        ("if",): r"\s+anything\s*,",
    },
)


def region_hedge_cues(region) -> Sequence[Sequence[Cue]]:
    """The hedge cues of each sentence of *region*, in document order, or an empty
    tuple when it has none (cached on the region; one scan of the paragraph finds the
    first words of all its sentences, :mod:`lintnews.analysis.hedging.first_words`)."""
    return FIRST_WORDS.per_sentence(_CUE_RE, region, "hedging.cues", _judge)


def hedge_cues(sentence: Sentence) -> List[Cue]:
    """The hedge cues of *sentence* in document order (cached with its region's)."""
    per = region_hedge_cues(sentence.region)
    return (per[sentence.index] if per else None) or []


def _judge(matches, base: int) -> Sequence[Cue]:
    """The cues among *matches* of _CUE_RE in one sentence's text (at region offset
    *base*): the words around each tell a hedge from other uses of the word."""
    cues: List[Cue] = []
    for m in matches:
        text = m.string
        kind = m.lastgroup or ""
        word = m.group()
        after = text[m.end() : m.end() + 40]
        before = text[max(0, m.start() - 40) : m.start()]
        if kind == "modal":
            low = word.lower()
            if _DISCOURSE_MODAL.match(after) and _FIRST_PERSON_BEFORE.search(before):
                continue  # "I might add", "we may note": the writer's aside, not a hedge
            if _LEGAL_CONSEQUENCE.match(after):
                continue  # "could face a fine of £22,000": what the law provides, not a guess
            if low.startswith(("might", "could")) and _COUNTERFACTUAL.search(text):
                continue  # "She might have been beaten, but she would have kept running"
            if word[:1] == "M" and low.startswith("may"):
                continue  # the month, or a name: "May 5", "Theresa May"
            if low == "might" and (_MIGHT_NOUN_BEFORE.search(before) or _MIGHT_NOUN_AFTER.match(after)):
                continue  # the noun: "the economic might of the US", "with all their might"
            if low == "could" and (_COULD_NOT_HEDGE.match(after) or _COULD_ABILITY_BEFORE.search(before)):
                continue
            if low.startswith("may") and _REQUEST_AFTER.match(after):
                continue  # a request: "may I ask"
            if _MODAL_HAVE_POSSESSION.match(text, m.end()):
                continue  # possession, not a guess about the past: "vessels may have sensors"
        elif kind == "possible":  # "a possible cause", "another plausible explanation"
            kind = "adjective"
        elif kind == "likely":
            if _RANKED_LIKELY.search(before + word) or _COMPARED_LIKELY.search(before):
                continue  # "the second most likely to buy", "more likely to vote": a finding, not a hedge
            if not (_LIKELY_HEDGE_AFTER.match(after) or _LIKELY_HEDGE_BEFORE.search(before)
                    or word.lower().startswith(("most", "very", "quite", "highly"))):
                continue
            kind = "adjective"
        elif kind == "verb" and word.lower().startswith("appear") and _LITERAL_APPEAR_BEFORE.search(before):
            continue  # "failed to appear to give samples": to turn up, not to seem
        elif kind == "verb" and word.lower().startswith(("appear", "seem")) and _DISGUISE_BEFORE.search(before) and (
            _DISGUISE_AFTER.match(text, m.end() - (3 if word.lower().endswith(" to") else 0))
        ):
            continue  # "emails that appear to come from the bank": a disguise, not a doubt
        elif kind == "verb":
            low = word.lower()
            if low.startswith(("sugg", "indic", "impl")) and _SUGGEST_NAMED_BEFORE.search(before):
                continue  # "Smith suggested that ...": attribution, not a hedge
        # HDG004's forms only: "it seems that", "it is likely that" (not "it suggests that")
        impersonal = not word.lower().startswith(("sugg", "indic", "impl")) and bool(
            _IMPERSONAL_BEFORE.search(before)
        ) and bool(_IMPERSONAL_END.search(word) or _IMPERSONAL_AFTER.match(text, m.end()))
        cues.append(Cue(base + m.start(), base + m.end(), word, kind, impersonal))
    return cues or ()


# Clause boundaries: a stack of hedges is two cues in one clause.
_CLAUSE_BREAK = lazyre.compile(
    r"[;:—–()]|\s-\s"
    r"|,\s+(?:%s)\b" % _alt("and but or while whereas although though which because so yet as when if since")
    + r"|\s(?:but|while|whereas|although|because|though)\s",
    re.IGNORECASE,
)
#: Most words allowed between two cues of one stack ("may well partly explain": 1).
STACK_GAP = 4


def writer_cues(sentence: Sentence, settings=None, relayed: bool = False) -> List[Cue]:
    """Hedge cues in the writer's own voice (:func:`lintnews.analysis.voice.voice_of`):
    not quoted, not in a clause that reports a source, named or vague, or that a link
    governs. With *relayed*, the cues in a vague source's clause count too ("Experts
    estimate that the line could perhaps ..."): nobody the reader can identify stands
    behind them, so the writer chose to relay them; a named source's stay out."""
    if sentence.quoted:
        return []
    cues = hedge_cues(sentence)
    if not cues:
        return cues
    from lintnews.analysis.voice.voice import voice_of  # (imported here: the voice analysis imports this module)

    if relayed:
        return [c for c in cues if (lambda v: v.writer or v.vague)(voice_of(sentence, c.start, c.end, settings))]
    return [c for c in cues if voice_of(sentence, c.start, c.end, settings).writer]


def cued_sentences(rule, doc) -> Iterator[Sentence]:
    """The sentences ``rule.sentences(doc)`` yields that have hedge cues."""
    for sentence, _ in sentences_with(rule, doc, FIRST_WORDS, region_hedge_cues):
        yield sentence


_WORDS_BETWEEN = lazyre.compile(r"[\w’'-]+")


def stacks(sentence: Sentence, cues: List[Cue]) -> List[List[Cue]]:
    """Groups of two or more *cues* of *sentence* that qualify one clause."""
    text = sentence.region.text
    groups: List[List[Cue]] = []
    current: List[Cue] = []
    for cue in cues:
        if current:
            prev = current[-1]
            between = text[prev.end : cue.start]
            words = len(_WORDS_BETWEEN.findall(between))
            if _CLAUSE_BREAK.search(between) or words > STACK_GAP:
                if len(current) > 1:
                    groups.append(current)
                current = []
        current.append(cue)
    if len(current) > 1:
        groups.append(current)
    return groups


#: Hedges in one sentence that make it dense (HDG005).
SENTENCE_THRESHOLD = 3
#: Hedges in one paragraph that make it dense, spread over two sentences or more...
PARAGRAPH_THRESHOLD = 4
#: ...when they are also close together: at most this many words per hedge.
PARAGRAPH_WORDS_PER_HEDGE = 30
#: The three limits above, in that order (HDG005's options, by default).
DENSITY_LIMITS = (SENTENCE_THRESHOLD, PARAGRAPH_THRESHOLD, PARAGRAPH_WORDS_PER_HEDGE)


def density_cues(sentence: Sentence, settings=None) -> List[Cue]:
    """The cues that count towards density: writer's-voice cues except approximators."""
    return [c for c in writer_cues(sentence, settings) if c.kind != "approximator"]


def _dense_paragraph(region, count: int, limits: Tuple[int, int, int] = DENSITY_LIMITS) -> bool:
    if count < limits[1]:
        return False
    return len(region.tokens) <= count * limits[2]


def dense_region(region, settings=None, limits: Tuple[int, int, int] = DENSITY_LIMITS) -> Tuple[str, List[List[Cue]]]:
    """``("sentence", groups)`` for sentences with too many hedges, ``("paragraph",
    [cues])`` for a paragraph with too many, or ``("", [])``; kept in the region's memo.
    *limits*: hedges per sentence, hedges per paragraph and words per hedge (see
    :data:`DENSITY_LIMITS`)."""
    return region.memo(("hedging.density", limits), lambda region: _dense_region(region, settings, limits))


def _dense_region(region, settings, limits: Tuple[int, int, int]) -> Tuple[str, List[List[Cue]]]:
    if not any(region_hedge_cues(region)):
        return ("", [])  # no cues: nothing is dense (and no sentence's voice is needed)
    per_sentence = [density_cues(s, settings) for s in region.sentences]
    dense = [cues for cues in per_sentence if len(cues) >= limits[0]]
    if dense:
        return ("sentence", dense)
    if _dense_paragraph(region, sum(len(c) for c in per_sentence), limits):
        return ("paragraph", [[c for cues in per_sentence for c in cues]])
    return ("", [])
