"""HDG007 weasel-group: an unnamed crowd as the holder of a view ("is considered by many")."""

from __future__ import annotations

import re
from typing import Iterator, List, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.hedging.first_words import FirstWords, sentences_with
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.analysis.voice.speaker import in_source_voice, in_vague_source

__all__ = ["WeaselGroup"]  # weasel_spans is shared with HDG010

def _words(text: str) -> str:
    return "|".join(text.split())


_QUANT = r"(?:some|many|several|numerous|various|countless|a\s+number\s+of|a\s+lot\s+of|plenty\s+of)"
# Groups whose only role in a sentence is to hold a view.
_HOLDERS = r"""critics observers experts analysts commentators scholars historians pundits
    sceptics skeptics detractors insiders theorists academics onlookers specialists
    watchers commentators""".split()
# Groups that hold a view only when a verb of saying or believing follows.
_GROUPS = r"""people others fans residents users members voters economists scientists
    researchers investors traders officials politicians observers readers viewers
    listeners supporters opponents proponents Americans Britons Europeans companies
    firms businesses countries governments groups organisations organizations charities
    families parents teachers doctors""".split()
# Verb forms that agree with a plural crowd ("some say", "critics argued"); the -s
# forms are nouns after "many" or "several" ("many claims", "several suspects").
_OPINION = r"""say said believe believed argue argued claim claimed consider considered
    feel felt think thought suggest suggested contend contended maintain maintained fear
    feared suspect suspected insist insisted allege alleged speculate speculated question
    questioned regard regarded view viewed see saw describe described call called
    criticise criticised criticize criticized praise praised worry worried predict
    predicted expect expected wonder wondered doubt doubted charge charged accuse accused
    complain complained object objected""".split()
_AUX = r"(?:(?:have|had|has|would|will|may|might|could|also|even|now|still|long|already)\s+){0,2}"

_PERCEIVED = _words(
    """considered regarded seen viewed described believed thought hailed criticised
    criticized praised dismissed recognised recognized said claimed called reported"""
)
_EVIDENCE = _words("studies research surveys polls reports experts scientists sources estimates")
_EVIDENCE_QUALIFIERS = _words("recent new several numerous many some other independent scientific")
_SHOWS = _words(
    """show shows shown showed suggest suggests suggested indicate indicates indicated prove
    proves proved proven found claim claims say says"""
)
_EVIDENCE_AMOUNT = _words("some growing increasing mounting little strong considerable")

_RX = lazyre.compile(
    r"""
    (?<!\bto\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bamong\s)
    \b(?P<held>(?:%(q)s|most)\s+(?:[\w-]+\s+)?(?:%(holders)s))\b
  | \b(?P<said>(?:%(q)s|others|critics
      |most(?<!\bthe\smost)(?<!\bits\smost)(?<!\bhis\smost)(?<!\bher\smost)(?<!\btheir\smost))\s+(?:(?!(?:%(function)s)\b)[\w-]+\s+){0,2}?%(aux)s(?:%(opinion)s))\b
  | \b(?P<groups>%(q)s\s+(?:[\w-]+\s+)?(?:%(groups)s)\s+%(aux)s(?:%(opinion)s))\b
  | \b(?P<of>(?:critics|opponents|supporters|proponents|detractors|advocates|sceptics|skeptics|defenders|adherents)
      \s+of\s+(?:(?:the|this|his|her|its|their)\s+)?[\w-]+(?:\s+[\w-]+)?\s+%(aux)s(?:%(opinion)s))\b
  | \b(?P<by>(?:%(perceived)s)\s+(?:[\w-]+\s+){0,3}?by\s+(?:some|many|most|others|critics|several
      |(?:other|various|numerous)\s+(?:[\w-]+\s+)?(?:%(holders)s|people|writers|reviewers|fans)))\b
  | \b(?P<quarters>in\s+(?:some|many|certain)\s+(?:quarters|circles))\b
  | \b(?P<would>(?:some|many|others)\s+(?:would|might|may)\s+(?:say|argue|claim))\b
  | (?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bbut\s))
    (?P<evidence>(?:(?:%(qualifiers)s)\s+)?(?:%(evidence)s)\s+(?:have\s+|has\s+)?
      (?:(?:also|long|repeatedly|consistently)\s+)?(?:%(shows)s))\b
  | \b(?P<evidence_there>there\s+is\s+(?:(?:%(amount)s)\s+)?evidence\s+(?:that|to\s+suggest))\b
    """
    % {
        "q": _QUANT,
        "holders": "|".join(_HOLDERS),
        "groups": "|".join(_GROUPS),
        "opinion": "|".join(_OPINION),
        "aux": _AUX,
        # ... nor a copula: "others are expected to" is a passive, not a crowd's view
        "function": _words("of the a an to in on at for from with by and or but that this these those are were is was be been"),
        "perceived": _PERCEIVED,
        "evidence": _EVIDENCE,
        "qualifiers": _EVIDENCE_QUALIFIERS,
        "shows": _SHOWS,
        "amount": _EVIDENCE_AMOUNT,
    },
    re.VERBOSE | re.IGNORECASE,
)
_EVIDENCE_WORDS = lazyre.compile(
    r"\b(?:studies|research|surveys|polls|reports|estimates|evidence)\b", re.IGNORECASE
)
# A crowd that is identified after all: "many experts, including the World Bank",
# "some analysts at Barclays".
_IDENTIFIED_AFTER = lazyre.compile(
    r"\s*,?\s+(?:including|such\s+as|like|led\s+by|notably|at|from|of|with|in)\s+(?:the\s+)?[A-Z]"
)
_ADVICE = {
    "crowd": "who? Name the people who hold this view, or drop it",
    "evidence": "which? Name the study, survey or source",
}


