"""Hedge cues in context, shared by the hedging rules.

The cue types follow the CoNLL-2010 hedge annotation guidelines: modal auxiliaries
("may", "might", "could"), adverbs and adjectives of likelihood ("perhaps", "probably",
"likely to"), epistemic verbs ("seems", "appears to", "suggests that") and approximators
("partly", "to some extent"). A bare word list would flag the month of May, ability
("she could not attend"), "likely" in "the likely winner", and attribution ("analysts
said", "Smith believes", "alleged"): :func:`hedge_cues` looks at the words around each
cue and keeps only hedges. Attribution verbs are never cues; sentences that report a
named source are left to :func:`lintnews.voice.is_attributed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Tuple

from .document import Sentence


@dataclass(frozen=True)
class Cue:
    """A hedge cue: region offsets, the cue's text and its type."""

    start: int
    end: int
    text: str
    kind: str  # modal | adverb | adjective | verb | approximator

    @property
    def span(self) -> Tuple[int, int]:
        return self.start, self.end


_ADVERBS = r"""probably possibly perhaps presumably apparently seemingly supposedly
    purportedly arguably conceivably maybe ostensibly""".split()
_APPROXIMATORS = r"""somewhat partly partially""".split()

_CUE_RE = re.compile(
    r"""
    (?P<modal>\b(?:may|might|could|mightn't|may\s+not|might\s+not)\b)
  | (?P<adverb>\b(?:%s)\b)
  | (?P<likely>\b(?:most\s+|very\s+|quite\s+|highly\s+)?(?:un)?likely\b)
  | (?P<verb>\b(?:seems?|seemed|seeming|appears?|appeared)\s+(?:to|that|as\s+if|as\s+though|likely)\b
      | \bseems?\b
      | \b(?:suggests?|suggested|suggesting|indicates?|indicated|implies|implied)\s+that\b
      | \b(?:suggests?|suggesting|implies)\b)
  | (?P<approximator>\b(?:%s)\b
      | \b(?:in|to)\s+(?:some|a\s+certain|a\s+large|a\s+great|a\s+lesser|a\s+limited)\s+(?:extent|degree|ways?|respects?|sense)\b
      | \bin\s+a\s+(?:sense|way)\b)
    """
    % ("|".join(_ADVERBS), "|".join(_APPROXIMATORS)),
    re.VERBOSE | re.IGNORECASE,
)

# "could" as past ability or a polite request is not a hedge.
_COULD_NOT_HEDGE = re.compile(
    r"\s+(?:not|never|only|hardly|barely|scarcely|no\s+longer|still\s+not|n't)\b|n't\b", re.IGNORECASE
)
# Words before "could" that make it past ability ("the best he could", "as fast as they could").
_COULD_ABILITY_BEFORE = re.compile(r"\b(?:as\s+\w+\s+as\s+\w+|the\s+\w+est\s+\w+|all\s+\w+)\s*$", re.IGNORECASE)
# "likely" as an adjective before a noun ("the likely winner") is a judgement, not a
# hedge on a claim; "likely to", "is likely", "will likely", "most likely" are.
_LIKELY_HEDGE_AFTER = re.compile(r"\s+(?:to|that)\b|\s*[,.;:]|\s+(?:be|have|been|come|rise|fall|remain|continue)\b", re.IGNORECASE)
_LIKELY_HEDGE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|will|would|seems?|appears?|looks?|most|more|less|quite|very|highly|it's|'s|’s)\s+$", re.IGNORECASE)
# "Smith suggested that ...": a named source proposing something, not a hedge.
_SUGGEST_NAMED_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]+|\b(?:he|she|they|I|we))\s+(?:has\s+|have\s+|had\s+|also\s+)?$")


def hedge_cues(sentence: Sentence) -> List[Cue]:
    """The hedge cues of *sentence* in document order (cached on the sentence)."""
    cached = sentence.__dict__.get("_hedge_cues")
    if cached is not None:
        return cached
    text = sentence.text
    base = sentence.start
    cues: List[Cue] = []
    for m in _CUE_RE.finditer(text):
        kind = m.lastgroup or ""
        word = m.group()
        after = text[m.end() : m.end() + 40]
        before = text[max(0, m.start() - 40) : m.start()]
        if kind == "modal":
            low = word.lower()
            if word[:1] == "M" and low.startswith("may"):
                continue  # the month, or a name: "May 5", "Theresa May"
            if low == "could" and (_COULD_NOT_HEDGE.match(after) or _COULD_ABILITY_BEFORE.search(before)):
                continue
            if low.startswith("may") and re.match(r"\s+(?:I|we)\b", after):
                continue  # a request: "may I ask"
        elif kind == "likely":
            if not (_LIKELY_HEDGE_AFTER.match(after) or _LIKELY_HEDGE_BEFORE.search(before)
                    or word.lower().startswith(("most", "very", "quite", "highly"))):
                continue
            kind = "adjective"
        elif kind == "verb":
            low = word.lower()
            if low.startswith(("sugg", "indic", "impl")) and _SUGGEST_NAMED_BEFORE.search(before):
                continue  # "Smith suggested that ...": attribution, not a hedge
        cues.append(Cue(base + m.start(), base + m.end(), word, kind))
    sentence.__dict__["_hedge_cues"] = cues
    return cues
