"""FIG007: an entity called by the wrong kind of thing ("HIMARS missiles")."""

from __future__ import annotations

import re
from typing import Iterator

from lintnews.text.document import Document
from lintnews.analysis.figures.facts import for_document
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule

__all__ = ["EntityKind"]


class EntityKind(Rule):
    """What it flags: a known entity followed by a noun its reference entry rules out:
    "HIMARS missiles" when the facts file says HIMARS ``is-a: launcher`` with
    ``not-a: [missile, rocket]``; also "HIMARS is a missile" and "HIMARS, a missile".
    Only the nouns listed under ``not-a`` are flagged (see docs/facts.md).

    Why: calling a launcher a missile, a regulator a ministry or a subsidiary its parent is
    a factual error that specialist readers spot at once.

    Instead: use the right noun ("HIMARS launchers", "missiles fired from HIMARS").

    Fix safety: no fix: the right noun depends on the sentence.
    """

    code = "FIG007"
    name = "wrong-entity-kind"
    category = "figures"
    severity = Severity.WARNING
    summary = "An entity is called something the reference facts say it is not."
    context = True
    examples = {
        "fail": [
            "---\nfacts:\n  entities:\n    HIMARS: {is-a: launcher, not-a: [missile]}\n---\n\n"
            "Ukraine asked for more HIMARS missiles.",
        ],
        "pass": [
            "---\nfacts:\n  entities:\n    HIMARS: {is-a: launcher, not-a: [missile]}\n---\n\n"
            "Ukraine asked for more HIMARS launchers and the missiles they fire.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        facts = for_document(doc, context.facts_paths)
        kinds = [e for e in facts.entities.values() if e.not_a]
        if not kinds:
            return
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            text = region.text
            for start, end, entity in facts.mentions(text):
                if not entity.not_a:
                    continue
                wrong = "|".join(re.escape(w) for w in sorted(entity.not_a, key=len, reverse=True))
                m = re.compile(  # from the facts file: re's own cache, not the on-disk one
                    rf"(?:\s+|\s+is\s+an?\s+|,\s+an?\s+|\s+(?:is|are)\s+)(?P<noun>(?:{wrong})(?:e?s)?)\b", re.I
                ).match(text, end)
                if m is None or region.in_quote(start, m.end()):
                    continue
                noun = m.group("noun")
                message = (f"{text[start:end]} {noun}: {entity.name} is a {entity.is_a}, not a "
                           f"{_singular(noun, entity.not_a)} (reference facts, {entity.source})")
                yield self.report(doc, region, start, m.end(), message)


def _singular(noun: str, listed) -> str:
    low = noun.lower()
    for w in listed:
        if low in (w.lower(), w.lower() + "s", w.lower() + "es"):
            return w
    return noun
