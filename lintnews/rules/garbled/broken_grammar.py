"""GRB015 broken-grammar: word sequences no English sentence has, whatever the topic.

Phrase lists name known mistakes; machine and word-for-word translation produce
garbled sequences no list names ("the market has emerged new variables", "there are
many buyers believe that", "components and components"). This rule looks for the
grammatical shape of such sequences instead of their words.
"""

from __future__ import annotations

import functools
import re
from typing import Dict, Iterator, List, Optional, Pattern, Tuple

from lintnews import cache
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region, Sentence
from lintnews.model import Finding, Severity
from lintnews.matching.literals import trigger_source, triggered_matches
from lintnews.rule import Rule

__all__ = ["BrokenGrammar"]

# An intransitive verb given an object: "has emerged new variables", "emerges “new”".
_UNACCUSATIVE = lazyre.compile(
    r"(?<!\bthere\s)(?<!\bthere\s\w{3}\s)\b(?:has|have|had)\s+(?:also\s+|now\s+|recently\s+)?"
    r"(?:emerged|occurred|happened)\s+(?=(?:a|an|new|many|some|more|several|multiple|numerous|\d+)\b|[\"“])"
    r"|\b(?:emerges|occurs|happens)\s+(?=[\"“])",
    re.IGNORECASE,
)
# The same noun on both sides of "and": "experience and experience".
_SAME_COORD = lazyre.compile(r"\b([a-z]{4,})\s+and\s+(\1)\b")
_SAME_COORD_OK = frozenset(
    """again over round through more less years hours days weeks months miles times
    thousands hundreds millions billions dozens ages inches bits side neck arm hand
    step little back forth once then time there here now so on""".split()
)
# A modal followed by a finite verb: "will has", "can is", "should was". Lower-case
# "may" only: "May is" is the month or a name.
_MODAL_FINITE = lazyre.compile(
    r"\b(?:[Ww]ill|[Cc]an|[Cc]ould|[Ss]hould|[Ww]ould|[Mm]ust|may|[Mm]ight|[Ss]hall)\s+(?:not\s+)?"
    r"(?:has|is|are|was|were|does|did)\b(?!\s+(?:it|he|she|they|we|you|I|there|this|that)\b)"
)
# "will", "can", "might" and "must" are also nouns: "his will was read", "military
# might is", "a can is". Not a modal after a determiner, a possessive or an adjective.
_MODAL_NOUN_BEFORE = lazyre.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|free|political|good|ill|own|"
    r"military|economic|naval|sheer|popular|collective|last|general|strong|full)|['’]s?)\s+$",
    re.IGNORECASE,
)
# An intransitive verb followed by a time or a frequency is not given an object:
# "has happened many times", "have occurred more often", "happened a week ago".
_TIME_AFTER = lazyre.compile(
    r"(?:[\w-]+\s+){0,2}?(?:times?|occasions?|ago|years?|months?|weeks?|days?|hours?|minutes?|"
    r"decades?|often|frequently|number|while|lot|before|again|later|earlier|since|recently)\b",
    re.IGNORECASE,
)
# An existential sentence that runs straight into a second verb with no "who":
# "There are many buyers believe that ..." (English: "... buyers who believe ...").
_OPINION = "|".join("believe think say feel argue worry hope expect want".split())
# Past forms double as participles ("there were 20 people expected at the meeting",
# "there are suspects believed to be at large"): only before "that".
_OPINION_PAST = "|".join("believed thought said felt argued worried hoped expected".split())
_THERE_NO_WHO = lazyre.compile(
    r"\bthere\s+(?:are|were)\s+(?:also\s+|still\s+)?(?:(?:many|some|few|several|a\s+lot\s+of|other)\s+)?"
    rf"(?:[a-z-]+\s+)?[a-z]+s\s+(?:(?:{_OPINION})\b|(?:{_OPINION_PAST})\s+that\b)",
    re.IGNORECASE,
)
# Litotes translated word for word at the end of a clause: "the pressure is not small".
_LITOTES = lazyre.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:small|low|few|little)\b(?=\s*(?:[.,;:!?)\"”]|$))", re.IGNORECASE
)
# A report sentence that opens with a bare policy verb: the imperative of a
# translated plan ("Further promote ...", "Continue to strengthen ...").
_POLICY_ADVERBS = "|".join(
    """Actively Vigorously Further Continuously Comprehensively Resolutely Steadily Firmly
    Earnestly Unswervingly Strictly Constantly""".split()
)
_POLICY_VERBS = "|".join(
    """promote develop expand strengthen improve implement advance build carry push deepen
    accelerate optimi[sz]e enhance support guide encourage stabili[sz]e boost consolidate
    safeguard adhere pursue foster cultivate""".split()
)
_BARE_VERB_OPENING = lazyre.compile(
    rf"^(?:(?:{_POLICY_ADVERBS})\s+(?:{_POLICY_VERBS})"
    r"|(?:Continue|Strive|Adhere|Insist|Persist)\s+(?:to|in|on)\s+(?:\w+\s+)?"
    r"(?:the|and|a|an|our|its|[a-z]+ing|[a-z]+ment|[a-z]+tion))\b"
)

_CHECKS = (
    (
        "unaccusative",
        _UNACCUSATIVE,
        "an intransitive verb cannot take an object: rephrase ('new variables have emerged in ...')",
    ),
    ("coordination", _SAME_COORD, "the same word on both sides of 'and' says nothing: name the two things"),
    ("modal", _MODAL_FINITE, "a modal verb needs a bare verb after it ('will have', 'can be')"),
    ("there", _THERE_NO_WHO, "two verbs with no 'who' between them: 'there are ... who believe'"),
    ("litotes", _LITOTES, "a word-for-word negative ('not small'): say 'large', 'considerable', 'high'"),
    (
        "opening",
        _BARE_VERB_OPENING,
        "a report sentence opening with a bare verb reads as a translated plan: say who will do it",
    ),
)


# Strings one of which a sentence must contain (lower-cased) for each check to run:
# most sentences skip most checks after a few substring tests.
_GATES = {
    "unaccusative": ("emerg", "occur", "happen"),
    "coordination": ("and",),  # any white space around it ("sand and\tsand")
    "modal": ("will ", "can ", "could ", "should ", "would ", "must ", "may ", "might ", "shall "),
    "there": ("there ",),
    "litotes": (" not ",),
    "opening": None,
}
_OPENERS = frozenset(_POLICY_ADVERBS.split("|")) | {"Continue", "Strive", "Adhere", "Insist", "Persist"}


_KIND_OF_GATE = tuple((g, kind) for kind, gate in _GATES.items() if gate is not None for g in gate)
_Check = Tuple[str, "re.Pattern", str, Optional[Tuple[str, ...]]]


def _region_checks(region: Region) -> List[_Check]:
    """The checks (in :data:`_CHECKS` order) that may pass their gate in some sentence of
    *region*, each with the gate strings the paragraph holds (None for ``opening``,
    whose gate is the first word).

    A sentence's folded text lies inside its paragraph's, so a gate string absent from
    the paragraph is absent from each of its sentences: testing the sentences for the
    strings the paragraph holds gives the same answers as testing them for all. The
    ``opening`` check is kept when a sentence begins with an opener (its own gate).
    """
    low = region.folded
    held: Dict[str, List[str]] = {}
    for g, kind in [gk for gk in _KIND_OF_GATE if gk[0] in low]:
        held.setdefault(kind, []).append(g)
    opening = any(s.text.split(" ", 1)[0] in _OPENERS for s in region.sentences)
    out: List[_Check] = []
    for kind, rx, advice in _CHECKS:
        if kind in held:
            out.append((kind, rx, advice, tuple(held[kind])))
        elif kind == "opening" and opening:
            out.append((kind, rx, advice, None))
    return out


@functools.lru_cache(maxsize=None)
def _trigger(kind: str) -> Tuple[Optional[Pattern], bool]:
    """An expression finding, in lower-cased text, where a match of check *kind* may
    begin (None: the check has no leading literals worth it), and whether the check
    ignores case."""
    rx = {k: r for k, r, _ in _CHECKS}[kind]
    # working it out parses the pattern in Python: kept in the cache of fixed patterns
    source = cache.derived("trigger", rx.pattern, lambda: trigger_source(rx.pattern) or "")
    return (lazyre.compile(source) if source else None), bool(rx.flags & re.IGNORECASE)


def _finditer(kind: str, rx: Pattern, sentence: Sentence) -> Iterator["re.Match"]:
    """``rx.finditer(sentence.text)``, tried only where one of the pattern's leading
    literals stands in the region's folded text (for a case-insensitive pattern, when the
    region is fold-safe)."""
    trigger, ignorecase = _trigger(kind)
    text = sentence.text
    region = sentence.region
    if trigger is None or (ignorecase and not region.fold_safe):
        return rx.finditer(text)
    return triggered_matches(rx.match, trigger.search, text, region.folded, sentence.start)


# "and", white space and the lower-case letters after it: where a repeated word may stand.
_AND_NEXT = lazyre.compile(r"and\s+([a-z]{4,})")


def _same_coordinations(text: str) -> Iterator["re.Match"]:
    """``_SAME_COORD.finditer(text)``, tried only where "and" stands.

    A match is a run of lower-case letters starting at a word boundary, white space,
    "and", white space and the same run. Its start is fixed by its "and": the start of
    the run of letters that ends where the white space before "and" begins (inside a
    run there is no word boundary), and the run is the whole run of letters after
    "and" (then a word boundary). So each "and" with white space before it and four
    letters after, whose run after ends the text before it, gives one place to try,
    in increasing order; as ``finditer`` does, a place inside the last match is
    skipped."""
    match = _SAME_COORD.match
    search = _AND_NEXT.search
    done = 0
    hit = search(text)
    while hit is not None:
        at = hit.start()
        if at and text[at - 1].isspace():
            j = at - 1
            while j and text[j - 1].isspace():
                j -= 1
            word = hit.group(1)
            if text.endswith(word, 0, j):
                start = j - len(word)
                if start >= done:
                    m = match(text, start)
                    if m is not None:
                        yield m
                        done = m.end()
        hit = search(text, at + 1)


def _matches(sentence: Sentence, checks: Optional[List[_Check]] = None) -> List[Tuple[int, int, str]]:
    """The garbled spans of *sentence* (sentence offsets) with their advice. *checks*:
    :func:`_region_checks` of its paragraph, when known."""
    text = sentence.text
    if checks is None:
        checks = [(kind, rx, advice, _GATES[kind]) for kind, rx, advice in _CHECKS]
    low, start, end = sentence.region.folded, sentence.start, sentence.end
    out = []
    for kind, rx, advice, gate in checks:
        if gate is None:
            if text.split(" ", 1)[0] not in _OPENERS:
                continue
        else:
            for g in gate:
                if low.find(g, start, end) >= 0:
                    break
            else:
                continue  # no gate string: the check cannot match
        found = _same_coordinations(text) if kind == "coordination" else _finditer(kind, rx, sentence)
        for m in found:
            if kind == "coordination" and (
                m.group(1) in _SAME_COORD_OK or m.group(1).endswith(("er", "ing"))
            ):
                continue  # "bigger and bigger", "waiting and waiting": deliberate
            if kind == "modal" and _MODAL_NOUN_BEFORE.search(text, 0, m.start()):
                continue
            if kind == "unaccusative" and _TIME_AFTER.match(text, m.end()):
                continue
            if kind == "unaccusative":
                end = m.end()
                nxt = re.match(r"[\"“]?[\w-]+(?:\s+[\w-]+)?", text[end:])
                span = (m.start(), end + (nxt.end() if nxt else 0))
            else:
                span = m.span()
            out.append((span[0], span[1], advice))
    return out


class BrokenGrammar(Rule):
    """What it flags: grammatical shapes that machine or word-for-word translation leaves
    behind, whatever the words:
    - an intransitive verb with an object: "the industry has emerged new variables";
    - the same noun on both sides of "and": "experience and experience";
    - a modal before a finite verb: "the plan will has", "prices can is";
    - "there are" running into a second verb with no "who": "there are many buyers
      believe that ...";
    - a negative translated word for word at the end of a clause: "the pressure is not
      small";
    - a report sentence opening with a bare policy verb: "Further promote the ...",
      "Continue to strengthen the ...".

    Not flagged: "time and time again", "more and more", "bigger and bigger", "there are
    many who believe", quotes.

    Why: the reader has to rebuild the sentence to get the meaning, and the copy reads as
    unedited machine translation.

    Instead: rewrite the sentence in English word order; the message says what is
    missing.

    Fix safety: no fix: the sentence needs rewriting, not one word changed.
    """

    code = "GRB015"
    name = "broken-grammar"
    category = "garbled"
    severity = Severity.WARNING
    summary = "Word sequences no English sentence has ('has emerged new variables')."
    examples = {
        "fail": [
            "The e-commerce industry has emerged new variables this year.",
            "There are many buyers believe that the agreement is a trap.",
            "Rescuers shared experience and experience with local teams.",
            "The pressure on exporters is not small.",
        ],
        "pass": [
            "New variables have emerged in the e-commerce industry this year.",
            "There are many buyers who believe that the agreement is a trap.",
            "Prices rose again and again, and more and more buyers left.",
            "\"The pressure is not small,\" the minister said.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        # The sentences self.sentences(doc) yields, paragraph by paragraph: those of a
        # paragraph where no check can pass its gate are not looked at.
        quotes = "quote" in self.scope
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            checks = _region_checks(region)
            if not checks:
                continue
            for sentence in region.sentences:
                if not quotes and sentence.quoted:
                    continue
                for start, end, advice in _matches(sentence, checks):
                    s, e = sentence.start + start, sentence.start + end
                    if sentence.in_quote(s, e):
                        continue
                    phrase = region.text[s:e]
                    yield self.report(doc, region, s, e, f"Garbled: '{phrase}': {advice}")