# Every match of _RX begins with one of these words ("a number of" and "a lot of" at
# their "a"): the expression is tried only where one stands, not at every character of
# every sentence. Common words count only where what _RX needs after them follows ("in"
# only before "some quarters", "said" only before "by", "new" only before "studies").
_FIRST_WORDS = set(
    """some many several numerous various countless plenty most others critics opponents
    supporters proponents detractors advocates sceptics skeptics defenders adherents""".split()
)
FIRST_WORDS = FirstWords(
    sorted(_FIRST_WORDS),
    after={("a",): r" (?:number|lot)\b"},
    narrow={
        ("in",): r"\s+(?:some|many|certain)\s",
        ("there",): r"\s+is\s",
        tuple(_PERCEIVED.split("|")): r"\s+(?:[\w-]+\s+){0,3}?by\s",
        tuple(set(_EVIDENCE_QUALIFIERS.split("|")) - _FIRST_WORDS): r"\s+(?:%s)\s" % _EVIDENCE,
        tuple(_EVIDENCE.split("|")): r"\s+(?:have\s+|has\s+)?(?:(?:also|long|repeatedly|consistently)\s+)?(?:%s)\b"
        % _SHOWS,
    },
)


def region_weasel_spans(region) -> Sequence[List[Tuple[int, int, str]]]:
    """:func:`weasel_spans` of each sentence of *region*, or an empty tuple when it
    has none (cached on the region)."""
    return FIRST_WORDS.per_sentence(_RX, region, "hedging.weasel-spans", _spans)


def weasel_spans(sentence) -> List[Tuple[int, int, str]]:
    """Region spans of the unnamed-crowd phrases of *sentence*, with the kind of
    phrase (``crowd`` or ``evidence``); cached with its region's."""
    per = region_weasel_spans(sentence.region)
    return (per[sentence.index] if per else None) or []


# What a crowd said in a vote is counted: "Most islanders said in a referendum that ...".
_IN_A_VOTE = lazyre.compile(
    r"\s+in\s+(?:a|an|the|this|(?:last|this)\s+\w+['’]s)\s+(?:[\w-]+\s+)?(?:referendum|vote|ballot|census|"
    r"election|plebiscite)\b",
    re.IGNORECASE,
)


# Between the quantifier and the verb, the "as" or "than" of a comparison.
_COMPARED = lazyre.compile(r"\s(?:as|than)\s", re.IGNORECASE)


def _spans(matches, base: int) -> Sequence[Tuple[int, int, str]]:
    spans = []
    for m in matches:
        if m.lastgroup == "said" and re.match(r"(?i)(?:some|many|several)\s+\d", m.group()):
            continue
        if m.lastgroup == "said" and _IN_A_VOTE.match(m.string, m.end()):
            continue
        if m.lastgroup == "said" and _COMPARED.search(m.group()):
            continue  # "twice as many jobs as expected": a comparison, not a crowd's view
        if m.lastgroup == "held" and _IDENTIFIED_AFTER.match(m.string, m.end()):
            continue
        kind = "evidence" if _EVIDENCE_WORDS.search(m.group()) else "crowd"
        spans.append((base + m.start(), base + m.end(), kind))
    return spans or ()


class WeaselGroup(Rule):
    """What it flags: a view credited to an unnamed crowd: "some critics", "many experts",
    "many consider", "others saw", "is considered by many", "in some quarters"; and
    evidence with no source: "there is growing evidence that".

    Why: it presents the writer's view, or a rumour, as if a body of opinion stood behind
    it. Readers cannot judge who holds it or how many do. The public weasel-word lists
    flag this; lintnews flags it only where the crowd is unnamed, so "some 200 people"
    and "many of the homes" stay quiet.

    A sentence that also reports a named source ("A survey by the EOC found that many
    Britons believe ...") is quiet: the source stands behind the crowd.

    Left to CLM008 vague-source (category claims): a crowd or unnamed research that the
    vague-source cues recognise as the source of a statement ("some critics say",
    "experts believe", "studies show", "according to some"). One span gets one finding:
    this rule reports the weasel framing those cues do not cover ("is considered by many",
    "in some quarters", "some critics" with no reporting verb, "many consider").

    Instead: name who holds the view ("Two former ministers, Ana Ruiz and Tom Hale, say
    ...") or drop it.

    Fix safety: no fix: only the writer knows who holds the view.
    """

    code = "HDG007"
    name = "weasel-group"
    category = "hedging"
    severity = Severity.WARNING
    summary = "An unnamed crowd holds the view: 'is considered by many', 'many consider', 'in some quarters'."
    context = True
    examples = {
        "fail": [
            "Many consider the reform a failure.",
            "The novel is considered by many to be his best.",
            "The plan has support in some quarters.",
        ],
        "pass": [
            "Some 200 people attended the vigil.",
            "Many of the homes were flooded.",
            "\"Some say the reform goes too far,\" the minister said.",
            "Some critics say the reform goes too far.",  # a vague source: CLM008's
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for sentence, spans in sentences_with(self, doc, FIRST_WORDS, region_weasel_spans):
            region = sentence.region
            for start, end, kind in spans:
                if sentence.in_quote(start, end) or in_vague_source(sentence, start, end, context.settings):
                    continue  # quoted, or a vague source: CLM008 reports it
                if in_source_voice(sentence, context.settings, start):
                    continue  # "A survey by the EOC found that many Britons believe ..."
                phrase = region.text[start:end]
                advice = _ADVICE[kind]
                yield self.report(doc, region, start, end, f"'{phrase}': {advice}")
