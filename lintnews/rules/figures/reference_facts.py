"""FIG006: a figure that contradicts the newsroom's reference facts file."""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Sentence
from lintnews.analysis.figures.facts import Entity, Fact, Facts, for_document
from lintnews.analysis.figures.context import describe
from lintnews.model import Finding, Severity
from lintnews.analysis.figures.extract import Quantity, as_metres, in_scope, quantities
from lintnews.rule import Context, Rule
from lintnews.analysis.figures.units import from_base

__all__ = ["ReferenceFacts"]

#: Nouns that refer back to something named in the sentence before ("the system").
GENERIC_NOUNS = (
    "system weapon missile rocket launcher aircraft jet plane fighter bomber helicopter drone ship vessel "
    "carrier submarine tank vehicle device company firm group bank country city town bridge building "
    "tower river dam plant reactor project programme program network satellite telescope engine"
).split()
_PRONOUNS = lazyre.compile(r"\b(?:it|its|they|their|them|these|those|such|this)\b", re.I)


class ReferenceFacts(Rule):
    """What it flags: a figure attached to an entity listed in the reference facts file
    (``--facts FILE`` or ``facts:`` in the config; see docs/facts.md) that falls outside the
    listed value and tolerance: "ATACMS ... a range of up to 100 km" when the file says
    300 km ±10%. The figure must measure the same thing (a length for a range, near a word
    for that measure such as "range" or "reach") and sit in the sentence that names the
    entity, or in the next sentence when that one refers back ("these missiles", "the
    system", "it"). Units convert (miles and kilometres, pounds and kilograms); qualifiers
    count ("more than 250 km" agrees with 300 km, "up to 100 km" does not).

    Why: some figures are checked once and recur in every story: weapon ranges, bridge
    lengths, populations. A reference file catches the slip that no second reader would.

    Instead: correct the figure, or update the facts file if the reference is out of date.

    Fix safety: no fix: the draft or the facts file may be the one out of date.
    """

    code = "FIG006"
    name = "contradicts-reference-facts"
    category = "figures"
    severity = Severity.WARNING
    summary = "A figure for a known entity falls outside the newsroom's reference facts."
    context = True
    examples = {
        "fail": [
            "---\nfacts:\n  entities:\n    Skyreach:\n      facts: {range: {value: 300, unit: km, tolerance: 0.1}}\n"
            "---\n\nThe army bought more Skyreach missiles, which have a range of up to 100 km.",
            "---\nfacts:\n  entities:\n    Skyreach:\n      facts: {range: {value: 300, unit: km, tolerance: 0.1}}\n"
            "---\n\nThe army bought more Skyreach missiles. These missiles can reach 400 miles.",
        ],
        "pass": [
            "---\nfacts:\n  entities:\n    Skyreach:\n      facts: {range: {value: 300, unit: km, tolerance: 0.1}}\n"
            "---\n\nThe army bought more Skyreach missiles, which have a range of about 190 miles.",
            "---\nfacts:\n  entities:\n    Skyreach:\n      facts: {range: {value: 300, unit: km, tolerance: 0.1}}\n"
            "---\n\nThe army bought more Skyreach missiles. The base is 100 km from the border.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        facts = for_document(doc, context.facts_paths)
        if not facts.entities:
            return
        by_sentence: Dict[int, List[Quantity]] = {}
        for q in in_scope(quantities(doc), self.applies_to):
            if q.sentence is not None and q.comparable:
                by_sentence.setdefault(id(q.sentence), []).append(q)
        if not by_sentence:
            return
        sentences = doc.sentences
        for i, sentence in enumerate(sentences):
            if not self.applies_to(sentence.region):
                continue
            named = _entities_in(facts, sentence)
            if not named:
                continue
            targets = [sentence]
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            if nxt is not None and len(named) == 1 and not _entities_in(facts, nxt) and _refers_back(nxt, named[0]):
                targets.append(nxt)
            for target in targets:
                for q in by_sentence.get(id(target), ()):
                    for entity in named:
                        if target is sentence and _compared_with(facts, q, entity):
                            continue  # "a range of 500 km, more than ATACMS offers"
                        finding = self._compare(doc, as_metres(q), entity, target is not sentence)
                        if finding is not None:
                            yield finding
                            break

    def _compare(self, doc: Document, q: Quantity, entity: Entity, later: bool) -> Optional[Finding]:
        for fact in entity.facts.values():
            if fact.dim != q.dim or (fact.currency and fact.currency != q.currency):
                continue
            if not _names_measure(q, fact):
                continue
            lo, hi = fact.interval()
            qlo, qhi = q.base_interval()
            if qhi < lo or qlo > hi:
                shown = describe(q)
                ref = fact.shown()
                if fact.unit is not None and q.unit is not None and q.unit.key != fact.unit.key:
                    ref += f" ({_fmt(from_base(lo, q.unit))}-{_fmt(from_base(hi, q.unit))} {q.unit.key})"
                where = f"{fact.source}"
                message = (f"{shown} for the {fact.measure} of {entity.name}: the reference value is {ref}"
                           f" ±{fact.tolerance:.0%} ({where})")
                return self.report(doc, q.region, q.qual_start, q.extra.get("after", q.end), message)
        return None


def _entities_in(facts: Facts, sentence: Sentence) -> List[Entity]:
    seen: List[Entity] = []
    for _, _, entity in facts.mentions(sentence.region.text, sentence.start, sentence.end):
        if entity not in seen:
            seen.append(entity)
    return seen


def _compared_with(facts: Facts, q: Quantity, entity: Entity) -> bool:
    """Every mention of *entity* in the figure's sentence is set against the figure ("more
    than ATACMS", "compared with Storm Shadow"): the figure is another thing's."""
    s = q.sentence
    spans = [(a, b) for a, b, e in facts.mentions(q.region.text, s.start, s.end) if e is entity]
    if not spans:
        return False
    for a, b in spans:
        lo, hi = (q.end, a) if a >= q.end else (b, q.start)
        if not _COMPARISON.search(q.region.text, lo, hi):
            return False
    return True


_COMPARISON = lazyre.compile(r"\b(?:than|compared\s+(?:with|to)|unlike|versus|vs|against|rival(?:ling|s)?)\b", re.I)


def _refers_back(sentence: Sentence, entity: Entity) -> bool:
    """True when *sentence* refers back to something named just before it."""
    text = sentence.text
    if _PRONOUNS.search(text):
        return True
    nouns = list(GENERIC_NOUNS)
    if entity.is_a:
        nouns.append(re.escape(entity.is_a))
    return re.search(r"\bthe\s+(?:[\w-]+\s+)?(?:" + "|".join(nouns) + r")s?\b", text, re.I) is not None


def _names_measure(q: Quantity, fact: Fact) -> bool:
    """True when a word for the fact's measure stands near the figure ("range of", "reach")."""
    text = q.region.text
    s = q.sentence
    lo = max(s.start if s is not None else 0, q.qual_start - 50)
    hi = min(s.end if s is not None else len(text), q.extra.get("after", q.end) + 30)
    window = text[lo:hi].lower()
    return any(re.search(r"\b" + re.escape(w.lower()) + r"\w{0,3}\b", window) for w in fact.words)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:.1f}"
